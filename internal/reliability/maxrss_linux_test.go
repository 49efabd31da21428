package reliability

import (
	"os"
	"runtime/debug"
	"syscall"
)

// maxRSS returns the peak resident set of a finished process, in bytes.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024 // kilobytes on Linux
	}
	return 0
}

// resetPeakRSS lowers this process's resident set and its peak before a
// child's peak is measured. Go starts a child with CLONE_VM, sharing this
// process's memory until exec, and exec keeps that memory's peak as the
// child's starting maxrss: after tests that held 100 MB of generated
// articles, a 50 MB indexer measured 110 MB. Writing 5 to clear_refs
// resets the peak (Linux 4.0+).
func resetPeakRSS() {
	debug.FreeOSMemory()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}
