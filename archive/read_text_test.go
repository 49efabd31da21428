package archive

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// readOne reads r and expects exactly one article or one *RecordError.
func readOne(t *testing.T, r Reader) (*Article, *RecordError) {
	t.Helper()
	arts, rejects := readAll(t, r)
	switch {
	case len(arts) == 1 && len(rejects) == 0:
		return arts[0], nil
	case len(arts) == 0 && len(rejects) == 1:
		return nil, rejects[0]
	}
	t.Fatalf("got %d articles and %d rejects, want one of either", len(arts), len(rejects))
	return nil, nil
}

func TestTextReader(t *testing.T) {
	for _, tc := range []struct {
		name, path, in                        string
		title, date, source, dateline, byline string
		body                                  string // "" means do not check
		notes                                 []string
		reject                                string // substring of the RecordError
	}{
		{
			name: "headline with date suffix and boilerplate",
			path: "voa-2005-03-01.txt",
			in: "Accessibility links\n\nSkip to main content\n\nBreaking News\n\nHome | World | Africa | Asia\n\n" +
				"Envoys Meet in Geneva on Border Dispute - 2005-03-01\n\n" +
				"Share\n\nPrint\n\n" +
				"The two envoys met for three hours on Tuesday.\n\n\n\nThey agreed to meet again in April.\n\n" +
				"Follow us\n\nFollow us on Twitter\n\n© 2005 Voice of America\n",
			title: "Envoys Meet in Geneva on Border Dispute", date: "2005-03-01", source: "VOA",
			body: "The two envoys met for three hours on Tuesday.\n\nThey agreed to meet again in April.",
		},
		{
			name: "a feed item sent as mail: its subject is the headline, its footer cites it",
			path: "feeditem.txt",
			in: "From:\tThe Ledger - World\nSent:\tTuesday, May 4, 2010 9:30 AM\nTo:\tRSS Feeds\nSubject:\tEnvoys Meet in Geneva on Border Dispute\n\n" +
				"By Jane Doe\n\nThe two envoys met for three hours on Tuesday and agreed on a calendar for the talks.\n\n" +
				"They said the first round would open in the spring.\n\n" +
				"The post Envoys Meet in Geneva on Border Dispute appeared first on The Ledger.\n\nView article...\n",
			title: "Envoys Meet in Geneva on Border Dispute", date: "2010-05-04", byline: "Jane Doe",
			body: "The two envoys met for three hours on Tuesday and agreed on a calendar for the talks.\n\nThey said the first round would open in the spring.",
		},
		{
			name: "captions under a read-aloud label or over a photo credit are not the text",
			path: "captions.txt",
			in: "Envoys Meet in Geneva on Border Dispute\n\nBy Jane Doe\n\n1 March 2005\n\n" +
				"The two envoys met for three hours on Tuesday and agreed on a calendar for the talks.\n\n" +
				"Image caption,\nOfficials arrive for the meeting in Geneva\n\n" +
				"They said the first round would open in the spring.\n\nMedia caption,\nWatch: the envoys arrive\n\n" +
				"A third envoy is expected to join them in April.\n\n" +
				"Image may contain: Building, Architecture\nGeneva, where the talks were held.\nPhotograph by Ivo Marek for The Weekly\n\n" +
				"Both envoys declined to speak to reporters.\n\nPublished in the print edition of the March 7, 2005, issue.\n",
			title: "Envoys Meet in Geneva on Border Dispute", date: "2005-03-01", byline: "Jane Doe",
			body: "The two envoys met for three hours on Tuesday and agreed on a calendar for the talks.\n\nThey said the first round would open in the spring.\n\nA third envoy is expected to join them in April.\n\nBoth envoys declined to speak to reporters.",
		},
		{
			name: "a summary in the site's language is not the English text",
			path: "journal.txt",
			in: "Le Journal International — English edition\n\nEnvoys Meet in Geneva on Border Dispute\n\n" +
				"By Jane Doe | 1 March 2005\n\nRésumé : Les deux pays reprennent les négociations sur leur frontière.\n\n" +
				"The two envoys met for three hours on Tuesday and agreed on a calendar for the talks.\n\n" +
				"They said the first round would open in the spring.\n\nLire en français\n",
			title: "Envoys Meet in Geneva on Border Dispute", date: "2005-03-01", byline: "Jane Doe",
			body: "The two envoys met for three hours on Tuesday and agreed on a calendar for the talks.\n\nThey said the first round would open in the spring.",
		},
		{
			name: "a source line with its date; note marks and notes",
			path: "cuttings.txt",
			in: "Press cuttings — internal\n\nEnvoys Meet in Geneva on Border Dispute\n\nSource: The Ledger, 1 March 2005\n\n" +
				"The two envoys met for three hours[a] on Tuesday.\n\nThey agreed to meet again in April.[12]\n\n[a]Check this figure\n",
			title: "Envoys Meet in Geneva on Border Dispute", date: "2005-03-01", source: "The Ledger",
			body: "The two envoys met for three hours on Tuesday.\n\nThey agreed to meet again in April.",
		},
		{
			name: "a page in French keeps its text",
			path: "journal.txt",
			in: "Les ministres se rencontrent à Genève\n\n1 mars 2005\n\n" +
				"Les deux ministres se sont rencontrés mardi à Genève pour la première fois depuis un an.\n\n" +
				"Ils ont parlé pendant trois heures et se reverront en avril.\n",
			title: "Les ministres se rencontrent à Genève", date: "2005-03-01",
			body: "Les deux ministres se sont rencontrés mardi à Genève pour la première fois depuis un an.\n\nIls ont parlé pendant trois heures et se reverront en avril.",
		},
		{
			name:  "source line beats the file name; published line",
			path:  "voa-2005-03-01.txt",
			in:    "Trade Talks Resume\nSource: Lakeside Herald\nPublished: 2 March 2005\n\nDelegates returned to the table.\n",
			title: "Trade Talks Resume", date: "2005-03-02", source: "Lakeside Herald",
			body: "Delegates returned to the table.",
		},
		{
			name:  "dateline gives date and place",
			path:  "talks.txt",
			in:    "Ministers Meet\n\nMOSCOW, July 24, 2004 - The foreign ministers met on Saturday.\n\nThey spoke for an hour.",
			title: "Ministers Meet", date: "2004-07-24", dateline: "MOSCOW, July 24, 2004 -",
			body: "MOSCOW, July 24, 2004 - The foreign ministers met on Saturday.\n\nThey spoke for an hour.",
		},
		{
			name:  "date line and byline under the headline",
			path:  "afp_20040724_talks.txt",
			in:    "# Ministers Meet\n\nBy Jane Doe\n\nJuly 24, 2004\n\nThe ministers met.\r\n",
			title: "Ministers Meet", date: "2004-07-24", source: "AFP", byline: "Jane Doe",
			body: "The ministers met.",
		},
		{
			name:  "updated line when there is no published line",
			path:  "x.txt",
			in:    "Summit Ends\nUpdated: 2004-07-25 14:00\n\nThe summit ended.",
			title: "Summit Ends", date: "2004-07-25", body: "The summit ended.",
		},
		{
			name:  "no date",
			path:  "reuters-notes.txt",
			in:    "Envoy Named\n\nA new envoy was named.",
			title: "Envoy Named", source: "", notes: []string{"no date found"},
		},
		{
			name:  "long file name prefix is capitalised",
			path:  "dir/xinhua-2004-07-24.txt",
			in:    "Talks\n\nText.",
			title: "Talks", source: "Xinhua", notes: []string{"no date found"},
		},
		{
			name:  "ambiguous date in the headline is not guessed",
			path:  "x.txt",
			in:    "Ministers Meet - 03/04/2004\n\nThe ministers met.",
			title: "Ministers Meet", notes: []string{`date "03/04/2004": ambiguous date, not guessed: 3 April or 4 March 2004? write it as 2004-04-03 or 2004-03-04`},
		},
		{
			name:  "impossible date, then a usable dateline",
			path:  "x.txt",
			in:    "Ministers Meet - 2004-02-30\n\nGENEVA, 3 March 2004 - Talks opened.",
			title: "Ministers Meet", date: "2004-03-03", dateline: "GENEVA, 3 March 2004 -",
			notes: []string{`date "2004-02-30": no such day`},
		},
		{
			name:  "a date later in the body is never used",
			path:  "x.txt",
			in:    "Anniversary\n\nThe treaty of July 24, 2004 - signed in Rome - still holds.\n\nMOSCOW, July 24, 2004 - a quote.",
			title: "Anniversary", notes: []string{"no date found"},
		},
		{
			name:  "hyphen in headline is not a date",
			path:  "x.txt",
			in:    "U.S. - Iraq Talks Open\n\nThey opened.",
			title: "U.S. - Iraq Talks Open", notes: []string{"no date found"},
		},
		{
			name:  "first paragraph too long for a title",
			path:  "x.txt",
			in:    strings.Repeat("word ", 80) + "\n\nSecond paragraph.",
			title: "", notes: []string{"no date found"},
		},
		{name: "only boilerplate", path: "x.txt", in: "Share\nPrint\nEmail\n", reject: "no article text"},
		{name: "only a title", path: "x.txt", in: "A Headline - 2004-07-24\n", reject: "no article text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, re := readOne(t, NewTextReader(strings.NewReader(tc.in), tc.path, ReadOptions{Now: testNow}))
			if tc.reject != "" {
				if re == nil || !strings.Contains(re.Error(), tc.reject) || re.Path != tc.path {
					t.Fatalf("got %v, %v; want a RecordError with %q", a, re, tc.reject)
				}
				return
			}
			if re != nil {
				t.Fatalf("rejected: %v", re)
			}
			if a.Title != tc.title || a.DateString() != tc.date || a.Source != tc.source || a.Dateline != tc.dateline || a.Byline != tc.byline {
				t.Errorf("got title %q date %q source %q dateline %q byline %q\nwant      %q      %q        %q          %q        %q",
					a.Title, a.DateString(), a.Source, a.Dateline, a.Byline, tc.title, tc.date, tc.source, tc.dateline, tc.byline)
			}
			if tc.body != "" && a.Body != tc.body {
				t.Errorf("body %q\nwant %q", a.Body, tc.body)
			}
			if strings.Join(a.Notes, "|") != strings.Join(tc.notes, "|") {
				t.Errorf("notes %q, want %q", a.Notes, tc.notes)
			}
			if a.ID != DeriveID(a.Source, a.Title, a.Date, a.Body) || a.Origin != tc.path {
				t.Errorf("id %q origin %q", a.ID, a.Origin)
			}
		})
	}
}

func TestSourceFromName(t *testing.T) {
	checkEach(t, "sourceFromName", sourceFromName, map[string]string{
		"voa-2004-07-24.txt":       "VOA",
		"/a/b/bbc_20040724.txt.gz": "BBC",
		"reuters-1.txt":            "Reuters",
		"russian-iraqi-talks.txt":  "",
		"2004-07-24.txt":           "",
		"-":                        "",
		"averyveryverylongname-1":  "",
	})
}

// TestTextStandfirst: a standfirst under the headline opens the text; the
// byline and date lines under it are read and not kept in the text.
func TestTextStandfirst(t *testing.T) {
	in := "Home\nWorld\n\nEnvoys Meet in Geneva\n\nThe two sides say the talks are the last chance for a deal this year.\n\n" +
		"By Jane Doe, diplomatic correspondent\n\nPublished 24 July 2004 · Updated 25 July 2004\n\n" +
		"The envoys met for three hours on Saturday.\n\nThey will meet again in April.\n\nShare this article\n"
	a, re := readOne(t, NewTextReader(strings.NewReader(in), "x.txt", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	want := "The two sides say the talks are the last chance for a deal this year.\n\nThe envoys met for three hours on Saturday.\n\nThey will meet again in April."
	if a.Title != "Envoys Meet in Geneva" || a.DateString() != "2004-07-24" || a.Byline != "Jane Doe" || a.Body != want {
		t.Errorf("title %q date %q byline %q body %q", a.Title, a.DateString(), a.Byline, a.Body)
	}
}

// TestTextShapes covers page shapes one at a time: each page has one kind
// of chrome around the same short article.
func TestTextShapes(t *testing.T) {
	const p1, p2 = "The envoys met for three hours on Saturday in a lakeside hotel.", "They will meet again in April, officials said."
	body := p1 + "\n\n" + p2
	for _, tc := range []struct {
		name, in                      string
		title, date, byline, wantBody string
	}{
		{"menu one per line", "Home\nWorld\nPolitics\nBusiness\nEnvoys Meet in Geneva\nDecember 23, 2012\n" + p1 + "\n" + p2 + "\n",
			"Envoys Meet in Geneva", "2012-12-23", "", body}, // each line a paragraph
		{"menu with blank lines", "Home\n\nWorld\n\nPolitics\n\nEnvoys Meet in Geneva\n\n" + body,
			"Envoys Meet in Geneva", "", "", body},
		{"title-case question headline", "Envoys Meet in Geneva: What Comes Next?\n\n24 July 2004\n\n" + body,
			"Envoys Meet in Geneva: What Comes Next?", "2004-07-24", "", body},
		{"name and agency", "Envoys Meet in Geneva\n\nJane Doe | Wire\n\n24th of July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"time on its own line", "Envoys Meet in Geneva\n\nJul 24, 2004\n\n10:15 AM ET\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"reporter header", "Envoys Meet in Geneva\nReporter: Jane Doe\nPublished: 24 July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"comments without a heading", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + body +
			"\n\nredfox71 wrote:\n\nThey always say that, and nothing ever changes for the rest of us.\n\nJuly 25, 2004 at 8:01 AM\n\nAt least they are talking, which is more than last year.\n",
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"a quotation opened by said:", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + p1 + "\n\nThe minister said:\n\n\"We have chosen to talk rather than to wait.\"\n\n" + p2,
			"Envoys Meet in Geneva", "2004-07-24", "", p1 + "\n\nThe minister said:\n\n\"We have chosen to talk rather than to wait.\"\n\n" + p2},
		{"ad and read-more inside the text", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + p1 + "\n\n- Advertisement -\n\nREAD MORE »\n\n" + p2 + "\n\nRelated Stories:\n\nTalks Collapse in Vienna\n",
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"last updated with times", "Envoys Meet in Geneva\n\nLast Updated: Saturday, 24 July, 2004, 14:32 GMT 15:32 UK\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"updated and published", "Envoys Meet in Geneva\n\nUpdated 25 July 2004\n\nPublished 24 July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"updated and published on one header line", "Envoys Meet in Geneva\nUpdated: 25 July 2004 | Published: 24 July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"the next story after the text", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + body + "\n\nUp next\n\nTalks Collapse in Vienna\n\nTalks in Vienna collapsed on Sunday after a row over the agenda.\n",
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"print page line and a longer closing heading", "Envoys Meet in Geneva\n\nBy Jane Doe\nSaturday, July 24, 2004; Page A14\n\n" + body + "\n\nMost Read Stories\n\nTalks Collapse in Vienna\n",
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"a ticker sentence above the headline", "BREAKING: Floods close the northern highway, police say.\n\nEnvoys Meet in Geneva\n\n24 July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"a one-paragraph brief", "Home\n\nEnvoys Meet in Geneva\n\n24 July 2004\n\n" + p1 + "\n\nRelated stories\n\nTalks Collapse in Vienna\n",
			"Envoys Meet in Geneva", "2004-07-24", "", p1},
		{"a subhead after the first paragraph", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + p1 + "\n\nWhat comes next\n\n" + p2,
			"Envoys Meet in Geneva", "2004-07-24", "", p1 + "\n\nWhat comes next\n\n" + p2},
		{"a web clipper's front matter", "---\ntitle: \"Envoys Meet in Geneva\"\nsource: https://ledger.example/x\nauthor: Jane Doe\npublished: 2004-07-24\ncreated: 2012-12-12\n---\n\n# Envoys Meet in Geneva\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"markdown links and emphasis", "[Home](/) | [World](/world) | [Politics](/p)\n\n# Envoys Meet in Geneva\n\n*By Jane Doe — 24 July 2004*\n\n" + body + "\n\n**Related:** [Talks Collapse](/r)\n",
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"a photo credit and caption toggles", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + p1 + "\n\nEnlarge this image\n\nIvo Marek/Global Pictures\n\nhide caption\n\n" + p2,
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"a sentence starting with By is text", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + p1 + "\n\nBy Tuesday, the talks had moved to a smaller room.\n\n" + p2,
			"Envoys Meet in Geneva", "2004-07-24", "", p1 + "\n\nBy Tuesday, the talks had moved to a smaller room.\n\n" + p2},
		{"a metadata line of fields and a repost note", "Envoys Meet in Geneva\n\nOriginally published in the Ledger on 24 July 2004.\n\nJane Doe · Reporter · Sat, July 24, 2004, 10:15 AM · 4 min read\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"a page title with the site's name", "Envoys meet in Geneva | World | The Ledger\n\n24 July 2004\n\n" + body,
			"Envoys meet in Geneva", "2004-07-24", "", body},
		{"a headline with a dash is kept", "Iraq - The Inside Story of the Talks\n\n24 July 2004\n\n" + body,
			"Iraq - The Inside Story of the Talks", "2004-07-24", "", body},
		{"a closing rule and a footer sentence", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + body + "\n\n* *** *\n\nFor the press only. This is not a record of the meeting.\n",
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"a section break inside the text", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + body + "\n\n* * *\n\n" + p1 + "\n\n" + p2 + "\n\n" + p1 + "\n",
			"Envoys Meet in Geneva", "2004-07-24", "", body + "\n\n" + body + "\n\n" + p1}, // the rule itself is not words
		{"key points under the headline", "Envoys Meet in Geneva\n\nKey points:\n• Talks to resume within weeks\n• Both sides claim progress\n\n24 July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"two bare bylines", "Envoys Meet in Geneva\n\nJane Doe and John Roe\n\n24 July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe and John Roe", body},
		{"a citation of the headline under the text", "Envoys Meet in Geneva Over Border\n\n24 July 2004\n\n" + body + "\n\nDoe, J. (2004) 'Envoys Meet in Geneva Over Border', Lakeside Review, 24 July.\n",
			"Envoys Meet in Geneva Over Border", "2004-07-24", "", body},
		{"an outline's properties, the capture's date under the headline", "* Reading queue   :queue:\n\n** Envoys Meet in Geneva   :world:\n\n   :PROPERTIES:\n   :CAPTURED: [2019-07-08 Mon 19:30]\n   :AUTHOR: Jane Doe\n   :END:\n\n24 July 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"a standfirst over the writer's bare name and the date", "Envoys Meet in Geneva\n\nNotes from a long day of waiting outside a meeting room.\n\nJane Doe\n\nJul 24, 2004\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"a story's jump word beside its jump line", "Envoys Meet in Geneva\n\n24 July 2004\n\n" + p1 + "\n\nContinued on Page 8\n\nTALKS\nContinued from Page 1\n\n" + p2 + "\n",
			"Envoys Meet in Geneva", "2004-07-24", "", body},
		{"the writer's name over the date, repeated in the list of posts", "Envoys Meet in Geneva\n\nNotes from a long day of waiting outside a meeting room.\n\nJane Doe\n\nJul 24, 2004\n\n" + body +
			"\n\nRead more\n\nFerry Link Restored After the Storm\nJane Doe\n\nCouncil Extends Arms Embargo Again\nJane Doe\n",
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"a team's post line over the headline, the writer's name under it", "Posted by Communications Team · 2 May 2023\n\nEnvoys Meet in Geneva\nThe Evening Ledger | 24 July 2004\nJane Doe\n\n" + body,
			"Envoys Meet in Geneva", "2004-07-24", "Jane Doe", body},
		{"a wire's copy in capitals, wrapped", "BC-ENVOYS-MEET 94\n\n24-JUL-2004 10:15 GMT\n\nTWO ENVOYS MEET IN GENEVA AFTER A YEAR\n\nBY JANE DOE\n\n" +
			"GENEVA, JULY 24 (WIRE) - ENVOYS FROM THE TWO STATES MET FOR THREE HOURS\nON SATURDAY IN A LAKESIDE HOTEL AFTER A YEAR WITHOUT TALKS.\n\n" +
			"THEY WILL MEET AGAIN IN APRIL, OFFICIALS SAID AFTER THE MEETING\nENDED LATE IN THE EVENING.\n\nWIRE JD\n\nNNNN\n",
			"TWO ENVOYS MEET IN GENEVA AFTER A YEAR", "2004-07-24", "Jane Doe",
			"GENEVA, JULY 24 (WIRE) - ENVOYS FROM THE TWO STATES MET FOR THREE HOURS\nON SATURDAY IN A LAKESIDE HOTEL AFTER A YEAR WITHOUT TALKS.\n\nTHEY WILL MEET AGAIN IN APRIL, OFFICIALS SAID AFTER THE MEETING\nENDED LATE IN THE EVENING."},
		{"only a relative date", "Envoys Meet in Geneva\n\nUpdated 3 hours ago\n\n5 min read\n\n" + body,
			"Envoys Meet in Geneva", "", "", body},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, re := readOne(t, NewTextReader(strings.NewReader(tc.in), "x.txt", ReadOptions{Now: testNow}))
			if re != nil {
				t.Fatal(re)
			}
			if a.Title != tc.title || a.DateString() != tc.date || a.Byline != tc.byline || a.Body != tc.wantBody {
				t.Errorf("got title %q date %q byline %q\nbody %q\nwant %q %q %q\nbody %q", a.Title, a.DateString(), a.Byline, a.Body, tc.title, tc.date, tc.byline, tc.wantBody)
			}
		})
	}
}

// TestEnglishDate checks that dates written in a foreign site's words are
// read, and that a foreign month name without a day is left alone.
func TestEnglishDate(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"Publié le 18 octobre 2011 à 10h15":            "2011-10-18",
		"Veröffentlicht am 12. Januar 2006, 10:15 Uhr": "2006-01-12",
		"Veröffentlicht am 20. September 2005":         "2005-09-20",
		"Publicado el 24 de julio de 2004 a las 10:15": "2004-07-24",
		"Pubblicato il 3 maggio 2009":                  "2009-05-03",
		"Gepubliceerd op 2 mei 2009":                   "2009-05-02",
		"Mars 2004 rover lands":                        "",
		"19 апреля 2010, 10:15":                        "2010-04-19",
		"Opublikowano 3 maja 2009":                     "2009-05-03",
		"Imechapishwa: Jumatano, 17 Aprili 2024":       "2024-04-17",
		"Diterbitkan 5 Agustus 2019":                   "2019-08-05",
		"Tuesday, 11.I.2022":                           "2022-01-11",
		"29. III. 2011":                                "2011-03-29",
		"1387/02/14 - 18:31 3 May 2008":                "2008-05-03",
		"Section III. 2011 budget":                     "",
		"Published 24 July 2004":                       "2004-07-24",
		// A date inside a line, words after it that are not a time.
		"Added on Monday, December 6, 2010 via the app": "2010-12-06",
		"July 24, 2004 ~ 10:15 AM EDT":                  "2004-07-24",
		"Issue 12 — July 2004":                          "",
		"2004年7月24日 10:15  来源：The Ledger":               "2004-07-24",
		"2009년 5월 2일":                                   "2009-05-02",
		// A wire service's filing stamp; a two-digit year is not read.
		"NPA PR/KT 061215 GMT NOV 2019": "2019-11-06",
		"151215 GMT SEP 04":             "",
		"991215 GMT NOV 2019":           "",
	} {
		d, _ := findDateIn(in, now, orderUnknown)
		got := ""
		if d != "" {
			if t2, err := parseDateOrder(d, now, orderUnknown); err == nil {
				got = t2.Format("2006-01-02")
			}
		}
		if got != want {
			t.Errorf("findDateIn(%q) = %q (%q), want %s", in, got, d, want)
		}
	}
	for in, want := range map[string]string{"Par Priya Nair": "Priya Nair", "Von Omar Haddad": "Omar Haddad", "By Jane Doe": "Jane Doe"} {
		if got := bylineIn(in, ""); got != want {
			t.Errorf("bylineIn(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRepeatsLead checks the rule for a run of links that start alike.
func TestRepeatsLead(t *testing.T) {
	checkEach(t, "repeatsLead", repeatsLead, map[string]bool{
		"Jump to navigation Jump to search": true,
		"Skip to content Skip to main menu": true,
		"Talks on talks resume in Geneva":   false,
		"Go to the talks, go to the vote.":  false,
		"Jump to":                           false,
	})
}

// TestIsLinkedHeadline checks the rule for links to other stories set
// among the paragraphs.
func TestIsLinkedHeadline(t *testing.T) {
	for in, want := range map[string]bool{
		"► Ferry Link Between the Two Islands Restored After Storm":          true,
		"Also read | Health Ministers Agree to Pool Vaccine Purchases":       true,
		"SEE ALSO: Parliament Ratifies Fisheries Treaty by Narrow Margin":    true,
		"DVD review: Harry Potter and the Prisoner of Azkaban":               false,
		"► The talks will resume in September, officials said.":              false,
		"Minister: We Will Not Give Up Our Claim to the Valley Grazing Land": false,
	} {
		u := newUnit(in, 0)
		if got := isLinkedHeadline(&u); got != want {
			t.Errorf("isLinkedHeadline(%q) = %v, want %v", in, got, want)
		}
	}
	// A label in sentence case, of two or three words (used under the
	// text's first paragraph only).
	for in, want := range map[string]bool{
		"Leia também: Envoys Evacuated After Fire at Embassy Compound": true,
		"Read also: Ferry Link Between the Two Islands Restored":       true,
		"Analysis: Ferry Link Between the Two Islands Restored":        false,
		"He said: the talks will resume in September, officials said.": false,
	} {
		u := newUnit(in, 0)
		if got := linkedHeadline(&u, rxLinkLabel); got != want {
			t.Errorf("linkedHeadline(%q, rxLinkLabel) = %v, want %v", in, got, want)
		}
	}
}

// TestClosingNote checks the notes on the story itself that close a text.
func TestClosingNote(t *testing.T) {
	for in, want := range map[string]bool{
		"Correction, July 28, 2004: An earlier version of this story gave the wrong title for one of the officials.": true,
		"Clarification: This story has been updated to make clear that the figures come from officials.":             true,
		"Correction: An earlier version of this article misstated the day of the meeting. It was on Thursday.":       true,
		"Officials: the talks will resume in September.":                                                             false,
		"Get the latest news on the Gulf Morning app. Available on iOS and Android.":                                 true,
		"Free to republish with credit to the Regional Press Collective.":                                            true,
		"Reproduced for internal use under the press office's licence. Not for onward distribution.":                 true,
		"This video can not be played": true,
		"The ministry said the app would be available on iOS and Android from May, officials said.":       false,
		"(This story has not been edited by our staff and is auto-generated from a syndicated feed.)":     true,
		"The treaty was signed under a licence agreed in 1998.":                                           false,
		"An earlier version of the treaty was rejected in 1998.":                                          false,
		"Opinions expressed here are the writer's and do not necessarily reflect those of the Institute.": true,
		"Hearing records are available on the Assembly's website.":                                        true,
		"This news release was issued by the Consulate's press office.":                                   true,
		"The full report is available on the ministry's website, officials said on Tuesday.":              false,
		"The statement was issued by the ministry late on Tuesday.":                                       false,
		"Published by the Embassy of the Republic in Lisbon, 12 Rua do Sol, Lisbon.":                      true,
		"Published by the ministry on Tuesday, the figures show exports fell by a fifth.":                 false,
	} {
		if got := closingNote(newUnit(in, 0)); got != want {
			t.Errorf("closingNote(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestStoryNote checks the corrections a page puts at either edge of the
// text: they are cut there by the rules and by the page model alike.
func TestStoryNote(t *testing.T) {
	for in, want := range map[string]bool{
		"Correction: A previous version of this article misspelled the name of the city in one reference.": true,
		"Clarification: This story has been updated to make clear that the figures come from officials.":   true,
		"Thanks for reading! Subscribe for free to get every story.":                                       false,
		"An earlier version of the treaty was rejected in 1998.":                                           false,
		"\"An earlier version of this story was wrong,\" the minister said.":                               false,
	} {
		if got := storyNote(newUnit(in, 0)); got != want {
			t.Errorf("storyNote(%q) = %v, want %v", in, got, want)
		}
	}
	// The model's body ends before a correction, as the rules' does.
	units := []pageUnit{newUnit("Envoys from the two states agreed on Saturday to resume talks on their border, ending a long pause.", 0),
		newUnit("The agreement came after a six-hour meeting at a lakeside hotel, where the two ministers spoke alone.", 1),
		newUnit("Correction, July 28, 2004: An earlier version of this story gave the wrong title for one of the officials.", 2)}
	// A model of a bias alone keeps every unit: what is left out is the
	// edge rule's doing.
	n := len(pageFeatures(units, pageHints{}, false, testNow)[0])
	m := &pageModel{w: make([]float64, n+1), mean: make([]float64, n), std: slices.Repeat([]float64{1}, n)}
	m.w[0] = 1
	r := m.readUnits(units, pageHints{}, false, testNow)
	if len(r.body) != 2 {
		t.Errorf("the model's body is %q, want the two paragraphs", r.paragraphs())
	}
	for _, i := range r.body {
		if storyNote(units[i]) {
			t.Errorf("the model's body keeps the correction: %v", r.paragraphs())
		}
	}
}

// TestJoinWrapped checks that a word a typeset column broke with a hyphen
// is whole again, and that other hyphens at a line's end stay.
func TestJoinWrapped(t *testing.T) {
	got := joinWrapped([]string{"the flag was raised over the res-", "tored building, a cross-", "Border line and a 1990-", "2004 plan after a four-", "month pause"})
	want := "the flag was raised over the restored building, a cross-\nBorder line and a 1990-\n2004 plan after a four-month pause"
	if got != want {
		t.Errorf("joinWrapped = %q, want %q", got, want)
	}
}

// TestCalendarAndSiteName checks a date shown as a calendar leaf and a
// site's name cut from before a headline.
func TestCalendarAndSiteName(t *testing.T) {
	if got := calendarDate([]string{"JUL", "24", "2004"}); got != "JUL 24 2004" {
		t.Errorf("calendarDate = %q, want %q", got, "JUL 24 2004")
	}
	if got := calendarDate([]string{"Home", "World", "Politics"}); got != "" {
		t.Errorf("calendarDate(menu) = %q, want none", got)
	}
	checkEach(t, "cutSiteName", cutSiteName, map[string]string{
		"The Harbour Times - Census Delayed Amid Dispute":           "Census Delayed Amid Dispute",
		"Envoys meet in Geneva | by Jane Doe | Dispatches":          "Envoys meet in Geneva",
		"Minister resigns - talks go on in Geneva":                  "Minister resigns - talks go on in Geneva",
		"Ledger Staff - Ferry Link Restored After Winter Storms":    "Ferry Link Restored After Winter Storms",
		"Envoys Agree to Resume Border Talks - By Jane Doe":         "Envoys Agree to Resume Border Talks",
		"Envoys Agree to Resume Border Talks -- The Harbour Times":  "Envoys Agree to Resume Border Talks",
		"Ferry Talks Resume - By Then, Both Sides Had Agreed":       "Ferry Talks Resume - By Then, Both Sides Had Agreed",
		"OCS :: Press Release :: Consulate in Border Town to Close": "Consulate in Border Town to Close",
		"News » World » Envoys Agree to Resume Talks":               "Envoys Agree to Resume Talks",
		"Geneva :: Talks": "Geneva :: Talks",
	})
}

// TestUncodeFields checks that a coded database export gives header lines
// and that a page opening with "HD" but no other codes is left alone.
func TestUncodeFields(t *testing.T) {
	got := uncodeFields([]string{"HD Envoys Agree to Resume Talks", "BY Jane Doe", "WC 412 words", "PD 24 July 2004", "SN The Ledger", "", "LP", "", "Text."})
	want := []string{"Title: Envoys Agree to Resume Talks", "By: Jane Doe", "", "Date: 24 July 2004", "Source: The Ledger", "", "", "", "Text."}
	if !slices.Equal(got, want) {
		t.Errorf("uncodeFields = %q, want %q", got, want)
	}
	plain := []string{"HD Radio Launches in the Capital", "", "The station opened on Monday."}
	if got := uncodeFields(plain); !slices.Equal(got, plain) {
		t.Errorf("uncodeFields(plain) = %q, want it unchanged", got)
	}
}

// TestClosingLines checks captions with a credit in brackets and the
// contact lines that close a story, and that a reporter's sentences are
// kept.
func TestClosingLines(t *testing.T) {
	if !rxCaption.MatchString("Delegates arrive for the talks. (Photo: Ruth Calder/Capital Times)") {
		t.Error("a caption with a bracketed photo credit is not matched")
	}
	if rxCaption.MatchString("The talks resumed on Monday. (The minister did not attend.)") {
		t.Error("a bracketed sentence is taken for a photo credit")
	}
	for in, want := range map[string]bool{
		"The files will be reviewed separately, officials said. Last Updated ( Tuesday, 17 May 2011 09:01 )": true,
		"Talks resume next week. Updated: 12/03/2009":                                                        true,
		"The figures were last updated in March, the ministry said.":                                         false,
	} {
		if got := rxUpdatedTail.MatchString(in); got != want {
			t.Errorf("rxUpdatedTail.MatchString(%q) = %v, want %v", in, got, want)
		}
	}
	if !rxCaption.MatchString("Delegates at the talks in the capital [File: Jane Doe/Harbour Agency]") {
		t.Error("a caption with a bracketed file credit is not matched")
	}
	if rxCaption.MatchString("The treaty covers imports and exports [of grain and/or flour]") {
		t.Error("a bracketed aside with a slash is taken for a credit")
	}
	for in, want := range map[string]bool{
		"Have a news tip? Email newsroom@sentinel.example or call 555-0134.": true,
		"Have a tip? Send it to us securely.":                                true,
		"Forward this email to a friend who might enjoy it.":                 true,
		"Talks are due to open in September.":                                false,
		"The ministry did not reply to an e-mail asking for comment.":        false,
	} {
		if got := speaksToReader(newUnit(in, 0)); got != want {
			t.Errorf("speaksToReader(%q) = %v, want %v", in, got, want)
		}
	}
	// Lines a site sets between paragraphs, with or without a full stop.
	for in, want := range map[string]bool{
		"Stay informed on your tablet — install our free app":          true,
		"Get our weekly briefing in your inbox.":                       true,
		"Your rights at the border: our guide":                         false,
		"Officials said the app would be ready by June.":               false,
		"Liked this story? Become a subscriber for full access.":       true,
		"He asked what this story would mean for the talks, and left.": false,
	} {
		u := newUnit(in, 0)
		if got := promotes(u) || u.words <= 15 && rxSelfRef.MatchString(u.flat); got != want {
			t.Errorf("in-text promotion %q = %v, want %v", in, got, want)
		}
	}
}

// TestPullQuote checks that a quotation repeated from a paragraph is
// dropped and a quotation of its own kept.
func TestPullQuote(t *testing.T) {
	in := "Envoys Meet in Geneva\n\nBy Jane Doe\n\n24 July 2004\n\n" +
		"The envoys met for three hours on Saturday and agreed to meet again.\n\n" +
		"\u201cWe have chosen to talk rather than to wait\u201d\n\n" +
		"\"We have chosen to talk rather than to wait,\" the minister told reporters after the meeting.\n\n" +
		"\"Nothing is agreed yet,\" said the other side.\n"
	a, re := readOne(t, NewTextReader(strings.NewReader(in), "x.txt", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	want := "The envoys met for three hours on Saturday and agreed to meet again.\n\n" +
		"\"We have chosen to talk rather than to wait,\" the minister told reporters after the meeting.\n\n" +
		"\"Nothing is agreed yet,\" said the other side."
	if a.Body != want {
		t.Errorf("body %q, want %q", a.Body, want)
	}
}

func TestLanguageOrder(t *testing.T) {
	for lang, want := range map[string]dateOrder{
		"en-US": monthFirst, "en_us": monthFirst, "en-GB": dayFirst, "fr": dayFirst, "de-AT": dayFirst,
		"en": orderUnknown, "en-CA": orderUnknown, "": orderUnknown,
	} {
		if got := languageOrder(lang); got != want {
			t.Errorf("languageOrder(%q) = %v, want %v", lang, got, want)
		}
	}
}

func TestBylineShape(t *testing.T) {
	for in, want := range map[string]string{
		"Autor: Jane Doe": "Jane Doe", "Author - Jane Doe": "Jane Doe", "Jane Doe in Geneva": "Jane Doe",
		"Jane Doe reports from Geneva": "Jane Doe", "From Jane Doe in Geneva": "Jane Doe", "Jane Doe (Geneva)": "Jane Doe",
		"Jane Doe @janedoe": "Jane Doe", "Jane Doe/The Ledger": "Jane Doe",
		// Not bylines: a name alone (nameLine's), an office, a publication, a headline.
		"Jane Doe": "", "Minister Irene Castell in Geneva": "", "The Ledger in Geneva": "", "Talks Resume in Geneva After Pause": "",
	} {
		if got, _ := bylineShape(in); got != want {
			t.Errorf("bylineShape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPager(t *testing.T) {
	for in, want := range map[string]bool{
		"Page 1 of 2 Next »": true, "« Previous 1 2 3 Next »": true, "1 | 2 | 3 | Next": true, "Page 2 of 5": true,
		"Talks resume in 2005 after 2 years": false, "Chelsea 2 Arsenal 1": false, "Next story": false,
	} {
		if got := rxPager.MatchString(in); got != want {
			t.Errorf("rxPager(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsLog(t *testing.T) {
	checkEach(t, "isLog", isLog, map[string]bool{
		"2018-02-13 03:12:05,012 INFO run started\n2018-02-13 03:12:06,881 INFO fetch done": true,
		"[10:15:02] joined\n[10:15:09] left":                                                true,
		"2018-02-13 03:12:05,012 INFO run started":                                          false,
		"2004 was a year of talks.\nThe envoys met twice.":                                  false,
	})
}

func TestUnmarkSubject(t *testing.T) {
	checkEach(t, "unmarkSubject", unmarkSubject, map[string]string{
		"[Press-L] Fwd: Court Ruling Splits Disputed Waters": "Court Ruling Splits Disputed Waters",
		"Re: Fw: Talks Resume in Geneva":                     "Talks Resume in Geneva",
		"Fwd: Talks":                                         "Fwd: Talks",
		"Return of the Envoys to Geneva":                     "Return of the Envoys to Geneva",
		"[Analysis] The Talks Resume":                        "[Analysis] The Talks Resume", // a tag alone is no mail's
	})
}

func TestIsProseCapitals(t *testing.T) {
	for in, want := range map[string]bool{
		"EACH SIDE HANDED OVER SIX PEOPLE TO THE OTHER AT DAWN.": true,
		"WHAT NEXT FOR THE TALKS?":                               false,
		"TWO COUNTRIES EXCHANGE PRISONERS ON BRIDGE AT DAWN":     false,
		"Two Countries Exchange Prisoners on Bridge at Dawn.":    false,
	} {
		if got := isProse(in, len(strings.Fields(in))); got != want {
			t.Errorf("isProse(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPubNote(t *testing.T) {
	checkEach(t, "pubNote", pubNote, map[string]bool{
		"Posted in World on Tuesday, November 19, 2024. Tags: Diplomacy, Seoul":                   true,
		"Published in the print edition of the April 19, 2014, issue, with the headline “Terms.”": true,
		"Issued on 11 February 2025 by the Press and Information Department.":                     true,
		// a date line, a byline, a sentence of the text: not notes
		"Posted at 10:12 p.m. Thursday, December 2, 2004":                                   false,
		"Posted at 10:12 p.m. Thursday, December 2, 2004 [ Front Page | World ]":            false,
		"Posted by Helen Strand on December 23, 2012":                                       false,
		"The report, published on Monday, found that most of the money had not been spent.": false,
	})
}

func TestTickerLine(t *testing.T) {
	checkEach(t, "tickerLine", tickerLine, map[string]bool{
		"BREAKING Talks Resume in Geneva • Rail Line Opens to Traffic • Envoys Meet • Grain Levy Suspended": true,
		"Home | World | Business | Sport | Climate":                                                         false,
		"Jane Doe | The Ledger | 12 March 2004 | 5 min read":                                                false,
		"Talks resumed on Monday • the envoys met • nothing was agreed • they will meet again.":             false,
		"Talks Resume in Geneva • Rail Line Opens to Traffic":                                               false,
	})
}

// checkEach calls f on each input of cases and reports every result that is
// not the one wanted.
func checkEach[V comparable](t *testing.T, name string, f func(string) V, cases map[string]V) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%q) = %#v, want %#v", name, in, got, want)
		}
	}
}

// TestIssueDateField: a cuttings record's "Date of issue:" dates the
// article; the record's own "Date entered:" does not.
func TestIssueDateField(t *testing.T) {
	page := "Press Digest - Cutting\n\nDate entered:       2008-05-14 09:13:44\nSource:             The Harbour Times\n" +
		"Date of issue:      Saturday, 3 May 2008\nHeadline:           Ministers Agree to Release Grain\n\nText:\n\n" +
		"Agriculture ministers from eight states agreed on Saturday to release maize from a shared reserve.\n\n" +
		"It is the first time the reserve has been drawn on by more than two countries at once.\n"
	a, err := parseTextPage(page, "-", "", testNow, pageHints{})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.DateString(); got != "2008-05-03" {
		t.Errorf("date %q, want 2008-05-03 (the date of issue)", got)
	}
}

// TestCutWriterNote checks that a last paragraph on the page's own writer
// goes, and that the text's sentences naming someone else stay.
func TestCutWriterNote(t *testing.T) {
	const text = "Envoys agreed on Saturday to resume talks.\n\nTalks are due to open in September."
	for _, tc := range []struct {
		last, byline string
		cut          bool
	}{
		{"Ana Petrova, a former ambassador to the United Nations, is the author of three books on mediation.", "Ana Petrova", true},
		{"Ana Petrova is a senior fellow at the Institute for Peace.", "Ana Petrova", true},
		{"Ana Petrova writes on the Balkans for the weekly.", "Ana Petrova", true},
		{"Ana Petrova is a senior fellow at the Institute for Peace.", "Lukas Brenner", false},
		{"\"Ana Petrova is right,\" the minister said.", "Ana Petrova", false},
		{"Ana Petrova told reporters the talks would resume.", "Ana Petrova", false},
		{"Petrova is due to return home on Sunday.", "Petrova", false},
		{"Ana Petrova covers diplomacy and trade for the Harbour Star.", "Lukas Brenner", true},
		{"Ana Petrova is our Geneva correspondent.", "", true},
		{"Ana Petrova covers the talks for her government.", "Lukas Brenner", false},
		{"Ana Petrova is a former correspondent who now advises the ministry.", "Lukas Brenner", false},
	} {
		body := text + "\n\n" + tc.last
		want := body
		if tc.cut {
			want = text
		}
		if got := cutWriterNote(body, tc.byline); got != want {
			t.Errorf("cutWriterNote(..., %q, byline %q) = %q, want %q", tc.last, tc.byline, got, want)
		}
	}
}

// TestAgencyAndCopyTails checks closing lines a copy or an agency adds:
// the writers' initials with the agencies drawn on, and the link a site
// appends to copied text.
func TestAgencyAndCopyTails(t *testing.T) {
	for in, want := range map[string]bool{
		"mk/jr (AFP, Reuters)": true,
		"jwe/ab":               true,
		"Read more at https://www.courier.example/world/ferry-4462 © The Courier. All rights reserved.": true,
		"Read more at the ministry's site, he said.":                                                    false,
		"This story first appeared in The Valley Advocate.":                                             true,
		"Media playback is unsupported on your device":                                                  true,
		"Welcome to the discussion.":                                                                    true,
		"Enjoy more audio and podcasts on iOS or Android.":                                              true,
		"The story first appeared in a local paper, officials said.":                                    false,
		"The talks resume in September (AFP, Reuters).":                                                 false,
	} {
		units := []pageUnit{newUnit(in, 0)}
		classify(units, pageHints{})
		if got := units[0].chrome; got != want {
			t.Errorf("classify(%q): chrome %v, want %v", in, got, want)
		}
	}
}

// TestPullQuoteBetweenParagraphs checks that a quotation set alone
// between two paragraphs with nobody saying it is left out of the text,
// and that a quotation that goes on from the paragraph over it, or that
// the paragraph under it attributes, is kept.
func TestPullQuoteBetweenParagraphs(t *testing.T) {
	over := "The two delegations met for a third day on Tuesday, and the talks moved ahead on trade and on the border."
	under := "A final session is planned for Thursday, when ministers are due to arrive from both capitals."
	for _, tc := range []struct {
		before, quote, after string
		kept                 bool
	}{
		{over, "“Nobody leaves this room without a deal.”", under, false},
		{over, "\"Nobody leaves this room without a deal.\"", under, false},
		{"The minister was blunt about the stakes, and told the delegates before the session opened:", "“Nobody leaves this room without a deal.”", under, true},
		{"“We came here to talk, and we will keep talking until the text is agreed,” the minister said. “There is no other way.", "“Nobody leaves this room without a deal.”", under, true},
		{over, "“Nobody leaves this room without a deal.”", "She said the delegations would meet again on Thursday in the capital.", true},
		{"The talks moved ahead on trade, the mediator says, and both sides now want a text by Friday.", "“Nobody leaves this room without a deal.”", under, false},
		{"The talks moved ahead on trade, the mediator says, and both sides now want a text by Friday.", "“They are a place to settle the border, to agree on trade and to build the trust that the two capitals have lacked for years.”", under, true},
		// A quotation of more than nine words the text does not give
		// again is a paragraph of its own; one it repeats is a pull quote.
		{over, "“Nobody in this room should leave without a deal on the border tonight.”", under, true},
		{"Nobody in this room should leave without a deal on the border tonight, the mediator told both delegations.", "“Nobody in this room should leave without a deal on the border tonight.”", under, false},
	} {
		units := splitUnits([]string{tc.before, "", tc.quote, "", tc.after})
		classify(units, pageHints{})
		if got := !units[1].chrome; got != tc.kept {
			t.Errorf("%q after %.40q: kept %v, want %v", tc.quote, tc.before, got, tc.kept)
		}
	}
}

// TestWrappedProseNotHeadlineBlock checks that a headline, byline and
// date on consecutive lines of one width are not read as one wrapped
// paragraph, and that text wrapped at that width still is.
func TestWrappedProseNotHeadlineBlock(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Straw and Powell meet over Iraq handover", "By Anna Keller, diplomatic correspondent", "2 March 2004"}, false},
		{[]string{"UN extends mission in Haiti by six months after tense debate", "Anna Keller | Diplomatic Editor"}, false},
		{[]string{"Straw and Powell meet over Iraq handover", "Posted on March 2, 2004 at 10:15 am"}, false},
		{[]string{"Straw and Powell meet over Iraq handover in a", "Anna Keller"}, false},
		{[]string{"Envoys from the two states agreed on Sat-", "urday to resume talks on their border, en-", "ding a pause that had worried mediators."}, true},
		{[]string{"Envoys from the two states agreed to talk", "again on their disputed border, ending a", "pause that had worried the mediators."}, true},
		{[]string{"© 2001 Harbour Online. All rights reserved.", "Terms of Service | Privacy | Write to Us", "Top of page"}, false},
	} {
		if got := isWrappedProse(tc.lines); got != tc.want {
			t.Errorf("isWrappedProse(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
	// A short headline over its byline and date is no list of links.
	for _, block := range [][]string{{"Ministers sign grain deal", "By Anna Keller", "2004-03-02"}, {"Ministers sign grain deal", "Anna Keller, Geneva", "Updated 2004-03-02 14:05 GMT"}} {
		units := splitUnits(block)
		if inShortList(units, 0) {
			t.Errorf("inShortList(%q) = true, want false", block)
		}
	}
	if units := splitUnits([]string{"Home", "World", "Politics", "Business"}); !inShortList(units, 0) {
		t.Errorf("a menu is not a short list")
	}
	page := "The Harbour Ledger\nHome | World | Business | Sport\n\nStraw and Powell meet over Iraq handover\nBy Anna Keller, diplomatic correspondent\n2 March 2004\n\n" +
		"LONDON - Foreign Secretary Jack Straw met his counterpart in London on Tuesday to discuss the handover of power in Iraq on June 30.\n\n" +
		"\"We are agreed that the timetable must hold,\" Straw told reporters after the talks, which lasted two hours.\n\nRelated stories\nShare this article\n"
	a, re := readOne(t, NewTextReader(strings.NewReader(page), "-", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	if a.Title != "Straw and Powell meet over Iraq handover" || a.DateString() != "2004-03-02" || a.Byline != "Anna Keller" {
		t.Errorf("title %q date %q byline %q", a.Title, a.DateString(), a.Byline)
	}
}

// TestModelDecodeGuards checks the rules' verdicts the page model's decoder
// defers to: a second story under the first (a headline, then its byline
// or date, then text) ends the model's body, and a sentence the rules found
// in another language is never the model's text; a sentence the folder
// repeats that the rules gave back to the text between two paragraphs is
// the model's text too. The scores are given, so only the decoder is
// tested.
func TestModelDecodeGuards(t *testing.T) {
	type line struct {
		text       string
		p          float64
		meta, fgn  bool
		wantInBody bool
		// wasLearned: the folder's line when the model scored it, given
		// back to the text by the rules since.
		wasLearned bool
	}
	for _, tc := range []struct {
		name  string
		lines []line
	}{
		{"second story under the first", []line{
			{"Harbour Reopens After Storm", 0, false, false, false, false},
			{"By Jane Doe", 0, true, false, false, false},
			{"The harbour reopened on Monday after a week of repairs to its sea wall.", 0.9, false, false, true, false},
			{"Fishing boats were the first to sail out, officials said on Monday.", 0.9, false, false, true, false},
			{"Bridge Tolls to Rise in Spring", 0, false, false, false, false},
			{"12 March 2009", 0, true, false, false, false},
			{"Tolls on the river bridge will rise by a tenth in the spring, the council said.", 0.99, false, false, false, false},
			{"Drivers' groups called the rise unfair to commuters from the north bank.", 0.99, false, false, false, false},
			{"The council will vote on the plan next month after a public hearing.", 0.99, false, false, false, false},
		}},
		{"a dated subheading inside one story stays", []line{
			{"The harbour reopened on Monday after a week of repairs to its sea wall.", 0.9, false, false, true, false},
			{"Update", 0, true, false, false, false},
			{"Fishing boats were the first to sail out, officials said on Monday.", 0.9, false, false, true, false},
		}},
		{"another language's summary", []line{
			{"Résumé : Le port rouvre après une semaine de travaux sur la digue.", 0.99, false, true, false, false},
			{"The harbour reopened on Monday after a week of repairs to its sea wall.", 0.9, false, false, true, false},
			{"Fishing boats were the first to sail out, officials said on Monday.", 0.9, false, false, true, false},
		}},
		{"a question each interview of the series asks", []line{
			{"The harbour reopened on Monday after a week of repairs to its sea wall.", 0.9, false, false, true, false},
			{"HERALD: What happens next?", 0.01, false, false, true, true},
			{"DOE: Fishing boats were the first to sail out, officials said on Monday.", 0.9, false, false, true, false},
		}},
		{"the folder's appeal before its button", []line{
			{"The harbour reopened on Monday after a week of repairs to its sea wall.", 0.9, false, false, true, false},
			{"We are an independent newsroom. We exist because readers pay for our work.", 0.01, false, false, false, true},
			{"Donate", 0, false, false, false, false},
			{"Fishing boats were the first to sail out, officials said on Monday.", 0.9, false, false, true, false},
		}},
	} {
		r := &pageModelBody{}
		for i, l := range tc.lines {
			u := newUnit(l.text, i)
			u.meta, u.foreign = l.meta, l.fgn
			r.units = append(r.units, u)
			r.probs = append(r.probs, l.p)
			if l.wasLearned {
				r.learned = append(r.learned, i)
			}
		}
		r.decode()
		in := map[int]bool{}
		for _, i := range r.body {
			in[i] = true
		}
		for i, l := range tc.lines {
			if in[i] != l.wantInBody {
				t.Errorf("%s: %q in the model's body = %v, want %v", tc.name, l.text, in[i], l.wantInBody)
			}
		}
	}
}

// TestUnspeakLines checks that a screen reader's log is read as the page's
// lines, and that a page with a line or two that open alike stays as it is.
func TestUnspeakLines(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"speech log", []string{
			"document",
			"navigation landmark  list  with 2 items  link  World  link  Sport",
			"main landmark",
			"heading  level 1  Harbour Reopens After Storm",
			"link  Jane Doe",
			"graphic  Boats in the harbour",
			"The harbour reopened on Monday.",
			"button  Share",
			"content info landmark  © 2009 The Harbour Post",
		}, []string{"", "", "", "Harbour Reopens After Storm", "Jane Doe", "", "The harbour reopened on Monday.", "", "© 2009 The Harbour Post"}},
		{"a page", []string{"Harbour Reopens After Storm", "", "link  to the council's page", "The harbour reopened on Monday."},
			[]string{"Harbour Reopens After Storm", "", "link  to the council's page", "The harbour reopened on Monday."}},
	} {
		if got := unspeakLines(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%s: unspeakLines = %q, want %q", tc.name, got, tc.want)
		}
	}
}
