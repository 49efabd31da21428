package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"chancery/query"

	bindex "github.com/blevesearch/bleve_index_api"
)

// Did you mean.
//
// When a search finds little (fewer than suggestBelow articles), each
// free-text word of its query of four letters or more that no article
// holds is looked up in the index's own words: the terms of the body
// field within one edit (words of up to four letters) or two, held by at
// least suggestMin articles. Of the nearest (as stems, then as articles
// write them) the most frequent is suggested, as an article writes it:
// "Volker" -> "Volcker", "cofee" -> "coffee". A word some article holds is
// left alone ("iran" is no typo of Iraq). Suggestions are notes; the
// search itself is not changed.
const (
	suggestBelow = 3
	suggestMin   = 2
)

// suggest returns "did you mean" notes for the query of req.
func (ix *Index) suggest(ctx context.Context, req *Request) ([]string, error) {
	if req.Query == "" {
		return nil, nil
	}
	n, err := query.Parse(req.Query)
	if err != nil {
		return nil, nil
	}
	var words []string
	var walk func(n query.Node, positive bool)
	walk = func(n query.Node, positive bool) {
		switch n := n.(type) {
		case *query.And:
			for _, c := range n.Nodes {
				walk(c, positive)
			}
		case *query.Or:
			for _, c := range n.Nodes {
				walk(c, positive)
			}
		case *query.Not:
			walk(n.Node, !positive)
		case *query.Word:
			// Short words have too many neighbours to guess from.
			if positive && query.IsText(n.Field) && !n.Prefix && n.Fuzzy == 0 && !query.IsUS(n) && utf8.RuneCountInString(n.Text) >= 4 {
				words = append(words, n.Text)
			}
		}
	}
	walk(n, true)
	if len(words) == 0 {
		return nil, nil
	}
	reader, err := ix.snapshot()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	fuzzy, ok := reader.(bindex.IndexReaderFuzzy)
	if !ok {
		return nil, nil
	}
	an := ix.bi.Mapping().AnalyzerNamed(TextAnalyzer)
	if an == nil {
		return nil, nil
	}
	var notes []string
	seen := map[string]bool{}
	for _, w := range words {
		toks := an.Analyze([]byte(w))
		if len(toks) != 1 || seen[w] {
			continue
		}
		seen[w] = true
		term := string(toks[0].Term)
		own, err := termCount(ctx, reader, FieldBody, term)
		if err != nil {
			return nil, err
		}
		if own > 0 {
			continue // a word of the archive: "iran" is not a typo of Iraq
		}
		edits := 2
		if len([]rune(term)) <= 4 {
			edits = 1
		}
		fd, err := fuzzy.FieldDictFuzzy(FieldBody, term, edits, "")
		if err != nil {
			return nil, fmt.Errorf("suggest for %q: %w", w, err)
		}
		type cand struct {
			term, word string
			dist, n    int
		}
		var cands []cand
		for {
			de, err := fd.Next()
			if err != nil {
				fd.Close()
				return nil, fmt.Errorf("suggest for %q: %w", w, err)
			}
			if de == nil {
				break
			}
			if de.Term == term || isDigits([]byte(de.Term)) {
				continue
			}
			// the fuzzy dictionary does not count: ask the postings
			n, err := termCount(ctx, reader, FieldBody, de.Term)
			if err != nil {
				fd.Close()
				return nil, err
			}
			if n >= suggestMin {
				cands = append(cands, cand{term: de.Term, dist: levenshtein(term, de.Term), n: n})
			}
		}
		fd.Close()
		if len(cands) == 0 {
			continue
		}
		// Nearest stems, most frequent first; then the nearest as written:
		// "cofee" is one edit from the stems of both come and coffee, but
		// as written only from coffee.
		slices.SortFunc(cands, func(a, b cand) int { return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(b.n, a.n)) })
		cands = cands[:min(len(cands), 8)]
		low := strings.ToLower(w)
		for i := range cands {
			if cands[i].word, err = ix.surface(ctx, reader, cands[i].term); err != nil {
				return nil, err
			}
		}
		slices.SortStableFunc(cands, func(a, b cand) int {
			return cmp.Compare(levenshtein(low, strings.ToLower(a.word)), levenshtein(low, strings.ToLower(b.word)))
		})
		word, count := cands[0].word, cands[0].n
		notes = append(notes, fmt.Sprintf("did you mean %s? (%d %s %s; none %s)", word, count, plural(count, "article has", "articles have"), word, w))
	}
	return notes, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// surface returns a word that an article holding term writes for it: in
// lower case when one of a few such articles writes it so ("coffee" for
// the stem "coffe"), else as a name is written ("Volcker").
func (ix *Index) surface(ctx context.Context, reader bindex.IndexReader, term string) (string, error) {
	tfr, err := reader.TermFieldReader(ctx, []byte(term), FieldBody, false, false, false)
	if err != nil {
		return term, err
	}
	defer tfr.Close()
	fallback, mixed := term, false
	for range 20 { // some articles, for one that writes it in lower case
		d, err := tfr.Next(nil)
		if err != nil || d == nil {
			return fallback, err
		}
		id, err := reader.ExternalID(d.ID)
		if err != nil {
			return fallback, err
		}
		a, err := ix.Store.Get(id)
		if err != nil {
			continue
		}
		text := []byte(fullText(a))
		for span, t := range wordsOf(text, false) {
			if !isDigits(t) {
				t = stems.stem(t)
			}
			if string(t) != term {
				continue
			}
			w := string(text[span[0]:span[1]])
			switch {
			case w == strings.ToLower(w):
				return w, nil // lower case: a common word
			case w != strings.ToUpper(w) && !mixed:
				fallback, mixed = w, true // a name, or a sentence start
			case fallback == term:
				fallback = strings.ToLower(w)
			}
		}
	}
	return fallback, nil
}
