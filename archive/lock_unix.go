//go:build unix

package archive

import (
	"errors"
	"os"
	"syscall"
)

// errWouldBlock is lockHandle's error when another process holds the lock.
var errWouldBlock = syscall.EWOULDBLOCK

// lockHandle takes an exclusive or shared flock on f; without wait it fails
// at once with errWouldBlock when another process holds a conflicting one.
func lockHandle(f *os.File, exclusive, wait bool) error {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	if !wait {
		how |= syscall.LOCK_NB
	}
	err := syscall.Flock(int(f.Fd()), how)
	if errors.Is(err, syscall.EAGAIN) {
		return errWouldBlock
	}
	return err
}

// unlockHandle releases the flock on f.
func unlockHandle(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
