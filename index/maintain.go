package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// fingerprints returns every document id in the Bleve index with its
// stored fingerprint, paging through a match-all search in id order.
func fingerprints(bi bleve.Index) (map[string]string, error) {
	out := map[string]string{}
	const page = 5000
	var after []string
	for {
		sr := bleve.NewSearchRequestOptions(bq.NewMatchAllQuery(), page, 0, false)
		sr.Fields = []string{FieldHash}
		sr.SortByCustom(search.SortOrder{&search.SortDocID{}})
		if after != nil {
			sr.SearchAfter = after
		}
		res, err := bi.Search(sr)
		if err != nil {
			return nil, fmt.Errorf("list index documents: %w", err)
		}
		for _, h := range res.Hits {
			fp, _ := h.Fields[FieldHash].(string)
			out[h.ID] = fp
		}
		if len(res.Hits) < page {
			return out, nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// Report is what Verify found.
type Report struct {
	Articles     int      // articles in the store
	Documents    int      // documents in the index
	MissingInIdx []string // in the store, not in the index
	ExtraInIdx   []string // in the index, not in the store
	Stale        []string // in both, with a different fingerprint
	Damaged      Damage   // records of the store that do not decode
	Quarantined  []string // damaged records moved to quarantine by repair
	// Unloaded counts the index snapshots Bleve could not load when it
	// opened the index (a crash or a full disk damaged them): it fell
	// back to an older one, and warns on every open. Repair rebuilds.
	Unloaded      int
	Rebuilt       bool // repair built a fresh index
	Journal       int  // pending journal entries
	SettingsOK    bool // the index was built with this binary's settings
	FormatVersion string
	Repaired      bool

	// Segments counts the index's segment files, and FacetFiles those
	// with a usable facet file (facetfile.go): searches count the others'
	// facets more slowly. Not a disagreement: a writer writes the missing
	// ones when it closes.
	Segments, FacetFiles int
}

// OK reports whether store and index agree.
func (r *Report) OK() bool {
	return len(r.MissingInIdx) == 0 && len(r.ExtraInIdx) == 0 && len(r.Stale) == 0 && r.Journal == 0 && r.SettingsOK && len(r.Damaged) == 0 && r.Unloaded == 0
}

// Damage lists the damaged records (archive.DamagedError) a pass over the
// store skipped. As an error it names them; Verify with repair moves them
// to quarantine.
type Damage []*archive.DamagedError

func (d Damage) Error() string {
	ids := make([]string, len(d))
	for i, e := range d {
		ids[i] = e.ID
	}
	return fmt.Sprintf("%d damaged %s skipped (%s)", len(d), plural(len(d), "record", "records"), strings.Join(ids, ", "))
}

// Skip adds err to d and reports true when it is a damaged record;
// any other error is for the caller.
func (d *Damage) Skip(err error) bool {
	var de *archive.DamagedError
	if errors.As(err, &de) {
		*d = append(*d, de)
		return true
	}
	return false
}

// Verify compares every article in the store with its index document and
// reports what differs. With repair it then re-indexes missing and stale
// articles from the store and deletes documents the store does not have
// (a settings mismatch needs Rebuild instead); damaged records go to
// quarantine, recorded in the audit log as done by command.
func (ix *Index) Verify(repair bool, command string) (*Report, error) {
	r := &Report{Unloaded: ix.unloaded}
	r.Segments, r.FacetFiles = ix.facetFiles()
	r.FormatVersion, _ = ix.Store.Meta(archive.MetaFormat)
	got, _ := ix.Store.Meta(archive.MetaSettings)
	r.SettingsOK = got == SettingsHash()
	var err error
	if r.Journal, err = ix.Store.JournalLen(); err != nil {
		return nil, err
	}
	docs, err := fingerprints(ix.bi)
	if err != nil {
		return nil, err
	}
	r.Documents = len(docs)
	seen := make(map[string]bool, len(docs))
	for a, err := range ix.Store.Articles() {
		if r.Damaged.Skip(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		r.Articles++
		seen[a.ID] = true
		fp, ok := docs[a.ID]
		switch {
		case !ok:
			r.MissingInIdx = append(r.MissingInIdx, a.ID)
		case fp != a.Fingerprint():
			r.Stale = append(r.Stale, a.ID)
		}
	}
	damaged := map[string]bool{}
	for _, d := range r.Damaged {
		damaged[d.ID] = true
	}
	for id := range docs {
		// A damaged record's document stays until repair quarantines it.
		if !seen[id] && !damaged[id] {
			r.ExtraInIdx = append(r.ExtraInIdx, id)
		}
	}
	sort.Strings(r.ExtraInIdx)
	if !repair || r.OK() {
		return r, nil
	}
	if ix.opts.ReadOnly {
		return r, errors.New("repair needs the archive open for writing")
	}
	if r.Unloaded > 0 {
		// Patching would leave the snapshot that does not load, newer
		// than what the patch writes: a fresh index instead.
		err := ix.Rebuild(nil)
		if d, ok := err.(Damage); ok {
			err = nil
			ids := make([]string, len(d))
			for i, e := range d {
				ids[i] = e.ID
			}
			if r.Quarantined, err = ix.Store.Quarantine(ids, archive.AuditEntry{Command: command}); err == nil {
				err = ix.Store.ClearJournal(ids)
			}
		}
		if err != nil {
			return r, err
		}
		r.Repaired, r.Rebuilt = true, true
		return r, nil
	}
	fix := append(append([]string{}, r.MissingInIdx...), r.Stale...)
	for len(fix) > 0 {
		n := min(len(fix), BatchSize)
		var arts []*archive.Article
		for _, id := range fix[:n] {
			a, err := ix.Store.Get(id)
			if err != nil {
				return r, err
			}
			arts = append(arts, a)
		}
		if err := ix.Put(arts); err != nil {
			return r, err
		}
		fix = fix[n:]
	}
	if err := ix.Delete(r.ExtraInIdx); err != nil {
		return r, err
	}
	if len(r.Damaged) > 0 {
		ids := make([]string, len(r.Damaged))
		for i, d := range r.Damaged {
			ids[i] = d.ID
		}
		// Recover below removes their documents from the index.
		if r.Quarantined, err = ix.Store.Quarantine(ids, archive.AuditEntry{Command: command}); err != nil {
			return r, err
		}
	}
	if err := ix.Recover(); err != nil {
		return r, err
	}
	r.Repaired = true
	return r, nil
}

// Rebuild builds a fresh index from the store alone in a new folder and
// publishes it atomically by switching the store's "index" meta key to it;
// only then is the old index removed. Until the switch, readers and a crash
// see the old index whole. progress, if set, is called with the count of
// articles indexed so far. The Index must be open for writing.
func (ix *Index) Rebuild(progress func(n int)) error {
	if ix.opts.ReadOnly {
		return errors.New("rebuild needs the archive open for writing")
	}
	name, err := ix.nextName()
	if err != nil {
		return err
	}
	path := filepath.Join(archive.IndexFolder(ix.dir), name)
	bi, err := bleve.New(path, NewMapping())
	if err != nil {
		return fmt.Errorf("create index %s: %w", path, err)
	}
	fail := func(err error) error {
		bi.Close()
		os.RemoveAll(path)
		return fmt.Errorf("rebuild (old index kept): %w", err)
	}
	n := 0
	var damage Damage
	var arts []*archive.Article
	flush := func() error {
		docs, _, err := ix.groupDocs(bi, arts, nil) // one batch at a time
		if err != nil {
			return err
		}
		adv, err := bi.Advanced()
		if err != nil {
			return err
		}
		arts = arts[:0]
		return adv.Batch(newBatch(docs))
	}
	for a, err := range ix.Store.Articles() {
		if damage.Skip(err) {
			continue
		}
		if err != nil {
			return fail(err)
		}
		arts = append(arts, a)
		n++
		if len(arts) >= BatchSize {
			if err := flush(); err != nil {
				return fail(err)
			}
			if progress != nil {
				progress(n)
			}
		}
	}
	if err := flush(); err != nil {
		return fail(err)
	}
	if progress != nil {
		progress(n)
	}
	// Publish: the store's meta names the new index in one transaction.
	if err := ix.Store.SetMeta(archive.MetaSettings, SettingsHash(), archive.MetaIndex, name); err != nil {
		return fail(err)
	}
	if ix.bi != nil {
		ix.bi.Close()
	}
	// Segment ids start again in the new index: tables kept by id go.
	ix.facets.close()
	ix.bi, ix.name = bi, name
	ix.facets = newFacetCache(facetFields(), archive.FacetFolder(ix.dir, name))
	j, err := ix.Store.Journal()
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(j))
	for id := range j {
		ids = append(ids, id)
	}
	if err := ix.Store.ClearJournal(ids); err != nil {
		return err
	}
	if err := ix.removeStale(); err != nil {
		return err
	}
	if len(damage) > 0 {
		return damage
	}
	return nil
}

// removeStale removes index folders other than the current one: the old
// index after a rebuild, and any half-built one a crash left.
func (ix *Index) removeStale() error {
	ents, err := os.ReadDir(archive.IndexFolder(ix.dir))
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range ents {
		if e.Name() != ix.name {
			errs = append(errs, os.RemoveAll(filepath.Join(archive.IndexFolder(ix.dir), e.Name())))
		}
	}
	return errors.Join(errs...)
}
