package index

import (
	"context"
	"slices"
	"testing"
)

// TestPhraseSortedByDate checks that a phrase finds the same articles
// whatever the sort: sorting by date runs the searchers without scores,
// and the phrase check must still see the term positions.
func TestPhraseSortedByDate(t *testing.T) {
	ix := mustOpen(t)
	fill(t, ix, 400, 9)
	ids := func(q, sort string) []string {
		t.Helper()
		got, _, err := ix.IDs(context.Background(), Request{Query: q, Sort: sort, AllVersions: true}, 1000)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(got)
		return got
	}
	for _, q := range []string{`"talks debt"`, `"oil oil"`, `"treaty border"`} {
		rel, date, newest := ids(q, ""), ids(q, "date"), ids(q, "-date")
		if len(rel) == 0 {
			t.Fatalf("%s: no hits in the fixture", q)
		}
		if !slices.Equal(rel, date) || !slices.Equal(rel, newest) {
			t.Errorf("%s: %d hits by relevance, %d by date, %d newest first", q, len(rel), len(date), len(newest))
		}
	}
	// the words in the other order are another phrase
	fwd, back := ids(`"talks debt"`, "date"), ids(`"debt talks"`, "date")
	if len(fwd) == 0 || len(back) == 0 || slices.Equal(fwd, back) {
		t.Errorf(`"talks debt" found %d articles, "debt talks" %d: want two different sets`, len(fwd), len(back))
	}
}
