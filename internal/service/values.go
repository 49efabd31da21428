package service

import (
	"context"
	"slices"
	"strings"

	"chancery/index"
)

// Values is the answer of Values.
type Values struct {
	Facet  string             `json:"facet"`
	Prefix string             `json:"prefix"`
	Values []index.FacetValue `json:"values"`
	// Total is the number of matching values, of which Values shows the
	// first size.
	Total int `json:"total"`
}

// Facets are the facets whose values Values lists.
var Facets = append(append([]string{}, index.FacetFields...), index.FacetYear)

// ValuesOf returns the values of facet that start with prefix, or have a
// word that does, most frequent first; at most size of them (0: all).
func ValuesOf(ctx context.Context, ix *index.Index, facet, prefix string, size int) (*Values, error) {
	facet, err := CheckValues(facet, size)
	if err != nil {
		return nil, err
	}
	vals, err := ix.Values(ctx, facet, prefix, 0)
	if err != nil {
		return nil, err
	}
	total := len(vals)
	if size > 0 && len(vals) > size {
		vals = vals[:size]
	}
	if vals == nil {
		vals = []index.FacetValue{}
	}
	return &Values{Facet: facet, Prefix: prefix, Values: vals, Total: total}, nil
}

// CheckValues checks the facet (in any case) and size of a ValuesOf and
// returns the facet's name.
func CheckValues(facet string, size int) (string, error) {
	name := strings.ToLower(facet)
	if !slices.Contains(Facets, name) {
		return "", invalid("facet", "values: no facet %q (use %s)", facet, strings.Join(Facets, ", "))
	}
	if size < 0 {
		return "", invalid("size", "%s must be 0 or more, not %d", Param("size"), size)
	}
	return name, nil
}
