package archive

import (
	"bytes"
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
					got, err := s.pages.get([]byte(k))
					if err != nil {
						return fmt.Errorf("%q: %w", k, err)
					}
					if !bytes.Equal(got, want) || (got == nil) != (want == nil) {
						return fmt.Errorf("%q: page reader %d bytes (nil %v), bbolt %d (nil %v)", k, len(got), got == nil, len(want), want == nil)
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
