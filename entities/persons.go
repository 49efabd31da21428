package entities

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/archive"
)

// orgSuffixes end company and institution names; a name containing one is
// not a person.
var orgSuffixes = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "co": true, "co.": true, "ltd": true, "ltd.": true,
	"plc": true, "llc": true, "ag": true, "sa": true, "nv": true, "gmbh": true, "bv": true, "spa": true,
	"group": true, "bank": true, "holdings": true, "industries": true, "corporation": true, "company": true,
	"airlines": true, "airways": true, "partners": true, "associates": true, "trust": true, "bancorp": true,
	"international": true, "systems": true, "technologies": true, "enterprises": true, "motors": true,
	"petroleum": true, "securities": true, "financial": true, "capital": true, "investments": true,
	"communications": true, "electric": true, "resources": true, "mines": true, "mining": true, "oil": true,
	"energy": true, "foods": true, "stores": true, "laboratories": true, "labs": true, "pharmaceuticals": true, "chemical": true,
	"chemicals": true, "ministry": true, "party": true, "council": true, "commission": true, "department": true,
	"university": true, "agency": true, "association": true, "federation": true, "institute": true,
	"committee": true, "union": true, "club": true, "fund": true, "exchange": true, "board": true,
	"court": true, "office": true, "news": true, "times": true, "post": true, "press": true, "herald": true,
	"journal": true, "street": true, "avenue": true, "road": true, "square": true, "stadium": true,
	"park": true, "house": true, "hotel": true, "airport": true, "river": true, "island": true, "islands": true,
	"cup": true, "league": true, "open": true, "championship": true, "championships": true, "prize": true,
	"award": true, "act": true, "treaty": true, "accord": true, "plan": true, "day": true, "center": true, "centre": true,
	"hospital": true, "school": true, "college": true, "city": true, "county": true, "province": true, "state": true,
	"sons": true, "brothers": true, "cie": true, "ab": true, "agreement": true, "works": true,
	"million": true, "billion": true, "dollar": true, "dollars": true,
}

// orgNameWords name organisations, in English and in the languages whose
// banks and companies the wires name untranslated; a person's span holding
// one is a body's name. Kept apart from orgSuffixes, which the persons
// model reads.
var orgNameWords = map[string]bool{
	"banque": true, "banques": true, "banco": true, "banca": true, "banka": true, "bancaria": true,
	"bancario": true, "credit": true, "credito": true, "societe": true, "société": true, "sociedad": true,
	"societa": true, "compagnie": true, "compania": true, "companhia": true, "caisse": true, "istituto": true,
	"instituto": true, "institut": true, "sparkasse": true, "landesbank": true, "girozentrale": true,
	"kreditbank": true, "handelsbank": true, "research": true, "awards": true,
	"bulletin": true, "gazette": true, "journal": true,
	// places and things, not persons ("Buckingham Palace", "Kaiser
	// Foundation Hospitals", "Grain Storage", "Market Certificate")
	"palace": true, "hospitals": true, "storage": true, "certificate": true, "certificates": true,
}

// occupationWords open a span as the office or trade of the name after
// them, not as its first name.
var occupationWords = map[string]bool{
	"treasurer": true, "businessman": true, "businesswoman": true, "musician": true, "tycoon": true,
	"industrialist": true, "financier": true, "banker": true, "economist": true, "lawyer": true,
}

// spanNotPersonWords make a span that holds one no person's name: trades,
// market and grading terms, bodies of several, illnesses and events ("Sun
// Refining", "Kaiser Cement", "Market Index", "Level IV", "Finance
// Ministers", "Motor Neurone Disease", "Colin McRae Rally"). Unlike
// orgNameWords they say nothing of the word before them ("Bush country").
var spanNotPersonWords = map[string]bool{
	"refining": true, "tobacco": true, "cement": true, "grain": true, "underwriters": true, "mine": true,
	"index": true, "level": true, "ministers": true, "country": true, "disease": true, "sclerosis": true,
	"syndrome": true, "neurone": true, "rally": true, "plc.": true, "p.l.c.": true,
	// a firm's or a body's head noun ("Winchester Electronics", "Miramax
	// Films", "Allison Division", "Ethel Barrymore Theatre"); none is a
	// surname the corpora write
	"electronics": true, "hotels": true, "aircraft": true, "engines": true, "paints": true, "networks": true,
	"films": true, "studios": true, "records": true, "pharmaceutical": true, "wholesale": true, "farms": true,
	"games": true, "media": true, "publishing": true, "brands": true, "dairy": true, "textiles": true,
	"metals": true, "pulp": true, "radio": true, "interactive": true, "worldwide": true, "ventures": true,
	"investment": true, "futures": true, "mutual": true, "products": true, "centers": true, "semiconductor": true,
	"pipeline": true, "division": true, "unit": true, "units": true, "reserves": true, "theatre": true,
	"theater": true, "conference": true, "survey": true, "weekly": true, "incorporated": true, "limited": true,
	"automobiles": true, "services": true, "properties": true, "television": true, "appliances": true,
}

// germanArticles head titles of papers and works ("Der Spiegel").
var germanArticles = map[string]bool{"Der": true, "Die": true, "Das": true, "DER": true, "DIE": true, "DAS": true}

// stateAbbrevs are the US states' abbreviations written after a town.
var stateAbbrevs = map[string]bool{
	"ala.": true, "ariz.": true, "ark.": true, "calif.": true, "colo.": true, "conn.": true, "del.": true,
	"fla.": true, "ga.": true, "ill.": true, "ind.": true, "kan.": true, "ky.": true, "la.": true,
	"md.": true, "mass.": true, "mich.": true, "minn.": true, "miss.": true, "mo.": true, "mont.": true,
	"neb.": true, "nev.": true, "n.h.": true, "n.j.": true, "n.m.": true, "n.y.": true, "n.c.": true,
	"n.d.": true, "okla.": true, "ore.": true, "pa.": true, "r.i.": true, "s.c.": true, "s.d.": true,
	"tenn.": true, "tex.": true, "vt.": true, "va.": true, "wash.": true, "w.va.": true, "wis.": true,
	"wyo.": true, "penn.": true, "d.c.": true,
}

// initialsInText reports whether the initials of toks[i:j] stand in the
// text as one upper-case word ("ADSL").
func initialsInText(toks []token, i, j int) bool {
	b := make([]byte, 0, j-i)
	for k := i; k < j; k++ {
		c := toks[k].text[0]
		if c < 'A' || c > 'Z' {
			return false
		}
		b = append(b, c)
	}
	acr := string(b)
	for k := range toks {
		if toks[k].kind == kindWord && toks[k].text == acr {
			return true
		}
	}
	return false
}

// bodyWords end a person's span when written with a capital inside it:
// "Reagan Administration" is Reagan's, "Good Government" nobody's. In
// lower case after a name ("the Reagan administration") they leave it be.
var bodyWords = map[string]bool{"administration": true, "government": true, "cabinet": true, "camp": true}

// titleCues are honorifics after which a capitalised word is a person.
var titleCues = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "dr": true, "messrs.": true}

// placeFeatures are words of the land or water that open a place's name.
var placeFeatures = map[string]bool{"mount": true, "mt": true, "mt.": true, "lake": true, "cape": true, "port": true, "fort": true, "gulf": true, "isle": true}

// nonNames are capitalised words that are never part of a person's name.
var nonNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "god": true, "christmas": true, "easter": true, "reuters": true,
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "but": true, "and": true, "he": true, "she": true,
	"it": true, "they": true, "we": true, "i": true, "this": true, "that": true, "if": true, "when": true, "after": true,
	"before": true, "as": true, "for": true, "with": true, "by": true, "from": true, "to": true, "of": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "there": true, "here": true, "what": true, "who": true,
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"internet": true, "web": true, "tv": true, "olympic": true, "olympics": true, "fellow": true, "former": true,
	// wire units and currencies ("N.Z. Dlrs", "Stg")
	"dlrs": true, "dlr": true, "cts": true, "pct": true, "mln": true, "bln": true, "stg": true,
	// month abbreviations ("Jan 1"), sentence openers, contractions
	"feb": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "apl": true, "jne": true, "jly": true, "period": true, "periods": true, "until": true, "moreover": true, "denominations": true,
	// sentence adverbs and function words
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"meanwhile": true, "already": true, "however": true, "nevertheless": true, "furthermore": true,
	"therefore": true, "instead": true, "also": true, "thus": true, "hence": true, "besides": true,
	"otherwise": true, "likewise": true, "which": true, "have": true, "has": true, "had": true,
	"although": true, "though": true, "while": true, "whereas": true, "yet": true, "still": true,
	"we're": true, "we've": true, "we'll": true, "i'm": true, "i've": true, "it's": true, "they're": true,
	"they've": true, "you're": true, "that's": true, "there's": true, "let's": true, "he's": true, "she's": true,
	// quantifiers and number words ("Another added", "Ocean's Twelve"),
	// common nouns that speak in the wires ("Arbitrageurs said", "farm state
	// Congressmen", "Chapter 11", "the General Staff")
	"another": true, "each": true, "every": true, "several": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "eleven": true, "twelve": true, "thirteen": true, "fifteen": true, "twenty": true, "hundred": true,
	"thousand": true, "chapter": true, "staff": true, "congressmen": true, "congresswomen": true,
	"arbitrageurs": true,
	// a campaign's imperative and a programme's participle ("Stop
	// Stansted Expansion", "Asia Remembered")
	"stop": true, "remembered": true,
	// US state abbreviations of datelines ("STAMFORD, Conn., March 2")
	"ala.": true, "ariz.": true, "ark.": true, "calif.": true, "colo.": true, "conn.": true, "fla.": true,
	"ill.": true, "kan.": true, "mass.": true, "mich.": true, "minn.": true, "neb.": true, "nev.": true,
	"okla.": true, "tenn.": true, "tex.": true, "wis.": true, "wyo.": true, "penn.": true, "wash.": true,
}

type personSpan struct {
	start, end int      // token range [start, end)
	name       string   // "" until needed (spanName)
	words      []string // archive.Key of each word of the name
	ascii      bool     // every word is ASCII letters and digits: the name's key is words joined by spaces
	target     int      // index of the span it resolves to (itself if a full name)
	lower      uint16   // bit k: word k is a particle written in lower case
}

// findPersons runs the model, cleans the spans, resolves partial names to
// full names of the same article and returns names most mentioned first.
func (x *Extractor) findPersons(s *scratch) []string {
	toks := s.toks
	labels := s.labels
	x.tagPersons(toks, &s.dc, labels)
	// honorific cue: "Mr. Lavrov" is a person whatever the model says
	for i := 1; i < len(toks); i++ {
		if x.word(&toks[i-1]).is(wTitleCue) && labels[i] == labO && x.candidate(toks, i) && !x.word(&toks[i]).is(wNonName) {
			labels[i] = labB
			for j := i + 1; j < len(toks) && labels[j] == labO && x.candidate(toks, j) && !toks[j].is(flagSentStart); j++ {
				labels[j] = labI
			}
		}
	}
	x.titledPersons(s)
	x.roledPersons(s)
	x.agedPersons(s)
	x.headlinePersons(s)
	x.particleNames(s)
	x.initialNames(s)
	x.bylinePerson(s)
	x.nationalPersons(s)
	x.appositivePersons(s)
	x.resultPersons(s)
	spans := s.spans[:0]
	s.spanWords = s.spanWords[:0]
	for i := 0; i < len(toks); {
		if labels[i] != labB && labels[i] != labI {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && labels[j] == labI {
			j++
		}
		if sp, ok := x.cleanSpan(s, i, j); ok {
			spans = append(spans, sp)
		}
		i = j
	}
	spans = x.dropNonPersons(s, spans)
	x.bracketedGiven(s, spans)
	s.spans = spans
	return resolvePersons(spans, func(sp *personSpan) string { return spanName(toks, sp) })
}

// corporateAfter are words after a name's possessive that make it a
// company ("Yukos's shares", "Nokia's profits"); corporateBefore words
// before it ("shares of Conrail", "a stake in Swissair").
var (
	corporateAfter = map[string]bool{
		"shares": true, "stock": true, "profit": true, "profits": true, "earnings": true,
		"subsidiary": true, "shareholders": true, "stockholders": true, "revenue": true, "revenues": true,
		"share": true, "website": true, "software": true,
	}
	// groupNouns are the people of a team or a firm: a single word before
	// one names the team or firm ("Chelsea boss", "Yukos shareholders")
	groupNouns = map[string]bool{
		"boss": true, "manager": true, "fans": true, "supporters": true, "striker": true, "midfielder": true,
		"defender": true, "goalkeeper": true, "squad": true, "players": true, "employees": true,
		"shareholders": true, "executives": true,
	}
	// partyNouns before a name, after a comma or "called", make it a
	// party's ("his new party, Veritas")
	partyNouns = map[string]bool{"party": true, "movement": true, "alliance": true}
	// partyRoles after "the" and a single word make it a party's or a
	// body's ("the Veritas leader", "the Labour chairman")
	partyRoles = map[string]bool{"leader": true, "leadership": true, "chairman": true, "deputy": true, "members": true, "spokesman": true}
	// seatNouns after a single word make it a constituency ("Hoon's
	// Ashfield seat")
	seatNouns = map[string]bool{
		"seat": true, "constituency": true, "constituents": true, "constituent": true, "ward": true, "electorate": true,
	}
	corporateBefore = map[string][]string{
		"of":   {"shares", "takeover", "acquisition", "subsidiary", "shareholders"},
		"in":   {"shares", "stake"},
		"for":  {"bid"},
		"with": {"merger"},
	}
)

// dropNonPersons removes the spans that name no person, by rules that hold
// for any name rather than lists of known mistakes:
//
//   - a name that the article uses as a company: followed by "said its" or
//     by a possessive and a corporate noun ("Nokia's shares"), or after
//     "shares of", "a stake in", "a bid for" ... (every span with the same
//     words goes);
//   - a single word that follows "the", "a" or "an" wherever the article
//     names it ("the Oscar"), that the article also has in the plural
//     ("Oscars"), or that comes before the people of a team or firm
//     ("Chelsea boss", "Yukos shareholders");
//   - a single word that the article also writes in lower case ("Said",
//     "Per", "Will"), a sentence's first word ending in -ly
//     ("Additionally"), the plural of an acronym
//     ("DVDs") or of another capitalised word of the article ("Muslims"
//     beside "Muslim").
func (x *Extractor) dropNonPersons(s *scratch, spans []personSpan) []personSpan {
	toks := s.toks
	var corporate []string
	for k := range spans {
		sp := &spans[k]
		i, j := sp.start, sp.end
		corp := false
		if j+1 < len(toks) && toks[j].low == "said" && toks[j+1].low == "its" {
			corp = true
		}
		if toks[j-1].is(flagPossessive) && j < len(toks) && corporateAfter[toks[j].low] {
			corp = true
		}
		if i >= 2 {
			for _, w := range corporateBefore[toks[i-1].low] {
				if toks[i-2].low == w {
					corp = true
				}
			}
		}
		// "his new party, Veritas, ...", "a party called Veritas": a party's
		// name
		if i >= 2 && partyNouns[toks[i-2].low] && !toks[i-2].is(flagCap) && (toks[i-1].low == "called" || toks[i-1].low == "named" ||
			toks[i-1].text == "," && j < len(toks) && (toks[j].text == "," || toks[j].text == ".")) {
			corp = true
		}
		if !corp {
			corp = x.firmAnywhere(toks, sp)
		}
		if corp {
			corporate = append(corporate, spanKey(sp))
		}
	}
	// a single word before a seat's words ("Hoon's Ashfield seat", "an
	// Ashfield constituent") names the seat, before "party" a party
	// ("the 'Veritas' party"), between "the" and a party's role a party
	// or a body ("the Veritas leader")
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != kindWord || !t.is(flagCap) || t.is(flagAllCaps) {
			continue
		}
		n := i + 1
		if quoteMark(toks[n].text) && n+1 < len(toks) {
			n++
		}
		if a := &toks[n]; a.kind == kindWord && !a.is(flagCap) && (seatNouns[a.low] || a.low == "party" ||
			partyRoles[a.low] && n == i+1 && i > 0 && toks[i-1].low == "the") {
			key, ok := asciiKey(t.text, t.low)
			if !ok {
				key = archive.Key(t.text)
			}
			corporate = append(corporate, key)
		}
	}
	// a single word before a team's or firm's people ("Chelsea boss",
	// "Yukos shareholders") is a club or a company
	for k := range spans {
		sp := &spans[k]
		if sp.end-sp.start != 1 || sp.end >= len(toks) {
			continue
		}
		if groupNouns[toks[sp.end].low] {
			corporate = append(corporate, spanKey(sp))
		}
	}
	// a single word that only ever follows an article ("the Oscar", "an
	// Oscar nomination") names a thing; "the Reagan administration" beside
	// "Reagan said" keeps Reagan
	var thing, person []string
	for k := range spans {
		sp := &spans[k]
		if sp.end-sp.start != 1 || sp.start == 0 {
			continue
		}
		switch toks[sp.start-1].low {
		case "the", "a", "an":
			thing = append(thing, spanKey(sp))
		default:
			person = append(person, spanKey(sp))
		}
	}
	for _, k := range thing {
		if !slices.Contains(person, k) {
			corporate = append(corporate, k)
		}
	}
	// a name that the article writes as a work's or a band's name ("the
	// film Vera Drake", "Harry Potter books") is no person
	var spoken []string
	for k := range spans {
		sp := &spans[k]
		if x.titleBefore(s, sp.start) || sp.end < len(toks) && speechVerbs[toks[sp.end].low] ||
			toks[sp.start-min(sp.start, 1)].low == "said" {
			spoken = append(spoken, spanKey(sp))
		}
	}
	for k := range spans {
		sp := &spans[k]
		if x.namesWork(s, sp) {
			corporate = append(corporate, spanKey(sp))
			continue
		}
		// a name of two words or more that follows "the" or "a" ("the
		// sixth Harry Potter", "a Vera Drake") or another name's
		// possessive ("Mike Leigh's Vera Drake") is a work, unless the
		// article also has it speak or gives it a title
		if sp.end-sp.start >= 2 && sp.start > 0 && !slices.Contains(spoken, spanKey(sp)) {
			b := sp.start - 1
			if b > 0 && workOrdinals[toks[b].low] && (toks[b-1].low == "the" || toks[b-1].low == "a") {
				b-- // "the sixth", "a new"
			}
			switch {
			case toks[b].low == "the" || toks[b].low == "a" || toks[b].low == "an":
				corporate = append(corporate, spanKey(sp))
			// "Vera Drake star Imelda Staunton", "a Harry Potter film"
			case sp.end < len(toks) && toks[sp.end].kind == kindWord && !toks[sp.end].is(flagCap) && workNouns[toks[sp.end].low] &&
				!toks[sp.end-1].is(flagPossessive):
				corporate = append(corporate, spanKey(sp))
			// "'Vera Drake'": a name in quotation marks is a title
			case quoteMark(toks[b].text) && sp.end < len(toks) && quoteMark(toks[sp.end].text):
				corporate = append(corporate, spanKey(sp))
			// "Harry Potter and the Prisoner of Azkaban": a title of the
			// form "X and the Y of Z"
			case sp.end+3 < len(toks) && toks[sp.end].low == "and" && x.workTitleAfterAnd(toks, sp.end+1):
				corporate = append(corporate, spanKey(sp))
			// "her role in Vera Drake"
			case toks[b].low == "in" && b > 0 && roleWords[toks[b-1].low] && !toks[sp.end-1].is(flagPossessive):
				corporate = append(corporate, spanKey(sp))
			// "Phil Davis (Vera Drake)": a name in parentheses after a
			// person's is the work or the role
			case toks[b].text == "(" && b > 0 && sp.end < len(toks) && toks[sp.end].text == ")" && endsSpan(spans, b):
				corporate = append(corporate, spanKey(sp))
			case toks[b].is(flagPossessive) && toks[b].is(flagCap) && b > 0 && toks[b-1].is(flagCap) && hasSpan(spans, toks[b-1].low, toks[b].low):
				corporate = append(corporate, spanKey(sp))
			}
		}
	}
	out := spans[:0]
	for k := range spans {
		sp := spans[k]
		if len(corporate) > 0 && slices.Contains(corporate, spanKey(&sp)) {
			continue
		}
		if sp.end-sp.start == 1 && x.notAName(s, sp.start) {
			continue
		}
		out = append(out, sp)
	}
	return x.dropUnsupported(s, out)
}

// dropUnsupported removes the one-word names that nothing in the article
// shows to be a person: a single capitalised word ("Chelsea", "Oscar",
// "Johnson") is kept only when a longer name of the article ends in it or
// begins with it ("Lavrov" beside "Sergei Lavrov"), or when a title or an
// honorific comes right before one of its mentions ("President Suharto",
// "Mr Volcker", "Lord Falconer"), or when one of its mentions in the text
// (not a headline) says or tells something ("Volcker said", "said
// Volcker"). A bare surname that is kept may still be filled in across
// the archive (Registry).
func (x *Extractor) dropUnsupported(s *scratch, spans []personSpan) []personSpan {
	toks := s.toks
	var keep []string
	for k := range spans {
		sp := &spans[k]
		if sp.end-sp.start != 1 {
			continue
		}
		key := spanKey(sp)
		if slices.Contains(keep, key) {
			continue
		}
		if orgShaped(toks, key) {
			continue // "the statistics office Eurostat said", "Boliden AB"
		}
		// a title in a capitals headline before a word the body never
		// writes ("UK MINISTER LOOKS TO EASE ...") shows no name
		ok := x.titleBefore(s, sp.start) && !headlineOnly(toks, sp.start, key)
		for m := range spans {
			o := &spans[m]
			if len(o.words) > 1 && (o.words[len(o.words)-1] == key || o.words[0] == key) {
				ok = true
				break
			}
		}
		// saying something is no support for the first word of a company
		// of the article ("Baker said" beside "Baker International Corp"):
		// companies make statements too
		if !ok && !beginsCompany(key, s.orgs.list) && !describedAfter(toks, key) {
			for m := k; m < len(spans) && !ok; m++ {
				if o := &spans[m]; o.end-o.start == 1 && spanKey(o) == key && !joinedToName(toks, spans, o.start) {
					ok = x.speaks(toks, o.start)
				}
			}
		}
		// the forms of results and profiles, which only people take
		for m := k; m < len(spans) && !ok; m++ {
			if o := &spans[m]; o.end-o.start == 1 && spanKey(o) == key {
				ok = x.personForm(s, o.start)
			}
		}
		if ok {
			keep = append(keep, key)
		}
	}
	out := spans[:0]
	for k := range spans {
		sp := spans[k]
		if sp.end-sp.start == 1 && !slices.Contains(keep, spanKey(&sp)) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// joinedToName reports whether the word at i follows "and" after a
// capitalised word that is no person of the article and does not open its
// sentence ("AFG and Wagner and Brown said": a firm's name of two
// surnames), so that what follows it is said by the whole, not by the
// word.
func joinedToName(toks []token, spans []personSpan, i int) bool {
	if i < 2 || toks[i-1].low != "and" || toks[i-2].kind != kindWord || !toks[i-2].is(flagCap) || toks[i-2].is(flagSentStart) {
		return false
	}
	for k := range spans {
		if spans[k].start <= i-2 && i-2 < spans[k].end {
			return false
		}
	}
	return true
}

// describedAfter reports whether a sentence that ends with the one-word
// name key saying something ("..., Pravdina said.") is followed by one
// whose subject describes an organisation saying more ("The party daily
// said ..."): the speaker was the organisation.
func describedAfter(toks []token, key string) bool {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.kind != kindWord || !t.is(flagCap) || t.low != key || !speechVerbs[toks[i+1].low] || toks[i+2].text != "." {
			continue
		}
		k := i + 3
		if k >= len(toks) || toks[k].low != "the" || !toks[k].is(flagSentStart) {
			continue
		}
		// "The party daily said", "The state news agency added"
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			w := &toks[n]
			if w.kind != kindWord || w.is(flagCap) {
				break
			}
			if orgDescriptors[w.low] && n > k+1 && n+1 < len(toks) && speechVerbs[toks[n+1].low] {
				return true
			}
		}
	}
	return false
}

// firmNouns after a name in lower case make it a firm's: "its Burger
// Queen unit", "the Quill Brothers stores".
var firmNouns = map[string]bool{
	"unit": true, "units": true, "subsidiary": true, "subsidiaries": true, "division": true,
	"affiliate": true, "stores": true, "restaurants": true, "franchise": true, "franchises": true,
}

// firmHeads end an apposition that describes a firm: "X, a federally
// chartered, stockholder-owned corporation,".
var firmHeads = map[string]bool{
	"corporation": true, "company": true, "firm": true, "group": true, "bank": true, "conglomerate": true,
	"subsidiary": true, "unit": true, "partnership": true, "cooperative": true, "insurer": true, "lender": true,
	"utility": true, "retailer": true, "chain": true, "agency": true,
	// publications and broadcasters
	"daily": true, "newspaper": true, "weekly": true, "magazine": true, "journal": true, "tabloid": true,
	"newsletter": true, "broadcaster": true,
}

// appositionEnds end the words of an apposition that may name its noun:
// "X, a former trader of a major firm," is a trader.
var appositionEnds = map[string]bool{
	"of": true, "at": true, "with": true, "for": true, "in": true, "to": true, "from": true, "by": true,
	"on": true, "who": true, "which": true, "that": true, "and": true,
}

// portfolioHeads are the offices whose "of" may list several portfolios:
// "Ministry of Agriculture, Animal Husbandry and Fisheries".
var portfolioHeads = map[string]bool{"ministry": true, "minister": true, "department": true, "secretary": true, "ministries": true}

// firmAnywhere reports whether any mention of the words of sp, tagged or
// not, is written as a firm's name or part of a body's (firmShaped).
func (x *Extractor) firmAnywhere(toks []token, sp *personSpan) bool {
	n := sp.end - sp.start
	given := x.word(&toks[sp.start]).is(wFirstName)
	for p := 0; p+n <= len(toks); p++ {
		m := 0
		for m < n && toks[p+m].low == toks[sp.start+m].low {
			m++
		}
		if m == n && x.firmShaped(toks, p, p+n, given) {
			return true
		}
	}
	return false
}

// firmShaped reports whether the words toks[i:j] are written as a firm's
// name or part of a body's:
//
//   - inside the wires' company marks ("<ERIC ST>");
//   - before an apposition that describes a firm ("X, a federally
//     chartered, stockholder-owned corporation,");
//   - a portfolio listed after an office's "of" ("Ministry of
//     Agriculture, Animal Husbandry and Fisheries"; after "and" only for
//     words that do not begin with a given name);
//
// and, for words that do not begin with a given name:
//
//   - the first half of a firm whose name goes on after "and" to a legal
//     form ("Sun Refining and Marketing Co");
//   - before a firm's lower-case noun ("its Burger Queen unit").
func (x *Extractor) firmShaped(toks []token, i, j int, given bool) bool {
	if i > 0 && toks[i-1].text == "<" && j < len(toks) && toks[j].text == ">" {
		return true
	}
	if !given && j+2 < len(toks) && toks[j].low == "and" {
		for k := j + 1; k < len(toks) && k <= j+3 && toks[k].kind == kindWord && toks[k].is(flagCap); k++ {
			if k > j+1 && x.word(&toks[k]).company != "" && companyForms[toks[k].low] {
				return true
			}
		}
	}
	if !given && j < len(toks) && toks[j].kind == kindWord && !toks[j].is(flagCap) && firmNouns[toks[j].low] {
		return true
	}
	if j+2 < len(toks) && toks[j].text == "," && (toks[j+1].low == "a" || toks[j+1].low == "an") {
		for k := j + 2; k < len(toks) && k <= j+10; k++ {
			t := &toks[k]
			if t.kind == kindWord && t.is(flagCap) && !t.is(flagSentStart) && k > j+2 && toks[k-1].is(flagCap) || k == j+2 && t.kind == kindWord && t.is(flagCap) {
				// a place or a name inside the apposition ("X, a Hong
				// Kong daily with close Peking links,")
				continue
			}
			if t.text == "," {
				// "X, a federally chartered, stockholder-owned
				// corporation,": the apposition ends at its noun, not at
				// a comma between adjectives ("X, a Democrat, said" ends)
				if firmHeads[toks[k-1].low] {
					return true
				}
				if toks[k-1].is(flagCap) {
					return false
				}
				continue
			}
			if t.kind == kindWord && t.is(flagCap) || t.kind == kindPunct && t.text != "-" {
				return firmHeads[toks[k-1].low] && t.text == "."
			}
			// "X, a former trader of a major firm,": the apposition's
			// noun comes before a preposition ("X, a Hong Kong daily
			// with ...": the noun is a firm's or a paper's)
			if appositionEnds[t.low] {
				return firmHeads[toks[k-1].low]
			}
		}
	}
	// "of Agriculture, Animal Husbandry and Fisheries": back over
	// capitalised words, commas and "and" to an office's "of"
	// (a listed portfolio is followed by "and", or follows it: "Minister of
	// Fisheries and Forests, Hajime Orvanto," is the minister)
	if i >= 3 && (toks[i-1].text == "," && j < len(toks) && toks[j].low == "and" || toks[i-1].low == "and" && !given) {
		k := i - 1
		for k > 0 && i-k <= 8 && (toks[k].kind == kindWord && toks[k].is(flagCap) || toks[k].text == "," || toks[k].low == "and") {
			k--
		}
		if k > 0 && toks[k].low == "of" && toks[k+1].is(flagCap) && portfolioHeads[toks[k-1].low] && toks[k-1].is(flagCap) {
			return true
		}
	}
	return false
}

// bracketedGiven completes a given name (of the list, or after a title)
// that an editor put in brackets before the surname the quotation used ("(former President Ferdinand)
// Marcos", "(Brazilian Finance Minister Dilson) Funaro's visit"): the
// span of the given name becomes the full name, which the surname's
// mentions then resolve to.
func (x *Extractor) bracketedGiven(s *scratch, spans []personSpan) {
	toks := s.toks
	for k := range spans {
		sp := &spans[k]
		i := sp.start
		if sp.end-i != 1 || i+2 >= len(toks) || toks[i+1].text != ")" || !x.word(&toks[i]).is(wFirstName) && !x.titleBefore(s, i) {
			continue
		}
		w := &toks[i+2]
		if w.kind != kindWord || !w.is(flagCap) || w.is(flagAllCaps) || x.word(w).is(wNonName|wFirstName|wTitle) {
			continue
		}
		open := false
		for b := i - 1; b >= 0 && b >= i-6; b-- {
			if toks[b].text == "(" {
				open = true
				break
			}
			if toks[b].kind == kindPunct {
				break
			}
		}
		if !open {
			continue
		}
		name := spanName(toks, sp) + " " + spanWord(w)
		sp.name = name
		sp.words = []string{sp.words[0], archive.Key(spanWord(w))}
		sp.ascii = false
	}
}

// headlineOnly reports whether the word at toks[i], of key, stands in a
// capitals headline and the article has a body that never writes it with
// a capital.
func headlineOnly(toks []token, i int, key string) bool {
	if !toks[i].is(flagHeadline) {
		return false
	}
	body := false
	for k := range toks {
		t := &toks[k]
		if t.field != fieldBody || t.is(flagHeadline) {
			continue
		}
		body = true
		if t.kind == kindWord && t.is(flagCap) && t.low == key {
			return false
		}
	}
	return body
}

// orgDescriptors are lower-case nouns that, with a modifier before them,
// describe an organisation standing right before its name: "the national
// statistics institute Istat", "the government daily Izvestia", "net
// monitoring firm Netcraft".
var orgDescriptors = map[string]bool{
	"institute": true, "office": true, "daily": true, "newspaper": true, "weekly": true, "magazine": true,
	"agency": true, "firm": true, "company": true, "group": true, "bank": true, "carrier": true,
	"airline": true, "maker": true, "producer": true, "operator": true, "giant": true, "regulator": true,
	"watchdog": true, "charity": true, "network": true, "broadcaster": true, "retailer": true,
	"insurer": true, "lender": true, "conglomerate": true, "subsidiary": true, "utility": true,
	"organisation": true, "organization": true, "consultancy": true, "website": true, "site": true,
	"manufacturer": true, "exporter": true, "importer": true, "supplier": true, "brewer": true,
	"broker": true, "brokerage": true, "department": true, "ministry": true,
	"store": true, "chain": true, "brand": true, "label": true, "studio": true, "publisher": true,
	"supermarket": true, "grocer": true, "carmaker": true, "automaker": true,
}

// ownedWords end a hyphened adjective of an organisation: "state-owned",
// "family-run", "state-controlled".
var ownedWords = map[string]bool{"owned": true, "run": true, "controlled": true, "backed": true, "funded": true}

// determiners before a descriptor leave it a relative clause's object ("the
// firm Murdoch bought"), not an organisation's description.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true, "its": true, "their": true}

// companyForms are the legal forms that may follow a company's one-word
// name: those of a headline (legalForms) and the Nordic and Asian ones the
// wires write after a name ("Boliden AB", "Rosneft Oyj").
var companyForms = func() map[string]bool {
	m := maps.Clone(legalForms)
	for _, w := range []string{"ab", "asa", "oy", "oyj", "bhd", "pty", "kk"} {
		m[w] = true
	}
	return m
}()

// personlessEnds end a firm's name and no person's: the Nordic legal forms
// ("Neste Oy", "Nokia Oyj", "Norsk Hydro ASA") and "Bros" ("Warner Bros").
var personlessEnds = map[string]bool{"oy": true, "oyj": true, "asa": true, "bros": true}

// orgShaped reports whether the article writes the one-word name key as an
// organisation's somewhere: after a described organisation ("the statistics
// office Eurostat", "state-owned Rosneft"), before a legal form or a ticker
// ("Boliden AB <BLDS ST>", "Kellogg Co"), or in the wires' company marks
// ("<Finnair>", "<AB Bofors>").
func orgShaped(toks []token, key string) bool {
	for i := range toks {
		t := &toks[i]
		if t.kind != kindWord || !t.is(flagCap) {
			continue
		}
		if t.low != key && (asciiWord(t.text) || archive.Key(t.text) != key) {
			// "Saab-Scania AB", "Saab-Scania <SABS ST>": the first part of
			// a hyphened company; "C.Czarnikow in its review": a name
			// glued to an initial
			if n := i + 1; strings.HasPrefix(t.low, key+"-") && n < len(toks) && toks[n].field == t.field &&
				(toks[n].text == "<" || companyForms[toks[n].low] && toks[n].is(flagCap)) {
				return true
			}
			if strings.HasSuffix(t.low, "."+key) && companyMention(toks, i) {
				return true
			}
			continue
		}
		// a legal form is capitalised and no word's first part: "Kellogg
		// Co", not "Lee co-created"
		if n := i + 1; n < len(toks) && toks[n].field == t.field && (toks[n].text == "<" ||
			companyForms[toks[n].low] && toks[n].is(flagCap) && (n+1 == len(toks) || toks[n+1].text != "-")) {
			return true
		}
		if companyMention(toks, i) {
			return true
		}
		if i == 0 || toks[i-1].field != t.field {
			continue
		}
		b := &toks[i-1]
		// "state-owned X", "<X>" and "<AB X>" (the wires' marks of a company)
		if ownedWords[b.low] && i >= 2 && toks[i-2].text == "-" || b.text == "<" ||
			i >= 2 && toks[i-2].text == "<" && companyForms[b.low] {
			return true
		}
		if orgDescriptors[b.low] && !b.is(flagCap) && i >= 2 && toks[i-2].field == t.field &&
			toks[i-2].kind == kindWord && !determiners[toks[i-2].low] {
			return true
		}
	}
	return false
}

// companyMention reports whether the mention at toks[i] is written as a
// company's, whether or not the model took it for a name: a possessive
// before what only a firm has ("X's shares", "X's air division", "X's
// managing director"), "in its" after the name or after "said" ("X said
// in its market review", "X in its monthly review"), a name
// before an organisation's word ("X Research"), the first part of a
// hyphened name before a legal form or a ticker ("X-Scania AB"), a name
// in parentheses right after a legal form or a ticker ("Adelaide Steamship
// Co Ltd <ADSA.S> (X)"), or before a firm's people ("X analyst").
func companyMention(toks []token, i int) bool {
	t := &toks[i]
	next := func(k int) *token {
		if k < len(toks) && toks[k].field == t.field {
			return &toks[k]
		}
		return nil
	}
	if n := next(i + 1); n != nil {
		if t.is(flagPossessive) && n.kind == kindWord && !n.is(flagCap) && (corporateAfter[n.low] || firmHas[n.low]) {
			return true
		}
		// "X's air division"
		if w := next(i + 2); t.is(flagPossessive) && w != nil && n.kind == kindWord && !n.is(flagCap) && !corporateAfter[n.low] &&
			w.kind == kindWord && firmHas[w.low] {
			return true
		}
		if !t.is(flagPossessive) && n.kind == kindWord && orgNameWords[n.low] {
			return true
		}
		if !t.is(flagPossessive) && n.kind == kindWord && !n.is(flagCap) && firmPeople[n.low] {
			return true
		}
		// "X in its review", "X said in its review" ("X said its" is also
		// a chairman's: "Chairman Y said its offer stands")
		k := i + 1
		if toks[k].low == "said" {
			k++
		}
		if k+1 < len(toks) && toks[k].low == "in" && toks[k+1].low == "its" && toks[k+1].field == t.field {
			return true
		}
	}
	// "... Co Ltd <ADSA.S> (X)": the short name a company is known by
	if i >= 2 && toks[i-1].text == "(" && toks[i-1].field == t.field && i+1 < len(toks) && toks[i+1].text == ")" {
		if b := &toks[i-2]; b.text == ">" || companyForms[b.low] && b.is(flagCap) {
			return true
		}
	}
	return false
}

// firmHas are what only a firm has, after a name's possessive: "X's air
// division", "X's managing director" (corporateAfter holds its shares and
// profits).
var firmHas = map[string]bool{
	"division": true, "divisions": true, "unit": true, "units": true, "subsidiaries": true,
	"affiliate": true, "affiliates": true, "plant": true, "plants": true, "factory": true,
	"factories": true, "managing": true, "workforce": true, "turnover": true, "brand": true,
	"brands": true, "customers": true,
}

// firmPeople are a firm's people named after the firm with no possessive
// ("X analyst Ian Fogg"); a person's name is never written before them.
var firmPeople = map[string]bool{"analyst": true, "analysts": true}

// asciiWord reports whether w is ASCII only: its key is its lower case.
func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// personForm reports whether the one-word name at toks[i] stands in a
// form that only a person takes:
//
//   - a scorer in a result, the name then a minute in parentheses
//     ("(Riedle 8th minute, Heinrich 29th)");
//   - a fielder or bowler of a cricket scorecard, after a lower-case "c"
//     or "b" ("c Stewart b Mullally");
//   - an age: "the 21-year-old Huber", "Coetzer, 24,";
//   - a win-loss record or a country in parentheses right after the
//     name ("Moyer (10-2)", "Nilis (Belgium)").
func (x *Extractor) personForm(s *scratch, i int) bool {
	toks := s.toks
	n := len(toks)
	// "(Riedle 8th minute", "(Jeffrey 7, Roest 33)": a minute after a name
	// that opens the parentheses or follows a comma in them
	if i+2 < n && i > 0 && toks[i+1].kind == kindNumber && (ordinal(toks[i+1].text) ||
		(toks[i-1].text == "(" || toks[i-1].text == ",") && minute(toks[i+1].text) && (toks[i+2].text == "," || toks[i+2].text == ")")) {
		for k := i - 1; k >= 0 && k >= i-12; k-- {
			if toks[k].text == ")" {
				break
			}
			if toks[k].text == "(" {
				return true
			}
		}
	}
	// "Vass 9-2-35-0": a bowler's figures
	if i+7 < n && toks[i+1].kind == kindNumber && toks[i+2].text == "-" && toks[i+3].kind == kindNumber &&
		toks[i+4].text == "-" && toks[i+5].kind == kindNumber && toks[i+6].text == "-" && toks[i+7].kind == kindNumber {
		return true
	}
	if i > 0 && (toks[i-1].low == "c" || toks[i-1].low == "b") && toks[i-1].kind == kindWord && !toks[i-1].is(flagCap) {
		return true
	}
	if i+2 < n && (toks[i+1].text == "c" || toks[i+1].text == "b") && toks[i+2].is(flagCap) && toks[i+2].kind == kindWord {
		return true
	}
	// "the 21-year-old Huber"; not a club or a town before a noun ("the
	// 21-year-old Blues prop", "the 35-year-old Cobh runner")
	if i >= 4 && toks[i-1].low == "old" && toks[i-2].text == "-" && toks[i-3].low == "year" && toks[i-4].text == "-" &&
		(i+1 >= n || toks[i+1].kind != kindWord || toks[i+1].is(flagCap) || afterAge[toks[i+1].low] || speechVerbs[toks[i+1].low]) {
		return true
	}
	// "Coetzer, 24,": a comma, a number of two digits, a comma or a stop
	if i+3 < n && toks[i+1].text == "," && toks[i+2].kind == kindNumber && len(toks[i+2].text) == 2 &&
		(toks[i+3].text == "," || toks[i+3].text == "." || toks[i+3].text == ")") && toks[i+2].text[0] != '0' {
		return true
	}
	if winLoss(toks, i) {
		return true
	}
	if i+1 < n && toks[i+1].text == "(" {
		// "Nilis (Belgium)"
		if i+2 < n && toks[i+2].is(flagCap) {
			if ref, m := x.matchCountry(toks, i+2, &s.buf); m > 0 && ref.idx >= 0 && ref.kind == ckName && i+2+m < n && toks[i+2+m].text == ")" {
				return true
			}
		}
	}
	return false
}

// winLoss reports whether a win-loss record in parentheses follows the
// word at toks[i] ("Moyer (10-2)").
func winLoss(toks []token, i int) bool {
	return i+5 < len(toks) && toks[i+1].text == "(" && toks[i+2].kind == kindNumber && toks[i+3].text == "-" &&
		toks[i+4].kind == kindNumber && toks[i+5].text == ")"
}

// afterAge are the lower-case words that may follow a name after its age
// ("the 21-year-old Huber of Germany", "... Hingis won"); another word
// there is the noun the name qualifies ("the 21-year-old Blues prop").
var afterAge = map[string]bool{
	"was": true, "is": true, "has": true, "had": true, "will": true, "would": true, "who": true, "whose": true,
	"won": true, "beat": true, "lost": true, "scored": true, "and": true, "of": true, "from": true, "in": true,
	"at": true, "on": true, "for": true, "with": true, "to": true, "took": true, "made": true,
}

// minute reports whether w is a whole number of one to three digits.
func minute(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// ordinal reports whether w is a number written as an ordinal ("8th",
// "52nd", "1st").
func ordinal(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// beginsCompany reports whether a company of orgs (a name ending in a legal
// form) begins with the word key: "Baker" of "Baker International Corp".
func beginsCompany(key string, orgs []orgCount) bool {
	for _, o := range orgs {
		if h := companyHead(o.name); len(h) > 0 && h[0] == key {
			return true
		}
	}
	return false
}

// titleBefore reports whether a title of one to three words or an
// honorific ends right before toks[i] ("Foreign Minister", "Mr.").
//
// An honorific after "the" or "a" names a type ("the Mr Nasty of books"),
// and a one-word title in lower case that is also an adjective ("major
// Asian producers", "chief Asian strategist") no title.
func (x *Extractor) titleBefore(s *scratch, i int) bool {
	toks := s.toks
	if i > 0 && x.word(&toks[i-1]).is(wTitleCue) {
		return i < 2 || toks[i-2].low != "the" && toks[i-2].low != "a"
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].kind != kindWord {
			return false
		}
		if k == i-1 && adjectiveTitles[toks[k].text] {
			continue
		}
		if _, n := x.matchTitle(toks[:i], k, &s.buf); n == i-k {
			return true
		}
	}
	return false
}

// adjectiveTitles are titles that, in lower case, are also adjectives
// before a noun: "major Asian producers", "chief Asian strategist",
// "general Motors-style".
var adjectiveTitles = map[string]bool{"major": true, "chief": true, "general": true, "senior": true}

// speechVerbs after a name, or "said" before it, show a speaker.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "argued": true, "insisted": true,
	"stressed": true, "noted": true, "warned": true, "declared": true, "asked": true, "replied": true,
	"explained": true, "admitted": true, "announced": true, "predicted": true, "urged": true, "testified": true,
}

// personalNouns after a possessive are what only a person has.
var personalNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "widow": true, "mother": true, "father": true,
	"brother": true, "sister": true, "aide": true, "aides": true, "adviser": true, "advisers": true,
	"lawyer": true, "lawyers": true, "presidency": true, "chief": true,
}

// speaks reports whether the one-word name at toks[i] is the subject of a
// verb of saying ("Volcker said", "VOLCKER SAYS"; "Volcker, who ..., said"
// is not read), follows "said" ("..., said Volcker") or follows an
// institution's possessive ("Treasury's Baker", "FED'S JOHNSON": a role),
// or has what only a person has ("Reagan's wife", "Reagan's chief of
// staff").
func (x *Extractor) speaks(toks []token, i int) bool {
	// "a spokeswoman for Wexley said": the name after a preposition is
	// no subject of the verb after it
	object := i > 0 && objectPrepositions[toks[i-1].low] && !toks[i-1].is(flagCap)
	if i+1 < len(toks) && !object && (speechVerbs[toks[i+1].low] || x.word(&toks[i+1]).is(wLeadVerb)) {
		return true
	}
	// "Mikulic has said Yugoslavia ...": "said" after an auxiliary, unless
	// a company says it ("watchdog Ofcom has said", "Alkan had said
	// earlier this year it would close ...") or the name is no subject ("a
	// spokesman for Allianz has said")
	if i+3 < len(toks) && (toks[i+1].low == "has" || toks[i+1].low == "had") && toks[i+2].low == "said" &&
		(i == 0 || !orgDescriptors[toks[i-1].low] && !objectPrepositions[toks[i-1].low]) && !companyClause(toks, i+3) {
		return true
	}
	// "REAGAN OPPOSES ...", "REAGAN TO ADDRESS NATION": a headline's person
	if i == 0 && i+1 < len(toks) && personVerb(toks, i+1) {
		return true
	}
	// "Reagan's wife", "Reagan's chief of staff": what only a person has
	if toks[i].is(flagPossessive) && i+1 < len(toks) && personalNouns[toks[i+1].low] {
		return true
	}
	if i == 0 {
		return false
	}
	// "... to defend price - Subroto": a flash's attribution
	if toks[i].field == fieldTitle && (toks[i-1].text == "-" || toks[i-1].text == "," && i >= 5 && !toks[i-2].is(flagCap)) && (i+1 == len(toks) || toks[i+1].field != fieldTitle) {
		return true
	}
	// "Treasury's Baker", not a day's or a month's ("Sunday's Oscar
	// ceremony")
	b := &toks[i-1]
	return b.low == "said" || b.low == "says" || b.is(flagPossessive) && b.is(flagCap) && b.kind == kindWord && !nonNames[b.low]
}

// objectPrepositions before a name make it no subject of the verb after
// it ("an aide to Nakasone has said").
var objectPrepositions = map[string]bool{
	"to": true, "for": true, "of": true, "at": true, "from": true, "with": true, "by": true,
}

// companyClause reports whether the clause from toks[k] on refers back
// to a company: "it", "its", "they" or "we" among its next eight words.
func companyClause(toks []token, k int) bool {
	for e := min(len(toks), k+8); k < e; k++ {
		switch t := &toks[k]; {
		case t.text == "." || quoteMark(t.text):
			return false
		case t.low == "it" || t.low == "its" || t.low == "they" || t.low == "their" || t.low == "we" || t.low == "our":
			return true
		}
	}
	return false
}

// workBefore are words right before a name that make it the name of a work
// or a band ("the film Vera Drake", "band Franz Ferdinand"); workAfter are
// words right after it ("Harry Potter books", "Franz Ferdinand singer").
var (
	workBefore = map[string]bool{
		"film": true, "movie": true, "band": true, "album": true, "novel": true, "book": true, "musical": true,
		"films": true, "movies": true, "hit": true, "hits": true, "blockbuster": true,
		"play": true, "drama": true, "sitcom": true, "biopic": true, "opera": true, "group": true, "series": true,
		"song": true, "single": true, "documentary": true,
		// vessels are named like people ("the French ship Capitaine Wallis")
		"ship": true, "vessel": true, "tanker": true, "freighter": true, "carrier": true, "frigate": true,
		"destroyer": true, "liner": true, "yacht": true, "ferry": true, "submarine": true, "cruiser": true,
	}
	workAfter = map[string]bool{
		"films": true, "movies": true, "books": true, "novels": true, "sequel": true, "franchise": true,
		"frontman": true, "singer": true, "guitarist": true, "drummer": true, "album": true, "soundtrack": true,
		"author": true, "actress": true, "actor": true, "cast": true, "series": true, "games": true,
		"trilogy": true, "saga": true,
	}
)

// hasSpan reports whether a span of spans is the two words first last
// (lower case, as tokens have them).
func hasSpan(spans []personSpan, first, last string) bool {
	for k := range spans {
		if w := spans[k].words; len(w) == 2 && w[0] == first && w[1] == last {
			return true
		}
	}
	return false
}

// workNouns after a name of two words or more make it a work's name when
// the article neither has it speak nor gives it a title ("Vera Drake
// star Imelda Staunton"). "Film" and "movie" are not among them: "a Kevin
// Spacey movie" is his.
var workNouns = map[string]bool{
	"star": true, "director": true, "producer": true, "premiere": true, "adaptation": true, "screenplay": true,
	"sequel": true,
}

// roleWords before "in" and a name make it a work ("her role in Vera
// Drake", "starring in ...").
var roleWords = map[string]bool{
	"role": true, "roles": true, "starring": true, "starred": true, "stars": true, "cameo": true, "appeared": true,
	"appears": true, "appearance": true, "performance": true,
}

// workTitleAfterAnd reports whether toks[k:] go on a work's title after
// "and": "the Prisoner of Azkaban", "Order of the Phoenix" (a capitalised
// word that is no title, then "of").
func (x *Extractor) workTitleAfterAnd(toks []token, k int) bool {
	if toks[k].low == "the" {
		k++
	}
	return k+1 < len(toks) && toks[k].kind == kindWord && toks[k].is(flagCap) && !x.word(&toks[k]).is(wTitle|wNonName) &&
		toks[k+1].low == "of"
}

// quoteMark reports whether w is a quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}

// endsSpan reports whether a span of spans ends right before toks[b].
func endsSpan(spans []personSpan, b int) bool {
	for k := range spans {
		if spans[k].end == b {
			return true
		}
	}
	return false
}

// workOrdinals come between "the" and a work's name ("the sixth Harry
// Potter", "the new Vera Drake").
var workOrdinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"latest": true, "new": true, "next": true, "last": true, "original": true, "final": true,
}

// namesWork reports whether sp is written as the name of a work or a band.
// A possessive ends the name ("Mike Leigh's film" is Mike Leigh's).
func (x *Extractor) namesWork(s *scratch, sp *personSpan) bool {
	toks := s.toks
	if sp.start > 0 {
		b := &toks[sp.start-1]
		if b.kind == kindWord && !b.is(flagCap) && workBefore[b.low] {
			return true
		}
		// "the British company Tom Wexley", "the owners, Tom Wexley": a
		// firm named in apposition to a company noun
		at := sp.start - 1
		if sp.start > 1 && b.text == "," {
			at--
			b = &toks[at]
		}
		if b.kind == kindWord && !b.is(flagCap|flagPossessive) && firmBefore[b.low] && (at == sp.start-1 || firmPlural[b.low]) &&
			!x.officeOfFirm(toks, at) {
			return true
		}
	}
	if sp.end < len(toks) && !toks[sp.end-1].is(flagPossessive) {
		a := &toks[sp.end]
		if a.kind == kindWord && !a.is(flagCap) && workAfter[a.low] {
			return true
		}
	}
	// "Tom Wexley's parent company": only a firm has a parent
	if sp.end+1 < len(toks) && toks[sp.end-1].is(flagPossessive) && toks[sp.end].low == "parent" &&
		(toks[sp.end+1].low == "company" || toks[sp.end+1].low == "group") {
		return true
	}
	return false
}

// officeOfFirm reports whether the company noun at toks[at] follows "of"
// and its article ("Chairman of the firm Tom Wexley", "head of the
// state-owned Orvan company, Tom Wexley"): the name is the office holder's.
func (x *Extractor) officeOfFirm(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		switch toks[k].low {
		case "of":
			return true
		case "by", "for", ",", ".", "said", "says":
			return false
		}
	}
	return false
}

// firmPlural are the firmBefore nouns that may stand before a comma and
// the name ("the owners, Tom Wexley"); the singular ones must be right
// before it ("the company, Tom Wexley, said" is often its chief).
var firmPlural = map[string]bool{"owners": true, "operators": true}

// firmBefore are company nouns right before a name (or before a comma and
// the name) that make it a firm's: "the British company Tom Wexley", "a
// spokesman for the owners, Tom Wexley".
var firmBefore = map[string]bool{
	"company": true, "firm": true, "owners": true, "operator": true, "operators": true, "subsidiary": true,
	"brokerage": true, "airline": true,
}

// notAName reports whether the one-word name at toks[i] is a common word
// (see dropNonPersons).
func (x *Extractor) notAName(s *scratch, i int) bool {
	toks := s.toks
	t := &toks[i]
	if t.is(flagAllCaps) || t.is(flagHeadline) {
		return false
	}
	if s.dc.lowSeenAt(i) {
		return true
	}
	// "Oscar" beside "Oscars": a thing that comes in the plural
	if _, ok := s.dc.lowSeen[t.low+"s"]; ok && !strings.HasSuffix(t.low, "s") {
		return true
	}
	// "Additionally", "Initially": a sentence's first word ending in -ly (a
	// surname first, then a comma, is common: "Yeutter, speaking ...")
	if t.is(flagSentStart) && len(t.low) > 5 && strings.HasSuffix(t.low, "ly") {
		return true
	}
	w := t.text
	if n := len(w); n >= 3 && w[n-1] == 's' {
		// "DVDs": capitals and a lower-case s
		caps := true
		for k := 0; k < n-1; k++ {
			if w[k] < 'A' || w[k] > 'Z' {
				caps = false
				break
			}
		}
		if caps {
			return true
		}
		// "Muslims" beside "Muslim"
		if n >= 5 && w[n-2] != 's' && w[n-2] != '\'' {
			if _, ok := s.dc.lowSeen[t.low[:len(t.low)-1]]; ok {
				return true
			}
		}
	}
	return false
}

// titledPersons labels a given name and the capitalised words after it as
// a person when a title comes right before ("Chief of Staff Howard Baker",
// "Treasury Secretary James Baker") and the model missed them: without
// them the article's own full name would be lost and a bare surname later
// in it taken for someone else's.
func (x *Extractor) titledPersons(s *scratch) {
	toks, labels := s.toks, s.labels
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != kindWord || !toks[i].is(flagCap) || toks[i].is(flagHeadline) {
			continue
		}
		_, n := x.matchTitle(toks, i, &s.buf)
		office := false
		if n == 0 && strings.IndexByte(toks[i].low, '-') > 0 && hyphenTitle(toks[i].low) {
			n, office = 1, true // "Undersecretary-General", "Director-General"
		}
		if n == 0 {
			continue
		}
		office = office || officeTitles[toks[i+n-1].low]
		k := i + n
		afterOrg := false
		// "Chancellor of the Exchequer Nigel Lawson", "Governor of the Bank
		// of Japan Satoshi Sumita": the office after "of" belongs to the title
		if k+1 < len(toks) && toks[k].low == "of" {
			e := k + 1
			if toks[e].low == "the" {
				e++
			}
			m := e
			if e < len(toks) && s.used[e] == 2 {
				// an organization's name ("the Bank of Japan"), then the
				// person's two words or more, given name known or not
				for m < len(toks) && s.used[m] == 2 {
					m++
				}
				if m+1 < len(toks) && toks[m].is(flagCap) && toks[m+1].is(flagCap) && toks[m].kind == kindWord &&
					toks[m+1].kind == kindWord && s.used[m] == 0 && !toks[m].is(flagSentStart) {
					k, afterOrg = m, true
				}
			} else {
				for m < len(toks) && m < e+6 && (toks[m].kind == kindWord && toks[m].is(flagCap) && !x.word(&toks[m]).is(wFirstName) ||
					m > e && (toks[m].low == "of" || toks[m].low == "and") && m+1 < len(toks) && toks[m+1].is(flagCap)) {
					m++
				}
				if m > e && m < len(toks) && x.word(&toks[m]).is(wFirstName) && !toks[m].is(flagSentStart) {
					k = m
				}
			}
			// "Minister of International Trade and Industry, Hajime
			// Tamura,": the name between commas after the office
			if k == i+n && m > e && m+3 < len(toks) && toks[m].text == "," && toks[m+1].is(flagCap) && toks[m+2].is(flagCap) &&
				toks[m+1].kind == kindWord && toks[m+2].kind == kindWord && s.used[m+1] == 0 && s.used[m+2] == 0 &&
				(toks[m+3].text == "," || m+4 < len(toks) && toks[m+3].is(flagCap) && toks[m+4].text == ",") {
				k, afterOrg = m+1, true
			}
		}
		if k+1 >= len(toks) || labels[k] != labO || !x.candidate(toks, k) ||
			x.word(&toks[k]).is(wNonName|wOrgSuffix|wTitle) {
			i = k - 1
			continue
		}
		e := k + 1
		for e < len(toks) && e < k+4 && labels[e] == labO && x.candidate(toks, e) && !toks[e].is(flagSentStart) &&
			s.used[e] == 0 && !x.word(&toks[e]).is(wNonName|wOrgSuffix|wTitle) {
			e++
		}
		// without a known given name: exactly two capitalised words, no
		// place, then a word in lower case or a stop, and either the
		// second word alone elsewhere in the article ("Trade
		// Representative Clayton Yeutter said ... Yeutter was questioned")
		// or an office's title and neither word a common one ("Senator
		// Rudy Boschwitz"; "Antitrust Division", "General Automation
		// Iberica" and "King Soopers Supermarkets" are no names)
		if e == k+1 || !afterOrg && !x.word(&toks[k]).is(wFirstName) &&
			(e != k+2 || genericTitles[toks[i].low] || toks[k].is(flagSentStart|flagAllCaps) || e < len(toks) && toks[e].is(flagCap) || s.used[k] != 0 ||
				x.startsPlace(s, k, e) || !aloneElsewhere(toks, k+1) &&
				(x.commonWord(s, k) || x.commonWord(s, k+1) || !office)) {
			i = k - 1
			continue
		}
		labels[k] = labB
		for j := k + 1; j < e; j++ {
			labels[j] = labI
		}
		i = e - 1
	}
}

// roleNouns are lower-case nouns that only a person is ("forecaster",
// "girlfriend", "goalkeeper"): unlike the titles of titles.txt they are
// not written as part of the name, and no firm, team or place is one.
var roleNouns = map[string]bool{
	"forecaster": true, "model": true, "actress": true, "actor": true, "singer": true, "girlfriend": true,
	"boyfriend": true, "wife": true, "husband": true, "widow": true, "son": true, "daughter": true,
	"brother": true, "sister": true, "mother": true, "father": true, "lawyer": true, "attorney": true,
	"doctor": true, "surgeon": true, "keeper": true, "goalkeeper": true, "striker": true, "midfielder": true,
	"defender": true, "scorer": true, "batsman": true, "bowler": true, "pitcher": true, "starter": true,
	"reliever": true, "outfielder": true, "infielder": true, "economist": true, "analyst": true, "author": true,
	"writer": true, "novelist": true, "poet": true, "composer": true, "playwright": true, "photographer": true,
	"journalist": true, "correspondent": true, "reporter": true, "colleague": true, "compatriot": true,
	"countryman": true, "teammate": true, "opponent": true, "skipper": true, "jockey": true, "businessman": true,
	"businesswoman": true, "tycoon": true, "magnate": true, "billionaire": true, "financier": true, "banker": true,
	"dissident": true, "activist": true, "aide": true, "adviser": true, "advisor": true, "suspect": true,
	"defendant": true, "victim": true, "hostage": true, "gunman": true, "cousin": true, "nephew": true,
	"niece": true, "uncle": true, "aunt": true, "fiancee": true, "boss": true, "coach": true, "captain": true,
}

// roleNoun reports whether w is a role noun or an agent noun of a
// person: "-ist" ("strategist", "journalist"; not the verbs "insist",
// "resist") or "-man", "-woman" ("cameraman", "businesswoman").
func roleNoun(w string) bool {
	if roleNouns[w] {
		return true
	}
	switch {
	case len(w) >= 6 && strings.HasSuffix(w, "ist"):
		return !istVerbs[w] && !creedIst[w]
	case len(w) >= 7 && strings.HasSuffix(w, "man"):
		return true
	}
	return false
}

// istVerbs end in "-ist" and are no agent nouns; creedIst name a
// creed's followers and as often come before a group ("the leftist Red
// Brigade guerrillas") as before a person.
var (
	istVerbs = map[string]bool{"assist": true, "insist": true, "resist": true, "persist": true, "consist": true, "subsist": true, "desist": true}
	creedIst = map[string]bool{
		"leftist": true, "rightist": true, "communist": true, "socialist": true, "marxist": true, "nationalist": true,
		"separatist": true, "islamist": true, "fundamentalist": true, "extremist": true, "terrorist": true,
		"loyalist": true, "royalist": true, "unionist": true, "zionist": true, "maoist": true, "leninist": true,
		"baathist": true, "federalist": true, "populist": true, "centrist": true, "modernist": true, "capitalist": true,
	}
)

// roledPersons labels two capitalised words after a role noun in lower
// case ("forecaster Lixion Avila", "actress girlfriend Patsy Kensit",
// "keeper Andrejez Wozniak") when the model left them out: the words are
// no place, organization, title or common word, and a word in lower case
// or a stop follows.
func (x *Extractor) roledPersons(s *scratch) {
	toks, labels := s.toks, s.labels
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.kind != kindWord || t.is(flagHeadline) || !roleNoun(t.low) || t.is(flagCap) && !t.is(flagSentStart) {
			continue
		}
		// "1987-model Ford Tempos": a noun glued into a compound is no role
		if i > 0 && toks[i-1].text == "-" && t.is(flagNoSpaceBefore) {
			continue
		}
		k, e := i+1, i+3
		// "Dissident Khmer Rouge leader": the words before a role are
		// the body's name; "Delta 88": before a number, a product's
		if e < len(toks) && (toks[e].is(flagCap) || toks[e].text == "-" || toks[e].kind == kindNumber || x.word(&toks[e]).is(wTitle) ||
			roleNouns[toks[e].low] || groupNouns[toks[e].low] || partyRoles[toks[e].low]) {
			continue
		}
		ok := true
		for m := k; m < e; m++ {
			if labels[m] != labO || !x.candidate(toks, m) || toks[m].is(flagSentStart|flagAllCaps) || s.used[m] != 0 ||
				x.word(&toks[m]).is(wNonName|wOrgSuffix|wTitle) || x.commonWord(s, m) || m < e-1 && toks[m].is(flagPossessive) {
				ok = false
				break
			}
		}
		if !ok || x.startsPlace(s, k, e) {
			continue
		}
		labels[k], labels[k+1] = labB, labI
		i = e - 1
	}
}

// agedPersons labels two to four capitalised words before an age between
// commas ("Cheung Siu Man, 40, was arrested") when the model left them
// out: the words are no place, organization, title or common word, and no
// capitalised word comes before them.
func (x *Extractor) agedPersons(s *scratch) {
	toks, labels := s.toks, s.labels
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].text != "," || toks[i+1].kind != kindNumber || len(toks[i+1].text) != 2 || toks[i+1].text[0] == '0' ||
			toks[i+2].text != "," && toks[i+2].text != "." {
			continue
		}
		b := i
		for b > 0 && i-b < 4 && toks[b-1].kind == kindWord && toks[b-1].is(flagCap) && labels[b-1] == labO {
			b--
			if toks[b].is(flagSentStart) {
				break
			}
		}
		if i-b < 2 || b > 0 && toks[b-1].is(flagCap) && !toks[b].is(flagSentStart) || x.startsPlace(s, b, i) {
			continue
		}
		ok := true
		for m := b; m < i; m++ {
			if !x.candidate(toks, m) || toks[m].is(flagAllCaps) || s.used[m] != 0 || x.word(&toks[m]).is(wNonName|wOrgSuffix|wTitle) ||
				x.commonWord(s, m) || toks[m].is(flagPossessive) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		labels[b] = labB
		for m := b + 1; m < i; m++ {
			labels[m] = labI
		}
	}
}

// particleNames joins the parts of a name that the model split at
// particles ("Joost van der Westhuizen", "Cesare dal Maso"): a name, one
// to three particles in lower case, then a capitalised word in the same
// sentence; or a name, then a capitalised particle that the model took
// for the start of another name ("Veerle De Jaeghere").
func (x *Extractor) particleNames(s *scratch) {
	toks, labels := s.toks, s.labels
	for i := 0; i+2 < len(toks); i++ {
		if labels[i] != labB && labels[i] != labI {
			continue
		}
		// "Veerle De Jaeghere": a name the model began again at a
		// capitalised particle
		if labels[i+1] == labB && labels[i+2] == labI && toks[i+1].is(flagCap) && !toks[i+1].is(flagSentStart) &&
			x.word(&toks[i+1]).is(wParticle) {
			labels[i+1] = labI
			continue
		}
		// "Valery Giscard d'Estaing": an elided particle glued to the
		// capitalised last part
		if t := &toks[i+1]; t.kind == kindWord && labels[i+1] == labO && elidedParticle(t.text) {
			labels[i+1] = labI
			continue
		}
		k := i + 1
		for k < len(toks) && k <= i+3 && toks[k].kind == kindWord && !toks[k].is(flagCap|flagSentStart) && x.word(&toks[k]).is(wParticle) {
			k++
		}
		if k == i+1 || k == i+4 || k >= len(toks) || toks[k].kind != kindWord || !toks[k].is(flagCap) ||
			toks[k].is(flagSentStart|flagHeadline) || x.word(&toks[k]).is(wNonName|wOrgSuffix|wTitle) {
			continue
		}
		for m := i + 1; m <= k; m++ {
			labels[m] = labI
		}
		i = k - 1
	}
	// "met Cesare dal Orvanto": a name the model missed whole, when the
	// particles between its parts are ones only names take
	name := func(k int) bool {
		t := &toks[k]
		return t.kind == kindWord && t.is(flagCap) && !t.is(flagAllCaps|flagHeadline|flagSentStart) && labels[k] == labO &&
			s.used[k] == 0 && !x.word(t).is(wNonName|wOrgSuffix|wTitle|wTitleCue|wParticle) && !x.commonWord(s, k)
	}
	for i := 1; i+2 < len(toks); i++ {
		if !name(i) || toks[i].is(flagPossessive) || toks[i-1].kind == kindWord && toks[i-1].is(flagCap) && !x.word(&toks[i-1]).is(wTitle|wTitleCue) {
			continue
		}
		k := i + 1
		for k < len(toks) && k <= i+2 && toks[k].kind == kindWord && !toks[k].is(flagCap|flagSentStart) && nameOnlyParticles[toks[k].low] {
			k++
		}
		if k == i+1 || k >= len(toks) || !name(k) || x.startsPlace(s, i, k+1) {
			continue
		}
		if _, n := x.matchOrg(toks, i, &s.buf); n > 0 {
			continue
		}
		labels[i] = labB
		for m := i + 1; m <= k; m++ {
			labels[m] = labI
		}
		i = k
	}
}

// elidedParticle reports whether w is a lower-case "d'" glued to a
// capitalised name ("d'Estaing", "d'Alema").
func elidedParticle(w string) bool {
	rest, ok := strings.CutPrefix(w, "d'")
	if !ok {
		rest, ok = strings.CutPrefix(w, "d\u2019")
	}
	if !ok || len(rest) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nameOnlyParticles are the particles that, between two capitalised
// words, make a person's name ("Cesare dal Orvanto", "Piet van der
// Quill"); "de", "la", "del", "di" ... also join the words of places and
// firms ("Rio de Janeiro", "Banco de Bilbao").
var nameOnlyParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true, "dal": true, "bin": true, "ibn": true,
}

// initialNames joins to a name that begins with a middle initial the
// capitalised word just before it, which the model left out when it did
// not know the given name ("Orvan J. Quellin" read as "J. Quellin"): a
// name does not begin with a middle initial after a capitalised word that
// is no title, company word, common word or place.
func (x *Extractor) initialNames(s *scratch) {
	toks, labels := s.toks, s.labels
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if labels[i] != labB || len(t.text) != 2 || t.text[1] != '.' || t.text[0] < 'A' || t.text[0] > 'Z' || labels[i+1] != labI {
			continue
		}
		p := &toks[i-1]
		if labels[i-1] != labO || p.kind != kindWord || !p.is(flagCap) || p.is(flagAllCaps|flagHeadline|flagPossessive|flagAbbrev) ||
			s.used[i-1] != 0 || x.word(p).is(wNonName|wOrgSuffix|wTitle|wTitleCue|wParticle) || x.commonWord(s, i-1) {
			continue
		}
		// a team's country before a scorecard's initial ("Zimbabwe A. Shah",
		// "Sri Lanka S. Jayasuriya")
		place := false
		for k := max(i-3, 0); k < i; k++ {
			if _, n := x.matchCountry(toks, k, &s.buf); n > 0 && k+n == i {
				place = true
			}
		}
		if !place {
			labels[i-1], labels[i] = labB, labI
		}
	}
}

// nationalPersons labels two capitalised words that a nationality or a
// place's possessive comes before ("Belgian Kris Goossens", "Boston's Mo
// Vaughn"), when the model missed them, they are no title, company, place,
// event or common word, and the surname also stands alone in the article:
// names of players and officials the model has not seen. A party's
// adjective does as a nationality when the name speaks next ("Lib Dem
// Tarn Quennell said"). ("Iva Majoli of
// Croatia" was tried too: it found names in one half of the development
// text and none in the other.)
func (x *Extractor) nationalPersons(s *scratch) {
	toks, labels := s.toks, s.labels
	name := func(k int) bool {
		t := &toks[k]
		return t.kind == kindWord && t.is(flagCap) && !t.is(flagAllCaps|flagHeadline|flagSentStart|flagPossessive) && labels[k] == labO &&
			s.used[k] == 0 && !x.word(t).is(wNonName|wOrgSuffix|wTitle) && !x.commonWord(s, k) && !officeNouns[t.low] &&
			!eventNouns[t.low] && !frenchFirm[t.low]
	}
	// cheap tests first: this runs on every token
	quick := func(k int) bool {
		t := &toks[k]
		return t.kind == kindWord && t.flags&(flagCap|flagAllCaps|flagHeadline|flagSentStart|flagPossessive) == flagCap &&
			labels[k] == labO && s.used[k] == 0
	}
	for i := 1; i+2 < len(toks); i++ {
		if p := &toks[i-1]; !p.is(flagCap) || p.is(flagHeadline) || !quick(i) || !quick(i+1) ||
			toks[i+2].is(flagCap) && toks[i+2].kind == kindWord { // three capitalised words or more
			continue
		}
		// "Belgian Kris Goossens": a nationality right before
		ok := false
		for k := i - 1; k >= 0 && k >= i-2 && !ok; k-- {
			if ref, n := x.matchCountry(toks[:i], k, &s.buf); n == i-k && ref.idx >= 0 && ref.kind == ckDemonym {
				ok = true
			}
		}
		// "Boston's Mo Vaughn": a place's possessive right before
		if !ok && toks[i-1].is(flagPossessive) {
			for k := i - 1; k >= 0 && k >= i-2 && !ok; k-- {
				if ref, n := x.matchCountry(toks[:i], k, &s.buf); n == i-k && ref.idx >= 0 && ref.kind != ckDemonym {
					ok = true
				}
			}
		}
		// "Lib Dem Tarn Quennell said": a party's adjective right before,
		// and the name speaks
		party := false
		for k := i - 1; k >= 0 && k >= i-2 && !ok; k-- {
			if partyRun(toks[:i], k) == i-k {
				ok, party = true, true
			}
		}
		if ok && name(i) && name(i+1) && !x.startsPlace(s, i, i+2) &&
			(aloneElsewhere(toks, i+1) || party && speechVerbs[toks[i+2].low] && !toks[i+2].is(flagCap)) {
			labels[i], labels[i+1] = labB, labI
			i++
		}
	}
}

// resultPersons labels the names of a result line that the model missed,
// one or two capitalised words in a form only people take: a scorer in
// parentheses before the minute ("(Riedle 8th", ", Van Hintum 69th"), a
// fielder or bowler of a cricket scorecard ("c Stewart b Mullally 35").
func (x *Extractor) resultPersons(s *scratch) {
	toks, labels := s.toks, s.labels
	name := func(k int) bool {
		t := &toks[k]
		return t.kind == kindWord && t.is(flagCap) && !t.is(flagAllCaps|flagHeadline) && labels[k] == labO && s.used[k] == 0 &&
			!x.word(t).is(wNonName|wOrgSuffix|wTitle)
	}
	label := func(i, j int) {
		if _, n := x.matchCountry(toks[:j], i, &s.buf); n > 0 {
			return
		}
		labels[i] = labB
		for k := i + 1; k < j; k++ {
			labels[k] = labI
		}
	}
	open := false
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind == kindPunct {
			switch t.text {
			case "(":
				open = true
			case ")":
				open = false
			}
		}
		if t.is(flagSentStart) && t.text != "(" {
			open = false
		}
		if t.kind == kindWord && len(t.text) > 2 {
			continue
		}
		// a scorer: "(" or "," then one or two words, then the minute
		if open && t.kind == kindPunct && (t.text == "(" || t.text == ",") {
			j := i + 1
			for j < len(toks) && j < i+3 && name(j) {
				j++
			}
			if j > i+1 && j < len(toks) && toks[j].kind == kindNumber && ordinal(toks[j].text) {
				label(i+1, j)
			}
			continue
		}
		// cricket: "c X b Y 35", "lbw b Y", "st X b Y"
		if (t.text == "c" || t.text == "b" || t.text == "st") && t.kind == kindWord && i > 0 && toks[i-1].is(flagCap|flagAbbrev) ||
			t.text == "b" && i > 0 && (toks[i-1].low == "lbw" || toks[i-1].text == "c" || toks[i-1].text == "b") {
			j := i + 1
			for j < len(toks) && j < i+3 && name(j) {
				j++
			}
			// a name glued by hyphens ("b Tamir-ul-Haqqi 35") ends after
			// its last part; cleanSpan joins the parts
			k := j
			for j > i+1 && k+1 < len(toks) && toks[k].text == "-" && toks[k].is(flagNoSpaceBefore) &&
				toks[k+1].kind == kindWord && toks[k+1].is(flagNoSpaceBefore) {
				k += 2
			}
			if j > i+1 && k < len(toks) && (toks[k].text == "b" || toks[k].kind == kindNumber) {
				label(i+1, j)
			}
		}
	}
	// a team sheet's names, an initial without its period and a surname:
	// "M Bortolami (Italy)", "G Murphy; S Horgan, B O'Driscoll". The
	// model rarely saw initials without a period; a country in
	// parentheses or a list of the same shape makes them names
	surname := func(k int) bool {
		t := &toks[k]
		return t.kind == kindWord && t.is(flagCap) && !t.is(flagAllCaps|flagHeadline|flagSentStart) && s.used[k] == 0 &&
			!x.word(t).is(wNonName|wOrgSuffix|wTitle) && (labels[k] == labO || labels[k] == labB && (k+1 >= len(toks) || labels[k+1] != labI))
	}
	item := func(i int) int {
		t := &toks[i]
		if t.kind != kindWord || len(t.text) != 1 || t.text[0] < 'A' || t.text[0] > 'Z' || t.is(flagHeadline) || labels[i] != labO ||
			t.is(flagSentStart) && (t.text == "A" || t.text == "I") || i+1 >= len(toks) || !surname(i+1) {
			return -1
		}
		j := i + 2
		if j < len(toks) && labels[i+1] == labO && surname(j) && labels[j] == labO {
			j++ // "A Lo Cicero"
		}
		return j
	}
	lastEnd := -1
	for i := 0; i+1 < len(toks); i++ {
		j := item(i)
		if j < 0 {
			continue
		}
		ok := i > 0 && lastEnd == i-1 && (toks[i-1].text == "," || toks[i-1].text == ";")
		if !ok && j+1 < len(toks) && (toks[j].text == "," || toks[j].text == ";") && item(j+1) >= 0 {
			ok = true
		}
		if !ok && j+2 < len(toks) && toks[j].text == "(" {
			if ref, m := x.matchCountry(toks, j+1, &s.buf); m > 0 && ref.idx >= 0 && j+1+m < len(toks) && toks[j+1+m].text == ")" {
				ok = true
			}
		}
		if ok {
			if _, n := x.matchCountry(toks[:j], i+1, &s.buf); n == 0 {
				labels[i] = labB
				for k := i + 1; k < j; k++ {
					labels[k] = labI
				}
			}
		}
		lastEnd = j
		i = j - 1
	}
	// a name of one word before a win-loss record ("Brannock (10-2)
	// pitched"), which no town takes; not after another capitalised word
	// ("Cheung Siu Man", "De Kock": the model's name, or a part of it).
	// An age ("the 21-year-old Quennell", "Hollard, 34,") is support for
	// a name the model found, not a name by itself: taking it also made a
	// false person on the second development half.
	for i := 0; i+1 < len(toks); i++ {
		if !winLoss(toks, i) || !name(i) || toks[i].is(flagPossessive) || x.commonWord(s, i) ||
			i > 0 && !toks[i].is(flagSentStart) && toks[i-1].kind == kindWord && toks[i-1].is(flagCap) {
			continue
		}
		label(i, i+1)
	}
}

// eventNouns name sporting events, which a nationality also comes before
// ("Belgian Grand Prix").
var eventNouns = map[string]bool{
	"grand": true, "prix": true, "masters": true, "classic": true, "rally": true, "derby": true, "marathon": true,
	"tour": true, "trophy": true, "series": true, "games": true, "invitational": true, "challenge": true,
}

// bylinePerson labels a byline that the model missed: the first paragraph
// after the title is two or three capitalised words, after "By" or alone,
// and the next paragraph begins with a word in capitals, a dateline ("By
// Kieran Murray" then "NEW YORK, Aug 26 -").
func (x *Extractor) bylinePerson(s *scratch) {
	toks, labels := s.toks, s.labels
	i := 0
	for i < len(toks) && toks[i].field == fieldTitle {
		i++
	}
	if i < len(toks) && toks[i].low == "by" && toks[i].kind == kindWord {
		i++
	}
	k := i
	for k < len(toks) && k < i+4 && toks[k].kind == kindWord && toks[k].is(flagCap) && !toks[k].is(flagAllCaps) &&
		(k == i || !toks[k].is(flagSentStart)) && s.used[k] == 0 && !x.word(&toks[k]).is(wNonName|wOrgSuffix|wTitle) {
		k++
	}
	if k-i < 2 || k-i > 3 || k >= len(toks) || !toks[k].is(flagSentStart) || !toks[k].is(flagAllCaps) || toks[k].kind != kindWord {
		return
	}
	if ref, n := x.matchCountry(toks[:k], i, &s.buf); n > 0 && ref.idx >= 0 {
		return // a place
	}
	labels[i] = labB
	for j := i + 1; j < k; j++ {
		labels[j] = labI
	}
}

// commonWord reports whether toks[k] reads as a common word rather than a
// name: a topic's keyword ("Services", "Index"), a word the article also
// writes in lower case, one with a period ("L.P.") or a body's noun
// ("Division").
func (x *Extractor) commonWord(s *scratch, k int) bool {
	t := &s.toks[k]
	return x.word(t).topic.ok || s.dc.lowSeenAt(k) || strings.IndexByte(t.text, '.') >= 0 || officeNouns[t.low]
}

// officeTitles end the titles of offices that only people hold.
var officeTitles = map[string]bool{
	"senator": true, "sen.": true, "secretary": true, "representative": true, "rep.": true, "congressman": true,
	"congresswoman": true, "minister": true, "premier": true, "president": true, "ambassador": true, "governor": true,
	"mayor": true, "judge": true, "spokesman": true, "spokeswoman": true, "chairman": true, "chairwoman": true,
	"envoy": true, "chancellor": true,
}

// officeNouns end the names of offices and bodies ("Antitrust Division",
// "Builders Savings").
var officeNouns = map[string]bool{
	"division": true, "system": true, "savings": true, "services": true, "service": true, "index": true,
	"bureau": true, "authority": true, "unit": true, "section": true, "branch": true, "directorate": true,
}

// genericTitles are titles that also begin the names of offices and
// bodies ("State Statistics Bureau", "Chief Police Officers"): they make
// no person of two unknown words.
var genericTitles = map[string]bool{
	"state": true, "chief": true, "deputy": true, "leader": true, "veteran": true,
	"rookie": true, "champion": true, "presidential": true, "director": true, "manager": true,
}

// aloneElsewhere reports whether the word toks[k] is written elsewhere in
// toks with a capital and without a capitalised word before it.
func aloneElsewhere(toks []token, k int) bool {
	for m := range toks {
		if m != k && toks[m].low == toks[k].low && toks[m].is(flagCap) && (m == 0 || !toks[m-1].is(flagCap) || toks[m].is(flagSentStart)) {
			return true
		}
	}
	return false
}

// startsPlace reports whether a country or place name begins at toks[k]
// within toks[:e] (not a place that counts only in a dateline: "Clayton").
func (x *Extractor) startsPlace(s *scratch, k, e int) bool {
	ref, n := x.matchCountry(s.toks[:e], k, &s.buf)
	return n > 0 && ref.idx >= 0 && ref.kind != ckDateline
}

// cleanSpan strips titles and particles from the ends of toks[i:j] and
// rejects spans that are places, organizations or companies.
func (x *Extractor) cleanSpan(s *scratch, i, j int) (personSpan, bool) {
	toks := s.toks
	// leading titles ("President", "Foreign Minister", "Gen.")
	for i < j {
		if _, n := x.matchTitle(toks[:j], i, &s.buf); n > 0 {
			i += n
			continue
		}
		if x.word(&toks[i]).is(wNonName) {
			i++
			continue
		}
		break
	}
	for j > i && x.word(&toks[j-1]).is(wParticle|wNonName) {
		j--
	}
	// "Mount Kilimanjaro", "Lake Erie", "Port Pirie": a feature of the
	// land or water before a name is a place's ("Anthony Lake" keeps his).
	if j-i >= 2 && placeFeatures[toks[i].low] {
		return personSpan{}, false
	}
	// "Reagan Administration": a capitalised body word ends the name
	for k := i + 1; k < j; k++ {
		if bodyWords[toks[k].low] {
			j = k
			break
		}
	}
	// a name right before a stock ticker is a company's ("Cie des Machines
	// Bull <BULP.PA>", "SAYS BAKER <BKO>"); a word cut at a hyphen is half
	// of a compound ("Berliner Handels- und Frankfurter Bank")
	if j < len(toks) && j > i && (toks[j].text == "<" || toks[j].text == "-" && toks[j].is(flagNoSpaceBefore) &&
		(j+1 >= len(toks) || !toks[j+1].is(flagNoSpaceBefore))) {
		return personSpan{}, false
	}
	// "Cie des Machines Bull", "Societe Generale de Belgique": the words
	// after a French firm's "des", "du" or "de" are its name
	if i >= 2 && (toks[i-1].low == "des" || toks[i-1].low == "du" || toks[i-1].low == "de") && frenchFirm[toks[i-2].low] {
		return personSpan{}, false
	}
	// "Class B", "Series A": a name does not end in a single capital, nor
	// in an acronym after a word in lower case ("Hutton LBO")
	if j-i >= 2 && (len(toks[j-1].text) == 1 || toks[j-1].is(flagAllCaps) && !toks[i].is(flagAllCaps) &&
		len(toks[j-1].text) >= 2 && !strings.Contains(toks[j-1].text, ".") && !romanNumeral(toks[j-1].text)) {
		return personSpan{}, false
	}
	// "Shad U.S. ambassador": a country's abbreviation is no part of the
	// name before it; "Norte S.A.", "Arcalex B.V.": a legal form with its
	// periods ends a firm's name, and so do personlessEnds
	if j-i >= 2 {
		last := toks[j-1].low
		switch bare := strings.ReplaceAll(last, ".", ""); {
		case bare != last && (bare == "us" || bare == "usa" || bare == "uk"):
			j--
		case bare != last && companyForms[bare], personlessEnds[bare]:
			return personSpan{}, false
		}
	}
	// a possessive inside the span ends what comes before it: "Chelsea's
	// Frank Lampard", "Britain's Margaret Thatcher" name one person, after
	// the possessive
	for k := i; k < j-1; k++ {
		if toks[k].is(flagPossessive | flagPluralPossessive) {
			i = k + 1
		}
	}
	// an office or a trade written before the name with a capital, as the
	// span's first word: "Treasurer Peter Costello", "Businessman Raul
	// Concepcion" (kept out of titles.txt, which the persons model reads)
	for j-i >= 3 && occupationWords[toks[i].low] {
		i++
	}
	// a title inside the span ends what comes before it: "Tory MP Boris
	// Johnson", "Labour leader Tony Blair"
	if !x.word(&toks[i]).is(wFirstName) {
		for k := i + 1; k+1 < j; k++ {
			if _, n := x.matchTitle(toks[:j], k, &s.buf); n > 0 && k+n < j {
				i = k + n
				// and so does an honorific after it: "Tory Treasurer
				// Lord Ashcroft" is Ashcroft
				for i+1 < j {
					if _, n := x.matchTitle(toks[:j], i, &s.buf); n > 0 && i+n < j {
						i += n
						continue
					}
					break
				}
				break
			}
		}
	}
	// a party's name inside the span ends the name before it or begins the
	// name after it: "Fellow Lib Dem Norman Baker" is Norman Baker, "Blair
	// Labour's ..." (a headline without its verb) is Blair
	for k := i; k < j; k++ {
		n := partyRun(toks[:j], k)
		if n == 0 {
			continue
		}
		if k+n < j {
			i = k + n
		} else {
			j = k
		}
		break
	}
	// five words or more without a particle, after a given name and a
	// surname, are a title glued to the name ("Ann Lee Million Dollar
	// Baby"): real names that long carry a particle ("Javier Perez de
	// Cuellar"). With four words the rule cost CoNLL dev F1 0.001.
	if j-i >= 5 && x.word(&toks[i]).is(wFirstName) {
		particle := false
		for k := i + 1; k < j-1; k++ {
			particle = particle || x.word(&toks[k]).is(wParticle)
		}
		if !particle {
			j = i + 2
		}
	}
	if i >= j || toks[i].field == fieldDateline && i > 0 && toks[i-1].text == "," {
		return personSpan{}, false // the state of a dateline ("HARTFORD, Conn, March 30")
	}
	// a name written twice in a row ("Mark Nielsen Mark Nielsen", a page's
	// caption run into its text) is the name once
	if n := j - i; n >= 2 && n%2 == 0 {
		same := true
		for k := 0; k < n/2 && same; k++ {
			same = toks[i+k].low == toks[i+n/2+k].low
		}
		if same {
			for k := i + n/2; k < j; k++ {
				s.used[k] = 1
			}
			j = i + n/2
		}
	}
	for k := i; k < j; k++ {
		if s.used[k] != 0 || x.word(&toks[k]).is(wOrgSuffix) {
			return personSpan{}, false
		}
	}
	if j < len(toks) && (x.word(&toks[j]).is(wOrgSuffix) || toks[j].text == "&") {
		return personSpan{}, false
	}
	// "Banque Nationale de Paris", "Jupiter Research": an organisation's
	// word, in English or another language, makes the span a body's name
	for k := i; k < j; k++ {
		if orgNameWords[toks[k].low] || spanNotPersonWords[toks[k].low] {
			return personSpan{}, false
		}
	}
	// "Der Spiegel", "Die Zeit": a German article heads a paper's or a
	// work's name; in a person's name it is written in lower case
	if j-i >= 2 && germanArticles[toks[i].text] {
		return personSpan{}, false
	}
	// "Far Hills, N.J., investor ...": a span before a comma and a US
	// state's abbreviation is a town
	if j+1 < len(toks) && toks[j].text == "," && stateAbbrevs[toks[j+1].low] {
		return personSpan{}, false
	}
	// "Hollin Carrow, Pell Dunmore Inc": a span before a comma and a
	// company's name is the first half of a partners' firm, unless it
	// starts with a given name ("said Ann Lee, Pell Dunmore Inc economist")
	if !x.word(&toks[i]).is(wFirstName) && j+1 < len(toks) && toks[j].text == "," {
		for k := j + 1; k < len(toks) && k <= j+3 && toks[k].is(flagCap) && !toks[k].is(flagSentStart); k++ {
			if x.word(&toks[k]).company != "" && k > j+1 {
				return personSpan{}, false
			}
		}
	}
	// "Asymmetric Digital Subscriber Line ... ADSL": three words or more
	// whose initials the article writes as an acronym are a term
	if j-i >= 3 && !x.word(&toks[i]).is(wFirstName) && initialsInText(toks, i, j) {
		return personSpan{}, false
	}
	// "Alex. Brown and Sons Inc", "Mario Gabelli and Co": a firm
	if j+1 < len(toks) && toks[j].low == "and" && toks[j+1].is(flagCap) && x.word(&toks[j+1]).company != "" {
		return personSpan{}, false
	}
	if j+1 < len(toks) && toks[j].low == "and" && (toks[j+1].text == "Sons" || toks[j+1].text == "Partners" || toks[j+1].text == "Associates") {
		return personSpan{}, false
	}
	// a whole span that is a place or an organization
	if ref, n := x.matchCountry(toks[:j], i, &s.buf); n == j-i && (ref.idx >= 0 || j-i > 1) {
		return personSpan{}, false
	}
	if _, n := x.matchOrg(toks[:j], i, &s.buf); n == j-i {
		return personSpan{}, false
	}
	if j-i == 1 {
		t := &toks[i]
		// "Jan vs Dec", "March 2": a date, not Jan or March the person
		if t.low == "jan" || (t.low == "march" || t.low == "may") && j < len(toks) && toks[j].kind == kindNumber {
			return personSpan{}, false
		}
		// "the Richter scale"
		if j < len(toks) && toks[j].low == "scale" {
			return personSpan{}, false
		}
		if _, ok := x.orgExact(t); ok {
			return personSpan{}, false
		}
		if t.is(flagAllCaps) && len(t.text) <= 4 && !headlineSurname(toks, i) {
			return personSpan{}, false // an acronym
		}
	}
	ascii := true
	first := len(s.spanWords)
	for k := i; k < j; k++ {
		w := spanWord(&toks[k])
		key, ok := asciiKey(w, toks[k].low)
		if !ok {
			key, ascii = archive.Key(w), false
		}
		s.spanWords = append(s.spanWords, key)
	}
	for k := i; k < j; k++ {
		s.used[k] = 1
	}
	sp := personSpan{start: i, end: j, words: s.spanWords[first:len(s.spanWords):len(s.spanWords)], ascii: ascii}
	// a particle inside a name is written in lower case, so that "Willy De
	// Clercq" and "Willy de Clercq" are one spelling
	for k := i + 1; k < j-1 && k-i < 16; k++ {
		if x.word(&toks[k]).is(wParticle) && toks[k].is(flagCap) {
			sp.lower |= 1 << (k - i)
		}
	}
	if sp.lower != 0 {
		sp.name = spanName(toks, &sp)
	}
	if !ascii {
		sp.name = spanName(toks, &sp) // for its key
	}
	// "Li Ka-shing", "Chang Chi-cheng": a given name hyphenated into a
	// lower-case syllable is one word of the name
	if j+1 < len(toks) && toks[j].text == "-" && toks[j].is(flagNoSpaceBefore) && toks[j+1].kind == kindWord &&
		toks[j+1].is(flagNoSpaceBefore) && !toks[j+1].is(flagCap) && j-i >= 2 && len(toks[j-1].text) <= 4 &&
		len(toks[j+1].text) <= 5 && !hyphenSuffixes[toks[j+1].low] {
		sp.name = spanName(toks, &sp) + "-" + toks[j+1].text
		sp.ascii = false
		last := len(sp.words) - 1
		sp.words[last] = archive.Key(toks[j-1].text + "-" + toks[j+1].text)
		s.used[j], s.used[j+1] = 1, 1
	}
	// "Inzamam-ul-Haq", "Ata-ur-Rehman": a name glued by hyphens to a
	// lower-case particle and a capitalised word is one word
	if j+1 < len(toks) && toks[j].text == "-" && toks[j].is(flagNoSpaceBefore) && toks[j+1].kind == kindWord &&
		toks[j+1].is(flagNoSpaceBefore) && !toks[j+1].is(flagCap) && s.used[j+1] == 0 {
		if h := strings.IndexByte(toks[j+1].text, '-'); h > 0 && h <= 3 && h+1 < len(toks[j+1].text) &&
			unicode.IsUpper(rune(toks[j+1].text[h+1])) && !hyphenWords[toks[j+1].low[:h]] {
			sp.name = spanName(toks, &sp) + "-" + toks[j+1].text
			sp.ascii = false
			last := len(sp.words) - 1
			sp.words[last] = archive.Key(toks[j-1].text + "-" + toks[j+1].text)
			s.used[j], s.used[j+1] = 1, 1
			j += 2
			sp.end = j
		}
	}
	// "Ali al-Naimi", "Ali al-Khalifa al-Sabah": an Arabic article glued
	// to a surname continues the name (the model stops at the lower-case
	// "al")
	for j+2 < len(toks) && (toks[j].low == "al" || toks[j].low == "el") && !toks[j].is(flagCap) &&
		toks[j+1].text == "-" && toks[j+1].is(flagNoSpaceBefore) && toks[j+2].kind == kindWord &&
		toks[j+2].is(flagCap) && toks[j+2].is(flagNoSpaceBefore) && s.used[j] == 0 && s.used[j+2] == 0 {
		sp.name = spanName(toks, &sp) + " " + toks[j].low + "-" + spanWord(&toks[j+2])
		sp.ascii = false
		sp.words = append(sp.words, toks[j].low, archive.Key(toks[j+2].text))
		s.used[j], s.used[j+1], s.used[j+2] = 1, 1, 1
		j += 3
		sp.end = j
	}
	return sp, true
}

// partyRun returns the number of words of a party's name written as an
// adjective at toks[k] ("Labour", "Tory", "Lib Dem", "Liberal Democrat"),
// 0 if none.
func partyRun(toks []token, k int) int {
	t := &toks[k]
	if t.kind != kindWord || !t.is(flagCap) {
		return 0
	}
	switch t.low {
	case "labour", "tory", "conservative", "ukip", "snp", "democrat", "republican":
		return 1
	case "lib", "liberal", "christian", "social", "free":
		if k+1 < len(toks) && (toks[k+1].low == "dem" || toks[k+1].low == "democrat") {
			return 2
		}
	case "progressive":
		if k+1 < len(toks) && toks[k+1].low == "conservative" {
			return 2
		}
	}
	return 0
}

// hyphenWords are English words that join a compound, not a name
// ("Ready-to-Serve", "Commander-in-Chief").
var hyphenWords = map[string]bool{"to": true, "of": true, "in": true, "on": true, "by": true, "for": true, "at": true, "and": true, "the": true}

// frenchFirm are the words that begin a French or Belgian firm's name.
var frenchFirm = map[string]bool{
	"cie": true, "compagnie": true, "societe": true, "société": true, "banque": true, "caisse": true,
	"groupe": true, "gruppo": true, "credit": true, "crédit": true, "generale": true, "générale": true,
}

// romanNumeral reports whether w is a regnal number ("II", "XIV").
func romanNumeral(w string) bool {
	for k := 0; k < len(w); k++ {
		if !strings.ContainsRune("IVXL", rune(w[k])) {
			return false
		}
	}
	return true
}

// hyphenSuffixes after a name make an adjective, not a longer name
// ("a Wu-led group").
var hyphenSuffixes = map[string]bool{"led": true, "based": true, "style": true, "era": true, "owned": true, "run": true, "type": true, "like": true}

// spanWord returns a word of a person's name as the name writes it: as in
// the text, or in title case when the text has it in capitals.
func spanWord(t *token) string {
	w := t.text
	if t.is(flagAllCaps) && utf8.RuneCountInString(w) > 2 && !strings.Contains(w, ".") && !romanNumeral(w) {
		w = titleCase(w)
	}
	return w
}

// spanName returns the name of sp: its words joined by spaces.
func spanName(toks []token, sp *personSpan) string {
	if sp.name != "" {
		return sp.name
	}
	var b strings.Builder
	n := sp.end - sp.start - 1
	for k := sp.start; k < sp.end; k++ {
		n += len(toks[k].text)
	}
	b.Grow(n)
	for k := sp.start; k < sp.end; k++ {
		if k > sp.start {
			b.WriteByte(' ')
		}
		if sp.lower&(1<<(k-sp.start)) != 0 {
			b.WriteString(toks[k].low)
			continue
		}
		b.WriteString(spanWord(&toks[k]))
	}
	return b.String()
}

// asciiKey returns archive.Key(w) without allocating when w is made of
// ASCII letters and digits only and low is its lower case (a token's low),
// and false otherwise.
func asciiKey(w, low string) (string, bool) {
	if len(low) != len(w) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			return "", false
		}
		if low[i] != c {
			return "", false
		}
	}
	return low, true
}

func titleCase(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == '-' || r == '\''
	}
	return b.String()
}

// resolvePersons maps each partial mention to the full name it shortens:
// "Lavrov" and "Mr. Lavrov" to the "Sergei Lavrov" of the same article
// (the nearest full name before it, else the first after it), and returns
// the distinct names, most mentioned first, then first mentioned first.
// name returns the name of a span; it is called for the names returned.
func resolvePersons(spans []personSpan, name func(*personSpan) string) []string {
	for i := range spans {
		spans[i].target = i
	}
	for i := range spans {
		sp := &spans[i]
		best := -1
		for k := range spans {
			if k == i || len(spans[k].words) <= len(sp.words) {
				continue
			}
			// "Lavrov" of "Sergei Lavrov"; "Saddam" of "Saddam Hussein", "Ali"
			// of "Ali al-Naimi"
			given := len(sp.words) == 1 && spans[k].words[0] == sp.words[0] &&
				(len(spans[k].words) == 2 || spans[k].words[1] == "al" || spans[k].words[1] == "el")
			if !isSuffix(sp.words, spans[k].words) && !given {
				continue
			}
			if best < 0 || (k < i && (best > i || k > best)) {
				best = k
			}
		}
		if best < 0 {
			best = initialTarget(spans, i)
		}
		if best < 0 {
			best = formalTarget(spans, i)
		}
		if best >= 0 {
			sp.target = best
		}
	}
	// follow chains ("Lavrov" -> "Foreign Minister Lavrov" -> ...);
	// count and first are per target span, first -1 for spans no mention
	// resolves to
	count := make([]int, 2*len(spans))
	first := count[len(spans):]
	for i := range first {
		first[i] = -1
	}
	idx := make([]int, 0, len(spans))
	for i := range spans {
		t := i
		for n := 0; spans[t].target != t && n < 4; n++ {
			t = spans[t].target
		}
		count[t]++
		if first[t] < 0 {
			first[t] = i
			idx = append(idx, t)
		}
	}
	// first mentions differ, so the order is total
	slices.SortFunc(idx, func(a, b int) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return first[a] - first[b]
	})
	var out []string
	seen := make([]string, 0, len(idx))
	for _, t := range idx {
		k := spanKey(&spans[t])
		if slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		out = append(out, name(&spans[t]))
	}
	return out
}

// spanKey returns archive.Key of the name of sp. The name is set when the
// span is not ASCII.
func spanKey(sp *personSpan) string {
	if !sp.ascii {
		return archive.Key(sp.name)
	}
	if len(sp.words) == 1 {
		return sp.words[0]
	}
	return strings.Join(sp.words, " ")
}

// initialTarget returns the span that a name written with an initial for
// its given name stands for ("J Noon" of a line-up beside "Jamie Noon" in
// the same article): the only full name of the article with the same other
// words and a given name of that letter, or -1. Two full names of that
// letter ("S Easterby" beside "Simon Easterby" and "Sam Easterby") leave
// it as written; a different letter ("S Easterby" beside "Guy Easterby")
// is another person.
func initialTarget(spans []personSpan, i int) int {
	sp := &spans[i]
	if len(sp.words) < 2 {
		return -1
	}
	ini := strings.TrimSuffix(sp.words[0], ".")
	if len(ini) != 1 || ini[0] < 'a' || ini[0] > 'z' {
		return -1
	}
	best := -1
	for k := range spans {
		o := &spans[k]
		if k == i || len(o.words) != len(sp.words) || len(strings.TrimSuffix(o.words[0], ".")) < 2 ||
			o.words[0][0] != ini[0] || !slices.Equal(o.words[1:], sp.words[1:]) {
			continue
		}
		if best >= 0 && !slices.Equal(spans[best].words, o.words) {
			return -1 // two people of that letter
		}
		if best < 0 {
			best = k
		}
	}
	return best
}

// hypocorisms are English given names used for longer ones ("Jim" for
// "James"), each with the names it shortens.
var hypocorisms = map[string][]string{
	"jim": {"james"}, "jimmy": {"james"}, "tom": {"thomas"}, "tommy": {"thomas"}, "dave": {"david"},
	"steve": {"steven", "stephen"}, "danny": {"daniel"}, "dan": {"daniel"}, "freddie": {"frederick"},
	"fred": {"frederick", "alfred"}, "bill": {"william"}, "billy": {"william"}, "will": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"}, "mike": {"michael"}, "mick": {"michael"},
	"dick": {"richard"}, "rick": {"richard"}, "rich": {"richard"}, "tony": {"anthony"}, "andy": {"andrew"},
	"chris": {"christopher", "christian"}, "joe": {"joseph"}, "nick": {"nicholas"}, "ed": {"edward"},
	"ted": {"edward"}, "ken": {"kenneth"}, "matt": {"matthew"}, "pat": {"patrick", "patricia"},
	"sam": {"samuel", "samantha"}, "ben": {"benjamin"}, "alex": {"alexander", "alexandra"},
	"larry": {"lawrence"}, "jerry": {"gerald", "jerome"}, "charlie": {"charles"}, "chuck": {"charles"},
	"greg": {"gregory"}, "jeff": {"jeffrey"}, "ron": {"ronald"}, "don": {"donald"}, "doug": {"douglas"},
	"phil": {"philip", "phillip"}, "pete": {"peter"}, "sandy": {"alexander", "sandra"}, "liz": {"elizabeth"},
	"kate": {"katherine", "catherine"}, "jenny": {"jennifer"}, "sue": {"susan"}, "tim": {"timothy"},
	"frank": {"francis"}, "gerry": {"gerald", "gerard"}, "johnny": {"john"}, "jack": {"john"},
}

// formalTarget returns the span that a name with a short form of a given
// name stands for ("Jim Baker" beside "James Baker" in the same article):
// the only full name of the article with the same other words whose
// given name the short form is used for, or -1.
func formalTarget(spans []personSpan, i int) int {
	sp := &spans[i]
	if len(sp.words) < 2 {
		return -1
	}
	long := hypocorisms[sp.words[0]]
	if long == nil {
		return -1
	}
	best := -1
	for k := range spans {
		o := &spans[k]
		if k == i || len(o.words) != len(sp.words) || !slices.Contains(long, o.words[0]) || !slices.Equal(o.words[1:], sp.words[1:]) {
			continue
		}
		if best >= 0 && !slices.Equal(spans[best].words, o.words) {
			return -1
		}
		if best < 0 {
			best = k
		}
	}
	return best
}

func isSuffix(short, long []string) bool {
	if len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// headlineSurname reports whether the four-letter word of a capitals
// headline at toks[i] may be a surname rather than an acronym ("KOHL
// SAYS", "LYNG SAYS", "DOLE URGES"): it is name-shaped, it is spoken like
// an English word (it begins with a consonant and its first two and last
// two letters are a cluster that words begin or end with: not "ABMS",
// "INCO", "NASD"), it is no verb's third person ("GOES", "GETS") nor a verb
// of saying ("SAID"), and the text outside the headlines never writes it
// in capitals ("ASEA", "OPEC") nor in lower case ("CANADA'S MOVE TO ...",
// when the story says "the move").
func headlineSurname(toks []token, i int) bool {
	t := &toks[i]
	if !t.is(flagHeadline) || len(t.text) != 4 || !nameShaped(t.low) {
		return false
	}
	w := t.low
	if vowel(w[0]) || w[3] == 's' && w[2] != 's' {
		return false
	}
	if !vowel(w[1]) && !onsets[w[:2]] || !vowel(w[2]) && !vowel(w[3]) && !codas[w[2:]] {
		return false
	}
	if speechVerbs[w] || personalNouns[w] {
		return false
	}
	for k := range toks {
		if o := &toks[k]; !o.is(flagHeadline) && o.low == t.low && (o.is(flagAllCaps) || !o.is(flagCap)) {
			return false
		}
	}
	return true
}

func vowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// onsets and codas are the two-consonant clusters that English words (and
// the surnames written like them) begin and end with.
var (
	onsets = map[string]bool{
		"bl": true, "br": true, "ch": true, "cl": true, "cr": true, "dr": true, "fl": true, "fr": true,
		"gl": true, "gr": true, "kl": true, "kr": true, "ph": true, "pl": true, "pr": true, "sc": true,
		"sh": true, "sk": true, "sl": true, "sm": true, "sn": true, "sp": true, "st": true, "sw": true,
		"th": true, "tr": true, "wh": true, "wr": true, "zh": true,
	}
	codas = map[string]bool{
		"ch": true, "ck": true, "ff": true, "gh": true, "hl": true, "hr": true, "ld": true, "lf": true,
		"lk": true, "ll": true, "lm": true, "lp": true, "lt": true, "mb": true, "mp": true, "nd": true,
		"ng": true, "nk": true, "nn": true, "ns": true, "nt": true, "rb": true, "rd": true, "rg": true,
		"rk": true, "rm": true, "rn": true, "rr": true, "rs": true, "rt": true, "sh": true, "sk": true,
		"ss": true, "st": true, "th": true, "tt": true, "tz": true, "hn": true, "hm": true, "rl": true,
	}
)

// appositiveRoles are the offices that an apposition after two capitalised
// words gives to a person ("Princeton Lyman, the U.S. Under-Secretary of
// State", "Hajime Tamura, Japan's trade minister"); firms are described
// by other words ("Merrill Lynch, the brokerage").
var appositiveRoles = map[string]bool{
	"senator": true, "secretary": true, "under-secretary": true, "undersecretary": true, "minister": true,
	"premier": true, "president": true, "vice-president": true, "ambassador": true, "governor": true,
	"mayor": true, "spokesman": true, "spokeswoman": true, "chairman": true, "chairwoman": true,
	"envoy": true, "chancellor": true, "director": true, "director-general": true, "secretary-general": true,
	"speaker": true, "leader": true, "commissioner": true, "chief": true,
}

// appositivePersons labels two capitalised words that the model missed
// as a person when an apposition right after them gives them an office:
// a comma, "the" or "a", at most three words ("U.S.", "Japan's", "trade",
// "deputy") and one of appositiveRoles, then "of", "for", a comma or a
// stop ("Princeton Lyman, the U.S. Under-Secretary of State for ...",
// "Tungky Ariwibowo, Indonesia's trade minister,"). The names of foreign
// officials whose given names no list holds are the ones the model
// misses on text it has not seen.
func (x *Extractor) appositivePersons(s *scratch) {
	toks, labels := s.toks, s.labels
	name := func(k int) bool {
		t := &toks[k]
		return t.kind == kindWord && t.is(flagCap) && !t.is(flagAllCaps|flagHeadline|flagPossessive) && labels[k] == labO &&
			s.used[k] == 0 && !x.word(t).is(wNonName|wOrgSuffix|wTitle) && !x.commonWord(s, k) && !officeNouns[t.low] &&
			!eventNouns[t.low] && !frenchFirm[t.low]
	}
	for i := 0; i+4 < len(toks); i++ {
		if toks[i+2].text != "," || toks[i].kind != kindWord || toks[i+1].kind != kindWord ||
			toks[i].flags&(flagCap|flagAllCaps|flagHeadline) != flagCap || toks[i+1].flags&(flagCap|flagAllCaps|flagHeadline) != flagCap {
			continue
		}
		if i > 0 && toks[i-1].kind == kindWord && toks[i-1].is(flagCap) && !toks[i].is(flagSentStart) {
			continue // three capitalised words or more
		}
		if !name(i) || !name(i+1) || toks[i+1].is(flagSentStart) || x.startsPlace(s, i, i+2) {
			continue
		}
		if _, n := x.matchCountry(toks[:i+2], i, &s.buf); n > 0 {
			continue
		}
		if _, n := x.matchOrg(toks[:i+2], i, &s.buf); n > 0 {
			continue
		}
		k := i + 3
		if toks[k].low == "the" || toks[k].low == "a" {
			k++
		}
		found := false
		for e := k; e < len(toks) && e <= k+3 && !found; e++ {
			t := &toks[e]
			if t.kind != kindWord || s.used[e] == 1 {
				break
			}
			if appositiveRoles[t.low] && e+1 < len(toks) {
				switch toks[e+1].text {
				case "of", "for", ",", ".", "and":
					found = true
				}
			}
		}
		if found {
			labels[i], labels[i+1] = labB, labI
			i += 2
		}
	}
}

// hyphenTitle reports whether a hyphenated word joins an office's title
// to another word ("Undersecretary-General", "Director-General",
// "Under-Secretary", "Attorney-General"), a title the word lists do not
// hold.
func hyphenTitle(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
		return false
	}
	for _, p := range parts {
		if officeTitles[p] || p == "undersecretary" || p == "director" {
			return true
		}
	}
	return false
}
