//go:build !linux

package index

// dropMapped does nothing here: see mapped_linux.go.
func (ix *Index) dropMapped() {}
