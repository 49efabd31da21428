package index

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"path/filepath"
	"slices"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet counting.
//
// Bleve counts facets by visiting every hit's doc values with per-hit term
// strings and maps: about 2.5 us per hit, 34 ms for 13,000 hits.
// Chancery instead keeps, per index segment and facet field, a forward
// table from the segment's document numbers to small integer ordinals of
// the field's values, built once from the segment's postings bitmaps and
// cached for as long as the segment lives (segments are immutable; a merge
// makes new ones). A search records the document numbers of all its hits as
// the collector pulls them; counting is then one array increment per hit
// and value. The writer keeps the same tables in a file beside each
// segment (facetfile.go), which a process maps instead of building them;
// without one it builds them as above.
//
// Two ways cost less for searches with many hits, on segments with a
// facet file (countLocal): where most of a segment's documents are hits
// (three fifths), the counts of every document (kept once per field) less
// those of the documents that are not hits; and for a field of up to
// maxDense values,
// the hits as a bit set ANDed with a bit set per value (built once per
// field, docs/8 bytes per value), when that is fewer operations than the
// tables' references.

// facetCache holds the forward tables of the segments seen so far.
type facetCache struct {
	mu     sync.Mutex
	fields []string
	// terms[f] maps a field's ordinals to its values; ords[f] the reverse.
	terms [][]string
	ords  []map[string]uint32
	segs  map[uint64]*segFacets // by segment id
	// queried counts the searches that touched a segment without tables.
	queried map[uint64]int
	field   map[string]int // field name -> index in fields
	// folder holds the index's facet files (facetfile.go), "" for none;
	// files are those mapped, by segment id (nil: none that can be used).
	folder string
	files  map[uint64]*mappedFacets
	// counting is the number of counts running; dropped are files found
	// bad meanwhile, closed when it falls to 0 (facetCache.release).
	counting int
	dropped  []*mappedFacets
}

// segFacets is one segment's forward tables: for field f, the ordinals of
// local document d are vals[f][start[f][d]:start[f][d+1]].
type segFacets struct {
	start [][]uint32
	vals  [][]uint32
}

func newFacetCache(fields []string, folder string) *facetCache {
	c := &facetCache{fields: fields, segs: map[uint64]*segFacets{}, queried: map[uint64]int{}, field: map[string]int{}, folder: folder, files: map[uint64]*mappedFacets{}}
	for i, f := range fields {
		c.field[f] = i
	}
	c.terms = make([][]string, len(fields))
	c.ords = make([]map[string]uint32, len(fields))
	for i := range fields {
		c.ords[i] = map[string]uint32{}
	}
	return c
}

// build returns the forward tables of ss, building them if needed. The
// caller holds c.mu.
func (c *facetCache) build(ss *scorch.SegmentSnapshot) (*segFacets, error) {
	if sf, ok := c.segs[ss.Id()]; ok {
		return sf, nil
	}
	tables, err := segmentTables(ss.Segment(), c.fields)
	if err != nil {
		return nil, err
	}
	sf := &segFacets{start: make([][]uint32, len(c.fields)), vals: make([][]uint32, len(c.fields))}
	for fi, t := range tables {
		global := make([]uint32, len(t.values))
		for o, v := range t.values {
			global[o] = c.ordinal(fi, []byte(v))
		}
		for i, r := range t.refs {
			t.refs[i] = global[r]
		}
		sf.start[fi], sf.vals[fi] = t.start, t.refs
	}
	c.segs[ss.Id()] = sf
	return sf, nil
}

// file returns the mapped facet file of ss, nil when it has none that can
// be used. The caller holds c.mu.
func (c *facetCache) file(ss *scorch.SegmentSnapshot) *mappedFacets {
	if mf, ok := c.files[ss.Id()]; ok {
		return mf // nil: tried before
	}
	var mf *mappedFacets
	if name := facetFileName(ss.Segment()); name != "" && c.folder != "" {
		mf, _ = openFacetFile(filepath.Join(c.folder, name), ss.Segment(), c.fields) // unusable: counted another way
	}
	c.files[ss.Id()] = mf
	return mf
}

// drop forgets the facet file of segment id after finding it bad: the
// segment is counted another way from now on. The caller holds c.mu.
func (c *facetCache) drop(id uint64) {
	if mf := c.files[id]; mf != nil {
		c.dropped = append(c.dropped, mf) // closed when no count reads it
	}
	c.files[id] = nil
}

// close unmaps the facet files. The cache can be used again (it maps them
// again).
func (c *facetCache) close() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for id, mf := range c.files {
		errs = append(errs, mf.close())
		delete(c.files, id)
	}
	for _, mf := range c.dropped {
		mf.close()
	}
	c.dropped = nil
	return errors.Join(errs...)
}

// forget drops what is kept of segments no longer in the snapshot. The
// caller holds c.mu.
func (c *facetCache) forget(live map[uint64]bool) {
	for id := range c.segs {
		if !live[id] {
			delete(c.segs, id)
		}
	}
	for id := range c.queried {
		if !live[id] {
			delete(c.queried, id)
		}
	}
	for id, mf := range c.files {
		if !live[id] {
			mf.close()
			delete(c.files, id)
		}
	}
}

// postings returns the documents of term in dict as a bitmap.
func postings(dict segment.TermDictionary, term string) (*roaring.Bitmap, error) {
	pl, err := dict.PostingsList([]byte(term), nil, nil)
	if err != nil {
		return nil, err
	}
	it := pl.Iterator(false, false, false, nil)
	if opt, ok := it.(segment.OptimizablePostingsIterator); ok {
		if bm := opt.ActualBitmap(); bm != nil {
			return bm, nil
		}
	}
	bm := roaring.New()
	for {
		p, err := it.Next()
		if err != nil {
			return nil, err
		}
		if p == nil {
			return bm, nil
		}
		bm.Add(uint32(p.Number()))
	}
}

// count counts the facet values of the documents nums (global document
// numbers of snap, ascending) in the fields that size names, and returns
// the top size[field] values of each (all when 0), by count and then
// value.
//
// Concurrent searches share the cache. The per-hit work on segments with
// facet files, which only reads their mapped tables, runs without c.mu:
// the lock is taken to find each segment's file and check its sections,
// and again to add the counts by value and count the other segments. A
// file is not unmapped while any count is between the two (c.counting);
// files dropped or forgotten meanwhile are closed by the last one out.
func (c *facetCache) count(ctx context.Context, snap *scorch.IndexSnapshot, nums []uint64, size map[string]int) (map[string][]FacetValue, error) {
	segs := snap.Segments()
	want := make([]bool, len(c.fields))
	var wanted []string
	for fi, f := range c.fields {
		if _, want[fi] = size[f]; want[fi] {
			wanted = append(wanted, f)
		}
	}
	// The hits of each segment: nums[span.k:span.j], documents base to end.
	type span struct {
		ss         *scorch.SegmentSnapshot
		k, j       int
		base, end  uint64
		mf         *mappedFacets
		fs         []fileField
		complement bool
		err        error
	}
	live := make(map[uint64]bool, len(segs))
	var spans []span
	var base uint64
	k := 0
	for _, ss := range segs {
		live[ss.Id()] = true
		end := base + ss.Segment().Count()
		j := k
		for j < len(nums) && nums[j] < end {
			j++
		}
		if j > k {
			spans = append(spans, span{ss: ss, k: k, j: j, base: base, end: end})
		}
		k, base = j, end
	}

	// Under the lock: the facet file of each segment that has one.
	c.mu.Lock()
	c.counting++
	for i := range spans {
		sp := &spans[i]
		if c.segs[sp.ss.Id()] != nil {
			continue
		}
		if mf := c.file(sp.ss); mf != nil {
			fs, err := c.fileFields(mf, want)
			// Most of the segment's documents are hits (a common word):
			// count the others and subtract (countLocal). Listing the
			// others costs about a fifth of counting a document, so this
			// pays from three fifths of the documents.
			hits := uint64(sp.j - sp.k)
			complement := 5*hits > 3*(sp.end-sp.base) && sp.end-sp.base == mf.docs
			for i := range fs {
				f := &fs[i]
				// The bit sets and the counts of every document take a
				// pass over the whole segment, once per field and
				// process. A process that counts a field once (every
				// search command) would pay that pass for one count, so
				// they are built from a field's second count on (a
				// server's); until then the tables count the hits.
				f.m.counted++
				again := f.m.counted > 1
				if err == nil && (again || f.m.bits != nil) && f.m.denseCheaper(mf.docs, hits, complement) {
					err = f.m.setBits(mf.docs)
					f.dense = err == nil
				}
				if err == nil && complement && !f.dense && again {
					err = f.m.setAll(mf.docs)
				}
				f.bits, f.all = f.m.bits, f.m.all
			}
			if err != nil {
				c.drop(sp.ss.Id())
				continue
			}
			sp.mf, sp.fs, sp.complement = mf, fs, complement
		}
	}
	c.mu.Unlock()

	// Without it: the hits counted by the files' own ordinals.
	for i := range spans {
		sp := &spans[i]
		if sp.mf != nil {
			sp.err = countLocal(sp.mf, sp.fs, nums[sp.k:sp.j], sp.base, sp.end, sp.complement)
		}
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	defer c.release(live)
	counts := make([][]int, len(c.fields))
	add := func(fi int, o uint32, n int) {
		if int(o) >= len(counts[fi]) {
			counts[fi] = append(counts[fi], make([]int, len(c.terms[fi])-len(counts[fi]))...)
		}
		counts[fi][o] += n
	}
	var dvr bindex.DocValueReader
	for i := range spans {
		sp := &spans[i]
		if sp.mf != nil {
			if sp.err == nil {
				if sp.err = c.addGlobal(sp.fs, add); sp.err == nil {
					continue
				}
			}
			c.drop(sp.ss.Id())
		}
		// A segment counts from the tables the writer kept beside it
		// (facetfile.go). Without them, its tables are built the second
		// time a search touches it: a one-shot `search` process visits
		// its hits' doc values instead, which costs less than reading
		// every posting of the facet fields; a long-lived process soon has
		// every table.
		sf := c.segs[sp.ss.Id()]
		if sf == nil && c.queried[sp.ss.Id()] > 0 {
			var err error
			if sf, err = c.build(sp.ss); err != nil {
				return nil, err
			}
		}
		c.queried[sp.ss.Id()]++
		if sf != nil {
			for _, n := range nums[sp.k:sp.j] {
				d := n - sp.base
				for fi := range c.fields {
					if !want[fi] {
						continue
					}
					st := sf.start[fi]
					for _, o := range sf.vals[fi][st[d]:st[d+1]] {
						add(fi, o, 1)
					}
				}
			}
		} else {
			if dvr == nil {
				var err error
				if dvr, err = snap.DocValueReader(wanted); err != nil {
					return nil, fmt.Errorf("facets: %w", err)
				}
			}
			id := make([]byte, 8)
			for _, n := range nums[sp.k:sp.j] {
				binary.BigEndian.PutUint64(id, n)
				err := dvr.VisitDocValues(id, func(field string, term []byte) {
					fi, ok := c.field[field]
					if !ok || !want[fi] {
						return
					}
					add(fi, c.ordinal(fi, term), 1)
				})
				if err != nil {
					return nil, fmt.Errorf("facets: %w", err)
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	out := make(map[string][]FacetValue, len(wanted))
	for fi, f := range c.fields {
		if want[fi] {
			out[f] = top(counts[fi], c.terms[fi], size[f])
		}
	}
	return out, nil
}

// release ends a count: the last one out closes the files dropped while
// counts were running and forgets segments no longer in the snapshot.
// The caller holds c.mu.
func (c *facetCache) release(live map[uint64]bool) {
	c.counting--
	if c.counting > 0 {
		return
	}
	for _, mf := range c.dropped {
		mf.close()
	}
	c.dropped = nil
	c.forget(live)
}

// fileField is one wanted field of a facet file and the counts of its
// ordinals; dense says to count them from the field's bit sets
// (mappedField.bits).
type fileField struct {
	fi     int
	m      *mappedField
	counts []int32
	dense  bool
	// bits and all are m's, read under facetCache.mu: countLocal runs
	// without the lock while another search may be building m's.
	bits [][]uint64
	all  []int32
}

// fileFields returns the wanted fields of mf, their sections checked. The
// caller holds c.mu.
func (c *facetCache) fileFields(mf *mappedFacets, want []bool) ([]fileField, error) {
	var fs []fileField
	for fi := range c.fields {
		if !want[fi] {
			continue
		}
		m, err := mf.field(fi)
		if err != nil {
			return nil, err
		}
		fs = append(fs, fileField{fi: fi, m: m, counts: make([]int32, m.nvals)})
	}
	return fs, nil
}

// countLocal counts the values of the fields fs of the hits nums, all in
// one segment (document numbers base to end), by the file's ordinals. It
// only reads the mapped file, so it needs no lock. With complement, the
// fields' counts of every document (fileField.all, set) less those of
// the documents that are not hits are counted instead: less work when
// most of the segment's documents are hits; a field whose counts of every
// document are not built yet counts its hits. Dense fields count the hits
// in each value's bit set (fileField.bits, set) instead.
func countLocal(mf *mappedFacets, fs []fileField, nums []uint64, base, end uint64, complement bool) error {
	if end-base != mf.docs {
		return fmt.Errorf("%d documents, the file has %d", end-base, mf.docs)
	}
	var hitBits, rest []uint64
	// Field by field: each pass reads one table.
	for i := range fs {
		f := &fs[i]
		if f.dense {
			if hitBits == nil {
				hitBits = make([]uint64, (mf.docs+63)/64)
				for _, n := range nums {
					d := n - base
					hitBits[d>>6] |= 1 << (d & 63)
				}
			}
			for o, vb := range f.bits {
				f.counts[o] = int32(andCount(hitBits, vb))
			}
			continue
		}
		if !complement || f.all == nil {
			if err := f.m.add(f.counts, nums, base, 1); err != nil {
				return err
			}
			continue
		}
		if rest == nil {
			rest = others(nums, base, end)
		}
		copy(f.counts, f.all)
		if err := f.m.add(f.counts, rest, base, -1); err != nil {
			return err
		}
	}
	return nil
}

// andCount returns the number of bits set in both a and b (as long as a),
// four words at a time: four sums that do not wait on each other.
func andCount(a, b []uint64) int {
	b = b[:len(a)]
	var c0, c1, c2, c3 int
	w := 0
	for ; w+4 <= len(a); w += 4 {
		c0 += bits.OnesCount64(a[w] & b[w])
		c1 += bits.OnesCount64(a[w+1] & b[w+1])
		c2 += bits.OnesCount64(a[w+2] & b[w+2])
		c3 += bits.OnesCount64(a[w+3] & b[w+3])
	}
	for ; w < len(a); w++ {
		c0 += bits.OnesCount64(a[w] & b[w])
	}
	return c0 + c1 + c2 + c3
}

// others returns the document numbers from base to end that are not in
// nums (ascending, all within them).
func others(nums []uint64, base, end uint64) []uint64 {
	out := make([]uint64, 0, end-base-uint64(len(nums)))
	n := base
	for _, h := range nums {
		for ; n < h; n++ {
			out = append(out, n)
		}
		n = h + 1
	}
	for ; n < end; n++ {
		out = append(out, n)
	}
	return out
}

// add adds delta to counts, by the field's ordinals, for each value of
// the documents nums (numbered from base in the file).
func (m *mappedField) add(counts []int32, nums []uint64, base uint64, delta int32) error {
	le := binary.LittleEndian
	if m.single {
		for _, n := range nums {
			if o := m.ref(uint32(n - base)); o > 0 {
				if o > uint32(len(counts)) {
					return fmt.Errorf("document %d: ordinal %d of %d values", n-base, o-1, len(counts))
				}
				counts[o-1] += delta
			}
		}
		return nil
	}
	for _, n := range nums {
		d := n - base
		s0, s1 := le.Uint32(m.start[4*d:]), le.Uint32(m.start[4*d+4:])
		if s0 > s1 || s1 > m.nrefs {
			return fmt.Errorf("document %d: references %d to %d of %d", d, s0, s1, m.nrefs)
		}
		for r := s0; r < s1; r++ {
			o := m.ref(r)
			if o >= uint32(len(counts)) {
				return fmt.Errorf("document %d: ordinal %d of %d values", d, o, len(counts))
			}
			counts[o] += delta
		}
	}
	return nil
}

// maxDense is the most values a field can have to be counted from bit
// sets: they take docs/8 bytes per value.
const maxDense = 256

// denseCheaper reports whether counting hits of the field's values in a
// file of docs documents costs less from bit sets, one AND and population
// count per 64 documents and value, than from the tables, about four
// times that per reference of each hit counted (or of each other
// document, with complement).
func (m *mappedField) denseCheaper(docs, hits uint64, complement bool) bool {
	if m.nvals > maxDense || docs == 0 {
		return false
	}
	counted := hits
	if complement {
		counted = docs - hits
	}
	refs := uint64(1)
	if !m.single {
		refs = max(1, uint64(m.nrefs)/docs)
	}
	return uint64(m.nvals)*((docs+63)/64) < 4*counted*refs
}

// setBits sets the bit sets of the field's values, a bit per document of
// the file by ordinal, once per field. The caller holds c.mu.
func (m *mappedField) setBits(docs uint64) error {
	if m.bits != nil {
		return nil
	}
	words := (docs + 63) / 64
	backing := make([]uint64, uint64(m.nvals)*words)
	sets := make([][]uint64, m.nvals)
	for o := range sets {
		sets[o] = backing[uint64(o)*words : uint64(o+1)*words]
	}
	set := func(d uint64, o uint32) error {
		if o >= m.nvals {
			return fmt.Errorf("document %d: ordinal %d of %d values", d, o, m.nvals)
		}
		sets[o][d>>6] |= 1 << (d & 63)
		return nil
	}
	le := binary.LittleEndian
	for d := range docs {
		if m.single {
			if o := m.ref(uint32(d)); o > 0 {
				if err := set(d, o-1); err != nil {
					return err
				}
			}
			continue
		}
		s0, s1 := le.Uint32(m.start[4*d:]), le.Uint32(m.start[4*d+4:])
		if s0 > s1 || s1 > m.nrefs {
			return fmt.Errorf("document %d: references %d to %d of %d", d, s0, s1, m.nrefs)
		}
		for r := s0; r < s1; r++ {
			if err := set(d, m.ref(r)); err != nil {
				return err
			}
		}
	}
	m.bits = sets
	return nil
}

// setAll sets the counts of the values of every document of the file
// (deleted ones included), once per field. The caller holds c.mu.
func (m *mappedField) setAll(docs uint64) error {
	if m.all != nil {
		return nil
	}
	all := make([]int32, m.nvals)
	every := make([]uint64, docs)
	for i := range every {
		every[i] = uint64(i)
	}
	if err := m.add(all, every, 0, 1); err != nil {
		return err
	}
	m.all = all
	return nil
}

// addGlobal adds the counts of fs by value. An error means the file is
// bad and nothing was added. The caller holds c.mu.
func (c *facetCache) addGlobal(fs []fileField, add func(fi int, o uint32, n int)) error {
	for _, f := range fs {
		if f.m.global == nil {
			f.m.global = make([]uint32, f.m.nvals)
		}
		for o, n := range f.counts {
			if n > 0 && f.m.global[o] == 0 {
				v, err := f.m.value(uint32(o))
				if err != nil {
					return err
				}
				f.m.global[o] = c.ordinal(f.fi, v) + 1
			}
		}
	}
	for _, f := range fs {
		for o, n := range f.counts {
			if n > 0 {
				add(f.fi, f.m.global[o]-1, int(n))
			}
		}
	}
	return nil
}

// ordinal returns the ordinal of a value of field fi, adding it if new.
// The caller holds c.mu.
func (c *facetCache) ordinal(fi int, term []byte) uint32 {
	if o, ok := c.ords[fi][string(term)]; ok {
		return o
	}
	o := uint32(len(c.terms[fi]))
	c.ords[fi][string(term)] = o
	c.terms[fi] = append(c.terms[fi], string(term))
	return o
}

// top returns the n values with the highest counts (all when n <= 0), by
// count and then value. It keeps a bounded min-heap rather than sorting
// every value: a 13,000-hit query counts thousands of distinct persons,
// and sorting them all took a third of the query's time.
func top(counts []int, terms []string, n int) []FacetValue {
	// less reports whether a ranks below b.
	less := func(a, b FacetValue) bool {
		if a.Count != b.Count {
			return a.Count < b.Count
		}
		return a.Value > b.Value
	}
	var h []FacetValue // a min-heap by less when n > 0
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			m := l
			if r := l + 1; r < len(h) && less(h[r], h[l]) {
				m = r
			}
			if !less(h[m], h[i]) {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for o, c := range counts {
		if c == 0 {
			continue
		}
		v := FacetValue{Value: terms[o], Count: c}
		switch {
		case n <= 0 || len(h) < n:
			h = append(h, v)
			if n > 0 && len(h) == n {
				for i := n/2 - 1; i >= 0; i-- {
					down(i)
				}
			}
		case less(h[0], v):
			h[0] = v
			down(0)
		}
	}
	slices.SortFunc(h, func(a, b FacetValue) int {
		switch {
		case less(b, a):
			return -1
		case less(a, b):
			return 1
		}
		return 0
	})
	if h == nil {
		h = []FacetValue{}
	}
	return h
}

// numsPool holds the slices that searches record their hits' document
// numbers in (recorder, termTop): a word in most articles records 100,000
// numbers per search, and allocating them anew was a third of the bytes a
// search page allocated.
var numsPool sync.Pool // of *[]uint64

// maxPooledNums bounds the slices kept in numsPool (32 MiB).
const maxPooledNums = 1 << 22

// getNums returns an empty slice of at least n numbers' capacity.
func getNums(n uint64) []uint64 {
	if p, ok := numsPool.Get().(*[]uint64); ok && uint64(cap(*p)) >= n {
		return (*p)[:0]
	}
	return make([]uint64, 0, n)
}

// putNums gives s back to numsPool; the caller no longer reads it.
func putNums(s []uint64) {
	if cap(s) == 0 || cap(s) > maxPooledNums {
		return
	}
	s = s[:0]
	numsPool.Put(&s)
}

// recorder passes hits through from a searcher and keeps their document
// numbers.
type recorder struct {
	search.Searcher
	nums []uint64
}

func (r *recorder) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := r.Searcher.Next(ctx)
	if d != nil {
		r.nums = append(r.nums, binary.BigEndian.Uint64(d.IndexInternalID))
	}
	return d, err
}

func (r *recorder) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := r.Searcher.Advance(ctx, id)
	if d != nil {
		r.nums = append(r.nums, binary.BigEndian.Uint64(d.IndexInternalID))
	}
	return d, err
}
