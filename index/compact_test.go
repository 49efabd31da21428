package index

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"chancery/archive"
)

// answer is what a search must answer alike before and after a
// compaction: the total, the facets, and every hit's score by id. The
// order of hits of equal score follows the order of documents in the
// segments, so it may change: answers compare hits as a set.
type answer struct {
	total  uint64
	scores map[string]float64
	facets map[string][]FacetValue
}

// compactRequests are searches of the articles of addSession: terms, an
// AND, an OR, a field, every version, and facets.
var compactRequests = []Request{
	{Query: "oil", Facets: true},
	{Query: "debt OR troops"},
	{Query: "talks AND border", AllVersions: true},
	{Query: "person:\"Sergei Lavrov\"", Facets: true},
	{Query: "", Facets: true, FacetSize: 100},
	{Query: "council -oil", Facets: true},
}

func answers(t *testing.T, ix *Index) []answer {
	t.Helper()
	var out []answer
	for _, req := range compactRequests {
		req.Size = 10_000
		res, err := ix.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		if len(res.Hits) != int(res.Total) {
			t.Fatalf("%q: %d hits of %d", req.Query, len(res.Hits), res.Total)
		}
		a := answer{total: res.Total, facets: res.Facets, scores: map[string]float64{}}
		for _, h := range res.Hits {
			a.scores[h.ID] = h.Score
		}
		out = append(out, a)
	}
	return out
}

// addSession stores and indexes n articles of their own for writer
// session i, in batches of 20.
func addSession(t *testing.T, w *Index, i, n int) {
	t.Helper()
	persons := []string{"Sergei Lavrov", "Hoshyar Zebari", "Colin Powell", "Kofi Annan"}
	countries := []archive.Country{{Name: "Russia", Code: "RU"}, {Name: "Iraq", Code: "IQ"}, {Name: "Sudan", Code: "SD"}}
	words := []string{"talks", "debt", "oil", "troops", "council", "border"}
	var batch []*archive.Article
	for k := range n {
		j := i*n + k
		batch = append(batch, &archive.Article{
			ID:        fmt.Sprintf("c%d-%03d", i, k),
			Title:     "Report " + words[j%len(words)],
			Body:      words[j*7%len(words)] + " " + words[j*5%len(words)] + " and " + words[(j/3)%len(words)],
			Source:    []string{"Wire", "Herald"}[j%2],
			Date:      time.Date(2000+j%6, time.Month(1+j%12), 1+j%28, 0, 0, 0, 0, time.UTC),
			Persons:   []string{persons[j%len(persons)]},
			Countries: []archive.Country{countries[j%len(countries)]},
			Topics:    []string{"diplomacy"},
		})
		if len(batch) == 20 || k == n-1 {
			if _, err := w.Store.Put(batch); err != nil {
				t.Fatal(err)
			}
			if err := w.Put(batch); err != nil {
				t.Fatal(err)
			}
			batch = nil
		}
	}
}

// sessionsDir returns an archive written by n writers in turn, each adding
// articles of its own, with Bleve's merger kept from merging segments:
// every writer leaves at least one segment of its own.
func sessionsDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		w, err := Open(dir, Options{noAutoMerge: true})
		if err != nil {
			t.Fatal(err)
		}
		addSession(t, w, i, 80)
		if i == n-1 {
			// A replaced article leaves a deleted document in an old
			// segment, which the merge drops.
			arts := []*archive.Article{{ID: "c0-000", Title: "Report oil", Body: "oil and border talks", Source: "Wire", Date: time.Date(2004, 5, 6, 0, 0, 0, 0, time.UTC)}}
			if _, err := w.Store.Put(arts); err != nil {
				t.Fatal(err)
			}
			if err := w.Put(arts); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// readerAnswers opens dir read-only, as a search process does, and
// returns its answers to compactRequests and its segment count.
func readerAnswers(t *testing.T, dir string) ([]answer, int) {
	t.Helper()
	r, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	segs, _, err := r.segments()
	if err != nil {
		t.Fatal(err)
	}
	return answers(t, r), segs
}

// TestCompact checks that compacting merges the segments of several
// writers into one, persisted with its facet file, and that a writer's and
// a reader's searches answer as before. The writers leave more than
// mergeWidth segments, more than one forced merge merges into one.
func TestCompact(t *testing.T) {
	const sessions = 12
	dir := sessionsDir(t, sessions)
	want, before := readerAnswers(t, dir)
	if before <= mergeWidth {
		t.Fatalf("%d segments after %d writers that merge nothing, want more than %d", before, sessions, mergeWidth)
	}

	w, err := Open(dir, Options{noAutoMerge: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := answers(t, w); !reflect.DeepEqual(got, want) {
		t.Fatalf("the writer answers other than a reader:\n got %+v\nwant %+v", got, want)
	}
	c, err := w.Compact(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.SegmentsBefore != before || c.SegmentsAfter != 1 {
		t.Errorf("compact: %d segments before, %d after; want %d, then 1", c.SegmentsBefore, c.SegmentsAfter, before)
	}
	if c.BytesBefore <= 0 || c.BytesAfter <= 0 {
		t.Errorf("compact: %d bytes before, %d after", c.BytesBefore, c.BytesAfter)
	}
	if got := answers(t, w); !reflect.DeepEqual(got, want) {
		t.Errorf("the writer's answers changed:\n got %+v\nwant %+v", got, want)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	if segs := liveSegments(t, dir); len(segs) != 1 {
		t.Errorf("persisted segments after compacting: %v", segs)
	}
	checkFacetFiles(t, dir)
	if got, _ := readerAnswers(t, dir); !reflect.DeepEqual(got, want) {
		t.Errorf("a reader's answers changed:\n got %+v\nwant %+v", got, want)
	}
	r, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := sameFacetsAsBleve(t, r); got != 1 {
		t.Errorf("%d segments counted from facet files, want 1", got)
	}
	if rep, err := r.Verify(false, "test"); err != nil || !rep.OK() {
		t.Errorf("verify after compacting: %+v, %v", rep, err)
	}
	if _, err := r.Compact(context.Background()); err == nil {
		t.Error("a read-only index compacted")
	}
}

// TestCompactCancelled cancels compactions at several points of their
// run: each leaves an index that verifies and answers as before, merged
// or not, and a later compaction merges it into one segment.
func TestCompactCancelled(t *testing.T) {
	dir := sessionsDir(t, 4)
	want, _ := readerAnswers(t, dir)
	for _, after := range []time.Duration{0, time.Millisecond, 5 * time.Millisecond, 20 * time.Millisecond} {
		w, err := Open(dir, Options{noAutoMerge: true})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		if after == 0 {
			cancel()
		} else {
			time.AfterFunc(after, cancel)
		}
		c, err := w.Compact(ctx)
		cancel()
		t.Logf("cancel after %s: %+v, %v", after, c, err)
		if err != nil && ctx.Err() == nil {
			t.Fatalf("cancel after %s: %v", after, err)
		}
		if err := w.Close(); err != nil {
			t.Fatalf("cancel after %s: close: %v", after, err)
		}
		got, _ := readerAnswers(t, dir)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cancel after %s: answers changed:\n got %+v\nwant %+v", after, got, want)
		}
		checkFacetFiles(t, dir)
	}
	w, err := Open(dir, Options{noAutoMerge: true})
	if err != nil {
		t.Fatal(err)
	}
	c, err := w.Compact(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.SegmentsAfter != 1 || c.SegmentsAfter > c.SegmentsBefore {
		t.Errorf("compact after the cancelled ones: %d segments before, %d after", c.SegmentsBefore, c.SegmentsAfter)
	}
	rep, err := w.Verify(false, "test")
	if err != nil || !rep.OK() {
		t.Errorf("verify: %+v, %v", rep, err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestMergeTail checks that merging the tail merges the small segments of
// several writers into one, persisted with its facet file, and that a
// reader answers as before.
func TestMergeTail(t *testing.T) {
	const sessions = 6
	dir := sessionsDir(t, sessions)
	want, before := readerAnswers(t, dir)
	if before < sessions {
		t.Fatalf("%d segments after %d writers that merge nothing", before, sessions)
	}
	w, err := Open(dir, Options{noAutoMerge: true})
	if err != nil {
		t.Fatal(err)
	}
	c, err := w.MergeTail(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.SegmentsBefore != before || c.SegmentsAfter != 1 {
		t.Errorf("merge tail: %d segments before, %d after; want %d, then 1 (all are small)", c.SegmentsBefore, c.SegmentsAfter, before)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	checkFacetFiles(t, dir)
	got, after := readerAnswers(t, dir)
	if after != 1 {
		t.Errorf("a reader sees %d segments, want 1", after)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("a reader's answers changed:\n got %+v\nwant %+v", got, want)
	}
}
