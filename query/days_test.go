package query

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
)

// TestDaysRange indexes one document per day from late 2002 to early 2006
// (a leap year, year and month ends) and checks that Days.Range finds
// exactly the days of many ranges, open and closed, against a plain count.
func TestDaysRange(t *testing.T) {
	days := Days{Year: "year", Month: "month", Day: "day"}
	im := bleve.NewIndexMapping()
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{days.Year, days.Month, days.Day} {
		fm := bleve.NewKeywordFieldMapping()
		fm.Analyzer = keyword.Name
		doc.AddFieldMappingsAt(f, fm)
	}
	im.DefaultMapping = doc
	idx, err := bleve.NewMemOnly(im)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	first := time.Date(2002, 11, 20, 0, 0, 0, 0, time.UTC)
	last := time.Date(2006, 2, 10, 0, 0, 0, 0, time.UTC)
	b := idx.NewBatch()
	var all []time.Time
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		y, m, dd := days.Terms(d)
		if err := b.Index(dd, map[string]any{days.Year: y, days.Month: m, days.Day: dd}); err != nil {
			t.Fatal(err)
		}
		all = append(all, d)
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
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
