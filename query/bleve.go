package query

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"chancery/archive"
	"chancery/wordrule"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// Schema says which index fields the query fields search.
type Schema struct {
	// Text holds the analysed text fields a word without a field searches,
	// with their boosts: {"title": 2, "body": 1}.
	Text map[string]float64
	// TextField maps a query field to an analysed index field:
	// "title" -> "title", "body" -> "body".
	TextField map[string]string
	// Keyword maps a query field to a keyword index field that holds
	// archive.Key-folded values, one term per value: "person" ->
	// "person_key", "country" -> "country_key" and so on.
	Keyword map[string]string
	// Dates are the keyword index fields of an article's date that date:
	// searches (Days).
	Dates Days
	// Analyzer names the analyzer for the text fields; "" uses each
	// field's own.
	Analyzer string
	// Values, when set, returns the keyword index terms that the value
	// text of the query field field stands for (person:Reagan -> "ronald
	// reagan"); a match of any of them matches. Nil or an empty answer
	// matches the value's own archive.Key.
	Values func(field, text string) []string
	// None maps a keyword query field to the value that stands for no
	// value at all: source:"(none)" matches the documents with no term in
	// the field.
	None map[string]string
}

// Query builds the Bleve query for n. It fails when n names a query field
// the schema does not map to an index field.
func (s Schema) Query(n Node) (bq.Query, error) {
	if len(s.Text) == 0 {
		return nil, fmt.Errorf("build query: the schema has no text fields: set Schema.Text")
	}
	return s.build(n)
}

func (s Schema) build(n Node) (bq.Query, error) {
	switch n := n.(type) {
	case *All:
		return bq.NewMatchAllQuery(), nil
	case *And:
		n = joinUS(n)
		if len(n.Nodes) == 1 {
			return s.build(n.Nodes[0])
		}
		// Dates beside other terms filter them without scoring
		// (Days.Filter), as --from and --to do; dates beside exclusions
		// only stay postings ("-oil date:2004").
		var dates []*Date
		var rest []Node
		positive := false
		for _, c := range n.Nodes {
			if d, ok := c.(*Date); ok && s.Dates.Day != "" && !(d.From.IsZero() && d.To.IsZero()) {
				dates = append(dates, d)
				continue
			}
			if _, neg := c.(*Not); !neg {
				positive = true
			}
			rest = append(rest, c)
		}
		if len(dates) > 0 && positive {
			q, err := s.build(&And{Nodes: rest})
			if err != nil {
				return nil, err
			}
			for _, d := range dates {
				q = s.Dates.Filter(q, d.From, d.To)
			}
			return q, nil
		}
		var must, mustNot []bq.Query
		for _, c := range n.Nodes {
			target := &must
			if neg, ok := c.(*Not); ok {
				c, target = neg.Node, &mustNot
			}
			q, err := s.build(c)
			if err != nil {
				return nil, err
			}
			*target = append(*target, q)
		}
		switch {
		case len(mustNot) == 0 && len(must) == 1:
			return must[0], nil
		case len(mustNot) == 0:
			return bq.NewConjunctionQuery(must), nil
		case len(must) == 0:
			// Pure negation: everything, minus the excluded.
			must = []bq.Query{bq.NewMatchAllQuery()}
		}
		return bq.NewBooleanQuery(must, nil, mustNot), nil
	case *Or:
		qs := make([]bq.Query, len(n.Nodes))
		for i, c := range n.Nodes {
			q, err := s.build(c)
			if err != nil {
				return nil, err
			}
			qs[i] = q
		}
		return bq.NewDisjunctionQuery(qs), nil
	case *Not:
		q, err := s.build(n.Node)
		if err != nil {
			return nil, err
		}
		return bq.NewBooleanQuery([]bq.Query{bq.NewMatchAllQuery()}, nil, []bq.Query{q}), nil
	case *Word:
		if IsUS(n) {
			return s.us()
		}
		if IsText(n.Field) {
			return s.text(n.Field, func(field string, boost float64) bq.Query {
				return s.word(n, field, boost)
			})
		}
		field, err := s.keyword(n.Field)
		if err != nil {
			return nil, err
		}
		if n.Prefix {
			q := bq.NewPrefixQuery(archive.Key(n.Text))
			q.SetField(field)
			return q, nil
		}
		return s.value(n.Field, field, n.Text), nil
	case *Phrase:
		if IsUS(n) {
			return s.us()
		}
		if IsText(n.Field) {
			return s.text(n.Field, func(field string, boost float64) bq.Query {
				return &PhraseQuery{Text: n.Text, Target: s.target(field, boost)}
			})
		}
		field, err := s.keyword(n.Field)
		if err != nil {
			return nil, err
		}
		return s.value(n.Field, field, n.Text), nil
	case *Near:
		if !IsText(n.Field) {
			return nil, fmt.Errorf("build query %s: proximity needs a text field", n)
		}
		return s.text(n.Field, func(field string, boost float64) bq.Query {
			return &NearQuery{Text: n.Text, Within: n.Within, Target: s.target(field, boost)}
		})
	case *Date:
		if s.Dates.Year == "" || s.Dates.Month == "" || s.Dates.Day == "" {
			return nil, fmt.Errorf("build query %s: the schema has no date fields: set Schema.Dates", n)
		}
		if n.From.IsZero() && n.To.IsZero() {
			return nil, fmt.Errorf("build query %s: a date range needs at least one end", n)
		}
		q := s.Dates.Range(n.From, n.To)
		if q == nil {
			return bq.NewMatchNoneQuery(), nil
		}
		return q, nil
	case nil:
		return nil, fmt.Errorf("build query: nil node")
	}
	return nil, fmt.Errorf("build query: unknown node type %T", n)
}

// text builds one query per index field that the query field f searches,
// joined with OR, in the order of the field names.
func (s Schema) text(f string, one func(field string, boost float64) bq.Query) (bq.Query, error) {
	if f != "" {
		field, ok := s.TextField[f]
		if !ok {
			return nil, fmt.Errorf("build query: the schema maps no index field to %s: (set Schema.TextField)", f)
		}
		boost, ok := s.Text[field]
		if !ok {
			boost = 1
		}
		return one(field, boost), nil
	}
	fields := make([]string, 0, len(s.Text))
	for field := range s.Text {
		fields = append(fields, field)
	}
	sort.Strings(fields)
	if len(fields) == 1 {
		return one(fields[0], s.Text[fields[0]]), nil
	}
	qs := make([]bq.Query, len(fields))
	for i, field := range fields {
		qs[i] = one(field, s.Text[field])
	}
	return bq.NewDisjunctionQuery(qs), nil
}

// us builds the query of a word naming the United States: "U.S." OR
// "United States" OR country:US (meaning.go).
func (s Schema) us() (bq.Query, error) {
	var qs []bq.Query
	for _, p := range []string{"U.S.", "United States"} {
		q, err := s.text("", func(field string, boost float64) bq.Query {
			return &PhraseQuery{Text: p, Target: s.target(field, boost)}
		})
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	if field, ok := s.Keyword[FieldCountry]; ok {
		q := bq.NewTermQuery(archive.Key("US"))
		q.SetField(field)
		qs = append(qs, q)
	}
	return bq.NewDisjunctionQuery(qs), nil
}

// value builds the query for a whole keyword value: its own key, or the
// terms Values gives, any of them.
func (s Schema) value(f, field, text string) bq.Query {
	if none, ok := s.None[f]; ok && strings.EqualFold(strings.TrimSpace(text), none) {
		some := bq.NewWildcardQuery("*")
		some.SetField(field)
		return bq.NewBooleanQuery([]bq.Query{bq.NewMatchAllQuery()}, nil, []bq.Query{some})
	}
	var keys []string
	if s.Values != nil {
		keys = s.Values(f, text)
	}
	if len(keys) == 0 {
		keys = []string{archive.Key(text)}
	}
	qs := make([]bq.Query, len(keys))
	for i, k := range keys {
		q := bq.NewTermQuery(k)
		q.SetField(field)
		qs[i] = q
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return bq.NewDisjunctionQuery(qs)
}

func (s Schema) keyword(f string) (string, error) {
	field, ok := s.Keyword[f]
	if !ok {
		return "", fmt.Errorf("build query: the schema maps no index field to %s: (set Schema.Keyword)", f)
	}
	return field, nil
}

// word builds the query for one word on one analysed field. A word that
// the tokenizer may split ("U.S.", "al-Sadr") is matched as a phrase, so its
// pieces must stand together as they do in the word.
func (s Schema) word(w *Word, field string, boost float64) bq.Query {
	if w.Prefix {
		return &PrefixQuery{Prefix: w.Text, Target: s.target(field, boost)}
	}
	if w.Fuzzy > 0 {
		return &FuzzyQuery{Word: w.Text, Fuzziness: w.Fuzzy, Target: s.target(field, boost)}
	}
	if splits(w.Text) {
		return &PhraseQuery{Text: w.Text, Target: s.target(field, boost)}
	}
	return &WordQuery{Word: w.Text, Target: s.target(field, boost)}
}

// Target is what the text query types of this package (WordQuery,
// PhraseQuery, NearQuery, PrefixQuery) search: an index field, the analyzer
// of their text (empty: the field's own) and a boost (0: 1).
type Target struct {
	FieldVal string  `json:"field"`
	Analyzer string  `json:"analyzer,omitempty"`
	BoostVal float64 `json:"boost,omitempty"`
}

// Field returns the index field searched.
func (t *Target) Field() string { return t.FieldVal }

// SetField sets the index field searched.
func (t *Target) SetField(f string) { t.FieldVal = f }

// terms returns the terms the target's analyzer makes of text, and the
// boost.
func (t *Target) terms(m mapping.IndexMapping, text string) ([]string, float64, error) {
	return analyzeFor(m, t.Analyzer, t.FieldVal, text, t.BoostVal)
}

// target returns the Target of a text query on field.
func (s Schema) target(field string, boost float64) Target {
	return Target{FieldVal: field, Analyzer: s.Analyzer, BoostVal: boost}
}

// WordQuery is a Bleve query for one word of free text: the terms the
// analyzer makes of Word, all required. It is Bleve's match query with the
// "and" operator, except that a word of one term (nearly every word) runs
// a term searcher rather than a conjunction of one, which costs a tenth
// more per hit and scores the same.
type WordQuery struct {
	Word string `json:"word"`
	Target
}

// Searcher returns the searcher that Bleve runs for the query.
func (q *WordQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	toks, boost, err := q.terms(m, q.Word)
	if err != nil {
		return nil, fmt.Errorf("word query %q: %w", q.Word, err)
	}
	switch len(toks) {
	case 0:
		return searcher.NewMatchNoneSearcher(r)
	case 1:
		return searcher.NewTermSearcher(ctx, r, toks[0], q.FieldVal, boost, options)
	}
	tqs := make([]bq.Query, len(toks))
	for i, t := range toks {
		tq := bq.NewTermQuery(t)
		tq.SetField(q.FieldVal)
		tq.SetBoost(boost)
		tqs[i] = tq
	}
	return bq.NewConjunctionQuery(tqs).Searcher(ctx, r, m, options)
}

// Term returns the one term that the analyzer makes of the word, with
// the field and boost that Searcher searches it with; ok is false when
// the word makes no term or several (Searcher then runs no term
// searcher).
func (q *WordQuery) Term(m mapping.IndexMapping) (term, field string, boost float64, ok bool) {
	toks, boost, err := q.terms(m, q.Word)
	if err != nil || len(toks) != 1 {
		return "", "", 0, false
	}
	return toks[0], q.FieldVal, boost, true
}

// splits reports whether the Unicode word tokenizer may make several
// tokens of word: when it has something other than a letter, digit or mark
// between its first and last letter or digit, or a Han or Hiragana
// character, which UAX #29 makes a word of its own.
func splits(word string) bool {
	word = strings.TrimFunc(word, func(r rune) bool { return !wordrule.IsRune(r) })
	return strings.IndexFunc(word, func(r rune) bool {
		return !wordrule.IsRune(r) || unicode.In(r, unicode.Han, unicode.Hiragana)
	}) >= 0
}

// analyzerFor returns the analyzer for field: the named one, or the
// field's.
func analyzerFor(m mapping.IndexMapping, name, field string) (analysis.Analyzer, error) {
	if name == "" {
		name = m.AnalyzerNameForPath(field)
	}
	a := m.AnalyzerNamed(name)
	if a == nil {
		return nil, fmt.Errorf("no analyzer named %q registered", name)
	}
	return a, nil
}

// analyzeFor returns the terms that the analyzer for field (the named one,
// or the field's) makes of text, and boost, 1 when 0.
func analyzeFor(m mapping.IndexMapping, name, field, text string, boost float64) ([]string, float64, error) {
	a, err := analyzerFor(m, name, field)
	if err != nil {
		return nil, 0, err
	}
	if boost == 0 {
		boost = 1
	}
	toks := a.Analyze([]byte(text))
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = string(t.Term)
	}
	return terms, boost, nil
}

// NearQuery is a Bleve query for a proximity search, "Lavrov Zebari"~10:
// documents whose field FieldVal holds every word of Text (as the analyzer
// makes them) in any order, in a stretch of text with at most Within other
// words in it. Within 0 means the words stand side by side in some order.
//
// Bleve v2.6.3 has no sloppy phrase query: its phrase searcher can take a
// slop but no query passes one. NearQuery runs a conjunction of the words
// with term vectors and keeps the documents where the positions fit.
type NearQuery struct {
	Text   string `json:"near"`
	Within int    `json:"within"`
	Target
}

// Searcher returns the searcher that Bleve runs for the query.
func (q *NearQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	terms, boost, err := q.terms(m, q.Text)
	if err != nil {
		return nil, fmt.Errorf("proximity query %q: %w", q.Text, err)
	}
	if len(terms) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	need := map[string]int{}
	var distinct []string
	for _, t := range terms {
		if need[t] == 0 {
			distinct = append(distinct, t)
		}
		need[t]++
	}
	if len(terms) == 1 {
		options.IncludeTermVectors = true
		ts, err := searcher.NewTermSearcher(ctx, r, terms[0], q.FieldVal, boost, options)
		if err != nil {
			return nil, fmt.Errorf("proximity query %q: %w", q.Text, err)
		}
		return ts, nil
	}
	conj, err := positional(ctx, r, distinct, q.FieldVal, boost, options)
	if err != nil {
		return nil, fmt.Errorf("proximity query %q: %w", q.Text, err)
	}
	w := window{need: need, total: len(terms), within: q.Within, field: q.FieldVal}
	return searcher.NewFilteringSearcher(ctx, conj, func(_ *search.SearchContext, d *search.DocumentMatch) bool {
		return w.fits(d)
	}), nil
}

// window checks the term positions of a match against a proximity query.
type window struct {
	need   map[string]int // how many times each term must occur
	total  int            // sum of need
	within int
	field  string
}

type hit struct {
	array string // the array positions, for fields holding several values
	pos   uint64
	term  string
}

func (w *window) fits(d *search.DocumentMatch) bool {
	var hits []hit
	add := func(term string, loc *search.Location) {
		if _, ok := w.need[term]; ok {
			h := hit{pos: loc.Pos, term: term}
			if len(loc.ArrayPositions) > 0 {
				h.array = fmt.Sprint(loc.ArrayPositions)
			}
			hits = append(hits, h)
		}
	}
	for i := range d.FieldTermLocations {
		if ftl := &d.FieldTermLocations[i]; ftl.Field == w.field {
			add(ftl.Term, &ftl.Location)
		}
	}
	for term, locs := range d.Locations[w.field] {
		for _, loc := range locs {
			add(term, loc)
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if c := strings.Compare(a.array, b.array); c != 0 {
			return c
		}
		if a.pos != b.pos {
			if a.pos < b.pos {
				return -1
			}
			return 1
		}
		return strings.Compare(a.term, b.term)
	})
	hits = slices.CompactFunc(hits, func(a, b hit) bool { return a == b })
	return w.shortest(hits)
}

// shortest slides a window over hits, sorted by position, and reports
// whether some window that holds every needed term (as often as needed)
// has at most w.within other words in it.
func (w *window) shortest(hits []hit) bool {
	have := make(map[string]int, len(w.need))
	satisfied := 0
	lo := 0
	for hi := range hits {
		if hi > 0 && hits[hi].array != hits[hi-1].array {
			clear(have)
			satisfied, lo = 0, hi
		}
		t := hits[hi].term
		have[t]++
		if have[t] == w.need[t] {
			satisfied++
		}
		for satisfied == len(w.need) {
			span := int(hits[hi].pos-hits[lo].pos) + 1
			if span-w.total <= w.within {
				return true
			}
			lt := hits[lo].term
			if have[lt] == w.need[lt] {
				satisfied--
			}
			have[lt]--
			lo++
		}
	}
	return false
}

// PrefixQuery is a Bleve query for a prefix on an analysed field,
// diplomat*: documents with a term in FieldVal that starts with the
// prefix, lower-cased, or with the prefix as the analyzer makes it. The
// second form lets "peacekeeping*" find a stemmed index's "peacekeep" and
// "Zéb*" an accent-folded "zebari". When the analyzer splits the prefix
// ("al-Sad*"), the pieces before the last must be whole words of the
// document and the last piece is the prefix.
type PrefixQuery struct {
	Prefix string `json:"prefix"`
	Target
}

// Searcher returns the searcher that Bleve runs for the query.
func (q *PrefixQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	toks, boost, err := q.terms(m, q.Prefix)
	if err != nil {
		return nil, fmt.Errorf("prefix query %q: %w", q.Prefix, err)
	}
	if len(toks) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	// The raw last piece: what follows the last non-word rune, lower-cased.
	lower := strings.ToLower(q.Prefix)
	raw := lower[strings.LastIndexFunc(lower, func(r rune) bool { return !wordrule.IsRune(r) })+1:]
	last := toks[len(toks)-1]
	var prefixes []bq.Query
	for _, p := range []string{raw, last} {
		if p == "" || slices.ContainsFunc(prefixes, func(q bq.Query) bool { return q.(*bq.PrefixQuery).Prefix == p }) {
			continue
		}
		pq := bq.NewPrefixQuery(p)
		pq.SetField(q.FieldVal)
		pq.SetBoost(boost)
		prefixes = append(prefixes, pq)
	}
	var whole bq.Query = bq.NewDisjunctionQuery(prefixes)
	if len(prefixes) == 1 {
		whole = prefixes[0]
	}
	if len(toks) > 1 {
		parts := []bq.Query{whole}
		for _, t := range toks[:len(toks)-1] {
			tq := bq.NewTermQuery(t)
			tq.SetField(q.FieldVal)
			tq.SetBoost(boost)
			parts = append(parts, tq)
		}
		whole = bq.NewConjunctionQuery(parts)
	}
	return whole.Searcher(ctx, r, m, options)
}
