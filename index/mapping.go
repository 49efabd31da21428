package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Fields of an index document. Keyword fields come in pairs: the display
// value (for facets) and its archive.Key folding (for filters), so a value
// copied from a facet list always works as a filter.
const (
	FieldTitle = "title"
	FieldBody  = "body"
	// FieldDate, FieldMonth and FieldYear hold an article's date as
	// keywords: "2004-07-24", "2004-07", "2004" (query.Days).
	FieldDate    = "date"
	FieldMonth   = "month"
	FieldYear    = "year"
	FieldHash    = "hash"
	FieldPerson  = "person"
	FieldCountry = "country"
	FieldOrg     = "org"
	FieldTopic   = "topic"
	FieldSource  = "source"
	// FieldGroup is the id of the article's near-duplicate group and
	// FieldDup the LSH bands that find its near-duplicates (dedup.go).
	FieldGroup = "group"
	FieldDup   = "dup"
	// FieldNote holds the kinds of the article's reading notes
	// (archive.NoteKinds), for note: in a query.
	FieldNote = "note"
	keySuffix = "_key"
)

// FacetFields are the keyword fields that facets count, in display order.
var FacetFields = []string{FieldPerson, FieldCountry, FieldOrg, FieldTopic, FieldSource}

// analysisVersion names the behaviour of the code-defined analysis (the fold
// filter); bump it when that code changes what is indexed.
const analysisVersion = "fold-v1"

// NewMapping returns the Bleve index mapping of a Chancery index.
func NewMapping() *mapping.IndexMappingImpl {
	im := mapping.NewIndexMapping()
	if err := im.AddCustomAnalyzer(TextAnalyzer, textAnalyzerConfig); err != nil {
		panic(err) // the config is a constant; a failure is a programming error
	}
	im.DefaultAnalyzer = TextAnalyzer
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	text := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = TextAnalyzer
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = false
		f.IncludeTermVectors = true // phrase and proximity queries need positions
		return f
	}
	kw := func(docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldTitle, text())
	doc.AddFieldMappingsAt(FieldBody, text())
	for _, f := range FacetFields {
		doc.AddFieldMappingsAt(f, kw(true))
		doc.AddFieldMappingsAt(f+keySuffix, kw(false))
	}
	// Dates: keywords at three granularities (query.Days), not a Bleve
	// date field, whose sixteen terms per document took 11% of an
	// ingest's CPU. Doc values: year facets, date sorts and timelines.
	doc.AddFieldMappingsAt(FieldYear, kw(true))
	doc.AddFieldMappingsAt(FieldMonth, kw(false))
	doc.AddFieldMappingsAt(FieldDate, kw(true))
	hash := mapping.NewKeywordFieldMapping()
	hash.Index = false
	hash.Store = true
	hash.IncludeInAll = false
	hash.DocValues = false
	hash.IncludeTermVectors = false
	doc.AddFieldMappingsAt(FieldHash, hash)
	// Doc values: searches and groupDocs read a document's group from
	// them. Neither field is stored: groupDocs finds candidates band by
	// band in the postings of FieldDup.
	doc.AddFieldMappingsAt(FieldGroup, kw(true))
	doc.AddFieldMappingsAt(FieldDup, kw(false))
	doc.AddFieldMappingsAt(FieldNote, kw(false))
	// No "_all" composite field: no field is included in it, but Bleve
	// still built and walked an empty one for every document
	// (VisitComposite: 7% of the CPU profile of BenchmarkIngest; the
	// articles/s gain was within the noise of a shared machine).
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	im.DefaultMapping = doc
	return im
}

// SettingsHash identifies everything that shapes what the index holds: the
// mapping and the code-defined analysis. An archive records it; an index
// built with other settings must be rebuilt.
func SettingsHash() string {
	data, err := json.Marshal(NewMapping())
	if err != nil {
		panic(err)
	}
	h := sha256.Sum256(append(data, analysisVersion...))
	return hex.EncodeToString(h[:8])
}
