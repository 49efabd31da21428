package index

import (
	"sync"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2/analysis"
	bdocument "github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// field is one field of an index document and its values. A list field
// holds any number of keywords; the others hold one value.
type field struct {
	name string
	vals []string
	list bool
}

// fields returns the index fields of an article: its text, fingerprint and
// date terms, its keywords (each list beside its archive.Key folding, for
// filters), and the near-duplicate bands and group given.
func fields(a *archive.Article, bands []string, group string) []field {
	one := func(name, v string) field { return field{name: name, vals: []string{v}} }
	fs := make([]field, 0, 20)
	fs = append(fs, one(FieldTitle, a.Title), one(FieldBody, fullText(a)), one(FieldHash, a.Fingerprint()))
	if !a.Date.IsZero() {
		y, m, d := Schema.Dates.Terms(a.Date)
		fs = append(fs, one(FieldYear, y), one(FieldMonth, m), one(FieldDate, d))
	}
	list := func(name string, vals []string, extra ...string) {
		if len(vals) == 0 {
			return
		}
		keys := make([]string, 0, len(vals)+len(extra))
		for _, v := range vals {
			if k := archive.Key(v); k != "" {
				keys = append(keys, k)
			}
		}
		keys = append(keys, extra...)
		fs = append(fs, field{name: name, vals: vals, list: true})
		if len(keys) > 0 {
			fs = append(fs, field{name: name + keySuffix, vals: keys, list: true})
		}
	}
	list(FieldPerson, a.Persons)
	// A country also answers to its ISO code: --country US.
	var codes []string
	for _, c := range a.Countries {
		if c.Code != "" {
			codes = append(codes, archive.Key(c.Code))
		}
	}
	list(FieldCountry, a.CountryNames(), codes...)
	list(FieldOrg, a.Orgs)
	list(FieldTopic, a.Topics)
	if a.Source != "" {
		list(FieldSource, []string{a.Source})
	}
	if kinds := a.NoteKinds(); len(kinds) > 0 {
		fs = append(fs, field{name: FieldNote, vals: kinds, list: true})
	}
	if len(bands) > 0 {
		fs = append(fs, field{name: FieldDup, vals: bands, list: true})
	}
	if group != "" && group != a.ID { // a group's first article goes without (see dedup.go)
		fs = append(fs, one(FieldGroup, group))
	}
	return fs
}

// schema is what NewMapping says of each field: its indexing options and
// analyzer. Documents are built from it directly (bleveDocument) rather
// than by Bleve's mapping, which walks a map of values by reflection; a
// test checks that both make the same fields.
type schema struct {
	opts      map[string]bindex.FieldIndexingOptions
	analyzers map[string]analysis.Analyzer
	// text names the fields that TextAnalyzer analyses with term vectors
	// and frequencies: those are textFields.
	text map[string]bool
}

// fieldSchema is made on first use: the analyzers are registered by an
// init function, which runs after package variables are set.
var fieldSchema = sync.OnceValue(func() schema {
	m := NewMapping()
	s := schema{opts: map[string]bindex.FieldIndexingOptions{}, analyzers: map[string]analysis.Analyzer{}, text: map[string]bool{}}
	for name, dm := range m.DefaultMapping.Properties {
		for _, fm := range dm.Fields {
			o := fm.Options()
			s.opts[name] = o
			an := fm.Analyzer
			if an == "" {
				an = m.DefaultAnalyzer
			}
			s.analyzers[name] = m.AnalyzerNamed(an)
			s.text[name] = an == TextAnalyzer && o.IncludeTermVectors() && !o.SkipFreqNorm()
		}
	}
	return s
})

// bleveDocument returns the Bleve document of the fields fs of article id.
// Title and body are textFields; each list of keywords is one
// keywordsField.
func bleveDocument(id string, fs []field) *bdocument.Document {
	sc := fieldSchema()
	d := bdocument.NewDocument(id)
	for _, f := range fs {
		o := sc.opts[f.name]
		switch {
		case f.list:
			d.AddField(&keywordsField{name: f.name, vals: f.vals, opts: o})
		case sc.text[f.name]:
			d.AddField(&textField{TextField: bdocument.NewTextFieldCustom(f.name, nil, []byte(f.vals[0]), o, sc.analyzers[f.name])})
		default:
			d.AddField(bdocument.NewTextFieldCustom(f.name, nil, []byte(f.vals[0]), o, sc.analyzers[f.name]))
		}
	}
	d.SetIndexed()
	return d
}

// keywordsField is a list of keywords as one Bleve field. Bleve's mapping
// makes a field of each value, which its segment builder then merges into
// one set of term frequencies per field name (TokenFrequencies.MergeAll):
// the same terms, counts and length as this field has from the start.
// The values are indexed, not stored, and keep no positions.
type keywordsField struct {
	name  string
	vals  []string
	opts  bindex.FieldIndexingOptions
	freqs bindex.TokenFrequencies
}

func (f *keywordsField) Name() string                         { return f.name }
func (f *keywordsField) ArrayPositions() []uint64             { return nil }
func (f *keywordsField) Options() bindex.FieldIndexingOptions { return f.opts }
func (f *keywordsField) EncodedFieldType() byte               { return 't' }
func (f *keywordsField) AnalyzedLength() int                  { return len(f.vals) }

func (f *keywordsField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// Value is nil: the field is not stored.
func (f *keywordsField) Value() []byte { return nil }

func (f *keywordsField) NumPlainTextBytes() uint64 {
	n := 0
	for _, v := range f.vals {
		n += len(v)
	}
	return uint64(n)
}

func (f *keywordsField) Size() int { return 64 + 64*len(f.vals) + int(f.NumPlainTextBytes()) }

func (f *keywordsField) Analyze() {
	f.freqs = make(bindex.TokenFrequencies, len(f.vals))
	for _, v := range f.vals {
		tf := f.freqs[v]
		if tf == nil {
			tf = &bindex.TokenFreq{Term: []byte(v)}
			f.freqs[v] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
	}
}
