package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/search"
)

// IDs returns the ids of the first limit articles matching req, in the
// order req.Sort asks for (one per near-duplicate group unless
// req.AllVersions), and the number of articles that match. It reads
// nothing from the store: commands that go through many hits (quotes)
// fetch the articles they need themselves. req.Size, Offset and Facets are
// ignored.
func (ix *Index) IDs(ctx context.Context, req Request, limit int) ([]string, uint64, error) {
	if _, err := ix.ResolveRequest(ctx, &req); err != nil {
		return nil, 0, err
	}
	q, _, err := BuildQuery(&req)
	if err != nil {
		return nil, 0, err
	}
	order, score, err := sortOrder(req.Sort)
	if err != nil {
		return nil, 0, err
	}
	if limit <= 0 {
		limit = 1
	}
	req.Size, req.Offset, req.Facets = limit, 0, false
	var hits search.DocumentMatchCollection
	var total uint64
	if req.AllVersions {
		hits, total, _, err = ix.run(ctx, q, order, score, req)
	} else {
		hits, _, total, _, err = ix.collapse(ctx, q, req, false)
	}
	if err != nil {
		return nil, 0, err
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	return ids, total, nil
}

// sortOrder returns the Bleve sort of a Request.Sort value and the scoring
// it needs ("none" when the order does not use scores). Ties keep index
// order: a tie-break on the document id would make the collector load the
// id of every hit (a fifth of a 13,000-hit term query's time).
func sortOrder(s string) (search.SortOrder, string, error) {
	switch s {
	case "", "relevance", "score":
		return search.SortOrder{&search.SortScore{Desc: true}}, "", nil
	case "date", "-date":
		return search.SortOrder{
			&search.SortField{Field: FieldDate, Type: search.SortFieldAsString, Desc: s == "-date", Missing: search.SortFieldMissingLast},
		}, "none", nil
	}
	return nil, "", fmt.Errorf("%w: unknown sort %q (use date, -date or relevance)", ErrQuery, s)
}

// IDsWithPersons returns the ids of the articles, every version, whose
// persons include one of keys (names folded by archive.Key), each id once,
// in no particular order. It reads the person postings of the index only,
// so that a change to a few names finds its articles without a pass over
// the store.
func (ix *Index) IDsWithPersons(ctx context.Context, keys []string) ([]string, error) {
	reader, err := ix.snapshot()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	seen := map[string]bool{}
	var ids []string
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		tfr, err := reader.TermFieldReader(ctx, []byte(k), FieldPerson+keySuffix, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("read the postings of person %q: %w", k, err)
		}
		for {
			d, err := tfr.Next(nil)
			if err != nil {
				tfr.Close()
				return nil, fmt.Errorf("read the postings of person %q: %w", k, err)
			}
			if d == nil {
				break
			}
			id, err := reader.ExternalID(d.ID)
			if err != nil {
				tfr.Close()
				return nil, fmt.Errorf("read the id of a document of person %q: %w", k, err)
			}
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		tfr.Close()
	}
	return ids, nil
}
