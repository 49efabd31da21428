package index

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"chancery/query"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// BenchmarkArchiveQueries times the benchmark's query classes on an
// existing archive named by CHANCERY_BENCH_ARCHIVE (for example one that
// `go run -C bench . --workdir DIR` left in DIR/chancery), so that a
// profile of one class can be taken with -cpuprofile:
//
//	CHANCERY_BENCH_ARCHIVE=/tmp/w/chancery CHANCERY_BENCH_TERM=zegrounio \
//	  go test ./index -run '^$' -bench ArchiveQueries -cpuprofile cpu.out
func BenchmarkArchiveQueries(b *testing.B) {
	ix, term := benchArchive(b, "CHANCERY_BENCH_TERM", "minister")
	for _, c := range []struct {
		name string
		req  Request
	}{
		{"term", Request{Query: term, Size: 10}},
		{"term-size1", Request{Query: term, Size: 1}},
		{"facet", Request{Query: term, Size: 10, Facets: true, FacetSize: 10}},
		// facets counting every stored copy: what counting stories (the
		// default, copies.go) costs is the difference with "facet"
		{"facet-all-versions", Request{Query: term, Size: 10, Facets: true, FacetSize: 10, AllVersions: true}},
		{"facet-all", Request{Size: 10, Facets: true, FacetSize: 10}},
		{"facet-all-all-versions", Request{Size: 10, Facets: true, FacetSize: 10, AllVersions: true}},
		{"and", Request{Query: term + " AND talks", Size: 10}},
		// the same searches collected Bleve's way (no termTop, no andTop)
		{"term-bleve", Request{Query: term, Size: 10}},
		{"and-bleve", Request{Query: term + " AND talks", Size: 10}},
		{"phrase", Request{Query: `"resume talks"`, Size: 10}},
		{"term-dates", Request{Query: term, Size: 10, From: time.Date(2003, 3, 15, 0, 0, 0, 0, time.UTC), To: time.Date(2015, 10, 2, 0, 0, 0, 0, time.UTC)}},
	} {
		b.Run(c.name, func(b *testing.B) {
			termTopOn = !strings.HasSuffix(c.name, "-bleve")
			defer func() { termTopOn = true }()
			for b.Loop() {
				if _, err := ix.Search(context.Background(), c.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkArchivePhrase compares query.PhraseQuery with Bleve's
// match-phrase query on the archive named by CHANCERY_BENCH_ARCHIVE (the
// phrase in CHANCERY_BENCH_PHRASE, default "resume talks"), top 10 by
// score, without reading hits from the store.
func BenchmarkArchivePhrase(b *testing.B) {
	ix, text := benchArchive(b, "CHANCERY_BENCH_PHRASE", "resume talks")
	mq := bq.NewMatchPhraseQuery(text)
	mq.SetField(FieldBody)
	for _, c := range []struct {
		name string
		q    bq.Query
	}{
		{"bleve", mq},
		{"chancery", &query.PhraseQuery{Text: text, Target: query.Target{FieldVal: FieldBody}}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := ix.bi.Search(bleve.NewSearchRequestOptions(c.q, 10, 0, false)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchArchive opens the archive named by CHANCERY_BENCH_ARCHIVE read-only,
// or skips, and returns the text named by textVar (defaultText when unset).
func benchArchive(b *testing.B, textVar, defaultText string) (*Index, string) {
	dir := os.Getenv("CHANCERY_BENCH_ARCHIVE")
	if dir == "" {
		b.Skip("CHANCERY_BENCH_ARCHIVE is not set: point it at an archive to time queries on")
	}
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	text := os.Getenv(textVar)
	if text == "" {
		text = defaultText
	}
	return ix, text
}

// BenchmarkArchiveFirstSearch times what a new `search` process does on
// the archive named by CHANCERY_BENCH_ARCHIVE: open it read-only, run one
// six-facet search of CHANCERY_BENCH_TERM, close it. The page cache and
// the Go runtime are warm, unlike a new process's; a profile shows where
// an opening and a first search spend their time:
//
//	CHANCERY_BENCH_ARCHIVE=/tmp/w/chancery CHANCERY_BENCH_TERM=zegrounio \
//	  go test ./index -run '^$' -bench ArchiveFirstSearch -cpuprofile cpu.out
func BenchmarkArchiveFirstSearch(b *testing.B) {
	ix, term := benchArchive(b, "CHANCERY_BENCH_TERM", "minister")
	dir := ix.Dir()
	ix.Close()
	for b.Loop() {
		ix, err := Open(dir, Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Search(context.Background(), Request{Query: term, Size: 10, Facets: true}); err != nil {
			b.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveStoriesFresh times counting stories as a new process
// does, with no copy tables yet: each run forgets them before a facet
// search of CHANCERY_BENCH_TERM on the archive of CHANCERY_BENCH_ARCHIVE.
func BenchmarkArchiveStoriesFresh(b *testing.B) {
	ix, term := benchArchive(b, "CHANCERY_BENCH_TERM", "minister")
	for _, all := range []bool{false, true} {
		name := map[bool]string{false: "stories", true: "all-versions"}[all]
		b.Run(name, func(b *testing.B) {
			req := Request{Query: term, Size: 10, Facets: true, FacetSize: 10, AllVersions: all}
			for b.Loop() {
				ix.copies.mu.Lock()
				ix.copies.segs, ix.copies.touched, ix.copies.firsts, ix.copies.none, ix.copies.noneIn = nil, nil, nil, nil, ""
				ix.copies.mu.Unlock()
				if _, err := ix.Search(context.Background(), req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
