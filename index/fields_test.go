package index

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// TestIndexTerms: the writer's one-pass analysis of a text field gives the
// same length, terms, frequencies and locations, in the same order per
// term, as Bleve's TokenFrequency of TextAnalyzer's tokens.
func TestIndexTerms(t *testing.T) {
	an := NewMapping().AnalyzerNamed(TextAnalyzer)
	texts := map[string]string{
		"empty":      "",
		"no words":   "--- ... ''",
		"one word":   "Baghdad",
		"repeats":    "talks on talks, and more Talks about the talks' TALKS",
		"accents":    "Négociations: negotiators negotiated; Zébari met Zebari in São Paulo, Brasília",
		"possessive": "Iraq's debt, Iraq’s peacekeepers, don't",
		"numbers":    "In 1987 the 31.5 billion deal; 1987 again, 007 and 7",
		"long":       strings.Repeat("Foreign ministers of the Arab League met in Cairo on Sunday. ", 200),
	}
	// Random texts from a small vocabulary: many repeats, mixed case,
	// digits and accents.
	vocab := strings.Fields("the The US U.S. not no Lavrov LAVROV Zébari zebari 2004 31.5 talks Talks talked peace-keeping don't Iraq's ministers")
	rng := rand.New(rand.NewSource(3))
	for i := range 20 {
		var b strings.Builder
		for range rng.Intn(400) {
			b.WriteString(vocab[rng.Intn(len(vocab))])
			b.WriteString([]string{" ", ", ", ". ", "\n"}[rng.Intn(4)])
		}
		texts["random"+string(rune('a'+i))] = b.String()
	}
	for name, text := range texts {
		for _, ap := range [][]uint64{nil, {2}} {
			if err := sameAsBleve(an, text, ap); err != nil {
				t.Errorf("%s, array positions %v: %v", name, ap, err)
			}
		}
	}
}

// FuzzIndexTerms: on any text, indexTerms and Bleve's analysis agree.
func FuzzIndexTerms(f *testing.F) {
	for _, s := range []string{"", "Iraq's debt", "Zébari 2004 ZEBARI", "don’t 31.5", "\xff\xfe abc", "ǅemal İstanbul ß"} {
		f.Add(s)
	}
	an := NewMapping().AnalyzerNamed(TextAnalyzer)
	f.Fuzz(func(t *testing.T, text string) {
		if err := sameAsBleve(an, text, nil); err != nil {
			t.Fatal(err)
		}
	})
}

// sameAsBleve compares indexTerms of text with analysis.TokenFrequency of
// an's tokens.
func sameAsBleve(an analysis.Analyzer, text string, ap []uint64) error {
	tokens := an.Analyze([]byte(text))
	want := analysis.TokenFrequency(tokens, ap, bindex.IndexField|bindex.IncludeTermVectors)
	n, got := indexTerms([]byte(text), ap)
	if n != len(tokens) || len(got) != len(want) {
		return fmt.Errorf("%d words, %d terms; Bleve: %d, %d", n, len(got), len(tokens), len(want))
	}
	for term, w := range want {
		g := got[term]
		if g == nil {
			return fmt.Errorf("term %q missing", term)
		}
		if string(g.Term) != string(w.Term) || g.Frequency() != w.Frequency() || len(g.Locations) != len(w.Locations) {
			return fmt.Errorf("term %q: %q freq %d, %d locations; want %q freq %d, %d locations",
				term, g.Term, g.Frequency(), len(g.Locations), w.Term, w.Frequency(), len(w.Locations))
		}
		for i := range w.Locations {
			if !reflect.DeepEqual(*g.Locations[i], *w.Locations[i]) {
				return fmt.Errorf("term %q location %d: %+v, want %+v", term, i, *g.Locations[i], *w.Locations[i])
			}
		}
	}
	return nil
}

// TestIndexTermsLayout: each term's locations are side by side in memory,
// which is what the layout is for.
func TestIndexTermsLayout(t *testing.T) {
	_, freqs := indexTerms([]byte(strings.Repeat("talks on debt and on talks about debt ", 50)), nil)
	for term, tf := range freqs {
		for i := 1; i < len(tf.Locations); i++ {
			a, b := tf.Locations[i-1], tf.Locations[i]
			if uintptr(unsafe.Pointer(b))-uintptr(unsafe.Pointer(a)) != unsafe.Sizeof(*a) {
				t.Fatalf("term %q: locations %d and %d are not side by side", term, i-1, i)
			}
		}
	}
}

// BenchmarkIndexTerms: the writer's analysis of a 3 KB text field into
// term frequencies, against Bleve's way to the same result (TextAnalyzer's
// tokens, then analysis.TokenFrequency).
func BenchmarkIndexTerms(b *testing.B) {
	text := benchText()
	an := NewMapping().AnalyzerNamed(TextAnalyzer)
	opts := bindex.IndexField | bindex.IncludeTermVectors
	for _, tc := range []struct {
		name string
		fn   func([]byte)
	}{
		{"indexTerms", func(t []byte) { indexTerms(t, nil) }},
		{"bleve", func(t []byte) { analysis.TokenFrequency(an.Analyze(t), nil, opts) }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for i := 0; i+3000 <= len(text); i += 3000 {
					tc.fn(text[i : i+3000])
				}
			}
		})
	}
}
