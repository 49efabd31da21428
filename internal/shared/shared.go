// Package shared finds the team's shared folder: the research corpora
// (Reuters-21578, CoNLL-2003, BBC News) and the seed page the product was
// specified from. It lives beside the repository, never in it, so tests
// that read it skip when it is absent.
//
// # Caveats
//
// The folder is found by walking up from the working directory (a
// package's folder under `go test`), looking for a "shared" folder.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Find returns the path of rel (slash-separated parts under shared/), or ""
// when no shared folder above the working directory holds it.
func Find(rel ...string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(append([]string{dir, "shared"}, rel...)...)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Require returns the path of rel like Find, or skips the test with a
// message saying what is missing.
func Require(t testing.TB, rel ...string) string {
	t.Helper()
	p := Find(rel...)
	if p == "" {
		t.Skipf("shared/%s not found above the working directory: the research corpora and the seed page are not part of the repository; skipping", filepath.Join(rel...))
	}
	return p
}
