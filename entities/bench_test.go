package entities

import (
	"strings"
	"testing"

	"chancery/archive"
)

// BenchmarkExtract measures extraction speed on the committed fixtures,
// repeated to a realistic article length; b.SetBytes makes it report MB/s.
func BenchmarkExtract(b *testing.B) {
	x := mustNew(b)
	arts := fixtureArticles(b)
	var total int64
	for i := range arts {
		arts[i].Body = strings.Repeat(arts[i].Body+"\n\n", 4)
		total += int64(len(arts[i].Title) + len(arts[i].Body) + len(arts[i].Dateline))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range arts {
			a := arts[j]
			x.Extract(&a)
		}
	}
	_ = archive.Key
}
