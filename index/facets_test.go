package index

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"testing"
	"time"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2"
)

func mustOpen(t testing.TB) *Index {
	t.Helper()
	ix, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// filledReadOnly returns a read-only index of n invented articles written
// by fill: with no merger running, the index does not change under a test
// that compares two searches or measures mapped pages.
func filledReadOnly(t testing.TB, n int, seed int64) *Index {
	t.Helper()
	dir := t.TempDir()
	w, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, w, n, seed)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// fill writes n invented articles in several batches (so the index has
// several segments), then replaces and deletes some.
func fill(t testing.TB, ix *Index, n int, seed int64) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	persons := []string{"Sergei Lavrov", "Hoshyar Zebari", "Colin Powell", "Kofi Annan", "Javier Solana", "Jack Straw"}
	countries := []archive.Country{{Name: "Russia", Code: "RU"}, {Name: "Iraq", Code: "IQ"}, {Name: "United States", Code: "US"}, {Name: "France", Code: "FR"}, {Name: "Sudan", Code: "SD"}}
	words := []string{"talks", "debt", "oil", "troops", "election", "council", "border", "treaty"}
	mk := func(i int) *archive.Article {
		a := &archive.Article{ID: fmt.Sprintf("t-%04d", i), Title: "Report " + words[rng.Intn(len(words))], Source: []string{"Wire", "Herald"}[rng.Intn(2)],
			Date: time.Date(2000+rng.Intn(6), time.Month(1+rng.Intn(12)), 1+rng.Intn(28), 0, 0, 0, 0, time.UTC)}
		a.Body = words[rng.Intn(len(words))] + " " + words[rng.Intn(len(words))]
		for _, p := range rng.Perm(len(persons))[:rng.Intn(3)] {
			a.Persons = append(a.Persons, persons[p])
		}
		for _, c := range rng.Perm(len(countries))[:1+rng.Intn(2)] {
			a.Countries = append(a.Countries, countries[c])
		}
		a.Topics = []string{"diplomacy", "politics"}[:1+rng.Intn(2)]
		return a
	}
	var batch []*archive.Article
	for i := 0; i < n; i++ {
		batch = append(batch, mk(i))
		if len(batch) == 50 {
			if _, err := ix.Store.Put(batch); err != nil {
				t.Fatal(err)
			}
			if err := ix.Put(batch); err != nil {
				t.Fatal(err)
			}
			batch = nil
		}
	}
	if _, err := ix.Store.Put(batch); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(batch); err != nil {
		t.Fatal(err)
	}
	// Replace a few and delete a few, leaving deleted documents in segments.
	var re []*archive.Article
	for i := 0; i < n; i += 7 {
		re = append(re, mk(i))
	}
	if _, err := ix.Store.Put(re); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(re); err != nil {
		t.Fatal(err)
	}
	var del []string
	for i := 3; i < n; i += 11 {
		del = append(del, fmt.Sprintf("t-%04d", i))
	}
	if _, err := ix.Store.Delete(del); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete(del); err != nil {
		t.Fatal(err)
	}
}

// TestFacetsMatchBleve checks Chancery's facet counts against Bleve's own
// facet builders on the same queries.
func TestFacetsMatchBleve(t *testing.T) {
	ix := mustOpen(t)
	fill(t, ix, 600, 1)
	sameFacetsAsBleve(t, ix)
}

func TestFiltersFoldCaseAndAccents(t *testing.T) {
	ix := mustOpen(t)
	a := &archive.Article{ID: "x1", Title: "Talks", Body: "talks in Moscow", Persons: []string{"Sergéi Lavrov"},
		Countries: []archive.Country{{Name: "Russia", Code: "RU"}, {Name: "United States", Code: "US"}}, Topics: []string{"diplomacy"}, Source: "Chancery Wire",
		Date: time.Date(2004, 7, 24, 0, 0, 0, 0, time.UTC)}
	if _, err := ix.Store.Put([]*archive.Article{a}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put([]*archive.Article{a}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		req  Request
		want uint64
	}{
		{"person plain", Request{Persons: []string{"sergei lavrov"}}, 1},
		{"person accented", Request{Persons: []string{"SERGÉI LAVROV"}}, 1},
		{"country code", Request{Countries: []string{"us"}}, 1},
		{"two countries", Request{Countries: []string{"Russia", "United States"}}, 1},
		{"wrong country", Request{Countries: []string{"Russia", "Iraq"}}, 0},
		{"source", Request{Sources: []string{"chancery wire"}}, 1},
		{"to is inclusive", Request{To: time.Date(2004, 7, 24, 0, 0, 0, 0, time.UTC)}, 1},
		{"from is inclusive", Request{From: time.Date(2004, 7, 24, 0, 0, 0, 0, time.UTC)}, 1},
		{"before", Request{To: time.Date(2004, 7, 23, 0, 0, 0, 0, time.UTC)}, 0},
		{"facet value as filter", Request{Topics: []string{"diplomacy"}, Query: "talks"}, 1},
	} {
		res, err := ix.Search(context.Background(), tc.req)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if res.Total != tc.want {
			t.Errorf("%s: total %d, want %d", tc.name, res.Total, tc.want)
		}
	}
}

// BenchmarkFacets compares Chancery's facet counting with Bleve's facet
// builders on the same index and query (about a third of 10,000 articles
// match), facets on person, country, org, topic, source and year.
func BenchmarkFacets(b *testing.B) {
	ix := mustOpen(b)
	fill(b, ix, 10000, 2)
	req := Request{Query: "oil OR debt", Facets: true, Size: 10}
	b.Run("chancery", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.Search(context.Background(), req); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("bleve-facet-builders", func(b *testing.B) {
		q, _, err := BuildQuery(&req)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			sr := bleve.NewSearchRequest(q)
			for _, f := range append(FacetFields, FieldYear) {
				sr.AddFacet(f, bleve.NewFacetRequest(f, 10))
			}
			if _, err := ix.bi.Search(sr); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("no-facets", func(b *testing.B) {
		req := req
		req.Facets = false
		for b.Loop() {
			if _, err := ix.Search(context.Background(), req); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestSnippetMarksAndSpaces(t *testing.T) {
	ix := mustOpen(t)
	h := newHighlighter(ix, []string{"peacekeepers"}, [2]string{"[", "]"}, 200)
	a := &archive.Article{Body: "Moscow will not send\npeacekeeping troops, the minister said.\n\nNo peacekeepers."}
	got := h.snippet(a)
	want := "Moscow will not send [peacekeeping] troops, the minister said. No [peacekeepers]."
	if got != want {
		t.Errorf("snippet\n got %q\nwant %q", got, want)
	}
}

func TestTop(t *testing.T) {
	terms := []string{"a", "b", "c", "d", "e"}
	counts := []int{3, 0, 5, 3, 1}
	for _, tc := range []struct {
		n    int
		want []FacetValue
	}{
		{0, []FacetValue{{"c", 5}, {"a", 3}, {"d", 3}, {"e", 1}}},
		{2, []FacetValue{{"c", 5}, {"a", 3}}},
		{3, []FacetValue{{"c", 5}, {"a", 3}, {"d", 3}}},
		{10, []FacetValue{{"c", 5}, {"a", 3}, {"d", 3}, {"e", 1}}},
	} {
		if got := top(counts, terms, tc.n); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("top %d: %v, want %v", tc.n, got, tc.want)
		}
	}
}
