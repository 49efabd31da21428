package ingest

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/entities"
	"chancery/index"
)

// writeCorpus writes n invented articles of about 3 KB as JSON Lines.
func writeCorpus(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	rng := rand.New(rand.NewSource(7))
	vocab := strings.Fields(`talks minister government council security troops peace agreement
	president meeting foreign policy debt oil prices trade election border ceasefire sanctions
	embassy envoy summit resolution vote officials said would could also after before during
	week year month capital region province army rebels aid reconstruction power economy
	the of and to in a for on with by at from that this as is was were be been not no`)
	z := rand.NewZipf(rng, 1.07, 2, uint64(len(vocab)-1))
	persons := []string{"Sergei Lavrov", "Hoshyar Zebari", "Colin Powell", "Kofi Annan", "Javier Solana", "Jack Straw", "Condoleezza Rice"}
	places := []string{"Moscow", "Baghdad", "Washington", "Paris", "Iraq", "Russia", "France", "Sudan", "Iran"}
	p := filepath.Join(tb.TempDir(), "corpus.jsonl")
	f, err := os.Create(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var size int64
	for i := 0; i < n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Foreign Minister %s said in %s that ", persons[rng.Intn(len(persons))], places[rng.Intn(len(places))])
		for b.Len() < 3000 {
			b.WriteString(vocab[z.Uint64()])
			if rng.Intn(15) == 0 {
				fmt.Fprintf(&b, ". %s met officials from %s and ", persons[rng.Intn(len(persons))], places[rng.Intn(len(places))])
			} else {
				b.WriteByte(' ')
			}
		}
		line := fmt.Sprintf(`{"id":"b%d","title":"Report %d from %s","date":"%d-%02d-%02d","source":"Bench Wire","body":%q}`+"\n",
			i, i, places[rng.Intn(len(places))], 1980+rng.Intn(25), 1+rng.Intn(12), 1+rng.Intn(28), b.String())
		size += int64(len(line))
		f.WriteString(line)
	}
	return p, size
}

// BenchmarkIngest measures the whole ingest path per article: reading JSON
// Lines, extraction, the bbolt write and the Bleve batch.
func BenchmarkIngest(b *testing.B) {
	const n = 2000
	corpus, size := writeCorpus(b, n)
	x, err := entities.New(entities.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, writers := range []int{1, 2} {
		b.Run(fmt.Sprintf("index-writers=%d", writers), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				b.StopTimer()
				ix, err := index.Open(b.TempDir(), index.Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				st, err := New(ix, x, Options{IndexWriters: writers}).Paths(context.Background(), []string{corpus})
				if err != nil || st.Added != n {
					b.Fatalf("%v %+v", err, st)
				}
				if err := ix.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
