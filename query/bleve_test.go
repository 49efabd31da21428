package query

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// testAnalyzer is the text analysis of Chancery's index: Unicode words,
// accents folded, lower case, Porter stems, no stop words.
const testAnalyzer = "test_text"

// testSchema is the schema the index package uses, over testMapping.
var testSchema = Schema{
	Text:      map[string]float64{"title": 2, "body": 1},
	TextField: map[string]string{"title": "title", "body": "body"},
	Keyword: map[string]string{
		"person": "person_key", "country": "country_key", "org": "org_key",
		"topic": "topic_key", "source": "source_key", "note": "note",
	},
	Dates: Days{Year: "year", Month: "month", Day: "date"},
}

func testMapping(t testing.TB) mapping.IndexMapping {
	t.Helper()
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(testAnalyzer, map[string]any{
		"type":          custom.Name,
		"char_filters":  []string{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name, porter.Name},
	}); err != nil {
		t.Fatal(err)
	}
	im.DefaultAnalyzer = testAnalyzer
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{"title", "body"} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = testAnalyzer
		fm.IncludeTermVectors = true
		fm.Store = false
		doc.AddFieldMappingsAt(f, fm)
	}
	for _, f := range testSchema.Keyword {
		fm := bleve.NewKeywordFieldMapping()
		fm.Analyzer = keyword.Name
		doc.AddFieldMappingsAt(f, fm)
	}
	for _, f := range []string{"year", "month", "date"} {
		fm := bleve.NewKeywordFieldMapping()
		fm.Analyzer = keyword.Name
		fm.DocValues = f == "date" // sorted by
		doc.AddFieldMappingsAt(f, fm)
	}
	im.DefaultMapping = doc
	return im
}

// article is an invented news story for the tests.
type article struct {
	id, date, source             string
	title, body                  string
	persons, countries, orgs, tp []string
}

var articles = []article{
	{id: "d01", date: "2004-07-24", source: "VOA",
		title:   "Moscow rules out troops for Iraq",
		body:    "Foreign Minister Sergei Lavrov said Russia would not send peacekeepers. Lavrov and Hoshyar Zebari discussed the debt owed to Moscow.",
		persons: []string{"Sergei Lavrov", "Hoshyar Zebari"}, countries: []string{"Russia", "Iraq"}, tp: []string{"diplomacy", "debt"}},
	{id: "d02", date: "2004-07-31", source: "Reuters",
		title:   "Zebari seeks debt relief in Paris",
		body:    "Hoshyar Zebari asked creditors for relief on Tuesday. Separately, the Russian minister Sergei Lavrov spoke about trade with China.",
		persons: []string{"Hoshyar Zebari", "Sergei Lavrov"}, countries: []string{"Iraq", "France", "Russia", "China"}, tp: []string{"debt", "trade"}},
	{id: "d03", date: "2003-03-20", source: "Reuters",
		title:     "No fly zone over northern Iraq ends",
		body:      "The no fly zone that protected the north was lifted as the war began.",
		countries: []string{"Iraq", "United States"}, tp: []string{"armed conflict"}},
	{id: "d04", date: "2003-01-28", source: "VOA",
		title:     "President delivers State of the Union address",
		body:      "The president used the speech to warn Baghdad. He said the US would not fly blind into a zone of danger.",
		persons:   []string{"George W. Bush"},
		countries: []string{"United States", "Iraq"}, tp: []string{"politics"}},
	{id: "d05", date: "2005-12-15", source: "Reuters",
		title:     "Oil prices rise as OPEC meets",
		body:      "Ministers met in Vienna. Oil and gas exports from Iraq stayed low.",
		countries: []string{"Austria", "Iraq"}, orgs: []string{"OPEC"}, tp: []string{"oil and gas", "trade"}},
	{id: "d06", date: "2011-01-31", source: "VOA",
		title:     "Diplomats meet on Sudan referendum",
		body:      "Envoys from the U.S. and Britain met in Khartoum on the last day of January.",
		countries: []string{"Sudan", "United States", "United Kingdom"}, orgs: []string{"UN"}, tp: []string{"elections", "diplomacy"}},
	{id: "d07", date: "2011-02-01", source: "AFP",
		title:     "Talks continue in Khartoum",
		body:      "A diplomatic source said talks on oil revenue would go on in February.",
		countries: []string{"Sudan"}, tp: []string{"diplomacy", "oil and gas"}},
	{id: "d08", date: "1987-03-02", source: "Reuters",
		title:     "Ecuador suspends oil exports",
		body:      "Ecuador halted crude exports after an earthquake damaged the pipeline. Output is not expected before May.",
		countries: []string{"Ecuador"}, tp: []string{"oil and gas"}},
	{id: "d09", date: "2004-12-01", source: "VOA",
		title:     "Annan urges peacekeeping force for Darfur",
		body:      "Kofi Annan asked for more peacekeepers from the African Union.",
		persons:   []string{"Kofi Annan"},
		countries: []string{"Sudan"}, orgs: []string{"UN", "African Union"}, tp: []string{"peacekeeping"}},
	{id: "d10", date: "2004-06-30", source: "AFP",
		title:     "Élysée welcomes Zébari",
		body:      "French officials received Hoshyar Zébari in Paris to discuss the debt and the elections.",
		persons:   []string{"Hoshyar Zébari"},
		countries: []string{"France", "Iraq"}, tp: []string{"debt", "elections"}},
	{id: "d11", date: "2004-07-01", source: "VOA",
		title:     "U.S. envoy visits Baghdad",
		body:      "The US envoy met leaders and said us and them must work together.",
		countries: []string{"United States", "Iraq"}, tp: []string{"diplomacy"}},
}

func keys(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = archive.Key(v)
	}
	return out
}

// mustIndex returns an in-memory index of articles, closed at cleanup.
// It is a scorch index, as Chancery's are.
func mustIndex(t testing.TB) bleve.Index {
	t.Helper()
	return indexOf(t, articles)
}

func indexOf(t testing.TB, arts []article) bleve.Index {
	t.Helper()
	idx, err := bleve.NewUsing("", testMapping(t), scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	b := idx.NewBatch()
	for _, a := range arts {
		doc := map[string]any{
			"title": a.title, "body": a.body,
			"person_key": keys(a.persons), "country_key": keys(a.countries),
			"org_key": keys(a.orgs), "topic_key": keys(a.tp),
			"source_key": archive.Key(a.source),
		}
		if a.date != "" {
			d, err := time.Parse(archive.DateLayout, a.date)
			if err != nil {
				t.Fatal(err)
			}
			doc["year"], doc["month"], doc["date"] = testSchema.Dates.Terms(d)
		}
		if err := b.Index(a.id, doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	return idx
}

// hits returns the sorted ids of the documents that match q.
func hits(t testing.TB, idx bleve.Index, s Schema, q string, locations, noScore bool) ([]string, error) {
	t.Helper()
	n, err := Parse(q)
	if err != nil {
		return nil, err
	}
	bq, err := s.Query(n)
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bq, 100, 0, false)
	req.IncludeLocations = locations
	if noScore {
		req.Score = "none"
		req.SortBy([]string{"date", "_id"})
	}
	res, err := idx.Search(req)
	if err != nil {
		return nil, err
	}
	ids := []string{}
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	sort.Strings(ids)
	if int(res.Total) != len(ids) {
		t.Errorf("%q: total %d, but %d hits", q, res.Total, len(ids))
	}
	return ids, nil
}

const allDocs = "d01 d02 d03 d04 d05 d06 d07 d08 d09 d10 d11"

// searchCases are queries over articles with the ids they must find.
var searchCases = []struct{ q, want string }{
	// Words, AND, OR, NOT, parentheses.
	{"Lavrov", "d01 d02"},
	{"lavrov", "d01 d02"},
	{"Zebari", "d01 d02 d10"}, // d10 spells it Zébari
	{"Lavrov Zebari", "d01 d02"},
	{"Lavrov AND Zebari", "d01 d02"},
	{"+Lavrov +Zebari", "d01 d02"},
	{"Lavrov OR Annan", "d01 d02 d09"},
	{"(Lavrov OR Annan) peacekeeping", "d01 d09"},
	{"Lavrov OR Annan peacekeeping", "d01 d02 d09"},
	{"Zebari -Lavrov", "d10"},
	{"Zebari NOT Lavrov", "d10"},
	{"Zebari AND NOT Lavrov", "d10"},
	{"(Sudan OR Darfur) -referendum", "d09"},
	{"debt (Paris OR Moscow)", "d01 d02 d10"},
	{"debt -(Paris OR Moscow)", ""},
	{"Khartoum OR Baghdad OR Vienna", "d04 d05 d06 d07 d11"},
	// Pure negation, everything.
	{"NOT oil", "d01 d02 d03 d04 d06 d09 d10 d11"},
	{"-oil", "d01 d02 d03 d04 d06 d09 d10 d11"},
	{"NOT NOT oil", "d05 d07 d08"},
	{"Lavrov OR NOT oil", "d01 d02 d03 d04 d06 d09 d10 d11"},
	{"NOT (oil OR Zebari OR Sudan)", "d03 d04 d09 d11"}, // d09 says Darfur
	{"", allDocs},
	{"*", allDocs},
	{"-*", ""},
	// Stop words of other engines are words here.
	{"not", "d01 d04 d08"},
	{"us", "d04 d11"},
	{"U.S.", "d06 d11"},
	// A word naming the United States searches "U.S." OR "United States"
	// OR country:US (here the country keys hold names, so no code).
	{"US", "d06 d11"},
	{"USA", "d06 d11"},
	{"United States", "d06 d11"},
	{"united states Baghdad", "d11"},
	{`"United States"`, "d06 d11"},
	{"US -Khartoum", "d11"},
	// Fuzzy words: edits of the word or of its stem.
	{"Zebary~1", "d01 d02 d10"},
	{"Lavrow~", "d01 d02"},
	{"Ecuadr~1 title:suspend~1", "d08"},
	{"Lavrow~0", ""},
	// Typographic quotes quote phrases.
	{"“no fly zone”", "d03"},
	{"„state of the union“", "d04"},
	{"«fly blind»", "d04"},
	{"‘blind fly’", ""},
	{"‘fly blind’", "d04"},
	{"no fly zone", "d03"},
	{"and not", "d01"},
	{"and or not", ""}, // no "or" in d01
	// Phrases.
	{`"no fly zone"`, "d03"},
	{`"state of the union"`, "d04"},
	{`"state of union"`, ""},
	{`"fly blind"`, "d04"},
	{`"blind fly"`, ""},
	{`"Hoshyar Zébari"`, "d01 d02 d10"},
	{`"Sergei Lavrov said"`, "d01"},
	// Proximity: words in any order, with at most N others between.
	{`"blind fly"~0`, "d04"},
	{`"us fly"~1`, ""},
	{`"us fly"~2`, "d04"}, // "US would not fly"
	{`"Lavrov Zebari"~1`, ""},
	{`"Lavrov Zebari"~2`, "d01"}, // "Lavrov and Hoshyar Zebari"
	{`"Zebari Lavrov"~2`, "d01"},
	{`"Zebari Lavrov"~10`, "d01"},
	{`"Zebari Lavrov"~11`, "d01 d02"}, // 11 words apart in d02's body
	{`"Lavrov Zebari debt"~3`, ""},
	{`"Lavrov Zebari debt"~4`, "d01"}, // "Lavrov and Hoshyar Zebari discussed the debt"
	{`"Lavrov Zebari peacekeepers"~1`, ""},
	{`"Lavrov Zebari peacekeepers"~2`, "d01"}, // across a sentence end
	{`"the the"~1`, ""},
	{`"the the"~2`, "d04 d10"},
	{`"Zebari"~5`, "d01 d02 d10"},
	{`title:"Zebari Paris"~3`, ""},
	{`title:"Zebari Paris"~4`, "d02"},
	{`body:"Zebari Paris"~3`, "d10"},
	{`"Zebari Lavrov"~3 -Moscow`, ""},
	// Prefixes, lower-cased and as analysed (stemmed, folded).
	{"diplomat*", "d06 d07"},
	{"peacekeeping*", "d01 d09"},
	{"peace*", "d01 d09"},
	{"Zéb*", "d01 d02 d10"},
	{"ZEB*", "d01 d02 d10"},
	{"Khart* -title:talks", "d06"},
	// Fields.
	{"title:Zebari", "d02 d10"},
	{"body:Zebari", "d01 d02 d10"},
	{"TITLE:(oil OR talks)", "d05 d07 d08"},
	{`title:"state of the union"`, "d04"},
	{`body:"state of the union"`, ""},
	{`person:"Sergei Lavrov"`, "d01 d02"},
	{`person:"SERGEI   lavrov"`, "d01 d02"},
	{`person:"Hoshyar Zebari"`, "d01 d02 d10"},
	{`person:"george w bush"`, "d04"},
	{"person:Lavrov", ""}, // keyword values match whole
	{"person:hosh*", "d01 d02 d10"},
	{`country:"United States"`, "d03 d04 d06 d11"},
	{`country:Iraq -person:"Sergei Lavrov"`, "d03 d04 d05 d10 d11"},
	{"org:UN", "d06 d09"},
	{`org:"African Union"`, "d09"},
	{`topic:"oil and gas"`, "d05 d08 d07"},
	{"topic:oil", ""},
	{"source:reuters", "d02 d03 d05 d08"},
	{"source:(afp OR voa) debt", "d01 d10"},
	// Dates: whole days, months and years, both ends inclusive.
	{"date:2004-07-24", "d01"},
	{"date:2004-07", "d01 d02 d11"},
	{"date:2004-07..2004-12", "d01 d02 d09 d11"},
	{"date:2003..2004", "d01 d02 d03 d04 d09 d10 d11"},
	{"date:>=2005", "d05 d06 d07"},
	{"date:>2004", "d05 d06 d07"},
	{"date:<2004-07-01", "d03 d04 d08 d10"},
	{"date:<=2004-06-30", "d03 d04 d08 d10"},
	{"date:<=2011-01-31", "d01 d02 d03 d04 d05 d06 d08 d09 d10 d11"},
	{"date:2011-01-01..2011-01-31", "d06"},
	{"date:<2011-01-31", "d01 d02 d03 d04 d05 d08 d09 d10 d11"},
	{"date:>2011-01-31", "d07"},
	{"date:2011-01-31", "d06"},
	{"date:2011-01-31..", "d06 d07"},
	{"date:..1987", "d08"},
	{"oil date:1987", "d08"},
	{"oil -date:1987", "d05 d07"},
	{"date:2004 OR date:2011-02", "d01 d02 d07 d09 d10 d11"},
	// Proximity and prefixes inside larger queries.
	{`"blind fly"~0 president`, "d04"},
	{`("blind fly"~0 OR diplomat*) -January`, "d04 d07"},
	{`"Lavrov Zebari"~2 OR "Zebari Paris"~1`, "d01 d10"},
}

func TestSearch(t *testing.T) {
	idx := mustIndex(t)
	for _, tc := range searchCases {
		want := strings.Fields(tc.want)
		sort.Strings(want)
		for _, v := range variants {
			got, err := hits(t, idx, v.schema, tc.q, v.locations, v.noScore)
			if err != nil {
				t.Errorf("%s: %q: %v", v.name, tc.q, err)
				continue
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: %q = %v, want %v", v.name, tc.q, got, want)
			}
		}
	}
}

// variants run every search of TestSearch: with the fields' own analyzer or
// a named one, with term locations asked for (as highlighting does) or
// not, and sorted by date without scores, which change what Bleve's
// searchers read and carry.
var variants = func() []struct {
	name               string
	schema             Schema
	locations, noScore bool
} {
	named := testSchema
	named.Analyzer = testAnalyzer
	return []struct {
		name               string
		schema             Schema
		locations, noScore bool
	}{
		{"field analyzer", testSchema, false, false},
		{"named analyzer", named, false, false},
		{"with locations", testSchema, true, false},
		{"by date, no score", testSchema, false, true},
	}
}()

func TestSchemaErrors(t *testing.T) {
	noPerson := testSchema
	noPerson.Keyword = map[string]string{"country": "country_key"}
	noDate := testSchema
	noDate.Dates = Days{}
	noTitle := testSchema
	noTitle.TextField = map[string]string{"body": "body"}
	for _, tc := range []struct {
		schema Schema
		q, msg string
	}{
		{noPerson, `Lavrov OR person:"Sergei Lavrov"`, "no index field to person:"},
		{noDate, "oil date:2004", "no date fields"},
		{noTitle, "title:oil", "no index field to title:"},
		{Schema{}, "oil", "no text fields"},
	} {
		n, err := Parse(tc.q)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.q, err)
		}
		_, err = tc.schema.Query(n)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Query(%q) = %v, want an error about %q", tc.q, err, tc.msg)
		}
	}
}

// TestQueryShape checks what a bare word becomes: one word query per text
// field, with the field's boost.
func TestQueryShape(t *testing.T) {
	n, err := Parse("Lavrov al-Sadr")
	if err != nil {
		t.Fatal(err)
	}
	q, err := testSchema.Query(n)
	if err != nil {
		t.Fatal(err)
	}
	conj, ok := q.(*query.ConjunctionQuery)
	if !ok || len(conj.Conjuncts) != 2 {
		t.Fatalf("Query = %#v, want a conjunction of two", q)
	}
	disj, ok := conj.Conjuncts[0].(*query.DisjunctionQuery)
	if !ok || len(disj.Disjuncts) != 2 {
		t.Fatalf("Lavrov = %#v, want a disjunction of two", conj.Conjuncts[0])
	}
	for i, want := range []struct {
		field string
		boost float64
	}{{"body", 1}, {"title", 2}} {
		m, ok := disj.Disjuncts[i].(*WordQuery)
		if !ok || m.FieldVal != want.field || m.BoostVal != want.boost || m.Word != "Lavrov" {
			t.Errorf("Lavrov on %s = %#v, want a WordQuery with boost %v", want.field, disj.Disjuncts[i], want.boost)
		}
	}
	us := conj.Conjuncts[1].(*query.DisjunctionQuery)
	if _, ok := us.Disjuncts[0].(*PhraseQuery); !ok {
		t.Errorf("al-Sadr = %#v, want PhraseQuery", us.Disjuncts[0])
	}
}

// TestQueriesScoreAsBleve checks that WordQuery finds and scores what
// Bleve's match query with the "and" operator does, for words of one term
// and of several, and that PhraseQuery finds and scores what Bleve's
// match-phrase query does.
func TestQueriesScoreAsBleve(t *testing.T) {
	idx := mustIndex(t)
	for _, c := range []struct {
		name        string
		texts       []string
		minHits     int
		ours, bleve func(text, field string) query.Query
	}{
		{"WordQuery", []string{"Lavrov", "talks", "al-Sadr", "nothingatall", "U.S."}, 3,
			func(text, field string) query.Query {
				return &WordQuery{Word: text, Target: Target{FieldVal: field, BoostVal: 2}}
			},
			func(text, field string) query.Query {
				mq := query.NewMatchQuery(text)
				mq.SetField(field)
				mq.SetOperator(query.MatchQueryOperatorAnd)
				mq.SetBoost(2)
				return mq
			}},
		{"PhraseQuery", []string{"peace talks", "Foreign Minister", "foreign minister said", "minister foreign",
			"U.S.", "al-Sadr", "talks talks", "the the", "no such phrase here", "Lavrov"}, 5,
			func(text, field string) query.Query {
				return &PhraseQuery{Text: text, Target: Target{FieldVal: field, BoostVal: 2}}
			},
			func(text, field string) query.Query {
				mq := query.NewMatchPhraseQuery(text)
				mq.SetField(field)
				mq.SetBoost(2)
				return mq
			}},
	} {
		found := 0
		for _, text := range c.texts {
			for _, field := range []string{"body", "title"} {
				got, want := scores(t, idx, c.ours(text, field)), scores(t, idx, c.bleve(text, field))
				found += len(want)
				if !maps.Equal(got, want) {
					t.Errorf("%s %q on %s: %v, Bleve %v", c.name, text, field, got, want)
				}
			}
		}
		if found < c.minHits {
			t.Errorf("%s: the fixture matched %d hits in all: too few to compare scores", c.name, found)
		}
	}
}

func scores(t *testing.T, idx bleve.Index, q query.Query) map[string]float64 {
	t.Helper()
	res, err := idx.Search(bleve.NewSearchRequestOptions(q, 100, 0, false))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}
