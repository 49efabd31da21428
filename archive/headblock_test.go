package archive

import (
	"strings"
	"testing"
)

// TestHeadlineBlockShapes reads invented pages whose headline block takes
// shapes the other rules' tests do not: a kicker the chrome prefixes hold,
// a question or a long headline without a full stop over a credit line or
// a byline, a site account as the byline, a date line ending with a time.
func TestHeadlineBlockShapes(t *testing.T) {
	text := "\n\nThe two governments signed the agreement in the capital on Monday after three years of talks, officials said.\n\n" +
		"\"This is a beginning,\" the foreign minister told reporters after the ceremony.\n\nThe accord takes effect in January.\n\nShare this article\n"
	for _, tc := range []struct{ head, title, date string }{
		{"The Harbour Times\nHome | World | Sport\n\nWatch: The foreign minister's full address to the assembly\nBy Anna Keller\nMarch 3, 2001",
			"Watch: The foreign minister's full address to the assembly", "2001-03-03"},
		{"The Harbour Times\nWorld\nOpinion\n\nFact check: Did the minister really say the treaty was 'dead on arrival'?\n\nReporting by Anna Keller; Editing by Tom Reed\n\nTuesday, 14 March 2023",
			"Fact check: Did the minister really say the treaty was 'dead on arrival'?", "2023-03-14"},
		{"The Harbour Times\nSearch the archive\n\nWhy one small embassy in a northern capital has become the centre of a very large argument between two powers\nPosted by webdesk\nPublished March 11, 2005 Last Modified March 19, 2005",
			"Why one small embassy in a northern capital has become the centre of a very large argument between two powers", "2005-03-11"},
		{"The Harbour Times\n\nEnvoys Sign Border Accord\n\nAnna Keller in Beirut | Thursday, Nov. 13, 1997 — 5:15 p.m.",
			"Envoys Sign Border Accord", "1997-11-13"},
		{"Nairobi 24°C Partly cloudy\nSaturday, 5 December\nDaily Equator\n\nCoast guard says patrol boats fired water cannon near disputed shoal again\n\nBy the Foreign Desk\n\nMonday 4 November 2013, 2:47pm",
			"Coast guard says patrol boats fired water cannon near disputed shoal again", "2013-11-04"},
		{"Continental Review\n\nDraft ceasefire text shows sides still split on prisoner swaps\nAnna Keller in Beirut\n31/10/2014",
			"Draft ceasefire text shows sides still split on prisoner swaps", "2014-10-31"},
		{"News\nWorld\n\nWatch: The foreign minister's full address to the assembly\n\nAFP\n\nThe 22nd of February, 2006",
			"Watch: The foreign minister's full address to the assembly", "2006-02-22"},
		{"Home | News | World | Europe\n\nExclusive: Draft ceasefire text shows sides still split on prisoner swaps\nBy Bill O'Rourke\nCreated: 2007-08-05 Modified: 2007-08-06",
			"Exclusive: Draft ceasefire text shows sides still split on prisoner swaps", "2007-08-05"},
		{"Home\n\nTalks Stall in Vienna\nAnna Keller in Beirut\n22 February 2006", "Talks Stall in Vienna", "2006-02-22"},
		{"Breaking: Polls close in the north\nThe Courier\n\nTalks Stall in Vienna\n\nAFP | Published 21 November 2017 Updated 22 November 2017", "Talks Stall in Vienna", "2017-11-21"},
		{"Home » World\n\nENVOYS RESUME TALKS ON DISPUTED FARMLAND\nBy Anna Keller in Berlin\nUpdated: 18 May 2017 13:22 · Published: 16 May 2017 09:00",
			"ENVOYS RESUME TALKS ON DISPUTED FARMLAND", "2017-05-16"},
		{"Coastal Herald\nHome | News | World\n\nEnvoys resume talks on disputed farmland\n\nAuthor: Anna Keller | 15 Jan 2025",
			"Envoys resume talks on disputed farmland", "2025-01-15"},
		{"Posted in: Diplomacy, World\n\nSwiss mediators quietly brokered prisoner exchange, officials confirm\n\nStaff and agencies\n\nMarch 3, 2001",
			"Swiss mediators quietly brokered prisoner exchange, officials confirm", "2001-03-03"},
		{"Global Affairs Review\nAnalysis & Commentary\n\nSwiss mediators quietly brokered prisoner exchange, officials confirm\n\nAnna Keller | New Delhi | 3 October 2006",
			"Swiss mediators quietly brokered prisoner exchange, officials confirm", "2006-10-03"},
		{"Pacific Daily Star\nHome  World  Asia  Business  Sport\n\nEnvoys Sign Border Accord\nBy Anna Keller\n3 March 2001", "Envoys Sign Border Accord", "2001-03-03"},
		{"The Harbour Times\n\nBrazil Recalls Ambassador Over Remarks by Minister\nReporting by Anna Keller\n3 March 2001", "Brazil Recalls Ambassador Over Remarks by Minister", "2001-03-03"},
		{"English | Français\n\nCan the new trade pact survive a change of government?\n\nAnna Keller in Nairobi\n\n3 March 2001", "Can the new trade pact survive a change of government?", "2001-03-03"},
		{"Skip to main content\n\nThursday, Nov. 13, 1997 — 5:15 p.m.\n\nEnvoys Sign Border Accord\nReuters", "Envoys Sign Border Accord", "1997-11-13"},
		{"Skip to main content\n\nEnvoys Sign Border Accord\nThursday, Nov. 13, 1997 — 5:15 p.m.", "Envoys Sign Border Accord", "1997-11-13"},
		{"Skip to main content\nGlobal edition\nUK edition\nThe Daily Courier\nNews\nWorld\n\nNew ambassador presents credentials in London: what changes?\nUpdated: December 19, 2023 at 6:47 p.m. ET",
			"New ambassador presents credentials in London: what changes?", "2023-12-19"},
		{"Skip to main content\nUpdated: 18 May 2017 13:22 · Published: 16 May 2017 09:00\n\nAfter years of silence, the foreign ministers of the two states sat in the same room on Tuesday and agreed to keep talking",
			"After years of silence, the foreign ministers of the two states sat in the same room on Tuesday and agreed to keep talking", "2017-05-16"},
		{"Continental Dispatch\nTuesday 3 April 2018 | Today's paper\nWorld\n\nEnvoys resume talks on disputed farmland\n\nStaff and agencies\n\nUpdated: December 19, 2023 at 6:47 p.m. ET",
			"Envoys resume talks on disputed farmland", "2023-12-19"},
		{"Continental Review\nAfrica · Asia · Europe · Latin America\n\nMinister Lands in Suva for Surprise Visit\n\nBy Pieter van der Berg | Updated by Anouk Jansen\n\nPosted on 25.12.2001, 09:30",
			"Minister Lands in Suva for Surprise Visit", "2001-12-25"},
	} {
		a, re := readOne(t, NewTextReader(strings.NewReader(tc.head+text), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if a.Byline != "" && strings.Contains(tc.title, a.Byline) {
			t.Errorf("the headline %q taken as the byline %q", tc.title, a.Byline)
		}
		if a.Title != tc.title || a.DateString() != tc.date || !strings.HasPrefix(a.Body, "The two governments") || !strings.HasSuffix(a.Body, "in January.") {
			t.Errorf("title %q (want %q), date %q (want %q), body %.40q ... %q", a.Title, tc.title, a.DateString(), tc.date, a.Body, a.Body[max(0, len(a.Body)-20):])
		}
	}
	checkEach(t, "isProse", func(s string) bool { return isProse(s, len(strings.Fields(s))) }, map[string]bool{
		"Thursday, Nov. 13, 1997 — 5:15 p.m.":                          false,
		"The talks resume at 5 p.m.":                                   true,
		"Delegates left the hall at 4 p.m. — the vote comes at 6 p.m.": true,
		"By J. R. Whitfield Jr.":                                       false,
		"The letter was signed by Anna Keller Jr.":                     false,
		"The letter was signed by the envoy.":                          true,
	})
	checkEach(t, "isBylineUnit", isBylineUnit, map[string]bool{
		"Posted by webdesk":        true,
		"Submitted by admin_2":     true,
		"Posted by the minister's": false,
		"By default":               false,
		"By Pieter van der Berg | Updated by Anouk Jansen": true,
		"By the Foreign Desk":                              true,
		"By Harbour Times Staff":                           true,
		"By the end of the talks":                          false,
	})
	checkEach(t, "rxAgencyLine", rxAgencyLine.MatchString, map[string]bool{
		"Reuters": true, "By Associated Press": true, "Agence France-Presse, Dakar": true, "By DPA and staff": true,
		"Staff Reporter": true, "Reuters reported the talks": false, "Associated Press photographers": false,
	})
	checkEach(t, "rxPaywall", rxPaywall.MatchString, map[string]bool{
		"You have 2 free articles left this month.": true, "You have two days to reply.": false,
	})
	checkEach(t, "dateWordsOnly", dateWordsOnly, map[string]bool{
		"Saturday, 5 December": true, "5 December": true, "10:42": false, "Talks in December": false,
	})
	checkEach(t, "bylineOnly", bylineOnly, map[string]bool{
		"Anna Keller in Beirut": true, "Anna Keller": true, "Xinhua": true, "Talks stall over fees in Vienna": false,
	})
	checkEach(t, "leadingName", leadingName, map[string]string{
		"Ana de la Cruz in Lima":        "Ana de la Cruz",
		"Pieter van der Berg, Brussels": "Pieter van der Berg",
		"Talks in Geneva de facto end":  "Talks",
	})
	// Lines between paragraphs that are the site's.
	for _, mid := range []string{"RELATED ARTICLE: Kenya recalls envoy in row over visas", "Scroll to continue with content", "Also read | Envoys meet rebel leaders", "Image: Delegates at the session. Credit: Lena Vogt / Global Pictures", "Article continues after this advertisement"} {
		page := "Envoys Sign Border Accord\nBy Anna Keller\n3 March 2001\n\nThe two governments signed the agreement in the capital on Monday after three years of talks, officials said.\n\n" +
			mid + "\n\n\"This is a beginning,\" the foreign minister told reporters after the ceremony.\n\nThe accord takes effect in January.\n"
		a, re := readOne(t, NewTextReader(strings.NewReader(page), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if strings.Contains(a.Body, mid) || strings.Count(a.Body, "\n\n") != 2 {
			t.Errorf("%q kept in the text, or a paragraph lost: %q", mid, a.Body)
		}
	}
	// A caption run into its credit is no headline over the byline.
	checkEach(t, "rxInnerStop", rxInnerStop.MatchString, map[string]bool{
		"A view of the port on the day of the signing.Credit...Paul Weir": true,
		"U.S. envoy says talks with Pyongyang can resume within weeks":    false,
		"Why are the diplomats smiling? A look behind the closed doors":   false,
	})
}

// TestHTMLLinesNotJoined checks that lines an HTML page breaks with <br>
// are not joined as one wrapped paragraph when one is a link, a
// placeholder or a caption, and that a headline the <title> holds in full
// is not cut at its own dash.
func TestHTMLLinesNotJoined(t *testing.T) {
	for _, lines := range [][]string{
		{"Related: Why the grain corridor talks collapsed", "\"There is a text. There is no will,\" one negotiator said."},
		{"[Video: Leaders arrive for the emergency session]", "Several heads of state arrived overnight from the region."},
		{"Sign up for our free World Briefing newsletter", "\"Nobody is blocking. Some are reading slowly,\" one diplomat said."},
		{"'We will not be lectured': Foreign minister rebuffs criticism of election law", "Reporting by Anna Keller in Brussels; additional reporting by Tom Reed in Tokyo"},
		{"'We will not be lectured': Foreign minister rebuffs criticism of election law", "Anna Keller in Beirut"},
		{"The foreign ministers shake hands before the talks. (Photo: Jane Doe/Global Pictures)", "The call came in the morning, officials said."},
		{"Subscribe to our Diplomacy newsletter for weekly analysis", "A spokesman said the aim was \"to protect our fishermen, not to provoke anyone\"."},
		{"SEE ALSO | Why the customs deal keeps slipping", "International observers said voting had been largely peaceful in the north."},
		{"The foreign minister speaks to reporters on Tuesday. REUTERS/Ana Ruiz", "The call came in the morning, officials said, and lasted an hour."},
		{"A fishing boat moored near the disputed reef. Photograph: Ana Ruiz for the Ledger", "The call came in the morning, officials said, and lasted an hour."},
		{"[Photo] Delegates arrive at the hall on the first day of the meeting. - Photo by Staff Photographer", "\"This is not a grand treaty, but it will save lives,\" the minister said."},
		{"“We are not here to sign a piece of paper for the cameras”", "The call came in the morning, officials said, and lasted an hour or more."},
	} {
		if isWrappedProse(lines) {
			t.Errorf("isWrappedProse(%q) = true, want false", lines)
		}
	}
	page := `<html><head><title>The Harbour Ledger - Island states demand a seat at the table — and a date for it</title></head>
<body><table><tr><td><font size="4"><b>Island states demand a seat at the table — and a date for it</b></font><br>
<font size="2">By Anna Keller<br>March 3, 2001</font><br><br>
<font size="2">Island states demanded on Wednesday a permanent seat at the table of the group and a firm date for it, saying small economies bear the cost of decisions made without them.<br><br>
"We are not asking for charity," the chair of the bloc told reporters after the meeting in the capital.<br><br>
The group's next summit is due in the spring, when the demand will be put to a vote of its members.<br><br></font></td></tr></table></body></html>`
	a, re := readOne(t, NewHTMLReader(strings.NewReader(page), "page.html", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	if want := "Island states demand a seat at the table — and a date for it"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

// TestUnderTextChrome checks lines sites put under an article, read on a
// page alone: chrome, and whether they close the text.
func TestUnderTextChrome(t *testing.T) {
	for _, tc := range []struct {
		line        string
		chrome, end bool
	}{
		{"Categories: Politics, International.", true, true},
		{"In a time of both misinformation and too much information, quality journalism is more crucial than ever.", true, true},
		{"Talkback: What do you think?", true, true},
		{"posted by dave_r: this is exactly what we were warning about last year", true, false},
		{"48 · 1 responses", true, true},
		{"Cite this", true, true},
		{"Like this:", true, true},
		{"Please log in to comment.", true, true},
		{"Want more news like this? Get our free morning briefing.", true, false},
		{"Support the Harbour Ledger's journalism of integrity. Good journalism costs money.", true, false},
		{"CAUTION: This e-mail and any attachments may be confidential.", true, false},
		{"Delegates at the meeting in Accra. | Photo: Harbour Press", true, false},
		{"The ministers supported the plan, and journalism students watched.", false, false},
		{"Categories of goods covered by the accord were not published.", false, false},
		{"Our Standards: The Harbour Wire Trust Principles.", true, true},
		{"End of article. 110 words, about 0 minutes 42 seconds.", true, true},
		{"My notes", true, true},
		{"Loading comments...", true, true},
	} {
		u := splitUnits([]string{tc.line})
		classify(u, pageHints{})
		if u[0].chrome != tc.chrome || u[0].end != tc.end {
			t.Errorf("%q: chrome %v, end %v; want %v, %v", tc.line, u[0].chrome, u[0].end, tc.chrome, tc.end)
		}
	}
}

// TestLogoHeadingNotTitle checks that a site's logo in <h1>, which the
// <title> also names, does not stand for a short headline in <h2>.
func TestLogoHeadingNotTitle(t *testing.T) {
	page := `<html><head><title>Why the summit failed - The Harbour Ledger</title></head>
<body><div class="masthead"><h1 class="logo"><a href="/">The Harbour Ledger</a></h1></div>
<div class="story"><h2>Why the summit failed</h2><div class="meta"><a rel="author" href="/a">By Anna Keller</a> <span>March 3, 2001</span></div>
<p>Leaders of the region left the summit on Friday without a statement, the first time in twenty years that the meeting has ended with nothing agreed.</p>
<p>"We talked past each other for two days," one foreign minister told reporters at the airport before flying home.</p>
<p>The next meeting is due in the autumn, though no host has offered to hold it.</p></div></body></html>`
	a, re := readOne(t, NewHTMLReader(strings.NewReader(page), "page.html", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	if a.Title != "Why the summit failed" {
		t.Errorf("title %q, want the headline, not the logo", a.Title)
	}
}
