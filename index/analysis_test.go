package index

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
)

func terms(ts analysis.TokenStream) []string {
	var out []string
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	return out
}

func TestTextAnalyzer(t *testing.T) {
	an := NewMapping().AnalyzerNamed(TextAnalyzer)
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Russia is not prepared", []string{"russia", "is", "not", "prepar"}},
		{"the US and the U.S.-led war", []string{"the", "us", "and", "the", "u", "s", "led", "war"}},
		{"Iraq's debt, Iraq’s peacekeepers", []string{"iraq", "debt", "iraq", "peacekeep"}},
		{"Zébari in Brasília", []string{"zebari", "in", "brasilia"}},
		{"no fly zone", []string{"no", "fly", "zone"}},
		{"1987 31.5 billion", []string{"1987", "31", "5", "billion"}},
		{"PEACEKEEPING Peacekeeping", []string{"peacekeep", "peacekeep"}},
		{"", nil},
		{"--- ... ''", nil},
	} {
		if got := terms(an.Analyze([]byte(tc.in))); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenOffsetsAndPositions(t *testing.T) {
	in := "Mr. Zébari’s visit"
	ts := words{}.Tokenize([]byte(in))
	var got []string
	for _, tok := range ts {
		got = append(got, fmt.Sprintf("%s@%d:%s", tok.Term, tok.Position, in[tok.Start:tok.End]))
	}
	want := []string{"mr@1:Mr", "zebari@2:Zébari", "visit@3:visit"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPositionsOnly checks that the index analyzer and surfaceAnalyzer
// make the same terms at the same positions, and that only surfaceAnalyzer
// keeps byte offsets.
func TestPositionsOnly(t *testing.T) {
	in := "Mr. Zébari’s visit to Moscow: talks on the U.S.-led force, don't stop."
	indexed := NewMapping().AnalyzerNamed(TextAnalyzer).Analyze([]byte(in))
	surface := surfaceAnalyzer.Analyze([]byte(in))
	if len(indexed) != len(surface) || len(indexed) == 0 {
		t.Fatalf("%d indexed tokens, %d surface tokens", len(indexed), len(surface))
	}
	for i := range indexed {
		a, b := indexed[i], surface[i]
		if string(a.Term) != string(b.Term) || a.Position != b.Position || a.Type != b.Type {
			t.Errorf("token %d: indexed %s@%d, surface %s@%d", i, a.Term, a.Position, b.Term, b.Position)
		}
		if a.Start != 0 || a.End != 0 {
			t.Errorf("indexed %s has offsets %d:%d, want none", a.Term, a.Start, a.End)
		}
		if b.End <= b.Start {
			t.Errorf("surface %s has offsets %d:%d", b.Term, b.Start, b.End)
		}
	}
}

// benchText is an invented text with a Zipf-like vocabulary.
func benchText() []byte {
	rng := rand.New(rand.NewSource(1))
	vocab := strings.Fields("the minister said talks on Iraq's debt and peacekeeping troops would continue in Moscow after the council voted for a resolution Zébari Lavrov government foreign ministers meeting security")
	z := rand.NewZipf(rng, 1.1, 1, uint64(len(vocab)-1))
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(vocab[z.Uint64()])
		if rng.Intn(12) == 0 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	return []byte(b.String())
}

func BenchmarkAnalyzer(b *testing.B) {
	text := benchText()
	std := mapping.NewIndexMapping()
	old := mapping.NewIndexMapping()
	if err := old.AddCustomAnalyzer("old", map[string]interface{}{"type": "custom", "tokenizer": "unicode", "token_filters": []string{"to_lower", "stemmer_porter"}}); err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		an   analysis.Analyzer
	}{
		{"chancery", NewMapping().AnalyzerNamed(TextAnalyzer)},
		{"unicode+lower+porter", old.AnalyzerNamed("old")},
		{"standard", std.AnalyzerNamed("standard")},
	} {
		b.Run(tc.name, func(b *testing.B) {
			// Articles of about 3 KB, as in the benchmark corpus.
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for i := 0; i+3000 <= len(text); i += 3000 {
					tc.an.Analyze(text[i : i+3000])
				}
			}
		})
	}
}
