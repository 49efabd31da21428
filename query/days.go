package query

import (
	"time"

	bq "github.com/blevesearch/bleve/v2/search/query"
)

// Days names the keyword index fields that hold an article's date at three
// granularities: year "2004", month "2004-07" and day "2004-07-24". A date
// range then becomes a few term ranges: the days of its partial months, the
// months of its partial years and the whole years between. A document
// holds three terms instead of the sixteen of a Bleve date field, which
// made the date 11% of the CPU of an ingest.
type Days struct {
	Year, Month, Day string
}

// Terms returns the year, month and day terms of date t, in UTC.
func (d Days) Terms(t time.Time) (year, month, day string) {
	t = t.UTC()
	return t.Format("2006"), t.Format("2006-01"), t.Format("2006-01-02")
}

// Range returns a query for the dates in [from, to), both whole days in
// UTC; a zero end is open. It is nil when the range is empty.
func (d Days) Range(from, to time.Time) bq.Query {
	lo, hi := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	if !from.IsZero() {
		lo = day(from)
	}
	if !to.IsZero() {
		hi = day(to).AddDate(0, 0, -1)
	}
	if hi.Before(lo) {
		return nil
	}
	var parts []bq.Query
	d.cover(lo, hi, func(field, a, b string) {
		if a == b {
			q := bq.NewTermQuery(a)
			q.SetField(field)
			parts = append(parts, q)
			return
		}
		yes := true
		q := bq.NewTermRangeInclusiveQuery(a, b, &yes, &yes)
		q.SetField(field)
		parts = append(parts, q)
	})
	if len(parts) == 1 {
		return parts[0]
	}
	return bq.NewDisjunctionQuery(parts)
}

// cover calls add(field, first, last) for term ranges whose union is the
// days lo to hi, inclusive: whole years as years, whole months as months,
// the rest as days.
func (d Days) cover(lo, hi time.Time, add func(field, first, last string)) {
	if lo.Year() == hi.Year() {
		if lo.Month() == hi.Month() {
			add(d.Day, lo.Format("2006-01-02"), hi.Format("2006-01-02"))
			return
		}
		mLo, mHi := lo, hi
		if lo.Day() != 1 {
			add(d.Day, lo.Format("2006-01-02"), lastOfMonth(lo).Format("2006-01-02"))
			mLo = lastOfMonth(lo).AddDate(0, 0, 1)
		}
		if !hi.Equal(lastOfMonth(hi)) {
			add(d.Day, firstOfMonth(hi).Format("2006-01-02"), hi.Format("2006-01-02"))
			mHi = firstOfMonth(hi).AddDate(0, 0, -1)
		}
		if !mHi.Before(mLo) {
			add(d.Month, mLo.Format("2006-01"), mHi.Format("2006-01"))
		}
		return
	}
	yLo, yHi := lo, hi
	if lo.Month() != time.January || lo.Day() != 1 {
		d.cover(lo, time.Date(lo.Year(), 12, 31, 0, 0, 0, 0, time.UTC), add)
		yLo = time.Date(lo.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if hi.Month() != time.December || hi.Day() != 31 {
		d.cover(time.Date(hi.Year(), 1, 1, 0, 0, 0, 0, time.UTC), hi, add)
		yHi = time.Date(hi.Year()-1, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	if !yHi.Before(yLo) {
		add(d.Year, yLo.Format("2006"), yHi.Format("2006"))
	}
}

// day returns the UTC midnight starting t's day.
func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func lastOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
}
