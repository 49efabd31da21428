package index

import (
	"syscall"

	"github.com/blevesearch/bleve/v2/index/scorch"
	zapx "github.com/blevesearch/zapx/v17"
)

// dropMapped tells the kernel that the writer no longer needs the pages of
// the index's memory-mapped segment files (madvise MADV_DONTNEED): they
// leave the process's resident set and stay in the page cache, from which
// the next read of one maps it again. Segment files are mapped read-only
// and shared, so nothing is lost. The snapshot's references keep every
// segment open, and so mapped, while it runs.
//
// A long ingest otherwise kept in its resident set every page that Bleve's
// merger and the near-duplicate lookups had read: at a million articles,
// gigabytes of an index the ingest no longer reads.
func (ix *Index) dropMapped() {
	r, err := ix.snapshot()
	if err != nil {
		return
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return
	}
	for _, ss := range snap.Segments() {
		// Only segments of files: an in-memory segment's bytes are heap.
		if seg, ok := ss.Segment().(*zapx.Segment); ok {
			if data := seg.Data(); len(data) > 0 {
				_ = syscall.Madvise(data, syscall.MADV_DONTNEED) // an error only leaves the pages resident
			}
		}
	}
}
