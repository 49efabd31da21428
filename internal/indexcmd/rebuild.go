package indexcmd

import (
	"context"
	"errors"
	"fmt"

	"chancery/archive"
	"chancery/index"
)

func runRebuild(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer rebuild", `Usage: indexer rebuild [--archive DIR]

Builds a fresh index from the store alone, publishes it atomically and only
then removes the old one: if it is stopped, the old index stays whole and
current. While it runs searches find the archive busy and should be retried
when it finishes; export, stats, list and backup read the store's last
commit. A record of the store that does not decode is
reported and left out; the rest is indexed and the exit status is 1.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	dir, err := o.parseDir(fs, args)
	if err != nil {
		return err
	}
	if err := checkArchive(dir, false); err != nil {
		return err
	}
	lock, err := archive.Lock(dir, "indexer rebuild", o.Wait)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	return rebuildIndex(dir, lock, o.Wait, "indexer rebuild", env)
}

// rebuildIndex builds a fresh index of the archive in dir, whose writer
// lock the caller holds. Meanwhile it answers snapshot requests, as every
// writer does, so that export, stats, list and backup read the store's
// last commit instead of finding the archive busy.
func rebuildIndex(dir string, lock *archive.WriterLock, wait bool, command string, env Env) error {
	ix, err := index.Open(dir, index.Options{StoreOnly: true, Timeout: storeTimeout(wait)})
	if err != nil {
		return err
	}
	defer ix.Close()
	w := &writer{ix: ix, lock: lock}
	w.serveSnapshots(dir)
	defer w.stopSnapshots()
	archive.Pause(archive.PauseRebuild)
	total, _ := ix.Store.Count()
	var progress func(int)
	if env.Progress {
		bar := newBar(env, int64(total))
		defer bar.Clear()
		progress = func(n int) { bar.Set(n) }
	}
	err = ix.Rebuild(progress)
	if err == nil || errors.As(err, new(index.Damage)) {
		ix.Store.Audit(archive.AuditEntry{Command: command, Action: archive.ActionRebuild, Detail: fmt.Sprintf("%d articles; %v", total, errOrOK(err))})
	}
	var damage index.Damage
	if errors.As(err, &damage) {
		for _, d := range damage {
			fmt.Fprintf(env.Stderr, "indexer: %v: skipped\n", d)
		}
		fmt.Fprintf(env.Stderr, "rebuilt the index of %d articles\n", total-len(damage))
		return err
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "rebuilt the index of %d articles\n", total)
	return nil
}
