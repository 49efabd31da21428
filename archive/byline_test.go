package archive

import (
	"strings"
	"testing"
)

// TestBylineWriters reads invented pages whose byline names its writers
// with what sites put around them, or names no writer at all: the
// byline field holds the persons, without an honorific, and is empty for
// an agency, a desk or a role.
func TestBylineWriters(t *testing.T) {
	head := "The Harbour Times\nHome | World | Sport\n\nEnvoys Sign Border Accord After Long Talks\n"
	text := "\n\nThe two governments signed the agreement in the capital on Monday after three years of talks, officials said.\n\n" +
		"\"This is a beginning,\" the foreign minister told reporters after the ceremony.\n\nThe accord takes effect in January.\n\nShare this article\n" +
		"Reporting by Tom Reed; Editing by Ann Poe\n"
	for _, tc := range []struct{ lines, byline string }{
		// persons
		{"By Anna Keller\nMarch 3, 2001", "Anna Keller"},
		{"By J. R. Whitfield Jr.\nMarch 3, 2001", "J. R. Whitfield Jr."},
		{"T.M. Okafor-Reyes Jr.\nMarch 3, 2001", "T.M. Okafor-Reyes Jr."},
		{"R.K. Sundaram, Special Correspondent\nMarch 3, 2001", "R.K. Sundaram"},
		{"By Ruth Calder. Updated by Tomas Reyes\nMarch 3, 2001", "Ruth Calder"},
		{"Ruth Calder (Reuters)\nMarch 3, 2001", "Ruth Calder"},
		{"Words and pictures by Ruth Calder\nMarch 3, 2001", "Ruth Calder"},
		{"By Jan de Vries, Pieter ter Horst and Ruth Calder\nMarch 3, 2001", "Jan de Vries, Pieter ter Horst and Ruth Calder"},
		{"Dr. Ruth Calder, Institute for Maritime Studies\nMarch 3, 2001", "Ruth Calder"},
		{"By Anna Keller in Geneva and Piotr Nowak in Warsaw\nMarch 3, 2001", "Anna Keller and Piotr Nowak"},
		{"By Anna Keller in Geneva and Piotr Nowak in Warsaw | March 3, 2001", "Anna Keller and Piotr Nowak"},
		{"Reporting by Anna Keller; Editing by Tom Reed\nMarch 3, 2001", "Anna Keller"},
		{"Reporting by Anna Keller in Geneva; additional reporting by Piotr Nowak in Warsaw\nMarch 3, 2001", "Anna Keller and Piotr Nowak"},
		{"Dr. Anna Keller\nMarch 3, 2001", "Anna Keller"},
		{"Author: Anna Keller | Published 14 July 2020", "Anna Keller"},
		{"By Sunil Mehrotra\nMarch 3, 2001", "Sunil Mehrotra"},
		{"By Monique Faure and Friedrich Lang\nMarch 3, 2001", "Monique Faure and Friedrich Lang"},
		{"By Anna Keller with additional reporting by Piotr Nowak\nMarch 3, 2001", "Anna Keller and Piotr Nowak"},
		{"By Anna Keller, Piotr Nowak and Ruth Calder\nMarch 3, 2001", "Anna Keller, Piotr Nowak and Ruth Calder"},
		{"By Sir Tomas Reyes\nMarch 3, 2001", "Tomas Reyes"},
		{"Press Office, Ministry of Foreign Affairs\nMarch 3, 2001", ""},
		{"Reporting by Anna Keller and Pieter van der Merwe\nMarch 3, 2001", "Anna Keller and Pieter van der Merwe"},
		{"By Aoife Ní Bhraonáin and Cillian Mac Aodha\nMarch 3, 2001", "Aoife Ní Bhraonáin and Cillian Mac Aodha"},
		{"Anna Keller in Colombo and Piotr Nowak in New Delhi\nMarch 3, 2001", "Anna Keller and Piotr Nowak"},
		{"Ruth Calder | Senior Editor, Foreign Affairs\nMarch 3, 2001", "Ruth Calder"},
		{"Ruth Calder in Lima and Tomas Reyes in Quito | March 3, 2001", "Ruth Calder and Tomas Reyes"},
		{"By Harbour Wire writers Ruth Calder, Tomas Reyes\nMarch 3, 2001", "Ruth Calder and Tomas Reyes"},
		{"By Ruth Calder, Foreign Affairs Desk\nMarch 3, 2001", "Ruth Calder"},
		{"Ruth Calder — Chief Political Correspondent\nMarch 3, 2001", "Ruth Calder"},
		{"By Maj. (Retd) Piotr Nowak\nMarch 3, 2001", "Piotr Nowak"},
		{"Contributor: Mrs. Ruth Calder\nMarch 3, 2001", "Ruth Calder"},
		{"Contributor: Mme. Ruth Calder | March 3, 2001", "Ruth Calder"},
		{"By Dame Ruth Calder, former Ambassador to Chile\nMarch 3, 2001", "Ruth Calder"},
		// no person: the credit under the text is not the writer's byline
		{"Compiled by the Overseas Desk with agency inputs\nMarch 3, 2001", ""},
		{"— Atlantic Newswire\nMarch 3, 2001", ""},
		{"— Atlantic Newswire | March 3, 2001", ""},
		{"By Our Diplomatic Editor\nMarch 3, 2001", ""},
		{"Staff Reporter\nMarch 3, 2001", ""},
		{"By Associated Press\nMarch 3, 2001", ""},
		{"Agence France-Presse, Dakar\nMarch 3, 2001", ""},
		{"By DPA and staff\nMarch 3, 2001", ""},
		{"By The Editorial Board\nMarch 3, 2001", ""},
		{"March 3, 2001", ""},
	} {
		a, re := readOne(t, NewTextReader(strings.NewReader(head+tc.lines+text), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if a.Byline != tc.byline {
			t.Errorf("%q: byline %q, want %q", tc.lines, a.Byline, tc.byline)
		}
		if a.Title != "Envoys Sign Border Accord After Long Talks" || a.DateString() != "2001-03-03" && a.DateString() != "2020-07-14" {
			t.Errorf("%q: title %q, date %q", tc.lines, a.Title, a.DateString())
		}
	}
}

// TestWriterName checks the byline names a reader records.
func TestWriterName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Anna Keller", "Anna Keller"},
		{"Prof. Anna Keller", "Anna Keller"},
		{"Dr Keller", "Dr Keller"}, // an honorific and one name: left as printed
		{"Reuters", ""},
		{"Xinhua News Agency", ""},
		{"Our Correspondent", ""},
		{"Newsroom Staff", ""},
		{"Sun Yu", "Sun Yu"},
		{"Anna Press", "Anna Press"},
	} {
		if got := writerName(tc.in); got != tc.want {
			t.Errorf("writerName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHeadBlockThirdParts reads invented pages with the head-block and
// in-text shapes a third parts set brought: a kind of item before the
// date ("Press release | ..."), bylines shaped as sentences, a headline
// of two words, links under a label between paragraphs, a caption with
// an agency's credit, and a reservation of rights under the text.
func TestHeadBlockThirdParts(t *testing.T) {
	checkHeadBlocks(t, "Harbour Review blog\nNotes and commentary on the western Pacific\nHome\nAbout\nArchives\n\n", []headBlockCase{
		{"Envoys sign border accord\nPress release | 15 April 2003", "", "", "Envoys sign border accord", "2003-04-15", ""},
		{"Envoys sign border accord\nTomas Reyes reports\n15 April 2003", "", "", "Envoys sign border accord", "2003-04-15", "Tomas Reyes"},
		{"Envoys sign border accord\nRashid al-Nouri, Special to the Ledger\n15 April 2003", "", "", "Envoys sign border accord", "2003-04-15", "Rashid al-Nouri"},
		{"Envoys sign border accord\nHarbour Review desk\n15 April 2003", "", "", "Envoys sign border accord", "2003-04-15", ""},
		{"Envoys sign border accord\nDr. Ana Ruiz is a senior fellow at the Pacific Institute\n15 April 2003", "", "", "Envoys sign border accord", "2003-04-15", "Ana Ruiz"},
		{"Ambassador summoned\nBy Tomas Reyes\n15 April 2003", "", "", "Ambassador summoned", "2003-04-15", "Tomas Reyes"},
		{"Envoys sign border accord\n15 April 2003", "SEE ALSO | Why the customs deal keeps slipping", "", "Envoys sign border accord", "2003-04-15", ""},
		{"Envoys sign border accord\n15 April 2003", "Related: Inside the border town where trucks wait", "", "Envoys sign border accord", "2003-04-15", ""},
		{"Envoys sign border accord\n15 April 2003", "The foreign minister speaks to reporters on Tuesday. REUTERS/Ana Ruiz", "", "Envoys sign border accord", "2003-04-15", ""},
		{"Envoys sign border accord\n15 April 2003", "", "(c) 1998 Harbour Review Publishing Co.\nReproduction in whole or in part without permission is prohibited.", "Envoys sign border accord", "2003-04-15", ""},
	})
}

// TestHeadBlockFourthParts reads invented pages with the shapes a fourth
// parts set brought (older sites, English editions of other countries'
// papers, mobile pages).
func TestHeadBlockFourthParts(t *testing.T) {
	checkHeadBlocks(t, "Home > News > International\n\n", []headBlockCase{
		{"MINISTER: NO DEAL WITHOUT PRISONER RELEASE\nBy Tomas Reyes\n3 March 2001", "", "", "MINISTER: NO DEAL WITHOUT PRISONER RELEASE", "2001-03-03", "Tomas Reyes"},
		{"Peace envoy: “The next 72 hours are decisive”\nBy Tomas Reyes\n3 March 2001", "", "", "Peace envoy: “The next 72 hours are decisive”", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nBy Tomas Reyes\nFirst published: Thursday 9 Dec 2010 12.34 GMT | Last modified on Friday 10 Dec 2010 08.15 GMT", "", "", "Envoys sign border accord", "2010-12-09", "Tomas Reyes"},
		{"Envoys sign border accord\nAgencia Informativa del Sur (AIS)\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nContributed by Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nFrom our correspondent Pieter van der Merwe in Lusaka\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Pieter van der Merwe"},
		{"Envoys sign border accord\n1996-10-29 | Bulletin No. 211", "", "", "Envoys sign border accord", "1996-10-29", ""},
		{"Envoys sign border accord\n3 March 2001", "▶ Listen to this article · 4 min", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "[Photo] Delegates arrive at the hall on the first day. - Photo by Staff Photographer", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "“We are not here to sign a piece of paper for the cameras”", "", "Envoys sign border accord", "2001-03-03", ""},
		{"We value your privacy\nWe and our 214 partners store and access information on your device to personalise ads and content.\nAccept all\nReject non-essential\n\nTHE LEDGER\n\nWhy did the president skip the summit?\nBy Tomas Reyes\n3 March 2001", "", "", "Why did the president skip the summit?", "2001-03-03", "Tomas Reyes"},
		{"::: The Ledger Online :::\nFront Page | World | Letters\nBest viewed in 800x600 with Internet Explorer 5.0\nWORLD\n\nEnvoys sign border accord\nAgencia Informativa del Sur (AIS) | 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nAna Ruiz, Tamale | Fri, Aug 29 2014 at 7:15 am | Modified: Fri, Aug 29 2014 at 9:02 am", "", "", "Envoys sign border accord", "2014-08-29", "Ana Ruiz"},
		{"Envoys sign border accord\nHosted by Ana Ruiz\nFri, Aug 29 2014 at 7:15 am | Modified: Fri, Aug 29 2014 at 9:02 am", "", "", "Envoys sign border accord", "2014-08-29", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "Pic credit: Ana Ruiz/Herald-Post", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Foreign ministers from eleven nations gather in Colombo this week to draft a joint statement on maritime security, debt relief and climate finance for island states\nBy Ana Ruiz\nThursday, 27 December 2012 | 00:00", "", "",
			"Foreign ministers from eleven nations gather in Colombo this week to draft a joint statement on maritime security, debt relief and climate finance for island states", "2012-12-27", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "Ministers shake hands before the talks. (Image: AFP/Getty Images)", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Letters to the editor: 200 words max.\n\nThe Weekly Ledger is published every Friday.\n\nDisclaimer: Opinions expressed here are those of the writers.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Please sign our Guestbook!\n\nThe Ledger is not responsible for the content of external websites.", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// headBlockCase is an invented page's head block, a line between its
// paragraphs and its end, with what a reader takes from it.
type headBlockCase struct{ head, mid, end, title, date, byline string }

// checkHeadBlocks reads each case as a page (top, head, three paragraphs
// with the mid line after the first, end) and checks its title, date,
// byline and text.
func checkHeadBlocks(t *testing.T, top string, cases []headBlockCase) {
	t.Helper()
	body := []string{
		"The two governments signed the agreement in the capital on Monday after three years of talks, officials said.",
		"\"This is a beginning,\" the foreign minister told reporters after the ceremony.",
		"The accord takes effect in January.",
	}
	for _, tc := range cases {
		text := top + tc.head + "\n\n" + body[0] + "\n\n"
		if tc.mid != "" {
			text += tc.mid + "\n\n"
		}
		text += body[1] + "\n\n" + body[2] + "\n\n" + tc.end + "\n"
		a, re := readOne(t, NewTextReader(strings.NewReader(text), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if a.Title != tc.title || a.DateString() != tc.date || a.Byline != tc.byline || a.Body != strings.Join(body, "\n\n") {
			t.Errorf("%q / %q / %q:\n title %q, date %q, byline %q\n body %q", tc.head, tc.mid, tc.end, a.Title, a.DateString(), a.Byline, a.Body)
		}
	}
}

// TestHeadBlockLaterParts reads invented pages with the shapes the sixth,
// seventh and eighth parts sets brought: a topic and a headline after a
// colon, two-word headlines in title case or capitals, a kind label with
// its number, dates in legal and labelled forms, bylines with roles,
// ranks, desks and agencies, and the lines sites set between paragraphs
// and under the text.
func TestHeadBlockLaterParts(t *testing.T) {
	checkHeadBlocks(t, "Home > News > International\n\n", []headBlockCase{
		{"Border talks: what the new draft says about ports\nBy Tomas Reyes\n3 March 2001", "", "", "Border talks: what the new draft says about ports", "2001-03-03", "Tomas Reyes"},
		{"Ministers Meet\nBy Tomas Reyes. Updated by Ana Ruiz\n3 March 2001", "", "", "Ministers Meet", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nPress Release No. 12/2003 — 15 April 2003", "", "", "Envoys sign border accord", "2003-04-15", ""},
		{"Envoys sign border accord\nDated this 15th day of April, 2003", "", "", "Envoys sign border accord", "2003-04-15", ""},
		{"Envoys sign border accord\nMarch 3, 2001 | Vol. 9, No. 41", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nLast update: 04 Mar 2001 - 08:12 | Published: 03 Mar 2001 - 19:45", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n— Harbour Newswire | 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nCompiled by the Overseas Desk with agency inputs\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "Audio: 5 minutes", "", "Envoys sign border accord", "2001-03-03", ""},
		{"The last ferry: how the island was cut off on 9 May 1998\nBy Tomas Reyes\n3 March 2001", "", "", "The last ferry: how the island was cut off on 9 May 1998", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nPort Moresby, Papua New Guinea — March 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "“Nobody leaves without a deal.”", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "» Related: how the customs deal was reached", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Opinions expressed here are the writer's own and do not necessarily reflect those of the Review.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Support our reporting from the front line.\nDonate now", "Envoys sign border accord", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "The Harbour Ledger\nHome\nWorld\nOpinion\n\n", []headBlockCase{
		{"TALKS RESUME\nMarch 3, 2001", "", "", "TALKS RESUME", "2001-03-03", ""},
		{"Live updates: Envoys meet in Geneva for a second day of talks\nBy Tomas Reyes\nMarch 3, 2001", "", "", "Live updates: Envoys meet in Geneva for a second day of talks", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nSaturday, 3 March 2001 | Updated 3 hours ago", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Good evening. Today is Monday, March 5, 2001.\n\nEnvoys sign border accord\nBy Tomas Reyes\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
	})
}

// TestHeadBlockEleventhParts reads invented pages with the shapes the
// eleventh parts set brought: a section's name of two words over a
// headline in sentence case, an issue's volume in Roman numerals before
// the date, and bylines with a joined particle, joined initials, a handle,
// a slash and an agency, a label, or a place after a comma.
func TestHeadBlockEleventhParts(t *testing.T) {
	checkHeadBlocks(t, "The Harbour Forum\nResearch · Events · About\nDonate\n\nNews & Commentary\n\n", []headBlockCase{
		{"Envoys agree to reopen the border crossings after a year\nBy Tomas Reyes\nMarch 3, 2001", "", "", "Envoys agree to reopen the border crossings after a year", "2001-03-03", "Tomas Reyes"},
		{"Envoys agree to reopen the border crossings\n\nVol. XII No. 41 | 3 March 2001", "", "", "Envoys agree to reopen the border crossings", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Home > News > International\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Rashid al-Mansoori and Ana Ruiz\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Rashid al-Mansoori and Ana Ruiz"},
		{"Envoys sign border accord\n\nby J.R. Mwale | Published 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "J.R. Mwale"},
		{"Envoys sign border accord\n\nAna da Costa @anadacosta_news | 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana da Costa"},
		{"Envoys sign border accord\nTomas Reyes / Anadolu\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nCorrespondent: Anh Tuan Pham, Hanoi\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Anh Tuan Pham"},
		{"Envoys sign border accord\nTomas Reyes, Harbour Bureau\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nBy Ana Ruiz y Márquez | 3 min read\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz y Márquez"},
		{"Envoys sign border accord\nBY TOMAS REYES, ANA RUIZ AND JON LUND\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes, Ana Ruiz and Jon Lund"},
		{"Envoys sign border accord\nBy Tomas Reyes and Prof. Ana Ruiz\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes and Ana Ruiz"},
		{"Envoys sign border accord\n— Tomas Reyes, Lisbon\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nContributor: Tomas Reyes, Lisbon, e-mail: t.reyes@example.org\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\n— Harbour Newswire\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nby tomas reyes-lund | 3/22/2001 9:15:00 AM", "", "", "Envoys sign border accord", "2001-03-22", "Tomas Reyes-Lund"},
		{"Envoys sign border accord\nAna Ruiz, Ph.D.\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nAna Ruiz (CP)\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "Click to enlarge", "Last edited by harbour_fan; Yesterday at 09:14 PM.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Home > News > International\n\n", []headBlockCase{
		{"Envoys sign border accord\nReport by Tomas Reyes, Lisbon\nMarch 3, 2001", "Follow our live blog", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nReport: Tomas Reyes\nMarch 3, 2001", "Read the full statement here", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nBy Tomas Reyes\nMarch 3, 2001", "POLL: Should the bloc admit new members? Vote now", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nBy Ana Ruiz & Jan van den Berg\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz and Jan van den Berg"},
		{"Report: Envoys sign the border accord after a decade of talks\nMarch 3, 2001", "", "", "Report: Envoys sign the border accord after a decade of talks", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Home > News > International\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Staff Reporter Lin Mei-hua\nMarch 3, 2001", "", "Republished with permission.", "Envoys sign border accord", "2001-03-03", "Lin Mei-hua"},
		{"Envoys sign border accord\nAuthor(s): Tomas Reyes, Ana Ruiz\nMarch 3, 2001", "(Graphic) Trade by month, % — Source: customs office", "Any use of Harbour Agency materials requires a hyperlink to the source.", "Envoys sign border accord", "2001-03-03", "Tomas Reyes and Ana Ruiz"},
		{"Envoys sign border accord\nFrom our correspondent Tomas Reyes, Lisbon\nMarch 3, 2001", "Also in this section: Port strike enters second week", "The author is a former trade negotiator who now teaches at a university in Lisbon.", "Envoys sign border accord", "2001-03-03", "Tomas Reyes"},
		{"Envoys sign border accord\nBy SIONE 'ALO TUPOU in Nuku'alofa\nMarch 3, 2001", "", "Watch the full report on Harbour Evening News at 7.", "Envoys sign border accord", "2001-03-03", "Sione 'Alo Tupou"},
		{"Envoys sign border accord\nPosted by harbour_ana (Ana Ruiz)\nNov 28 '97", "", "", "Envoys sign border accord", "1997-11-28", "Ana Ruiz"},
		{"Envoys sign border accord\n1 Safar 1445 AH | 17 August 2023", "", "", "Envoys sign border accord", "2023-08-17", ""},
		{"Envoys Sign Border Accord After Talks\nBy Tran Thi Mai Anh in Hanoi and Jan van der Berg in The Hague\nLast Modified: Saturday, 25-Aug-07 10:33 EDT", "Graphic: How the tariff schedule changes over five years", "", "Envoys Sign Border Accord After Talks", "2007-08-25", "Tran Thi Mai Anh and Jan van der Berg"},
	})
	checkHeadBlocks(t, "Harbour Online\nFront Page | World | Business\n\nYou are in: World: Europe\nFrom the archives of The Harbour Times\n\n", []headBlockCase{
		{"Envoys sign border accord\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockSixteenthParts holds the shapes of the sixteenth to
// eighteenth blind parts sets, in invented lines: closing notes on a
// story (a correction, an authorisation, a licence, staff who added
// reporting, a reprint's origin), a publication date in brackets after
// an update, a byline in capitals with a particle, a topic over a
// headline without a function word, a section trail between bars, a
// headline quoting a word after its speaker's label, and more labels of
// a writer.
func TestHeadBlockSixteenthParts(t *testing.T) {
	checkHeadBlocks(t, "Home > News > International\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "", "Correction: An earlier version of this article gave the wrong date for the vote.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "", "* This story was amended to correct the name of the deputy envoy.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "", "Authorised by the Press Office, Ministry of Foreign Affairs.\nValletta, Malta", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "", "Published under a Creative Commons licence.\nThe Harbour Ledger is an independent publication.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "", "Additional reporting by Harbour Ledger staff.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "", "Originally published by the Harbour Ledger. Republished with permission.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nUpdated: Mar 4, 2001 08:55 WAT (First published: Mar 3, 2001)", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBY HEMI TE RANGI AND ANA RUIZ\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Hemi Te Rangi and Ana Ruiz"},
		{"Envoys sign border accord\nCommentary by Ambassador (ret.) Jan van der Berg\nMarch 3, 2001", "Chart: Trade by month, per cent. Source: Customs Office", "", "Envoys sign border accord", "2001-03-03", "Jan van der Berg"},
		{"Envoys sign border accord\nStaff reporter: Ana Ruiz\nMarch 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Menu\nSearch\nThe Harbour Ledger\n\nMalta | Politics\n\n", []headBlockCase{
		{"Border corridor: customs officers extend opening hours\n\nBy Ana Ruiz | March 3, 2001", "", "", "Border corridor: customs officers extend opening hours", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord; talks to go on\nBy Ana Ruiz\nMarch 3, 2001", "", "", "Envoys sign border accord; talks to go on", "2001-03-03", "Ana Ruiz"},
		{"Envoy: Border talks with Rome 'constructive'\nBy Ana Ruiz\nMarch 3, 2001", "", "", "Envoy: Border talks with Rome 'constructive'", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockNineteenthParts holds the shapes of the nineteenth blind
// parts set (portals, aggregators, pages saved from phones), in invented
// lines: the agency a portal names over the headline, a site's name in a
// block of its own over a headline in sentence case, a headline and its
// dates with no blank line between, a kicker that explains, and the
// prompts of a paywall and of an image under the text.
func TestHeadBlockNineteenthParts(t *testing.T) {
	checkHeadBlocks(t, "Home\nLatest\nWatch\n\nFrom Harbour Newswire\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "Tap to expand image", "Keep reading with a subscription. Cancel anytime.\nSee plans", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nMarch 3, 2001", "", "Originally published by Harbour Newswire. Republished via NewsFeed aggregator.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Latest news from 400+ sources\n\nPolitics · via Harbour Agency\n\n", []headBlockCase{
		{"Envoys sign border accord after a decade of talks\nBy Ana Ruiz\nMarch 3, 2001", "", "", "Envoys sign border accord after a decade of talks", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Newsletter\nE-Paper\n\nTHE HARBOUR ECHO\n\n", []headBlockCase{
		{"\nEnvoys sign border accord after a decade of talks\nAna Ruiz | Staff Reporter | Published: 3 March 2001, 09:42 GMT", "", "", "Envoys sign border accord after a decade of talks", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord after a decade of talks\nUpdated 4 Mar 2001 9:15 PM · Published 3 Mar 2001 6:02 PM", "", "", "Envoys sign border accord after a decade of talks", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Toggle navigation\nHARBOUR NEWS NETWORK\nWorld\nBusiness\nOpinion\n\n", []headBlockCase{
		{"Explained: What the border accord means for traders\nPosted by Ana Ruiz\nCreated: 3 Mar 2001 | Modified: 4 Mar 2001", "", "", "Explained: What the border accord means for traders", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockTwentiethParts holds the shapes of the twentieth blind
// parts set, in invented lines: a paper's name in a block of its own, a
// topic and a headline over a writer's bare name or a date, a byline, a
// role and two dates in fields, a credit run on with its date, and a
// browser's notice above the page.
func TestHeadBlockTwentiethParts(t *testing.T) {
	checkHeadBlocks(t, "BREAKING NEWS\nTrending: Trade | Budget | Weather\n\nThe Sunday Lantern\n\n", []headBlockCase{
		{"Ambassador summoned over 'unacceptable' remarks\n\nAna Ruiz, Harbour News Agency\n\nTuesday, 3 March 2001, 10:42 AM EST", "", "", "Ambassador summoned over 'unacceptable' remarks", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Harbour Islands Report Online\nHome | About | Archive\n\nRegional News\n\n", []headBlockCase{
		{"Border talks: Five winners and three losers\nAna Ruiz, Political Editor\nPosted on March 3, 2001", "", "", "Border talks: Five winners and three losers", "2001-03-03", "Ana Ruiz"},
		{"Border talks: Five winners and three losers\n\nWed 3 Mar 2001 16.45 BST", "", "", "Border talks: Five winners and three losers", "2001-03-03", ""},
		{"Envoys sign border accord\n\nAna Ruiz | Economics Correspondent | Updated March 4, 2001 4:01 PM ET, Published March 3, 2001 7:00 AM ET", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nReporting by Ana Ruiz; Editing by Jan Lund | Published 09:15, 3 March 2001 | Updated 14:02, 4 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "JavaScript is disabled in your browser. Some features of this site may not work.\n\nHarbour & Lake Gazette\nSearch\n\n", []headBlockCase{
		{"Is the border accord a bargain or a giveaway?\n\nBy Ana N. Ruiz, Lagos | Saturday 3 March 2001 00:01 GMT", "", "", "Is the border accord a bargain or a giveaway?", "2001-03-03", "Ana N. Ruiz"},
	})
}

// TestHeadBlockTwentySecondParts holds the shapes of the twenty-first
// and twenty-second blind parts sets (a mix of ordinary sites; magazines,
// blogs and newsletters), in invented lines.
func TestHeadBlockTwentySecondParts(t *testing.T) {
	checkHeadBlocks(t, "HarbourStar\n\nHome | News | Sport | Money\n\nAdvertisement\n\n", []headBlockCase{
		{"ANALYSIS: Why the coalition's budget no longer adds up\n\nAna Ruiz in Buenos Aires | LISBON — March 3, 2001", "[Photo: Delegates leave the conference hall after the closing session of the talks. (Harbour Press: Jan Lund)]", "", "ANALYSIS: Why the coalition's budget no longer adds up", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Skip to content\n\nGovernment of the Republic\nMinistry of Foreign Affairs\n\nYou are here: Home > News > Statements\n\n", []headBlockCase{
		{"Border talks: who's in, who's out\nReporting by Ana Ruiz; Editing by Jan Lund\nMarch 3, 2001 at 6:00 a.m. EDT", "", "", "Border talks: who's in, who's out", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Skip to content\nSign in\n\nNews Navigation\nWorld\nEurope\n\nHarbour Broadcasting Service\n\n", []headBlockCase{
		{"Inflation slows to 4.1% in March, lowest in two years\n\nBy Ana Ruiz\n\nPosted at 09:14 a.m. EDT; Saturday, March 3, 2001", "", "", "Inflation slows to 4.1% in March, lowest in two years", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Harbour Post\nSign in\nGet started\n\nHarbour Post · Essays on power and political economy\n\n", []headBlockCase{
		{"After the Election, Markets Bet on Gridlock\nAna Ruiz and Jan Lund\nPublished: 03 March 2001", "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.", "Enjoyed this piece? Forward it to a friend who'd like it.\n\nWas this forwarded to you? Sign up here.", "After the Election, Markets Bet on Gridlock", "2001-03-03", "Ana Ruiz and Jan Lund"},
		{"The border accord is about more than trade\n\nGuest post by Ana Ruiz | Mar 3, 2001 at 10:41 AM", "— Continue reading below —", "", "The border accord is about more than trade", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Listen to this article\n00:00 / 11:24\n\nAudio narration provided by a text-to-speech partner.\n\n", []headBlockCase{
		{"The border accord is about more than trade\n\nBy Ana Ruiz | 3 March 2001", "", "", "The border accord is about more than trade", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockTwentyFourthParts holds the shapes of the twenty-third and
// twenty-fourth blind parts sets (read once at the session's end, then
// developed on), in invented lines.
func TestHeadBlockTwentyFourthParts(t *testing.T) {
	checkHeadBlocks(t, "Advertisement\n\n\nSkip Navigation\n\nHarbour Affairs Weekly\n\n\n", []headBlockCase{
		{"Q&A: What the new border rules mean for traders\n\nBy ANA RUIZ | Published on: 3 Mar 2001, 08:40 am IST | 4 min read", "(Image: Harbour Pictures)", "(c) Harbour Observer. Reproduction without permission is prohibited.\n\nAbout us | Careers", "Q&A: What the new border rules mean for traders", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Skip to main content\n\nTHE HARBOUR BEACON\n\nHome\nNews\nSport\n\n", []headBlockCase{
		{"Envoys sign border accord after a decade of talks\n\nAna Ruiz and Jan van der Lund, Lagos & Kano\n\nPublished : 03 Mar 2001, 09:02 PM | Update : 03 Mar 2001, 10:47 PM", "", "Share or comment on this article:\n\nRead more:\nPort strike enters second week", "Envoys sign border accord after a decade of talks", "2001-03-03", "Ana Ruiz and Jan van der Lund"},
		{"Envoys sign border accord after a decade of talks\nBy Ana Ruiz\n3 March 2001", "", "Catch all the Politics News, Breaking News Events and Latest News Updates on Harbour Live.\nDownload The Harbour Ledger App to get Daily Market Updates.", "Envoys sign border accord after a decade of talks", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockTwentySixthParts holds the shapes of the twenty-fifth and
// twenty-sixth blind parts sets (read once at the session's end, then
// developed on), in invented lines.
func TestHeadBlockTwentySixthParts(t *testing.T) {
	checkHeadBlocks(t, "Harbour Observer\n\nYou are here: Home / News / Africa\n\n", []headBlockCase{
		{"Envoys sign border accord after a decade of talks\nAna Ruiz (Mexico City)\n3 March 2001", "", "Read more on this topic:\nPort strike enters second week\nTalks stall over fees", "Envoys sign border accord after a decade of talks", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord after a decade of talks\nBy Ana Ruiz\n3 March 2001", "", "E-mail this story to a friend\n\nLinks to more World stories are at the foot of the page.", "Envoys sign border accord after a decade of talks", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockTwentySeventhParts reads invented pages with the shapes
// the twenty-seventh and twenty-eighth parts sets brought: a site's name
// of six words in capitals over a headline in sentence case, a headline
// with a role's word under a site's or section's name, "Brief:" and
// "Press Release:" kickers, a byline after a dash run on with its date,
// a name and role or a "From" byline run on with two dates, a date and
// its other calendar's, a writer and post after a slash, and notes on the
// story's standing, its comments and its rights under the text.
func TestHeadBlockTwentySeventhParts(t *testing.T) {
	checkHeadBlocks(t, "Home | National | International | Business | Archive\n\nTHE DAILY VOICE OF THE ISLANDS\n\n\n", []headBlockCase{
		{"Small traders bear brunt of new levy, survey finds\n\nAuthor: Ana Ruiz\n\nRelease date: 3 March 2001", "", "Updated versions of this story will be posted as details become available.\n\n\nADVERTISEMENT", "Small traders bear brunt of new levy, survey finds", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n— By Ana Ruiz | Mar. 3, 2001 5:30 AM PT", "", "Please read our commenting guidelines before posting.\n\nJoin the conversation", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Brief: Cabinet approves new foreign investment code\nBy Ana Ruiz, Business Reporter\n3 March 2001", "", "For information media. Not an official record.\n\nFooter\nAbout | Contact | Privacy notice", "Brief: Cabinet approves new foreign investment code", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "The Sentinel Online\n\n\n", []headBlockCase{
		{"Election commission chief resigns under pressure\n\nSaturday, March 3, 2001", "", "(c) Copyright Sahel Dispatch. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "Election commission chief resigns under pressure", "2001-03-03", ""},
		{"Envoys sign border accord\nDaniel Szabó / Budapest correspondent\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Daniel Szabó"},
		{"Envoys sign border accord\nAna Ruiz | Brasília\nSaturday 3 March 2001 / 7 Dhu al-Hijjah 1421", "", "Site designed by WebWorks Studio", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "An official website of the Ministry of Foreign Affairs and Trade\nHome  /  Media Centre  /  Press Releases\n\n\n", []headBlockCase{
		{"Summit ends without joint statement as rifts deepen\n\nLiam Brennan, Chief Economics Correspondent | Originally published 3 March 2001; last modified 5 March 2001", "", "", "Summit ends without joint statement as rifts deepen", "2001-03-03", "Liam Brennan"},
		{"Summit ends without joint statement as rifts deepen\n\nFrom Kwame Boateng in Accra | Originally published 3 March 2001; last modified 5 March 2001", "", "", "Summit ends without joint statement as rifts deepen", "2001-03-03", "Kwame Boateng"},
		{"Envoys sign border accord\nBY KOFI ASANTE-MENSAH | Diplomatic Editor\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Kofi Asante-Mensah"},
	})
}

// TestHeadBlockThirtySecondParts reads invented pages with the shapes
// the twenty-ninth to thirty-second parts sets brought: a kicker with a
// bar that is also a menu's item, a topic over a headline in sentence
// case over a field date, a date and a source field, a retired rank
// before a writer, three writers, two joined by "&", a writer and a city
// after a comma, a year and a time with a full stop between, the section
// a post is filed in, an embedded post, an interview's questions, and
// notes on the print edition and a translation under the text.
func TestHeadBlockThirtySecondParts(t *testing.T) {
	checkHeadBlocks(t, "The Levant Ledger\n\nHome\nWorld\nPolitics\nOpinion\nSport\n\nWorld > Middle East\n\n", []headBlockCase{
		{"Opinion | The Quiet Collapse of Arms Control\nby ana ruiz\n3 March 2001", "", "", "Opinion | The Quiet Collapse of Arms Control", "2001-03-03", "Ana Ruiz"},
		{"Kabul talks: Taliban delegation demands prisoner releases first\nIssued on: 03/03/2001 - 19:48", "", "", "Kabul talks: Taliban delegation demands prisoner releases first", "2001-03-03", ""},
		{"BREAKING: Ambassador recalled after embassy row\n\nMar 3, 2001, 04:12 PM | Source: Staff Report", "RELATED VIDEO", "Translated from the Arabic by the editorial desk.\n\nShare on:", "BREAKING: Ambassador recalled after embassy row", "2001-03-03", ""},
		{"Envoys sign border accord\nAmbassador (ret.) Peter Halvorsen\nBOGOTÁ, 3 Mar 2001", "", "", "Envoys sign border accord", "2001-03-03", "Peter Halvorsen"},
	})
	checkHeadBlocks(t, "Harare Independent Voice\nMenu\nSearch\n\nPosted in Politics, Economy\n\n", []headBlockCase{
		{"Summit ends without joint statement as talks on sanctions stall\n\nBy Ravi Shankar Pillai, New Delhi\n\nPosted: Sat, Mar 3 2001. 9:12 PM IST", "@ForeignMinistryX: We welcome the constructive spirit of today's discussions. pic.twitter.com/a8Zk2LqP0w", "", "Summit ends without joint statement as talks on sanctions stall", "2001-03-03", "Ravi Shankar Pillai"},
		{"Envoys sign border accord\nTomás Echeverría, Paulina Ruiz and Owen Fairclough\n3 March 2001", "", "This article was originally published in the print edition under the headline \"Deal in sight\".", "Envoys sign border accord", "2001-03-03", "Tomás Echeverría, Paulina Ruiz and Owen Fairclough"},
		{"Envoys sign border accord\nBy Arjun Mehta & Fatima Zahra Benali\nPublished on 03/03/2001 at 10:15 CET", "Protesters outside the ministry on Monday. Credit: Reuters", "", "Envoys sign border accord", "2001-03-03", "Arjun Mehta and Fatima Zahra Benali"},
	})
}

// TestHeadBlockThirtyFourthParts checks the shapes of b33 and b34 (read
// once, then developed on), on invented lines: a chrome line between
// dashes, a closing "— With assistance from ..." and a headline with a
// topic whose value has a comma, over a labelled byline and date.
func TestHeadBlockThirtyFourthParts(t *testing.T) {
	checkHeadBlocks(t, "Radio Meridian News\nLIVE RADIO\nSchedule\nPodcasts\n\n", []headBlockCase{
		{"Envoys sign border accord\n\nBy Ana Ruiz\n\n3 March 2001", "— Scroll to continue with content —", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "", "— With assistance from Marta Kowal and Jon Ek.\n\nHave a confidential tip for our reporters? Get in touch", "Envoys sign border accord", "2001-03-03", ""},
		{"Cabinet shuffle: three new faces, Foreign Affairs unchanged\n\nAuthor: Ravi Pillai | Sat, Mar 3 2001 6:00 AM AST", "", "", "Cabinet shuffle: three new faces, Foreign Affairs unchanged", "2001-03-03", "Ravi Pillai"},
	})
}

// TestHeadBlockThirtyEighthParts checks the shapes of b35 to b38 (read
// once, then developed on), on invented lines: placeholders and prompts
// between paragraphs, a print-edition note and a rights line without a
// year under the text, dates between dots under a label or beside a time
// written "18h40", a menu between "::", a paper's name ending in "Star",
// and bylines with a correspondent's commas or a role with no separator.
func TestHeadBlockThirtyEighthParts(t *testing.T) {
	checkHeadBlocks(t, "Global Courier\nSections\nUS Edition\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Ana Ruiz\nDate: 03.04.2001", "(Embedded content from an external platform is not displayed.)", "", "Envoys sign border accord", "2001-04-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "■ Listen to this story", "—\n\nOriginally published in our print edition.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Also on our site: How the budget process works", "All content © Harbour Dispatch unless otherwise stated.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nBy Ana Ruiz\n\nLisbon, 03/04/2001 - 18h40 - Updated 04/04/2001 - 09h12", "— Subscribe to our free daily briefing —", "", "Envoys sign border accord", "2001-04-03", "Ana Ruiz"},
		{"Envoys sign border accord\nFrom our correspondent, Rashid Noor, in Kabul\nPublished: 12:04 GMT, 3 March 2001", "Loading video...", "", "Envoys sign border accord", "2001-03-03", "Rashid Noor"},
		{"Envoys sign border accord\nWiremu Tane Hohaia  Political reporter\nUpdated: 4 Mar 2001 09:00 GMT | Published: 3 Mar 2001 17:34 GMT", "", "", "Envoys sign border accord", "2001-03-03", "Wiremu Tane Hohaia"},
	})
	checkHeadBlocks(t, "  Home  ::  News  ::  Features  ::  Sport  ::  Contact Us  \n\n", []headBlockCase{
		{"Opinion | The summit nobody wanted\n\nStory by Liam Doyle\n\n3 March 2001", "", "", "Opinion | The summit nobody wanted", "2001-03-03", "Liam Doyle"},
	})
	checkHeadBlocks(t, "PRINT THIS PAGE | EMAIL THIS PAGE\n\nDelta Morning Star\n\n", []headBlockCase{
		{"Electoral commission orders recount in two districts\n\nHamish Callow, Political Editor\n\nPUBLISHED: 03 MAR 2001 - 4:20 PM", "", "", "Electoral commission orders recount in two districts", "2001-03-03", "Hamish Callow"},
	})
}

// TestHeadBlockFortySecondParts checks the shapes of b39 to b42 (read
// once, then developed on), on invented lines.
func TestHeadBlockFortySecondParts(t *testing.T) {
	checkHeadBlocks(t, "Print this article\nClose window\n\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "(Continued below)", "(Unofficial translation. The original text in Velorian is authoritative.)\n\nBack to Press Releases", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Embedded post from @HarbourMFA: Constructive talks today with our partners.", "", "Envoys sign border accord", "2001-03-03", ""},
		{"A quiet thaw between two old rivals, and who stands to lose\n\nEmma Sørensen & Piotr Zieliński\n\nMarch 3, 2001", "", "", "A quiet thaw between two old rivals, and who stands to lose", "2001-03-03", "Emma Sørensen and Piotr Zieliński"},
		{"Dockworkers end strike after wage offer; ports reopen\n\nEmma Sørensen & Piotr Zieliński | 2001-03-03 14:22:07", "", "", "Dockworkers end strike after wage offer; ports reopen", "2001-03-03", "Emma Sørensen and Piotr Zieliński"},
		{"Government survives no-confidence vote by four votes\n\nSession 2000-01 | 3 March 2001", "", "", "Government survives no-confidence vote by four votes", "2001-03-03", ""},
		{"Envoy: talks with rebels 'constructive but fragile'\n\nStaff writer Aroha Ngata | Nairobi | 03.03.2001", "", "", "Envoy: talks with rebels 'constructive but fragile'", "2001-03-03", "Aroha Ngata"},
	})
	checkHeadBlocks(t, "Print this page\nEmail this page\n\nLA VOZ DEL PLATA — English Edition\n\n", []headBlockCase{
		{"Mayor, governor trade barbs over transport budget\n\nBy Priya Raman, Special Correspondent | Published: Saturday, March 3, 2001", "", "", "Mayor, governor trade barbs over transport budget", "2001-03-03", "Priya Raman"},
		{"NEWS ANALYSIS | A quiet thaw between old rivals\nBy Emeka Nwosu, Abuja\nSaturday, March 3, 2001", "", "", "NEWS ANALYSIS | A quiet thaw between old rivals", "2001-03-03", "Emeka Nwosu"},
	})
}

// TestLastParagraphReportsADemand checks that a last paragraph whose "you"
// is in a demand the writer reports after a colon stays text, while the
// site's own line with "you" after a colon still goes.
func TestLastParagraphReportsADemand(t *testing.T) {
	for _, tc := range []struct {
		last string
		kept bool
	}{
		{"Parliament should send this budget back with a simple request: show us how you will pay for it.", true},
		{"Have a story tip? Email us: you can reach the newsroom any time.", false},
	} {
		text := "Budget leaves the bill to the next government\n\n3 March 2001\n\n" +
			"It was supposed to be a budget of restraint, and instead it promises something to almost everyone in the country.\n\n" +
			"What is missing is any serious attempt to broaden the tax base, which fewer than one in ten adults pays into.\n\n" +
			tc.last + "\n"
		a, re := readOne(t, NewTextReader(strings.NewReader(text), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if got := strings.HasSuffix(a.Body, tc.last); got != tc.kept {
			t.Errorf("%q kept %v, want %v; body %q", tc.last, got, tc.kept, a.Body)
		}
	}
}

// TestHeadBlockFortySixthParts checks the shapes of b43 to b46 (read
// once, then developed on), on invented lines.
func TestHeadBlockFortySixthParts(t *testing.T) {
	checkHeadBlocks(t, "Listen Live\nRadio Meridian International\nNews\nProgrammes\n\nNews → Business\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "[Chart: Government bond yields, selected economies, percent. Source: national central banks]", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Members of the delegation pose outside the venue. Photo / Supplied", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "The finance minister speaks to reporters after the vote. (File photo)", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Review: A History of Hunger and Empire\n\nBeatrix Holloway (@bholloway) | March 3, 2001, 3:02 PM GMT+1", "", "", "Review: A History of Hunger and Empire", "2001-03-03", "Beatrix Holloway"},
		{"Council election: independents take four of nine seats\n\nNadia Haddad and Omar Khalil | The Amman Ledger\n\n3 March 2001", "", "", "Council election: independents take four of nine seats", "2001-03-03", "Nadia Haddad and Omar Khalil"},
		{"Parliament rejects bid to impeach Speaker\nMarcus Delacroix-Baptiste • Staff Writer\nMar 3, 2001 @ 8:04am", "", "", "Parliament rejects bid to impeach Speaker", "2001-03-03", "Marcus Delacroix-Baptiste"},
	})
}

// TestLastParagraphTheWritersYou checks that a last paragraph whose "you"
// is an idiom's or is signed by the writer in the first person stays text.
func TestLastParagraphTheWritersYou(t *testing.T) {
	for _, last := range []string{
		"Whether that is enough depends on whom you ask.",
		"That's it for this week. As always, reply to this email if you have thoughts — I read everything.",
		"If those institutions are strong, the rule matters very little. If they are weak, no number will save you.",
	} {
		text := "The Quiet Collapse of the Grain Corridor\n\n3 March 2001\n\n" +
			"It was supposed to be a season of restraint, and instead the corridor promised something to almost everyone.\n\n" +
			"What is missing is any serious attempt to insure the ships, which fewer than one in ten owners can afford.\n\n" +
			last + "\n"
		a, re := readOne(t, NewTextReader(strings.NewReader(text), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if !strings.HasSuffix(a.Body, last) {
			t.Errorf("%q not kept; body %q", last, a.Body)
		}
	}
}

// TestHeadBlockFiftiethParts checks the shapes of b47 to b50 (read once,
// then developed on), on invented lines.
func TestHeadBlockFiftiethParts(t *testing.T) {
	checkHeadBlocks(t, "Subscribe\nLog in\nMenu\n\nThe Atlas Weekly\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "Get the latest news on WhatsApp – join our channel", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Skip Twitter post by @HarbourMFA", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "(Continued on page 2)", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Sign up to our free politics newsletter", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nArticle by Hiroshi Matsuda\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Hiroshi Matsuda"},
		{"Envoys sign border accord\n\nPosted 03/13/99 at 4:05 PM ET", "", "", "Envoys sign border accord", "1999-03-13", ""},
		{"Envoys sign border accord\n\nAna Souza, Marcos Lima and Ivo Castro | Saturday 3 March 2001 | Dhu al-Hijjah 8, 1421", "", "", "Envoys sign border accord", "2001-03-03", "Ana Souza, Marcos Lima and Ivo Castro"},
		{"Envoys sign border accord\n\nFirst published: 23/04/2001. Updated: 25/04/2001", "", "", "Envoys sign border accord", "2001-04-23", ""},
		{"Inflation hits 11-year high as fuel subsidies end\n\nby pieter van der walt\n\n3 March 2001", "", "", "Inflation hits 11-year high as fuel subsidies end", "2001-03-03", "Pieter van der Walt"},
	})
}

// TestHeadBlockFiftyFourthParts reads invented pages with the shapes the
// b52 and b54 parts sets brought, read first at d611e5c: a site on
// itself under the text, a disclaimer on its authors' views, a footnote,
// a lecture note, a mailing's footer run into one paragraph, an update
// time in words, a second date that settles the order of a line's first,
// a year-first date, and correspondents' and blog posts' bylines.
func TestHeadBlockFiftyFourthParts(t *testing.T) {
	checkHeadBlocks(t, "Menu\nSearch\n\nThe Kestrel Review\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "", "KESTREL COUNTY RADIO is a listener-supported public broadcaster.\nDonate | Newsletters | Ethics", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Guest essays reflect the views of their authors.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "* Prices are in current euros unless otherwise noted.\n\nShare\nSave", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "A version of this essay was first delivered as a speech in Lisbon.\n\nCategories: Essays", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "This briefing is free. If you were forwarded this email, sign up here.\nYou are receiving this because you subscribed. Unsubscribe | Preferences\nKestrel Media, 12 Quay Street, Portsmouth", "Envoys sign border accord", "2001-03-03", ""},
		{"Last updated a few seconds ago\n\nEnvoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nIssued on: 12/10/2018 - 09:14 Modified: 13/10/2018 - 17:40", "", "", "Envoys sign border accord", "2018-10-12", ""},
		{"Envoys sign border accord\n\nPosted 10/12/2018, updated 10/13/2018", "", "", "Envoys sign border accord", "2018-10-12", ""},
		{"Envoys sign border accord\n\n2001 Mar 3", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nFrom our correspondent in Lisbon, Marta van Dijk\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Marta van Dijk"},
		{"Envoys sign border accord\n\nFrom our Lisbon correspondent, Ana Ruiz\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nBlog post by Tomas Reyes-Vidal\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Tomas Reyes-Vidal"},
	})
}

// TestLastParagraphNewsletterWriter: a newsletter writer's last paragraph
// that asks for replies is the text; a mailing's footer on its
// subscription is not.
func TestLastParagraphNewsletterWriter(t *testing.T) {
	for _, tc := range []struct {
		s    string
		site bool
	}{
		{"That is all for this week. If you found this issue useful, pass it on to a colleague, and as ever, reply to this email with your questions and your tips.", false},
		{"This briefing is free. If you were forwarded this email, sign up here. You are receiving this because you subscribed. Unsubscribe | Preferences Kestrel Media, 12 Quay Street, Portsmouth, Hampshire", true},
	} {
		u := newUnit(tc.s, 0)
		if got := closingNote(u); got != tc.site {
			t.Errorf("closingNote(%q) = %v, want %v", tc.s, got, tc.site)
		}
	}
}

// TestHeadBlockFiftyEighthParts reads invented pages with the shapes the
// b55-b58 parts sets brought, read first at 6e22c02: a cookie notice that
// says "please" between paragraphs, where the story ran first, a paywall's
// offer and comment rules under the text, and a trail with a long item.
func TestHeadBlockFiftyEighthParts(t *testing.T) {
	checkHeadBlocks(t, "Menu\nSearch\n\nThe Kestrel Review\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "This map is provided by an outside service. Please accept cookies to see it.", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "First published in The Harbour Standard.\n\nHARBOUR STANDARD ARCHIVES", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Subscribe to the Kestrel Review\nGet full digital access for just €2 a month.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Follow the Kestrel Review on Facebook\n\nPlease read our commenting rules before posting.\n\nView comments (4)", "Envoys sign border accord", "2001-03-03", ""},
		{"News home › School of Politics and International Studies › Research news\n\nEnvoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestSpeechSalutation: a speech's salutation, ending with a comma, is its
// text's first paragraph, not a headline, in text and in HTML.
func TestSpeechSalutation(t *testing.T) {
	page := `The Kestrel Review

Minister opens regional trade forum
By Ana Ruiz
Thursday 20th February 2020

Mr President, distinguished delegates,

It is an honour to welcome you to this forum on behalf of the Government. Many of you have travelled a long way to be here.

Today a lorry crossing from one of our countries to another still waits, on average, three days at the border.

I wish you fruitful deliberations. Thank you.
`
	for _, a := range readBothWays(t, "Minister opens regional trade forum", page) {
		if a.Title != "Minister opens regional trade forum" || !strings.HasPrefix(a.Body, "Mr President, distinguished delegates,\n\nIt is an honour") {
			t.Errorf("title %q, body %.80q: want the headline, and the salutation first in the text", a.Title, a.Body)
		}
	}
}

// TestHeadBlockSixtySecondParts reads invented pages with the shapes the
// b59-b62 parts sets brought, read first at de407a7: a caption's credit
// after a bar, a link to another story after "Also on <site>:", a bare
// "ADVERTISING", a disclosure, a letters note and a licence to reproduce
// under the text, and a contributor's byline.
func TestHeadBlockSixtySecondParts(t *testing.T) {
	checkHeadBlocks(t, "Menu\nSearch\n\nThe Kestrel Review\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "Delegates pose for a group photograph after the signing. PHOTO | FILE", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Also on Harbour Wire: Is the Euro Still a Safe Haven?", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "ADVERTISING", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Disclosure: The author holds no shares in any company named here.\n\nShare on X  Copy link", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "The Kestrel Review welcomes letters to the editor. Letters must include a name and town and may be edited for length.\n\nCopyright The Kestrel Review", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Content may be reproduced with credit to the Kestrel Review.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nContributor: Prof. Ana Ruiz, Department of Economics\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockSixtySixthParts reads invented pages with the shapes the
// b63 and b66 parts sets brought, read first at 61a16a1: where to read
// the original, a broadcaster's "for more on this story", a page's note on
// its review, and a section trail of two words after a bar.
func TestHeadBlockSixtySixthParts(t *testing.T) {
	checkHeadBlocks(t, "MENU\nTHE KESTREL REVIEW\nSUBSCRIBE\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "", "Read the original article at The Harbour Review.\n\n", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Tune in to Harbour Evening at 19:00 for more on this story.\n\nDownload our app", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Was this page helpful?  Yes  No\n\nLast reviewed: this page is reviewed regularly.\n\nHome | Sitemap | Contact", "Envoys sign border accord", "2001-03-03", ""},
		{"Opinion | Foreign Affairs\n\nEnvoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockSeventiethParts reads invented pages with the shapes the
// b67-b70 parts sets brought, read first at 73af72b: kickers of essays and
// newsletters before a bar or a dash, a reading time before the date, a
// headline that comes back to its own words, a headline of two sentences
// under a label, a date's label before a headline, a writer's note in the
// byline's place, and a site's questions, appeals and standards under the
// text.
func TestHeadBlockSeventiethParts(t *testing.T) {
	checkHeadBlocks(t, "THE KESTREL REVIEW\nCurrent Issue | Archive | About | Donate\n\n", []headBlockCase{
		{"Commentary | The Quiet End of the Border Talks\n\n3 March 2001", "", "", "Commentary | The Quiet End of the Border Talks", "2001-03-03", ""},
		{"Dispatch — Why the Ferry Strike Matters\n\nStory by Ana Ruiz · Photographs by Jonas Weber\n\n8 min read | 3rd March 2001", "", "", "Dispatch — Why the Ferry Strike Matters", "2001-03-03", "Ana Ruiz"},
		{"The Case Against the Case Against Tariffs\nBy Ana Ruiz\nMar 3, 2001 · 12 min read", "", "", "The Case Against the Case Against Tariffs", "2001-03-03", "Ana Ruiz"},
		{"Premium\n\nLong Read\n\nTariffs were meant to fall. They rose instead.\n\nWords by Ana Ruiz\n\nMar 3, 2001 · 12 min read", "", "", "Tariffs were meant to fall. They rose instead.", "2001-03-03", "Ana Ruiz"},
		{"UPDATED: Ferry talks collapse between island councils\n\nAna Ruiz @anaruiz | March 3, 2001", "", "", "UPDATED: Ferry talks collapse between island councils", "2001-03-03", "Ana Ruiz"},
		{"Envoys Sign Border Accord\n\nDr Ana Ruiz is a senior research fellow at the Institute for Border Studies.\n\n2001-03-03", "", "", "Envoys Sign Border Accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys Sign Border Accord\n\nDr Ana Ruiz is a senior research fellow at the Institute for Border Studies. | Issue 412 | 3 March 2001", "", "", "Envoys Sign Border Accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "View this post on X", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Illustration by Jonas Weber for Kestrel Monthly", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "- Also read: Cabinet reshuffle expected before winter session", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Got a story? Send it to us on WhatsApp.\n\nFollow us: Facebook · Instagram · X", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Want to comment? Log in or register.\n\n0 comments", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Local journalism matters. Support the Kestrel for as little as $5 a month.\n\nContribute", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "The Kestrel Review is a member of the Press Council and subscribes to its Code of Ethics.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Enjoyed this? Clap, share, and follow for more.\n\nMore from Kestrel", "Envoys sign border accord", "2001-03-03", ""},
	})
	// A government site's banner and its question; a ticker after its
	// label.
	checkHeadBlocks(t, "An official website of the Danube States Council\nHow do you know?\n\nPress corner\n\n", []headBlockCase{
		{"Joint Statement on the Third Round of the Border Dialogue between the Republic of Tavora and the Kingdom of Estmark\n\nDate: 2001-03-03", "", "", "Joint Statement on the Third Round of the Border Dialogue between the Republic of Tavora and the Kingdom of Estmark", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Horn News Agency\n\nLatest: Foreign minister arrives in Riyadh for talks | Shilling steady against dollar | Cabinet approves port concession\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
	// Shapes b71-b74 brought, read first at 0622d4d: a search box's words,
	// a byline "Special to X by", a dash before "by", a name and role
	// before a release's date, the updated date of a reporter's field, a
	// chart's link and the page's address under the text.
	checkHeadBlocks(t, "Kestrel Wire\n\nMarkets / Top News / Regions\n\nSearch quotes, news & videos\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "Click to view full-size chart", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nSpecial to The Harbour Courier by Ana Ruiz\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n— by Ana Ruiz | Media release — 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nAna Ruiz, Senior Fellow, Trade Programme | Media release — 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nReporter: Ana Ruiz | Last Updated: Saturday, 3 March, 2001, 14:05 GMT 15:05 UK", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "", "URL of this page: http://www.kestreltimes.co.uk/news/story-48213.html\nCopyright The Kestrel Times. Reproduction prohibited.", "Envoys sign border accord", "2001-03-03", ""},
	})
	// Shapes b75-b78 brought, read first at abbfe89.
	checkHeadBlocks(t, "We use cookies to improve your experience on our site.\nAccept\nManage settings\n\nTHE CONTINENTAL\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "Twitter content: This content is not available due to your privacy preferences. Update your settings here to see it.", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Figure 1: Quarterly exports by destination, in billions of euros. Source: national statistics office.", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "[Embedded content: tweet from the foreign ministry's official account]", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "The author is a former ambassador and a visiting fellow at the Institute for Border Studies. Views expressed are personal.\n\nMore in Opinion", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Find this article at:\nhttp://www.kestrel.example/world/story.html\n\nCheck the box to include the list of links referenced in the article.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Want more analysis like this? Support independent journalism: become a member today.\n\nBecome a member", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "About the Institute\n\nThe Pelican Institute is an independent, non-partisan research organisation.\n\nDonate | Newsletter | Contact", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nWeb exclusive — March 3, 2001, 6:00 a.m.", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nBy Ana Ruiz | Filed at 11:47 p.m. ET | March 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"President Names New Cabinet, Keeps Key Ministers\n\nAna Ruiz | Senior Reporter\n\nSaturday, March 3, 2001", "", "", "President Names New Cabinet, Keeps Key Ministers", "2001-03-03", "Ana Ruiz"},
		{"Nation, Current Affairs\n\nWhy the port deal matters — and who stands to lose\n\nBy Ana Ruiz, Chief Economics Correspondent | 3 March 2001 11:42", "", "", "Why the port deal matters — and who stands to lose", "2001-03-03", "Ana Ruiz"},
		{"Notes on a Currency Board\nby ana m. ruiz\nGeneva | 3 March 2001", "", "", "Notes on a Currency Board", "2001-03-03", ""},
		{"Review Essay — The Economists Who Went to Washington\n\n3 March 2001", "", "", "Review Essay — The Economists Who Went to Washington", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "The legislative building in the provincial capital. FILE PHOTO", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Loading...", "", "Envoys sign border accord", "2001-03-03", ""},
	})
	// A sentence under a headline of two words and its date is the text.
	checkHeadBlocks(t, "Kestrel Dispatch\nPolitics | Economy | Region\n\n", []headBlockCase{
		{"Ambassador summoned\n\nWritten by Ana Ruiz · 6 min read\n\nPublished: 3 Mar 2001", "", "", "Ambassador summoned", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockEightiethParts: shapes b80-b86 brought, read first at
// 25944bb (invented lines in their shapes): a text-size control, a
// follow button after the writer's name, "Reviewed by" and a team's
// byline, a writer with role and institution, a headline question with
// its answer, a headline with capitalised prepositions around "and", a
// byline and dates run on in fields, a year's full stop before "u" and
// the time; between paragraphs a labelled pull quote, an embed behind the
// cookie settings, a related link under a bilingual label, an
// advertisement's mark in another language; under the text comment
// rules, a newsletter's sign-off, a podcast's credits, an official
// release's note, the site's social accounts, its registration, a
// reporting scheme's note, a long disclaimer, a first-name writer's note
// and one that "writes a column", "Read more on"; over the headline a
// release's number and a committee's name ending the site's block.
func TestHeadBlockEightiethParts(t *testing.T) {
	checkHeadBlocks(t, "Text size: A A A   Print   Email\n\nHarbour Valley Courier\n\n", []headBlockCase{
		{"Ferry fares frozen for another year.\nStory by Ana Ruiz | Local Democracy Reporter\nSaturday, March 3, 2001", "", "", "Ferry fares frozen for another year.", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nAna Ruiz + Follow\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nReviewed by Ana Ruiz\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"The quiet rise of the ferry diplomat\n\nColumnist: Ana Ruiz\n\n3 March 2001", "", "", "The quiet rise of the ferry diplomat", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nBy Ana Ruiz\n\nFerry record – Sitting of Saturday 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nby the briefing team: Ana Ruiz\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Is the Gulf Ferry Deal Dead?\n\nAna Ruiz, Senior Fellow, Marlow Institute for Maritime Affairs\n\n3 March 2001", "", "", "Is the Gulf Ferry Deal Dead?", "2001-03-03", "Ana Ruiz"},
		{"Why are the envoys smiling? A look inside the ferry talks\n\nBy Ana Ruiz\n\n3 March 2001", "", "", "Why are the envoys smiling? A look inside the ferry talks", "2001-03-03", "Ana Ruiz"},
		{"Ferry Talks Resume Between Tavora and Estmark After Winter Pause\nLISBON, Mar 3, 2001 (HNA)", "", "", "Ferry Talks Resume Between Tavora and Estmark After Winter Pause", "2001-03-03", ""},
		{"Envoys sign border accord\n\nPo / By: Ana Ruiz | Atnaujinta / Updated 5 Mar 2001, 18:05 · Paskelbta / Published 3 Mar 2001, 21:40", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nObjavljeno / Published: 03.03.2001. u 10:32", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Pull quote: “Nobody wanted to leave the table first.”", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Instagram post. This content is blocked. Allow cookies to view it.", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Pročitajte još / Read also: Ferry fares frozen for another year", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Reklama", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "ADVERTISEMENT · STORY CONTINUES BELOW", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Comments are moderated. Please stay on topic.\n\n2 comments", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Don't miss a story: join our WhatsApp community", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Este contenido es propiedad de El Puerto. Prohibida su reproducción total o parcial sin autorización.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "That's all for this week's briefing.\nForward it to a friend who might like it.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "This episode was produced by the Marlow Audio Network.\nTranscripts are generated automatically and may contain errors.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Music by Quay Sound. Produced by Ana Ruiz.\n\nPrevious episode: Ferries and Frontiers", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "This note is issued for the information of the media and is not an official record.\n\n[Back to top]", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "For all the latest, follow Harbour Radio on social media.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Harbour Valley Courier is part of Quayside Media Group. Registered in England and Wales.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "The LRS is a public service partnership funded by the broadcaster to report on councils.\n\nComments are closed.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Disclaimer: Opinions expressed below are those of the readers and do not reflect those of the Harbour Valley Courier, which will not be responsible or liable for any inaccurate or incorrect statements contained in the comments under this story.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Ana is a contributing editor at the review and the author of a book on ferries.\n\nMore from this author", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Ana Ruiz writes a weekly column on the islands. She was a correspondent in Lisbon.\n\nMore columns", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "", "Read more on Harbour Watch\nFerry fares frozen for another year\n\n© Harbour Valley Courier", "Envoys sign border accord", "2001-03-03", ""},
	})
	// Shapes b87-b90 brought, read first at 126acaf: a translation's note,
	// the site's team and its roundup, its e-edition, its webmaster, a
	// sign-up form's consent and prompt, a note for readers where the site
	// is banned, a licence to reproduce, an appeal to keep journalism
	// alive, an embed that may use cookies, "ADVERTISEMENT --", a long
	// "(c)" line, a promotion in brackets, a fellow's note with "Dr.", and
	// "Special to" alone over the byline.
	checkHeadBlocks(t, "Harbour Valley Courier\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "Translated by our English desk. Read the original in Portuguese.", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "This story was originally published in Spanish.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Our English service team publishes a digest of the week's stories every Friday.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Read today's Harbour Valley Courier e-paper here.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Questions about this site? Write to the webmaster.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "By submitting your email address, you agree to our Terms and Privacy Policy.\nDon't miss out on the latest news and information.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Sharing our articles in the region may be risky. Please stay safe.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Harbour Valley English Service — reproduction permitted with credit to the source.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Keep local journalism alive in the valley. Support the Courier.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "This content is provided by Instagram, which may use cookies. Load content", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "ADVERTISEMENT -- story continues", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "(c) ValleyNet 2001. All rights reserved. ValleyNet is a trademark of Quay Communications.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "(Catch all the Business News and Latest News Updates on Harbour Valley Courier.)", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Dr. Ana Ruiz is a senior fellow in the Maritime programme.\n\nRelated publications", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nSpecial to The Harbour Ledger\n\nBy Ana Ruiz\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "HARBOUR VALLEY ONLINE\nLog in | Register\nNEWS OPINION REGIONS\nAs we go digital, support independent journalism in the valley. Subscribe from $1 a month.\n\nNATION\n\n", []headBlockCase{
		{"Explainer: What is the new ferry pact, and who signed it?\n\nBy Ana Ruiz, Special Correspondent\n\nLISBON, Mar 3, 2001 13:02", "", "", "Explainer: What is the new ferry pact, and who signed it?", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "[Press Room] [Releases]\nPRESS OFFICE OF THE FERRY COUNCIL\n\nPress Release FC/01/17\n\n", []headBlockCase{
		{"Ambassador recalled for talks\n\nBy Ana Ruiz | March 3, 2001", "", "", "Ambassador recalled for talks", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Skip to content\nParliament News Service\nHouse | Senate | Committees | Bills\nCommittee on Ferries and Harbours\n\n", []headBlockCase{
		{"Ambassador recalled for talks\n\nWords: Ana Ruiz | Commentary | 3 March 2001 | 9 min read", "", "", "Ambassador recalled for talks", "2001-03-03", "Ana Ruiz"},
	})
}

// TestRelatedBoxInText: a related-stories heading with the story going
// on under it is a box between paragraphs, not the text's end; under the
// last paragraph it still ends the text.
func TestRelatedBoxInText(t *testing.T) {
	const (
		p1 = "The two governments signed the agreement in the capital on Monday after three years of talks, officials said on Tuesday."
		p2 = "The accord sets up a joint commission that will meet twice a year to settle quotas, and it will take effect in January next year."
		p3 = "Fishing crews in both countries have waited for the deal since the last one lapsed, and their unions welcomed it on Monday night."
	)
	for _, tc := range []struct{ name, page, want string }{
		{"box between paragraphs", "Envoys sign border accord\n\n3 March 2001\n\n" + p1 + "\n\nRELATED CONTENT\n\nWhy the ports reopened late\n\n" + p2 + "\n\n" + p3 + "\n",
			p1 + "\n\n" + p2 + "\n\n" + p3},
		{"box under the text", "Envoys sign border accord\n\n3 March 2001\n\n" + p1 + "\n\n" + p2 + "\n\nRelated stories\n\nWhy the ports reopened late\n\nMinister resigns over memo\n",
			p1 + "\n\n" + p2},
	} {
		a, re := readOne(t, NewTextReader(strings.NewReader(tc.page), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if a.Body != tc.want {
			t.Errorf("%s: body %q\nwant %q", tc.name, a.Body, tc.want)
		}
	}
}

func TestAlsoOnLink(t *testing.T) {
	for _, tc := range []struct {
		s    string
		link bool
	}{
		{"Also on Harbour Wire: Is the Euro Still a Safe Haven?", true},
		{"Also on Harbour Wire: Ports Reopen After the Storm", true},
		{"Also on Harbour Wire: why the ports reopened so late", true},
		{"Also on the agenda: trade and fisheries.", false},
		{"Also in the delegation: the deputy ministers of trade and of transport.", false},
	} {
		if got := rxAlsoOn.MatchString(tc.s); got != tc.link {
			t.Errorf("rxAlsoOn(%q) = %v, want %v", tc.s, got, tc.link)
		}
	}
}

// TestHeadBlockNinetyFifthParts: shapes b95-b98 brought, read first at
// 171dc96 (invented lines in their shapes), and b93's left over: a
// dateline with its agency before the date on one line, a byline run on
// with a place and a role in lower case, a syndicated column's byline, a
// reading time in German after the date; between paragraphs a caption
// with its "©" credit and a box of figures "at a glance"; under the text
// an editor's note on what could not be verified and the site's stance
// (whose opinions, no advice, no reporters' names, its readers, its
// series, its letters' rules).
func TestHeadBlockNinetyFifthParts(t *testing.T) {
	checkHeadBlocks(t, "View this email in your browser\nTHE FERRY LEDGER — your weekly briefing on ports\nForwarded this? Sign up here.\n\n", []headBlockCase{
		{"Will the ferry pact survive the new cabinet?\nStaff writer: Ana Ruiz\nSaturday 3 March 2001", "", "", "Will the ferry pact survive the new cabinet?", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "International Edition\nLME official prices (cash, $/t): Cu 8,412.50 Al 2,198.00 Zn 2,645.50 Ni 16,920.00 Pb 2,071.00\n\n", []headBlockCase{
		{"Will the ferry pact survive the new cabinet?\n\nBy Ana Ruiz\n\n3 March 2001", "", "", "Will the ferry pact survive the new cabinet?", "2001-03-03", "Ana Ruiz"},
		{"Will the ferry pact survive the new cabinet?\n\nAna Ruiz | Lisbon\n\nFirst Published: Mar 3, 2001, 06:10 IST | Last Updated: Mar 4, 2001, 09:44 IST", "", "", "Will the ferry pact survive the new cabinet?", "2001-03-03", "Ana Ruiz"},
		{"Budget at a glance: what it means for the islands\n\nBy Ana Ruiz\n\n3 March 2001", "", "", "Budget at a glance: what it means for the islands", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "Brent $82.10 ▲0.4% | WTI $78.20 ▼0.2% | Gold $1,950 ▲1.1%", "", "Envoys sign border accord", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Log in / Sign up\nHARBOUR POST\nPolitics | Region | Opinion\n\n", []headBlockCase{
		{"Envoys sign border accord\n\nBy Ana Ruiz\n\nLISBON (Harbour Wire) — 03.03.2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nAna Ruiz Lisbon bureau chief\n\n2001-03-03T06:00:00+01:00", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n03.03.2001 | Lesezeit: 4 Min.", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nSaturday, 3 Mar 2001 at 08:40 — Reading time 6 min", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nEsfand 12, 1379 | March 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nFirst published on Saturday 3 March 2001 at 5:30am; updated Sunday 4 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nLast updated: 4 March 2001, 14:02 IST (first published 3 March 2001, 22:30 IST)", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Will the ferry pact survive the new cabinet?\nStaff writer: Ana Ruiz\nSaturday 3 March 2001", "", "", "Will the ferry pact survive the new cabinet?", "2001-03-03", "Ana Ruiz"},
		{"The ferry at 25: a service in search of a port\n\nSyndicated column by Ana Ruiz | Distributed by Quay Features\n\nSaturday, 3 March 2001", "", "", "The ferry at 25: a service in search of a port", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "Delegates at the start of the talks in Lisbon. ©Harbour Wire", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Portugal at a glance — GDP $250bn · Public debt 110% of GDP · Tourism 15% of output", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Editor's note: telephone lines to the islands remain cut; some details in this report could not be independently verified.\n\nRelated", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Opinions expressed are the writer's own.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "For more information, please contact:\nMedia Relations Office\nTel: +41 22 555 0199", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "The opinions expressed in this article are those of the author and do not reflect the position of Harbour Radio.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "This piece is part of our series on the future of the ferry trade.\n\nTags: ferries", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Letters should be no longer than 250 words and must include the writer’s full name and address. We may edit letters for length.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "This material is for information only and does not constitute investment advice.\nCopyright © Harbour Publishing Ltd.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "The Harbour Post does not publish the names of its reporters inside the country.\n\nShare on: Facebook | X", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "The Harbour Post relies on its readers. Our journalists risk arrest for every story we publish.\nSupport us", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockHundredFirstParts holds the shapes of sites abroad whose
// English pages keep their chrome in their own language: date lines,
// bylines, site names and lines between and under the paragraphs.
func TestHeadBlockHundredFirstParts(t *testing.T) {
	checkHeadBlocks(t, "Ir al contenido\nLA GACETA DEL PUERTO | English\nInicio · Mundo · Economía\n\n", []headBlockCase{
		{"Envoys sign border accord\n\nEscrito por Ana Ruiz Mendoza\n\nsobota, 3 marca 2001 r.", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz Mendoza"},
		{"Envoys sign border accord\n\nOleh Dewi Kartika Sari\n\nAggiornato alle 09:10 del 4 marzo 2001 | Pubblicato alle 22:45 del 3 marzo 2001", "", "", "Envoys sign border accord", "2001-03-03", "Dewi Kartika Sari"},
		{"Envoys sign border accord\n\nYazar: Ayşe Korkmaz\n\nLe 03 mars 2001 à 18:05, modifié le 04 mars 2001 à 08:30", "", "", "Envoys sign border accord", "2001-03-03", "Ayşe Korkmaz"},
		{"Envoys sign border accord\n\nReportage di Marco Bellandi\n\nPublié le 03/03/2001 à 18h05 - Mis à jour le 04/03/2001 à 08h30", "", "", "Envoys sign border accord", "2001-03-03", "Marco Bellandi"},
		{"Envoys sign border accord\n\nVeröffentlicht am 03.03.2001, 18:05 Uhr", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nPublished 06:10 AM CET, Sat 3 March 2001 — Updated 2 hours ago", "", "", "Envoys sign border accord", "2001-03-03", ""},
		// lines in the site's language between and under the paragraphs
		{"Envoys sign border accord\n\n3 March 2001", "Pubblicità – lo spettacolo continua più sotto", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Dit artikel bevat een video. Accepteer de cookies om deze video te bekijken.", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Gostou da reportagem? Partilhe-a.\n\nMais lidas", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Zapisz się na nasz newsletter\nCodziennie rano najnowsze wiadomości z regionu.", "Envoys sign border accord", "2001-03-03", ""},
		// a name's particles are no other language's words
		{"Fernando de la Rúa de Souza resigns\n\n3 March 2001", "", "", "Fernando de la Rúa de Souza resigns", "2001-03-03", ""},
		// nor is an acronym ("UN", French "un") or one stop word in a
		// short sentence ("per")
		{"Refugee aid appeal only 30 per cent funded, UN agency warns\n\n3 March 2001", "", "", "Refugee aid appeal only 30 per cent funded, UN agency warns", "2001-03-03", ""},
	})
	// Bylines without "By", with a follow button, an address or the paper
	// after them; a kicker that is a date's label; a sponsor's line; a
	// broadcaster's promotion and a writer's note under the text.
	checkHeadBlocks(t, "HARBOUR RADIO 98.1\nListen Live\nNews | Weather | Traffic\n\nHarbour news sponsored by Quayside Motors, Cobh\n\n", []headBlockCase{
		{"Envoys sign border accord\nANA RUIZ [ana.ruiz@harbourpost.example]\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nAna Ruiz and Tomás Leary  + FOLLOW\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz and Tomás Leary"},
		{"UPDATED: Ferry service to run an extra hour on weekdays\n\n3 March 2001", "", "", "UPDATED: Ferry service to run an extra hour on weekdays", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Don't miss out on the stories from Harbour News. Saved topics will appear in My Feed.", "Hear Harbour Radio news at the top of every hour.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nBy Ana Ruiz\n\n3 March 2001", "", "Ana Ruiz covers shipping and the islands from Cork. She joined the station in 2009.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		// a site's rule for letters, however wide; dates and a filing
		// time are no headline
		{"Envoys sign border accord\n\nBy Ana Ruiz\n\n3 March 2001", "", "Letters should be no longer than 300 words and must include the writer’s full name, postal address and a daytime telephone number. We may edit letters for length and clarity.", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Opinion: World\n\nIs the ferry pact worth saving? Three views from the quay\n\nBy Ana Ruiz, Senior Fellow, Europe Programme\n\nSaturday 3 March 2001 | Filed at 18:20", "", "", "Is the ferry pact worth saving? Three views from the quay", "2001-03-03", "Ana Ruiz"},
	})
	// Dates as Hungarian and Australian sites print them; a record's
	// writers surname first; a tool's note on its copy; social accounts, a
	// podcast, a method and the data under or between the paragraphs.
	checkHeadBlocks(t, "You are viewing Quaysearch's stored copy of http://www.harbourpost.example/world/8812\nHARBOUR POST\n\n", []headBlockCase{
		{"Envoys sign border accord\n\nPublished: 2001. 03. 03. 15:20", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nFirst posted Sat 3 Mar 2001 at 5:31am, updated Sun 4 Mar 2001 at 9:12pm", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Author(s): Ruiz, Ana; Leary, Tomás\n\nEnvoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz and Tomás Leary"},
		{"Envoys sign border accord\n\n3 March 2001", "Listen to the podcast: Episode 41 — The ferry question", "Follow Harbour Post News on Facebook and X.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Methodology: Crossing figures are based on the harbour authority's monthly returns.\nData and code are available in our public repository.", "Envoys sign border accord", "2001-03-03", ""},
	})
	// A reading tool's and a cuttings service's lines over the headline;
	// ordinal days in a date line.
	checkHeadBlocks(t, "QUAYREADER — Unread (1,204)\nItem 4 of 19\n\nTone: Neutral | Relevance: High\n\n", []headBlockCase{
		{"Envoys sign border accord\n\nLast updated at 14:22 on 4th March 2001 | Originally posted at 08:10 on 3rd March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nWords: Ana Ruiz | Published: 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
}

// TestHeadBlockLivePagesAndPortals covers live pages, explainers and
// fact checks, tabloids' and portals' recirculation, and bilingual
// bylines: the rules written from the parts sets b108-b110.
func TestHeadBlockLivePagesAndPortals(t *testing.T) {
	// Bylines of live pages, fact checks and picture stories; a kicker
	// that names the medium over the byline; a site's self-description,
	// its way to be followed and a timeline's sources under the text.
	checkHeadBlocks(t, "Quayside Today\nWatch live | Schedule | Programmes\n\n", []headBlockCase{
		{"Envoys sign border accord\nLive reporting by Ana Ruiz, Tomás Leary and Pia Holm\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz, Tomás Leary and Pia Holm"},
		{"Envoys sign border accord\nFact check by Ana Ruiz, QuayCheck\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nWords and pictures: Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy / Par Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Listen: How the ferry accord was saved at dawn\nBy Ana Ruiz\n3 March 2001", "", "", "Listen: How the ferry accord was saved at dawn", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "", "How to follow Quayside Today: live video of both chambers and every vote.\n\nQuayside Today is an independent public-service channel.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Timeline sources: harbour authority records, Quayside research.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "QuayCheck is a signatory of an international code of principles for fact-checkers.", "Envoys sign border accord", "2001-03-03", ""},
	})
	// A brand line of the site's, in a block of its own, over a headline
	// in sentence case that stands over its byline.
	checkHeadBlocks(t, "Picture Desk\nGalleries | Photo of the day\n\nQuaylight by the Harbour Wire\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "Print this page | Close window\n\nHARBOUR STAR — Cobh\n\n", []headBlockCase{
		{"Ambassador recalled over 'unacceptable' remarks\nStory by Ana Ruiz\n3 March 2001", "", "", "Ambassador recalled over 'unacceptable' remarks", "2001-03-03", "Ana Ruiz"},
	})
	// A portal's and a tabloid's lines: a follow button after a bare
	// name, a push prompt between the paragraphs, a correction prompt and
	// the portal's line under every story.
	checkHeadBlocks(t, "THE HARBOUR ROAR\nNews   Sport   Showbiz   Money\n\n", []headBlockCase{
		{"Envoys sign border accord\nAna Ruiz · + Follow\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "Get push notifications with news, features and more. + Follow", "Spotted a mistake in this story? Let us know.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Get Latest News Live on Harbour News 24 along with World News and Breaking News. Stay tuned to know more about trending stories.", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockSouthAsiaAfricaPacific covers the rules written from the
// parts sets b112-b114: other calendars beside the date, dates printed
// "Jun 03,2008" and "11.27.16", a space before a byline's comma, and the
// site's and the writer's lines under the text.
func TestHeadBlockSouthAsiaAfricaPacific(t *testing.T) {
	checkHeadBlocks(t, "Harbour Gazette Online\nWorld | Business | Opinion\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Ana Ruiz\nSaturday, March 3, 2001 | Falgun 20, 2057", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nSaturday, 3 March 2001 | 7 Adar 5761", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\nSaturday, 3 March 2001 | 19 Falgun 1407 BS", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nMar 03,2001 - Last updated at Mar 03,2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nPublished: 03.13.01, 22:05", "", "", "Envoys sign border accord", "2001-03-13", ""},
		{"Envoys sign border accord\nAna Ruiz , Cairo\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "A vendor counts notes at a market in Cairo. File photo", "More on the economy, policy and markets at The Harbour Gazette.\n\nReading time is an estimate.\n\nShort link:", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Ana Ruiz is The Harbour Gazette's Cairo bureau chief. She covers the Nile states.\n\n← Previous article: Port fees to rise\nNext article: Ferry strike ends", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Opinion pieces published on Harbour Eye are the views of their authors.\n\nIssued by the Harbour News Service. Free to reproduce with credit.\n\nHarbour Gazette welcomes reader responses. Letters should be under 300 words.", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockRegionalAndPostSoviet covers the rules written from the
// parts sets b115-b118: a speaker's label over a headline, two writers
// and their city after a slash, a counter before the date, greetings and
// an old browser note over the page, and the site's lines under the text.
func TestHeadBlockRegionalAndPostSoviet(t *testing.T) {
	checkHeadBlocks(t, "Good evening. Sign in to personalise your news.\n\nThis site is best viewed with Netscape Navigator 3.0 or later at 800 x 600\n\nHARBOUR LINE\nWorld Economy Culture Sport Opinions\n\n", []headBlockCase{
		{"PM: No ferry fare rise before spring\nText: Ana Ruiz\n3 March 2001", "", "", "PM: No ferry fare rise before spring", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nAna Ruiz and Tomás Leary / Cobh\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz and Tomás Leary"},
		{"Envoys sign border accord\n\nViews: 2 341 | 03.03.2001 17:48", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "When quoting and using any materials on the Internet, hyperlinks to harbourline.example open for search engines and placed not lower than the first paragraph are required.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "About the writer: a freelance journalist based in Cork who covers shipping.\n\nHarbour Radio is run entirely by student volunteers. Views expressed are those of the contributors.\n\n← Previous post: Open mic night returns\nNext post: Regatta results", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Harbour Current is a non-profit newsroom. Stories may be republished free with credit.", "Envoys sign border accord", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Welcome to the new-look Harbour Chronicle. Tell us what you think.\n\n", []headBlockCase{
		{"Will the ferry pact hold?\n\n3 March 2001", "", "", "Will the ferry pact hold?", "2001-03-03", ""},
	})
}

// TestHeadBlockSpecialistAndSmallSites covers the rules written from the
// parts sets b120-b122: "Author —" bylines, a page's note on its age after
// the date, and how a site, a newsletter or a station says it is put out,
// under the text.
func TestHeadBlockSpecialistAndSmallSites(t *testing.T) {
	checkHeadBlocks(t, "HARBOUR LEDGER\nNews | Shipping | Law\n\n", []headBlockCase{
		{"Envoys sign border accord\nAuthor — Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nPublished on 3 March 2001. This article is more than 5 years old.", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Harbour Arms Monitor is published by the Quay Research Trust, a registered charity.\n\nTo submit a notice of appointment or a change of address, please contact the editor.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "----------------------------------------\nHarbour Rights Wire is distributed free of charge. To subscribe, send an e-mail.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Radio Quay is a member of the regional community broadcasters' network.\n\nLe Quai / The Quay is published every Thursday during the academic year.\n\nJoin our team — we are recruiting writers and photographers.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Harbour Commodity prices are assessed by our editorial team and are provided for information only.", "Envoys sign border accord", "2001-03-03", ""},
	})
	// A headline in capitals that ends in a verb is no writer's name.
	checkHeadBlocks(t, "[Home] [Search] [Archives]\nTHE HARBOUR TRIBUNE ONLINE\n\n", []headBlockCase{
		{"FERRY TALKS RESUME\n\nMar 3, 2001 | Cobh", "", "", "FERRY TALKS RESUME", "2001-03-03", ""},
	})
}

// lineCase is a line and whether a predicate on lines should hold for it.
type lineCase struct {
	s    string
	want bool
}

// checkLines checks f, named name, against each case.
func checkLines(t *testing.T, name string, f func(string) bool, cases []lineCase) {
	t.Helper()
	for _, tc := range cases {
		if got := f(tc.s); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", name, tc.s, got, tc.want)
		}
	}
}

// TestSiteTalk: a site speaking of itself under the text, by its
// vocabulary and tense, against a report's last paragraphs (all invented).
func TestSiteTalk(t *testing.T) {
	checkLines(t, "siteTalk", siteTalk, []lineCase{
		{"Harbour Current is a non-profit newsroom. Stories may be republished free with credit.", true},
		{"Harbour Radio is a student-run station staffed entirely by volunteers.", true},
		{"The Quay Ledger relies on readers. Support independent journalism.", true},
		{"Harbour Review welcomes comments. Letters to the editor should be sent by e-mail.", true},
		{"Comments are moderated. We reserve the right to remove offensive content.", true},
		{"Unless donors or the larger members step in, the likely outcome is a two-speed agreement.", false},
		{"The station's editorial board said readers had complained about the coverage.", false},
		{"A harbour newspaper group is buying a stake in a rival publication for 25m euros.", false},
		{"The accord takes effect in January and is open to other members.", false},
	})
}

func TestStopListsDisjoint(t *testing.T) {
	for w := range foreignStop {
		if englishStop[w] {
			t.Errorf("%q is in both englishStop and foreignStop", w)
		}
	}
}

func TestEnglishDateLabels(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Aggiornato alle 09:10 del 4 marzo 2001 | Pubblicato alle 22:45 del 3 marzo 2001", "Updated at 09:10 4 marzo 2001 | Published at 22:45 3 marzo 2001"},
		{"Publié le 03/03/2001 à 18h05 - Mis à jour le 04/03/2001 à 08h30", "Published 03/03/2001 at 18:05 - Updated 04/03/2001 at 08:30"},
		{"sobota, 3 marca 2001 r.", "3 marca 2001"},
		{"Veröffentlicht am 03.03.2001, 18:05 Uhr", "Published 03.03.2001, 18:05 Uhr"},
		{"Sat Jul 24, 2004 10:15 am ET", "Sat Jul 24, 2004 10:15 am ET"}, // a time's "am" stays
		{"July 24, 2004", "July 24, 2004"},
	} {
		if got := englishDateLabels(tc.in); got != tc.want {
			t.Errorf("englishDateLabels(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHeadBlockOfficialPagesEarlyWebJournals reads invented pages with the
// shapes the b123-b126 parts sets brought (a ministry's and a mission's
// press pages, the early web, journals and think tanks), read first at
// a143c5f: two writers and where they wrote from, labelled bylines of
// press offices, a publication date beside a review date, a date line
// with the release's number, the site and its section before the
// headline, links between paragraphs, ornamental pull quotes and the
// site's question to its reader under the text.
func TestHeadBlockOfficialPagesEarlyWebJournals(t *testing.T) {
	checkHeadBlocks(t, "MINISTRY OF FOREIGN AFFAIRS\nHome | Press Room | Contact\n\n", []headBlockCase{
		{"Envoys sign border accord\nNadia Haddad and Omar Khalil in Vienna\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Nadia Haddad and Omar Khalil"},
		{"Envoys sign border accord\nPrepared by: Ana Ruiz, Press Officer\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nIssued by the Press Office: Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nAuteur : Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nPosted by admin on behalf of Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\nFirst published on 3 March 2001. Page last reviewed 9 June 2006.", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001 — Press Release PR/2001/117", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Watch the signing ceremony on our channel »", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Download the text of the accord (PDF, 120 KB)", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Donate now to the flood relief appeal", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "Continued below...", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "❝ A border is a promise kept by two sides. ❞", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Was this page useful?\n\nContact us | Careers", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Enjoyed this essay? The Quay Review is funded by its readers.\nBecome a member", "Envoys sign border accord", "2001-03-03", ""},
		{"The Harbour Daily | WORLD | Envoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestCallToAction: a link's line between paragraphs against a report's
// short lines that open with the same verbs (all invented).
func TestCallToAction(t *testing.T) {
	checkLines(t, "callToAction", callToAction, []lineCase{
		{"Watch the signing ceremony on our channel »", true},
		{"Download the text of the accord (PDF, 120 KB)", true},
		{"Read the full communiqué (PDF)", true},
		{"Donate now to the flood relief appeal", true},
		{"Register today for the regional forum", true},
		{"Give peace a chance", false},
		{"Watch the border, the minister told them", false},
		{"Read between the lines", false},
		{"Support for the accord (in per cent)", false},
		{"Visit", false},
		{"Tap to view photo gallery (8 images)", true},
		{"Click to enlarge", true},
		{"Swipe to see more", true},
		{"Tap water runs dry in the capital", false},
		{"Swipe cards for voters (in per cent)", false},
	})
}

// TestHeadBlockTranscriptsCopiesBilingual reads invented pages with the
// shapes the b127-b130 parts sets brought (a typical folder, transcripts,
// copies on portals, sites in bilingual places), read first at 2d35c46:
// the same date in two languages, dates in Welsh, Irish and Maltese,
// labels in several languages, transcribers and annotators, staff
// reporters, a site's links in pairs, and the closing lines of live pages,
// transcripts and republished copies.
func TestHeadBlockTranscriptsCopiesBilingual(t *testing.T) {
	checkHeadBlocks(t, "THE HARBOUR LEDGER\nCartref | Home\n\n", []headBlockCase{
		{"Envoys sign border accord\n\nIsnin, 3 Mac 2001 | Saturday, March 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nLe 3 mars 2001 à 14 h 10 | March 3, 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n2001年3月3日 星期六 | Saturday, 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nCyhoeddwyd / Published: 3 Mawrth 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nDé Sathairn, 3 Márta 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\nIs-Sibt, 3 ta' Marzu 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nLast updated: 04.03.2001 – First published: 03.03.2001, 10:15 CET", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nVon/De/Di Ana Ruiz, Bern\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nTranscribed by Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nModerated and transcribed by Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nAnnotations by Ana Ruiz, Senior Fellow\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nFrom correspondent Ana Ruiz in Warsaw\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nStaff reporters Ana Ruiz and Ivo Castro\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz and Ivo Castro"},
		{"Envoys sign border accord\nAna Ruiz and Pieter de Vries, Harbour Wire\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz and Pieter de Vries"},
		{"Envoys sign border accord\nGwen ap Rhys, Political reporter, Cymru Wire\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Gwen ap Rhys"},
		{"UPDATED: Ferry death toll rises to 41 as coastal towns remain cut off\n\n3 March 2001", "", "", "UPDATED: Ferry death toll rises to 41 as coastal towns remain cut off", "2001-03-03", ""},
		{"From Our Correspondent: A Long Night in Geneva\n\n3 March 2001", "", "", "From Our Correspondent: A Long Night in Geneva", "2001-03-03", ""},
		{"Your Account | Help\n\nEnvoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Live coverage ended at 11:48 p.m.\n\nHarbour Wire · About · Privacy", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Editor's note: transcript lightly edited for clarity.\n\nComments (3)", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Republished under licence from Quay Newswire.\n\nReport an error", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Diolch for reading The Harbour Ledger.\n\nTags: Wales, trade", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestSiteClosingQuestionsAndThanks: the site's questions and thanks under
// the text against a report's sentences with the same words (invented).
func TestSiteClosingQuestionsAndThanks(t *testing.T) {
	closing := func(s string) bool { return siteClosingLine(strings.ToLower(s), s) }
	checkLines(t, "siteClosingLine", closing, []lineCase{
		{"Was this page useful?", true},
		{"Found this helpful? Give to the institute's annual fund.", true},
		{"Enjoyed this essay? The Quay Review is funded by its readers.", true},
		{"Thanks for reading.", true},
		{"Diolch for reading The Harbour Ledger.", true},
		{"Our live coverage has ended.", true},
		{"This transcript has been condensed.", true},
		{"Transcript produced by machine and edited for clarity. Please check against audio before quoting.", true},
		{"One email a week. The world, explained without the noise.", true},
		{"One email a day was enough to unsettle the ministry, officials said.", false},
		{"Was this the right decision? Critics doubt it.", false},
		{"Calls for reading reforms grew louder in parliament.", false},
		{"Live exports ended in 2019 after a ban.", false},
		{"The transcript was read into the record on Tuesday.", false},
	})
	checkLines(t, "linkPair", linkPair, []lineCase{
		{"Your Account | Help", true},
		{"Sign in · Register", true},
		{"Talks fail | Harbour Wire", false},
		{"Help | Envoys meet again", false},
	})
}

// TestHeadBlockOpinionAgenciesTools reads invented pages with the shapes
// the b131-b134 parts sets brought (a typical folder, agencies, opinion
// pages, pages saved by tools), read first at 3bee596: a site's name
// ending in a paper's word ("Record", "Desk") over a headline in sentence
// case, a letters page's headline after its label, a column's label
// between bars, viewpoints "from" their writer, an author's label before
// a bar, and the writer's note after a dash.
func TestHeadBlockOpinionAgenciesTools(t *testing.T) {
	checkHeadBlocks(t, "THE HARBOUR RECORD\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Letters to the Editor: \"A border drawn in haste\"\n\n3 March 2001", "", "", "Letters to the Editor: \"A border drawn in haste\"", "2001-03-03", ""},
		{"COLUMN | ON THE RECORD\n\nReaders write: On borders, patience and promises\n\n3 March 2001", "", "", "Readers write: On borders, patience and promises", "2001-03-03", ""},
		{"Envoys sign border accord\nViewpoint from Ana Ruiz, former trade minister\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nAUTHOR | Ana Ruiz Castro\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz Castro"},
		{"Envoys sign border accord\n\n3 March 2001", "", "— The writer is a former ambassador to Vienna.\n\nComments are closed.", "Envoys sign border accord", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Skip to content\n\nGLOBAL AFFAIRS DESK\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
	// A letters page's own line under the text stays the site's.
	checkHeadBlocks(t, "THE HARBOUR RECORD\n\n", []headBlockCase{
		{"Envoys sign border accord\n\n3 March 2001", "", "Letters to the editor: letters@harbour.example", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockBroadcastersLocalPapersDatabases reads invented pages with
// the shapes the b135-b138 parts sets brought (broadcasters' sites, local
// papers' sites, records from archive databases), read first at 4f53b18:
// a date's label over a headline with a figure in a field's width, "With
// reporting by", "MORE:" links, appeals and partner credits under the
// text, and a record's citation lines.
func TestHeadBlockBroadcastersLocalPapersDatabases(t *testing.T) {
	checkHeadBlocks(t, "RADIO HARBOUR\nListen live | Schedules\n\n", []headBlockCase{
		{"UPDATED: Toll in border clashes rises to 17\n\n3 March 2001", "", "", "UPDATED: Toll in border clashes rises to 17", "2001-03-03", ""},
		{"Envoys sign border accord\nWith reporting by Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n\n3 March 2001", "MORE: Who signs for the islands?", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Local news matters.\nJournalism like this costs money. Please consider a subscription.\nSubscribe today", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Produced in association with the Quay Foundation for Public Media.\n\n© 2001 Radio Harbour", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n\n3 March 2001", "", "Citation (APA): Ruiz, A. (2001, March 3). Envoys sign border accord. Harbour Ledger, 4.\n\nBack to results", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockMagazinesAppsRegions reads invented pages with the shapes
// the b139-b142 parts sets brought (a typical mix, news magazines, outlets
// of Asia, Africa and the Middle East, pages copied from phones), read
// first at a19a26a: a headline opening with a question word over a date's
// label, a headline in quotation marks, an edition's label before the
// date, a magazine's issue note, an outlet's staff or its agency reports
// for a byline, a date with no year, an app's share line, a live banner,
// and a gallery's link between paragraphs.
func TestHeadBlockMagazinesAppsRegions(t *testing.T) {
	checkHeadBlocks(t, "Harbour Review — Foreign Affairs Since 1972\nHome | About | Archive\n\nYou are here: Home » Articles\n\n", []headBlockCase{
		{"Why Envoys Walked Out\nFirst published: 3 March 2001; Last updated: 5 March 2001", "", "", "Why Envoys Walked Out", "2001-03-03", ""},
		{"How Talks Were Saved\nFirst published: 3 March 2001", "", "", "How Talks Were Saved", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Home | World | Diplomacy\n\n", []headBlockCase{
		{"“A Truce Is Still a Truce”\nBy Ana Ruiz | Published: 3 March 2001", "", "", "“A Truce Is Still a Truce”", "2001-03-03", "Ana Ruiz"},
		{"Notes from the summit's margins\nDigital edition — 3 March 2001", "", "", "Notes from the summit's margins", "2001-03-03", ""},
		{"Envoys sign border accord\nFrom the March/April 2001 issue", "", "", "Envoys sign border accord", "", ""},
		{"Envoys sign border accord\nThis article appeared in the Winter 2001 print edition\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Is the border accord dead? Four things to watch\nHarbour staff\n3 March 2001", "", "", "Is the border accord dead? Four things to watch", "2001-03-03", ""},
		{"Envoys sign border accord\nOur Foreign Staff\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nCompiled from agency reports\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nUpdated 11:20 PM, March 02", "", "", "Envoys sign border accord", "", ""},
		{"Envoys sign border accord\n3 March 2001", "Tap to view photo gallery (12 images)", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "Click to enlarge", "", "Envoys sign border accord", "2001-03-03", ""},
	})
	checkHeadBlocks(t, "Shared from the Harbour Daily app\n\n\n", []headBlockCase{
		{"Envoys sign border accord\n\nAna Ruiz | 03.03.2001, 16:47", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "☰\nHARBOUR DISPATCH\nSign In\n\nLIVE ● Coverage of the summit continues — follow our live blog\n\n", []headBlockCase{
		{"Envoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestPlaceColonDateline reads a text whose first paragraph opens with
// its place and a colon, as Gulf and South Asian papers write the
// dateline ("Muscat: Envoys resumed ..."): the paragraph is the text's,
// not a box's field (a short "Claim:" beside "Verdict:" is).
func TestPlaceColonDateline(t *testing.T) {
	first := "Muscat: Envoys resumed indirect talks in Oman on Saturday, with mediators carrying proposals between delegations in separate rooms of one hotel."
	text := "Envoys resume talks in Oman\n\nBy Ana Ruiz | April 10, 2022\n\n" + first + "\n\nOfficials on both sides described the mood as serious.\n\nA further meeting is expected next week, a diplomat said.\n"
	a, re := readOne(t, NewTextReader(strings.NewReader(text), "-", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	if p, _, _ := strings.Cut(a.Body, "\n\n"); p != first {
		t.Errorf("first paragraph %q, want %q", p, first)
	}
}

// TestHeadBlockArchivesBreakingEuropean reads invented pages with the
// shapes the b143-b146 parts sets brought (a typical mix, newspaper
// archives and back issues, breaking-news pages, English editions of
// continental European outlets), read first at 363dad8: a jump line
// between paragraphs, an archive's notes and policy under the text, a
// notice over an archived article, a print edition's date beside the day
// it was added to the archive, a year before a headline's colon, a
// weekday's date with no year, an update's time alone, a correspondent's
// role before the name.
func TestHeadBlockArchivesBreakingEuropean(t *testing.T) {
	checkHeadBlocks(t, "Home | World | Diplomacy\n\n", []headBlockCase{
		{"Envoys sign border accord\n3 March 2001", "CONTINUED ON A14", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "[Continued from Page 1]", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "See TREATY, A9", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "We welcome corrections. If you spot an error, please write to the desk.\n\nArchive policy: stories are shown as originally published.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Want to read more from the archive? Each week we reprint a story from our back issues.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nPrint edition of 3 March 2001 │ Added to archive 05.03.2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"1999: Envoy's shuttle diplomacy pays off\nFriday 3 March • Final edition", "", "", "1999: Envoy's shuttle diplomacy pays off", "", ""},
		{"Envoys sign border accord\nLast update: 16:20 | 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n10:42 PM · Sept. 30", "", "", "Envoys sign border accord", "", ""},
		{"Envoys sign border accord\nBrussels correspondent: Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "This is an archived article and the information in it may be outdated. Please look at the time stamp on the story.\n\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	checkHeadBlocks(t, "▶ From the archive\nEvery Sunday we republish a story from our pages.\n\n\n", []headBlockCase{
		{"Envoys sign border accord\nLast Updated: Saturday, 3 March 2001, 14:22 GMT", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockReleasesEarlyWeb reads invented pages with the shapes the
// b147-b150 parts sets brought (a North American mix, press releases on
// newsrooms and release wires, outlets of Latin America and the
// Caribbean, the early web), read first at f8a2dcd: a kind of release
// before the headline's colon, "For immediate release" before the date, a
// spokesperson's role under the name, a pager with the previous and next
// items' headlines, a charity's registration line, a sponsored link and a
// document's link between paragraphs, "Send this article to a friend", a
// posting stamp with no year, a poster's address and correspondents for a
// byline.
func TestHeadBlockReleasesEarlyWeb(t *testing.T) {
	checkHeadBlocks(t, "HARBOUR FOREIGN OFFICE\nHome | Media | Statements\n\n", []headBlockCase{
		{"MEDIA ADVISORY: Signing Ceremony for Border Protocol\n3 March 2001", "", "", "MEDIA ADVISORY: Signing Ceremony for Border Protocol", "2001-03-03", ""},
		{"Envoys sign border accord\nFor immediate release — 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Statement by the High Representative on the Border Accord\nAna Ruiz, Head of Communications\n3 March 2001", "", "", "Statement by the High Representative on the Border Accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "", "« Previous: Ambassador hosts reception for National Day\nNext: Consular visit to Perth scheduled for May »", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Harbour Relief is a registered charity (No. 1098765).", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "Sponsored link: Cheap flights to Geneva from 49 dollars", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "Full text of the communiqué (PDF, 84k)", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Send this article to a friend:\nYour e-mail: [          ] [Send]", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nPosted on Saturday, March 3 @ 10:22:14 EST", "", "", "Envoys sign border accord", "", ""},
		{"Envoys sign border accord\nPosted by webmaster@harbour-online.example\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nFrom correspondents in Geneva\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockIslesLettersCachesDumps reads invented pages with the shapes
// the b151-b154 parts sets brought (a mix of the United Kingdom and
// Ireland, newsletters and blogs, captures in web archives and caches,
// text-mode browsers' dumps), read first at 7584341.
func TestHeadBlockIslesLettersCachesDumps(t *testing.T) {
	checkHeadBlocks(t, "Home | World | Diplomacy\n\n", []headBlockCase{
		{"Envoys sign border accord\nDispatch by Ana Ruiz · Helsinki\n3 March 2001", "Also read → Trade blocs look east as old deals expire", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "SEE ALSO | Leaders gather for crisis meeting", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Want more stories like this?\nFollow the Harbour Ledger on Facebook", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "We are committed to correcting errors. See our corrections policy.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nFrom ANA RUIZ in Geneva | 3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nFrom our Nairobi stringer, Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "", "Membership keeps this column independent. Join from £4 a month.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Footnotes and sources available on request.\n\nThis blog is a personal project. Nothing here is the official position of any government or employer.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nPosted by harbour_tom at 11:42 PM\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Read more about:\nTrade · European Union · Tariffs", "Envoys sign border accord", "2001-03-03", ""},
		// A text-mode browser's dump: numbered links, an image's mark,
		// emphasis in a line.
		{"Envoys sign border accord\n[IMG] By [3]Ana Ruiz\n3 March 2001", "[INLINE] Click here to view the map", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nWords by Ana Ruiz | **3 March 2001** · 5 minutes", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	// A release wire's section over the headline (b148's, left short in
	// session 29).
	checkHeadBlocks(t, "HARBOUR WIRE\nPress Releases · Financial News · Government\n\nGovernment & Public Policy\n\n", []headBlockCase{
		{"Envoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
	// A share prompt between paragraphs, and a dateline's label beside a
	// labelled link, read on a page of its own.
	page := "Harbour Notes\n\nEnvoys sign border accord\nBy Ana Ruiz\n3 March 2001\n\n" +
		"Bogotá: The diaspora vote, counted last and largely ignored by pundits during the campaign, turned out to be decisive in Sunday's runoff.\n\n" +
		"Related: Why mediators keep failing in the Sahel\n\n" +
		"More than 400,000 voters living abroad cast ballots at consulates from Madrid to Miami, and they broke sharply for the challenger.\n\n" +
		"Share this post\n\n" +
		"Campaign officials admitted they had underinvested in overseas outreach, one strategist said on Monday in the capital.\n\n" +
		"The electoral commission will publish the final figures by the end of the week, its chairman told reporters.\n\nShare\n"
	a, re := readOne(t, NewTextReader(strings.NewReader(page), "page.txt", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	if paras := strings.Split(a.Body, "\n\n"); len(paras) != 4 || !strings.HasPrefix(paras[0], "Bogotá:") || !strings.HasPrefix(paras[3], "The electoral commission") {
		t.Errorf("body %q, want the four paragraphs from Bogotá's to the commission's", a.Body)
	}
	// A date under the headline that the reader cannot settle: the
	// masthead's day over it is not the article's.
	checkHeadBlocks(t, "THE HARBOUR LEDGER\nWednesday, 9 July 2025\n\n", []headBlockCase{
		{"Envoys sign border accord\nFrom ANA RUIZ in Geneva | Friday 3rd January", "", "", "Envoys sign border accord", "", "Ana Ruiz"},
		{"Envoys sign border accord\nMarch 5 | 14:20", "", "", "Envoys sign border accord", "", ""},
		{"Envoys sign border accord\nUpdated 3 hours ago", "", "", "Envoys sign border accord", "", ""},
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
	})
	// An archive's or a cache's banner over the page.
	for _, top := range []string{
		"PANDORA Archive\nAustralia's Web Archive\nThis is an archived copy of a website. Archived: 7 September 2007. Links may not work.\nTitle: The Harbour Ledger\n\nThe Harbour Ledger — Online Edition\nFRONT PAGE  NATIONAL  WORLD\n\n",
		"This is Google's cache of http://www.harbourledger.example/world/1183245.ece. It is a snapshot of the page as it appeared on 3 Feb 2013 11:42:07 GMT. The current page could have changed in the meantime. Learn more\nFull version  Text-only version  View source\n\nTHE HARBOUR LEDGER\nNews | World | Politics\n\n",
		"INTERNET ARCHIVE\nWayback Machine\nhttp://www.harbourledger.example/world/2004/11/story_88213.html\nGo\n243 captures\n12 Dec 2004 - 08 Mar 2016\nNOV DEC JAN\n14\n2003 2004 2005\nClose\nHelp\n\nThe Harbour Ledger\nHome | World | Business\n\n",
		"National Library Web Archive — Archived Content\nInformation identified as archived is provided for reference, research or recordkeeping purposes. It has not been altered or updated since the date of archiving.\nDate archived: 2010-11-02\n\nThe Harbour Ledger\nNews  ·  World\n\n",
	} {
		checkHeadBlocks(t, top, []headBlockCase{
			{"Analysis: Why the arms accord keeps slipping\nBy Ana Ruiz", "", "", "Analysis: Why the arms accord keeps slipping", "", "Ana Ruiz"},
			{"Envoys sign border accord\n04/05/2010", "", "", "Envoys sign border accord", "", ""},
		})
	}
}

// TestHeadBlockTranslationsBodies reads invented pages with the shapes the
// b155-b158 parts sets brought (Asia and the Pacific, text-only and lite
// versions, pages read through translation tools, international
// organisations' stories and bulletins), read first at 2e04551.
func TestHeadBlockTranslationsBodies(t *testing.T) {
	checkHeadBlocks(t, "Translated from Arabic  ·  View original\nعربي | Français | English (machine)\n\nHarbour Portal\nHome - National - Maghreb - International - Economy - Sport\n\n", []headBlockCase{
		{"Envoys sign border accord\nWednesday 7 of August of 2013 - 18:20", "The story continues after the advertising", "The reproduction of this content is prohibited without prior authorization.", "Envoys sign border accord", "2013-08-07", ""},
		{"Envoys sign border accord\nOf our correspondent in Geneva, Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nEnvoy Special: Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nWriting: Ana Ruiz, from Brasília\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nWriting of the Diary\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nWith agencies\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nFrom our editorial office in Berlin\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nPosted: 22 Aug 2022 | Originally published: 19 Aug 2022", "", "", "Envoys sign border accord", "2022-08-19", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Original article in Chinese\nMachine translation provided for reference only. In case of discrepancy, the Chinese version shall prevail.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "* * *\n\nThe designations employed and the presentation of material on this page do not imply the expression of any opinion whatsoever concerning the legal status of any country, territory, city or area or of its authorities.", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestClosingNoteOpensWithText checks that a last paragraph opening with a
// sentence of the text is not taken for the site's note, whatever its
// last sentence says, and that the note alone still is.
func TestClosingNoteOpensWithText(t *testing.T) {
	for _, tc := range []struct {
		s    string
		note bool
	}{
		{"Requests for delisting may be submitted through the Focal Point established by the Council. The updated list is available on the Committee's website.", false},
		{"The updated list is available on the Committee's website.", true},
		{"Aid agencies welcomed the pledges but urged donors to channel a larger share through local organisations. A follow-up meeting is planned for the autumn.", false},
		{"Harbour Current is a non-profit newsroom. Stories may be republished free with credit.", true},
	} {
		if got := closingNote(newUnit(tc.s, 0)); got != tc.note {
			t.Errorf("closingNote(%q) = %v, want %v", tc.s, got, tc.note)
		}
	}
}

// TestHeadBlockClipsCalendarsModernChrome reads invented pages with the
// shapes of session 31's blind sets: a section and its part after a dash,
// a link back to a section over the headline, a paywall's access notice,
// a ticker under an arrow, exchange rates and an index's move in the
// masthead, a day of another calendar "corresponding to" the Gregorian,
// a day without a year with a reading time, and under the text a
// subscription's terms, a print edition's note and a clipper's address.
func TestHeadBlockClipsCalendarsModernChrome(t *testing.T) {
	checkHeadBlocks(t, "The Harbour Ledger\nHome | World | Politics\n\n", []headBlockCase{
		{"Features — Geopolitics\n\nEnvoys sign border accord\n\nReport: Ana Ruiz, Lima\n\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"« Back to Region\n\nENVOYS SIGN BORDER ACCORD\n\nBy Ana Ruiz | Published: 14:32 GMT, 3 March 2001", "", "", "ENVOYS SIGN BORDER ACCORD", "2001-03-03", "Ana Ruiz"},
		{"This article is free to read. Register or log in to keep reading — no payment required.\n\nEnvoys sign border accord\nForeign Desk\n12 min read · Published 03 Mar 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"LATEST ⟩ Envoys arrive in Doha · Aid pledges top $4bn · Election results due Friday\n\nEnvoys sign border accord\nBy Ana Ruiz\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"USD 42,000 IRR ▲  |  EUR 49,100 IRR ▼\nBIST 100 ▲ 1.24%\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"KWD 1 = USD 3.29\nDoha 36°C | QR 3.64 / $\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Tuesday 4 Muharram 1420 AH corresponding to 20 April 1999\n\nEnvoys sign border accord\nBy Ana Ruiz", "", "", "Envoys sign border accord", "1999-04-20", "Ana Ruiz"},
		{"Envoys sign border accord\n\nBy Ana Ruiz\n\nAug 5 · 8 min read", "", "", "Envoys sign border accord", "", "Ana Ruiz"},
		{"Envoys sign border accord\nUpdated 2 June 2025 at 09:14 GMT+4  ·  First published 1 June 2025", "", "", "Envoys sign border accord", "2025-06-01", ""},
		{"Envoys sign border accord\nAna Ruiz · Gulf Affairs Editor, Dubai\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "", "Keep reading\nSubscribe to The Ledger from €1 a week.\nCancel anytime.\n\nAbout us · Contact", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Published in print on page A8 of the New York-area edition.\n\nSite Index", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Original URL: http://www.harbourledger.example/world/2001/03/03/0452\n\nReadability — Turn any web page into a clean view for reading now or later.", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestClipDates checks that the day a tool saved or clipped a page is
// never taken for the article's date, and that a site's own "Created:"
// line still dates its article.
func TestClipDates(t *testing.T) {
	body := "The two governments signed the agreement in the capital on Monday after three years of talks, officials said.\n\n\"This is a beginning,\" the foreign minister told reporters after the ceremony.\n\nThe accord takes effect in January.\n"
	for _, tc := range []struct {
		top, date, byline, url string
	}{
		{"---\nsource: https://www.harbourledger.example/world/item/55301\ncreated: 2018-09-27T11:45:03\ntags: [world, trade]\n---\n\nEnvoys sign border accord\n\n", "", "", "https://www.harbourledger.example/world/item/55301"},
		{"---\ntitle: Envoys sign border accord\nauthor: \"[[Ana Ruiz]]\"\ncreated: 2021-02-11\n---\n\nEnvoys sign border accord\n\n", "", "Ana Ruiz", ""},
		{"Thursday, 9 April 2020\n10:18\n\nPasted from <https://www.harbourledger.example/world/aid-37745>\n\nEnvoys sign border accord\n\n", "", "", "https://www.harbourledger.example/world/aid-37745"},
		{"Clipped from: https://www.harbourledger.example/news/article48823.ece\nClip date: 14/03/2015 09:12\n\nEnvoys sign border accord\nBy Ana Ruiz\nClipped on 5 February 2017 · Saved from web\n\n", "", "Ana Ruiz", "https://www.harbourledger.example/news/article48823.ece"},
		{"Envoys sign border accord\nWritten by Ana Ruiz\nCreated: Thursday, 12 March 2010 10:00\n\n", "2010-03-12", "Ana Ruiz", ""},
	} {
		a, re := readOne(t, NewTextReader(strings.NewReader(tc.top+body), "-", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatal(re)
		}
		if a.Title != "Envoys sign border accord" || a.DateString() != tc.date || a.Byline != tc.byline || a.URL != tc.url || !strings.HasPrefix(a.Body, "The two governments") || !strings.HasSuffix(a.Body, "in January.") {
			t.Errorf("%q:\n title %q, date %q (want %q), byline %q (want %q), url %q (want %q)\n body %q", tc.top, a.Title, a.DateString(), tc.date, a.Byline, tc.byline, a.URL, tc.url, a.Body)
		}
	}
}

// TestPageBreakMended checks that a paragraph a print's page break cut in
// two (the running foot and head between its halves) is read whole, and
// that a paragraph ending a sentence before the break is not joined.
func TestPageBreakMended(t *testing.T) {
	page := "4/14/24, 6:18 PM          Envoys sign border accord | The Ledger\n\nThe Ledger\n\nEnvoys sign border accord\n\nBy Ana Ruiz\n\nDecember 16, 2005\n\n" +
		"The two governments signed the agreement in the capital on Friday after three years of talks, officials said.\n\nAirlines said the change would shorten\n\n" +
		"https://www.ledger.example/world/2005/12/accord            1/2\n4/14/24, 6:18 PM          Envoys sign border accord | The Ledger\n\n" +
		"some routes by more than an hour.\n\nThe first flight under the agreement landed in the afternoon.\n\n" +
		"https://www.ledger.example/world/2005/12/accord            2/2\n"
	a, re := readOne(t, NewTextReader(strings.NewReader(page), "-", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	want := "The two governments signed the agreement in the capital on Friday after three years of talks, officials said.\n\nAirlines said the change would shorten some routes by more than an hour.\n\nThe first flight under the agreement landed in the afternoon."
	if a.Title != "Envoys sign border accord" || a.DateString() != "2005-12-16" || a.Body != want {
		t.Errorf("title %q, date %q\n body %q\n want %q", a.Title, a.DateString(), a.Body, want)
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Airlines said the change would shorten", true},
		{"the ministers met in Geneva,", true},
		{"The accord takes effect in January.", false},
		{"Envoys Sign Border Accord", false},
		{"Talks resume in Geneva", false},
	} {
		if got := midSentence(tc.s); got != tc.want {
			t.Errorf("midSentence(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestLineShapesSession31 checks the line shapes session 31's rules read:
// a masthead's rates and index moves, fields that give no date, and a
// name before its fields between bars or dashes.
func TestLineShapesSession31(t *testing.T) {
	for _, tc := range []struct {
		s    string
		rate bool
	}{
		{"USD 42,000 IRR ▲ | EUR 49,100 IRR ▼", true},
		{"BIST 100 ▲ 1.24%", true},
		{"KWD 1 = USD 3.29", true},
		{"1 USD = 79.90 AFN", true},
		{"Doha 36°C | QR 3.64 / $", true},
		{"G20 agrees $100bn fund", false},
		{"Vote 2024 | Results", false},
		{"Ministers meet in Geneva | 3 March 2001", false},
	} {
		if got := rateLine(tc.s); got != tc.rate {
			t.Errorf("rateLine(%q) = %v, want %v", tc.s, got, tc.rate)
		}
	}
	for _, tc := range []struct {
		s    string
		none bool
	}{
		{"Aug 5 · 8 min read", true},
		{"3 hours ago | 4 min read", true},
		{"Aug 5, 2021 · 8 min read", false},
		{"Jane Doe · 8 min read", false},
	} {
		if got := yearlessFields(tc.s); got != tc.none {
			t.Errorf("yearlessFields(%q) = %v, want %v", tc.s, got, tc.none)
		}
	}
	for _, tc := range []struct{ s, name string }{
		{"Shaharzad Ahmadi | Kabul | sh.ahmadi@kabulherald.example", "Shaharzad Ahmadi"},
		{"Dilnoza Karimova | Silk Road News Service", "Dilnoza Karimova"},
		{"Bilal Hamdani — Islamabad Chronicle", "Bilal Hamdani"},
		{"Middle East | North Africa | Gulf", ""},
		{"World News | Europe | Asia", ""},
		{"Jane Doe | Kabul", ""},
	} {
		if got := nameBeforeFields(tc.s); got != tc.name {
			t.Errorf("nameBeforeFields(%q) = %q, want %q", tc.s, got, tc.name)
		}
	}
}

// TestHeadBlockPrintsLongReadsForums reads invented pages with the shapes
// of session 31's second round: a print's running head and foot alone
// between paragraphs, a long read's chapter labels, series line and notes
// on the story, desks that name nobody, and articles pasted into forums,
// lists and social posts.
func TestHeadBlockPrintsLongReadsForums(t *testing.T) {
	checkHeadBlocks(t, "The Harbour Ledger\nHome | World\n\n", []headBlockCase{
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "https://www.harbourledger.example/p/48213    2/3", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "3/14/19, 9:02 AM    World News | The Harbour Ledger", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "Page 2/4", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "CHAPTER 2", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "PART THREE · THE RECKONING", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "", "Correction, March 18: An earlier version of this article misstated the date of a meeting.\n\nTags: treaties", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Update (Nov. 4): After publication, the ministry issued a statement disputing the figures. We stand by our reporting.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "This reporting was supported by a grant from the Harbour Reporting Fund, which had no role in editorial decisions.\n\nTOPICS", "Envoys sign border accord", "2001-03-03", ""},
		{"Reader view\ntheharbourledger.example\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nCorrespondent, Addis Ababa\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nA Harbour Investigations report\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"⚠ This page is best viewed on a desktop browser. Some interactive features may not load on mobile.\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Series: The Negotiators · Part 2 of 4\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nFirst published 2 hours ago", "", "", "Envoys sign border accord", "", ""},
		{"Forwarded from World Briefing Channel\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"r/geopolitics • 7 hr. ago\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Author Topic: pasted from the wire\n\nReport: Beijing Offers Debt Swap to Zambia Before Creditors' Meeting\n-- By Ana Ruiz, Caucasus Bureau\n3 March 2001", "", "", "Report: Beijing Offers Debt Swap to Zambia Before Creditors' Meeting", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\n3 March 2001", "", "« Last Edit: May 19, 2012, 02:21:10 pm by aleks_m »\nLogged\nPatience is the first weapon of the weak state.\n\nPage created in 0.118 seconds with 22 queries.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "--\nYou received this message because you are subscribed to the Google Groups \"Trade Policy Watch\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to trade+unsubscribe@example.org.", "Envoys sign border accord", "2001-03-03", ""},
	})
}

// TestHeadBlockOpinionWiresPictures reads invented pages with the shapes of
// opinion pages (labels before the writer, a dash before the name, a
// board for a writer), wire and syndicated copies (embargo notes, tickers,
// font-size controls, aggregators' lines) and pages of pictures (credits,
// gallery and video headlines, a masthead's day with its weather).
func TestHeadBlockOpinionWiresPictures(t *testing.T) {
	checkHeadBlocks(t, "The Harbour Ledger\nHome | World\n\n", []headBlockCase{
		{"Envoys sign border accord\nView by ANA RUIZ, Foreign Affairs Columnist\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nCommentary · Ana Ruiz, Nonresident Scholar\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Analysis | Envoys sign border accord\nOpinion contributor: Ana Ruiz\n3 March 2001", "", "", "Analysis | Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Why The Border Accord Should Worry The Capital\n— Ana M. Ruiz\n3 March 2001", "", "", "Why The Border Accord Should Worry The Capital", "2001-03-03", "Ana M. Ruiz"},
		{"The Uncomfortable Truth About Border Accords\nThe Editors\n3 March 2001", "", "", "The Uncomfortable Truth About Border Accords", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "Podcast: The Diplomacy Hour — Episode 112, ‘Who Blinks First?’", "", "Envoys sign border accord", "2001-03-03", ""},
		{"WIRE\nADVISORY: This story is embargoed until 0001 GMT. Do not publish before that time.\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"LATEST NEWS TICKER: Oil prices edge up • Election results awaited in Lima\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Font size: A A A  |  Print  |  E-mail\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Aggregated from partner outlets\nWORLD\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"International\n\nPool photo by Ana Ruiz\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "Photograph: Ana Ruiz / AFP / Getty Images", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "(AFP via Getty Images)", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Accept all cookies\nManage preferences\n\nPHOTO ESSAY\n\nGallery: A week of vigils outside the embassy gates\nLena Vogt & Martin Okafor | Brussels\n3 March 2001", "", "", "Gallery: A week of vigils outside the embassy gates", "2001-03-03", "Lena Vogt and Martin Okafor"},
		{"Wed, 3 Jul 2013  |  Auckland 14°\n\nEnvoys sign border accord\nBy Ana Ruiz | Published: 07/05/2010", "", "", "Envoys sign border accord", "", "Ana Ruiz"},
	})
}

// TestHeadBlockForeignChromeCMSComments reads invented pages with the
// shapes of English articles on sites whose chrome is in another language
// (lines in that language, dates with its short month names and
// ordinals), of local sites on common content systems ("Continued on
// page 2 »", a date with its section's field, a content system's licence
// line, hit counters) and of pages saved with their readers' comments.
func TestHeadBlockForeignChromeCMSComments(t *testing.T) {
	checkHeadBlocks(t, "The Harbour Ledger\nHome | World\n\n", []headBlockCase{
		{"🔔 Ative as notificações e receba as principais notícias do dia\n\nEnvoys sign border accord\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "Der Artikel wird unter der Anzeige fortgesetzt", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "広告", "", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n23 ott 2024 · Lettura 4 min", "", "", "Envoys sign border accord", "2024-10-23", ""},
		{"Envoys sign border accord\n12 Mart 2021 Cuma 10:45", "", "", "Envoys sign border accord", "2021-03-12", ""},
		{"Envoys sign border accord\nPublié le jeudi 1er juin 2023 à 7h30", "", "", "Envoys sign border accord", "2023-06-01", ""},
		{"Envoys sign border accord\nBy Ana Ruiz\n3 March 2001", "Continued on page 2 »", "", "Envoys sign border accord", "2001-03-03", "Ana Ruiz"},
		{"Envoys sign border accord\nHerald Correspondent\nJan 5th, 2012 | Filed under World", "", "", "Envoys sign border accord", "2012-01-05", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Prev  1  2  3  Next\n\nHits: 1527\n\nJoomla! is Free Software released under the GNU General Public License.", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\n3 March 2001", "", "Comments (37)\n\nPosted by: frankh_1962 | March 15, 2011 at 10:22 AM\nReply  Report", "Envoys sign border accord", "2001-03-03", ""},
		{"Envoys sign border accord\nEin Gastbeitrag von Friedrich Albers\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Friedrich Albers"},
		{"Envoys sign border accord\ndi ALESSANDRO BERTI, inviato a New York\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Alessandro Berti"},
		{"Envoys sign border accord\nDi Giulia Santoro e Marco Ferretti\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", "Giulia Santoro and Marco Ferretti"},
		{"Di Maio Meets Envoys in Rome\n3 March 2001", "", "", "Di Maio Meets Envoys in Rome", "2001-03-03", ""},
		{"Envoys sign border accord\nvor 3 Stunden", "", "", "Envoys sign border accord", "", ""},
		{"Envoys sign border accord\ndpa/AFP/woe\n3 March 2001", "", "", "Envoys sign border accord", "2001-03-03", ""},
	})
}
