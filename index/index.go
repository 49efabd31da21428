package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2"
	bdocument "github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
	bolterrors "go.etcd.io/bbolt/errors"
)

var (
	// ErrSettings is returned by Open when the index was built with other
	// settings than this binary uses: build it again from the store.
	ErrSettings = errors.New("index built with other settings")
	// ErrNoIndex is returned by a read-only Open of an archive whose store
	// names no index: build it from the store.
	ErrNoIndex = errors.New("no index")
	// ErrUnreadable is returned (with Bleve's error) by Open when the index
	// cannot be opened: build it again from the store.
	ErrUnreadable = errors.New("the index does not open")
	// ErrDisagree is returned (wrapped) when the index names an article
	// the store lacks, or the index could not persist what the store
	// holds: the store's journal or a verify finds what to write again.
	ErrDisagree = errors.New("index and store disagree")
)

// Options configure Open.
type Options struct {
	// ReadOnly opens the archive for searching. Readers share the archive
	// with each other but not with a running writer: they get
	// archive.ErrBusy after Timeout.
	ReadOnly bool
	// Timeout bounds the wait for file locks; 0 means 500ms.
	Timeout time.Duration
	// SkipSettingsCheck opens an index built with other settings (for
	// rebuild and verify, which report or replace it).
	SkipSettingsCheck bool
	// StoreOnly opens the store but not the Bleve index: for Rebuild, which
	// must work when the index is damaged or missing.
	StoreOnly bool
	// Pread reads a read-only store's records with pread, not through its
	// memory map: for a process that searches once (archive.StoreOptions).
	Pread bool
	// noAutoMerge keeps Bleve's merger from merging a writer's segments
	// (tests of Compact, which need several segments to merge).
	noAutoMerge bool
}

// Index is an open archive: the bbolt store that is the source of truth and
// the Bleve index built from it.
type Index struct {
	Store  *archive.Store
	bi     bleve.Index
	dir    string
	name   string
	opts   Options
	facets *facetCache
	copies copyCache // near-duplicate copies by segment (copies.go)
	// writing holds the near-duplicate bands of the batches Put is
	// writing, which groupDocs cannot find in the index yet (dedup.go).
	writing inflight

	// Batches written but not yet reported persisted by Bleve (see apply).
	pending    sync.WaitGroup
	mu         sync.Mutex
	persisted  []string // journal ids whose batches are persisted
	persistErr error
	// unpersisted holds a token per batch not yet persisted (see apply).
	unpersisted chan struct{}
	// indexed counts the documents put since the last dropMapped.
	indexed atomic.Int64
	// The first failure of Bleve's background persister or merger (see
	// failure.go); failed is closed when it is recorded.
	failMu  sync.Mutex
	failure error
	failed  chan struct{}
	// unloaded counts the snapshots scorch could not load when it opened
	// the index (see RouteBleveLog): it fell back to an older one.
	unloaded int
}

// Open opens the archive in dir, creating it when opened for writing. For
// writing it first replays the journal left by an interrupted ingest, so the
// index agrees with the store before anything else happens.
func Open(dir string, opts Options) (*Index, error) {
	if opts.Timeout == 0 {
		opts.Timeout = 500 * time.Millisecond
	}
	st, err := archive.Open(dir, archive.StoreOptions{ReadOnly: opts.ReadOnly, Timeout: opts.Timeout, Pread: opts.Pread})
	if err != nil {
		return nil, err
	}
	ix := &Index{Store: st, dir: dir, opts: opts, unpersisted: make(chan struct{}, maxUnpersisted), failed: make(chan struct{})}
	if opts.StoreOnly {
		ix.name, err = st.Meta(archive.MetaIndex)
		if err != nil {
			st.Close()
			return nil, err
		}
		return ix, nil
	}
	if err := ix.openBleve(); err != nil {
		st.Close()
		return nil, err
	}
	if !opts.ReadOnly {
		if err := ix.Recover(); err != nil {
			ix.Close()
			return nil, err
		}
		// Folders left by a writer killed while creating the first index or
		// during a rebuild. No reader can be using them: readers hold the
		// store's shared lock, which excludes this writer.
		if err := ix.removeStale(); err != nil {
			ix.Close()
			return nil, fmt.Errorf("remove index folders left by an interrupted run: %w", err)
		}
	}
	return ix, nil
}

func (ix *Index) openBleve() error {
	name, err := ix.Store.Meta(archive.MetaIndex)
	if err != nil {
		return err
	}
	if name == "" {
		if ix.opts.ReadOnly {
			return fmt.Errorf("archive %s has %w", ix.dir, ErrNoIndex)
		}
		name, err = ix.nextName()
		if err != nil {
			return err
		}
		// Created with scorch's default (safe) batches: Bleve stores the
		// mapping with a batch, which with unsafe_batch was persisted only
		// later, so a writer killed just after the store named the new
		// index left one that failed to open ("error parsing mapping
		// JSON"). Closed once persisted, it is opened below as a writer.
		path := filepath.Join(archive.IndexFolder(ix.dir), name)
		bi, err := bleve.NewUsing(path, NewMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, nil)
		if err == nil {
			err = bi.Close()
		}
		if err != nil {
			os.RemoveAll(path)
			return fmt.Errorf("create index in %s: %w", ix.dir, err)
		}
		if err := ix.Store.SetMeta(archive.MetaSettings, SettingsHash(), archive.MetaIndex, name); err != nil {
			return err
		}
	}
	if !ix.opts.SkipSettingsCheck {
		if got, _ := ix.Store.Meta(archive.MetaSettings); got != SettingsHash() {
			return fmt.Errorf("archive %s: %w (%s, this binary uses %s)", ix.dir, ErrSettings, got, SettingsHash())
		}
	}
	path := filepath.Join(archive.IndexFolder(ix.dir), name)
	cfg := map[string]interface{}{"bolt_timeout": ix.opts.Timeout.String()}
	if ix.opts.ReadOnly {
		cfg["read_only"] = true
	} else {
		for k, v := range writerConfig(ix.opts.noAutoMerge) {
			cfg[k] = v
		}
		watchFailures(ix, path)
	}
	before := unloadedSnapshots.Load()
	bi, err := bleve.OpenUsing(path, cfg)
	ix.unloaded = int(unloadedSnapshots.Load() - before)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return fmt.Errorf("open index %s: %w", path, archive.ErrBusy)
	}
	if err != nil {
		return fmt.Errorf("open index %s: %w: %w", path, ErrUnreadable, err)
	}
	ix.bi, ix.name = bi, name
	ix.facets = newFacetCache(facetFields(), archive.FacetFolder(ix.dir, name))
	return nil
}

// facetFields are the fields a facet cache and the facet files hold.
func facetFields() []string { return append(append([]string{}, FacetFields...), FieldYear) }

// BatchSize is how many articles go into one store transaction and one
// Bleve batch: ingest's default, and what rebuild, repair and retag write
// at once. Bleve's memory grows with the batch (bleve #1604); with the
// indexer's 1 GiB soft memory limit, 40,000 articles took 16.7 s in batches
// of 1,000, 20.3 s in batches of 250 and 30.0 s in batches of 2,500
// (docs/BENCHMARKS.md).
const BatchSize = 1000

// maxUnpersisted is how many written batches may wait for Bleve's
// persister at once; a writer blocks past it. Four batches of 1,000
// articles keep the persister busy without letting memory grow with the
// ingest.
const maxUnpersisted = 4

// maxMergedDocs caps the documents of a segment that Bleve's merger makes
// (its default is 5,000,000). A merge reads its input segments through
// memory-mapped files, so those pages count in the writer's resident set:
// uncapped, the last merges of a 1,000,000-article ingest read gigabytes.
// Capped, an archive of a million articles keeps about ten large segments,
// which a search visits one after the other.
const maxMergedDocs = 100_000

// mergeWidth is how many segments of one size Bleve's merger lets pile up
// before it merges them into one (MaxSegmentsPerTier and
// SegmentsPerMergeTask; Bleve's default is 10). With 20, the 1,000-article
// segments of an ingest merge into segments of 20,000, which at 100,000
// articles are not merged again: a 100,000-article ingest of the bench's
// synthetic corpus wrote 495 and 500 MB of merged segments instead of 760
// and 761 (Bleve's TotFileMergeWrittenBytes, two runs each), and left 15
// or 16 segments instead of 14 (docs/BENCHMARKS.md).
const mergeWidth = 20

// writerConfig is the scorch configuration of a writer: see apply. With
// noAutoMerge Bleve's merger merges nothing: it merges only segments of
// fewer documents than half of MaxSegmentSize.
func writerConfig(noAutoMerge bool) map[string]interface{} {
	maxDocs := maxMergedDocs
	if noAutoMerge {
		maxDocs = 1
	}
	return map[string]interface{}{
		"unsafe_batch":           true,
		"asyncErrorCallbackName": asyncErrorCallback,
		"scorchMergePlanOptions": map[string]interface{}{
			"MaxSegmentSize":       maxDocs,
			"MaxSegmentsPerTier":   mergeWidth,
			"SegmentsPerMergeTask": mergeWidth,
		},
	}
}

// nextName returns an index folder name not used yet: idx-1, idx-2, ...
func (ix *Index) nextName() (string, error) {
	ents, err := os.ReadDir(archive.IndexFolder(ix.dir))
	if err != nil && !os.IsNotExist(err) {
		return "", err
	}
	max := 0
	for _, e := range ents {
		if n, err := strconv.Atoi(strings.TrimPrefix(e.Name(), "idx-")); err == nil && n > max {
			max = n
		}
	}
	return "idx-" + strconv.Itoa(max+1), nil
}

// Dir returns the archive folder.
func (ix *Index) Dir() string { return ix.dir }

// Close closes the index and the store. It is safe to call more than once.
func (ix *Index) Close() error {
	if ix == nil {
		return nil
	}
	var errs []error
	if ix.bi != nil {
		flushed := true
		if !ix.opts.ReadOnly {
			err := ix.Flush(time.Minute)
			flushed = err == nil
			errs = append(errs, err)
		}
		errs = append(errs, ix.facets.close(), ix.bi.Close())
		ix.bi = nil
		path := filepath.Join(archive.IndexFolder(ix.dir), ix.name)
		unwatch(path)
		if !ix.opts.ReadOnly && flushed && errors.Join(errs...) == nil {
			// Readers count facets from these (facetfile.go); without
			// them a search still works, more slowly.
			if err := writeFacetFiles(path, archive.FacetFolder(ix.dir, ix.name), facetFields()); err != nil {
				errs = append(errs, fmt.Errorf("write the facet tables of index %s (searches work without them, more slowly; repairing the index writes them): %w", path, err))
			}
		}
	}
	errs = append(errs, ix.Store.Close())
	return errors.Join(errs...)
}

// snapshot opens a reader of the index as it is now; close it after use.
func (ix *Index) snapshot() (bindex.IndexReader, error) { return indexReader(ix.bi) }

// indexReader returns a reader of a snapshot of bi; close it after use.
func indexReader(bi bleve.Index) (bindex.IndexReader, error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("open index snapshot: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("open index snapshot: %w", err)
	}
	return r, nil
}

// DocCount returns the number of documents in the Bleve index.
func (ix *Index) DocCount() (uint64, error) { return ix.bi.DocCount() }

// Put adds or replaces articles in the index in one Bleve batch. They are
// searchable when Put returns. Their journal entries are cleared once Bleve
// reports the batch persisted (see persisted); until then a crash leaves
// them in the journal and the next writer indexes them again.
func (ix *Index) Put(arts []*archive.Article) error {
	if len(arts) == 0 {
		return nil
	}
	docs, release, err := ix.groupDocs(ix.bi, arts, &ix.writing)
	if err != nil {
		return err
	}
	defer release() // after apply: the batch is searchable, or failed
	b := newBatch(docs)
	ids := make([]string, 0, len(docs))
	for _, d := range docs {
		ids = append(ids, d.id)
	}
	if err := ix.apply(b, ids, fmt.Sprintf("write index batch of %d articles", len(arts))); err != nil {
		return err
	}
	if ix.indexed.Add(int64(len(docs))) >= dropEveryDocs {
		ix.indexed.Store(0)
		ix.dropMapped()
	}
	return nil
}

// dropEveryDocs is how many documents a writer indexes between two drops of
// the index's mapped pages (dropMapped): a few seconds of an ingest. With
// 20,000 the resident pages of segment files still reached 800 MB at a
// million articles, while Bleve merged large segments.
const dropEveryDocs = 5_000

// Delete removes ids from the index; their journal entries are cleared as
// for Put.
func (ix *Index) Delete(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	b := bindex.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	return ix.apply(b, ids, fmt.Sprintf("delete %d articles from index", len(ids)))
}

// Index writes are asynchronous in their durability: scorch is opened with
// unsafe_batch, so Batch returns once the batch is searchable, and the
// persister writes segments to disk in the background. Waiting for each
// batch's fsync (scorch's default) made ingest wait on the disk after every
// batch. The journal keeps this safe: each batch's persisted callback
// queues its ids, and the journal entries are cleared (in the next write or
// on Close) only after Bleve has persisted them.

// apply runs batch b, whose journal ids are ids.
func (ix *Index) apply(b *bindex.Batch, ids []string, what string) error {
	if err := ix.clearPersisted(); err != nil {
		return err
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := ix.failedErr(); err != nil {
		return fmt.Errorf("%s: %w", what, ix.persistFailure(err))
	}
	// Bound the batches Bleve holds in memory, unpersisted: without waiting
	// for the disk, an ingest outran the persister and its memory grew.
	select {
	case ix.unpersisted <- struct{}{}:
	case <-ix.failed:
		return fmt.Errorf("%s: %w", what, ix.persistFailure(ix.failedErr()))
	}
	var once sync.Once
	ix.pending.Add(1)
	done := func() {
		once.Do(func() {
			<-ix.unpersisted
			ix.pending.Done()
		})
	}
	b.SetPersistedCallback(func(err error) {
		defer done()
		ix.mu.Lock()
		defer ix.mu.Unlock()
		if err != nil {
			ix.persistErr = err
			return
		}
		ix.persisted = append(ix.persisted, ids...)
	})
	if err := adv.Batch(b); err != nil {
		done()
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// sizedDocument is a Bleve document whose Size is known before it is
// analysed. Bleve's writer asks each analysed document its size, for its
// memory statistics only; the document's own Size walks every token
// location, which took 5% of an ingest's CPU on the single goroutine that
// builds the batch's segment.
type sizedDocument struct {
	*bdocument.Document
	size int
}

func (d *sizedDocument) Size() int { return d.size }

// newBatch returns a Bleve batch that writes docs.
func newBatch(docs []doc) *bindex.Batch {
	b := bindex.NewBatch()
	for _, d := range docs {
		// The estimate of an analysed document's memory: about 20 bytes
		// of token locations and term entries per byte of its text
		// (Bleve's own Size gave 21 on 500 synthetic 3 KB articles).
		size := 20 * (len(d.art.Title) + len(d.art.Body))
		b.Update(&sizedDocument{Document: bleveDocument(d.id, d.fields()), size: size})
	}
	return b
}

// persistFailure is the error of a failure of Bleve's background work.
func (ix *Index) persistFailure(err error) error {
	if archive.IsNoSpace(err) {
		return archive.NoSpace(ix.dir, err)
	}
	return fmt.Errorf("index writer failed: %w (the journal keeps the articles not yet written; the next run indexes them again)", err)
}

// clearPersisted clears the journal entries of persisted batches.
func (ix *Index) clearPersisted() error {
	ix.mu.Lock()
	ids, err := ix.persisted, ix.persistErr
	ix.persisted, ix.persistErr = nil, nil
	ix.mu.Unlock()
	if err != nil {
		return fmt.Errorf("index persister: %w; the journal keeps the affected articles: %w", err, ErrDisagree)
	}
	if len(ids) == 0 {
		return nil
	}
	return ix.Store.ClearJournal(ids)
}

// Flush waits until every batch written so far is persisted (at most
// timeout) and clears their journal entries.
func (ix *Index) Flush(timeout time.Duration) error {
	ch := make(chan struct{})
	go func() {
		ix.pending.Wait()
		close(ch)
	}()
	select {
	case <-ch:
	case <-ix.failed:
		// What was persisted is cleared from the journal; the rest stays
		// for the next run.
		return errors.Join(ix.persistFailure(ix.failedErr()), ix.clearPersisted())
	case <-time.After(timeout):
		return fmt.Errorf("index not persisted after %s; the journal keeps the rest for the next run", timeout)
	}
	return ix.clearPersisted()
}

// Recover replays the journal: every article the store accepted but the
// index may not hold yet is indexed again from the store (or removed from
// the index when the store no longer has it). It returns after the journal
// is empty.
func (ix *Index) Recover() error {
	j, err := ix.Store.Journal()
	if err != nil || len(j) == 0 {
		return err
	}
	var puts []*archive.Article
	var dels []string
	for id, op := range j {
		a, err := ix.Store.Get(id)
		_, damaged := archive.Damaged(err)
		switch {
		case errors.Is(err, archive.ErrNotFound), damaged:
			// A damaged record cannot be indexed: its old document goes,
			// and verify reports the record.
			dels = append(dels, id)
		case err != nil:
			return fmt.Errorf("recover journal: %w", err)
		default:
			_ = op
			puts = append(puts, a)
		}
		if len(puts) >= 500 {
			if err := ix.Put(puts); err != nil {
				return fmt.Errorf("recover journal: %w", err)
			}
			puts = puts[:0]
		}
	}
	if err := ix.Put(puts); err != nil {
		return fmt.Errorf("recover journal: %w", err)
	}
	return ix.Delete(dels)
}

// fullText is what the body field indexes: the title, then the body, so
// that a bare word is one term lookup in one field. Searching title and
// body as two fields made every word a disjunction of two postings lists;
// on 10,000 Reuters articles (p50 of two alternating runs, same hits)
// "said" took 5.0 and 2.3 ms against 2.0 and 1.3 now, "oil" 3.5 and 2.4
// against 1.0 and 0.8, "said AND oil" 3.4 and 2.6 against 2.7 and 1.8. A
// title word no longer weighs more than a body word.
func fullText(a *archive.Article) string {
	if a.Title == "" {
		return a.Body
	}
	return a.Title + "\n\n" + a.Body
}
