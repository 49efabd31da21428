package index

import (
	"context"
	"errors"
	"runtime"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	bq "github.com/blevesearch/bleve/v2/search/query"
	bsearcher "github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A search with many matches runs on two cores: one searcher takes the
// documents of the first half of the index, a second searcher of the same
// query the rest, each with its own collector, and the two pages are merged
// in the request's order. Scores do not change (Bleve's term statistics
// are the whole index's), nor does the order of ties (index order, kept by
// numbering the second half's hits after the first's). Bleve itself runs a
// search on one goroutine.
//
// A lone term is not split: its matches cost too little each. On the
// bench's 100,000 and 1,000,000-article archives (BenchmarkArchiveQueries,
// alternating runs) a term query took as long or 7% longer in two halves,
// while an AND query took 13% (100k) and 30% (1M) less time and a phrase
// 24% and 26% less. On this machine the two halves of a term query used
// about a third more CPU between them than the whole search on one core,
// so two halves are far from twice as fast.

// splitMinHits is the estimated number of matches (the searcher's Count;
// for a conjunction the sum of its parts' postings) from which a search is
// split: below it the second goroutine costs more than it saves.
var splitMinHits uint64 = 4096 // a variable so that tests can split small searches

// half is one part of a split search.
type half struct {
	searcher search.Searcher
	order    search.SortOrder
	rec      *recorder // facet recording, or nil
	hits     search.DocumentMatchCollection
	total    uint64
	err      error
}

// collect runs searcher, of q on reader, in the request's order and returns
// the top req.Offset+req.Size hits (all of them, from 0), the number of
// matches and, when facets are asked for, the matching document numbers in
// index order. It splits the search in two halves of the index when
// searcher expects splitMinHits or more matches and there are two cores or
// more; the halves' second searcher comes from q.
func (ix *Index) collect(ctx context.Context, q bq.Query, reader bindex.IndexReader, searcher search.Searcher, opts search.SearcherOptions, order search.SortOrder, req Request, facets bool) (search.DocumentMatchCollection, uint64, []uint64, error) {
	if snap, ok := reader.(*scorch.IndexSnapshot); ok && opts.Score != "none" && len(order) == 1 && order.CacheIsScore()[0] && order.CacheDescending()[0] {
		hits, total, nums, done, err := termTop(ctx, snap, ix.bi.Mapping(), q, searcher, req.Size+req.Offset, facets)
		if !done && err == nil {
			hits, total, nums, done, err = andTop(ctx, snap, ix.bi.Mapping(), q, searcher, req.Size+req.Offset, facets)
		}
		if errors.Is(err, errSpent) {
			if searcher, err = q.Searcher(ctx, reader, ix.bi.Mapping(), opts); err != nil {
				return nil, 0, nil, err
			}
			defer searcher.Close()
		}
		if err != nil {
			return nil, 0, nil, err
		}
		if done {
			if req.Offset >= len(hits) {
				return search.DocumentMatchCollection{}, total, nums, nil
			}
			return hits[req.Offset:], total, nums, nil
		}
	}
	halves := []*half{{searcher: searcher, order: order}}
	_, lone := searcher.(*bsearcher.TermSearcher)
	if snap, ok := reader.(*scorch.IndexSnapshot); ok && !lone && runtime.GOMAXPROCS(0) > 1 && searcher.Count() >= splitMinHits {
		if mid := middle(snap); mid > 0 {
			second, err := q.Searcher(ctx, reader, ix.bi.Mapping(), opts)
			if err != nil {
				return nil, 0, nil, err
			}
			defer second.Close()
			at := bindex.NewIndexInternalID(nil, mid)
			halves[0].searcher = &bounded{Searcher: searcher, hi: at}
			halves = append(halves, &half{searcher: &bounded{Searcher: second, lo: at}, order: order.Copy()})
		}
	}
	// A term's hits' numbers, sized from its count of postings (deleted
	// documents included) so that a term of 130,000 hits does not grow
	// the slice 17 times; other searchers' counts can be far above their
	// hits (a conjunction's is the sum of its parts').
	var expect uint64
	if lone {
		expect = min(searcher.Count(), 1<<24)
	}
	run := func(h *half) {
		s := h.searcher
		if facets {
			h.rec = &recorder{Searcher: s, nums: getNums(expect)}
			s = h.rec
		}
		coll := collector.NewTopNCollector(req.Size+req.Offset, 0, h.order)
		if h.err = coll.Collect(ctx, s, reader); h.err == nil {
			h.hits, h.total = coll.Results(), coll.Total()
		}
	}
	if len(halves) == 1 {
		run(halves[0])
	} else {
		var wg sync.WaitGroup
		wg.Go(func() { run(halves[1]) })
		run(halves[0])
		wg.Wait()
	}
	var (
		hits  search.DocumentMatchCollection
		total uint64
		nums  []uint64
	)
	for _, h := range halves {
		if h.err != nil {
			return nil, 0, nil, h.err
		}
		for _, d := range h.hits {
			d.HitNumber += total // ties keep index order across the halves
		}
		hits = merge(order, hits, h.hits, req.Size+req.Offset)
		total += h.total
		if h.rec != nil {
			if len(halves) == 1 {
				nums = h.rec.nums
			} else {
				nums = append(nums, h.rec.nums...)
				putNums(h.rec.nums)
			}
		}
	}
	if req.Offset >= len(hits) {
		return search.DocumentMatchCollection{}, total, nums, nil
	}
	return hits[req.Offset:], total, nums, nil
}

// middle returns the internal number of the document that starts the
// second half of the snapshot's documents (deleted ones included, as the
// numbering does), or 0 when there is nothing to split.
func middle(snap *scorch.IndexSnapshot) uint64 {
	var n uint64
	for _, s := range snap.Segments() {
		n += uint64(s.FullSize())
	}
	return n / 2
}

// merge returns the first n hits of a and b, each already in order's
// order, in that order.
func merge(order search.SortOrder, a, b search.DocumentMatchCollection, n int) search.DocumentMatchCollection {
	if len(a) == 0 {
		return b[:min(len(b), n)]
	}
	scoring, desc := order.CacheIsScore(), order.CacheDescending()
	out := make(search.DocumentMatchCollection, 0, min(len(a)+len(b), n))
	for len(out) < n && (len(a) > 0 || len(b) > 0) {
		if len(b) == 0 || len(a) > 0 && order.Compare(scoring, desc, a[0], b[0]) <= 0 {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// bounded is a searcher limited to the documents whose internal ids lie
// in [lo, hi); a nil end is open.
type bounded struct {
	search.Searcher
	lo, hi  bindex.IndexInternalID
	started bool
}

func (b *bounded) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !b.started && b.lo != nil {
		return b.Advance(ctx, b.lo)
	}
	b.started = true
	d, err := b.Searcher.Next(ctx)
	return b.within(ctx, d), err
}

func (b *bounded) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	b.started = true
	if b.lo != nil && id.Compare(b.lo) < 0 {
		id = b.lo
	}
	d, err := b.Searcher.Advance(ctx, id)
	return b.within(ctx, d), err
}

// within returns d, or nil (d back in the pool) when d lies past hi.
func (b *bounded) within(ctx *search.SearchContext, d *search.DocumentMatch) *search.DocumentMatch {
	if d != nil && b.hi != nil && d.IndexInternalID.Compare(b.hi) >= 0 {
		ctx.DocumentMatchPool.Put(d)
		return nil
	}
	return d
}
