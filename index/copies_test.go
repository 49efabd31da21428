package index

import (
	"context"
	"testing"

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
