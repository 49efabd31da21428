package indexcmd

import (
	"context"
	"fmt"
	"strings"

	"chancery/archive"
)

func runRm(ctx context.Context, args []string, env Env) error {
	var o common
	var reason string
	fs := newFlagSet("indexer rm", `Usage: indexer rm ID... --reason TEXT

Removes articles from the archive (a takedown): from the store and the
index. Each keeps a tombstone with the reason, the time, the user and the
article as it was, so that ingesting its source again skips it (reported
as skipped) and `+"`indexer unrm ID`"+` brings it back. `+"`indexer list --removed`"+`
lists them.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.StringVar(&reason, "reason", "", "why the articles are removed (required; kept in the tombstone and the log)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("rm needs at least one article id")
	}
	if strings.TrimSpace(reason) == "" {
		return usagef("rm needs --reason TEXT (kept with the tombstone)")
	}
	w, cmd, err := o.openEdit(ctx, "rm", args, env)
	if err != nil {
		return err
	}
	defer w.Close()
	removed, missing, err := w.ix.Store.Remove(fs.Args(), reason, archive.AuditEntry{Command: cmd})
	if err != nil {
		return err
	}
	archive.Pause(archive.PauseRmStored)
	if err := w.ix.Delete(removed); err != nil {
		return err
	}
	for _, id := range removed {
		fmt.Fprintf(env.Stderr, "removed %s\n", id)
	}
	return notStored(w.ix.Store, missing)
}

// notStored is the error for the ids rm or merge found no article for
// (nil when there are none): an id removed already says so, when and why,
// and how to bring it back, rather than that there is no such article.
func notStored(st *archive.Store, missing []string) error {
	if len(missing) == 0 {
		return nil
	}
	over, err := st.Overrides(missing)
	if err != nil {
		return err
	}
	var msgs, none []string
	for _, id := range missing {
		if t := over.Tombstones[id]; t != nil {
			msgs = append(msgs, fmt.Sprintf("%s was removed already (%s, %q): `indexer unrm %s` brings it back", id, t.Time.Format(archive.DateLayout), t.Reason, id))
		} else {
			none = append(none, id)
		}
	}
	if len(none) > 0 {
		msgs = append(msgs, "no such article: "+strings.Join(none, ", "))
	}
	them := "them"
	if len(missing) == 1 {
		them = "it"
	}
	return fmt.Errorf("%s (nothing done for %s)", strings.Join(msgs, "; "), them)
}

func runUnrm(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer unrm", `Usage: indexer unrm ID...

Undoes `+"`indexer rm`"+`: puts the articles back as they were when removed,
into the store and the index, and drops their tombstones.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("unrm needs at least one article id")
	}
	w, cmd, err := o.openEdit(ctx, "unrm", args, env)
	if err != nil {
		return err
	}
	defer w.Close()
	restored, missing, err := w.ix.Store.Unremove(fs.Args(), archive.AuditEntry{Command: cmd})
	if err != nil {
		return err
	}
	var arts []*archive.Article
	for _, id := range restored {
		a, err := w.ix.Store.Get(id)
		if err != nil {
			return err
		}
		arts = append(arts, a)
		fmt.Fprintf(env.Stderr, "restored %s\n", id)
	}
	if err := w.ix.Put(arts); err != nil {
		return err
	}
	if len(missing) > 0 {
		return fmt.Errorf("not removed: %s (`indexer list --removed` lists the removed articles)", strings.Join(missing, ", "))
	}
	return nil
}
