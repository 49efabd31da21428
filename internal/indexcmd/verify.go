package indexcmd

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"strings"

	"chancery/archive"
	"chancery/index"
)

func runVerify(ctx context.Context, args []string, env Env) error {
	var o common
	var repair bool
	fs := newFlagSet("indexer verify", `Usage: indexer verify [--archive DIR] [--repair]

Checks the archive format and index settings, and that every article in the
store is in the index with the same fingerprint (content and entities) and
nothing else is, and that every record of the store decodes. Exit status 1
when anything differs. --repair re-indexes from the store what differs and
moves each damaged record to the store's quarantine (it leaves the archive
and the index; the audit log records it).`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.BoolVar(&repair, "repair", false, "fix the index from the store")
	dir, err := o.parseDir(fs, args)
	if err != nil {
		return err
	}
	if err := checkArchive(dir, false); err != nil {
		return err
	}
	lock, err := archive.Lock(dir, "indexer verify", o.Wait)
	switch {
	case err != nil && !repair && errors.Is(err, iofs.ErrPermission):
		// A folder this user may not write (a read-only mount, a backup,
		// another user's archive) can still be checked: the read-only open
		// below shares the store's file lock with readers only, so a
		// writer cannot run meanwhile either.
		lock = nil
	case err != nil:
		return err
	default:
		defer lock.Unlock()
	}
	// Opening for writing would replay the journal before we look: open
	// read-only first so the report shows what an interrupted run left.
	ix, err := index.Open(dir, index.Options{ReadOnly: !repair, SkipSettingsCheck: true, Timeout: storeTimeout(o.Wait)})
	if errors.Is(err, index.ErrUnreadable) && repair {
		fmt.Fprintf(env.Stdout, "index       does not open (%v)\n", err)
		return rebuildIndex(dir, lock, o.Wait, "indexer verify --repair", env)
	}
	if err != nil {
		return err
	}
	defer ix.Close()
	r, err := ix.Verify(repair, "indexer verify --repair")
	if err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "format      v%s (this binary reads v%d to v%d)\n", r.FormatVersion, archive.OldestFormat, archive.FormatVersion)
	fmt.Fprintf(w, "settings    %s\n", okWord(r.SettingsOK, "match this binary", "differ from this binary's: run `indexer rebuild`"))
	fmt.Fprintf(w, "store       %d articles\nindex       %d documents\n", r.Articles, r.Documents)
	list := func(label string, ids []string) {
		if len(ids) == 0 {
			return
		}
		show := ids
		if len(show) > 10 {
			show = show[:10]
		}
		more := ""
		if len(ids) > len(show) {
			more = fmt.Sprintf(" … (%d more)", len(ids)-len(show))
		}
		fmt.Fprintf(w, "%-11s %d: %s%s\n", label, len(ids), strings.Join(show, ", "), more)
	}
	list("missing", r.MissingInIdx)
	list("extra", r.ExtraInIdx)
	list("stale", r.Stale)
	for _, d := range r.Damaged {
		fmt.Fprintf(w, "damaged     %s: %v\n", d.ID, d.Err)
	}
	list("quarantined", r.Quarantined)
	if r.Unloaded > 0 {
		fmt.Fprintf(w, "snapshots   %d of the index's newest did not load (a crash or a full disk damaged them): Bleve fell back to an older one\n", r.Unloaded)
	}
	if r.Journal > 0 {
		fmt.Fprintf(w, "journal     %d pending operations (an interrupted run; the next writer replays them)\n", r.Journal)
	}
	if r.FacetFiles < r.Segments {
		what := "run `indexer verify --repair` to write them"
		if repair {
			what = "written when this command closes the archive"
		}
		fmt.Fprintf(w, "facets      %d of %d index segments have their facet tables: searches count the others more slowly; %s\n", r.FacetFiles, r.Segments, what)
	}
	switch {
	case r.OK():
		fmt.Fprintln(w, "ok: index and store agree")
		return nil
	case r.Rebuilt:
		ix.Store.Audit(archive.AuditEntry{Command: "indexer verify --repair", Action: archive.ActionRepair,
			Detail: fmt.Sprintf("index rebuilt: %d snapshots did not load; quarantined %d", r.Unloaded, len(r.Quarantined))})
		fmt.Fprintln(w, "repaired: a fresh index was built from the store")
		return nil
	case r.Repaired:
		ix.Store.Audit(archive.AuditEntry{Command: "indexer verify --repair", Action: archive.ActionRepair,
			Detail: fmt.Sprintf("missing %d, extra %d, stale %d, quarantined %d", len(r.MissingInIdx), len(r.ExtraInIdx), len(r.Stale), len(r.Quarantined))})
		fmt.Fprintln(w, "repaired: the index now agrees with the store")
		return nil
	}
	if !r.SettingsOK {
		return errors.New("index settings differ: run `indexer rebuild`")
	}
	if len(r.Damaged) > 0 {
		return r.Damaged
	}
	if r.Unloaded > 0 {
		return errors.New("index snapshots do not load: run `indexer verify --repair` (or `indexer rebuild`)")
	}
	return errors.New("index and store differ: run `indexer verify --repair`")
}

func okWord(ok bool, yes, no string) string {
	if ok {
		return yes
	}
	return no
}
