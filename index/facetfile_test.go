package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// filledDir writes n invented articles (fill) into a new archive, closes
// its writer and returns the folder.
func filledDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	w, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, w, n, 1)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// indexName returns the name of the archive's current index.
func indexName(t *testing.T, dir string) string {
	t.Helper()
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	return ix.name
}

// segmentNames returns the names, without extension, of the files in
// folder ending in ext.
func segmentNames(t *testing.T, folder, ext string) []string {
	t.Helper()
	ents, err := os.ReadDir(folder)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ext) {
			out = append(out, strings.TrimSuffix(e.Name(), ext))
		}
	}
	slices.Sort(out)
	return out
}

// liveSegments returns the file names, without extension, of the segments
// of the archive's index (the store folder may hold older ones that scorch
// has not removed yet).
func liveSegments(t *testing.T, dir string) []string {
	t.Helper()
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	reader, err := ix.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	var out []string
	for _, ss := range reader.(*scorch.IndexSnapshot).Segments() {
		out = append(out, strings.TrimSuffix(facetFileName(ss.Segment()), facetFileExt))
	}
	slices.Sort(out)
	return out
}

// checkFacetFiles fails unless the index folder holds one facet file per
// segment and nothing else.
func checkFacetFiles(t *testing.T, dir string) {
	t.Helper()
	name := indexName(t, dir)
	zaps := liveSegments(t, dir)
	facets := segmentNames(t, archive.FacetFolder(dir, name), facetFileExt)
	all, err := os.ReadDir(archive.FacetFolder(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if len(zaps) == 0 || !slices.Equal(zaps, facets) || len(all) != len(facets) {
		t.Fatalf("segments %v, facet files %v (%d files in the folder)", zaps, facets, len(all))
	}
}

// sameFacetsAsBleve fails unless the searches' facets equal those of
// Bleve's facet builders, and returns how many segments counted from their
// facet files.
func sameFacetsAsBleve(t *testing.T, ix *Index) int {
	t.Helper()
	for _, qs := range []string{"", "oil", "debt OR troops", "NOT council", "person:\"Sergei Lavrov\""} {
		req := Request{Query: qs, Facets: true, FacetSize: 100}
		res, err := ix.Search(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		q, _, err := BuildQuery(&req)
		if err != nil {
			t.Fatal(err)
		}
		sr := bleve.NewSearchRequest(q)
		for _, f := range facetFields() {
			sr.AddFacet(f, bleve.NewFacetRequest(f, 100))
		}
		want, err := ix.bi.Search(sr)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != want.Total {
			t.Fatalf("%q: total %d, bleve %d", qs, res.Total, want.Total)
		}
		for _, f := range facetFields() {
			got, exp := map[string]int{}, map[string]int{}
			for _, v := range res.Facets[f] {
				got[v.Value] = v.Count
			}
			if tf := want.Facets[f].Terms; tf != nil {
				for _, v := range tf.Terms() {
					exp[v.Term] = v.Count
				}
			}
			if (len(exp) == 0 && f != FieldOrg) || !reflect.DeepEqual(got, exp) { // the articles name no orgs
				t.Fatalf("%q facet %s:\n got %v\nwant %v", qs, f, got, exp)
			}
		}
	}
	mapped := 0
	for _, mf := range ix.facets.files {
		if mf != nil {
			mapped++
		}
	}
	return mapped
}

func TestFacetFilesWrittenAndRead(t *testing.T) {
	dir := filledDir(t, 600)
	checkFacetFiles(t, dir)
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	segs := len(segmentNames(t, archive.FacetFolder(dir, ix.name), facetFileExt))
	if got := sameFacetsAsBleve(t, ix); got != segs {
		t.Errorf("%d of %d segments counted from their facet files", got, segs)
	}
	if len(ix.facets.segs) != 0 {
		t.Errorf("%d segments' tables built though every segment has its file", len(ix.facets.segs))
	}
}

// TestFacetFilesBad damages a facet file in each way a file can be bad:
// a reader counts that segment as if it had none, with the same results,
// and the next writer writes it again.
func TestFacetFilesBad(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(b []byte) []byte
		why    string // in openFacetFile's error; "" when the header is fine
	}{
		{"missing", nil, ""},
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }, "section"},
		{"truncated header", func(b []byte) []byte { return b[:30] }, "too short"},
		{"wrong version", func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], facetFileVersion+1); return b }, "version"},
		{"another segment", func(b []byte) []byte { b[16]++; return b }, "another segment"},
		{"flipped header byte", func(b []byte) []byte { b[100] ^= 0x10; return b }, "header checksum"},
		// Found when the field is first counted, not when the file opens.
		{"flipped byte in a field's section", func(b []byte) []byte { b[len(b)-9] ^= 0x01; return b }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filledDir(t, 600)
			name := indexName(t, dir)
			folder := archive.FacetFolder(dir, name)
			segs := segmentNames(t, folder, facetFileExt)
			file := filepath.Join(folder, segs[0]+facetFileExt)
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if tc.damage == nil {
				err = os.Remove(file)
			} else {
				err = os.WriteFile(file, tc.damage(b), 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			ix, err := Open(dir, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := sameFacetsAsBleve(t, ix); got != len(segs)-1 {
				t.Errorf("%d of %d segments counted from their facet files, want all but the bad one", got, len(segs))
			}
			if r, err := ix.Verify(false, "test"); err != nil || r.Segments != len(segs) || r.FacetFiles != len(segs)-1 {
				t.Errorf("verify: %d of %d segments with facet files (%v), want %d of %d", r.FacetFiles, r.Segments, err, len(segs)-1, len(segs))
			}
			if tc.why != "" {
				reader, err := ix.snapshot()
				if err != nil {
					t.Fatal(err)
				}
				for _, ss := range reader.(*scorch.IndexSnapshot).Segments() {
					if facetFileName(ss.Segment()) != segs[0]+facetFileExt {
						continue
					}
					if _, err := openFacetFile(file, ss.Segment(), facetFields()); err == nil || !strings.Contains(err.Error(), tc.why) {
						t.Errorf("open: %v, want an error saying %q", err, tc.why)
					}
				}
				reader.Close()
			}
			ix.Close()

			w, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			checkFacetFiles(t, dir)
			ix, err = Open(dir, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			// The writer may have merged segments.
			if got, want := sameFacetsAsBleve(t, ix), len(liveSegments(t, dir)); got != want {
				t.Errorf("after a writer: %d of %d segments counted from their facet files", got, want)
			}
		})
	}
}

// TestFacetFilesFollowSegments checks that a writer removes the facet files
// of segments merged away and that a rebuild writes the new index's.
func TestFacetFilesFollowSegments(t *testing.T) {
	dir := filledDir(t, 300)
	old := segmentNames(t, archive.FacetFolder(dir, indexName(t, dir)), facetFileExt)
	w, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, w, 900, 2) // replaces the 300 and adds 600: merges
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	checkFacetFiles(t, dir)
	now := segmentNames(t, archive.FacetFolder(dir, indexName(t, dir)), facetFileExt)
	if slices.Equal(old, now) {
		t.Errorf("facet files %v before and after writing 900 articles", now)
	}

	w, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	before := w.name
	if err := w.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if after := indexName(t, dir); after == before {
		t.Fatalf("rebuild kept index %s", after)
	}
	checkFacetFiles(t, dir)
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := sameFacetsAsBleve(t, ix); got == 0 {
		t.Error("no segment counted from a facet file after a rebuild")
	}
}

// TestFacetFileLayouts writes tables of every layout and width and reads
// each document's values back.
func TestFacetFileLayouts(t *testing.T) {
	const docs = 1000
	values := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("v%06d", i)
		}
		return out
	}
	// table gives document d the values of ordinals of(d).
	table := func(vals []string, of func(d int) []uint32) localTable {
		t := localTable{values: vals, start: make([]uint32, docs+1)}
		for d := range docs {
			t.refs = append(t.refs, of(d)...)
			t.start[d+1] = uint32(len(t.refs))
		}
		return t
	}
	fields := []string{"single8", "single16", "multi8", "multi32", "none"}
	big := values(70_000)
	tables := []localTable{
		table(values(200), func(d int) []uint32 { return []uint32{uint32(d % 200)}[:d%3%2] }),
		table(values(300), func(d int) []uint32 { return []uint32{uint32(d*7) % 300} }),
		table(values(5), func(d int) []uint32 { return []uint32{0, 2, 4}[:d%4] }),
		table(big, func(d int) []uint32 { return []uint32{uint32(d * 69), uint32(69_999 - d)}[:d%3] }),
		table(nil, func(int) []uint32 { return nil }),
	}
	wantSingle := []bool{true, true, false, false, true}
	wantWidth := []uint32{1, 2, 1, 4, 1}
	b := encodeFacetFile(docs, 12345, 0xfeed, fields, tables)
	mf, err := parseFacetFile(b, docs, 12345, 0xfeed, fields)
	if err != nil {
		t.Fatal(err)
	}
	for fi, f := range fields {
		m, err := mf.field(fi)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if m.single != wantSingle[fi] || m.width != wantWidth[fi] {
			t.Errorf("%s: single %v width %d, want %v %d", f, m.single, m.width, wantSingle[fi], wantWidth[fi])
		}
		tb := tables[fi]
		for d := range uint32(docs) {
			var want, got []string
			for _, r := range tb.refs[tb.start[d]:tb.start[d+1]] {
				want = append(want, tb.values[r])
			}
			var ords []uint32
			if m.single {
				if o := m.ref(d); o > 0 {
					ords = append(ords, o-1)
				}
			} else {
				le := binary.LittleEndian
				for r := le.Uint32(m.start[4*d:]); r < le.Uint32(m.start[4*d+4:]); r++ {
					ords = append(ords, m.ref(r))
				}
			}
			for _, o := range ords {
				v, err := m.value(o)
				if err != nil {
					t.Fatalf("%s document %d: %v", f, d, err)
				}
				got = append(got, string(v))
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s document %d: %v, want %v", f, d, got, want)
			}
		}
	}
	if _, err := parseFacetFile(b, docs+1, 12345, 0xfeed, fields); err == nil || !strings.Contains(err.Error(), "another segment") {
		t.Errorf("a file read for a segment of another size: %v", err)
	}
}

// BenchmarkFacetFileCount counts six facets of 13,000 hits of a
// 100,000-document segment from its facet file, made up: persons and
// countries of two values each (2-byte and 1-byte references), topic,
// source and year of one (single), org of none.
func BenchmarkFacetFileCount(b *testing.B) {
	const docs = 100_000
	fields, data := madeUpFacetFile(docs)
	var nums []uint64
	for d := uint64(0); d < docs; d += 7 {
		nums = append(nums, d+1000)
	}
	want := make([]bool, len(fields))
	for i := range want {
		want[i] = true
	}
	c := newFacetCache(fields, "")
	add := func(int, uint32, int) {}
	for b.Loop() {
		mf, err := parseFacetFile(data, docs, 1, 1, fields)
		if err != nil {
			b.Fatal(err)
		}
		for fi := range fields {
			mf.fields[fi].checked = true // the checksums are not what is timed
		}
		fs, err := c.fileFields(mf, want)
		if err != nil {
			b.Fatal(err)
		}
		if err := countLocal(mf, fs, nums, 1000, 1000+docs, false); err != nil {
			b.Fatal(err)
		}
		if err := c.addGlobal(fs, add); err != nil {
			b.Fatal(err)
		}
	}
}

// madeUpFacetFile returns the facet fields and a facet file of docs
// documents of segment 1 with checksum 1: persons and countries of two
// values each (2-byte and 1-byte references), topic, source and year of
// one (single), org of none.
func madeUpFacetFile(docs uint64) ([]string, []byte) {
	fields := facetFields()
	tables := make([]localTable, len(fields))
	for fi := range fields {
		n, per := 1, 1
		switch fields[fi] {
		case FieldPerson:
			n, per = 3000, 2
		case FieldCountry:
			n, per = 200, 2
		case FieldTopic:
			n = 40
		case FieldSource:
			n = 5
		case FieldYear:
			n = 25
		case FieldOrg:
			n, per = 0, 0
		}
		t := localTable{start: make([]uint32, docs+1)}
		for i := range n {
			t.values = append(t.values, fmt.Sprintf("value %d", i))
		}
		for d := range docs {
			for p := range per {
				t.refs = append(t.refs, uint32((int(d)*7+p*13)%n))
			}
			t.start[d+1] = uint32(len(t.refs))
		}
		tables[fi] = t
	}
	return fields, encodeFacetFile(docs, 1, 1, fields, tables)
}

// TestCountLocalComplement counts hits of a made-up facet file directly,
// as all documents less the others and from bit sets of each value's
// documents: the counts agree for few hits, most, all and none.
func TestCountLocalComplement(t *testing.T) {
	const docs = 5000
	fields, data := madeUpFacetFile(docs)
	want := make([]bool, len(fields))
	for i := range want {
		want[i] = true
	}
	c := newFacetCache(fields, "")
	for _, every := range []int{0, 1, 2, 3, 7, 1000, docs + 1} {
		var nums []uint64
		for d := 0; d < docs; d++ {
			if every > 0 && d%every != 0 || every == 3 && d%2 == 0 {
				nums = append(nums, uint64(d)+1000)
			}
		}
		count := func(complement, dense bool) [][]int32 {
			mf, err := parseFacetFile(data, docs, 1, 1, fields)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := c.fileFields(mf, want)
			if err != nil {
				t.Fatal(err)
			}
			for i := range fs {
				if err := fs[i].m.setAll(docs); err != nil {
					t.Fatal(err)
				}
				if err := fs[i].m.setBits(docs); err != nil {
					t.Fatal(err)
				}
				fs[i].dense = dense
				fs[i].bits, fs[i].all = fs[i].m.bits, fs[i].m.all
			}
			if err := countLocal(mf, fs, nums, 1000, 1000+docs, complement); err != nil {
				t.Fatal(err)
			}
			var out [][]int32
			for _, f := range fs {
				out = append(out, f.counts)
			}
			return out
		}
		direct, less, dense := count(false, false), count(true, false), count(false, true)
		if !reflect.DeepEqual(direct, less) {
			t.Errorf("%d hits of %d: counted directly %v, as all less the others %v", len(nums), docs, direct, less)
		}
		if !reflect.DeepEqual(direct, dense) {
			t.Errorf("%d hits of %d: counted directly %v, from bit sets %v", len(nums), docs, direct, dense)
		}
		var sum int32
		for _, cs := range direct {
			for _, n := range cs {
				sum += n
			}
		}
		if (sum == 0) != (len(nums) == 0) {
			t.Errorf("%d hits of %d: %d values counted", len(nums), docs, sum)
		}
	}
}

// TestFacetFilesConcurrent runs faceted searches at once on one index
// whose segments count from their facet files (the per-hit counting runs
// outside the cache's lock): every search gets the counts a search alone
// gets. Run with -race it also checks that the unlocked part only reads.
func TestFacetFilesConcurrent(t *testing.T) {
	dir := filledDir(t, 600)
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	queries := []string{"", "oil", "debt OR troops", "NOT council"}
	want := make([]map[string][]FacetValue, len(queries))
	for i, q := range queries {
		res, err := ix.Search(context.Background(), Request{Query: q, Facets: true, FacetSize: 100})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = res.Facets
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8*len(queries))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				i := (g + r) % len(queries)
				res, err := ix.Search(context.Background(), Request{Query: queries[i], Facets: true, FacetSize: 100})
				if err != nil {
					errs <- err
					return
				}
				if !reflect.DeepEqual(res.Facets, want[i]) {
					errs <- fmt.Errorf("%q: facets %v, alone %v", queries[i], res.Facets, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if ix.facets.counting != 0 || len(ix.facets.dropped) != 0 {
		t.Errorf("after the searches: %d counts running, %d files waiting to close", ix.facets.counting, len(ix.facets.dropped))
	}
}

// TestFacetTablesFromSecondCount checks that the bit sets and the counts
// of every document, a pass over the whole segment each, are built only
// when a process counts a field again (a server), not for its first count
// (a search command), and that the facets are the same either way.
func TestFacetTablesFromSecondCount(t *testing.T) {
	dir := filledDir(t, 600)
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	built := func() (n int) {
		ix.facets.mu.Lock()
		defer ix.facets.mu.Unlock()
		for _, mf := range ix.facets.files {
			if mf == nil {
				continue
			}
			for _, f := range mf.fields {
				if f != nil && (f.bits != nil || f.all != nil) {
					n++
				}
			}
		}
		return n
	}
	// Every document is a hit: the case the complement and bit sets serve.
	req := Request{Query: "", Facets: true, FacetSize: 100}
	first, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.facets.files) == 0 {
		t.Fatal("no facet files mapped: the test needs them")
	}
	if n := built(); n != 0 {
		t.Errorf("after the first count: %d fields with bit sets or all-document counts, want 0", n)
	}
	second, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if n := built(); n == 0 {
		t.Error("after the second count: no field with bit sets or all-document counts")
	}
	if !reflect.DeepEqual(first.Facets, second.Facets) {
		t.Errorf("facets by the tables %v, by the built sets %v", first.Facets, second.Facets)
	}
}
