//go:build !linux

package archive

import bolt "go.etcd.io/bbolt"

// dropMapped does nothing here: see mapped_linux.go.
func dropMapped(*bolt.Tx) {}
