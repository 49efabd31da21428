package entities

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"chancery/archive"
)

// Options configure an Extractor. The zero value is usable.
type Options struct {
	// Aliases map variant names to canonical ones; applied last. May be nil.
	Aliases *Aliases
	// PersonsModel, when not nil, is a persons model written by
	// TrainPersons, used instead of the embedded data/persons.model (to
	// score a model on documents it was not trained on).
	PersonsModel []byte
}

// Extractor finds persons, countries, organizations and topics in articles.
// It is safe for concurrent use.
type Extractor struct {
	gaz     *gazetteer
	model   *personModel
	topics  *taxonomy
	aliases *Aliases
	pool    sync.Pool // *scratch

	lexOnce sync.Once
	lex     *lexicon // built from gaz and topics by lexicon()
}

// scratch is per-call working memory, reused through a pool.
type scratch struct {
	toks   []token
	labels []uint8
	used   []uint8 // per token: 0 free, 1 person, 2 fixed-name organization
	dc     docContext
	buf    []byte
	words  []int32 // indexes of the word and number tokens, for topics
	source string  // the article's source (Article.Source): its own name is no mention

	spans     []personSpan
	spanWords []string // backing array of personSpan.words

	countries   countryScores
	countryList []countryScore
	orgs        orgCounts

	// topic scoring (taxonomy.classify), per topic and per learned stem
	score, agg, sub []float64
	hidden          []bool
	learnedSeen     []bool
	// evidence per topic: distinct cue words, and whether one stands in
	// the headline or lead (taxonomy.classify)
	cues       []int32
	lead       []bool
	evid       []uint8
	seenPhrase map[*topicHit]bool
	// words that are part of a name (taxonomy.markNames), and the body's
	// words by how they are used (nameUse)
	nameTok []bool
	nameUse map[string]uint8
}

// New loads the embedded gazetteers, persons model and topic taxonomy.
func New(opts Options) (*Extractor, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteers: %w", err)
	}
	tx, err := loadTaxonomy()
	if err != nil {
		return nil, fmt.Errorf("load topic taxonomy: %w", err)
	}
	x := &Extractor{gaz: g, topics: tx, aliases: opts.Aliases}
	data := opts.PersonsModel
	if data == nil {
		if data, err = fs.ReadFile(dataFS, "data/persons.model"); err != nil {
			return nil, fmt.Errorf("load persons model: %w (data/persons.model is trained by cmd/evaluate)", err)
		}
	}
	if x.model, err = loadModel(data); err != nil {
		return nil, err
	}
	x.lexicon()
	x.pool.New = func() any { return new(scratch) }
	return x, nil
}

// Extract fills a.Persons, a.Countries, a.Orgs and a.Topics, replacing what
// they held, and clears a.Inferred (persons an archive-wide Registry filled
// in). It reads Title, Dateline, Body, Date and Source and changes nothing
// else.
func (x *Extractor) Extract(a *archive.Article) {
	s := x.pool.Get().(*scratch)
	defer x.pool.Put(s)
	x.tokens(s, a)
	toks := s.toks
	orgs := x.findOrgs(s)
	persons := x.findPersons(s)
	countries := x.findCountries(s, a)
	topics := x.topics.classify(x.lex, toks, s, persons)

	persons = dropCompanyNames(persons, orgs, x.gaz.firstNames)
	persons, orgs = groupsAsOrgs(a, persons, orgs)
	persons = slices.DeleteFunc(persons, functionWordName)
	orgs = x.placeBareOrgs(s, a, orgs, countries)
	a.Persons = x.aliases.applyList("person", persons)
	a.Inferred = nil // the persons are the article's own again
	a.Orgs = x.aliases.applyList("org", orgs)
	a.Countries = x.aliases.applyCountries(countries)
	a.Topics = topics
}

// nameFunctionWords are words a person's name never holds, capitalised as
// in a title: "Rolf On Art" (a programme), "Chorton And The Wheelies" (a
// series), "Love Is" (a song).
var nameFunctionWords = map[string]bool{
	"on": true, "of": true, "the": true, "in": true, "at": true, "for": true, "and": true, "to": true,
	"with": true, "from": true, "by": true, "is": true, "was": true, "are": true,
}

// functionWordName reports whether the person p holds one of
// nameFunctionWords capitalised ("On") or in capitals ("ON"): the title of
// a work or two names run together, not a person.
func functionWordName(p string) bool {
	for _, w := range strings.Fields(p) {
		low := strings.ToLower(w)
		if nameFunctionWords[low] && (w == strings.ToUpper(low) || w == strings.ToUpper(low[:1])+low[1:]) {
			return true
		}
	}
	return false
}

// tokens tokenizes the article into s.toks and resets the scratch state.
func (x *Extractor) tokens(s *scratch, a *archive.Article) {
	s.source = a.Source
	s.toks = tokenize(s.toks[:0], a.Title, fieldTitle)
	s.toks = tokenize(s.toks, a.Dateline, fieldDateline)
	n := len(s.toks)
	s.toks = tokenize(s.toks, a.Body, fieldBody)
	if a.Dateline == "" {
		markDateline(s.toks[n:])
	}
	x.lexicon().annotate(s.toks)
	s.labels = grow(s.labels, len(s.toks))
	s.used = grow(s.used, len(s.toks))
	x.docContextFor(s.toks, &s.dc)
}

// lexicon returns x.lex, building it on first use. Every path to the
// methods that read x.lex starts with x.tokens, which calls it.
func (x *Extractor) lexicon() *lexicon {
	x.lexOnce.Do(func() { x.lex = newLexicon(x.gaz, x.topics) })
	return x.lex
}

// word returns what the word lists say about t.
func (x *Extractor) word(t *token) *wordInfo { return x.lex.info(t) }

// matchCountry is x.gaz.countryPh.match with the first node from the lexicon.
func (x *Extractor) matchCountry(toks []token, i int, buf *[]byte) (countryRef, int) {
	return x.gaz.countryPh.matchFrom(toks, i, x.word(&toks[i]).country, x.lex, wCountryInner, buf)
}

// matchOrg is x.gaz.orgPh.match with the first node from the lexicon.
func (x *Extractor) matchOrg(toks []token, i int, buf *[]byte) (int32, int) {
	return x.gaz.orgPh.matchFrom(toks, i, x.word(&toks[i]).org, x.lex, wOrgInner, buf)
}

// matchTitle is x.gaz.titles.match with the first node from the lexicon.
func (x *Extractor) matchTitle(toks []token, i int, buf *[]byte) (bool, int) {
	return x.gaz.titles.matchFrom(toks, i, x.word(&toks[i]).title, x.lex, wTitleInner, buf)
}

// orgExact looks t's text up in x.gaz.orgExact ("UN", "IMF"), asking the map
// only when the lexicon says that a key has t's lower case.
func (x *Extractor) orgExact(t *token) (string, bool) {
	if !x.word(t).is(wOrgExact) {
		return "", false
	}
	canon, ok := x.gaz.orgExact[t.text]
	return canon, ok
}

func grow(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// markDateline flags a wire dateline at the start of a body ("MOSCOW, July
// 24 (Reuters) -", "WASHINGTON -"): up to five capitalised words before a
// comma or dash, at least one of them all in capitals.
func markDateline(toks []token) {
	caps := 0
	for i := 0; i < len(toks) && i < 6; i++ {
		t := &toks[i]
		if t.kind == kindPunct && (t.text == "," || t.text == "-" || t.text == "(") {
			if caps > 0 {
				for j := 0; j < i; j++ {
					toks[j].field = fieldDateline
					toks[j].flags &^= flagHeadline
				}
			}
			return
		}
		if t.kind != kindWord || !t.is(flagCap) {
			return
		}
		if t.is(flagAllCaps) {
			caps++
		}
	}
}

// dropCompanyNames removes the persons that name a company of the same
// article: "Texaco" beside "Texaco Inc", "Merrill Lynch" beside "Merrill
// Lynch, Pierce, Fenner and Smith Inc". A single word must be the whole
// name before the legal form: the Maxwell of "Maxwell Communication Corp"
// may well be the man himself. Companies named after a person ("Ivan F.
// Boesky and Co": a head that begins with a given name) are left out, since
// their founder is usually in the news too.
func dropCompanyNames(persons, orgs []string, given map[string]bool) []string {
	var heads [][]string
	for _, o := range orgs {
		if h := companyHead(o); h != nil && !given[h[0]] {
			heads = append(heads, h)
		}
	}
	if len(heads) == 0 {
		return persons
	}
	out := persons[:0]
	for _, p := range persons {
		if !namesCompany(strings.Fields(archive.Key(p)), heads) {
			out = append(out, p)
		}
	}
	return out
}

// namesCompany reports whether words are one of heads, or, when they are two
// words or more, begin one.
func namesCompany(words []string, heads [][]string) bool {
	for _, h := range heads {
		if len(words) == len(h) || len(words) >= 2 && len(words) < len(h) {
			if slices.Equal(h[:len(words)], words) {
				return true
			}
		}
	}
	return false
}

// Country returns the country that a name, official name or abbreviation
// stands for, as Extract names it ("USA" and "U.S." are the United States);
// false when the gazetteers know no country by exactly that name.
// Demonyms, capitals and places are not names: Country("Moscow") is false.
func (x *Extractor) Country(name string) (archive.Country, bool) {
	toks := tokenize(nil, name, fieldBody)
	if len(toks) == 0 {
		return archive.Country{}, false
	}
	var buf []byte
	ref, n := x.gaz.countryPh.match(toks, 0, &buf)
	if n != len(toks) || ref.idx < 0 || ref.kind != ckName {
		return archive.Country{}, false
	}
	c := x.gaz.countries[ref.idx]
	return archive.Country{Name: c.Name, Code: c.Code}, true
}
