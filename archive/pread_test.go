package archive

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestPageReaderAsBbolt compares the page reader with bbolt's own Get on
// stores of raw values: every key, keys between and around them, values
// that fill a page or overflow it, a bucket nested among the records.
func TestPageReaderAsBbolt(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	value := func(n int) []byte {
		b := make([]byte, n)
		rng.Read(b)
		return b
	}
	for _, tc := range []struct {
		name  string
		n     int        // records
		size  func() int // of a value
		inner bool       // a bucket among the records
		key   func(int) string
	}{
		{"small values, deep tree", 20000, func() int { return 20 + rng.Intn(200) }, false, func(i int) string { return fmt.Sprintf("syn-%08d", i*3) }},
		{"article-sized values", 3000, func() int { return 800 + rng.Intn(3000) }, false, func(i int) string { return fmt.Sprintf("a-%d", i*7) }},
		{"overflowing values", 300, func() int { return 3000 + rng.Intn(40000) }, true, func(i int) string { return fmt.Sprintf("big-%05d", i) }},
		{"one page", 3, func() int { return 900 }, false, func(i int) string { return fmt.Sprint("k", i) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs := map[string][]byte{}
			for i := range tc.n {
				recs[tc.key(i)] = value(tc.size())
			}
			dir := oldArchive(t, "3", recs)
			if tc.inner {
				db, err := bolt.Open(StoreFile(dir), 0o644, &bolt.Options{Timeout: time.Second})
				if err != nil {
					t.Fatal(err)
				}
				err = db.Update(func(tx *bolt.Tx) error {
					b, err := tx.Bucket(bucketArticles).CreateBucket([]byte("big-00100x"))
					if err != nil {
						return err
					}
					return b.Put([]byte("x"), []byte("y"))
				})
				if err = errors.Join(err, db.Close()); err != nil {
					t.Fatal(err)
				}
			}
			s := mustOpen(t, dir, StoreOptions{ReadOnly: true, Pread: true})
			if s.pages == nil {
				t.Fatal("no page reader on a read-only store")
			}
			keys := []string{"", "\x00", "a", "zzzz", "big-00100x", "syn-", "syn-00000001", "k", "k9"}
			for k := range recs {
				keys = append(keys, k, k+"0", k[:len(k)-1])
			}
			err := s.db.View(func(tx *bolt.Tx) error {
				b := tx.Bucket(bucketArticles)
				for _, k := range keys {
					want := b.Get([]byte(k))
					var got []byte
					found, err := s.pages.get([]byte(k), func(v []byte) { got = bytes.Clone(v) })
					if err != nil {
						return fmt.Errorf("%q: %w", k, err)
					}
					if !bytes.Equal(got, want) || found != (want != nil) {
						return fmt.Errorf("%q: page reader %d bytes (found %v), bbolt %d (nil %v)", k, len(got), found, len(want), want == nil)
					}
				}
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		})
	}
}

// TestStoreGetReadOnly checks that a read-only store (which reads records
// with the page reader) returns the articles a writer stored, and falls
// back to bbolt when the page reader cannot answer.
func TestStoreGetReadOnly(t *testing.T) {
	dir := t.TempDir()
	w := mustOpen(t, dir, StoreOptions{})
	var arts []*Article
	for i := range 500 {
		a := &Article{ID: fmt.Sprintf("cw-%04d", i), Title: fmt.Sprint("Talks resume ", i), Body: string(bytes.Repeat([]byte("Ministers met again. "), 1+i%300)),
			Source: "Chancery Wire", Date: time.Date(2004, 7, 1+i%28, 0, 0, 0, 0, time.UTC), Persons: []string{"Sergei Lavrov"}}
		arts = append(arts, a)
	}
	if _, err := w.Put(arts); err != nil {
		t.Fatal(err)
	}
	want := map[string]*Article{}
	for _, a := range arts {
		got, err := w.Get(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		want[a.ID] = got
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if r := mustOpen(t, dir, StoreOptions{ReadOnly: true}); r.pages != nil {
		t.Error("a page reader without StoreOptions.Pread")
	}
	for _, tc := range []struct {
		name  string
		spoil func(*pageReader)
	}{
		{"page reader", func(*pageReader) {}},
		{"root not a tree page (bbolt answers)", func(r *pageReader) { r.root = 1 }},
		{"root past the file (bbolt answers)", func(r *pageReader) { r.root = 1 << 40 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustOpen(t, dir, StoreOptions{ReadOnly: true, Pread: true})
			if r.pages == nil {
				t.Fatal("no page reader on a read-only store")
			}
			tc.spoil(r.pages)
			for id, a := range want {
				got, err := r.Get(id)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, a) {
					t.Fatalf("%s: read-only store gives %+v, the writer %+v", id, got, a)
				}
			}
			if _, err := r.Get("cw-9999"); !errors.Is(err, ErrNotFound) {
				t.Errorf("absent article: %v, want ErrNotFound", err)
			}
		})
	}
}

// TestPageReaderOtherFile checks that a store file renamed over the path
// after the reader's file was opened leaves the page reader out.
func TestPageReaderOtherFile(t *testing.T) {
	for _, renamed := range []bool{false, true} {
		t.Run(fmt.Sprint("renamed ", renamed), func(t *testing.T) {
			big := bytes.Repeat([]byte("x"), 2000) // not inline in the root bucket
			dir := oldArchive(t, "3", map[string][]byte{"a": big, "b": big})
			other := oldArchive(t, "3", map[string][]byte{"c": big, "d": big})
			f, err := os.Open(StoreFile(dir))
			if err != nil {
				t.Fatal(err)
			}
			if renamed {
				if err := os.Rename(StoreFile(other), StoreFile(dir)); err != nil {
					t.Fatal(err)
				}
			}
			db, err := bolt.Open(StoreFile(dir), 0o644, &bolt.Options{Timeout: time.Second, ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			r := newPageReader(f, StoreFile(dir), db)
			if (r != nil) == renamed {
				t.Errorf("page reader %v, want one: %v", r != nil, !renamed)
			}
			r.close()
		})
	}
}

// TestPageReaderDamaged checks that pages the reader does not expect make
// it step aside (errNotPaged: bbolt answers) rather than read past a page
// or loop.
func TestPageReaderDamaged(t *testing.T) {
	const ps = 4096
	ne := binary.NativeEndian
	page := func(id uint64, flags uint16, elems ...[4]uint32) []byte {
		p := make([]byte, ps)
		ne.PutUint64(p, id)
		ne.PutUint16(p[8:], flags)
		ne.PutUint16(p[10:], uint16(len(elems)))
		for i, e := range elems {
			for j, v := range e {
				ne.PutUint32(p[pageHeaderSize+i*pageElementSize+4*j:], v)
			}
		}
		return p
	}
	// a branch element: key position and size, then the child's page id
	// (two words, low first)
	branch := func(pos, ksize uint32, child uint64) [4]uint32 {
		return [4]uint32{pos, ksize, uint32(child), uint32(child >> 32)}
	}
	keyAt := func(p []byte, elem int, pos uint32, key string) []byte {
		copy(p[pageHeaderSize+elem*pageElementSize+int(pos):], key)
		return p
	}
	for _, tc := range []struct {
		name string
		root []byte // page 1
	}{
		{"page of another id", page(7, leafPageFlag)},
		{"meta page", page(1, 0x04)},
		{"more elements than the page holds", func() []byte { p := page(1, leafPageFlag); ne.PutUint16(p[10:], 300); return p }()},
		{"leaf key past the page", page(1, leafPageFlag, [4]uint32{0, ps, 3, 1})},
		{"leaf value past the page", keyAt(page(1, leafPageFlag, [4]uint32{0, 16, 1, ps}), 0, 16, "k")},
		{"branch key past the page", page(1, branchPageFlag, branch(ps, 1, 2))},
		{"branch to itself", keyAt(page(1, branchPageFlag, branch(16, 1, 1)), 0, 16, "a")},
		{"overflow beyond any record", func() []byte { p := page(1, leafPageFlag); ne.PutUint32(p[12:], 1<<30); return p }()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := t.TempDir() + "/pages"
			if err := os.WriteFile(path, append(make([]byte, ps), tc.root...), 0o644); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			r := &pageReader{f: f, pageSize: ps, root: 1}
			r.bufs.New = func() any { b := make([]byte, ps); return &b }
			found, err := r.get([]byte("k"), func([]byte) { t.Error("a value from a damaged page") })
			if found || !errors.Is(err, errNotPaged) {
				t.Errorf("found %v, error %v; want errNotPaged", found, err)
			}
		})
	}
}
