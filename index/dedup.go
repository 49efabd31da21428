package index

import (
	"context"
	"fmt"
	"time"

	"chancery/archive"
	"chancery/dedup"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// Near-duplicate groups.
//
// Every index document carries the LSH bands of its body's MinHash
// signature (FieldDup) and the id of its near-duplicate group (FieldGroup):
// the id of the group's earliest article (by date, then id), its own id
// when it has no near-duplicate. groupDocs assigns groups as documents are
// written (Put, Rebuild): an article joins the group of its closest
// near-duplicate (package dedup); when it is older than that group's first
// article, it becomes the first and the group's other documents are
// written again with its id. Searches fold each group into its best
// ranked article (collapse).

// doc is an index document about to be written.
type doc struct {
	id  string
	doc map[string]interface{}
}

// candidate is an article a new one may duplicate.
type candidate struct {
	id    string
	date  time.Time
	group string
	set   map[uint64]struct{}
}

// groupDocs returns the index documents of arts, in order, with their
// near-duplicate fields, followed by documents of articles already in bi
// whose group changes. It reads earlier articles from the store.
func (ix *Index) groupDocs(bi bleve.Index, arts []*archive.Article) ([]doc, error) {
	ctx := context.Background()
	type prepared struct {
		a     *archive.Article
		set   map[uint64]struct{}
		bands []string
	}
	in := make(map[string]bool, len(arts))
	prep := make([]prepared, len(arts))
	var allBands []string
	for i, a := range arts {
		in[a.ID] = true
		p := prepared{a: a, set: dedup.Shingles(a.Body)}
		if sig, ok := dedup.Sign(p.set); ok {
			p.bands = sig.Bands()
			allBands = append(allBands, p.bands...)
		}
		prep[i] = p
	}
	// Candidates already indexed, by band.
	byBand := map[string][]*candidate{}
	known := map[string]*candidate{} // by id, fetched lazily
	const chunk = 500
	for start := 0; start < len(allBands); start += chunk {
		bands := allBands[start:min(start+chunk, len(allBands))]
		qs := make([]bq.Query, len(bands))
		for i, b := range bands {
			tq := bq.NewTermQuery(b)
			tq.SetField(FieldDup)
			qs[i] = tq
		}
		sr := bleve.NewSearchRequestOptions(bq.NewDisjunctionQuery(qs), 10000, 0, false)
		sr.Fields = []string{FieldDup, FieldGroup}
		sr.SortByCustom(search.SortOrder{&search.SortDocID{}})
		res, err := bi.SearchInContext(ctx, sr)
		if err != nil {
			return nil, fmt.Errorf("find near-duplicates: %w", err)
		}
		for _, h := range res.Hits {
			if in[h.ID] {
				continue // being replaced: judged with the batch
			}
			c := known[h.ID]
			if c == nil {
				c = &candidate{id: h.ID, group: h.ID}
				if g, ok := h.Fields[FieldGroup].(string); ok && g != "" {
					c.group = g
				}
				known[h.ID] = c
				for _, b := range storedStrings(h.Fields[FieldDup]) {
					byBand[b] = append(byBand[b], c)
				}
			}
		}
	}
	// moved[g] is the group that group g became when an older article
	// joined it.
	moved := map[string]string{}
	resolve := func(g string) string {
		for moved[g] != "" {
			g = moved[g]
		}
		return g
	}
	roots := map[string]*candidate{} // group id -> its first article
	root := func(g string, fallback *candidate) *candidate {
		if r := roots[g]; r != nil {
			return r
		}
		r := &candidate{id: g, group: g}
		if a, err := ix.Store.Get(g); err == nil {
			r.date = a.Date
		} else {
			r.date = fallback.date // the first article is gone: keep the label
		}
		roots[g] = r
		return r
	}
	out := make([]doc, len(arts))
	group := make([]string, len(arts))
	batch := map[string]*candidate{}
	var regroup []string // old groups whose indexed members must move
	for i, p := range prep {
		a := p.a
		d := document(a)
		group[i] = a.ID
		if p.bands != nil {
			d[FieldDup] = p.bands
			var best *candidate
			bestJ := 0.0
			seen := map[string]bool{}
			for _, b := range p.bands {
				for _, c := range byBand[b] {
					if seen[c.id] {
						continue
					}
					seen[c.id] = true
					if c.set == nil && !ix.loadCandidate(c) {
						continue
					}
					if !closeDates(a.Date, c.date) {
						continue
					}
					if j := dedup.Jaccard(p.set, c.set); j >= dedup.Threshold && (j > bestJ || j == bestJ && c.id < best.id) {
						best, bestJ = c, j
					}
				}
			}
			me := &candidate{id: a.ID, date: a.Date, group: a.ID, set: p.set}
			if best != nil {
				g := resolve(best.group)
				r := root(g, best)
				if before(a.ID, a.Date, r.id, r.date) {
					moved[g] = a.ID
					regroup = append(regroup, g)
					roots[a.ID] = me
				} else {
					me.group = g
				}
			} else {
				roots[a.ID] = me
			}
			group[i] = me.group
			batch[a.ID] = me
			for _, b := range p.bands {
				byBand[b] = append(byBand[b], me)
			}
		}
		out[i] = doc{id: a.ID, doc: d}
	}
	for i := range out {
		out[i].doc[FieldGroup] = resolve(group[i])
	}
	// Indexed members of groups that moved.
	for _, g := range regroup {
		ng := resolve(g)
		tq := bq.NewTermQuery(g)
		tq.SetField(FieldGroup)
		sr := bleve.NewSearchRequestOptions(tq, 10000, 0, false)
		res, err := bi.SearchInContext(ctx, sr)
		if err != nil {
			return nil, fmt.Errorf("find near-duplicate group %s: %w", g, err)
		}
		for _, h := range res.Hits {
			if in[h.ID] {
				continue
			}
			b, err := ix.Store.Get(h.ID)
			if err != nil {
				continue // not in the store any more; verify reports it
			}
			d := document(b)
			if sig, ok := dedup.Sign(dedup.Shingles(b.Body)); ok {
				d[FieldDup] = sig.Bands()
			}
			d[FieldGroup] = ng
			out = append(out, doc{id: b.ID, doc: d})
			in[b.ID] = true
		}
	}
	return out, nil
}

// loadCandidate reads an indexed candidate's text and date from the
// store; false when the store no longer has it.
func (ix *Index) loadCandidate(c *candidate) bool {
	a, err := ix.Store.Get(c.id)
	if err != nil {
		return false
	}
	c.date = a.Date
	c.set = dedup.Shingles(a.Body)
	return c.set != nil
}

// closeDates reports whether two articles are close enough in time to be
// copies of one story; an undated article is close to any.
func closeDates(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return d <= dedup.MaxDays*24*time.Hour
}

// before orders articles by date, undated last, then by id.
func before(aID string, aDate time.Time, bID string, bDate time.Time) bool {
	switch {
	case aDate.Equal(bDate):
		return aID < bID
	case aDate.IsZero():
		return false
	case bDate.IsZero():
		return true
	}
	return aDate.Before(bDate)
}

// storedStrings reads a stored field that holds one string or several.
func storedStrings(v interface{}) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []interface{}:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
