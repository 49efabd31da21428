package index

import (
	"context"
	"fmt"
	"sync"
	"time"

	"chancery/archive"
	"chancery/dedup"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Near-duplicate groups.
//
// Every index document carries the LSH bands of its body's MinHash
// signature (FieldDup) and the id of its near-duplicate group (FieldGroup):
// the id of the group's earliest article (by date, then id). The earliest
// article itself, which is every article without a near-duplicate, has no
// FieldGroup: readers take a missing group for the article's own id. So
// the group doc values that a search reads for its top hits hold only the
// copies, and a hit's chunk of them is small (documents written before
// this rule carry their own id, which reads the same). groupDocs assigns groups as documents are
// written (Put, Rebuild): an article joins the group of its closest
// near-duplicate (package dedup); when it is older than that group's first
// article, it becomes the first and the group's other documents are
// written again with its id. Searches fold each group into its best
// ranked article (collapse).

// doc is an index document about to be written.
type doc struct {
	id    string
	art   *archive.Article
	bands []string // near-duplicate bands (dedup.Signature.Bands), if any
	group string
}

// fields returns the index fields of d.
func (d doc) fields() []field { return fields(d.art, d.bands, d.group) }

// candidate is an article a new one may duplicate.
type candidate struct {
	id    string
	date  time.Time
	group string
	set   dedup.Set
}

// groupDocs returns the index documents of arts, in order, with their
// near-duplicate fields, followed by documents of articles already in bi
// whose group changes. It reads earlier articles from the store.
//
// Candidates are found among the documents bi can search and, with
// writing set, among the articles of the batches Put is writing side by
// side (an ingest keeps more than one in flight), which bi cannot search
// yet: without them, copies of one story read into two batches stayed
// apart, and how many did depended on the timing of the batches. The
// grouping itself runs one batch at a time; the writing of the batches
// does not wait. Call release once the documents are searchable (or will
// not be written).
func (ix *Index) groupDocs(bi bleve.Index, arts []*archive.Article, writing *inflight) (docs []doc, release func(), err error) {
	release = func() {}
	defer func() {
		if err != nil {
			release()
		}
	}()
	ctx := context.Background()
	type prepared struct {
		a     *archive.Article
		set   dedup.Set
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
	if writing != nil {
		writing.mu.Lock()
		defer writing.mu.Unlock()
	}
	// Candidates already indexed, by band.
	byBand, err := indexedCandidates(ctx, bi, allBands, in)
	if err != nil {
		return nil, release, err
	}
	if writing != nil {
		writing.add(byBand, allBands, in)
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
		d := doc{id: a.ID, art: a, bands: p.bands}
		group[i] = a.ID
		if p.bands != nil {
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
		out[i] = d
	}
	for i := range out {
		out[i].group = resolve(group[i])
	}
	// Indexed members of groups that moved.
	for _, g := range regroup {
		ng := resolve(g)
		members, err := groupMembers(ctx, bi, g)
		if err != nil {
			return nil, release, err
		}
		members = append(members, g) // the first article, which has no group field
		for _, id := range members {
			if in[id] {
				continue
			}
			b, err := ix.Store.Get(id)
			if err != nil {
				continue // not in the store any more; verify reports it
			}
			d := doc{id: b.ID, art: b, group: ng}
			if sig, ok := dedup.Sign(dedup.Shingles(b.Body)); ok {
				d.bands = sig.Bands()
			}
			out = append(out, d)
			in[b.ID] = true
		}
	}
	if writing != nil {
		var wait []chan struct{}
		release, wait = writing.register(out, batch)
		// A batch being written that holds an article this one writes
		// again (a group's member regrouped) is applied first, so that the
		// later group stays.
		writing.mu.Unlock()
		for _, c := range wait {
			<-c
		}
		writing.mu.Lock()
	}
	return out, release, nil
}

// inflight holds the articles of the index batches being written, which
// their index cannot search yet, as near-duplicate candidates (groupDocs).
type inflight struct {
	mu      sync.Mutex
	batches []*inflightBatch
}

type inflightBatch struct {
	byBand map[string][]*candidate // its articles with a signature, by band
	ids    map[string]bool         // every document it writes
	done   chan struct{}           // closed when it is searchable
}

// add adds to byBand the candidates of the batches being written that
// share one of bands, and drops indexed candidates that one of them writes
// again (its version is the newer); ids in skip are left out. Call with
// f.mu held.
func (f *inflight) add(byBand map[string][]*candidate, bands []string, skip map[string]bool) {
	if len(f.batches) == 0 {
		return
	}
	rewritten := func(id string) bool {
		for _, b := range f.batches {
			if b.ids[id] {
				return true
			}
		}
		return false
	}
	for band, cs := range byBand {
		kept := cs[:0]
		for _, c := range cs {
			if !rewritten(c.id) {
				kept = append(kept, c)
			}
		}
		byBand[band] = kept
	}
	done := map[string]bool{}
	for _, band := range bands {
		if done[band] {
			continue
		}
		done[band] = true
		for _, b := range f.batches {
			for _, c := range b.byBand[band] {
				if !skip[c.id] {
					byBand[band] = append(byBand[band], c)
				}
			}
		}
	}
}

// register records the documents of a batch about to be written, with
// its articles as candidates (cands: by id, as groupDocs made them) under
// their final groups, and returns the func that says it is searchable and the
// batches being written that it must wait for: those writing one of its
// documents too. Call with f.mu held.
func (f *inflight) register(docs []doc, cands map[string]*candidate) (func(), []chan struct{}) {
	me := &inflightBatch{byBand: map[string][]*candidate{}, ids: make(map[string]bool, len(docs)), done: make(chan struct{})}
	for _, d := range docs {
		me.ids[d.id] = true
		if d.bands == nil {
			continue
		}
		group := d.group
		if group == "" {
			group = d.id
		}
		// An article regrouped has no candidate here: groupDocs reads its
		// text and date from the store when it needs them.
		mine := &candidate{id: d.id, group: group}
		if c := cands[d.id]; c != nil {
			mine.date, mine.set = c.date, c.set
		}
		for _, band := range d.bands {
			me.byBand[band] = append(me.byBand[band], mine)
		}
	}
	var wait []chan struct{}
	for _, b := range f.batches {
		for id := range me.ids {
			if b.ids[id] {
				wait = append(wait, b.done)
				break
			}
		}
	}
	f.batches = append(f.batches, me)
	var once sync.Once
	return func() {
		once.Do(func() {
			f.mu.Lock()
			for i, b := range f.batches {
				if b == me {
					f.batches = append(f.batches[:i], f.batches[i+1:]...)
					break
				}
			}
			f.mu.Unlock()
			close(me.done)
		})
	}, wait
}

// indexedCandidates returns the documents of bi that share one of bands,
// by band, with their groups; documents whose ids are in skip (being
// replaced) are left out. It reads the postings of each band and the
// group doc values of each document found, without a search: a batch
// looks up ten bands per article.
func indexedCandidates(ctx context.Context, bi bleve.Index, bands []string, skip map[string]bool) (map[string][]*candidate, error) {
	byBand := map[string][]*candidate{}
	if len(bands) == 0 {
		return byBand, nil
	}
	reader, err := indexReader(bi)
	if err != nil {
		return nil, fmt.Errorf("find near-duplicates: %w", err)
	}
	defer reader.Close()
	dvr, err := reader.DocValueReader([]string{FieldGroup})
	if err != nil {
		return nil, fmt.Errorf("find near-duplicates: %w", err)
	}
	// Most bands are in no other article: a lookup in each segment's
	// dictionary rules them out without setting up a postings reader.
	var dict bindex.FieldDictContains
	if rc, ok := reader.(bindex.IndexReaderContains); ok {
		if dict, err = rc.FieldDictContains(FieldDup); err != nil {
			return nil, fmt.Errorf("find near-duplicates: %w", err)
		}
	}
	known := map[string]*candidate{}
	done := map[string]bool{}
	var td bindex.TermFieldDoc
	for _, b := range bands {
		if done[b] {
			continue // two articles of the batch share it
		}
		done[b] = true
		if dict != nil {
			if found, err := dict.Contains([]byte(b)); err != nil {
				return nil, fmt.Errorf("find near-duplicates: band %s: %w", b, err)
			} else if !found {
				continue
			}
		}
		tfr, err := reader.TermFieldReader(ctx, []byte(b), FieldDup, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("find near-duplicates: band %s: %w", b, err)
		}
		for {
			d, err := tfr.Next(td.Reset())
			if err == nil && d == nil {
				break
			}
			var id string
			if err == nil {
				id, err = reader.ExternalID(d.ID)
			}
			if err != nil {
				tfr.Close()
				return nil, fmt.Errorf("find near-duplicates: band %s: %w", b, err)
			}
			if skip[id] {
				continue // being replaced: judged with the batch
			}
			c := known[id]
			if c == nil {
				c = &candidate{id: id, group: id}
				if err := dvr.VisitDocValues(d.ID, func(_ string, term []byte) {
					if len(term) > 0 {
						c.group = string(term)
					}
				}); err != nil {
					tfr.Close()
					return nil, fmt.Errorf("find near-duplicates: group of %s: %w", id, err)
				}
				known[id] = c
			}
			byBand[b] = append(byBand[b], c)
		}
		if err := tfr.Close(); err != nil {
			return nil, fmt.Errorf("find near-duplicates: band %s: %w", b, err)
		}
	}
	return byBand, nil
}

// groupMembers returns the ids of the documents of bi whose group field is
// g: the copies of group g's first article (and the article g itself in
// an index written before first articles went without the field).
func groupMembers(ctx context.Context, bi bleve.Index, g string) ([]string, error) {
	reader, err := indexReader(bi)
	if err != nil {
		return nil, fmt.Errorf("find near-duplicate group %s: %w", g, err)
	}
	defer reader.Close()
	tfr, err := reader.TermFieldReader(ctx, []byte(g), FieldGroup, false, false, false)
	if err != nil {
		return nil, fmt.Errorf("find near-duplicate group %s: %w", g, err)
	}
	defer tfr.Close()
	var ids []string
	for {
		d, err := tfr.Next(nil)
		if err != nil {
			return nil, fmt.Errorf("find near-duplicate group %s: %w", g, err)
		}
		if d == nil {
			return ids, nil
		}
		id, err := reader.ExternalID(d.ID)
		if err != nil {
			return nil, fmt.Errorf("find near-duplicate group %s: %w", g, err)
		}
		ids = append(ids, id)
	}
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
