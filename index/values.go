package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"strings"

	"chancery/archive"
	"chancery/entities"
	"chancery/query"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Filter values.
//
// A filter value (Request.Persons and the others, and person:, country:,
// org:, topic:, source: in a query) is read the way the extractor reads
// text before it is matched against the index, so that what a person types
// finds what the archive holds under another spelling:
//
//   - country: names, short and official names, abbreviations (UK,
//     Britain, USA, the US, UAE), ISO alpha-2 and alpha-3 codes, with or
//     without accents (entities.Extractor.Countries);
//   - org: the fixed names and acronyms of the extractor's list (UN, IMF);
//   - every field: the value itself (archive.Key folding); else the values
//     whose words hold the value's words in order ("Reagan" is "Ronald
//     Reagan", "Otto Pöhl" is "Karl Otto Pöhl"); else the same with German
//     umlaut spellings folded (Poehl is Pöhl).
//
// A value that stands for several ("Korea", "Bush") matches any of them and
// the Resolution's Note names them; one that stands for none keeps its own
// key (no article matches) and the Note names the nearest values.

// Resolution is what one filter value stands for among a facet's values.
type Resolution struct {
	// Field is the facet: person, country, org, topic, source or year.
	Field string `json:"field"`
	// Input is the value as given.
	Input string `json:"input"`
	// Values are the facet values it stands for, with their article
	// counts; a search matches any of them. Empty when it stands for
	// none.
	Values []FacetValue `json:"values"`
	// Nearest are the values closest to an input that stands for none.
	Nearest []FacetValue `json:"nearest,omitempty"`
	// Note says in words what was made of the input, when it was not
	// simply itself: several values, none, another spelling.
	Note string `json:"note,omitempty"`
	// keys are the index terms (in the field's key field) to match.
	keys []string
}

// valueEntry is one value of a facet field.
type valueEntry struct {
	value string
	key   string
	count int // from the term dictionary: one segment's, deleted documents included
}

// facetValues returns every value of a facet field (or the years).
func facetValues(reader bindex.IndexReader, field string) ([]valueEntry, error) {
	fd, err := reader.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("read the values of %s: %w", field, err)
	}
	defer fd.Close()
	var out []valueEntry
	for {
		de, err := fd.Next()
		if err != nil {
			return nil, fmt.Errorf("read the values of %s: %w", field, err)
		}
		if de == nil {
			return out, nil
		}
		out = append(out, valueEntry{value: de.Term, key: fastKey(de.Term), count: int(de.Count)})
	}
}

// fastKey is archive.Key, without Unicode normalization for ASCII text,
// which most values are: a surname filter folds every person value.
func fastKey(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return archive.Key(s)
		}
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
		default:
			space = true
		}
	}
	return string(b)
}

// termCount returns the number of live documents with term in field.
func termCount(ctx context.Context, reader bindex.IndexReader, field, term string) (int, error) {
	tfr, err := reader.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, fmt.Errorf("count %s %q: %w", field, term, err)
	}
	defer tfr.Close()
	return int(tfr.Count()), nil
}

// checkFacet returns an error unless field is a facet or the year.
func checkFacet(field string) error {
	if field != FieldYear && !slices.Contains(FacetFields, field) {
		return fmt.Errorf("%w: no facet %q (use %s or %s)", ErrQuery, field, strings.Join(FacetFields, ", "), FieldYear)
	}
	return nil
}

// Values returns the values of a facet (FacetFields or FieldYear) whose
// folded form (archive.Key: case and accents do not matter) starts with
// prefix, or one of whose words does (umlauts spelt either way: "pohl"
// finds "Poehl"), with the number of articles that
// hold each, most first (years in order); at most limit (0: all). Counts
// are of stories, as facets count them (copies.go); ValuesOf can count
// every copy.
func (ix *Index) Values(ctx context.Context, field, prefix string, limit int) ([]FacetValue, error) {
	return ix.ValuesOf(ctx, field, prefix, limit, false)
}

// ValuesOf is Values, counting every stored copy of a story when
// allVersions is set.
func (ix *Index) ValuesOf(ctx context.Context, field, prefix string, limit int, allVersions bool) ([]FacetValue, error) {
	if err := checkFacet(field); err != nil {
		return nil, err
	}
	reader, err := ix.snapshot()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	all, err := facetValues(reader, field)
	if err != nil {
		return nil, err
	}
	p := archive.Key(prefix)
	lp := looseKey(p)
	starts := func(k, p string) bool { return strings.HasPrefix(k, p) || strings.Contains(k, " "+p) }
	var out []FacetValue
	for _, e := range all {
		if p != "" && !starts(e.key, p) && !starts(looseKey(e.key), lp) {
			continue
		}
		n, err := termCount(ctx, reader, field, e.value)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			out = append(out, FacetValue{Value: e.value, Count: n})
		}
	}
	if !allVersions {
		if out, err = ix.uncountCopies(reader, field, out); err != nil {
			return nil, err
		}
	}
	if field == FieldYear {
		sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	} else {
		sortValues(out)
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// uncountCopies takes from the counts of vals (values of field over the
// whole archive) the copies that story counts leave out, and drops the
// values left with none.
func (ix *Index) uncountCopies(reader bindex.IndexReader, field string, vals []FacetValue) ([]FacetValue, error) {
	snap, ok := reader.(*scorch.IndexSnapshot)
	if !ok || len(vals) == 0 {
		return vals, nil
	}
	nums, err := ix.archiveCopies(snap)
	if err != nil || len(nums) == 0 {
		return vals, err
	}
	at := make(map[string]int, len(vals))
	for i, v := range vals {
		at[v.Value] = i
	}
	dvr, err := reader.DocValueReader([]string{field})
	if err != nil {
		return nil, fmt.Errorf("read the values of %s: %w", field, err)
	}
	id := make([]byte, 8)
	for _, n := range nums {
		binary.BigEndian.PutUint64(id, n)
		err := dvr.VisitDocValues(id, func(f string, term []byte) {
			if i, ok := at[string(term)]; ok && f == field {
				vals[i].Count--
			}
		})
		if err != nil {
			return nil, fmt.Errorf("read the values of %s: %w", field, err)
		}
	}
	return slices.DeleteFunc(vals, func(v FacetValue) bool { return v.Count <= 0 }), nil
}

// sortValues sorts by count, most first, then by value.
func sortValues(vs []FacetValue) {
	sort.SliceStable(vs, func(i, j int) bool {
		if vs[i].Count != vs[j].Count {
			return vs[i].Count > vs[j].Count
		}
		return vs[i].Value < vs[j].Value
	})
}

// Resolve reads one filter value of a facet the way searches read it (see
// Resolution). The web front end calls it to show what a value stands for.
func (ix *Index) Resolve(ctx context.Context, field, input string) (Resolution, error) {
	if err := checkFacet(field); err != nil {
		return Resolution{}, err
	}
	reader, err := ix.snapshot()
	if err != nil {
		return Resolution{}, err
	}
	defer reader.Close()
	return resolveValue(ctx, reader, field, input, map[string][]valueEntry{})
}

// keyField is the index field that filters of a facet match.
func keyField(field string) string {
	if field == FieldYear {
		return FieldYear
	}
	return field + keySuffix
}

func resolveValue(ctx context.Context, reader bindex.IndexReader, field, input string, cache map[string][]valueEntry) (Resolution, error) {
	r := Resolution{Field: field, Input: input}
	key := archive.Key(input)
	if field == FieldYear {
		key = strings.TrimSpace(input)
	}
	if key == "" {
		return r, nil
	}
	kf := keyField(field)
	count := func(term string) (int, error) { return termCount(ctx, reader, kf, term) }
	values := func() ([]valueEntry, error) {
		if v, ok := cache[field]; ok {
			return v, nil
		}
		v, err := facetValues(reader, field)
		cache[field] = v
		return v, err
	}
	// add appends a value (display form v, filter term term) when it has
	// articles.
	add := func(v, term string) error {
		if slices.Contains(r.keys, term) {
			return nil
		}
		n, err := count(term)
		if err != nil || n == 0 {
			return err
		}
		r.Values = append(r.Values, FacetValue{Value: v, Count: n})
		r.keys = append(r.keys, term)
		return nil
	}
	// The value itself first: it costs one postings lookup, and most
	// values are given as the archive holds them.
	if n, err := count(key); err != nil {
		return r, err
	} else if n > 0 {
		shown, err := displayValue(ctx, reader, field, key, input)
		if err != nil {
			return r, err
		}
		r.Values = append(r.Values, FacetValue{Value: shown, Count: n})
		r.keys = append(r.keys, key)
	}
	var read []string // what the extractor's lists made of the input
	if len(r.Values) == 0 {
		switch field {
		case FieldCountry:
			for _, c := range entities.Countries(input) {
				read = append(read, c.Name)
				term := archive.Key(c.Code)
				if term == "" {
					term = archive.Key(c.Name)
				}
				if err := add(c.Name, term); err != nil {
					return r, err
				}
			}
		case FieldOrg:
			if name, ok := entities.Org(input); ok {
				read = append(read, name)
				if err := add(name, archive.Key(name)); err != nil {
					return r, err
				}
			}
		}
	}
	exact := len(r.Values) > 0
	// A lone name also stands for the full names it ends: "Bush".
	surname := field == FieldPerson && !strings.Contains(key, " ")
	if (!exact || surname) && field != FieldYear {
		vs, err := values()
		if err != nil {
			return r, err
		}
		for _, fold := range []func(string) string{func(s string) string { return s }, looseKey} {
			want := strings.Fields(fold(key))
			for _, e := range vs {
				if !strings.Contains(fold(e.key), want[len(want)-1]) {
					continue // cheap: the last word is not even in it
				}
				ew := strings.Fields(fold(e.key))
				if !inOrder(want, ew) || (surname && exact && ew[len(ew)-1] != want[len(want)-1]) {
					continue
				}
				if err := add(e.value, e.key); err != nil {
					return r, err
				}
			}
			if len(r.Values) > 0 {
				break
			}
		}
	}
	if len(r.Values) == 0 {
		r.keys = []string{key}
		near, err := nearest(ctx, reader, field, key, values)
		if err != nil {
			return r, err
		}
		r.Nearest = near
		what := fmt.Sprintf("%s %q matches no %s in the archive", field, input, field)
		if len(read) > 0 {
			what = fmt.Sprintf("%s %q (%s) matches no article in the archive", field, input, strings.Join(read, ", "))
		}
		if len(near) > 0 {
			what += "; nearest: " + listValues(near, 5)
		}
		r.Note = what
		return r, nil
	}
	if exact {
		sortValues(r.Values[1:]) // the value itself, or the extractor's reading, first
	} else {
		sortValues(r.Values)
	}
	first := r.Values[0]
	if len(r.Values) > 1 {
		r.Note = fmt.Sprintf("%s %q stands for %d values: %s; searching any of them (give one in full to choose)",
			field, input, len(r.Values), listValues(r.Values, 6))
	} else if archive.Key(first.Value) != key && !isCode(input, first.Value, field) {
		r.Note = fmt.Sprintf("%s %q read as %q", field, input, first.Value)
	}
	return r, nil
}

// displayValue returns the value of a facet as the archive writes it
// whose filter term is key: read from the doc values of the first article
// that holds key, so that no dictionary is scanned. A country's code
// gives the name of the country of that code. input when none is found.
func displayValue(ctx context.Context, reader bindex.IndexReader, field, key, input string) (string, error) {
	if field == FieldYear {
		return key, nil
	}
	tfr, err := reader.TermFieldReader(ctx, []byte(key), keyField(field), false, false, false)
	if err != nil {
		return input, err
	}
	defer tfr.Close()
	d, err := tfr.Next(nil)
	if err != nil || d == nil {
		return input, err
	}
	dvr, err := reader.DocValueReader([]string{field})
	if err != nil {
		return input, err
	}
	var vals []string
	if err := dvr.VisitDocValues(d.ID, func(_ string, term []byte) { vals = append(vals, string(term)) }); err != nil {
		return input, err
	}
	for _, v := range vals {
		if archive.Key(v) == key {
			return v, nil
		}
	}
	if field == FieldCountry {
		for _, c := range entities.Countries(input) {
			if slices.Contains(vals, c.Name) {
				return c.Name, nil
			}
		}
	}
	return input, nil
}

// isCode reports whether input is a short code of the country value
// (US for United States), which needs no note.
func isCode(input, value, field string) bool {
	if field != FieldCountry {
		return false
	}
	cs := entities.Countries(input)
	t := strings.TrimSpace(input)
	return len(cs) == 1 && cs[0].Name == value && len(t) <= 3 && strings.ToUpper(t) == t
}

// listValues writes up to n values with their counts: "A (3), B (1) and 2 more".
func listValues(vs []FacetValue, n int) string {
	var parts []string
	for i, v := range vs {
		if i == n {
			parts = append(parts, fmt.Sprintf("and %d more", len(vs)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", v.Value, v.Count))
	}
	return strings.Join(parts, ", ")
}

// inOrder reports whether the words of want occur among have, whole and in
// order.
func inOrder(want, have []string) bool {
	i := 0
	for _, w := range have {
		if i < len(want) && w == want[i] {
			i++
		}
	}
	return i == len(want) && len(want) > 0
}

// looseKey folds the German spellings of umlauts in a key: "poehl" and
// "pohl" (Pöhl) meet. Used only when the key itself matches nothing.
func looseKey(k string) string {
	r := strings.NewReplacer("ae", "a", "oe", "o", "ue", "u", "ss", "s")
	return r.Replace(k)
}

// nearest returns up to 5 values within a small edit distance of key, as a
// whole or in one of their words, nearest and most frequent first.
func nearest(ctx context.Context, reader bindex.IndexReader, field, key string, values func() ([]valueEntry, error)) ([]FacetValue, error) {
	vs, err := values()
	if err != nil {
		return nil, err
	}
	type cand struct {
		e    valueEntry
		dist int
	}
	limit := max(1, min(3, len([]rune(key))/3))
	var cs []cand
	for _, e := range vs {
		d := levenshtein(key, e.key)
		for _, w := range strings.Fields(e.key) {
			d = min(d, levenshtein(key, w))
		}
		if strings.HasPrefix(e.key, key) || strings.Contains(e.key, " "+key) {
			d = min(d, 1)
		}
		if d > limit {
			continue
		}
		// The dictionary's counts are per segment: count the postings.
		n, err := termCount(ctx, reader, field, e.value)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			e.count = n
			cs = append(cs, cand{e, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].dist != cs[j].dist {
			return cs[i].dist < cs[j].dist
		}
		if cs[i].e.count != cs[j].e.count {
			return cs[i].e.count > cs[j].e.count
		}
		return cs[i].e.value < cs[j].e.value
	})
	var out []FacetValue
	for _, c := range cs[:min(len(cs), 5)] {
		out = append(out, FacetValue{Value: c.e.value, Count: c.e.count})
	}
	return out, nil
}

// levenshtein is the edit distance between a and b, in runes.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// ResolveRequest reads the filter values of req and the keyword values of
// its query (person:Reagan) as Resolve does, records in req what each
// stands for, and returns the resolutions; Search, IDs and EachDate call
// it themselves when it has not been called. A query with a syntax error
// is left to BuildQuery to report.
func (ix *Index) ResolveRequest(ctx context.Context, req *Request) ([]Resolution, error) {
	if req.resolved != nil {
		return req.resolutions, nil
	}
	if len(req.Persons)+len(req.Countries)+len(req.Orgs)+len(req.Topics)+len(req.Sources) == 0 && !strings.Contains(req.Query, ":") {
		req.resolved = map[[2]string][]string{} // nothing to read: no snapshot
		return nil, nil
	}
	reader, err := ix.snapshot()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	req.resolved = map[[2]string][]string{}
	req.resolutions = nil
	cache := map[string][]valueEntry{}
	one := func(field, v string) error {
		k := [2]string{field, v}
		if _, done := req.resolved[k]; done {
			return nil
		}
		if field == FieldSource && strings.EqualFold(strings.TrimSpace(v), NoSource) {
			req.resolved[k] = nil // no source: BuildQuery and Schema.None
			return nil
		}
		r, err := resolveValue(ctx, reader, field, v, cache)
		if err != nil {
			return err
		}
		req.resolved[k] = r.keys
		req.resolutions = append(req.resolutions, r)
		return nil
	}
	for _, f := range []struct {
		field string
		vals  []string
	}{{FieldPerson, req.Persons}, {FieldCountry, req.Countries}, {FieldOrg, req.Orgs}, {FieldTopic, req.Topics}, {FieldSource, req.Sources}} {
		for _, v := range f.vals {
			if err := one(f.field, v); err != nil {
				return nil, err
			}
		}
	}
	if req.Query != "" {
		if n, err := query.Parse(req.Query); err == nil {
			var walkErr error
			query.Walk(n, func(n query.Node) {
				field, text := "", ""
				switch n := n.(type) {
				case *query.Word:
					if !n.Prefix {
						field, text = n.Field, n.Text
					}
				case *query.Phrase:
					field, text = n.Field, n.Text
				}
				if walkErr == nil && field != "" && !query.IsText(field) && field != query.FieldDate && field != query.FieldNote {
					walkErr = one(field, text)
				}
			})
			if walkErr != nil {
				return nil, walkErr
			}
		}
	}
	return req.resolutions, nil
}

// Notes returns the notes of resolutions, in order.
func Notes(rs []Resolution) []string {
	var out []string
	for _, r := range rs {
		if r.Note != "" {
			out = append(out, r.Note)
		}
	}
	return out
}
