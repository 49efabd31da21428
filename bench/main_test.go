package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/bench/engine"
)

// TestMain lets the test binary stand in for the bench binary when the
// bench re-executes itself for an engine process.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == childCommand {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func TestRunBaselines(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the engines' processes")
	}
	jsonPath := filepath.Join(t.TempDir(), "r.json")
	var out, errw bytes.Buffer
	code := run(context.Background(), []string{"--articles", "150", "--engines", "bleve,fts5",
		"--queries", "4", "--warmup", "1", "--workdir", t.TempDir(), "--json", jsonPath}, &out, &errw)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errw.String())
	}
	for _, want := range []string{"ingest, articles/s", "facet p50 / p99, ms (warm, in-process)", "bleve", "fts5",
		"all engines agree on every query", "with the hits' fields and marked words (warm)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Corpus.Docs != 150 || len(rep.Queries) != 20 || len(rep.Engines) != 2 {
		t.Fatalf("report: %d docs, %d queries, %d engines", rep.Corpus.Docs, len(rep.Queries), len(rep.Engines))
	}
	for _, er := range rep.Engines {
		if er.Status != "ok" || er.ArticlesPerSec <= 0 || er.IngestRSS <= 0 || er.DiskRatio <= 0 || er.Query == nil {
			t.Errorf("%s: %+v", er.Engine, er)
			continue
		}
		// raw Bleve's index is in segment files; FTS5's is not
		if bleve := er.Engine == engineBleve; bleve != (er.Segments > 0) {
			t.Errorf("%s: %d segments", er.Engine, er.Segments)
		}
		if l := er.Query.Classes["facet"]; l.N != 4 || l.P50ms <= 0 {
			t.Errorf("%s: facet latency %+v", er.Engine, l)
		}
		// raw Bleve is also timed loading its page of hits (PageSearcher)
		for _, c := range engine.ShownClasses {
			l, timed := er.Query.Classes[c+engine.Shown]
			if want := er.Engine == engineBleve; timed != want || want && (l.N != 4 || l.P50ms <= 0) {
				t.Errorf("%s: %s with the hits' fields: timed %v (%+v), want %v", er.Engine, c, timed, l, want)
			}
		}
	}
	if len(rep.Mismatch) != 0 {
		t.Errorf("mismatches: %q", rep.Mismatch)
	}
}

func TestRunUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--engines", "lucene"}, 2, "Try: --engines"},
		{[]string{"--corpus", "bbc"}, 2, "Try: --corpus"},
		{[]string{"--no-such-flag"}, 2, "Try: go run -C bench . --help"},
		{[]string{"--help"}, 0, "Usage: go run -C bench ."},
	} {
		var out, errw bytes.Buffer
		if code := run(context.Background(), tc.args, &out, &errw); code != tc.code || !strings.Contains(errw.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errw.String(), tc.code, tc.want)
		}
	}
}

// TestRunChanceryFresh runs the product: indexer add, the warm query
// process, and the search command as a new process per query. Every class
// must have fresh-process figures, and the fresh answers must agree with
// the warm ones.
func TestRunChanceryFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the product")
	}
	if _, ok := findRepo(); !ok {
		t.Skip("not inside the Chancery repository")
	}
	jsonPath := filepath.Join(t.TempDir(), "r.json")
	var out, errw bytes.Buffer
	code := run(context.Background(), []string{"--articles", "150", "--engines", "chancery",
		"--queries", "4", "--warmup", "1", "--cold-runs", "1", "--fresh-runs", "3",
		"--workdir", t.TempDir(), "--json", jsonPath}, &out, &errw)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errw.String())
	}
	for _, want := range []string{"fresh search process: took_ms", "fresh search process: start to exit",
		"facet6 (six facets), fresh: took_ms", "filter (term + --country), fresh: took_ms",
		"dates (term + --from 2005 --to 2014), fresh: start to exit", "all engines agree on every query"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Engines) != 1 || rep.Engines[0].Status != "ok" {
		t.Fatalf("engines: %+v", rep.Engines)
	}
	if n := rep.Engines[0].Segments; n < 1 {
		t.Errorf("segments after the ingest: %d", n)
	}
	for _, c := range freshClasses {
		fr, ok := rep.Engines[0].Fresh[c]
		if !ok {
			t.Errorf("no fresh-process figures for %s", c)
			continue
		}
		if fr.Process.N != 3 || fr.Process.P50ms <= 0 || fr.TookMs.N != 3 || fr.TookMs.P50ms > fr.Process.P50ms {
			t.Errorf("%s: %+v", c, fr)
		}
	}
	if len(rep.Mismatch) != 0 {
		t.Errorf("mismatches: %q", rep.Mismatch)
	}
}
