package entities

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"

	"chancery/archive"
)

//go:embed data
var dataFS embed.FS

// country kinds of a gazetteer entry, strongest first.
const (
	ckName     = iota // the country's name or official name or abbreviation
	ckDemonym         // "Iraqi", "U.S.-led"
	ckCapital         // a capital or seat of government standing for the state
	ckPlace           // a city, region or state inside the country
	ckDateline        // a place that counts only in a dateline
	// ckDatelineCapital is a capital that counts only in a dateline
	// ("@Victoria" in countries.tsv). It is a capital to the persons
	// model's features and to startsPlace, as before the "@" mark: the
	// embedded model was trained so.
	ckDatelineCapital
)

type country struct {
	Code, Name string
	key        string // archive.Key(Name)
}

type countryRef struct {
	idx  int32 // into gazetteer.countries
	kind uint8
}

// phrases maps a sequence of tokens to a value. Keys are the lower-case
// token texts joined by a space. nodes holds every key and every proper
// prefix of a key (in whole tokens), so that a match walks forward one token
// at a time and stops as soon as no phrase continues; the lexicon holds the
// nodes of single words, so that a lookup costs nothing for most tokens.
type phrases[V any] struct {
	m     map[string]V
	nodes map[string]phraseNode[V]
}

// phraseNode is a key of phrases.nodes: a whole phrase (ok, with its value
// v), the beginning of a longer one (more), or both.
type phraseNode[V any] struct {
	v        V
	ok, more bool
}

func newPhrases[V any]() *phrases[V] {
	return &phrases[V]{m: map[string]V{}, nodes: map[string]phraseNode[V]{}}
}

// add registers the phrase p (as written) and returns its tokens. When two
// phrases have the same key the first one's value is kept.
func (p *phrases[V]) add(text string, v V) []token {
	toks := tokenize(nil, text, fieldBody)
	if len(toks) == 0 {
		return nil
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.low
	}
	if _, dup := p.m[strings.Join(words, " ")]; !dup {
		p.set(words, v)
	}
	return toks
}

// set maps the phrase of the lower-case words to v.
func (p *phrases[V]) set(words []string, v V) {
	k := strings.Join(words, " ")
	p.m[k] = v
	for n := 1; n < len(words); n++ {
		pre := strings.Join(words[:n], " ")
		nd := p.nodes[pre]
		nd.more = true
		p.nodes[pre] = nd
	}
	nd := p.nodes[k]
	nd.v, nd.ok = v, true
	p.nodes[k] = nd
}

// match returns the longest phrase starting at toks[i] and its length in
// tokens, or 0. buf is scratch space.
func (p *phrases[V]) match(toks []token, i int, buf *[]byte) (V, int) {
	return p.matchFrom(toks, i, p.nodes[toks[i].low], nil, 0, buf)
}

// matchFrom is match when the node of toks[i].low is known (from the
// lexicon): the zero node when no phrase starts with it. When lx is not nil,
// a phrase ends before a token whose lexicon entry lacks the flag inner.
func (p *phrases[V]) matchFrom(toks []token, i int, nd phraseNode[V], lx *lexicon, inner uint32, buf *[]byte) (V, int) {
	var b []byte
	if nd.more {
		b = append((*buf)[:0], toks[i].low...)
	}
	best, n, b := p.extend(nd, b, func(n int) (*token, bool) {
		if i+n > len(toks) {
			return nil, false
		}
		t := &toks[i+n-1]
		return t, lx == nil || lx.info(t).is(inner)
	}, appendLow)
	if b != nil {
		*buf = b
	}
	return best, n
}

// extend walks on from nd, the node of a phrase's first word, whose key is
// in b: word(n) is the phrase's n-th word (n >= 2), false where no phrase
// can go on, and key appends a word's key (its lower case, or its stem) to
// b. It returns the value and length in words of the longest phrase found,
// or 0, and b for reuse.
func (p *phrases[V]) extend(nd phraseNode[V], b []byte, word func(n int) (*token, bool), key func([]byte, string) []byte) (V, int, []byte) {
	var best V
	bestN := 0
	if nd.ok {
		best, bestN = nd.v, 1
	}
	for n := 2; nd.more; n++ {
		t, ok := word(n)
		if !ok {
			break
		}
		b = key(append(b, ' '), t.low)
		if nd, ok = p.nodes[string(b)]; !ok {
			break
		}
		if nd.ok {
			best, bestN = nd.v, n
		}
	}
	return best, bestN, b
}

// appendLow appends w to b: the key of a word in phrases of lower-case
// words.
func appendLow(b []byte, w string) []byte { return append(b, w...) }

// gazetteer holds every embedded list, loaded once by New.
type gazetteer struct {
	countries  []country
	byCode     map[string]int32 // code+"|"+name -> index; and code -> first index
	countryPh  *phrases[countryRef]
	countryCap map[string]bool // phrase keys that must be written exactly (US, UK)
	orgPh      *phrases[int32]
	orgNames   []string
	orgExact   map[string]string // all-caps short variants: exact text -> canonical
	firstNames map[string]bool
	givenNames map[string]bool // data/givennames.txt: a broad list, a feature of the persons model only
	titles     *phrases[bool]
	particles  map[string]bool
}

func readLines(name string, fn func(line string, n int) error) error {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return fmt.Errorf("open embedded %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return fmt.Errorf("data/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{
		byCode:     map[string]int32{},
		countryPh:  newPhrases[countryRef](),
		countryCap: map[string]bool{},
		orgPh:      newPhrases[int32](),
		orgExact:   map[string]string{},
		firstNames: map[string]bool{},
		givenNames: map[string]bool{},
		titles:     newPhrases[bool](),
		particles:  map[string]bool{},
	}
	addCountry := func(text string, ref countryRef) {
		toks := g.countryPh.add(text, ref)
		// short all-caps abbreviations must be written in capitals: "US" not "us"
		if len(toks) == 1 && toks[0].is(flagAllCaps) && !strings.Contains(text, ".") && len(text) <= 4 {
			g.countryCap[toks[0].low] = true
		}
	}
	err := readLines("countries.tsv", func(line string, _ int) error {
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return fmt.Errorf("want at least 2 tab-separated columns, got %d", len(cols))
		}
		for len(cols) < 5 {
			cols = append(cols, "")
		}
		idx := int32(len(g.countries))
		g.countries = append(g.countries, country{Code: cols[0], Name: cols[1], key: archive.Key(cols[1])})
		if _, ok := g.byCode[cols[0]]; !ok {
			g.byCode[cols[0]] = idx
		}
		g.byCode[cols[0]+"|"+cols[1]] = idx
		addCountry(cols[1], countryRef{idx, ckName})
		for _, a := range splitList(cols[2]) {
			addCountry(a, countryRef{idx, ckName})
		}
		for _, d := range splitList(cols[3]) {
			addCountry(d, countryRef{idx, ckDemonym})
		}
		for _, c := range splitList(cols[4]) {
			kind := uint8(ckCapital)
			if strings.HasPrefix(c, "@") {
				c, kind = c[1:], ckDatelineCapital
			}
			addCountry(c, countryRef{idx, kind})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("places.tsv", func(line string, _ int) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 2 {
			return fmt.Errorf("want 2 tab-separated columns, got %d", len(cols))
		}
		idx, ok := g.byCode[cols[0]]
		if !ok {
			return fmt.Errorf("unknown country code %q (add it to countries.tsv)", cols[0])
		}
		for _, p := range splitList(cols[1]) {
			kind := uint8(ckPlace)
			if strings.HasPrefix(p, "@") {
				p, kind = p[1:], ckDateline
			}
			g.countryPh.add(p, countryRef{idx, kind})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Regional names that contain a country word but name no country; an
	// existing entry (New Mexico is a place) wins.
	for _, s := range []string{"Latin America", "Latin American", "Latin Americans", "South America", "South American", "South Americans",
		"Central America", "Central American", "North America", "North American", "North Americans", "Arab", "Arabs", "Arabian", "Persian Gulf",
		"Gulf", "New Guinea", "Korean War", "Korean Peninsula", "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa",
		"South Asia", "Middle East", "Far East", "Western Europe", "Eastern Europe", "Native American", "Native Americans", "African American",
		"African Americans", "Anglo-American", "English Channel", "Indian Ocean", "Jordan River", "Jordan Valley", "Turkey Point",
		"Georgia Tech", "New England", "British Columbia", "British Airways", "British Petroleum", "British Telecom", "British Steel",
		"American Express", "American Airlines", "American Motors", "America Online", "Washington Post", "New Mexico", "Guinea Bissau"} {
		g.countryPh.add(s, countryRef{-1, ckName})
	}
	err = readLines("orgs.tsv", func(line string, _ int) error {
		cols := strings.Split(line, "\t")
		idx := int32(len(g.orgNames))
		g.orgNames = append(g.orgNames, cols[0])
		names := []string{cols[0]}
		if len(cols) > 1 {
			names = append(names, splitList(cols[1])...)
		}
		for _, n := range names {
			toks := tokenize(nil, n, fieldBody)
			if len(toks) == 1 && toks[0].is(flagAllCaps) && !strings.Contains(n, ".") {
				g.orgExact[n] = cols[0] // "UN", "EC", "IMF": exact case only
				continue
			}
			g.orgPh.add(n, idx)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("firstnames.txt", func(line string, _ int) error {
		for _, w := range strings.Fields(line) {
			g.firstNames[w] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("givennames.txt", func(line string, _ int) error {
		for _, w := range strings.Fields(line) {
			if !g.firstNames[w] {
				g.givenNames[w] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("titles.txt", func(line string, _ int) error {
		g.titles.add(strings.TrimSpace(line), true)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("particles.txt", func(line string, _ int) error {
		g.particles[strings.TrimSpace(line)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// parseWeight splits "word:2.5" into the word and its weight (1 when absent).
func parseWeight(s string) (string, float64, error) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 1, nil
	}
	w, err := strconv.ParseFloat(s[i+1:], 64)
	if err != nil {
		return "", 0, fmt.Errorf("bad weight in %q: %w", s, err)
	}
	return s[:i], w, nil
}
