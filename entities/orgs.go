package entities

import (
	"slices"
	"strings"

	"chancery/archive"
)

// companySuffixes end a company's name: "Texaco Inc", "Banco Central SA".
var companySuffixes = map[string]string{
	"inc": "Inc", "inc.": "Inc", "corp": "Corp", "corp.": "Corp", "co": "Co", "co.": "Co", "ltd": "Ltd",
	"ltd.": "Ltd", "plc": "Plc", "llc": "LLC", "ag": "AG", "sa": "SA", "nv": "NV", "gmbh": "GmbH", "bv": "BV",
	"spa": "SpA", "group": "Group", "corporation": "Corporation", "holdings": "Holdings", "bancorp": "Bancorp",
	"ministry": "Ministry", "party": "Party",
}

// orgQuantifiers head a phrase before "of" ("One of Ford Motor Co").
var orgQuantifiers = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "each": true, "all": true, "some": true,
	"many": true, "most": true, "none": true, "several": true, "any": true, "both": true, "either": true, "neither": true,
}

// pairQuantifiers head two names joined by "and" or "or" ("Both Sears and
// Kellwood Co").
var pairQuantifiers = map[string]bool{"both": true, "either": true, "neither": true}

// shareWords head "Shares of Acme Inc": the firm's shares, not its name.
var shareWords = map[string]bool{"shares": true, "units": true, "stock": true, "stake": true, "unit": true}

// firmKindNouns say what a name after a country is: "the U.K. Firm Cable and
// Wireless Plc". "Bank", "Group" and "Maker" are not among them: they open
// names ("American Bank Note Co").
var firmKindNouns = map[string]bool{
	"firm": true, "firms": true, "company": true, "concern": true, "unit": true, "subsidiary": true,
	"affiliate": true, "insurer": true, "retailer": true,
}

// leadFirmNouns are firmKindNouns that open no firm's name: "Subsidiary
// Courage Ltd" is Courage Ltd.
var leadFirmNouns = map[string]bool{"subsidiary": true, "affiliate": true, "firm": true, "concern": true}

// partnerWords end a partners' firm's name ("Lane and Associates").
var partnerWords = map[string]bool{"associates": true, "sons": true, "brothers": true, "partners": true}

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
		// "BBC AG Brown Boveri und Cie": an acronym before a legal form
		// names a company, not the fixed name it spells (the broadcaster)
		if n := x.acronymCompany(toks, i); n > 0 {
			add(x.companyName(toks, i, i+n), i)
			for k := i; k < i+n; k++ {
				s.used[k] = 2
			}
			i += n - 1
			continue
		}
		// (A fixed name's acronym opening a company's name that ends in a
		// legal form is that company's: "IDB COMMUNICATIONS GROUP INC
		// <IDBX>", "IDB Fenwick Group Inc"; the company finder below
		// reads it.)
		if canon, ok := x.orgExact(t); ok && !(t.is(flagAllCaps) && x.opensFirmName(toks, i)) {
			// "the Islamic Development Bank (IDB)": the article spells
			// its acronym otherwise than the fixed name it may mean
			if t.is(flagAllCaps) && acronymDefinedOtherwise(toks, t.text, canon) {
				continue
			}
			if !x.outletAsSource(s, canon, i, i+1) && !marketIndexAt(toks, i+1) {
				add(canon, i)
			}
			s.used[i] = 2
			continue
		}
		if idx, n := x.matchOrg(toks, i, &s.buf); n > 0 {
			name := x.gaz.orgNames[idx]
			// "the Dow Jones industrial average", "the Nasdaq composite
			// index": a market index named after the firm or market
			if marketIndexAt(toks, i+n) {
				for k := i; k < i+n; k++ {
					s.used[k] = 2
				}
				i += n - 1
				continue
			}
			// "U.S. Treasury", "the British Treasury": a treasury
			// carries its country when the text gives it
			// and so does a department ("U.S. Agriculture Department",
			// "the Philippine Agriculture Department")
			if name == "Treasury" {
				if c := x.countryAt(toks, i, i+n-1); c != "" {
					name += " (" + c + ")"
				} else if c := x.countryNear(toks, i); c != "" {
					name += " (" + c + ")"
				}
			}
			// and so does a department, by the country's name or its
			// people ("U.S. Agriculture Department", "the Irish
			// Agriculture Department"; not a province's: "the Manitoba
			// Agriculture Department")
			if strings.HasSuffix(name, " Department") {
				c := ""
				for end := i + 1; end < i+n && c == ""; end++ {
					c = x.nationAt(toks, i, end)
				}
				if c == "" {
					c = x.nationAt(toks, i-1, i)
				}
				if c != "" {
					name += " (" + c + ")"
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
			// ("Shearson Lehman Bros Inc" is the fixed name written short,
			// no subsidiary: the tail is read, not added)
			if m := x.legalTail(toks, i+n); m > 0 && abbreviates(toks[i+n].low, lastWord(name)) {
				n += m
			} else if m > 0 {
				var b strings.Builder
				b.WriteString(name)
				for k := i + n; k < i+n+m; k++ {
					b.WriteByte(' ')
					b.WriteString(companyWord(x, &toks[k]))
				}
				name = b.String()
				n += m
			}
			if !x.outletAsSource(s, name, i, i+n) {
				add(name, i)
			}
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
				// "Ford Motor Co of Canada Ltd": a legal form, "of", a
				// country and another legal form are one name, not "Canada
				// Ltd" after "Ford Motor Co"
				if suf != "Ministry" && suf != "Party" && j+3 < len(toks) && toks[j+1].low == "of" {
					if _, n := x.matchCountry(toks, j+2, &s.buf); n > 0 && j+2+n < len(toks) {
						if t2 := &toks[j+2+n]; t2.is(flagCap) && !t2.is(flagHeadline) {
							if c := x.word(t2).company; c != "" && c != "Ministry" && c != "Party" {
								j += 2 + n
								suf = c
							} else if m := x.legalTail(toks, j+2+n); m > 0 { // "Pty Ltd"
								j += 2 + n + m - 1
								suf = x.word(&toks[j]).company
							}
						}
					}
				}
				start := i
				for start < j && x.word(&toks[start]).is(wNonName|wTitleCue) {
					start++
				}
				// "Britain's Cable and Wireless Plc": a country's possessive
				// says whose company it is, it is no part of the name
				for k := start; k < j-1 && k < start+3; k++ {
					if toks[k].is(flagPossessive) {
						// (a country's name, not a town's: "Lloyd's Bank
						// Plc"; nor "America's Pharmacy Inc")
						if ref, n := x.matchCountry(toks, start, &s.buf); n == k-start+1 && ref.idx >= 0 && ref.kind == ckName && toks[k].low != "america" {
							start = k + 1
						}
						break
					}
				}
				// "One of Ford Motor Co", "Both Sears and Kellwood Co": a
				// quantifier heads a phrase, not a name; after "both" the
				// name is the second of two
				if start < j-1 && toks[start+1].low == "of" && orgQuantifiers[toks[start].low] {
					start += 2
				} else if start < j && pairQuantifiers[toks[start].low] {
					start++
					for k := j - 1; k > start; k-- {
						if toks[k].low == "and" || toks[k].low == "or" || toks[k].low == "nor" {
							start = k + 1
							break
						}
					}
				}
				// "Shares of Acme Holdings Plc", "the U.K. Firm Cable and
				// Wireless Plc", "British Company Acme Holdings Plc": what of
				// the firm is meant, or a country and a noun saying what the
				// name is, are no part of the name ("Unit Drilling Co" and
				// "Ford Motor Company Ltd" keep theirs)
				if start+2 < j && toks[start+1].low == "of" && shareWords[toks[start].low] {
					start += 2
				}
				// (Also "Subsidiary Courage Ltd" at a sentence's start, "U.S.
				// Subsidiary of Sandoz AG", "Codelco U.K. Subsidiary Chile
				// Copper Ltd".)
				if start+1 < j && leadFirmNouns[toks[start].low] && toks[start+1].is(flagCap) && !x.word(&toks[start+1]).is(wOrgJoiner) {
					start++
				}
				for k := start + 1; k+1 < j && k < start+5; k++ {
					if !firmKindNouns[toks[k].low] {
						continue
					}
					next := k + 1
					if toks[next].low == "of" && next+1 < j {
						next++
					} else if x.word(&toks[next]).is(wOrgJoiner) {
						break
					}
					for c := start; c < k; c++ {
						if _, n := x.matchCountry(toks, c, &s.buf); n == k-c {
							start = next
							break
						}
					}
					break
				}
				// an acronym before its legal form ("Switzerland's BBC AG Brown
				// Boveri und Cie", "Shares of BBC AG ...")
				if n := x.acronymCompany(toks, start); n > 0 {
					add(x.companyName(toks, start, start+n), start)
					i = start + n - 1
					break
				}
				// "Piper Co and Hollis and Dane Inc", "Lane and Associates and
				// Quill Inc": "and" after a legal form begins a second name
				for k := start + 1; k+1 < j; k++ {
					if (toks[k].low == "and" || toks[k].text == "&") && (x.word(&toks[k-1]).company != "" || partnerWords[toks[k-1].low]) {
						start = k + 1
					}
				}
				// "Wagner and Brown and AFG Industries Inc": two "and"s left
				// join two names with no sign of where the second begins
				ands := 0
				for k := start; k < j; k++ {
					if toks[k].low == "and" || toks[k].text == "&" {
						ands++
					}
				}
				// "Robert Maxwell's British Printing and Communications Corp":
				// the company begins after its owner's name (a given name and
				// a possessive), not in "Standard and Poor's Corp"
				for k := start + 1; k < j-1; k++ {
					if toks[k].is(flagPossessive) && x.word(&toks[start]).is(wFirstName) {
						start = k + 1
					}
				}
				// "Robert Brusca of Nikko Securities Co", "Vice Chairman of
				// Reading and Bates Drilling Co": a person or a role before
				// "of" is no part of the company, unlike the place after
				// "Bank of" in "Bank of Tokyo Ltd"
				for k := start + 1; k < j-1; k++ {
					if toks[k].low != "of" {
						continue
					}
					// ("Analyst Robert Gordon of ...": a role noun heading a
					// sentence before the given name)
					// ("Allen Sinai of ...": a given name of the broad list
					// and one word, not before a place: "Barnett Banks of
					// Florida Inc")
					given := x.word(&toks[start]).is(wFirstName) ||
						k-start >= 3 && roleNoun(toks[start].low) && x.word(&toks[start+1]).is(wFirstName) ||
						k-start == 2 && x.word(&toks[start]).is(wGivenName) && !x.placeAt(toks, k+1, &s.buf)
					if k-start >= 2 && given && !x.word(&toks[k-1]).is(wOrgSuffix) && x.word(&toks[k-1]).company == "" {
						start = k + 1
						break
					}
					role := false
					for m := k - 1; m >= start && m >= k-3 && !role; m-- {
						_, n := x.matchTitle(toks[:k], m, &s.buf)
						role = n == k-m
					}
					if role {
						start = k + 1
						break
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
				// "Tamura's Ministry of International Trade": a person's
				// ministry, named after the possessive
				if suf == "Ministry" && toks[j-1].is(flagPossessive) {
					i = j - 1 // read on from "Ministry"
					break
				}
				// "Holdings Ltd" (read on after "Bond Corp"): legal forms
				// alone name nobody
				bare := true
				for k := start; k < j && bare; k++ {
					bare = x.word(&toks[k]).company != ""
				}
				// "Banque Internationale a Luxembourg SA": a French "a" (à)
				// inside a name that an organisation's word begins joins
				// the words before it
				if start == i && start >= 2 && (toks[start-1].low == "a" || toks[start-1].low == "à") && !toks[start-1].is(flagCap) {
					b := start - 1
					for b > 0 && toks[b-1].kind == kindWord && toks[b-1].is(flagCap) && !toks[b-1].is(flagHeadline) && b-1 >= start-5 {
						b--
						if orgNameWords[toks[b].low] {
							start = b
							break
						}
						if toks[b].is(flagSentStart) {
							break
						}
					}
				}
				// "Alex. Brown and Sons Inc": a given name cut by its dot
				// from the rest of a company's name begins it, written
				// without the dot as elsewhere ("Alex Brown and Sons Inc")
				var lead string
				if start == i && start >= 2 && toks[start].is(flagSentStart) && toks[start-1].text == "." &&
					toks[start-1].is(flagNoSpaceBefore) && toks[start-2].is(flagCap) && x.word(&toks[start-2]).is(wFirstName) &&
					(start-2 == 0 || !toks[start-3].is(flagCap) || toks[start-2].is(flagSentStart)) {
					lead = toks[start-2].text + " "
				} else if start == i && start >= 1 && toks[start].is(flagSentStart) && toks[start-1].is(flagAbbrev|flagCap) &&
					strings.HasSuffix(toks[start-1].text, ".") && x.word(&toks[start-1]).is(wFirstName) {
					lead = strings.TrimSuffix(toks[start-1].text, ".") + " "
				}
				if start < j && !bare && ands < 2 {
					var b strings.Builder
					b.WriteString(lead)
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
		case strings.HasSuffix(bare, " Department"):
			prefix = bare + " ("
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
			continue
		}
		// "U.S. Agriculture Secretary Richard Lyng ... the Agriculture
		// Department": the department of the country whose official of it
		// the article names, when it names one country's only
		if into == -1 && strings.HasSuffix(bare, " Department") {
			if c := x.officialCountry(toks, strings.TrimSuffix(bare, " Department")); c != "" {
				list[k].name = bare + " (" + c + ")"
			}
		}
	}
	// a department may now be named twice, bare and placed
	for k := range list {
		for m := k + 1; m < len(list) && list[k].count > 0; m++ {
			if list[m].name == list[k].name && list[m].count > 0 {
				list[k].count += list[m].count
				list[k].first = min(list[k].first, list[m].first)
				list[m].count = 0
			}
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

// placeAt reports whether a country or a place of the gazetteer begins at
// toks[i] ("Florida", "North America").
func (x *Extractor) placeAt(toks []token, i int, buf *[]byte) bool {
	if i >= len(toks) {
		return false
	}
	_, n := x.matchCountry(toks, i, buf)
	return n > 0
}

// lastWord returns the lower case of the last word of name.
func lastWord(name string) string {
	return strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
}

// abbreviates reports whether short, without a final dot, is a shorter
// spelling of the word long made of its letters in order and sharing its
// first letter ("bros" of "brothers", "intl" of "international").
func abbreviates(short, long string) bool {
	short = strings.TrimSuffix(short, ".")
	if len(short) < 2 || len(short) >= len(long) || short[0] != long[0] {
		return false
	}
	k := 0
	for i := 0; i < len(long) && k < len(short); i++ {
		if long[i] == short[k] {
			k++
		}
	}
	return k == len(short)
}

// officialRoles follow a country and a department's portfolio in the name
// of its official ("U.S. Agriculture Secretary", "U.S. Commerce Department
// officials" is the department itself).
var officialRoles = map[string]bool{
	"secretary": true, "undersecretary": true, "under": true, "deputy": true, "assistant": true,
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true,
}

// officialCountry returns the country of the officials of the portfolio
// ("Agriculture") that the article names ("U.S. Agriculture Secretary",
// "Philippine Agriculture Undersecretary"), when they are all of one
// country, or "".
func (x *Extractor) officialCountry(toks []token, portfolio string) string {
	found := ""
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != portfolio || !officialRoles[toks[i+1].low] {
			continue
		}
		c := x.nationAt(toks, i-1, i)
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
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

// nationAt is countryAt for a country's name, abbreviation or people only
// ("U.S.", "Irish", "Canada's"), not a place inside it ("Manitoba").
func (x *Extractor) nationAt(toks []token, i, end int) string {
	if i < 0 || i >= end || toks[i].kind != kindWord && toks[i].kind != kindPunct {
		return ""
	}
	var buf []byte
	ref, n := x.matchCountry(toks[:end], i, &buf)
	if n != end-i || ref.idx < 0 || ref.kind > ckDemonym {
		return ""
	}
	return x.gaz.countries[ref.idx].Name
}

// countryNear returns the country named by a word at most seven tokens
// before toks[i] in its sentence, past numbers and the words of a bond only
// ("U.S. Treasury", "the key U.S. 7-1/2 pct Treasury bond", "French
// 13-week Treasury bills"), or "".
func (x *Extractor) countryNear(toks []token, i int) string {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := &toks[k]
		if c := x.countryAt(toks, k, k+1); c != "" {
			return c
		}
		if t.is(flagSentStart) || t.kind == kindPunct && t.text != "-" && t.text != "/" ||
			t.kind == kindWord && !treasuryFiller[t.low] {
			return ""
		}
	}
	return ""
}

// treasuryFiller are the words that may stand between a country and its
// Treasury's paper ("U.S. 7-1/2 pct Treasury bond", "French 13-week
// Treasury bills"); any other word ends the look back.
var treasuryFiller = map[string]bool{
	"pct": true, "key": true, "benchmark": true, "new": true, "long": true, "short": true, "term": true,
	"dated": true, "coupon": true, "week": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "day": true, "days": true, "the": true,
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

// indexWords name a market index after the name it begins with.
var indexWords = map[string]bool{"index": true, "indices": true, "indexes": true, "average": true, "averages": true,
	"industrials": true, "composite": true}

// marketIndexAt reports whether toks[k] (past a number: "Standard and
// Poor's 500 index") begins the words of a market index: "industrial
// average", "index", "composite".
func marketIndexAt(toks []token, k int) bool {
	if k < len(toks) && toks[k].kind == kindNumber {
		k++
	}
	// "industrial average", "share index"; not "Group of Seven industrial
	// nations"
	if k+1 < len(toks) && (toks[k].low == "industrial" || toks[k].low == "share" || toks[k].low == "stock") && toks[k+1].kind == kindWord {
		k++
	}
	return k < len(toks) && toks[k].kind == kindWord && indexWords[toks[k].low]
}

// acronymLegalForms are the legal forms that make an acronym before them a
// company's name ("BBC AG", "ENI SpA"), not the fixed name it spells.
var acronymLegalForms = map[string]bool{"AG": true, "SA": true, "NV": true, "Plc": true, "Inc": true, "Corp": true,
	"Ltd": true, "GmbH": true, "BV": true, "SpA": true, "LLC": true}

// firmEnds end a company's name written after its legal form ("BBC AG
// Brown Boveri und Cie").
var firmEnds = map[string]bool{"cie": true, "cie.": true, "co": true, "co.": true, "company": true, "cia": true}

// acronymCompany returns the length of a company's name that begins with an
// acronym at toks[i] and its legal form right after ("BBC AG"), with the
// capitalised words after the legal form when they end in a firm's word or
// before a stock ticker ("BBC AG Brown Boveri und Cie <BBCZ.Z>"; not "IBM
// Corp Chairman John Akers"), or 0. Headlines are left alone.
func (x *Extractor) acronymCompany(toks []token, i int) int {
	if i+1 >= len(toks) {
		return 0
	}
	t, form := &toks[i], &toks[i+1]
	if t.kind != kindWord || !t.is(flagAllCaps) || t.is(flagHeadline|flagPossessive) || len(t.text) < 2 || len(t.text) > 5 ||
		strings.Contains(t.text, ".") || x.word(t).company != "" || // "Cargill U.K. Ltd", "LLC Corp" is read as a run

		form.kind != kindWord || form.is(flagHeadline) || !acronymLegalForms[x.word(form).company] ||
		form.is(flagAllCaps) && len(form.text) > 2 { // text in capitals: "SAID CORP"

		return 0
	}
	n := 2
	k := i + 2
	for k < len(toks) && k < i+9 {
		w := &toks[k]
		if w.kind == kindWord && w.is(flagCap) && !w.is(flagSentStart|flagHeadline) {
			k++
			if firmEnds[w.low] || k < len(toks) && toks[k].text == "<" {
				n = k - i
				break
			}
			continue
		}
		if (w.low == "und" || w.low == "and" || w.low == "et" || w.text == "&" || w.low == "de") && k+1 < len(toks) && toks[k+1].is(flagCap) {
			k++
			continue
		}
		break
	}
	return n
}

// acronymDefinedOtherwise reports whether the article spells the acronym
// acr out, in brackets after a name of two words or more ("Islamic
// Development Bank (IDB)"), as a name other than canon.
func acronymDefinedOtherwise(toks []token, acr, canon string) bool {
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].text != "(" || toks[k+1].text != acr || toks[k+2].text != ")" {
			continue
		}
		var words []string
		for j := k - 1; j >= 0 && len(words) < 8; j-- {
			w := &toks[j]
			if w.kind == kindWord && (w.is(flagCap) || len(words) > 0 && (w.low == "of" || w.low == "for" || w.low == "and" || w.low == "on")) {
				words = append(words, w.text)
				continue
			}
			break
		}
		if len(words) < 2 {
			continue
		}
		slices.Reverse(words)
		if !strings.EqualFold(strings.Join(words, " "), canon) {
			return true
		}
	}
	return false
}

// opensFirmName reports whether toks[i] opens a run of one to three
// capitalised words that ends in a legal form ("IDB Communications Group
// Inc", "IDB COMMUNICATIONS GROUP INC").
func (x *Extractor) opensFirmName(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := &toks[k]
		if w.kind != kindWord || !w.is(flagCap) {
			return false
		}
		if k > i+1 && acronymLegalForms[x.word(w).company] {
			return true
		}
	}
	return false
}

// companyName joins the words of toks[i:end], legal forms in their
// canonical spelling.
func (x *Extractor) companyName(toks []token, i, end int) string {
	var b strings.Builder
	for k := i; k < end; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(companyWord(x, &toks[k]))
	}
	return b.String()
}

// companyWord returns a word of a company's name as written, its legal form
// in the canonical spelling ("Ltd", "Inc").
func companyWord(x *Extractor, t *token) string {
	if c := x.word(t).company; c != "" {
		return c
	}
	return t.text
}

// newsOutlets are the news agencies and broadcasters of orgs.tsv: named
// as the channel a story came through ("told Reuters", "BBC Radio 4"),
// or by a story of their own, they are the source, not a mention.
var newsOutlets = map[string]bool{"Reuters": true, "Associated Press": true, "BBC": true, "Tanjug": true}

// channelBefore are words right before an outlet (past "the") that make
// it the channel of a statement: "told the BBC", "interviewed by Reuters".
var channelBefore = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true}

// channelPairs are two words right before an outlet that do the same:
// "according to Reuters", "an interview with the BBC".
var channelPairs = map[[2]string]bool{
	{"according", "to"}: true, {"interview", "with"}: true, {"interviews", "with"}: true, {"speaking", "to"}: true,
	{"talking", "to"}: true, {"spoke", "to"}: true, {"questions", "from"}: true, {"speaking", "on"}: true,
}

// channelAfter are words after an outlet (or after its possessive, up to
// three words on: "the BBC's Today programme", "BBC political editor")
// that make it the channel or its programme: "Reuters reported", "a Reuters
// survey", "BBC Radio 4", "BBC News website".
var channelAfter = map[string]bool{
	"reported": true, "reports": true, "report": true, "correspondent": true, "correspondents": true,
	"reporter": true, "reporters": true, "editor": true, "presenter": true, "journalist": true,
	"journalists": true, "programme": true, "programmes": true, "program": true, "show": true,
	"interview": true, "website": true, "survey": true, "poll": true, "calculations": true,
	"review": true, "news": true, "radio": true, "sport": true, "world": true, "television": true,
	"tv": true, "online": true, "one": true, "two": true, "three": true, "four": true, "five": true,
	"documentary": true, "broadcast": true, "bulletin": true, "monitoring": true,
}

// channelStop end the look for channelAfter words.
var channelStop = map[string]bool{
	"and": true, "or": true, "has": true, "have": true, "had": true, "is": true, "was": true, "were": true,
	"are": true, "will": true, "would": true, "said": true, "says": true, "to": true, "of": true, "in": true,
	"on": true, "for": true, "that": true, "which": true, "who": true, "the": true, "a": true, "an": true,
	"it": true, "its": true, "not": true, "also": true, "but": true, "with": true, "from": true, "as": true,
	"at": true, "by": true,
}

// outletAsSource reports whether toks[i:end], which name the organization
// name, name a news outlet as the source of the story rather than as an
// organization in it: the article's own source (a Reuters story's
// "Reuters"), or a mention as the channel of what is reported ("told
// Reuters", "polled by Reuters", "BBC Radio 4", "the BBC's Today
// programme"). "The BBC has decided" or "BBC chairman" stay mentions.
func (x *Extractor) outletAsSource(s *scratch, name string, i, end int) bool {
	if !newsOutlets[name] {
		return false
	}
	if s.source != "" && strings.EqualFold(s.source, name) {
		return true
	}
	toks := s.toks
	b := i - 1
	if b >= 0 && toks[b].low == "the" {
		b--
	}
	if b >= 0 {
		w := toks[b].low
		if channelBefore[w] {
			return true
		}
		// "polled by Reuters", "monitored by the BBC", "obtained by Reuters"
		if w == "by" && b > 0 && strings.HasSuffix(toks[b-1].low, "ed") {
			return true
		}
		if b > 0 && channelPairs[[2]string{toks[b-1].low, w}] {
			return true
		}
	}
	// "The BBC's Paul Reynolds says": a correspondent's credit
	if toks[end-1].is(flagPossessive) && end+2 < len(toks) && x.word(&toks[end]).is(wFirstName) && toks[end+1].is(flagCap) &&
		toks[end+1].kind == kindWord && speechVerbs[toks[end+2].low] {
		return true
	}
	// "BBC Scotland has learned", "the BBC understands": the outlet's own
	// reporting
	for k := end; k < len(toks) && k < end+3; k++ {
		if w := toks[k].low; w == "understands" || w == "learned" || w == "learnt" {
			return true
		}
		if toks[k].kind != kindWord || !toks[k].is(flagCap) && toks[k].low != "has" {
			break
		}
	}
	// the next three words, past a role's or a programme's words ("BBC
	// political editor", "the BBC's Today programme") but not past a
	// function word ("the BBC and ITV news", "the BBC has decided to show")
	for k := end; k < len(toks) && k < end+3; k++ {
		t := &toks[k]
		if t.kind == kindNumber {
			return k == end // "BBC 6 Music"
		}
		if t.kind != kindWord || channelStop[t.low] {
			return false
		}
		if channelAfter[t.low] {
			return true
		}
	}
	return false
}

// treasuryCountries call their finance ministry, or a part of it, the
// Treasury: a bare "Treasury" is theirs, a bare "Finance Ministry" is not
// (bar Italy's and France's, which have both).
var treasuryCountries = map[string]bool{
	"United States": true, "United Kingdom": true, "Italy": true, "Australia": true, "New Zealand": true,
	"France": true, // the Tresor, "the French Treasury" of the wires, beside its Finance Ministry
}

// placeBareOrgs gives a bare "Treasury" or "Finance Ministry" (any
// "<portfolio> Ministry" the text gave no country) the country the article
// itself is written from: its dateline's ("TOKYO, March 3"), or, without a
// dateline, the only country the article names, when its body names it. It never guesses from
// elsewhere: a Tokyo story's bare "Treasury" stays bare (Japan has none),
// as does a Washington story's "Finance Ministry".
func (x *Extractor) placeBareOrgs(s *scratch, a *archive.Article, orgs []string, countries []country) []string {
	home := x.datelineCountry(s, a)
	// a department takes the dateline's country only where the body names
	// that country and no other ("WASHINGTON - U.S. sugar imports fell,
	// the Agriculture Department said"; a Moscow story naming Soviet and
	// U.S. officials leaves "the State Department" bare), and never a
	// province's or state's department ("the Manitoba Agriculture
	// Department")
	// A story written from the United States that names no other
	// country gives its departments the country too: "the X
	// Department" is how the United States names a ministry
	// ("WASHINGTON - The Agriculture Department's widening of Louisiana
	// gulf differentials ... a USDA official said"); a Paris story's
	// "Justice Department" stays bare.
	deptHome := ""
	only := len(countries) == 1 && countries[0].Name == home
	if home != "" && (x.bodyNamesOnly(s, a, home) || home == "United States" && only) {
		deptHome = home
	}
	if home == "" && a.Dateline == "" && len(countries) == 1 && x.bodyNames(s, a, countries[0].Name) {
		home = countries[0].Name
	}
	if home == "" {
		return orgs
	}
	changed := false
	for k, o := range orgs {
		switch {
		case o == "Treasury":
			if treasuryCountries[home] {
				orgs[k] = "Treasury (" + home + ")"
				changed = true
			}
		case strings.HasSuffix(o, " Department") && !strings.Contains(o, "("):
			if deptHome != "" && !x.departmentOfPlace(s.toks, strings.TrimSuffix(o, " Department"), &s.buf) {
				orgs[k] = o + " (" + deptHome + ")"
				changed = true
			}
		case strings.HasSuffix(o, " Ministry") && !strings.HasPrefix(o, "Ministry of ") && !strings.Contains(o, "("):
			p := strings.TrimSuffix(o, " Ministry")
			// "Japan Ministry" (of "Japan Ministry of Finance") names no
			// portfolio
			if home == "United States" || x.namesCountry(p) ||
				p == "Finance" && treasuryCountries[home] && home != "Italy" && home != "France" {
				continue
			}
			if q, ok := ministryNames[p]; ok {
				p = q
			}
			orgs[k] = "Ministry of " + p + " (" + home + ")"
			changed = true
		}
	}
	if !changed {
		return orgs
	}
	out := orgs[:0]
	for k, o := range orgs {
		if !slices.Contains(orgs[:k], o) {
			out = append(out, o)
		}
	}
	return out
}

// bodyNamesOnly reports whether the body names country, by its name or its
// people, and no other country.
func (x *Extractor) bodyNamesOnly(s *scratch, a *archive.Article, country string) bool {
	toks := s.toks
	found := false
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.field != fieldBody || t.kind != kindWord || !t.is(flagCap) {
			continue
		}
		ref, n := x.matchCountry(toks, i, &s.buf)
		if n == 0 {
			continue
		}
		if ref.idx >= 0 && ref.kind <= ckDemonym {
			if x.gaz.countries[x.eraIndex(ref.idx, ref.kind, a.Date)].Name != country {
				return false
			}
			found = true
		}
		i += n - 1
	}
	return found
}

// departmentOfPlace reports whether the text writes the department of
// portfolio ("Agriculture") after a place's name ("the Manitoba
// Agriculture Department"): a province's or a state's, not a country's.
func (x *Extractor) departmentOfPlace(toks []token, portfolio string, buf *[]byte) bool {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != portfolio || toks[i+1].text != "Department" {
			continue
		}
		for back := 1; back <= 3 && back <= i; back++ {
			if _, n := x.matchCountry(toks[:i], i-back, buf); n == back {
				return true
			}
		}
	}
	return false
}

// bodyNames reports whether the body names country by its name or its
// people ("Britain", "British"), not only by a city ("the Paris accord")
// or in the headline.
func (x *Extractor) bodyNames(s *scratch, a *archive.Article, country string) bool {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.field != fieldBody || t.kind != kindWord || !t.is(flagCap) {
			continue
		}
		ref, n := x.matchCountry(toks, i, &s.buf)
		if n == 0 {
			continue
		}
		if ref.idx >= 0 && ref.kind <= ckDemonym && x.gaz.countries[x.eraIndex(ref.idx, ref.kind, a.Date)].Name == country {
			return true
		}
		i += n - 1
	}
	return false
}

// namesCountry reports whether words, all of them, name a country or its
// people ("Japan", "Japanese").
func (x *Extractor) namesCountry(words string) bool {
	toks := tokenize(nil, words, fieldBody)
	if len(toks) == 0 {
		return false
	}
	var buf []byte
	ref, n := x.gaz.countryPh.match(toks, 0, &buf)
	return n == len(toks) && ref.idx >= 0
}

// datelineCountry returns the country of the article's dateline ("TOKYO,
// March 3 -" is Japan; "BONN" in 1987 West Germany), or "".
func (x *Extractor) datelineCountry(s *scratch, a *archive.Article) string {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.field != fieldDateline {
			if t.field == fieldBody {
				break
			}
			continue
		}
		if t.kind != kindWord || !t.is(flagCap) {
			continue
		}
		ref, n := x.matchCountry(toks, i, &s.buf)
		if n == 0 {
			continue
		}
		if ref.idx >= 0 {
			return x.gaz.countries[x.eraIndex(ref.idx, ref.kind, a.Date)].Name
		}
		i += n - 1
	}
	return ""
}
