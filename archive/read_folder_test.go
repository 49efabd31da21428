package archive

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gazettePage is a page of an invented site whose footer is a sentence
// that no phrase list knows: only the folder shows it is chrome.
func gazettePage(title, date, body string) string {
	return "The Harbour Gazette\n\n" + title + "\n\n" + date + "\n\n" + body +
		"\n\nThe Harbour Gazette is printed by Quayside Media Ltd at its works on Mill Lane, Port Arden.\n\nDeliveries for the works are taken at the side gate on weekdays.\n"
}

func writePages(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readPath(t *testing.T, path string, opts ReadOptions) *Article {
	t.Helper()
	opts.Now = testNow
	f, err := OpenFile(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, re := readOne(t, f)
	if re != nil {
		t.Fatalf("rejected: %v", re)
	}
	return a
}

// TestFolderChrome: the footer a site repeats is kept when a page is read
// alone (it reads as prose) and dropped when the page is read in its
// folder; a folder holding two copies of one story keeps the story.
func TestFolderChrome(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"a.txt": gazettePage("Envoys Meet in Geneva", "July 24, 2004", "The envoys met for three hours on Saturday.\n\nThey will meet again in April."),
		"b.txt": gazettePage("Minister Arrives in Doha", "September 20, 2005", "The minister arrived on Tuesday at the start of a tour.\n\nShe returns on Sunday."),
		"c.txt": gazettePage("Treaty Ratified by Parliament", "October 16, 2003", "Parliament ratified the treaty by three votes.\n\nThe vote ended a long debate."),
	}
	writePages(t, dir, pages)
	alone, re := readOne(t, NewTextReader(strings.NewReader(pages["b.txt"]), "-", ReadOptions{Now: testNow}))
	if re != nil || !strings.Contains(alone.Body, "Quayside Media") {
		t.Fatalf("alone: %v %q: the test needs a footer the shape alone keeps", re, alone.Body)
	}
	a := readPath(t, filepath.Join(dir, "b.txt"), ReadOptions{})
	want := "The minister arrived on Tuesday at the start of a tour.\n\nShe returns on Sunday."
	if a.Body != want || a.Title != "Minister Arrives in Doha" || a.DateString() != "2005-09-20" {
		t.Errorf("in its folder: title %q date %q body %q\nwant body %q", a.Title, a.DateString(), a.Body, want)
	}

	copies := t.TempDir()
	story := "Envoys Meet in Geneva\n\nJuly 24, 2004\n\nThe envoys met for three hours on Saturday.\n\nThey agreed to meet again in April, officials said.\n"
	writePages(t, copies, map[string]string{"one.txt": story, "two.txt": story})
	a = readPath(t, filepath.Join(copies, "two.txt"), ReadOptions{})
	if a.Body != "The envoys met for three hours on Saturday.\n\nThey agreed to meet again in April, officials said." {
		t.Errorf("two copies of one story: body %q", a.Body)
	}
}

// TestFolderSettings: the settings file gives the source of pages that name
// none and the order of numeric dates; a page's own Source line and
// ReadOptions.Source come first.
func TestFolderSettings(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, map[string]string{
		FolderSettingsFile:   "# saved from the Gazette\nsource: Harbour Gazette\ndates: day-first\n",
		"talks.txt":          "Envoys Meet in Geneva\n\n03/04/2004\n\nThe envoys met for three hours on Saturday.\n",
		"own.txt":            "Envoys Meet in Geneva\nSource: Lakeside Herald\n\nThe envoys met for three hours on Saturday.\n",
		"voa-2004-07-24.txt": "Envoys Meet in Geneva\n\nThe envoys met for three hours on Saturday.\n",
	})
	a := readPath(t, filepath.Join(dir, "talks.txt"), ReadOptions{})
	if a.Source != "Harbour Gazette" || a.DateString() != "2004-04-03" || !strings.HasPrefix(a.ID, "harbour-gazette-") {
		t.Errorf("source %q date %q id %q; want Harbour Gazette, 2004-04-03 (day first)", a.Source, a.DateString(), a.ID)
	}
	if a := readPath(t, filepath.Join(dir, "own.txt"), ReadOptions{}); a.Source != "Lakeside Herald" {
		t.Errorf("a page's Source line: source %q", a.Source)
	}
	if a := readPath(t, filepath.Join(dir, "voa-2004-07-24.txt"), ReadOptions{}); a.Source != "Harbour Gazette" {
		t.Errorf("the folder's source comes before the file name's: %q", a.Source)
	}
	if a := readPath(t, filepath.Join(dir, "talks.txt"), ReadOptions{Source: "Wire"}); a.Source != "Wire" {
		t.Errorf("ReadOptions.Source comes before the folder's: %q", a.Source)
	}

	bad := t.TempDir()
	writePages(t, bad, map[string]string{FolderSettingsFile: "source: X\ndates: sideways\n"})
	_, err := ReadFolderSettings(bad)
	var re *RecordError
	if !asRecordError(err, &re) || re.Line != 2 || !strings.Contains(err.Error(), "sideways") {
		t.Errorf("bad settings: %v, want a RecordError at line 2", err)
	}
	// Without a hint the same date is not guessed.
	plain := t.TempDir()
	writePages(t, plain, map[string]string{"talks.txt": "Envoys Meet in Geneva\n\n03/04/2004\n\nThe envoys met for three hours on Saturday.\n"})
	if a := readPath(t, filepath.Join(plain, "talks.txt"), ReadOptions{}); a.DateString() != "" || !strings.Contains(strings.Join(a.Notes, "|"), "ambiguous") {
		t.Errorf("no hint: date %q notes %q; want undated with a note", a.DateString(), a.Notes)
	}
}

func asRecordError(err error, re **RecordError) bool {
	r, ok := err.(*RecordError)
	*re = r
	return ok
}

func TestNotArticle(t *testing.T) {
	for name, skip := range map[string]bool{
		"README": true, "README.TXT": true, "readme.md": true, "SOURCE.md": true, "LICENSE": true,
		"Licence.txt": true, "CHANGES": true, "notes.md": true, "SHA256SUMS": true,
		"voa-2004-07-24.txt": false, "talks.html": false, "feed.jsonl": false, "news.txt": false,
		"source-2004-07-24.txt": false, "style.css": true, "app.js": true, "logo.PNG": true, "photo.jpg.gz": true,
		"report.pdf": true, "crawl.warc.gz": false, "saved.mhtml": false, "saved.eml": false,
	} {
		if got := NotArticle("dir/"+name) != ""; got != skip {
			t.Errorf("NotArticle(%q) = %v, want %v", name, got, skip)
		}
	}
	// A web clipper's Markdown save of an article is one; a Markdown note
	// without a clipper's front matter is not.
	dir := t.TempDir()
	for name, tc := range map[string]struct {
		text string
		skip bool
	}{
		"clip.md":   {"---\ntitle: Envoys sign accord\nsource: https://example.org/a\ncreated: 2023-11-05\n---\n\nEnvoys sign accord\n\nThe two governments signed.\n", false},
		"notes.md":  {"# Notes on the collection\n\nPages saved in 2004.\n", true},
		"plain.md":  {"---\ntags: [a]\n---\nSome note.\n", true},
		"readme.md": {"---\ntitle: About this folder\n---\n", true},
	} {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := NotArticle(f) != ""; got != tc.skip {
			t.Errorf("NotArticle(%s) skips: %v, want %v", name, got, tc.skip)
		}
	}
	// A browser's "web page, complete" save: the page, and its resources
	// in a folder named after it, frames included.
	dir = t.TempDir()
	res := filepath.Join(dir, "Envoys sign accord_files")
	other := filepath.Join(dir, "Notes_files")
	for _, d := range []string{res, other} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{filepath.Join(dir, "Envoys sign accord.html"), filepath.Join(res, "ad_frame.html"), filepath.Join(other, "talks.html")} {
		if err := os.WriteFile(f, []byte("<p>x</p>"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if why := NotArticle(filepath.Join(res, "ad_frame.html")); !strings.Contains(why, "Envoys sign accord.html") {
		t.Errorf("a frame saved with its page: %q", why)
	}
	for _, f := range []string{filepath.Join(dir, "Envoys sign accord.html"), filepath.Join(other, "talks.html")} {
		if why := NotArticle(f); why != "" {
			t.Errorf("NotArticle(%s) = %q: no page of that name beside its folder", f, why)
		}
	}
}

func TestFindDateIn(t *testing.T) {
	for _, tc := range []struct{ in, date, byline string }{
		{"Published 23 July 2004 · Updated 25 July 2004", "23 July 2004", ""},
		{"Updated 2012-12-23 14:05 GMT", "2012-12-23 14:05 GMT", ""},
		{"By Jane Doe | Saturday, 24 July 2004, 14:32 GMT", "Saturday, 24 July 2004, 14:32 GMT", "Jane Doe"},
		{"Sat Jul 24, 2004 10:15 AM ET", "Sat Jul 24, 2004 10:15 AM ET", ""},
		{"Posted by Jane Doe on July 24, 2004 at 10:42 AM", "July 24, 2004 at 10:42 AM", "Jane Doe"},
		{"Posted on July 24, 2004 by Jane Doe", "July 24, 2004", "Jane Doe"},
		{"By Jane Doe, diplomatic correspondent", "", "Jane Doe"},
		{"By JANE DOE and JOHN ROE in Geneva", "", "JANE DOE and JOHN ROE"},
		{"Harbour Times · 24 July 2004 · Jane Doe", "24 July 2004", "Jane Doe"},
		{"Jane Doe · 24 July 2004 · 4 min read", "24 July 2004", "Jane Doe"},
		{"Harbour Times · 24 July 2004", "24 July 2004", ""},
		{"Updated 3 hours ago", "", ""},
		{"Talks Set for Geneva by Year End", "", ""},
		{"发布时间：2005/10/11 09:30", "2005/10/11 09:30", ""},
		{"8 مارس 2007", "8 March 2007", ""},
		{"Published November 4, 2007Updated November 5, 2007, 9:12 a.m. ET", "November 4, 2007", ""},
		{"Updated November 5, 2007, 9:12 a.m. ET", "November 5, 2007, 9:12 a.m. ET", ""},
		{"Source: The Continental Post (21 Apr 2015)", "21 Apr 2015", ""},
		{"Captured 8 July 2019 | Published 15 June 2021", "15 June 2021", ""},
		{"Created: 2007-08-05 Modified: 2007-08-06", "2007-08-05", ""},
		{"Last update: 09 Mar 2011 - 10:40 | Published: 08 Mar 2011 - 21:05", "08 Mar 2011", ""},
		{"Tomasz Wielgosz | Updated 10:42 GMT (18:42 HKT) April 7, 2016", "April 7, 2016", "Tomasz Wielgosz"},
		{"Isabel Fonseca-Ruiz, World Affairs Writer | Date: 2003/07/16", "2003/07/16", "Isabel Fonseca-Ruiz"},
		{"Amira Haddad in Beirut | 31 October 2014", "31 October 2014", "Amira Haddad"},
		{"Published March 11, 2005 Last Modified March 19, 2005", "March 11, 2005", ""},
		{"Last modified Oct 18, 2011", "Oct 18, 2011", ""},
		// (The day a tool saved the page is never the article's.)
		{"Saved on 2 May 2023", "", ""},
		{"Printed edition of 30 June 2000 — Page A4", "30 June 2000", ""},
	} {
		d, _ := findDateIn(tc.in, testNow, orderUnknown)
		if d != tc.date {
			t.Errorf("findDateIn(%q) = %q, want %q", tc.in, d, tc.date)
		}
		if b := bylineIn(tc.in, d); b != tc.byline {
			t.Errorf("bylineIn(%q) = %q, want %q", tc.in, b, tc.byline)
		}
	}
}

func TestLeadingName(t *testing.T) {
	checkEach(t, "leadingName", leadingName, map[string]string{
		"Jane Doe, diplomatic correspondent":           "Jane Doe",
		"JANE DOE Associated Wire":                     "JANE DOE",
		"Jane Doe Associated Wire":                     "Jane Doe",
		"Jane Doe Daily Mail":                          "Jane Doe",
		"Emily Post":                                   "Emily Post",
		"Jane Doe and John Roe in Geneva":              "Jane Doe and John Roe",
		"Jane Doe Published 24 July 2004":              "Jane Doe",
		"the foreign desk":                             "",
		"Jean-Pierre O'Neill | Saturday 24th":          "Jean-Pierre O'Neill",
		"Kwabena Osei-Mensah Diplomatic correspondent": "Kwabena Osei-Mensah",
		"Ingrid Solberg Foreign affairs columnist":     "Ingrid Solberg",
		"Mary Ann Evans wrote from Geneva":             "Mary Ann Evans",
	})
}

func TestLineTemplate(t *testing.T) {
	same := [][2]string{
		{"Omar Haddad's column appears on Saturdays.", "Helen Strand's column appears on Saturdays."},
		{"You have read 2 of 5 free articles this month.", "You have read 3 of 5 free articles this month."},
		{"Free to republish with credit to the Regional Press Collective.", "Free to republish with credit to the Field Desk Cooperative."},
		// names of other lengths: a run of capitalised words is one "X"
		{"This article originally appeared in Baltic Courier and is republished here.", "This article originally appeared in The Frontier Review and is republished here."},
		{"You may republish this story as long as you credit the author and Coastal Observer, and do not edit the text or add to it in any way at all, nor sell it on.",
			"You may republish this story as long as you credit the author and The Frontier Review, and do not edit the text or add to it in any way at all, nor sell it on."},
	}
	// A name's closing punctuation ends its run: the words after it are
	// another "X".
	if a, _ := lineTemplate("Sent by Jane Doe, Ledger Staff, from the desk."); a != "\x00X by X, X, from the desk." {
		t.Errorf("lineTemplate gives %q", a)
	}
	for _, c := range same {
		a, okA := lineTemplate(c[0])
		b, okB := lineTemplate(c[1])
		if !okA || !okB || a != b {
			t.Errorf("lineTemplate(%q) = %q, %v and lineTemplate(%q) = %q, %v: want one template", c[0], a, okA, c[1], b, okB)
		}
	}
	// Names, dates, headlines in title case and lines without a word to
	// mask have no template.
	for _, l := range []string{"Jane Doe", "Sunday, 23 December 2012", "Envoys Agree to Resume Border Talks in Geneva",
		"by Marta Kovalenko", "share this article", strings.Repeat("word ", templateWords) + "X"} {
		if tpl, ok := lineTemplate(l); ok {
			t.Errorf("lineTemplate(%q) = %q, want none", l, tpl)
		}
	}
}

func TestNumericOrder(t *testing.T) {
	for _, tc := range []struct {
		text string
		want dateOrder
	}{
		{"Stand: 24.07.2004 10:15 Uhr", dayFirst},
		{"Date Posted: 7/24/2004 10:15:00 AM", monthFirst},
		{"Published 03/04/2004", orderUnknown},                     // proves nothing
		{"24.07.2004 and 7/24/2004", orderUnknown},                 // both: no proof
		{"build 1.24.2004-3 of 24.07.20041", orderUnknown},         // not dates
		{"24/07/2004 and 03-04-2004 and 13.12.1999", dayFirst},     // every proof one way
		{"Printed 12-31-1999; filed 03.04.2004", monthFirst},       // month first
		{"v2.13.2004.1 with 31.12/2004 mixed marks", orderUnknown}, // mixed separators
	} {
		if got := numericOrder(tc.text); got != tc.want {
			t.Errorf("numericOrder(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestFolderDateOrder reads a day-first date of 12 or less as its folder's
// other page proves the order, and leaves it undated read alone.
func TestFolderDateOrder(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, map[string]string{
		"talks.txt":  "Envoys Meet in Geneva\n\n03/04/2004\n\nThe envoys met for three hours on Saturday.\n",
		"summit.txt": "Leaders Gather for Summit\n\n24/07/2004\n\nThe leaders met for two days in the capital.\n",
	})
	if a := readPath(t, filepath.Join(dir, "talks.txt"), ReadOptions{}); a.DateString() != "2004-04-03" {
		t.Errorf("by folder: date %q notes %q, want 2004-04-03 (day first, as 24/07/2004 proves)", a.DateString(), a.Notes)
	}
	b, err := os.ReadFile(filepath.Join(dir, "talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, re := readOne(t, NewReader(strings.NewReader(string(b)), "-", ReadOptions{Now: testNow}))
	if re != nil || a.DateString() != "" {
		t.Errorf("alone: date %q (rejected %v), want none", a.DateString(), re)
	}
}

// TestLineDateOrder reads a numeric date whose day and month could be
// swapped, on a page read alone, in the order its line implies: between
// dots the day comes first, and a time zone tells where the line was
// written; with neither it stays undated.
func TestLineDateOrder(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"03.04.2004", "2004-04-03"},
		{"Published on 03/04/2004 at 10:15 CET", "2004-04-03"},
		{"Posted 03/04/2004 9:00 GMT", "2004-04-03"},
		{"03/04/2004 10:15 AM EST", "2004-03-04"},
		{"Filed 03/04/2004 08:00 PT", "2004-03-04"},
		{"03/04/2004", ""},
		{"03/04/2004 10:15 CST", ""},           // China's or the American Midwest's
		{"24/07/2004 10:15 EST", "2004-07-24"}, // no 24th month: not ambiguous, whatever the zone
	} {
		text := "Envoys Meet in Geneva\n\n" + tc.line + "\n\nThe envoys met for three hours on Saturday.\n"
		a, re := readOne(t, NewReader(strings.NewReader(text), "-", ReadOptions{Now: testNow}))
		if re != nil || a.DateString() != tc.want {
			t.Errorf("%q: date %q (rejected %v), want %q", tc.line, a.DateString(), re, tc.want)
		}
	}
}

func TestLinesLearned(t *testing.T) {
	h := pageHints{chrome: map[string]int{"create new paste / archive / faq": 4, "privacy / terms / contact": 4, "Analysts expect a close vote.": 1}, files: 4}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"create new paste / archive / faq\nprivacy / terms / contact", true},
		{"create new paste / archive / faq\nAnalysts expect a close vote.", false},
		{"create new paste / archive / faq", false}, // one line: the line's own count decides
	} {
		u := pageUnit{text: tc.text, flat: collapseSpace(tc.text)}
		if got := linesLearned(&u, h); got != tc.want {
			t.Errorf("linesLearned(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestNameOfByline(t *testing.T) {
	checkEach(t, "nameOfByline", nameOfByline, map[string]string{
		"Penulis: Tenzin Dorje | Editor: Budi Santoso": "Tenzin Dorje",
		"Reporter: Leila Haddad Editor: Dewi Lestari":  "Leila Haddad",
		"بقلم: Luca Bianchi":                           "Luca Bianchi",
		"بقلم Lukas Brenner":                           "Lukas Brenner",
		"Carlos Mendoza/Senior Staff Reporter":         "Carlos Mendoza",
		"Sione Taufa Research Associate":               "Sione Taufa",
		"Chanda Mulenga Journalist Email Chanda":       "Chanda Mulenga",
		"Ingrid Solberg Correspondent":                 "Ingrid Solberg",
		"From Leila Haddad":                            "Leila Haddad",
		"Jane Doe":                                     "Jane Doe",
		"JANE DOE and JOHN ROE":                        "JANE DOE and JOHN ROE",
		"Mateus Carvalho and agencies":                 "Mateus Carvalho and agencies",
		"Reuters/Ipsos":                                "Reuters/Ipsos",
		"Staff":                                        "Staff",
		"Hyun-woo Baek, GNN":                           "Hyun-woo Baek",
		"Aurélie Dumont-Reyes Reporting":               "Aurélie Dumont-Reyes",
		"Leila Haddad, Amman":                          "Leila Haddad, Amman",
	})
}

func TestAppealBox(t *testing.T) {
	appeal := pageUnit{flat: "We are an independent newsroom. Readers pay for our work.", prose: true, learned: true, block: 1}
	button := func(s string, block int) pageUnit {
		return pageUnit{flat: s, words: len(strings.Fields(s)), learned: true, block: block}
	}
	for _, c := range []struct {
		name  string
		units []pageUnit
		want  bool
	}{
		{"sentence over the site's buttons", []pageUnit{appeal, button("Donate", 1), button("Other ways to help", 1)}, true},
		{"one button", []pageUnit{appeal, button("Donate", 1)}, false},
		{"buttons in another block", []pageUnit{appeal, button("Donate", 2), button("Other ways to help", 2)}, false},
		{"a line announcing a list", []pageUnit{{flat: "Other stories in this series:", prose: true, learned: true, block: 1}, button("Part one", 1), button("Part two", 1)}, false},
	} {
		if got := appealBox(c.units, 0); got != c.want {
			t.Errorf("%s: appealBox = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestNameCase(t *testing.T) {
	checkEach(t, "nameCase", nameCase, map[string]string{
		"KOFI ASANTE-MENSAH":         "Kofi Asante-Mensah",
		"marta kowalczyk":            "Marta Kowalczyk",
		"SIONE 'ALO TUPOU":           "Sione 'Alo Tupou",
		"HEMI TE RANGI AND ANA RUIZ": "Hemi Te Rangi and Ana Ruiz",
		"J. MARCUS THORNE":           "J. Marcus Thorne",
		"Sarah-Jane McAllister":      "Sarah-Jane McAllister", // mixed case is left alone
		"Jane Doe":                   "Jane Doe",
	})
}
