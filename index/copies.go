package index

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
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
// tables (facets.go). A group's first article is found by its id.

// Counted says what facet, timeline and value counts count.
const (
	CountStories  = "stories"
	CountArticles = "articles"
)

// copyCache holds the copies of the segments seen so far: for each
// segment, its local document numbers that are copies and their groups.
// Its zero value is ready to use.
type copyCache struct {
	mu   sync.Mutex
	segs map[uint64]map[uint32]string // segment id -> local doc -> group
}

// segment returns the copies of ss, reading them if needed. The caller
// holds c.mu.
func (c *copyCache) segment(ss *scorch.SegmentSnapshot) (map[uint32]string, error) {
	if m, ok := c.segs[ss.Id()]; ok {
		return m, nil
	}
	dict, err := ss.Segment().Dictionary(FieldGroup)
	if err != nil {
		return nil, fmt.Errorf("read near-duplicate groups: %w", err)
	}
	m := map[uint32]string{}
	it := dict.AutomatonIterator(nil, nil, nil)
	for {
		de, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("read near-duplicate groups: %w", err)
		}
		if de == nil {
			break
		}
		docs, err := postings(dict, de.Term)
		if err != nil {
			return nil, fmt.Errorf("read near-duplicate group %s: %w", de.Term, err)
		}
		g := de.Term
		docs.Iterate(func(d uint32) bool {
			m[d] = g
			return true
		})
	}
	if c.segs == nil {
		c.segs = map[uint64]map[uint32]string{}
	}
	c.segs[ss.Id()] = m
	return m, nil
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
	k := 0
	for _, ss := range snap.Segments() {
		live[ss.Id()] = true
		end := base + ss.Segment().Count()
		if k >= len(nums) || nums[k] >= end {
			base = end
			continue
		}
		m, err := c.segment(ss)
		if err != nil {
			return nil, err
		}
		for ; k < len(nums) && nums[k] < end; k++ {
			if g, ok := m[uint32(nums[k]-base)]; ok {
				out = append(out, groupedCopy{nums[k], g})
			}
		}
		base = end
	}
	for id := range c.segs {
		if !live[id] {
			delete(c.segs, id)
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
	drop := map[uint64]bool{}
	kept := map[string]bool{} // groups already counted once
	for _, c := range copies {
		if kept[c.group] {
			drop[c.num] = true
			continue
		}
		kept[c.group] = true
		first, err := docNum(snap, c.group)
		if err != nil {
			return nil, 0, err
		}
		if first >= 0 && uint64(first) != c.num {
			if _, in := slices.BinarySearch(nums, uint64(first)); in {
				drop[c.num] = true // the first article counts for its group
			}
		}
	}
	out := make([]uint64, 0, len(nums)-len(drop))
	for _, n := range nums {
		if !drop[n] {
			out = append(out, n)
		}
	}
	return out, len(drop), nil
}

// docNum returns the global document number of the document with id in
// snap, -1 when there is none.
func docNum(snap *scorch.IndexSnapshot, id string) (int64, error) {
	iid, err := snap.InternalID(id)
	if err != nil {
		return 0, fmt.Errorf("look up %s: %w", id, err)
	}
	if len(iid) != 8 {
		return -1, nil
	}
	return int64(binary.BigEndian.Uint64(iid)), nil
}
