package query

import (
	"testing"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2"
)

// What the tests of package query_test (which use querytest, itself an
// importer of query) need from this package's tests.

var (
	// TestSchema is the schema of the test index.
	TestSchema = testSchema
	// MustIndex returns the test index of invented articles.
	MustIndex = mustIndex
	// TestMapping returns the mapping of the test index.
	TestMapping = testMapping
)

// TestAnalyzer names the text analyzer of the test index.
const TestAnalyzer = testAnalyzer

// FixtureDocs returns the test articles by id, as index fields: the text of
// title and body, the keys of the keyword fields, and the date.
func FixtureDocs() map[string]map[string][]string { return docsOf(articles) }

// OddArticles are articles in other scripts and spellings, and one without
// a date, for the reference tests.
var OddArticles = []struct{ ID, Date, Title, Body string }{
	{"u01", "2009-05-05", "中国外交部长访问日本", "東京で会談した。カタカナ テスト。Beijing 北京 talks"},
	{"u02", "2009-05-06", "ประชุมสุดยอดอาเซียน Thai summit", "การประชุม ASEAN ในกรุงเทพ rock'n'roll don't won’t l'Élysée"},
	{"u03", "", "Undated: Iran-Iraq talks 1,000 km", "e-mail U.S.-led 3.5% co-operation naïve cafe\u0301 ﬁnance İstanbul"},
	{"u04", "2009-05-07", "Ελλάδα και Κύπρος", "Москва и Киев: переговоры. Straße STRASSE"},
	{"u05", "2009-05-08", "外交 新闻", "中国的外交 日本と中国 Iraq and Iran"},
}

// IndexOdd returns an index of OddArticles and the same as fields.
func IndexOdd(t testing.TB) (bleve.Index, map[string]map[string][]string) {
	var arts []article
	for _, a := range OddArticles {
		arts = append(arts, article{id: a.ID, date: a.Date, title: a.Title, body: a.Body})
	}
	return indexOf(t, arts), docsOf(arts)
}

func docsOf(arts []article) map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for _, a := range arts {
		out[a.id] = map[string][]string{
			"title": {a.title}, "body": {a.body}, "date": nil,
			"person_key": keys(a.persons), "country_key": keys(a.countries),
			"org_key": keys(a.orgs), "topic_key": keys(a.tp), "source_key": {archive.Key(a.source)},
		}
		if a.date != "" {
			out[a.id]["date"] = []string{a.date}
		}
	}
	return out
}

// SearchCases returns the queries of TestSearch.
func SearchCases() []string {
	out := make([]string, len(searchCases))
	for i, c := range searchCases {
		out[i] = c.q
	}
	return out
}

// IndexDocs returns an index of docs given as FixtureDocs gives them:
// id to title and body text, keys and date.
func IndexDocs(t testing.TB, docs map[string]map[string][]string) bleve.Index {
	var arts []article
	for id, f := range docs {
		a := article{id: id, title: first(f["title"]), body: first(f["body"]), date: first(f["date"]), source: first(f["source_key"]),
			persons: f["person_key"], countries: f["country_key"], orgs: f["org_key"], tp: f["topic_key"]}
		arts = append(arts, a)
	}
	return indexOf(t, arts)
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}
