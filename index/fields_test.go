package index

import (
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// TestGroupedFrequencies: the grouped layout holds the same terms,
// frequencies and locations, in the same order per term, as Bleve's
// analysis.TokenFrequency.
func TestGroupedFrequencies(t *testing.T) {
	analyzers := map[string]analysis.Analyzer{
		"text":    NewMapping().AnalyzerNamed(TextAnalyzer),
		"offsets": surfaceAnalyzer, // byte offsets kept, so they are compared too
	}
	opts := bindex.IndexField | bindex.IncludeTermVectors
	tests := []struct {
		name string
		text string
		ap   []uint64
	}{
		{"empty", "", nil},
		{"one word", "Baghdad", nil},
		{"repeats", "talks on talks, and more talks about the talks' talks", nil},
		{"stems and accents", "Négociations: negotiators negotiated; Zébari met Zebari in São Paulo", nil},
		{"array positions", "the ministers met the ministers", []uint64{2}},
		{"long", strings.Repeat("Foreign ministers of the Arab League met in Cairo on Sunday. ", 200), nil},
	}
	for _, tt := range tests {
		for name, an := range analyzers {
			t.Run(tt.name+"/"+name, func(t *testing.T) {
				tokens := an.Analyze([]byte(tt.text))
				want := analysis.TokenFrequency(tokens, tt.ap, opts)
				got := groupedFrequencies(tokens, tt.ap)
				if len(got) != len(want) {
					t.Fatalf("%d terms, want %d", len(got), len(want))
				}
				for term, w := range want {
					g := got[term]
					if g == nil {
						t.Fatalf("term %q missing", term)
					}
					if string(g.Term) != string(w.Term) || g.Frequency() != w.Frequency() || len(g.Locations) != len(w.Locations) {
						t.Fatalf("term %q: %q freq %d, %d locations; want %q freq %d, %d locations",
							term, g.Term, g.Frequency(), len(g.Locations), w.Term, w.Frequency(), len(w.Locations))
					}
					for i := range w.Locations {
						if !reflect.DeepEqual(*g.Locations[i], *w.Locations[i]) {
							t.Errorf("term %q location %d: %+v, want %+v", term, i, *g.Locations[i], *w.Locations[i])
						}
					}
				}
			})
		}
	}
}
