package query

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// TestDaysRange checks that Days.Range finds exactly the days of many
// ranges, open and closed, against a plain count.
// dailyIndex indexes one document per day from 2002-11-20 to 2006-02-10
// (a leap year, year and month ends), with its date in days and a word
// field: "every" in each document, "tenth" in every tenth.
func dailyIndex(t *testing.T) (Days, bleve.Index, []time.Time) {
	t.Helper()
	days := Days{Year: "year", Month: "month", Day: "day"}
	im := bleve.NewIndexMapping()
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{days.Year, days.Month, days.Day, "word"} {
		fm := bleve.NewKeywordFieldMapping()
		fm.Analyzer = keyword.Name
		fm.DocValues = f == days.Day
		doc.AddFieldMappingsAt(f, fm)
	}
	im.DefaultMapping = doc
	idx, err := bleve.NewMemOnly(im)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	first := time.Date(2002, 11, 20, 0, 0, 0, 0, time.UTC)
	last := time.Date(2006, 2, 10, 0, 0, 0, 0, time.UTC)
	b := idx.NewBatch()
	var all []time.Time
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		y, m, dd := days.Terms(d)
		words := []string{"every"}
		if len(all)%10 == 0 {
			words = append(words, "tenth")
		}
		if err := b.Index(dd, map[string]any{days.Year: y, days.Month: m, days.Day: dd, "word": words}); err != nil {
			t.Fatal(err)
		}
		all = append(all, d)
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	return days, idx, all
}

func TestDaysRange(t *testing.T) {
	days, idx, all := dailyIndex(t)
	day := func(s string) time.Time {
		t.Helper()
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	type span struct{ from, to time.Time }
	cases := []span{
		{day("2004-02-01"), day("2004-03-01")}, // one month, leap February
		{day("2004-01-01"), day("2005-01-01")}, // one year
		{day("2003-01-01"), day("2006-01-01")}, // whole years
		{day("2003-12-31"), day("2004-01-02")}, // across a year end
		{day("2004-07-24"), day("2004-07-25")}, // one day
		{day("2004-07-24"), day("2004-07-24")}, // empty
		{day("2004-07-24"), day("2004-07-20")}, // reversed: empty
		{day("2003-03-15"), day("2005-10-02")}, // partial months and years at both ends
		{day("2004-03-01"), day("2004-11-30")}, // whole months, then days
		{time.Time{}, day("2004-01-01")},       // open start
		{day("2005-06-30"), time.Time{}},       // open end
		{day("1999-01-01"), day("2002-11-21")}, // before the first document, to its first day
		{day("2006-02-10"), day("2010-01-01")}, // from the last document's day
		{day("2004-02-29"), day("2004-03-01")}, // leap day
		{day("2002-11-20"), day("2006-02-11")}, // every document
		{day("2004-12-01"), day("2005-01-01")}, // December
		{day("2005-01-01"), day("2005-01-31")}, // January less a day
		{day("2003-06-01"), day("2003-06-30")}, // June less its last day
	}
	first := all[0]
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		a := first.AddDate(0, 0, rng.IntN(len(all)+60)-30)
		z := a.AddDate(0, 0, rng.IntN(900))
		cases = append(cases, span{a, z})
	}
	for _, c := range cases {
		want := 0
		for _, d := range all {
			if (c.from.IsZero() || !d.Before(c.from)) && (c.to.IsZero() || d.Before(c.to)) {
				want++
			}
		}
		name := fmt.Sprintf("%s..%s", c.from.Format("2006-01-02"), c.to.Format("2006-01-02"))
		q := days.Range(c.from, c.to)
		if q == nil {
			if want != 0 {
				t.Errorf("%s: no query, want %d days", name, want)
			}
			continue
		}
		res, err := idx.Search(bleve.NewSearchRequestOptions(q, 0, 0, false))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if int(res.Total) != want {
			t.Errorf("%s: %d days, want %d", name, res.Total, want)
		}
	}
}

func TestDaysTerms(t *testing.T) {
	d := time.Date(2004, 7, 24, 23, 30, 0, 0, time.FixedZone("UTC-5", -5*3600))
	y, m, dd := Days{}.Terms(d)
	if y != "2004" || m != "2004-07" || dd != "2004-07-25" {
		t.Errorf("Terms(%v) = %s %s %s, want the UTC day 2004-07-25", d, y, m, dd)
	}
}

// TestDaysFilter checks Days.Filter both ways: a rare word in a wide
// range (each match's date read from doc values) and a word in every
// document in a narrow range (the range's postings).
func TestDaysFilter(t *testing.T) {
	days, idx, all := dailyIndex(t)
	word := func(w string) bq.Query {
		q := bq.NewTermQuery(w)
		q.SetField("word")
		return q
	}
	day := func(s string) time.Time {
		d, _ := time.Parse("2006-01-02", s)
		return d
	}
	for _, c := range []struct {
		word     string
		from, to time.Time
	}{
		{"tenth", all[110], all[800]}, // doc values; both ends on a tenth day
		{"tenth", all[111], all[801]},
		{"tenth", time.Time{}, day("2004-01-01")},
		{"tenth", day("2004-02-29"), time.Time{}},
		{"every", day("2004-07-24"), day("2004-07-27")}, // postings
		{"every", day("2004-02-01"), day("2004-03-01")},
		{"every", day("2003-01-01"), day("2006-01-01")},
		{"every", day("2004-07-24"), day("2004-07-24")}, // empty
		{"tenth", day("2004-07-24"), day("2004-07-24")},
	} {
		want := 0
		for i, d := range all {
			if (c.word == "every" || i%10 == 0) && (c.from.IsZero() || !d.Before(c.from)) && (c.to.IsZero() || d.Before(c.to)) {
				want++
			}
		}
		res, err := idx.Search(bleve.NewSearchRequestOptions(days.Filter(word(c.word), c.from, c.to), 0, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		if int(res.Total) != want {
			t.Errorf("%s in %s..%s: %d, want %d", c.word, c.from.Format("2006-01-02"), c.to.Format("2006-01-02"), res.Total, want)
		}
	}
}

// TestDatesDoNotScore checks that a date beside words filters them
// without changing their scores.
func TestDatesDoNotScore(t *testing.T) {
	idx := indexOf(t, articles)
	scoresOf := func(q string) map[string]float64 {
		t.Helper()
		n, err := Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		bqq, err := testSchema.Query(n)
		if err != nil {
			t.Fatal(err)
		}
		return scores(t, idx, bqq)
	}
	for _, c := range []struct{ words, dated string }{
		{"oil", "oil date:2003..2006"},
		{"Iraq", "date:2004 Iraq"},
		{"Lavrov OR oil", "(Lavrov OR oil) date:>=2004-07"},
	} {
		all, some := scoresOf(c.words), scoresOf(c.dated)
		if len(some) == 0 || len(some) >= len(all) {
			t.Errorf("%s: %d hits of %d; the case needs a date that leaves some out", c.dated, len(some), len(all))
		}
		for id, s := range some {
			if all[id] != s {
				t.Errorf("%s: %s scores %v, %v without the date", c.dated, id, s, all[id])
			}
		}
	}
}
