package archive

import (
	"chancery/internal/shared"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// readAll reads every article and record error from f.
func readAll(t testing.TB, r Reader) (arts []*Article, rejects []*RecordError) {
	t.Helper()
	for i := 0; ; i++ {
		if i > 1_000_000 {
			t.Fatal("reader does not end")
		}
		a, err := r.Next()
		if err == io.EOF {
			return
		}
		var re *RecordError
		if errors.As(err, &re) {
			rejects = append(rejects, re)
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		arts = append(arts, a)
	}
}

func TestSeedArticle(t *testing.T) {
	path := shared.Require(t, "seed", "voa-2004-07-24.txt")
	f, err := OpenFile(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, rejects := readAll(t, f)
	if len(rejects) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, rejects %v", len(arts), rejects)
	}
	a := arts[0]
	if f.Format != FormatText {
		t.Errorf("format %q, want text", f.Format)
	}
	if a.Title != "Russian, Iraqi Foreign Ministers Meet in Moscow" {
		t.Errorf("title %q", a.Title)
	}
	if a.DateString() != "2004-07-24" {
		t.Errorf("date %q", a.DateString())
	}
	if a.Source != "VOA" {
		t.Errorf("source %q, want VOA", a.Source)
	}
	if !strings.HasPrefix(a.Body, "Russian Foreign Minister Sergei Lavrov says") || !strings.HasSuffix(a.Body, "the Soviet era.") {
		t.Errorf("body starts %q ends %q", clip(a.Body, 50), a.Body[max(0, len(a.Body)-30):])
	}
	for _, bad := range []string{"Accessibility links", "Breaking News", "2004-07-24", "\n\n\n"} {
		if strings.Contains(a.Body, bad) {
			t.Errorf("body holds %q", bad)
		}
	}
	if n := strings.Count(a.Body, "\n\n"); n != 10 {
		t.Errorf("body has %d paragraph breaks, want 10 (11 paragraphs)", n)
	}
	if len(a.Notes) != 0 {
		t.Errorf("notes %q", a.Notes)
	}
	if want := DeriveID("VOA", a.Title, a.Date, a.Body); a.ID != want {
		t.Errorf("id %q, want %q", a.ID, want)
	}
}

func TestReutersCorpus(t *testing.T) {
	dir := shared.Require(t, "corpora", "reuters21578")
	if testing.Short() {
		t.Skip("reads 18 MB of Reuters SGML; skipped in -short mode")
	}
	var total, unproc, brief, latin1 int
	ids := map[string]bool{}
	start := time.Date(1987, 2, 26, 0, 0, 0, 0, time.UTC)
	end := time.Date(1987, 10, 20, 0, 0, 0, 0, time.UTC)
	for i := 0; i <= 17; i++ {
		path := filepath.Join(dir, fmt.Sprintf("reut2-%03d.sgm", i))
		f, err := OpenFile(path, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if f.Format != FormatReuters {
			t.Errorf("%s: format %q", path, f.Format)
		}
		arts, rejects := readAll(t, f)
		f.Close()
		for _, re := range rejects {
			t.Errorf("rejected: %v", re)
		}
		if len(arts) != 1000 {
			t.Errorf("%s: %d articles, want 1000", path, len(arts))
		}
		for _, a := range arts {
			total++
			if ids[a.ID] {
				t.Errorf("duplicate id %s", a.ID)
			}
			ids[a.ID] = true
			if a.Date.Before(start) || a.Date.After(end) {
				t.Errorf("%s (%s): date %q outside 1987-02-26..1987-10-20", a.ID, a.Origin, a.DateString())
			}
			if a.Source != "Reuters" || !strings.HasPrefix(a.ID, "reuters-") {
				t.Errorf("%s: source %q", a.ID, a.Source)
			}
			if a.Title == "" {
				unproc++
				if a.Body == "" && a.ID != "reuters-12793" { // the one empty record
					t.Errorf("%s: no title and no body", a.ID)
				}
			}
			if a.Body == "" {
				brief++
			}
			for _, n := range a.Notes {
				if strings.Contains(n, "Latin-1") {
					latin1++
				}
			}
			if strings.ContainsAny(a.Body+a.Title+a.Dateline, "\x02\x03\x05\x1f&#") && strings.Contains(a.Body+a.Title, "&#") {
				t.Errorf("%s: entity left in text", a.ID)
			}
			if strings.HasSuffix(strings.ToLower(a.Body), "reuter") {
				t.Errorf("%s: sign-off left: ...%q", a.ID, a.Body[max(0, len(a.Body)-20):])
			}
		}
	}
	if total != 18000 {
		t.Errorf("%d articles, want 18000", total)
	}
	t.Logf("18 files: %d articles, %d without title (UNPROC), %d without body (BRIEF), %d decoded as Latin-1", total, unproc, brief, latin1)
	if latin1 != 1 {
		t.Errorf("%d records decoded as Latin-1, want 1 (the 0xFC byte in reut2-017)", latin1)
	}
}
