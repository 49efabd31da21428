//go:build windows

package archive

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// errWouldBlock is lockHandle's error when another process holds the lock.
var errWouldBlock = errors.New("locked by another process")

// lockRange is the byte range locked: one byte far past the end of the
// file, so that the lock (mandatory on Windows) does not stop other
// processes from reading the writer's description in the file, as bbolt
// does for its own lock.
var lockRange = windows.Overlapped{Offset: 0xFFFFFFFE, OffsetHigh: 0x7FFFFFFF}

// lockHandle takes an exclusive or shared LockFileEx lock on f; without
// wait it fails at once with errWouldBlock when another process holds a
// conflicting one.
func lockHandle(f *os.File, exclusive, wait bool) error {
	var flags uint32
	if exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	if !wait {
		flags |= windows.LOCKFILE_FAIL_IMMEDIATELY
	}
	ol := lockRange
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, &ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return errWouldBlock
	}
	return err
}

// unlockHandle releases the lock on f.
func unlockHandle(f *os.File) error {
	ol := lockRange
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &ol)
}
