package main

import (
	"context"
	"fmt"
	"strings"

	"chancery/index"
)

// chancerySearcher answers benchmark queries through the product's own
// search path: index.Open read-only and (*index.Index).Search, which also
// loads each hit from the store and builds its snippet.
type chancerySearcher struct {
	ix *index.Index
}

func openChancery(dir string) (searcher, error) {
	ix, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("open chancery archive %s: %w", dir, err)
	}
	return &chancerySearcher{ix: ix}, nil
}

// chanceryQuery writes a query in Chancery's query language.
func chanceryQuery(q query) string {
	switch q.Class {
	case classAnd:
		return strings.Join(q.Terms, " AND ")
	case classPhrase:
		return `"` + strings.Join(q.Terms, " ") + `"`
	}
	return q.Terms[0]
}

func (s *chancerySearcher) search(ctx context.Context, q query) (result, error) {
	req := index.Request{Query: chanceryQuery(q), Size: 10}
	if q.Class == classFacet {
		req.Facets, req.FacetSize = true, 10
	}
	res, err := s.ix.Search(ctx, req)
	if err != nil {
		return result{}, fmt.Errorf("chancery search %s: %w", q, err)
	}
	out := result{Total: int(res.Total), Hits: len(res.Hits)}
	if q.Class == classFacet {
		out.Years = map[string]int{}
		for _, v := range res.Facets[index.FacetYear] {
			out.Years[v.Value] = v.Count
		}
		for _, v := range res.Facets[index.FieldCountry] {
			out.TopCountries = append(out.TopCountries, fmt.Sprintf("%s:%d", v.Value, v.Count))
		}
	}
	return out, nil
}

func (s *chancerySearcher) Close() error { return s.ix.Close() }
