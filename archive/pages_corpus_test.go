package archive

import (
	"chancery/internal/shared"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBBCPagesKeepText reads the BBC news corpus (title on the first line,
// then the article, no chrome) through the text page reader, each file
// alone: the page shape rules must keep the title and every paragraph of
// real articles. It reports the files that lose or gain anything and fails
// above 2%. (The misses left are match reports and previews: line-ups,
// grounds and kick-off times on short lines, where the shape rules see a
// heading or a list of links.)
func TestBBCPagesKeepText(t *testing.T) {
	bbcKeepText(t, true)
}

// TestBBCFoldersKeepText reads the BBC corpus as a folder's pages are
// read, with what each folder teaches (the lines and line templates its
// files repeat): real text must not be taken for a site's chrome.
func TestBBCFoldersKeepText(t *testing.T) {
	bbcKeepText(t, false)
}

// bbcKeepText reads every BBC file, alone or with its folder's hints,
// and fails when more than 2% lose their title or a paragraph.
func bbcKeepText(t *testing.T, alone bool) {
	if testing.Short() {
		t.Skip("reads 2,225 files")
	}
	root := shared.Require(t, "corpora", "bbc")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("no BBC files under " + root)
	}
	bad := 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := decodeText(raw)
		title, rest, _ := strings.Cut(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
		// A few files keep HTML entities ("communiqu&#233;"), which the
		// reader decodes.
		title, rest = html.UnescapeString(title), html.UnescapeString(rest)
		var want []string
		for l := range strings.SplitSeq(rest, "\n") {
			if l = collapseSpace(l); l != "" {
				want = append(want, l)
			}
		}
		// Alone, as the shape rules see it: the folder rule rightly drops
		// what several files repeat (a correspondent's biography line).
		path := "-"
		if !alone {
			path = p
		}
		f := NewTextReader(strings.NewReader(text), path, ReadOptions{Now: testNow})
		a, re := readOne(t, f)
		if re != nil {
			t.Fatalf("%s: %v", p, re)
		}
		var got []string
		for l := range strings.SplitSeq(a.Body, "\n") {
			if l = collapseSpace(l); l != "" {
				got = append(got, l)
			}
		}
		if a.Title == collapseSpace(title) && slices.Equal(got, want) {
			continue
		}
		bad++
		if bad <= 30 {
			var lost []string
			for _, w := range want {
				if !slices.Contains(got, w) {
					lost = append(lost, w)
				}
			}
			t.Logf("%s: title %q (want %q), %d of %d paragraphs, lost %.300q", strings.TrimPrefix(p, root), a.Title, collapseSpace(title), len(got), len(want), lost)
		}
	}
	how := "alone"
	if !alone {
		how = "by folder"
	}
	t.Logf("BBC: %d of %d files read %s with their title and every paragraph", len(files)-bad, len(files), how)
	if bad*100 > 2*len(files) {
		t.Errorf("%d of %d BBC files lose their title or text, want at most 2%%", bad, len(files))
	}
}
