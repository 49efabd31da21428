package indexcmd

import (
	"fmt"
	"io/fs"
	"path/filepath"

	"chancery/archive"
)

// growth is how many bytes an archive takes per byte of input, in store
// and index together, rounded up: the first 12.5 MB of Reuters-21578 SGML
// made an 8 MB store and a 13 MB index (1.7).
const growth = 2

// noSpace turns a full-disk error of an ingest into one that says how much
// room the input needs: total bytes of input (-1 when unknown). What the
// archive holds already counts against it, so a rerun after a full disk
// asks only for the rest.
func noSpace(dir string, err error, total int64) error {
	if !archive.IsNoSpace(err) {
		return err
	}
	err = archive.NoSpace(dir, err)
	const then = "free space or use another --archive, then run the same command again (nothing stored is lost)"
	if total < 0 {
		return fmt.Errorf("%w; an archive takes about %dx its input: %s", err, growth, then)
	}
	size := dirSize(dir)
	need := max(growth*total-size, 1<<20)
	return fmt.Errorf("%w; an archive takes about %dx its input, %s for these %s, and holds %s now: about %s more is needed; %s",
		err, growth, archive.HumanBytes(growth*total), archive.HumanBytes(total), archive.HumanBytes(size), archive.HumanBytes(need), then)
}

// dirSize adds up the sizes of the files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
