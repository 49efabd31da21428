package index

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"chancery/archive"
	"chancery/dedup"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

const wireStory = `Russia will keep its peacekeeping troops out of Iraq but stands ready to
help Baghdad cut its foreign debt, Foreign Minister Sergei Lavrov said on Monday after talks with
his Iraqi counterpart Hoshyar Zebari. Lavrov said Moscow would discuss the write-off of Iraqi
debt with other creditors in the Paris Club later this year, and that Russian oil companies
were ready to return to fields in the south of the country once security allowed.`

func dedupDay(s string) time.Time {
	t, _ := time.Parse(archive.DateLayout, s)
	return t
}

// putBoth writes articles to the store and the index, as ingest does.
func putBoth(t *testing.T, ix *Index, arts ...*archive.Article) {
	t.Helper()
	if _, err := ix.Store.Put(arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(arts); err != nil {
		t.Fatal(err)
	}
}

// groupsOf returns the group of every indexed article, from the doc
// values that searches read.
func groupsOf(t *testing.T, ix *Index) map[string]string {
	t.Helper()
	sr := bleve.NewSearchRequestOptions(bq.NewMatchAllQuery(), 100, 0, false)
	res, err := ix.bi.Search(sr)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := ix.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if err := setGroups(reader, res.Hits, 0); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, h := range res.Hits {
		out[h.ID] = groupOf(h)
	}
	return out
}

// storyArticles returns new copies of the test articles of one story: a
// copy (b-copy, from London, a day after) and its original (z-orig, from
// Moscow), and of another story (c-other).
func storyArticles() (later, orig, other *archive.Article) {
	later = &archive.Article{ID: "b-copy", Title: "Copy", Date: dedupDay("2004-07-27"), Body: "LONDON - " + wireStory + " The talks lasted two hours."}
	orig = &archive.Article{ID: "z-orig", Title: "Original", Date: dedupDay("2004-07-26"), Body: "MOSCOW - " + wireStory}
	other = &archive.Article{ID: "c-other", Title: "Other", Date: dedupDay("2004-07-26"), Body: strings.Repeat("The council voted on a resolution about the border dispute between the two countries. ", 4)}
	return later, orig, other
}

func TestGroups(t *testing.T) {
	ix := mustOpen(t)
	later, orig, other := storyArticles()
	templated := &archive.Article{ID: "a-week-later", Title: "Same words, a week on", Date: dedupDay("2004-08-03"), Body: wireStory}
	putBoth(t, ix, later, templated, other)
	want := map[string]string{"b-copy": "b-copy", "a-week-later": "a-week-later", "c-other": "c-other"}
	if got := groupsOf(t, ix); !sameGroups(got, want) {
		t.Fatalf("first batch: groups %v, want %v", got, want)
	}
	// An earlier copy arrives: it becomes the group's first article and
	// the copy already indexed moves to its group.
	putBoth(t, ix, orig)
	want["b-copy"], want["z-orig"] = "z-orig", "z-orig"
	if got := groupsOf(t, ix); !sameGroups(got, want) {
		t.Fatalf("after the earlier copy: groups %v, want %v", got, want)
	}
	// A search folds the group; --all-versions does not.
	res, err := ix.Search(context.Background(), Request{Query: "Lavrov"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 || len(res.Hits) != 2 {
		t.Fatalf("search: total %d, %d hits, want 3 articles in 2 stories", res.Total, len(res.Hits))
	}
	for _, h := range res.Hits {
		if (h.ID == "z-orig" || h.ID == "b-copy") && h.Versions != 1 {
			t.Errorf("%s: versions %d %v, want 1", h.ID, h.Versions, h.VersionIDs)
		}
	}
	res, _ = ix.Search(context.Background(), Request{Query: "Lavrov", AllVersions: true})
	if len(res.Hits) != 3 {
		t.Errorf("all versions: %d hits, want 3", len(res.Hits))
	}
	// Offset and Size count stories.
	res, _ = ix.Search(context.Background(), Request{Query: "Lavrov", Size: 1, Offset: 1, Sort: "date"})
	if len(res.Hits) != 1 || res.Hits[0].ID != "a-week-later" {
		t.Errorf("second story by date: %+v", res.Hits)
	}
	// A rebuild from the store finds the same groups.
	if err := ix.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	if got := groupsOf(t, ix); !sameGroups(got, want) {
		t.Fatalf("after rebuild: groups %v, want %v", got, want)
	}
}

func sameGroups(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// putOldStyle writes arts as an index written before a group's first
// article went without a group field: each with its own id as its group.
func putOldStyle(t *testing.T, ix *Index, arts ...*archive.Article) {
	t.Helper()
	if _, err := ix.Store.Put(arts); err != nil {
		t.Fatal(err)
	}
	b := bindex.NewBatch()
	var ids []string
	for _, a := range arts {
		var bands []string
		if sig, ok := dedup.Sign(dedup.Shingles(a.Body)); ok {
			bands = sig.Bands()
		}
		fs := append(fields(a, bands, ""), field{name: FieldGroup, vals: []string{a.ID}})
		b.Update(bleveDocument(a.ID, fs))
		ids = append(ids, a.ID)
	}
	if err := ix.apply(b, ids, "old-style batch"); err != nil {
		t.Fatal(err)
	}
}

// TestGroupsWithOldDocuments: documents that carry their own id as their
// group (written before first articles went without the field) group,
// regroup and fold with new ones as if they had none.
func TestGroupsWithOldDocuments(t *testing.T) {
	check := func(t *testing.T, ix *Index, want map[string]string) {
		t.Helper()
		if got := groupsOf(t, ix); !sameGroups(got, want) {
			t.Fatalf("groups %v, want %v", got, want)
		}
		res, err := ix.Search(context.Background(), Request{Query: "Lavrov OR council"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 3 || len(res.Hits) != 2 {
			t.Fatalf("search: total %d, %d hits, want 3 articles in 2 stories", res.Total, len(res.Hits))
		}
		for _, h := range res.Hits {
			want := map[string]int{"z-orig": 1, "b-copy": 1, "c-other": 0}[h.ID]
			if h.Versions != want {
				t.Errorf("%s: versions %d %v, want %d", h.ID, h.Versions, h.VersionIDs, want)
			}
		}
		// The copy ranks first ("LONDON" is in it alone): the original,
		// which has no group field in a new index, is its other version.
		res, err = ix.Search(context.Background(), Request{Query: "LONDON OR Lavrov"})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != 1 || res.Hits[0].ID != "b-copy" || len(res.Hits[0].VersionIDs) != 1 || res.Hits[0].VersionIDs[0] != "z-orig" {
			t.Errorf("copy first: %+v, want b-copy with version z-orig", res.Hits)
		}
	}
	want := map[string]string{"b-copy": "z-orig", "z-orig": "z-orig", "c-other": "c-other"}
	t.Run("old copy, new earlier original", func(t *testing.T) {
		ix := mustOpen(t)
		later, orig, other := storyArticles()
		putOldStyle(t, ix, later, other)
		putBoth(t, ix, orig) // becomes the first: the old b-copy moves
		check(t, ix, want)
	})
	t.Run("old original, new copy", func(t *testing.T) {
		ix := mustOpen(t)
		later, orig, other := storyArticles()
		putOldStyle(t, ix, orig, other)
		putBoth(t, ix, later)
		check(t, ix, want)
	})
}

// TestGroupsAcrossBatchesInFlight checks that the copies of one story
// read into two batches written side by side are grouped, although the
// index cannot search the first batch when the second is grouped: an
// ingest keeps more than one batch in flight.
func TestGroupsAcrossBatchesInFlight(t *testing.T) {
	for _, tc := range []struct {
		name          string
		first, second func() *archive.Article
		// the groups of the second batch's documents: the later copy
		// joins the original; an original arriving second takes the copy
		// in flight over and writes it again
		want map[string]string
	}{
		{"copy second", func() *archive.Article { _, o, _ := storyArticles(); return o }, func() *archive.Article { l, _, _ := storyArticles(); return l },
			map[string]string{"b-copy": "z-orig"}},
		{"original second", func() *archive.Article { l, _, _ := storyArticles(); return l }, func() *archive.Article { _, o, _ := storyArticles(); return o },
			map[string]string{"z-orig": "z-orig", "b-copy": "z-orig"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := mustOpen(t)
			first, second := tc.first(), tc.second()
			if _, err := ix.Store.Put([]*archive.Article{first, second}); err != nil {
				t.Fatal(err)
			}
			_, release1, err := ix.groupDocs(ix.bi, []*archive.Article{first}, &ix.writing)
			if err != nil {
				t.Fatal(err)
			}
			type result struct {
				docs    []doc
				release func()
				err     error
			}
			got := make(chan result, 1)
			go func() {
				docs, release2, err := ix.groupDocs(ix.bi, []*archive.Article{second}, &ix.writing)
				got <- result{docs, release2, err}
			}()
			// The first batch is done (searchable) only once the second is
			// grouped and recorded as being written.
			for n := 0; n < 2; runtime.Gosched() {
				ix.writing.mu.Lock()
				n = len(ix.writing.batches)
				ix.writing.mu.Unlock()
			}
			release1()
			r := <-got
			if r.err != nil {
				t.Fatal(r.err)
			}
			r.release()
			groups := map[string]string{}
			for _, d := range r.docs {
				groups[d.id] = d.group
			}
			if !sameGroups(groups, tc.want) {
				t.Errorf("second batch's documents: groups %v, want %v", groups, tc.want)
			}
			if len(ix.writing.batches) != 0 {
				t.Errorf("%d batches still recorded as being written", len(ix.writing.batches))
			}
		})
	}
}
