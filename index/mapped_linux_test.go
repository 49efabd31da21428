package index

import (
	"context"
	"strings"
	"testing"

	"chancery/internal/procmem"
)

// zapKB returns the resident kilobytes of this process's mappings of the
// index segment files (.zap) under dir.
func zapKB(t *testing.T, dir string) int {
	t.Helper()
	kb, err := procmem.MappedKB(func(p string) bool { return strings.HasPrefix(p, dir) && strings.HasSuffix(p, ".zap") })
	if err != nil {
		t.Skip(err)
	}
	return kb
}

// TestDropMapped checks that dropMapped takes the segment files' pages out
// of the resident set and that searches answer the same afterwards.
func TestDropMapped(t *testing.T) {
	// Read-only: no merger maps new segments while the test measures.
	ix := filledReadOnly(t, 6000, 5)
	req := Request{Query: "talks OR oil", Facets: true, Size: 20}
	want, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	// touch every page of every segment file
	for _, f := range []string{"a", "b"} {
		if _, err := ix.Search(context.Background(), Request{Query: f + "*", Facets: true}); err != nil {
			t.Fatal(err)
		}
	}
	before := zapKB(t, ix.dir)
	if before < 64 {
		t.Fatalf("only %d KB of segment files resident: the test cannot tell a drop", before)
	}
	ix.dropMapped()
	after := zapKB(t, ix.dir)
	t.Logf("resident KB of segment files: %d before, %d after", before, after)
	if after > before/4 {
		t.Errorf("resident KB of segment files: %d before dropMapped, %d after", before, after)
	}
	got, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if got.Total != want.Total || len(got.Hits) != len(want.Hits) || got.Hits[0].ID != want.Hits[0].ID {
		t.Errorf("after dropMapped: %d hits, first %s; before: %d, first %s", got.Total, got.Hits[0].ID, want.Total, want.Hits[0].ID)
	}
}
