package service

import (
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
	} {
		if got := Cite(&tc.a); got != tc.want {
			t.Errorf("cite(%s) =\n %s\nwant\n %s", tc.a.ID, got, tc.want)
		}
	}
}
