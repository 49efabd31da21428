package archive

import (
	"bytes"
	"chancery/internal/shared"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchBody is an invented article body of about 3 KB in 8 paragraphs.
func benchBody(i int) string {
	var b strings.Builder
	for p := 0; p < 8; p++ {
		if p > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "The foreign ministers of Freedonia and Sylvania met for talk number %d in the capital on Tuesday, "+
			"discussing trade, the disputed river border, debt relief through the Paris Club and the return of technicians "+
			"to the oil fields, officials said after the meeting, which lasted about %d minutes.", i, 60+p)
	}
	return b.String()
}

func BenchmarkJSONLReader(b *testing.B) {
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for i := range 1000 {
		enc.Encode(map[string]any{"id": fmt.Sprintf("bench-%d", i), "title": fmt.Sprintf("Ministers Meet, Round %d", i),
			"date": "2004-07-24", "body": benchBody(i), "source": "Bench", "persons": []string{"Jane Doe"}})
	}
	data := in.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewJSONLReader(bytes.NewReader(data), "bench.jsonl", ReadOptions{})
		n := 0
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1000 {
			b.Fatalf("%d articles", n)
		}
	}
}

func BenchmarkTextReader(b *testing.B) {
	page := "Accessibility links\n\nBreaking News\n\nMinisters Meet in the Capital - 2004-07-24\n\nShare\n\n" + benchBody(1) + "\n\n© 2004 Bench News\n"
	data := []byte(page)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewTextReader(bytes.NewReader(data), "bench-2004-07-24.txt", ReadOptions{})
		if a, err := r.Next(); err != nil || a.DateString() != "2004-07-24" {
			b.Fatal(a, err)
		}
	}
}

// BenchmarkHTMLReader reads every HTML fixture page once per iteration,
// each alone (no folder hints): the per-page cost of the HTML reader on
// the layouts the fixtures hold.
func BenchmarkHTMLReader(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "pages", "*", "*", "*.html"))
	if len(paths) == 0 {
		b.Skip("no HTML fixture pages")
	}
	pages := make([][]byte, len(paths))
	size := 0
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = raw
		size += len(raw)
	}
	empty := b.TempDir() // a folder with nothing to learn from
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, data := range pages {
			r := NewHTMLReader(bytes.NewReader(data), filepath.Join(empty, filepath.Base(paths[i])), ReadOptions{})
			if _, err := r.Next(); err != nil && !errors.Is(err, io.EOF) {
				var re *RecordError
				if !errors.As(err, &re) {
					b.Fatal(paths[i], err)
				}
			}
		}
	}
}

func BenchmarkReutersReader(b *testing.B) {
	var in strings.Builder
	for i := range 1000 {
		in.WriteString(sgmRecord(fmt.Sprint(i+1), "26-FEB-1987 15:01:01.79",
			"<TEXT>&#2;\n<TITLE>MINISTERS MEET</TITLE>\n<DATELINE>    CAPITAL, Feb 26 - </DATELINE><BODY>"+
				strings.ReplaceAll(benchBody(i), "\n\n", "\n    ")+"\n Reuter\n&#3;</BODY></TEXT>"))
	}
	data := []byte(in.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewReutersReader(bytes.NewReader(data), "bench.sgm", ReadOptions{})
		n := 0
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1000 {
			b.Fatalf("%d articles", n)
		}
	}
}

// recordCodecs are the record encoders the benchmarks compare: codec 2 as
// format v2 binaries wrote it, and the current one.
var recordCodecs = []struct {
	name   string
	encode func(*Article) ([]byte, error)
}{
	{"codec2", encodeRecordV2},
	{"codec3", EncodeRecord},
}

// payloadBytes is the size of an article's fields (its codec-3 payload
// before compression): the MB/s of every codec is counted in it.
func payloadBytes(b *testing.B, a *Article) int64 {
	p, err := appendPayload(nil, a)
	if err != nil {
		b.Fatal(err)
	}
	return int64(len(p))
}

func BenchmarkEncodeRecord(b *testing.B) {
	a := fullArticle()
	for _, c := range recordCodecs {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(payloadBytes(b, a))
			b.ReportAllocs()
			var rec []byte
			for b.Loop() {
				var err error
				if rec, err = c.encode(a); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(rec)), "B/record")
		})
	}
}

func BenchmarkDecodeRecord(b *testing.B) {
	a := fullArticle()
	for _, c := range recordCodecs {
		b.Run(c.name, func(b *testing.B) {
			rec, err := c.encode(a)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(payloadBytes(b, a))
			b.ReportAllocs()
			for b.Loop() {
				if got, err := decodeRecord(rec); err != nil || got.ID != a.ID {
					b.Fatal(got, err)
				}
			}
			b.ReportMetric(float64(len(rec)), "B/record")
		})
	}
}

// BenchmarkRecordReuters encodes and decodes the articles of Reuters
// reut2-000 (as the reader gives them: no entities) with each codec and
// reports the mean record size.
func BenchmarkRecordReuters(b *testing.B) {
	f, err := OpenFile(filepath.Join(shared.Require(b, "corpora", "reuters21578"), "reut2-000.sgm"), ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	arts, _ := readAll(b, f)
	f.Close()
	var size int64
	for _, a := range arts {
		size += payloadBytes(b, a)
	}
	for _, c := range recordCodecs {
		recs := make([][]byte, len(arts))
		total := 0
		for i, a := range arts {
			if recs[i], err = c.encode(a); err != nil {
				b.Fatal(err)
			}
			total += len(recs[i])
		}
		b.Run(c.name+"/encode", func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, a := range arts {
					if _, err := c.encode(a); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/record")
			b.ReportMetric(float64(total)/float64(len(arts)), "B/record")
		})
		b.Run(c.name+"/decode", func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, r := range recs {
					if _, err := decodeRecord(r); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/record")
			b.ReportMetric(float64(total)/float64(len(arts)), "B/record")
		})
	}
}
