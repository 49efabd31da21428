package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// maxVersions bounds the ids of other versions listed with a hit.
const maxVersions = 50

// collapse runs q in the order of req.Sort as run does, but keeps only the best-ranked article of
// each near-duplicate group: the page is req.Offset and req.Size counted
// in groups. With listVersions, versions[i] are the ids of the other
// matching articles of hit i's group, oldest first. total still counts
// articles.
func (ix *Index) collapse(ctx context.Context, q bq.Query, req Request, listVersions bool) (search.DocumentMatchCollection, [][]string, uint64, map[string][]FacetValue, error) {
	want := req.Offset + req.Size
	window := max(2*want, 50)
	var (
		firsts search.DocumentMatchCollection
		total  uint64
		facets map[string][]FacetValue
		groups []string
	)
	for {
		r := req
		r.Offset, r.Size = 0, window
		r.Facets = req.Facets && facets == nil
		order, score, err := sortOrder(req.Sort) // fresh: sort fields keep state
		if err != nil {
			return nil, nil, 0, nil, err
		}
		hits, t, f, err := ix.run(ctx, q, withGroup(order), score, r)
		if err != nil {
			return nil, nil, 0, nil, err
		}
		total = t
		if r.Facets {
			facets = f
		}
		firsts, groups = firsts[:0], groups[:0]
		seen := map[string]bool{}
		for _, h := range hits {
			g := groupOf(h)
			if seen[g] {
				continue
			}
			seen[g] = true
			firsts = append(firsts, h)
			groups = append(groups, g)
			if len(firsts) == want {
				break
			}
		}
		if len(firsts) >= want || uint64(len(hits)) >= total {
			break
		}
		window *= 4
	}
	from := min(req.Offset, len(firsts))
	page, pageGroups := firsts[from:], groups[from:]
	versions := make([][]string, len(page))
	if len(page) == 0 || !listVersions {
		return page, versions, total, facets, nil
	}
	// The other matching members of the page's groups.
	qs := make([]bq.Query, len(pageGroups))
	for i, g := range pageGroups {
		tq := bq.NewTermQuery(g)
		tq.SetField(FieldGroup)
		qs[i] = tq
	}
	r := req
	r.Offset, r.Size, r.Facets = 0, len(page)*(maxVersions+1), false
	byDate, _, _ := sortOrder("date")
	hits, _, _, err := ix.run(ctx, bq.NewConjunctionQuery([]bq.Query{q, bq.NewDisjunctionQuery(qs)}), withGroup(byDate), "none", r)
	if err != nil {
		return nil, nil, 0, nil, err
	}
	at := make(map[string]int, len(pageGroups))
	for i, g := range pageGroups {
		at[g] = i
	}
	for _, h := range hits {
		i, ok := at[groupOf(h)]
		if !ok || h.ID == page[i].ID || len(versions[i]) >= maxVersions {
			continue
		}
		versions[i] = append(versions[i], h.ID)
	}
	return page, versions, total, facets, nil
}

// withGroup returns a copy of order with the group field appended: it
// does not change the order (order ends with the unique document id) but
// makes each hit carry its group as its last sort value.
func withGroup(order search.SortOrder) search.SortOrder {
	out := make(search.SortOrder, 0, len(order)+1)
	out = append(out, order...)
	return append(out, &search.SortField{Field: FieldGroup, Type: search.SortFieldAsString, Missing: search.SortFieldMissingLast})
}

// groupOf returns the near-duplicate group of a hit sorted withGroup: its
// last sort value, or its own id when it has none (an index written
// before groups, which a settings check makes rebuild).
func groupOf(h *search.DocumentMatch) string {
	if n := len(h.Sort); n > 0 && h.Sort[n-1] != search.HighTerm && h.Sort[n-1] != "" {
		return h.Sort[n-1]
	}
	return h.ID
}
