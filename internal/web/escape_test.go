package web

import (
	"html/template"
	"strings"
	"testing"
)

// hostile are strings an article or a request can carry: markup, quotes,
// script URLs, NUL, invalid UTF-8, characters html/template treats apart,
// %-escapes good and bad.
var hostile = []string{
	"", "plain", "Sergei Lavrov", "<script>alert(1)</script>", `"quoted" & 'single'`, "a+b=c&d",
	"\x00nul", "bad \xff\xfe utf8", "\ufdd0\ufffe non-characters", "Zürich – São Paulo", "北京",
	"javascript:alert(1)", "JavaScript:x", "data:text/html,<b>", "mailto:a@b.c", "https://x.test/a?b=c&d=e#f",
	"/?q=a+b&person=Sergei+Lavrov", "/?q=%41%zz%4", "/article/a%2Fb", "/x y\tz\n", "//evil.test", "#frag",
	"/?person=%3Cscript%3E", "onerror=alert(1)", "{{.}}", "\\back\\slash", "100%", "a%", "`tick`",
}

// TestEscapeAsTemplate checks that the page's hand-made HTML is escaped
// as html/template escapes the same strings, in text, in a quoted
// attribute and in an href, and that the facet items and entity links
// come out as the template made them.
func TestEscapeAsTemplate(t *testing.T) {
	exec := func(tmpl string, v any) string {
		var b strings.Builder
		if err := template.Must(template.New("t").Parse(tmpl)).Execute(&b, v); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, s := range hostile {
		var text, url strings.Builder
		escapeText(&text, s)
		escapeURLAttr(&url, s)
		if want := exec(`{{.}}`, s); text.String() != want {
			t.Errorf("text %q: %q, html/template %q", s, text.String(), want)
		}
		if want := exec(`<a title="{{.}}">`, s); `<a title="`+text.String()+`">` != want {
			t.Errorf("attribute %q: %q, html/template %q", s, text.String(), want)
		}
		if want := exec(`<a href="{{.}}">`, s); `<a href="`+url.String()+`">` != want {
			t.Errorf("href %q: %q, html/template %q", s, url.String(), want)
		}
	}

	var links []link
	for i, s := range hostile {
		links = append(links, link{Label: s, URL: hostile[len(hostile)-1-i], Count: i, Active: i%3 == 0, Aria: s + ", 2 stories"})
	}
	facets := exec(`{{range .}}<li><a href="{{.URL}}"{{if .Active}} class="active" aria-current="true"{{end}} aria-label="{{.Aria}}"><span class="v">{{.Label}}</span> <span class="n">{{.Count}}</span></a></li>{{end}}`, links)
	if got := string(facetItems(links)); got != facets {
		t.Errorf("facet items:\n got %s\nwant %s", got, facets)
	}
	tags := exec(`{{range .}}<a class="tag tag-person" href="{{.URL}}">{{.Label}}</a> {{end}}`, links)
	if got := string(tagLinks("person", links)); got != tags {
		t.Errorf("entity links:\n got %s\nwant %s", got, tags)
	}
	if !strings.Contains(tags, "&lt;script&gt;") || !strings.Contains(tags, "#ZgotmplZ") {
		t.Errorf("the hostile strings were not escaped by the template either: %s", tags)
	}
}
