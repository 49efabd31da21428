package index

import (
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	bdocument "github.com/blevesearch/bleve/v2/document"
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

// TestGroupLocations: only analysed text fields with term vectors are
// replaced, and the replacement analyses as Bleve's field does.
func TestGroupLocations(t *testing.T) {
	m := NewMapping()
	d := bdocument.NewDocument("a1")
	src := map[string]interface{}{
		FieldTitle:   "Ministers meet in Cairo",
		FieldBody:    "Ministers meet in Cairo. The ministers met again on Monday.",
		FieldCountry: []string{"Egypt"},
		FieldHash:    "abc",
	}
	if err := m.MapDocument(d, src); err != nil {
		t.Fatal(err)
	}
	orig := bdocument.NewDocument("a1")
	if err := m.MapDocument(orig, src); err != nil {
		t.Fatal(err)
	}
	groupLocations(d)
	byName := map[string]bdocument.Field{}
	for _, f := range orig.Fields {
		byName[f.Name()] = f
	}
	grouped := 0
	for _, f := range d.Fields {
		_, isGrouped := f.(*groupedTextField)
		if isGrouped {
			grouped++
		}
		if want := f.Name() == FieldTitle || f.Name() == FieldBody; isGrouped != want {
			t.Errorf("field %s grouped %v, want %v", f.Name(), isGrouped, want)
		}
		f.Analyze()
		o := byName[f.Name()]
		o.Analyze()
		if f.AnalyzedLength() != o.AnalyzedLength() || len(f.AnalyzedTokenFrequencies()) != len(o.AnalyzedTokenFrequencies()) {
			t.Errorf("field %s: %d tokens, %d terms; Bleve's %d, %d", f.Name(), f.AnalyzedLength(),
				len(f.AnalyzedTokenFrequencies()), o.AnalyzedLength(), len(o.AnalyzedTokenFrequencies()))
		}
	}
	if grouped != 2 {
		t.Errorf("%d fields grouped, want 2 (title and body)", grouped)
	}
}
