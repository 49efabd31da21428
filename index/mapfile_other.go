//go:build !linux

package index

import (
	"os"

	"github.com/blevesearch/mmap-go"
)

// mapFile maps the first size bytes of f read-only.
func mapFile(f *os.File, size int) ([]byte, error) {
	return mmap.MapRegion(f, size, mmap.RDONLY, 0, 0)
}

// unmapFile unmaps what mapFile mapped.
func unmapFile(b []byte) error {
	m := mmap.MMap(b)
	return m.Unmap()
}
