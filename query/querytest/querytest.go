package querytest

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"chancery/archive"
	"chancery/query"

	"github.com/blevesearch/bleve/v2/mapping"
)

// Doc is one document as the evaluator sees it: index field name to terms
// in order.
type Doc map[string][]string

// Evaluator decides whether documents match queries.
type Evaluator struct {
	// Schema maps query fields to index fields, as for Schema.Query.
	Schema query.Schema
	// Analyze makes the terms of a text, as the index's text fields do.
	Analyze func(text string) []string
}

// Analyzer returns the analysis of the named analyzer of m, for
// Evaluator.Analyze and for making Docs.
func Analyzer(m mapping.IndexMapping, name string) (func(string) []string, error) {
	a := m.AnalyzerNamed(name)
	if a == nil {
		return nil, fmt.Errorf("querytest: no analyzer named %q in the mapping", name)
	}
	return func(s string) []string {
		toks := a.Analyze([]byte(s))
		out := make([]string, len(toks))
		for i, t := range toks {
			out[i] = string(t.Term)
		}
		return out
	}, nil
}

// Match reports whether d matches n. A query field that the schema does not
// map matches nothing.
func (e *Evaluator) Match(n query.Node, d Doc) bool {
	switch n := n.(type) {
	case *query.All:
		return true
	case *query.And:
		if u := usWords(n); u != nil {
			return e.Match(u, d)
		}
		for _, c := range n.Nodes {
			if !e.Match(c, d) {
				return false
			}
		}
		return true
	case *query.Or:
		for _, c := range n.Nodes {
			if e.Match(c, d) {
				return true
			}
		}
		return false
	case *query.Not:
		return !e.Match(n.Node, d)
	case *query.Word:
		if query.IsUS(n) {
			return e.us(d)
		}
		if query.IsText(n.Field) {
			return e.anyText(n.Field, d, func(terms []string) bool {
				if n.Prefix {
					return e.prefix(n.Text, terms)
				}
				if n.Fuzzy > 0 {
					return e.fuzzy(n.Text, n.Fuzzy, terms)
				}
				toks := e.Analyze(n.Text)
				if len(toks) > 1 {
					return phrase(toks, terms)
				}
				return containsAll(terms, toks)
			})
		}
		vals := d[e.Schema.Keyword[n.Field]]
		key := archive.Key(n.Text)
		if n.Prefix {
			return slices.ContainsFunc(vals, func(v string) bool { return strings.HasPrefix(v, key) })
		}
		return slices.Contains(vals, key)
	case *query.Phrase:
		if query.IsUS(n) {
			return e.us(d)
		}
		if query.IsText(n.Field) {
			toks := e.Analyze(n.Text)
			return e.anyText(n.Field, d, func(terms []string) bool { return phrase(toks, terms) })
		}
		return slices.Contains(d[e.Schema.Keyword[n.Field]], archive.Key(n.Text))
	case *query.Near:
		toks := e.Analyze(n.Text)
		return e.anyText(n.Field, d, func(terms []string) bool { return near(toks, terms, n.Within) })
	case *query.Date:
		vals := d[e.Schema.Dates.Day]
		if len(vals) == 0 || e.Schema.Dates.Day == "" {
			return false
		}
		t, err := time.Parse(archive.DateLayout, vals[0])
		if err != nil {
			return false
		}
		return (n.From.IsZero() || !t.Before(n.From)) && (n.To.IsZero() || t.Before(n.To))
	}
	return false
}

// anyText applies match to the terms of the index fields that query field
// f searches, and reports whether any matched.
func (e *Evaluator) anyText(f string, d Doc, match func(terms []string) bool) bool {
	if f != "" {
		field, ok := e.Schema.TextField[f]
		return ok && match(d[field])
	}
	for field := range e.Schema.Text {
		if match(d[field]) {
			return true
		}
	}
	return false
}

func containsAll(terms, toks []string) bool {
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if !slices.Contains(terms, t) {
			return false
		}
	}
	return true
}

// phrase reports whether toks occur side by side, in order, in terms.
func phrase(toks, terms []string) bool {
	if len(toks) == 0 {
		return false
	}
	for i := 0; i+len(toks) <= len(terms); i++ {
		if slices.Equal(terms[i:i+len(toks)], toks) {
			return true
		}
	}
	return false
}

// near reports whether some stretch of terms holds every token of toks (as
// often as toks has it) with at most within other terms in it.
func near(toks, terms []string, within int) bool {
	if len(toks) == 0 {
		return false
	}
	need := map[string]int{}
	for _, t := range toks {
		need[t]++
	}
	// Try every start at a needed term; grow the stretch until it holds
	// everything or grows too long.
	maxLen := len(toks) + within
	for i, t := range terms {
		if need[t] == 0 {
			continue
		}
		have := map[string]int{}
		missing := len(toks)
		for j := i; j < len(terms) && j-i < maxLen; j++ {
			if c := need[terms[j]]; c > 0 && have[terms[j]] < c {
				have[terms[j]]++
				missing--
				if missing == 0 {
					return true
				}
			}
		}
	}
	return false
}

// prefix reports whether terms has a term that starts with p as the
// language defines it: the last piece of p lower-cased, or p's last token
// as analysed, the pieces before it being whole terms.
func (e *Evaluator) prefix(p string, terms []string) bool {
	toks := e.Analyze(p)
	if len(toks) == 0 {
		return false
	}
	lower := strings.ToLower(p)
	raw := lower[strings.LastIndexFunc(lower, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r)
	})+1:]
	last := toks[len(toks)-1]
	if len(toks) > 1 && !containsAll(terms, toks[:len(toks)-1]) {
		return false
	}
	return slices.ContainsFunc(terms, func(t string) bool {
		return raw != "" && strings.HasPrefix(t, raw) || strings.HasPrefix(t, last)
	})
}

// us matches a word naming the United States as query.IsUS describes:
// "U.S." OR "United States" OR country:US.
func (e *Evaluator) us(d Doc) bool {
	for _, p := range []string{"U.S.", "United States"} {
		toks := e.Analyze(p)
		if e.anyText("", d, func(terms []string) bool { return phrase(toks, terms) }) {
			return true
		}
	}
	f, ok := e.Schema.Keyword[query.FieldCountry]
	return ok && slices.Contains(d[f], "us")
}

// usWords returns n with the words United States side by side made a
// phrase, nil when n has none.
func usWords(n *query.And) query.Node {
	for i := 0; i+1 < len(n.Nodes); i++ {
		a, ok1 := n.Nodes[i].(*query.Word)
		b, ok2 := n.Nodes[i+1].(*query.Word)
		if ok1 && ok2 && a.Field == "" && b.Field == "" && !a.Prefix && !b.Prefix && a.Fuzzy == 0 && b.Fuzzy == 0 &&
			strings.EqualFold(a.Text, "united") && strings.EqualFold(b.Text, "states") {
			nodes := append(append(append([]query.Node{}, n.Nodes[:i]...), &query.Phrase{Text: a.Text + " " + b.Text}), n.Nodes[i+2:]...)
			if len(nodes) == 1 {
				return nodes[0]
			}
			return &query.And{Nodes: nodes}
		}
	}
	return nil
}

// fuzzy reports whether a term of terms is within n edits of the word
// lower-cased or of its analysed term, as query.FuzzyQuery matches.
func (e *Evaluator) fuzzy(word string, n int, terms []string) bool {
	toks := e.Analyze(word)
	if len(toks) != 1 {
		return len(toks) > 1 && phrase(toks, terms)
	}
	for _, t := range terms {
		if edits(t, strings.ToLower(word)) <= n || edits(t, toks[0]) <= n {
			return true
		}
	}
	return false
}

// edits is the Levenshtein distance between a and b, in runes.
func edits(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev = cur
	}
	return prev[len(rb)]
}
