package query_test

import (
	"chancery/internal/shared"
	"errors"
	"io"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"chancery/archive"
	"chancery/query"

	"github.com/blevesearch/bleve/v2"
)

// TestReferenceReuters compares the index with the reference evaluator on
// two files of the Reuters-21578 development split (reut2-000 and -001,
// 2,000 articles): a table of boolean queries and seeded random ones built
// from the articles' own words.
func TestReferenceReuters(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 2,000 Reuters articles; skipped in -short mode")
	}
	docs := reutersDocs(t)
	r := newReferenceOf(t, query.IndexDocs(t, docs), docs)
	queries := []string{
		"oil", "oil AND (OPEC OR Saudi) -Iran", "(crude OR oil) prices NOT OPEC", `"crude oil"`,
		`"oil prices"~3`, `"prices oil"~0`, "export*", "sugar OR cocoa OR coffee", "NOT oil", "-(oil OR gas) export*",
		`"the U.S."`, "U.S. trade deficit", `"not expected"`, "no OR not", "us", "it", "in", `"of the"`,
		"date:1987-03-01..1987-03-05", "date:<1987-03-01 oil", "date:>=1987-03-10", "date:1987-02-26",
		"title:oil body:prices", `title:"oil"~1`, "Japan* -yen", "bank* (rate* OR interest)", "source:Reuters wheat",
		"(Brazil OR Argentina) (debt OR loan*) -IMF", `"money supply"~2 Bundesbank`, "1987", "1.5 pct",
	}
	counts := make([]int, len(queries))
	for i, q := range queries {
		counts[i] = r.check(t, q)
	}
	g := newGenerator(rand.New(rand.NewPCG(1987, 3)), docs)
	some := 0
	for range 500 {
		if r.check(t, g.query(2)) > 0 {
			some++
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d articles; table queries found %v documents; %d of 500 random queries found some", len(docs), counts, some)
}

// reutersDocs reads reut2-000 and reut2-001 as FixtureDocs gives docs.
func reutersDocs(t testing.TB) map[string]map[string][]string {
	dir := shared.Require(t, "corpora", "reuters21578")
	docs := map[string]map[string][]string{}
	for _, name := range []string{"reut2-000.sgm", "reut2-001.sgm"} {
		f, err := archive.OpenFile(filepath.Join(dir, name), archive.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for {
			a, err := f.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if archive.IsRecordError(err) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			d := map[string][]string{"title": {a.Title}, "body": {a.Body}, "source_key": {archive.Key(a.Source)}}
			if s := a.DateString(); s != "" {
				d["date"] = []string{s}
			}
			docs[a.ID] = d
		}
		f.Close()
	}
	if len(docs) < 1900 {
		t.Fatalf("read %d Reuters articles, want about 2,000", len(docs))
	}
	return docs
}

// BenchmarkSearchReuters measures searches over 2,000 Reuters articles,
// to compare proximity (NearQuery) and prefixes with words and phrases.
func BenchmarkSearchReuters(b *testing.B) {
	idx := query.IndexDocs(b, reutersDocs(b))
	for _, bq := range []struct{ name, q string }{
		{"word", "oil"},
		{"words", "oil prices"},
		{"phrase", `"oil prices"`},
		{"near3", `"oil prices"~3`},
		{"near20", `"oil prices"~20`},
		{"prefix", "export*"},
		{"boolean", "(crude OR oil) prices -OPEC date:1987-03"},
	} {
		b.Run(bq.name, func(b *testing.B) {
			n, err := query.Parse(bq.q)
			if err != nil {
				b.Fatal(err)
			}
			q, err := query.TestSchema.Query(n)
			if err != nil {
				b.Fatal(err)
			}
			var total uint64
			for b.Loop() {
				res, err := idx.Search(bleve.NewSearchRequestOptions(q, 10, 0, false))
				if err != nil {
					b.Fatal(err)
				}
				total = res.Total
			}
			b.ReportMetric(float64(total), "hits")
		})
	}
}
