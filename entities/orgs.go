package entities

import (
	"slices"
	"strings"
)

// companySuffixes end a company's name: "Texaco Inc", "Banco Central SA".
var companySuffixes = map[string]string{
	"inc": "Inc", "inc.": "Inc", "corp": "Corp", "corp.": "Corp", "co": "Co", "co.": "Co", "ltd": "Ltd",
	"ltd.": "Ltd", "plc": "Plc", "llc": "LLC", "ag": "AG", "sa": "SA", "nv": "NV", "gmbh": "GmbH", "bv": "BV",
	"spa": "SpA", "group": "Group", "corporation": "Corporation", "holdings": "Holdings", "bancorp": "Bancorp",
	"ministry": "Ministry", "party": "Party",
}

// orgJoiners may sit inside an organization's name.
var orgJoiners = map[string]bool{"&": true, "of": true, "and": true, "de": true, "du": true, "des": true, "for": true}

type orgCount struct {
	name  string
	count int
	first int
}

// orgCounts counts the organizations of one article.
type orgCounts struct {
	at   map[string]int // name -> index into list
	list []orgCount
}

func (oc *orgCounts) reset() {
	if oc.at == nil {
		oc.at = map[string]int{}
	}
	clear(oc.at)
	oc.list = oc.list[:0]
}

func (oc *orgCounts) add(name string, pos int) {
	k, ok := oc.at[name]
	if !ok {
		k = len(oc.list)
		oc.at[name] = k
		oc.list = append(oc.list, orgCount{name: name, first: pos})
	}
	oc.list[k].count++
}

// findOrgs finds organizations with a fixed name (orgs.tsv) and companies,
// ministries and parties by their last word. Fixed names are marked used so
// that their words count as neither persons nor countries ("Paris Club").
func (x *Extractor) findOrgs(s *scratch) []string {
	toks := s.toks
	counts := &s.orgs
	counts.reset()
	add := counts.add
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != kindWord || !t.is(flagCap) {
			continue
		}
		if canon, ok := x.orgExact(t); ok {
			add(canon, i)
			s.used[i] = 2
			continue
		}
		if idx, n := x.matchOrg(toks, i, &s.buf); n > 0 {
			name := x.gaz.orgNames[idx]
			// "U.S. Treasury", "the British Treasury": a treasury
			// carries its country when the text gives it
			if name == "Treasury" {
				if c := x.countryAt(toks, i, i+n-1); c != "" {
					name += " (" + c + ")"
				} else if i > 0 {
					if c := x.countryAt(toks, i-1, i); c != "" {
						name += " (" + c + ")"
					}
				}
			}
			// a legal form after a fixed name is part of it: "Morgan
			// Stanley Group Inc", "Merrill Lynch and Co"
			for k := i + n; k < len(toks); k++ {
				if x.word(&toks[k]).company != "" && toks[k].is(flagCap) {
					n = k - i + 1
					continue
				}
				if (toks[k].low == "and" || toks[k].text == "&") && k+1 < len(toks) && toks[k+1].is(flagCap) {
					if x.word(&toks[k+1]).company != "" {
						continue
					}
				}
				break
			}
			// a subsidiary named after it: "Salomon Brothers
			// International Ltd" is one name
			if m := x.legalTail(toks, i+n); m > 0 {
				var b strings.Builder
				b.WriteString(name)
				for k := i + n; k < i+n+m; k++ {
					b.WriteByte(' ')
					b.WriteString(companyWord(x, &toks[k]))
				}
				name = b.String()
				n += m
			}
			add(name, i)
			for k := i; k < i+n; k++ {
				s.used[k] = 2
			}
			i += n - 1
			continue
		}
		if t.is(flagHeadline) {
			continue
		}
		// a run of capitalised words ending with a company suffix
		j := i
		for j < len(toks) && !toks[j].is(flagHeadline) && (j == i || !toks[j].is(flagSentStart)) &&
			(toks[j].kind == kindWord && toks[j].is(flagCap) || (x.word(&toks[j]).is(wOrgJoiner) && j > i && j+1 < len(toks) && toks[j+1].is(flagCap))) {
			if suf := x.word(&toks[j]).company; suf != "" && j > i {
				// "Swiss Bank Corp International Ltd": a subsidiary named
				// after its parent is one name
				if m := x.legalTail(toks, j+1); m > 0 && suf != "Ministry" && suf != "Party" {
					j += m
					suf = x.word(&toks[j]).company
				}
				start := i
				for start < j && x.word(&toks[start]).is(wNonName|wTitleCue) {
					start++
				}
				// "Robert Maxwell's British Printing and Communications Corp":
				// the company begins after its owner's name (a given name and
				// a possessive), not in "Standard and Poor's Corp"
				for k := start + 1; k < j-1; k++ {
					if toks[k].is(flagPossessive) && x.word(&toks[start]).is(wFirstName) {
						start = k + 1
					}
				}
				// "Goldman, Sachs and Co", "Kidder, Peabody and Co": a
				// partners' firm written with a comma is one name, when the
				// word before the comma stands alone (no capitalised word
				// before it) and is no place or month
				if start == i && start >= 2 && toks[start-1].text == "," && start-2 >= 0 {
					p := start - 2
					pt := &toks[p]
					alone := p == 0 || pt.is(flagSentStart) || !toks[p-1].is(flagCap) || toks[p-1].kind != kindWord
					if pt.kind == kindWord && pt.is(flagCap) && !pt.is(flagHeadline|flagAllCaps) && alone && s.used[p] == 0 &&
						!x.word(pt).is(wNonName|wTitle|wTitleCue|wOrgSuffix|wFirstName) {
						if _, n := x.matchCountry(toks, p, &s.buf); n == 0 {
							start = p
						}
					}
				}
				if start < j {
					var b strings.Builder
					for k := start; k < j; k++ {
						if toks[k].text == "," {
							continue
						}
						if k > start {
							b.WriteByte(' ')
						}
						b.WriteString(toks[k].text)
					}
					b.WriteByte(' ')
					b.WriteString(suf)
					name := b.String()
					if suf == "Ministry" {
						name = x.ministry(toks, start, j, name)
					}
					add(name, start)
				}
				i = j
				break
			}
			j++
		}
	}
	// a bare "Treasury" or "Finance Ministry" is the one of the article
	// that the text gave a country, when it gave exactly one
	list := counts.list
	for k := range list {
		bare := list[k].name
		var prefix string
		switch {
		case bare == "Treasury":
			prefix = "Treasury ("
		case strings.HasSuffix(bare, " Ministry") && !strings.HasPrefix(bare, "Ministry of "):
			p := strings.TrimSuffix(bare, " Ministry")
			if q, ok := ministryNames[p]; ok {
				p = q
			}
			prefix = "Ministry of " + p + " ("
		default:
			continue
		}
		into := -1
		for m := range list {
			if strings.HasPrefix(list[m].name, prefix) {
				if into >= 0 {
					into = -2
					break
				}
				into = m
			}
		}
		if into >= 0 {
			list[into].count += list[k].count
			list[into].first = min(list[into].first, list[k].first)
			list[k].count = 0
		}
	}
	list = slices.DeleteFunc(list, func(o orgCount) bool { return o.count == 0 })
	counts.list = list
	// each name has its own first position, so the order is total
	slices.SortFunc(list, func(a, b orgCount) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return a.first - b.first
	})
	out := make([]string, 0, len(list))
	for _, oc := range list {
		out = append(out, oc.name)
	}
	return out
}

// countryAt returns the name of the country that toks[i:end] names
// exactly (a name, demonym or possessive: "Japanese", "Japan's", "U.S."),
// or "".
func (x *Extractor) countryAt(toks []token, i, end int) string {
	if i < 0 || i >= end || toks[i].kind != kindWord && toks[i].kind != kindPunct {
		return ""
	}
	var buf []byte
	ref, n := x.matchCountry(toks[:end], i, &buf)
	if n != end-i || ref.idx < 0 {
		return ""
	}
	return x.gaz.countries[ref.idx].Name
}

// ministryNames are portfolios named otherwise after "Ministry of".
var ministryNames = map[string]string{"Foreign": "Foreign Affairs", "Interior": "the Interior", "Home": "Home Affairs"}

// ministry names the ministry toks[start:end] ("Japanese Finance", before
// the word Ministry) as "Ministry of Finance (Japan)" when its first words
// or the word before it name a country; otherwise it returns name as found.
func (x *Extractor) ministry(toks []token, start, end int, name string) string {
	country, from := "", start
	for k := start + 1; k < end && k <= start+3; k++ {
		if c := x.countryAt(toks, start, k); c != "" {
			country, from = c, k
		}
	}
	if country == "" && start > 0 {
		country = x.countryAt(toks, start-1, start)
	}
	if country == "" || from >= end {
		return name
	}
	var words []string
	for k := from; k < end; k++ {
		if toks[k].text != "," {
			words = append(words, toks[k].text)
		}
	}
	portfolio := strings.Join(words, " ")
	if p, ok := ministryNames[portfolio]; ok {
		portfolio = p
	}
	return "Ministry of " + portfolio + " (" + country + ")"
}

// legalTail returns the length of a run of one or two capitalised words at
// toks[k] whose last is a company's legal form (not Ministry or Party) and
// whose first is none ("International Ltd", "Capital Markets Ltd"), or 0.
func (x *Extractor) legalTail(toks []token, k int) int {
	for m := 2; m <= 3 && k+m-1 < len(toks); m++ {
		last := &toks[k+m-1]
		suf := x.word(last).company
		if suf == "" || suf == "Ministry" || suf == "Party" || !last.is(flagCap) {
			continue
		}
		ok := true
		for q := k; q < k+m-1; q++ {
			t := &toks[q]
			if t.kind != kindWord || !t.is(flagCap) || t.is(flagSentStart|flagHeadline) || x.word(t).company != "" || x.word(t).is(wNonName) {
				ok = false
				break
			}
		}
		if ok {
			return m
		}
	}
	return 0
}

// companyWord returns a word of a company's name as written, its legal form
// in the canonical spelling ("Ltd", "Inc").
func companyWord(x *Extractor, t *token) string {
	if c := x.word(t).company; c != "" {
		return c
	}
	return t.text
}
