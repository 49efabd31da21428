package service

import (
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

func TestCitation(t *testing.T) {
	day := time.Date(1987, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		a    archive.Article
		want string
	}{
		{archive.Article{ID: "reuters-1910", Title: "COFFEE EXPORTS RISE", Source: "Reuters", Date: day, Origin: "reut2-001.sgm:28153"},
			`Reuters, 1987-03-05, "COFFEE EXPORTS RISE". Chancery id reuters-1910. Original: reut2-001.sgm:28153, Reuters NEWID 1910.`},
		{archive.Article{ID: "reuters-7", Body: "\n  SHIPPING STRIKE ENDS\n\nThe strike ended.", Source: "Reuters", Date: day},
			`Reuters, 1987-03-05, "SHIPPING STRIKE ENDS". Chancery id reuters-7. Original: Reuters NEWID 7.`},
		{archive.Article{ID: "doc-1", Title: "Talks", Origin: "/data/politics/249.txt"},
			`source unknown, n.d., "Talks". Chancery id doc-1. Original: /data/politics/249.txt.`},
		{archive.Article{ID: "doc-2", Title: "Talks", URL: "https://www.example.org/a/1"},
			`example.org, n.d., "Talks". https://www.example.org/a/1.`},
		{archive.Article{ID: "doc-4", Title: "Talks", Source: "The Post", Date: day, URL: "https://post.example/a/2", Origin: "saved/post.html"},
			`The Post, 1987-03-05, "Talks". https://post.example/a/2. Original: saved/post.html.`},
		{archive.Article{ID: "doc-3"}, `source unknown, n.d., "untitled". Chancery id doc-3.`},
		// An address no reader can follow is not cited: the id stands in.
		{archive.Article{ID: "doc-5", Title: "Talks", Source: "The Gazette", URL: "javascript:alert(1)"},
			`The Gazette, n.d., "Talks". Chancery id doc-5.`},
		{archive.Article{ID: "doc-6", Title: "Talks", URL: "/world/talks.html"},
			`source unknown, n.d., "Talks". Chancery id doc-6.`},
		{archive.Article{ID: "doc-7", Title: "Talks", URL: "ftp://files.example/a"},
			`source unknown, n.d., "Talks". Chancery id doc-7.`},
	} {
		if got := Cite(&tc.a); got != tc.want {
			t.Errorf("cite(%s) =\n %s\nwant\n %s", tc.a.ID, got, tc.want)
		}
	}
}

// TestCitationRecordsURL checks that RIS and BibTeX records carry an
// article's address only when it is an http or https URL.
func TestCitationRecordsURL(t *testing.T) {
	for _, tc := range []struct {
		url      string
		ris, bib string // the URL line expected, "" for none
	}{
		{"https://post.example/a/2", "UR  - https://post.example/a/2", "url = {https://post.example/a/2}"},
		{"javascript:alert(1)", "", ""},
		{"world/a.html", "", ""},
	} {
		a := &archive.Article{ID: "doc-1", Title: "Talks", URL: tc.url}
		var ris, bib strings.Builder
		if err := WriteRIS(&ris, []*archive.Article{a}); err != nil {
			t.Fatal(err)
		}
		if err := WriteBibTeX(&bib, []*archive.Article{a}); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name, out, line, key string
		}{{"RIS", ris.String(), tc.ris, "UR  -"}, {"BibTeX", bib.String(), tc.bib, "url = {"}} {
			switch {
			case c.line == "" && strings.Contains(c.out, c.key):
				t.Errorf("%s of URL %q has an address line:\n%s", c.name, tc.url, c.out)
			case c.line != "" && !strings.Contains(c.out, c.line):
				t.Errorf("%s of URL %q lacks %q:\n%s", c.name, tc.url, c.line, c.out)
			}
		}
	}
}
