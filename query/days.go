package query

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
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
// UTC; a zero end is open. It is nil when the range is empty. Its parts
// score as term queries do; Filter does not score.
func (d Days) Range(from, to time.Time) bq.Query {
	lo, hi, ok := bounds(from, to)
	if !ok {
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

// Filter returns a query for the documents of q dated in [from, to),
// scored by q alone. When q can match no more documents than the range
// holds, each match's date is read from the doc values of the Day field
// (which must have them); otherwise q is intersected with the postings of
// Range. Lucene's IndexOrDocValuesQuery makes the same choice: a wide range
// is cheaper to check per match than to walk, a narrow one the other way
// round.
func (d Days) Filter(q bq.Query, from, to time.Time) bq.Query {
	return &dateFilter{days: d, query: q, from: from, to: to}
}

// dateFilter is the query of Days.Filter.
type dateFilter struct {
	days     Days
	query    bq.Query
	from, to time.Time
}

func (f *dateFilter) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	r := f.days.Range(f.from, f.to)
	if r == nil {
		return searcher.NewMatchNoneSearcher(i)
	}
	inner, err := f.query.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	dated, err := f.days.count(i, f.from, f.to)
	if err != nil {
		inner.Close()
		return nil, err
	}
	if inner.Count() > dated {
		inner.Close()
		b := bq.NewBooleanQuery([]bq.Query{f.query}, nil, nil)
		b.AddFilter(r)
		return b.Searcher(ctx, i, m, options)
	}
	dvr, err := i.DocValueReader([]string{f.days.Day})
	if err != nil {
		inner.Close()
		return nil, fmt.Errorf("date filter: %w", err)
	}
	var lo, hi []byte // as Day terms; nil when open
	if !f.from.IsZero() {
		lo = []byte(day(f.from).Format("2006-01-02"))
	}
	if !f.to.IsZero() {
		hi = []byte(day(f.to).Format("2006-01-02"))
	}
	return searcher.NewFilteringSearcher(ctx, inner, func(_ *search.SearchContext, d *search.DocumentMatch) bool {
		in := false
		err := dvr.VisitDocValues(d.IndexInternalID, func(_ string, term []byte) {
			in = (lo == nil || bytes.Compare(term, lo) >= 0) && (hi == nil || bytes.Compare(term, hi) < 0)
		})
		return err == nil && in
	}), nil
}

// count returns the number of documents dated in [from, to), from the
// dictionary counts of the terms that Range covers it with.
func (d Days) count(i index.IndexReader, from, to time.Time) (uint64, error) {
	lo, hi, ok := bounds(from, to)
	if !ok {
		return 0, nil
	}
	var n uint64
	var err error
	d.cover(lo, hi, func(field, a, b string) {
		if err != nil {
			return
		}
		var fd index.FieldDict
		if fd, err = i.FieldDictRange(field, []byte(a), []byte(b)); err != nil {
			return
		}
		defer fd.Close()
		for {
			e, ferr := fd.Next()
			if ferr != nil || e == nil {
				err = ferr
				return
			}
			n += e.Count
		}
	})
	if err != nil {
		return 0, fmt.Errorf("date filter: count the dated documents: %w", err)
	}
	return n, nil
}

// bounds returns the first and last days of [from, to), with year 0 and
// 9999 for open ends; ok is false when the range is empty.
func bounds(from, to time.Time) (lo, hi time.Time, ok bool) {
	lo, hi = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	if !from.IsZero() {
		lo = day(from)
	}
	if !to.IsZero() {
		hi = day(to).AddDate(0, 0, -1)
	}
	return lo, hi, !hi.Before(lo)
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
