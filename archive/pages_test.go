package archive

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pageExpect is what a fixture page under testdata/pages must give.
type pageExpect struct {
	Title  string   `json:"title"`
	Date   string   `json:"date"` // "" when the page must stay undated
	Byline string   `json:"byline"`
	Body   []string `json:"body"` // the article's paragraphs, in order
	// DateAlone, when set, is the date the page gives read alone: a
	// numeric date whose order only the folder's other pages prove.
	DateAlone *string `json:"date_alone"`
}

// pageScore counts the fixture pages right on each field.
type pageScore struct {
	pages, full                                      int
	title, date, byline, start, end, noChrome, whole int
	// issue counts the pages right by the issue's measure: title, date
	// and the whole body (the byline not counted).
	issue int
}

// scorePages reads every page listed in testdata/pages/<set>/expect.json
// and scores it; it logs each page that is not fully right.
//
// alone reads each page as if it came alone (from standard input), without
// what its folder teaches.
func scorePages(t *testing.T, set string, alone bool) pageScore {
	t.Helper()
	dir := filepath.Join("testdata", "pages")
	raw, err := os.ReadFile(filepath.Join(dir, set, "expect.json"))
	if err != nil {
		t.Fatalf("read the expectations: %v", err)
	}
	var want map[string]pageExpect
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("expect.json: %v", err)
	}
	var s pageScore
	for _, rel := range slices.Sorted(mapKeys(want)) {
		w := want[rel]
		s.pages++
		opts := ReadOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		f, err := OpenFile(filepath.Join(dir, rel), opts)
		if err != nil {
			t.Fatal(err)
		}
		if alone {
			b, err := os.ReadFile(filepath.Join(dir, rel))
			if err != nil {
				t.Fatal(err)
			}
			f.Close()
			f = NewReader(bytes.NewReader(b), "-", opts)
		}
		arts, rejects := readAll(t, f)
		f.Close()
		if len(arts) != 1 {
			t.Logf("%s: %d articles, rejects %v", rel, len(arts), rejects)
			continue
		}
		a := arts[0]
		wantDate := w.Date
		if alone && w.DateAlone != nil {
			wantDate = *w.DateAlone
		}
		var body []string
		for p := range strings.SplitSeq(a.Body, "\n\n") {
			body = append(body, strings.Join(strings.Fields(p), " "))
		}
		var wbody []string
		for _, p := range w.Body {
			wbody = append(wbody, strings.Join(strings.Fields(p), " "))
		}
		var chrome []string
		for _, p := range body {
			if !slices.Contains(wbody, p) {
				chrome = append(chrome, p)
			}
		}
		ok := map[string]bool{
			"title": a.Title == w.Title,
			"date":  a.DateString() == wantDate,
			// (A name in capitals is the same name written as names are:
			// the reader writes "JONAS WEBER" as "Jonas Weber".)
			"byline": strings.EqualFold(a.Byline, w.Byline),
			"start":  body[0] == wbody[0],
			"end":    body[len(body)-1] == wbody[len(wbody)-1],
			"chrome": len(chrome) == 0,
			"whole":  slices.Equal(body, wbody),
		}
		count := func(k string, n *int) {
			if ok[k] {
				*n++
			}
		}
		count("title", &s.title)
		count("date", &s.date)
		count("byline", &s.byline)
		count("start", &s.start)
		count("end", &s.end)
		count("chrome", &s.noChrome)
		count("whole", &s.whole)
		if ok["title"] && ok["date"] && ok["whole"] {
			s.issue++
		}
		var wrong []string
		for _, k := range []string{"title", "date", "byline", "start", "end", "chrome", "whole"} {
			if !ok[k] {
				wrong = append(wrong, k)
			}
		}
		if len(wrong) == 0 {
			s.full++
			continue
		}
		if alone {
			rel += " (alone)"
		}
		t.Logf("%s: wrong %v\n  title %q (want %q)\n  date %q (want %q) byline %q (want %q) notes %q\n  start %.70q\n  end %.70q\n  chrome %.200q",
			rel, wrong, a.Title, w.Title, a.DateString(), wantDate, a.Byline, w.Byline, a.Notes, body[0], body[len(body)-1], chrome)
	}
	return s
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func (s pageScore) String() string {
	pct := func(n int) string { return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(max(s.pages, 1))) }
	return fmt.Sprintf("%d pages, fully right %d (%s), right by title, date and body %d (%s); title %s, date %s, byline %s, body start %s, body end %s, no chrome %s, whole body %s",
		s.pages, s.full, pct(s.full), s.issue, pct(s.issue), pct(s.title), pct(s.date), pct(s.byline), pct(s.start), pct(s.end), pct(s.noChrome), pct(s.whole))
}

// pageSets lists the fixture sets of testdata/pages (each a folder with an
// expect.json) in the order they were written: dev, heldout, unseen, then
// the numbered unseen and blind sets by number.
func pageSets(t *testing.T) []string {
	t.Helper()
	found, err := filepath.Glob(filepath.Join("testdata", "pages", "*", "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	rank := func(set string) (int, int) {
		for i, prefix := range []string{"dev", "heldout", "unseen", "blind"} {
			if n, ok := strings.CutPrefix(set, prefix); ok {
				k, _ := strconv.Atoi(n)
				return i, k
			}
		}
		return 9, 0
	}
	var sets []string
	for _, f := range found {
		sets = append(sets, filepath.Base(filepath.Dir(f)))
	}
	slices.SortFunc(sets, func(a, b string) int {
		ai, ak := rank(a)
		bi, bk := rank(b)
		if ai != bi {
			return ai - bi
		}
		if ak != bk {
			return ak - bk
		}
		return strings.Compare(a, b)
	})
	if len(sets) == 0 {
		t.Fatal("no page fixture sets under testdata/pages")
	}
	return sets
}

// TestPageFixtures scores the readers on the invented pages of
// testdata/pages: the developed set must be at least 95% fully right (title,
// date, byline, every paragraph and nothing else); the held-out set, written
// after the readers, is reported.
func TestPageFixtures(t *testing.T) {
	for _, set := range pageSets(t) {
		s := scorePages(t, set, false)
		fmt.Printf("page fixtures %s, read by folder: %s\n", set, s)
		one := scorePages(t, set, true)
		fmt.Printf("page fixtures %s, each page alone: %s\n", set, one)
		if set == "dev" && s.full*100 < 95*s.pages {
			t.Errorf("%s: %d of %d pages fully right, want at least 95%%", set, s.full, s.pages)
		}
		if set == "dev" && one.full*100 < 90*one.pages {
			t.Errorf("%s, each page alone: %d of %d pages fully right, want at least 90%%", set, one.full, one.pages)
		}
	}
}
