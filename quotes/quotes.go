package quotes

import (
	"iter"
	"strings"
	"unicode"

	"chancery/wordrule"
)

// Kind says how a statement is reported.
type Kind string

// Kinds of statement.
const (
	// Direct is a quotation in quotation marks: "...," Zebari said.
	Direct Kind = "direct"
	// Reported is reported speech: Lavrov says Russia will not send troops ...
	Reported Kind = "reported"
)

// Attribution says how a statement's speaker was found.
type Attribution string

// Attributions.
const (
	// ByName: the speaker is named at the statement ("Lavrov said",
	// "said Foreign Minister Sergei Lavrov", "Mr. Lavrov told ...").
	ByName Attribution = "name"
	// ByPronoun: "he" or "she" at the statement stands for the speaker of
	// the last sentence that named someone.
	ByPronoun Attribution = "pronoun"
	// ByRole: a description at the statement ("the Iraqi foreign
	// minister") that the article gave exactly one person.
	ByRole Attribution = "role"
	// Continued: a quotation with no attribution of its own, in a
	// paragraph whose other quotations one person made, or opening the
	// paragraph after that person's statement.
	Continued Attribution = "continued"
)

// Quote is one statement and the person it is attributed to.
type Quote struct {
	// Person is the speaker's full name as the article's persons list
	// gives it ("Sergei Lavrov" for "Mr. Lavrov" and "he").
	Person string `json:"person"`
	// Text is the statement: the words inside the quotation marks, or the
	// reported clause ("Moscow will not send ...").
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
	// Via says how the speaker was found; Evidence is the words that name
	// the speaker ("Russian Foreign Minister Sergei Lavrov", "he", "the
	// Iraqi foreign minister"), for Continued those of the statement it
	// continues.
	Via      Attribution `json:"via"`
	Evidence string      `json:"evidence"`
	// Span is where Text is in the body, EvidenceSpan where Evidence is.
	Span         Span `json:"-"`
	EvidenceSpan Span `json:"-"`
}

// Options configure Extract.
type Options struct {
	// Persons are the full names of the persons the article names (its
	// extracted entities); one-word names are ignored. A speaker is resolved to one of them: by the
	// full name, the surname ("Mr. Lavrov"), a title the article gave them
	// ("the Iraqi foreign minister") or a pronoun standing for the last
	// person named.
	Persons []string
	// Guess finds speakers the persons list lacks: two or three
	// capitalised words right before or after a speech verb ("Treasury
	// Secretary James Baker said"), and later their surnames. Without it a
	// statement by someone not in Persons is left out.
	Guess bool
}

// Extract returns the statements of body attributed to persons, in the
// order of the text. With no Persons and Guess off it returns nothing.
func Extract(body string, opts Options) []Quote {
	loadWords()
	x := &extractor{text: body}
	start := 0
	if m := dateline.FindStringIndex(body); m != nil {
		start = m[1]
	}
	for _, p := range paragraphs(body) {
		if p.End <= start {
			continue
		}
		if p.Start < start {
			p.Start = start
		}
		toks := tokenize(body[p.Start:p.End])
		for i := range toks {
			toks[i].start += p.Start
			toks[i].end += p.Start
		}
		x.paras = append(x.paras, para{toks: toks, ends: sentenceEnds(toks)})
	}
	// One-word "persons" are mostly companies and fragments that
	// extraction took for names ("Hughes", "Exxon", "Poor" of Standard and
	// Poor's): a speaker needs a first and a last name.
	var names, unknown []string
	for _, p := range opts.Persons {
		switch {
		case orgName(p):
		case len(strings.Fields(p)) > 1:
			names = append(names, p)
		default:
			unknown = append(unknown, p)
		}
	}
	guessed := map[string]bool{}
	if opts.Guess {
		for _, g := range x.guessNames(names) {
			if !orgName(g) {
				names = append(names, g)
				guessed[g] = true
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	x.names = newNameIndex(names, unknown, x.companySurnames(names))
	for i := range x.paras {
		x.paras[i].mentions = x.names.find(x.paras[i].toks)
	}
	x.dropOrganisations(guessed)
	x.splitCouples()
	x.learnRoles()
	x.learnGender()
	for i := range x.paras {
		x.paragraph(i)
	}
	return x.out
}

// dropOrganisations makes nobody of the "persons" the article speaks of
// as a thing: a name followed by a speech verb and "its" ("Honeywell
// Bull said its new line ..."), or, for a name guessed from the text, by
// "it" ("Du Pont Overseas said it will redeem"), or whose full name the
// text writes before a company word ("Tony Lama Co Inc"), and that is
// never given a title or an honorific. Their mentions stand for someone
// unknown, so that neither they nor a pronoun after them get a
// statement.
func (x *extractor) dropOrganisations(guessed map[string]bool) {
	things := map[string]bool{}
	for _, p := range x.paras {
		for _, m := range p.mentions {
			if m.person == "" || m.end >= len(p.toks) {
				continue
			}
			if !speechVerbs[p.toks[m.end].lower] {
				continue
			}
			if k := m.end + 1; k < len(p.toks) && (p.toks[k].lower == "its" || guessed[m.person] && p.toks[k].lower == "it") {
				things[m.person] = true
			}
		}
		for _, m := range p.mentions {
			if m.person != "" && orgApposition(&p, m.end) {
				things[m.person] = true
			}
		}
	}
	// "Tony Lama Co Inc": the full name before a company word (no
	// mention there: a name does not match before such a word)
	seen := map[string]bool{}
	for _, p := range x.paras {
		for _, m := range p.mentions {
			if m.person == "" || seen[m.person] {
				continue
			}
			seen[m.person] = true
			if x.companyName(strings.Fields(strings.ToLower(m.person))) {
				things[m.person] = true
			}
		}
	}
	if len(things) == 0 {
		return
	}
	// "Chairman Joseph Pinola said its banks ...": the institution's, said
	// a person the article gives a title or an honorific
	for _, p := range x.paras {
		for _, m := range p.mentions {
			if !things[m.person] {
				continue
			}
			if wordrule.Honorific(p.toks[m.start].lower) || titleWords[p.toks[m.start].lower] || roleHeads[p.toks[m.start].lower] || m.start > 0 && described(&p, m.start-1) {
				delete(things, m.person)
			}
		}
	}
	for pi := range x.paras {
		for mi := range x.paras[pi].mentions {
			if things[x.paras[pi].mentions[mi].person] {
				x.paras[pi].mentions[mi].person = ""
			}
		}
	}
}

// orgApposition reports whether an apposition at k describes an
// organisation or a publication: ", a Hong Kong daily with close Peking
// links," (its noun, the lower-case word before a preposition, a
// relative pronoun or punctuation, is one of orgWords).
func orgApposition(p *para, k int) bool {
	if k+2 >= len(p.toks) || p.toks[k].text != "," || p.toks[k+1].lower != "a" && p.toks[k+1].lower != "an" {
		return false
	}
	for i := k + 2; i < len(p.toks) && i <= k+10; i++ {
		t := p.toks[i]
		if t.kind != kWord || objectPreps[t.lower] || relatives[t.lower] {
			b := p.toks[i-1]
			return i > k+2 && b.kind == kWord && !b.upper && orgWords[b.lower]
		}
	}
	return false
}

// splitCouples makes someone unknown of the surname mentions whose
// honorific gives the other sex than the person's given name ("Mrs
// Howard" in an article on Michael Howard: his wife), or, for a given
// name of either sex, the other sex than another honorific of the same
// person in the article (both "Mr Howard" and "Mrs Howard": two persons).
func (x *extractor) splitCouples() {
	honorific := func(p *para, m mention) byte {
		if m.end-m.start != 2 || m.person == "" {
			return 0
		}
		switch strings.TrimSuffix(p.toks[m.start].lower, ".") {
		case "mr":
			return 'm'
		case "mrs", "ms", "miss":
			return 'f'
		}
		return 0
	}
	seen := map[string]byte{}
	both := map[string]bool{}
	for pi := range x.paras {
		p := &x.paras[pi]
		for _, m := range p.mentions {
			if g := honorific(p, m); g != 0 {
				if k := seen[m.person]; k != 0 && k != g {
					both[m.person] = true
				}
				seen[m.person] = g
			}
		}
	}
	if len(seen) == 0 {
		return
	}
	for pi := range x.paras {
		p := &x.paras[pi]
		for mi, m := range p.mentions {
			g := honorific(p, m)
			if g == 0 {
				continue
			}
			if given := givenGender(m.person); given != 0 && given != g || given == 0 && both[m.person] {
				p.mentions[mi].person = ""
			}
		}
	}
}

// givenGender returns the sex a person's given name says: 'f' for one on
// femaleNames, 'm' for one on maleNames, else 0.
func givenGender(person string) byte {
	w := strings.Fields(strings.ToLower(person))
	switch {
	case len(w) < 2:
		return 0
	case femaleNames[w[0]]:
		return 'f'
	case maleNames[w[0]]:
		return 'm'
	}
	return 0
}

// companyName reports whether the text writes the words w (a full name)
// right before a company word: "Tony Lama Co Inc", "Smith & Co".
func (x *extractor) companyName(w []string) bool {
	if len(w) < 2 {
		return false
	}
	for _, p := range x.paras {
		for i := 0; i+len(w) < len(p.toks); i++ {
			if !matchWords(p.toks, i, w) {
				continue
			}
			if next := p.toks[i+len(w)]; companyWords[next.lower] && next.upper || next.text == "&" {
				return true
			}
		}
	}
	return false
}

// described reports whether the word at i describes a person named
// right after it: a title or role ("Chairman", "minister") or a
// lower-case noun after a capitalised word ("Board member", "Bundesbank
// economist").
func described(p *para, i int) bool {
	t := p.toks[i]
	if t.kind != kWord {
		return false
	}
	if titleWords[t.lower] || roleHeads[t.lower] {
		return true
	}
	return !t.upper && len(t.lower) > 3 && i > 0 && p.toks[i-1].kind == kWord && p.toks[i-1].upper && !speechVerbs[t.lower] && !functionWords[t.lower] && !objectPreps[t.lower] && !particles[t.lower]
}

type para struct {
	toks     []token
	ends     []int // sentence ends, see sentenceEnds
	mentions []mention
	// byEnd and byStart index mentions by their token bounds.
	byEnd, byStart map[int]int
	spans          []qspan // its quotations
}

type extractor struct {
	text  string
	paras []para
	names *nameIndex
	roles []role
	// referent is the person "he" or "she" stands for: the speaker, else
	// the first person named outside quotation marks, of the last sentence
	// naming someone.
	referent string
	// gender is what the article says of a person's sex: a title ("Mrs
	// Thatcher") or a pronoun that stood for them ('m' or 'f'), so that
	// "he" never stands for a woman named last, nor "she" for a man.
	gender map[string]byte
	// lastSpeaker made the last statement of the previous paragraph: a
	// quotation opening the next paragraph without attribution is theirs.
	lastSpeaker subject
	out         []Quote
}

// subject is a resolved speaker and where its words start and end.
type subject struct {
	person     string
	start, end int // token range
	via        Attribution
	// evidence, for Continued: the span naming the speaker elsewhere
	evidence Span
	// blocked: a quotation with an attribution that names nobody the
	// article's persons hold ("Mr White said"): not to be continued
	blocked bool
}

// statement is one found statement before output.
type statement struct {
	Quote
	subj  subject
	verb  int
	from  int // content token range
	to    int
	fixed bool // direct: the text is the quotation, never cut
}

func (x *extractor) paragraph(pi int) {
	p := &x.paras[pi]
	p.byEnd, p.byStart = map[int]int{}, map[int]int{}
	for i, m := range p.mentions {
		p.byEnd[m.end] = i
		p.byStart[m.start] = i
	}
	spans := quoteSpans(p.toks)
	p.spans = spans
	used := map[int]bool{} // verb tokens that attributed a quotation
	speakerOf := make([]subject, len(spans))
	sentOf := func(i int) (int, int) {
		from := 0
		for _, e := range p.ends {
			if i < e {
				return from, e
			}
			from = e
		}
		return from, len(p.toks)
	}
	ss := func(i int) int { s, _ := sentOf(i); return s }
	var stmts []statement
	from := 0
	for _, end := range p.ends {
		var here []statement
		// Direct quotations that close in this sentence.
		for qi, q := range spans {
			if q.close < from || q.close >= end && !(q.close == len(p.toks) && end == len(p.toks)) {
				continue
			}
			if words(p.toks[q.open+1:min(q.close, len(p.toks))]) < 4 {
				continue
			}
			s, v, ok := x.attributeAfter(p, q, end)
			if !ok {
				s, v, ok = x.attributeBefore(p, q, ss(q.open))
			} else if s.via == ByPronoun {
				// `David Laws said: "...," he said`: the name wins
				if s2, v2, ok2 := x.attributeBefore(p, q, ss(q.open)); ok2 && s2.via == ByName {
					s, v = s2, v2
				}
			}
			if !ok || s.person == "" {
				speakerOf[qi].blocked = ok || attributed(p, q, ss(q.open), end)
				if ok {
					x.referent = "" // "said Cowell": he is someone unknown now
				}
				continue
			}
			used[v] = true
			st := x.direct(p, q, s, v)
			if s.via != ByName && x.namesSelf(p, st) {
				// `"She (Kuznetsova) is a great player," she said`: the
				// pronoun stood for someone else, and so do the
				// quotations that would continue this one
				speakerOf[qi].blocked = true
				x.referent = ""
				continue
			}
			speakerOf[qi] = x.evidenced(p, s)
			here = append(here, st)
		}
		// Reported speech.
		for v := from; v < end; v++ {
			t := p.toks[v]
			if t.kind != kWord || used[v] || inQuote(spans, v) {
				continue
			}
			if t.lower == "saying" {
				if st, ok := x.saying(p, v, from, end, here); ok {
					here = append(here, st)
				}
				continue
			}
			if !speechVerbs[t.lower] {
				continue
			}
			if st, ok := x.reported(p, v, from, end, spans); ok {
				here = append(here, st)
				if st.subj.via == ByName && st.Person != "" {
					// "Miller said he was concerned ... -- a move he
					// said could ...": "he" later in the sentence is
					// the speaker it names
					x.referent = st.Person
				}
			}
		}
		x.cutEmbedded(p, here)
		// Update the referent: the first speaker, else the first person named.
		if len(here) > 0 {
			first := here[0]
			for _, st := range here {
				if st.subj.start < first.subj.start {
					first = st
				}
			}
			x.referent = first.Person
		} else {
			x.updateReferent(p, spans, from, end)
		}
		stmts = append(stmts, here...)
		from = end
	}
	// Unattributed quotations: the speaker of another quotation in the
	// paragraph, or of the last one when this paragraph opens with it.
	for qi, q := range spans {
		if speakerOf[qi].person != "" || speakerOf[qi].blocked || words(p.toks[q.open+1:min(q.close, len(p.toks))]) < 4 {
			continue
		}
		// the nearest attributed quotation before, with no other voice
		// in between, else one right after; one attributed to someone
		// unknown stops the search
		var who subject
		for qj := qi - 1; qj >= 0 && who.person == "" && !who.blocked; qj-- {
			who = speakerOf[qj]
			if who.person != "" && x.otherVoice(p, spans[qj].close, q.open, who.person) {
				who = subject{blocked: true}
			}
		}
		for qj := qi + 1; qj < len(spans) && who.person == "" && !who.blocked; qj++ {
			if gap := p.toks[min(spans[qj-1].close+1, spans[qj].open, len(p.toks)):spans[qj].open]; words(gap) > 0 {
				break // `"A." Luff said X. "B," Hobday said`: A is not Hobday's
			}
			who = speakerOf[qj]
		}
		if who.person == "" && !who.blocked && q.open == 0 {
			who = x.lastSpeaker
		}
		if who.person == "" || !opensSentence(p, q.open) {
			continue // `The report blamed Regan for the "chaos ..."`
		}
		speakerOf[qi] = who
		s := subject{person: who.person, start: q.open, end: q.open, via: Continued, evidence: who.evidence}
		stmts = append(stmts, x.direct(p, q, s, -1))
	}
	// Output in text order, each statement once.
	sortStatements(stmts)
	x.lastSpeaker = subject{}
	if n := len(stmts); n > 0 {
		x.lastSpeaker = x.evidenced(p, stmts[n-1].subj)
		for qi, q := range spans {
			if speakerOf[qi].blocked && q.open > stmts[n-1].from {
				x.lastSpeaker = subject{} // someone unknown spoke last
			}
		}
	}
	for _, st := range stmts {
		if st.Text == "" || st.Person == "" || st.Via != ByName && x.namesSelf(p, st) {
			continue
		}
		dup := false
		for _, q := range x.out {
			if q.Person == st.Person && q.Text == st.Text {
				dup = true
				break
			}
		}
		if !dup {
			x.out = append(x.out, st.Quote)
		}
	}
}

// updateReferent sets whom "he" or "she" will stand for after the
// sentence [from, end) that made no statement: the first person it names
// as a possible subject. A sentence led by a pronoun keeps the referent
// ("He pointed out that Franz Ferdinand ..."); one whose subject is two
// persons ("Stiller and Jackson"), or that names persons only as objects
// ("an aide to Mr Brown", "Mr Brown's"), makes the pronoun nobody's until
// someone is named again.
func (x *extractor) updateReferent(p *para, spans []qspan, from, end int) {
	who := ""
	named := false // a possible subject was named, maybe someone unknown
	spoke := -1    // a speech verb before anyone is named
	for i := from; i < end; i++ {
		t := p.toks[i]
		if inQuote(spans, i) {
			continue
		}
		if t.kind == kWord && pronouns[t.lower] {
			if !named || i > from && p.toks[i-1].text == "," && saysNext(p, i+1, end) {
				// the pronoun leads, or speaks: "The economy needs ...,
				// or President Reagan will veto it, he said": it still
				// stands for the referent
				return
			}
			break
		}
		if who == "" && t.kind == kWord && (speechVerbs[t.lower] || replyVerbs[t.lower]) {
			spoke = i // also "the president replied ...": someone unnamed spoke
		}
		var m mention
		if mi, ok := p.byStart[i]; ok {
			m = p.mentions[mi]
		} else if e := unlistedName(p, i, end); e > i && !named {
			// "Victoria Wood slated ...": a person the persons list
			// lacks, someone unknown, as the sentence's first name
			m = mention{start: i, end: e}
		} else {
			continue
		}
		if spoke >= 0 && who == "" && clauseSubject(p, m) {
			// "But the chancellor said Mr Baume ...": someone the
			// sentence does not name spoke, about the person named
			// after the verb; "he" may be the speaker
			x.referent = ""
			return
		}
		if x.objectMention(p, m, from) || m.end < end && p.toks[m.end].kind == kWord && nameNouns[p.toks[m.end].lower] {
			// "an aide to Mr Brown"; "The Reagan administration":
			// the name modifies a noun, the subject
			i = m.end - 1
			continue
		}
		// "Stiller and Jackson": two subjects
		if k := m.end; k+1 < end && (p.toks[k].lower == "and" || p.toks[k].lower == "or" || p.toks[k].text == ",") {
			if _, two := p.byStart[x.nameStart(p, k+1, end)]; two {
				x.referent = ""
				return
			}
		}
		if named && who != m.person {
			x.referent = "" // two persons named: "he" could be either
			return
		}
		if m.person == "" {
			if k := modifies(p, m, end); k >= 0 {
				i = k - 1 // "Ryanair chairman David Bonderman": a name's title
				continue
			}
			// "Mr Kilroy-Silk quit ..." where the surname stands for
			// someone unknown: "he" after it is not the last person
			// named before
			x.referent = ""
			return
		}
		who, named = m.person, true
		i = m.end - 1
	}
	if who == "" {
		// "A ministry official said ...", "the spokesman said": someone
		// unnamed spoke, and "he" may be them
		for i := from; i < end; i++ {
			if p.toks[i].kind == kWord && speechVerbs[p.toks[i].lower] && !inQuote(spans, i) {
				x.referent = ""
				return
			}
		}
	}
	if who != "" {
		x.referent = who
		return
	}
	// named only as objects: "he" is unsure now
	for _, m := range p.mentions {
		if m.start >= from && m.start < end && !inQuote(spans, m.start) {
			x.referent = ""
			return
		}
	}
}

// unlistedName returns the end of a person's name at token i that no
// mention covers: a given name on the lists (femaleNames, maleNames)
// and one or two capitalised words ("Victoria Wood", "Ronnie Barker"),
// or i.
func unlistedName(p *para, i, end int) int {
	t := p.toks[i]
	if t.kind != kWord || !t.upper || !femaleNames[t.lower] && !maleNames[t.lower] || i+1 >= end {
		return i
	}
	if _, ok := p.byEnd[i]; ok {
		return i // "Mr Blair Jack ...": part of another name
	}
	e := i + 1
	for e < end && e <= i+2 && nameWord(p.toks[e]) {
		if _, ok := p.byStart[e]; ok {
			return i
		}
		e++
	}
	if e == i+1 || e < len(p.toks) && (orgWords[p.toks[e].lower] || notNames[p.toks[e].lower] && p.toks[e].upper) {
		return i // "John Mowlem Plc", "Philip Morris Cos"
	}
	return e
}

// saysNext reports whether a speech verb follows at i, over words that
// may stand between a subject and its verb ("he said", "he had said").
func saysNext(p *para, i, end int) bool {
	for skipped := 0; i < end && skipped < 3 && p.toks[i].kind == kWord && between[p.toks[i].lower]; skipped++ {
		i++
	}
	return i < end && p.toks[i].kind == kWord && speechVerbs[p.toks[i].lower]
}

// modifies returns where the mention that m is part of the title of
// starts ("Bayern counterpart Felix Magath", "Ryanair chairman David
// Bonderman", "Franz Ferdinand frontman Alex Kapranos"): over at most
// four capitalised, title, role or describing words after m. It returns
// -1 when no mention follows so.
func modifies(p *para, m mention, end int) int {
	for k := m.end; k < end && k <= m.end+4; k++ {
		if _, ok := p.byStart[k]; ok {
			if k == m.end {
				return -1 // "Brown Blair": two names
			}
			return k
		}
		t := p.toks[k]
		if t.kind != kWord || !(t.upper || titleWords[t.lower] || roleHeads[t.lower] || analystWords[t.lower] || particles[t.lower] || described(p, k)) {
			return -1 // "Sheikh Suroor bin Sultan al-Dhahiri": one name
		}
	}
	return -1
}

// clauseSubject reports whether mention m, after a speech verb, is the
// subject of the reported clause ("said Mr Baume was never there"): a
// lower-case word that is no speech verb follows it. After "said Mr
// Flynn." or "said BIFA founder Elliot Grove," the name is the speaker.
func clauseSubject(p *para, m mention) bool {
	if m.end >= len(p.toks) {
		return false
	}
	t := p.toks[m.end]
	return t.kind == kWord && !t.upper && !speechVerbs[t.lower] && !replyVerbs[t.lower]
}

// objectMention reports whether mention m names someone other than the
// subject of its clause: a possessive ("Mr Brown's aides"), or a name
// after a preposition, over its title ("an adviser to President Bush", "a
// spokesman for Prime Minister Nakasone").
func (x *extractor) objectMention(p *para, m mention, from int) bool {
	if isPossessive(p.toks[m.end-1].lower) || m.end < len(p.toks) && (p.toks[m.end].text == "'" || p.toks[m.end].text == "’") {
		return true
	}
	s := x.titleStart(p, m.start, from)
	if k := s - 1; k > from && (p.toks[k].lower == "and" || p.toks[k].lower == "or") {
		// "the likes of Jonny Wilkinson and Brian O'Driscoll": joined
		// to an object, an object too
		if mi, ok := p.byEnd[k]; ok && p.mentions[mi].start < m.start && x.objectMention(p, p.mentions[mi], from) {
			return true
		}
	}
	if s-1 >= from && p.toks[s-1].kind == kWord && nameModifiers[p.toks[s-1].lower] {
		s-- // "by shadow chancellor Oliver Letwin"
	}
	// "sons of Loews Corp <LTR> Chairman Lawrence Tisch": back over a
	// company's name and ticker to the preposition
	for k := s - 1; k >= from && k >= s-7; k-- {
		t := p.toks[k]
		if t.lower == "of" && k-1 >= from && p.toks[k-1].upper && titleWords[p.toks[k-1].lower] {
			continue // "Assistant Secretary of State Elliott Abrams": the title's
		}
		if t.kind == kWord && objectPreps[t.lower] {
			return true
		}
		if !(t.kind == kWord && t.upper || t.text == "<" || t.text == ">") {
			break
		}
	}
	return false
}

// otherVoice reports whether tokens (from, to) of p, after the sentence
// that ends at or after from, name another person or hold a speech verb:
// then a quotation at to does not continue the one that closed at from.
func (x *extractor) otherVoice(p *para, from, to int, person string) bool {
	i := from + 1
	for _, e := range p.ends {
		if e > from {
			i = e
			break
		}
	}
	for ; i < to; i++ {
		if mi, ok := p.byStart[i]; ok && p.mentions[mi].person != person {
			return true
		}
		if t := p.toks[i]; t.kind == kWord && (speechVerbs[t.lower] || attributionVerbs[t.lower]) {
			return true
		}
	}
	return false
}

// nameStart skips title words from i: where a name after them would start.
func (x *extractor) nameStart(p *para, i, end int) int {
	for i < end && p.toks[i].kind == kWord && titleWords[p.toks[i].lower] {
		if _, ok := p.byStart[i]; ok {
			break
		}
		i++
	}
	return i
}

// orgName reports whether a name is an organisation's or a publication's
// ("Farmers Daily", "Kyodo News Service"), which makes no statement of a
// person's.
func orgName(name string) bool {
	initials := true
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if orgWords[w] || len(w) > 5 && (strings.HasPrefix(w, "banc") || strings.HasSuffix(w, "corp") || strings.HasSuffix(w, "group")) {
			return true // "Colonial BancGroup", "Utilicorp"
		}
		if !(len(w) <= 2 || len(w) <= 4 && strings.Count(w, ".") >= len(w)/2) {
			initials = false
		}
	}
	return initials // "C. J.": no name
}

// namesSelf reports whether statement st names its own speaker in the
// third person ("he still trusted Mr Blair" given to Blair by a pronoun):
// then the pronoun, role or continuation pointed at the wrong person.
func (x *extractor) namesSelf(p *para, st statement) bool {
	for _, m := range p.mentions {
		if m.person == st.Person && m.start >= st.from && m.start < st.to {
			return true
		}
	}
	return false
}

func sortStatements(s []statement) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Span.Start < s[j-1].Span.Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// direct makes the statement of quotation q by s.
func (x *extractor) direct(p *para, q qspan, s subject, verb int) statement {
	st := statement{subj: s, verb: verb, from: q.open + 1, to: min(q.close, len(p.toks)), fixed: true}
	st.Person, st.Kind = s.person, Direct
	x.setText(p, &st)
	return st
}

// evidenced returns s with its evidence span set from its tokens (a
// Continued subject keeps the span it carries).
func (x *extractor) evidenced(p *para, s subject) subject {
	if s.via != Continued && s.end > s.start {
		// The words that name the speaker, without the connective or
		// the day that opens the sentence ("But Mr Straw", "Yesterday
		// British Farm Minister Michael Jopling").
		from := s.start
		for from < s.end-1 && evidenceOpeners[p.toks[from].lower] {
			from++
		}
		s.evidence = Span{p.toks[from].start, p.toks[s.end-1].end}
	}
	return s
}

// evidenceOpeners are the words that open a sentence before its subject
// and are no part of the speaker's name.
var evidenceOpeners = map[string]bool{
	"but": true, "and": true, "yet": true, "so": true, "also": true, "meanwhile": true, "however": true,
	"yesterday": true, "today": true, "tomorrow": true, "earlier": true, "later": true, "then": true, "now": true,
}

// setText fills the statement's text and span from its token range, and
// its attribution from its subject.
func (x *extractor) setText(p *para, st *statement) {
	st.subj = x.evidenced(p, st.subj)
	st.Via, st.EvidenceSpan = st.subj.via, st.subj.evidence
	st.Evidence = strings.Join(strings.Fields(x.text[st.EvidenceSpan.Start:st.EvidenceSpan.End]), " ")
	from, to := st.from, st.to
	quotes := 0 // quotation marks kept: a closing one stays when one opened
	for _, t := range p.toks[from:to] {
		if t.kind == kQuote {
			quotes++
		}
	}
	for to > from {
		t := p.toks[to-1]
		if t.kind == kQuote && !st.fixed && quotes%2 == 0 {
			break
		}
		if !(t.kind == kStop || t.kind == kQuote || t.text == "," || t.text == ";" || t.text == ":") {
			break
		}
		if t.kind == kQuote {
			quotes--
		}
		to--
	}
	for to > from && !st.fixed && conjunctions[p.toks[to-1].lower] {
		to--
		for to > from && (p.toks[to-1].text == "," || p.toks[to-1].text == ";") {
			to--
		}
	}
	for from < to && !st.fixed && (p.toks[from].text == "," || p.toks[from].text == ";") {
		from++ // "said that, for example, the price ...": the clause starts after the comma
	}
	if to <= from {
		st.Text = ""
		return
	}
	st.Span = Span{p.toks[from].start, p.toks[to-1].end}
	st.Text = strings.Join(strings.Fields(x.text[st.Span.Start:st.Span.End]), " ")
}

func words(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == kWord {
			n++
		}
	}
	return n
}

// qspan is a quotation: the tokens of its opening and closing marks
// (close is len(toks) when the paragraph ends first).
type qspan struct{ open, close int }

// quoteSpans pairs the quotation marks of a paragraph. A straight mark
// opens when a word follows it and space comes before it, closes when
// space follows and a word or stop comes before; otherwise it toggles.
// An opening mark while a quotation is open ends that one: texts whose
// paragraph breaks were lost keep the convention of not closing a
// quotation that goes on in the next paragraph (`... MP. "A stooge ...`).
func quoteSpans(toks []token) []qspan {
	var out []qspan
	open := -1
	for i, t := range toks {
		if t.kind != kQuote {
			continue
		}
		spaceBefore := i == 0 || toks[i-1].end < t.start
		spaceAfter := i+1 == len(toks) || toks[i+1].start > t.end
		opening := open < 0
		switch {
		case t.mark == '“' || t.mark == '„':
			opening = true
		case t.mark == '”':
			opening = false
		case spaceBefore && !spaceAfter && i+1 < len(toks) && toks[i+1].kind != kStop && toks[i+1].text != ",":
			opening = true
		case !spaceBefore && spaceAfter:
			opening = false
		}
		if opening {
			if open >= 0 {
				out = append(out, qspan{open, i})
			}
			open = i
		} else if open >= 0 {
			out = append(out, qspan{open, i})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, qspan{open, len(toks)})
	}
	return out
}

// opensSentence reports whether the quotation mark at i opens a sentence
// (or follows a colon): a quotation inside the writer's sentence is a
// fragment the writer cites, not a continued statement.
func opensSentence(p *para, i int) bool {
	if i == 0 || p.toks[i-1].text == ":" {
		return true
	}
	for _, e := range p.ends {
		if e == i {
			return true
		}
	}
	return p.toks[i-1].kind == kStop || p.toks[i-1].kind == kQuote
}

// attributed reports whether quotation q has a speech verb next to it
// ("...," Mr White said; Mr White said: "..."), in the sentence from ss
// to end, whoever its subject is.
func attributed(p *para, q qspan, ss, end int) bool {
	c := q.close + 1
	if c < end && p.toks[c].text == "," {
		c++
	}
	for v := c; v < end && v < c+14 && p.toks[v].kind != kStop && p.toks[v].kind != kQuote; v++ {
		if attributionVerbs[p.toks[v].lower] || speechVerbs[p.toks[v].lower] {
			return true
		}
	}
	o := q.open - 1
	if o >= ss && (p.toks[o].text == ":" || p.toks[o].text == ",") {
		o--
	}
	for v := o; v >= ss && v > o-8 && p.toks[v].kind == kWord; v-- {
		if attributionVerbs[p.toks[v].lower] || speechVerbs[p.toks[v].lower] {
			return true
		}
	}
	return false
}

func inQuote(spans []qspan, i int) bool {
	for _, q := range spans {
		if i > q.open && i < q.close {
			return true
		}
	}
	return false
}

// attributeAfter finds the speaker of q after its closing mark, in the
// sentence ending at end: `"...," Zebari said`, `"...," said Lavrov`,
// `"...," he added`.
func (x *extractor) attributeAfter(p *para, q qspan, end int) (subject, int, bool) {
	c := q.close + 1
	if c < end && p.toks[c].text == "," {
		c++
	}
	if s, v, ok := x.appositionSays(p, c, end); ok && opensSentence(p, q.open) {
		return s, v, true // `"...," Peter Giles, vice president of ..., said`
	}
	for v := c; v < end && v < c+8; v++ {
		t := p.toks[v]
		if t.kind != kWord {
			break
		}
		if !speechVerbs[t.lower] {
			continue
		}
		if v == c {
			if s, ok := x.subjectRight(p, v, end); ok {
				return s, v, true
			}
			return subject{}, 0, false
		}
		if s, ok := x.subjectLeft(p, v, c); ok && s.start == c {
			return s, v, true
		}
		return subject{}, 0, false
	}
	return subject{}, 0, false
}

// appositionSays finds a speaker named at c with a description in
// apposition before the speech verb: "Peter Giles, vice president and
// general manager of Kodak's mass memory division, said".
func (x *extractor) appositionSays(p *para, c, end int) (subject, int, bool) {
	mi, ok := p.byStart[c]
	if !ok {
		return subject{}, 0, false
	}
	m := p.mentions[mi]
	if m.end >= end || p.toks[m.end].text != "," {
		return subject{}, 0, false
	}
	for k := m.end + 1; k < end && k <= m.end+20; k++ {
		t := p.toks[k]
		if t.kind == kStop || t.kind == kQuote {
			return subject{}, 0, false
		}
		if t.text != "," {
			continue
		}
		v := k + 1
		for skipped := 0; v < end && skipped < 3 && p.toks[v].kind == kWord && between[p.toks[v].lower]; skipped++ {
			v++
		}
		if v < end && p.toks[v].kind == kWord && speechVerbs[p.toks[v].lower] && m.person != "" {
			return subject{person: m.person, start: c, end: m.end, via: ByName}, v, true
		}
		return subject{}, 0, false
	}
	return subject{}, 0, false
}

// attributeBefore finds the speaker of q before its opening mark, in the
// sentence starting at from: `Zebari said: "..."`, `Lavrov told
// reporters, "..."`.
func (x *extractor) attributeBefore(p *para, q qspan, from int) (subject, int, bool) {
	o := q.open - 1
	if o < from {
		return subject{}, 0, false
	}
	reach := 1 // `said "..."`: the verb right before the quotation
	if p.toks[o].text == ":" || p.toks[o].text == "," {
		o--
		reach = 6 // `told reporters in Baghdad: "..."`
	}
	for v := o; v >= from && v > o-reach; v-- {
		t := p.toks[v]
		if t.kind != kWord {
			break
		}
		if relayed(p, v, from) {
			// "He said the man shouted: ...": the words of someone the
			// speaker reports, not the speaker's
			return subject{}, 0, false
		}
		if t.lower == "saying" {
			s, ok := x.sayingSubject(p, v, from)
			return s, v, ok
		}
		if speechVerbs[t.lower] {
			if s, ok := x.subjectLeft(p, v, from); ok {
				return s, v, true
			}
			if s, ok := x.subjectRight(p, v, q.open); ok {
				return s, v, true
			}
			return subject{}, 0, false
		}
	}
	return subject{}, 0, false
}

// relayed reports whether the word at v, between a speech verb and the
// quotation it introduces, is the verb of someone else's speech ("said
// the man shouted:", "said a guard asked him:"), not a time or place
// ("said on Friday:") nor a question put to the speaker ("when asked:").
func relayed(p *para, v, from int) bool {
	w := p.toks[v].lower
	if !relayVerbs[w] && !(attributionVerbs[w] && (strings.HasSuffix(w, "ed") || w == "wrote")) || w == "quoted" || w == "insisted" {
		return false // "said in a comment:": a noun
	}
	if k := v - 1; k >= from && (p.toks[k].lower == "when" || p.toks[k].lower == "if" || p.toks[k].lower == "as" || p.toks[k].lower == "being" || objectPreps[p.toks[k].lower] || roleNoise[p.toks[k].lower]) {
		return false // "said when asked:", "said after a long pause"
	}
	// a speech verb before it in the sentence: its clause holds this one
	for k := v - 1; k >= from && k >= v-6; k-- {
		t := p.toks[k]
		if t.kind != kWord {
			return false
		}
		if speechVerbs[t.lower] {
			return true
		}
	}
	return false
}

// reportsOthers reports whether the clause before ", X said" opens with
// someone else's speech ("Consumers said quotas should be fixed, Dauster
// said"): a speech verb among [from, to) after a word that is not "he",
// "she", "I", "we", "to", a determiner, an auxiliary of the passive ("had
// been told") or a relative pronoun ("Iraq, which said ..."). Those are
// the others' words, relayed.
func reportsOthers(p *para, from, to int) bool {
	for k := from + 1; k < to; k++ {
		t := p.toks[k]
		if t.kind == kQuote || inQuote(p.spans, k) {
			return false
		}
		if t.kind != kWord || !relayingVerbs[t.lower] {
			continue
		}
		b := p.toks[k-1]
		return b.kind == kWord && !selfWords[b.lower] && b.lower != "to" && !roleNoise[b.lower] && !objectPreps[b.lower] && !between[b.lower] && !passiveOrRelative[b.lower]
	}
	return false
}

// relaysSpeech reports whether the reported clause [from, to) reports in
// turn what someone other than the speaker said: a speech verb among its
// first ten words whose subject is not "he", "she", "I" or "we" ("said
// the man, who later fled, claimed he was ...", "said officials told
// him ...", "said a man shouted ..."). Its words are that someone's, whom
// the article may not name.
func relaysSpeech(p *para, spans []qspan, from, to int) bool {
	if from >= to || p.toks[from].kind == kWord && selfWords[p.toks[from].lower] {
		return false // "said he had told Kohl ...": the speaker's own words
	}
	for k := from + 1; k < to && k <= from+10; k++ {
		t := p.toks[k]
		if t.kind == kStop || t.kind == kQuote || t.lower == "that" || inQuote(spans, k) {
			return false
		}
		if t.kind != kWord || !(speechVerbs[t.lower] || relayVerbs[t.lower]) {
			continue
		}
		if b := p.toks[k-1]; b.kind == kWord && (b.lower == "to" || roleNoise[b.lower] || objectPreps[b.lower] || selfWords[b.lower]) {
			continue // "plans to announce", "the announced cuts", "he added"
		}
		// a verb of its own ("the man shouted"), one that told the
		// speaker ("officials told him"), or one after a relative
		// clause ("the man, who later fled, claimed"); not a noun
		// ("dismissed claims")
		if relayVerbs[t.lower] && p.toks[k-1].kind == kWord || p.toks[k-1].text == "," ||
			k+1 < to && tellVerbs[t.lower] && objectPronouns[p.toks[k+1].lower] {
			return true
		}
	}
	return false
}

// reported finds a statement in reported speech around the speech verb
// at v in the sentence [from, end).
func (x *extractor) reported(p *para, v, from, end int, spans []qspan) (statement, bool) {
	st := statement{verb: v}
	st.Kind = Reported
	s, ok := x.subjectLeft(p, v, from)
	inverted := false
	if !ok {
		// ", said Foreign Minister Sergei Lavrov."
		if v-1 < from || p.toks[v-1].text != "," {
			return st, false
		}
		if s, ok = x.subjectRight(p, v, end); !ok {
			return st, false
		}
		if s.end < end && finiteVerbs[p.toks[s.end].lower] {
			// "..., said Gonzalez had run out of ideas": the name is
			// the reported clause's subject, not the speaker
			return st, false
		}
		inverted = true
	}
	st.subj = s
	st.Person = s.person
	if continuesAfter(p, v+1, end) || v+1 < end && finiteVerbs[p.toks[v+1].lower] {
		// "Natural gas prices, he said, should climb ...": the statement
		// runs on both sides of its attribution; neither side alone is it
		return st, false
	}
	if s.via == ByPronoun && s.start >= from+1 && relatives[p.toks[s.start-1].lower] {
		// "the systems, which he said had not worked": the clause is the
		// relative's, with no subject of its own
		return st, false
	}
	if !inverted {
		if c, ok := x.clauseAfter(p, v, end); ok {
			st.from, st.to = c, end
			if s.via != ByName && x.namedAt(p, s.person, v+1, c) {
				// "he told Reagan that ...": one does not tell
				// oneself; "he" was someone else
				return st, false
			}
		}
	}
	if st.from == 0 && st.to == 0 {
		// "..., Foreign Minister Sergei Lavrov said after talks."
		lead := s.start
		if inverted {
			lead = v
		}
		if lead-1 <= from || p.toks[lead-1].text != "," {
			return st, false
		}
		st.from, st.to = from, lead-1
		if !inverted && describesSubject(p, st.from, st.to, s, v) {
			// "The programme's host, Jonathan Dimbleby, later told":
			// the words before are the subject's description
			return st, false
		}
		if introduces(p, v, end) {
			// "Criticised for the remark, he said: ..." : the words
			// after the colon are the statement, not the clause before
			return st, false
		}
		if openingPhrase(p, st.from, st.to) {
			return st, false // "At today's Cabinet meeting, Nakasone said"
		}
		if inverted && continuesAfter(p, s.end, end) {
			// "The major drawback to certificates, said Landis, is
			// that ...": the words before are the subject of a clause
			// that goes on after the attribution
			return st, false
		}
		if reportsOthers(p, st.from, min(st.to, st.from+10)) {
			return st, false // "Consumers said quotas should ..., Dauster said"
		}
	}
	if st.from >= st.to || st.to > len(p.toks) {
		return st, false // nothing after the verb ("Zebari added that" ending the text)
	}
	if p.toks[st.from].lower == "according" {
		return st, false // a source citation, not a statement
	}
	st.to = trailingAttribution(p, st.from, st.to)
	st.to = butOtherPerson(p, st.from, st.to, s.person)
	if participles[p.toks[st.from].lower] && openingPhrase(p, st.from, st.to) {
		return st, false // "said, without giving details."
	}
	if !inverted && relaysSpeech(p, spans, st.from, st.to) {
		return st, false // "said the man claimed he was ...": the man's words
	}
	if words(p.toks[st.from:st.to]) < 3 || p.toks[st.from].kind == kQuote || overlapsQuote(p, spans, st.from, st.to) {
		return st, false
	}
	x.setText(p, &st)
	return st, st.Text != ""
}

// butOtherPerson returns where a reported clause in tokens [from, to) ends
// when it runs on past "but" into a clause whose subject is another person
// the article names: in "X said he had left early, but Y branded the
// decision a mistake" (or "but Y's aides disagreed"), Y's act is the
// writer's report, not X's words. A title or office before the name is
// allowed ("but Foreign Minister Y said").
func butOtherPerson(p *para, from, to int, speaker string) int {
	for i := from + 3; i < to-2; i++ {
		if p.toks[i].lower != "but" {
			continue
		}
		for k := i + 1; k < to && k <= i+4; k++ {
			if mi, ok := p.byStart[k]; ok {
				m := p.mentions[mi]
				if m.person == "" || m.person == speaker || m.end >= to {
					break
				}
				if v := p.toks[m.end]; v.kind != kWord || !unicode.IsLower(rune(v.text[0])) {
					break // "but Y, who ...": not plainly Y's own clause
				}
				end := i
				if end > from && p.toks[end-1].text == "," {
					end--
				}
				return end
			}
			if t := p.toks[k]; t.kind != kWord || !unicode.IsUpper(rune(t.text[0])) {
				break
			}
		}
	}
	return to
}

// namedAt reports whether person is named in tokens [from, to).
func (x *extractor) namedAt(p *para, person string, from, to int) bool {
	for _, m := range p.mentions {
		if m.person == person && m.start >= from && m.start < to {
			return true
		}
	}
	return false
}

// continuesAfter reports whether the sentence goes on after an inverted
// attribution ending at e with a comma and a verb: ", said Landis, is
// that ...".
func continuesAfter(p *para, e, end int) bool {
	if e+1 >= end || p.toks[e].text != "," {
		return false
	}
	return p.toks[e+1].kind == kWord && finiteVerbs[p.toks[e+1].lower]
}

// describesSubject reports whether the words [from, to) before a subject
// in apposition ("The programme's host, Jonathan Dimbleby, later told")
// are a description of it, not a statement: at most four words opening
// with a determiner or a possessive, and the subject's name followed by
// a comma before the verb at v.
func describesSubject(p *para, from, to int, s subject, v int) bool {
	if words(p.toks[from:to]) > 4 {
		return false
	}
	if t := p.toks[from]; !roleNoise[t.lower] && !isPossessive(t.lower) {
		return false
	}
	for k := s.start; k < v; k++ {
		if p.toks[k].text == "," {
			return true
		}
	}
	return false
}

// introduces reports whether the speech verb at v introduces what follows
// it in the sentence ending at end: a colon or an opening quotation mark
// after the verb and at most six words ("said:", "told BBC Radio 4's
// Today programme:", `said, "..."`).
func introduces(p *para, v, end int) bool {
	for k := v + 1; k < end && k <= v+7; k++ {
		t := p.toks[k]
		switch {
		case t.text == ":" || t.kind == kQuote:
			return true
		case t.kind == kStop:
			return false
		}
	}
	return false
}

// openingPhrase reports whether [from, to) is one adverbial phrase that
// opens a sentence ("At today's Cabinet meeting", "According to Kyodo",
// "Speaking to reporters"), not a clause: it starts with a preposition or
// participle and holds no comma.
func openingPhrase(p *para, from, to int) bool {
	// "As a result", "As expected": "as" opens a phrase here, not a clause
	as := from+1 < to && p.toks[from].lower == "as" && (roleNoise[p.toks[from+1].lower] || asPhrases[p.toks[from+1].lower])
	for !as && from < to && (conjunctions[p.toks[from].lower] || p.toks[from].lower == "however" || p.toks[from].text == ",") {
		from++ // "But, in remarks prepared for the ceremony"
	}
	if from >= to || !as && !openers[p.toks[from].lower] {
		return false
	}
	for _, t := range p.toks[from:to] {
		if t.text == "," || t.text == ";" {
			return false
		}
	}
	return true
}

// trailingAttribution cuts ", analysts said" and the like off the end of
// the clause [from, to): a comma, at most seven words ("the official
// Saudi Press Agency SPA") and a speech verb, then at most four words.
func trailingAttribution(p *para, from, to int) int {
	for k := to - 1; k > from && k >= to-6; k-- {
		if p.toks[k].kind != kWord || !speechVerbs[p.toks[k].lower] {
			continue
		}
		for c := k - 1; c > from && c >= k-8; c-- {
			t := p.toks[c]
			if t.text == "," {
				return c
			}
			if t.kind != kWord {
				break
			}
		}
	}
	return to
}

// overlapsQuote reports whether [from, to) is nearly all one quotation of
// four words or more: the statement is then a direct one (attributed or
// not), not reported speech.
func overlapsQuote(p *para, spans []qspan, from, to int) bool {
	for _, q := range spans {
		if words(p.toks[q.open+1:min(q.close, len(p.toks))]) < 4 {
			continue
		}
		lo, hi := max(from, q.open), min(to, q.close+1)
		if 5*(hi-lo) >= 4*(to-from) {
			return true
		}
	}
	return false
}

// clauseAfter returns where the reported clause after the verb at v
// starts, if there is one: "says Moscow ...", "said on Tuesday that ...",
// "told reporters in Baghdad that ...".
func (x *extractor) clauseAfter(p *para, v, end int) (int, bool) {
	k := v + 1
	if k >= end {
		return 0, false
	}
	findThat := func(limit int) (int, bool) {
		for i := k; i < end && i < k+limit; i++ {
			t := p.toks[i]
			if t.kind == kStop || t.kind == kQuote {
				return 0, false
			}
			if t.lower == "that" {
				return i + 1, true
			}
		}
		return 0, false
	}
	// clause returns i when a clause can start there.
	clause := func(i int) (int, bool) {
		if i >= end {
			return 0, false
		}
		t := p.toks[i]
		if t.kind != kWord || adjunctStart[t.lower] || notClause[t.lower] || finiteVerbs[t.lower] {
			return 0, false // "systems which he said had not worked": no subject
		}
		return i, true
	}
	t := p.toks[k]
	verb := p.toks[v].lower
	if addVerbs[verb] && (objectStart[t.lower] || t.kind == kWord && t.text[0] >= '0' && t.text[0] <= '9') {
		return 0, false // "Joe Cole added a second with a 20-yard shot"
	}
	switch {
	case tellVerbs[verb] || thatVerbs[verb]:
		return findThat(10)
	case t.lower == "that":
		return k + 1, true
	case t.text == ",":
		// "said, however, that ..." or "said, it is reducing ..."
		if i, ok := findThat(6); ok {
			return i, true
		}
		if k+1 < end && (participles[p.toks[k+1].lower] || p.toks[k+1].lower == "according") {
			return 0, false // "..., he said, according to briefings": the words before
		}
		return clause(k + 1)
	case t.kind != kWord:
		return 0, false
	case adjunctStart[t.lower]:
		if i, ok := findThat(10); ok {
			return i, true
		}
		// "said yesterday he had not decided", "said on Tuesday Moscow ..."
		i := timePhrase(p, k, end)
		if i == k {
			return 0, false
		}
		return clause(i)
	}
	if i := timePhrase(p, k, end); i > k && i < end {
		// "said this week the border would stay open", "said this week
		// that ...", "said this week in an interview that ..."
		switch {
		case p.toks[i].lower == "that":
			return i + 1, true
		case adjunctStart[p.toks[i].lower]:
			return findThat(10)
		}
		return clause(i)
	}
	return clause(k)
}

// timePhrase returns where the time phrase starting at i ends (i itself when
// there is none): "yesterday", "on Tuesday night", "last month", "earlier
// this week", "late last year". A time noun counts only after a time word or
// "this"/"next", so that "said this was ..." keeps its clause.
func timePhrase(p *para, i, end int) int {
	j := i
	for j < end && j < i+4 && p.toks[j].kind == kWord {
		w := p.toks[j].lower
		switch {
		case j > i && timeNouns[w] || timeWords[w] && (j > i || w != "week" && w != "night"):
			j++
		case (w == "this" || w == "next") && j+1 < end && timeNouns[p.toks[j+1].lower]:
			j += 2
		default:
			return j
		}
	}
	return j
}

// saying handles ", saying ..." after a sentence whose subject is a person:
// "Zebari urged Syria ..., saying fighters were still crossing".
func (x *extractor) saying(p *para, v, from, end int, here []statement) (statement, bool) {
	st := statement{verb: v}
	st.Kind = Reported
	s, ok := x.sayingSubject(p, v, from)
	if !ok {
		return st, false
	}
	st.subj, st.Person = s, s.person
	st.from, st.to = v+1, end
	if st.from < end && p.toks[st.from].text == "," {
		st.from++ // `saying, "..."`: a quotation, attributed before
	}
	if st.from >= end || words(p.toks[st.from:st.to]) < 3 || p.toks[st.from].kind == kQuote {
		return st, false
	}
	x.setText(p, &st)
	return st, st.Text != ""
}

// sayingSubject returns the subject of ", saying" at v: the first person
// named (or "he") among the first words of the sentence starting at from.
func (x *extractor) sayingSubject(p *para, v, from int) (subject, bool) {
	if v-1 <= from || p.toks[v-1].text != "," {
		return subject{}, false
	}
	for i := from; i < v && i < from+8; i++ {
		if mi, ok := p.byStart[i]; ok {
			m := p.mentions[mi]
			// the subject opens the sentence or its clause: "Zebari
			// urged ...", "On Tuesday, Zebari urged ..."; not "The
			// poster shows Mr Howard ..., saying"
			if s := x.titleStart(p, m.start, from); s > from && p.toks[s-1].text != "," || x.objectMention(p, m, from) {
				return subject{}, false
			}
			// "Mr Blair has failed ..., he claimed, saying": the
			// claimer says it
			for k := m.end; k < v; k++ {
				if pronouns[p.toks[k].lower] || speechVerbs[p.toks[k].lower] {
					return subject{}, false
				}
			}
			return subject{person: m.person, start: m.start, end: m.end, via: ByName}, true
		}
		if pronouns[p.toks[i].lower] && x.referent != "" {
			if who := x.pronoun(p.toks[i].lower); who != "" {
				return subject{person: who, start: i, end: i + 1, via: ByPronoun}, true
			}
			return subject{}, false
		}
		if p.toks[i].kind != kWord {
			break
		}
	}
	return subject{}, false
}

// cutEmbedded shortens a reported clause that contains the subject of
// another statement of the sentence: "Russia will not send troops, a
// request that the Iraqi envoy, Hoshyar Zebari, on Friday had said ..."
// keeps what comes before the comma.
func (x *extractor) cutEmbedded(p *para, stmts []statement) {
	for i := range stmts {
		a := &stmts[i]
		if a.fixed {
			continue
		}
		cutAt := a.to
		for _, b := range stmts {
			if b.subj.start <= a.from || b.subj.start >= cutAt {
				continue
			}
			cut := b.subj.start
			for k := b.subj.start - 1; k > a.from; k-- {
				if p.toks[k].text == "," {
					cut = k
					break
				}
			}
			if words(p.toks[a.from:cut]) >= 3 {
				cutAt = cut
			}
		}
		if cutAt != a.to {
			a.to = cutAt
			x.setText(p, a)
			if openingPhrase(p, a.from, a.to) {
				// "said that during their tour, he warned ...": what is
				// left is the adverbial, no statement
				a.Text = ""
			}
		}
	}
}

// subjectLeft resolves the subject of the verb at v, looking left within
// [from, v): a name, "he", or a description the article gave someone.
func (x *extractor) subjectLeft(p *para, v, from int) (subject, bool) {
	j := v - 1
	for skipped := 0; j >= from && skipped < 4 && p.toks[j].kind == kWord && between[p.toks[j].lower]; skipped++ {
		j--
	}
	if j < from {
		return subject{}, false
	}
	t := p.toks[j]
	if pronouns[t.lower] {
		who := ""
		if m, ok := x.coordinateSubject(p, from, j); ok {
			// "John Sculley ... declined to estimate sales, but he
			// said": "he" is the subject of the sentence's first clause
			if m.person == "" || x.gender[m.person] != 0 && x.gender[m.person] != pronounSex(t.lower) {
				return subject{}, false
			}
			x.referent = m.person
		}
		who = x.pronoun(t.lower)
		if who == "" {
			return subject{}, false
		}
		return subject{person: who, start: j, end: j + 1, via: ByPronoun}, true
	}
	if mi, ok := p.byEnd[j+1]; ok {
		m := p.mentions[mi]
		if x.objectMention(p, m, from) {
			return subject{}, false // "a spokesman for Nakasone said"
		}
		return subject{person: m.person, start: x.titleStart(p, m.start, from), end: m.end, via: ByName}, true
	}
	if t.text == "," {
		// an appositive: "Kenya's trade minister, Amina Otieno, had
		// said"; "Jim Baker, the Treasury secretary, said".
		if mi, ok := p.byEnd[j]; ok {
			m := p.mentions[mi]
			if c, ok := relativeClauseComma(p, m.start, from); ok {
				// "Mr Johnson, who ... the death of hostage Ken
				// Bigley, said": the name ends a relative clause; the
				// subject is the name the clause describes
				if mi, ok := p.byEnd[c]; ok && !x.objectMention(p, p.mentions[mi], from) {
					m := p.mentions[mi]
					return subject{person: m.person, start: x.titleStart(p, m.start, from), end: j, via: ByName}, true
				}
				return subject{}, false
			}
			if !x.objectMention(p, m, from) {
				return subject{person: m.person, start: x.descStart(p, m.start, from), end: j, via: ByName}, true
			}
			// "Myron Ebell, an adviser to President Bush, said": the
			// name before the apposition
			for k := m.start - 1; k > from && k > m.start-16; k-- {
				if p.toks[k].kind == kStop || p.toks[k].kind == kQuote {
					break
				}
				if p.toks[k].text != "," {
					continue
				}
				if mi, ok := p.byEnd[k]; ok && !x.objectMention(p, p.mentions[mi], from) {
					m := p.mentions[mi]
					return subject{person: m.person, start: x.titleStart(p, m.start, from), end: j, via: ByName}, true
				}
				break
			}
			return subject{}, false
		}
		// "Trent Lott of Mississippi, said"
		k := j - 1
		for k > from && k > j-5 && p.toks[k].kind == kWord && p.toks[k].upper {
			k--
		}
		if k < j-1 && p.toks[k].lower == "of" {
			if mi, ok := p.byEnd[k]; ok {
				m := p.mentions[mi]
				return subject{person: m.person, start: x.titleStart(p, m.start, from), end: j, via: ByName}, true
			}
		}
		for k := j - 1; k > from && k > j-9; k-- {
			if p.toks[k].kind == kStop || p.toks[k].kind == kQuote {
				break
			}
			if p.toks[k].text != "," {
				continue
			}
			if mi, ok := p.byEnd[k]; ok {
				m := p.mentions[mi]
				if x.objectMention(p, m, from) {
					// "A close aide to Nakasone, who asked not to be
					// identified, said": the aide spoke
					return subject{}, false
				}
				return subject{person: m.person, start: x.titleStart(p, m.start, from), end: j, via: ByName}, true
			}
			break
		}
		return subject{}, false
	}
	if t.kind == kWord && t.upper {
		// "Peter Appert of C.J. Lawrence said"
		k := j
		for k > from && k > j-5 && p.toks[k].kind == kWord && p.toks[k].upper {
			k--
		}
		if k < j && p.toks[k].lower == "of" {
			if mi, ok := p.byEnd[k]; ok {
				m := p.mentions[mi]
				return subject{person: m.person, start: x.titleStart(p, m.start, from), end: j + 1, via: ByName}, true
			}
		}
	}
	if t.kind == kWord && roleHeads[strings.TrimSuffix(t.lower, "'s")] {
		start, desc := x.description(p, j, from)
		if mi, ok := p.byEnd[start]; ok {
			// "Plaid Cymru health spokesman": someone's spokesman, unless
			// a name stands before in apposition
			start = x.titleStart(p, p.mentions[mi].start, from)
			if start-1 < from || p.toks[start-1].text != "," {
				return subject{}, false
			}
		}
		if start-1 >= from && p.toks[start-1].text == "," {
			// "Rhodri Glyn Thomas, Plaid Cymru health spokesman said":
			// the description is an apposition to a name
			if mi, ok := p.byEnd[start-1]; ok {
				m := p.mentions[mi]
				return subject{person: m.person, start: x.titleStart(p, m.start, from), end: j + 1, via: ByName}, true
			}
			return subject{}, false
		}
		if cutShort(p, start, from) {
			start, desc = x.widen(p, start, from, desc)
		}
		if indefinite(p, start) {
			return subject{}, false // "a British minister": someone not named
		}
		if who := x.resolveRole(desc); who != "" {
			return subject{person: who, start: start, end: j + 1, via: ByRole}, true
		}
	}
	return subject{}, false
}

// relativeClauseComma reports whether the tokens before start, back to
// the nearest comma in the sentence [from, start), open with a relative
// pronoun (", who was forced to apologise over the death of hostage"): then
// a name at start ends a relative clause and is not the subject of the verb
// after it. It returns the comma's index.
func relativeClauseComma(p *para, start, from int) (int, bool) {
	for k := start - 1; k > from && k >= start-40; k-- {
		t := p.toks[k]
		if t.kind == kStop || t.kind == kQuote {
			return 0, false
		}
		if t.text == "," {
			if k+1 < start && clauseRelatives[p.toks[k+1].lower] {
				return k, true
			}
			return 0, false
		}
	}
	return 0, false
}

// coordinateSubject returns the person who opens the sentence [from, j)
// when the pronoun at j starts a clause joined to that person's ("John
// Sculley, Apple's chairman, declined to estimate sales, but he said
// ..."): the pronoun follows "but", "and", "yet" or "while". Not so in
// "Mr Blair has failed, he claimed", where the name is the claim's.
func (x *extractor) coordinateSubject(p *para, from, j int) (mention, bool) {
	k := j - 1
	if k <= from || !coordinators[p.toks[k].lower] {
		return mention{}, false
	}
	i := from
	for i < j && (p.toks[i].kind != kWord || conjunctions[p.toks[i].lower] || p.toks[i].kind == kWord && titleWords[p.toks[i].lower]) {
		i++
	}
	if mi, ok := p.byStart[i]; ok {
		return p.mentions[mi], true
	}
	if e := unlistedName(p, i, j); e > i {
		return mention{start: i, end: e}, true
	}
	for i < j && p.toks[i].kind == kWord && (p.toks[i].upper || titleWords[p.toks[i].lower]) {
		if mi, ok := p.byStart[i]; ok && !x.objectMention(p, p.mentions[mi], from) {
			return p.mentions[mi], true // "Apple chairman John Sculley"
		}
		i++
	}
	return mention{}, false
}

// pronounSex returns 'f' for "she", else 'm'.
func pronounSex(w string) byte {
	if w == "she" {
		return 'f'
	}
	return 'm'
}

// subjectRight resolves a subject after the verb at v: "said Foreign
// Minister Sergei Lavrov", "said he".
func (x *extractor) subjectRight(p *para, v, end int) (subject, bool) {
	k := v + 1
	if k >= end {
		return subject{}, false
	}
	switch p.toks[v].lower {
	case "tell", "tells", "told", "telling":
		// "senators, however, told Nakasone in a letter", "he would tell
		// Nakasone: ...": the one told is no speaker ("said X" and
		// "warned X" may put the speaker after the verb; "told X" never)
		return subject{}, false
	}
	if pronouns[p.toks[k].lower] {
		// "..., said he." but not "said he believed ...": there "he" is
		// the subject of the reported clause
		if who := x.pronoun(p.toks[k].lower); who != "" && (k+1 >= end || p.toks[k+1].kind != kWord) {
			return subject{person: who, start: k, end: k + 1, via: ByPronoun}, true
		}
		return subject{}, false
	}
	for i := k; i < end && i < k+6; i++ {
		if mi, ok := p.byStart[i]; ok {
			m := p.mentions[mi]
			if x.objectMention(p, m, k) {
				return subject{}, false // "said Nakasone's spokesman"
			}
			// "said Dean Witter analyst Karen Gibbs": the last name
			j := m.end
			for j < end && j < m.end+4 && p.toks[j].kind == kWord && (p.toks[j].upper || titleWords[p.toks[j].lower] || analystWords[p.toks[j].lower]) {
				if _, ok := p.byStart[j]; ok {
					break
				}
				j++
			}
			if mj, ok := p.byStart[j]; ok && j > m.end {
				m = p.mentions[mj]
			}
			return subject{person: m.person, start: k, end: m.end, via: ByName}, true
		}
		t := p.toks[i]
		if t.kind == kWord && (t.upper || titleWords[t.lower] || t.lower == "the" || t.lower == "a" || isPossessive(t.lower)) {
			continue
		}
		if t.text == "," && i > k {
			continue
		}
		break
	}
	// "said the Iraqi foreign minister"
	for i := k; i < end && i < k+6; i++ {
		t := p.toks[i]
		if t.kind != kWord {
			break
		}
		if roleHeads[t.lower] && (i+1 == end || p.toks[i+1].kind != kWord) {
			ds, desc := x.description(p, i, k)
			if cutShort(p, ds, k) {
				ds, desc = x.widen(p, ds, k, desc)
			}
			if indefinite(p, ds) {
				break
			}
			if who := x.resolveRole(desc); who != "" {
				return subject{person: who, start: k, end: i + 1, via: ByRole}, true
			}
			break
		}
	}
	return subject{}, false
}

// titleStart extends a name left over its title: "Russian Foreign
// Minister Sergei Lavrov" starts at "Russian". It stops at another name.
func (x *extractor) titleStart(p *para, start, from int) int {
	for start-1 >= from {
		t := p.toks[start-1]
		if t.kind != kWord || !(t.upper || titleWords[t.lower]) || pronouns[t.lower] {
			break
		}
		if _, other := p.byEnd[start]; other {
			break
		}
		start--
	}
	return start
}

// descStart extends an appositive name left over ", " and the description
// before it: "Iraq's foreign minister, Hoshyar Zebari" starts at "Iraq's".
func (x *extractor) descStart(p *para, start, from int) int {
	start = x.titleStart(p, start, from)
	if start-1 > from && p.toks[start-1].text == "," {
		j := start - 2
		if p.toks[j].kind == kWord && roleHeads[p.toks[j].lower] {
			s, _ := x.description(p, j, from)
			return s
		}
	}
	return start
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// wordsBefore yields the tokens before k, down to from and fewer than n
// back, that may belong to a description of a person: words, none the end
// of a name. A word that opens a description (descriptionStart: "the",
// "his") is the last it yields.
func wordsBefore(p *para, k, from, n int) iter.Seq2[int, token] {
	return func(yield func(int, token) bool) {
		for i := k - 1; i >= from && i > k-n; i-- {
			t := p.toks[i]
			if t.kind != kWord {
				return
			}
			if _, isName := p.byEnd[i+1]; isName {
				return
			}
			if !yield(i, t) || descriptionStart[t.lower] {
				return
			}
		}
	}
}

// description collects the words of a description ending with the role
// head at j: "the Iraqi foreign minister" -> start of "the", [iraq foreign
// minister]. The head is last.
func (x *extractor) description(p *para, j, from int) (int, []string) {
	desc := []string{strings.TrimSuffix(p.toks[j].lower, "'s")}
	start := j
	for k, t := range wordsBefore(p, j, from, 6) {
		if roleNoise[t.lower] {
			start = k
			continue
		}
		// "Tory shadow chancellor": a rank word makes another office
		if !(t.upper || titleWords[t.lower] || isPossessive(t.lower) || rankWords[t.lower]) {
			break
		}
		desc = append(desc, t.lower)
		start = k
	}
	// head last, modifiers in text order before it
	out := make([]string, 0, len(desc))
	for i := len(desc) - 1; i >= 1; i-- {
		out = append(out, desc[i])
	}
	return start, append(out, desc[0])
}

// stem reduces a modifier for comparing descriptions: "Iraq's" and
// "Iraqi" both become comparable to "iraq".
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	w = strings.ReplaceAll(w, ".", "")
	return w
}

// sameStem reports whether two modifiers name the same thing: equal, or
// a country and its demonym (iraq/iraqi, russia/russian, china/chinese).
func sameStem(a, b string) bool {
	a, b = stem(a), stem(b)
	if a == b {
		return true
	}
	if irregular[a] != "" && irregular[a] == b || irregular[b] != "" && irregular[b] == a {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := min(len(a), len(b))
	return n >= 4 && n >= short-2
}

// indefinite reports whether the description starting at token start is
// indefinite ("a British minister", "one official"): someone the article
// does not name, never a person it named before.
func indefinite(p *para, start int) bool {
	switch p.toks[start].lower {
	case "a", "an", "another", "one":
		return true
	}
	return false
}

// cutShort reports whether the description starting at token start lost
// words before it: it opens with neither a determiner nor a capitalised
// word, and a lower-case modifier stands before it ("The Scottish National
// Party's parliamentary leader" read as "leader"). The whole description
// may be someone else's office: widen takes it in.
func cutShort(p *para, start, from int) bool {
	if start-1 < from {
		return false
	}
	if t := p.toks[start]; roleNoise[t.lower] || isPossessive(t.lower) || t.upper && !roleHeads[t.lower] {
		return false
	}
	b := p.toks[start-1]
	return b.kind == kWord && !b.upper && !functionWords[b.lower] && !objectPreps[b.lower] && !conjunctions[b.lower] &&
		!speechVerbs[b.lower] && !between[b.lower] && !clauseWords[b.lower]
}

// widen extends a description cut short (see cutShort) to the left over
// lower-case modifiers ("home secretary", "committee chairman") and the
// capitalised words, titles and possessives before them, to its
// determiner: "The Scottish National Party's parliamentary leader" gives
// [scottish national party's parliamentary leader], which resolves only
// to a person the article gave all those words. An age ("the
// 44-year-old prime minister") is no modifier.
func (x *extractor) widen(p *para, start, from int, desc []string) (int, []string) {
	var extra []string
	for k, t := range wordsBefore(p, start, from, 7) {
		if roleNoise[t.lower] {
			start = k
			continue
		}
		if strings.HasSuffix(t.lower, "-old") || t.lower[0] >= '0' && t.lower[0] <= '9' {
			start = k
			continue
		}
		if !t.upper && (functionWords[t.lower] || objectPreps[t.lower] || conjunctions[t.lower] || speechVerbs[t.lower] || between[t.lower] || clauseWords[t.lower]) {
			break
		}
		extra = append([]string{t.lower}, extra...)
		start = k
	}
	return start, append(extra, desc...)
}

// pronoun returns the person "he" or "she" (w) stands for: the referent,
// unless the article gave the referent the other sex. The first pronoun
// that stands for a person tells their sex for the rest of the article.
func (x *extractor) pronoun(w string) string {
	who := x.referent
	if who == "" {
		return ""
	}
	g := byte('m')
	if w == "she" {
		g = 'f'
	}
	if known := x.gender[who]; known != 0 && known != g {
		return ""
	}
	x.gender[who] = g
	return who
}

// learnGender records what the article says of each person's sex, the
// strongest evidence first: a title or a describing noun at the name
// ("Mr", "Sir", "Lord", "husband" a man's; "Mrs", "Ms", "Miss", "Lady",
// "Baroness", "spokeswoman", "his wife" a woman's); else the pronouns of
// the sentences that name the person alone ("Ms Holdsworth said her
// party ..."); else the given name ("Petra Hollis", "Roger Knapp"). A person the
// evidence of one kind gives both sexes is left to the next kind, and to
// the first pronoun that stands for them.
func (x *extractor) learnGender() {
	x.gender = map[string]byte{}
	titled, pronounced := map[string]byte{}, map[string]byte{}
	note := func(to map[string]byte, who string, g byte) {
		if known, ok := to[who]; ok && known != g {
			to[who] = 0 // both: no evidence
			return
		}
		to[who] = g
	}
	for _, p := range x.paras {
		spans := quoteSpans(p.toks)
		for _, m := range p.mentions {
			if m.person == "" {
				continue
			}
			if g := x.titleGender(&p, m); g != 0 {
				note(titled, m.person, g)
			}
		}
		from := 0
		for _, end := range p.ends {
			if who, g := sentenceGender(&p, spans, from, end); g != 0 {
				note(pronounced, who, g)
			}
			from = end
		}
	}
	for _, p := range x.paras {
		for _, m := range p.mentions {
			if m.person == "" || x.gender[m.person] != 0 {
				continue
			}
			if g := titled[m.person]; g != 0 {
				x.gender[m.person] = g
			} else if g := pronounced[m.person]; g != 0 {
				x.gender[m.person] = g
			} else if _, ok := titled[m.person]; !ok {
				x.gender[m.person] = givenGender(m.person)
			}
		}
	}
}

// titleGender returns the sex that the words at mention m say: its
// honorific ("Mrs Thatcher"), or a title or describing noun right before
// it over other title words ("Baroness Amos", "his wife Cherie Blair",
// "spokeswoman Anna Reid"), or in apposition after it ("Cherie Blair, his
// wife,"); 0 if they say nothing.
func (x *extractor) titleGender(p *para, m mention) byte {
	if g := genderWords[strings.TrimSuffix(p.toks[m.start].lower, ".")]; g != 0 {
		return g
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		t := p.toks[k]
		if t.kind != kWord {
			break
		}
		if g := genderWords[strings.TrimSuffix(t.lower, ".")]; g != 0 {
			return g
		}
		if !(t.upper || titleWords[t.lower] || roleHeads[t.lower]) {
			break
		}
	}
	if m.end+1 < len(p.toks) && p.toks[m.end].text == "," {
		for k := m.end + 1; k < len(p.toks) && k <= m.end+4; k++ {
			t := p.toks[k]
			if t.kind != kWord {
				break
			}
			if g := genderWords[t.lower]; g != 0 {
				return g
			}
		}
	}
	return 0
}

// sentenceGender returns the person named in the sentence [from, end) and
// the sex its pronouns give them, when the sentence names exactly one
// person outside quotation marks, before its pronouns, and uses pronouns
// of one sex only: a reflexive ("himself", "herself"), or "she" or "her"
// opening the reported clause ("Ms Hollis said she ...", "said her
// party ..."). "he" there is often someone else, a man the woman speaks
// of ("Ms Hollis said he was a delight"), and "Mr Dunmore thanked her"
// is about someone else.
func sentenceGender(p *para, spans []qspan, from, end int) (string, byte) {
	who := ""
	var g byte
	for i := from; i < end; i++ {
		if inQuote(spans, i) {
			continue
		}
		if mi, ok := p.byStartIndex(i); ok {
			m := p.mentions[mi]
			if m.person == "" || who != "" && who != m.person || g != 0 {
				return "", 0
			}
			who = m.person
			i = m.end - 1
			continue
		}
		t := p.toks[i]
		if t.kind != kWord {
			continue
		}
		pg := pronounGender[t.lower]
		if pg == 0 {
			continue
		}
		if t.lower == "she" || t.lower == "her" {
			k := i - 1
			if k > from && p.toks[k].lower == "that" {
				k--
			}
			if k < from || !speechVerbs[p.toks[k].lower] && !(k > from && speechVerbs[p.toks[k-1].lower] && p.toks[k].kind == kWord) {
				continue // "she" of another clause may be someone else
			}
		}
		if who == "" || g != 0 && g != pg {
			return "", 0
		}
		g = pg
	}
	return who, g
}

// byStartIndex finds the mention starting at token i (before byStart is
// built).
func (p *para) byStartIndex(i int) (int, bool) {
	for mi, m := range p.mentions {
		if m.start == i {
			return mi, true
		}
	}
	return 0, false
}
