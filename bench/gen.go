package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// genOptions says what corpus the generator makes. Defaults are set by
// setDefaults; the zero value of each field means "the default".
type genOptions struct {
	Articles int    // how many articles, default 1000
	Seed     uint64 // the same seed gives the same corpus, byte for byte
	// MinBody and MaxBody bound the body length in bytes; each article's
	// target is drawn uniformly between them (default 2400..3600, mean 3 KB).
	MinBody, MaxBody int
	// Start is the first day articles may carry (default 2000-01-01) and
	// Years how many years they spread over (default 25).
	Start time.Time
	Years int
	// Vocabulary is the number of distinct filler words (default 40,000).
	Vocabulary int
	// News writes names as news does (see news.go): surnames alone and
	// with titles after the first mention, now and then a name printed
	// twice in a row, and companies named like people.
	News bool
}

func (o *genOptions) setDefaults() {
	if o.Articles <= 0 {
		o.Articles = 1000
	}
	if o.MinBody <= 0 {
		o.MinBody = 2400
	}
	if o.MaxBody < o.MinBody {
		o.MaxBody = o.MinBody + 1200
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.Years <= 0 {
		o.Years = 25
	}
	if o.Vocabulary <= 0 {
		o.Vocabulary = 40000
	}
}

// Zipf exponents. Words follow a classic text Zipf law; countries and
// persons are skewed more gently so that the long tail still shows up in
// facets.
const (
	wordZipfS    = 1.05
	countryZipfS = 1.3
	personZipfS  = 1.1
	topicZipfS   = 1.2
	// personCount is how many distinct invented persons the corpus names.
	personCount = 400
)

// person is an invented official: a name and the role the text gives him.
type person struct {
	Name string // "Anton Varga"
	Last string // "Varga"
	Role string // "Foreign Minister"
}

// generator makes synthetic diplomatic news articles. It is deterministic:
// the same options give the same sequence of articles.
type generator struct {
	opts      genOptions
	r         *rand.Rand
	vocab     []string
	words     *rand.Zipf
	countries *rand.Zipf
	persons   []person
	personZ   *rand.Zipf
	topicZ    *rand.Zipf
	days      int
	n         int
	companies []string
	companyZ  *rand.Zipf
}

func newGenerator(opts genOptions) *generator {
	opts.setDefaults()
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	g := &generator{
		opts:    opts,
		r:       r,
		persons: makePersons(personCount),
	}
	if opts.News {
		g.vocab = vocabulary(opts.Vocabulary, newsWords)
		g.companies = makeCompanies(companyCount)
		g.companyZ = rand.NewZipf(r, companyZipfS, 1, uint64(len(g.companies)-1))
	} else {
		g.vocab = vocabulary(opts.Vocabulary)
	}
	g.words = rand.NewZipf(r, wordZipfS, 1, uint64(len(g.vocab)-1))
	g.countries = rand.NewZipf(r, countryZipfS, 1, uint64(len(countryNames)-1))
	g.personZ = rand.NewZipf(r, personZipfS, 1, uint64(len(g.persons)-1))
	g.topicZ = rand.NewZipf(r, topicZipfS, 1, uint64(len(topics)-1))
	end := opts.Start.AddDate(opts.Years, 0, 0)
	g.days = int(end.Sub(opts.Start).Hours() / 24)
	return g
}

// Next returns the next article, or io.EOF after the last.
func (g *generator) Next() (*doc, error) {
	if g.n >= g.opts.Articles {
		return nil, io.EOF
	}
	g.n++
	d := &doc{
		ID:     fmt.Sprintf("syn-%08d", g.n),
		Date:   g.opts.Start.AddDate(0, 0, g.r.IntN(g.days)).Format("2006-01-02"),
		Source: sources[g.r.IntN(len(sources))],
	}
	d.Countries = g.pickCountries(1 + g.r.IntN(3))
	ps := g.pickPersons(1 + g.r.IntN(3))
	for _, p := range ps {
		d.Persons = append(d.Persons, p.Name)
	}
	topic := topics[g.topicZ.Uint64()]
	d.Topics = []string{topic}
	d.Title = g.title(d.Countries, topic)
	if g.opts.News {
		d.Orgs = g.pickCompanies()
		d.Body = g.newsBody(d.Countries, ps, d.Orgs, topic)
		return d, nil
	}
	d.Body = g.body(d.Countries, ps, topic)
	return d, nil
}

func (g *generator) pickCountries(n int) []string {
	seen := map[uint64]bool{}
	var out []string
	for len(out) < n {
		i := g.countries.Uint64()
		if seen[i] {
			continue
		}
		seen[i] = true
		out = append(out, countryNames[i])
	}
	return out
}

func (g *generator) pickPersons(n int) []person {
	seen := map[uint64]bool{}
	var out []person
	for len(out) < n {
		i := g.personZ.Uint64()
		if seen[i] {
			continue
		}
		seen[i] = true
		out = append(out, g.persons[i])
	}
	return out
}

func (g *generator) title(countries []string, topic string) string {
	verb := titleVerbs[g.r.IntN(len(titleVerbs))]
	if len(countries) == 1 {
		return countries[0] + " officials " + verb + " " + topic
	}
	return joinAnd(countries) + " " + verb + " " + topic
}

// body writes paragraphs of sentences until the target length: a lead that
// names every country and the topic, one introduction per person (role and
// full name), then filler sentences of Zipf words with occasional quotes
// and mentions of the persons, countries and topic.
func (g *generator) body(countries []string, ps []person, topic string) string {
	target := g.opts.MinBody + g.r.IntN(g.opts.MaxBody-g.opts.MinBody+1)
	var b strings.Builder
	b.Grow(target + 400)
	first := ps[0]
	fmt.Fprintf(&b, "%s %s said on %s that %s would %s %s.",
		first.Role, first.Name, weekdays[g.r.IntN(len(weekdays))], joinAnd(countries),
		g.phrase(2+g.r.IntN(3)), topic)
	for _, p := range ps[1:] {
		c := countries[g.r.IntN(len(countries))]
		fmt.Fprintf(&b, " %s %s of %s %s.", p.Role, p.Name, c, g.phrase(5+g.r.IntN(8)))
	}
	sentences := 0
	for b.Len() < target {
		if sentences%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
		sentences++
		switch x := g.r.IntN(20); {
		case x == 0:
			p := ps[g.r.IntN(len(ps))]
			fmt.Fprintf(&b, "\"%s,\" %s told reporters.", capitalize(g.phrase(6+g.r.IntN(8))), p.Last)
		case x == 1:
			c := countries[g.r.IntN(len(countries))]
			fmt.Fprintf(&b, "Officials in %s said the %s %s.", c, topic, g.phrase(4+g.r.IntN(8)))
		case x == 2:
			p := ps[g.r.IntN(len(ps))]
			fmt.Fprintf(&b, "%s said %s.", p.Last, g.phrase(6+g.r.IntN(10)))
		default:
			g.sentence(&b, 6+g.r.IntN(13))
		}
	}
	return b.String()
}

// sentence writes n Zipf words, capitalised, with an occasional comma.
func (g *generator) sentence(b *strings.Builder, n int) {
	comma := -1
	if n > 8 && g.r.IntN(3) == 0 {
		comma = 3 + g.r.IntN(n-6)
	}
	for i := 0; i < n; i++ {
		w := g.vocab[g.words.Uint64()]
		if i == 0 {
			w = capitalize(w)
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i == comma {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
}

func (g *generator) phrase(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.vocab[g.words.Uint64()]
	}
	return strings.Join(ws, " ")
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// makePersons invents n persons from the name lists. It uses its own fixed
// random source, so the cast is the same for every seed.
func makePersons(n int) []person {
	r := rand.New(rand.NewPCG(7, 11))
	seen := map[string]bool{}
	var out []person
	for len(out) < n {
		f := firstNames[r.IntN(len(firstNames))]
		l := lastNames[r.IntN(len(lastNames))]
		name := f + " " + l
		if seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, person{Name: name, Last: l, Role: roles[r.IntN(len(roles))]})
	}
	return out
}

// Pieces of pseudo-words: onset, vowel, coda.
var (
	onsets = []string{"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
		"br", "dr", "gr", "kr", "pl", "st", "tr", "sh", "ch", "fl", "gl", "sk", "sp", "vr"}
	vowels = []string{"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ou", "ea", "io"}
	codas  = []string{"", "", "", "n", "r", "l", "m", "t", "k", "nd", "rt", "sk"}
)

// vocabulary returns size words in rank order: the common words first, then
// pronounceable pseudo-words. Every word's Porter and Snowball stems are its
// own (no two words of the vocabulary, the name lists or the templates share
// a stem), so stemming engines and non-stemming engines count the same hits
// for any word of it. It uses a fixed random source: the vocabulary does not
// depend on the seed.
//
// extra lists more text whose words the vocabulary must not take.
func vocabulary(size int, extra ...[]string) []string {
	used := map[string]bool{}
	reserve := func(s string) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			used[w] = true
			used["p:"+porterStem(w)] = true
			used["s:"+snowballStem(w)] = true
		}
	}
	for _, list := range append([][]string{countryNames, firstNames, lastNames, roles, topics, titleVerbs, sources, weekdays}, extra...) {
		for _, s := range list {
			reserve(s)
		}
	}
	for _, s := range []string{"officials said would told reporters of and that on"} {
		reserve(s)
	}
	out := make([]string, 0, size)
	add := func(w string) bool {
		ps, ss := "p:"+porterStem(w), "s:"+snowballStem(w)
		if used[w] || used[ps] || used[ss] {
			return false
		}
		used[w], used[ps], used[ss] = true, true, true
		out = append(out, w)
		return true
	}
	for _, w := range commonWords {
		if len(out) == size {
			return out
		}
		if !add(w) {
			// A common word that collides with a template word is still
			// used: it is a real word and the collision is with itself.
			if !used[w] {
				continue
			}
			out = append(out, w)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for len(out) < size {
		var b strings.Builder
		// 1 to 3 syllables (15%, 60%, 25%), mostly simple onsets and a
		// coda only at the end: mean length about 6 letters.
		syll := 2
		switch x := r.IntN(20); {
		case x < 3:
			syll = 1
		case x >= 15:
			syll = 3
		}
		for i := 0; i < syll; i++ {
			o := onsets[r.IntN(len(onsets))]
			if r.IntN(3) > 0 {
				o = onsets[r.IntN(16)]
			}
			b.WriteString(o)
			b.WriteString(vowels[r.IntN(len(vowels))])
			if i == syll-1 {
				b.WriteString(codas[r.IntN(len(codas))])
			}
		}
		if w := b.String(); len(w) >= 4 {
			add(w)
		}
	}
	return out
}
