package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"

	"chancery/archive"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet files.
//
// The forward tables of facets.go (document -> ordinals of its values, per
// facet field) cost a searching process the reading of every posting of the
// facet fields, or of its hits' doc values: 20 to 35 ms of a fresh `search`
// of 13,000 hits at 100,000 articles. The writer therefore keeps them beside
// the index, one file per Bleve segment file (segments are immutable):
//
//	DIR/index/NAME/facets/SEGMENT.facets   (archive.FacetFolder)
//
// for the segment file DIR/index/NAME/store/SEGMENT.zap. The writer writes
// the files of the segments that lack one when it closes (so after an
// ingest, a rebuild or a repair), and removes those of segments merged away;
// readers map them read-only and never write. A file that is missing, was
// written for another segment or another version, or whose checksum does
// not match is left alone by readers: they count that segment as before,
// from the doc values or tables they build (facets.go), and the next writer
// writes it again.
//
// Format (integers little-endian; CRC-32C is crc32 with the Castagnoli
// polynomial):
//
//	header   magic "CHFACETS", version u32, fields u32, documents u64,
//	         segment file size u64, segment file CRC u32 (its zap
//	         footer's), 0 u32
//	names    per field: length u16, the name's bytes; zeros to a multiple of 8
//	table    per field: offset u64, length u64, CRC-32C u32, 0 u32
//	check    CRC-32C of all of the above, u32, 0 u32
//	sections one per field, at offsets that are multiples of 8:
//	         values u32, value bytes u32, references u32, layout u32;
//	         values+1 offsets u32 into the value bytes; the value bytes,
//	         zeros to a multiple of 4; then, unless the layout is single,
//	         documents+1 starts u32; then the references, each of the
//	         layout's width (1, 2 or 4 bytes: the least that holds them)
//
// The values of a field are the segment's terms in its dictionary's order.
// Layout (the low byte is the width; bit 8 says single): a field of which
// no document holds two values is single: reference d is document d's
// ordinal (its value's index in that list) plus one, 0 for none. Otherwise
// document d holds the values whose ordinals are
// references[start[d]:start[d+1]]. A section's checksum is checked the
// first time a process counts that field of that segment.
//
// Versions: 1, references of 4 bytes and always starts; 2, the widths and
// single fields (the files of the bench's 100,000 articles: 6.5 -> 2.6 MB).
const facetFileVersion = 2

// layoutSingle marks a field of which no document holds two values.
const layoutSingle = 1 << 8

var facetMagic = []byte("CHFACETS")

// facetFileExt ends the name of a facet file; the rest is the segment's.
const facetFileExt = ".facets"

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errFacetFile is returned (wrapped) when a facet file cannot be used.
var errFacetFile = errors.New("facet file unusable")

// fileSegment is what a segment read from a file tells about it (zapx).
type fileSegment interface {
	Path() string
	CRC() uint32
	Data() []byte
}

// facetFileName returns the facet file name of the segment file path, ""
// for a segment that is no file.
func facetFileName(seg segment.Segment) string {
	fs, ok := seg.(fileSegment)
	if !ok || fs.Path() == "" {
		return ""
	}
	return strings.TrimSuffix(filepath.Base(fs.Path()), filepath.Ext(fs.Path())) + facetFileExt
}

// localTable is one segment's forward table of one field, with ordinals
// local to the segment: the values of document d are
// values[refs[start[d]:start[d+1]]].
type localTable struct {
	values []string
	start  []uint32
	refs   []uint32
}

// segmentTables builds the forward tables of fields from the postings of
// seg's terms.
func segmentTables(seg segment.Segment, fields []string) ([]localTable, error) {
	n := int(seg.Count())
	out := make([]localTable, len(fields))
	for fi, field := range fields {
		dict, err := seg.Dictionary(field)
		if err != nil {
			return nil, fmt.Errorf("facet %s: %w", field, err)
		}
		start := make([]uint32, n+1)
		var values []string
		var docs []*roaring.Bitmap
		it := dict.AutomatonIterator(nil, nil, nil)
		for {
			de, err := it.Next()
			if err != nil {
				return nil, fmt.Errorf("facet %s: %w", field, err)
			}
			if de == nil {
				break
			}
			bm, err := postings(dict, de.Term)
			if err != nil {
				return nil, fmt.Errorf("facet %s: %w", field, err)
			}
			values = append(values, de.Term)
			docs = append(docs, bm)
			bm.Iterate(func(d uint32) bool {
				if int(d) < n {
					start[d+1]++
				}
				return true
			})
		}
		for d := 1; d <= n; d++ {
			start[d] += start[d-1]
		}
		refs := make([]uint32, start[n])
		fill := append([]uint32(nil), start[:n]...)
		for o, bm := range docs {
			bm.Iterate(func(d uint32) bool {
				if int(d) < n {
					refs[fill[d]] = uint32(o)
					fill[d]++
				}
				return true
			})
		}
		out[fi] = localTable{values: values, start: start, refs: refs}
	}
	return out, nil
}

// encodeFacetFile returns the facet file of a segment of docs documents,
// read from a file of zapSize bytes whose footer CRC is zapCRC.
func encodeFacetFile(docs, zapSize uint64, zapCRC uint32, fields []string, tables []localTable) []byte {
	le := binary.LittleEndian
	b := append([]byte(nil), facetMagic...)
	b = le.AppendUint32(b, facetFileVersion)
	b = le.AppendUint32(b, uint32(len(fields)))
	b = le.AppendUint64(b, docs)
	b = le.AppendUint64(b, zapSize)
	b = le.AppendUint32(b, zapCRC)
	b = le.AppendUint32(b, 0)
	for _, f := range fields {
		b = le.AppendUint16(b, uint16(len(f)))
		b = append(b, f...)
	}
	b = pad(b, 8)
	table := len(b)
	b = append(b, make([]byte, 24*len(fields))...)
	check := len(b)
	b = append(b, make([]byte, 8)...)
	for fi, t := range tables {
		off := len(b)
		var strs int
		for _, v := range t.values {
			strs += len(v)
		}
		single := true
		for d := 1; d < len(t.start); d++ {
			if t.start[d]-t.start[d-1] > 1 {
				single = false
				break
			}
		}
		refs := t.refs
		layout := uint32(0)
		if single {
			layout |= layoutSingle
			docRefs := make([]uint32, len(t.start)-1)
			for d := range docRefs {
				if t.start[d+1] > t.start[d] {
					docRefs[d] = t.refs[t.start[d]] + 1
				}
			}
			refs = docRefs
		}
		width := refWidth(uint32(len(t.values)) + 1)
		layout |= width
		b = le.AppendUint32(b, uint32(len(t.values)))
		b = le.AppendUint32(b, uint32(strs))
		b = le.AppendUint32(b, uint32(len(refs)))
		b = le.AppendUint32(b, layout)
		at := 0
		b = le.AppendUint32(b, 0)
		for _, v := range t.values {
			at += len(v)
			b = le.AppendUint32(b, uint32(at))
		}
		for _, v := range t.values {
			b = append(b, v...)
		}
		b = pad(b, 4)
		if !single {
			for _, s := range t.start {
				b = le.AppendUint32(b, s)
			}
		}
		for _, r := range refs {
			switch width {
			case 1:
				b = append(b, byte(r))
			case 2:
				b = le.AppendUint16(b, uint16(r))
			default:
				b = le.AppendUint32(b, r)
			}
		}
		e := b[table+24*fi:]
		le.PutUint64(e, uint64(off))
		le.PutUint64(e[8:], uint64(len(b)-off))
		le.PutUint32(e[16:], crc32.Checksum(b[off:], castagnoli))
		b = pad(b, 8)
	}
	le.PutUint32(b[check:], crc32.Checksum(b[:check], castagnoli))
	return b
}

// refWidth returns the bytes a reference below n takes: 1, 2 or 4.
func refWidth(n uint32) uint32 {
	switch {
	case n <= 1<<8:
		return 1
	case n <= 1<<16:
		return 2
	}
	return 4
}

// pad appends zeros to b up to a multiple of n bytes.
func pad(b []byte, n int) []byte {
	for len(b)%n != 0 {
		b = append(b, 0)
	}
	return b
}

// mappedFacets is a facet file mapped into memory.
type mappedFacets struct {
	data   []byte // mapped (mapFile)
	docs   uint64
	fields []*mappedField // in the order of the facetCache's fields
}

// mappedField is one field's section of a facet file.
type mappedField struct {
	section []byte
	crc     uint32
	checked bool
	nvals   uint32
	offs    []byte // nvals+1 u32
	strs    []byte
	single  bool   // one reference per document: its ordinal + 1, or 0
	width   uint32 // bytes of a reference: 1, 2 or 4
	start   []byte // docs+1 u32, unless single
	refs    []byte // nrefs references
	nrefs   uint32
	// global maps the field's ordinals to the facetCache's, plus one
	// (0: not looked up yet).
	global []uint32
	// all counts the values of every document by ordinal, nil until a
	// count needs it (mappedField.setAll).
	all []int32
	// bits holds a bit set of the documents of each value, by ordinal,
	// nil until a count needs it (mappedField.setBits).
	bits [][]uint64
	// counted is how many searches of this process have counted the
	// field (under facetCache.mu): all and bits are built from the
	// second on.
	counted int
}

// openFacetFile maps the facet file at path if it was written for seg and
// fields by this version; the error says why not otherwise. The sections'
// checksums are checked later, by field (mappedFacets.field).
func openFacetFile(path string, seg segment.Segment, fields []string) (*mappedFacets, error) {
	fs, ok := seg.(fileSegment)
	if !ok {
		return nil, fmt.Errorf("%w: %s: the segment is no file", errFacetFile, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() < 48 {
		return nil, fmt.Errorf("%w: %s: %d bytes, too short", errFacetFile, path, st.Size())
	}
	data, err := mapFile(f, int(st.Size()))
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", path, err)
	}
	mf, err := parseFacetFile(data, seg.Count(), uint64(len(fs.Data())), fs.CRC(), fields)
	if err != nil {
		unmapFile(data)
		return nil, fmt.Errorf("%w: %s: %w", errFacetFile, path, err)
	}
	mf.data = data
	return mf, nil
}

// parseFacetFile reads the header of a facet file and checks that it was
// written for a segment of docs documents, of zapSize bytes and footer CRC
// zapCRC, with fields, by this version.
func parseFacetFile(b []byte, docs, zapSize uint64, zapCRC uint32, fields []string) (*mappedFacets, error) {
	le := binary.LittleEndian
	if len(b) < 40 || string(b[:8]) != string(facetMagic) {
		return nil, errors.New("not a facet file")
	}
	if v := le.Uint32(b[8:]); v != facetFileVersion {
		return nil, fmt.Errorf("version %d, this binary reads %d", v, facetFileVersion)
	}
	if n := le.Uint32(b[12:]); int(n) != len(fields) {
		return nil, fmt.Errorf("%d fields, want %d", n, len(fields))
	}
	if d, s, c := le.Uint64(b[16:]), le.Uint64(b[24:]), le.Uint32(b[32:]); d != docs || s != zapSize || c != zapCRC {
		return nil, fmt.Errorf("written for another segment (%d documents, %d bytes, CRC %08x; the segment has %d, %d, %08x)", d, s, c, docs, zapSize, zapCRC)
	}
	at := 40
	for _, f := range fields {
		if at+2 > len(b) {
			return nil, errors.New("truncated")
		}
		n := int(le.Uint16(b[at:]))
		at += 2
		if at+n > len(b) || string(b[at:at+n]) != f {
			return nil, fmt.Errorf("fields differ from %s", strings.Join(fields, ", "))
		}
		at += n
	}
	at = (at + 7) &^ 7
	table := at
	check := table + 24*len(fields)
	if check+8 > len(b) {
		return nil, errors.New("truncated")
	}
	if crc32.Checksum(b[:check], castagnoli) != le.Uint32(b[check:]) {
		return nil, errors.New("header checksum mismatch")
	}
	mf := &mappedFacets{docs: docs, fields: make([]*mappedField, len(fields))}
	for fi := range fields {
		e := b[table+24*fi:]
		off, n := le.Uint64(e), le.Uint64(e[8:])
		if off%8 != 0 || off > uint64(len(b)) || n > uint64(len(b))-off || n < 16 {
			return nil, fmt.Errorf("field %s: section out of the file", fields[fi])
		}
		s := b[off : off+n]
		m := &mappedField{section: s, crc: le.Uint32(e[16:])}
		m.nvals, m.nrefs = le.Uint32(s), le.Uint32(s[8:])
		layout := le.Uint32(s[12:])
		m.single, m.width = layout&layoutSingle != 0, layout&0xff
		if layout&^(layoutSingle|0xff) != 0 || (m.width != 1 && m.width != 2 && m.width != 4) || (m.single && uint64(m.nrefs) != docs) {
			return nil, fmt.Errorf("field %s: layout %#x of %d references", fields[fi], layout, m.nrefs)
		}
		strs := uint64(le.Uint32(s[4:]))
		offsEnd := 16 + 4*(uint64(m.nvals)+1)
		strsEnd := (offsEnd + strs + 3) &^ 3
		startEnd := strsEnd
		if !m.single {
			startEnd += 4 * (docs + 1)
		}
		if want := startEnd + uint64(m.width)*uint64(m.nrefs); want != n {
			return nil, fmt.Errorf("field %s: section of %d bytes, its counts say %d", fields[fi], n, want)
		}
		m.offs, m.strs = s[16:offsEnd], s[offsEnd:offsEnd+strs]
		m.start, m.refs = s[strsEnd:startEnd], s[startEnd:]
		mf.fields[fi] = m
	}
	return mf, nil
}

// field returns the section of field fi, its checksum checked.
func (mf *mappedFacets) field(fi int) (*mappedField, error) {
	m := mf.fields[fi]
	if !m.checked {
		if crc32.Checksum(m.section, castagnoli) != m.crc {
			return nil, errors.New("checksum mismatch")
		}
		m.checked = true
	}
	return m, nil
}

// ref returns reference i.
func (m *mappedField) ref(i uint32) uint32 {
	switch m.width {
	case 1:
		return uint32(m.refs[i])
	case 2:
		return uint32(binary.LittleEndian.Uint16(m.refs[2*i:]))
	}
	return binary.LittleEndian.Uint32(m.refs[4*i:])
}

// value returns the bytes of the value of ordinal o.
func (m *mappedField) value(o uint32) ([]byte, error) {
	le := binary.LittleEndian
	if o >= m.nvals {
		return nil, fmt.Errorf("ordinal %d of %d values", o, m.nvals)
	}
	a, b := le.Uint32(m.offs[4*o:]), le.Uint32(m.offs[4*o+4:])
	if a > b || int(b) > len(m.strs) {
		return nil, fmt.Errorf("value %d out of the section", o)
	}
	return m.strs[a:b], nil
}

// close unmaps the file.
func (mf *mappedFacets) close() error {
	if mf == nil || mf.data == nil {
		return nil
	}
	err := unmapFile(mf.data)
	mf.data = nil
	return err
}

// facetFiles returns the number of segment files of the index and of
// those with a usable facet file, checksums checked.
func (ix *Index) facetFiles() (segs, usable int) {
	r, err := ix.snapshot()
	if err != nil {
		return 0, 0
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0, 0
	}
	fields := facetFields()
	for _, ss := range snap.Segments() {
		name := facetFileName(ss.Segment())
		if name == "" {
			continue
		}
		segs++
		if usableFacetFile(filepath.Join(archive.FacetFolder(ix.dir, ix.name), name), ss.Segment(), fields) {
			usable++
		}
	}
	return segs, usable
}

// usableFacetFile reports whether file is a facet file of seg whose every
// field section passes its checksum.
func usableFacetFile(file string, seg segment.Segment, fields []string) bool {
	mf, err := openFacetFile(file, seg, fields)
	if err != nil {
		return false
	}
	defer mf.close()
	for fi := range fields {
		if _, err := mf.field(fi); err != nil {
			return false
		}
	}
	return true
}

// writeFacetFiles writes into folder the facet file of every segment file
// of the index at path that has none or an unusable one, and removes the
// facet files of segments the index no longer holds. The index must not be
// open for writing elsewhere: it is opened read-only here, so that the
// files describe the segments a reader will find.
func writeFacetFiles(path, folder string, fields []string) error {
	bi, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true})
	if err != nil {
		return fmt.Errorf("open index %s: %w", path, err)
	}
	defer bi.Close()
	r, err := indexReader(bi)
	if err != nil {
		return err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil
	}
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return err
	}
	live := map[string]bool{}
	wrote := false
	for _, ss := range snap.Segments() {
		seg := ss.Segment()
		name := facetFileName(seg)
		if name == "" {
			continue
		}
		live[name] = true
		file := filepath.Join(folder, name)
		if usableFacetFile(file, seg, fields) {
			continue
		}
		tables, err := segmentTables(seg, fields)
		if err != nil {
			return fmt.Errorf("facet tables of %s: %w", name, err)
		}
		fs := seg.(fileSegment)
		data := encodeFacetFile(seg.Count(), uint64(len(fs.Data())), fs.CRC(), fields, tables)
		if err := writeAtomic(file, data); err != nil {
			return err
		}
		wrote = true
	}
	ents, err := os.ReadDir(folder)
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range ents {
		if !live[e.Name()] {
			errs = append(errs, os.Remove(filepath.Join(folder, e.Name())))
		}
	}
	if wrote {
		syncDir(folder)
	}
	return errors.Join(errs...)
}

// writeAtomic writes data to path through a temporary sibling, synced and
// renamed, so that a reader finds the whole file or none.
func writeAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// syncDir syncs a folder's entries where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // not supported everywhere; the files themselves are synced
		d.Close()
	}
}
