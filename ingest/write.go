package ingest

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"chancery/archive"
)

// write extracts the entities of a batch, keeps the last of any repeated
// id, and writes the batch to the store and then to the index.
func (in *Ingester) write(b batch, st *Stats, mu *sync.Mutex) error {
	arts := b.arts
	// Within a batch the later record of an id wins.
	seen := make(map[string]int, len(arts))
	dups := 0
	for i, a := range arts {
		if j, ok := seen[a.ID]; ok {
			fmt.Fprintf(in.opts.Log, "%s: duplicate id %q (first read at %s): the later record wins\n", a.Origin, a.ID, arts[j].Origin)
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
	in.extract(arts)
	outcomes, err := in.ix.Store.Put(arts)
	if err != nil {
		return err
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
				fmt.Fprintf(in.opts.Log, "%s: warning: %s (article %s ingested)\n", a.Origin, n, a.ID)
			}
		}
	}
	if err := in.ix.Put(changed); err != nil {
		return err
	}
	mu.Lock()
	st.Added += s.Added
	st.Replaced += s.Replaced
	st.Unchanged += s.Unchanged
	st.Undated += s.Undated
	st.Duplicates += dups
	mu.Unlock()
	return nil
}

// extract tags arts with Options.Workers goroutines.
func (in *Ingester) extract(arts []*archive.Article) {
	if in.tag == nil || len(arts) == 0 {
		return
	}
	w := min(in.opts.Workers, len(arts))
	var wg sync.WaitGroup
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; i < len(arts); i += w {
				in.tag.Extract(arts[i])
			}
		}()
	}
	wg.Wait()
}

// reject reports a record that could not be read.
func (in *Ingester) reject(re *archive.RecordError, st *Stats, mu *sync.Mutex) {
	mu.Lock()
	st.Rejected++
	mu.Unlock()
	fmt.Fprintf(in.opts.Log, "%s\n", strings.TrimSpace(re.Error()))
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
