package indexcmd

import (
	"context"
	"fmt"

	"chancery/archive"
	"chancery/index"
)

func runRebuild(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer rebuild", `Usage: indexer rebuild [--archive DIR]

Builds a fresh index from the store alone, publishes it atomically and only
then removes the old one: until it finishes, searches use the old index.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	dir, err := o.parseDir(fs, args)
	if err != nil {
		return err
	}
	lock, err := archive.Lock(dir, "indexer rebuild", o.Wait)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	ix, err := index.Open(dir, index.Options{StoreOnly: true, Timeout: storeTimeout(o.Wait)})
	if err != nil {
		return err
	}
	defer ix.Close()
	total, _ := ix.Store.Count()
	var progress func(int)
	if env.Progress {
		bar := newBar(env, int64(total))
		defer bar.Clear()
		progress = func(n int) { bar.Set(n) }
	}
	if err := ix.Rebuild(progress); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "rebuilt the index of %d articles\n", total)
	return nil
}
