//go:build linux

package procmem

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestMappedKB maps a file, touches its pages and expects them counted.
func TestMappedKB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(path, make([]byte, 1<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := syscall.Mmap(int(f.Fd()), 0, 1<<20, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(data)
	sum := 0
	for i := 0; i < len(data); i += 4096 {
		sum += int(data[i])
	}
	kb, err := MappedKB(func(p string) bool { return p == path })
	if err != nil {
		t.Skip(err)
	}
	if kb < 1000 || kb > 1100 || sum != 0 {
		t.Errorf("resident KB of a touched 1 MiB mapping: %d", kb)
	}
	other, err := MappedKB(func(p string) bool { return p == path+".none" })
	if err != nil || other != 0 {
		t.Errorf("no such mapping: %d, %v", other, err)
	}
}
