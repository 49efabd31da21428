package archive

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The shape of a saved page (see the rules in read_text.go). A page is cut
// into units: a line, or a whole paragraph when its lines are prose wrapped
// at a fixed width. Each unit is chrome (a known phrase, a menu, a line
// repeated in the folder's other pages), prose (a sentence: at least three
// words and final punctuation, or at least 15 words) or short (a headline,
// a byline, a date, a list item).

// unitsSeen, when set (by tests only), is given each page's units once the
// rules have classified them: the page model's measurement reads them.
var unitsSeen func(units []pageUnit, h pageHints, html bool)

// pageUnit is one line of a page, or one wrapped paragraph.
type pageUnit struct {
	text  string // as written, lines joined by "\n"
	flat  string // spaces collapsed
	block int    // the blank-line-separated block it comes from
	words int
	prose bool
	// chrome: never article text. end: chrome that closes the article
	// ("Related stories", "Comments (3)", a copyright line).
	chrome, end bool
	learned     bool // repeated in other pages of the folder
	// meta: a date, byline, label ("From:", "Published") or a label's
	// value: page metadata, never text.
	meta bool
	// running: a page's running head or number, as a PDF turned into
	// text repeats it at each page break: chrome that does not close the
	// text.
	running bool
	// template: a sentence the folder's pages fill in each their own way
	// ("Omar Haddad's column appears on Saturdays."): not text where it
	// ends the text.
	template bool
	// foreign: a sentence in another language on a page in English (a
	// summary for the site's own readers), marked chrome too.
	foreign bool
}

// labelWords are words that, alone on a line, label the next line
// ("Published" over "06/12/2010").
var labelWords = map[string]bool{
	"published": true, "updated": true, "last updated": true, "posted": true, "date": true,
	"from": true, "by": true, "author": true, "authors": true, "written by": true, "source": true,
	"first published": true, "release date": true, "issued": true, "contact": true, "location": true,
	"contributor": true, "contributors": true, "writer": true, "reporter": true, "correspondent": true,
	"words": true, "story": true, "reporting": true, "text": true, "words by": true, "story by": true,
}

// kickerLabels are the words a headline may open with before a colon
// ("Analysis: What the deal means"): a kicker, not a field's label.
var kickerLabels = map[string]bool{
	"analysis": true, "opinion": true, "comment": true, "explainer": true, "interview": true, "review": true,
	"profile": true, "exclusive": true, "update": true, "breaking": true, "watch": true, "live": true,
	"factbox": true, "feature": true, "editorial": true, "obituary": true, "special report": true, "insight": true,
	"live updates": true, "live blog": true,
	"timeline": true, "q&a": true, "fact check": true, "in pictures": true, "in depth": true,
	"brief": true, "in brief": true, "news brief": true, "news analysis": true, "press release": true, "media release": true, "news release": true,
	"explained": true, "in full": true, "in numbers": true, "in charts": true, "what we know": true, "first person": true,
	"commentary": true, "dispatch": true, "essay": true, "perspective": true, "viewpoint": true, "column": true,
	"briefing": true, "long read": true, "the big read": true, "big read": true, "deep dive": true, "guest essay": true,
	"updated": true, "review essay": true,
	"listen": true, "video": true, "audio": true, "podcast": true, "watch live": true, "as it happened": true, "mapped": true,
	"charted": true, "key points": true, "rolling coverage": true, "in photos": true, "in video": true,
	"gallery": true, "photo gallery": true, "photos": true, "pictures": true, "photo essay": true, "slideshow": true,
	"media advisory": true, "press statement": true, "statement": true, "readout": true, "joint statement": true, "communiqué": true,
	"notice": true, "announcement": true, "alert": true, "news alert": true, "advisory": true,
}

// isKicker reports whether label, in any case, is one of kickerLabels.
func isKicker(label string) bool { return kickerLabels[strings.ToLower(label)] }

// rxSays matches a line that opens a quotation ("He said:").
var rxSays = lazyRE(`\b(?:said|says|added|adds|told|wrote|asked|stated|declared)$`)

// rxRole matches a byline's second line: "Senior Fellow, Europe Program",
// "Diplomatic Correspondent", "Head of Communications".
var rxRole = lazyRE(`(?i)\b(?:fellow|director|scholar|associate|correspondent|editor|reporter|writer|professor|analyst|researcher|columnist|contributor|staff|program|programme|bureau|chief|journalist|spokesperson|spokesman|spokeswoman|head\s+of\s+(?:communications|media|press|information)|(?:press|media|communications|information)\s+officer)\b`)

// markMeta flags the units that are page metadata.
func markMeta(units []pageUnit, now time.Time, order dateOrder) {
	text := false         // a sentence without a label has come
	headlineSeen := false // a line in title case of three words or more has come
	for i := range units {
		u := &units[i]
		if u.chrome {
			continue
		}
		// A note on the page itself before the text gives its date:
		// "Editor's note: This article was first published on April 19,
		// 2010 and has been updated."
		// Without a day it is still a note, not the text: "From the
		// Archives: This article was originally published in 2016."
		if !text && publicationNote(*u) {
			u.meta = true
			continue
		}
		// The day a tool saved the page, however labelled ("Clipped on 5
		// February 2017 · Saved from web", "Printed: 14/04/2024"): the
		// tool's, not the article's.
		if u.words <= 16 && hasYear(u.flat) && rxSaveStamp.MatchString(u.flat) {
			// (A forum's "« Last Edit: May 19, 2012 by user »" closes
			// its post.)
			u.chrome = true
			u.end = u.end || strings.Contains(strings.ToLower(u.flat), "last edit")
			continue
		}
		// Dates and their labels only, however many: "First published:
		// Thursday 9 Dec 2010 12.34 GMT | Last modified on Friday 10 Dec
		// 2010 08.15 GMT".
		if u.words <= 30 && (datesOnlyLine(u.flat) || nameThenDates(u.flat)) {
			u.meta = true
			continue
		}
		// The writer's note in the byline's place, under the headline and
		// over the date or a byline, alone or run on with the date: "Dr
		// Matthias Kühne is a senior research fellow at the Institute for
		// Comparative Fiscal Studies. | 19 August 2010".
		if !text && headlineSeen && u.words <= 35 && bioField(u.flat) && (rxFieldSep.MatchString(u.flat) && hasDate(u.flat) || headsMeta(units, i, len(units))) {
			u.meta = true
			continue
		}
		// Before the text, a sentence under a one-word label is a box's
		// field ("Claim: The talks were cancelled last week."), and a
		// short value under a label of one or two words is a field
		// ("Speaker: Minister Irene Castell", "Delivered on: 24 July 2004").
		// Only under a headline: a first line "Profile: David Miliband" is
		// the headline itself.
		// Nor a line right over a byline or a date that is no field:
		// "Cabinet reshuffle: Five winners and three losers" over "By
		// Jane Doe" or "Wed 3 Apr 2013" is the headline ("Speaker:
		// Minister Irene Castell" over "Delivered on: 24 July 2004" is a
		// field).
		if m := rxFieldLine.FindStringSubmatch(u.flat); m != nil && !text && headlineSeen && !quotedValue(u.flat) && !(i+1 < len(units) && !rxFieldOpen.MatchString(units[i+1].flat) && (isBylineUnit(units[i+1].flat) || headedBlock(units, i))) {
			// (A kicker over a headline in the same line is not a field:
			// "Analysis: What the Geneva deal means for refugees".)
			// (A long sentence under a one-word label is a field only
			// beside another: "Claim: ..." over "Verdict: False"; alone it
			// is the text's first, after its dateline: "Muscat: Envoys
			// resumed indirect talks in Oman on Saturday, with ...".)
			if u.prose && u.words <= 25 && !strings.Contains(m[1], " ") && strings.HasSuffix(u.flat, ".") && (u.words <= 12 || besideField(units, i)) || !u.prose && u.words <= 8 && !isKicker(m[1]) && !topicHeadline(u.flat) {
				u.meta = true
				continue
			}
		} else if u.prose && u.words > 12 {
			text = true
		}
		if !u.prose && u.words >= 3 && titleCase(u.flat) {
			headlineSeen = true
		}
		// A byline run on with its date, however long: "By Anna Keller and
		// Tom Reed | First published on Sat 24 Jul 2004 10.15 BST"; or
		// two writers with their cities ("By Anna Keller in Geneva and
		// Tom van der Reed in The Hague").
		// So is a credit run on with its date: "Reporting by Jane Doe;
		// Editing by John Roe | Tuesday, 3 February 2015".
		if first := rxFieldSep.Split(u.flat, 2)[0]; u.prose && u.words <= 25 && (isBylineUnit(first) || creditLine(first) && hasDate(u.flat)) && (strings.ContainsAny(u.flat, "|·•") || hasDate(u.flat) || opensBy(u.flat) && !endsSentence(u.flat)) {
			u.meta = true
			continue
		}
		if u.prose && u.words > 12 {
			continue
		}
		low := strings.ToLower(strings.TrimRight(u.flat, ": "))
		label := labelWords[low] || u.words <= 2 && strings.HasSuffix(u.flat, ":") && !rxSays.MatchString(low)
		if label && !strings.HasSuffix(u.flat, ":") && i > 0 && units[i-1].block == u.block && !units[i-1].prose && units[i-1].words <= 2 {
			// A menu's item, one of a run of short lines ("About" over
			// "Contact"), labels nothing under it.
			label = false
		}
		// A labelled field on one line: "From: Ministry of Foreign Affairs".
		// (Not a date's label before words that hold no date: "UPDATED:
		// Ferry subsidy talks collapse" is a kicker over a headline.)
		if k, v, ok := strings.Cut(low, ": "); ok && labelWords[k] && v != "" && u.words <= 10 && !(dateLabels[k] && noDateWords(v)) {
			u.meta = true
			continue
		}
		// A label's value, or its list ("Key points:" over "• Talks to
		// resume within weeks"), on the lines under it.
		if label {
			for j := i + 1; j < len(units) && !units[j].prose && units[j].block == u.block; j++ {
				units[j].meta = true
				if !rxBullet.MatchString(units[j].flat) && !strings.HasSuffix(u.flat, ":") {
					break
				}
			}
		}
		// (Not under the site's name or a section's: "The Sentinel Online"
		// over "Election commission chief resigns under pressure".)
		role := i > 0 && u.words <= 6 && !u.prose && rxRole.MatchString(u.flat) && nameLine(units[i-1].flat, units[i-1].words) != "" && !siteName(units[i-1]) && !rxSectionWord.MatchString(units[i-1].flat) ||
			!u.prose && nameRoleLine(u.flat)
		// (An agency alone is the byline only before the text: in it, it
		// credits a picture. So is a dash and a name: "— Pacific Wire".)
		if !text && (len(u.flat) < 60 && rxAgencyLine.MatchString(u.flat) || headlineSeen && dashCredit(u.flat)) {
			u.meta = true
			continue
		}
		if label || role || isBylineUnit(u.flat) || rxRelative.MatchString(u.flat) || rxTimeOnly.MatchString(u.flat) {
			u.meta = true
		} else if !u.prose || rxPublished.MatchString(u.flat) {
			// A date line, or a short sentence saying when the article was
			// published ("Originally published in the Ledger on 19 April
			// 2010.").
			if d, _ := findDateIn(u.flat, now, order); d != "" && !dateInSentence(u.flat, d) {
				u.meta = true
			}
		}
	}
}

// dateLabels are the labels of labelWords that only a date or a time
// follows.
var dateLabels = map[string]bool{
	"published": true, "updated": true, "last updated": true, "posted": true, "date": true,
	"first published": true, "release date": true, "issued": true, "created": true, "modified": true,
}

// rxWhenWords matches the words of a date written without digits: "today",
// "3 hours ago", "just now".
// Each is a whole word: "UPDATED: Polling stations to stay open an extra
// hour" and "UPDATED: Money for the ferry" hold none.
var rxWhenWords = lazyRE(`(?i)\b(?:today|yesterday|just now|(?:a|an|one|a few|several|\d+)\s+(?:moments?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|moments\s+ago|ago|(?:mon|tue|wed|thu|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`)

// noDateWords reports whether v, a label's value, holds no date: neither
// a digit nor a word of a date, or a sentence of six words or more with a
// function word and no date, whatever figures it holds ("UPDATED: Death
// toll ... rises to 17": a headline's words after its kicker).
func noDateWords(v string) bool {
	if !strings.ContainsAny(v, "0123456789") && !rxWhenWords.MatchString(v) {
		return true
	}
	return len(strings.Fields(v)) >= 6 && hasFunctionWord(v) && !hasDate(v) && !rxWhenWords.MatchString(v)
}

// dateInSentence reports whether the date d in s is a headline's words
// ("The long goodbye: how Britain handed over Hong Kong on 30 June
// 1997"), not a date line's: five words or more before it, the last a
// preposition, and none of them a publication's label or a byline's.
func dateInSentence(s, d string) bool {
	i := strings.Index(s, d)
	if i < 0 {
		return false
	}
	before := strings.Fields(s[:i])
	// (The words after a field's mark only: "Hansard extract – Sitting
	// of Wednesday 7 February 2018" is a record's date line.)
	for k := len(before) - 1; k >= 0; k-- {
		if w := before[k]; w == "–" || w == "—" || w == "-" || w == "|" || w == "·" || w == "•" {
			before = before[k+1:]
			break
		}
	}
	if len(before) < 5 || !datePrepositions[strings.ToLower(before[len(before)-1])] {
		return false
	}
	return !rxPublishWord.MatchString(s[:i])
}

// rxPublishOpen matches a line that opens with a publication's verb:
// "Filed at 11:47 p.m. ET | March 1, 2002", "Posted 10:15 - ...".
var rxPublishOpen = lazyRE(`(?i)^(?:filed|posted|published|updated|issued|released|last\s+(?:updated?|modified|edited|revised)|first published|modified|created)\b`)

// rxPublishWord matches a word that labels a date line or a byline:
// "Posted", "Updated", "Filed", "by".
var rxPublishWord = lazyRE(`(?i)(?:^|[\s:,.|])(?:by|date|created|modified|edited|(?:publi|post|updat|releas|issu|filed|dated|upload|writ)\p{L}*)(?:$|[\s:,.|])`)

// datePrepositions are the words before a date inside a sentence.
var datePrepositions = map[string]bool{"on": true, "in": true, "since": true, "until": true, "from": true, "of": true, "before": true, "after": true, "to": true}

// topicHeadline reports whether s, a label and a value, reads as a
// headline after its topic: the value opens in lower case and runs four
// words or more with a function word ("Treaty talks: what the draft
// actually says"), or is a sentence in sentence case, where a field's
// value is a name, a date or a place.
func topicHeadline(s string) bool {
	_, v, ok := strings.Cut(s, ": ")
	if !ok || len(strings.Fields(v)) < 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsLower(r) {
		// A value in sentence case of five words or more, two of them
		// long words in lower case, is a headline too: "Kabul talks:
		// Taliban delegation demands prisoner releases first" (a field's
		// value is a name: "Speaker: Minister Irene Castell").
		lower := 0
		for _, w := range strings.Fields(v) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4 {
				lower++
			}
		}
		return len(strings.Fields(v)) >= 5 && lower >= 2 && !listValue(v)
	}
	// (Five words or more with no list or figure read as a sentence
	// even without a function word: "Grain corridor: shipping insurers
	// raise premiums again", "Cabinet shuffle: three new faces, Foreign
	// Affairs unchanged".)
	return hasFunctionWord(v) || len(strings.Fields(v)) >= 5 && !listValue(v)
}

// listValue reports whether a field's value v may be a list or a figure:
// it holds a semicolon or a digit, or a comma between items of one or two
// words ("trade, diplomacy, regional"); clauses of three words or more
// ("three new faces, Foreign Affairs unchanged") are a headline's.
func listValue(v string) bool {
	if strings.ContainsAny(v, ";0123456789") {
		return true
	}
	if !strings.Contains(v, ",") {
		return false
	}
	for part := range strings.SplitSeq(v, ",") {
		if len(strings.Fields(part)) < 3 {
			return true
		}
	}
	return false
}

// quotedValue reports whether the value after a line's label opens with a
// quotation mark or holds words in quotation marks: "Peace envoy: “The
// next 72 hours are decisive”" is a headline, not a field.
func quotedValue(s string) bool {
	_, v, ok := strings.Cut(s, ": ")
	return ok && (strings.HasPrefix(v, "“") || strings.HasPrefix(v, "\"") || strings.HasPrefix(v, "‘") || strings.HasPrefix(v, "'") ||
		strings.ContainsAny(v, "'‘\"“") && rxQuotedWords.MatchString(v))
}

// rxQuotedWords matches words in quotation marks inside a line:
// "Minister: Talks with Dublin 'constructive'" (not the apostrophes of
// "O'Brien's").
var rxQuotedWords = lazyRE(`(?:^|\s)['‘"“][^'’"”]{2,}['’"”](?:$|[\s,.;:!?])`)

// nameThenDates reports whether s is a writer's name (and place) then
// dates in fields: "Alhassan Mahama, Tamale | Fri, Aug 29 2014 at 7:15 am
// | Modified: Fri, Aug 29 2014 at 9:02 am".
//
// A role may stand between them: "Jane Doe | Economics Correspondent |
// Updated August 17, 2020 4:01 PM ET, Published August 16, 2020", or
// after the name: "Liam Brennan, Chief Economics Correspondent |
// Originally published 2 May 2022; last modified 4 May 2022".
func nameThenDates(s string) bool {
	f := rxFieldSep.Split(s, 2)
	if len(f) != 2 {
		return false
	}
	if !datesOnlyLine(f[1]) {
		g := rxFieldSep.Split(f[1], 2)
		if len(g) != 2 || len(strings.Fields(g[0])) > 4 || strings.ContainsAny(g[0], "0123456789") || !rxRole.MatchString(g[0]) || !datesOnlyLine(g[1]) {
			return false
		}
	}
	if nameLine(f[0], len(strings.Fields(f[0]))) != "" {
		return true
	}
	if _, strong := bylineShape(strings.TrimSpace(f[0])); strong {
		return true // "From Kwame Boateng in Accra"
	}
	if nameAndRole(strings.TrimSpace(f[0])) != "" {
		return true // "Liam Brennan, Chief Economics Correspondent"
	}
	return writersLine(strings.TrimSpace(f[0]))
}

// nameAndRole returns the name of s when s is a writer's name and role
// after a comma ("Liam Brennan, Chief Economics Correspondent"); ""
// otherwise.
func nameAndRole(s string) string {
	name, role, ok := strings.Cut(s, ", ")
	if !ok || len(strings.Fields(role)) > 5 || !rxRole.MatchString(role) || strings.ContainsAny(role, "0123456789") {
		return ""
	}
	return nameLine(name, len(strings.Fields(name)))
}

// writersLine reports whether s is two writers' names, maybe with their
// cities: "Jane Doe and John Roe", "Jane Doe and John Roe, Lagos & Kano".
func writersLine(s string) bool {
	if !strings.Contains(s, " and ") && !strings.Contains(s, " AND ") && !strings.Contains(s, " & ") {
		return false // (the cheap test before the patterns)
	}
	s = cutBylineTail(s)
	if len(strings.Fields(s)) > 14 || opensBy(s) || rxSectionWord.MatchString(s) || rxMediaWord.MatchString(s) {
		return false
	}
	if twoNames(s) {
		return true
	}
	names, places, ok := strings.Cut(s, ", ")
	return ok && twoNames(names) && len(strings.Fields(places)) <= 4 && !strings.ContainsAny(places, "0123456789")
}

// rxInvertedNames matches writers' names as a library's record gives
// them, surname first, several between semicolons: "Halvard, Sigrun;
// Ndlovu-Prest, Samuel".
var rxInvertedNames = lazyRE(`^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?(?:;\s+\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)*$`)

// uninvertNames writes names rxInvertedNames matched given name first,
// joined as a byline joins them: "Sigrun Halvard and Samuel Ndlovu-Prest".
func uninvertNames(s string) string {
	var names []string
	for part := range strings.SplitSeq(s, ";") {
		last, first, _ := strings.Cut(strings.TrimSpace(part), ", ")
		names = append(names, first+" "+last)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// cutBylineTail returns s without what a byline may have after its names
// and a headline has not: a follow button ("+ Follow"), an e-mail
// address, a publication or agency in brackets ("(People's Courier)",
// "(Xinhua)").
func cutBylineTail(s string) string {
	s = strings.TrimSpace(s)
	if m := rxFollowTail.FindStringIndex(s); m != nil {
		s = s[:m[0]]
	}
	if strings.Contains(s, "@") {
		if m := rxEmailTail.FindStringIndex(s); m != nil {
			s = strings.TrimRight(s[:m[0]], ",;| ")
		}
	}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			if p := s[i+2 : len(s)-1]; rxAgency.MatchString(p) || rxMediaWord.MatchString(p) || rxAcronym.MatchString(p) {
				s = s[:i]
			}
		}
	}
	return s
}

// rxReadTimeField matches a reading time in a date line's field, in
// English and the languages of sites' English editions: "4 min read",
// "Lesezeit: 4 Min.", "Reading time: 4 minutes", "4 min de lectura".
var rxReadTimeField = lazyRE(`(?i)\b(?:lesezeit|reading time|read time|tiempo de lectura|temps de lecture|tempo di lettura|leestijd)\s*:?\s*\d{1,3}\s*min(?:ute)?[sn]?\b\.?|\b\d{1,3}\s*min(?:ute)?s?\.?\s+(?:read|de lectura|de lecture|di lettura|Lesezeit)\b`)

// dateLabelWords are the words that label a date in a date line.
var dateLabelWords = map[string]bool{
	"first": true, "originally": true, "last": true, "published": true, "updated": true, "modified": true, "posted": true,
	"created": true, "issued": true, "edited": true, "filed": true, "date": true, "time": true, "and": true, "at": true, "on": true, "|": true,
	"·": true, "•": true, "-": true, "–": true, "—": true, "/": true,
	// between a date of another calendar and the Gregorian: "4 Muharram
	// 1420 AH corresponding to 20 April 1999"
	"corresponding": true, "corresponds": true, "equivalent": true, "to": true, "ah": true, "a.h": true, "ad": true, "ce": true, "=": true,
}

// rxAgoField matches an update's time in words after a date: "Updated 1
// hour ago", "updated 3 days ago".
var rxAgoField = lazyRE(`(?i)\b(?:(?:last\s+)?updated|modified)\s*:?\s*(?:\d{1,3}|an?|one|a few)\s+(?:sec|second|min|minute|hour|hr|day|week)s?\s+ago\b`)

// datesOnlyLine reports whether s holds a date and nothing but dates,
// times and their labels.
// rxCommentsLabel matches the label over readers' comments: "Comments
// (37)", "12 Comments", "Reader Reactions (18)", "Join the conversation".
var rxCommentsLabel = lazyRE(`(?i)^(?:\d+\s+)?(?:reader\s+|readers'\s+|user\s+)?(?:comments?|reactions|responses|replies|discussion)\s*(?:\(\d+\))?:?$|^(?:join the (?:conversation|discussion)|leave a (?:comment|reply)|have your say)\b`)

// rxFiledField matches a section's field after a bar or a dot: " |
// Filed under World", " · Posted in News", " | Categories: Politics".
var rxFiledField = lazyRE(`(?i)\s*[|·•]\s*(?:filed\s+under|posted\s+in|categor(?:y|ies))\s*:?\s+[^|·•]{1,40}`)

func datesOnlyLine(s string) bool {
	if !hasYear(s) {
		return false
	}
	if mayHaveOtherCalendar(s) && rxOtherCalendarDate.MatchString(s) {
		// the same day in the Islamic calendar: "Wednesday 26 September
		// 2018 | Muharram 16, 1440" (or the Hebrew, Nepali, Bengali one)
		s = rxOtherCalendarDate.ReplaceAllString(s, "")
	}
	if (strings.Contains(s, "min") || strings.Contains(s, "Min")) && rxReadTimeField.MatchString(s) {
		// a reading time in a field: "27.03.2013 | Lesezeit: 4 Min."
		s = rxReadTimeField.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "iled") || strings.Contains(s, "osted in") || strings.Contains(s, "ategor") {
		// a section's field beside the date: "Jan 5th, 2012 | Filed under
		// World", "March 3, 2001 · Posted in News"
		s = rxFiledField.ReplaceAllString(s, "")
	}
	// another language's labels, weekdays and months: "czwartek, 23
	// lutego 2023 r.", "Le 07 décembre 2015 à 19:20, modifié le 08 décembre
	// 2015 à 07:55"
	s = englishDateLabels(s)
	if e, ok := englishDate(s); ok {
		s = e
	}
	if strings.Count(s, ".") >= 2 {
		s = isoYMDDots(s)
	}
	if strings.Contains(s, " ago") {
		// an update in words beside the date: "Published 04:30 PM CET,
		// Fri 13 November 2020 — Updated 1 hour ago"
		s = rxAgoField.ReplaceAllString(s, "")
	}
	if strings.Contains(s, " old") {
		s = rxAgeNote.ReplaceAllString(s, "") // "... This article is more than 5 years old."
	}
	if low := strings.ToLower(s); strings.Contains(low, "release") || strings.Contains(low, "ref") || strings.Contains(low, "no") || strings.Contains(low, "statement") || strings.Contains(low, "communiqu") {
		s = rxReferenceField.ReplaceAllString(s, "") // "15 July 1997 — Press Release PR/1997/231"
	}
	for _, w := range strings.Fields(s) {
		if t := strings.ToLower(strings.Trim(w, ":;,()")); !dateLabelWords[t] && !rxDateWord.MatchString(t) && t != "" {
			return false
		}
	}
	return true
}

// rxReferenceField matches a document's kind and number after the date
// on its date line: "15 July 1997 — Press Release PR/1997/231", "3 March
// 2001 | Ref: MFA/117/01", "12.05.2010 · Statement No. 14".
var rxReferenceField = lazyRE(`(?i)\s+[—–|·-]\s+(?:(?:(?:press|news|media)\s+)?(?:release|statement|note|communiqu[ée]|briefing)(?:\s+(?:no\.?|number|nr\.?|n°|#))?|ref(?:erence)?\.?(?:\s+no\.?)?\s*:?|no\.?)\s*[\p{Lu}\d][\p{Lu}\d./-]*\d[\p{Lu}\d./-]*$`)

// publicationNote reports whether u is a note on the page's publication:
// "Editor's note: This article was first published on April 19, 2010",
// "From the Archives: This article was originally published in 2016."
func publicationNote(u pageUnit) bool {
	return u.prose && u.words <= 30 && rxPublished.MatchString(u.flat) && rxSelfRef.MatchString(rxNoteLabel.ReplaceAllString(u.flat, ""))
}

// rxNoteLabel matches the label that opens a note: "Editor's note: ",
// "Note: ".
var rxNoteLabel = lazyRE(`^[\p{L}'’]+(?: [\p{L}'’]+){0,2}:\s+`)

// rxFieldLine matches a line that opens with a label of one or two words,
// the first capitalised: "Claim: ...", "Delivered on: ...".
var rxFieldLine = lazyRE(`^(\p{Lu}\p{Ll}+(?: \p{Ll}+)?):\s+\S`)

// rxCreditTail matches a picture's credit in brackets ending a line:
// "(Photo: Jane Doe/Agency)", "[Picture: Agency]".
var rxCreditTail = lazyRE(`(?i)[(\[](?:photo|picture|image|video|photograph|file photo)s?\s*[:/][^)\]]{1,80}[)\]]$`)

// rxBullet matches a list item's mark.
// rxPlaceholder matches a line of bracketed placeholders, as a text-only
// page gives images and links: "[Image: Delegates arrive]", "[Link: Home]
// [Link: World]", "Chart: Annual inflation rate, per cent. Source:
// Statistics Office", "(Embedded content from an external platform is not
// displayed.)".
var rxPlaceholder = lazyRE(`^(?:\[[^\]]{1,80}\]\s*)+$|(?i)^\((?:image|photo|picture|photograph|pic)s?\s*:\s*[^()]{2,60}\)$|^\[(?i:photo|image|picture|video|graphic|caption|chart|graph|map|table|infographic|audio|embedded[^:\]]{0,20})\s*:[^\]]{1,240}\]$|(?i)^\((?:graphic|chart|infographic|map|table|video|audio|photo)\)\s|(?i)^(?:graphic|chart|infographic|interactive|gallery)\s*:\s[^.!?]{3,80}(?:\.\s+source\s*:\s[^.!?]{2,80})?\.?$|(?i)^[(\[][^()\[\]]{0,80}\b(?:embedded|embed|external|interactive)\b[^()\[\]]{0,80}\b(?:not|cannot|unavailable)\b[^()\[\]]{0,60}[)\]]\.?$`)

// reuseNoteOpen reports whether low (a line in lower case) opens as a
// note rxReuseNote matches may: the cheap test before the pattern.
func reuseNoteOpen(low string) bool { return hasAnyPrefix(low, reuseNoteOpeners) }

var reuseNoteOpeners = []string{"republished ", "reprinted ", "reposted ", "any use ", "any reproduction ", "any copying ", "the author ", "the writer ", "originally ", "first "}

// rxReuseNote matches a closing note on the story's reuse or its writer:
// "Republished with permission.", "Originally published by the Dispatch.
// Republished with permission.", "Any use of the agency's materials
// requires a hyperlink to the source.", "The author is a former trade
// negotiator who teaches at ...".
var rxReuseNote = lazyRE(`(?i)^(?:(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on)\s+[^.!?,]{2,80}\.\s+re(?:published|printed|posted)\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission|via\s+[^.!?]{2,60})\.?$|re(?:published|printed|posted)\s+(?:here\s+)?(?:with|by)\s+(?:kind\s+)?permission\b[^.!?]{0,80}\.?$|re(?:published|printed|posted)\s+(?:here\s+)?under\s+(?:a\s+)?licen[cs]e\s+(?:from|with|of|agreement\s+with)\s+[^.!?]{2,60}\.?$|any\s+(?:use|reproduction|copying)\s+of\s+[^.!?]{2,80}\b(?:requires|is\s+(?:permitted|allowed|prohibited))\b[^.!?]{0,80}\.?$|the\s+(?:author|writer)\s+(?:is|was)\s+(?:a|an|the)\s[^.!?]{5,200}\.?$)`)

// editorNote reports whether s (low in lower case) is a note the site
// closes a story with, on the story rather than in it: a correction
// ("Correction: An earlier version of this article misstated ..."), the
// office that authorised a release ("Authorised by the Press
// Secretariat, Office of the Prime Minister."), the licence it is
// published under ("Published under a Creative Commons licence.") or the
// staff who added to it ("Additional reporting by Morning Post staff.",
// "— With assistance from Jane Doe.").
func editorNote(low, s string) bool {
	// "* This article was amended to ...", "— With assistance from ..."
	low, s = strings.TrimLeft(low, "*†—– "), strings.TrimLeft(s, "*†—– ")
	switch {
	case strings.HasPrefix(low, "correction") || strings.HasPrefix(low, "clarification") || strings.HasPrefix(low, "editor") || strings.HasPrefix(low, "this article") || strings.HasPrefix(low, "this story") || strings.HasPrefix(low, "update"):
		return rxCorrectionNote.MatchString(s) || rxStoryNote.MatchString(s) || rxUnverifiedNote.MatchString(s)
	case strings.HasPrefix(low, "authori") || strings.HasPrefix(low, "issued by ") || strings.HasPrefix(low, "released by ") || strings.HasPrefix(low, "distributed by "):
		return rxAuthorisedBy.MatchString(s)
	case strings.Contains(low, "creative commons"):
		return rxLicenceNote.MatchString(s)
	case strings.HasPrefix(low, "additional reporting "):
		return rxAddedReporting.MatchString(s)
	case strings.HasPrefix(low, "with assistance ") || strings.HasPrefix(low, "with additional assistance "):
		return rxAssistance.MatchString(s)
	case strings.Contains(low, "translation"):
		return rxTranslationNote.MatchString(s)
	case strings.Contains(low, "story") || strings.Contains(low, "article") || strings.Contains(low, "guidelines") || strings.Contains(low, "official record") || strings.HasPrefix(low, "translated from ") || strings.Contains(low, "print edition"):
		return rxStoryNote.MatchString(s)
	}
	return false
}

// noteDay is the day a note on the story may give after its label:
// "Correction, March 18:", "Update (Nov. 4):".
const noteDay = `(?:,\s+[\p{L}.]+\s+\d{1,2}(?:,\s+\d{4})?|\s*\([^()]{1,30}\))?`

// rxStoryNote matches a site's note on the story's standing, its print
// edition, its translation or its comments, under the text: "Updated
// versions of this story will be posted as details become available.",
// "This is a developing story.", "This article was originally published
// in the print edition under the headline “Deal in sight”.", "Translated
// from the Arabic by the editorial desk.", "Please read our commenting
// guidelines before posting.", "For information media. Not an official
// record."
var rxStoryNote = lazyRE(`(?i)^(?:(?:updated\s+versions?\s+of\s+this\s+(?:story|article|report)\s+will\s+be\s+(?:posted|published)|this\s+(?:story|article|report)\s+(?:will\s+be|is\s+being)\s+updated|this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story)\b[^.!?]{0,80}[.!]?(?:\s+(?:please\s+)?(?:check|refresh)\s+back\b[^.!?]{0,60}[.!]?)?|(?:this\s+(?:article|story|piece|report)\s+(?:was\s+|has\s+been\s+)?)?(?:originally\s+|first\s+)?(?:published|appeared|printed)\s+in\s+(?:the\s+|our\s+)?print\s+edition\b[^.!?]{0,40}(?:\s+under\s+the\s+headline\s+["“'‘][^"”’]{2,120}["”'’])?\.?|(?:please\s+)?(?:read|review|see)\s+our\s+(?:commenting|comment|comments|community)\s+(?:guidelines|policy|rules)\b[^.!?]{0,60}[.!]?|(?:this\s+(?:article|story|piece|report)\s+(?:was|has\s+been)\s+)?translated\s+from\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:original|language))?(?:\s+by\s+[^.!?]{2,60})?\.?|for\s+(?:the\s+)?information\s+(?:of\s+the\s+)?media[.,;—–-]*\s+not\s+an\s+official\s+record\.?)$`)

var (
	rxCorrectionNote = lazyRE(`(?i)^[*†]?\s*(?:(?:correction|clarification|editor[’']?s\s+note)s?` + noteDay + `\s*[:—–-]\s*(?:an?|the|this)\s+(?:earlier|previous|prior|original)\s+(?:version|edition)\b|(?:correction|clarification|editor[’']?s\s+note)s?` + noteDay + `\s*[:—–-]\s*(?:this|the)\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:amended|corrected|updated|changed)\b|` +
		// "Update (Nov. 4): After publication, the ministry issued a statement ..."
		`(?:update|updated|editor[’']?s\s+note)` + noteDay + `\s*[:—–-]\s*(?:after|since)\s+(?:publication|this\s+(?:article|story|report)\s+was\s+(?:first\s+)?published)\b|` +
		`this\s+(?:article|story)\s+(?:has\s+been|was)\s+(?:amended|corrected)\s+(?:to|since|on)\b)`)
	rxAuthorisedBy   = lazyRE(`^(?:[Aa]uthori[sz]ed|[Ii]ssued|[Rr]eleased|[Dd]istributed) by (?:the )?(?:[\p{Lu}][\p{L}’'.&-]*|of|and|for|the|on|behalf|,|\s)+\.?$`)
	rxLicenceNote    = lazyRE(`(?i)^(?:(?:this\s+(?:work|article|story|content|report)\s+(?:is\s+|was\s+)?)?(?:published|licen[cs]ed|available|republished|reproduced|shared|distributed)\s+under\s+(?:a|the)\s+creative\s+commons\b[^.!?]{0,80}\.?$|creative\s+commons\s+(?:licen[cs]e|attribution|cc\s+by)\b[^.!?]{0,80}\.?$)`)
	rxAddedReporting = lazyRE(`(?i)^additional\s+reporting\s+(?:by|from)\s+[^.!?;]{2,80}\.?$`)
	// "(Unofficial translation. The original text in Velorian is
	// authoritative.)"
	rxTranslationNote = lazyRE(`(?i)^\(?(?:unofficial|informal|machine|automatic|automated|courtesy|working)\s+translation\b[^()]{0,160}\)?\.?$`)
	// "With assistance from Jane Doe and John Roe." (names only: "With
	// assistance from the EU, the ministry will ..." is the story's)
	rxAssistance = lazyRE(`^[Ww]ith\s+(?:additional\s+)?assistance\s+(?:by|from)\s+\p{Lu}[\pL'’.-]*(?:\s+(?:\p{Lu}[\pL'’.-]*|and|in)|,)*\.?$`)
)

// rxKeepReading matches a paywall's prompt under the part of the text
// it shows: "Keep reading with a subscription. Cancel anytime.",
// "Subscribe to continue reading".
var rxKeepReading = lazyRE(`(?i)^(?:(?:keep|continue)\s+reading\s+with\s+(?:a|an|our|the)\s+[^.!?]{2,40}[.!]?(?:\s+cancel\s+any\s*time\.?)?|(?:subscribe|sign\s+up|register|log\s+in)\s+to\s+(?:keep|continue)\s+reading\b[^.!?]{0,60}[.!]?)$`)

// rxSiteService matches what a site or a tool says of its services around
// a story: its social accounts, a cached or archived copy's note, where
// the data behind it are.
var rxSiteService = lazyRE(`(?i)^follow\s+(?:[\p{L}\d&'’.-]+\s+){1,5}on\s+(?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|tiktok|threads|bluesky|mastodon)\b` +
	`|^(?:you are viewing|this is)\s+[^.!?]{0,60}\b(?:cached|stored|archived|saved|text-only)\s+(?:copy|version|snapshot)\b` +
	`|^(?:the\s+)?(?:data|data and code|code and data|underlying data|replication data)\s+(?:are|is)\s+(?:publicly\s+|freely\s+)?available\b`)

// rxToolLine matches the lines a reading tool or a cuttings service puts
// around a saved story: a position in a list, an unread count, a delivery
// note, two labelled fields in a row without figures (not a byline's and
// a date's: "Words: Jane Doe | Published: 14 March 2003").
var rxToolLine = lazyRE(`(?i)^(?:item|story|article|result|entry)\s+\d{1,4}\s+of\s+\d{1,5}$` +
	`|\bunread\s+\(\d[\d,.]*\)` +
	`|^sent\s+to\s+(?:your|my)\s+(?:e-?reader|kindle|inbox|device|phone)\b` +
	`|^\p{L}[\p{L} ]{1,20}:\s*[^|:\d]{1,40}?\s*\|\s*\p{L}[\p{L} ]{1,20}:\s*[^|:\d]{1,40}(?:\|\s*\p{L}[\p{L} ]{1,20}:\s*[^|:\d]{1,40})*$`)

// rxSponsorLine matches a sponsor's line over a section or a story:
// "Local news sponsored by Harbour Furniture", "Weather brought to you by
// ...".
var rxSponsorLine = lazyRE(`(?i)^(?:[\p{L}'’&-]+\s+){0,3}(?:sponsored|brought\s+to\s+you)\s+by\s+\S`)

// rxIssueNote matches a magazine's note of the issue an article is from:
// "From the May/June 2009 issue", "This article appeared in the Winter
// 2010 print edition".
var rxIssueNote = lazyRE(`(?i)^(?:this\s+(?:article|story|essay|piece)\s+)?(?:is\s+)?(?:from|in|appeared\s+in|published\s+in|first\s+published\s+in)\s+(?:the\s+|our\s+)?(?:\d{1,2}\s+)?(?:\p{L}+(?:\s*[/–-]\s*\p{L}+)?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\s+(?:print\s+)?(?:issue|edition)\b[^.!?]{0,40}\.?$`)

// rxSharedFrom matches the line a phone or an app puts over or under
// what it shares: "Shared from the Pacific Daily app", "Sent from my
// iPhone", "Forwarded via WhatsApp".
var rxSharedFrom = lazyRE(`(?i)^(?:shared|sent|forwarded)\s+(?:from|via|with|using|through)\s+(?:the\s+|my\s+|our\s+)?(?:[\p{L}\d&'’.-]+\s+){0,4}(?:app|application|iphone|ipad|android|phone|mobile|tablet|whatsapp|telegram|signal|messenger|sms)\b[^.!?]{0,20}\.?$`)

// rxAppPromo matches a site's promotion of itself under the text: "Catch
// all the Politics News, Breaking News Events and Latest News Updates on
// Live Ledger.", "Download The Ledger App to get Daily Market Updates."
var rxAppPromo = lazyRE(`(?i)^(?:catch\s+all\s+the\s+[^.!?]{0,60}\bnews\b[^.!?]{0,80}\bon\s+[^.!?]{2,40}[.!]?|download\s+(?:the\s+|our\s+)?[^.!?]{0,40}\bapp\b[^.!?]{0,60}[.!]?|(?:catch|watch|hear|listen\s+to|tune\s+in\s+to|tune\s+in\s+for)\s+[^.!?]{0,50}\b(?:news|newscasts?|bulletins?|updates)\b[^.!?]{0,30}\b(?:every\s+(?:hour|half[\s-]hour|morning|evening|night|weekday)|on\s+the\s+hour|at\s+the\s+top\s+of\s+(?:every|each|the)\s+hour|weeknights|weekdays)\b[^.!?]{0,40}[.!]?)$`)

// rxNewsletterFooter matches the closing prompts of a newsletter read on
// the web: "Thanks for reading The Brief! Subscribe for free to receive
// new posts.", "Enjoyed this piece? Forward it to a friend.", "Was this
// forwarded to you? Sign up here."
var rxNewsletterFooter = lazyRE(`(?i)^(?:thanks\s+for\s+reading\b[^.!?]{0,60}[.!]\s*subscribe\b[^.!?]{0,100}[.!]?|(?:enjoyed|liked)\s+(?:this|the)\s+(?:piece|post|newsletter|issue|edition|article|story)\?\s*forward\s+it\b[^.!?]{0,60}[.!]?|was\s+this\s+(?:email\s+|newsletter\s+)?forwarded\s+to\s+you\?[^.!?]{0,40}[.!]?)$`)

// siteLineAgain reports whether units[i] opens with the name a line above
// it gave alone, and then a field of words: the site's name and its
// tagline ("Midway Post" over "Midway Post · Essays on power and political
// economy"). A date after the name is a byline's or a date line's.
func siteLineAgain(units []pageUnit, i int) bool {
	s := units[i].flat
	k := strings.Index(s, " · ")
	if k < 0 {
		k = strings.Index(s, " | ")
	}
	if k <= 0 || strings.ContainsAny(s, "0123456789") {
		return false
	}
	name := s[:k]
	if isKicker(name) {
		return false // a kicker that is a menu's item too: "Opinion | The Quiet Collapse of ..."
	}
	for j := max(0, i-12); j < i; j++ {
		if units[j].flat == name {
			return true
		}
	}
	return false
}

// sourceCredit reports whether s names where an aggregated story came
// from, with a news organisation's word: "From Pan-Continental Newswire",
// "Politics · via Eastlink Agency", "Source: Harbour News Agency". ("From
// Leila Haddad, Amman" is a byline: no such word.)
func sourceCredit(s string) bool {
	if !(strings.HasPrefix(s, "From ") || strings.HasPrefix(s, "from ") || strings.Contains(s, "via ") || strings.Contains(s, "Via ") ||
		strings.HasPrefix(s, "Source") || strings.HasPrefix(s, "source") || strings.HasPrefix(s, "Courtesy") || strings.HasPrefix(s, "courtesy")) {
		return false // (the cheap test before the pattern)
	}
	m := rxSourceCredit.FindStringSubmatch(s)
	return m != nil && rxMediaWord.MatchString(m[1])
}

var rxSourceCredit = lazyRE(`^(?:(?:\p{Lu}[\p{L}&]*\s+){0,2}[·|•]\s+[Vv]ia|[Vv]ia|[Ff]rom|[Ss]ource:?|[Cc]ourtesy(?:\s+of)?:?)\s+(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.&-]*\s*){1,5})$`)

var rxBullet = lazyRE(`^[•·*▪►‣◦–—-]\s`)

// rxPublished matches the words of a sentence about publication.
var rxPublished = lazyRE(`(?i)\b(?:published|posted|updated|appeared|first ran|filed)\b`)

// rxPubNote matches the opening of a note on a story's publication:
// "Posted in World on", "Published in the print edition", "Issued on",
// "This article was first published", "Last updated on", "This story
// was originally published by".
var rxPubNote = lazyRE(`(?i)^(?:(?:published|posted|updated|issued|filed|appeared)\s+(?:in|on|at)|(?:this (?:article|story|post|report) (?:was|is) |it was |originally |first |last )(?:first |originally )?(?:published|posted|updated|issued|filed|appeared)\s+(?:in|on|at|by))\b`)

// rxDateWord matches a word of a date or a time: a number, a month's or a
// weekday's name, "a.m.", "GMT".
var rxDateWord = lazyRE(`(?i)^(?:[\d:.,/-]+|\d{1,2}[:.]\d\d[ap]\.?m\.?,?|\d{1,2}(?:st|nd|rd|th),?|` + monthRx + `,?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|[ap]\.?m\.?,?|gmt|utc|[a-z]{1,3}t|at|on|in)$`)

// pubNote reports whether line l is a note on the story's publication
// (rxPubNote) that says more than the date: "Posted at 10:12 p.m.
// Thursday, December 2, 2004" is the page's date line, and stays one
// ("Posted by" opens a byline, not such a note).
func pubNote(l string) bool {
	m := rxPubNote.FindStringIndex(l)
	if m == nil {
		return false
	}
	rest := l[m[1]:]
	if i := strings.IndexAny(rest, "[|·"); i >= 0 {
		rest = rest[:i] // a bar of links run into the line
	}
	other := 0
	for _, w := range strings.Fields(rest) {
		if !rxDateWord.MatchString(w) {
			other++
		}
	}
	return other >= 2
}

// pageHints is what the reader knows about a page from outside it.
type pageHints struct {
	// chrome holds lines (spaces collapsed) repeated across the pages of
	// the folder, with the number of pages that have them.
	chrome map[string]int
	// files is the number of the folder's pages the chrome was learned
	// from.
	files int
	// order is how the site writes numeric dates, when known.
	order dateOrder
}

// shared returns the number of the folder's pages that show line s
// (spaces collapsed), or its shape with other numbers.
func (h pageHints) shared(s string) int {
	n := h.chrome[s]
	if t, ok := digitShape(s); ok {
		n = max(n, h.chrome[t])
	}
	return n
}

// sitewide reports whether line s stands in most pages of the folder (three
// in four), as the site's name and its page kinds do; another story's
// headline in a teaser stands in a few.
func (h pageHints) sitewide(s string) bool {
	n := h.shared(s)
	return n >= 2 && n*4 >= h.files*3
}

// headingShared returns the number of the folder's HTML pages that show
// s as a heading (<h1> to <h3>).
func (h pageHints) headingShared(s string) int {
	return h.chrome["\x04"+s]
}

// titleEndRepeats reports whether part, the first or last part of a
// <title>, ends the titles of most pages of the folder (three in four).
func (h pageHints) titleEndRepeats(part string) bool {
	n := h.chrome[titlePartKey(part)]
	return n >= 2 && n*4 >= h.files*3
}

// relatedHeading reports whether s is only a heading of related stories,
// one of textEndMarkers: "RELATED CONTENT", "Related:", "Related stories".
func relatedHeading(s string) bool {
	key := strings.ToLower(strings.TrimRight(s, ":. "))
	return strings.HasPrefix(key, "related") && textEndMarkers[key]
}

// textEndMarkers are chrome lines (lower case, without final ":" or ".")
// after which nothing is article text.
var textEndMarkers = map[string]bool{
	"related": true, "related stories": true, "related articles": true, "related content": true,
	"about this story": true, "about this report": true, "about this investigation": true, "about this series": true,
	"related links": true, "related coverage": true, "more on this story": true, "more stories": true,
	"most read": true, "most popular": true, "most viewed": true, "most shared": true,
	"share this article": true, "share this story": true, "share this page": true, "share this": true,
	"share or comment on this article": true, "share or comment on this story": true, "comment on this article": true,
	"read more on this topic": true, "more on this topic": true, "read more about this topic": true,
	"share": true, "comments": true, "have your say": true, "post a comment": true,
	"leave a comment": true, "leave a reply": true, "add a comment": true,
	"reader comments": true, "readers' comments": true, "join the conversation": true,
	"join the discussion": true, "add your comment": true, "comments are closed": true,
	"view comments": true, "discussion": true, "responses": true, "conversation": true,
	"more from this section": true, "you may also like": true, "recommended": true,
	"e-mail this to a friend": true, "email this to a friend": true, "send this story to a friend": true,
	"printable version": true, "print this article": true, "print this page": true, "tags": true,
	"topics": true, "###": true, "-30-": true, "- ends -": true, "ends": true, "back to top": true,
	"top stories": true, "latest news": true, "most commented": true, "trending": true,
	"notes to editors": true, "note to editors": true, "notes for editors": true, "editors' notes": true,
	"about the author": true, "up next": true, "read next": true, "next story": true, "what to read next": true,
	// A blog's sidebar under the text.
	"about me": true, "archive": true, "archives": true, "blog archive": true, "blogroll": true, "categories": true,
	"recent posts": true, "recent comments": true,
	"media contacts": true, "media contact": true, "press contacts": true,
	// A news site's comment section opening ("Welcome to the discussion.").
	"welcome to the discussion": true, "prev next": true,
	// A wiki's or a document's closing sections.
	"see also": true, "references": true, "read more about": true, "more about": true, "more on these topics": true, "external links": true, "further reading": true, "sources": true,
	// A blog's and a site's lines under the text.
	"cite this": true, "like this": true, "like loading": true, "please log in to comment": true,
	"log in to comment": true, "sign in to comment": true, "you must be logged in to post a comment": true,
	"our standards": true, "how we rate claims": true, "my notes": true, "your notes": true, "other people's notes": true,
	"loading comments": true, "show comments": true, "editor's picks": true,
}

// textChromeExtra adds to textBoilerplate: whole lines (lower case) that
// are never article text.
var textChromeExtra = map[string]bool{
	"loading video": true, "loading video...": true, "loading video…": true, "loading...": true, "loading…": true, "loading": true,
	"continue reading the main story": true, "story continues below advertisement": true,
	"related video": true, "related videos": true, "watch video": true, "watch the video": true,
	"story continues below": true, "story continues": true, "article continues after advertisement": true, "article continues below": true, "advertisement - scroll to continue": true,
	"continue reading": true, "continue reading below": true, "continue reading after the ad": true, "scroll to continue reading": true, "story continues after advertisement": true, "accept all": true, "reject all": true, "manage preferences": true,
	"accept": true, "reject": true, "manage cookies": true, "manage settings": true, "cookie settings": true, "customise": true, "customize": true,
	"manage options": true, "more options": true, "privacy settings": true, "cookie preferences": true,
	"we value your privacy": true, "your privacy": true, "i agree": true, "got it": true,
	"enlarge this image": true, "click to enlarge": true, "tap to enlarge": true, "click image to enlarge": true,
	"tap to expand image": true, "tap to expand": true, "click to expand": true, "click to expand image": true, "tap image to enlarge": true, "tap to zoom": true, "pinch to zoom": true, "hide caption": true, "toggle caption": true, "show caption": true,
	"view gallery": true, "open gallery": true, "expand image": true, "sponsor message": true, "cookie policy": true, "printable version": true,
	"printer-friendly version": true, "printer friendly version": true, "reprints": true, "tweet": true,
	"view full site": true, "load more comments": true, "show comments": true, "press release": true,
	"for immediate release": true, "staff writer": true, "###": true, "☰": true, "≡": true,
	"newer post older post home": true, "older post": true, "newer post": true, "ad": true,
	"back to world": true, "e-mail this to a friend": true, "email this to a friend": true,
	"send this story to a friend": true, "e-mail this story": true, "email this story": true,
	"print this story": true, "copy link": true, "up next": true, "read next": true, "next story": true,
	"what to read next": true, "read full article": true, "check against delivery": true,
}

// textChromePrefixes are line starts (lower case) of chrome lines of any
// length.
var textChromePrefixes = []string{
	"printed from ", "forwarded from ", "author topic:", "hits: ", "font size:", "font size ", "text size:", "latest news ticker", "news ticker:", "ticker:",
	"aggregated from ", "advisory: this story is embargoed", "this story is embargoed", "embargoed until", "embargoed till", "strictly embargoed", "embargoed for release", "audio narration provided", "narration provided by", "links to more ", "this article was narrated", "this audio is auto-generated",
	"javascript is disabled", "javascript is required", "javascript must be enabled", "please enable javascript", "you need to enable javascript",
	"to view this site, enable javascript", "your browser does not support", "you are reading the lite version", "you are viewing the lite version",
	"we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to browse",
	"by using this site", "read more:", "read more -", "read more at http", "read more at www.", "related:", "see also:", "watch:", "listen:", "podcast:", "more:", "citation:", "citation (", "cite this article", "cite this page", "how to cite", "to cite this",
	"reading time is an estimate", "about the writer:", "about the reporter:", "about the columnist:", "about the contributor:", "← previous post", "previous post:", "next post:", "← previous article", "previous article:", "next article:", "← previous story", "previous story:", "next story:", "short link:", "short url:", "shortlink:", "permalink:", "get push notifications", "turn on notifications", "turn on push notifications", "enable notifications", "allow notifications", "tags:", "topics:", "filed under:", "sources:", "timeline sources:", "data sources:", "data source:", "sign up for our newsletter", "subscribe to our newsletter", "don't miss out on ", "don’t miss out on ",
	"listen to the podcast", "listen to our podcast", "subscribe to the podcast", "subscribe to our podcast", "methodology:",
	"get our newsletter", "sign up for our ", "the wayback machine -", "media contact:", "press contact:", "printable version of",
	"subscribe to:", "comments (", "follow us on", "share on", "more from ", "read the full story",
	"click here to", "the views expressed", "not interested in this story", "also read:", "read also:", "read:",
	"this article appeared in", "this article appears in", "a version of this article appear",
	"image caption", "media caption", "image copyright", "image source", "photo:", "photograph:", "picture:", "pictured:",
	"(photo", "photo by ", "photo credit", "photo courtesy", "courtesy of ", "caption:", "file photo", "(ap photo", "(afp photo",
	"this story appeared in", "for more information, contact", "for more information contact", "for more information, please contact", "for more information please contact", "for further details, please contact",
	"for further information", "about the author:", "send this article to a friend", "send this story to a friend", "e-mail this article to a friend", "email this article to a friend", "for media enquiries", "for media inquiries", "for press enquiries",
	"for press inquiries", "media enquiries:", "media inquiries:", "press enquiries:", "press inquiries:",
	"this story first appeared in", "this article first appeared in", "this story originally appeared in",
	"this article originally appeared in", "this video can not be played", "this video cannot be played",
	"media playback is unsupported", "your browser does not support", "comments are the opinions of",
	"keep it clean. please avoid", "log in or sign up to post", "enjoy more audio and podcasts",
	"sponsored:", "sponsored by", "sponsored content", "paid content", "paid post", "paid for by", "partner content", "promoted by",
	"want more news like this", "want more stories like this", "want more articles like this", "want more coverage like this", "want more reporting like this", "also available in:", "download the full report", "caution: this e-mail", "caution: this email",
	"confidentiality: this e-mail", "confidentiality: this email", "disclaimer: this e-mail", "disclaimer: this email",
	"this e-mail and any attachments", "this email and any attachments",
	"image:", "scroll to continue", "article continues", "story continues", "the story continues", "the article continues", "the text continues", "the news continues", "continue reading", "also read |", "read also |", "see also |",
	"related article:", "related articles:", "recommended:", "must read:",
	"already a subscriber", "subscribe for ", "subscribe now", "subscribe today", "live updates", "listen to this article", "listen to this story",
	"also on our site:", "also on our website:", "elsewhere on our site:", "embedded post from ", "embedded tweet from ",
	"this site is protected by recaptcha", "this form is protected by recaptcha", "protected by recaptcha",
	"skip twitter post", "skip x post", "skip instagram post", "skip facebook post", "skip youtube post", "skip tiktok post",
	"embedded video from ", "embedded content from ",
	"view this post on ", "view this tweet on ", "view this video on ", "view this profile on ",
	"view this email in ", "view this e-mail in ", "view in browser", "view in your browser", "view this newsletter in ", "view online version", "forwarded this?", "was this forwarded to you",
	"an official website of the ", "an official website of ", "here's how you know", "here’s how you know",
	"[embedded content", "embedded content:", "[embedded post", "[embedded tweet",
	"find this article at", "check the box to include the list of links",
	"click to view full", "click to view larger", "click to view the full", "tap to view full", "view full-size ", "view full size ", "view larger image",
}

// rxResponses matches a post's count of views and responses: "48 · 1
// responses".
var rxResponses = lazyRE(`(?i)^\d[\d,.]*[km]?\s*[·|•]\s*\d[\d,]*\s+(?:responses?|comments?|replies|reply)$`)

// rxSupport matches a site's appeal for its readers' money: "Support the
// Ledger's journalism", "Support our journalism".
var rxSupport = lazyRE(`(?i)^(?:(?:as|while|now|with|because|if)\b[^.!?,]{0,40},\s*)?(?:please )?support (?:the |our |independent )?[\pL'’ ]{0,40}(?:journalism|writing|reporting|media)\b`)

// rxPaywall matches a paywall's count of free reads: "You have 2 free
// articles left this month."
var rxPaywall = lazyRE(`(?i)^(?:you have|you've got|only) (?:\d+|one|two|three|four|five) (?:free |more )?(?:articles?|stories|story|reads?|pages?) (?:left|remaining)\b` +
	// (or a notice of the access this story gives: "This article is free
	// to read. Register or log in to keep reading.")
	`|^this\s+(?:article|story|piece|content)\s+is\s+(?:free\s+to\s+read|free\s+for\s+(?:all|everyone|registered\s+(?:users|readers))|(?:for|only\s+for|exclusive\s+to|available\s+to)\s+(?:subscribers|members|registered\s+(?:users|readers))(?:\s+only)?)\b|\b(?:register|sign\s+up|log\s+in|sign\s+in)\s+(?:or\s+(?:log|sign)\s+in\s+)?(?:for\s+free\s+)?to\s+(?:keep|continue)\s+reading\b`)

// rxMoreIn matches the short heading of a list of other stories: "More in
// Dispatches", "More from the Gazette", "Also in World", "Read more on AU
// Watch" (not "Read more at the ministry's site, he said.").
var rxMoreIn = lazyRE(`(?i)^(?:more (?:in|from|on|about)|also in|other stories in|elsewhere in)\b.{0,40}$|^read more (?:on|from|in|at)\s+(?-i:\p{Lu})[^,.!?]{0,40}$`)

// rxBackTo matches a link back to the site: "Back to the wire", "Return
// to index" (a line, not a sentence).
var rxBackTo = lazyRE(`(?i)^(?:[«‹←<]+\s*)?(?:back|return|go back) to\b[^.!?]{0,30}$`)

var (
	rxReadTime    = lazyRE(`(?i)^\d{1,3}\s*(?:min(?:ute)?s?)\.?\s+read$`)
	rxRelative    = lazyRE(`(?i)^(?:(?:updated|published|posted|last updated|first published)\s*:?\s*)?(?:\d{1,3}|an?|one|a few|a couple of|several)\s+(?:sec|second|min|minute|hour|day|week)s?\s+ago\.?$|^(?:updated|published|posted|last updated)\s*:?\s*moments ago\.?$|^(?:updated|published)\s+(?:just now|today|yesterday)$|^(?:vor|hace|há|il y a)\s+\d{1,3}\s+\p{L}+$|^\d{1,3}\s+\p{L}+\s+(?:fa|geleden|önce|yang lalu|lalu)$`)
	rxCredit      = lazyRE(`(?i)^\((?:additional\s+)?(?:reporting|writing|editing|compiled|translated|production)\b[^)]*\)\.?$|^(?:additional\s+)?(?:reporting|writing|editing) by [^.!?|]{2,80};\s*(?:additional\s+)?(?:reporting|writing|editing) by [^.!?|]{2,80}\.?$|^[^.!?]{3,80}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$|^contributing:\s[^.!?]{3,80}$|^[^.!?]{3,100}\b(?:writer|correspondent|reporter|staff|journalist)s?\b[^.!?]{0,60}\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?$`)
	rxCaption     = lazyRE(`(?i)(?:^|[.!?]\s+(?:\|\s+)?)(?:photograph|photo|picture|image|illustration|video)\s*:\s*[^.!?]{2,60}$|[.!?]\s+\((?:[a-z]+\s+)?(?:photograph|photo|picture|image)(?:\s*:|\s+by\b|/)[^()]{2,60}\)$|[.!?]\s+\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s*/\s*[^()/]{2,40}\)$|\s\[(?-i:(?:\p{Lu}\p{Ll}+:\s*)?\p{Lu}[^\[\]/]{1,60}/\s*\p{Lu}[^\[\]/]{1,40})\]$|[.!?]\s*(?-i:Credit)(?:\.\.\.|…|:)\s*\S[^.!?]{2,80}$`)
	rxPhotoCredit = lazyRE(`^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}\s*/\s*\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,3}$`)
	rxContinued   = lazyRE(`(?i)^\(?(?:story\s+)?(?:continued|cont(?:'d|inues)?\.?)\s+(?:on|from)\s+(?:(?:page|p\.)\s*[a-z]?\d+\w*|[a-z]{1,2}\d{1,3}|(?:the\s+)?(?:next|back|front|previous)\s+page|page\s+\w+)\)?\.?(?:\s*[»›>→]+)?$|^(?:see|turn\s+to)\s+(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?,\s*)?(?:page\s+|p\.\s*)?[a-z]{0,2}\d{1,3}\.?$|^(?:page|p\.)\s*[a-z]?\d{1,3}$|^\((?:(?:story|article|text)\s+)?continue[sd]?\s+(?:below|after\s+(?:the\s+)?(?:ad|advert|advertisement))\)\.?$|^(?:(?:story|article|text)\s+)?continue[sd]\s+below\s*(?:\.\.\.|…|:)?$`)
	rxCountLine   = lazyRE(`(?i)^(?:\d+\s+(?:comments?|captures?|replies|shares|responses)|comments?\s*\(\d+\))\s*:?$`)
	// rxSaidLine matches the line over a reader's comment: "Anonymous
	// said...", "redfox71 wrote:" (not "The minister said:", which opens
	// a quotation); and a comment under its poster's label: "posted by
	// dave_r: this is exactly what we were warning about".
	rxSaidLine    = lazyRE(`^\S+(?:\s\S+)?\s+(?:wrote:|said(?:\.\.\.|…)|says(?:\.\.\.|…))$|^(?i:posted|submitted|comment(?:ed)?)\s+(?i:by)\s+@?[\w.-]{2,30}\s*:\s+\S`)
	rxOnlySymbols = lazyRE(`^[^\p{L}\p{N}]*$`)
	// rxYearless matches a date's label with a time and a day but no
	// year, which no date can be read from: "Updated 11:20 PM, March 02",
	// "Posted Tue, Mar 2 10:15 am", "10:42 PM · Sept. 30", "March 5 |
	// 14:20".
	rxYearless = lazyRE(`(?i)^(?:updated|posted|published|last\s+updated|first\s+published|modified)\s*:?\s+(?:on\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?,?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:at\s+|@\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$|^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?\s*[·|•,—–-]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s*[·|•,—–-]?\s*(?:at\s+|@\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$`)
	// rxDayNoYear matches a weekday's date with no year, alone or
	// with an edition's label: "Friday 14 March • Final edition",
	// "Thursday, June 5th".
	rxDayNoYear = lazyRE(`(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s*[•·|—–-]\s*[^.!?\d]{0,30})?$`)
	rxTimeOnly  = lazyRE(`(?i)^(?:(?:updated|posted|published|last updated)\s*:?\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?(?:\s+\d{1,2}[:.]\d{2}(?:\s+[a-z]{2,4})?)?$`)
	rxURLLine   = lazyRE(`^(?:https?://|www\.)\S+$|^(?i:[a-z0-9-]+\.)+(?i:com|org|net|info|news|co\.[a-z]{2}|[a-z]{2})(?:/\S*)?$`)
	rxNumbered  = lazyRE(`^\d{1,2}[.)]\s+`)
	// rxJoinedParticle matches a surname with its particle joined on:
	// "al-Mansoori", "d'Almeida".
	rxGlottalName    = lazyRE(`^['’ʻ]\p{Lu}`)
	rxJoinedParticle = lazyRE(`^(?:al|el|ad|ar|as|ash|at|az|ud|ul|d)[-'’]\p{Lu}`)
	rxNamePart       = `(?:(?:al|el|ad|ar|as|ash|at|az|ud|ul|d)[-'’]|['’ʻ])?\p{Lu}(?:\.\p{Lu})*[\p{L}'’\-]*\.?`
	rxName           = lazyRE(`^` + rxNamePart + `(?:\s+(?:(?:and|&)\s+|(?:(?:van|von|der|den|de|da|di|del|dela|la|le|du|dos|das|al|ap|bin|ibn|ter|ten|y)\s+){1,2})?` + rxNamePart + `){1,4}$`)
	// rxByPrefix matches the start of a byline, in English or in the
	// words of a foreign site's chrome ("Par", "Von", "Por", "Door").
	rxByPrefix = lazyRE(`(?i)^(?:posted\s+by\s+[\p{L}\d_.-]+\s+on\s+behalf\s+of|(?:by|von|de|di|par|por|door|gan|oleh)(?:\s*/\s*(?:by|von|de|di|par|por|door|gan|oleh)){1,3}|(?:(?:moderated|transcribed|edited|annotated|translated|compiled|introduced|interviewed)\s+and\s+)?(?:transcribed|moderated|annotated|annotations|translated|introduced|introduction)\s+by|(?:from|of)\s+our\s+(?:[\p{L}'’-]+\s+){0,3}(?:correspondent|reporter|stringer|writer|editor|contributor)s?(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?,|(?:special\s+)?envoy(?:\s+special)?:|writing:|from\s+(?:special\s+|staff\s+|foreign\s+)?(?:correspondent|reporter)|staff\s+(?:reporters?|correspondents?|writers?)|with\s+(?:additional\s+)?reporting\s+by|(?:viewpoint|opinion|commentary|analysis|essay)\s+from|(?:posted|written|report|reported|words|story|text|interview|interviewed|compiled|prepared|issued|analysis|commentary|opinion|view|viewpoint|perspective|column|essay|article|dispatch|feature|explainer|contributed|filed|hosted|presented|(?:guest|blog|syndicated|weekly|monthly)\s+(?:post|column|essay|commentary)|a\s+(?:column|commentary|letter|report)|(?:words|text|story)\s+and\s+(?:pictures|photos|photographs)|reporting|live\s+(?:reporting|coverage|blog|updates)|fact[\s-]?check(?:ed|ing)?|reviewed|review|curated|special\s+to\s+(?:[\p{L}'’&.-]+\s+){1,5})?\s*by(?:\s+the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:team|desk|staff|section|office|unit|service|division|department):)?|par|von|por|door|oleh|(?:escrito|escrita|reportage|servizio|articolo|un\s+article|texte|reportaje|reportagem|verfasst|geschrieben|artikel)\s+(?:por|di|de|von|door)|(?:words|text|story)\s+and\s+(?:pictures|photos|photographs):|author\s*[|—–]|from|texto:|testo:|texte\s?:|tekst:|autor:|autora:|autore:|auteur\s?:|par\s:|yazar:|haber:|muhabir:|penulis:|laporan:|reporter:|redacción:|redação:|redazione:|wartawan:|words:|text:|story:|writer:|columnist:|report:|reporting:|author:|authors:|contributors?:|author\(s\):|(?:staff\s+)?(?:reporter|correspondent|writer):|(?:[\p{L}'’-]+\s+){1,3}(?:correspondent|reporter|editor):)\s*:?\s+`)
)

// splitUnits cuts lines (trimmed; "" for blank) into units.
func splitUnits(lines []string) []pageUnit {
	var units []pageUnit
	block := 0
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if isWrappedProse(cur) {
			units = append(units, newUnit(joinWrapped(cur), block))
		} else if paras := wrappedParagraphs(cur); paras != nil {
			for _, p := range paras {
				units = append(units, newUnit(joinWrapped(p), block))
			}
		} else if d := calendarDate(cur); d != "" {
			units = append(units, newUnit(d, block))
		} else {
			for _, l := range cur {
				units = append(units, newUnit(l, block))
			}
		}
		cur = cur[:0]
		block++
	}
	for _, l := range lines {
		if l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return units
}

func newUnit(text string, block int) pageUnit {
	flat := collapseSpace(text)
	// A name with its follow button's text after it is the name: "Ravi
	// Subramaniam + Follow".
	if strings.HasSuffix(flat, "Follow") && len(flat) < 80 {
		if m := rxFollowButton.FindStringIndex(flat); m != nil && m[0] > 0 {
			flat = flat[:m[0]]
		}
	}
	// A space before a comma in a short line: "Ahmed Kamal , Cairo".
	if len(flat) < 80 && strings.Contains(flat, " , ") {
		flat = strings.ReplaceAll(flat, " , ", ", ")
	}
	u := pageUnit{text: text, flat: flat, block: block, words: len(strings.Fields(flat))}
	u.prose = isProse(flat, u.words) && !isFieldList(flat)
	return u
}

// rxFollowButton matches a follow button's text after a writer's name:
// " + Follow", " +Follow".
var rxFollowButton = lazyRE(`(?:\s+[·|•])?\s+\+\s?Follow$`)

// isFieldList reports whether s is three or more short fields separated by
// " · " or " | " ("Jane Doe · Reporter · Mon, December 6, 2010 · 4 min
// read"): metadata or links, however many words in all.
func isFieldList(s string) bool {
	// The marks together: "Jane Doe · News · Posted: Jul 24, 2004 10:15
	// AM ET | Last Updated: July 25, 2004".
	if n := strings.Count(s, " · ") + strings.Count(s, " | ") + strings.Count(s, " • "); n >= 3 {
		short := true
		for _, p := range rxFieldSep.Split(s, -1) {
			if len(strings.Fields(p)) > 7 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	// Two fields or more, one a date, none a sentence: "Oleh / By: Dewi
	// Lubis | Atjaunots / Updated 3 Dec 2020, 18:05 · Publicēts /
	// Published 2 Dec 2020, 21:40".
	if len(s) <= 240 && (strings.Contains(s, " | ") || strings.Contains(s, " · ") || strings.Contains(s, " • ")) && strings.ContainsAny(s, "0123456789") {
		dated, ok := false, true
		for _, p := range rxFieldSep.Split(s, -1) {
			if len(strings.Fields(p)) > 12 || endsSentence(p) && !strings.HasSuffix(p, ":") {
				ok = false
				break
			}
			dated = dated || hasDate(p)
		}
		if ok && dated {
			return true
		}
	}
	for _, sep := range []string{" · ", " | ", " • "} {
		parts := strings.Split(s, sep)
		if len(parts) < 3 {
			continue
		}
		short := true
		for _, p := range parts {
			if len(strings.Fields(p)) > 6 {
				short = false
			}
		}
		if short {
			return true
		}
	}
	return false
}

// rxFieldSep matches the marks between the fields of a metadata line.
var rxFieldSep = lazyRE(` [·|•] `)

// isProse reports whether s reads as a sentence of article text.
func isProse(s string, words int) bool {
	if words >= 20 {
		return true
	}
	if words >= 15 {
		// Fifteen words, not counting marks standing alone ("- Your
		// Highlight on Location 200-211 | Added on ...", 14 words).
		n := 0
		for w := range strings.FieldsSeq(s) {
			if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				n++
			}
		}
		if n >= 15 {
			return true
		}
	}
	// (A line in capitals of eight words or more tells nothing by its
	// case: a wire's copy in capitals is told by its sentences' ends; a
	// shorter one may be a headline asking a question.)
	if words < 3 || titleCase(s) && !(words >= 8 && allCaps(s)) {
		return false
	}
	// A sentence ends with . ! or ?, maybe inside quotes or brackets
	// ("... he said."'): a headline ending on a quotation does not.
	end := strings.TrimRight(s, `"”’')]`)
	r, _ := utf8.DecodeLastRuneInString(end)
	// A speech's salutation opens its text with a comma: "Excellencies,
	// ladies and gentlemen,".
	if r == ',' && rxSalutation.MatchString(s) {
		return true
	}
	return strings.ContainsRune(`.!?`, r) && !strings.HasSuffix(end, "...") && !strings.HasSuffix(end, "…") && !endsWithTime(end) && !rxNameEnd.MatchString(end)
}

// rxSalutation matches the salutation a speech opens with: "Excellencies,
// ladies and gentlemen,", "Mr President, distinguished delegates,", "Dear
// colleagues,".
var rxSalutation = lazyRE(`(?i)^(?:(?:your\s+)?excellenc(?:y|ies)|(?:mr|madam|madame|mister)\.?\s+(?:president|chair(?:man|person|woman)?|speaker|secretary-general)|distinguished\s+(?:guests|delegates|colleagues)|(?:my\s+)?dear\s+(?:friends|colleagues)|honou?rable\s+(?:ministers?|members|guests)|ladies\s+and\s+gentlemen)\b[^.!?]{0,100},$`)

// rxNameEnd matches a line ending with a name's abbreviation, not a
// sentence's stop: "By J. R. Whitfield Jr.", "Anna Keller Sr.", "John R.".
var rxNameEnd = lazyRE(`(?:\s(?:Jr|Sr|Esq)\.|\s\p{Lu}\.)$`)

// endsWithTime reports whether s ends with a field of a date or a time
// whose last word is "a.m." or "p.m.", after a field mark: "Thursday,
// Nov. 13, 1997 — 5:15 p.m." is a date line, not a sentence ("The talks
// resume at 5 p.m." is one).
func endsWithTime(s string) bool {
	low := strings.ToLower(s)
	if !strings.HasSuffix(low, "a.m.") && !strings.HasSuffix(low, "p.m.") {
		return false
	}
	parts := dateSeps.Split(s, -1)
	if len(parts) < 2 {
		return false
	}
	for w := range strings.FieldsSeq(parts[len(parts)-1]) {
		if !rxDateWord.MatchString(w) {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends with a sentence's mark, maybe
// inside quotes or brackets.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"”’')]`))
	return strings.ContainsRune(`.!?:;`, r)
}

// onlyChromeAbove reports whether every unit above units[i] is chrome,
// metadata, a short line with a date, or a line of three words or fewer
// (a site's name, a menu's links one a line).
func onlyChromeAbove(units []pageUnit, i int) bool {
	for _, v := range units[:i] {
		if !v.chrome && !v.meta && !v.learned && !(v.words <= 12 && hasDate(v.flat)) && !(v.words <= 3 && !v.prose) {
			return false
		}
	}
	return true
}

// rxInnerStop matches a sentence's end inside a line: a caption and its
// credit ("... the announcement.Credit...Paul Weir") is no headline.
// A question with its answer after it is a headline of two parts ("Why
// are the diplomats smiling? A look behind the closed doors").
var rxInnerStop = lazyRE(`\p{Ll}[.!](?:\s|\p{Lu})|\p{Ll}\?\p{Lu}`)

// sentenceCasePair reports whether s is two words, the first capitalised
// and the second in lower case: "Ambassador summoned".
func sentenceCasePair(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 {
		return false
	}
	a, _ := utf8.DecodeRuneInString(f[0])
	b, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsUpper(a) && unicode.IsLower(b)
}

// headsMeta reports whether units[i] stands over the byline or the date
// line, with at most one chrome line between (a credit line): it heads
// the article whose text starts at start.
func headsMeta(units []pageUnit, i, start int) bool {
	for j := i + 1; j < start && j <= i+2; j++ {
		v := units[j]
		if v.meta || isBylineUnit(v.flat) || hasDate(v.flat) || v.words <= 8 && bylineOnly(v.flat) || v.words <= 10 && writersLine(v.flat) {
			return true
		}
		if !v.chrome {
			return false
		}
	}
	return false
}

// titleCase reports whether s is written as a headline: every word of
// four letters or more capitalised ("Talks Resume: What Comes Next?").
func titleCase(s string) bool {
	long, ok := capitalised(s)
	return ok && long >= 2
}

// capitalised reports whether every word of four letters or more in s
// starts with a capital, and how many such words there are.
func capitalised(s string) (int, bool) {
	long := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, `"“'‘(`)
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return long, false
		}
		long++
	}
	return long, true
}

// calendarDate returns the date a block of two or three short lines
// gives together, as a blog shows it in a calendar leaf ("JUL" over "24"
// over "2004"), on one line; "" otherwise.
func calendarDate(lines []string) string {
	if len(lines) < 2 || len(lines) > 3 {
		return ""
	}
	for _, l := range lines {
		if len(l) > 10 || strings.Contains(l, " ") {
			return ""
		}
	}
	d := strings.Join(lines, " ")
	if _, err := ParseDate(d, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		return ""
	}
	return d
}

// compoundHead are words that open compounds with a hyphen of their own
// ("four-month", "two-day", "cross-border", "self-rule"): a line ending on
// one of them and "-" keeps the hyphen.
var compoundHead = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true, "thirty": true,
	"forty": true, "fifty": true, "sixty": true, "hundred": true, "thousand": true, "half": true,
	"self": true, "non": true, "anti": true, "cross": true, "well": true, "long": true, "short": true,
	"high": true, "low": true, "full": true, "mid": true, "late": true, "ex": true, "so": true, "all": true,
}

// joinWrapped joins the lines of a wrapped paragraph with "\n", and a
// word broken across two lines by a hyphen ("res-" over "tored") whole
// again.
func joinWrapped(lines []string) string {
	// joined reports whether lines[i] ends in a word the next line goes
	// on with, and whether its hyphen is the compound's own.
	joined := func(i int) (bool, bool) {
		l := lines[i]
		n := len(l)
		if i+1 >= len(lines) || n < 2 || l[n-1] != '-' || l[n-2] < 'a' || l[n-2] > 'z' {
			return false, false
		}
		if r, _ := utf8.DecodeRuneInString(lines[i+1]); !unicode.IsLower(r) {
			return false, false
		}
		// "four-" over "month": a compound's own hyphen after a number or
		// a prefix that stands alone as a word.
		f := strings.Fields(l)
		return true, compoundHead[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "-"))]
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			if ok, _ := joined(i - 1); !ok {
				b.WriteByte('\n')
			}
		}
		if ok, own := joined(i); ok && !own {
			l = l[:len(l)-1]
		}
		b.WriteString(l)
	}
	return b.String()
}

// isWrappedProse reports whether the lines of one block are one paragraph
// wrapped at a fixed width (a print view), not a list of short lines.
func isWrappedProse(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	// Two lines or more that open with a label ("Subject: ...", "From:
	// ...") are a header's fields, not a paragraph.
	fields := 0
	for _, l := range lines {
		if rxFieldOpen.MatchString(l) {
			fields++
		}
	}
	if fields >= 2 {
		return false
	}
	// A short line the chrome prefixes open ("Related: Why the talks
	// collapsed", "Sign up for our free newsletter") is a line of its
	// own, whatever its width (a cookie notice may wrap; a line with an
	// address is left to the width rules below).
	// So is a placeholder ("[Video: Leaders arrive]") and a caption that
	// ends with its credit ("... on Thursday. (Photo: Jane Doe/Agency)").
	for _, l := range lines {
		n, low := len(strings.Fields(l)), strings.ToLower(l)
		if hasAnyPrefix(low, textChromePrefixes) && n <= 16 && !strings.Contains(l, "http") || rxPlaceholder.MatchString(l) || rxCreditTail.MatchString(l) ||
			n <= 30 && rxCaption.MatchString(l) || n <= 12 && rxNewsletterPrompt.MatchString(l) || setApartLine(l, low, n) || rightsNotice(l, low) {
			return false
		}
	}
	// A headline over its byline and date ("Straw and Powell meet over
	// Iraq handover" / "By Anna Keller, diplomatic correspondent" / "2
	// March 2004") is no paragraph, whatever the lines' widths.
	for _, l := range lines[1:] {
		n := len(strings.Fields(l))
		if n <= 16 && creditLine(l) {
			return false // (a credit of any length: "Reporting by ...; additional reporting by ...")
		}
		if n <= 24 && hasYear(l) && (datesOnlyLine(l) || rxFieldSep.MatchString(l) && hasDate(l)) {
			return false // "Updated 25 Sep 2024 9:15 PM · Published 25 Sep 2024 6:02 PM"
		}
		if n > 12 {
			continue // a line of a paragraph, not of a headline block
		}
		r, _ := utf8.DecodeRuneInString(l)
		if unicode.IsUpper(r) && !endsSentence(l) && !strings.Contains(l, " by ") && (isCrumbs(l) || isMenuLine(l)) {
			// A trail under the site's line: "Home / Media Centre / Press
			// Releases" (not a picture's credit under its caption:
			// "Photograph by Jane Doe / Agency").
			return false
		}
		dated := hasYear(l) && (dateLine(l) || unicode.IsUpper(r) && (!strings.HasSuffix(l, ".") || endsWithTime(l)) && hasDate(l))
		if dated || isBylineUnit(l) || n <= 6 && rxAgencyLine.MatchString(l) || n <= 8 && (strings.Contains(l, " | ") || strings.Contains(l, " · ")) ||
			n <= 10 && !strings.HasSuffix(l, ".") && (n <= 6 && nameLine(l, n) != "" || nameAndPlace(l)) {
			return false
		}
	}
	// The width: lines of at least 45 characters, or, in a page wrapped
	// narrower (teletext at 40 columns), lines the next line's first word
	// would not have fitted on.
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l))
	}
	open, inside := 0, false
	for i, l := range lines[:len(lines)-1] {
		size := utf8.RuneCountInString(l)
		next, _, _ := strings.Cut(lines[i+1], " ")
		full := size >= 45 || width >= 30 && size*4 >= width*3 && size+1+utf8.RuneCountInString(next) > width
		if !full || strings.HasPrefix(l, "http") || strings.HasPrefix(lines[i+1], "http") {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(l)
		if !strings.ContainsRune(`.!?:"”`, r) {
			open++
		}
		// A break inside a sentence: the next line goes on in lower case,
		// or this one ends on a comma or a lower-case word. A list of
		// headlines has none.
		f := strings.Fields(l)
		n, _ := utf8.DecodeRuneInString(lines[i+1])
		w, _ := utf8.DecodeRuneInString(f[len(f)-1])
		if unicode.IsLower(n) || r == ',' || unicode.IsLower(w) || !strings.ContainsRune(`.!?:"”`, r) && (!titleCase(l) || allCaps(l)) {
			inside = true
		}
	}
	joined := collapseSpace(strings.Join(lines, " "))
	return inside && open*2 >= len(lines)-1 && isProse(joined, len(strings.Fields(joined)))
}

// markedChrome reports whether low (a line in lower case) opens with an
// arrow, a bullet or a dash before a chrome prefix or a newsletter's
// prompt: "► related: ...", "— Scroll to continue with content —", "—
// Subscribe to our free daily briefing —".
func markedChrome(low string) bool {
	t := strings.TrimLeft(low, "►▶▸»→>•·■□▪◆●—– ")
	return len(t) < len(low) && (hasAnyPrefix(t, textChromePrefixes) || rxNewsletterPrompt.MatchString(t))
}

// rightsNotice reports whether l (low in lower case) is a site's rights line: "© 1998 The
// Ledger. All rights reserved."
func rightsNotice(l, low string) bool {
	return len(l) <= 200 && (strings.HasPrefix(l, "©") || strings.HasPrefix(l, "(c) ") || strings.HasPrefix(l, "Copyright ") && hasYear(l) || strings.Contains(low, "all rights reserved"))
}

// rxFieldOpen matches a line that opens with a label of one or two
// words: "Subject: ", "From: ", "Sent on: ".
var rxFieldOpen = lazyRE(`^\p{Lu}\p{L}*(?: \p{L}+)?:\s`)

// wrappedParagraphs splits a block of wrapped prose with no blank line
// between its paragraphs at each paragraph's last line (one that ends a
// sentence short enough for the next line's first word to have fitted on
// it, the block's longest line giving the width, under which the next
// starts in capitals or with a quotation mark), when every
// part is a wrapped paragraph or a sentence on one line; nil otherwise.
func wrappedParagraphs(lines []string) [][]string {
	if len(lines) < 4 {
		return nil
	}
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l))
	}
	if width < 45 {
		return nil
	}
	var parts [][]string
	from := 0
	for i := 0; i+1 < len(lines); i++ {
		l := lines[i]
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, `"”’')`))
		n, _ := utf8.DecodeRuneInString(lines[i+1])
		// The next line's first word would have fitted on this one: the
		// line was ended on purpose.
		next, _, _ := strings.Cut(lines[i+1], " ")
		fits := utf8.RuneCountInString(l)+1+utf8.RuneCountInString(next) <= width
		if strings.ContainsRune(".!?", r) && fits && (unicode.IsUpper(n) || strings.ContainsRune("\"“‘", n)) {
			parts = append(parts, lines[from:i+1])
			from = i + 1
		}
	}
	parts = append(parts, lines[from:])
	if len(parts) < 2 {
		return nil
	}
	for _, p := range parts {
		if len(p) == 1 {
			if !isProse(p[0], len(strings.Fields(p[0]))) {
				return nil
			}
		} else if !isWrappedProse(p) {
			return nil
		}
	}
	return parts
}

// rxPageNumber matches a line that is only a page number: "3", "- 3 -",
// "Page 3 of 5".
var rxPageNumber = lazyRE(`(?i)^(?:-\s*)?(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3}|\s*/\s*\d{1,3})?(?:\s*-)?$`)

// rxPrintStamp matches a browser's running head or foot on a page printed
// to PDF, alone at a page break: "3/14/19, 9:02 AM    World News | The
// Meridian Post", "https://www.meridianpost.com/p/48213    2/3".
var rxPrintStamp = lazyRE(`^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s{2,}\S.{0,120}$|^(?:https?://|www\.|file:///)\S+\s+(?:(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3})$`)

// markRunning marks the running heads of a page turned into text from
// print (a PDF, a browser's print preview): lines of at most 25 words with
// a number that come back, the numbers apart, at each page break ("THE LEDGER  Monday 6 December 2010", "WORLD
// Page 5"), and lines that are only a page number.
func markRunning(units []pageUnit) {
	// A short line the page repeats three times or more is its chrome
	// ("Continue reading below" under each advertisement).
	var reps map[string][]int
	for i, u := range units {
		if u.words == 0 || u.words > 6 || u.prose || strings.Contains(u.text, "\n") {
			continue
		}
		if reps == nil {
			reps = map[string][]int{}
		}
		reps[u.flat] = append(reps[u.flat], i)
	}
	for _, at := range reps {
		if len(at) >= 3 {
			for _, i := range at {
				units[i].chrome = true
			}
		}
	}
	// A line in capitals the page repeats whole is its running head
	// ("MINISTRY OF FOREIGN AFFAIRS – PRESS BRIEFING" at each page).
	var caps map[string]int
	for i := range units {
		u := &units[i]
		if u.words < 2 || u.words > 12 || u.prose || strings.Contains(u.text, "\n") || !allCaps(u.flat) {
			continue
		}
		if caps == nil {
			caps = map[string]int{}
		}
		if j, ok := caps[u.flat]; ok {
			units[j].chrome, units[j].running = true, true
			u.chrome, u.running = true, true
			continue
		}
		caps[u.flat] = i
	}
	var seen map[string]int
	for i := range units {
		u := &units[i]
		if u.words > 25 || strings.Contains(u.text, "\n") || !strings.ContainsAny(u.flat, "0123456789") {
			continue
		}
		if rxPageNumber.MatchString(u.flat) || rxPrintStamp.MatchString(u.text) {
			u.chrome, u.running = true, true
			continue
		}
		key := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '#'
			}
			return r
		}, u.flat)
		if seen == nil {
			seen = map[string]int{}
		}
		if j, ok := seen[key]; ok {
			for _, k := range []int{j, i} {
				units[k].chrome, units[k].running = true, true
			}
			continue
		}
		seen[key] = i
	}
}

// mendPageBreaks joins a paragraph a print's page break cut in two: a
// unit that stops in mid-sentence ("Airlines said the change would
// shorten"), the page's running foot and head under it ("https://... 1/2",
// "4/14/24, 6:18 PM  Headline... | The Post"), then a unit that goes on
// in lower case ("some routes by more than an hour."). The running lines
// stay, to be marked again by classify.
func mendPageBreaks(units []pageUnit) []pageUnit {
	// Most pages have no paragraph stopping in mid-sentence with one in
	// lower case a few units under it: they are left as they are.
	cut := false
	for i := 0; i+2 < len(units) && !cut; i++ {
		if units[i].words < 4 || !midSentence(units[i].flat) {
			continue
		}
		for j := i + 2; j < len(units) && j <= i+6; j++ {
			if lowerFirst(units[j].flat) {
				cut = true
				break
			}
		}
	}
	if !cut {
		return units
	}
	markRunning(units)
	out := make([]pageUnit, 0, len(units))
	for i := 0; i < len(units); i++ {
		u := units[i]
		if u.running || u.words < 4 || !midSentence(u.flat) {
			out = append(out, u)
			continue
		}
		j := i + 1
		for j < len(units) && units[j].running {
			j++
		}
		if j == i+1 || j == len(units) || units[j].running || units[j].words < 2 || !lowerFirst(units[j].flat) {
			out = append(out, u)
			continue
		}
		sep := " "
		if strings.Contains(u.text, "\n") || strings.Contains(units[j].text, "\n") {
			sep = "\n" // a wrapped paragraph goes on wrapped
		}
		out = append(out, newUnit(u.text+sep+units[j].text, u.block))
		out = append(out, units[i+1:j]...)
		i = j
	}
	return out
}

// midSentence reports whether s stops where no sentence or line of a
// page's chrome would: after a lower-case word or a comma.
func midSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == ',' || r == ';' {
		return true
	}
	if !unicode.IsLower(r) {
		return false
	}
	k := strings.LastIndexByte(s, ' ')
	return k > 0 && lowerFirst(s[k+1:])
}

// classify marks the chrome of units.
func classify(units []pageUnit, h pageHints) {
	markRunning(units)
	for i := range units {
		u := &units[i]
		low := strings.ToLower(u.flat)
		key := strings.TrimRight(low, ":. ")
		// "- Advertisement -", "READ MORE »", "Related Stories:"
		// "See also[edit]": a wiki's section heading and its edit link.
		bare := strings.TrimFunc(strings.TrimSuffix(low, "[edit]"), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if textEndMarkers[bare] || textBoilerplate[bare] || textChromeExtra[bare] {
			key = bare
		}
		// The line patterns are for short lines: a paragraph of text is
		// not matched against them (they cost more than the rest of the
		// reading).
		short := len(u.flat) <= 160
		switch {
		case u.words <= 40 && siteClosingLine(low, u.flat):
			// (Of any width: "Letters should be no longer than 250 words
			// and must include ... We may edit letters for length and
			// clarity.")
			u.chrome, u.end = true, true
		case textEndMarkers[key] || short && (rxCountLine.MatchString(u.flat) || rxMoreIn.MatchString(u.flat) || (strings.Contains(low, "permi") || strings.Contains(low, "prohibit") || strings.Contains(low, "may not be")) && rxRightsLine.MatchString(u.flat) || strings.Contains(low, "delayed") && rxQuotesDelayed.MatchString(u.flat) ||
			strings.Contains(low, "guest") && rxGuestbook.MatchString(u.flat) || strings.Contains(low, "responsible") && rxExternalSites.MatchString(u.flat) ||
			strings.Contains(low, "letters") && rxLettersNote.MatchString(u.flat) || strings.Contains(low, "published every") && rxPublishedEvery.MatchString(u.flat) ||
			strings.HasPrefix(low, "disclaimer:") || strings.HasPrefix(low, "kindly share") || strings.HasPrefix(low, "please share this") ||
			strings.HasPrefix(low, "last edited by ") && u.words <= 12 ||
			// ("— The writer is a former ambassador.": a dash before the note)
			u.words <= 40 && reuseNoteOpen(strings.TrimLeft(low, "—–- ")) && rxReuseNote.MatchString(strings.TrimLeft(u.flat, "—–- ")) || u.words <= 40 && editorNote(low, u.flat) ||
			u.words <= 12 && strings.Contains(low, "reading") && rxKeepReading.MatchString(u.flat) ||
			u.words <= 25 && (strings.HasPrefix(strings.TrimLeft(low, "("), "catch ") || strings.HasPrefix(low, "download ") || strings.HasPrefix(low, "watch ") || strings.HasPrefix(low, "listen ") || strings.HasPrefix(low, "hear ") || strings.HasPrefix(low, "tune ")) && rxAppPromo.MatchString(strings.Trim(u.flat, "()"))) || !u.prose && u.words <= 6 && rxBackTo.MatchString(u.flat) ||
			len(u.flat) <= 320 && mayBeCredit(low) && rxCredit.MatchString(u.flat) || (!u.prose && u.words <= 5 || u.words <= 8) && endMarkerPrefix(bare) && !(strings.HasPrefix(bare, "see also ") && labelledLink(u.flat)) ||
			!u.prose && u.words <= 20 && endMarkerLabel(bare) ||
			strings.HasPrefix(low, "disclaimer:") && u.words <= 80 || // (a long one too: "Disclaimer: Opinions expressed here are those of the writers ...")
			short && rxInitialsLine.MatchString(u.flat) || short && rxOriginalURL.MatchString(u.flat) || short && strings.Contains(low, "general public licen") && strings.Contains(low, "software") || short && rxPageCreated.MatchString(u.flat) || aboutSection(units, i) || u.words <= 30 && rxLabelledPager.MatchString(u.flat):
			u.chrome, u.end = true, true
		case textBoilerplate[key] || textChromeExtra[key]:
			u.chrome = true
		case short && (rxReadTime.MatchString(u.flat) || rxRelative.MatchString(u.flat) || u.words <= 10 && yearlessFields(u.flat) || rxTimeOnly.MatchString(u.flat) || u.words <= 8 && (rxYearless.MatchString(u.flat) || rxDayNoYear.MatchString(u.flat)) ||
			rxContinued.MatchString(u.flat) || rxPhotoCredit.MatchString(u.flat) || u.words <= 30 && rxCaption.MatchString(u.flat) ||
			rxSaidLine.MatchString(u.flat) || rxURLLine.MatchString(u.flat) || rxOnlySymbols.MatchString(u.flat) || rxNoteLine.MatchString(u.flat) ||
			u.words == 1 && rxEmailAddr.MatchString(u.flat) || u.words <= 12 && !endsSentence(u.flat) && pictureCredit(low) ||
			u.words <= 16 && strings.ContainsAny(u.flat, ":|") && !endsSentence(u.flat) && rxReadLink.MatchString(u.flat) ||
			u.words <= 8 && strings.HasPrefix(low, "search") && rxSearchBox.MatchString(u.flat) ||
			u.words <= 40 && strings.Contains(low, "content") && rxBlockedEmbed.MatchString(u.flat) ||
			u.words <= 40 && strings.Contains(low, "cookies") && rxCookieEmbed.MatchString(u.flat) ||
			u.words <= 40 && strings.HasPrefix(low, "pull") && rxPullQuoteLabel.MatchString(u.flat) ||
			u.words <= 12 && !u.prose && rxTextSize.MatchString(u.flat) ||
			u.words <= 40 && u.flat != "" && strings.IndexByte("FCGTM", u.flat[0]) >= 0 && rxFigureCaption.MatchString(u.flat) ||
			u.words <= 40 && strings.Contains(u.flat, "©") && rxCopyrightCredit.MatchString(u.flat) ||
			u.words <= 40 && strings.Contains(low, "at a glance") && rxAtAGlance.MatchString(u.flat) ||
			u.words <= 40 && !endsSentence(u.flat) && marketData(u.flat) ||
			strings.HasPrefix(low, "breadcrumb") || isCrumbs(u.flat) || repeatsLead(u.flat) || isLinkedHeadline(u) || u.words <= 8 && rxCounter.MatchString(strings.ToLower(u.flat)) && !u.prose || rxPlaceholder.MatchString(u.flat) ||
			!u.prose && u.words <= 6 && strings.IndexFunc(u.flat, isIcon) >= 0 || u.words <= 4 && rxLabelCount.MatchString(u.flat) ||
			u.words <= 12 && rxPager.MatchString(u.flat) || (startsDigit(u.flat) || len(low) > 4 && low[0] == 'p') && rxPageList.MatchString(u.flat) ||
			u.words <= 40 && adLabelOpen(low) && rxAdLabel.MatchString(u.flat) ||
			u.words <= 30 && strings.Contains(low, " here") && rxClickHere.MatchString(u.flat) || setApartLine(u.flat, low, u.words) ||
			u.words >= 2 && u.words <= 16 && !u.prose && callToAction(u.flat) || u.words <= 8 && linkPair(u.flat) ||
			u.words <= 16 && strings.HasSuffix(u.flat, ")") && rxDocumentLink.MatchString(u.flat) ||
			u.words <= 14 && (strings.Contains(low, " our ") || strings.Contains(low, " the ")) && rxFollowPrompt.MatchString(u.flat) ||
			u.words <= 20 && (strings.Contains(low, "poll") || strings.Contains(low, "quiz") || strings.Contains(low, "vote now") || strings.Contains(low, "have your say")) && rxPollLine.MatchString(u.flat) ||
			u.words <= 30 && strings.Contains(low, "you") && rxSavedForYou.MatchString(u.flat) ||
			u.words <= 24 && strings.Contains(low, "best viewed") && rxBestViewed.MatchString(strings.TrimLeft(u.flat, "⚠️!* ")) || u.words <= 14 && (strings.Contains(low, "part") || strings.HasPrefix(low, "series")) && rxSeriesLine.MatchString(u.flat) || u.words <= 10 && strings.Contains(u.flat, "/") && rxSubredditLine.MatchString(u.flat) ||
			u.words >= 4 && u.words <= 12 && !u.prose && sectionRun(u.flat) ||
			u.words <= 16 && (strings.HasPrefix(low, "good ") || strings.HasPrefix(low, "welcome") || strings.HasPrefix(low, "hello")) && rxGreeting.MatchString(u.flat) ||
			u.words <= 10 && !u.prose && strings.HasPrefix(bare, "from the archive") && !strings.Contains(low, ":") || // "From the archives of the Tribune", "▶ From the archive", not a kicker
			u.words <= 12 && strings.Contains(low, "today is") && hasYear(u.flat) && rxTodayIs.MatchString(u.flat) ||
			u.words <= 8 && sourceCredit(u.flat) || u.words <= 14 && siteLineAgain(units, i) ||
			u.words <= 30 && (strings.Contains(low, "forward") || strings.Contains(low, "subscribe")) && rxNewsletterFooter.MatchString(u.flat) ||
			u.words <= 3 && consentWords(u.flat) && rxConsent.MatchString(u.flat) || u.words <= 10 && strings.Contains(u.flat, "°") && rxWeatherLine.MatchString(u.flat) || u.words <= 16 && rateLine(u.flat) ||
			u.words <= 14 && weatherDay(u.flat) || u.words <= 6 && strings.Contains(u.flat, "/") && rxAgencyCodes.MatchString(u.flat) || u.words <= 12 && rxPictureCredit.MatchString(u.flat) ||
			u.words <= 12 && (strings.HasPrefix(low, "shared ") || strings.HasPrefix(low, "sent ") || strings.HasPrefix(low, "forwarded ")) && rxSharedFrom.MatchString(u.flat) ||
			u.words <= 16 && (strings.Contains(low, "issue") || strings.Contains(low, "edition")) && rxIssueNote.MatchString(u.flat) ||
			u.words <= 20 && !u.prose && strings.Contains(low, "follow our live") ||
			u.words <= 60 && strings.HasPrefix(low, "this is an archived") && rxArchivedNotice.MatchString(u.flat)) ||
			!short && longMenu(u.flat) || tickerLine(u.flat):
			// (A long line of short items between slashes or bars is a
			// menu whatever its length: "create new paste / syntax
			// languages / archive / faq / tools / ...".)
			u.chrome = true
		case u.words <= 30 && (strings.Contains(low, "translat") || strings.Contains(low, "originally")) && rxTranslatedBy.MatchString(u.flat):
			// "Translated by our English desk. Read the original in
			// Portuguese.", "This content was originally published in
			// Portuguese.": the site's, above the text or under it.
			u.chrome = true
		case u.words <= 15 && (strings.Contains(low, "whatsapp") || strings.Contains(low, "telegram")) && (strings.Contains(low, "channel") || strings.Contains(low, "community") || strings.Contains(low, " group")),
			u.words <= 12 && rxNewsletterPrompt.MatchString(u.flat) && !strings.Contains(u.flat, "\""):
			// "Get the latest news on WhatsApp – join our channel", "Sign
			// up to our free politics newsletter"
			u.chrome = true
		case u.words <= 20 && (strings.HasPrefix(low, "also on ") || strings.HasPrefix(low, "also in ") || strings.HasPrefix(low, "also at ")) && rxAlsoOn.MatchString(u.flat):
			// A link to another story of the site between paragraphs:
			// "Also on Atlas & Abacus: Is There Still a Washington
			// Consensus?" (not "Also on the agenda: trade and fisheries.").
			u.chrome = true
		case u.words <= 60 && (strings.Contains(low, "pic.twitter.com/") || strings.Contains(low, "twitter.com/") && strings.Contains(low, "/status/")):
			// An embedded post, its link kept by the copy: "@ForeignMinistryX:
			// We welcome ... pic.twitter.com/a8Zk2LqP0w".
			u.chrome = true
		case u.words <= 8 && !u.prose && (strings.HasPrefix(low, "posted in ") || strings.HasPrefix(low, "filed in ")) && !strings.ContainsAny(low, "0123456789"):
			// The sections a post is filed in, without its date: "Posted in
			// Politics, Economy".
			u.chrome = true
		case u.words <= 30 && hasYear(u.flat) && pubNote(u.flat):
			// A note on the story's publication that opens with its verb
			// and holds a date ("Posted in World on Tuesday, November 19,
			// 2024. Tags: ...", "Published in the print edition of the
			// April 19, 2014, issue", "Issued on 11 February 2025 by the
			// Press Office"): the site's, wherever it stands.
			u.chrome = true
		case u.words <= 30 && (strings.HasPrefix(low, "follow ") || strings.HasPrefix(low, "you are viewing ") || strings.HasPrefix(low, "this is ") || strings.Contains(low, " available")) && rxSiteService.MatchString(u.flat):
			// "Follow EBC News on Facebook and X.", "You are viewing
			// Findwell's stored copy of http://...", "Data and code are
			// available in our public repository."
			u.chrome = true
			u.end = !strings.HasPrefix(low, "you are") && !strings.HasPrefix(low, "this is ")
		case u.words <= 16 && !u.prose && rxToolLine.MatchString(u.flat) && byPrefixIndex(u.flat) == nil:
			// A reading tool's or a cuttings service's line: "Item 4 of
			// 19", "Unread (1,204)", "Sent to your e-reader by ...",
			// "Tone: Neutral | Relevance: High".
			u.chrome = true
		case u.words <= 12 && !u.prose && strings.Contains(low, " by ") && rxSponsorLine.MatchString(u.flat):
			// "Local news sponsored by Harbour Furniture, Ennis"
			u.chrome = true
		case hasAnyPrefix(low, textChromePrefixes) || short && (markedChrome(low) || rxPaywall.MatchString(u.flat) || menuSpaced(*u)):
			u.chrome = true
			u.end = strings.HasPrefix(low, "tags:") || strings.HasPrefix(low, "topics:") || strings.HasPrefix(low, "filed under:") || strings.HasPrefix(low, "more from ") || strings.HasPrefix(low, "comments (")
		case u.words <= 60 && captureLineLow(u.flat, low):
			// An archive's or a cache's banner, where the page kept it
			// (an HTML capture; see cutCaptureBanner).
			u.chrome = true
		case short && (strings.HasPrefix(low, "categories:") || strings.HasPrefix(low, "category:") || rxResponses.MatchString(u.flat)):
			// "Categories: Politics, International.", "48 · 1 responses"
			u.chrome, u.end = true, true
		case len(u.flat) <= 400 && rxSupport.MatchString(u.flat):
			u.chrome = true
		case short && (strings.HasPrefix(low, "end of article") || strings.HasPrefix(low, "end of story") || strings.HasPrefix(low, "for more information or to arrange")):
			// "End of article. 110 words, about 0 minutes 42 seconds."
			u.chrome, u.end = true, true
		case short && isActionBar(u.flat):
			u.chrome = true
		case len(u.flat) <= 500 && !strings.Contains(u.text, "\n") && isBoilerplateLine(u.flat):
			u.chrome = true
			u.end = strings.Contains(low, "copyright") || strings.Contains(low, "©") || strings.Contains(low, "rights reserved")
		}
		if !u.chrome && (promotes(*u) || cookieNotice(*u) || u.words <= 15 && rxSelfRef.MatchString(u.flat) && !rxPublished.MatchString(u.flat)) {
			u.chrome = true
		}
		if !u.chrome && isLog(u.text) {
			u.chrome = true
		}
		if n := h.chrome[u.flat]; n >= 2 && (!u.prose || n >= 3) || linesLearned(u, h) {
			u.learned = true
		} else if len(h.chrome) == 0 || u.words > templateWords {
			// nothing learned, or too long for a template
		} else if t, ok := lineTemplate(u.flat); ok {
			// A line the folder's pages fill in each their own way (two
			// pages): chrome; a sentence (three pages, or half the
			// folder's when they fill it in other words than this page)
			// only where it opens or closes the text (readShape).
			if n := h.chrome[t]; n >= 2 && !u.prose {
				u.learned = true
			} else if n >= 3 || n >= 2 && n*2 >= h.files && h.chrome[u.flat] < n {
				u.template = true
			}
		}
		// A short line that half the folder's pages or more show with
		// other numbers ("u/reader_3 412 points 5 hours ago") is the
		// site's, unless it dates the page or is a figure alone
		// ("29,603" under a match report).
		if !u.learned && !u.prose && u.words >= 3 && len(h.chrome) > 0 {
			if t, ok := digitShape(u.flat); ok && h.chrome[t] >= 2 && h.chrome[t]*2 >= h.files && !hasYear(u.flat) {
				u.learned = true
			}
		}
	}
	// A short closing line between a paragraph and two more ("Share this
	// post", as newsletter platforms put one under the opening
	// paragraphs; "Download our app for breaking news alerts ➜";
	// "RELATED CONTENT" over a box the copy lost) closes no text: the
	// text goes on under it.
	for i := 1; i+2 < len(units); i++ {
		if u := &units[i]; u.end && !u.prose && u.words <= 8 && textUnit(units[i-1]) && textUnit(units[i+1]) && textUnit(units[i+2]) && !rightsNotice(u.flat, strings.ToLower(u.flat)) {
			u.end = false
		}
	}
	// The writer's note under its label ("About the author" over "A
	// former city hall reporter, she has covered the statehouse since
	// 2016."): the site's, as the label is.
	for i := 1; i < len(units); i++ {
		if p, u := units[i-1], &units[i]; p.end && p.words <= 4 && u.words <= 80 && !u.end && rxAboutWriterLabel.MatchString(p.flat) {
			u.chrome, u.end = true, true
		}
	}
	// The question under a government site's banner ("An official website
	// of the Danube States Council" over "How do you know?") is the
	// banner's.
	for i := 1; i < len(units); i++ {
		if u := &units[i]; !u.chrome && u.words <= 6 && strings.HasSuffix(u.flat, "?") && strings.Contains(strings.ToLower(u.flat), " know") &&
			units[i-1].chrome && strings.HasPrefix(strings.ToLower(units[i-1].flat), "an official website of") {
			u.chrome = true
		}
	}
	// A label that the page read aloud puts before a value ("Image
	// caption," over "Officials arrive in Vienna"): the short line under
	// a chrome label of three words or fewer that ends in a comma, in its
	// block, is the label's (a caption, a player's title).
	for i := 0; i+1 < len(units); i++ {
		u, v := units[i], &units[i+1]
		if u.chrome && u.words <= 3 && strings.HasSuffix(u.flat, ",") && v.block == u.block && !v.prose && v.words <= 25 {
			v.chrome = true
		}
	}
	// A photo's box: a unit of two or three lines whose last line credits
	// a photograph ("Photograph by Jane Doe for The Weekly", "Jane Doe /
	// Agency") holds the picture's alt text and caption over it.
	for i := range units {
		u := &units[i]
		if u.chrome || u.words > 40 || !strings.Contains(u.text, "\n") {
			continue
		}
		lines := strings.Split(strings.TrimSpace(u.text), "\n")
		if len(lines) <= 3 && photoCredit(collapseSpace(lines[len(lines)-1])) {
			u.chrome = true
		}
	}
	// Under the first paragraph, a headline after a label in sentence case
	// links to another story ("Leia também: Ferry Link Restored").
	prose := false
	for i := range units {
		u := &units[i]
		if !prose {
			prose = u.prose && !u.chrome
			continue
		}
		if !u.chrome && linkedHeadline(u, rxLinkLabel) {
			u.chrome = true
		}
	}
	// A quotation alone between two paragraphs, with nobody saying it, is
	// a pull quote: the paragraph over it closes its own quotations and
	// does not announce it ("He put it plainly:"), so the quotation is not
	// its speaker's going on; a longer one only where nobody speaks in
	// that paragraph (a pull quote is a line of display type).
	for i := 1; i+1 < len(units); i++ {
		u := &units[i]
		if u.chrome || !u.prose || u.words > 25 || !closedQuote(u.flat) {
			continue
		}
		p, n := units[i-1], units[i+1]
		if p.prose && !p.chrome && n.prose && !n.chrome && p.words >= 8 && quotesClosed(p.flat) && !strings.HasSuffix(p.flat, ":") && !rxQuoteNext.MatchString(n.flat) && (u.words <= 16 || !rxSpeaks.MatchString(p.flat)) && (u.words <= 9 || quoteRepeated(units, i)) {
			u.chrome = true
		}
	}
	// A story's jump word in capitals beside its jump line ("COFFEE" over
	// "Continued from Page 1", as a printed page marks where a story goes
	// on) is the page's.
	for i := range units {
		if u := units[i]; u.words == 0 || u.words > 8 || strings.IndexAny(u.flat, "0123456789") < 0 || !rxContinued.MatchString(u.flat) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(units) && units[j].block == units[i].block && units[j].words <= 2 && !units[j].prose && allCaps(units[j].flat) {
				units[j].chrome = true
			}
		}
	}
	// A box of facts: a label in capitals ("FACTBOX", "KEY FACTS") over
	// list items is not the text, wherever it stands.
	for i := 0; i+1 < len(units); i++ {
		u := &units[i]
		if u.chrome || u.prose || u.words > 3 || !allCaps(u.flat) || !rxBullet.MatchString(units[i+1].flat) {
			continue
		}
		u.chrome = true
		for j := i + 1; j < len(units) && rxBullet.MatchString(units[j].flat) && !units[j].prose; j++ {
			units[j].chrome = true
		}
	}
	// The heading of a promotion's box: "Get the morning briefing" over
	// "Sign up for our daily email.".
	for i := 1; i < len(units); i++ {
		u, p := units[i], &units[i-1]
		if u.chrome && !u.end && u.words <= 25 && rxPromo.MatchString(u.flat) && !p.prose && !p.chrome && p.words <= 8 &&
			!strings.ContainsAny(p.flat, "0123456789") {
			p.chrome = true
		}
	}
	// A pull quote: a short line in quotation marks that repeats words of
	// a paragraph of the page ("“We have chosen to talk”").
	var lower []string // the units in lower case, made for the first candidate
	for i := range units {
		u := &units[i]
		if u.chrome || u.words < 4 || u.words > 30 || strings.Contains(u.text, "\n") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(u.flat)
		if !strings.ContainsRune("\"“‘'«", r) {
			continue
		}
		if lower == nil {
			lower = make([]string, len(units))
			for j := range units {
				lower[j] = strings.ToLower(units[j].flat)
			}
		}
		inner := strings.Trim(lower[i], "\"“”‘’'«» ")
		for j := range units {
			if j != i && units[j].words >= u.words && units[j].flat != u.flat && strings.Contains(lower[j], inner) {
				u.chrome = true
				break
			}
		}
	}
	// A short sentence between two chrome lines that do not close the
	// text is a caption ("Enlarge this image" / "Delegates arrive for the
	// talks." / "Ivo Marek/Global Pictures").
	// A box that closes above it in a block of its own, two lines or more
	// (a photo's alt text, caption and credit; a caption under its label),
	// has its caption already: the sentence under it is a paragraph.
	for i := 1; i+1 < len(units); i++ {
		u, p, n := &units[i], units[i-1], units[i+1]
		box := p.block != u.block && (strings.Contains(strings.TrimSpace(p.text), "\n") || i >= 2 && units[i-2].block == p.block && units[i-2].chrome)
		if u.prose && !u.chrome && u.words <= 10 && p.chrome && n.chrome && !p.end && !n.end && !p.running && !n.running &&
			!strings.ContainsAny(u.flat, "\"“”") && !box {
			u.chrome = true
		}
	}
	// A related-stories heading with the text going on under it is a box
	// set between paragraphs ("RELATED CONTENT" over a link, then two
	// paragraphs of the story or more within six units), not the text's
	// end.
	for i := range units {
		u := &units[i]
		if !u.end || u.words > 3 || !relatedHeading(u.flat) {
			continue
		}
		long := 0
		for j := i + 1; j < len(units) && j <= i+6 && !units[j].end; j++ {
			if v := units[j]; v.prose && !v.chrome && v.words >= 20 && endsSentence(v.flat) {
				long++
			}
		}
		if long >= 2 {
			u.end = false
			// and the links under it, up to the story's next sentence,
			// are the box's ("Why the ports reopened late")
			for j := i + 1; j < len(units) && j <= i+3 && !units[j].prose && units[j].words <= 16; j++ {
				units[j].chrome = true
			}
		}
	}
	// A kicker the chrome prefixes name ("Watch: ...", "Listen: ...")
	// over a byline or a date line is the headline of a video's or a
	// recording's page, not a link to one.
	for i := 0; i+1 < len(units); i++ {
		if u := &units[i]; u.chrome && !u.end && !u.prose && u.words >= 4 && u.words <= 25 && kickedHeadline(u.flat) && headedBlock(units, i) {
			u.chrome, u.learned = false, false
		}
	}
	markForeignChrome(units)
}

// textUnit reports whether u reads as a paragraph of text: a sentence of
// fifteen words or more that is no chrome.
func textUnit(u pageUnit) bool {
	return u.prose && !u.chrome && !u.learned && u.words >= 15
}

// besideField reports whether the unit before or after units[i] opens
// with a field's label (not a link under a label the chrome holds:
// "Related: Why mediators keep failing").
func besideField(units []pageUnit, i int) bool {
	return i > 0 && !units[i-1].chrome && rxFieldOpen.MatchString(units[i-1].flat) || i+1 < len(units) && !units[i+1].chrome && rxFieldOpen.MatchString(units[i+1].flat)
}

// kickedHeadline reports whether s opens with a kicker the chrome
// prefixes also hold ("Watch: Finnish president's address").
func kickedHeadline(s string) bool {
	k, rest, ok := strings.Cut(s, ": ")
	return ok && (isKicker(k) || speakerLabel(k)) && rest != "" && unicode.IsUpper([]rune(rest)[0])
}

// speakerLabel reports whether k, before a headline's colon, names who
// speaks: an office ("Minister", "Foreign Minister") or an acronym of two
// to five capitals ("PM", "UN", "NATO"), as in "PM: No gas price rise
// before spring".
func speakerLabel(k string) bool {
	f := strings.Fields(k)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	last := f[len(f)-1]
	if len(f) == 1 && len(last) >= 2 && len(last) <= 5 && strings.ToUpper(last) == last && strings.IndexFunc(last, func(r rune) bool { return !unicode.IsUpper(r) }) < 0 {
		return true
	}
	return rxOffice.MatchString(last) && unicode.IsUpper([]rune(f[0])[0])
}

// headedBlock reports whether the unit after units[i] is a byline or a
// short date line: units[i] heads an article.
func headedBlock(units []pageUnit, i int) bool {
	v := units[i+1]
	return !v.chrome && (creditHead(v.flat) || len(v.flat) < 60 && rxAgencyLine.MatchString(v.flat) || v.words <= 14 && hasDate(v.flat) || nameLine(v.flat, v.words) != "" ||
		v.words <= 16 && (isBylineUnit(v.flat) || writersLine(v.flat) || strongByline(v.flat)))
}

// linesLearned reports whether u is a block of two lines or more each of
// which the folder's pages repeat (a footer's rows joined into one unit).
func linesLearned(u *pageUnit, h pageHints) bool {
	if len(h.chrome) == 0 || !strings.Contains(u.text, "\n") {
		return false
	}
	for l := range strings.SplitSeq(u.text, "\n") {
		if n := h.chrome[collapseSpace(l)]; n < 2 {
			return false
		}
	}
	return true
}

// rxStamp matches a line that opens with a numeric date or time, as a
// tool's log writes each line: "2018-02-13 03:12:05,012 INFO ...",
// "[10:15:02] ...".
var rxStamp = lazyRE(`^\[?\d{1,4}[-/.:]\d{1,2}[-/.:]\d{1,4}`)

// isLog reports whether text is a block of two lines or more each of which
// opens with a numeric date or time: a log, not prose.
func isLog(text string) bool {
	if !strings.Contains(text, "\n") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); r != '[' && (r < '0' || r > '9') {
		return false
	}
	for l := range strings.SplitSeq(text, "\n") {
		if !rxStamp.MatchString(strings.TrimSpace(l)) {
			return false
		}
	}
	return true
}

// rxLinkMark matches what a site puts before a link to another story set
// among the paragraphs: an arrow ("► ", "» "), a short label and a bar
// ("Also read | ") or one in capitals and a colon ("SEE ALSO: "; not "DVD
// review: ...", a headline).
var rxLinkMark = lazyRE(`^(?:[►▶▸»→>]+\s*|\p{L}+(?:\s\p{L}+){0,2}\s*\|\s+|\p{Lu}+(?:\s\p{Lu}+){0,2}:\s+)`)

// rxLinkLabel matches a label of two or three words in sentence case and a
// colon, in any language ("Read also: ", "Leia também: "): before a
// headline under the text's first paragraph, a link to another story
// (above it, "Film review: ..." may be the headline itself).
var rxLinkLabel = lazyRE(`^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){1,2}:\s+`)

// rxBlockedEmbed matches what a page shows in place of a post it would
// not load: "Twitter content: This content is not available due to your
// privacy preferences."
var rxBlockedEmbed = lazyRE(`(?i)\bcontent (?:is not|isn't|cannot be) (?:available|shown|displayed)\b[^.!?]{0,40}\b(?:privacy|cookie|consent)`)

// rxCookieEmbed matches an embed the reader's cookie settings keep out,
// in the words of sites that say what to do: "X post. This content is
// blocked. Allow cookies to view it."
var rxCookieEmbed = lazyRE(`(?i)\b(?:allow|accept|enable)\s+(?:all\s+)?(?:cookies|third[- ]party cookies)\s+to\s+(?:view|see|load|show|display|watch|play)\b|\bcontent is provided by [^.!?]{1,40}, which may use cookies\b`)

// rxPullQuoteLabel matches a pull quote that says what it is: "Pull quote:
// “No one in that room wanted to be the first to leave.”"
var rxPullQuoteLabel = lazyRE(`(?i)^pull[- ]?quote\s*[:|—–-]\s*\S`)

// rxTextSize matches a page's text-size control, maybe with its other
// buttons after it: "Text size: A A A   Print   Email", "A- A A+".
var rxTextSize = lazyRE(`^(?:(?i:text|font|type)(?:\s+(?i:size|resize))?\s*:?\s+)?A\s*[-+−]?\s+A\s*[-+−]?(?:\s+A\s*[-+−]?)?(?:\s+(?i:print|e-?mail|share|save|listen))*\s*$`)

// rxTranslatedBy matches a site's note on a translation: "Translated
// by our English desk.", "This content was originally published in
// Portuguese.", "Read the original in Spanish."
var rxTranslatedBy = lazyRE(`(?i)^translated (?:by|from)\b[^.!?]{0,60}[.!]?(?:\s+read the original\b[^.!?]{0,40}[.!]?)?$|^this (?:content|article|story|piece|report) was (?:originally )?(?:published|written) in (?-i:\p{Lu})\p{L}+\.?$|^read the original (?:in|at)\b[^.!?]{0,40}[.!]?$`)

// siteClosingLine reports whether s is one of the lines sites print
// under a text, in words no article ends with: comment rules, a
// newsletter's sign-off, a podcast's credits, an official release's note
// on its status, the site's social accounts, its company's registration,
// a reporting scheme's note on itself, its team and their roundup, its
// e-edition, its webmaster, a sign-up form's consent and prompt, a note to
// readers where the site is banned, a licence to reproduce, a Spanish or
// French rights line, an appeal to keep journalism alive. Its cheap
// tests of the line's words come before the expressions.
func siteClosingLine(low, s string) bool {
	switch {
	case strings.HasPrefix(low, "comments "), strings.HasPrefix(low, "that"), strings.HasPrefix(low, "this "), strings.HasPrefix(low, "transcript"),
		strings.Contains(low, " by "), strings.Contains(low, "follow "), strings.Contains(low, "registered"), strings.Contains(low, " is a"), strings.Contains(low, "official"):
		if rxSiteClosing.MatchString(s) {
			return true
		}
	}
	switch {
	case strings.HasPrefix(low, "our "), strings.HasPrefix(low, "read "), strings.HasPrefix(low, "by "), strings.HasPrefix(low, "don"),
		strings.HasPrefix(low, "sharing "), strings.HasPrefix(low, "keep "), strings.Contains(low, "webmaster"), strings.Contains(low, "reproduc"):
		if rxSiteAbout.MatchString(s) {
			return true
		}
	}
	if strings.Contains(low, "expressed") || strings.Contains(low, " advice") || strings.Contains(low, "names of") || strings.Contains(low, "readers") || strings.Contains(low, "series") || strings.HasPrefix(low, "letters ") {
		if rxSiteStance.MatchString(s) {
			return true
		}
	}
	for _, p := range closingPatterns {
		if slices.ContainsFunc(p.words, func(w string) bool { return strings.Contains(low, w) }) && p.rx.MatchString(s) {
			return true
		}
	}
	return strings.Contains(low, "reproduc") && rxForeignRights.MatchString(s)
}

// closingPatterns are more of siteClosingLine's expressions, each run
// only on a line holding one of its words (lower case).
var closingPatterns = []struct {
	words []string
	rx    *lazyRegexp
}{
	{[]string{"journalism", "matters", "consider"}, rxNewsAppeal},
	{[]string{"mail", "newsletter"}, rxNewsletterPitch},
	{[]string{"association", "partnership", "collaboration", "support", "funding"}, rxProducedWith},
	{[]string{"?"}, rxReaderQuestion},
	{[]string{"for reading"}, rxThanksForReading},
	{[]string{"live "}, rxLiveEnded},
	{[]string{"transcript"}, rxTranscriptNote},
	{[]string{"correction", "error", "mistake", "archive", "published", "more", " we ", "registered"}, rxArchiveNote},
	{[]string{"in print", "print edition", "in the print"}, rxPrintNote},
	{[]string{"subscribed", "unsubscribe", "this group", "this list"}, rxListFooter},
}

// rxListFooter matches a mailing list's or a group's footer under a
// message: "You received this message because you are subscribed to the
// Google Groups ...", "To unsubscribe from this group ...", "To post to
// this list, send email to ...".
var rxListFooter = lazyRE(`(?i)^(?:you\s+(?:received|are\s+receiving)\s+this\s+(?:message|e-?mail|digest)\s+because\s+you\s+(?:are|were)\s+subscribed\b|to\s+(?:unsubscribe|post|reply)\s+(?:from|to)\s+this\s+(?:group|list|mailing\s+list)\b|you\s+are\s+(?:currently\s+)?subscribed\s+to\s+\S)`)

// rxPrintNote matches a site's note on where the story ran in its paper:
// "Published in print on page A8 of the New York-area edition.", "A
// version of this article appears in print on June 2, 2021, Section A,
// Page 8 ...", "This article appeared in the print edition of 4 March
// 2019."
var rxPrintNote = lazyRE(`(?i)^(?:an?\s+(?:version|shorter\s+version|edited\s+version)\s+of\s+this\s+(?:article|story|piece|report)\s+|this\s+(?:article|story|piece|report)\s+)?(?:was\s+|is\s+)?(?:published|appeared|appears|ran|printed)\s+in\s+(?:print|the\s+print\s+edition|(?:our|the)\s+\p{L}+\s+print\s+edition)\b[^!?]{0,240}$`)

// rxArchivedNotice matches a site's notice over an old article: "This is
// an archived article and the information in it may be outdated. ..."
var rxArchivedNotice = lazyRE(`(?i)^this\s+is\s+an\s+archived\s+(?:article|story|page|item|report)\b`)

// rxArchiveNote matches what a paper's archive says of itself and asks of
// its readers: "Archive policy: articles are presented as originally
// published.", "We welcome corrections. If you spot an error, ...",
// "Want to read more from the archive?", "Every Sunday we republish a
// story from our pages."
var rxArchiveNote = lazyRE(`(?i)^(?:archive\s+(?:policy|note|notice)\s*:|(?:articles|stories|items)\s+(?:in\s+(?:this|our|the)\s+archive\s+)?(?:are|is)\s+(?:presented|shown|reproduced|kept)\s+as\s+(?:originally\s+)?(?:published|printed)|we\s+welcome\s+corrections\b|if\s+you\s+(?:spot|see|notice|find)\s+an?\s+(?:error|mistake)\b|want\s+(?:to\s+)?(?:read|see|hear|find)\s+more\b[^?]{0,80}\?|[^.!?]{2,80}\bis\s+a\s+registered\s+(?:charity|non-?profit|nonprofit)\b|(?:every|each)\s+(?:day|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday|month)\s+we\s+(?:republish|reprint|revisit|dig\s+out|bring\s+you)\b[^.!?]{0,80}\b(?:archive|archives|pages|back\s+issues|files)\b)`)

// kickerBar reports whether s is a kind of piece and a column's name
// between bars, a label over the headline: "COLUMN | BEHIND THE LINES".
func kickerBar(s string) bool {
	k, rest, ok := strings.Cut(s, " | ")
	return ok && isKicker(k) && len(strings.Fields(rest)) <= 4
}

// linkPair reports whether s is two or more of a site's own links
// between bars or dots, each one a site's whole link ("Your Account |
// Help", "Sign in · Register"): a line isMenuLine needs three items for.
func linkPair(s string) bool {
	for _, sep := range []string{" | ", " · ", " • "} {
		if !strings.Contains(s, sep) {
			continue
		}
		items := strings.Split(s, sep)
		for _, it := range items {
			if it = strings.ToLower(strings.TrimSpace(it)); !textBoilerplate[it] && !siteLinks[it] {
				return false
			}
		}
		return true
	}
	return false
}

// siteLinks are links to a site's services that textBoilerplate does not
// hold (lower case).
var siteLinks = map[string]bool{
	"help": true, "account": true, "your account": true, "my account": true, "contact": true, "contact us": true,
	"about": true, "about us": true, "e-paper": true, "epaper": true, "newsletters": true, "subscriptions": true,
	"profile": true, "settings": true, "log out": true, "logout": true, "sign out": true, "archive": true, "archives": true,
	"faq": true, "feedback": true, "donate": true, "support us": true, "careers": true, "advertise": true, "jobs": true,
}

// callToAction reports whether s, a short line that is no sentence, asks
// the reader to act on a link: an imperative verb first and the link's
// sign, an arrow at its end ("Watch the press conference on UN Web TV
// »"), a file's type and size ("Download the full statement (PDF, 88
// KB)"), or "now", "today" or "here" after the verb ("Donate now to the
// emergency appeal", "Register today for the forum").
func callToAction(s string) bool {
	verb, rest, ok := strings.Cut(s, " ")
	var buf [12]byte
	if !ok || len(verb) > len(buf) || !ctaVerbs[string(lowerASCII(buf[:len(verb)], verb))] {
		return false
	}
	return rxActionSign.MatchString(rest)
}

// ctaVerbs are the verbs a site's links open with.
var ctaVerbs = map[string]bool{
	"watch": true, "download": true, "donate": true, "give": true, "apply": true, "register": true, "read": true,
	"listen": true, "subscribe": true, "follow": true, "click": true, "share": true, "join": true, "support": true,
	"get": true, "see": true, "visit": true, "explore": true, "view": true, "discover": true, "learn": true,
	"order": true, "buy": true, "shop": true, "book": true, "stream": true, "print": true, "browse": true, "vote": true,
	"tap": true, "swipe": true,
}

// rxDocumentLink matches a link to a document with its kind and size:
// "Full text of the communiqué (PDF, 84k)".
var rxDocumentLink = lazyRE(`\((?:[^()]*,\s*)?(?:PDF|pdf|DOC|DOCX|doc|XLS|XLSX|RTF|rtf)(?:,\s*\d[\d.,]*\s*[KkMm][Bb]?)?\)$`)

// rxActionSign matches what follows a link's verb when the line is a
// link: see callToAction. ("Tap to view photo gallery (8 images)",
// "Click to enlarge", "Watch: the vote (2 videos)".)
var rxActionSign = lazyRE(`(?:\s*(?:»|›|→|>>|>)\s*)$|^to\s+(?:view|see|watch|play|hear|listen|enlarge|expand|zoom|open|read|load|continue)\b[^.!?]*$|\(\s*\d+\s+(?:images?|photos?|pictures?|videos?|slides?|clips?)\s*\)$|\((?:[^()]*,\s*)?(?:PDF|pdf|DOC|DOCX|XLS|XLSX|MP3|MP4)\b[^()]*\)$|\(\s*\d[\d.,]*\s*(?:KB|MB|kB|Kb|Mb)\s*\)$|^(?i:now|today|here)\b[^.!?]*$`)

// rxNewsAppeal matches a site's appeal for its readers' money: "Local
// news matters.", "Journalism like this costs money. Please consider a
// subscription."
var rxNewsAppeal = lazyRE(`(?i)^(?:(?:local|independent|quality|good|public[\s-]interest)\s+(?:news|journalism|reporting)\s+matters\b[^.!?]{0,40}[.!]?$|(?:(?:good|quality|independent|local)\s+)?journalism\s+like\s+(?:this|ours)\s+(?:costs|takes|needs|requires|depends)\b|please\s+consider\s+(?:a\s+|an\s+)?(?:subscription|subscribing|donation|donating|supporting\s+us|becoming\s+a\s+(?:member|subscriber|supporter))\b)` +
	// "In a time of both misinformation and too much information, quality
	// journalism is more crucial than ever."
	`|\b(?:quality|good|independent|local|trusted|reliable)\s+(?:news|journalism|reporting)\s+is\s+(?:more\s+)?(?:crucial|important|vital|essential|needed|necessary)\s+(?:than\s+ever|now)\b`)

// rxNewsletterPitch matches the pitch of a newsletter's sign-up box:
// "One email a week. The world, explained without the noise.", "A
// newsletter every weekday morning."
var rxNewsletterPitch = lazyRE(`(?i)^(?:one|an?|two|three)\s+(?:short\s+|free\s+|weekly\s+|daily\s+)?(?:e-?mails?|newsletters?|briefings?)\s+(?:a|per|every)\s+(?:day|week|month|weekday|fortnight)(?:\s+morning)?(?:\.\s+[^!?]{0,80})?\.?$`)

// rxProducedWith matches a closing credit to a partner or a funder:
// "Produced in association with the Halvard Foundation for Independent
// Media.", "This series is published with the support of the Quay
// Trust."
var rxProducedWith = lazyRE(`(?i)^(?:this\s+(?:story|article|report|reporting|series|programme|program|project|content|coverage|podcast|investigation)\s+(?:was|is)\s+)?(?:produced|published|made|created|supported|funded|reported)\s+(?:in\s+(?:association|partnership|collaboration)\s+with|with\s+(?:the\s+)?(?:support|funding|help|assistance)\s+of|(?:in\s+part\s+)?by\s+(?:a\s+)?(?:grant|grants|funding|support)\s+from)\s+(?:the\s+)?(?-i:\p{Lu})[^.!?]{0,80}(?:[.!]|,\s+which\s+(?:had|has)\s+no\s+(?:role|say|input|influence)\s+in\s+[^.!?]{0,60}[.!]?)?$`)

// rxLiveEnded matches a live page's closing line: "Live coverage ended
// at 11:48 p.m.", "This live blog is now closed."
var rxLiveEnded = lazyRE(`(?i)^(?:our |this |the )?live (?:coverage|blog|updates|reporting|page|text)(?: of [^.!?]{1,40})? (?:has |have )?(?:ended|closed|finished|is (?:now )?(?:over|closed|paused|ended))\b[^!?]{0,40}$`)

// rxTranscriptNote matches a note on how a transcript was kept: "Editor's
// note: transcript lightly edited for clarity and length.", "This
// transcript has been condensed."
var rxTranscriptNote = lazyRE(`(?i)^(?:editor[’']?s note\s*[:—–-]\s*)?(?:this |the )?transcript (?:has been |was |is |have been )?(?:lightly |slightly |partially |automatically )?(?:edited|condensed|abridged|generated|produced)\b[^.!?]{0,60}[.!]?(?:\s+[^.!?]{0,80}[.!]?)?$`)

// rxThanksForReading matches a site's thanks, in English or with the
// thanks in the place's own language: "Thanks for reading.", "Vinaka for
// reading The Fiji Herald." (not "Calls for reading reforms grew.").
var rxThanksForReading = lazyRE(`(?i)^[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s+for\s+reading(?:\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}&'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}&'’.-]*){0,5})?\s*[.!]?$`)

// rxReaderQuestion matches a site's question to its reader on the piece
// just read, which opens its appeal or its feedback form: "Found this
// helpful? Give to the annual fund.", "Enjoyed this piece?", "Was this
// information helpful?" (not "Was this the right decision?").
var rxReaderQuestion = lazyRE(`(?i)^(?:[\p{L}]+:\s*)?what\s+do\s+you\s+think\s*\?+$|^(?:did you |have you )?(?:find|found|enjoy|enjoyed|like|liked|love|loved|value|valued|appreciate|appreciated)\s+(?:reading\s+)?(?:this|our|what you(?:'ve|’ve| have)? (?:just )?read)(?:\s+[\p{L}-]+){0,2}\s*\?` +
	`|^(?:was|is|were)\s+(?:this|the)\s+(?:[\p{L}-]+\s+){0,2}(?:helpful|useful|informative|interesting|clear)\s*\?` +
	`|^(?:how\s+)?(?:helpful|useful)\s+(?:was|is|did you find)\s+(?:this|the)\b[^?]{0,30}\?`)

// rxSiteStance is siteClosingLine's expression for the site's stance on
// what it prints and how: whose opinions they are, that it gives no
// advice, that it keeps its reporters' names back, that its readers keep
// it going, the series a piece belongs to, its rules for letters.
var rxSiteStance = lazyRE(`(?i)^(?:the )?(?:opinions|views) expressed (?:here |below |in this (?:article|piece|column|commentary|op-ed) )?are (?:the (?:writer|author|columnist|contributor)[’']?s[’']? own|(?:those|that) of the (?:writer|author|columnist|contributor)s?\b|personal|(?:his|her|their) own)` +
	// "This material is for information only and does not constitute
	// investment advice."
	`|\b(?:does|do) not constitute (?:investment|financial|legal|tax|professional) advice\b` +
	// "The Harbour Post does not publish the names of its reporters
	// inside the country."
	`|\b(?:does|do) not (?:publish|print|reveal|disclose|give) (?:the )?names of (?:its|our) (?:reporters|journalists|correspondents|contributors|staff)\b` +
	// "The Harbour Post relies on its readers."
	`|^(?-i:\p{Lu})[^.!?]{0,40}\brel(?:ies|y) on (?:its|our) readers\b` +
	// "This piece is part of our series on the future of trade."
	`|^this (?:piece|article|story|column|report|essay|interview) is (?:part|one) of (?:our|an?|the)\b[^.!?]{0,60}\bseries\b` +
	// "Letters should be no longer than 250 words and must include the
	// writer's full name."
	`|^letters (?:should|must|may) (?:be|not exceed|include)\b`)

// rxSiteClosing is siteClosingLine's expression.
var rxSiteClosing = lazyRE(`(?i)^comments (?:are|will be) (?:moderated|reviewed|pre-?moderated|checked)\b` +
	// "That's all for this edition."
	// (Alone on its line: "That's it for this week. As always, reply to
	// this email ..." is the writer's.)
	`|^that'?s (?:all|it) (?:for|from) (?:this|today'?s|this week'?s|the) (?:edition|issue|newsletter|briefing|week|dispatch)[.!]?$` +
	// "This text is issued for the use of the media and is not an
	// official document."
	`|\bissued for the (?:use|information) of the (?:media|press)\b|\bis not an official (?:document|record)\b` +
	// "This episode was produced by the Glasshouse Podcast Network.",
	// "Transcripts are generated with the help of software ...", "Music
	// by Fernhill Sound. Produced by Hattie Lomond."
	`|^this (?:episode|podcast|programme|program|show|series) (?:was|is) (?:produced|made|recorded|edited|mixed|hosted)\b` +
	`|^transcripts? (?:are|is|was|were|has been|have been) (?:generated|produced|machine|automatically|created)\b` +
	`|^(?:(?:theme |original )?music|sound design|mixing|sound) by (?-i:\p{Lu})[^.!?]{0,60}[.!]?(?:\s+(?:produced|edited|mixed|hosted) by (?-i:\p{Lu})[^.!?]{0,60}[.!]?)?$` +
	// "For the latest news, follow Radio Highland on social media."
	// (Not "Follow us on X and LinkedIn", a heading of the site's links.)
	`|^for (?:the )?(?:latest|more|all the latest|breaking)\b[^,.!?]{0,40},\s*(?:follow|like|find)\s+(?:us|(?-i:\p{Lu})[^.!?]{1,40}?)\s+on\s+(?:social media|twitter|x|facebook|instagram|linkedin|telegram|youtube|tiktok|mastodon|bluesky|threads)\b[^.!?]{0,40}[.!]?$` +
	`|^(?:follow|like|find)\s+(?:us|(?-i:\p{Lu})[^.!?]{1,40}?)\s+on\s+social media\b[^.!?]{0,40}[.!]?$` +
	// "... is part of Riverside Media Group. Registered in England and
	// Wales.", "... research organisation. Registered charity."
	`|(?:^|[.!?]\s+)registered (?:in england|in scotland|in wales|in ireland|charity|office|company)\b` +
	// "The LDRS is a public service partnership funded by the
	// broadcaster to cover local authorities."
	`|^(?:the )?(?-i:\p{Lu})[\p{L}&'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}&'’.-]*){0,5}\s+is\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:partnership|scheme|initiative)\s+(?:funded|run|between|with|by)\b`)

// rxForeignRights matches a site's rights line in Spanish or French:
// "Prohibida su reproducción total o parcial", "Reproduction interdite".
var rxForeignRights = lazyRE(`(?i)\bprohibida su reproducci[óo]n\b|\breproduction interdite\b`)

// rxSiteAbout is siteClosingLine's expression for what sites say of
// themselves and their forms.
var rxSiteAbout = lazyRE(`(?i)^our [^.!?]{0,40}\b(?:team|desk|newsroom|service)\s+(?:publishes|produces|brings|sends)\b` +
	`|^read (?:the|our|today'?s) (?:latest |full )?[^.!?]{0,40}\be-?(?:edition|paper)\b` +
	`|\bto the webmaster\b|^webmaster\s*:` +
	`|^by (?:providing|entering|submitting|signing up|subscribing)\b[^.!?]{0,60}\b(?:agree|consent|accept|acknowledge)` +
	`|^don'?t miss (?:out on )?the latest(?: news| stories| updates)?(?: and (?:information|analysis|updates))?(?: from [^.!?:]{1,40})?[.!]?$` +
	`|^sharing (?:our|this|these) (?:materials?|content|articles?|stories)\b` +
	`|\breproduction (?:is )?(?:permitted|allowed|authori[sz]ed|prohibited|forbidden|not permitted)\b` +
	`|^keep (?:independent |local |free )?(?:journalism|media|reporting|news) alive\b`)

// rxUnverifiedNote matches an editor's note on what could not be checked:
// "Editor's note: telecommunications in parts of Darfur remain cut; some
// details in this report could not be independently verified."
var rxUnverifiedNote = lazyRE(`(?i)^editor[’']?s[’']? note\s*[:—–-]\s*[^.!?]{0,160}\b(?:could not|cannot|can ?not|has not|have not)(?: yet)?(?: been| be)? (?:independently )?(?:verified|confirmed)\b`)

// rxCopyrightCredit matches a caption that ends with its picture's credit
// after "©": "Delegations at the start of talks in Muscat. ©Hilal World".
var rxCopyrightCredit = lazyRE(`[.!?]\s+©\s?\p{Lu}[\p{L}&.'’ /-]{1,40}$`)

// marketData reports whether s is a line of market figures, as a ticker
// or a data box shows them ("LME official prices (cash, $/t): Cu 8,412.50
// Al 2,198.00 Zn 2,645.50 Ni 16,920.00 Pb 2,071.00"): five figures or
// more (tokens with a digit and no letter: "8,412.50", "$82.10",
// "▲0.4%"), three of them prices or shares (a point, a per cent or a
// currency inside), making up three tokens in ten at least, and no date
// (a date line's "Jan 27, 2022, 06:10 IST | Jan 28, 2022, 09:44 IST" has
// as many figures).
func marketData(s string) bool {
	figures, prices, tokens := 0, 0, 0
	for w := range strings.FieldsSeq(s) {
		tokens++
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 && strings.IndexFunc(w, unicode.IsLetter) < 0 {
			figures++
			if strings.ContainsAny(strings.TrimRight(w, ".,;:"), ".%$€£¥") {
				prices++
			}
		}
	}
	return figures >= 5 && prices >= 3 && figures*10 >= tokens*3 && !hasDate(s)
}

// rxRate matches an exchange rate or an index's figure as a masthead's
// box shows it: "1 USD = 79.90 AFN", "BD 1 = US$ 2.65", "QR 3.64 / $",
// "USD 42,000 IRR ▲", "BIST 100 ▲ 1.24%".
var rxRate = lazyRE(`^(?:\p{Lu}{2,4}\s*)?\d[\d,.]*\s*(?:\p{Lu}{2,4}\$?)?\s*=\s*(?:\p{Lu}{1,3}\$?|\$|€|£)?\s*\d[\d,.]*(?:\s*\p{Lu}{2,4})?$|^\p{Lu}{2,4}\s+\d[\d,.]*\s*/\s*[$€£]$|^[\p{Lu}\d &/]{2,12}\s+(?:[▲▼△▽↑↓]\s*)?[\d,.]+%?(?:\s+\p{Lu}{2,4})?(?:\s*[▲▼△▽↑↓]\s*[\d,.]*%?)?$`)

// rateLine reports whether s is a masthead's box of exchange rates, an
// index's move or the weather, alone or between bars: "USD 42,000 IRR ▲ |
// EUR 49,100 IRR ▼", "Doha 36°C | QR 3.64 / $". A part with "▲" or "▼"
// must have a figure; one part alone must be a rate (an equation or a
// move's arrow), not any words and a number.
func rateLine(s string) bool {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return false
	}
	parts := strings.Split(s, " | ")
	rates := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case rxRate.MatchString(p) && (strings.ContainsAny(p, "=/▲▼△▽↑↓") || len(parts) > 1):
			rates++
		case strings.Contains(p, "°") && rxWeatherLine.MatchString(p):
		default:
			return false
		}
	}
	return rates > 0
}

// weatherDay reports whether s is a masthead's day and its weather between
// dots or bars: "Tuesday 12 March 2019 · Light rain, 9°C" (the day the
// page was saved, not the article's).
func weatherDay(s string) bool {
	if !strings.Contains(s, "°") {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); strings.Contains(p, "°") && rxWeatherLine.MatchString(p) {
			return true
		}
	}
	return false
}

// rxAtAGlance matches a box of figures set among the paragraphs: "Zambia
// at a glance — GDP $29bn · Public debt 71% of GDP" (not a headline, with
// its colon and no figures: "Budget at a glance: what it means for the
// region").
var rxAtAGlance = lazyRE(`^\p{Lu}[\p{L}.'’ -]{1,30} at a glance\s*[—–|-]\s*[^\d]*\d+[^\d]+\d`)

// rxFigureCaption matches a figure's or a table's caption by its number:
// "Figure 1: Quarterly exports by destination. Source: ...", "Table 2. ...".
var rxFigureCaption = lazyRE(`^(?:Figure|Fig\.|FIGURE|Chart|CHART|Graph|Table|TABLE|Map|Graphic)\s*\d+[a-z]?\s*[:.–—]\s+\S`)

// rxSearchBox matches a search box's words: "Search", "Search site",
// "Search quotes, news & videos" (not a headline: "Search for climbers
// called off").
var rxSearchBox = lazyRE(`(?i)^search(?:\s+(?:this\s+|the\s+|our\s+)?(?:site|website|archives?|quotes|articles|stories)\b[^.!?]{0,40})?\s*(?:…|\.\.\.)?$`)

// rxReadLink matches a link to another story under its label, in any
// case and after a list's dash: "- Also read: Cabinet reshuffle expected
// before winter session", "RELATED: Council to debate parking levy".
var rxReadLink = lazyRE(`(?i)^[-–—•*»›]?\s*(?:[\p{L}]+(?:\s+[\p{L}]+)?\s*/\s*)?(?:also read|read also|read more|see also|also see|related|related story|related article|recommended|don't miss|must read|more on this)\s*[:|]\s+\S`)

// isLinkedHeadline reports whether u is a link to another story: a mark,
// then a headline (four words or more in title case, no sentence's end).
func isLinkedHeadline(u *pageUnit) bool {
	return linkedHeadline(u, rxLinkMark)
}

// linkedHeadline reports whether u is mark, matched by rx, then a
// headline.
func linkedHeadline(u *pageUnit, rx *lazyRegexp) bool {
	if u.prose || u.words < 5 || u.words > 20 {
		return false
	}
	m := rx.FindStringIndex(u.flat)
	if m == nil {
		return false
	}
	rest := u.flat[m[1]:]
	if isKicker(strings.Trim(u.flat[:m[1]], " |:")) {
		return false // a kicker over a headline: "Opinion | The Quiet Collapse of Arms Control"
	}
	if allCaps(u.flat[:m[1]]) && allCaps(rest) {
		return false // a headline in capitals with its kicker: "MINISTER: NO DEAL WITHOUT RELEASE"
	}
	if nameRoleLine(u.flat) {
		return false // a writer and a role: "Jane Doe | Senior Editor, Policy"
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	long, ok := capitalised(rest)
	return ok && long >= 3 && len(strings.Fields(rest)) >= 4 && !strings.ContainsRune(".!?", r)
}

// rxNoteLine matches a note under the text, opened by its mark: "[a]Check
// this figure with the desk", "[12] Ministry statement, 24 July 2004".
var rxNoteLine = lazyRE(`^\[(?:[a-z]{1,2}|\d{1,3})\]\s?\S`)

// rxLabelledPager matches the links to the previous and the next item
// under a text, with their headlines: "« Previous: Ambassador hosts
// reception Next: Consular visit to Perth »".
var rxLabelledPager = lazyRE(`(?i)^[«‹<←]?\s*(?:previous|prev|next|older|newer)(?:\s+(?:article|story|post|release|item|news))?\s*:\s*[^.!?]{3,200}?\s*[»›>→]?$`)

// rxPager matches a story's pager: "Page 1 of 2 Next »", "« Previous 1
// 2 3 Next »", "1 | 2 | 3 | Next".
var rxPager = lazyRE(`(?i)^(?:[«‹<]\s*)?(?:prev(?:ious)?\s*)?(?:(?:page\s+)?\d{1,3}\s+(?:of|/)\s+\d{1,3}|(?:\d{1,3}\s*\|?\s*){2,})\s*(?:\|\s*)?(?:next|more|older|newer)?\s*[»›>]*$`)

// rxPageList matches a list of an edition's or a story's pages: "Pages:
// 1  2  3  4  5  6  7  8", "Page: 1 | 2 | 3 | 4 Next".
var rxPageList = lazyRE(`(?i)^(?:pages?\s*:?\s*)?(?:\d{1,3}\s*[|·]?\s*){3,}(?:next|more)?\s*[»›>]*$`)

// rxAdLabel matches an advertisement printed as a line of text: "TEXT
// AD: Looking for ...", "Sponsored: ...", "Paid content | ...".
var rxAdLabel = lazyRE(`(?i)^(?:text\s+)?(?:ad|advert|advertisement|sponsored(?:\s+(?:links?|content|post))?|promoted(?:\s+(?:links?|content|post))?|paid\s+(?:content|post|partner))\s*(?::|\||–|—|--|-|·)\s+\S`)

// rxAgencyPhoto matches a caption that ends with an agency's and a
// photographer's credit: "The minister speaks to reporters.
// REUTERS/Jane Doe".
var rxAgencyPhoto = lazyRE(`[.!?]\s+\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s*/\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}$`)

// rxRightsLine matches a publisher's reservation of rights:
// "Reproduction in whole or in part without permission is prohibited.",
// "(c) Copyright Sahel Dispatch. All rights reserved. This material may
// not be published, broadcast, rewritten or redistributed."
var rxRightsLine = lazyRE(`(?i)^(?:(?:©|\(c\)|copyright)\s*[^.!?]{0,60}\.\s+(?:all\s+rights\s+reserved\.\s+)?)?(?:the\s+)?(?:no\s+part\s+of\s+this|reproduction|republication|redistribution|reprinting|this\s+(?:material|article|content))\b[^!?]{0,120}\b(?:prohibited|forbidden|not\s+(?:be\s+)?permitted|may\s+not\s+be\s+(?:published|reproduced|broadcast|copied|redistributed)|without\s+(?:the\s+)?(?:prior\s+)?(?:express\s+)?(?:written\s+)?(?:permission|consent))\b[^!?]{0,60}$`)

// rxQuotesDelayed matches a market data notice under the text: "All
// quotes delayed a minimum of 15 minutes."
var rxQuotesDelayed = lazyRE(`(?i)^(?:all\s+)?(?:stock\s+|market\s+)?(?:quotes|prices|data)\s+(?:are\s+)?delayed\b[^!?]{0,80}$`)

// rxLettersNote matches a paper's note on its letters page: "Letters to
// the editor: 200 words max."
// (Not a letters page's headline after its label: "Letters to the
// Editor: \"A mandate resting on doubt\"".)
var rxLettersNote = lazyRE(`(?i)^(?:send\s+)?letters?\s+(?:to\s+the\s+editor|page)(?:\s+[^!?]{0,80}|[.,;]|\s*:\s*(?-i:[\p{Ll}@\d])[^!?]{0,80}|\s*:)?$`)

// rxPublishedEvery matches a publication's note on its own rhythm: "The
// Weekly Continent is published every Friday."
var rxPublishedEvery = lazyRE(`(?i)^(?:the\s+)?[\p{L}'’ .&-]{2,60}\s+is\s+published\s+every\s+[\p{L} ]{3,30}\.?$`)

// rxGuestbook matches an old site's plea under the text: "Please sign
// our Guestbook!"
var rxGuestbook = lazyRE(`(?i)^(?:please\s+)?(?:sign|view|read|visit)\s+(?:our|the|my)\s+guest\s*book\b[^.?]{0,40}[.!]*$`)

// rxExternalSites matches a site's disclaimer of the sites it links to:
// "The Ledger is not responsible for the content of external websites."
var rxExternalSites = lazyRE(`(?i)\bnot\s+(?:be\s+)?(?:held\s+)?responsible\s+for\s+the\s+content\s+of\s+(?:external|third[- ]party|other|linked)\s+(?:web\s*)?(?:sites|websites|pages|links)\b`)

// rxLinkLabel matches the label of a link to another story: "SEE ALSO |",
// "Related:", "Read more -", "Also read →".
var rxLinkLabelWords = lazyRE(`(?i)^(?:see\s+also|read\s+also|also\s+read|also\s+on|(?:also|more)\s+in\s+(?:this\s+section|this\s+series|news|world)|related(?:\s+stor(?:y|ies))?|read\s+more|read\s+next|recommended|don'?t\s+miss|must\s+read|further\s+reading)\s*(?::|\||»|>|–|—|-|→|›|►|▶|➔|➜)\s+`)

// labelledLink reports whether s is a link to another story under a
// label: "SEE ALSO | Why the customs deal keeps slipping" (the headline
// in any case, three words or more, no sentence's end).
func labelledLink(s string) bool {
	if len(s) < 12 || !strings.ContainsAny(s[:1], "SsRrAaDdMmFf") { // the labels' first letters
		return false
	}
	m := rxLinkLabelWords.FindStringIndex(s)
	if m == nil {
		return false
	}
	rest := s[m[1]:]
	r, _ := utf8.DecodeLastRuneInString(rest)
	return len(strings.Fields(rest)) >= 3 && !strings.ContainsRune(".", r)
}

// rxNewsletterPrompt matches a prompt to subscribe to a newsletter or
// alerts: "Subscribe to our Diplomacy newsletter for weekly analysis".
var rxNewsletterPrompt = lazyRE(`(?i)^(?:sign\s+up|subscribe|register|get)\b.{0,60}\b(?:newsletter|briefing|alerts?|digest|bulletin)\b`)

// rxSavedForYou matches a save or a share speaking to its reader: "You
// saved this article on 2 May 2023. Here it is, ready to read offline.",
// "A friend shared this story with you."
var rxSavedForYou = lazyRE(`(?i)\b(?:you|someone|a friend|a colleague)\b[^.!?]{0,30}\b(?:saved|shared|sent|forwarded|recommended)\b[^.!?]{0,20}\b(?:this|the following|an?)\s+(?:article|story|page|link|item)\b`)

// rxListenLine matches an audio player's line over a text: "▶ Listen to
// this article · 4 min", "Listen to this story", "Audio: 4 minutes".
var rxListenLine = lazyRE(`(?i)^[▶►▷⏵🎧\s]*listen\s+(?:to\s+)?(?:this|the)\s+(?:article|story|report|page)\b|^[▶►▷⏵🎧\s]*\d{1,2}\s*min(?:ute)?s?\s+listen$|^[▶►▷⏵🎧\s]*(?:audio|listen|podcast|video)\s*[:|·–—-]?\s*\(?\d{1,2}(?::\d{2})?\s*(?:min(?:ute)?s?|mins?\.?|m)?\)?$`)

// rxPhotoLine matches a caption marked as one: "[Photo] Delegates
// arrive ...", "... - Photo by Staff Photographer".
var rxPhotoLine = lazyRE(`(?i)^\[(?:photo|image|picture|foto)s?\]|\s[-–—]\s*(?:photo|photograph|picture)s?\s+(?:by|courtesy(?:\s+of)?)\s[^.!?]{2,60}$|^(?:pic|picture|image|photo)\s+credits?\s*:|[.!?]\s+\((?:image|photo|picture|pic)\s*:[^()]{2,60}\)$|[.!?]\s+(?:photo|image|picture|pic)\s*:\s*[^.!?]{2,40}$`)

// rxAttributedQuote matches a quotation set apart with its speaker after a
// dash, as a pull quote is: "“We cannot negotiate with the sea.” — Prime
// Minister" (a report's paragraph says "she said").
var rxAttributedQuote = lazyRE(`^[“"][^“”"]{3,200}[”"]\s*[—–]\s*\p{Lu}[\p{L}.,'’-]*(?:\s+[\p{L}.,'’-]+){0,5}$`)

// closedQuote reports whether s is one quotation and nothing else,
// ending with its sentence's stop: “We are here to make peace.”
func closedQuote(s string) bool {
	inner, paired, ok := quoteInner(s)
	r, _ := utf8.DecodeLastRuneInString(inner)
	return ok && paired && strings.ContainsRune(".!?", r) && !strings.ContainsAny(inner, "“”\"")
}

// quoteRepeated reports whether the words of the quotation units[i] are
// written again in another paragraph of the page, as a pull quote repeats
// a sentence of the text (a quotation the text gives once is its own
// paragraph).
func quoteRepeated(units []pageUnit, i int) bool {
	words := quoteWords(units[i].flat)
	if len(words) < 3 {
		return false
	}
	for j := range units {
		if j == i || !units[j].prose || units[j].chrome {
			continue
		}
		in := map[string]bool{}
		for _, w := range quoteWords(units[j].flat) {
			in[w] = true
		}
		n := 0
		for _, w := range words {
			if in[w] {
				n++
			}
		}
		if n*5 >= len(words)*4 {
			return true
		}
	}
	return false
}

// quoteWords returns the words of s in lower case, without punctuation.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
}

// quotesClosed reports whether every quotation s opens it closes: a
// quoted paragraph that goes on into the next leaves its last open.
func quotesClosed(s string) bool {
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, "\"")%2 == 0
}

// rxSpeaks matches a paragraph that has someone speak: the quotation
// under it may be theirs ("... are using online storage, she says." over
// "“They are a place to keep pictures.”").
var rxSpeaks = lazyRE(`\b(?:said|says|told|tells|explained|explains|added|adds|according to|argued|argues|warned|warns)\b`)

// rxQuoteNext matches a paragraph that says who spoke the quotation over
// it: "she said", "the minister added" (not "The minister said:", which
// opens a quotation of its own).
var rxQuoteNext = lazyRE(`(?i)^(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:said|says|added|told|declared|insisted|replied|continued|went on)\b[^:]|^(?:he|she|they|it)\s`)

// pullQuote reports whether s is a quotation set apart as a pull quote: a
// line wholly inside quotation marks, without the full stop a quoted
// paragraph ends with (“We are not here to sign a piece of paper”).
func pullQuote(s string) bool {
	if strings.HasPrefix(s, "❝") || strings.HasPrefix(s, "❛") || strings.HasPrefix(s, "〝") || strings.HasSuffix(s, "❞") || strings.HasSuffix(s, "〞") {
		// The ornamental marks are a designer's, never a writer's: "❝ The
		// question is no longer whether, but how fast. ❞"
		return true
	}
	if !strings.HasPrefix(s, "“") && !strings.HasPrefix(s, "\"") {
		return false
	}
	if rxAttributedQuote.MatchString(s) {
		return true // "“We cannot negotiate with the sea.” — Prime Minister"
	}
	inner, _, ok := quoteInner(s)
	r, _ := utf8.DecodeLastRuneInString(inner)
	// (A quotation in title case is a headline: "“A Bad Deal Is Still a
	// Deal”"; pull quotes are set in sentence case or capitals.)
	return ok && unicode.IsLetter(r) && !strings.ContainsAny(inner, "“”\"") && !(titleCase(inner) && strings.ToUpper(inner) != inner)
}

// quoteInner returns the words of s inside the quotation marks that open
// and close it, and whether the two marks are a pair (“…” or "…").
func quoteInner(s string) (inner string, paired, ok bool) {
	open := "“"
	if !strings.HasPrefix(s, open) {
		if open = "\""; !strings.HasPrefix(s, open) {
			return "", false, false
		}
	}
	inner = s[len(open):]
	for _, close := range []string{"”", "\""} {
		if t, found := strings.CutSuffix(inner, close); found {
			return t, open == "“" && close == "”" || open == "\"" && close == "\"", true
		}
	}
	return "", false, false
}

// setApartLine reports whether s (low in lower case, of the given number
// of words) is a line a site sets apart from the text around it: a
// caption with its credit, an audio player's line, a pull quote, a
// paywall's prompt, a link under a label. Such a line is chrome, and is
// never a wrapped line of a paragraph. (Each pattern runs only on lines
// with a word it needs.)
func setApartLine(s, low string, words int) bool {
	return words <= 30 && strings.Contains(s, "/") && rxAgencyPhoto.MatchString(s) ||
		words <= 40 && (strings.Contains(low, "photo") || strings.Contains(low, "foto") || strings.Contains(low, "pic") || strings.Contains(low, "image")) && rxPhotoLine.MatchString(s) ||
		words <= 12 && (strings.Contains(low, "listen") || strings.Contains(low, "audio") || strings.Contains(low, "video") || strings.Contains(low, "podcast")) && rxListenLine.MatchString(s) ||
		words <= 30 && pullQuote(s) ||
		words <= 16 && strings.HasPrefix(low, "subscribe") && rxSubscribePrompt.MatchString(s) ||
		words <= 25 && labelledLink(s) ||
		words <= 40 && strings.Contains(s, "Credit") && rxCaptionCredit.MatchString(s) ||
		words <= 40 && (strings.Contains(s, "hoto") || strings.Contains(s, "icture") || strings.Contains(s, "HOTO") || strings.Contains(s, "ICTURE") || strings.Contains(s, "IMAGE")) && rxPhotoTail.MatchString(s)
}

// rxPhotoTail matches a caption that ends with its picture's label, after
// a full stop: "... after the budget vote. (File photo)", "... outside
// the venue. Photo / Supplied", "... the provincial capital. FILE PHOTO".
var rxPhotoTail = lazyRE(`[.!?]\s+(?:\((?i:file\s+|handout\s+|archive\s+)?(?i:photo|picture|image)s?\)|(?i:photo|picture|image)\s*/\s*\p{Lu}[\p{L}'’.&/ -]{1,40}|(?:FILE|HANDOUT|ARCHIVE) (?:PHOTO|PICTURE|IMAGE)|(?:File|Handout|Archive) (?i:photo|picture|image|pic)\.?)$`)

// rxCaptionCredit matches a picture's caption that ends with its credit
// after a label: "Protesters outside the ministry on Monday. Credit:
// Reuters", "Credit: Jane Doe/Agency".
var rxCaptionCredit = lazyRE(`^(?:[^.!?]{3,200}[.!?]\s+)?Credits?\s*:\s*\p{Lu}[\p{L}'’.&/ -]{1,60}$`)

// adLabelOpen reports whether low, a line in lower case, opens with a
// word rxAdLabel starts with.
func adLabelOpen(low string) bool {
	return strings.HasPrefix(low, "ad") || strings.HasPrefix(low, "text ad") || strings.HasPrefix(low, "sponsor") ||
		strings.HasPrefix(low, "promot") || strings.HasPrefix(low, "paid ")
}

// rxClickHere matches a line that ends with a call to click: "Join our
// channel for breaking news. Click here to join".
// rxFollowPrompt matches a line that sends the reader elsewhere for more
// of the story: "Follow our live blog", "Read the full statement here",
// "Watch the full interview".
var rxFollowPrompt = lazyRE(`(?i)^(?:follow|read|watch|see|listen to|download)\s+(?:our|the)\s+(?:full\s+|live\s+|complete\s+|latest\s+)*(?:blog|live\s*blog|statement|coverage|updates|report|text|transcript|interview|speech|video|document|communiqu[eé])(?:\s+(?:here|online|below)|\s+on\s+\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,4}(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?(?:\s*[ap]\.?m\.?)?)?)?\s*[.:]?$`)

// rxPollLine matches a reader poll or quiz set in the page: "POLL: Should
// the bloc admit new members? Vote now", "Take our quiz".
var rxPollLine = lazyRE(`(?i)^(?:reader\s+)?(?:poll|quiz|survey)\s*:\s|\b(?:vote\s+now|take\s+(?:our|the)\s+(?:poll|quiz|survey)|have\s+your\s+say)\s*[.!]?$`)

var rxClickHere = lazyRE(`(?i)(?:^|[.!?]\s+)(?:click|tap) here\b[^.!?]{0,40}[.!]?$`)

// rxLabelCount matches a counter a site shows under a label: "Hits: 317",
// "Views: 1,204".
var rxLabelCount = lazyRE(`^\p{L}+(?:\s\p{L}+)?\s*:\s*\d[\d,.]*$`)

// rxCounter matches a line of counters, with an action after them: "12
// articles Follow", "40 reactions 3 comments", "1.2K views".
var rxCounter = lazyRE(`^(?:\d[\d,.]*[KkMm]?\s+[a-z]+\b\s*)+(?:follow|share|like|comment|subscribe)?$`)

// repeatsLead reports whether s is a run of links that start alike:
// "Jump to navigation Jump to search", "Skip to content Skip to menu" (the
// first two words come back later in the line, which has no sentence's
// end).
func repeatsLead(s string) bool {
	f := strings.Fields(s)
	if len(f) < 4 || len(f) > 12 || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return false
	}
	for i := 2; i+1 < len(f); i++ {
		// written the same way, capitals too: each link opens with a
		// capital, where a headline comes back to its words in the middle
		// of a sentence ("The Case Against the Case Against Austerity")
		if f[i] == f[0] && strings.EqualFold(f[i+1], f[1]) {
			return true
		}
	}
	return false
}

// mayBeCredit reports whether low (a line in lower case) has a word of a
// credit line, before rxCredit is tried.
func mayBeCredit(low string) bool {
	for _, w := range []string{"reporting", "editing", "writing", "contribut", "compiled", "translated", "production"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// rxAction matches the words of a page's action links.
var rxAction = lazyRE(`(?i)\b(?:print|printer|e-?mail|share|close|comment|save|send|tweet|copy|download|subscribe|log\s?in|sign\s?in|register)`)

// isActionBar reports whether s is a bar of two or three short links, one
// of them an action: "Print this page | Close window", "E-mail this story
// | Printer-friendly version".
func isActionBar(s string) bool {
	items := strings.Split(s, "|")
	if len(items) < 2 || len(items) > 3 || !rxAction.MatchString(s) {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// rxInitialsLine matches the writer's and editor's initials that close
// agency copy: "jwe/ab", "jd/mk", and the agencies it drew on after
// them: "mk/jr (AFP, Reuters)".
var rxInitialsLine = lazyRE(`^[a-z]{2,4}(?:/[a-z]{2,4})+(?:\s*\([\pL\s,./&-]{1,60}\))?$`)

// aboutSection reports whether units[i] heads the sender's standard
// paragraph that closes a release: "About Institute for Peaceful
// Settlement" over "The Institute for Peaceful Settlement is ...".
func aboutSection(units []pageUnit, i int) bool {
	u := units[i]
	if u.prose || u.words < 2 || u.words > 9 || i+1 >= len(units) || !strings.HasPrefix(u.flat, "About ") {
		return false
	}
	name := strings.TrimSpace(strings.TrimSuffix(u.flat[len("About "):], ":"))
	if name == "" || !unicode.IsUpper([]rune(name)[0]) {
		return false
	}
	next := strings.TrimPrefix(units[i+1].flat, "The ")
	return units[i+1].prose && strings.HasPrefix(next, strings.TrimPrefix(name, "The "))
}

// rxAboutWriterLabel matches the label over a note on the story's
// writer or its making: "About the author", "About the writers:", "About
// this story".
var rxAboutWriterLabel = lazyRE(`(?i)^about\s+(?:the\s+(?:authors?|writers?|reporters?|columnists?|contributors?|correspondent)|this\s+(?:story|report|investigation|series|project|reporting))\s*:?$`)

// endMarkerPrefix reports whether s (lower case, a short line) starts with
// a closing line of two words or more: "most read stories", "related
// articles from the archive", "share this story on facebook".
func endMarkerPrefix(s string) bool {
	for m := range textEndMarkers {
		if strings.Contains(m, " ") && strings.HasPrefix(s, m+" ") {
			return true
		}
	}
	return endMarkerLabel(s)
}

// endMarkerLabel reports whether s (lower case) is a closing marker of two
// words or more used as a label before a headline: "next story: talks stall over fees", "more on
// this story: ...".
func endMarkerLabel(s string) bool {
	if k, v, ok := strings.Cut(s, ": "); ok && k == "see also" && len(strings.Fields(v)) >= 3 {
		return false // a link to one story: "See also: Timeline of the talks" (below; and "SEE ALSO | ..." in classify)
	}
	if k, _, ok := strings.Cut(s, ": "); ok && textEndMarkers[k] && strings.Contains(k, " ") {
		return true
	}
	// ("Related article: Envoy recalled in row over visas", "See also:
	// Timeline of the talks" between two paragraphs links one story: the
	// text goes on under it.)
	if k, v, ok := strings.Cut(s, ": "); ok && strings.HasPrefix(k, "related") && len(strings.Fields(v)) >= 3 {
		return false
	}
	if strings.HasPrefix(s, "related video") {
		return false // an embedded player's label between paragraphs: "RELATED VIDEO"
	}
	w, _, _ := strings.Cut(s, " ")
	return w == "related" || w == "comments"
}

// longMenu reports whether s, a long line, is a menu: five items or more
// between slashes or bars, each of at most four words (isCrumbs).
func longMenu(s string) bool {
	return (strings.Count(s, " / ") >= 4 || strings.Count(s, " | ") >= 4) && isCrumbs(s)
}

// tickerLine reports whether s is a run of headlines between bullets, as
// a site's ticker or its list of other stories shows them on one line:
// "BREAKING Talks Resume in Geneva • Rail Line Opens • Envoys Meet". Four
// items at least between one kind of separator, each of one to fourteen
// words opening with a capital or a digit and not ending a sentence, two of
// them of four words or more; a line with a year (a byline's date and
// reading time) is not one.
func tickerLine(s string) bool {
	// Three items are enough after a ticker's label: "Latest: Envoys
	// Meet in Geneva | Rail line opens | Cabinet approves port deal".
	for _, sep := range []string{" • ", " · ", " | ", " ◆ ", " ■ ", " ● "} {
		if n := strings.Count(s, sep); n < 2 || n == 2 && !rxTickerLabel.MatchString(s) {
			continue
		}
		if hasYear(s) {
			return false
		}
		long := 0
		for it := range strings.SplitSeq(s, sep) {
			it = strings.TrimSpace(it)
			n := len(strings.Fields(it))
			r, _ := utf8.DecodeRuneInString(it)
			if n == 0 || n > 14 || !unicode.IsUpper(r) && !unicode.IsDigit(r) || strings.HasSuffix(it, ".") {
				return false
			}
			if n >= 4 {
				long++
			}
		}
		return long >= 2
	}
	return false
}

// rxTickerLabel matches the label a ticker of headlines opens with.
var rxTickerLabel = lazyRE(`(?i)^(?:latest|breaking|trending|just in|top stories|headlines|latest news|breaking news|live)\s*(?::|[⟩›»>▸►→|—–])\s`)

// isCrumbs reports whether s is a breadcrumb trail: "Home > World > Europe".
func isCrumbs(s string) bool {
	// A trail under its label: "You are in: World: Europe", "You are
	// here: Home / World".
	for _, label := range []string{"you are in:", "you are here:"} {
		if rest, ok := cutFold(s, label); ok && len(strings.Fields(rest)) <= 8 {
			return true
		}
	}
	for _, sep := range []string{" > ", " » ", " › ", " / ", " → ", " ▸ ", " ❯ "} {
		items := strings.Split(s, sep)
		if len(items) < 2 {
			continue
		}
		if sep == " / " && hasYear(s) && datesOnlyLine(items[0]) {
			// A date and its other calendar's: "Thursday 11 October 2007
			// / 29 Ramadan 1428".
			continue
		}
		// Items of four words at most; of six in a trail of three items
		// or more between arrows ("News home › Faculty of Law and
		// Economics › Research news").
		most := 4
		if len(items) >= 3 && sep != " / " {
			most = 6
		}
		short := true
		for _, it := range items {
			if n := len(strings.Fields(it)); n == 0 || n > most {
				short = false
			}
		}
		if short {
			return true
		}
	}
	// A section and its part after a dash: "Features — Geopolitics",
	// "Opinion – Columnists" (not a headline's two halves: "Iran — the
	// long game").
	for _, sep := range []string{" — ", " – "} {
		if a, b, ok := strings.Cut(s, sep); ok && sectionRun(a) && len(strings.Fields(a)) <= 2 {
			if ws := strings.Fields(b); len(ws) >= 1 && len(ws) <= 2 && !strings.ContainsAny(b, "0123456789—–") && wordsCapitalised(ws) {
				return true
			}
		}
	}
	// A section's trail between bars, one word each: "Ireland |
	// Politics" (not "Jane Doe | Reuters", nor a kicker over a
	// headline: "Analysis | Why the krone keeps slipping"); two words
	// after a one-word section: "Opinion | Foreign Affairs".
	if items := strings.Split(s, " | "); len(items) >= 2 && len(items) <= 4 {
		for k, it := range items {
			ws := strings.Fields(it)
			if len(ws) == 0 || len(ws) > 2 || len(ws) == 2 && k == 0 || strings.ContainsAny(it, "0123456789") {
				return false
			}
			if !wordsCapitalised(ws) {
				return false
			}
		}
		return true
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// pageShape is what readShape finds in a page's units.
type pageShape struct {
	title     string
	titleDate string // a date suffix cut from the title
	start     int    // the first unit of the article text, -1 for none
	end       int    // one past the last
	dates     []dateCandidate
	byline    string
	// openDate: the head gives the article's date in a form the reader
	// cannot settle (no year, a time ago), so that no date from elsewhere
	// on the page is taken for it.
	openDate bool
	// footDate is a date on a short line right under the text (a post's
	// footer: "👁 12K  24.07.2004 10:15"), used only when the page has no
	// other.
	footDate string
}

// nearestDate returns the date of the short line nearest above the text
// anywhere in the page's head (a field, a note, a masthead), else of one
// of the ten lines under the text, as written; "" for none. The text's
// own sentences are not read. It is the last resort when no rule gives a
// date.
func nearestDate(units []pageUnit, sh pageShape, now time.Time, order dateOrder) string {
	for i := sh.start - 1; i >= 0; i-- {
		if u := units[i]; (!u.prose || u.words <= 25) && !captureLine(u.flat) && !weatherDay(u.flat) {
			if d, _ := findDateIn(u.flat, now, order); d != "" {
				return d
			}
		}
	}
	for i := sh.end; i < len(units) && i < sh.end+10; i++ {
		if u := units[i]; !u.prose || u.words <= 25 {
			if d, _ := findDateIn(u.flat, now, order); d != "" {
				return d
			}
		}
	}
	return ""
}

// rxLaterLabel matches a second label in a byline: " Editor: ", " | ".
var rxLaterLabel = lazyRE(`\s+\|\s+|\s\p{L}+:\s`)

// rxRoleWord matches the words of a role written after a name, and the
// words that open one ("Senior Fellow", "Visiting Fellow").
var rxRoleWord = lazyRE(`(?i)^(?:fellow|director|scholar|associate|correspondent|editor|reporter|writer|professor|analyst|researcher|columnist|contributor|staff|journalist|senior|visiting|research|deputy|assistant|managing|executive|contributing|special|chief|reporting|writing)$`)

// rxAcronym matches an organisation's short name in capitals: "GNN".
var rxAcronym = lazyRE(`^\p{Lu}{2,6}$`)

// nameOfByline returns the writer's name in a byline that holds more
// around it, by its shape: a label before it ("Penulis: Tenzin Dorje",
// "بقلم Lukas Brenner"), a second field after a bar or a label ("... |
// Editor: Budi Santoso", "... Editor: Dewi Lestari"), a role after a
// slash or after the name ("Carlos Mendoza/Senior Staff Reporter",
// "Sione Taufa Research Associate", "Chanda Mulenga Journalist Email
// Chanda"). A byline of another shape is returned as it is.
func nameOfByline(b string) string {
	orig := b
	if m := rxBylineLabel.FindStringIndex(b); m != nil && m[1] < len(b) {
		b = b[m[1]:]
	} else if rest, ok := strings.CutPrefix(b, "From "); ok {
		b = rest // "From Leila Haddad, Amman"
	} else if first, rest, ok := strings.Cut(b, " "); ok && strings.IndexFunc(first, isLatinLetter) < 0 && strings.IndexFunc(first, unicode.IsLetter) >= 0 {
		b = rest // a label in another script
	}
	if m := rxLaterLabel.FindStringIndex(b); m != nil {
		b = b[:m[0]]
	}
	b = cutBylineTail(b) // "Jane Doe + Follow", "JANE DOE [jane@example.org]"
	if rxInvertedNames.MatchString(b) {
		return uninvertNames(b)
	}
	if name, role, ok := strings.Cut(b, "/"); ok && len(strings.Fields(role)) <= 4 && rxRole.MatchString(role) {
		b = name
	}
	b = strings.TrimSpace(b)
	// A news organisation's short name after a comma: "Jane Doe, GNN".
	if i := strings.LastIndex(b, ", "); i > 0 && rxAcronym.MatchString(b[i+2:]) {
		b = b[:i]
	}
	f := strings.Fields(b)
	for i := 2; i < len(f); i++ {
		if rxRoleWord.MatchString(f[i]) {
			if i > 2 && lowerFirst(f[i]) && capitalFirst(f[i-1]) {
				i-- // the role's capitalised first word goes with it: "Wiremu Tane Hohaia Political reporter"
			}
			f = f[:i]
			break
		}
	}
	if len(f) < 2 || len(f) > 4 {
		return orig
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return orig
		}
	}
	return strings.Join(f, " ")
}

// isLatinLetter reports whether r is a letter of the Latin script.
func isLatinLetter(r rune) bool { return unicode.Is(unicode.Latin, r) }

// rxSubjectMarks matches what a mail's subject puts before a headline: a
// list's tag and replies' and forwards' marks ("[Press-L] Fwd: ", "Re:
// Fw: ").
var rxSubjectMarks = lazyRE(`(?i)^(?:\[[^\]]{1,40}\]\s*)?(?:(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+`)

// unmarkSubject returns title without a mail subject's marks, when three
// words or more are left.
func unmarkSubject(title string) string {
	if m := rxSubjectMarks.FindStringIndex(title); m != nil && m[1] > 0 && len(strings.Fields(title[m[1]:])) >= 3 {
		return title[m[1]:]
	}
	return title
}

// citesHeadline reports whether para, a paragraph under the text, holds
// the headline title (four words or more) with more around it: a
// citation ("Taufa, S. (2016) 'Island Nations Win ...', Institute
// Commentary, 3 August."), a share or reprint line. The text does not
// repeat its own headline.
func citesHeadline(para, title string) bool {
	if len(strings.Fields(title)) < 4 || len(para) <= len(title) || len(strings.Fields(para)) > 60 {
		return false
	}
	return strings.Contains(para, title)
}

// standfirst reports whether units[i], a sentence on one line, stands
// between a headline above it and the writer's bare name under it, with a
// date line after the name, as blogging platforms set a post's head
// ("Notes from a long day of waiting." over "Clara Dufresne" and "Dec 6,
// 2010"). A sentence over a labelled byline ("Words: Tomas Reyes") or a
// field ("From:") may open the text.
func standfirst(units []pageUnit, i int, isBody func(int) bool) bool {
	u := units[i]
	if u.words > 30 || strings.Contains(u.text, "\n") || !headlineOver(units, i) {
		return false
	}
	name := false
	for j := i + 1; j < len(units) && !isBody(j); j++ {
		v := units[j]
		switch {
		case !name && !isBylineUnit(v.flat) && nameLine(v.flat, v.words) == v.flat:
			name = true
		case name && v.meta:
			d, _ := findDateIn(v.flat, time.Time{}, orderUnknown)
			return d != ""
		case v.chrome:
			continue
		default:
			return false
		}
	}
	return false
}

// headlineOver reports whether a line in title case of four words or more,
// not chrome, metadata, prose or learned, stands within eight units above
// units[at].
func headlineOver(units []pageUnit, at int) bool {
	for j := at - 1; j >= 0 && j >= at-8; j-- {
		if v := units[j]; !v.chrome && !v.meta && !v.prose && !v.learned && v.words >= 4 && titleCase(v.flat) {
			return true
		}
	}
	return false
}

// rxDayMonth matches a day and a month written out, with or without a
// weekday: "Friday 3rd January", "March 5", "5 Mar".
var rxDayMonth = lazyRE(`(?i)(?:^|[\s|·•,(])(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:$|[\s|·•,)])`)

// rxAgo matches a time ago: "3 hours ago", "a day ago".
var rxAgo = lazyRE(`(?i)\b(?:\d{1,3}|an?|one|a few)\s+(?:sec|second|min|minute|hour|day|week)s?\s+ago\b|^(?:vor|hace|há|il y a)\s+\d{1,3}\s+(?:sekunden|minuten|stunden|tagen|segundos|minutos|horas|días|dias|secondes|minutes|heures|jours)\b|^\d{1,3}\s+(?:(?:minuti|ore|giorni)\s+fa|(?:minuten|uur|dagen)\s+geleden|(?:dakika|saat|gün)\s+önce|(?:menit|jam|hari)\s+(?:yang\s+)?lalu)\b`)

// openDate reports whether s, a short line, gives a date the reader cannot
// settle: a day and month with no year, a time ago, or digits whose day
// and month could be read either way.
func openDate(s string, now time.Time, order dateOrder) bool {
	if rxAgo.MatchString(s) {
		return true
	}
	if !hasYear(s) {
		return rxDayMonth.MatchString(s)
	}
	if d, _ := findDateIn(s, now, order); d != "" {
		return false
	}
	return rxNumericDate.MatchString(s)
}

// dateCandidate is a date found outside the body, with its label.
type dateCandidate struct {
	text    string
	updated bool // labelled "Updated"
	above   bool // over the headline
}

// appealBox reports whether units[i], a sentence the folder's pages repeat,
// heads a box of the site's: the lines under it in its block are short
// lines the folder repeats too, and it announces no list ("We are an
// independent newsroom ..." over "Donate" and "Other ways to help").
func appealBox(units []pageUnit, i int) bool {
	u := units[i]
	if !u.prose || strings.HasSuffix(u.flat, ":") || i+1 >= len(units) {
		return false
	}
	n := 0
	for j := i + 1; j < len(units) && units[j].block == u.block; j++ {
		if v := units[j]; !v.learned || v.prose || v.words > 8 {
			return false
		}
		n++
	}
	return n >= 2
}

// readShape finds the title, the article text, the dates and the byline of
// a page. It returns start -1 when the page has no prose: the caller falls
// back to the simple rules.
func readShape(units []pageUnit, h pageHints, now time.Time) pageShape {
	sh := pageShape{start: -1}
	// The learned chrome is not used when it would take more than half of
	// the page's prose away: the folder holds copies of a story, not one site.
	prose, learned := 0, 0
	for _, u := range units {
		if u.prose && !u.chrome {
			prose++
			if u.learned {
				learned++
			}
		}
	}
	if learned*2 > prose {
		for i := range units {
			if units[i].prose {
				units[i].learned = false
			}
		}
	}
	isBody := func(i int) bool { return units[i].prose && !units[i].chrome && !units[i].learned && !units[i].meta }
	markMeta(units, now, h.order)
	markOtherLanguage(units)
	// findRun finds the article text from unit from on: where it starts
	// and ends, and a headline that stood as its first sentence (-1 for
	// none).
	findRun := func(from int) (start, end, titleAt int) {
		start, titleAt = -1, -1
		for i := from; i < len(units); i++ {
			// Nor is a sentence the folder's pages fill in each their own
			// way ("Chris Adeyemi sent you this gift article."): under
			// the headline it is the text's lead-in (see below), above
			// it the site's.
			if !isBody(i) || units[i].template {
				continue
			}
			// A lone sentence among chrome is not the start: the next body
			// unit must come within four units (chrome and metadata apart), or
			// this is the only one; and no headline with its date or byline
			// may come between (a ticker or teaser above the article).
			// Nor is a site's line to its reader above the article's date
			// ("From Wikinews, the free news source you can write!").
			next := false
			headline := false
			tagline := units[i].words <= 20 && rxYou.MatchString(units[i].flat) && !strings.ContainsAny(units[i].flat, "\"“”")
			for j, steps := i+1, 0; j < len(units) && steps < 4; j++ {
				if isBody(j) && !units[j].template {
					next = true
					break
				}
				v := units[j]
				if v.end || headline && v.meta || tagline && v.meta {
					break
				}
				if !v.chrome && !v.meta && !v.learned {
					steps++
					headline = !v.prose && v.words >= 3
				}
			}
			// Nor is a sentence between the headline and the writer's name
			// or the date: the standfirst ("Notes from a long day of
			// waiting." over "Clara Dufresne" and "Dec 6, 2010").
			if next && standfirst(units, i, isBody) {
				continue
			}
			if next || prose == 1 || start < 0 && units[i].words >= 40 {
				start = i
				break
			}
		}
		if start < 0 {
			for i := from; i < len(units); i++ {
				if isBody(i) {
					start = i
					break
				}
			}
		}
		if start < 0 {
			return -1, -1, -1
		}
		// A line of a sentence's length without a full stop over the
		// byline or the date is the headline ("Why one small embassy has
		// become the centre of a very large argument between two powers").
		// So is a question over them ("Fact check: Did the minister really
		// say the treaty was 'dead on arrival'?").
		// So is such a line with nothing but chrome, metadata or a date
		// line above it.
		if u := units[start]; u.words <= 32 && !strings.Contains(u.text, "\n") && (!endsSentence(u.flat) || u.words <= 20 && strings.HasSuffix(u.flat, "?")) &&
			!rxInnerStop.MatchString(u.flat) && (headsMeta(units, start, len(units)) || onlyChromeAbove(units, start)) {
			for j := start + 1; j < len(units) && !units[j].end; j++ {
				if isBody(j) {
					titleAt, start = start, j
					break
				}
			}
		}
		// A short sentence with nothing above it but chrome is the headline
		// ("Could rivalry overshadow election?"), when text follows it.
		if u := units[start]; titleAt < 0 && u.words <= 12 && !strings.Contains(u.text, "\n") {
			above := false
			// (A word alone or a kicker is a label, not a headline:
			// "Premium", "Long Read"; so are two words when the sentence
			// stands over the byline or the date, "Agora Monthly" over
			// "Fiscal rules were meant to bind. They bent instead." over
			// "Words by Jane Doe", where a sentence under a headline of two
			// words, "Ambassador summoned", comes after the byline.)
			overMeta := headsMeta(units, start, len(units))
			for j := range start {
				if v := units[j]; !v.chrome && (!v.meta || datedHeadline(v.flat, 2, now)) && !(!v.meta && (v.words == 1 || overMeta && (v.words == 2 || masthead(units, j) || siteName(v)) || isKicker(v.flat))) {
					above = true
					break
				}
			}
			// So is a short question right over the writer's name or the
			// date ("Will the talks succeed?" over "Jane Doe"): a
			// standfirst does not ask.
			if above && strings.HasSuffix(u.flat, "?") && !strings.ContainsAny(u.flat, "\"“”") && start+1 < len(units) {
				if v := units[start+1]; v.meta || nameLine(v.flat, v.words) != "" {
					above = false
				}
			}
			for j := start + 1; !above && j < len(units); j++ {
				if units[j].end {
					break
				}
				if isBody(j) {
					titleAt, start = start, j
					break
				}
			}
		}
		end = len(units)
		paras := 1
		for i := start + 1; i < len(units); i++ {
			u := units[i]
			if u.end {
				end = i
				break
			}
			if isBody(i) {
				// After two paragraphs, the writer's note closes the text
				// ("Jane Doe is a contributing writer for the Review.").
				if paras >= 2 && authorNote(u) != "" {
					end = i
					break
				}
				if !u.template {
					paras++
				}
				continue
			}
			// After two paragraphs, a rule of symbols ("###", "* *** *")
			// with at most two sentences after it in the page closes the
			// text (a section break has more after it).
			if paras >= 2 && rxOnlySymbols.MatchString(u.flat) && len([]rune(strings.ReplaceAll(u.flat, " ", ""))) >= 3 {
				after := 0
				for _, v := range units[i+1:] {
					if v.prose {
						after++
					}
				}
				if after <= 2 {
					end = i
					break
				}
			}
			// After two paragraphs, a headline in title case over a
			// sentence in the same block is another story's teaser
			// ("Ferry Link Restored After Storm" over its first sentence).
			if paras >= 2 && !u.prose && !u.chrome && u.words >= 4 && titleCase(u.flat) && i+1 < len(units) &&
				units[i+1].block == u.block && units[i+1].prose && !strings.ContainsAny(u.flat, "0123456789") {
				end = i
				break
			}
			// After two paragraphs, a byline under the text signs it off
			// ("— Reported by Jonas Weber"): what follows is the site's.
			if paras >= 2 && !u.prose && u.words <= 8 && shortByline(u.flat) != "" && strings.IndexFunc(u.flat, unicode.IsLetter) > 0 {
				end = i
				break
			}
			// After two paragraphs, a section's label in capitals or with a
			// colon ("POLL", "TIMELINE", "Key dates:") with no long
			// sentence after it in the page opens a box, not more text (a
			// crosshead has the text's paragraphs after it).
			if paras >= 2 && !u.prose && !u.chrome && u.words <= 3 && !u.running && (allCaps(u.flat) || strings.HasSuffix(u.flat, ":")) {
				after := 0
				for _, v := range units[i+1:] {
					if v.prose && v.words >= 12 {
						after++
					}
				}
				if after == 0 {
					end = i
					break
				}
			}
			// After two paragraphs, a line that is only a date or time, or
			// "Jane wrote:", opens the comments.
			if paras >= 2 && !u.prose && u.words <= 8 && !u.running {
				if d, _ := findDateIn(u.flat, now, h.order); d != "" && !isBylineUnit(u.flat) && !strings.Contains(strings.ToLower(u.flat), "by ") ||
					rxSaidLine.MatchString(u.flat) || rxRelative.MatchString(u.flat) || rxTimeOnly.MatchString(u.flat) {
					end = i
					break
				}
			}
		}
		return start, end, titleAt
	}
	var titleAt int
	sh.start, sh.end, titleAt = findRun(0)
	if sh.start < 0 {
		return sh
	}
	// The text is the page's dense prose: a run of at most three
	// sentences (a cached copy's banner, a teaser) gives way to a longer
	// run after it, of three paragraphs or more, under a headline of its
	// own.
	if n1, w1 := runSize(units, sh.start, sh.end, isBody); n1 <= 3 {
		if s2, e2, t2 := findRun(sh.end); s2 >= 0 {
			if n2, w2 := runSize(units, s2, e2, isBody); n2 >= 3 && n2 > n1 && w2 > w1 && headlineAbove(units, s2, now) {
				sh.start, sh.end, titleAt = s2, e2, t2
			}
		}
	}
	// Trailing units that are not prose (lists of headlines, "Back to
	// top") are not article text, nor a last short line that speaks to
	// the reader ("Want more news like this? Get our free briefing.").
	// A list the text announces ("The winners were:") is kept, and so
	// are short lines ending in a full stop ("Scott 51."); headlines and
	// links do not end in one.
	// A template the folder fills in, or a closing note (closingNote), is
	// not either.
	trimTail := func() {
		for sh.end > sh.start+1 {
			u := units[sh.end-1]
			if isBody(sh.end-1) && !speaksToReader(u) && !u.template && !closingNote(u) {
				break
			}
			// A line ending in a colon with nothing left under it
			// announced what was the site's ("... send an email to:").
			// (Not a line that goes on a block of the site's: "Subscribe
			// to The Times from €1 a week." over "Cancel anytime.")
			if !u.chrome && !u.learned && !u.meta && !isBody(sh.end-1) && !strings.HasSuffix(u.flat, ":") &&
				(strings.HasSuffix(u.flat, ".") || announcesList(units[sh.start:sh.end-1])) &&
				!(units[sh.end-2].chrome && units[sh.end-2].block == u.block && !units[sh.end-2].running) {
				break
			}
			sh.end--
		}
	}
	trimTail()
	// A note on the story itself opening the text ("Correction: A
	// previous version of this article misspelled ...") is not its text.
	for sh.start < sh.end-1 && isBody(sh.start) && storyNote(units[sh.start]) {
		sh.start++
	}
	// The text shown twice (a paste site's view and its raw copy, a
	// page's text and its printable copy), its headline again over the
	// copy: the first copy is the text.
	for i := sh.start + 2; i < sh.end; i++ {
		if !isBody(i) || units[i].flat != units[sh.start].flat || isBody(i-1) {
			continue
		}
		if slices.ContainsFunc(units[:sh.start], func(v pageUnit) bool { return v.flat == units[i-1].flat }) {
			sh.end = i
			trimTail()
		}
		break
	}

	// A sentence the folder's pages repeat is the site's only at the
	// text's edges: between two of the page's own paragraphs it is text
	// (a list each story of a series carries, and the line announcing it).
	first, last := -1, -1
	for i := sh.start; i < sh.end; i++ {
		if isBody(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first + 1; first >= 0 && i < last; i++ {
		if u := &units[i]; u.learned && !u.chrome && !u.meta && (u.prose || u.words >= 4 && strings.HasSuffix(u.flat, ":")) && !appealBox(units, i) {
			u.learned = false
		}
	}

	// The title: the nearest headline-shaped unit above the text.
	var nameAt []int // units between the title and the text that are only a name
	for pass := 3; pass >= 1 && titleAt < 0; pass-- {
		nameAt = nameAt[:0]
		for i := sh.start - 1; i >= 0; i-- {
			u := units[i]
			if u.chrome || u.prose && u.words > 30 {
				continue
			}
			// (Two writers' names without "By" are a byline too: "Ahmed
			// Rashidi and Clare Donnelly".)
			// (Nor a name and a role, "Marcus Delacroix-Baptiste • Staff
			// Writer", nor two writers before the site's field, "Nadia
			// Haddad and Omar Khalil | The Amman Ledger".)
			if isBylineUnit(u.flat) || len(u.flat) < 60 && rxAgencyLine.MatchString(u.flat) || creditLine(u.flat) || rxSpecialToAlone.MatchString(u.flat) || endsByName(units, i) || inShortList(units, i) || inFieldBlock(units, i) ||
				writersLine(u.flat) || u.words <= 8 && nameRoleLine(u.flat) || strings.Contains(u.flat, " | ") && writersLine(strings.TrimSpace(rxFieldSep.Split(u.flat, 2)[0])) ||
				u.meta && bioField(u.flat) {
				continue
			}
			if _, strong := bylineShape(u.flat); u.words <= 10 && strong {
				continue // "From Jane Doe in Geneva", "Jane Doe @janedoe"
			}
			// A headline with a date after it: "Talks Resume - 2004-07-24"
			// (not "Cancun | Mon Dec 6, 2010", a place before a date).
			// (Not a writer's name and place before the date in fields:
			// "Jane Doe in Buenos Aires | ACCRA, Ghana — March 7, 2018".)
			// (Nor dates and their labels alone: "Monday 11 March 2002 |
			// Filed at 18:20".)
			if (datedHeadline(u.flat, min(pass, 2), now) || titleDatePrefix(u.flat, now) > 0) && !(u.meta && namedField(u.flat)) && !(u.meta && datesOnlyLine(u.flat)) {
				// Not a name and a date under a headline: "Jonas Weber |
				// 19 April 2010" is the byline.
				if k, _ := titleDateSuffix(u.flat); i > 0 && k > 0 && bylineOnly(strings.Trim(u.flat[:k], " |-–—·,")) {
					if v := units[i-1]; !v.chrome && !v.meta && !v.prose && (v.words >= 3 && (titleCase(v.flat) || v.block == u.block) || v.words >= 2 && v.block != u.block && !masthead(units, i-1)) {
						continue
					}
				}
				titleAt = i
				break
			}
			// A question over the byline or the date is the headline:
			// "Can the UN still keep the peace?" over "Posted on 24 July
			// 2004".
			// So is a line of text's length that ends without a full stop
			// ("Why one small embassy in Vilnius has become the centre of
			// ..."), and either may have a credit line under it before the
			// byline or the date.
			if u.prose && i+1 < sh.start && (u.words <= 14 && strings.HasSuffix(u.flat, "?") || u.words <= 32 && !endsSentence(u.flat) && !rxInnerStop.MatchString(u.flat)) && headsMeta(units, i, sh.start) {
				titleAt = i
				break
			}
			// Labels and their values, list items, and sentences while a
			// headline may still be found above; a line every page of the
			// folder has.
			if u.meta || rxBullet.MatchString(u.flat) || u.prose && pass > 1 || pass > 1 && h.files >= 3 && h.chrome[u.flat] >= h.files {
				continue
			}
			if d, _ := findDateIn(u.flat, now, h.order); d != "" && !dateInSentence(u.flat, d) || dateWordsOnly(u.flat) {
				continue // (a masthead's day without its year: "Saturday, 5 December")
			}
			if nameAbroad(units, i, now, h.order) {
				continue
			}
			// A short line right under the byline, with a headline above
			// the byline, is the writer's place or role ("Reporting from
			// Suva"): the headline stands over the byline.
			if u.words <= 6 && i >= 2 && isBylineUnit(units[i-1].flat) && headlineOver(units, i-1) {
				continue
			}
			if nameLine(u.flat, u.words) != "" && len(nameAt) == 0 && (menuSpaced(u) || !bylineUnder(units, i) &&
				!slices.ContainsFunc(units[i+1:sh.start], func(v pageUnit) bool {
					return isBylineUnit(v.flat) || v.meta && (bioField(v.flat) || nameRoleLine(v.flat))
				})) {
				// (With a byline under it, before the text, a line shaped
				// as a name is the headline, "Envoys Sign Border Accord",
				// unless it is a menu: "Home   World   Business".)
				nameAt = append(nameAt, i)
				continue
			}
			if u.words < pass && !(u.words == 2 && !u.prose && (sentenceCasePair(u.flat) && headsMeta(units, i, sh.start) || titlePairOverByline(units, i))) {
				// (A headline of two words in sentence case stands right
				// over its byline or date: "Ambassador summoned"; not a
				// label, "World News".)
				continue
			}
			titleAt = i
			// A dek under a headline: a line in sentence case right under
			// one in title case ("Talks Resume in Geneva" over "Notes on a
			// long week of talks").
			if a := i - 1; pass == 3 && a >= 0 && !titleCase(u.flat) {
				v := units[a]
				switch {
				case !v.chrome && !v.meta && !v.prose && v.words >= 3 && titleCase(v.flat) && !masthead(units, a) && !(v.block != u.block && (chromeInBlock(units, a) || !aloneInBlock(units, a) || siteName(v) || headsMeta(units, i, sh.start) && mediaNamed(v.flat))) &&
					!rxFieldOpen.MatchString(v.flat) && !rxTwoWordsAnd.MatchString(v.flat) && !sectionList(v.flat) && !rxRefCode.MatchString(v.flat) && !kickerBar(v.flat):
					// (Not the site's name among its menu's links over a
					// headline in sentence case, nor a section's name under
					// the site's in a block of their own, nor a label's
					// line: "Posted in: Diplomacy, World", nor a section's
					// name of two words: "News & Commentary", nor a
					// release's number: "Press Release DF/97/23".)
					titleAt = a
				case u.words >= 12 && !v.chrome && !v.meta && !v.prose && v.words >= 2 && v.words < u.words && !headsMeta(units, i, sh.start):
					// A first paragraph without a full stop under the
					// headline: the text starts there (a headline stands
					// over its byline or date).
					titleAt, sh.start = a, i
				case u.words >= 4 && v.words >= 5 && !v.chrome && !v.meta && !v.prose && !v.learned && v.block != u.block &&
					!strings.ContainsAny(v.flat, "0123456789|:") && nameLine(v.flat, v.words) == "" && (a == 0 || units[a-1].chrome || units[a-1].words <= 3) &&
					!masthead(units, a) && !siteName(v) && !(!aloneInBlock(units, a) && headsMeta(units, i, sh.start)) &&
					!(headsMeta(units, i, sh.start) && mediaNamed(v.flat)):
					// Both in sentence case: the headline is the upper
					// line, the first the page has after its chrome or a
					// section's name ("Envoys agree to resume border talks"
					// over "The talks had been on hold since the spring"); not
					// a line among the site's name and menu (a blog's line,
					// a row of sections) over a headline that stands over
					// its byline or date, nor the site's name alone ("THE
					// DAILY VOICE OF THE ISLANDS"), nor a line naming a
					// medium over a headline that stands over its byline
					// ("Quaylight by the Harbour Wire").
					titleAt = a
				}
			}
			// A headline stands over its date line: a line of at most four
			// words under the date ("Heard on Morning Edition", a
			// programme's name) is not the title when a longer headline is
			// right above the date.
			if a := i - 1; pass == 3 && titleAt == i && u.words <= 4 && a >= 1 && units[a].meta && !units[a].chrome {
				if d, _ := findDateIn(units[a].flat, now, h.order); d != "" {
					v := units[a-1]
					if !v.chrome && !v.meta && !v.prose && !v.learned && v.words >= 5 && v.words > u.words && titleCase(v.flat) {
						titleAt = a - 1
					}
				}
			}
			// So is a line of at most four words right under a longer
			// headline ("From the Diplomacy Wiki", a site's line).
			if a := i - 1; pass == 3 && titleAt == i && u.words <= 4 && a >= 0 {
				// (Not the last line of the site's block over the headline:
				// "Committee on Foreign Affairs and Defence" under the menu.)
				// Nor a line naming a medium in a block of its own over a
				// short headline that stands over its byline: "Quaylight by
				// the Harbour Wire" over "Ceasefire holds, for now".
				if v := units[a]; !v.chrome && !v.meta && !v.prose && !v.learned && v.words >= 5 && v.words > u.words && titleCase(v.flat) && !siteName(v) && !(v.block != u.block && (chromeInBlock(units, a) || headsMeta(units, i, sh.start) && mediaNamed(v.flat))) {
					titleAt = a
				}
			}
			break
		}
	}
	if titleAt < 0 && len(nameAt) > 0 {
		titleAt, nameAt = nameAt[0], nil
	}
	// A line shaped as a name, first of its block and right over the
	// date, with nothing but a block of the site's lines above it: the
	// headline ("TALKS COLLAPSE" over "Dec 31, 1999"), not the writer,
	// when the title found above sits among the menu's lines.
	if k := len(nameAt); titleAt >= 0 && k > 0 && titleAt < nameAt[k-1] && inMenuBlock(units, titleAt) {
		// (Not two writers' names: "Ahmed Rashidi and Clare Donnelly".)
		if i := nameAt[k-1]; (i == 0 || units[i-1].block != units[i].block) && i+1 < sh.start && units[i+1].meta && hasDate(units[i+1].flat) && !twoNames(units[i].flat) {
			titleAt, nameAt = i, nameAt[:k-1]
		}
	}
	// A sentence the folder fills in between the headline and the text
	// opens the text ("The minister's office issued the following
	// statement on 6 December 2010.").
	for i := sh.start - 1; titleAt >= 0 && i > titleAt; i-- {
		if u := units[i]; u.template && isBody(i) {
			sh.start = i
		} else if !u.chrome && !u.meta && !u.learned {
			break
		}
	}
	if titleAt >= 0 {
		sh.title = strings.TrimSpace(strings.TrimLeft(units[titleAt].flat, "#"))
		// A headline wrapped over two lines of one block (a print view):
		// "Observers Report Long Queues but" over "Calm Vote".
		// A line that looks like a name may end the headline when a
		// byline stands under it.
		byline := false
		for _, v := range units[titleAt+1 : sh.start] {
			byline = byline || isBylineUnit(v.flat)
		}
		if k := titleAt - 1; k >= 0 && wrapsHeadline(units[k], units[titleAt], byline) {
			sh.title = units[k].flat + " " + sh.title
		} else if k := titleAt + 1; k < sh.start && wrapsHeadline(units[titleAt], units[k], byline) {
			sh.title += " " + units[k].flat
		}
		if i, j := titleDateSuffix(sh.title); i >= 0 {
			cand := sh.title[j:]
			if _, err := ParseDate(cand, now); err == nil || !errors.Is(err, ErrBadDate) {
				sh.titleDate = cand
				sh.title = strings.TrimSpace(sh.title[:i])
			}
		} else if k := titleDatePrefix(sh.title, now); k > 0 {
			// "19/04/2010 - Census Delayed ...": the date before it.
			sh.titleDate = strings.TrimSpace(sh.title[:k])
			sh.title = strings.TrimSpace(strings.TrimLeft(sh.title[k:], " -–—|"))
		}
		sh.title = cutSiteName(sh.title)
		// A last paragraph that cites the headline is not text.
		if sh.end-1 > sh.start && citesHeadline(units[sh.end-1].flat, sh.title) {
			sh.end--
			trimTail()
		}
	}

	// Dates and the byline: first between the title and the text, then
	// just above the title, then the lines right after the text that say
	// who posted it.
	var zone []int
	// A byline or date line just inside the text (under a standfirst) is
	// metadata, not text.
	for i := sh.start + 1; i < sh.end && i <= sh.start+6; i++ {
		u := &units[i]
		if u.prose || u.chrome {
			continue
		}
		if u.meta {
			u.chrome = true
			zone = append(zone, i)
		}
	}
	from := titleAt + 1
	if titleAt < 0 {
		from = max(0, sh.start-4)
	}
	for i := from; i < sh.start; i++ {
		zone = append(zone, i)
	}
	if titleAt > 0 {
		for i := titleAt - 1; i >= 0 && i >= titleAt-3; i-- {
			zone = append(zone, i)
		}
	}
	after := len(zone)
	for i := sh.end; i < len(units) && i < sh.end+3; i++ {
		if rxCommentsLabel.MatchString(units[i].flat) {
			break // readers' comments: their posts' dates are not the article's
		}
		zone = append(zone, i)
	}
	for k, i := range zone {
		u := units[i]
		low := strings.ToLower(u.flat)
		if k >= after && !(strings.HasPrefix(low, "posted") || strings.HasPrefix(low, "published") || strings.HasPrefix(low, "first posted") || strings.HasPrefix(low, "first published") || strings.HasPrefix(low, "by ") || strings.Contains(low, " by ") ||
			u.meta && u.prose && rxPublished.MatchString(u.flat)) {
			if sh.footDate == "" && !u.prose && u.words <= 8 && i <= sh.end+2 {
				sh.footDate, _ = findDateIn(u.flat, now, h.order)
			}
			continue
		}
		// (A byline and two dates in fields may run longer: "Jane Doe |
		// Economics Correspondent | Updated August 17, 2020 4:01 PM ET,
		// Published August 16, 2020 7:00 AM ET".)
		if u.prose && u.words > 20 && !rxReportingCredit.MatchString(u.flat) && !(u.words <= 30 && strings.Contains(u.flat, " | ") && hasYear(u.flat)) {
			continue
		}
		if captureLine(u.flat) || weatherDay(u.flat) {
			continue // the day of a capture or the masthead's weather, not of the article
		}
		d, updated := findDateIn(u.flat, now, h.order)
		if d != "" {
			sh.dates = append(sh.dates, dateCandidate{text: d, updated: updated, above: titleAt > 0 && i < titleAt})
		}
		// A credit under the text ("Reporting by Jane Doe; Editing by
		// ...") names who helped, not the article's writer.
		// (Nor does a series' label: "Series: The Negotiators · Part 2".)
		if sh.byline == "" && (k < after || !rxReportingCredit.MatchString(u.flat)) && !(u.chrome && rxSeriesLine.MatchString(u.flat)) {
			sh.byline = bylineIn(u.flat, d)
		}
	}
	// A date under the headline that gives no date the reader can settle
	// ("Friday 3rd January", "Updated 3 hours ago", "Posted: 04/05/2010"
	// on a site whose order is unknown) is the article's own: a date over
	// the headline, the masthead's day of saving, or one near the text is
	// not taken for it.
	if titleAt >= 0 && !slices.ContainsFunc(sh.dates, func(c dateCandidate) bool { return !c.above }) {
		for i := titleAt + 1; i < sh.start; i++ {
			if u := units[i]; !u.prose && u.words <= 16 && openDate(u.flat, now, h.order) {
				sh.openDate = true
				sh.dates = slices.DeleteFunc(sh.dates, func(c dateCandidate) bool { return c.above })
				break
			}
		}
	}
	// An update under the headline dates the article before a date over
	// it, the masthead's day of the edition ("Tuesday 3 April 2018 |
	// Today's paper"): when the article gives only its update.
	if k := slices.IndexFunc(sh.dates, func(c dateCandidate) bool { return !c.updated }); k >= 0 && sh.dates[k].above {
		if j := slices.IndexFunc(sh.dates, func(c dateCandidate) bool { return c.updated && !c.above }); j >= 0 {
			c := sh.dates[j]
			c.updated = false
			sh.dates = slices.Insert(slices.Delete(sh.dates, j, j+1), 0, c)
		}
	}
	// A byline that names a team or a desk ("Posted by Communications
	// Team" over a press review) gives way to a writer's name the rules
	// below find between the title and the text.
	staff := ""
	if sh.byline != "" && rxStaffWord.MatchString(sh.byline) {
		staff, sh.byline = sh.byline, ""
	}
	// A personal site's name: "Esther Wanjiru's Journal" over the post.
	for i := 0; sh.byline == "" && i < titleAt && i < 3; i++ {
		if m := rxOwnSite.FindStringSubmatch(units[i].flat); m != nil {
			sh.byline = m[1]
		}
	}
	// A name and where the writer was, or who helped, over the date line:
	// "Mateus Carvalho and agencies".
	for i := titleAt + 1; sh.byline == "" && titleAt >= 0 && i < sh.start; i++ {
		if nameAbroad(units, i, now, h.order) {
			sh.byline = leadingName(units[i].flat)
		}
	}
	// A name alone between the title and the text.
	for i := titleAt + 1; sh.byline == "" && titleAt >= 0 && i < sh.start; i++ {
		if u := units[i]; !u.prose && !u.chrome && !u.learned && !strings.ContainsAny(u.flat, "0123456789") {
			if f, _, _ := strings.Cut(u.flat, " "); !rxOffice.MatchString(f) && !rxMediaWord.MatchString(u.flat) {
				if sh.byline = runOnRoleName(u.flat); sh.byline == "" || u.words > 6 {
					sh.byline = nameLine(u.flat, u.words)
				}
				if sh.byline == "" {
					sh.byline = nameOfRoleLine(u.flat) // "Marcus Delacroix-Baptiste • Staff Writer" (eleven words at most)
				}
			}
		}
	}
	// A name before its fields between the title and the text, even
	// where the line reads as a menu: "Jane Doe | Kabul |
	// j.doe@example.org", "Jane Doe | Silk Road News Service".
	for i := titleAt + 1; sh.byline == "" && titleAt >= 0 && i < sh.start; i++ {
		if u := units[i]; !u.prose && !u.learned && u.words <= 12 {
			sh.byline = nameBeforeFields(u.flat)
		}
	}
	// A name alone right over the date line, between the title and the
	// text, even where the page repeats it (a blog's list of posts under
	// the text names the writer again).
	for i := titleAt + 1; sh.byline == "" && titleAt >= 0 && i+1 < sh.start; i++ {
		if u, v := units[i], units[i+1]; u.chrome && !u.prose && !u.learned && !u.meta && nameLine(u.flat, u.words) == u.flat && v.meta {
			if d, _ := findDateIn(v.flat, now, h.order); d != "" && !rxMediaWord.MatchString(u.flat) {
				sh.byline = u.flat
			}
		}
	}
	// A name with what a byline puts around it, between the title and
	// the text: "Autor: Jane Doe", "Jane Doe in Geneva", "Jane Doe
	// (Geneva)", "Jane Doe @janedoe", "Jane Doe/The Ledger".
	// (A name and an agency after a slash is a photo's credit between
	// paragraphs, a byline here: "Jane Doe / Xinhua".)
	for i := titleAt + 1; sh.byline == "" && titleAt >= 0 && i < sh.start; i++ {
		if u := units[i]; !u.prose && (!u.chrome || rxPhotoCredit.MatchString(u.flat) || writerAndPost(u.flat)) && !u.learned && (u.words <= 8 || u.words <= 10 && strings.Contains(u.flat, " / ")) && !strings.ContainsAny(u.flat, "0123456789") {
			sh.byline, _ = bylineShape(u.flat)
		}
	}
	// A byline shaped as a sentence: "Jane Doe reports", "Dr. Jane Doe is
	// a senior fellow at the Westmarch Institute".
	for i := titleAt + 1; sh.byline == "" && titleAt >= 0 && i < sh.start; i++ {
		sh.byline, _ = shapedByline(units[i].flat)
	}
	if sh.byline == "" {
		sh.byline = staff
	}
	// The writer's note under the text.
	// (Not a first name alone: "Miriam is a contributing editor ...".)
	if sh.byline == "" && sh.end < len(units) {
		if n := authorNote(units[sh.end]); strings.Contains(n, " ") {
			sh.byline = n
		}
	}
	// A sign-off under the text: "— Jane Doe", "-- Jane Doe".
	for i := sh.end; sh.byline == "" && i < len(units) && i < sh.end+2; i++ {
		if f := strings.TrimLeft(units[i].flat, "—–- "); len(f) < len(units[i].flat) && len(f) > 0 {
			if n := nameLine(f, len(strings.Fields(f))); n != "" && !rxMediaWord.MatchString(n) {
				sh.byline = n
			}
		}
	}
	// A name alone under the text with the date under it: "Omar Haddad" /
	// "12 January 2006", a letter's or column's signature.
	if i := sh.end; sh.byline == "" && i+1 < len(units) && !units[i].prose && units[i].words <= 4 {
		if n := nameLine(units[i].flat, units[i].words); n != "" && !rxMediaWord.MatchString(n) && !rxOffice.MatchString(strings.Fields(n)[0]) {
			if d, _ := findDateIn(units[i+1].flat, now, h.order); d != "" && units[i+1].words <= 6 {
				sh.byline = n
			}
		}
	}
	for _, i := range nameAt {
		// "Minister Irene Castell" under a transcript's title is the
		// speaker, not the writer.
		if f, _, _ := strings.Cut(units[i].flat, " "); sh.byline == "" && !rxOffice.MatchString(f) {
			sh.byline = nameLine(units[i].flat, units[i].words)
		}
	}
	// A last short sentence that opens with the writer's name is a note on
	// the writer, not the story ("Helen Strand's column appears on
	// Saturdays.", "Jane Doe reported from Geneva."): a report names its
	// own writer nowhere else.
	if sh.byline != "" && strings.Contains(sh.byline, " ") {
		last, n := -1, 0
		for i := sh.start; i < sh.end; i++ {
			if isBody(i) {
				last = i
				n++
			}
		}
		if u := units[max(last, 0)]; n >= 3 && u.words <= 30 && strings.HasPrefix(u.flat, sh.byline) && !strings.ContainsAny(u.flat, "\"“”") {
			sh.end = last
			trimTail()
		}
	}
	// So is a last short sentence that opens with the site's name, as its
	// masthead over the headline gives it ("World Press Review translates
	// the world's press.", "Weekly Review is published by Review Media.").
	if titleAt > 0 {
		last, n := -1, 0
		for i := sh.start; i < sh.end; i++ {
			if isBody(i) {
				last = i
				n++
			}
		}
		if u := units[max(last, 0)]; n >= 3 && u.words <= 20 && !strings.ContainsAny(u.flat, "\"“”") {
			for _, v := range units[:titleAt] {
				if v.prose || v.words < 2 || v.words > 5 || strings.ContainsAny(v.flat, "0123456789|:") {
					continue
				}
				if long, caps := capitalised(v.flat); caps && long >= 1 && strings.HasPrefix(u.flat, v.flat+" ") {
					sh.end = last
					trimTail()
					break
				}
			}
		}
	}
	return sh
}

// rxWriterRole matches the words of a writer's note.
var rxWriterRole = lazyRE(`(?i)\b(?:writer|correspondent|editor|reporter|columnist|contributor|journalist|author)s?\b`)

// authorNote returns the writer's name when u is a writer's note: a short
// sentence, not a quotation, that starts with a name and says what the
// person writes ("Jane Doe is a contributing writer for the Review.",
// "Jane Doe was our correspondent in Cairo until 2009."); "" otherwise.
func authorNote(u pageUnit) string {
	if !u.prose || u.words > 30 || strings.ContainsAny(u.flat, "\"“”") {
		return ""
	}
	// The name is before the first verb: "is", "was", or "writes" with
	// what is written ("Gideon Markell writes a weekly column on
	// international politics. He was ...").
	at, verb := -1, ""
	for _, v := range []string{" is ", " was ", " writes "} {
		if i := strings.Index(u.flat, v); i > 0 && (at < 0 || i < at) {
			at, verb = i, v
		}
	}
	if at < 0 {
		return ""
	}
	name, rest := u.flat[:at], u.flat[at+len(verb):]
	if verb == " writes " && !rxWritesColumn.MatchString(rest) {
		return ""
	}
	// What the person is: a writer's role anywhere in the note, or a
	// fellow's, a professor's ... right after the verb ("Dr. Fenella
	// Ashcombe is a senior fellow in the Trade & Economics programme.").
	if !rxWriterRole.MatchString(u.flat) && !rxBioRole.MatchString(rest) {
		return ""
	}
	if h := rxHonorific.FindStringIndex(name); h != nil {
		name = name[h[1]:]
	}
	n := len(strings.Fields(name))
	// (A first name alone when what follows is a writer's role: "Miriam is
	// a contributing editor at the magazine ...".)
	if n < 1 || n > 4 || n == 1 && (!rxBioRole.MatchString(rest) || !rxOneName.MatchString(name)) || n > 1 && !rxName.MatchString(name) || rxOffice.MatchString(strings.Fields(name)[0]) || rxMediaWord.MatchString(name) {
		return ""
	}
	return name
}

// rxOneName matches a name of one word: "Miriam".
var rxOneName = lazyRE(`^` + rxNamePart + `$`)

// rxWritesColumn matches what a writer's note says the writer writes: "a
// weekly column on", "regularly about", "on foreign policy for".
var rxWritesColumn = lazyRE(`^(?:(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}(?:column|newsletter|blog)\b|(?:regularly|often|widely|frequently)?\s*(?:about|on)\s)`)

// rxBioRole matches what a writer's note says the writer is: "a senior
// research fellow at", "professor of economics at", "a contributing
// writer for".
var rxBioRole = lazyRE(`(?i)^(?:an?|the)?\s*(?:[\p{L}-]+\s+){0,3}(?:fellow|professor|lecturer|researcher|analyst|economist|scholar|director|editor|writer|correspondent|reporter|columnist|contributor|journalist|author|diplomat|ambassador|adviser|advisor)s?\s+(?:at|of|for|with|in|on)\b`)

// bioField reports whether the first field of s (before a bar or a dot)
// is a writer's note (writerBio), alone or run on with the date.
func bioField(s string) bool { return writerBio(rxFieldSep.Split(s, 2)[0]) }

// writerBio reports whether s is a writer's note of one sentence: a name
// (with "Dr" or "Prof" before it) and what the person is ("Dr Matthias
// Kühne is a senior research fellow at the Institute for ...").
func writerBio(s string) bool {
	if strings.ContainsAny(s, "\"“”") {
		return false
	}
	name, rest, ok := strings.Cut(s, " is ")
	if !ok {
		return false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(name, "Dr "), "Dr. "), "Prof. ")
	n := len(strings.Fields(name))
	return n >= 2 && n <= 4 && rxName.MatchString(name) && !rxOffice.MatchString(strings.Fields(name)[0]) && !rxMediaWord.MatchString(name) &&
		rxBioRole.MatchString(rest)
}

// runSize counts the paragraphs of text in units[start:end] and their
// words.
func runSize(units []pageUnit, start, end int, isBody func(int) bool) (n, words int) {
	for i := start; i < end; i++ {
		if isBody(i) {
			n++
			words += units[i].words
		}
	}
	return n, words
}

// headlineAbove reports whether a headline stands over units[start]: the
// first unit above it that is not chrome, metadata or a name is a line in
// title case of four words or more, or a headline with its date.
func headlineAbove(units []pageUnit, start int, now time.Time) bool {
	for i := start - 1; i >= 0 && i >= start-6; i-- {
		u := units[i]
		if u.chrome || u.meta || u.learned || nameLine(u.flat, u.words) != "" {
			continue
		}
		return !u.prose && u.words >= 4 && titleCase(u.flat) || datedHeadline(u.flat, 2, now)
	}
	return false
}

// announcesList reports whether the last sentence of units (before any
// short lines after it) ends with a colon: "The winners were:".
func announcesList(units []pageUnit) bool {
	for i := len(units) - 1; i >= 0; i-- {
		u := units[i]
		if u.chrome || u.learned {
			continue
		}
		if u.words >= 5 && strings.HasSuffix(u.flat, ":") {
			return true
		}
		if u.prose {
			return false
		}
	}
	return false
}

// rxPromo matches what a site's promotion asks the reader to do.
var rxPromo = lazyRE(`(?i)\b(?:sign up|subscribe|newsletter|briefing|inbox|download|follow us|register|log in|click|tap|get our|app\b|podcast|alerts?)`)

// rxReader matches the words a site uses to address its readers.
// ("us" in lower case only: "US" is a country).
var rxReader = lazyRE(`\b(?:[Yy]ou|[Yy]our|[Oo]ur|us)\b`)

// rxYou matches "you" and "your", which a news report uses only in
// quotations.
var rxYou = lazyRE(`\b[Yy]our?\b`)

// rxOur matches the site speaking of itself.
var rxOur = lazyRE(`\b(?:[Oo]ur|us)\b`)

// speaksToReader reports whether u is a short line, not a quotation, that
// addresses the reader: a site's promotion, not a reporter's sentence.
func speaksToReader(u pageUnit) bool {
	return u.words <= 25 && !interviewTurn(u.flat) && !strings.ContainsAny(u.flat, "\"“”") && !rxFirstPerson.MatchString(u.flat) && (rxReader.MatchString(u.flat) && (rxPromo.MatchString(u.flat) || rxAsk.MatchString(u.flat)) && !storyYou(u.flat) ||
		rxMailing.MatchString(u.flat) || rxEmailAddr.MatchString(u.flat))
}

// storyYou reports whether the "you" of s is the writer's, not the site's:
// in a demand the writer reports (youInSpeech), in an idiom ("depends on
// whom you ask"), or in a line the writer signs in the first person
// ("As always, reply to this email if you have thoughts — I read
// everything."; a site says "we").
func storyYou(s string) bool {
	return youInSpeech(s) || rxGenericYou.MatchString(s) || rxFirstPerson.MatchString(s)
}

var (
	rxGenericYou  = lazyRE(`(?i)\b(?:who|whom)\s+you\s+ask\b|\byou\s+(?:could|might|may|can)\s+(?:argue|say|imagine)\b|\bif\s+you\s+(?:like|will)\b|\bas\s+you\s+(?:might|would|may)\s+expect\b|\b(?:no|nothing|nobody|none)\s+(?:[\p{L}-]+\s+){0,3}(?:will|can|could|would|does|do)\s+(?:[\p{L}-]+\s+){0,2}you\b`)
	rxFirstPerson = lazyRE(`(?:^|[\s—–-])I(?:\s|'m\b|’m\b|'ve\b|’ve\b|'ll\b|’ll\b)`)
)

// youInSpeech reports whether the "you" of s is only in words a clause
// of its own introduces after a colon, as a writer reports a demand:
// "Parliament should send this budget back with a simple request: show
// us how you will pay for it." (not the site's "Have a tip? Email us: you
// ...": the clause before the colon must be six words or more, without
// "you" or the site's "our").
func youInSpeech(s string) bool {
	i := strings.Index(s, ": ")
	if i < 0 {
		return false
	}
	before := s[:i]
	return len(strings.Fields(before)) >= 6 && !rxYou.MatchString(before) && !rxOur.MatchString(before) && !rxCallToAction.MatchString(before) && !strings.ContainsAny(before, "?!")
}

// rxCallToAction matches a sentence that opens with what a site asks its
// reader to do: "Subscribe for free ...", "Follow Marta on X".
var rxCallToAction = lazyRE(`(?:^|[.!?]\s+)(?:Subscribe|Sign up|Download|Follow|Register|Join us|Click|Tap|Support (?:us|our)|Help (?:us|fund|keep)|Donate|Become a (?:member|subscriber|supporter|patron))\b[^-]`)

// closingNote reports whether u, a short sentence ending the text and not
// a quotation, is the site's: it says "you" (a report says it only in
// quotations: "You have read 2 of 5 free articles this month."), speaks
// of the page itself ("This story has been updated to include ..."), or
// asks the reader to act ("Thanks for reading! Subscribe for free ...").
func closingNote(u pageUnit) bool {
	if u.words > 40 || strings.ContainsAny(u.flat, "\"“”‘’") || interviewTurn(u.flat) {
		return false
	}
	// A paragraph that opens with a sentence of the text, of eight words
	// or more, is the text's whatever follows it: "Requests for delisting
	// may be submitted through the Focal Point established by the Council.
	// The updated list is available on the Committee's website."
	// (Not one in the site's words: "Harbour Radio is run entirely by
	// student volunteers. Views expressed are those of the contributors.")
	if first, ok := firstSentence(u.flat); ok && fieldCount(first) >= 8 && !rxSiteVocab.MatchString(first) && !siteVoice(first) && !closingNote(newUnit(first, u.block)) {
		return false
	}
	// The site on itself: its app, its licence to copy, its own
	// standards ("Get the latest news on our app. Available on iOS and
	// Android.", "Free to republish with credit to ...").
	// (after a rule of dashes the footer's first line ran into:
	// "---------- Human Rights Wire is distributed free of charge.")
	if flat := strings.TrimLeft(u.flat, "-=_~ "); rxSiteSelf.MatchString(flat) || siteSelfMore(flat) || siteTalk(flat) {
		return true
	}
	// A mailing on itself, with its footer run into one paragraph: "This
	// newsletter is free. If you were forwarded this email, sign up here.
	// You are receiving this because you subscribed. Unsubscribe".
	if rxMailing.MatchString(u.flat) && rxYou.MatchString(u.flat) && rxSubscription.MatchString(u.flat) && !storyYou(u.flat) {
		return true
	}
	if u.words > 25 {
		return false
	}
	if rxYou.MatchString(u.flat) && !storyYou(u.flat) || rxSelfRef.MatchString(u.flat) || rxCallToAction.MatchString(u.flat) || rxEarlierVersion.MatchString(u.flat) {
		return true
	}
	// Where the story ran first: "First published in The Zambezi
	// Standard."
	if u.words <= 15 && rxFirstPublishedIn.MatchString(u.flat) {
		return true
	}
	// The publisher's line: "Published by the Mission of the Republic to
	// the United Nations, 801 Second Avenue, New York."
	if rxPublishedBy.MatchString(u.flat) && !rxSpeaks.MatchString(u.flat) {
		return true
	}
	// The same after a label: "Clarification: This story has been
	// updated ...".
	if m := rxCorrectionLabel.FindStringIndex(u.flat); m != nil {
		return rxSelfRef.MatchString(u.flat[m[1]:])
	}
	return false
}

// siteVoice reports whether s speaks as the site or to its reader ("we",
// "our", "you"), as a report does only in quotations: "We have covered
// the war since the first day."
func siteVoice(s string) bool {
	return rxReader.MatchString(s) || rxWe.MatchString(s)
}

// rxWe matches "we", the site speaking of itself.
var rxWe = lazyRE(`\b[Ww]e\b`)

// siteTalk reports whether s, a short paragraph ending the text, is the
// site speaking of itself in the present tense, in a publisher's words:
// two of rxSiteVocab's and a verb of rxSitePresent, no reporting verb
// ("Harbour Current is a non-profit newsroom. Stories may be republished
// free with credit.", "Harbour Radio is run entirely by student
// volunteers."). A report's last paragraph tells what happened, in the
// past tense, and says who said it.
func siteTalk(s string) bool {
	if !rxSitePresent.MatchString(s) || rxReported.MatchString(s) {
		return false
	}
	// "to channel" is the verb, not a broadcaster: "urged donors to
	// channel a larger share through local organisations".
	s = strings.ReplaceAll(s, "to channel ", "to route ")
	seen := map[string]bool{}
	for _, m := range rxSiteVocab.FindAllStringIndex(s, -1) {
		seen[strings.ToLower(s[m[0]:m[1]])] = true
	}
	return len(seen) >= 2 && rxSiteNoun.MatchString(s)
}

// rxSiteNoun matches the words of rxSiteVocab that name the site, its
// work or its readers (not "donors" or "members" alone, which a report on
// an alliance uses).
var rxSiteNoun = lazyRE(`(?i)\b(?:newsroom|journalism|journalists|readers?|site|website|channel|station|newspaper|publication|subscribers?|comments|content|editorial|stories|articles|letters)\b`)

// rxSiteVocab matches the words a site uses of itself and its readers.
var rxSiteVocab = lazyRE(`(?i)\b(?:newsroom|journalism|our\s+journalists|contributors|readers?|stories|articles|site|website|channel|station|newspaper|publication|volunteers|donations?|donors|subscribers?|subscriptions?|members(?:hip)?|content|editorial(?:ly)?|letters|comments|republish(?:ed)?|reproduce[ds]?|advertis(?:ers?|ing)|sponsors?|funded|non-?profit|independent|free\s+of\s+charge|ad-free)\b`)

// rxSitePresent matches the present tense a site speaks of itself in.
var rxSitePresent = lazyRE(`(?i)\b(?:is|are|relies|rely|depends|depend|welcomes|welcome|publishes|publish|may\s+be|can\s+be|must\s+be|remains|remain|accepts|accept|keeps|keep)\b`)

// rxReported matches a report's verbs, and the present tense of news
// ("is to sponsor", "is buying"): a paragraph with them is the story's.
var rxReported = lazyRE(`(?i)\b(?:said|says|told|tells|according\s+to|announced|reported|was|were|had|has\s+been|will|(?:is|are)\s+(?:to|\p{L}+ing))\b`)

// interviewTurn reports whether s is a question or an answer of an
// interview printed as one ("Q: What advice would you give?", "A: Listen
// more than you speak."): its "you" is the speakers', not the site's to
// its reader.
func interviewTurn(s string) bool {
	return strings.HasPrefix(s, "Q: ") || strings.HasPrefix(s, "A: ") || strings.HasPrefix(s, "Q. ") || strings.HasPrefix(s, "A. ")
}

// cutWriterNote drops a last paragraph that is a note on the writer
// whose byline the page gives: "Jane Doe, a senior fellow at the
// Institute, is the author of three books." A report's own sentences name
// its writer only in such a note.
//
// A note on another journalist goes too, when it says the work is a
// journalist's: "Jane Roe covers diplomacy for the Star.", "Jane Roe is
// our Geneva correspondent." (the page's byline may be a colleague's).
func cutWriterNote(body, byline string) string {
	k := strings.LastIndex(body, "\n\n")
	if k < 0 {
		return body
	}
	last := body[k+2:]
	words := len(strings.Fields(last))
	if words > 50 || strings.ContainsAny(last, "\"“”") {
		return body
	}
	if rest, ok := strings.CutPrefix(last, byline); ok && len(strings.Fields(byline)) >= 2 && rxWriterNote.MatchString(rest) {
		return body[:k]
	}
	if words > 25 {
		return body
	}
	name := leadingName(last)
	if n := len(strings.Fields(name)); n < 2 || n > 4 || !strings.HasPrefix(last, name) || rxMediaWord.MatchString(name) {
		return body
	}
	if rest := last[len(name):]; rxWriterNote.MatchString(rest) && (rxJournalistNote.MatchString(rest) || rxCoversFor.MatchString(rest)) {
		return body[:k]
	}
	return body
}

// rxJournalistNote matches a note that makes its person a journalist of
// the site: " is our Geneva correspondent", " is a staff writer", " is
// a diplomatic correspondent for the Star" (not " is a former
// correspondent who ...").
var rxJournalistNote = lazyRE(`^\s+(?:is|was)\s+(?:our\s+(?:[\p{L}-]+\s+){0,3}(?i:correspondent|reporter|editor|columnist|writer)\b|a\s+staff\s+writer\b|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?i:correspondent|reporter|editor|columnist|writer)\s+(?:for|at|with)\s+(?:the\s+)?\p{Lu})`)

// rxCoversFor matches a note on a beat and the paper it is covered for:
// " covers diplomacy and trade for the Star".
// So is a beat and a place followed by the writer's career: " covers trade
// from Lima. She joined the paper in 2011."
var rxCoversFor = lazyRE(`^\s+(?:covers|writes about|writes on|reports on)\s(?:[^.!?]{2,100}\bfor\s+(?:the\s+)?\p{Lu}|[^.!?]{2,100}\b(?:from|in)\s+\p{Lu}[^.!?]{0,40}\.\s+(?:She|He|They)\s+(?:joined|has\s+(?:covered|reported|worked|been)|previously|was)\b)`)

// rxWriterNote matches what follows the writer's name in a note on the
// writer: ", a professor of law, is ...", " is a senior fellow", " writes
// on", " is the author of".
var rxWriterNote = lazyRE(`^(?:,[^,]{3,120},)?\s+(?:is|was|writes|teaches|has written|has reported|covers|reports)\b`)

// storyNote reports whether u is a note on the story itself: a
// correction or clarification ("Correction: An earlier version of this
// article misstated ...").
func storyNote(u pageUnit) bool {
	if u.words > 40 || strings.ContainsAny(u.flat, "\"“”") {
		return false
	}
	if rxEarlierVersion.MatchString(u.flat) {
		return true
	}
	m := rxCorrectionLabel.FindStringIndex(u.flat)
	return m != nil && rxSelfRef.MatchString(u.flat[m[1]:])
}

// rxSiteSelfMore is more of what a site says of itself at the end of a
// text, apart from rxSiteSelf so that it runs only on lines with a word
// it needs (siteSelfMore).
var rxSiteSelfMore = lazyRE(
	// "Parliament Today is an independent public-service channel.",
	// "FactLens is a signatory of an international code of principles
	// for fact-checkers.", "How to follow Parliament Today: live video
	// ...": the site on what it is and how to reach it.
	`(?i)^(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}is\s+(?:an?\s+|the\s+)(?:(?:editorially\s+)?independent|non-?profit|not-for-profit|public[\s-]service|publicly[\s-]funded|reader-funded|member-funded|community)\s+(?:[\p{L}'’-]+\s+){0,3}(?:channel|broadcaster|newsroom|news\s+(?:organi[sz]ation|site|service|outlet|agency)|publication|newspaper|magazine|website|outlet|station|service|media\s+(?:organi[sz]ation|outlet)|project|initiative|platform)\b|\bis\s+a\s+(?:verified\s+)?signatory\s+(?:of|to)\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:code|charter|principles)\b|^how\s+to\s+(?:follow|watch|listen\s+to|get|reach|contact)\s+(?:us|\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4})\s*:` +
		// "Opinion pieces published on Capital Eye are the views of their
		// authors."
		`|\bare\s+(?:the\s+)?(?:personal\s+)?(?:views|opinions)\s+of\s+(?:the|their|its)\s+(?:authors?|writers?|contributors?)\b` +
		// "Jane Doe is The Harbour Ledger's Bangkok bureau chief. She
		// covers ...": the writer's note under the text
		`|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+is\s+(?:the\s+|an?\s+)?(?:\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}['’]s\s+)?(?:[\p{L}-]+\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|bureau\s+chief|journalist|contributor)\b` +
		// "When quoting and using any materials on the Internet, hyperlinks
		// to example.ua are required.": an agency's terms for reprints
		`|^when\s+(?:quoting|using|citing|reprinting|copying)\b[^!?]{0,100}\b(?:hyperlinks?|links?|references?)\b[^!?]{0,160}\b(?:required|obligatory|mandatory)\b` +
		`|\b(?:hyper)?links?\s+to\s+\S+\s+(?:is|are)\s+(?:required|obligatory|mandatory)\b` +
		// "Arms Control Fortnightly is published by the Verification Research
		// Trust, a registered charity.", "Human Rights Wire is distributed
		// free of charge.": the site's name and how it is put out
		`|^(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:&|/|\p{Lu}[\p{L}'’&.-]*)){0,6}\s+(?:is|are)\s+(?:published|circulated|distributed|produced|edited|printed|issued|compiled|sent|mailed)\s+(?:by|to|free|weekly|daily|monthly|fortnightly|quarterly|every|each|twice|in\s+association)\b` +
		// "Radio Altiplano is a member of the regional community
		// broadcasters' network.", "Join our team", "prices are assessed by
		// our editorial team"
		`|^(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:&|/|\p{Lu}[\p{L}'’&.-]*)){0,6}\s+is\s+a\s+member\s+of\s+(?:the\s+|an?\s+)?[^.!?]{0,80}\b(?:network|council|association|federation|alliance|union|ombudsman|guild|society|consortium)\b` +
		`|^join\s+(?:our|the)\s+(?:team|newsroom|staff)\b|\b(?:assessed|compiled|produced|written|edited|checked|verified)\s+by\s+our\s+(?:editorial\s+)?(?:team|staff|desk|editors|journalists|reporters)\b` +
		// "To submit a notice of appointment, please contact the editor."
		`|^to\s+(?:submit|send|suggest|advertise|subscribe|unsubscribe|report|order|request)\b[^.!?]{0,100}\b(?:contact|e-?mail|write\s+to|call|send|visit|click)\b` +
		// "More on the economy, policy and markets at The Financial Courier.":
		// where the site's other stories are
		`|^more\s+(?:on|about|from|news\s+on|stories\s+(?:on|about))\s+[^.!?]{0,80}\b(?:at|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4}\s*[.!]?$` +
		// "Get Latest News Live on Example News 24 along with India News,
		// World News and Breaking News.": a portal's line under every story
		`|^(?:get|read|catch|watch)\s+(?:all\s+)?(?:the\s+)?latest\s+(?:news|updates|headlines)\b[^.!?]{0,40}\b(?:on|at|with)\s+\p{Lu}`)

// siteSelfMore reports whether s matches rxSiteSelfMore, looking first,
// without a regular expression, for a word one of its patterns needs.
func siteSelfMore(s string) bool {
	low := strings.ToLower(s)
	if !strings.Contains(low, " is ") && !strings.Contains(low, " are ") && !strings.Contains(low, "latest") &&
		!strings.Contains(low, "by our") && !strings.HasPrefix(low, "when ") && !strings.HasPrefix(low, "join ") &&
		!strings.HasPrefix(low, "to ") && !strings.HasPrefix(low, "more ") && !strings.HasPrefix(low, "how ") {
		return false
	}
	return rxSiteSelfMore.MatchString(s)
}

// rxSiteSelf matches what a site says of itself at the end of a text:
// its apps, its terms for copying, its standards, its player.
var rxSiteSelf = lazyRE(`(?i)(?:(?:^|[.!?]\s+)(?:get|download|enjoy|listen|watch|read|follow|available)\b[^.!?]{0,80}\b(?:iOS|Android|App Store|Google Play)\b|(?:free to |may )?republish(?:ed)? (?:this|it|for free|with credit)|\brepublished\s+(?:free|for\s+free)\b|\bviews\s+expressed\s+(?:here\s+)?are\s+(?:those\s+of|the\s+(?:authors?|writers?)['’]?)\b|\b(?:reproduced|supplied) (?:for|under)\b|not for (?:onward )?(?:distribution|redistribution)|^disclosure:\s|\bwelcomes\s+(?:letters|reader(?:s['’])?\s+(?:responses|letters|comments|views))\b|\bfree\s+to\s+(?:reproduce|reprint)\b|^(?:read|view|see) the (?:original|full) (?:article|story|version|report) (?:at|on|in)\b|\bfor more on this (?:story|topic)\b|\bthis page is (?:reviewed|updated|maintained)\b|\bmay be (?:freely )?(?:reproduced|republished|reprinted) (?:with|provided|if|on condition)\b|\bmay be edited for (?:length|clarity|space)\b|\bour (?:website|site|app|journalism|editorial standards|corrections? (?:policy|page)|comment(?:ing|s)? (?:rules|policy|guidelines)|community (?:rules|guidelines|standards))\b|^(?:get|enjoy|unlock|try)\s[^.!?]{0,40}\b(?:digital|unlimited|full|premium)\s+access\b|(?:video|audio) can ?not be played|^cite this$|has not been edited by|auto-generated from a (?:syndicated )?feed|^(?:the )?views expressed\b|\bdo(?:es)? not necessarily (?:reflect|represent)\b|\b(?:available|published|posted|found)\s+(?:on|at)\s+(?:the|our)\s+(?:[\p{L}'’]+\s+){0,3}(?:website|web\s?site|site|web\s?page|portal)\.?$` +
	// "Membership keeps this column independent. Join from £4 a month.":
	// a price by the month to join; "Footnotes and sources available on
	// request."
	`|\b(?:join|subscribe|members?|membership|support)\b[^!?]{0,60}[£$€]\s?\d+(?:[.,]\d{1,2})?\s*(?:a|an|per|/)\s*(?:month|year|week|mo|yr)\b|^(?:footnotes|sources|references|notes|citations)(?:\s+(?:and|&)\s+(?:footnotes|sources|references|notes|citations))?\s+(?:are\s+)?available\b` +
	// "The designations employed and the presentation of material on this
	// page do not imply the expression of any opinion whatsoever ...": an
	// international body's disclaimer.
	`|\bdesignations\s+employed\b|\bdo(?:es)?\s+not\s+imply\s+the\s+expression\s+of\s+any\s+opinion\b` +
	// "This blog is a personal project. Nothing here is the official
	// position of any government or employer."
	`|^this\s+(?:blog|site|website|newsletter|column|substack)\s+is\s+(?:a|an|my)\s+(?:personal|private|independent|hobby|side)\b|\b(?:official|formal)\s+(?:position|view|views|policy)\s+of\s+(?:any|my|the)\s+(?:government|employer|organi[sz]ation|institution)\b|\bviews\s+(?:are\s+)?(?:my|our)\s+own\b` +
	// "Opinion pieces reflect the views of their authors."
	`|\breflects? (?:only )?(?:the )?(?:personal )?(?:views|opinions) of (?:the|their|its) (?:authors?|writers?|contributors?)\b` +
	// "* Figures are in current US dollars unless otherwise stated."
	`|^\*+\s*\p{Lu}[^*]{0,200}\bunless otherwise (?:stated|noted|indicated|specified)\b` +
	// "Karoo Courant is a member of the Press Council and subscribes to
	// its Code of Ethics."
	`|\bis a member of the (?:[\p{L}'’]+\s+){0,3}(?:press|media) (?:council|ombudsman|standards)\b|\bsubscribes to (?:its|the) (?:[\p{L}'’]+\s+){0,3}code\b` +
	// "Got a story? Send it to us on WhatsApp.", "Want to comment? Log in
	// or register.": a question to the reader and what to do
	`|^(?:got|have|want|know|seen|spotted|interested|enjoy(?:ed)?|like[ds]?|love[ds]?|found)\b[^.!?]{0,40}\?\s+(?:send|tell|e-?mail|contact|log|sign|call|share|write|join|subscribe|follow|click|clap|register|message|whatsapp|support|become|donate|back|let\s+us\s+know|report)\b[^.!?]{0,60}[.!]?$` +
	// "Local journalism matters. Support the Observer for as little as $5
	// a month."
	`|(?:^|[.!?]\s+)(?:support|back|fund) (?:the |us|our |independent )[^.!?]{0,50}\bfor (?:as little as|just|only) [$£€]` +
	// "The author is a former ambassador and a visiting fellow at the
	// Institute for Regional Studies. Views expressed are personal."
	`|(?:^|[.!?]\s+)(?:the )?views expressed (?:are|here|in)\b|^the (?:author|writer)s? (?:is|was|are) (?:an?|the)\b` +
	// "Find this article at: http://..."
	`|^find this (?:article|story|page) (?:at|online)\b` +
	// "URL of this page: http://www.kestreltimes.co.uk/news/story-48213.html"
	`|^(?:the )?(?:url|address|link) (?:of|for|to) this (?:page|article|story)\s*:` +
	// "ESTMARK PUBLIC RADIO is a member-supported public broadcaster."
	`|^(?-i:\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5})\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+,?\s+){0,3}(?:broadcaster|newspaper|think[\s-]tank|research\s+(?:organi[sz]ation|institute|centre|center|group)|non-?profit|news\s+(?:agency|organi[sz]ation|service|site|outlet|publication|magazine)|newsroom|media\s+(?:company|group|organi[sz]ation))\b[^.!?]{0,80}\.?$)`)

// rxAlsoOn matches a label naming the site and another story's headline
// after it: one in title case, a question, or a line without a stop.
var rxAlsoOn = lazyRE(`^Also (?:on|in|at) [^:]{2,40}:\s+(?:(?:\p{Lu}[\p{L}'’-]*|\d\S*|a|an|the|of|in|on|and|or|for|to|at|by|with|vs\.?)(?:\s+|[?!]?$))+$|^Also (?:on|in|at) [^:]{2,40}:\s+[^.!]{2,120}(?:\?|[^.!?"”’'])$`)

// rxFirstPublishedIn matches a line naming the paper a story ran in
// first: "First published in The Zambezi Standard.", "This article
// originally appeared in the Harbour Times".
var rxFirstPublishedIn = lazyRE(`^(?:(?:This|The) (?:article|story|piece|column|essay|report) )?(?:was )?(?i:first|originally) (?:published|appeared|printed|ran) (?:in|on|by) (?:the )?\p{Lu}[^.!?]{2,80}\.?$`)

// rxPublishedBy matches a page's line naming who published it: an
// organisation after "Published by", and nothing more than its address.
var rxPublishedBy = lazyRE(`^(?:Published|Issued|Produced|Distributed) by (?:the )?\p{Lu}[^.!?;]{3,160}\.?$`)

// rxCorrectionLabel matches the label of a note on the story: a word, with a
// date after it, and a colon ("Correction, July 28, 2004: ").
var rxCorrectionLabel = lazyRE(`^\p{Lu}\p{Ll}+(?:,[^:]{1,30})?:\s+`)

// rxEarlierVersion matches a correction's words on the story itself: "An
// earlier version of this article misstated ...".
var rxEarlierVersion = lazyRE(`(?i)\ban? (?:earlier|previous) version of this (?:article|story|report|post)\b|^(?:an? )?(?:shorter |longer |fuller |different |edited )?version of this (?:essay|article|story|piece|column|report|post|commentary|op-ed) (?:was|appeared|first|is|has been)\b`)

// rxAsk matches what a site asks of its reader at the end of a story:
// "Have a tip? Send it to us", "Contact us".
var rxAsk = lazyRE(`(?i)\b(?:tips?|send|contact|email|e-mail|write to|reach)\b`)

// rxEmailAddr matches an e-mail address: a line giving one at the end of
// the text is the site's contact line ("Have a news tip? Email
// newsroom@sentinel.example or call ...").
var rxEmailAddr = lazyRE(`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b`)

// rxSubscription matches a mailing's words on its subscription: "If you
// were forwarded this email, sign up here", "Unsubscribe" (not a
// newsletter writer's "reply to this email with your thoughts").
var rxSubscription = lazyRE(`(?i)\b(?:unsubscribe|subscribed|sign(?:ed)?\s+up|forwarded)\b`)

// rxMailing matches a mailing speaking of itself ("Forward this email to a
// friend", "this newsletter"), which an article does not.
var rxMailing = lazyRE(`(?i)\bthis (?:e-?mail|newsletter|message|mailing)\b`)

// promotes reports whether u, anywhere in the text, is a site's
// promotion: a short sentence, not a quotation, that speaks of "our"
// something to "you" and asks to sign up, subscribe or download ("Get our
// daily briefing, free in your inbox"), or speaks to "you" of two such
// things ("Get the Ledger's briefing in your inbox").
func promotes(u pageUnit) bool {
	// (A line without a full stop too, when it says both "your" and
	// "our": "Get breaking alerts on your phone — download our app".)
	return (u.prose || u.words <= 15 && (rxOur.MatchString(u.flat) || len(rxPromo.FindAllStringIndex(u.flat, 3)) >= 2)) && u.words <= 25 && !strings.ContainsAny(u.flat, "\"“”‘’") && rxYou.MatchString(u.flat) &&
		(rxOur.MatchString(u.flat) && rxPromo.MatchString(u.flat) || len(rxPromo.FindAllStringIndex(u.flat, 3)) >= 2)
}

// rxSelfRef matches a site's note on the page itself: "This article is
// more than 5 years old", "Audio is generated automatically ...", "This
// clipping is provided for internal use only", "Was this article
// helpful?".
var rxSelfRef = lazyRE(`(?i)^(?:this|the) (?:article|page|clipping|document|audio|transcript|alert|newsletter|translation|interview) (?:is|was|has|may|contains)\b|^this (?:press release|news release|release|statement|blog post|column|commentary|op-ed) (?:is|was|has|may|contains)\b|^this (?:story|report|post) (?:is|was|has|may|contains)\b|^audio (?:is|was)\b|\bthis (?:article|page|story)\b[^.!?]*\?(?:$|\s+(?:Become|Subscribe|Join|Sign up|Support|Donate|Share|Read|Get|Try)\b)`)

// rxCookies matches a site's cookie notice speaking to its reader.
var rxCookies = lazyRE(`(?i)\bcookies?\b`)

// cookieNotice reports whether u is a cookie notice: a sentence of at most
// 50 words on cookies in which the site speaks ("we", "our", "you").
func cookieNotice(u pageUnit) bool {
	if u.words <= 50 && consentWords(u.flat) && rxConsent.MatchString(u.flat) {
		return true // "We and our 214 partners store and access information on your device ..."
	}
	if u.words > 50 {
		return false
	}
	low := strings.ToLower(u.flat)
	return strings.Contains(low, "cookie") && rxCookies.MatchString(u.flat) && (rxOur.MatchString(u.flat) || rxYou.MatchString(u.flat) || strings.Contains(u.flat, "We ") || strings.HasPrefix(u.flat, "We") || strings.Contains(low, "please "))
}

// rxSubscribePrompt matches a paywall's prompt to subscribe: "Subscribe
// to unlock this story — first month free".
var rxSubscribePrompt = lazyRE(`(?i)^subscribe\b[^.?]{0,60}\b(?:unlock|access|keep reading|continue reading|read (?:this|the full|more)|free|trial|month|year|unlimited)\b[^.?]{0,40}[.!]?$`)

// rxWeatherLine matches a masthead's weather: "Toronto -3°C Light snow",
// "Weather: 14C Showers".
var rxWeatherLine = lazyRE(`^[\p{L} :,.'’-]{0,40}[-−+]?\d{1,3}\s?°\s?(?:[CF]\b)?[\p{L} ,.]{0,30}$`)

// consentWords reports whether s holds a word rxConsent needs, so that
// the pattern runs on few lines.
func consentWords(s string) bool {
	for _, w := range []string{"privacy", "artners", "endors", "device", "eject", "efuse"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// rxConsent matches a consent dialog's words: "We value your privacy",
// "We and our partners store and access information on your device".
var rxConsent = lazyRE(`(?i)^we value your privacy\.?$|\bwe and our (?:\d+\s+)?(?:partners|vendors)\b|\bstore and(?:/or)? access information on (?:a|your) device\b|^(?:reject|refuse|accept|allow) (?:all|non-essential)(?: cookies)?$|^accept cookies$`)

// rxTodayIs matches a masthead's greeting with the day it is shown on,
// not the article's: "Good morning. Today is Friday, September 7, 2001."
var rxTodayIs = lazyRE(`(?i)^(?:(?:good\s+(?:morning|afternoon|evening|day)|hello|welcome)[.!,]?\s+)?today\s+is\s+[^.!?]{6,40}[.!]?$`)

// rxGreeting matches a site's greeting over the page: "Good evening.
// Sign in to personalise your news.", "Welcome to the new-look Karoo
// Chronicle. Tell us what you think."
var rxGreeting = lazyRE(`(?i)^(?:(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|welcome(?:\s+back)?)\b[^.!?]{0,40}[.!,]\s+(?:sign|log|tell|register|subscribe|create|try|explore|take|find|personali[sz]e|let|see|here)\b[^.!?]{0,60}[.!?]?$|welcome\s+to\s+(?:the\s+|our\s+)?new(?:-look|\s+look)?\b[^.!?]{0,60}[.!]?(?:\s+[^.!?]{0,60}[.!?])?$)`)

// rxBestViewed matches an old site's note on the browser to use: "Best
// viewed in 800x600 with Internet Explorer 5.0".
var rxBestViewed = lazyRE(`(?i)^(?:this (?:site|page|story|article|feature) is\s+)?best viewed (?:in|with|at|using|on)\b(?:[^.!?]|\.\d){0,80}\.?(?:\s+some\s+(?:interactive\s+)?(?:features|graphics|elements|content)\b[^.!?]{0,60}\.?)?$`)

// rxSeriesLine matches a series' label over a long read's headline:
// "Series: The Negotiators · Part 2 of 4", "Part 3 of 5".
var rxSeriesLine = lazyRE(`(?i)^(?:(?:a\s+|from\s+the\s+|this\s+is\s+part\s+of\s+(?:the|our)\s+)?series\s*:\s*[^.!?]{2,80}|part\s+\d{1,2}\s+of\s+\d{1,2}(?:\s+in\s+(?:a|the|our)\s+series\b[^.!?:]{0,40})?|[^.!?]{2,60}\s[·|—–-]\s+part\s+\d{1,2}\s+of\s+\d{1,2})$`)

// rxOffice matches the titles of offices that open a speaker's name.
var rxOffice = lazyRE(`(?i)^(?:minister|president|secretary|ambassador|prime|foreign|general|senator|governor|mayor|king|queen|prince|chancellor|envoy|premier|sheikh|pope)$`)

// nameLine returns the name a line gives when it is only a name, or a name
// and a short title after a comma ("Jane Doe, News 9"); "" otherwise.
func nameLine(s string, words int) string {
	if (words <= 4 || words <= 9 && strings.Contains(s, " and ")) && rxName.MatchString(s) {
		if endsInHeadlineVerb(s) || questionOpen(s) {
			return "" // "TARIFF WAR ESCALATES", "Peace Talks Resume", "Why Jakarta Said No"
		}
		return s // "Jane Doe", "Jane Doe and John Roe"
	}
	// The name ends at the first separator: "Jane Doe | Senior Editor,
	// Policy".
	var name, rest string
	ok := false
	for _, sep := range []string{", ", " | ", " · ", " - ", " – ", " — "} {
		if i := strings.Index(s, sep); i > 0 && (!ok || i < len(name)) {
			name, rest, ok = s[:i], s[i+len(sep):], true
		}
	}
	if !ok || words > 12 || len(strings.Fields(rest)) > 5 {
		return ""
	}
	// (Two writers may run longer: "Jane Doe and Pieter de Vries, Harbour
	// Wire".)
	if (words > 9 || len(strings.Fields(name)) > 4 || !rxName.MatchString(name)) && !twoNames(name) {
		return ""
	}
	if r, _ := utf8.DecodeLastRuneInString(rest); strings.ContainsRune(".!?", r) {
		return ""
	}
	return name
}

// questionOpen reports whether s opens with a question word, as a
// headline may ("Why Jakarta Said No", "How Envoys Lost Kyiv") and no
// name does.
func questionOpen(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(w) {
	case "why", "how", "what", "when", "where", "which", "whose":
		return true
	}
	return false
}

// endsInHeadlineVerb reports whether the last word of s is a verb that
// ends headlines and no name ("Tariff War Escalates", "PEACE TALKS
// RESUME").
func endsInHeadlineVerb(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	return headlineVerbs[strings.ToLower(strings.TrimRight(s[i+1:], ".!?"))]
}

// headlineVerbs are verbs a headline ends with that no surname is.
var headlineVerbs = map[string]bool{
	"escalates": true, "escalate": true, "resumes": true, "resume": true, "collapses": true, "collapse": true,
	"resigns": true, "resign": true, "quits": true, "stalls": true, "stall": true, "fails": true, "fail": true,
	"falls": true, "rises": true, "slides": true, "slumps": true, "plunges": true, "soars": true, "surges": true,
	"deepens": true, "widens": true, "narrows": true, "eases": true, "looms": true, "continues": true,
	"begins": true, "ends": true, "expires": true, "holds": true, "wins": true, "loses": true, "warns": true,
	"agrees": true, "agree": true, "signs": true, "sign": true, "rejects": true, "reject": true, "vows": true,
	"returns": true, "reopens": true, "closes": true, "opens": true, "grows": true, "slows": true, "recovers": true,
}

// nameRoleLine reports whether s is a writer's name then a role of at
// most five words after a separator: "Jane Doe | Senior Editor, Policy",
// "Jane Doe — Chief Political Correspondent".
func nameRoleLine(s string) bool { return nameOfRoleLine(s) != "" }

// nameOfRoleLine returns the writer's name of a line nameRoleLine accepts,
// or "".
func nameOfRoleLine(s string) string {
	n := len(strings.Fields(s))
	if n < 3 || n > 11 {
		return ""
	}
	name := nameLine(s, n)
	if name == "" {
		// the name before a separator: "Marcus Delacroix-Baptiste •
		// Staff Writer"
		for _, sep := range []string{" • ", " · ", " | ", " — ", " – ", ", "} {
			if a, _, ok := strings.Cut(s, sep); ok && nameLine(a, len(strings.Fields(a))) == a {
				name = a
				break
			}
		}
	}
	if name == "" {
		name = runOnRoleName(s)
	}
	if name == "" || name == s || rxMediaWord.MatchString(name) {
		return ""
	}
	rest := strings.TrimLeft(s[len(name):], ",|·•-–— ")
	if len(strings.Fields(rest)) <= 5 && (rxRole.MatchString(rest) || rxAffiliation.MatchString(rest)) {
		return name
	}
	// A role and the institution after it: "Nikolai Berezin, Senior
	// Fellow, Halvorsen Institute for European Affairs".
	if role, inst, ok := strings.Cut(rest, ", "); ok && len(strings.Fields(role)) <= 4 && len(strings.Fields(inst)) <= 7 && rxRole.MatchString(role) && rxInstitution.MatchString(inst) {
		return name
	}
	return ""
}

// lowerFirst reports whether w opens with a lower-case letter.
func lowerFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// capitalFirst reports whether w opens with an upper-case letter.
func capitalFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// runOnRoleName returns the name of a writer's name run on with a role of
// one or two words, with nothing between ("Wiremu Tane Hohaia  Political
// reporter": a run of spaces, which a unit's text collapses), or "".
func runOnRoleName(s string) string {
	f := strings.Fields(s)
	n := len(f)
	// a role of two words first: its first word a role's ("Senior
	// Editor") or capitalised before one in lower case ("Political
	// reporter"), not a surname ("Mary Ann Smith Reporter")
	if n >= 4 && rxRole.MatchString(f[n-1]) {
		if rxRoleWord.MatchString(f[n-2]) || capitalFirst(f[n-2]) && lowerFirst(f[n-1]) {
			if head := strings.Join(f[:n-2], " "); nameLine(head, n-2) == head {
				return head
			}
		}
	}
	if n >= 3 && rxRole.MatchString(f[n-1]) {
		if head := strings.Join(f[:n-1], " "); nameLine(head, n-1) == head {
			return head
		}
	}
	// a role of a place and two words in lower case: "Hamish Ruddle
	// Canberra bureau chief"
	if n >= 5 && rxRole.MatchString(f[n-1]) && lowerFirst(f[n-1]) && rxRole.MatchString(f[n-2]) && lowerFirst(f[n-2]) && capitalFirst(f[n-3]) {
		if head := strings.Join(f[:n-3], " "); nameLine(head, n-3) == head {
			return head
		}
	}
	return ""
}

// rxAffiliation matches where a writer works, after the name: "Department
// of Political Science", "Institute for Peace Studies".
var rxAffiliation = lazyRE(`(?i)^(?:the\s+)?(?:department|university|institute|centre|center|school|faculty|college|foundation)\b`)

// rxInstitution matches an institution's word in its name: "Halvorsen
// Institute for European Affairs", "Centre for Trade Policy".
var rxInstitution = lazyRE(`(?i)\b(?:institute|institution|centre|center|university|foundation|council|forum|school|college|academy|programme|program|initiative)\b`)

// cutSiteName drops a site's name after a headline, as a page's <title>
// gives it: "Envoys meet in Geneva | World | The Ledger" (after " | ", or
// " :: ", " » ", " // ", " ~ "), or
// "Envoys meet in Geneva - Ledger News" (after " - " or " – ", when it reads
// as a publication's name). The headline keeps three words at least.
func cutSiteName(title string) string {
	// The site and its sections before the headline, between bars: "The
	// Daily Meridian | WORLD | Ceasefire holds in northern province" (the
	// headline is no site's name after them).
	if site, rest, ok := strings.Cut(title, " | "); ok && strings.Contains(rest, " | ") {
		if _, caps := capitalised(site); caps && len(strings.Fields(site)) <= 4 && rxMediaWord.MatchString(site) && !isKicker(site) {
			for {
				sec, after, ok := strings.Cut(rest, " | ")
				if _, caps := capitalised(sec); !ok || !caps || len(strings.Fields(sec)) > 3 {
					break
				}
				rest = after
			}
			if len(strings.Fields(rest)) >= 3 && !strings.Contains(rest, " | ") {
				return rest
			}
		}
	}
	// The site and its section before the headline: "OCS :: Press Release
	// :: Consulate to Close", "News » World » Talks Resume".
	for _, sep := range []string{" :: ", " » ", " // "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			head := title[i+len(sep):]
			if site, _, _ := strings.Cut(title, sep); len(strings.Fields(head)) >= 3 && len(strings.Fields(site)) <= 5 {
				title = head
			}
		}
	}
	for {
		cut := -1
		for _, sep := range []string{" | ", " :: ", " » ", " // ", " ~ "} {
			if i := strings.LastIndex(title, sep); i > 0 && i > cut && len(strings.Fields(title[i+len(sep):])) <= 5 {
				cut = i
			}
		}
		if cut < 0 {
			for _, sep := range []string{" - ", " – ", " — ", " -- "} {
				if i := strings.LastIndex(title, sep); i > 0 {
					site := title[i+len(sep):]
					if _, caps := capitalised(site); len(strings.Fields(site)) <= 4 && rxMediaWord.MatchString(site) && caps {
						cut = i
					}
					// The writer after the headline: "... - By Jane Doe".
					if len(strings.Fields(site)) <= 5 && opensBy(site) && isBylineUnit(site) {
						cut = i
					}
				}
			}
		}
		if cut < 0 || len(strings.Fields(title[:cut])) < 3 {
			break
		}
		title = strings.TrimSpace(title[:cut])
	}
	// The site's name in brackets after the headline, as an e-reader's
	// clipping gives it: "Envoys meet in Geneva (The Ledger)".
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") && len(strings.Fields(title[:i])) >= 3 {
		if site := title[i+2 : len(title)-1]; len(strings.Fields(site)) <= 4 && rxMediaWord.MatchString(site) {
			if _, caps := capitalised(site); caps {
				title = title[:i]
			}
		}
	}
	// The site's name before the headline: "The Harbour Times - Envoys
	// meet in Geneva".
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if site, rest, ok := strings.Cut(title, sep); ok && len(strings.Fields(rest)) >= 3 {
			if _, caps := capitalised(site); len(strings.Fields(site)) <= 4 && rxMediaWord.MatchString(site) && caps && !isKicker(site) {
				return rest // (not a kicker: "NEWS ANALYSIS | A quiet thaw ...")
			}
		}
	}
	return title
}

// titleDatePrefix returns where the separator after a date that opens a
// headline starts ("19/04/2010 - Census Delayed Amid Dispute", "24 July
// 2004 | Envoys Agree to Resume Talks"): the date may be one the reader
// cannot order, and three words at least follow; 0 for none.
// rxNumbering matches an issue's or a release's number after a date:
// "Bulletin No. 211", "Issue 14", "Press release no. 3/2004", "Session
// 2013-14", "Vol. 14,
// No. 17".
// A volume may be in Roman numerals: "Vol. XII No. 41".
var rxNumbering = lazyRE(`(?i)^(?:\p{L}+\s+){0,2}(?:no\.?|number|nr\.?|n°|#|issue|vol\.?|volume|edition|ref\.?|session|sitting)\s*(?:\d[\d/.,-]*|[ivxlc]+\b)(?:,?\s+(?:no\.?|number|nr\.?|n°|#|issue|edition)\s*\d[\d/.-]*)?$`)

func titleDatePrefix(s string, now time.Time) int {
	best := -1
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if i := strings.Index(s, sep); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best <= 0 || best > 40 || len(strings.Fields(s[best:])) < 4 {
		return 0
	}
	// What follows is a headline: not a time or a byline ("6 December
	// 2010 - 10:15 By Clara Dufresne").
	if rest := strings.TrimLeft(s[best:], " -–—|"); startsDigit(rest) || strings.HasPrefix(rest, "By ") || strings.HasPrefix(rest, "by ") || rxNumbering.MatchString(rest) || datesOnlyLine(rest) ||
		rxRelative.MatchString(rest) || rxDateLabel.MatchString(rest) || rxReadTimeField.MatchString(rest) || rxFieldOpen.MatchString(rest) && !isKicker(rest[:strings.Index(rest, ":")]) {
		// (Nor a date's label or its age: "Updated 3 hours ago"; nor a
		// field: "Feb 18, 2002, 04:12 PM | Source: Staff Report".)
		return 0
	}
	if _, err := ParseDate(s[:best], now); err != nil && errors.Is(err, ErrBadDate) {
		return 0
	}
	return best
}

// datedHeadline reports whether s is a headline of at least min words
// with a date after it: "Talks Resume - 2004-07-24" (not "Cancun | Mon Dec
// 6, 2010", a place before a date, nor a byline or a weekday before it).
func datedHeadline(s string, min int, now time.Time) bool {
	k, j := titleDateSuffix(s)
	if j < 0 || len(strings.Fields(s[:k])) < min {
		return false
	}
	// Not a byline, an issue's number, a reading time, a counter or a
	// date in another calendar before the date: "Posted by: admin |
	// December 6, 2010", "Vol. XII No. 41 | 19 October 2001", "8 min read
	// | 3rd March 2024", "Views: 2 341 | 26.10.2011", "Monday 7 Jumada I
	// 1430 - 19 April 2010".
	head := s[:k]
	bare := strings.TrimRight(head, " |-–—·,")
	if opensBy(head) || opensBy(strings.TrimLeft(head, "—–- ")) || rxPublishOpen.MatchString(head) || rxCounterField.MatchString(bare) || nameRoleLine(strings.TrimSpace(rxFieldSep.Split(bare, 2)[0])) || rxWeekday.MatchString(head) || mayHaveOtherCalendar(head) && rxOtherCalendarDate.MatchString(head) || rxKindLabel.MatchString(head) || rxNumbering.MatchString(bare) || rxReadTime.MatchString(bare) || acronymedOrg(bare) || creditHead(bare) || placeHead(bare) || rxDatelineHead.MatchString(bare) {
		return false
	}
	if foreignDateHead(bare) {
		return false // "Isnin, 21 Oktober 2019 | Monday, October 21, 2019": the same date twice
	}
	if dateInSentence(s, s[j:]) {
		return false // "... how the island was cut off on 9 May 1998"
	}
	if rxOfDate.MatchString(s[j:]) {
		return false // "Hansard extract – Sitting of Wednesday 7 February 2018": a record's date line
	}
	_, err := ParseDate(s[j:], now)
	return err == nil || !errors.Is(err, ErrBadDate)
}

// foreignDateHead reports whether s, before a date on its line, is that
// date in another language: a year, a day's number and no English
// function word in a few words ("Le 28 août 2006 à 13 h 30", "Dé Máirt,
// 10 Aibreán 2018"), or a date in Chinese or Japanese ("2020年7月1日").
func foreignDateHead(s string) bool {
	if strings.ContainsRune(s, '年') {
		return true
	}
	words := strings.Fields(s)
	if len(words) > 9 || !hasYear(s) || hasFunctionWord(s) {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 31 {
			return true
		}
		if strings.Count(w, "/") == 2 || strings.Count(w, ".") == 2 {
			return true // "27/07/2020"
		}
	}
	return false
}

// rxDatelineHead matches a dateline's place in capitals and its agency in
// brackets, as it stands before the date on a line: "OSLO (Nordic Wire)",
// "PORT MORESBY (PNA)".
var rxDatelineHead = lazyRE(`^\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2}\s\([^()]{2,30}\)$`)

// rxOfDate matches a word and "of" before a date: "Sitting of", "Meeting
// of".
var rxOfDate = lazyRE(`^\p{L}+\s+of\s+\S`)

// rxCounterField matches a page's counter of views, reads or comments:
// "Views: 2 341", "Comments (14)", "1,204 reads".
var rxCounterField = lazyRE(`(?i)^(?:(?:views?|reads?|hits|visits|comments?|shares?)\s*:?\s*\(?\d[\d\s,.]*\)?|\d[\d\s,.]*\s+(?:views?|reads?|hits|comments?|shares?))$`)

// mayHaveOtherCalendar reports, without a regular expression, whether s
// has a word rxOtherCalendarDate needs: a month of the Islamic, Persian,
// Hebrew, Nepali or Bengali calendar, or "AH" (most lines have none, and
// the expression is slow to fail).
func mayHaveOtherCalendar(s string) bool {
	var buf [14]byte
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",.;:|()")
		if len(w) < 2 || len(w) > 14 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			continue
		}
		if otherCalendarWords[string(lowerASCII(buf[:len(w)], w))] {
			return true
		}
		// "Rabi' al-Awwal", "Sha'ban", "Dhu al-Hijjah": the stem before a
		// mark or a hyphen
		if i := strings.IndexAny(w, "'’ʿ-"); i > 0 && otherCalendarWords[string(lowerASCII(buf[:i], w[:i]))] {
			return true
		}
	}
	return false
}

// otherCalendarWords are the words mayHaveOtherCalendar looks for.
var otherCalendarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`muharram safar rabi rabi-ul rabiul rabi-al jumada jumadi jumad jumade rajab shaban sha ramadan ramazan ramadhan shawwal dhu dhul zul
		ah a.h farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand
		tishrei tishri heshvan cheshvan marcheshvan kislev tevet shevat adar nisan iyar sivan tammuz elul
		baisakh baishakh jestha jeth asar ashad ashadh shrawan bhadra ashwin asoj kartik mangsir poush magh falgun phagun chaitra
		boishakh joishtho jyoishtho asharh shrabon srabon bhadro ashshin ogrohayon agrahayan choitro`) {
		m[w] = true
	}
	return m
}()

// rxOtherCalendarDate matches a date of the Islamic calendar, "1 Safar
// 1445 AH", "7 Jumada I 1430", or of the Persian one, "Mehr 8, 1381",
// "17 Azar 1402 SH".
var rxOtherCalendarDate = lazyRE(`(?i)\b(?:muharram|safar|rabi[ʿ'’]?\s*(?:al|ul|el)?[- ]?(?:awwal|thani|akhir|i{1,2})|jumad[ae]\s*(?:al|ul)?[- ]?(?:ula|awwal|akhirah?|thani|i{1,2})|rajab|sha[ʿ'’]?ban|rama[dḍ]h?an|shawwal|dhu[ l-]*(?:al)?[- ]?(?:qi[ʿ'’]?dah|hijjah))\b[^|]{0,12}\b1[34]\d\d\b|\b1[34]\d\d\s*A\.?H\.?\b|(?i:muharram|safar|rajab|shawwal|rama[dḍ]h?an)\s+\d{1,2},?\s+1[34]\d\d\b` +
	`|\b(?:farvardin|ordibehesht|khordad|tir|a?mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand)\s+\d{1,2},?\s+1[34]\d\d\b|\b\d{1,2}\s+(?:farvardin|ordibehesht|khordad|tir|a?mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand)\s+1[34]\d\d\b` +
	// the Hebrew calendar, "5 Tishrei 5784"; the Nepali, "Baisakh 1,
	// 2080"; the Bengali, "1 Boishakh 1426 BS"
	`|\b(?:\d{1,2}\s+)?(?:tishrei|tishri|(?:mar)?[ck]?heshvan|kislev|tevet|shevat|adar(?:\s+i{1,2})?|nisan|iyar|sivan|tammuz|elul)(?:\s+\d{1,2})?,?\s+5[78]\d\d\b` +
	`|\b(?:\d{1,2}\s+)?(?:baisakh|baishakh|jestha|jeth|asar|ashadh?|shrawan|bhadra|ashwin|asoj|kartik|mangsir|poush|magh|falgun|phagun|chaitra)(?:\s+\d{1,2})?,?\s+20[4-9]\d(?:\s*B\.?S\.?)?\b` +
	`|\b(?:\d{1,2}\s+)?(?:boishakh|joishtho|jyoishtho|asharh|shrabon|srabon|bhadro|ashshin|ogrohayon|agrahayan|poush|magh|falgun|choitro|chaitra)(?:\s+\d{1,2})?,?\s+14\d\d(?:\s*B\.?S\.?)?\b`)

// placeHead reports whether s, before a date on its line, is where the
// story was filed: a place and its country, capitalised, with a comma
// between ("Nuku'alofa, Tonga", "Port of Spain, Trinidad").
func placeHead(s string) bool {
	place, country, ok := strings.Cut(s, ", ")
	if !ok || strings.Contains(country, ",") || len(strings.Fields(s)) > 6 || len(strings.Fields(country)) > 3 {
		return false
	}
	for _, w := range strings.Fields(place + " " + country) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "of" && w != "de" && w != "al" {
			return false
		}
	}
	return true
}

// dashAfter reports whether a dash follows p in s: a dateline's place
// before its date ("Port Moresby, Papua New Guinea — 3 March 2001"),
// where a bar follows a writer and a place ("Jane Doe, Tamale | ...").
func dashAfter(s, p string) bool {
	i := strings.Index(s, p)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(s[i+len(p):], " ")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// creditHead reports whether s, before a date on its line, credits the
// story: a byline ("Jane Doe in Lima and John Roe in Quito", "Contributor:
// Mme. Jane Doe") or a dash and an agency ("— Pacific Wire").
func creditHead(s string) bool {
	if isBylineUnit(s) || dashCredit(s) {
		return true
	}
	n, strong := bylineShape(s)
	return n != "" && (strong || rxBylineLabel.MatchString(s))
}

// rxKindLabel matches the kind of item a site prints before an item's
// date, no headline: "Press release | 15 April 2003", "Statement - 3 May
// 2011", "Press Release No. 118/2016 — 19 October 2016", "Digital edition
// — 13 March 2023".
var rxKindLabel = lazyRE(`(?i)^(?:(?:press|media|news)\s+release|(?:joint\s+|press\s+)?statement|news|update|opinion|analysis|comment(?:ary)?|briefing|speech|transcript|communiqu[eé]|notice|announcement|readout|fact\s*sheet|op-ed|editorial|column|feature|report|interview|letter|blog(?:\s+post)?|podcast|video|press\s+briefing|media\s+advisory|(?:web|online)\s+(?:exclusive|only)|exclusive|for\s+(?:immediate|general)\s+release|(?:(?:digital|print|online|web|weekend|morning|evening|late|final|daily|weekly|international|global|e-?)\s+)?(?:edition|issue))(?:\s+(?:no\.?|number|nr\.?|ref\.?|#)\s*\d[\w/.-]*)?$`)

// masthead reports whether units[i] is the page's masthead: its first
// line, with two publication's words in it or more ("The Geneva Ledger
// Weekly Diplomatic Review"; a headline may have one: "Island States
// Press for Faster Cuts").
func masthead(units []pageUnit, i int) bool {
	return i == 0 && len(rxMediaWord.FindAllStringIndex(units[i].flat, 2)) >= 2
}

// opensBy reports whether s opens as a byline's label does (rxByPrefix:
// "By", "Posted by", "Words:", "par"), with a cheap test first: "by" in
// its first words, a colon, or one of the labels of another language.
func opensBy(s string) bool { return byPrefixIndex(s) != nil }

// byPrefixIndex is rxByPrefix.FindStringIndex behind opensBy's cheap
// test.
func byPrefixIndex(s string) []int {
	head := s
	if len(head) > 48 {
		head = head[:48]
	}
	may := strings.IndexByte(head, ':') >= 0
	for i := 0; !may && i+1 < len(head); i++ {
		may = head[i]|0x20 == 'b' && head[i+1]|0x20 == 'y'
	}
	if !may {
		w, _, _ := strings.Cut(head, " ")
		if l, _, ok := strings.Cut(w, "/"); ok && l != "" {
			w = l // labels in two languages or more: "Von/De/Di Jane Doe"
			switch strings.ToLower(w) {
			case "de", "di", "gan":
				may = true
			}
		}
		switch strings.ToLower(w) {
		case "par", "von", "por", "door", "oleh", "escrito", "escrita", "reportage", "servizio", "articolo", "un",
			"texte", "reportaje", "reportagem", "verfasst", "geschrieben", "artikel", "author", "from", "staff",
			"viewpoint", "opinion", "commentary", "analysis", "essay", "with", "of":
			may = true
		}
	}
	if !may {
		return nil
	}
	m := rxByPrefix.FindStringIndex(s)
	if m != nil && strings.Contains(s[:m[1]], ":") && len(s) > 5 && strings.EqualFold(s[:5], "from ") {
		return nil // a kicker: "From Our Correspondent: A Long Night at the Élysée"
	}
	if m != nil && m[1] <= 7 && strings.EqualFold(strings.TrimRight(strings.TrimSpace(s[:m[1]]), ": \t"), "from") && !rxFromNameIn.MatchString(s) {
		return nil // "From" alone labels a byline only before a name and a place
	}
	return m
}

// rxFromNameIn matches a byline that gives the writer after "From" and the
// place after "in": "From ALASTAIR MUNRO in Geneva", "From Ana Ruiz and
// Tom Reed in Brussels".
var rxFromNameIn = lazyRE(`^(?i:from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})?\s+in\s+\p{Lu}`)

// namedField reports whether the first field of s (before a bar) is a
// writer's name, alone or with the place written from: "Jane Doe in
// Buenos Aires | ...".
func namedField(s string) bool {
	f := rxFieldSep.Split(s, 2)
	if len(f) != 2 {
		return false
	}
	p := strings.TrimSpace(f[0])
	return nameLine(p, len(strings.Fields(p))) == p || nameAbroadField(s) || twoNames(p)
}

// nameAbroadField reports whether the first field of s (before a bar) is
// one writer's name with the place written from: "Jane Doe in Buenos
// Aires | ...".
func nameAbroadField(s string) bool {
	f := rxFieldSep.Split(s, 2)
	if len(f) != 2 {
		return false
	}
	p := strings.TrimSpace(f[0])
	n := leadingName(p)
	return n != "" && !strings.Contains(p, " and ") && rxNameAbroad.MatchString(p[len(n):])
}

// siteName reports whether u, a short line, reads as a publication's
// name: two of its words or more are a publication's ("Daily Courier
// Online"), or one is and the line opens with "The" or is in capitals
// ("THE ISLAND ECHO"). A headline in a block of its own over a headline
// in sentence case is its dek; such a name over it is the site's.
func siteName(u pageUnit) bool {
	if u.words > 7 {
		return false
	}
	if (strings.Contains(u.flat, "dition") || strings.Contains(u.flat, "nglish")) && rxEditionTail.MatchString(u.flat) {
		return true // "LA VOZ DEL PLATA — English Edition", "DIÁRIO DO SUL | English"
	}
	n := len(rxMediaWord.FindAllStringIndex(u.flat, 2))
	if u.words > 5 {
		// A longer name holds two of the words: "THE DAILY VOICE OF THE
		// ISLANDS".
		return n >= 2
	}
	f := strings.Fields(u.flat)
	return n >= 2 || n == 1 && (strings.HasPrefix(u.flat, "The ") || strings.HasPrefix(u.flat, "THE ") || strings.ToUpper(u.flat) == u.flat ||
		u.words <= 4 && paperWords[strings.ToLower(f[len(f)-1])])
}

// mediaNamed reports whether s names a medium: a capitalised word of
// rxMediaWord ends it or stands before "of" or a dash ("Lensworks by the
// Atlas Wire", "Pinecrest Journal of Opinion", "EVENING STAR —
// Wellington"; not "Island States Press for Faster Cuts").
func mediaNamed(s string) bool {
	f := strings.Fields(s)
	for k, w := range f {
		w = strings.Trim(w, `"“”'‘’.,:;!?()`)
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || (k != len(f)-1 && f[k+1] != "of" && f[k+1] != "—" && f[k+1] != "–" && f[k+1] != "|" && f[k+1] != "·") {
			continue
		}
		if m := rxMediaWord.FindStringIndex(w); m != nil && m[0] == 0 && m[1] == len(w) {
			return true
		}
	}
	return false
}

// rxEditionTail matches a site's edition after its name: "... — English
// Edition", "... | International edition".
var rxEditionTail = lazyRE(`(?i)\S\s+[—–|-]\s+(?:(?:english|international|global|online|web|digital|asia|europe|us|uk)\s+edition|english(?:\s+version)?|in\s+english)$`)

// sectionList reports whether s lists a page's sections between commas,
// each of one or two words, one of them a section's word: "Nation, Current
// Affairs", "World, Politics" (not "Iran, Iraq Agree").
func sectionList(s string) bool {
	items := strings.Split(s, ", ")
	if len(items) < 2 || len(items) > 4 {
		return false
	}
	section := false
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 2 {
			return false
		}
		section = section || rxSectionWord.MatchString(it)
	}
	return section && !strings.ContainsAny(s, ".!?")
}

// wordsCapitalised reports whether every word of ws opens with a capital.
func wordsCapitalised(ws []string) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// rxSectionWord matches the words of a site's sections and menus, which
// two writers' names do not hold ("Meetings Coverage and Press Releases").
var rxSectionWord = lazyRE(`(?i)\b(?:press|releases?|coverage|meetings?|statements?|services?|affairs|ministry|department|office|opinion|politics|business|sports?|home|contact|about|events?|world|local|national|international|economy|markets?|features?|analysis|comment|letters|videos?|photos?|podcasts?|culture|science|health|lifestyle|travel|education|security|policy|trade|energy)\b`)

// sectionRun reports whether s is a menu's row of sections with only
// spaces between them, each one capitalised word: "World Economy Culture
// Sport Opinions", "BiH Region World Economy Culture Sport" (one word may
// be another in a row of five or more).
func sectionRun(s string) bool {
	f := strings.Fields(s)
	other := 0
	for _, w := range f {
		w = strings.TrimRight(w, ",")
		if w == "&" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		if m := rxSectionWord.FindStringIndex(w); m != nil && m[0] == 0 && m[1] == len(w) || extraSectionWords[strings.ToLower(w)] {
			continue
		}
		other++
	}
	return other == 0 || other == 1 && len(f) >= 5
}

// extraSectionWords are more words of sections' names than rxSectionWord
// holds, which a headline seldom strings together.
var extraSectionWords = map[string]bool{
	"news": true, "opinions": true, "region": true, "regions": true, "entertainment": true, "tech": true, "technology": true,
	"money": true, "showbiz": true, "arts": true, "life": true, "style": true, "weather": true, "obituaries": true,
	"columns": true, "editorials": true, "blogs": true, "multimedia": true, "archive": true, "archives": true, "europe": true,
	"asia": true, "africa": true, "americas": true, "diplomacy": true, "environment": true, "climate": true, "video": true,
	"government": true, "public": true, "nonprofit": true, "finance": true, "financial": true, "elections": true,
}

// paperWords end a newspaper's or a magazine's name ("Global Affairs
// Weekly", "Harbour Herald").
var paperWords = map[string]bool{
	"weekly": true, "times": true, "post": true, "herald": true, "tribune": true, "gazette": true, "chronicle": true,
	"courier": true, "observer": true, "telegraph": true, "journal": true, "daily": true, "ledger": true, "sentinel": true,
	"echo": true, "monitor": true, "dispatch": true, "mirror": true, "gleaner": true, "examiner": true, "inquirer": true,
	"guardian": true, "advertiser": true, "beacon": true, "lantern": true, "express": true, "digest": true, "magazine": true,
	"newswire": true, "news": true, "bulletin": true, "star": true, "sun": true, "standard": true, "globe": true, "review": true,
	"record": true, "leader": true, "mercury": true, "argus": true, "citizen": true, "vanguard": true, "pioneer": true,
	"statesman": true, "nation": true, "independent": true, "enquirer": true,
}

// chromeInBlock reports whether a unit of units[i]'s block is chrome.
func chromeInBlock(units []pageUnit, i int) bool {
	b := units[i].block
	for j := i; j >= 0 && units[j].block == b; j-- {
		if units[j].chrome {
			return true
		}
	}
	for j := i + 1; j < len(units) && units[j].block == b; j++ {
		if units[j].chrome {
			return true
		}
	}
	return false
}

// inFieldBlock reports whether units[i] is one field of a block of
// labelled fields ("Who: ...", "What: ...", "When: ..."): it opens with a
// label, and so does another line of its block.
func inFieldBlock(units []pageUnit, i int) bool {
	if !rxFieldOpen.MatchString(units[i].flat) || kickedHeadline(units[i].flat) && units[i].words >= 5 {
		return false // (not a headline with its kicker: "Exclusive: Draft text shows ...")
	}
	for j := i - 1; j >= 0 && units[j].block == units[i].block; j-- {
		if rxFieldOpen.MatchString(units[j].flat) {
			return true
		}
	}
	// The first of two lines that open with a label is a headline with its
	// topic over a date's field: "Kabul talks: Taliban delegation demands
	// prisoner releases first" over "Issued on: 27/10/2021 - 19:48" (not
	// a box's fields: "Who: ..." over "What: ..." over "When: ...").
	fields := 0
	for j := i + 1; j < len(units) && units[j].block == units[i].block; j++ {
		if rxFieldOpen.MatchString(units[j].flat) {
			fields++
		}
	}
	return fields > 0 && !(fields == 1 && topicHeadline(units[i].flat))
}

// wrapsHeadline reports whether a and b, one line under the other in one
// block, are one headline wrapped: both in title case or b going on in
// lower case, neither a sentence, a name, a date, a byline or a
// publication's name (unless bylineBelow: a byline stands lower),
// together at most 25 words.
func wrapsHeadline(a, b pageUnit, bylineBelow bool) bool {
	if a.block != b.block || a.prose || b.prose || a.chrome || b.chrome || a.meta || b.meta || a.words+b.words > 25 {
		return false
	}
	// (Nor a byline in lower case: "by rachel m. donnelly".)
	if strings.ContainsAny(a.flat+b.flat, "0123456789|:") || isBylineUnit(b.flat) || shortByline(b.flat) != "" || lowerByline(b.flat) || creditLine(b.flat) || bylineOnly(b.flat) && nameLine(b.flat, b.words) == "" || dashCredit(b.flat) || nameRoleLine(b.flat) || strongByline(b.flat) || writersLine(b.flat) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(a.flat); strings.ContainsRune(".!?", r) {
		return false
	}
	f := strings.Fields(a.flat)
	last, _ := utf8.DecodeRuneInString(f[len(f)-1])
	first, _ := utf8.DecodeRuneInString(b.flat)
	_, capsA := capitalised(a.flat)
	_, capsB := capitalised(b.flat)
	// A line ending on a word in lower case ("... Long Queues but") goes
	// on: the next is no name or masthead, however it looks.
	if unicode.IsLower(last) && capsA && capsB || unicode.IsLower(first) {
		return true
	}
	return capsA && capsB && a.words >= 4 && b.words >= 2 && (bylineBelow || nameLine(b.flat, b.words) == "" || hasFunctionWord(b.flat)) && !rxMediaWord.MatchString(b.flat)
}

// lowerByline reports whether s is a byline written all in lower case:
// "by rachel m. donnelly".
func lowerByline(s string) bool {
	if !strings.HasPrefix(s, "by ") || s != strings.ToLower(s) {
		return false
	}
	n := len(strings.Fields(s))
	return n >= 3 && n <= 6 && rxLowerName.MatchString(s)
}

// rxLowerName matches "by" and two to four words of a name in lower case,
// initials among them.
var rxLowerName = lazyRE(`^by (?:[\p{Ll}'’-]+\.?\s){1,3}[\p{Ll}'’-]+$`)

// strongByline reports whether s is a byline by a mark no headline has
// (bylineShape): "Jane Doe (Xinhua)", "Jane Doe @janedoe".
func strongByline(s string) bool {
	n, strong := bylineShape(s)
	return n != "" && strong
}

// rxMiddleInitial matches a capital and its period between two words of a
// name: " J. " of "Patrick J. Delaney".
var rxMiddleInitial = lazyRE(`\s\p{Lu}\.\s`)

// dashCredit reports whether s is a dash and a name of one to four
// capitalised words without a function word: a credit to a writer or an
// agency ("— Pacific Wire", "-- Jane Doe"), not a headline's second line.
func dashCredit(s string) bool {
	rest := strings.TrimLeft(s, "—–- ")
	if len(rest) == len(s) || len(rest) == 0 || len(s)-len(rest) > 4 {
		return false
	}
	if name, place, ok := strings.Cut(rest, ", "); ok && len(strings.Fields(place)) <= 2 {
		if _, caps := capitalised(place); caps && !hasFunctionWord(place) {
			rest = name // "— Jane Doe, Bishkek"
		}
	}
	n := len(strings.Fields(rest))
	_, caps := capitalised(rest)
	// a middle initial's period is a name's: "— Patrick J. Delaney"
	return n >= 1 && n <= 4 && caps && !hasFunctionWord(rest) && !strings.ContainsAny(rxMiddleInitial.ReplaceAllString(rest, " "), ".!?,;:")
}

// hasFunctionWord reports whether s has a word that names do not have:
// an English stop word or preposition ("Restored After Storm" is no
// person's name).
func hasFunctionWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if w = strings.ToLower(strings.TrimRight(w, ",;:")); englishStop[w] || prepositions[w] {
			return true
		}
	}
	return false
}

// prepositions are English prepositions a headline capitalises.
var prepositions = map[string]bool{
	"after": true, "over": true, "amid": true, "before": true, "under": true, "into": true, "against": true,
	"between": true, "without": true, "during": true, "despite": true, "about": true, "across": true,
}

// inShortList reports whether units[i] is one line of a list: a block of
// three lines or more, none a sentence or over four words (a menu, a
// contents box: "In this article" / "Background" / "The talks" / "What
// comes next"). A headline stands alone or over longer lines.
func inShortList(units []pageUnit, i int) bool {
	_, hi, ok := shortLinesBlock(units, i, 4)
	if !ok {
		return false
	}
	// A headline over its byline or date ("Ministers sign grain deal" /
	// "By Anna Keller" / "2004-03-02") is no list of links.
	for _, u := range units[i+1 : hi+1] {
		if isBylineUnit(u.flat) || nameLine(u.flat, u.words) != "" || hasDate(u.flat) {
			return false
		}
	}
	return true
}

// shortLinesBlock returns the bounds of units[i]'s block and whether it is
// three lines or more, none a sentence or over maxWords words.
func shortLinesBlock(units []pageUnit, i, maxWords int) (lo, hi int, ok bool) {
	lo, hi = blockBounds(units, i)
	if hi-lo < 2 {
		return lo, hi, false
	}
	for _, u := range units[lo : hi+1] {
		if u.prose || u.words > maxWords {
			return lo, hi, false
		}
	}
	return lo, hi, true
}

// hasDate reports whether s holds a date findDateIn reads.
func hasDate(s string) bool {
	d, _ := findDateIn(s, time.Time{}, orderUnknown)
	return d != ""
}

// dateLine reports whether s is a date alone, as ParseDate reads one.
func dateLine(s string) bool {
	_, err := ParseDate(s, time.Time{})
	return err == nil
}

// rxByName matches a line that ends with "by" and a name: "Translated
// from the French by Pavel Sokol".
var rxByName = lazyRE(`\sby\s+` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3}$`)

// endsByName reports whether units[i] is a credit line under a headline:
// a line in sentence case that ends with "by" and a name ("Translated from
// the French by Pavel Sokol", "Photographs by Ana Ruiz"), or a short
// byline by its shape ("Summary by Omar Haddad"), with a headline in title
// case at most three lines above it. A headline in sentence case
// ends so too ("Venus stunned by Farina Elia"), but has none above it.
func endsByName(units []pageUnit, i int) bool {
	u := units[i]
	// "Summary by Omar Haddad", "Reporting from Geneva by Jane Doe": a
	// short byline by its shape, in title case or not.
	short := u.words <= 6 && shortByline(u.flat) != ""
	if u.prose || u.words > 12 || !short && (titleCase(u.flat) || !rxByName.MatchString(u.flat)) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v := units[j]; !v.chrome && !v.meta && !v.prose && v.words >= 4 && titleCase(v.flat) {
			return true
		}
	}
	return false
}

// rxLabelBy matches a byline's opening of one to three words before
// "by", after any dash: "Opinion by ", "— Reported by ", "Reporting from
// Geneva by ".
var rxLabelBy = lazyRE(`^[—–\-\s]*\p{L}+(?:\s+\p{L}+){0,2}\s+[Bb]y\s+`)

var (
	// rxBylineLabel matches a label of one or two words before a name:
	// "Autor: ", "Auteur : ", "Author - ".
	rxBylineLabel = lazyRE(`^\p{L}+(?:/\p{L}+)?(?:\s\p{L}+)?\s*(?::|\s[-–—·•])\s+`)
	// rxWriterLabel matches a label that says a writer follows: "Opinion
	// contributor: ", "Author: ", "Commentary · ", "Words: ".
	rxWriterLabel = lazyRE(`(?i)^(?:(?:opinion|guest|contributing|staff|senior|special)\s+)?(?:authors?|contributors?|columnists?|writers?|words|text|reporters?|correspondents?|commentary|column|autor(?:/in|in)?|autore|auteur|penulis|yazar|texto|texte)\s*(?::|\s[-–—·•])\s+`)
	// rxBylinePlace matches where the writer files from, after the name:
	// " in Geneva", " reports from Geneva", " (Geneva)".
	rxBylinePlace = lazyRE(`\s+(?:(?:reports|reporting|writes|writing)\s+)?(?:in|from)\s+\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*)?$|\s+/\s+\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*)?$|\s*\([^()]{2,40}\)$`)
	rxDegreeTail  = lazyRE(`,\s*(?:Ph\.?\s?D\.?|D\.?Phil\.?|M\.?D\.?|M\.?A\.?|M\.?Sc\.?|MBA|LL\.?M\.?|Esq\.?)$`)
	rxEmailTail   = lazyRE(`(?i)[\s,;|]+(?:e-?mail\s*:?\s*)?[(\[<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)\]>]?$`)
	// rxFollowTail matches a follow button's text after a writer's name:
	// "+ Follow", "FOLLOW", "Volgen", "Takip Et".
	rxFollowTail = lazyRE(`(?i)\s+(?:(?:[·|•]\s+)?\+\s*)?(?:follow|volgen|folgen|suivre|seguir|segui|takip\s+et|ikuti|obserwuj)$`)
	rxCommaTail  = lazyRE(`^\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){0,2}$`)
	rxHandle     = lazyRE(`\s+\(?@[\w.]{2,30}\)?$`)
	rxSlashSite  = lazyRE(`\s*/\s*[^/]{2,40}$`)
)

// bylineShape returns the name a short line gives with what bylines put
// around a name (a label: "Autor: Jane Doe"; "From" before it; a place,
// a handle or the publication after it: "Jane Doe in Geneva", "Jane Doe
// (Geneva)", "Jane Doe @janedoe", "Jane Doe/The Ledger"), and whether
// the line has a mark no headline has ("From", a handle, a slash): ""
// when what is left is not a name.
func bylineShape(s string) (name string, strong bool) {
	if len(s) > 100 || rxPictureCredit.MatchString(s) {
		return "", false
	}
	t := strings.TrimSpace(s)
	if m := rxBylineLabel.FindStringIndex(t); m != nil {
		// not strong: "Profile: David Miliband" is a headline; but
		// "Contributor: Jane Doe" and "Commentary · Jane Doe" are bylines
		strong = rxWriterLabel.MatchString(t)
		t = t[m[1]:]
	}
	if m := rxHonorific.FindStringIndex(t); m != nil {
		// "Contributor: Mme. Jane Doe"; a rank retired is a mark no
		// headline has: "Ambassador (ret.) Peter Halvorsen".
		strong = strong || strings.Contains(t[:m[1]], "(")
		t = t[m[1]:]
	}
	if rest, ok := strings.CutPrefix(t, "From "); ok {
		t, strong = rest, true
	}
	// A dash before the name: "— Jane Doe, Geneva".
	t = strings.TrimLeft(t, "—–- ")
	// A follow button after it: "Jane Doe + Follow".
	if m := rxFollowTail.FindStringIndex(t); m != nil {
		t, strong = t[:m[0]], true
	}
	// An e-mail address after it: "Jane Doe, e-mail: j.doe@example.org".
	if m := rxEmailTail.FindStringIndex(t); m != nil {
		t, strong = strings.TrimRight(t[:m[0]], ",;| "), true
	}
	if m := rxHandle.FindStringIndex(t); m != nil {
		t, strong = t[:m[0]], true
	}
	// A degree after the name: "Jane Doe, Ph.D.".
	if m := rxDegreeTail.FindStringIndex(t); m != nil {
		t, strong = t[:m[0]], true
	}
	if m := rxSlashSite.FindStringIndex(t); m != nil {
		t, strong = t[:m[0]], true
	}
	if m := rxBylinePlace.FindStringIndex(t); m != nil {
		// An agency in brackets after the name is a mark no headline has:
		// "Jane Doe (Xinhua)", "Jane Doe (CP)".
		// So is a city in brackets after a name of two or three words:
		// "Gabriela Méndez (Mexico City)".
		if p := strings.Trim(strings.TrimSpace(t[m[0]:]), "()"); strings.HasPrefix(strings.TrimSpace(t[m[0]:]), "(") && (rxAgency.MatchString(p) || rxMediaWord.MatchString(p) || rxAcronym.MatchString(p) ||
			rxPlaceWords.MatchString(p) && len(strings.Fields(t[:m[0]])) <= 3) {
			strong = true
		}
		t = t[:m[0]]
	}
	t = strings.TrimSpace(t)
	// Where the writer is, or the agency, after a comma: "Jane Doe,
	// Geneva", "Jane Doe, Harbour Bureau", "Jane Doe, Xinhua".
	if i := strings.LastIndex(t, ", "); i > 0 && rxCommaTail.MatchString(t[i+2:]) {
		t = t[:i]
	}
	n := len(strings.Fields(t))
	a, b, ok := strings.Cut(t, " and ")
	if !ok {
		a, b, ok = strings.Cut(t, " & ")
	}
	if ok && t != s && n <= 9 && !rxMediaWord.MatchString(t) {
		// Two writers and where they are: "Jane Doe and John Roe /
		// Belgrade", "Jane Doe and John Roe in Geneva".
		na, nb := len(strings.Fields(a)), len(strings.Fields(b))
		if na >= 2 && na <= 4 && nb >= 2 && nb <= 4 && rxName.MatchString(a) && rxName.MatchString(b) {
			return t, strong
		}
	}
	if t == s || n < 2 || n > 4 || !rxName.MatchString(t) || rxMediaWord.MatchString(t) {
		return "", false
	}
	if !slices.ContainsFunc(strings.Fields(t), func(w string) bool { return utf8.RuneCountInString(strings.Trim(w, ".")) > 1 }) {
		return "", false // initials alone: "Font size: A A A"
	}
	if f, _, _ := strings.Cut(t, " "); rxOffice.MatchString(f) {
		return "", false
	}
	return t, strong
}

// rxPlaceWords matches a place's name of one to three capitalised words:
// "Mexico City", "Nairobi".
var rxPlaceWords = lazyRE(`^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}$`)

// rxPrepName matches a name after one short word in lower case, as a
// site in another language writes its byline: "di Nadia Ferreira", "von
// Hans Berger", "av Lars Holm".
var rxPrepName = lazyRE(`^(\p{Ll}{1,4})\s+(` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3})$`)

// notPrep are English words in lower case that open a line before a
// capitalised phrase without making it a byline ("the White House").
var notPrep = map[string]bool{
	"the": true, "and": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"a": true, "an": true, "with": true, "from": true, "or": true, "as": true, "into": true, "via": true,
}

// shortByline returns the name of a short byline line by its shape alone:
// a label of one or two words before "by" ("Opinion by Clara Dufresne",
// "— Reported by Jonas Weber"), or one short word in lower case before a
// name ("di Nadia Ferreira"); "" otherwise.
func shortByline(s string) string {
	if len(s) > 80 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		if m := rxPrepName.FindStringSubmatch(s); m != nil && !notPrep[m[1]] && !rxMediaWord.MatchString(m[2]) {
			return m[2]
		}
	}
	if !strings.Contains(s, "by ") && !strings.Contains(s, "By ") {
		return ""
	}
	if m := rxLabelBy.FindStringIndex(s); m != nil && len(strings.Fields(s)) <= 8 && !rxSiteCredit.MatchString(s[:m[1]]) {
		// The name ends the line, or a role follows it after a comma (not
		// "Reporting by Jane Doe; Editing by ...", a credit line).
		rest := s[m[1]:]
		if n := leadingName(rest); strings.Contains(n, " ") && !rxMediaWord.MatchString(n) && strings.HasPrefix(rest, n) {
			if after := strings.TrimSpace(rest[len(n):]); after == "" || after[0] == ',' {
				return n
			}
		}
	}
	return ""
}

// rxSiteCredit matches the opening of a credit for the site rather than
// the story: "Site designed by ", "Powered by ", "Hosted by ".
var rxSiteCredit = lazyRE(`(?i)\b(?:designed|powered|hosted|developed|built|maintained|sponsored|presented|supported|funded|photographed|illustrated|photos?|photographs?|pictures?|images?|video|footage|illustrations?|graphics?|cartoon)\s+by\s+$`)

// rxPictureCredit matches a picture's credit, never a byline: "Pool photo by
// Jane Doe", "Photograph: Jane Doe / AFP / Getty Images", "Pool photo via
// AP", "(AFP via Getty Images)", "Image: Reuters".
var rxPictureCredit = lazyRE(`(?i)^\(?(?:(?:pool|file|staff|handout|agency|wire|supplied|cover|main|top|lead)\s+)?(?:photos?|photographs?|pictures?|pics?|images?|video|footage|illustrations?|graphics?|cartoon)\s+(?:by|via|from|courtesy(?:\s+of)?)\s+\S+(?:\s+\S+){0,6}$|^\(?(?:(?:pool|file|staff|handout|supplied|cover|main|top|lead)\s+)?(?:photos?|photographs?|pictures?|images?|illustrations?|graphics?)\s*:\s*(?-i:[\p{Lu}(][\p{L}.&'’()\-]*(?:\s*(?:/|,|&|and|via|for)?\s*[\p{Lu}(][\p{L}.&'’()\-]*){0,6})$|^\(?[\p{L}&. ]{2,40}\s+via\s+(?:getty\s+images|ap|reuters|afp|epa|shutterstock|alamy)\)?$`)

// isBylineUnit reports whether s is a byline line ("By Jane Doe, ...").
func isBylineUnit(s string) bool {
	if foreignByline(s) != "" {
		return true // "Ein Gastbeitrag von Friedrich Albers"
	}
	if len(s) < 80 && rxDeskByline.MatchString(s) {
		return true // "From our correspondent in Nairobi"
	}
	if len(s) < 100 && rxDeskCredit.MatchString(s) {
		return true // "Compiled by the Foreign Desk with agency inputs"
	}
	if _, ok := shapedByline(s); ok {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		if m := rxPrepName.FindStringSubmatch(s); m != nil && !notPrep[m[1]] && !rxMediaWord.MatchString(m[2]) {
			return true // "di Nadia Ferreira"
		}
	}
	m := byPrefixIndex(s)
	if m == nil && len(s) > 7 && strings.EqualFold(s[:7], "posted ") && len(strings.Fields(s)) <= 10 {
		// "Posted in Dispatches by Jane Doe"
		if i := strings.Index(s, " by "); i > 0 {
			m = []int{0, i + 4}
		}
	}
	if len(s) <= 60 && rxPostedBy.MatchString(s) {
		return true // "Posted by webdesk": a site's account
	}
	if m == nil || len(strings.Fields(s)) > 16 {
		return false
	}
	// A name must follow: "By Tuesday, the talks had ended." is not one.
	rest := s[m[1]:]
	if rxInvertedNames.MatchString(rest) {
		return true // a record's "Author(s): Halvard, Sigrun; Roe, John"
	}
	if h := rxHonorific.FindStringIndex(rest); h != nil {
		rest = rest[h[1]:] // "By Maj. (Retd) Jane Doe"
	}
	if r := rxRoleFirst.FindStringIndex(rest); r != nil && r[1] < len(rest) && unicode.IsUpper([]rune(rest[r[1]:])[0]) {
		rest = rest[r[1]:] // "By Agency writers Jane Doe, John Roe"
	}
	name := leadingName(rest)
	// A headline after a kicker's label, not a name: "Report: Beijing
	// Offered Debt Swap to Zambia Before Creditors' Meeting".
	// (Not "Jane Doe Special to the Record-Journal".)
	if name != "" && strings.HasPrefix(rest, name) && rxHeadlineRunOn.MatchString(rest[len(name):]) && !strings.HasSuffix(name, " Special") && !strings.HasSuffix(name, " SPECIAL") {
		return false
	}
	return strings.Contains(name, " ") || name != "" && len(strings.Fields(s)) <= 3 || lowerName(beforeField(rest))
}

// rxHeadlineRunOn matches what goes on after capitalised words in a
// headline and never after a writer's name: " to Zambia Before ...", "
// over Port Deal".
var rxHeadlineRunOn = lazyRE(`^\s+(?:to|before|after|over|amid|against|into|than|despite|without)\s+\S`)

// beforeField returns s up to its first field separator ("jane doe |
// 3 March 2001" -> "jane doe").
func beforeField(s string) string { return strings.TrimSpace(rxFieldSep.Split(s, 2)[0]) }

// lowerName reports whether s is a name written all in lower case, as a
// blog's byline may print it ("marcus delacroix-hale"): two or three
// words of letters, none a common English word.
func lowerName(s string) bool {
	fs := strings.Fields(s)
	if len(fs) < 2 || len(fs) > 5 {
		return false
	}
	words := 0
	for i, w := range fs {
		if i > 0 && i < len(fs)-1 && nameParticles[w] {
			continue // "pieter van der walt"
		}
		if englishStop[w] || !rxLowerWord.MatchString(w) {
			return false
		}
		words++
	}
	return words >= 2 && words <= 3
}

// rxLowerWord matches a word of a name in lower case: "delacroix-hale",
// "d'almeida".
var rxLowerWord = lazyRE(`^\p{Ll}[\p{Ll}'’]*(?:-\p{Ll}[\p{Ll}'’]*)*$`)

// rxDeskCredit matches a byline that credits a desk, a team or agencies
// with the story, no person: "Compiled by the Foreign Desk with agency
// inputs", "Written by our staff".
var rxDeskCredit = lazyRE(`^(?i:(?:compiled|written|reported|prepared|edited|produced)\s+by\s+(?:the\s+|our\s+)?)[\p{L}' ]{0,40}\b(?i:desk|staff|team|bureau|newsroom|correspondents|reporters|agencies|wires)\b[^.!?]{0,40}$`)

// Bylines of a sentence's shape: "Cormac Ua Briain reports", "Rashid
// al-Nouri, Special to the Gazette", "Agence Littorale desk", "Dr. Jane
// Doe is a senior fellow at the Westmarch Institute".
var (
	rxNameReports = lazyRE(`^(` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3})\s+(?:reports|writes|reporting|writing)(?:\s+(?:from|in)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2})?$`)
	rxSpecialTo   = lazyRE(`^(` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3}),\s+(?i:special\s+to|writing\s+for|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}$`)
	rxDeskName    = lazyRE(`^(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:desk|bureau|newsroom)$`)
	rxBioLine     = lazyRE(`^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3})\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?i:fellow|professor|director|editor|correspondent|writer|columnist|analyst|researcher|lecturer|journalist|reporter|chair|scholar|member|ambassador|diplomat|adviser|advisor)\b[^.!?]{0,80}\.?$`)
)

// rxParticledName is a name of two to four words with particles between
// them: "Pieter van der Merwe".
var rxParticledName = rxNamePart + `(?:\s+(?:(?:van|von|der|den|de|da|di|del|la|le|du|dos|das|al|bin|ibn|ter|ten)\s+){0,2}` + rxNamePart + `){1,3}`

// rxOurCorrespondent matches a correspondent's byline with the name:
// "From our correspondent Pieter van der Merwe in Lusaka", "From our
// correspondent, Rashid Noorzai, in Kabul".
var rxOurCorrespondent = lazyRE(`^(?i:from|by)\s+(?i:our)\s+(?:\p{Ll}+\s+|\p{Lu}[\p{L}'’.\-]*\s+(?:\p{Lu}[\p{L}'’.\-]*\s+)?)?(?i:correspondent|reporter|staff\s+writer|special\s+correspondent)(?:\s+in\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2},)?,?\s+(` + rxParticledName + `)(?:(?:,?\s+in|,)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2})?$`)

// rxRoleThenName matches a staff role and the writer's name after it, on a
// line of their own: "Staff writer Aroha Ngata", "Correspondent Lena
// Okafor".
var rxRoleThenName = lazyRE(`^(?i:staff\s+writer|staff\s+reporter|staff\s+correspondent|(?:senior\s+|special\s+|chief\s+)?correspondent|reporter)\s+(` + rxParticledName + `)$`)

// fullYear returns the year of two digits yy in full: 1930-2029.
func fullYear(yy string) string {
	if yy < "30" {
		return "20" + yy
	}
	return "19" + yy
}

// rxDayMonYY matches a day, a month's abbreviation and a year in two
// digits joined by hyphens: "25-Aug-07".
var rxDayMonYY = lazyRE(`(?i)\b(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(\d\d)\b`)

// rxDotLabel matches a full stop after a year and a date's label after it:
// ". Updated:" of "23/04/2008. Updated: 25/04/2008".
var rxDotLabel = lazyRE(`(?i)\d\d\. (?:last\s+)?(?:updated|modified|published|first\s+published|posted|edited)\b`)

// rxNumYY matches a day, a month and a year of two digits in figures
// between slashes: "11/23/99".
var rxNumYY = lazyRE(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})/(\d\d)(?:$|[^\d/])`)

// rxShortYear matches a year in two digits after a month's name and a
// day: "Nov 28 '97" (the apostrophe at group 1's start - 1).
var rxShortYear = lazyRE(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+['’](\d\d)\b`)

// rxHandleName matches a post's account with the writer's name after it:
// "Posted by ngozi_e (Ngozi Eze)".
var rxHandleName = lazyRE(`^(?i:(?:posted|submitted|written|added)\s+)?(?i:by)\s+@?[\p{Ll}\d_.-]{2,30}\s+\((` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3})\)$`)

// rxTwoAbroad matches two writers, each where they filed from: "Nimal
// Jayasekara in Colombo and Anjali Perera in New Delhi".
var rxTwoAbroad = lazyRE(`^(` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3})\s+in\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}\s+and\s+(` + rxNamePart + `(?:\s+` + rxNamePart + `){1,3})\s+in\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}$`)

// rxAcronymedOrg matches an organisation's name with its acronym after it:
// "Agencia Informativa del Sur (AIS)".
var rxAcronymedOrg = lazyRE(`^((?:\p{Lu}[\p{L}'’.\-]*|de|del|la|las|los|of|for|and|the|du|des|di|da)(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|del|la|las|los|of|for|and|the|du|des|di|da)){1,7})\s+\((\p{Lu}{2,7})\)$`)

// acronymedOrg reports whether s is an organisation's name followed by
// its acronym, the initials of its capitalised words.
func acronymedOrg(s string) bool {
	m := rxAcronymedOrg.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	var initials []rune
	for _, w := range strings.Fields(m[1]) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	return string(initials) == m[2] || strings.HasPrefix(string(initials), m[2]) && len(m[2]) >= 3
}

// shapedByline returns the writer a byline of a sentence's shape names
// ("" for a desk) and whether s is one.
func shapedByline(s string) (string, bool) {
	if len(s) > 140 || len(s) < 8 {
		return "", false
	}
	// (Each shape has a word the cheap test finds first: the patterns
	// are tried on few lines.)
	for _, c := range []struct {
		rx   *lazyRegexp
		word string
	}{{rxNameReports, " report"}, {rxNameReports, " writ"}, {rxSpecialTo, ", "}, {rxBioLine, " is "}} {
		if !strings.Contains(s, c.word) {
			continue
		}
		if m := c.rx.FindStringSubmatch(s); m != nil && !rxMediaWord.MatchString(m[1]) {
			return m[1], true
		}
	}
	if l := s[len(s)-4:]; l == "desk" || l == "reau" || l == "room" {
		return "", rxDeskName.MatchString(s)
	}
	if strings.Contains(s, "our ") || strings.Contains(s, "Our ") {
		if m := rxOurCorrespondent.FindStringSubmatch(s); m != nil {
			return m[1], true
		}
	}
	if c := s[0] | 0x20; c == 's' || c == 'c' || c == 'r' {
		// "Staff writer Aroha Ngata", alone or before its fields ("... |
		// Nairobi | 16.02.2017")
		if m := rxRoleThenName.FindStringSubmatch(strings.TrimSpace(rxFieldSep.Split(s, 2)[0])); m != nil {
			return m[1], true
		}
	}
	if strings.HasSuffix(s, ")") {
		if m := rxHandleName.FindStringSubmatch(s); m != nil {
			return m[1], true // "Posted by ngozi_e (Ngozi Eze)"
		}
		return "", acronymedOrg(s)
	}
	if strings.Contains(s, " in ") && strings.Contains(s, " and ") {
		if m := rxTwoAbroad.FindStringSubmatch(s); m != nil && !rxMediaWord.MatchString(m[1]+" "+m[2]) {
			return m[1] + " and " + m[2], true
		}
	}
	return "", false
}

// rxPostedBy matches a post's account line: "Posted by webdesk",
// "Submitted by admin_2", "Posted by tbilisi_tom at 11:42 PM".
var rxPostedBy = lazyRE(`(?i)^(?:posted|submitted|uploaded|published|added)(?: [a-z]+)? by @?[a-z][a-z0-9_.-]{1,30}(?:\s+(?:at|on)\s+[\p{L}\d:.,\s]{1,30})?$`)

// creditLine reports whether s opens as a credit with "by" and a name:
// "Reporting by Jane Doe", "Photos by Ana Ruiz | 2 March 2004".
func creditLine(s string) bool {
	m := rxCreditOpen.FindStringIndex(s)
	return m != nil && leadingName(s[m[1]:]) != ""
}

// rxCreditOpen matches the opening of a credit line.
var rxCreditOpen = lazyRE(`(?i)^(?:additional\s+)?(?:reporting|writing|editing|photos?|photographs|pictures|video|graphics|research|translation|translated)\s+by\s+`)

// rxAgencyLine matches a byline that names a news agency or a role and
// no writer: "Reuters", "By Associated Press", "Agence France-Presse,
// Dakar", "By DPA and staff", "Staff Reporter", or an outlet's staff or
// desk: "Agency staff", "Our Foreign Staff", "Herald Correspondent"; or
// its sources: "Compiled from agency reports".
var rxAgencyLine = lazyRE(`^(?i:by\s+)?(?:(?:Reuters|AFP|AP|Associated Press|Agence France[- ]Presse|Xinhua|DPA|dpa|Kyodo(?: News)?|ANSA|EFE|Anadolu(?: Agency)?|TASS|Interfax|RIA Novosti|Bernama|Antara|PTI|IANS|Yonhap|UPI|Press Association|PA Media|Bloomberg|KUNA|WAM|MENA|APA|AAP|CP|The Canadian Press|NTB|TT|Lusa|Europa Press|BNS|BTA|CTK|MTI|PAP|Tanjug|Hina|Ukrinform|IRNA|SANA|Petra|QNA|SPA|Prensa Latina|Notimex|Telam|Agencia Brasil)(?:\s*(?:and|with|/|&)\s*(?:staff|agencies|wires|(?:Reuters|AFP|AP)))?(?:,\s*\p{Lu}[\pL .'’-]{1,30})?|(?:(?i:our|the)\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)?\s+(?i:staff|staff\s+(?:reporters?|writers?|correspondents?)|correspondents?|(?:news\s+|web\s+)?desk|bureau)|(?i:(?:(?:compiled|adapted|written)\s+)?(?:from|with)\s+(?:agency|wire|news\s+agency|staff\s+and\s+agency)\s+(?:reports|copy|dispatches))|(?i:(?:posted|written|submitted)\s+by\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?i:staff (?:reporter|writer|correspondent)s?|(?:our |a )?special correspondent|(?:the )?editorial board|newsroom staff|web ?desk|news desk|(?:staff|agencies) (?:and|with) (?:agencies|wires|wire reports|staff)|agencies|wire reports))\.?$`)

// rxDeskByline matches a byline that names no writer: "From our
// correspondent in Nairobi", "From correspondents in Geneva", "By our own correspondent", "Our diplomatic
// editor", "By the Foreign Desk", "By Harbour Times Staff", and as
// translation tools render a newsroom's: "From our editorial office in
// Berlin", "With agencies", "Writing of the Diary".
var rxDeskByline = lazyRE(`(?i)^(?:(?:(?:special|foreign|staff|diplomatic|political|senior|chief|regional)\s+)?(?:correspondent|reporter|staff\s+writer)s?,\s+\p{Lu}[\pL .'’-]{1,40}$|an?\s+(?:\p{Lu}[\pL'’&-]*\s+){1,4}(?i:report|investigation|analysis|production|special\s+report|project)$|with\s+(?:agencies|wires|agency\s+reports|wire\s+reports)|(?:writing|wording|drafting)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\.?$|^(?:(?:(?:from|by|of)\s+)?our\s+|(?:from|by)\s+)(?:own\s+)?(?:(?:special|foreign|diplomatic|political|staff|chief|local|regional|senior|editorial)\s+)?(?:correspondents?|reporters?|editor|staff|writer|stringer|office|desk|bureau|newsroom)\b(?:\s+in\s+\p{Lu}[\pL .'’-]{1,40})?[.,]?$|^(?i:by)\s+(?:the\s+)?(?:\p{Lu}\pL+\s+){1,3}(?i:desk|staff|team|bureau|newsroom|correspondents|editors|reporters)\.?$|^(?:by\s+)?the\s+editors$`)

// rxZoneWords matches a time's marks after its figures: "AM ET", "p.m.
// GMT+3", "UTC".
var rxZoneWords = lazyRE(`^(?:(?:[AaPp]\.?[Mm]\.?|[A-Z]{1,4}T|UTC|GMT[+-]?\d*)\s*)+$`)

// dateSeps split a metadata line into its parts.
var dateSeps = lazyRE(`\s+[·|•–—/│¦]\s+|\s+-\s+|\s*\|\s*|\s*;\s+|(?i)\s+by\s+|(?i),\s+(?:(?:last\s+)?updated|modified|edited)\b`)

// rxSaveLabel matches the words of a saving tool's or an archive's stamp:
// "Captured", "Saved on", "Retrieved", "Accessed", "Added to archive".
var rxSaveLabel = lazyRE(`(?i)\b(?:` + saveVerbs + `|fetched|printed|digiti[sz]ed|scanned|indexed|added\s+to\s+(?:the\s+)?(?:archive|database|collection))\b`)

// saveVerbs are the words of a tool's stamp of the day it kept a page,
// shared by rxSaveLabel (the label before a date) and rxSaveStamp (a
// line that opens with one).
const saveVerbs = `last\s+edit(?:ed)?|clip(?:ped|\s+date)?|saved|captured|retrieved|accessed|archived|downloaded|exported`

// rxPageCreated matches a forum's or a script's stamp at the foot of the
// page: "Page created in 0.118 seconds with 22 queries."
var rxPageCreated = lazyRE(`(?i)^page\s+(?:created|generated|rendered|served)\s+in\s+[\d.]+\s+(?:seconds|sec|ms)\b[^.!?]{0,60}\.?$`)

// rxSubredditLine matches a link aggregator's line over a post: "r/geopolitics
// • 7 hr. ago", "Posted by u/quiet_attache".
var rxSubredditLine = lazyRE(`^(?:r/\w{2,30}(?:\s*[•·|]\s*.{0,40})?|(?i:posted\s+by\s+)?u/\w{2,30}(?:\s*[•·|]\s*.{0,40})?)$`)

// rxOriginalURL matches the line a clipper or a read-later app puts
// under the text it kept: "Original URL: https://...", "Source URL:
// https://...", "Read the original at https://...".
var rxOriginalURL = lazyRE(`(?i)^(?:original\s+(?:url|link|article|source)|source\s+url|read\s+(?:the\s+)?original(?:\s+(?:article|story))?(?:\s+at|\s+on)?)\s*:?\s*<?https?://\S+>?$`)

// rxMonthDay matches a day without its year and nothing else: "Aug 5",
// "5 August", "Sept. 12th".
var rxMonthDay = lazyRE(`(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$`)

// yearlessFields reports whether s is two or more fields between " · "
// or " | " that each give a day without its year, a time or a reading
// time: "Aug 5 · 8 min read", "3 hours ago | 4 min read". No date to
// read, and no headline.
func yearlessFields(s string) bool {
	parts := rxFieldSep.Split(s, -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if !(rxMonthDay.MatchString(p) || rxReadTime.MatchString(p) || rxRelative.MatchString(p) || rxTimeOnly.MatchString(p) || rxYearless.MatchString(p) || rxDayNoYear.MatchString(p)) {
			return false
		}
	}
	return true
}

// rxSaveStamp matches the opening of a line that gives the day a tool
// kept the page: "Clipped on", "Saved", "Captured:", "Printed at".
var rxSaveStamp = lazyRE(`(?i)^(?:«\s*)?(?:date\s+)?(?:(?:` + saveVerbs + `)(?:\s+(?:on|at|from|to))?\b|printed\s+(?:on|at)\b|printed\s*:)\s*:?\s*\S`)

// secondDate reports whether the words before a date label it as one to
// use only when the page gives no other: an update.
func secondDate(before []string) bool {
	before = dateLabel(before)
	if len(before) == 0 {
		return false
	}
	low := strings.ToLower(strings.Join(before, " "))
	return strings.Contains(low, "updated") || strings.Contains(low, "last update")
}

// savedDate reports whether the words before a date label it as the day
// a tool saved, clipped, printed or archived the page: never the
// article's date, even where the page gives no other.
func savedDate(before []string) bool {
	before = dateLabel(before)
	if len(before) == 0 {
		return false
	}
	low := strings.ToLower(strings.Join(before, " "))
	// (Not a paper's edition: "Printed edition of 30 June 2000".)
	return rxSaveLabel.MatchString(low) && !strings.Contains(low, "updated") && !strings.Contains(low, "published") && !strings.Contains(low, "edition") && !strings.Contains(low, "issue")
}

// modifiedDate reports whether the words before a date label it as the
// date of a change: another date on the same line ("Created: 2007-08-05
// Modified: 2007-08-06", "First published on 16 September 1998. Page
// last reviewed 4 May 2004") is the publication; alone, it dates the page.
func modifiedDate(before []string) bool {
	before = dateLabel(before)
	if len(before) == 0 {
		return false
	}
	low := strings.ToLower(strings.Join(before, " "))
	return strings.Contains(low, "modified") || strings.Contains(low, "revised") || strings.Contains(low, "reviewed")
}

// dateLabel returns the words of before that label the date after them:
// those after the last year, which ends an earlier date ("Updated: Dec
// 14, 2021 08:55 WAT (First published: Dec 13, 2021)": the second
// date's label is "08:55 WAT First published:", not "Updated"). A time
// before the date is under its label ("Updated: 12:45 PM, 22 Aug 2023").
func dateLabel(before []string) []string {
	for i := len(before) - 1; i >= 0; i-- {
		if hasYear(before[i]) {
			return before[i+1:]
		}
	}
	return before
}

// rxParens matches the parentheses around a part of a line.
var rxParens = lazyRE(`\s*[()]\s*`)

// rxYearRunOn matches a year run into the word after it: "2007Updated".
var rxYearRunOn = lazyRE(`\b((?:19|20)\d\d)(\p{Lu}\p{Ll})`)

// lineOrder returns the order of day and month a date line implies: the
// day first between dots ("12.03.2008") or beside a time written "18h40",
// else the order of where the time
// zone it names is used ("Published on 01/08/2022 at 10:15 CET" is written
// where the day comes first, "08/01/2022 10:15 AM EST" where the month
// does); orderUnknown when it names none, or one used on both sides
// ("CST").
func lineOrder(s string) dateOrder {
	if rxDottedDate.MatchString(s) {
		return dayFirst // "12.03.2008": no site writes the month first between dots
	}
	if strings.Contains(s, "h") && rxHourH.MatchString(s) {
		return dayFirst // "06/05/2012 - 18h40": a time written as the French, Portuguese and Spanish write it
	}
	// "Issued on: 12/10/2018 Modified: 13/10/2018": the line's other date
	// can be read one way only.
	if ms := rxSlashDate.FindAllStringSubmatch(s, 4); len(ms) >= 2 {
		for _, m := range ms {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			switch {
			case a > 12 && a <= 31 && b <= 12:
				return dayFirst
			case b > 12 && b <= 31 && a <= 12:
				return monthFirst
			}
		}
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "(),.;")
		if len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w {
			continue
		}
		if dayFirstZones[w] {
			return dayFirst
		}
		if monthFirstZones[w] {
			return monthFirst
		}
	}
	return orderUnknown
}

var (
	rxDottedDate = lazyRE(`\b\d{1,2}\.\d{1,2}\.(?:1[89]|20)\d\d\b`)
	rxHourH      = lazyRE(`\b(?:[01]?\d|2[0-3])h[0-5]\d\b`)
	rxSlashDate  = lazyRE(`\b(\d{1,2})/(\d{1,2})/(?:(?:1[89]|20)\d\d|\d\d)\b`)
)

var (
	dayFirstZones = map[string]bool{
		"GMT": true, "BST": true, "WET": true, "WEST": true, "CET": true, "CEST": true, "EET": true, "EEST": true, "MSK": true,
		"IST": true, "PKT": true, "WAT": true, "CAT": true, "EAT": true, "SAST": true, "AEST": true, "AEDT": true, "ACST": true,
		"ACDT": true, "AWST": true, "NZST": true, "NZDT": true, "GST": true, "ICT": true, "WIB": true, "PHT": true,
	}
	monthFirstZones = map[string]bool{
		"EST": true, "EDT": true, "ET": true, "PST": true, "PDT": true, "PT": true, "MST": true, "MDT": true, "MT": true,
		"CDT": true, "CT": true, "AKST": true, "AKDT": true, "HST": true,
	}
)

// rxYMDDots matches a year, a month and a day, each followed by a full
// stop ("2005. 08. 26.", "2005.08.26.").
var rxYMDDots = lazyRE(`\b((?:1[89]|20)\d\d)\.\s?(0?[1-9]|1[0-2])\.\s?(0?[1-9]|[12]\d|3[01])(?:\.(?:\s|$)|$)`)

// isoYMDDots rewrites the dates rxYMDDots matches in s as ISO dates.
func isoYMDDots(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range rxYMDDots.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		fmt.Fprintf(&b, "%s-%02s-%02s ", s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
		last = m[1]
	}
	if last == 0 {
		return strings.TrimSpace(s)
	}
	b.WriteString(s[last:])
	return strings.TrimSpace(b.String())
}

// rxYearDotTime matches a year, a full stop and a time of day.
var rxYearDotTime = lazyRE(`\b((?:1[89]|20)\d\d)\.\s+(?:(?:u|um|at|à|alle|kl\.?|klo|o)\s+)?(\d{1,2}[:.]\d\d\b)`)

// findDateIn finds a date in a short metadata line ("Published 23 July
// 2004 · Updated 25 July 2004", "By Jane Doe | Saturday, 24 July 2004,
// 14:32 GMT", "Posted by Jane Doe on July 24, 2004 at 10:42 AM") and
// returns it as written and whether it is labelled as an update; "" when
// there is none. A part labelled "Updated" is used only when no other part
// has a date.
//
// A numeric date whose day and month could be swapped is read in the
// order the line implies when the folder gives none (lineOrder), and
// returned then as "2022-08-01".
func findDateIn(s string, now time.Time, order dateOrder) (string, bool) {
	if len(s) > 160 || !strings.ContainsAny(s, "0123456789") {
		return "", false
	}
	d, upd := findDateInOrder(s, now, order)
	if order != orderUnknown || d == "" {
		return d, upd
	}
	z := lineOrder(s)
	if z == orderUnknown {
		return d, upd
	}
	// (Found again in that order: the date's part may then end elsewhere,
	// "11.10.2005" of "11.10.2005 kl. 09:15".)
	d, upd = findDateInOrder(s, now, z)
	if _, err := ParseDate(d, now); d != "" && errors.Is(err, ErrAmbiguousDate) {
		if t, err := parseDateOrder(d, now, z); err == nil {
			return t.Format("2006-01-02"), upd
		}
	}
	return d, upd
}

// rxAgeNote matches a page's note on its own age: "This article is more
// than 5 years old."
var rxAgeNote = lazyRE(`(?i)[.,;|·]?\s*this\s+(?:article|story|page|report|piece)\s+is\s+(?:more|over)\s+than\s+\w+\s+(?:years?|months?)\s+old\.?`)

// rxCommaYear matches a month, a day and a year with no space after the
// comma: "Jun 03,2008".
var rxCommaYear = lazyRE(`(?i)\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}),((?:19|20)\d\d)\b`)

// rxMonthDayYYDots matches a month, a day and a two-digit year parted by
// full stops and nothing more: "11.27.16", not "11.27.2016" or a version.
var rxMonthDayYYDots = lazyRE(`(?:^|[\s:,|])(\d{1,2})\.(\d{2})\.(\d{2})(?:$|[\s,|])`)

// rxOriginally matches the label of a first publication: "Originally
// published:", "First posted on".
var rxOriginally = lazyRE(`(?i)\b(?:originally|first)\s+(?:published|posted|appeared)\b`)

// findDateInOrder is findDateIn with the order of day and month given.
func findDateInOrder(s string, now time.Time, order dateOrder) (string, bool) {
	if strings.Contains(s, " old") {
		// the page's note on its age after the date: "Published on 16
		// August 2019. This article is more than 5 years old."
		s = rxAgeNote.ReplaceAllString(s, "")
	}
	s = strings.Trim(strings.TrimRight(s, ".;,"), "[]()") // "... on 19 April 2010.", "[Geneva, July 24, 2004]"
	// The first publication named after a posting ("Posted: 22 Aug 2022
	// | Originally published: 19 Aug 2022"), as an aggregator reposts: it
	// is read first.
	if strings.Contains(s, "ublished") || strings.Contains(s, "osted") {
		if m := rxOriginally.FindStringIndex(s); m != nil && m[0] > 0 {
			s = s[m[0]:] + " | " + strings.TrimRight(s[:m[0]], " |·•–—-")
		}
	}
	// A label run into its date: a full-width colon ("发布时间：2005/10/11"),
	// a year and the next field with no space ("November 4, 2007Updated
	// November 5, 2007").
	if strings.Contains(s, "(") { // "Source: The Post (21 Apr 2015)"
		s = strings.TrimSpace(rxParens.ReplaceAllString(s, " "))
	}
	if strings.Contains(s, "：") {
		s = strings.ReplaceAll(s, "：", ": ")
	}
	// A year, month and day each with a full stop, as Hungarian writes
	// them: "2005. 08. 26." is 2005-08-26.
	if strings.Count(s, ".") >= 2 {
		s = isoYMDDots(s)
	}
	if rxYearRunOn.MatchString(s) {
		s = rxYearRunOn.ReplaceAllString(s, "$1 $2")
	}
	// A comma with no space before the year: "Jun 03,2008".
	if strings.Contains(s, ",") && rxCommaYear.MatchString(s) {
		s = rxCommaYear.ReplaceAllString(s, "$1, $2")
	}
	// A month, day and year in two digits with full stops, as some sites
	// print them, when the day shows the order: "11.27.16" is 2016-11-27.
	if strings.Count(s, ".") >= 2 {
		if m := rxMonthDayYYDots.FindStringSubmatchIndex(s); m != nil {
			mo, _ := strconv.Atoi(s[m[2]:m[3]])
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			if mo >= 1 && mo <= 12 && d > 12 && d <= 31 {
				s = s[:m[2]] + time.Month(mo).String() + " " + strconv.Itoa(d) + ", " + fullYear(s[m[6]:m[7]]) + s[m[7]:]
			}
		}
	}
	// A full stop between the year and the time: "Sun, Nov 14 2010. 9:12
	// PM IST".
	if strings.Contains(s, ". ") && rxYearDotTime.MatchString(s) {
		s = rxYearDotTime.ReplaceAllString(s, "$1, $2")
	}
	// Two labelled dates run on after a full stop: "First published:
	// 23/04/2008. Updated: 25/04/2008" (the fields as a bar would part
	// them).
	if strings.Contains(s, ". ") {
		if m := rxDotLabel.FindStringIndex(s); m != nil {
			s = s[:m[0]+2] + " | " + s[m[0]+4:]
		}
	}
	// A year in two digits after a day and a month: "25-Aug-07".
	if strings.Count(s, "-") >= 2 {
		if m := rxDayMonYY.FindStringSubmatchIndex(s); m != nil {
			s = s[:m[0]] + s[m[2]:m[3]] + " " + s[m[4]:m[5]] + " " + fullYear(s[m[6]:m[7]]) + s[m[1]:]
		}
	}
	// A year in two digits after a day and a month in figures, where the
	// year cannot be a day ("Posted 11/23/99 at 4:05 PM ET"): the order
	// of day and month is then read as for a full year.
	if strings.Count(s, "/") >= 2 {
		if m := rxNumYY.FindStringSubmatchIndex(s); m != nil && s[m[6]:m[7]] > "31" {
			s = s[:m[6]] + fullYear(s[m[6]:m[7]]) + s[m[7]:]
		}
	}
	// A year in two digits after a month and day: "Nov 28 '97".
	if strings.ContainsAny(s, "'’") {
		if m := rxShortYear.FindStringSubmatchIndex(s); m != nil {
			s = s[:m[2]-1] + fullYear(s[m[2]:m[3]]) + s[m[3]:]
		}
	}
	s = englishDateLabels(s)
	if e, ok := englishDate(s); ok {
		s = e
	}
	// A server's stamp with the time before the year: "Fri May 28
	// 22:14:03 1999" is May 28, 1999.
	if strings.Contains(s, ":") {
		s = rxCtime.ReplaceAllString(s, "${m} ${d}, ${y} ${t}")
	}
	// A wire service's filing stamp, the day and time run together
	// before the month: "061215 GMT NOV 2019" is November 6, 2019.
	if strings.Contains(s, " GMT ") {
		s = rxWireStamp.ReplaceAllString(s, "${d} ${m} ${y}")
	}
	var upd, far, mod string // far: a date out of range, given only when nothing else is; mod: a change's date
	// dated reports whether cand parses as a date in range. A date out of
	// range (another calendar's beside the Gregorian one: "1387/02/14 -
	// 18:31 3 May 2008") is kept in far, and the search goes on.
	dated := func(cand string) bool {
		_, err := parseDateOrder(cand, now, order)
		if errors.Is(err, ErrDateOutOfRange) && far == "" {
			far = cand
		}
		return err == nil || !errors.Is(err, ErrBadDate) && !errors.Is(err, ErrDateOutOfRange)
	}
	for _, part := range dateSeps.Split(s, -1) {
		words := strings.Fields(part)
		// "April 19, 2010 Monday": a weekday after the date.
		if n := len(words); n > 1 && rxWeekday.MatchString(words[n-1]+" ") && strings.HasSuffix(strings.ToLower(words[n-1]), "day") {
			words = words[:n-1]
		}
		// "First published on 16 September 1998. Page last reviewed 4
		// May 2004.": a sentence's full stop after a year ends the date.
		for i, w := range words[:max(len(words)-1, 0)] {
			if len(w) == 5 && w[4] == '.' && hasYear(w[:4]) {
				words[i] = w[:4]
			}
		}
		for w := range words {
			if !dateOpener(words[w]) {
				continue // no date starts so: not worth a parse
			}
			cand := strings.Join(words[w:], " ")
			if !dated(cand) {
				continue
			}
			if modifiedDate(words[:w]) {
				if mod == "" {
					mod = cand
				}
				break
			}
			if savedDate(words[:w]) {
				break
			}
			if secondDate(words[:w]) {
				if upd == "" {
					upd = cand
				}
				break
			}
			return cand, false
		}
		// (A part whose first date is labelled "Updated" may hold the
		// publication before it: "Published November 4, 2007 Updated
		// November 5, 2007".)
		if !hasYear(part) {
			continue
		}
		// A date inside the part, with words after it that are not a
		// time ("July 24, 2004 / 10:15 AM EDT" split otherwise, "Added on
		// Monday, December 6, 2010 via the app"): one to four words from
		// a word that may open a date.
		for w := range words {
			if !dateOpener(words[w]) {
				continue
			}
			for e := min(len(words), w+4); e > w; e-- {
				cand := strings.Join(words[w:e], " ")
				if !dated(cand) {
					continue
				}
				if modifiedDate(words[:w]) {
					if mod == "" {
						mod = cand
					}
					break
				}
				if savedDate(words[:w]) {
					break
				}
				if secondDate(words[:w]) {
					if upd == "" {
						upd = cand
					}
					break
				}
				return cand, false
			}
		}
	}
	if mod != "" {
		return mod, false
	}
	if upd == "" && far != "" {
		return far, false
	}
	return upd, upd != ""
}

// rxWireStamp matches a wire service's filing stamp: the day, hour and
// minute in six digits, "GMT", the month's first three letters and the
// year ("061215 GMT NOV 2019").
var rxWireStamp = lazyRE(`\b(?P<d>[0-3]\d)[0-2]\d[0-5]\d GMT (?P<m>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)) (?P<y>\d{4})\b`)

// hasYear reports whether s has four digits in a row (a year), or a
// year sign: every date the rules read has one.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return strings.ContainsAny(s, "年년")
}

// dateOpener reports whether w may open a date: a number, a month's or a
// weekday's name.
func dateOpener(w string) bool {
	if startsDigit(w) {
		return true
	}
	w = strings.TrimRight(w, ".,")
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	var buf [9]byte
	low := lowerASCII(buf[:len(w)], w)
	if monthNames[string(low)] != 0 {
		return true
	}
	switch string(low[:3]) {
	case "mon", "tue", "wed", "thu", "fri", "sat", "sun":
		return true
	}
	return false
}

// foreignMonths are the month names of the languages whose sites carry
// English articles in their own chrome ("Publié le 24 juillet 2004",
// "Veröffentlicht am 24. Juli 2004", "24 de julio de 2004"), lower case,
// with the English name.
var foreignMonths = map[string]string{
	// French
	"janvier": "January", "février": "February", "fevrier": "February", "mars": "March", "avril": "April",
	"mai": "May", "juin": "June", "juillet": "July", "août": "August", "aout": "August",
	"septembre": "September", "octobre": "October", "novembre": "November", "décembre": "December", "decembre": "December",
	// German
	"januar": "January", "jänner": "January", "februar": "February", "märz": "March", "maerz": "March",
	"juni": "June", "juli": "July", "oktober": "October", "dezember": "December",
	// Spanish, Italian, Portuguese
	"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
	"junio": "June", "julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September",
	"octubre": "October", "noviembre": "November", "diciembre": "December",
	"gennaio": "January", "febbraio": "February", "aprile": "April", "maggio": "May", "giugno": "June",
	"luglio": "July", "settembre": "September", "ottobre": "October", "dicembre": "December",
	"janeiro": "January", "fevereiro": "February", "março": "March", "maio": "May", "junho": "June",
	"julho": "July", "setembro": "September", "outubro": "October", "dezembro": "December",
	// Dutch, Swedish, Danish and Norwegian
	"januari": "January", "februari": "February", "maart": "March", "mei": "May", "augustus": "August",
	"maj": "May", "augusti": "August", "marts": "March",
	// Russian (the genitive a date uses, and the nominative)
	"января": "January", "февраля": "February", "марта": "March", "апреля": "April", "мая": "May",
	"июня": "June", "июля": "July", "августа": "August", "сентября": "September", "октября": "October",
	"ноября": "November", "декабря": "December",
	"январь": "January", "февраль": "February", "март": "March", "апрель": "April", "май": "May",
	"июнь": "June", "июль": "July", "август": "August", "сентябрь": "September", "октябрь": "October",
	"ноябрь": "November", "декабрь": "December",
	// Polish (genitive) and Turkish
	"stycznia": "January", "lutego": "February", "marca": "March", "kwietnia": "April", "maja": "May",
	"czerwca": "June", "lipca": "July", "sierpnia": "August", "września": "September",
	"października": "October", "listopada": "November", "grudnia": "December",
	"ocak": "January", "şubat": "February", "mart": "March", "nisan": "April", "mayıs": "May", "haziran": "June",
	"temmuz": "July", "ağustos": "August", "eylül": "September", "ekim": "October", "kasım": "November", "aralık": "December",
	// Swahili, Indonesian and Malay (the names English does not share)
	"machi": "March", "aprili": "April", "julai": "July", "agosti": "August", "septemba": "September",
	"oktoba": "October", "novemba": "November", "desemba": "December",
	"maret": "March", "agustus": "August", "desember": "December", "ogos": "August", "disember": "December",
	// Welsh, Irish and Maltese
	"ionawr": "January", "chwefror": "February", "mawrth": "March", "ebrill": "April", "mehefin": "June",
	"gorffennaf": "July", "awst": "August", "medi": "September", "hydref": "October", "tachwedd": "November", "rhagfyr": "December",
	"eanáir": "January", "feabhra": "February", "márta": "March", "aibreán": "April", "bealtaine": "May", "meitheamh": "June",
	"iúil": "July", "lúnasa": "August", "samhain": "November", "nollaig": "December",
	"jannar": "January", "frar": "February", "marzu": "March", "mejju": "May", "ġunju": "June", "lulju": "July",
	"awwissu": "August", "settembru": "September", "ottubru": "October", "novembru": "November", "diċembru": "December",
	// Malay, Filipino and Afrikaans (the names not above)
	"mac": "March", "jun": "June",
	"pebrero": "February", "marso": "March", "hunyo": "June", "hulyo": "July", "setyembre": "September",
	"oktubre": "October", "nobyembre": "November", "disyembre": "December",
	"januarie": "January", "februarie": "February", "junie": "June", "julie": "July",
	// Arabic (the names of Egypt and the Gulf)
	"يناير": "January", "فبراير": "February", "مارس": "March", "أبريل": "April", "ابريل": "April", "مايو": "May",
	"يونيو": "June", "يوليو": "July", "أغسطس": "August", "اغسطس": "August", "سبتمبر": "September",
	"أكتوبر": "October", "اكتوبر": "October", "نوفمبر": "November", "ديسمبر": "December",
}

// foreignShortMonths are the short month names of those languages that
// English does not share, read only before a year ("23 ott 2024", "31
// oct. 2016", "5 mrt 2019"): alone some are words ("set", "out").
var foreignShortMonths = map[string]string{
	"janv": "January", "févr": "February", "fevr": "February", "avr": "April", "juil": "July", "déc": "December",
	"mär": "March", "mrz": "March", "okt": "October", "dez": "December",
	"ene": "January", "abr": "April", "ago": "August", "dic": "December",
	"gen": "January", "mag": "May", "giu": "June", "lug": "July", "set": "September", "ott": "October",
	"fev": "February", "out": "October",
	"mrt": "March", "mei": "May",
	"sty": "January", "lut": "February", "kwi": "April", "cze": "June", "lip": "July", "sie": "August", "wrz": "September", "paź": "October", "lis": "November", "gru": "December",
	"şub": "February", "nis": "April", "haz": "June", "tem": "July", "ağu": "August", "eyl": "September", "eki": "October", "kas": "November", "ara": "December",
	"agu": "August", "des": "December",
}

// rxYear4 matches a year of four figures alone.
var rxYear4 = lazyRE(`^(?:1[89]|20)\d\d$`)

// rxRomanMonth matches a day, a month in Roman numerals and a year.
var rxRomanMonth = lazyRE(`\b(\d{1,2})\.\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?(\d{4})\b`)

var romanMonths = map[string]string{
	"I": "January", "II": "February", "III": "March", "IV": "April", "V": "May", "VI": "June",
	"VII": "July", "VIII": "August", "IX": "September", "X": "October", "XI": "November", "XII": "December",
}

// englishDate rewrites a line with a date in another language's words
// into English ("Publié le 24 juillet 2004 à 10h15" gives "Publié le 24
// July 2004 at 10:15"): month names, "de" between the parts of a Spanish
// or Portuguese date, a German day's full stop ("24."), the word before a
// time ("à", "um", "alle", "às", "om") and "10h15". ok is false when the
// line has no foreign month name.
func englishDate(s string) (string, bool) {
	// Chinese, Japanese and Korean: "2004年7月24日", "2004년 7월 24일".
	if m := rxCJKDate.FindStringSubmatchIndex(s); m != nil {
		y, mo, d := s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]
		return s[:m[0]] + y + "-" + fmt.Sprintf("%02s", mo) + "-" + fmt.Sprintf("%02s", d) + " " + s[m[1]:], true
	}
	// A month in Roman numerals, as Central and Eastern Europe write it:
	// "24.III.2015", "24. III. 2015".
	if m := rxRomanMonth.FindStringSubmatchIndex(s); m != nil {
		if mo := romanMonths[s[m[4]:m[5]]]; mo != "" {
			return s[:m[0]] + s[m[2]:m[3]] + " " + mo + " " + s[m[6]:m[7]] + s[m[1]:], true
		}
	}
	words := strings.Fields(s)
	// month is the first month's word, isMonth every month's: a line may
	// give two dates ("Aggiornato alle 10:35 del 16 gennaio 2024 |
	// Pubblicato alle 21:02 del 15 gennaio 2024").
	month := -1
	var isMonth []bool
	for i, w := range words {
		low := strings.ToLower(strings.TrimRight(w, ".,"))
		e, ok := foreignMonths[low]
		if !ok && i+1 < len(words) && rxYear4.MatchString(strings.TrimRight(words[i+1], ".,")) {
			e, ok = foreignShortMonths[low] // "23 ott 2024"
		}
		if ok && i > 0 && (strings.HasSuffix(words[i-1], "er") || strings.HasSuffix(words[i-1], "º")) && startsDigit(words[i-1]) {
			words[i-1] = strings.TrimRight(words[i-1], "erº") // "1er juin", "1º de julio"
		}
		if !ok && monthNames[low] != 0 && i > 0 && startsDigit(words[i-1]) && strings.HasSuffix(words[i-1], ".") {
			e, ok = w, true // "20. September 2005"
		}
		if ok && i > 0 && startsDigit(words[i-1]) ||
			ok && i > 1 && (words[i-1] == "de" || words[i-1] == "ta'" || words[i-1] == "ta’") && startsDigit(words[i-2]) {
			words[i] = e + w[len(strings.TrimRight(w, ".,")):]
			if month < 0 {
				month = i
				isMonth = make([]bool, len(words))
			}
			isMonth[i] = true
		}
	}
	if month < 0 {
		return s, false
	}
	out := words[:0:0]
	for i, w := range words {
		switch {
		case (w == "de" || w == "del") && i > 0 && i+1 < len(words) && (isMonth[i-1] || isMonth[i+1]),
			(w == "ta'" || w == "ta’") && i+1 < len(words) && isMonth[i+1]:
			continue // "24 de julio de 2004", Maltese "9 ta' Ġunju 2013"
		case i+1 < len(words) && isMonth[i+1] && strings.HasSuffix(w, ".") && startsDigit(w):
			w = strings.TrimSuffix(w, ".") // "24. Juli"
		case i > month && (w == "à" || w == "um" || w == "alle" || w == "às" || w == "om" || w == "a" || w == "las") && i+1 < len(words) && startsDigit(words[i+1]):
			if len(out) > 0 && out[len(out)-1] == "at" {
				continue
			}
			w = "at"
		case i > month && startsDigit(w) && strings.Contains(w, "h"):
			w = strings.Replace(w, "h", ":", 1) // "10h15"
		case w == "a" && i > month && i+1 < len(words) && words[i+1] == "las":
			continue // "a las 10:15"
		case strings.EqualFold(w, "uhr"):
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " "), true
}

// foreignDateLabels are the words of other languages' date lines, lower
// case, with the English label ("" for a word that says nothing of which
// date it is: a weekday, "le", "am", the Polish "r." of "roku").
var foreignDateLabels = map[string]string{
	// published
	"publié": "Published", "publiée": "Published", "publicado": "Published", "publicada": "Published",
	"pubblicato": "Published", "pubblicata": "Published", "veröffentlicht": "Published", "gepubliceerd": "Published",
	"opublikowano": "Published", "yayınlanma": "Published", "yayınlandı": "Published", "diterbitkan": "Published",
	"dipublikasikan": "Published", "publicerad": "Published", "publiseret": "Published", "publisert": "Published",
	// updated
	"actualizado": "Updated", "actualizada": "Updated", "atualizado": "Updated", "atualizada": "Updated",
	"aggiornato": "Updated", "aggiornata": "Updated", "aktualisiert": "Updated", "bijgewerkt": "Updated",
	"aktualizacja": "Updated", "zaktualizowano": "Updated", "güncelleme": "Updated", "güncellendi": "Updated",
	"diperbarui": "Updated", "uppdaterad": "Updated", "opdateret": "Updated", "oppdatert": "Updated",
	"actualisé": "Updated", "actualisée": "Updated",
	// modified
	"modifié": "Modified", "modifiée": "Modified", "geändert": "Modified", "gewijzigd": "Modified",
	"modificado": "Modified", "modificato": "Modified",
	// words that say nothing of which date it is
	"le": "", "il": "", "em": "", "el": "", "op": "", "r.": "", "roku": "", "г.": "", "года": "",
	"lundi": "", "mardi": "", "mercredi": "", "jeudi": "", "vendredi": "", "samedi": "", "dimanche": "",
	"montag": "", "dienstag": "", "mittwoch": "", "donnerstag": "", "freitag": "", "samstag": "", "sonnabend": "", "sonntag": "",
	"lunes": "", "martes": "", "miércoles": "", "jueves": "", "viernes": "", "sábado": "", "domingo": "",
	"lunedì": "", "martedì": "", "mercoledì": "", "giovedì": "", "venerdì": "", "sabato": "", "domenica": "",
	"segunda-feira": "", "terça-feira": "", "quarta-feira": "", "quinta-feira": "", "sexta-feira": "",
	"maandag": "", "dinsdag": "", "woensdag": "", "donderdag": "", "vrijdag": "", "zaterdag": "", "zondag": "",
	"poniedziałek": "", "wtorek": "", "środa": "", "czwartek": "", "piątek": "", "sobota": "", "niedziela": "",
	"pazartesi": "", "salı": "", "çarşamba": "", "perşembe": "", "cuma": "", "cumartesi": "", "pazar": "",
	"senin": "", "selasa": "", "rabu": "", "kamis": "", "jumat": "", "sabtu": "", "minggu": "",
	"måndag": "", "tisdag": "", "onsdag": "", "torsdag": "", "fredag": "", "lördag": "", "söndag": "",
}

// englishDateLabels rewrites another language's labels of a date line
// into English and drops its weekdays ("Aggiornato alle 10:35 del 16
// gennaio 2024 | Pubblicato alle 21:02 del 15 gennaio 2024" gives
// "Updated at 10:35 16 gennaio 2024 | Published at 21:02 15 gennaio
// 2024"), so that the first-published date is told from the update's.
// Lines with no such word come back as they are.
func englishDateLabels(s string) string {
	if !mayHaveDateLabels(s) {
		return s
	}
	words := strings.Fields(s)
	changed := false
	for i, w := range words {
		low := strings.ToLower(strings.Trim(w, ",:;"))
		e, ok := foreignDateLabels[low]
		switch {
		case ok:
		case low == "mis" && i+2 < len(words) && words[i+1] == "à" && strings.HasPrefix(strings.ToLower(words[i+2]), "jour"):
			e, ok = "Updated", true // "Mis à jour le"
			words[i+1], words[i+2] = "", ""
		case timeWords[low] && i+1 < len(words) && startsDigit(words[i+1]):
			e, ok = "at", true
		case low == "am" && w == "am" && i+1 < len(words) && startsDigit(words[i+1]):
			e, ok = "", true // "Veröffentlicht am 19.03.2019" (not a time's "am")
		case low == "del" && i+1 < len(words) && startsDigit(words[i+1]) && i > 0 && strings.Contains(words[i-1], ":"):
			e, ok = "", true // "alle 10:35 del 16 gennaio"
		case startsDigit(w) && len(w) <= 5 && rxHourH.MatchString(w):
			e, ok = strings.Replace(w, "h", ":", 1), true // "14h32"
		}
		if !ok {
			continue
		}
		if e != "" && strings.HasSuffix(w, ":") {
			e += ":"
		}
		words[i], changed = e, true
	}
	if !changed {
		return s
	}
	out := words[:0]
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// mayHaveDateLabels is englishDateLabels' cheap test, which allocates
// nothing: whether a word of s is one it rewrites.
func mayHaveDateLabels(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",:;")
		if len(w) > 14 {
			continue
		}
		var buf [14]byte
		low := lowerASCII(buf[:len(w)], w)
		// (The map lookups with string(low) do not allocate.)
		if _, ok := foreignDateLabels[string(low)]; ok || timeWords[string(low)] || dateLabelOpeners[string(low)] {
			return true
		}
		if strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
			if _, ok := foreignDateLabels[strings.ToLower(w)]; ok {
				return true
			}
		}
		if startsDigit(w) && len(w) <= 5 && strings.IndexByte(w, 'h') > 0 {
			return true
		}
	}
	return false
}

// timeWords stand before a time in other languages' date lines ("à
// 14h32", "alle 10:35", "um 17:45 Uhr", "pukul 10.45"): englishDateLabels
// writes "at".
var timeWords = map[string]bool{"à": true, "alle": true, "às": true, "um": true, "om": true, "pukul": true, "saat": true}

// dateLabelOpeners are the other words englishDateLabels rewrites by their
// neighbours: "mis" of "Mis à jour", "am" and "del" before a day.
var dateLabelOpeners = map[string]bool{"mis": true, "am": true, "del": true}

// rxCJKDate matches a date written with the year, month and day signs of
// Chinese, Japanese or Korean.
var rxCJKDate = lazyRE(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)

// startsDigit reports whether w starts with a digit.
func startsDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// bylineIn finds an author's name in a metadata line: "By Jane Doe,
// diplomatic correspondent", "Posted on July 24, 2004 by Jane Doe", "Harbour
// Times · 24 July 2004 · Jane Doe" (a name after the date). date is the
// date findDateIn found in the line, "" for none.
func bylineIn(s, date string) string {
	if m := byPrefixIndex(s); m != nil && rxInvertedNames.MatchString(s[m[1]:]) {
		return uninvertNames(s[m[1]:]) // "Author(s): Halvard, Sigrun; Roe, John"
	}
	if n := foreignByline(s); n != "" {
		return n
	}
	if n := shortByline(s); n != "" {
		return n
	}
	if writersLine(s) {
		if twoNames(s) {
			return s // "Jane Doe and John Roe", "Jane Doe, Ann Poe and John Roe"
		}
		names, _, _ := strings.Cut(s, ", ")
		return names // "Jane Doe and John Roe, Lagos & Kano"
	}
	if f := rxFieldSep.Split(s, 2); len(f) == 2 {
		if n, ok := shapedByline(strings.TrimSpace(f[0])); ok {
			return n // "Jane Doe in Lima and John Roe in Quito | 3 March 2001"
		}
		if w := strings.TrimSpace(f[0]); (strings.Contains(w, " & ") || strings.Contains(w, " and ")) && !opensBy(w) && twoNames(w) && !rxMediaWord.MatchString(w) {
			return w // "Emma Sørensen & Piotr Zieliński | 1999-10-05 14:22:07", "Nadia Haddad and Omar Khalil | The Amman Ledger"
		}
		if n, strong := bylineShape(strings.TrimSpace(f[0])); n != "" && (strong || rxBylineLabel.MatchString(f[0])) {
			return n // "Contributor: Mme. Jane Doe | 3 March 2001", "Jane Doe @janedoe | 3 March 2001"
		}
		if n := nameAndRole(strings.TrimSpace(f[0])); n != "" && date != "" && nameThenDates(s) {
			return n // "Liam Brennan, Chief Economics Correspondent | Originally published 2 May 2022"
		}
		if p := strings.TrimSpace(f[0]); date != "" && nameAbroadField(s) && !opensBy(p) {
			return leadingName(p) // "Jane Doe in Buenos Aires | LISBON — March 7, 2018"
		}
	}
	if date == "" && nameRoleLine(s) {
		// "Jane Doe | Senior Editor, Policy", "By JANE McDOE, Chief
		// Reporter"
		n := nameLine(s, len(strings.Fields(s)))
		if rest, ok := cutFold(n, "by "); ok {
			n = rest
		}
		return n
	}
	low := strings.ToLower(s)
	if n := creditNames(s); n != "" {
		return n
	}
	if m := byPrefixIndex(s); m != nil {
		rest := s[m[1]:]
		// The writer's beat before the name: "By Europe correspondent
		// Hannah Goldberg in Nicosia", "By foreign affairs reporter ...".
		if r := rxRoleFirst.FindStringIndex(rest); r != nil && r[1] < len(rest) && unicode.IsUpper([]rune(rest[r[1]:])[0]) {
			rest = rest[r[1]:]
		}
		if h := rxHonorific.FindStringIndex(rest); h != nil && strings.Contains(rest[:h[1]], "(") {
			rest = rest[h[1]:] // a rank retired: "By Maj. (Retd) Jane Doe"
		}
		if n := namesAbroad(rest); n != "" || !lowerName(beforeField(rest)) {
			return n
		}
		return beforeField(rest) // "by marcus delacroix-hale"
	}
	if i := strings.Index(low, " by "); i >= 0 && (date != "" || strings.HasPrefix(low, "posted")) {
		return leadingName(s[i+4:])
	}
	if date != "" {
		if i := strings.Index(s, date); i >= 0 {
			rest := dateSeps.Split(s[i+len(date):], -1)
			for _, p := range rest {
				p = strings.TrimSpace(p)
				// Not a section's name: "Peace and Security"; nor the
				// date's time of day and zone: "AM ET".
				if rxName.MatchString(p) && len(strings.Fields(p)) <= 4 && !rxMediaWord.MatchString(p) && !rxTwoWordsAnd.MatchString(p) && !rxZoneWords.MatchString(p) {
					return p
				}
			}
			// Before the date: "Jane Doe · 19 April 2010", not the
			// publication's name ("Harbour Times · 24 July 2004").
			// ("Jane Doe · Reporter · 6 December 2010": the parts between
			// the name and the date may be a role.)
			before := dateSeps.Split(s[:i], -1)
			roles := true
			for _, q := range before[1:] {
				// A role, the outlet's name or a label: "Jane Doe · Ledger
				// News · Posted: Jul 24, 2004".
				n := len(strings.Fields(q))
				// (Or the date's own label and time: "Updated 10:42 GMT".)
				// (Or another date with its label: "Updated March 4, 2001
				// 4:01 PM ET, Published".)
				if q = strings.TrimSpace(q); q != "" && !((rxRole.MatchString(q) || rxMediaWord.MatchString(q)) && n <= 4 || n <= 2 && strings.HasSuffix(q, ":") || (n <= 6 || n <= 12 && hasYear(q)) && rxDateLabel.MatchString(q)) {
					roles = false
				}
			}
			if p := strings.TrimSpace(before[0]); len(before) >= 2 && roles && !(len(before) == 2 && placeHead(p) && dashAfter(s, p)) {
				if rxName.MatchString(p) && len(strings.Fields(p)) <= 4 && !rxMediaWord.MatchString(p) {
					return p
				}
				// "Isabel Fonseca-Ruiz, World Affairs Writer | Date: ...",
				// "Amira Haddad in Beirut | 31/10/2014".
				if n := nameLine(p, len(strings.Fields(p))); n != "" && n != p && !rxMediaWord.MatchString(n) {
					return n
				}
				if bylineOnly(p) && rxNameAbroad.MatchString(p[len(leadingName(p)):]) {
					return leadingName(p)
				}
			}
		}
	}
	return ""
}

// nameAbroad reports whether units[i] is a byline of a name and where
// the writer was or who helped ("Marta Kovalenko in Geneva", "Mateus
// Carvalho and agencies") over the date line, under a longer line in title
// case: the headline is above it.
func nameAbroad(units []pageUnit, i int, now time.Time, order dateOrder) bool {
	u := units[i]
	if u.prose || u.words > 10 || i+1 >= len(units) {
		return false
	}
	name := leadingName(u.flat)
	if n := len(strings.Fields(name)); (n < 2 || n > 3 || u.words > 6 || !rxNameAbroad.MatchString(u.flat[len(name):])) && !writersAbroad(u.flat, name) {
		return false
	}
	// (With a byline under it, it is the headline: "Talks Stall in
	// Vienna" over "Reuters | 21 November 2017".)
	if bylineUnder(units, i) {
		return false
	}
	// (Or over the text, when the page gave its date in a field.)
	if d, _ := findDateIn(units[i+1].flat, now, order); d == "" && !(units[i+1].prose && units[i+1].words >= 15) {
		return false
	}
	// (A headline in sentence case too, unless it is a sentence.)
	for a := i - 1; a >= 0 && a >= i-3; a-- {
		if v := units[a]; !v.chrome && (!v.prose || v.words <= 25 && (!endsSentence(v.flat) || strings.HasSuffix(v.flat, "?"))) && v.words >= min(u.words, 4) && (titleCase(v.flat) || !v.meta && !hasDate(v.flat) && (!endsSentence(v.flat) || strings.HasSuffix(v.flat, "?"))) {
			return true
		}
	}
	return false
}

// menuSpaced reports whether u is a line of three links or more set apart
// by runs of spaces, as a menu saved as text shows: "Home  World  Business".
func menuSpaced(u pageUnit) bool {
	if strings.Contains(u.text, "\n") || !strings.Contains(u.text, "  ") {
		return false
	}
	items := rxSpaceRun.Split(strings.TrimSpace(u.text), -1)
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n > 3 || len(it) > 25 || endsSentence(it) {
			return false
		}
	}
	return true
}

// rxSpaceRun matches a run of two spaces or more, or a tab.
var rxSpaceRun = lazyRE(`\s{2,}|\t`)

// dateWordsOnly reports whether every word of s is a date's or a time's
// and one is a month's or a weekday's name.
func dateWordsOnly(s string) bool {
	named := false
	if rest, ok := cutFold(s, "today"); ok {
		s = strings.TrimLeft(rest, ": ,") // "Today: Tuesday"
	}
	for w := range strings.FieldsSeq(s) {
		if !rxDateWord.MatchString(w) {
			return false
		}
		lw := strings.ToLower(strings.Trim(w, ".,"))
		named = named || monthNames[lw] != 0 || rxWeekdayWord.MatchString(lw)
	}
	return named
}

// rxDateLabel matches a date's label, maybe with a time, before the date
// in a byline's line: "Updated 10:42 GMT", "Date:", "Published".
var rxDateLabel = lazyRE(`(?i)^(?:first |last )?(?:published|updated|posted|modified|date|created)\b`)

// aloneInBlock reports whether units[i] is the only unit of its block.
func aloneInBlock(units []pageUnit, i int) bool {
	return (i == 0 || units[i-1].block != units[i].block) && (i+1 == len(units) || units[i+1].block != units[i].block)
}

// titlePairOverByline reports whether units[i], two words in title case
// that name no publication or section ("Envoys Agree", not "World News"),
// stands right over a writer's byline: the headline.
func titlePairOverByline(units []pageUnit, i int) bool {
	if i+1 >= len(units) || !titleCase(units[i].flat) || rxMediaWord.MatchString(units[i].flat) || isKicker(units[i].flat) {
		return false
	}
	v := units[i+1]
	return !v.chrome && !v.prose && isBylineUnit(v.flat) && writerName(bylineIn(v.flat, "")) != ""
}

// blockBounds returns the first and last unit of units[i]'s block.
func blockBounds(units []pageUnit, i int) (lo, hi int) {
	lo, hi = i, i
	for lo > 0 && units[lo-1].block == units[i].block {
		lo--
	}
	for hi+1 < len(units) && units[hi+1].block == units[i].block {
		hi++
	}
	return lo, hi
}

// inMenuBlock reports whether units[i] is one of three lines or more of
// its block, each short and none a sentence: a menu, a masthead's lines.
func inMenuBlock(units []pageUnit, i int) bool {
	_, _, ok := shortLinesBlock(units, i, 8)
	return ok
}

// nameBeforeFields returns the name that opens s before fields between
// bars or dashes, where one of them is the writer's address, handle or
// outlet and the others places: "Jane Doe | Kabul | j.doe@example.org",
// "Jane Doe | Silk Road News Service", "Jane Doe — Islamabad Chronicle";
// "" otherwise (a menu's "Middle East | North Africa | Gulf" has no
// address or outlet).
func nameBeforeFields(s string) string {
	var parts []string
	for _, sep := range []string{" | ", " — ", " – "} {
		if strings.Contains(s, sep) {
			parts = strings.Split(s, sep)
			break
		}
	}
	if len(parts) < 2 || len(parts) > 4 || strings.ContainsAny(s, "0123456789") && !strings.Contains(s, "@") {
		return ""
	}
	name := strings.TrimSpace(parts[0])
	if n := len(strings.Fields(name)); n < 2 || n > 4 || nameLine(name, n) != name || rxMediaWord.MatchString(name) || sectionRun(name) {
		return ""
	}
	marked := false
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		switch {
		case rxEmailAddr.MatchString(p) || strings.HasPrefix(p, "@") && !strings.Contains(p, " "):
			marked = true
		case len(strings.Fields(p)) <= 5 && (rxAgency.MatchString(p) || rxMediaWord.MatchString(p)) && wordsCapitalised(strings.Fields(p)):
			marked = true
		case rxPlaceWords.MatchString(p):
		default:
			return ""
		}
	}
	if !marked {
		return ""
	}
	return name
}

// nameAndPlace reports whether s is a name of two or three words and where
// the writer was: "Amira Haddad in Beirut".
func nameAndPlace(s string) bool {
	name := leadingName(s)
	n := len(strings.Fields(name))
	if n >= 2 && n <= 3 {
		return rxNameAbroad.MatchString(s[len(name):]) && len(strings.Fields(s)) <= 6
	}
	return writersAbroad(s, name)
}

// writersAbroad reports whether s is two writers' names, name, and where
// they wrote from: "Jane Doe and John Roe in Brussels".
func writersAbroad(s, name string) bool {
	n := len(strings.Fields(name))
	return n >= 4 && n <= 7 && strings.HasPrefix(s[len(name):], " in ") && len(strings.Fields(s))-n <= 3 && twoNames(name)
}

// bylineOnly reports whether s is a byline and nothing else: a name
// ("Jane Doe", "Jane Doe, Geneva"), a name and where the writer was ("Jane
// Doe in Beirut"), a desk or an agency.
func bylineOnly(s string) bool {
	if nameLine(s, len(strings.Fields(s))) != "" || rxDeskByline.MatchString(s) || len(s) < 60 && rxAgencyLine.MatchString(s) {
		return true
	}
	return nameAndPlace(s)
}

// bylineUnder reports whether the unit under units[i] is a byline, alone
// or run on with the date ("By Anna Keller", "Anna Keller in Beirut | 13
// November 1997", "AFP | 11 March 2005"): a name-shaped line over it is
// the headline ("Envoys Sign Border Accord"), not the writer.
func bylineUnder(units []pageUnit, i int) bool {
	if i+1 >= len(units) {
		return false
	}
	v := units[i+1]
	if v.prose && v.words > 16 {
		return false
	}
	if isBylineUnit(v.flat) || len(v.flat) < 60 && rxAgencyLine.MatchString(v.flat) {
		return true
	}
	// A byline run on with the date: "Anna Keller in Beirut | 13
	// November 1997", "AFP | Published March 11, 2005".
	first := strings.TrimSpace(dateSeps.Split(v.flat, 2)[0])
	return first != v.flat && hasDate(v.flat) && !hasDate(first) && (bylineOnly(first) || isBylineUnit(first))
}

// rxNameAbroad matches what follows a writer's name in a byline: " in
// Geneva", " and agencies".
var rxNameAbroad = lazyRE(`^\s+(?:in \p{Lu}|and (?:agencies|wires))`)

// rxCtime matches a date with the time between the day and the year, as
// servers stamp files: "Fri May 28 22:14:03 1999".
var rxCtime = lazyRE(`(?i)\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+(?P<d>\d{1,2})\s+(?P<t>\d{1,2}:\d{2}(?::\d{2})?)\s+(?P<y>\d{4})\b`)

// rxOwnSite matches the name of a person's own site: "Esther Wanjiru's
// Journal", "Jane Doe's Blog".
var rxOwnSite = lazyRE(`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})['’]s (?i:journal|blog|weblog|diary|notebook|notes|newsletter|letter)$`)

// rxRoleFirst matches a beat and a role before a writer's name: "Europe
// correspondent ", "foreign affairs reporter ".
var rxRoleFirst = lazyRE(`^(?:[\p{L}-]+\s+){0,3}?(?i:correspondent|reporter|editor|writer|columnist|journalist|producer)s?\s+`)

// rxTwoWordsAnd matches two single words joined by "and", a section's
// name ("Peace and Security"), not two persons'.
var rxTwoWordsAnd = lazyRE(`^\S+ (?:and|&) \S+$`)

// rxMediaWord matches words of publication names, which are not persons.
var rxMediaWord = lazyRE(`(?i)\b(?:news|newswire|newsdesk|newsroom|newsline|times|herald|post|wire|tribune|daily|journal|gazette|press|agency|chronicle|review|bulletin|courier|express|observer|telegraph|standard|mail|star|sun|radio|tv|television|network|service|media|magazine|weekly|online|digest|report|ledger|globe|world|today|edition|echo|sentinel|monitor|dispatch|mirror|gleaner|examiner|inquirer|guardian|advertiser|beacon|voice|lantern|sunday|weekend|broadcasting|broadcast|corporation|record|recorder|desk|enquirer|courant|bugle|spectator|statesman|argus|clarion)\b`)

// allCaps reports whether w has letters and all of them upper case.
func allCaps(w string) bool {
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isInitial reports whether w is a given name's initial: "J.", "R".
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return utf8.RuneCountInString(w) == 1 || rxJoinedInitials.MatchString(w)
}

// rxJoinedInitials matches initials written together, without their last
// period: "J.R", "A.K".
var rxJoinedInitials = lazyRE(`^\p{Lu}(?:\.\p{Lu}){1,3}$`)

// nameStop are capitalised words that end a name in a byline ("By Jane
// Doe Published 24 July 2004").
var nameStop = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "first": true, "filed": true,
	"staff": true, "correspondent": true, "editor": true, "reporter": true, "writer": true,
	"today": true, "yesterday": true, "in": true, "on": true, "at": true, "for": true,
	// a button by the name: "Jane Doe Follow"
	"follow": true, "share": true, "subscribe": true, "date": true,
}

// roleAhead reports whether the words fs, where a name ended, open a role
// in lower case: a role word ("correspondent") among the first three.
func roleAhead(fs []string) bool {
	for _, w := range fs[:min(len(fs), 3)] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			return false
		}
		if rxRoleWord.MatchString(strings.TrimRight(w, ".,;:")) {
			return true
		}
	}
	return false
}

// nameParticles are the words in lower case inside a name: "Pieter van
// der Berg", "Ana de la Cruz", "Omar bin Laden".
var nameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "da": true, "di": true, "del": true,
	"la": true, "le": true, "du": true, "dos": true, "das": true, "al": true, "bin": true, "ibn": true, "ter": true, "ten": true,
	"ap": true, "dela": true, // Welsh "Gwen ap Rhys", Filipino "Ramon dela Cruz"
	"y": true, // between two surnames: "Natalia Ortiz y Pérez"
}

// particleThenName reports whether fs opens with at most one more particle
// and then a capitalised word.
func particleThenName(fs []string) bool {
	if len(fs) > 1 && nameParticles[fs[0]] {
		fs = fs[1:]
	}
	r, _ := utf8.DecodeRuneInString(fs[0])
	return unicode.IsUpper(r)
}

// leadingName returns the name at the start of s: capitalised words up to a
// comma, a separator, " in ", " on " or a digit.
// rxWeekdayWord matches a weekday's name or its abbreviation as a whole
// word (not "Sunil", "Monique" or "Friedrich").
var rxWeekdayWord = lazyRE(`(?i)^(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)[.,]?$`)

// givenMonth reports whether fs[i], a month's name or abbreviation, opens
// a name as a given name ("Jan van der Berg", "April Ryan"): the first
// word, with a capitalised word and no figure after it.
func givenMonth(fs []string, i int) bool {
	// (First in the name, or first after "and": "Ana Ruiz & Jan van den
	// Berg".)
	if i != 0 && !(fs[i-1] == "&" || strings.EqualFold(fs[i-1], "and")) || i+1 >= len(fs) || strings.HasSuffix(fs[i], ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(fs[i+1])
	return unicode.IsUpper(r) || nameParticles[fs[i+1]]
}

func leadingName(s string) string {
	var out []string
	fs := strings.Fields(s)
	for i, w := range fs {
		end := false
		if t := strings.TrimRight(w, ",;:|"); t != w {
			w, end = t, true
		}
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(strings.TrimRight(w, "."))
		switch {
		case nameStop[lw] || monthNames[lw] != 0 && !givenMonth(fs, i) || rxWeekdayWord.MatchString(lw),
			len(out) >= 2 && lw == "the", // "Ingrid Solberg The Lakeside Daily"
			// a role of one or two words that ends the line: "Wiremu Tane
			// Hohaia Political reporter"
			len(out) >= 2 && !end && (i+2 == len(fs) && rxRole.MatchString(fs[i+1]) && (lowerFirst(fs[i+1]) || rxRoleWord.MatchString(w)) ||
				i+1 == len(fs) && rxRole.MatchString(w)):
			end = true
			w = ""
		case len(out) >= 2 && rxMediaWord.MatchString(w):
			// "Jane Doe Daily Mail", "Jane Doe Associated Wire": a
			// publication's name after the person's.
			if len(out) >= 3 {
				out = out[:len(out)-1]
			}
			end = true
			w = ""
		case len(out) > 0 && allCaps(out[len(out)-1]) && !isInitial(out[len(out)-1]) && !allCaps(w) && w != "and":
			end = true // "JANE DOE Associated Wire"
			w = ""
		case w == "and" || w == "&" || w == "AND" && len(out) > 0 && allCaps(out[len(out)-1]):
			// ("AND" between names in capitals: "JANE DOE AND JOHN ROE")
			if len(out) == 0 {
				return ""
			}
		case len(out) > 0 && strings.EqualFold(out[len(out)-1], "and") && i+1 < len(fs) && rxHonorific.MatchString(w+" "):
			w = "" // a title before the second name: "Jane Doe and Prof. John Roe"
		case len(out) > 0 && !end && nameParticles[w] && i+1 < len(fs) && particleThenName(fs[i+1:]):
			// "Pieter van der Berg", "Ana de la Cruz": a particle inside
			// the name.
		case len(out) > 0 && rxGlottalName.MatchString(w):
			// "Tevita 'Alo Fifita": a name that opens with a glottal stop.
		case len(out) > 0 && rxJoinedParticle.MatchString(w):
			// "Rashid al-Mansoori", "Omar el-Sayed": a particle joined to
			// the surname.
		case unicode.IsUpper(r):
		default:
			end = true
			w = ""
		}
		if w != "" {
			out = append(out, w)
		} else if end && len(out) >= 3 && roleAhead(fs[i:]) {
			// "Kwabena Osei-Mensah Diplomatic correspondent", "Ingrid
			// Solberg Foreign affairs columnist": the capitalised word
			// before the role's words in lower case is the role's.
			out = out[:len(out)-1]
		}
		if end || len(out) >= 6 && !slices.ContainsFunc(out, func(w string) bool { return w == "&" || strings.EqualFold(w, "and") }) || len(out) >= 10 {
			break // (two writers' names may run to ten words: "Jane Doe and Pieter van der Merwe")
		}
	}
	for len(out) > 0 && (out[len(out)-1] == "and" || out[len(out)-1] == "AND" || out[len(out)-1] == "&") {
		out = out[:len(out)-1]
	}
	name := strings.Join(out, " ")
	if !rxName.MatchString(name) && !(len(out) == 1 && len(name) > 1) && !twoNames(name) {
		return ""
	}
	return name
}

// twoNames reports whether s is two names joined by "and", each a name by
// itself ("Aoife Ní Bhraonáin and Cillian Mac Aodha", "RANGI TE KANAWA
// AND MELE FIFITA").
func twoNames(s string) bool {
	a, b, ok := strings.Cut(s, " and ")
	if !ok {
		a, b, ok = strings.Cut(s, " AND ")
	}
	if !ok {
		a, b, ok = strings.Cut(s, " & ") // "Emma Sørensen & Piotr Zieliński"
	}
	if !ok || !rxName.MatchString(b) || rxHeadlinePrep.MatchString(s) {
		return false
	}
	// Three writers or more: "Tomás Echeverría, Paulina Ruiz and Owen
	// Fairclough" (each a name of two words or more, not a place).
	if strings.Contains(a, ", ") {
		for _, n := range strings.Split(a, ", ") {
			if !rxName.MatchString(n) || !strings.Contains(n, " ") || placeName(n) || rxMediaWord.MatchString(n) {
				return false
			}
		}
		return true
	}
	return rxName.MatchString(a)
}

// rxSpecialToAlone matches a credit line alone: "Special to The Meridian
// Ledger".
var rxSpecialToAlone = lazyRE(`^(?i:special to)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,5}$`)

// rxRefCode matches a document's reference code: "DF/97/23", "SG/SM/1234".
var rxRefCode = lazyRE(`\b[\p{Lu}\d]{1,6}/[\p{Lu}\d]{1,6}/\d{1,5}\b|\b\p{Lu}{1,5}/\d{1,5}\b`)

// rxHeadlinePrep matches a preposition a headline capitalises and no
// name holds: "Frost Thaws Between Ankara and Athens After Aegean Hotline
// Deal" names no writers.
var rxHeadlinePrep = lazyRE(`\b(?:After|Between|Amid|Against|Despite|Over|Into|Before|Ahead|Under|Towards?|Across|Behind|Beyond|Without|Within|Through|Upon|Following|During)\b`)

// englishStop and foreignStop are the commonest short words of English
// and of the languages whose sites carry English articles (French,
// German, Spanish, Italian, Portuguese, Dutch), none in both lists.
var englishStop = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true, "that": true,
	"for": true, "on": true, "with": true, "as": true, "was": true, "by": true, "at": true, "from": true,
	"it": true, "be": true, "are": true, "has": true, "have": true, "had": true, "this": true, "an": true,
	"were": true, "which": true, "said": true, "will": true, "its": true, "after": true, "but": true,
	"not": true, "would": true, "their": true, "they": true, "he": true, "she": true, "his": true, "her": true,
}

var foreignStop = map[string]bool{
	"le": true, "la": true, "les": true, "des": true, "du": true, "et": true, "est": true, "une": true,
	"un": true, "dans": true, "sur": true, "pour": true, "qui": true, "que": true, "pas": true, "au": true,
	"aux": true, "avec": true, "der": true, "die": true, "das": true, "und": true, "ist": true, "nicht": true,
	"mit": true, "den": true, "dem": true, "ein": true, "eine": true, "auf": true, "für": true, "zu": true,
	"sich": true, "el": true, "los": true, "las": true, "y": true, "en": true, "del": true, "por": true,
	"con": true, "una": true, "es": true, "se": true, "il": true, "di": true, "che": true, "della": true,
	"dei": true, "per": true, "non": true, "sono": true, "os": true, "em": true, "um": true, "uma": true,
	"não": true, "het": true, "een": true, "zijn": true, "niet": true, "voor": true, "dat": true, "été": true,
	"après": true, "sont": true, "ont": true, "leur": true, "wurde": true, "sind": true, "wird": true,
	"de": true, "sans": true, "ce": true, "ces": true, "son": true, "ses": true, "sa": true, "ils": true,
	"elle": true, "nous": true, "auch": true, "nach": true, "bei": true, "como": true, "pero": true, "más": true,
	// more French, German, Spanish, Italian, Portuguese and Dutch
	"vous": true, "votre": true, "vos": true, "nos": true, "notre": true, "cette": true, "cet": true, "mais": true,
	"où": true, "tous": true, "aussi": true, "plus": true, "im": true, "vom": true, "zum": true, "zur": true,
	"einen": true, "einem": true, "einer": true, "oder": true, "wie": true, "über": true, "aus": true, "sie": true,
	"wir": true, "ihre": true, "unser": true, "noch": true, "mehr": true, "jetzt": true, "al": true, "sus": true,
	"su": true, "nuestro": true, "nuestra": true, "cada": true, "muy": true, "sobre": true, "desde": true,
	"también": true, "lo": true, "gli": true, "alla": true, "nel": true, "nella": true, "sul": true,
	"dal": true, "delle": true, "degli": true, "anche": true, "più": true, "questo": true, "sotto": true,
	"dopo": true, "ogni": true, "è": true, "da": true, "dos": true, "ao": true, "pelo": true, "pela": true,
	"deste": true, "desta": true, "nosso": true, "nossa": true, "você": true, "são": true, "também": true,
	"já": true, "om": true, "deze": true, "te": true, "ook": true, "naar": true, "wordt": true,
	"heeft": true, "onze": true, "uw": true, "je": true, "nog": true, "bij": true, "aan": true, "meer": true,
	// Polish, Turkish, Indonesian and Malay
	"się": true, "w": true, "z": true, "ze": true, "nie": true, "jest": true, "że": true, "od": true, "dla": true,
	"oraz": true, "przez": true, "jak": true, "czy": true, "już": true, "tylko": true, "na": true,
	"ve": true, "bir": true, "bu": true, "için": true, "ile": true, "olarak": true, "daha": true, "çok": true,
	"gibi": true, "kadar": true, "ama": true, "sonra": true, "göre": true, "tüm": true,
	"yang": true, "dan": true, "ke": true, "dari": true, "untuk": true, "dengan": true, "ini": true, "itu": true,
	"tidak": true, "akan": true, "pada": true, "juga": true, "dalam": true, "atau": true, "oleh": true, "kami": true, "anda": true,
}

// stopShares returns the shares of the first 24 words of s that are
// English and foreign stop words (enough to tell a sentence's language).
func stopShares(s string) (en, fo float64) {
	n, e, f := 0, 0, 0
	for w := range strings.FieldsSeq(s) {
		if n == 24 {
			break
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		n++
		if len(w) > 6 {
			continue // longer than any stop word
		}
		if acronymWord(w) {
			continue // an acronym: "UN" ("un" is French)
		}
		var buf [6]byte
		low := lowerASCII(buf[:len(w)], w)
		// (The map lookups with string(low) do not allocate.)
		if englishStop[string(low)] {
			e++
		} else if foreignStop[string(low)] {
			f++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(e) / float64(n), float64(f) / float64(n)
}

// markOtherLanguage marks as chrome the sentences of a page in English
// that are in another language: a summary, a note or a link in the
// chrome of a site abroad ("Résumé : Un accord a été signé après une
// longue nuit de discussions."). A page mostly in another language is
// left alone.
func markOtherLanguage(units []pageUnit) {
	var en, fo, words float64
	var other []int
	for i, u := range units {
		if !u.prose || u.chrome || u.learned || u.meta || u.words < 5 {
			continue
		}
		e, f := stopShares(u.flat)
		w := float64(u.words)
		en, fo, words = en+e*w, fo+f*w, words+w
		// (Two of another language's stop words at least: one is a fifth
		// of "Food prices rose 9.2 per cent.")
		if f >= 0.2 && f > e && f*min(w, 24) >= 2 {
			other = append(other, i)
		}
	}
	if en < 0.15*words || en < 2*fo {
		return
	}
	// Short lines too, which say less: two of another language's stop
	// words and none of English's ("Gostou deste artigo? Partilhe-o." has
	// one, "Zapisz się na newsletter Kuriera Bałtyckiego" two), not
	// counting the particles of a name ("Fernando de la Rúa resigns").
	for i, u := range units {
		if u.chrome || u.meta || u.learned || u.words < 3 || u.words > 30 {
			continue
		}
		if e, f := shortLineStops(u.flat); f >= 2 && e == 0 {
			other = append(other, i)
		}
	}
	if len(other) == 0 {
		return
	}
	for _, i := range other {
		units[i].chrome, units[i].foreign = true, true
	}
}

// shortLineStops counts the English and the foreign stop words of a short
// line: "a", which several languages share, counts for neither, nor do
// foreign stop words between two capitalised words ("de la" of
// "Fernando de la Rúa"). A word with a letter English does not write
// counts as foreign, unless it is capitalised inside the line (a name).
func shortLineStops(s string) (en, fo int) {
	words := strings.Fields(s)
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	for i, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		if h := strings.LastIndexByte(w, '-'); h > 0 && cliticTails[w[h+1:]] {
			fo++ // a pronoun hung on a verb: "Partilhe-o", "Suscríbete-lo"
			continue
		}
		if len(w) > 6 || !englishStop[strings.ToLower(w)] && !foreignStop[strings.ToLower(w)] {
			// a word in another language's letters, not a name's:
			// "Pubblicità", "kullanılmaktadır"
			if (i == 0 || !capital(w)) && strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII && unicode.Is(unicode.Latin, r) }) >= 0 {
				fo++
			}
			continue
		}
		if acronymWord(w) {
			continue // an acronym: "UN", "EU" ("un" is French)
		}
		low := strings.ToLower(w)
		switch {
		case low == "a":
		case englishStop[low]:
			en++
		case foreignStop[low]:
			if i > 0 && capital(words[i-1]) || i > 0 && foreignStop[strings.ToLower(words[i-1])] {
				j := i + 1
				for j < len(words) && foreignStop[strings.ToLower(words[j])] {
					j++
				}
				if j < len(words) && capital(words[j]) && !capital(w) {
					continue // a name's particle
				}
			}
			fo++
		}
	}
	return en, fo
}

// acronymWord reports whether w is two capital letters or more and
// nothing else.
func acronymWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := range len(w) {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// cliticTails are the pronouns Portuguese and Spanish hang on a verb
// after a hyphen.
var cliticTails = map[string]bool{"o": true, "a": true, "os": true, "as": true, "se": true, "lo": true, "la": true, "lhe": true, "lhes": true, "nos": true, "me": true, "te": true}

// lowerASCII writes w into buf (as long as w) with its ASCII letters in
// lower case and returns buf: a word to look up in a map without
// allocating (string(buf) in a map index does not copy).
func lowerASCII(buf []byte, w string) []byte {
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf
}

// photoCredit reports whether line l credits a photograph: "Photograph by
// Jane Doe for The Weekly", "Photo: Jane Doe", "Jane Doe / Agency".
func photoCredit(l string) bool {
	low := strings.ToLower(l)
	if len(strings.Fields(l)) > 12 {
		return false
	}
	return pictureCredit(low) || rxPhotoCredit.MatchString(l)
}

// pictureCredit reports whether low, a line in lower case, opens as a
// picture's credit does: "photograph by ", "illustration by ", "photo: ".
func pictureCredit(low string) bool {
	for _, p := range []string{"photograph by ", "photo by ", "photograph: ", "photo: ", "picture: ", "photography: ",
		"illustration by ", "illustration: ", "illustrations by ", "graphic by ", "graphic: ", "artwork by ", "cartoon by "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// rxReportingCredit matches a credit of reporting, as wires put it over or under a
// story: "Reporting by Jane Doe in Geneva; additional reporting by John
// Roe; Editing by Ann Poe".
var rxReportingCredit = lazyRE(`(?i)^\(?\s*(?:additional\s+)?(?:reporting|reported)\s+by\s+`)

// creditNames returns the reporters a credit line names, joined by "and"
// ("Jane Doe and John Roe"), without its editors; "" when s is no
// credit.
func creditNames(s string) string {
	if !rxReportingCredit.MatchString(s) || len(s) > 200 {
		return ""
	}
	var names []string
	for part := range strings.SplitSeq(strings.TrimSuffix(strings.TrimSpace(s), ")"), ";") {
		m := rxReportingCredit.FindStringIndex(strings.TrimSpace(part))
		if m == nil {
			continue // "Editing by ...", "Writing by ..."
		}
		if n := namesAbroad(strings.TrimSpace(part)[m[1]:]); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, " and ")
}

// rxMoreWriters matches what joins a byline's first writer to the next:
// " with additional reporting by ".
var rxMoreWriters = lazyRE(`^\s+(?:with|and)\s+(?:additional\s+)?reporting\s+(?:by|from)\s+`)

// rxAbroad matches where a writer filed from, after a name: " in Geneva",
// " in New Delhi".
var rxAbroad = lazyRE(`^\s+in\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}`)

// placeName reports whether s, two or three capitalised words, is
// shaped as a place's name rather than a person's: it opens with a word
// that opens places' names ("New Delhi", "San José", "Kuala Lumpur") or
// ends with one that closes them ("Kuwait City", "Cape Town").
func placeName(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) >= 2 && (placeOpeners[f[0]] || placeClosers[f[len(f)-1]])
}

var (
	placeOpeners = map[string]bool{
		"new": true, "san": true, "santa": true, "santo": true, "são": true, "saint": true, "st.": true, "st": true,
		"port": true, "porto": true, "puerto": true, "kuala": true, "addis": true, "buenos": true, "abu": true, "hong": true,
		"tel": true, "rio": true, "los": true, "las": true, "cape": true, "sri": true, "el": true, "la": true, "le": true,
		"dar": true, "phnom": true, "ho": true, "ciudad": true, "fort": true, "mount": true, "lake": true, "north": true,
		"south": true, "east": true, "west": true, "upper": true, "lower": true, "greater": true,
	}
	placeClosers = map[string]bool{
		"city": true, "town": true, "island": true, "islands": true, "bay": true, "beach": true, "province": true,
		"state": true, "county": true, "district": true, "region": true, "valley": true, "strip": true, "bank": true,
	}
)

// namesAbroad returns the names that open s, each possibly followed by
// where its writer was: "Ruth Abernathy in Geneva and Marco Bellini in
// Rome" gives "Ruth Abernathy and Marco Bellini".
func namesAbroad(s string) string {
	first := leadingName(s)
	if first == "" || !strings.HasPrefix(s, first) {
		return first
	}
	rest := s[len(first):]
	// "Jane Doe with additional reporting by John Roe", "Jane Doe, John
	// Roe and Ann Poe" (the list ends with "and").
	if m := rxMoreWriters.FindStringIndex(rest); m != nil {
		if more := namesAbroad(rest[m[1]:]); strings.Contains(more, " ") {
			return first + " and " + more
		}
	}
	if after, ok := strings.CutPrefix(rest, ", "); ok && hasAnd(after) {
		if more := namesAbroad(after); hasAnd(more) && strings.HasPrefix(after, more) {
			return first + ", " + more
		}
	}
	// Two names and a comma between, nothing after: "Jane Doe, John Roe"
	// (not a role: "Jane Doe, Diplomatic Editor").
	if after, ok := strings.CutPrefix(rest, ", "); ok && strings.Contains(first, " ") {
		if second := strings.TrimSpace(after); leadingName(second) == second && strings.Contains(second, " ") && !rxRole.MatchString(second) && !rxMediaWord.MatchString(second) && writerName(second) == second &&
			!placeName(second) {
			return first + " and " + second
		}
	}
	m := rxAbroad.FindStringIndex(rest)
	if m == nil {
		return first
	}
	rest = rest[m[1]:]
	after, ok := strings.CutPrefix(rest, " and ")
	if !ok {
		return first
	}
	second := leadingName(after)
	if !strings.Contains(second, " ") || !strings.HasPrefix(after, second) {
		return first
	}
	if tail := strings.TrimSpace(rxAbroad.ReplaceAllString(after[len(second):], "")); tail != "" && !strings.ContainsAny(tail[:1], ",;|·•–—-/(") {
		return first
	}
	return first + " and " + second
}

// hasAnd reports whether s joins two names with "and" (or "AND", between
// names in capitals).
func hasAnd(s string) bool { return strings.Contains(s, " and ") || strings.Contains(s, " AND ") }

// cutFold is strings.CutPrefix in any case.
func cutFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// rxAgency matches the name of a news agency, alone or with its
// helpers: a byline that names no writer.
var rxAgency = lazyRE(`(?i)^(?:the\s+)?(?:associated\s+press|agence\s+france[\s-]presse|afp|ap|dpa|deutsche\s+presse[\s-]agentur|(?:thomson\s+)?reuters|xinhua(?:\s+news\s+agency)?|kyodo(?:\s+news)?|(?:itar-)?tass|ria\s+novosti|interfax|ansa|efe|upi|united\s+press\s+international|press\s+trust\s+of\s+india|pti|ians|yonhap|anadolu(?:\s+agency)?|bernama|antara|aap|australian\s+associated\s+press|canadian\s+press|press\s+association|bloomberg(?:\s+news)?|jiji(?:\s+press)?|inter\s+press\s+service|ips)(?:\s*(?:,|and|&)\s*(?:staff|agencies|wires|reporters|\p{Lu}[\p{L}-]+))?\.?$`)

// rxNotWriter matches a word that makes a byline's name a desk's or a
// role's rather than a person's: "Our Diplomatic", "Staff Reporter".
var rxNotWriter = lazyRE(`(?i)^(?:our|staff|agencies|agency|agencia|agence|agenzia|agentur|informativa|noticias|prensa|presse|broadcasting|desk|bureau|newsroom|office|team|board|editorial|wires?|correspondents?|reporters?|editors?|writers?)$`)

// rxHonorific matches a title before a writer's name.
// (Ranks and their "(Retd)" too, one after another: "Maj. Gen. (Retd)
// Jane Doe".)
var rxHonorific = lazyRE(`^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Mme|Mlle|Capt|Maj|Col|Lt|Gen|Brig|Cdr|Cmdr|Adm|Amb|Ambassador|Hon|Rev|Revd)\.?\s+|\((?i:retd|ret|rtd|retired)\.?\)\s+)+`)

// writerName returns the person a byline's name field holds as a reader
// records it: without an honorific ("Dr. Jane Doe" is Jane Doe), and ""
// when it names an agency, a desk or a role rather than a person ("By
// Associated Press", "By Our Diplomatic Editor", "Staff Reporter").
func writerName(name string) string {
	name = cutBylineTail(name)
	if rest, ok := cutFold(name, "by "); ok {
		name = strings.TrimSpace(rest)
		if len(strings.Fields(name)) < 2 {
			return ""
		}
	}
	if name == "" || rxAgency.MatchString(name) {
		return ""
	}
	if m := rxHonorific.FindStringIndex(name); m != nil && len(strings.Fields(name[m[1]:])) >= 2 {
		name = name[m[1]:]
	}
	for _, w := range strings.Fields(name) {
		if rxNotWriter.MatchString(strings.Trim(w, ".,")) {
			return ""
		}
	}
	// A sentence's full stop after the name: "By Jane Doe. Updated by
	// ..." (not an initial's or "Jr."'s).
	if f := strings.Fields(name); len(f) >= 2 {
		if last := f[len(f)-1]; strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 4 && !strings.Contains(strings.TrimSuffix(last, "."), ".") {
			name = strings.TrimSuffix(name, ".")
		}
	}
	// Two writers joined by "&" are written as two names are: "Arjun
	// Mehta and Fatima Zahra Benali".
	if and := strings.Replace(name, " & ", " and ", 1); and != name && twoNames(and) {
		name = and
	}
	return nameCase(name)
}

// nameCase writes a name printed all in capitals or all in lower case
// ("KOFI ASANTE-MENSAH", "marta kowalczyk") as a name is written: each
// part capitalised, "and" between two names in lower case. A name in
// mixed case ("Sarah-Jane McAllister") is left as it is.
func nameCase(name string) string {
	if strings.ToUpper(name) != name && strings.ToLower(name) != name {
		return name
	}
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if w == "and" || w == "&" || i > 0 && i < len(words)-1 && nameParticles[w] {
			continue // (a particle stays in lower case: "Pieter van der Walt")
		}
		rs := []rune(w)
		up := true
		for k, r := range rs {
			if up && unicode.IsLetter(r) {
				rs[k] = unicode.ToUpper(r)
			}
			up = r == '-' || r == '\'' || r == '’' || r == '.'
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// writerAndPost reports whether s is a writer's name and post after a
// slash, which reads as a trail of sections: "Daniel Szabó / Budapest
// correspondent".
func writerAndPost(s string) bool {
	name, post, ok := strings.Cut(s, " / ")
	return ok && len(strings.Fields(post)) <= 3 && rxRole.MatchString(lastWord(post)) && !rxSectionWord.MatchString(name) &&
		nameLine(strings.TrimSpace(name), len(strings.Fields(name))) != ""
}

// lastWord returns the last word of s, "" when it has none.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
