package archive

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Snapshot writes a consistent copy of the store as of one read
// transaction to path (through a temporary sibling, fsynced, then
// renamed), without the index: meta "index" and "settings" are cleared in
// the copy, so it is an archive whose index `indexer rebuild` builds. A
// writer may go on meanwhile: bbolt's read transactions see one commit
// and do not block it. It returns the bytes written.
func (s *Store) Snapshot(path string) (int64, error) {
	tmp := path + ".partial"
	var n int64
	err := s.db.View(func(tx *bolt.Tx) error {
		f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		n, err = tx.WriteTo(f)
		if err == nil {
			err = f.Sync()
		}
		return errors.Join(err, f.Close())
	})
	if err == nil {
		err = clearIndexMeta(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		if IsNoSpace(err) {
			err = NoSpace(filepath.Dir(path), err)
		}
		return 0, fmt.Errorf("snapshot of %s to %s: %w", s.dir, path, err)
	}
	syncDir(filepath.Dir(path))
	return n, nil
}

// clearIndexMeta opens the store copy at path and forgets its index.
func clearIndexMeta(path string) error {
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		if m == nil {
			return fmt.Errorf("no meta bucket: %w", ErrFormat)
		}
		for _, k := range []string{MetaIndex, MetaSettings} {
			if err := m.Delete([]byte(k)); err != nil {
				return err
			}
		}
		// The journal names index operations of the index left behind.
		if err := tx.DeleteBucket(bucketJournal); err != nil {
			return err
		}
		_, err := tx.CreateBucket(bucketJournal)
		return err
	})
	return errors.Join(err, db.Close())
}

// CopyFile copies src to dst through a temporary sibling, fsynced, then
// renamed: dst is whole or absent.
func CopyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp := dst + ".partial"
	out, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if err = errors.Join(err, out.Close()); err == nil {
		err = os.Rename(tmp, dst)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	syncDir(filepath.Dir(dst))
	return nil
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
