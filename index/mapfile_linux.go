package index

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps the first size bytes of f read-only, with its pages in the
// process's page tables at once (MAP_POPULATE): a facet file is read
// whole (its checksums), and one call costs less than a page fault per
// few pages.
func mapFile(f *os.File, size int) ([]byte, error) {
	return unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED|unix.MAP_POPULATE)
}

// unmapFile unmaps what mapFile mapped.
func unmapFile(b []byte) error { return unix.Munmap(b) }
