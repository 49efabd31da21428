//go:build unix

package archive

import "syscall"

// FreeSpace returns the bytes free for an unprivileged user on the file
// system of path.
func FreeSpace(path string) (int64, bool) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return 0, false
	}
	return int64(st.Bavail) * int64(st.Bsize), true
}
