package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
)

// EachDate calls fn once for every story that matches req (each
// near-duplicate group once, as facets count; every copy with
// req.AllVersions), in index order, with its date (zero when it has none) and the values of the facet
// field facet (one of FacetFields; "" for none). It returns the number of
// stories (articles with req.AllVersions). Nothing is read from the store and nothing is sorted: it walks
// the matches and reads the date and facet doc values, so that `search
// timeline` counts every match, not a page of them. fn must not keep
// values past its return. req.Size, Offset, Sort and Facets are ignored.
func (ix *Index) EachDate(ctx context.Context, req Request, facet string, fn func(date time.Time, values []string)) (uint64, error) {
	if facet != "" && !slices.Contains(FacetFields, facet) {
		return 0, fmt.Errorf("%w: no facet %q (use one of %v)", ErrQuery, facet, FacetFields)
	}
	if _, err := ix.ResolveRequest(ctx, &req); err != nil {
		return 0, err
	}
	q, _, err := BuildQuery(&req)
	if err != nil {
		return 0, err
	}
	reader, err := ix.snapshot()
	if err != nil {
		return 0, fmt.Errorf("timeline: %w", err)
	}
	defer reader.Close()
	searcher, err := q.Searcher(ctx, reader, ix.bi.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return 0, fmt.Errorf("timeline: %w", err)
	}
	defer searcher.Close()
	fields := []string{FieldDate}
	if facet != "" {
		fields = append(fields, facet)
	}
	dvr, err := reader.DocValueReader(fields)
	if err != nil {
		return 0, fmt.Errorf("timeline: %w", err)
	}
	sctx := &search.SearchContext{
		DocumentMatchPool: search.NewDocumentMatchPool(searcher.DocumentMatchPoolSize(), 0),
		IndexReader:       reader,
	}
	// The matches first, so that the copies of a story can be left out
	// (copies.go): 8 bytes a match.
	var nums []uint64
	for {
		if len(nums)%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		d, err := searcher.Next(sctx)
		if err != nil {
			return 0, fmt.Errorf("timeline: %w", err)
		}
		if d == nil {
			break
		}
		nums = append(nums, binary.BigEndian.Uint64(d.IndexInternalID))
		sctx.DocumentMatchPool.Put(d)
	}
	if snap, ok := reader.(*scorch.IndexSnapshot); ok && !req.AllVersions {
		if !slices.IsSorted(nums) {
			slices.Sort(nums)
		}
		if nums, _, err = ix.dropCopies(snap, nums); err != nil {
			return 0, fmt.Errorf("timeline: %w", err)
		}
	}
	var values []string
	id := make([]byte, 8)
	for i, num := range nums {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return uint64(i), err
			}
		}
		var date time.Time
		values = values[:0]
		binary.BigEndian.PutUint64(id, num)
		err = dvr.VisitDocValues(id, func(field string, term []byte) {
			if field != FieldDate {
				values = append(values, string(term))
				return
			}
			date = parseDay(term)
		})
		if err != nil {
			return uint64(i), fmt.Errorf("timeline: read doc values: %w", err)
		}
		fn(date, values)
	}
	return uint64(len(nums)), nil
}

// parseDay reads a FieldDate term, "2004-07-24", as a UTC day; zero when
// it is not one. It parses by hand: a timeline reads one per match.
func parseDay(b []byte) time.Time {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return time.Time{}
	}
	num := func(b []byte) int {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, d := num(b[:4]), num(b[5:7]), num(b[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}
