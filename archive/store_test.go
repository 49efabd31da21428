package archive

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// mustOpen opens the store in dir and closes it when the test ends.
func mustOpen(t *testing.T, dir string, opts StoreOptions) *Store {
	t.Helper()
	s, err := Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// oldArchive writes a store as a binary of another format left it: meta
// "format" set to format and the given records, stored as they are.
func oldArchive(t *testing.T, format string, recs map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	db, err := bolt.Open(StoreFile(dir), 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketArticles, bucketJournal} {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketMeta).Put([]byte(MetaFormat), []byte(format)); err != nil {
			return err
		}
		for id, rec := range recs {
			if err := tx.Bucket(bucketArticles).Put([]byte(id), rec); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// rawRecord returns the stored bytes of one record.
func rawRecord(t *testing.T, s *Store, id string) []byte {
	t.Helper()
	var rec []byte
	s.db.View(func(tx *bolt.Tx) error {
		rec = append([]byte(nil), tx.Bucket(bucketArticles).Get([]byte(id))...)
		return nil
	})
	return rec
}

func format(t *testing.T, s *Store) string {
	t.Helper()
	v, err := s.Meta(MetaFormat)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestStoreRoundTrip(t *testing.T) {
	s := mustOpen(t, t.TempDir(), StoreOptions{})
	if got := format(t, s); got != strconv.Itoa(FormatVersion) {
		t.Fatalf("new archive has format %q, want %d", got, FormatVersion)
	}
	var arts []*Article
	for _, tc := range recordCases() {
		a := *tc.a
		a.ID = "id-" + strings.ReplaceAll(tc.name, " ", "-")
		arts = append(arts, &a)
	}
	out, err := s.Put(arts)
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range out {
		if o != Added {
			t.Errorf("%s: %v, want added", arts[i].ID, o)
		}
	}
	for _, a := range arts {
		got, err := s.Get(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, a) {
			t.Errorf("Get(%s) = %+v, want %+v", a.ID, got, a)
		}
		if c := rawRecord(t, s, a.ID)[0]; c != recordZstdBinary {
			t.Errorf("%s stored with codec %d, want %d", a.ID, c, recordZstdBinary)
		}
	}
	if out, err := s.Put(arts[:1]); err != nil || out[0] != Unchanged {
		t.Errorf("Put again = %v, %v, want unchanged", out, err)
	}
}

// TestStoreUpgrade opens archives of formats 1 and 2 for writing: their
// records stay readable, the format is recorded as FormatVersion only when
// the first record of the current codec is written, and unchanged articles
// keep their old records.
func TestStoreUpgrade(t *testing.T) {
	old := fullArticle()
	for _, tc := range []struct {
		format string
		codec  byte
	}{{"1", recordFlateJSON}, {"2", recordFlateDictJSON}} {
		t.Run("v"+tc.format, func(t *testing.T) {
			rec, err := encodeFlateJSON(old, tc.codec)
			if err != nil {
				t.Fatal(err)
			}
			dir := oldArchive(t, tc.format, map[string][]byte{old.ID: rec})

			ro := mustOpen(t, dir, StoreOptions{ReadOnly: true})
			if got, err := ro.Get(old.ID); err != nil || !reflect.DeepEqual(got, old) {
				t.Fatalf("read-only Get = %+v, %v", got, err)
			}
			ro.Close()

			s := mustOpen(t, dir, StoreOptions{})
			if got := format(t, s); got != tc.format {
				t.Errorf("opening for writing changed the format to %s", got)
			}
			if out, err := s.Put([]*Article{old}); err != nil || out[0] != Unchanged {
				t.Fatalf("Put of the stored article = %v, %v, want unchanged", out, err)
			}
			if got := format(t, s); got != tc.format {
				t.Errorf("writing no record changed the format to %s", got)
			}
			if c := rawRecord(t, s, old.ID)[0]; c != tc.codec {
				t.Errorf("unchanged article rewritten with codec %d", c)
			}

			added := &Article{ID: "new-1", Title: "Talks Resume", Date: day(2005, time.March, 1), Body: "Envoys met again."}
			if out, err := s.Put([]*Article{added}); err != nil || out[0] != Added {
				t.Fatalf("Put = %v, %v", out, err)
			}
			if got := format(t, s); got != strconv.Itoa(FormatVersion) {
				t.Errorf("after writing a record the format is %s, want %d", got, FormatVersion)
			}
			var ids []string
			for a, err := range s.Articles() {
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, a.ID)
			}
			if want := []string{old.ID, added.ID}; !reflect.DeepEqual(ids, want) {
				t.Errorf("Articles = %v, want %v", ids, want)
			}
			s.Close()
			// Reading it again, as this binary and as one of the old
			// format would.
			ro = mustOpen(t, dir, StoreOptions{ReadOnly: true})
			if got, err := ro.Get(old.ID); err != nil || !reflect.DeepEqual(got, old) {
				t.Errorf("Get of the old record after the upgrade = %+v, %v", got, err)
			}
		})
	}
}

// TestStoreNewerFormat: an archive of a format newer than this binary's is
// refused for reading and writing, with a message naming both versions and
// what to do, and left as it was. A v2 binary refuses a v3 archive the same
// way (its FormatVersion is 2).
func TestStoreNewerFormat(t *testing.T) {
	newer := strconv.Itoa(FormatVersion + 1)
	dir := oldArchive(t, newer, map[string][]byte{"x": {FormatVersion + 1, 0, 0}})
	for _, ro := range []bool{true, false} {
		s, err := Open(dir, StoreOptions{ReadOnly: ro})
		if err == nil {
			s.Close()
			t.Fatalf("Open(ReadOnly %v) of a v%s archive succeeded", ro, newer)
		}
		want := "has format v" + newer + ", this binary reads v1 to v" + strconv.Itoa(FormatVersion)
		if !errors.Is(err, ErrFormat) || errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(ReadOnly %v) = %v, want ErrFormat (not ErrCorrupt) saying %q", ro, err, want)
		}
	}
	db, err := bolt.Open(StoreFile(dir), 0o644, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get([]byte(MetaFormat))); v != newer {
			t.Errorf("refused archive's format changed to %q", v)
		}
		return nil
	})
}

// TestStoreNoArchive: a reader of a folder whose writer never committed
// (no store file, an empty one, or one without a format) is told there is
// no archive and how to make one; a writer then starts a new archive there.
func TestStoreNoArchive(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, path string)
	}{
		{"no folder", func(t *testing.T, path string) {}},
		{"empty store file", func(t *testing.T, path string) {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"store without buckets", func(t *testing.T, path string) {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			db, err := bolt.Open(path, 0o644, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "archive")
			tt.setup(t, StoreFile(dir))
			s, err := Open(dir, StoreOptions{ReadOnly: true})
			if err == nil {
				s.Close()
				t.Fatal("read-only Open succeeded")
			}
			if !errors.Is(err, ErrNoArchive) || !strings.Contains(err.Error(), dir) {
				t.Fatalf("read-only Open = %v, want ErrNoArchive naming %s", err, dir)
			}
			w := mustOpen(t, dir, StoreOptions{})
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			r := mustOpen(t, dir, StoreOptions{ReadOnly: true})
			if n, err := r.Count(); err != nil || n != 0 {
				t.Errorf("new archive holds %d articles (%v), want 0", n, err)
			}
		})
	}
}

// TestStoreCorruptRecord: a record that does not decode is an error naming
// the article, wrapping ErrFormat, from Get and from Articles, which then
// carries on with the next article.
func TestStoreCorruptRecord(t *testing.T) {
	good, err := EncodeRecord(&Article{ID: "b", Title: "Fine"})
	if err != nil {
		t.Fatal(err)
	}
	bad := append([]byte(nil), good...)
	bad[len(bad)-1] ^= 0xff // the checksum
	dir := oldArchive(t, strconv.Itoa(FormatVersion), map[string][]byte{"a": bad, "b": good})
	s := mustOpen(t, dir, StoreOptions{ReadOnly: true})
	if _, err := s.Get("a"); !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), `article "a"`) {
		t.Errorf("Get of a corrupt record = %v", err)
	}
	var got []string
	for a, err := range s.Articles() {
		if err != nil {
			got = append(got, "error: "+err.Error())
			continue
		}
		got = append(got, a.ID)
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], `error: article "a": damaged record: decompress record (codec 3)`) || got[1] != "b" {
		t.Errorf("Articles = %q", got)
	}
}
