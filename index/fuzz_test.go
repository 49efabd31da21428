package index_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"chancery/archive"
	"chancery/index"
)

// tinyArchive opens a fresh archive in a temporary folder holding three
// invented articles, stored and indexed.
func tinyArchive(tb testing.TB, dir string) *index.Index {
	tb.Helper()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	day := func(s string) time.Time {
		d, err := time.Parse(archive.DateLayout, s)
		if err != nil {
			tb.Fatal(err)
		}
		return d
	}
	arts := []*archive.Article{
		{ID: "t1", Title: "Ministers meet in Valdoria", Date: day("2004-07-24"),
			Body:   "The foreign ministers of Valdoria and Ostrania met to discuss the border treaty.",
			Source: "Wire", Persons: []string{"Anna Kessel"}, Countries: []archive.Country{{Name: "Valdoria", Code: "VD"}}},
		{ID: "t2", Title: "Council votes on peacekeepers", Date: day("2005-02-14"),
			Body:   "The security council voted to extend the peacekeeping mission by six months.",
			Source: "Herald", Orgs: []string{"Security Council"}, Topics: []string{"diplomacy/peacekeeping"}},
		{ID: "t3", Title: "Undated note", Body: "A note about the état of the talks, with “curly quotes”."},
	}
	if _, err := ix.Store.Put(arts); err != nil {
		tb.Fatal(err)
	}
	if err := ix.Put(arts); err != nil {
		tb.Fatal(err)
	}
	return ix
}

// FuzzSearch runs random query strings and date filters through the whole
// query path (query.Parse, Schema.Query, BuildQuery, Bleve search, snippets)
// against a tiny index. It must never panic, and a query it cannot run must
// be reported as index.ErrQuery (a usage error, exit 2), not as a failure
// of the archive.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{
		"", "*", "Valdoria", `"border treaty"`, `"border treaty"~3`, "(peace OR war) -oil",
		"person:\"Anna Kessel\"", "country:VD", "topic:diplomacy", "title:(peace OR war)",
		"date:2004-07..2004-12", "date:>=2003", "date:<2004-07-01", "minist*", "a*",
		`"unbalanced`, "(unbalanced", "unbalanced)", "date:2004-13-45", "date:..", "NOT", "AND OR",
		"http://x", "word~2", "/regex[/", `"a"~999999999999`, "\x00\xff", "état", "“curly”",
		"title:", ":", "-", "+-+", "((((((((((x))))))))))", "date:2004..2003",
	} {
		f.Add(s, int64(0), int64(0))
	}
	f.Add("treaty", int64(-62135596800), int64(253402300799))
	ix := tinyArchive(f, f.TempDir())
	f.Fuzz(func(t *testing.T, q string, from, to int64) {
		req := index.Request{Query: q, Facets: len(q)%2 == 0}
		if from != 0 {
			req.From = time.Unix(from%(1<<40), 0).UTC()
		}
		if to != 0 {
			req.To = time.Unix(to%(1<<40), 0).UTC()
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		res, err := ix.Search(ctx, req)
		if err != nil {
			if ctx.Err() != nil {
				return // a pathological query may be slow; not a crash
			}
			if !errors.Is(err, index.ErrQuery) {
				t.Fatalf("query %q from %v to %v: error is not a usage error (ErrQuery): %v", q, req.From, req.To, err)
			}
			return
		}
		if res.Total > 3 || len(res.Hits) > 3 {
			t.Fatalf("query %q: %d hits (%d total) from a 3-article index", q, len(res.Hits), res.Total)
		}
	})
}
