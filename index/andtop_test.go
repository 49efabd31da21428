package index

import (
	"context"
	"encoding/binary"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
)

// TestAndTopAsBleve collects searches for two words with andTop and with
// Bleve's collector on an index with several segments and deleted
// documents: the same hits in the same order, with the same scores, hit
// numbers and ids, the same total and the same recorded document numbers.
// The words are in titles only ("report"), in bodies and titles, in one
// field each (title:, body:), twice
// the same, or absent; searches andTop must decline run Bleve's way.
func TestAndTopAsBleve(t *testing.T) {
	ix := mustOpen(t)
	fill(t, ix, 900, 4)
	fill(t, ix, 300, 5) // rewrites the first 300: more deleted documents, more segments
	ctx := context.Background()
	reader, err := ix.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	snap := reader.(*scorch.IndexSnapshot)
	t.Logf("%d segments", len(snap.Segments()))
	for _, c := range []struct {
		query  string
		answer bool // andTop must answer
		many   bool // the test expects more than 20 hits
	}{
		{"oil AND talks", true, true},
		{"oil talks", true, true},
		{"Report AND treaty", true, true},
		{"talks AND Report", true, true},
		{"border AND border", true, true},
		{"council AND nowhere", true, false},
		{"nowhere AND noplace", true, false},
		{"title:oil AND body:oil", true, true},
		{"body:talks AND title:Report", true, true},
		{"title:(border council)", true, false},
		{"oil AND talks AND debt", false, false},
		{"oil AND NOT talks", false, false},
		{"oil OR talks", false, false},
	} {
		for _, n := range []int{1, 10, 50, 2000} {
			req := Request{Query: c.query}
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
			hits, total, nums, ok, err := andTop(ctx, snap, ix.bi.Mapping(), q, s1, n, true)
			s1.Close()
			if err != nil {
				t.Fatalf("%q: %v", c.query, err)
			}
			if ok != c.answer {
				t.Fatalf("%q: andTop answered %v, want %v", c.query, ok, c.answer)
			}
			if !ok {
				continue
			}
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
				t.Fatalf("%q top %d: total %d, %d numbers; Bleve %d, %d", c.query, n, total, len(nums), coll.Total(), len(rec.nums))
			}
			if c.many != (total > 20) {
				t.Fatalf("%q: %d hits, the test expects many: %v", c.query, total, c.many)
			}
			if len(hits) != len(want) {
				t.Fatalf("%q top %d: %d hits, Bleve %d", c.query, n, len(hits), len(want))
			}
			for i, h := range hits {
				if h.ID != "" {
					t.Fatalf("%q top %d: hit %d has its id before setGroups", c.query, n, i)
				}
				if err := loadID(reader, h); err != nil {
					t.Fatal(err)
				}
				w := want[i]
				if h.ID != w.ID || h.Score != w.Score || h.HitNumber != w.HitNumber || binary.BigEndian.Uint64(h.IndexInternalID) != binary.BigEndian.Uint64(w.IndexInternalID) || !reflect.DeepEqual(h.Sort, w.Sort) {
					t.Fatalf("%q top %d, hit %d: %s %v #%d %v; Bleve %s %v #%d %v", c.query, n, i, h.ID, h.Score, h.HitNumber, h.Sort, w.ID, w.Score, w.HitNumber, w.Sort)
				}
			}
		}
	}
}
