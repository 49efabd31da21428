package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"chancery/archive"
)

// prepared is a batch ready to write: repeated ids dropped, entities
// extracted and store records encoded.
type prepared struct {
	arts []*archive.Article
	recs [][]byte
	dups int
	err  error
	// removed counts the articles skipped for their tombstone; conflicts
	// are the corrections whose input changed, updated, with their audit
	// entries.
	removed   int
	conflicts map[string]*archive.Correction
	audit     []archive.AuditEntry
	// corrected counts the articles an edited export line corrected; their
	// corrections are saved with the conflicts'.
	corrected int
}

// ExportedLine is an article read from a line of `indexer export`: the
// line, the article's id, and what the line gave (its tags). After the
// ingest (and any name resolution across the archive) TagCommand says
// whether the archive gives the article other tags.
type ExportedLine struct {
	Line, ID string
	Exported *archive.Exported
}

// dupNote begins the note of a record whose id an earlier record of the
// same ingest had; prepare reports it when it finds it, so the warnings
// of the stored articles leave it out.
const dupNote = "duplicate id: "

// prepare keeps the last of any repeated id in a batch, extracts the
// entities and encodes the store records, with Options.Workers goroutines.
// earlier holds the hashes of the ids of the run's earlier batches: an id
// seen there is reported as a duplicate too (the later record wins by
// being written later), and the batch's ids are added to it.
func (in *Ingester) prepare(b batch, earlier *idSet) prepared {
	arts := b.arts
	// Within a batch the later record of an id wins.
	seen := make(map[string]int, len(arts))
	dups := 0
	for i, a := range arts {
		if j, ok := seen[a.ID]; ok {
			fmt.Fprintf(in.opts.Log, "%s: duplicate id %q (first read at %s): the later record wins\n", a.Origin, a.ID, arts[j].Origin)
			a.Notes = append(a.Notes, fmt.Sprintf(dupNote+"also read at %s; this later record was kept", arts[j].Origin))
			arts[j] = nil
			dups++
		}
		seen[a.ID] = i
	}
	kept := arts[:0]
	for _, a := range arts {
		if a != nil {
			kept = append(kept, a)
		}
	}
	arts = kept
	for _, a := range arts {
		if !earlier.add(a.ID) {
			fmt.Fprintf(in.opts.Log, "%s: duplicate id %q (read in an earlier batch of this run): the later record wins\n", a.Origin, a.ID)
			a.Notes = append(a.Notes, dupNote+"also read earlier in the same ingest; this later record was kept")
			dups++
		}
	}
	// The librarian's layer: removed articles stay removed, corrections
	// are applied again.
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	over, err := in.ix.Store.Overrides(ids)
	if err != nil {
		return prepared{err: err}
	}
	p := prepared{conflicts: map[string]*archive.Correction{}}
	if len(over.Tombstones) > 0 {
		kept := arts[:0]
		for _, a := range arts {
			if t := over.Tombstones[a.ID]; t != nil {
				fmt.Fprintf(in.opts.Log, "%s: article %s was removed (%s, %s): skipped%s\n", a.Origin, a.ID, t.Reason, t.Time.Format(archive.DateLayout), hint(in.opts.RemovedHint, a.ID))
				p.removed++
				continue
			}
			kept = append(kept, a)
		}
		arts = kept
	}
	for _, a := range arts {
		if a.Exported == nil {
			continue
		}
		c, err := in.exportedEdits(a, over.Corrections[a.ID], &p)
		if err != nil {
			return prepared{err: err}
		}
		if c != nil {
			over.Corrections[a.ID] = c
		}
	}
	for _, a := range arts {
		c := over.Corrections[a.ID]
		if c == nil {
			continue
		}
		before, _ := json.Marshal(c)
		if conflict, fields := c.Reconcile(a); conflict {
			what := "its text changed"
			if len(fields) > 0 {
				what = "its " + strings.Join(fields, ", ") + " changed"
			}
			fmt.Fprintf(in.opts.Log, "%s: conflict: article %s was corrected, and the input now differs (%s): the correction is kept%s\n", a.Origin, a.ID, what, hint(in.opts.ConflictHint, a.ID))
			after, _ := json.Marshal(c)
			p.conflicts[a.ID] = c
			p.audit = append(p.audit, archive.AuditEntry{Command: in.opts.Command, Action: archive.ActionConflict, IDs: []string{a.ID}, Before: before, After: after, Detail: what})
		}
		c.ApplyFields(a)
	}
	recs := make([][]byte, len(arts))
	errs := make([]error, len(arts))
	w := max(1, min(in.opts.Workers, len(arts)))
	var wg sync.WaitGroup
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; i < len(arts); i += w {
				if in.tag != nil {
					in.tag.Extract(arts[i])
				}
				if in.opts.Resolver != nil {
					in.opts.Resolver.Resolve(arts[i])
				}
				// Fields again: the tagger gives a source its alias's
				// name, and the librarian's source wins over an alias.
				over.Corrections[arts[i].ID].Apply(arts[i])
				recs[i], errs[i] = archive.EncodeRecord(arts[i])
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return prepared{err: fmt.Errorf("encode article %s: %w", arts[i].ID, err)}
		}
	}
	p.arts, p.recs, p.dups = arts, recs, dups
	return p
}

// write writes a prepared batch to the store and then to the index.
func (in *Ingester) write(p prepared, st *Stats, mu *sync.Mutex) error {
	if p.err != nil {
		return p.err
	}
	arts := p.arts
	outcomes, err := in.ix.Store.PutEncoded(arts, p.recs)
	if err != nil {
		return err
	}
	if len(p.conflicts) > 0 {
		if err := in.ix.Store.SaveCorrections(p.conflicts, p.audit); err != nil {
			return err
		}
	}
	var changed []*archive.Article
	var s Stats
	for i, a := range arts {
		switch outcomes[i] {
		case archive.Added:
			s.Added++
			changed = append(changed, a)
		case archive.Replaced:
			s.Replaced++
			changed = append(changed, a)
		case archive.Unchanged:
			s.Unchanged++
		}
		if a.Date.IsZero() {
			s.Undated++
		}
		if outcomes[i] != archive.Unchanged {
			for _, n := range a.Notes {
				if strings.HasPrefix(n, dupNote) {
					continue // reported when it was found
				}
				k := archive.NoteKind(n)
				in.warned[k]++
				if c := in.warned[k]; c > maxShownWarnings {
					if c == maxShownWarnings+1 {
						fmt.Fprintf(in.opts.Log, "%s: more warnings of kind %s; not shown (counted at the end)\n", a.Origin, k)
					}
					continue
				}
				fmt.Fprintf(in.opts.Log, "%s: warning: %s (article %s ingested)\n", a.Origin, n, a.ID)
			}
		}
	}
	if in.opts.Observer != nil {
		for _, a := range changed {
			in.opts.Observer.Observe(a)
		}
	}
	if err := in.index(changed); err != nil {
		return err
	}
	mu.Lock()
	st.Added += s.Added
	st.Replaced += s.Replaced
	st.Unchanged += s.Unchanged
	st.Undated += s.Undated
	st.Duplicates += p.dups
	st.Removed += p.removed
	st.Conflicts += len(p.conflicts) - p.corrected
	st.Corrected += p.corrected
	for _, a := range p.arts {
		if a.Exported != nil {
			in.exported = append(in.exported, ExportedLine{Line: a.Exported.Origin, ID: a.ID, Exported: a.Exported})
		}
	}
	mu.Unlock()
	return nil
}

// maxShownRejects is the most rejected records of one file logged one by
// one: a file in the wrong format (a CSV given as JSON Lines) would
// otherwise print a line for each of its records. All of them still go to
// Options.Rejects and the count.
const maxShownRejects = 20

// maxShownWarnings is how many warnings of one kind of note (a date not
// found, input re-encoded ...) a run shows: a folder of undated pages
// would otherwise print a line for each page. The end of the run says how
// many more there were; the notes are kept with the articles.
const maxShownWarnings = 20

// reject counts a record that could not be read, logs it when show is
// set, and writes it to Options.Rejects.
func (in *Ingester) reject(re *archive.RecordError, st *Stats, mu *sync.Mutex, show bool) {
	mu.Lock()
	st.Rejected++
	mu.Unlock()
	if show {
		msg := strings.TrimSpace(re.Error())
		if in.opts.Remedy != nil {
			if r := in.opts.Remedy(re); r != "" {
				msg += ": " + r
			}
		}
		fmt.Fprintf(in.opts.Log, "%s\n", msg)
	}
	if in.opts.Rejects == nil {
		return
	}
	rec := struct {
		Path   string `json:"path"`
		Line   int    `json:"line,omitempty"`
		Record string `json:"record,omitempty"`
		Reason string `json:"reason"`
		Raw    string `json:"raw,omitempty"`
	}{re.Path, re.Line, re.Record, re.Err.Error(), string(re.Raw)}
	data, _ := json.Marshal(rec)
	mu.Lock()
	in.opts.Rejects.Write(append(data, '\n'))
	mu.Unlock()
}

// rejectsHint says where the rejected records not logged can be found.
func (in *Ingester) rejectsHint() string {
	switch {
	case in.opts.Rejects != nil:
		return "all are in the rejects file"
	case in.opts.RejectsHint != "":
		return in.opts.RejectsHint
	}
	return "give Options.Rejects to list them all"
}

// idSet remembers the ids of a run as 64-bit hashes, about 20 bytes per
// article instead of the ids themselves; two different ids share a hash
// with probability about n²/2⁶⁵ (3e-8 for a million articles), and the
// cost of that is one wrong duplicate warning.
type idSet struct {
	seed maphash.Seed
	m    map[uint64]struct{}
}

func newIDSet() *idSet { return &idSet{seed: maphash.MakeSeed(), m: map[uint64]struct{}{}} }

// add adds id and reports whether it was new.
func (s *idSet) add(id string) bool {
	h := maphash.String(s.seed, id)
	if _, ok := s.m[h]; ok {
		return false
	}
	s.m[h] = struct{}{}
	return true
}

// Index batches are written by up to Options.IndexWriters goroutines at
// once. Bleve builds a batch's segment in the goroutine that calls Batch,
// on one core; with the batches of one writer in turn, the second core
// idled while a segment was built.

// indexJob is a batch being written to the index.
type indexJob struct {
	ids  map[string]struct{}
	done chan struct{}
}

// index writes changed articles to the index in the background. A batch
// that shares an id with one still being written waits for it, so that the
// later version of an article reaches the index last.
func (in *Ingester) index(changed []*archive.Article) error {
	if err := in.indexErr(); err != nil {
		return err
	}
	if len(changed) == 0 {
		return nil
	}
	ids := make(map[string]struct{}, len(changed))
	for _, a := range changed {
		ids[a.ID] = struct{}{}
	}
	live := in.jobs[:0]
	for _, j := range in.jobs {
		select {
		case <-j.done:
			continue
		default:
		}
		for id := range ids {
			if _, ok := j.ids[id]; ok {
				<-j.done
				break
			}
		}
		live = append(live, j)
	}
	in.jobs = live
	in.slots <- struct{}{}
	j := &indexJob{ids: ids, done: make(chan struct{})}
	in.jobs = append(in.jobs, j)
	go func() {
		defer close(j.done)
		defer func() { <-in.slots }()
		if err := in.ix.Put(changed); err != nil {
			in.errMu.Lock()
			if in.err == nil {
				in.err = err
			}
			in.errMu.Unlock()
		}
	}()
	return nil
}

// waitIndex waits for the index batches in flight and returns the first
// error any of them had.
func (in *Ingester) waitIndex() error {
	for _, j := range in.jobs {
		<-j.done
	}
	in.jobs = nil
	return in.indexErr()
}

func (in *Ingester) indexErr() error {
	in.errMu.Lock()
	defer in.errMu.Unlock()
	return in.err
}

// hint is "; " and what h says about the article id, or "" without h.
func hint(h func(id string) string, id string) string {
	if h == nil {
		return ""
	}
	return "; " + h(id)
}

// exportedEdits compares a, read from an export line, with the stored
// article of its id and returns its correction c (nil: none) updated with
// the editable fields the line changes: an edited export line is a
// correction, kept when the original source is ingested again. a's
// editable fields are set back to the original input's and its origin to
// the original's, so that the store keeps the input as its source has it
// and the correction over it.
func (in *Ingester) exportedEdits(a *archive.Article, c *archive.Correction, p *prepared) (*archive.Correction, error) {
	a.Origin, a.Exported.Origin = a.Exported.Origin, a.Origin // messages name the line read
	line := a.Exported.Origin
	stored, err := in.ix.Store.Get(a.ID)
	if errors.Is(err, archive.ErrNotFound) {
		// A new article: the line is its input, and the correction it
		// carries, from the archive it was exported from, is kept as one.
		return in.carriedCorrection(a, c, p)
	}
	if _, damaged := archive.Damaged(err); damaged {
		return c, nil // the line replaces the damaged record
	}
	if err != nil {
		return nil, err
	}
	orig := c.Input(stored) // the input as its source has it
	before, _ := json.Marshal(c)
	next := &archive.Correction{}
	if c != nil {
		copied := *c
		next = &copied
		next.Fields = maps.Clone(c.Fields)
	}
	if next.Fields == nil {
		next.Fields = map[string]archive.FieldEdit{}
	}
	var changed []string
	// A date the line gives but that does not read (a note says why) is
	// no correction to "undated": the stored date stays.
	badDate := a.Date.IsZero() && !stored.Date.IsZero() && slices.Contains(a.NoteKinds(), archive.NoteDate)
	if badDate {
		fmt.Fprintf(in.opts.Log, "%s: article %s: the export line's date does not read (%s): the date is left as it was\n", line, a.ID, strings.Join(a.Notes, "; "))
		a.Notes = slices.DeleteFunc(a.Notes, func(n string) bool {
			return slices.Contains((&archive.Article{Date: time.Unix(0, 0), Notes: []string{n}}).NoteKinds(), archive.NoteDate)
		})
		a.Date = stored.Date // as the archive has it: no change, a correction stays
	}
	for _, f := range archive.EditableFields {
		if v := a.Field(f); v != stored.Field(f) {
			changed = append(changed, f)
			if v == orig.Field(f) {
				delete(next.Fields, f) // set back to what the source says
			} else {
				next.Fields[f] = archive.FieldEdit{Was: orig.Field(f), Now: v}
			}
		}
		if err := a.SetField(f, orig.Field(f)); err != nil {
			return nil, fmt.Errorf("%s: %w", line, err)
		}
	}
	if a.Body == stored.Body {
		a.Origin = stored.Origin
	}
	if len(changed) == 0 {
		return c, nil
	}
	next.Base = a.ContentHash()
	after, _ := json.Marshal(next)
	fmt.Fprintf(in.opts.Log, "%s: article %s corrected from the export line: %s (kept when its source is ingested again%s)\n", line, a.ID, strings.Join(changed, ", "), hint(in.opts.CorrectedHint, a.ID))
	p.conflicts[a.ID] = next
	p.corrected++
	p.audit = append(p.audit, archive.AuditEntry{Command: in.opts.Command, Action: archive.ActionEdit, IDs: []string{a.ID}, Before: before, After: after, Detail: "from the export line " + line + ": " + strings.Join(changed, ", ")})
	return next, nil
}

// Exported returns the articles of the run read from export lines, in the
// order they were written.
func (in *Ingester) Exported() []ExportedLine { return in.exported }

// carriedCorrection keeps the correction an export line carries for an
// article new to the archive (an export ingested into another archive):
// the line's editable fields are set back to the values its source had,
// and the correction over them is stored, so that it is a correction here
// too. An article that has one already (c) keeps it.
func (in *Ingester) carriedCorrection(a *archive.Article, c *archive.Correction, p *prepared) (*archive.Correction, error) {
	carried := a.Exported.Correction
	if c != nil || carried.Empty() {
		return c, nil
	}
	// A correction that does not hold (a field that cannot be corrected,
	// a date that does not read) is reported and left out: the line is
	// then the article's input as it stands.
	for f, e := range carried.Fields {
		probe := *a
		if err := probe.SetField(f, e.Was); err != nil {
			fmt.Fprintf(in.opts.Log, "%s: article %s: the correction the line carries is left out: %v\n", a.Exported.Origin, a.ID, err)
			return c, nil
		}
	}
	next := *carried
	next.Fields = maps.Clone(carried.Fields)
	for f, e := range next.Fields {
		if a.Field(f) != e.Now {
			// The line was edited after the export: the line wins.
			e.Now = a.Field(f)
			next.Fields[f] = e
		}
		a.SetField(f, e.Was) // checked above
	}
	next.Base = a.ContentHash()
	after, _ := json.Marshal(&next)
	p.conflicts[a.ID] = &next
	p.corrected++
	p.audit = append(p.audit, archive.AuditEntry{Command: in.opts.Command, Action: archive.ActionEdit, IDs: []string{a.ID}, After: after,
		Detail: "correction carried by the export line " + a.Exported.Origin})
	return &next, nil
}
