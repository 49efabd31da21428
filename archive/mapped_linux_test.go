package archive

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"chancery/internal/procmem"

	bolt "go.etcd.io/bbolt"
)

// mappedKB returns the resident kilobytes of this process's mappings of
// the file path.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	kb, err := procmem.MappedKB(func(p string) bool { return p == path })
	if err != nil {
		t.Skip(err)
	}
	return kb
}

// TestDropMapped checks that dropMapped takes the store's pages out of the
// resident set and that the records read the same afterwards.
func TestDropMapped(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, StoreOptions{})
	rng := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("talks minister treaty embassy summit envoy debt troops vote council")
	var arts []*Article
	for i := range 3000 {
		var b strings.Builder
		for b.Len() < 3000 {
			b.WriteString(words[rng.IntN(len(words))])
			fmt.Fprintf(&b, " %d ", rng.IntN(1_000_000))
		}
		arts = append(arts, &Article{ID: fmt.Sprintf("a%05d", i), Title: "Talks", Body: b.String()})
	}
	if _, err := s.Put(arts); err != nil {
		t.Fatal(err)
	}
	readAll := func() {
		t.Helper()
		n := 0
		for a, err := range s.Articles() {
			if err != nil {
				t.Fatal(err)
			}
			if a.Body != arts[n].Body {
				t.Fatalf("article %s reads back changed", a.ID)
			}
			n++
		}
		if n != len(arts) {
			t.Fatalf("read %d articles, want %d", n, len(arts))
		}
	}
	readAll()
	path := s.db.Path()
	before := mappedKB(t, path)
	if before < 2048 {
		t.Fatalf("only %d KB of the store resident after reading it all: the test cannot tell a drop", before)
	}
	if err := s.db.View(func(tx *bolt.Tx) error { dropMapped(tx); return nil }); err != nil {
		t.Fatal(err)
	}
	after := mappedKB(t, path)
	t.Logf("resident KB of the store: %d before, %d after", before, after)
	if after > before/4 {
		t.Errorf("resident KB of the store: %d before dropMapped, %d after", before, after)
	}
	readAll()
}
