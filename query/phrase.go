package query

import (
	"context"
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// PhraseQuery is a Bleve query for a phrase, "resume talks": documents
// whose field FieldVal holds the words of Text, as the analyzer makes them,
// side by side in that order. It finds and scores what Bleve's match-phrase
// query does: a conjunction of one term searcher per word, with term
// vectors, keeping the documents where the positions follow each other.
// Bleve's phrase searcher builds a map of every term location of every
// candidate document and searches it recursively; this one compares the
// positions in the candidate's location list. A two-word phrase with
// 10,000 hits in 100,000 articles took 4.8 ms against Bleve's 18.6 (medians
// of 3 alternating runs on a loaded machine; BenchmarkArchivePhrase in
// package index).
//
// Text that the analyzer makes into words with gaps between their
// positions, and a field whose values are arrays, run Bleve's own phrase
// searcher.
type PhraseQuery struct {
	Text string `json:"phrase"`
	Target
}

// Searcher returns the searcher that Bleve runs for the query.
func (q *PhraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	an, err := analyzerFor(m, q.Analyzer, q.FieldVal)
	if err != nil {
		return nil, fmt.Errorf("phrase query %q: %w", q.Text, err)
	}
	boost := q.BoostVal
	if boost == 0 {
		boost = 1
	}
	toks := an.Analyze([]byte(q.Text))
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = string(t.Term)
		if i > 0 && t.Position != toks[i-1].Position+1 {
			// gaps (or several terms at one position): Bleve's phrase
			// searcher handles them
			bqp := bq.NewMatchPhraseQuery(q.Text)
			bqp.SetField(q.FieldVal)
			bqp.Analyzer = q.Analyzer
			bqp.SetBoost(boost)
			return bqp.Searcher(ctx, r, m, options)
		}
	}
	switch len(terms) {
	case 0:
		return searcher.NewMatchNoneSearcher(r)
	case 1:
		return searcher.NewTermSearcher(ctx, r, terms[0], q.FieldVal, boost, options)
	}
	conj, err := positional(ctx, r, terms, q.FieldVal, boost, options)
	if err != nil {
		return nil, fmt.Errorf("phrase query %q: %w", q.Text, err)
	}
	p := &phrase{terms: terms, field: q.FieldVal}
	return searcher.NewFilteringSearcher(ctx, conj, func(_ *search.SearchContext, d *search.DocumentMatch) bool {
		return p.fits(d)
	}), nil
}

// phrase checks the term positions of a candidate document.
type phrase struct {
	terms []string
	field string
	first []*search.Location // scratch: locations of terms[0]
}

// fits reports whether d has terms[0] at some position p and terms[i] at
// p+i for every i, in one value of the field. Bleve's conjunction leaves
// the locations of its term searchers in d.FieldTermLocations.
func (p *phrase) fits(d *search.DocumentMatch) bool {
	ftls := d.FieldTermLocations
	p.first = p.first[:0]
	for i := range ftls {
		if ftls[i].Field == p.field && ftls[i].Term == p.terms[0] {
			p.first = append(p.first, &ftls[i].Location)
		}
	}
	for _, l0 := range p.first {
		ok := true
		for i := 1; i < len(p.terms) && ok; i++ {
			ok = p.at(ftls, p.terms[i], l0.Pos+uint64(i), l0.ArrayPositions)
		}
		if ok {
			return true
		}
	}
	return false
}

// at reports whether term occurs at position pos of the value at array
// positions ap.
func (p *phrase) at(ftls []search.FieldTermLocation, term string, pos uint64, ap []uint64) bool {
	for i := range ftls {
		l := &ftls[i]
		if l.Location.Pos == pos && l.Term == term && l.Field == p.field && slices.Equal(l.Location.ArrayPositions, ap) {
			return true
		}
	}
	return false
}

// positional returns the conjunction of the term searchers of terms in
// field, with term vectors, so that a filter on it can check the positions
// of the terms (PhraseQuery, NearQuery).
func positional(ctx context.Context, r index.IndexReader, terms []string, field string, boost float64, options search.SearcherOptions) (search.Searcher, error) {
	options.IncludeTermVectors = true
	subs := make([]search.Searcher, 0, len(terms))
	closeAll := func() {
		for _, s := range subs {
			_ = s.Close()
		}
	}
	for _, t := range terms {
		ts, err := searcher.NewTermSearcher(ctx, r, t, field, boost, options)
		if err != nil {
			closeAll()
			return nil, err
		}
		subs = append(subs, ts)
	}
	conj, err := searcher.NewConjunctionSearcher(ctx, r, subs, options)
	if err != nil {
		closeAll()
		return nil, err
	}
	return conj, nil
}
