//go:build !unix

package archive

// FreeSpace is not known on this system.
func FreeSpace(path string) (int64, bool) { return 0, false }
