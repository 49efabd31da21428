package index

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Counting stories.
//
// The near-duplicate copies of one story (dedup.go) are separate
// documents: a story stored 21 times would count 21 in every facet,
// timeline and value list. Counts are of stories by default: of the
// matching documents of one group, only one is counted, the group's first
// article when it matches (its id names the group), else the copy with the
// lowest document number. Request.AllVersions counts every copy.
//
// Only copies have a FieldGroup term. Each index segment's copies, and the
// group each belongs to, are read once from the segment's FieldGroup
// postings and kept for as long as the segment lives, like the facet
// tables (facets.go). A group's first article is found by its id, and its
// place kept while its segment lives. Values (values.go) and Copies take
// from whole-archive counts the copies a match-all search leaves out;
// EachDate (timeline.go) drops them from its matches as Search does.

// CountStories and CountArticles say what facet, timeline, value and stats
// counts count (Result.FacetsCount).
const (
	CountStories  = "stories"
	CountArticles = "articles"
)

// copyCache holds the copies of the segments seen so far: for each
// segment, its local document numbers that are copies and their groups.
// Its zero value is ready to use.
type copyCache struct {
	mu   sync.Mutex
	segs map[uint64]*segCopies // by segment id
	// touched counts the searches that read a segment's groups from doc
	// values, before its table was built.
	touched map[uint64]int
	// firsts are where the first articles of groups were found: looking
	// one up by id (IndexSnapshot.InternalID) visits the id dictionary of
	// every segment, and took 16% of a match-all facet search of Reuters
	// 000-017 (488 copies) before they were kept. A place is used while
	// its segment lives and the document is not deleted in it; groups
	// whose first article was not found are kept only for the set of
	// segments they were looked up in (noneIn).
	firsts map[string]docPlace
	none   map[string]bool
	noneIn string
}

// segCopies are the copies of one segment: their local document numbers,
// ascending, and their groups. A search walks its hits and these side by
// side (a map lookup per hit took 7% of a 1,500-hit facet search).
type segCopies struct {
	docs   []uint32
	groups []string
}

// docPlace is a document's place: its segment and local number.
type docPlace struct {
	seg   uint64
	local uint32
}

// segment returns the copies of ss, reading them if needed. The caller
// holds c.mu.
func (c *copyCache) segment(ss *scorch.SegmentSnapshot) (*segCopies, error) {
	if sc, ok := c.segs[ss.Id()]; ok {
		return sc, nil
	}
	dict, err := ss.Segment().Dictionary(FieldGroup)
	if err != nil {
		return nil, fmt.Errorf("read near-duplicate groups: %w", err)
	}
	type docGroup struct {
		doc   uint32
		group string
	}
	var all []docGroup
	var pl segment.PostingsList
	var pi segment.PostingsIterator
	it := dict.AutomatonIterator(nil, nil, nil)
	for {
		de, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("read near-duplicate groups: %w", err)
		}
		if de == nil {
			break
		}
		// Most groups have one copy in a segment: walk the postings
		// with one reused list and iterator rather than a bitmap per
		// group (which was most of a new process's cost).
		if pl, err = dict.PostingsList([]byte(de.Term), nil, pl); err != nil {
			return nil, fmt.Errorf("read near-duplicate group %s: %w", de.Term, err)
		}
		pi = pl.Iterator(false, false, false, pi)
		for {
			p, err := pi.Next()
			if err != nil {
				return nil, fmt.Errorf("read near-duplicate group %s: %w", de.Term, err)
			}
			if p == nil {
				break
			}
			all = append(all, docGroup{uint32(p.Number()), de.Term})
		}
	}
	slices.SortFunc(all, func(a, b docGroup) int { return cmp.Compare(a.doc, b.doc) })
	sc := &segCopies{docs: make([]uint32, len(all)), groups: make([]string, len(all))}
	for i, dg := range all {
		sc.docs[i], sc.groups[i] = dg.doc, dg.group
	}
	if c.segs == nil {
		c.segs = map[uint64]*segCopies{}
	}
	c.segs[ss.Id()] = sc
	return sc, nil
}

// groupedCopy is a copy among some documents: its global document number
// and its group.
type groupedCopy struct {
	num   uint64
	group string
}

// copiesOf returns the copies among nums (global document numbers of snap,
// ascending), in order.
func (c *copyCache) copiesOf(snap *scorch.IndexSnapshot, nums []uint64) ([]groupedCopy, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []groupedCopy
	live := map[uint64]bool{}
	var base uint64
	var dvr bindex.DocValueReader
	if c.touched == nil {
		c.touched = map[uint64]int{}
	}
	k := 0
	for _, ss := range snap.Segments() {
		live[ss.Id()] = true
		end := base + ss.Segment().Count()
		if k >= len(nums) || nums[k] >= end {
			base = end
			continue
		}
		// A segment's table is built the second time a search touches
		// it, as the facet tables are (facets.go): a one-shot search
		// reads the groups of its hits' doc values instead.
		sc := c.segs[ss.Id()]
		if sc == nil && c.touched[ss.Id()] == 0 {
			c.touched[ss.Id()]++
			if dvr == nil {
				var err error
				if dvr, err = snap.DocValueReader([]string{FieldGroup}); err != nil {
					return nil, fmt.Errorf("read near-duplicate groups: %w", err)
				}
			}
			id := make([]byte, 8)
			for ; k < len(nums) && nums[k] < end; k++ {
				binary.BigEndian.PutUint64(id, nums[k])
				var g string
				if err := dvr.VisitDocValues(id, func(_ string, term []byte) { g = string(term) }); err != nil {
					return nil, fmt.Errorf("read near-duplicate groups: %w", err)
				}
				if g != "" {
					out = append(out, groupedCopy{nums[k], g})
				}
			}
			base = end
			continue
		}
		if sc == nil {
			var err error
			if sc, err = c.segment(ss); err != nil {
				return nil, err
			}
		}
		j := 0
		for ; k < len(nums) && nums[k] < end; k++ {
			if j >= len(sc.docs) {
				continue // no copies left in the segment: skip its other hits
			}
			d := uint32(nums[k] - base)
			for j < len(sc.docs) && sc.docs[j] < d {
				j++
			}
			if j < len(sc.docs) && sc.docs[j] == d {
				out = append(out, groupedCopy{nums[k], sc.groups[j]})
			}
		}
		base = end
	}
	for id := range c.segs {
		if !live[id] {
			delete(c.segs, id)
		}
	}
	for g, p := range c.firsts {
		if !live[p.seg] {
			delete(c.firsts, g)
		}
	}
	for id := range c.touched {
		if !live[id] {
			delete(c.touched, id)
		}
	}
	return out, nil
}

// dropCopies returns nums (global document numbers of snap, ascending)
// with one document per near-duplicate group: a copy is left out when its
// group's first article is among nums, or another copy of its group with
// a lower number is. It returns how many were left out. nums is not
// changed.
func (ix *Index) dropCopies(snap *scorch.IndexSnapshot, nums []uint64) ([]uint64, int, error) {
	copies, err := ix.copies.copiesOf(snap, nums)
	if err != nil || len(copies) == 0 {
		return nums, 0, err
	}
	drop, err := ix.chooseDrops(snap, copies, func(n uint64) bool {
		_, in := slices.BinarySearch(nums, n)
		return in
	})
	if err != nil {
		return nil, 0, err
	}
	out := nums[:0] // in place: each is written at or before where it was read
	for _, n := range nums {
		if !drop[n] {
			out = append(out, n)
		}
	}
	return out, len(drop), nil
}

// chooseDrops returns the copies, among copies (in ascending order), that
// story counts leave out of a set of documents holding them: those whose
// group's first article is in the set (in), and all but the first of the
// others of one group.
func (ix *Index) chooseDrops(snap *scorch.IndexSnapshot, copies []groupedCopy, in func(uint64) bool) (map[uint64]bool, error) {
	firsts, err := ix.copies.firstsOf(snap, copies)
	if err != nil {
		return nil, err
	}
	drop := map[uint64]bool{}
	kept := map[string]bool{} // groups already counted once
	for _, c := range copies {
		if kept[c.group] {
			drop[c.num] = true
			continue
		}
		kept[c.group] = true
		if first, ok := firsts[c.group]; ok && first != c.num && in(first) {
			drop[c.num] = true // the first article counts for its group
		}
	}
	return drop, nil
}

// firstsOf returns the global document numbers in snap of the first
// articles of the groups of copies, leaving out the groups whose first
// article is not in snap.
func (c *copyCache) firstsOf(snap *scorch.IndexSnapshot, copies []groupedCopy) (map[string]uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	type segAt struct {
		base uint64
		ss   *scorch.SegmentSnapshot
	}
	segs := snap.Segments()
	at := make(map[uint64]segAt, len(segs))
	var base uint64
	var ids strings.Builder
	for _, ss := range segs {
		at[ss.Id()] = segAt{base, ss}
		base += ss.Segment().Count()
		fmt.Fprintf(&ids, "%d,", ss.Id())
	}
	if c.noneIn != ids.String() {
		c.none, c.noneIn = map[string]bool{}, ids.String()
	}
	if c.firsts == nil {
		c.firsts = map[string]docPlace{}
	}
	out := map[string]uint64{}
	dicts := make([]segment.TermDictionary, len(segs)) // read when needed
	for _, cp := range copies {
		g := cp.group
		if _, done := out[g]; done || c.none[g] {
			continue
		}
		if p, ok := c.firsts[g]; ok {
			if s, live := at[p.seg]; live {
				if d := s.ss.Deleted(); d == nil || !d.Contains(p.local) {
					out[g] = s.base + uint64(p.local)
					continue
				}
			}
			delete(c.firsts, g)
		}
		p, found, err := lookupID(segs, dicts, g)
		if err != nil {
			return nil, err
		}
		if !found {
			c.none[g] = true
			continue
		}
		c.firsts[g] = p // for the searches to come
		out[g] = at[p.seg].base + uint64(p.local)
	}
	return out, nil
}

// lookupID returns the place of the live document with id among segs,
// reading each segment's id dictionary once per call (dicts holds them):
// IndexSnapshot.InternalID makes a term reader over every segment per id.
func lookupID(segs []*scorch.SegmentSnapshot, dicts []segment.TermDictionary, id string) (docPlace, bool, error) {
	for i, ss := range segs {
		if dicts[i] == nil {
			d, err := ss.Segment().Dictionary("_id")
			if err != nil {
				return docPlace{}, false, fmt.Errorf("look up %s: %w", id, err)
			}
			dicts[i] = d
		}
		pl, err := dicts[i].PostingsList([]byte(id), ss.Deleted(), nil)
		if err != nil {
			return docPlace{}, false, fmt.Errorf("look up %s: %w", id, err)
		}
		if pl == nil {
			continue
		}
		p, err := pl.Iterator(false, false, false, nil).Next()
		if err != nil {
			return docPlace{}, false, fmt.Errorf("look up %s: %w", id, err)
		}
		if p != nil {
			return docPlace{ss.Id(), uint32(p.Number())}, true, nil
		}
	}
	return docPlace{}, false, nil
}

// archiveCopies returns the global document numbers of the copies that
// story counts leave out of the whole index, ascending: what a search
// matching every article leaves out.
func (ix *Index) archiveCopies(snap *scorch.IndexSnapshot) ([]uint64, error) {
	ix.copies.mu.Lock()
	var copies []groupedCopy
	var base uint64
	for _, ss := range snap.Segments() {
		sc, err := ix.copies.segment(ss)
		if err != nil {
			ix.copies.mu.Unlock()
			return nil, err
		}
		deleted := ss.Deleted()
		for i, d := range sc.docs {
			if deleted == nil || !deleted.Contains(d) {
				copies = append(copies, groupedCopy{base + uint64(d), sc.groups[i]})
			}
		}
		base += ss.Segment().Count()
	}
	ix.copies.mu.Unlock()
	slices.SortFunc(copies, func(a, b groupedCopy) int { return cmp.Compare(a.num, b.num) })
	drop, err := ix.chooseDrops(snap, copies, func(uint64) bool { return true })
	if err != nil {
		return nil, err
	}
	out := make([]uint64, 0, len(drop))
	for n := range drop {
		out = append(out, n)
	}
	slices.Sort(out)
	return out, nil
}

// Copies returns the ids of the articles that story counts leave out of
// the whole archive: each near-duplicate copy of a story but one (the
// group's first article when it is stored). `indexer stats` counts the
// others.
func (ix *Index) Copies() (map[string]bool, error) {
	reader, err := ix.snapshot()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	snap, ok := reader.(*scorch.IndexSnapshot)
	if !ok {
		return map[string]bool{}, nil
	}
	nums, err := ix.archiveCopies(snap)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(nums))
	id := make([]byte, 8)
	for _, n := range nums {
		binary.BigEndian.PutUint64(id, n)
		ext, err := snap.ExternalID(id)
		if err != nil {
			return nil, fmt.Errorf("read the id of a copy: %w", err)
		}
		out[ext] = true
	}
	return out, nil
}
