package index

import (
	"context"
	"slices"
	"testing"
	"time"

	"chancery/archive"
)

// facetCount returns the count of value in facet of res, 0 when absent.
func facetCount(res *Result, facet, value string) int {
	for _, fv := range res.Facets[facet] {
		if fv.Value == value {
			return fv.Count
		}
	}
	return 0
}

func TestFacetsCountStories(t *testing.T) {
	ix := mustOpen(t)
	later, orig, other := storyArticles()
	third, _, _ := storyArticles()
	third.ID, third.Body = "d-copy", "PARIS - "+wireStory+" The talks lasted two hours."
	for _, a := range []*archive.Article{later, orig, third} {
		a.Persons = []string{"Sergei Lavrov"}
	}
	other.Persons = []string{"Sergei Lavrov", "Hoshyar Zebari"}
	putBoth(t, ix, orig, other)
	putBoth(t, ix, later, third)
	groups := groupsOf(t, ix)
	if groups["b-copy"] != "z-orig" || groups["d-copy"] != "z-orig" {
		t.Fatalf("groups %v: the copies should be in z-orig's group", groups)
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name        string
		req         Request
		lavrov      int
		counted     string
		copies, all int
	}{
		{"every article, stories", Request{Facets: true}, 2, CountStories, 2, 4},
		{"every article, every copy", Request{Facets: true, AllVersions: true}, 4, CountArticles, 0, 4},
		// Only the copies match: their story counts once.
		{"copies only", Request{Query: `"talks lasted two hours"`, Facets: true}, 1, CountStories, 1, 2},
		{"copies only, every copy", Request{Query: `"talks lasted two hours"`, Facets: true, AllVersions: true}, 2, CountArticles, 0, 2},
	} {
		res, err := ix.Search(ctx, tc.req)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if res.Total != uint64(tc.all) {
			t.Errorf("%s: total %d, want %d articles", tc.name, res.Total, tc.all)
		}
		if got := facetCount(res, FieldPerson, "Sergei Lavrov"); got != tc.lavrov {
			t.Errorf("%s: Sergei Lavrov counts %d, want %d", tc.name, got, tc.lavrov)
		}
		if res.FacetsCount != tc.counted || res.FacetCopies != tc.copies {
			t.Errorf("%s: facets count %q leaving out %d, want %q leaving out %d", tc.name, res.FacetsCount, res.FacetCopies, tc.counted, tc.copies)
		}
	}
}

// TestValuesAndDatesCountStories checks that values, timelines and Copies
// count as the facets do.
func TestValuesAndDatesCountStories(t *testing.T) {
	ix := mustOpen(t)
	later, orig, other := storyArticles()
	third, _, _ := storyArticles()
	third.ID, third.Body = "d-copy", "PARIS - "+wireStory+" The talks lasted two hours."
	for _, a := range []*archive.Article{later, orig, third, other} {
		a.Persons = []string{"Sergei Lavrov"}
	}
	putBoth(t, ix, orig, other)
	putBoth(t, ix, later, third)
	ctx := context.Background()
	for _, all := range []bool{false, true} {
		want := map[bool]int{false: 2, true: 4}[all]
		vals, err := ix.ValuesOf(ctx, FieldPerson, "lavrov", 0, all)
		if err != nil {
			t.Fatal(err)
		}
		if len(vals) != 1 || vals[0].Count != want {
			t.Errorf("values (all versions %v): %v, want Sergei Lavrov %d", all, vals, want)
		}
		n, err := ix.EachDate(ctx, Request{Persons: []string{"Sergei Lavrov"}, AllVersions: all}, "", func(time.Time, []string) {})
		if err != nil {
			t.Fatal(err)
		}
		if n != uint64(want) {
			t.Errorf("dates (all versions %v): %d, want %d", all, n, want)
		}
	}
	copies, err := ix.Copies()
	if err != nil {
		t.Fatal(err)
	}
	if len(copies) != 2 || !copies["b-copy"] || !copies["d-copy"] {
		t.Errorf("copies %v, want b-copy and d-copy", copies)
	}
	// With the first article gone, one copy counts for the story.
	if err := ix.Delete([]string{"z-orig"}); err != nil {
		t.Fatal(err)
	}
	if copies, err = ix.Copies(); err != nil || len(copies) != 1 || !copies["d-copy"] && !copies["b-copy"] {
		t.Errorf("copies without the first article: %v (%v), want one of b-copy and d-copy", copies, err)
	}
}

// TestNoSource: the articles without a source are found by --source
// "(none)" and source:"(none)", the name stats gives them, without a note
// that the value matches nothing.
func TestNoSource(t *testing.T) {
	ix := mustOpen(t)
	putBoth(t, ix,
		&archive.Article{ID: "a", Title: "Talks", Body: "Envoys met about trade.", Source: "Wire"},
		&archive.Article{ID: "b", Title: "Talks again", Body: "Envoys met about trade again."},
		&archive.Article{ID: "c", Title: "Talks once more", Body: "Envoys met about trade once more."})
	ctx := context.Background()
	for _, req := range []Request{
		{Sources: []string{NoSource}},
		{Query: `source:"(none)"`},
		{Query: `trade source:"(NONE)"`},
		{Query: `trade -source:Wire`},
	} {
		res, err := ix.Search(ctx, req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		slices.Sort(ids)
		if !slices.Equal(ids, []string{"b", "c"}) || len(res.Notes) > 0 {
			t.Errorf("%+v: hits %v, notes %q; want b and c, no note", req, ids, res.Notes)
		}
	}
}
