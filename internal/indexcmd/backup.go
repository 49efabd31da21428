package indexcmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"chancery/archive"
	"chancery/index"
)

func runBackup(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer backup", `Usage: indexer backup [--archive DIR] DEST

Writes a consistent backup of the archive into the new folder DEST: the
store as of one commit (DEST/chancery.db) and the aliases. It may run while
an ingest or another writer runs: the writer then writes the copy of its
last commit. The index is not copied; it is rebuilt from the store on
restore. Restore with:
  indexer restore-backup DEST --archive NEWDIR`, env)
	o.addFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("backup needs one destination folder")
	}
	dest, err := filepath.Abs(fs.Arg(0))
	if err != nil {
		return err
	}
	if ents, err := os.ReadDir(dest); err == nil && len(ents) > 0 {
		return fmt.Errorf("backup folder %s is not empty: give a new folder", dest)
	}
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return fmt.Errorf("create backup folder: %w", err)
	}
	dir, err := o.dir()
	if err != nil {
		return err
	}
	start := time.Now()
	db := archive.StoreFile(dest)
	var n int64
	via := ""
	st, err := archive.Open(dir, archive.StoreOptions{ReadOnly: true})
	switch {
	case err == nil:
		n, err = st.Snapshot(db)
		st.Close()
	case errors.Is(err, archive.ErrBusy):
		li, _ := archive.ReadLock(dir)
		via = fmt.Sprintf(" (written by the running writer %s, as of its last commit)", li)
		n, err = requestSnapshot(ctx, dir, db)
		if errors.Is(err, errNoSnapshots) {
			err = fmt.Errorf("archive is busy: the writer %s does not write backups: retry when it finishes", li)
		}
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(archive.AliasesFile(dir)); err == nil {
		if err := archive.CopyFile(archive.AliasesFile(dir), archive.AliasesFile(dest)); err != nil {
			return fmt.Errorf("back up the aliases: %w", err)
		}
	}
	fmt.Fprintf(env.Stderr, "backed up %s to %s in %s%s\nrestore with: indexer restore-backup %s --archive NEWDIR\n",
		archive.HumanBytes(n), dest, time.Since(start).Round(time.Millisecond), via, dest)
	return nil
}

func runRestoreBackup(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer restore-backup", `Usage: indexer restore-backup BACKUP --archive DIR

Makes DIR, which must hold no archive, an archive restored from BACKUP (a
folder written by `+"`indexer backup`"+`): copies the store and the aliases, then
builds the index from the store. To replace a damaged archive, restore
into a new folder and move it into place.`, env)
	o.addFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("restore-backup needs the backup folder")
	}
	src := fs.Arg(0)
	if o.Archive.Flag == "" {
		return usagef("restore-backup needs --archive DIR (a new folder)")
	}
	dir := o.Archive.Flag
	// The backup must be an archive this binary reads.
	bst, err := archive.Open(src, archive.StoreOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("backup %s: %w", src, err)
	}
	count, _ := bst.Count()
	bst.Close()
	if _, err := os.Stat(archive.StoreFile(dir)); err == nil {
		return fmt.Errorf("%s holds an archive already: restore into a new folder, then move it into place", dir)
	}
	lock, err := archive.Lock(dir, "indexer restore-backup "+joinArgs(args), false)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	start := time.Now()
	if err := archive.CopyFile(archive.StoreFile(src), archive.StoreFile(dir)); err != nil {
		return fmt.Errorf("restore the store: %w", err)
	}
	if _, err := os.Stat(archive.AliasesFile(src)); err == nil {
		if err := archive.CopyFile(archive.AliasesFile(src), archive.AliasesFile(dir)); err != nil {
			return fmt.Errorf("restore the aliases: %w", err)
		}
	}
	ix, err := index.Open(dir, index.Options{StoreOnly: true})
	if err != nil {
		return err
	}
	defer ix.Close()
	var progress func(int)
	if env.Progress {
		bar := newBar(env, int64(count))
		defer bar.Clear()
		progress = func(n int) { bar.Set(n) }
	}
	err = ix.Rebuild(progress)
	ix.Store.Audit(archive.AuditEntry{Command: "indexer restore-backup " + joinArgs(args), Action: archive.ActionRestore, Detail: fmt.Sprintf("%d articles from %s; %s", count, src, errOrOK(err))})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "restored %d articles from %s into %s and built the index in %s\n", count, src, dir, time.Since(start).Round(time.Millisecond))
	return nil
}
