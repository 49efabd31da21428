package archive

import (
	"encoding/json"
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// comboTemplates name the shapes comboHTML renders a page in.
var comboTemplates = []string{"semantic with og:title", "table layout with font tags", "blog divs, byline and date on one line", "JSON-LD over plain paragraphs",
	"logo in h1, figure and inline related box"}

// comboHTML renders page c as a site of shape tmpl would serve it: the
// same parts as the text page, in HTML.
func comboHTML(c comboPage, tmpl int) string {
	e := html.EscapeString
	var b strings.Builder
	paras := func(open, close, midOpen, midClose string) {
		for i, p := range c.body {
			b.WriteString(open + e(p) + close + "\n")
			if c.mid != "" && i == len(c.body)/2-1 {
				b.WriteString(midOpen + e(c.mid) + midClose + "\n")
			}
		}
	}
	lines := func(ls []string, open, close string) {
		for _, l := range ls {
			b.WriteString(open + e(l) + close + "\n")
		}
	}
	switch tmpl {
	case 0:
		fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | The Harbour Ledger</title>\n<meta property=\"og:title\" content=\"%s\"><meta property=\"og:type\" content=\"article\"></head>\n<body><header><ul>\n", e(c.title), e(c.title))
		lines(c.topLines, "<li><a href=\"/s\">", "</a></li>")
		fmt.Fprintf(&b, "</ul></header>\n<main><article><h1>%s</h1>\n", e(c.title))
		if c.byLine != "" {
			fmt.Fprintf(&b, "<p class=\"byline\">%s</p>\n", e(c.byLine))
		}
		fmt.Fprintf(&b, "<time datetime=\"%s\">%s</time>\n<div class=\"article-body\">\n", c.date, e(c.dateLine))
		paras("<p>", "</p>", "<aside class=\"promo\">", "</aside>")
		b.WriteString("</div></article></main>\n<footer>\n")
		lines(c.endLines, "<p>", "</p>")
		b.WriteString("</footer></body></html>\n")
	case 1:
		fmt.Fprintf(&b, "<html><head><title>The Harbour Ledger - %s</title></head>\n<body bgcolor=\"#ffffff\"><table width=\"760\"><tr><td><font size=\"1\">\n", e(c.title))
		lines(c.topLines, "", "<br>")
		fmt.Fprintf(&b, "</font></td></tr>\n<tr><td valign=\"top\"><font face=\"Arial\" size=\"4\"><b>%s</b></font><br>\n<font size=\"2\">", e(c.title))
		if c.byLine != "" {
			fmt.Fprintf(&b, "%s<br>\n", e(c.byLine))
		}
		fmt.Fprintf(&b, "%s</font><br><br>\n<font size=\"2\">\n", e(c.dateLine))
		paras("", "<br><br>", "<center><font size=\"1\">", "</font></center><br>")
		b.WriteString("</font></td></tr>\n<tr><td><font size=\"1\">\n")
		lines(c.endLines, "", "<br>")
		b.WriteString("</font></td></tr></table></body></html>\n")
	case 2:
		fmt.Fprintf(&b, "<html><head><title>%s</title></head>\n<body><div id=\"nav\">\n", e(c.title))
		lines(c.topLines, "<div><a href=\"/s\">", "</a></div>")
		fmt.Fprintf(&b, "</div>\n<div class=\"post\"><h2 class=\"entry-title\">%s</h2>\n<div class=\"entry-meta\">", e(c.title))
		if c.byLine != "" {
			fmt.Fprintf(&b, "<span class=\"author\">%s</span> <span class=\"sep\">|</span> ", e(c.byLine))
		}
		fmt.Fprintf(&b, "<span class=\"date\">%s</span></div>\n<div class=\"entry-content\">\n", e(c.dateLine))
		paras("<p>", "</p>", "<p><strong>", "</strong></p>")
		b.WriteString("</div></div>\n<div id=\"footer\">\n")
		lines(c.endLines, "<div>", "</div>")
		b.WriteString("</div></body></html>\n")
	case 4:
		fmt.Fprintf(&b, "<html><head><title>%s - The Harbour Ledger</title></head>\n<body><div class=\"masthead\"><h1 class=\"logo\"><a href=\"/\">The Harbour Ledger</a></h1><ul class=\"menu\">\n", e(c.title))
		lines(c.topLines, "<li><a href=\"/s\">", "</a></li>")
		fmt.Fprintf(&b, "</ul></div>\n<div class=\"story\"><h2>%s</h2>\n<div class=\"meta\">", e(c.title))
		if c.byLine != "" {
			fmt.Fprintf(&b, "<a rel=\"author\" href=\"/a\">%s</a> ", e(c.byLine))
		}
		fmt.Fprintf(&b, "<span class=\"when\">%s</span></div>\n<div class=\"share\"><a>Facebook</a> <a>X</a> <a>Email</a></div>\n", e(c.dateLine))
		for i, p := range c.body {
			fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
			if i == 0 {
				b.WriteString("<figure><img src=\"/i.jpg\" alt=\"\"><figcaption>Delegates arrive for the talks. Photo: Global Pictures</figcaption></figure>\n")
			}
			if i == len(c.body)/2-1 {
				fmt.Fprintf(&b, "<aside class=\"inline-related\"><h4>Related</h4><ul><li><a href=\"/r1\">%s</a></li><li><a href=\"/r2\">%s</a></li></ul></aside>\n", e(c.relatedA), e(c.relatedB))
			}
		}
		b.WriteString("</div>\n<div class=\"footer\">\n")
		lines(c.endLines, "<p>", "</p>")
		b.WriteString("</div></body></html>\n")
	default:
		ld, _ := json.Marshal(map[string]string{"@context": "https://schema.org", "@type": "NewsArticle", "headline": c.title, "datePublished": c.date + "T08:00:00Z"})
		fmt.Fprintf(&b, "<html><head><meta charset=\"utf-8\"><title>%s</title>\n<script type=\"application/ld+json\">%s</script></head>\n<body><div class=\"top\">\n", e(c.title), ld)
		lines(c.topLines, "<div>", "</div>")
		fmt.Fprintf(&b, "</div>\n<div class=\"story\"><h1>%s</h1>\n", e(c.title))
		if c.byLine != "" {
			fmt.Fprintf(&b, "<div class=\"meta\">%s</div>\n", e(c.byLine))
		}
		fmt.Fprintf(&b, "<div class=\"meta\">%s</div>\n", e(c.dateLine))
		paras("<p>", "</p>", "<div class=\"ad\">", "</div>")
		b.WriteString("</div>\n<div class=\"bottom\">\n")
		lines(c.endLines, "<div>", "</div>")
		b.WriteString("</div></body></html>\n")
	}
	return b.String()
}

// TestPageCombinationsHTML reads the pages of TestPageCombinations rendered
// in HTML, each in one of five shapes of site (page i in shape i mod 5),
// and prints the share right by the measure for each shape. The
// development parts must stay at 97% or more.
func TestPageCombinationsHTML(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "combos", "parts-*.json"))
	if len(files) == 0 {
		t.Fatal("no parts files in testdata/combos")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			testCombinationsHTMLOf(t, f)
		})
	}
}

// testCombinationsHTMLOf reads the pages assembled from the parts file f
// in HTML and prints one line of figures for it.
func testCombinationsHTMLOf(t *testing.T, f string) {
	pages := comboPages(loadComboParts(t, f), comboPageCount(t, f))
	right := make([]int, len(comboTemplates))
	n := make([]int, len(comboTemplates))
	wrong := map[string]int{}
	shown := 0
	for i, c := range pages {
		k := i % len(comboTemplates)
		n[k]++
		page := comboHTML(c, k)
		a, re := readOne(t, NewHTMLReader(strings.NewReader(page), "page.html", ReadOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}))
		if re != nil {
			wrong["rejected"]++
			continue
		}
		miss, body := c.misses(a)
		for _, m := range miss {
			wrong[m]++
		}
		if len(miss) == 0 {
			right[k]++
			continue
		}
		if shown < 3 && testing.Verbose() {
			shown++
			t.Logf("%s, %s: wrong %v: title %q (want %q), date %q (want %q), first paragraph %.60q", filepath.Base(f), comboTemplates[k], miss, a.Title, c.title, a.DateString(), c.date, body[0])
		}
	}
	all := 0
	var per []string
	for k := range comboTemplates {
		all += right[k]
		per = append(per, fmt.Sprintf("%s %d/%d", comboTemplates[k], right[k], n[k]))
	}
	share := float64(all) / float64(len(pages))
	fmt.Printf("page combinations in HTML %s: %d pages, right by title, date and body %d (%.1f%%); %s; wrong %v\n",
		filepath.Base(f), len(pages), all, 100*share, strings.Join(per, ", "), wrong)
	if filepath.Base(f) == "parts-dev.json" && share < 0.97 {
		t.Errorf("%s in HTML: %d of %d pages right, want 97%% at least", f, all, len(pages))
	}
}
