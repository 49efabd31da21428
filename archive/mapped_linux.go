package archive

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// dropMapped tells the kernel that this process no longer needs the pages
// of the store's memory map (madvise MADV_DONTNEED): they leave the
// process's resident set and stay in the page cache, from which the next
// read of one maps it again. bbolt writes through the file, not the map,
// and the map is read-only and shared, so nothing is lost. It must run
// inside a transaction of tx's database, where bbolt cannot remap.
//
// Without it, a long ingest kept every page it had written in its resident
// set (the kernel maps the neighbours of each page read, and bbolt reads
// the pages it wrote last), and a pass over the whole store (retag,
// export, verify) kept the whole store.
func dropMapped(tx *bolt.Tx) {
	size := tx.Size()
	if size <= 0 {
		return
	}
	// An error (EINVAL on an odd platform) only means the pages stay.
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, tx.DB().Info().Data, uintptr(size), syscall.MADV_DONTNEED)
}
