package judge

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"chancery/internal/shared"
)

var (
	printSample = flag.String("print-sample", "", "print the statements of a new sample to judge: dev or check (with -seed, -size)")
	seed        = flag.Uint64("seed", 1, "seed of the sample printed with -print-sample")
	size        = flag.Int("size", 220, "size of the sample printed with -print-sample")
	show        = flag.String("show", "", "print the statements with these keys (comma-separated), to judge again")
)

// minPrecision is the attribution precision each judged sample must keep.
const minPrecision = 0.95

// TestJudgedPrecision recomputes the precision of quote attribution on the
// hand-judged samples (testdata/verdicts.tsv) from the current extractor.
//
//	go test ./quotes/judge/ -run TestJudgedPrecision -v
func TestJudgedPrecision(t *testing.T) {
	corpora := shared.Require(t, "corpora")
	verdicts, err := ReadVerdicts("testdata/verdicts.tsv")
	if err != nil {
		t.Fatal(err)
	}
	all, err := Collect(corpora)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d statements in the corpora", len(all))
	if *show != "" {
		keys := map[string]bool{}
		for _, k := range strings.Split(*show, ",") {
			keys[k] = true
		}
		var ss []Statement
		for _, st := range all {
			if keys[st.Key()] {
				ss = append(ss, st)
			}
		}
		printForJudging(ss, "again")
		return
	}
	if *printSample != "" {
		skip := map[string]bool{}
		for _, v := range verdicts {
			skip[v.Key] = true
		}
		printForJudging(Sample(all, *seed, *size, skip), *printSample)
		return
	}
	var samples []string
	for _, v := range verdicts {
		if !slices.Contains(samples, v.Sample) {
			samples = append(samples, v.Sample)
		}
	}
	for _, sample := range samples {
		sc := Rescore(all, verdicts, sample)
		if sc.Judged+len(sc.Changed)+len(sc.Gone) == 0 {
			continue
		}
		t.Logf("%s: precision %.3f (%d right of %d judged); %d changed speaker, %d no longer extracted",
			sample, sc.Precision(), sc.Right, sc.Judged, len(sc.Changed), len(sc.Gone))
		for _, v := range sc.Changed {
			t.Logf("  changed speaker, judge again: line %d %s (judged %s: %s)", v.Line, v.Key, v.Person, v.Verdict)
		}
		for _, v := range sc.Wrong {
			t.Logf("  still wrong: line %d %s %s (%s)", v.Line, v.Key, v.Person, v.Verdict)
		}
		if sc.Judged < 150 {
			t.Errorf("%s: only %d judged statements left: judge a new sample", sample, sc.Judged)
		}
		if p := sc.Precision(); p < minPrecision {
			t.Errorf("%s: attribution precision %.3f, want >= %.2f", sample, p, minPrecision)
		}
	}
}

// printForJudging writes each statement with its context to stdout, and a
// verdicts line to fill in (default verdict "right").
func printForJudging(ss []Statement, sample string) {
	for i, s := range ss {
		q := s.Quote
		body := s.Article.Body
		from := strings.LastIndex(body[:q.Span.Start], "\n\n")
		if q.Via == "continued" || q.Via == "pronoun" || q.Via == "role" {
			if p := strings.LastIndex(body[:max(from, 0)], "\n\n"); p >= 0 {
				from = p
			}
		}
		from = max(from, q.Span.Start-900, 0)
		to := strings.Index(body[q.Span.End:], "\n\n")
		if to < 0 {
			to = len(body)
		} else {
			to += q.Span.End
		}
		to = min(to, q.Span.End+300)
		ctx := strings.Join(strings.Fields(body[from:to]), " ")
		fmt.Printf("=== %d %s | %s | via %s %q | persons %v\nSTATEMENT: %s\nCONTEXT: %s\nV\t%s\t%s\t%s\t%s\tright\n\n",
			i, s.Article.ID, q.Person, q.Via, q.Evidence, s.Article.Persons, q.Text, ctx, sample, s.Key(), s.Hash(), q.Person)
	}
	fmt.Fprintln(os.Stderr, len(ss), "statements printed")
}
