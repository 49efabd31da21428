package quotes

import (
	"slices"
	"strings"

	"chancery/wordrule"
)

// mention is a person named in a paragraph: tokens [start, end).
type mention struct {
	start, end int
	person     string
}

// nameIndex finds the persons of an article in its tokens: by the full
// name, first and last name, or the surname alone when no other person
// of the article shares it.
type nameIndex struct {
	byFirst map[string][]variant
}

type variant struct {
	words  []string // lower case
	person string
}

// newNameIndex indexes the names of persons. unknown are names that
// stand for someone the extractor cannot name: the article's one-word
// persons ("Wenger", "Dharyono"); they, and a surname two persons share
// ("Cowell" of Tony and Simon Cowell), are indexed as the person "", so
// that a statement they make, or a pronoun after them, is nobody's
// rather than the last named person's.
//
// companies are surnames the text also writes as a company's
// ("Baker International Corp"): alone they are nobody, whoever the
// persons list says they stand for.
func newNameIndex(persons, unknown []string, companies map[string]bool) *nameIndex {
	ix := &nameIndex{byFirst: map[string][]variant{}}
	surnames := map[string]int{}
	split := make([][]string, len(persons))
	for i, p := range persons {
		w := strings.Fields(strings.ToLower(p))
		split[i] = w
		if len(w) > 1 {
			surnames[w[len(w)-1]]++
		}
	}
	seen := map[string]bool{}
	add := func(words []string, person string) {
		key := strings.Join(words, " ") + "\x00" + person
		if len(words) == 0 || seen[key] {
			return
		}
		seen[key] = true
		ix.byFirst[words[0]] = append(ix.byFirst[words[0]], variant{words, person})
	}
	for i, p := range persons {
		w := split[i]
		add(w, p)
		if len(w) > 2 {
			add([]string{w[0], w[len(w)-1]}, p)
		}
		if len(w) > 1 {
			last := w[len(w)-1]
			if surnames[last] == 1 && len(last) > 2 && !notNames[last] && !companies[last] {
				add([]string{last}, p)
			}
		}
	}
	for i := range persons {
		w := split[i]
		if len(w) > 1 {
			if last := w[len(w)-1]; (surnames[last] > 1 || companies[last]) && len(last) > 2 && !notNames[last] {
				add([]string{last}, "")
			}
		}
	}
	for _, u := range unknown {
		w := strings.Fields(strings.ToLower(u))
		if len(w) == 1 && len(w[0]) > 2 && !notNames[w[0]] && len(ix.byFirst[w[0]]) == 0 {
			add(w, "")
		}
	}
	// longest variants first
	for k, vs := range ix.byFirst {
		for i := 1; i < len(vs); i++ {
			for j := i; j > 0 && len(vs[j].words) > len(vs[j-1].words); j-- {
				vs[j], vs[j-1] = vs[j-1], vs[j]
			}
		}
		ix.byFirst[k] = vs
	}
	return ix
}

// find returns the mentions in toks, longest first at each position, not
// overlapping.
func (ix *nameIndex) find(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != kWord || !t.upper {
			continue
		}
		for _, v := range ix.byFirst[t.lower] {
			if !matchAt(toks, i, v.words) {
				continue
			}
			m := mention{start: i, end: i + len(v.words), person: v.person}
			if i > 0 && wordrule.Honorific(toks[i-1].lower) {
				m.start = i - 1
			}
			out = append(out, m)
			i = m.end - 1
			break
		}
		if len(out) > 0 && out[len(out)-1].end > i+1 {
			continue
		}
		// "Lavrov's": the possessive of a one-word variant
		if base, ok := strings.CutSuffix(t.lower, "'s"); ok {
			for _, v := range ix.byFirst[base] {
				if len(v.words) == 1 {
					out = append(out, mention{start: i, end: i + 1, person: v.person})
					break
				}
			}
		}
	}
	return out
}

func matchAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		t := toks[i+k]
		if t.kind != kWord || t.lower != w {
			return false
		}
	}
	// not the start of a longer capitalised name we do not know:
	// "Sergei Lavrov" matches, "Lavrov Street" does not
	if n := i + len(words); n < len(toks) && toks[n].kind == kWord && toks[n].upper && toks[n].start == toks[n-1].end+1 && notNames[toks[n].lower] && !functionWords[toks[n].lower] {
		return false
	}
	return true
}

// nameWord reports whether t can be a word of a guessed name.
func nameWord(t token) bool {
	if t.kind != kWord || notNames[t.lower] || titleWords[t.lower] || isPossessive(t.lower) {
		return false
	}
	if strings.HasPrefix(t.lower, "al-") || strings.HasPrefix(t.lower, "el-") {
		return len(t.text) > 3
	}
	if !t.upper || len(t.text) > 1 && t.text == strings.ToUpper(t.text) {
		return false // "IBM", "NATO": not a person's name
	}
	return !strings.Contains(t.text, ".") || len(t.text) == 2 // "J." but not "U.S."
}

// guessNames returns the names of persons missing from known: runs of two
// to four capitalised words right after a title ("Foreign Minister Sergei
// Lavrov", "Secretary-General Jaap de Hoop Scheffer"), right before a
// speech verb ("James Baker said") or right after one ("said Treasury
// Secretary James Baker").
func (x *extractor) guessNames(known []string) (out []string) {
	have := map[string]bool{}
	for _, k := range known {
		have[strings.ToLower(k)] = true
	}
	// run returns the end of the name starting at i, or i.
	run := func(toks []token, i int) int {
		e := i
		for e < len(toks) && e-i < 4 && (nameWord(toks[e]) || e > i && particles[toks[e].lower] && e+1 < len(toks) && nameWord(toks[e+1])) {
			e++
		}
		return e
	}
	add := func(toks []token) {
		if len(toks) < 2 || len(toks) > 4 {
			return
		}
		parts := make([]string, len(toks))
		for i, t := range toks {
			parts[i] = t.text
		}
		name := strings.Join(parts, " ")
		if !have[strings.ToLower(name)] {
			have[strings.ToLower(name)] = true
			out = append(out, name)
		}
	}
	defer func() { out = x.dropCompanies(out) }()
	for _, p := range x.paras {
		toks := p.toks
		for i, t := range toks {
			if t.kind != kWord {
				continue
			}
			// a capitalised "New" begins a place ("New Jersey Bell"), not a title
			if titleWords[t.lower] && !wordrule.Honorific(t.lower) && i+1 < len(toks) && !titleWords[toks[i+1].lower] &&
				!(t.upper && placeFirst[t.lower]) {
				if e := run(toks, i+1); e-(i+1) >= 2 {
					add(toks[i+1 : e])
				}
				continue
			}
			if !speechVerbs[t.lower] {
				continue
			}
			// left: "James Baker said", "Ivan Petrov, on Friday had said"
			j := i - 1
			for skipped := 0; j >= 0 && skipped < 4 && toks[j].kind == kWord && between[toks[j].lower]; skipped++ {
				j--
			}
			if j >= 1 && toks[j].text == "," {
				j--
			}
			k := j
			for k >= 0 && j-k < 4 && (nameWord(toks[k]) || k < j && particles[toks[k].lower]) {
				k--
			}
			for k+1 <= j && particles[toks[k+1].lower] {
				k++
			}
			// "International Association of Machinists and Aerospace
			// Workers said": the tail of an organisation's name
			tail := k >= 1 && toks[k].kind == kWord && (toks[k].lower == "and" || toks[k].lower == "of" || toks[k].text == "&") && toks[k-1].kind == kWord && toks[k-1].upper
			// "New Jersey Bell said", "South Wales Electricity said": the
			// words after a place's first word are no person's name
			for _, q := range []int{k, k + 1} {
				tail = tail || q >= 0 && q <= j && toks[q].kind == kWord && toks[q].upper && placeFirst[toks[q].lower]
			}
			if j-k >= 2 && !tail {
				add(toks[k+1 : j+1])
			}
			// right: "said James Baker"
			if e := run(toks, i+1); e-(i+1) >= 2 && (e == len(toks) || toks[e].kind != kWord) {
				add(toks[i+1 : e])
			}
		}
	}
	return out
}

// placeFirst are first words of place names ("New Jersey", "South
// Wales", "San Diego") that a name guesser stops at.
var placeFirst = map[string]bool{
	"new": true, "north": true, "south": true, "east": true, "west": true, "san": true, "santa": true,
	"los": true, "las": true, "fort": true, "port": true,
}

// dropCompanies removes the guessed names that the text also writes
// before a company word: "Detroit Edison Co said", "Morgan Guaranty Trust
// Co".
func (x *extractor) dropCompanies(names []string) []string {
	var keep []string
	for _, n := range names {
		w := strings.Fields(strings.ToLower(n))
		company := false
		for _, p := range x.paras {
			for i := 0; i+len(w) < len(p.toks) && !company; i++ {
				if !matchWords(p.toks, i, w) {
					continue
				}
				next := p.toks[i+len(w)]
				// "Detroit Edison Co", "Morgan Stanley and Co", "Equity
				// Silver Mines"
				if orgWords[next.lower] || next.text == "&" || next.lower == "and" && i+len(w)+1 < len(p.toks) && orgWords[p.toks[i+len(w)+1].lower] {
					company = true
				}
			}
		}
		if !company {
			keep = append(keep, n)
		}
	}
	return keep
}

// companySurnames returns the surnames of persons that the text also
// writes at the start of a company's name: the surname, up to three more
// capitalised words and a company word ("Baker International Corp",
// "Baker Hughes Inc", "Baker and Co"). A statement "Baker said" there may
// be the company's.
func (x *extractor) companySurnames(persons []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range persons {
		w := strings.Fields(strings.ToLower(n))
		if len(w) < 2 {
			continue
		}
		last := w[len(w)-1]
		for _, p := range x.paras {
			for i := 0; i+1 < len(p.toks) && !out[last]; i++ {
				if p.toks[i].kind != kWord || p.toks[i].lower != last || !p.toks[i].upper {
					continue
				}
				for k := i + 1; k < len(p.toks) && k <= i+4; k++ {
					t := p.toks[k]
					if orgWords[t.lower] && t.upper || t.text == "&" {
						out[last] = true
						break
					}
					if t.kind != kWord || !t.upper && t.lower != "and" {
						break
					}
				}
			}
		}
	}
	return out
}

func matchWords(toks []token, i int, words []string) bool {
	for k, w := range words {
		if toks[i+k].kind != kWord || toks[i+k].lower != w {
			return false
		}
	}
	return true
}

// role is a description the article gives a person: "Russian Foreign
// Minister Sergei Lavrov" gives [russian foreign minister].
type role struct {
	person string
	words  []string // modifiers, then the head last
}

// learnRoles collects the titles and appositions of every mention.
func (x *extractor) learnRoles() {
	for pi := range x.paras {
		p := &x.paras[pi]
		for _, m := range p.mentions {
			// a title before the name
			j := m.start - 1
			if j >= 0 && p.toks[j].kind == kWord && roleHeads[p.toks[j].lower] {
				_, desc := x.descriptionNoIndex(p, j)
				x.roles = append(x.roles, role{m.person, desc})
			}
			// ", Iraq's foreign minister, Hoshyar Zebari"
			if j >= 1 && p.toks[j].text == "," && p.toks[j-1].kind == kWord && roleHeads[p.toks[j-1].lower] {
				_, desc := x.descriptionNoIndex(p, j-1)
				x.roles = append(x.roles, role{m.person, desc})
			}
			// "Hoshyar Zebari, Iraq's foreign minister,"
			if m.end < len(p.toks) && p.toks[m.end].text == "," {
				for k := m.end + 1; k < len(p.toks) && k < m.end+8; k++ {
					t := p.toks[k]
					if t.kind != kWord {
						break
					}
					if roleHeads[t.lower] && (k+1 == len(p.toks) || p.toks[k+1].kind != kWord) {
						_, desc := x.descriptionNoIndex(p, k)
						x.roles = append(x.roles, role{m.person, desc})
						break
					}
				}
			}
		}
	}
}

// descriptionNoIndex is description before the paragraph's mention index
// is built: it stops at any word that starts or ends a mention.
func (x *extractor) descriptionNoIndex(p *para, j int) (int, []string) {
	saved := p.byEnd
	p.byEnd = map[int]int{}
	for i, m := range p.mentions {
		p.byEnd[m.end] = i
	}
	s, d := x.description(p, j, 0)
	if cutShort(p, s, 0) {
		// "RNID technology director Guido Gybels" learns the whole
		// description, as "the RNID technology director" asks for it
		s, d = x.widen(p, s, 0, d)
	}
	p.byEnd = saved
	return s, d
}

// resolveRole returns the one person whose learnt descriptions cover desc
// (same head, every modifier of desc among theirs), or "".
func (x *extractor) resolveRole(desc []string) string {
	if len(desc) == 0 {
		return ""
	}
	head := desc[len(desc)-1]
	mods := desc[:len(desc)-1]
	who := ""
	for _, r := range x.roles {
		if r.words[len(r.words)-1] != head {
			continue
		}
		ok := true
		for _, w := range r.words[:len(r.words)-1] {
			// "Deputy Prime Minister John Prescott" is not "the prime minister"
			if rankWords[w] && !slices.Contains(mods, w) {
				ok = false
			}
		}
		for _, m := range mods {
			if roleNoise[m] {
				continue
			}
			found := false
			for _, w := range r.words[:len(r.words)-1] {
				if sameStem(m, w) {
					found = true
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if who != "" && who != r.person {
			return "" // ambiguous
		}
		who = r.person
	}
	return who
}
