package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
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
		r.Offset, r.Size, r.groups = 0, window, want
		r.Facets = req.Facets && facets == nil
		order, score, err := sortOrder(req.Sort) // fresh: sort fields keep state
		if err != nil {
			return nil, nil, 0, nil, err
		}
		hits, t, f, err := ix.run(ctx, q, order, score, r)
		if err != nil {
			return nil, nil, 0, nil, err
		}
		total = t
		if r.Facets {
			facets = f
		}
		firsts, groups = firsts[:0], groups[:0]
		at := map[string]int{}
		for _, h := range hits {
			g := groupOf(h)
			if i, ok := at[g]; ok {
				// A story is shown by its best-ranked copy; between copies
				// ranked equal, by the original (whose id names the group).
				if h.ID == g && sameRank(h, firsts[i]) {
					firsts[i] = h
				}
				continue
			}
			if len(firsts) < want {
				at[g] = len(firsts)
				firsts = append(firsts, h)
				groups = append(groups, g)
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
	// The other matching members of the page's groups. Most groups have
	// one member: ask only for the others (the query for them cost a third
	// of a term query's time on 100,000 articles).
	multi, err := ix.sharedGroups(pageGroups)
	if err != nil {
		return nil, nil, 0, nil, err
	}
	if len(multi) == 0 {
		return page, versions, total, facets, nil
	}
	// A group's members: its copies by their group field, and its first
	// article by id (it has no group field).
	qs := make([]bq.Query, 0, len(multi)+1)
	for _, g := range multi {
		tq := bq.NewTermQuery(g)
		tq.SetField(FieldGroup)
		qs = append(qs, tq)
	}
	qs = append(qs, bq.NewDocIDQuery(multi))
	r := req
	r.Offset, r.Size, r.Facets = 0, len(page)*(maxVersions+1), false
	byDate, _, _ := sortOrder("date")
	hits, _, _, err := ix.run(ctx, bq.NewConjunctionQuery([]bq.Query{q, bq.NewDisjunctionQuery(qs)}), byDate, "none", r)
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

// setGroups reads the near-duplicate group of each of the top hits from
// the index's doc values into its Fields. Only the returned hits are
// visited: sorting every hit by group would visit the doc values of all
// matches, which made a 13,000-hit term query 10x slower.
// Hits are visited in order until want distinct groups are seen (0: all),
// as many as collapse can use; a hit without its external id (termTop's,
// andTop's) gets it when visited, or, later, when it ranks equal with a
// visited hit.
func setGroups(reader bindex.IndexReader, hits search.DocumentMatchCollection, want int) error {
	if len(hits) == 0 {
		return nil
	}
	dvr, err := reader.DocValueReader([]string{FieldGroup})
	if err != nil {
		return fmt.Errorf("search: read groups: %w", err)
	}
	seen := map[string]bool{}
	var scores map[float64]bool // of the hits visited, when not all are
	for i, h := range hits {
		if want > 0 && len(seen) >= want {
			// Hits of termTop and andTop have no ids yet. collapse
			// reads a later hit's id only to let it stand for a group
			// it ranks equal with: those ranked as a visited hit need
			// theirs, the others' go unread.
			if scores == nil {
				scores = map[float64]bool{}
				for _, v := range hits[:i] {
					scores[v.Score] = true
				}
			}
			if h.ID == "" && scores[h.Score] {
				if err := loadID(reader, h); err != nil {
					return err
				}
			}
			continue
		}
		if err := loadID(reader, h); err != nil {
			return err
		}
		var g string
		if err := dvr.VisitDocValues(h.IndexInternalID, func(_ string, term []byte) { g = string(term) }); err != nil {
			return fmt.Errorf("search: read group of %s: %w", h.ID, err)
		}
		if h.Fields == nil {
			h.Fields = map[string]interface{}{}
		}
		h.Fields[FieldGroup] = g
		seen[groupOf(h)] = true
	}
	return nil
}

// groupOf returns the near-duplicate group of a hit (see setGroups), or
// its own id when it has none: it is its group's first article.
func groupOf(h *search.DocumentMatch) string {
	if g, _ := h.Fields[FieldGroup].(string); g != "" {
		return g
	}
	return h.ID
}

// sameRank reports whether two hits rank equal.
func sameRank(a, b *search.DocumentMatch) bool {
	if a.Score != b.Score || len(a.Sort) != len(b.Sort) {
		return false
	}
	for i := range a.Sort {
		if a.Sort[i] != b.Sort[i] {
			return false
		}
	}
	return true
}

// sharedGroups returns the groups among groups that more than one
// document of the index belongs to: those with a copy, a document whose
// group field is the group but whose id is not (the first article has no
// group field, or, in an index written before that rule, its own id).
func (ix *Index) sharedGroups(groups []string) ([]string, error) {
	reader, err := ix.snapshot()
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer reader.Close()
	var out []string
	for _, g := range groups {
		shared, err := hasCopy(reader, g)
		if err != nil {
			return nil, fmt.Errorf("search: group %s: %w", g, err)
		}
		if shared {
			out = append(out, g)
		}
	}
	return out, nil
}

// hasCopy reports whether a document other than g has g as its group.
func hasCopy(reader bindex.IndexReader, g string) (bool, error) {
	tfr, err := reader.TermFieldReader(context.Background(), []byte(g), FieldGroup, false, false, false)
	if err != nil {
		return false, err
	}
	defer tfr.Close()
	switch tfr.Count() {
	case 0:
		return false, nil
	case 1:
		d, err := tfr.Next(nil)
		if err != nil || d == nil {
			return false, err
		}
		id, err := reader.ExternalID(d.ID)
		return id != g, err
	}
	return true, nil
}
