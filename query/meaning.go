package query

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// FuzzyQuery is a Bleve query for a fuzzy word on an analysed field,
// cofee~1: documents with a term within Fuzziness edits of the word
// lower-cased, or of the word as the analyzer makes it (a stemmed index
// holds "coffe" for coffee). A word the analyzer splits ("U.S.~") is
// matched as a phrase of its pieces, without fuzziness.
type FuzzyQuery struct {
	Word      string `json:"fuzzy"`
	Fuzziness int    `json:"fuzziness"`
	Target
}

// Searcher returns the searcher that Bleve runs for the query.
func (q *FuzzyQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	toks, boost, err := q.terms(m, q.Word)
	if err != nil {
		return nil, fmt.Errorf("fuzzy query %q: %w", q.Word, err)
	}
	switch len(toks) {
	case 0:
		return searcher.NewMatchNoneSearcher(r)
	case 1:
	default:
		return (&PhraseQuery{Text: q.Word, Target: q.Target}).Searcher(ctx, r, m, options)
	}
	var qs []bq.Query
	for _, t := range []string{strings.ToLower(q.Word), toks[0]} {
		if slices.ContainsFunc(qs, func(x bq.Query) bool { return x.(*bq.FuzzyQuery).Term == t }) {
			continue
		}
		fq := bq.NewFuzzyQuery(t)
		fq.SetFuzziness(q.Fuzziness)
		fq.SetField(q.FieldVal)
		fq.SetBoost(boost)
		qs = append(qs, fq)
	}
	if len(qs) == 1 {
		return qs[0].Searcher(ctx, r, m, options)
	}
	return bq.NewDisjunctionQuery(qs).Searcher(ctx, r, m, options)
}

// The United States.
//
// "U.S.", "US" and "United States" name one country, but the index has no
// single term for it: "U.S." is the two terms "u" "s", and "US" is the
// term "us", which is also the pronoun. So the query side decides: a word
// that names the country, written as a person writes the country and
// never as the pronoun (US, U.S., USA, U.S.A. in capitals; the phrase or
// the two words United States in any case), searches for any of
//
//	"U.S."  OR  "United States"  OR  country:US
//
// where country:US is the extractor's tag (it tags "US" only in capitals,
// never "us"). Lower-case "us" is the pronoun and searches the word.

// usWords are the words that name the United States.
var usWords = map[string]bool{"US": true, "U.S.": true, "USA": true, "U.S.A.": true, "U.S": true}

// IsUS reports whether a Word or Phrase on all text fields names the United
// States as a person writes the country (see above).
func IsUS(n Node) bool {
	switch n := n.(type) {
	case *Word:
		return n.Field == "" && !n.Prefix && n.Fuzzy == 0 && usWords[n.Text]
	case *Phrase:
		return n.Field == "" && strings.EqualFold(strings.Join(strings.Fields(n.Text), " "), "united states")
	}
	return false
}

// joinUS replaces the words United States side by side in an And (in any
// case) by the phrase, so that IsUS sees them.
func joinUS(n *And) *And {
	var out []Node
	changed := false
	for i := 0; i < len(n.Nodes); i++ {
		a, ok1 := n.Nodes[i].(*Word)
		if i+1 < len(n.Nodes) && ok1 {
			b, ok2 := n.Nodes[i+1].(*Word)
			if ok2 && a.Field == "" && b.Field == "" && !a.Prefix && !b.Prefix && a.Fuzzy == 0 && b.Fuzzy == 0 &&
				strings.EqualFold(a.Text, "united") && strings.EqualFold(b.Text, "states") {
				out = append(out, &Phrase{Text: a.Text + " " + b.Text})
				i++
				changed = true
				continue
			}
		}
		out = append(out, n.Nodes[i])
	}
	if !changed {
		return n
	}
	return &And{Nodes: out}
}

// Hints returns what a person should know about how the query s was read,
// in words: lower-case and, or, not between words are searched as words
// (only AND, OR, NOT in capitals are operators); a word naming the United
// States is read as the country. Nil for a query that does not parse or
// needs no hint.
func Hints(s string) []string {
	out := operatorHints(s)
	if n, err := Parse(s); err == nil {
		us := ""
		Walk(n, func(n Node) {
			if a, ok := n.(*And); ok && us == "" {
				if j := joinUS(a); j != a {
					Walk(j, func(n Node) {
						if IsUS(n) && us == "" {
							us = "United States"
						}
					})
				}
			}
			if us == "" && IsUS(n) {
				switch n := n.(type) {
				case *Word:
					us = n.Text
				case *Phrase:
					us = n.Text
				}
			}
		})
		if us != "" {
			out = append(out, fmt.Sprintf(`%s is read as the country: "U.S." OR "United States" OR country:US (lower-case us is the word)`, us))
		}
	}
	return out
}

// operatorHints returns the hints about lower-case operators.
func operatorHints(s string) []string {
	src := []rune(s)
	plainQuotes(src)
	lx := lexer{src: src}
	var toks []token
	for {
		t, err := lx.next()
		if err != nil {
			return nil
		}
		if t.kind == tEOF {
			break
		}
		toks = append(toks, t)
	}
	var out []string
	seen := map[string]bool{}
	ends := func(t token) bool { return t.kind == tWord || t.kind == tPhrase || t.kind == tRParen }
	starts := func(t token) bool {
		return t.kind == tWord || t.kind == tPhrase || t.kind == tLParen || t.kind == tField || t.kind == tMinus || t.kind == tPlus
	}
	for i, t := range toks {
		low := strings.ToLower(t.text)
		if t.kind != tWord || t.literal || t.text != low || (low != "and" && low != "or" && low != "not") {
			continue
		}
		if i == 0 || i == len(toks)-1 || !ends(toks[i-1]) || !starts(toks[i+1]) || seen[low] {
			continue
		}
		seen[low] = true
		up := strings.ToUpper(low)
		what := map[string]string{"AND": "to need both sides", "OR": "to match either side", "NOT": "to leave out what follows"}[up]
		out = append(out, fmt.Sprintf("%q is searched as a word; write %s in capitals %s", low, up, what))
	}
	return out
}
