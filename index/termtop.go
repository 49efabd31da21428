package index

import (
	"context"
	"errors"
	"fmt"
	"math"

	"chancery/query"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	bsearcher "github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zapx "github.com/blevesearch/zapx/v17"
)

// A search for one word, ranked by relevance, is the commonest search and
// the one with the most hits (a word found in nearly every article).
// Bleve's term searcher hands each hit to its collector as a pooled
// DocumentMatch, through a term field reader, a scorer and a heap handler;
// for such a search termTop reads the term's postings in each segment
// itself, scores each with the same tf-idf arithmetic and keeps the best in
// a heap of plain values, and only the page's hits become DocumentMatches.
// The hits, their order, scores and hit numbers are those of Bleve's
// collector (search.SortOrder.Compare: score, then index order); the first
// hit is checked against Bleve's own searcher, and a search whose score
// disagrees runs Bleve's way. Their external ids are left to setGroups,
// which reads those of the hits a search uses.

// termTopOn lets tests run the same searches Bleve's way.
var termTopOn = true

// errSpent is returned by termTop when it read from the searcher it was
// given and then found that it cannot answer: the caller collects with a
// fresh searcher.
var errSpent = errors.New("term searcher read")

// norms holds the norm of a field of each length up to 4095 terms as
// zapx computes it (Posting.Norm: the float32 of 1/sqrt(length), from the
// length that NormUint64 gives): the square root and division per hit were
// a quarter of termTop's time.
var norms = func() []float64 {
	t := make([]float64, 4096)
	for n := range t {
		t[n] = float64(float32(1.0 / math.Sqrt(float64(uint32(n)))))
	}
	return t
}()

// termHit is a hit in termTop's heap.
type termHit struct {
	score float64
	seq   uint64 // HitNumber: 1 for the first hit in index order
	num   uint64 // global document number
}

// worse reports whether a ranks below b: a lower score, or the same score
// later in index order.
func (a termHit) worse(b termHit) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.seq > b.seq
}

// termTop collects the top n hits of searcher, Bleve's term searcher of
// q on snap (with mapping m), by relevance, with the document numbers of all hits in index
// order when record is set. ok is false when q is no single term or its
// scores cannot be told to agree with Bleve's: the caller then collects
// another way, with searcher untouched, or with a fresh one after
// errSpent.
func termTop(ctx context.Context, snap *scorch.IndexSnapshot, m mapping.IndexMapping, q bq.Query, searcher search.Searcher, n int, record bool) (hits search.DocumentMatchCollection, total uint64, nums []uint64, ok bool, err error) {
	ts, lone := searcher.(*bsearcher.TermSearcher)
	wq, word := q.(*query.WordQuery)
	if !termTopOn || !lone || !word || n <= 0 {
		return nil, 0, nil, false, nil
	}
	term, field, boost, single := wq.Term(m)
	if !single {
		return nil, 0, nil, false, nil
	}
	segs := snap.Segments()
	type part struct {
		it   segment.PostingsIterator
		base uint64
	}
	var (
		parts   []part
		docTerm uint64
		base    uint64
	)
	for _, ss := range segs {
		seg := ss.Segment()
		dict, err := seg.Dictionary(field)
		if err != nil {
			return nil, 0, nil, false, err
		}
		pl, err := dict.PostingsList([]byte(term), ss.Deleted(), nil)
		if err != nil {
			return nil, 0, nil, false, err
		}
		if c := pl.Count(); c > 0 {
			docTerm += c
			parts = append(parts, part{pl.Iterator(true, true, false, nil), base})
		}
		base += seg.Count()
	}
	docTotal, err := snap.DocCount()
	if err != nil {
		return nil, 0, nil, false, err
	}
	// Bleve's TermQueryScorer for tf-idf (the searcher is built without a
	// scoring model callback): idf as it computes it, a query weight of 1
	// (no query norm is set on a lone term searcher).
	idf := 1.0 + math.Log(float64(docTotal)/float64(docTerm+1.0))
	if w := boost * idf; w*w != ts.Weight() || ts.Count() != docTerm {
		return nil, 0, nil, false, nil
	}
	if record {
		nums = getNums(min(docTerm, 1<<24))
	}
	top := termHeap(make([]termHit, 0, n))
	var first termHit
	for _, pt := range parts {
		for {
			p, err := pt.it.Next()
			if err != nil {
				return nil, 0, nil, false, err
			}
			if p == nil {
				break
			}
			total++
			if total%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, 0, nil, false, err
				}
			}
			// read and tfOf (andtop.go) by hand: read is too big for the
			// compiler to inline, and this loop runs once a posting.
			var num, freq uint64
			var norm float64
			if zp, ok := p.(*zapx.Posting); ok { // direct calls, inlined
				num, freq = zp.Number(), zp.Frequency()
				if bits := zp.NormUint64(); bits < uint64(len(norms)) {
					norm = norms[bits]
				} else {
					norm = zp.Norm()
				}
			} else {
				num, freq, norm = p.Number(), p.Frequency(), p.Norm()
			}
			num += pt.base
			if record {
				nums = append(nums, num)
			}
			var tf float64
			if freq < scorer.MaxSqrtCache {
				tf = scorer.SqrtCache[int(freq)]
			} else {
				tf = math.Sqrt(float64(freq))
			}
			h := termHit{tf * norm * idf, total, num}
			if total == 1 {
				first = h
			}
			top.add(h, n)
		}
	}
	if err := checkFirst(ts, 1, total, first); err != nil {
		return nil, 0, nil, false, err
	}
	return top.matches(), total, nums, true, nil
}

// checkFirst compares the first hit as Bleve's own searcher s scores it
// with first, the first of total hits collected from the postings: errSpent
// when they differ (s has then been read from).
func checkFirst(s search.Searcher, poolSize int, total uint64, first termHit) error {
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(poolSize, 0)}
	d, err := s.Next(sctx)
	if err != nil {
		return err
	}
	if (d == nil) != (total == 0) || d != nil && (d.Score != first.score || d.IndexInternalID.Value() != first.num) {
		return errSpent
	}
	return nil
}

// termHeap is a min-heap of hits: the worst on top.
type termHeap []termHit

// add keeps h if it is among the best n seen.
func (t *termHeap) add(h termHit, n int) {
	heap := *t
	switch {
	case len(heap) < n:
		heap = append(heap, h)
		for i := len(heap) - 1; i > 0; {
			p := (i - 1) / 2
			if !heap[i].worse(heap[p]) {
				break
			}
			heap[i], heap[p] = heap[p], heap[i]
			i = p
		}
		*t = heap
	case heap[0].worse(h):
		heap[0] = h
		heap.down(0)
	}
}

// down restores the heap below i.
func (t termHeap) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(t) {
			return
		}
		m := l
		if r := l + 1; r < len(t) && t[r].worse(t[l]) {
			m = r
		}
		if !t[m].worse(t[i]) {
			return
		}
		t[i], t[m] = t[m], t[i]
		i = m
	}
}

// matches empties the heap into Bleve's document matches, best first,
// without their external ids (ID ""): reading one from the segment's
// stored section costs more than the rest of a hit, and a search shows a
// few of the hits it collects (setGroups reads those it needs).
func (t *termHeap) matches() search.DocumentMatchCollection {
	heap := *t
	hits := make(search.DocumentMatchCollection, len(heap))
	for i := len(heap) - 1; i >= 0; i-- {
		h := heap[0]
		heap[0] = heap[i]
		heap = heap[:i]
		heap.down(0)
		id := bindex.NewIndexInternalID(nil, h.num)
		hits[i] = &search.DocumentMatch{IndexInternalID: id, Score: h.score, HitNumber: h.seq, Sort: []string{"_score"}}
	}
	*t = heap
	return hits
}

// loadID sets the external id of h when it has none (a hit of termTop or
// andTop) from reader.
func loadID(reader bindex.IndexReader, h *search.DocumentMatch) error {
	if h.ID != "" {
		return nil
	}
	id, err := reader.ExternalID(h.IndexInternalID)
	if err != nil {
		return fmt.Errorf("search: read the id of document %d: %w", h.IndexInternalID.Value(), err)
	}
	h.ID = id
	return nil
}
