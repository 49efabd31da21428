package archive

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
)

// ErrNoSpace is returned (wrapped) when the archive's disk is full.
var ErrNoSpace = errors.New("disk full")

// IsNoSpace reports whether err says the disk is full: ENOSPC in its chain,
// or in its text (Bleve's background errors carry only the text).
func IsNoSpace(err error) bool {
	if err == nil {
		return false
	}
	return errors.Is(err, ErrNoSpace) || errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), "no space left on device")
}

// NoSpace wraps a full-disk error of the archive in dir with what is free
// there. Callers that know how much more they need say so (NeedSpace).
func NoSpace(dir string, err error) error {
	if errors.Is(err, ErrNoSpace) {
		return err
	}
	free := "unknown"
	if n, ok := FreeSpace(dir); ok {
		free = HumanBytes(n)
	}
	return fmt.Errorf("%w: %s has %s free (%v)", ErrNoSpace, dir, free, err)
}

// HumanBytes formats n as B, KB, MB or GB.
func HumanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
