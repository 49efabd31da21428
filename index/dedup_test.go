package index

import (
	"context"
	"strings"
	"testing"
	"time"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"
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
		out[h.ID], _ = h.Fields[FieldGroup].(string)
	}
	return out
}

func TestGroups(t *testing.T) {
	ix := mustOpen(t)
	later := &archive.Article{ID: "b-copy", Title: "Copy", Date: dedupDay("2004-07-27"), Body: "LONDON - " + wireStory + " The talks lasted two hours."}
	templated := &archive.Article{ID: "a-week-later", Title: "Same words, a week on", Date: dedupDay("2004-08-03"), Body: wireStory}
	other := &archive.Article{ID: "c-other", Title: "Other", Date: dedupDay("2004-07-26"), Body: strings.Repeat("The council voted on a resolution about the border dispute between the two countries. ", 4)}
	putBoth(t, ix, later, templated, other)
	want := map[string]string{"b-copy": "b-copy", "a-week-later": "a-week-later", "c-other": "c-other"}
	if got := groupsOf(t, ix); !sameGroups(got, want) {
		t.Fatalf("first batch: groups %v, want %v", got, want)
	}
	// An earlier copy arrives: it becomes the group's first article and
	// the copy already indexed moves to its group.
	orig := &archive.Article{ID: "z-orig", Title: "Original", Date: dedupDay("2004-07-26"), Body: "MOSCOW - " + wireStory}
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
