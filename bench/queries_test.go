package main

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"chancery/bench/engine"
)

func TestEachToken(t *testing.T) {
	type tok struct {
		Tok   string
		Risky bool
	}
	for _, tc := range []struct {
		in   string
		want []tok
	}{
		{"Prime Minister said.", []tok{{"prime", false}, {"minister", false}, {"said", false}}},
		{"the envoy's plan", []tok{{"the", false}, {"envoy", true}, {"s", true}, {"plan", false}}},
		{"U.S. talks", []tok{{"u", true}, {"s", true}, {"talks", false}}},
		{"g7 summit_day", []tok{{"g7", true}, {"summit", true}, {"day", true}}},
		{"end. Next, then", []tok{{"end", false}, {"next", false}, {"then", false}}},
		{"3,5 million", []tok{{"3", true}, {"5", true}, {"million", false}}},
		{"", nil},
	} {
		var got []tok
		eachToken(tc.in, func(s string, r bool) { got = append(got, tok{s, r}) })
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("eachToken(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func writeSynthetic(t *testing.T, n int, seed uint64) corpusFiles {
	t.Helper()
	cf, err := writeCorpus(t.TempDir(), corpusSynthetic, newGenerator(genOptions{Articles: n, Seed: seed}))
	if err != nil {
		t.Fatal(err)
	}
	return cf
}

func TestPickQueries(t *testing.T) {
	cf := writeSynthetic(t, 1500, 9)
	qs, err := pickQueries(cf, pickOptions{})
	if err != nil {
		t.Fatal(err)
	}
	again, err := pickQueries(cf, pickOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(qs, again) {
		t.Errorf("two picks on one corpus differ")
	}
	count := map[string]int{}
	for _, q := range qs {
		count[q.Class]++
		for _, w := range q.Terms {
			if stopWords[w] {
				t.Errorf("%s: stop word %q", q, w)
			}
		}
		switch q.Class {
		case engine.ClassTerm, engine.ClassFacet:
			if q.DF < 0.10 || q.DF > 0.16 {
				t.Errorf("%s: document frequency %.3f, want about 0.13", q, q.DF)
			}
		case engine.ClassAnd:
			if len(q.Terms) != 2 || q.DF <= 0 || q.DF > 0.13 {
				t.Errorf("%s: %d terms, df %.3f", q, len(q.Terms), q.DF)
			}
		case engine.ClassPhrase:
			if len(q.Terms) != 2 || q.DF < 0.02 {
				t.Errorf("%s: %d terms, df %.3f", q, len(q.Terms), q.DF)
			}
		}
	}
	for _, c := range engine.Classes {
		if count[c] != 5 {
			t.Errorf("%d %s queries, want 5", count[c], c)
		}
	}
}

// TestEnginesAgree ingests one small corpus with raw Bleve and with FTS5 and
// checks that every picked query has the same total and the same hits per
// year in both: the property the bench's comparison rests on.
func TestEnginesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two indexes")
	}
	cf := writeSynthetic(t, 400, 4)
	qs, err := pickQueries(cf, pickOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dir := t.TempDir()
	years := corpusYears(cf)
	var searchers []engine.Searcher
	for _, eng := range []string{engineBleve, engineFTS5} {
		cr, err := openCorpus(cf)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if eng == engineBleve {
			n, err = ingestBleve(ctx, filepath.Join(dir, eng), cr)
		} else {
			n, err = ingestFTS5(ctx, filepath.Join(dir, eng), cr)
		}
		cr.Close()
		if err != nil || n != 400 {
			t.Fatalf("%s ingested %d of 400: %v", eng, n, err)
		}
		s, err := openSearcher(eng, filepath.Join(dir, eng), years)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		searchers = append(searchers, s)
	}
	for _, q := range qs {
		var rs []engine.Result
		for _, s := range searchers {
			r, err := s.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, r)
		}
		if rs[0].Total == 0 || rs[0].Total != rs[1].Total {
			t.Errorf("%s: bleve %d hits, fts5 %d", q, rs[0].Total, rs[1].Total)
		}
		if want := min(10, rs[0].Total); rs[0].Hits != want || rs[1].Hits != want {
			t.Errorf("%s: returned %d and %d hits, want %d", q, rs[0].Hits, rs[1].Hits, want)
		}
		if q.Class == engine.ClassFacet {
			if !sameCounts(rs[0].Years, rs[1].Years) {
				t.Errorf("%s: years differ: bleve %v, fts5 %v", q, rs[0].Years, rs[1].Years)
			}
			if len(rs[1].TopCountries) == 0 || !strings.Contains(rs[1].TopCountries[0], ":") {
				t.Errorf("%s: fts5 top countries %v", q, rs[1].TopCountries)
			}
		}
	}
}

func TestMismatches(t *testing.T) {
	q := []engine.Query{
		{Class: engine.ClassTerm, Terms: []string{"a"}},
		{Class: engine.ClassFacet, Terms: []string{"b"}},
	}
	eng := func(name string, totals []int, years map[string]int) engineReport {
		qr := &engine.QueryReport{}
		for i, n := range totals {
			r := engine.Result{Total: n}
			if q[i].Class == engine.ClassFacet {
				r.Years = years
			}
			qr.Results = append(qr.Results, r)
		}
		return engineReport{Engine: name, Query: qr}
	}
	for _, tc := range []struct {
		name    string
		engines []engineReport
		want    int
	}{
		{"agree", []engineReport{eng("x", []int{5, 3}, map[string]int{"2001": 3}), eng("y", []int{5, 3}, map[string]int{"2001": 3, "2002": 0})}, 0},
		{"totals differ", []engineReport{eng("x", []int{5, 3}, map[string]int{"2001": 3}), eng("y", []int{6, 3}, map[string]int{"2001": 3})}, 1},
		{"years differ", []engineReport{eng("x", []int{5, 3}, map[string]int{"2001": 3}), eng("y", []int{5, 3}, map[string]int{"2002": 3})}, 1},
		{"one engine failed", []engineReport{eng("x", []int{5, 3}, nil), {Engine: "y", Status: "failed"}}, 0},
	} {
		got := mismatches(&report{Queries: q, Engines: tc.engines})
		if len(got) != tc.want {
			t.Errorf("%s: %d mismatches %q, want %d", tc.name, len(got), got, tc.want)
		}
	}
}
