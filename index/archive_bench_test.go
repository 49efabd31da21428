package index

import (
	"context"
	"os"
	"testing"
)

// BenchmarkArchiveQueries times the benchmark's query classes on an
// existing archive named by CHANCERY_BENCH_ARCHIVE (for example one that
// `go run -C bench . --workdir DIR` left in DIR/chancery), so that a
// profile of one class can be taken with -cpuprofile:
//
//	CHANCERY_BENCH_ARCHIVE=/tmp/w/chancery CHANCERY_BENCH_TERM=zegrounio \
//	  go test ./index -run '^$' -bench ArchiveQueries -cpuprofile cpu.out
func BenchmarkArchiveQueries(b *testing.B) {
	dir := os.Getenv("CHANCERY_BENCH_ARCHIVE")
	if dir == "" {
		b.Skip("CHANCERY_BENCH_ARCHIVE is not set: point it at an archive to time queries on")
	}
	term := os.Getenv("CHANCERY_BENCH_TERM")
	if term == "" {
		term = "minister"
	}
	ix, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for _, c := range []struct {
		name string
		req  Request
	}{
		{"term", Request{Query: term, Size: 10}},
		{"term-size1", Request{Query: term, Size: 1}},
		{"facet", Request{Query: term, Size: 10, Facets: true, FacetSize: 10}},
		{"and", Request{Query: term + " AND talks", Size: 10}},
		{"phrase", Request{Query: `"resume talks"`, Size: 10}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := ix.Search(context.Background(), c.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
