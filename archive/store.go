package archive

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"os"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

var (
	// ErrNotFound is returned when no article has the requested id.
	ErrNotFound = errors.New("no such article")
	// ErrBusy is returned by Open when another process holds the store for
	// writing and the timeout passed.
	ErrBusy = errors.New("archive is busy: another process is writing to it")
	// ErrNoArchive is returned by a read-only Open of a folder that holds no
	// archive.
	ErrNoArchive = errors.New("no archive here")
	// ErrInUse is returned by Open for writing when another process has the
	// store open (a search, an export, or a writer) and the timeout passed.
	ErrInUse = errors.New("archive is open in another process (a search, export or stats reading it, or a writer)")
	// ErrFormat is returned when the archive, or one of its records, is in
	// a format this binary cannot read: a newer binary wrote it, or it is
	// corrupt.
	ErrFormat = errors.New("unsupported archive format")
	// ErrCorrupt is returned with ErrFormat when a stored record is
	// damaged: this binary knows its format but cannot decode it.
	ErrCorrupt = errors.New("the record is corrupt")
)

// StoreOptions configure Open.
type StoreOptions struct {
	// ReadOnly opens the store for reading; several readers may share it,
	// but not with a writer.
	ReadOnly bool
	// Timeout bounds the wait for the file lock; 0 means 500ms. A reader
	// holds the lock (shared) for as long as it has the store open, so a
	// writer that must wait for readers needs a long timeout.
	Timeout time.Duration
	// Pread makes a read-only store read records (Get) with pread from
	// the file instead of through bbolt's memory map (pread.go): cheaper
	// for a process that reads a few records once, as a search command
	// does, since each first touch of a mapped page is a page fault; not
	// for one that reads records again and again, as a server does, whose
	// mapped pages stay mapped.
	Pread bool
}

// Store is the bbolt file of an archive: articles, their metadata and the
// index journal. It is safe for concurrent use.
type Store struct {
	db   *bolt.DB
	dir  string
	ro   bool
	done bool
	// pages reads a read-only store's records without its memory map
	// (pread.go, StoreOptions.Pread); nil otherwise, or when it cannot.
	pages *pageReader
	// written counts the record bytes written since the store last
	// dropped its mapped pages (dropMapped); only write transactions,
	// which bbolt runs one at a time, touch it.
	written int
}

// dropEvery is how many bytes of records a store writes or a pass over it
// reads between two drops of its mapped pages (dropMapped). Reads between
// two drops map more than they read (the kernel maps the neighbours of a
// page read): with 64 MB, a million-article ingest still held up to 350 MB
// of the store's pages.
const dropEvery = 16 << 20

// Open opens (and for writing, creates) the store of the archive in dir.
func Open(dir string, opts StoreOptions) (*Store, error) {
	if opts.Timeout == 0 {
		opts.Timeout = 500 * time.Millisecond
	}
	path := StoreFile(dir)
	if opts.ReadOnly {
		// An empty file is a store whose writer was stopped before it
		// wrote anything: bbolt would try to initialise it, which a
		// reader cannot.
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			return nil, noArchive(dir)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create archive folder: %w", err)
	}
	if opts.ReadOnly && serving(dir, path) {
		// A writer holds the store and answers searches on its socket:
		// say so now rather than after the lock timeout.
		return nil, fmt.Errorf("open archive %s: %w", dir, ErrBusy)
	}
	var pf *os.File // for the page reader (pread.go), opened before bbolt opens the file
	if opts.ReadOnly && opts.Pread {
		pf, _ = os.Open(path)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: opts.Timeout, ReadOnly: opts.ReadOnly})
	if err != nil && pf != nil {
		pf.Close()
	}
	if errors.Is(err, berrors.ErrTimeout) {
		if !opts.ReadOnly {
			return nil, fmt.Errorf("open archive %s for writing: %w", dir, ErrInUse)
		}
		return nil, fmt.Errorf("open archive %s: %w", dir, ErrBusy)
	}
	if err != nil {
		return nil, fmt.Errorf("open archive %s: %w", path, err)
	}
	s := &Store{db: db, dir: dir, ro: opts.ReadOnly}
	if opts.ReadOnly {
		// A reader reads records: set up the record decompressor (its
		// tables from the dictionary, about a third of a millisecond) on
		// another core while the index opens and the first search runs,
		// rather than on the first Get, which a new `search` process
		// makes right after its search.
		go recordDecoder()
	}
	if !opts.ReadOnly {
		err = db.Update(func(tx *bolt.Tx) error {
			for _, b := range [][]byte{bucketMeta, bucketArticles, bucketJournal} {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			m := tx.Bucket(bucketMeta)
			if m.Get([]byte(MetaFormat)) == nil {
				return m.Put([]byte(MetaFormat), []byte(strconv.Itoa(FormatVersion)))
			}
			// An older readable format stays as it is until PutEncoded
			// writes a record: until then its own binaries can still
			// read it.
			return nil
		})
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("initialise archive %s: %w", path, err)
		}
	}
	if err := s.checkFormat(); err != nil {
		if pf != nil {
			pf.Close()
		}
		db.Close()
		return nil, err
	}
	s.pages = newPageReader(pf, path, db)
	return s, nil
}

// noArchive is the error for a folder that holds no archive.
func noArchive(dir string) error {
	return fmt.Errorf("open archive %s: %w", dir, ErrNoArchive)
}

func (s *Store) checkFormat() error {
	v, _ := s.Meta(MetaFormat)
	if v == "" {
		return noArchive(s.dir)
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < OldestFormat || n > FormatVersion {
		return fmt.Errorf("archive %s has format v%s, this binary reads v%d to v%d: %w", s.dir, v, OldestFormat, FormatVersion, ErrFormat)
	}
	return nil
}

// Dir returns the archive folder.
func (s *Store) Dir() string { return s.dir }

// ReadOnly reports whether the store was opened for reading only.
func (s *Store) ReadOnly() bool { return s.ro }

// Close closes the store. It is safe to call more than once.
func (s *Store) Close() error {
	if s == nil || s.done {
		return nil
	}
	s.done = true
	return errors.Join(s.pages.close(), s.db.Close())
}

// Meta returns the meta value for key, "" when unset.
func (s *Store) Meta(key string) (string, error) {
	var v string
	err := s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketMeta); b != nil {
			v = string(b.Get([]byte(key)))
		}
		return nil
	})
	return v, err
}

// SetMeta sets meta values, given as key, value pairs, in one transaction.
func (s *Store) SetMeta(kv ...string) error {
	if len(kv)%2 != 0 {
		return errors.New("SetMeta needs key, value pairs")
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMeta)
		for i := 0; i < len(kv); i += 2 {
			if err := b.Put([]byte(kv[i]), []byte(kv[i+1])); err != nil {
				return err
			}
		}
		return nil
	})
}

// Outcome says what Put did with one article.
type Outcome int

// Outcomes of Put.
const (
	Added     Outcome = iota // the id was new
	Unchanged                // same id, same content and entities: nothing written
	Replaced                 // same id, different content or entities: replaced
)

func (o Outcome) String() string {
	return [...]string{"added", "unchanged", "replaced"}[o]
}

// Put writes articles in one transaction. An article whose id is stored
// with the same fingerprint is left alone; every other one is written and a
// journal entry records that the index must be updated for it. Later
// articles with an id seen earlier in the same call win.
func (s *Store) Put(arts []*Article) ([]Outcome, error) {
	recs := make([][]byte, len(arts))
	for i, a := range arts {
		rec, err := EncodeRecord(a)
		if err != nil {
			return nil, fmt.Errorf("encode article %s: %w", a.ID, err)
		}
		recs[i] = rec
	}
	return s.PutEncoded(arts, recs)
}

// PutEncoded is Put with the records already encoded by EncodeRecord (so
// that callers can encode in parallel); recs[i] is the record of arts[i].
func (s *Store) PutEncoded(arts []*Article, recs [][]byte) ([]Outcome, error) {
	if len(recs) != len(arts) {
		return nil, errors.New("PutEncoded: one record per article")
	}
	out := make([]Outcome, len(arts))
	err := s.db.Update(func(tx *bolt.Tx) error {
		if s.written >= dropEvery {
			dropMapped(tx)
			s.written = 0
		}
		for _, r := range recs {
			s.written += len(r)
		}
		ab, jb := tx.Bucket(bucketArticles), tx.Bucket(bucketJournal)
		ab.FillPercent = fillPercent
		upgraded := false
		for i, a := range arts {
			key := []byte(a.ID)
			old := ab.Get(key)
			switch {
			case old == nil:
				out[i] = Added
			case bytes.Equal(old, recs[i]):
				out[i] = Unchanged
				continue
			default:
				prev, err := decodeRecord(old)
				if err == nil && prev.Fingerprint() == a.Fingerprint() {
					out[i] = Unchanged
					continue
				}
				out[i] = Replaced
			}
			if !upgraded {
				if err := upgradeFormat(tx); err != nil {
					return err
				}
				upgraded = true
			}
			if err := ab.Put(key, recs[i]); err != nil {
				return err
			}
			if err := jb.Put(key, []byte(OpPut)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("write %d articles to %s: %w", len(arts), s.dir, err)
	}
	return out, nil
}

// upgradeFormat records FormatVersion in an archive of an older format, in
// the transaction that writes its first records of the current codec: from
// then on the binaries of the older format refuse it (checkFormat), where
// they would otherwise fail on those records one by one.
func upgradeFormat(tx *bolt.Tx) error {
	m := tx.Bucket(bucketMeta)
	v := m.Get([]byte(MetaFormat))
	if n, err := strconv.Atoi(string(v)); err == nil && n >= OldestFormat && n < FormatVersion {
		return m.Put([]byte(MetaFormat), []byte(strconv.Itoa(FormatVersion)))
	}
	return nil
}

// fillPercent is how full bbolt fills a page before splitting it. Its
// default, 0.5, left the Reuters-21578 archive half empty (26 MB allocated
// for 13 MB of records): ids arrive in no particular order, so pages split
// anywhere.
const fillPercent = 0.9

// Delete removes articles by id and journals their removal from the index.
// It returns how many existed.
func (s *Store) Delete(ids []string) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		ab, jb := tx.Bucket(bucketArticles), tx.Bucket(bucketJournal)
		for _, id := range ids {
			if ab.Get([]byte(id)) == nil {
				continue
			}
			n++
			if err := ab.Delete([]byte(id)); err != nil {
				return err
			}
			if err := jb.Put([]byte(id), []byte(OpDelete)); err != nil {
				return err
			}
		}
		return nil
	})
	return n, err
}

// Get returns the article with the given id, or ErrNotFound.
func (s *Store) Get(id string) (*Article, error) {
	if s.pages != nil {
		// Absent, or not readable from the pages: as bbolt reads it.
		var a *Article
		var err error
		if found, perr := s.pages.get([]byte(id), func(v []byte) { a, err = decodeRecord(v) }); perr == nil && found {
			if err != nil {
				return nil, &DamagedError{ID: id, Err: err}
			}
			return a, nil
		}
	}
	var a *Article
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketArticles).Get([]byte(id))
		if v == nil {
			return ErrNotFound
		}
		var err error
		if a, err = decodeRecord(v); err != nil {
			return &DamagedError{ID: id, Err: err}
		}
		return nil
	})
	if errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}

// Count returns the number of stored articles.
func (s *Store) Count() (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketArticles).Stats().KeyN
		return nil
	})
	return n, err
}

// Articles iterates over every stored article in id order, inside one read
// transaction: the iteration sees one consistent state of the store. Stop
// early by breaking out of the loop.
func (s *Store) Articles() iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		err := s.db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketArticles).Cursor()
			read := 0
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if read += len(v); read >= dropEvery {
					dropMapped(tx)
					read = 0
				}
				a, err := decodeRecord(v)
				if err != nil {
					err = &DamagedError{ID: string(k), Err: err}
				}
				if !yield(a, err) {
					return errStop
				}
			}
			return nil
		})
		if err != nil && err != errStop {
			yield(nil, err)
		}
	}
}

var errStop = errors.New("stop")

// Journal returns the pending index operations: id -> OpPut or OpDelete.
func (s *Store) Journal() (map[string]string, error) {
	m := map[string]string{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketJournal).ForEach(func(k, v []byte) error {
			m[string(k)] = string(v)
			return nil
		})
	})
	return m, err
}

// JournalLen returns the number of pending index operations: more than
// none after a writer was stopped between storing articles and indexing
// them (the next writer replays them).
func (s *Store) JournalLen() (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketJournal).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			n++
		}
		return nil
	})
	return n, err
}

// ClearJournal removes the journal entries of ids once the index holds them.
func (s *Store) ClearJournal(ids []string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		jb := tx.Bucket(bucketJournal)
		for _, id := range ids {
			if err := jb.Delete([]byte(id)); err != nil {
				return err
			}
		}
		return nil
	})
}
