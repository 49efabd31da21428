package index

import (
	"context"
	"reflect"
	"runtime"
	"testing"
	"time"
)

// TestSplitSearchSameResults runs searches whole and split in two halves
// of the index (splitMinHits 0) and checks that pages, scores, ties,
// totals, facets and versions are the same.
func TestSplitSearchSameResults(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("searches are split only with two cores or more")
	}
	// Filled by a writer, compared read-only: a writer's background
	// merges would change the index (and the order of ties) between the
	// two searches of a pair.
	ix := filledReadOnly(t, 900, 3) // short bodies: many equal scores
	from := time.Date(2001, 3, 15, 0, 0, 0, 0, time.UTC)
	to := time.Date(2004, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, req := range []Request{
		{Query: "oil", Size: 10},
		{Query: "oil", Size: 10, Offset: 30},
		{Query: "oil", Size: 10, Offset: 5000},
		{Query: "debt OR troops", Size: 25, Facets: true, FacetSize: 10},
		{Query: "talks AND border", Size: 10},
		{Query: `"oil debt"`, Size: 10},
		{Query: "", Size: 20, Sort: "-date", Facets: true},
		{Query: "treaty", Size: 15, Sort: "date"},
		{Query: "council", Size: 10, From: from, To: to},
		{Query: "report", Size: 10, Countries: []string{"Iraq"}, Facets: true},
		{Query: "NOT council", Size: 40, Offset: 10},
	} {
		search := func(min uint64) *Result {
			t.Helper()
			old := splitMinHits
			splitMinHits = min
			defer func() { splitMinHits = old }()
			res, err := ix.Search(context.Background(), req)
			if err != nil {
				t.Fatalf("%+v: %v", req, err)
			}
			return res
		}
		whole, split := search(1<<62), search(0)
		if whole.Total == 0 && req.Offset < 1000 {
			t.Errorf("%+v: no hits; the test needs some", req)
		}
		if whole.Total != split.Total {
			t.Errorf("%+v: total %d whole, %d split", req, whole.Total, split.Total)
		}
		ids := func(r *Result) (out []string) {
			for _, h := range r.Hits {
				out = append(out, h.ID)
			}
			return out
		}
		if !reflect.DeepEqual(ids(whole), ids(split)) {
			t.Errorf("%+v: hits\n whole %v\n split %v", req, ids(whole), ids(split))
		}
		for i := range min(len(whole.Hits), len(split.Hits)) {
			if w, s := whole.Hits[i], split.Hits[i]; w.Score != s.Score || !reflect.DeepEqual(w.Versions, s.Versions) {
				t.Errorf("%+v: hit %d: whole %v %v, split %v %v", req, i, w.Score, w.Versions, s.Score, s.Versions)
			}
		}
		if !reflect.DeepEqual(whole.Facets, split.Facets) {
			t.Errorf("%+v: facets\n whole %v\n split %v", req, whole.Facets, split.Facets)
		}
	}
}
