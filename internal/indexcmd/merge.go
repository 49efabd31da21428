package indexcmd

import (
	"context"
	"fmt"
	"slices"

	"chancery/archive"
)

func runMerge(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer merge", `Usage: indexer merge KEEP DUP...

Merges duplicates of one story into the article KEEP: each DUP is removed
as by `+"`indexer rm`"+` with the reason "merged into KEEP", so it no longer
counts in facets, stats or exports, and re-ingesting its source skips it.
Its tombstone keeps it whole (`+"`indexer list --removed`"+` lists the versions;
`+"`indexer unrm DUP`"+` brings one back). Searches already fold near-duplicate
copies into one hit ("N similar versions", `+"`search --all-versions`"+`): use
their ids to choose what to merge.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		return usagef("merge needs the article to keep and at least one duplicate")
	}
	keep, dups := fs.Arg(0), fs.Args()[1:]
	if slices.Contains(dups, keep) {
		return usagef("merge: %s is both kept and merged", keep)
	}
	w, cmd, err := o.openEdit(ctx, "merge", args, env)
	if err != nil {
		return err
	}
	defer w.Close()
	if _, err := w.ix.Store.Get(keep); err != nil {
		return err
	}
	removed, missing, err := w.ix.Store.Remove(dups, "merged into "+keep, archive.AuditEntry{Command: cmd, Action: archive.ActionMerge})
	if err != nil {
		return err
	}
	if err := w.ix.Delete(removed); err != nil {
		return err
	}
	for _, id := range removed {
		fmt.Fprintf(env.Stderr, "merged %s into %s\n", id, keep)
	}
	return notStored(w.ix.Store, missing)
}
