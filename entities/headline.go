package entities

import "strings"

// Wire headlines are written in capitals, so the persons model does not
// read them. Many Reuters briefs are nothing but a headline ("TREASURY'S
// BAKER SAYS ..."), so a narrow rule finds the one name such a headline
// usually carries: a word before a verb of saying, announced by a
// possessive ("TREASURY'S BAKER") or a title ("PRESIDENT REAGAN").

var headlineVerbs = map[string]bool{
	"says": true, "said": true, "say": true, "urges": true, "warns": true, "denies": true, "sees": true,
	"calls": true, "predicts": true, "asks": true, "rejects": true, "backs": true, "opposes": true,
	"proposes": true, "expects": true, "tells": true, "vows": true, "pledges": true, "defends": true,
	"criticises": true, "criticizes": true, "resigns": true, "named": true, "appointed": true, "to": true,
	"meets": true, "plans": true, "confirms": true, "signs": true, "wins": true, "dies": true,
	"forecasts": true, "reiterates": true, "hopes": true, "supports": true, "outlines": true, "fears": true,
	"cautions": true, "favors": true, "favours": true,
}

// headlineNonNames are capitalised headline words before a verb that name no person.
var headlineNonNames = map[string]bool{
	"analyst": true, "analysts": true, "official": true, "officials": true, "dealer": true, "dealers": true,
	"report": true, "study": true, "survey": true, "source": true, "sources": true, "trader": true,
	"traders": true, "economist": true, "economists": true, "company": true, "firm": true, "government": true,
	"minister": true, "ministers": true, "president": true, "chairman": true, "spokesman": true, "paper": true,
	"newspaper": true, "agency": true, "board": true, "unit": true, "industry": true, "market": true,
	"court": true, "judge": true, "police": true, "army": true, "rebels": true, "leader": true, "leaders": true,
	"senate": true, "house": true, "congress": true, "parliament": true, "cabinet": true, "state": true,
	"talks": true, "sale": true, "output": true, "exports": true, "imports": true, "prices": true,
	"shares": true, "stocks": true, "dollar": true, "yen": true, "gold": true, "oil": true, "plan": true,
	"bill": true, "deal": true, "offer": true, "bid": true, "profit": true, "profits": true, "group": true,
	"union": true, "unions": true, "workers": true, "farmers": true, "bankers": true, "banks": true,
	"fed": true, "treasury": true, "commission": true, "council": true, "ministry": true, "department": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "who": true, "not": true, "also": true,
	"still": true, "now": true, "again": true, "reportedly": true, "rate": true, "rates": true,
	"opposition": true, "economy": true, "finance": true, "trade": true, "central": true, "budget": true,
	"investor": true, "investors": true, "administration": true, "three": true, "four": true, "five": true,
	"several": true, "many": true, "most": true, "some": true, "chief": true, "judges": true, "jury": true,
	"poll": true, "polls": true, "private": true, "newsletter": true, "forecaster": true, "press": true,
	"inspectorate": true, "experts": true, "diplomats": true, "brokers": true, "insiders": true,
	"executive": true, "executives": true,
}

// headlineAdverbs may stand between a headline name and its verb
// ("BAKER FULLY EXPECTS").
var headlineAdverbs = map[string]bool{
	"fully": true, "still": true, "also": true, "now": true, "again": true, "reportedly": true,
	"strongly": true, "firmly": true, "once": true, "further": true,
}

// leadVerbs are the verbs after which a headline's first word is taken for
// a person's name without a possessive or title before it ("VOLCKER SEES
// NO ...", "LAWSON FORECASTS ..."): verbs of saying and judging, which
// companies rarely head (they report, plan, buy).
var leadVerbs = map[string]bool{
	"says": true, "sees": true, "forecasts": true, "expects": true, "urges": true, "warns": true,
	"predicts": true, "denies": true, "doubts": true, "believes": true, "rules": true, "hints": true,
	"insists": true, "reaffirms": true, "repeats": true, "stresses": true, "welcomes": true,
	"reiterates": true,
}

func (x *Extractor) headlinePersons(s *scratch) {
	toks := s.toks
	x.flashPersons(s)
	x.headlineSource(s)
	x.capsTitledPersons(s)
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !t.is(flagHeadline) || t.kind != kindWord || s.used[i] != 0 {
			continue
		}
		// "PRESIDENT REAGAN'S OPPOSITION": a title and a possessive name
		if t.is(flagPossessive) && i > 0 && toks[i-1].is(flagHeadline) && x.word(&toks[i-1]).is(wTitle) &&
			nameShaped(t.low) && !x.word(t).is(wHeadlineNonName|wNonName|wOrgSuffix|wFirstName|wTitle) && x.headlineNoEntity(s, i) {
			s.labels[i] = labB
			continue
		}
		// "PRESIDENT REAGAN COMING TO ...", "TREASURY SECRETARY BAKER
		// DECLINES ...": an office's title, one name-shaped word that is
		// no verb, then a verb ("MINISTER MEETS ...", "CHAIRMAN STEPS
		// DOWN" have the verb right after the title)
		if i > 0 && toks[i-1].is(flagHeadline) && officeTitles[toks[i-1].low] && toks[i-1].low != "premier" &&
			!verbShaped(t.low) && !x.word(t).is(wHeadlineVerb) && !personVerb(toks, i) && !personPlans[t.low] && toks[i+1].is(flagHeadline) &&
			(verbShaped(toks[i+1].low) || x.word(&toks[i+1]).is(wHeadlineVerb) || personVerb(toks, i+1)) && nameShaped(t.low) &&
			!x.word(t).is(wHeadlineNonName|wNonName|wOrgSuffix|wFirstName|wTitle) && x.headlineNoEntity(s, i) {
			s.labels[i] = labB
			continue
		}
		// a story written in capitals ("... SAID PRESIDENT RONALD REAGAN
		// ..."): a given name of firstnames.txt or givennames.txt (not one
		// that is also an English word: "WILL", "BILL", "PER", "MAX"; nor
		// one that begins a place or ends one begun before it: "NEW YORK",
		// "WASHINGTON") and a name-shaped word that is no verb, function
		// word, entity or given name; such text has no other cue. A given
		// name of the broad list only is read in a sentence of three words
		// or more, not in a heading ("- ASIA PACIFIC /"), and no particle
		// is one ("BANCA NAZIONALE DEL LAVORO"). Not in a headline, whose names are read above and
		// below ("JOHN HANCOCK UNITS ...", "PETER MILLER APPAREL ..."), nor
		// in a table ("PHIL ELEC 21 3/8")
		if t.field == fieldBody && x.word(t).is(wFirstName|wGivenName) && !x.word(t).is(wParticle) && !wordGivenNames[t.low] && !t.is(flagPossessive) && x.capsSurname(s, i+1) &&
			!tableAround(toks, i) && !x.startsPlace(s, i, i+2) && (i == 0 || !x.startsPlace(s, i-1, i+1)) &&
			(x.word(t).is(wFirstName) || sentenceWords(toks, i) >= 3) {
			s.labels[i], s.labels[i+1] = labB, labI
			i++
			// a third word before a stop, a comma or a verb of speech
			// ("HILLARY RODHAM CLINTON SAID")
			if i+2 < len(toks) && !toks[i].is(flagPossessive) && x.capsSurname(s, i+1) &&
				(toks[i+2].kind == kindPunct || speechVerbs[toks[i+2].low]) {
				i++
				s.labels[i] = labI
			}
			continue
		}
		v := i + 1
		if x.word(&toks[v]).is(wHeadlineAdverb) && v+1 < len(toks) {
			v++
		}
		// "LAWSON REPEATS HE IS CONTENT ...": a headline that goes on with
		// "HE" or "SHE" is about a person
		heShe := i == 0 && verbShaped(toks[v].low) && personPronounAfter(toks, v)
		if !x.word(&toks[v]).is(wHeadlineVerb) && !personVerb(toks, v) && !heShe {
			continue
		}
		if len(t.text) < 3 || x.word(t).is(wHeadlineNonName|wNonName|wOrgSuffix|wTitle) {
			continue
		}
		// a given name alone between a title or possessive and the verb
		// is a surname ("KING HUSSEIN SAYS", "PRESIDENT DOUGLAS SAYS"):
		// a given name heads a headline only before its surname
		if x.word(t).is(wFirstName) && (i == 0 || toks[i].is(flagSentStart) ||
			!toks[i-1].is(flagHeadline) || !x.word(&toks[i-1]).is(wTitle) && !toks[i-1].is(flagPossessive)) {
			continue
		}
		// "CARL ICAHN SAYS": a given name and a surname heading a headline
		// before a verb of saying or judging
		if i == 1 && x.word(&toks[0]).is(wFirstName) && toks[0].is(flagHeadline) && x.word(&toks[v]).is(wLeadVerb) &&
			nameShaped(t.low) && s.used[0] == 0 {
			s.labels[0], s.labels[1] = labB, labI
			continue
		}
		if _, n := x.matchCountry(toks, i, &s.buf); n > 0 {
			continue
		}
		if _, n := x.matchOrg(toks, i, &s.buf); n > 0 {
			continue
		}
		if _, ok := x.orgExact(t); ok {
			continue
		}
		// the cue: a possessive or a title just before ("TREASURY'S BAKER",
		// "PRESIDENT REAGAN"); a headline-initial word alone is too often a
		// company ("CHRYSLER SAYS"), except before a verb of judging
		if i == 0 || toks[i].is(flagSentStart) {
			if (x.word(&toks[v]).is(wLeadVerb) || personVerb(toks, v) || heShe) && nameShaped(t.low) {
				s.labels[i] = labB
			}
			continue
		}
		p := &toks[i-1]
		// "WHITE HOUSE'S HOWARD BAKER SAYS": a given name between the cue
		// and the surname
		if x.word(p).is(wFirstName) && i >= 2 && s.used[i-1] == 0 && (x.word(&toks[i-2]).is(wTitle) || toks[i-2].is(flagPossessive)) {
			s.labels[i-1], s.labels[i] = labB, labI
			continue
		}
		// "OFFICIAL SAYS REAGAN OPPOSES ...": the one who is said to act
		// as only a person does, unless a company says it ("S-K-I LTD
		// <SKII> SAYS SKIER VISITS A RECORD")
		said := (p.low == "says" || p.low == "said") && personVerb(toks, v) && !companySays(toks, i-1)
		if !x.word(p).is(wTitle) && !p.is(flagPossessive) && !said {
			continue
		}
		s.labels[i] = labB
	}
}

// headlineNoEntity reports whether toks[i] starts no country or
// organization name.
func (x *Extractor) headlineNoEntity(s *scratch, i int) bool {
	toks := s.toks
	if _, n := x.matchCountry(toks, i, &s.buf); n > 0 {
		return false
	}
	if _, n := x.matchOrg(toks, i, &s.buf); n > 0 {
		return false
	}
	_, ok := x.orgExact(&toks[i])
	return !ok
}

// nameShaped reports whether a headline word could be a surname: four
// letters or more, a vowel, no hyphen or digit ("API", "VW", "KLM" and
// "ALLIED-LYONS" are not).
func nameShaped(w string) bool {
	if len(w) < 4 {
		return false
	}
	vowel := false
	for _, r := range w {
		switch {
		case r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' || r == 'y':
			vowel = true
		case r < 'a' || r > 'z':
			return false
		}
	}
	return vowel
}

// flashPersons labels the one name of a wire flash written in sentence
// case ("Sumita says Bank of Japan will intervene", "Miyazawa expects
// ...", "... to defend price - Subroto", "..., Sumita"): the title's first
// word before a verb of saying or judging, or its last word after a dash
// or a comma, when it is
// name-shaped and no country, organization or common word. The persons
// model reads such titles as it reads sentences, and misses a lone
// surname at their start.
func (x *Extractor) flashPersons(s *scratch) {
	toks := s.toks
	end := 0
	for end < len(toks) && toks[end].field == fieldTitle {
		end++
	}
	if end < 2 || toks[0].is(flagHeadline) {
		return
	}
	try := func(i int) {
		t := &toks[i]
		if t.kind != kindWord || !t.is(flagCap) || t.is(flagAllCaps|flagHeadline) || s.used[i] != 0 || !nameShaped(t.low) ||
			x.word(t).is(wHeadlineNonName|wNonName|wOrgSuffix|wFirstName|wTitle) || s.dc.lowSeenAt(i) ||
			x.word(t).topic.ok { // a topic's keyword ("Church urges ...")
			return
		}
		if _, n := x.matchCountry(toks, i, &s.buf); n > 0 {
			return
		}
		if _, ok := x.orgExact(t); ok {
			return
		}
		s.labels[i] = labB
	}
	// "rules" heads adjectives too ("Tough rules for ...")
	if x.word(&toks[1]).is(wLeadVerb) && toks[1].low != "rules" {
		try(0)
	}
	// a dash, or a comma after four words or more ("I, Robot" is a title)
	if end >= 3 && toks[end-2].text == "-" || end >= 6 && toks[end-2].text == "," && !toks[end-3].is(flagCap) {
		try(end - 1)
	}
}

// personActs are verbs that head a wire headline after a person's surname
// and rarely after a company's ("REAGAN OPPOSES ...", "PERLE QUITS ...",
// "SHULTZ LIKELY TO VISIT"); companies report, buy, sell, raise, cut,
// reject bids and nominate managers.
var personActs = map[string]bool{
	"opposes": true, "blasts": true, "vows": true, "hails": true, "denounces": true,
	"admits": true, "favors": true, "favours": true, "refuses": true, "mulls": true, "quits": true,
	"resigns": true, "criticizes": true, "criticises": true, "defends": true,
	"pledges": true, "praises": true, "attacks": true, "accuses": true, "threatens": true,
	"concerned": true, "disappointed": true, "optimistic": true, "pessimistic": true, "confident": true,
	"sentenced": true, "indicted": true, "convicted": true, "visits": true, "arrives": true,
	"expresses": true, "likely": true, "urges": true, "warns": true, "calls": true,
	"stresses": true, "considers": true, "intervenes": true, "decides": true,
}

// personPlans are the verbs after "TO" that a person's plans take in a
// headline ("REAGAN TO ADDRESS NATION", "SHULTZ LIKELY TO VISIT MOSCOW").
var personPlans = map[string]bool{
	"visit": true, "address": true, "meet": true, "veto": true, "testify": true, "resign": true,
	"nominate": true, "campaign": true, "retire": true,
}

// personVerb reports whether the headline words at toks[v] are a person's
// act: one of personActs, or "TO" (after "LIKELY" too) and one of
// personPlans.
func personVerb(toks []token, v int) bool {
	t := &toks[v]
	if !t.is(flagHeadline) {
		return false
	}
	if t.low == "likely" && v+1 < len(toks) && toks[v+1].low == "to" {
		v++
		t = &toks[v]
	}
	if t.low == "to" {
		return v+1 < len(toks) && toks[v+1].is(flagHeadline) && personPlans[toks[v+1].low]
	}
	return personActs[t.low]
}

// headlineSource labels the person a capitals headline ends by quoting
// ("NO CLEAR EVIDENCE TRADE GAP REVERSED - VOLCKER", "... -- SUMITA",
// "INFLATION STILL A CONCERN, VOLCKER SAYS", "..., SAYS TIETMEYER"): the
// headline's last word after a spaced dash, or the word between a comma
// and a final "SAYS", or after a comma and "SAYS", when it is name-shaped
// and no country, organization or headline common word ("- DEALERS",
// "- BUNDESBANK"). The sentence-case form is flashPersons'.
func (x *Extractor) headlineSource(s *scratch) {
	toks := s.toks
	end := 0
	for end < len(toks) && toks[end].field == fieldTitle {
		end++
	}
	if end < 4 || !toks[0].is(flagHeadline) || !toks[end-1].is(flagHeadline) {
		return
	}
	i := -1
	switch last := &toks[end-1]; {
	case toks[end-2].text == "-" && !last.is(flagNoSpaceBefore) &&
		(!toks[end-2].is(flagNoSpaceBefore) || toks[end-3].text == "-" && !toks[end-3].is(flagNoSpaceBefore)):
		i = end - 1 // "- VOLCKER", "-- SUMITA"
	case end >= 5 && (last.low == "says" || last.low == "said") && toks[end-3].text == ",":
		i = end - 2 // ", VOLCKER SAYS"
	case end >= 5 && toks[end-2].low == "says" && toks[end-3].text == ",":
		i = end - 1 // ", SAYS TIETMEYER"
	}
	if i < 0 {
		return
	}
	t := &toks[i]
	if t.kind != kindWord || !t.is(flagHeadline) || s.used[i] != 0 || !nameShaped(t.low) ||
		x.word(t).is(wHeadlineNonName|wNonName|wOrgSuffix|wFirstName|wTitle) || !x.headlineNoEntity(s, i) || pluralRole(t.low) {
		return
	}
	// a story that names the word again has it as a person there (the
	// model's reading of its sentences) or it is no person's
	seen, person := false, false
	for k := end; k < len(toks); k++ {
		if toks[k].low == t.low {
			seen = true
			person = person || s.labels[k] == labB || s.labels[k] == labI
		}
	}
	if seen && !person {
		return
	}
	s.labels[i] = labB
}

// pluralRole reports whether a headline word has the ending of a plural
// noun of a role ("EXPORTERS", "DELEGATES", "ACCOUNTANTS", "ECONOMISTS")
// or of a role in -ee ("TRUSTEE", "COMMITTEE"), which quote a headline as
// often as persons do.
func pluralRole(w string) bool {
	for _, e := range [...]string{"ers", "ors", "ants", "ents", "ates", "ists", "ians", "ees", "ee"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// verbShaped reports whether a headline word ends as a verb does: in -s
// (not -ss), -ed or -ing ("MEETS", "REPLACED", "COMING").
func verbShaped(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// personPronounAfter reports whether the headline goes on after toks[v]
// with "HE", "SHE", "HIS" or "HER" ("HAIG SAYS HE PLANS TO RUN").
func personPronounAfter(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && toks[k].is(flagHeadline); k++ {
		switch toks[k].low {
		case "he", "she", "his", "her":
			return true
		}
	}
	return false
}

// wordGivenNames are the given names of firstnames.txt that are also
// common English words, which text in capitals cannot tell apart.
var wordGivenNames = map[string]bool{
	"bill": true, "will": true, "mark": true, "grant": true, "frank": true, "guy": true, "jack": true, "pat": true,
	"ray": true, "sue": true, "rob": true, "don": true, "dean": true, "earl": true, "gene": true, "glen": true,
	"per": true, "max": true,
}

// capsFunctionWords are English words of four letters or more that
// follow a name in a sentence and are no surname ("NORMAN TOLD", "ARAFAT
// HIMSELF", "CARLOS NEAR").
var capsFunctionWords = map[string]bool{
	"began": true, "spent": true, "beat": true, "near": true, "through": true, "into": true, "onto": true, "should": true,
	"could": true, "would": true, "must": true, "might": true, "shall": true, "cannot": true, "then": true, "also": true,
	"himself": true, "herself": true, "whom": true, "whose": true, "when": true, "where": true, "while": true, "after": true,
	"before": true, "about": true, "against": true, "under": true, "over": true, "were": true, "been": true, "being": true,
	"have": true, "this": true, "that": true, "there": true, "their": true, "them": true, "they": true, "what": true,
	"which": true, "will": true, "with": true, "from": true, "last": true, "next": true, "again": true, "only": true,
	// verbs in the past without -ed, and prepositions
	"kept": true, "caught": true, "grew": true, "took": true, "made": true, "gave": true, "came": true, "went": true,
	"left": true, "held": true, "lost": true, "found": true, "brought": true, "thought": true, "felt": true,
	"became": true, "built": true, "sent": true, "stood": true, "wrote": true, "spoke": true, "knew": true,
	"among": true, "along": true, "upon": true, "within": true, "without": true, "since": true, "until": true,
}

// capsSurname reports whether toks[k], in a stretch of capitals, can be a
// surname after a given name: name-shaped, no verb, function word,
// title, given name, country or organization. (A third such word was
// tried for names of three words, "ABDUL RASHID DOSTUM": it took verbs,
// "... DROVE", "... GAVE", and made more false persons than it found.)
func (x *Extractor) capsSurname(s *scratch, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.is(flagHeadline) && t.kind == kindWord && !t.is(flagSentStart) && s.used[k] == 0 && s.labels[k] == labO &&
		nameShaped(t.low) && !verbShaped(t.low) && !strings.HasSuffix(t.low, "ly") && !capsFunctionWords[t.low] && !speechVerbs[t.low] && !afterAge[t.low] && !personPlans[t.low] &&
		!x.word(t).is(wHeadlineNonName|wHeadlineVerb|wNonName|wOrgSuffix|wTitle|wFirstName) && x.headlineNoEntity(s, k)
}

// tableAround reports whether the two words at toks[i] stand in a table
// row rather than a sentence: a number right before or after them
// ("PANHAND PI 32 PHIL ELEC 21 3/8").
func tableAround(toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == kindNumber || i+2 < len(toks) && toks[i+2].kind == kindNumber
}

// companySays reports whether a ticker ("<SKII>") or a company's legal
// form ("LTD", "INC") stands among the headline words before toks[v]
// ("WHITE HOUSE SAYS" is no company's).
func companySays(toks []token, v int) bool {
	for k := 0; k < v; k++ {
		if toks[k].text == "<" || legalForms[toks[k].low] {
			return true
		}
	}
	return false
}

// legalForms are the legal forms that end a company's name.
var legalForms = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "co": true, "co.": true, "ltd": true, "ltd.": true,
	"plc": true, "llc": true, "ag": true, "sa": true, "nv": true, "gmbh": true, "bv": true, "spa": true,
}

// capsTitledPersons labels, in a story written in capitals (not its
// headline), the one or two name-shaped words after the title of an
// office that only people hold ("PRIME MINISTER RAFIK HARIRI",
// "FOREIGN MINISTER TANSU CILLER SAID"), under the tests of capsSurname.
func (x *Extractor) capsTitledPersons(s *scratch) {
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.field != fieldBody || !t.is(flagHeadline) || t.kind != kindWord || !x.word(t).is(wTitle) {
			continue
		}
		_, n := x.matchTitle(toks, i, &s.buf)
		if n == 0 || !officeTitles[toks[i+n-1].low] || toks[i+n-1].is(flagPossessive) { // "PRESIDENT'S DECISION"
			continue
		}
		k := i + n
		if !x.capsSurname(s, k) {
			i = k - 1
			continue
		}
		// up to three words, a particle between them ("LOYOLA DE PALACIO")
		e := k + 1
		for e < k+3 && !toks[e-1].is(flagPossessive) {
			if x.capsSurname(s, e) {
				e++
			} else if e+1 < len(toks) && x.word(&toks[e]).is(wParticle) && toks[e].is(flagHeadline) && x.capsSurname(s, e+1) {
				e += 2
			} else {
				break
			}
		}
		s.labels[k] = labB
		for m := k + 1; m < e; m++ {
			s.labels[m] = labI
		}
		i = e - 1
	}
	// "..., SAID PETER ROE, AN ECONOMIST", "ARYEH SHUMER SAID": two
	// name-shaped words after "SAID" before a stop or a comma, or between a
	// stop or a comma and "SAID"
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.field != fieldBody || !t.is(flagHeadline) || t.low != "said" {
			continue
		}
		if i+3 < len(toks) && (toks[i+3].text == "," || toks[i+3].text == ".") && !toks[i+1].is(flagPossessive) &&
			x.capsSurname(s, i+1) && x.capsSurname(s, i+2) {
			s.labels[i+1], s.labels[i+2] = labB, labI
			continue
		}
		if i >= 3 && toks[i-3].kind == kindPunct && !toks[i-2].is(flagPossessive) && x.capsSurname(s, i-2) && x.capsSurname(s, i-1) {
			s.labels[i-2], s.labels[i-1] = labB, labI
		}
	}
}

// sentenceWords counts the words of the sentence that holds toks[i].
func sentenceWords(toks []token, i int) int {
	b := i
	for b > 0 && !toks[b].is(flagSentStart) {
		b--
	}
	n := 0
	for k := b; k < len(toks) && (k == b || !toks[k].is(flagSentStart)); k++ {
		if toks[k].kind == kindWord {
			n++
		}
	}
	return n
}
