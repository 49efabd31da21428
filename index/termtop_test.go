package index

import (
	"context"
	"encoding/binary"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
)

// TestTermTopAsBleve collects one-word searches with termTop and with
// Bleve's collector on an index with several segments and deleted
// documents (many hits score the same, so the order of ties counts): the
// same hits in the same order, with the same scores, hit numbers and ids,
// the same total and the same recorded document numbers.
func TestTermTopAsBleve(t *testing.T) {
	// A writer's index just filled: batches of 50 make segments faster
	// than they are merged. How many there are depends on the merger's
	// timing, so it is logged, not required.
	ix := mustOpen(t)
	fill(t, ix, 900, 3)
	ctx := context.Background()
	reader, err := ix.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	snap := reader.(*scorch.IndexSnapshot)
	t.Logf("%d segments", len(snap.Segments()))
	answered := 0
	for _, word := range []string{"oil", "talks", "talk", "Report", "council", "nowhere"} {
		for _, n := range []int{1, 10, 50, 2000} {
			req := Request{Query: word}
			q, _, err := BuildQuery(&req)
			if err != nil {
				t.Fatal(err)
			}
			order, score, _ := sortOrder("")
			opts := search.SearcherOptions{Score: score}
			s1, err := q.Searcher(ctx, reader, ix.bi.Mapping(), opts)
			if err != nil {
				t.Fatal(err)
			}
			hits, total, nums, ok, err := termTop(ctx, snap, ix.bi.Mapping(), q, s1, n, true)
			s1.Close()
			if err != nil || !ok {
				t.Fatalf("%q: termTop did not answer: %v", word, err)
			}
			answered++
			s2, err := q.Searcher(ctx, reader, ix.bi.Mapping(), opts)
			if err != nil {
				t.Fatal(err)
			}
			rec := &recorder{Searcher: s2}
			coll := collector.NewTopNCollector(n, 0, order)
			if err := coll.Collect(ctx, rec, reader); err != nil {
				t.Fatal(err)
			}
			s2.Close()
			want := coll.Results()
			if total != coll.Total() || !reflect.DeepEqual(nums, rec.nums) && len(nums)+len(rec.nums) > 0 {
				t.Fatalf("%q top %d: total %d, %d numbers; Bleve %d, %d", word, n, total, len(nums), coll.Total(), len(rec.nums))
			}
			if len(hits) != len(want) {
				t.Fatalf("%q top %d: %d hits, Bleve %d", word, n, len(hits), len(want))
			}
			for i, h := range hits {
				if h.ID != "" {
					t.Fatalf("%q top %d: hit %d has its id before setGroups", word, n, i)
				}
				if err := loadID(reader, h); err != nil {
					t.Fatal(err)
				}
				w := want[i]
				if h.ID != w.ID || h.Score != w.Score || h.HitNumber != w.HitNumber || binary.BigEndian.Uint64(h.IndexInternalID) != binary.BigEndian.Uint64(w.IndexInternalID) || !reflect.DeepEqual(h.Sort, w.Sort) {
					t.Fatalf("%q top %d, hit %d: %s %v #%d %v; Bleve %s %v #%d %v", word, n, i, h.ID, h.Score, h.HitNumber, h.Sort, w.ID, w.Score, w.HitNumber, w.Sort)
				}
			}
			if word == "oil" && n == 10 && total < 100 {
				t.Fatalf("%q: %d hits, the test expects many", word, total)
			}
		}
	}
	if answered == 0 {
		t.Fatal("termTop answered no search")
	}
}

// TestSearchTermTopSame runs searches with and without termTop and andTop: the same
// results, facets and notes, for pages, all versions and sizes.
func TestSearchTermTopSame(t *testing.T) {
	ix := filledReadOnly(t, 900, 5)
	defer func() { termTopOn = true }()
	for _, req := range []Request{
		{Query: "oil", Facets: true},
		{Query: "talks", Facets: true, Offset: 10},
		{Query: "treaty", AllVersions: true, Facets: true, Size: 30},
		{Query: "border", Size: 3, Offset: 200},
		{Query: "Report", Facets: true, FacetSize: 100},
		{Query: "nowhere", Facets: true},
		{Query: "oil AND talks", Facets: true},
		{Query: "Report treaty", Offset: 10},
		{Query: "border AND council", AllVersions: true, Facets: true, Size: 30},
		{Query: "oil AND nowhere", Facets: true},
	} {
		var got [2]*Result
		for i, on := range []bool{true, false} {
			termTopOn = on
			res, err := ix.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			res.Took, res.TookMS = 0, 0
			got[i] = res
		}
		if !reflect.DeepEqual(got[0], got[1]) {
			t.Errorf("%+v:\n with termTop %+v\n Bleve's way %+v", req, got[0], got[1])
		}
		if !strings.Contains(req.Query, "nowhere") && len(got[0].Hits) == 0 {
			t.Errorf("%+v: no hits", req)
		}
	}
}
