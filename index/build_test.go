package index

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"chancery/archive"

	bdocument "github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// fieldSummary is what the segment builder reads of all the fields of one
// name in a document: options, length, and terms with their frequencies
// and locations; and the stored value.
type fieldSummary struct {
	opts   bindex.FieldIndexingOptions
	length int
	terms  map[string]*termSummary
	stored []string
}

type termSummary struct {
	freq int
	locs []string
}

func (t *termSummary) String() string { return fmt.Sprint(t.freq, t.locs) }

func summarise(t *testing.T, d *bdocument.Document) map[string]*fieldSummary {
	t.Helper()
	out := map[string]*fieldSummary{}
	for _, f := range d.Fields {
		s := out[f.Name()]
		if s == nil {
			s = &fieldSummary{opts: f.Options(), terms: map[string]*termSummary{}}
			out[f.Name()] = s
		}
		if f.Options() != s.opts {
			t.Errorf("field %s: options %v and %v", f.Name(), f.Options(), s.opts)
		}
		if f.Options().IsStored() {
			s.stored = append(s.stored, string(f.Value()))
		}
		if !f.Options().IsIndexed() {
			continue
		}
		f.Analyze()
		s.length += f.AnalyzedLength()
		// Merged across the fields of one name, as the segment builder
		// does (TokenFrequencies.MergeAll).
		for term, tf := range f.AnalyzedTokenFrequencies() {
			if string(tf.Term) != term {
				t.Errorf("field %s: term %q under key %q", f.Name(), tf.Term, term)
			}
			tm := s.terms[term]
			if tm == nil {
				tm = &termSummary{}
				s.terms[term] = tm
			}
			tm.freq += tf.Frequency()
			for _, l := range tf.Locations {
				tm.locs = append(tm.locs, fmt.Sprintf("%d:%d-%d%v", l.Position, l.Start, l.End, l.ArrayPositions))
			}
		}
	}
	return out
}

// TestBleveDocument: the documents Chancery builds have the same fields,
// options, terms, frequencies, locations and stored values as Bleve's
// mapping makes of the same values.
func TestBleveDocument(t *testing.T) {
	full := &archive.Article{
		ID: "cw-1", Title: "Lavrov meets Zébari in Moscow", Body: "MOSCOW, July 26 - Russia's foreign minister met his Iraqi counterpart. The ministers met again.",
		Date: time.Date(2004, 7, 26, 0, 0, 0, 0, time.UTC), Source: "Chancery Wire",
		Persons:   []string{"Sergei Lavrov", "Hoshyar Zebari", "Sergei Lavrov", ""},
		Countries: []archive.Country{{Name: "Russia", Code: "RU"}, {Name: "Iraq", Code: "IQ"}, {Name: "Kurdistan"}},
		Orgs:      []string{"Paris Club"}, Topics: []string{"diplomacy", "government debt"},
	}
	bare := &archive.Article{ID: "x-2", Body: "Undated text with no title and no names."}
	// Values that fold to no key: the key field is left out.
	noKeys := &archive.Article{ID: "x-3", Body: "Text.", Persons: []string{""}, Orgs: []string{"..."}}
	tests := []struct {
		name   string
		a      *archive.Article
		bands  []string
		group  string
		fields int
	}{
		{"full, a copy", full, []string{"0:abc", "1:def", "2:abc"}, "cw-0", 18},
		{"no bands, its group's first", full, nil, "cw-1", 16}, // no group field
		{"bare", bare, nil, "", 4},                             // undated: a note field
		{"values without keys", noKeys, nil, "", 6},            // undated too
	}
	m := NewMapping()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := fields(tt.a, tt.bands, tt.group)
			src := map[string]interface{}{}
			for _, f := range fs {
				if f.list {
					src[f.name] = f.vals
				} else {
					src[f.name] = f.vals[0]
				}
			}
			want := bdocument.NewDocument(tt.a.ID)
			if err := m.MapDocument(want, src); err != nil {
				t.Fatal(err)
			}
			got := summarise(t, bleveDocument(tt.a.ID, fs))
			ref := summarise(t, want)
			var names []string
			for n := range ref {
				names = append(names, n)
			}
			for n := range got {
				if ref[n] == nil {
					t.Errorf("field %s not made by the mapping", n)
				}
			}
			slices.Sort(names)
			for _, n := range names {
				g, w := got[n], ref[n]
				if g == nil {
					t.Errorf("field %s missing", n)
					continue
				}
				if g.opts != w.opts || g.length != w.length || !slices.Equal(g.stored, w.stored) {
					t.Errorf("field %s: options %v, length %d, stored %q; mapping: %v, %d, %q", n, g.opts, g.length, g.stored, w.opts, w.length, w.stored)
				}
				if fmt.Sprint(g.terms) != fmt.Sprint(w.terms) {
					t.Errorf("field %s terms:\n got %v\nwant %v", n, g.terms, w.terms)
				}
			}
			if len(names) != tt.fields {
				t.Errorf("%d fields %v, want %d", len(names), names, tt.fields)
			}
		})
	}
}
