package index

import (
	"context"
	"errors"
	"math"

	"chancery/query"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	bsearcher "github.com/blevesearch/bleve/v2/search/searcher"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zapx "github.com/blevesearch/zapx/v17"
)

// Two words that must both match ("oil AND price", or "oil price" when
// words are joined by AND) are the next commonest search. Bleve's
// conjunction searcher advances two term searchers in step and hands each
// match to its collector as a pooled DocumentMatch built from two others;
// for such a search andTop intersects the two terms' document bitmaps in
// each segment itself, advances both terms' postings to each document of
// the intersection, and scores it with Bleve's arithmetic: each term's tf-idf
// score times its query weight (boost, idf and the conjunction's query
// norm), the two summed. As in termTop, the order is the collector's, the
// first match is checked against Bleve's own searcher, and a search whose
// score disagrees runs Bleve's way.

// orInto is zap's postings list, which adds its documents (deleted ones
// too) to a bitmap.
type orInto interface{ OrInto(*roaring.Bitmap) }

// errNotBoth is returned when a document of the intersection of two
// terms' bitmaps is missing from one term's postings: a segment format
// andTop does not know.
var errNotBoth = errors.New("a document of both terms' bitmaps is missing from their postings")

// andPost is a posting read: its document number, frequency and norm.
type andPost struct {
	num, freq uint64
	norm      float64
}

// read returns p's document number, frequency and norm.
func read(p segment.Posting) andPost {
	if zp, ok := p.(*zapx.Posting); ok { // direct calls, inlined
		a := andPost{num: zp.Number(), freq: zp.Frequency()}
		if bits := zp.NormUint64(); bits < uint64(len(norms)) {
			a.norm = norms[bits]
		} else {
			a.norm = zp.Norm()
		}
		return a
	}
	return andPost{p.Number(), p.Frequency(), p.Norm()}
}

// tfOf is the term frequency factor of Bleve's tf-idf score.
func tfOf(freq uint64) float64 {
	if freq < scorer.MaxSqrtCache {
		return scorer.SqrtCache[int(freq)]
	}
	return math.Sqrt(float64(freq))
}

// andTop collects the top n hits of searcher, Bleve's conjunction searcher
// of q, a conjunction of two one-term words, on snap, as termTop does for
// one word (see there for ok, record and errSpent).
func andTop(ctx context.Context, snap *scorch.IndexSnapshot, m mapping.IndexMapping, q bq.Query, searcher search.Searcher, n int, record bool) (hits search.DocumentMatchCollection, total uint64, nums []uint64, ok bool, err error) {
	cs, conj := searcher.(*bsearcher.ConjunctionSearcher)
	cq, and := q.(*bq.ConjunctionQuery)
	if !termTopOn || !conj || !and || len(cq.Conjuncts) != 2 || n <= 0 {
		return nil, 0, nil, false, nil
	}
	// Two terms: Bleve sums the two scores and the squares of the two
	// weights in an order of its own, which for two is the same sum.
	var (
		terms  [2]string
		fields [2]string
		boosts [2]float64
	)
	for i, c := range cq.Conjuncts {
		wq, word := c.(*query.WordQuery)
		if !word {
			return nil, 0, nil, false, nil
		}
		var single bool
		if terms[i], fields[i], boosts[i], single = wq.Term(m); !single {
			return nil, 0, nil, false, nil
		}
	}
	type part struct {
		its  [2]segment.PostingsIterator
		both *roaring.Bitmap // the live documents with both terms
		base uint64
	}
	var (
		parts []part
		df    [2]uint64
		base  uint64
	)
	for _, ss := range snap.Segments() {
		seg := ss.Segment()
		var pt part
		var pls [2]segment.PostingsList
		for i := range terms {
			dict, err := seg.Dictionary(fields[i])
			if err != nil {
				return nil, 0, nil, false, err
			}
			pl, err := dict.PostingsList([]byte(terms[i]), ss.Deleted(), nil)
			if err != nil {
				return nil, 0, nil, false, err
			}
			pls[i] = pl
			c := pl.Count()
			df[i] += c
			if c > 0 && (i == 0 || pt.its[0] != nil) {
				pt.its[i] = pl.Iterator(true, true, false, nil)
			}
		}
		if pt.its[0] != nil && pt.its[1] != nil {
			pt.base = base
			// zap keeps each term's documents as a bitmap: intersect them
			// first, and read frequencies and norms of those documents
			// only. Another segment format is left to Bleve.
			o0, ok0 := pls[0].(orInto)
			o1, ok1 := pls[1].(orInto)
			if !ok0 || !ok1 {
				return nil, 0, nil, false, nil
			}
			a, b := roaring.New(), roaring.New()
			o0.OrInto(a)
			o1.OrInto(b)
			a.And(b)
			if d := ss.Deleted(); d != nil {
				a.AndNot(d)
			}
			pt.both = a
			parts = append(parts, pt)
		}
		base += seg.Count()
	}
	docTotal, err := snap.DocCount()
	if err != nil {
		return nil, 0, nil, false, err
	}
	var idf, weight [2]float64
	var squares float64
	for i := range terms {
		idf[i] = 1.0 + math.Log(float64(docTotal)/float64(df[i]+1.0))
		w := boosts[i] * idf[i]
		squares += w * w
	}
	if squares != cs.Weight() {
		return nil, 0, nil, false, nil
	}
	queryNorm := 1.0 / math.Sqrt(squares)
	for i := range terms {
		weight[i] = boosts[i] * idf[i] * queryNorm
	}
	score := func(i int, p andPost) float64 {
		s := tfOf(p.freq) * p.norm * idf[i]
		if weight[i] != 1.0 {
			s *= weight[i]
		}
		return s
	}
	top := termHeap(make([]termHit, 0, n))
	var first termHit
	for _, pt := range parts {
		it := pt.both.Iterator()
		for it.HasNext() {
			num := uint64(it.Next())
			var got [2]andPost
			for i := range got {
				p, err := pt.its[i].Advance(num)
				if err != nil {
					return nil, 0, nil, false, err
				}
				if p == nil || p.Number() != num {
					return nil, 0, nil, false, errNotBoth
				}
				got[i] = read(p)
			}
			total++
			h := termHit{score(0, got[0]) + score(1, got[1]), total, num + pt.base}
			if record {
				nums = append(nums, h.num)
			}
			if total == 1 {
				first = h
			}
			top.add(h, n)
			if total%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, 0, nil, false, err
				}
			}
		}
	}
	if err := checkFirst(cs, cs.DocumentMatchPoolSize(), total, first); err != nil {
		return nil, 0, nil, false, err
	}
	return top.matches(), total, nums, true, nil
}
