package archive

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// htmlPage builds a news page around paragraphs, with head elements.
func htmlPage(head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>\n")
	b.WriteString(`<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li></ul></nav>`)
	b.WriteString("<main><article><h1>Envoys Meet in Geneva</h1>\n")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</article></main><footer><p>© 2005 Lakeside Herald. All rights reserved.</p><a href="/share">Share</a></footer></body></html>`)
	return b.String()
}

var htmlParas = []string{
	"The two envoys met for three hours in Geneva on Tuesday to discuss the disputed border between their countries, officials on both sides said after the talks.",
	"Neither side gave details of the proposals exchanged, but a spokesman described the atmosphere as <em>constructive</em> and said technical teams would continue work on the maps.",
	"The dispute has kept the two neighbours apart for more than a decade, and earlier rounds of talks broke down over the status of a river crossing used by traders.",
	"They agreed to meet again in April, the spokesman said.",
}

func TestHTMLReader(t *testing.T) {
	for _, tc := range []struct {
		name, in                                   string
		title, date, source, url, byline, dateline string
		notes                                      []string
		reject                                     string
	}{
		{
			name: "meta tags",
			in: htmlPage(`<title>Envoys Meet in Geneva | Lakeside Herald</title>
<meta property="og:title" content="Envoys Meet in Geneva on Border">
<meta property="og:site_name" content="Lakeside Herald">
<meta property="article:published_time" content="2005-03-01T18:30:00+01:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://herald.example/2005/03/01/envoys">`, htmlParas...),
			title: "Envoys Meet in Geneva on Border", date: "2005-03-01", source: "Lakeside Herald",
			url: "https://herald.example/2005/03/01/envoys", byline: "Jane Doe",
		},
		{
			name:  "title tag, time element",
			in:    htmlPage(`<title>Envoys Meet in Geneva</title>`, append([]string{`<time datetime="2005-03-02">2 March</time>`}, htmlParas...)...),
			title: "Envoys Meet in Geneva", date: "2005-03-02",
		},
		{
			name: "JSON-LD date and og:url",
			in: htmlPage(`<title>Envoys Meet in Geneva</title><meta property="og:url" content="https://herald.example/e">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys","datePublished":"2005-03-03T08:00:00Z","publisher":{"@type":"Organization","name":"Herald"}}</script>`, htmlParas...),
			title: "Envoys", date: "2005-03-03", url: "https://herald.example/e", source: "Herald",
		},
		{
			name: "JSON-LD in CDATA beats a meta date",
			in: htmlPage(`<title>Envoys Meet in Geneva</title><meta property="article:published_time" content="2005-03-09">
<script type="application/ld+json">
<![CDATA[
{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2005-03-05T23:00:00-05:00"}]}
]]></script>`, htmlParas...),
			title: "Envoys Meet in Geneva", date: "2005-03-05",
		},
		{
			name:  "dateline in the text",
			in:    htmlPage(`<title>Envoys Meet in Geneva</title>`, append([]string{"GENEVA, March 4, 2005 - The envoys met."}, htmlParas...)...),
			title: "Envoys Meet in Geneva", date: "2005-03-04", dateline: "GENEVA, March 4, 2005 -",
		},
		{
			name:  "ambiguous meta date",
			in:    htmlPage(`<title>Envoys Meet in Geneva</title><meta name="date" content="03/04/2005">`, htmlParas...),
			title: "Envoys Meet in Geneva", notes: []string{`date "03/04/2005": ambiguous date, not guessed: 3 April or 4 March 2005? write it as 2005-04-03 or 2005-03-04`},
		},
		{
			name:  "no date",
			in:    htmlPage(`<title>Envoys Meet in Geneva</title>`, htmlParas...),
			title: "Envoys Meet in Geneva", notes: []string{"no date found"},
		},
		{
			name: "masthead day, readers' comments and the update come after the article's date",
			in: htmlPage(`<title>Envoys Meet in Geneva</title>`, append([]string{
				`<div class="date-weather"><span class="today">Friday, March 11, 2005</span> Geneva 12°</div>`,
				`<div class="createdate">Monday, 7 March 2005 17:41</div>`,
				`<div class="modifydate">Last Updated ( Tuesday, 8 March 2005 09:01 )</div>`},
				append(htmlParas, `<div class="comments"><span class="comment-author">Ann K.</span> <span class="comment-date">2005-03-09 08:15</span></div>`)...)...),
			title: "Envoys Meet in Geneva", date: "2005-03-07",
		},
		{
			name: "a content system's account is no writer",
			in: htmlPage(`<title>Envoys Meet in Geneva</title><meta name="date" content="2005-03-07">`,
				append([]string{`<span class="small">Written by Administrator</span>`, `<p><strong>By Jane Doe</strong></p>`}, htmlParas...)...),
			title: "Envoys Meet in Geneva", date: "2005-03-07", byline: "Jane Doe",
		},
		{
			name: "a desk is no writer",
			in: htmlPage(`<title>Envoys Meet in Geneva</title><meta name="date" content="2005-03-07">`,
				append([]string{`<div class="article-meta"><span class="author vcard">by <span class="fn">Herald Staff</span></span></div>`}, htmlParas...)...),
			title: "Envoys Meet in Geneva", date: "2005-03-07",
		},
		{
			name: "a title that is the site's name gives way to the bold headline",
			in: `<html><head><title>Ministry of Foreign Affairs of Eastland - Press Statements</title><meta name="date" content="2005-03-07"></head><body><table><tr><td>` +
				`<font size="3"><b>Envoys Meet in Geneva on the Border</b></font><p>` + strings.Join(htmlParas, "<p>") +
				`</td></tr></table><font size="1">&copy; Ministry of Foreign Affairs of Eastland, Main Square 4. Tel. 555 0100.</font></body></html>`,
			title: "Envoys Meet in Geneva on the Border", date: "2005-03-07",
		},
		{
			name:  "a forum's title",
			in:    htmlPage(`<title>Envoys Meet in Geneva : worldnews</title><meta name="date" content="2005-03-07">`, htmlParas...),
			title: "Envoys Meet in Geneva", date: "2005-03-07",
		},
		{
			name:  "a canonical address that is no web address is not kept",
			in:    htmlPage(`<title>Envoys Meet in Geneva</title><meta name="date" content="2005-03-07"><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://herald.example/envoys">`, htmlParas...),
			title: "Envoys Meet in Geneva", date: "2005-03-07", url: "https://herald.example/envoys",
		},
		{
			name:   "no article text",
			in:     `<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><footer>© 2005</footer></body></html>`,
			reject: "no article text",
		},
		{
			name:   "empty body element",
			in:     `<html><body></body></html>`,
			reject: "no article text",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, re := readOne(t, NewHTMLReader(strings.NewReader(tc.in), "page.html", ReadOptions{Now: testNow}))
			if tc.reject != "" {
				if re == nil || !strings.Contains(re.Error(), tc.reject) || !strings.HasPrefix(re.Error(), "page.html: ") {
					t.Fatalf("got %+v, %v; want a RecordError with %q", a, re, tc.reject)
				}
				return
			}
			if re != nil {
				t.Fatalf("rejected: %v", re)
			}
			if a.Title != tc.title || a.DateString() != tc.date || a.Source != tc.source || a.URL != tc.url ||
				a.Byline != tc.byline || a.Dateline != tc.dateline {
				t.Errorf("got title %q date %q source %q url %q byline %q dateline %q", a.Title, a.DateString(), a.Source, a.URL, a.Byline, a.Dateline)
			}
			if strings.Join(a.Notes, "|") != strings.Join(tc.notes, "|") {
				t.Errorf("notes %q, want %q", a.Notes, tc.notes)
			}
			if !strings.Contains(a.Body, "The two envoys met for three hours") || !strings.Contains(a.Body, "as constructive and said") ||
				!strings.HasSuffix(a.Body, "They agreed to meet again in April, the spokesman said.") {
				t.Errorf("body %q", a.Body)
			}
			for _, bad := range []string{"All rights reserved", "Share", "Home", "\n\n\n", "<"} {
				if strings.Contains(a.Body, bad) {
					t.Errorf("body holds %q: %q", bad, a.Body)
				}
			}
			if strings.Count(a.Body, "\n\n") < 3 {
				t.Errorf("paragraphs not separated: %q", a.Body)
			}
		})
	}
}

func TestOpeningName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<div class="storymeta"><b>Rafael Quispe</b><br>June 24, 2014</div>`, "Rafael Quispe"},
		{`<p class="meta">Rafael Quispe, Baltic Courier · 24 June 2014</p>`, "Rafael Quispe"},
		{`<div class="byline"><div><time>May 2, 2009</time></div><div><span>Tomas Reyes</span><span>World affairs editor</span></div></div>`, "Tomas Reyes"},
		{`<p class="dateline">New York, May 2, 2009</p>`, ""},                 // a place before the date
		{`<p class="meta">Updated 24 June 2014 · 3 min read</p>`, ""},         // no name
		{`<div class="meta"><b>The Harbour Times</b> 24 June 2014</div>`, ""}, // the paper, not a writer
	} {
		doc, err := html.Parse(strings.NewReader(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		var el *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if el == nil && n.Type == html.ElementNode && n.Data != "html" && n.Data != "head" && n.Data != "body" {
				el = n
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		if got := openingName(el); got != tc.want {
			t.Errorf("openingName(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHeadlineDate(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ page, title, want string }{
		{`<html><head><title>Talks Resume 2004-07-24</title></head><body><h1>Talks Resume</h1><p>Publicado em 15 jul 2020 - 10h15</p><p>Text.</p></body></html>`, "Talks Resume", "15 jul 2020"},
		{`<body><div>发布时间：2005/10/11 09:30</div><h2>Talks Resume</h2><p>Text.</p></body>`, "Talks Resume", "2005/10/11 09:30"},
		{`<body><h1>Talks Resume</h1><p>` + strings.Repeat("word ", 30) + `</p><p>24 July 2004</p></body>`, "Talks Resume", ""},
		{`<body><h1>Other</h1><p>24 July 2004</p></body>`, "Talks Resume", ""},
	} {
		if got := headlineDate(shownLines([]byte(tc.page)), tc.title, now, orderUnknown); got != tc.want {
			t.Errorf("headlineDate(%.40q, %q) = %q, want %q", tc.page, tc.title, got, tc.want)
		}
	}
}

func TestShownHeadline(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	first := "Citizens of the two countries will be able to travel between them without visas."
	h := pageHints{chrome: map[string]int{"MINISTRY OF FOREIGN AFFAIRS · DAILY CUTTINGS": 4}, files: 4}
	for _, tc := range []struct{ page, want string }{
		{`<body><p>MINISTRY OF FOREIGN AFFAIRS · DAILY CUTTINGS</p><p>Visa Waiver Deal Opens Door for Students</p><p>Source: The Post (21 Apr 2015)</p><p>` + first + `</p></body>`, "Visa Waiver Deal Opens Door for Students"},
		{`<body><p>Visa Waiver Deal Opens Door for Students</p><p>Live reporting by Jane Doe</p><p>Home » World News</p><p>` + first + `</p></body>`, "Visa Waiver Deal Opens Door for Students"},
		{`<body><p>MINISTRY OF FOREIGN AFFAIRS · DAILY CUTTINGS</p><p>` + first + `</p></body>`, ""},
		{`<body><div>Host Towns Open Schools to Refugee Children in</div><div>Their Own Language</div><div>` + first + `</div></body>`, "Host Towns Open Schools to Refugee Children in Their Own Language"},
	} {
		if got := shownHeadline(shownLines([]byte(tc.page)), first, h, now, orderUnknown); got != tc.want {
			t.Errorf("shownHeadline(%.60q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}

func TestFileTitle(t *testing.T) {
	for in, want := range map[string]bool{
		"press_review_20150119.pdf":     true,
		"report.docx":                   true,
		"Talks Resume in Geneva":        false,
		"Ministers Meet Again. Or Not.": false,
	} {
		if got := rxFileTitle.MatchString(in); got != want {
			t.Errorf("rxFileTitle.MatchString(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHeadlineByline(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{`<body><h1>Talks Resume in Geneva</h1><div class="autor">Por Hanan Abdelrahman</div><p>Text.</p></body>`, "Hanan Abdelrahman"},
		{`<body><h1>Talks Resume in Geneva</h1><div>来源：东方网</div><div>作者：Kofi Asante</div></body>`, "Kofi Asante"},
		{`<body><h1>Talks Resume in Geneva</h1><div>Compartilhe: Facebook WhatsApp X Copiar link</div></body>`, ""},
		{`<body><h1>Other Story</h1><div>By Jane Doe</div></body>`, ""},
	} {
		if got := headlineByline(shownLines([]byte(tc.page)), "Talks Resume in Geneva"); got != tc.want {
			t.Errorf("headlineByline(%.50q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}

func TestLearnedPieces(t *testing.T) {
	h := pageHints{chrome: map[string]int{"Text size: − 100% +": 4, "Remove images": 4, "Undo": 4, "Analysts expect a close vote.": 1}, files: 4}
	for in, want := range map[string]bool{
		"Text size: − 100% + Remove images · Undo":    true,
		"Text size: − 100% +":                         false, // one piece: the line's own count decides
		"Remove images Analysts expect a close vote.": false,
		"Officials said the talks would resume.":      false,
	} {
		if got := learnedPieces(in, h); got != want {
			t.Errorf("learnedPieces(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestShownByline(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Text.", "Reporting by Carlos Mendoza; Editing by Sam Okafor and Lina Berg"}, "Carlos Mendoza"},
		{[]string{"Authors", "Samuel Mensah", "Download the report"}, "Samuel Mensah"},
		{[]string{"Authors", "Download the report (PDF, 2 MB)"}, ""},
		{[]string{"Reporting by the desk"}, ""},
	} {
		if got := shownByline(tc.lines); got != tc.want {
			t.Errorf("shownByline(%q) = %q, want %q", tc.lines, got, tc.want)
		}
	}
}

func TestHeadingOverText(t *testing.T) {
	first := "Three countries switched on a new high-voltage line on Monday that ties their grids."
	headings := []string{"HIST 330: Borders and Memory", "Week 4 — required reading", "Three Countries Link Power Grids"}
	for _, tc := range []struct{ page, title, want string }{
		{`<body><h1>HIST 330: Borders and Memory</h1><h2>Week 4 — required reading</h2><p>Please read the article below.</p><h3>Three Countries Link Power Grids</h3><p>By Nino Beridze | December 18, 2017</p><p>` + first + `</p></body>`, "HIST 330: Week 4 reading", "Three Countries Link Power Grids"},
		{`<body><h1>Grid Deal Signed</h1><h3>Three Countries Link Power Grids</h3><p>` + first + `</p></body>`, "Grid Deal Signed", ""},
	} {
		if got := headingOverText(shownLines([]byte(tc.page)), first, tc.title, headings); got != tc.want {
			t.Errorf("headingOverText(%.50q, %q) = %q, want %q", tc.page, tc.title, got, tc.want)
		}
	}
}

func TestSourceLine(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]bool{
		"Priya Raghunathan, The Baltic Courier, 6 November 2019.":                                                                    true,
		"From Meridian Daily (25 Jan 2013), by Grace Mbeki. Internal reference only.":                                                true,
		"Ministers met in Geneva on 24 July 2004 to resume the talks.":                                                               false,
		"GENEVA, July 24, 2004 (Lakeside News) - Envoys from the two states agreed on Saturday to resume border talks after a year.": false,
	} {
		if got := sourceLine(newUnit(in, 0), now, orderUnknown); got != want {
			t.Errorf("sourceLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHeadlineInTitle(t *testing.T) {
	for _, c := range []struct{ title, h1, want string }{
		{"Analysis | Talks Resume in Geneva - The Eastern Post", "Talks Resume in Geneva", "Talks Resume in Geneva"},
		{"Talks Resume in Geneva - GNN", "Talks Resume in Geneva", "Talks Resume in Geneva"},
		{"Talks Resume in Geneva", "Talks Resume in Geneva", "Talks Resume in Geneva"},
		// glued text, a two-word heading, a long label: kept
		{"Talks Resume in Geneva After Long Pause", "Talks Resume in Geneva", "Talks Resume in Geneva After Long Pause"},
		{"World | Geneva Talks", "Geneva Talks", "World | Geneva Talks"},
		{"Talks Resume in Geneva - and this is why the envoys say nothing has changed", "Talks Resume in Geneva", "Talks Resume in Geneva - and this is why the envoys say nothing has changed"},
		{"Ledger | Envoys Meet", "Talks Resume in Geneva", "Ledger | Envoys Meet"},
	} {
		if got := headlineInTitle(c.title, c.h1); got != c.want {
			t.Errorf("headlineInTitle(%q, %q) = %q, want %q", c.title, c.h1, got, c.want)
		}
	}
}

// TestRemoveItalicLead: a short first paragraph wholly in italics before
// the first plain one is a standfirst; an italic phrase inside a paragraph,
// or italics throughout, are left alone.
func TestRemoveItalicLead(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<p><em>A report from Gaborone.</em></p><p>Ministers agreed on Saturday.</p>`, "Ministers agreed on Saturday."},
		{`<p><i>Analysis</i> of the talks began on Monday.</p><p>Ministers agreed.</p>`, "Analysis of the talks began on Monday. Ministers agreed."},
		{`<p><em>First.</em></p><p><em>Second.</em></p>`, "First. Second."},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body><article>" + tc.in + "</article></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		removeItalicLead(doc)
		if got := nodeText(doc); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCutNamedSite checks that a title's part that the copyright line or
// logo names is cut, on either side, and that a headline's own words stay.
func TestCutNamedSite(t *testing.T) {
	names := copyrightHolders([]string{"Home | World", "Copyright © 1998 Tri-County Clarion. All rights reserved.", "© 2004-2010 Iran Daily Online"})
	if want := []string{"Tri-County Clarion", "Iran Daily Online"}; !slices.Equal(names, want) {
		t.Fatalf("copyrightHolders = %q, want %q", names, want)
	}
	for in, want := range map[string]string{
		"Tri-County Clarion -- Lake Neighbours Settle Row Over Ferry Licences": "Lake Neighbours Settle Row Over Ferry Licences",
		"Grain Importer Wins Extra Year -- Tri-County Clarion":                 "Grain Importer Wins Extra Year",
		"Iran: Talks Resume in Geneva After Pause":                             "Iran: Talks Resume in Geneva After Pause",
		"Envoys Meet in Geneva - Iran Daily Online":                            "Envoys Meet in Geneva",
		"Clarion Settles Row - Over Licences":                                  "Clarion Settles Row - Over Licences",
		"Tri-County Clarion - Ambassador summoned":                             "Ambassador summoned",
		"Ambassador summoned - Iran Daily Online":                              "Ambassador summoned",
		"Clarion - Ambassador summoned":                                        "Clarion - Ambassador summoned",
	} {
		if got := cutNamedSite(in, names); got != want {
			t.Errorf("cutNamedSite(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCenteredLineBetweenParagraphs checks that an old table layout's
// centred line between two paragraphs, followed by a single <br>, is not
// run into the paragraph after it.
func TestCenteredLineBetweenParagraphs(t *testing.T) {
	page := `<html><head><title>Envoys sign border accord</title></head><body><table><tr><td>
<font size="4"><b>Envoys sign border accord</b></font><br><font size="2">March 3, 2001</font><br><br>
<font size="2">The two governments signed the agreement in the capital on Monday after three years of talks, officials said.<br><br>
The accord sets out how the border will be marked and who will patrol it, the foreign ministry said in a statement.<br><br>
<center><font size="1">Get the Harbour Briefing in your inbox every morning — sign up here</font></center><br>
"This is a beginning," the foreign minister told reporters after the ceremony in the capital.<br><br>
The accord takes effect in January, when the first joint patrols are due to begin along the river.<br><br>
</font></td></tr></table></body></html>`
	a, err := NewHTMLReader(strings.NewReader(page), "page.html", ReadOptions{Now: testNow}).Next()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Split(a.Body, "\n\n") {
		if strings.Contains(p, "Briefing") && strings.Contains(p, "minister") {
			t.Errorf("the centred line ran into the next paragraph: %q", p)
		}
	}
	if !strings.Contains(a.Body, "\"This is a beginning,\" the foreign minister") {
		t.Errorf("body %q lost the paragraph under the centred line", a.Body)
	}
}

// TestDateAfterRemovedByline: go-readability takes a byline's element out
// of a line "By Jane Doe | First published on ... . Last modified on
// ... ."; the bar and the dates left over are not the text's first
// paragraph.
func TestDateAfterRemovedByline(t *testing.T) {
	page := `<html><head><title>Envoys sign border accord</title></head><body>
<div class="post"><h2 class="entry-title">Envoys sign border accord</h2>
<div class="entry-meta"><span class="author">By Ana Ruiz</span> <span class="sep">|</span> <span class="date">First published on 3 March 2001. Last modified on 5 March 2001.</span></div>
<div class="entry-content">
<p>The two governments signed the agreement in the capital on Monday after three years of talks, officials said.</p>
<p>The accord sets out how the border will be marked and who will patrol it, the foreign ministry said in a statement.</p>
<p>Illustration by Jonas Weber for the Kestrel Review</p>
<p>"This is a beginning," the foreign minister told reporters after the ceremony in the capital.</p>
<p>- Also read: Cabinet reshuffle expected before winter session</p>
<p>The accord takes effect in January, when the first joint patrols are due to begin along the river.</p>
</div></div></body></html>`
	a, err := NewHTMLReader(strings.NewReader(page), "page.html", ReadOptions{Now: testNow}).Next()
	if err != nil {
		t.Fatal(err)
	}
	want := "The two governments signed the agreement in the capital on Monday after three years of talks, officials said.\n\n" +
		"The accord sets out how the border will be marked and who will patrol it, the foreign ministry said in a statement.\n\n" +
		"\"This is a beginning,\" the foreign minister told reporters after the ceremony in the capital.\n\n" +
		"The accord takes effect in January, when the first joint patrols are due to begin along the river."
	if a.Body != want || a.DateString() != "2001-03-03" || a.Byline != "Ana Ruiz" {
		t.Errorf("date %q, byline %q, body:\n%s", a.DateString(), a.Byline, a.Body)
	}
}

// TestHTMLSiteAbroad: an English story on a site abroad, with the site's
// lines in its own language between and under the paragraphs and a date
// line in that language, and a <title> whose kicker the site's name cut
// leaves to the page's heading.
func TestHTMLSiteAbroad(t *testing.T) {
	for _, tc := range []struct {
		title, heading, want string
	}{
		{"Opinion | Envoys sign border accord", "Opinion | Envoys sign border accord", "Opinion | Envoys sign border accord"},
		{"The Harbour Ledger - Opinion | Envoys sign border accord", "Opinion | Envoys sign border accord", "Opinion | Envoys sign border accord"},
		{"Envoys sign border accord - The Harbour Ledger", "Envoys sign border accord", "Envoys sign border accord"},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body><div class="post"><h2 class="entry-title">` + tc.heading + `</h2>
<div class="meta">sobota, 3 marca 2001 r.</div>
<p>The two governments signed the agreement in the capital on Monday after three years of talks, officials said on Tuesday.</p>
<p>The accord sets out how the border will be marked and who will patrol it, the foreign ministry said in a statement.</p>
<p>Food prices rose 9.2 per cent.</p>
<div class="ad">Pubblicità – lo spettacolo continua più sotto</div>
<p>"This is a beginning," the foreign minister told reporters after the ceremony in the capital on Monday evening.</p>
<p>The accord takes effect in January, when the first joint patrols are due to begin along the river between them.</p>
<p>Zapisz się na nasz newsletter i czytaj najnowsze wiadomości z regionu.</p>
</div></body></html>`
		a, err := NewHTMLReader(strings.NewReader(page), "page.html", ReadOptions{Now: testNow}).Next()
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.want {
			t.Errorf("<title> %q: title %q, want %q", tc.title, a.Title, tc.want)
		}
		if a.DateString() != "2001-03-03" {
			t.Errorf("date %q, want 2001-03-03", a.DateString())
		}
		for _, not := range []string{"sobota", "Pubblicità", "Zapisz"} {
			if strings.Contains(a.Body, not) {
				t.Errorf("body keeps the site's line with %q: %q", not, a.Body)
			}
		}
		if !strings.HasPrefix(a.Body, "The two governments") || !strings.HasSuffix(a.Body, "between them.") || !strings.Contains(a.Body, "Food prices rose 9.2 per cent.") {
			t.Errorf("body %q, want the five paragraphs", a.Body)
		}
	}
}
