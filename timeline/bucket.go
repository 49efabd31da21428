package timeline

import (
	"sort"
	"time"
)

// Dated is one matching article as a timeline sees it: its date (zero when
// it has none) and, for a facet timeline, the values of the facet.
type Dated struct {
	Date   time.Time
	Values []string
}

// Span returns the first and last dates of the articles of every series;
// zero times when none is dated.
func Span(series ...[]Dated) (first, last time.Time) {
	for _, hits := range series {
		for _, h := range hits {
			d := h.Date
			if d.IsZero() {
				continue
			}
			if first.IsZero() || d.Before(first) {
				first = d
			}
			if last.IsZero() || d.After(last) {
				last = d
			}
		}
	}
	return first, last
}

// AutoUnit picks a period for the span first..last: years beyond four
// years, months beyond six months, else weeks.
func AutoUnit(first, last time.Time) Unit {
	switch span := last.Sub(first); {
	case span > 4*365*24*time.Hour:
		return Year
	case span > 183*24*time.Hour:
		return Month
	}
	return Week
}

// find returns the index of the period of periods (in order) that holds
// d, or -1.
func find(periods []Period, d time.Time) int {
	i := sort.Search(len(periods), func(i int) bool { return periods[i].End.After(d) })
	if i == len(periods) || d.Before(periods[i].Start) {
		return -1
	}
	return i
}

// Count returns how many of hits fall in each of periods, and how many
// have no date. Dated hits outside every period are not counted.
func Count(periods []Period, hits []Dated) (counts []int, undated int) {
	counts = make([]int, len(periods))
	for _, h := range hits {
		if h.Date.IsZero() {
			undated++
			continue
		}
		if p := find(periods, h.Date); p >= 0 {
			counts[p]++
		}
	}
	return counts, undated
}

// ValueCount is how many articles of a period name a facet value.
type ValueCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// TopValues counts the facet values of hits per period (a value named
// twice by one article counts once). It returns the n most frequent values
// of each period, and a series for each of the n most frequent values
// overall, counted in every period. Ties go by value.
func TopValues(periods []Period, hits []Dated, n int) (perPeriod [][]ValueCount, series []Series) {
	per := make([]map[string]int, len(periods))
	for p := range per {
		per[p] = map[string]int{}
	}
	overall := map[string]int{}
	for _, h := range hits {
		if h.Date.IsZero() {
			continue
		}
		p := find(periods, h.Date)
		if p < 0 {
			continue
		}
		for i, v := range h.Values {
			if i > 0 && contains(h.Values[:i], v) {
				continue
			}
			per[p][v]++
			overall[v]++
		}
	}
	perPeriod = make([][]ValueCount, len(per))
	for p, m := range per {
		perPeriod[p] = top(m, n)
	}
	for _, v := range top(overall, n) {
		counts := make([]int, len(per))
		for p, m := range per {
			counts[p] = m[v.Value]
		}
		series = append(series, Series{Name: v.Value, Counts: counts})
	}
	return perPeriod, series
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// top returns the n largest counts of m, ties by value.
func top(m map[string]int, n int) []ValueCount {
	out := make([]ValueCount, 0, len(m))
	for v, c := range m {
		out = append(out, ValueCount{Value: v, Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// Buckets are the counts of one or more series of dated articles per
// period.
type Buckets struct {
	Unit    Unit
	Periods []Period
	// Counts has one count per period for each series; Undated counts
	// each series' articles without a date, which no period holds.
	Counts  [][]int
	Undated []int
}

// Bucket counts each series per period of unit from first to last. A zero
// first or last is that end of the span of the dates (Span); an empty
// unit is picked by the span (AutoUnit).
func Bucket(series [][]Dated, first, last time.Time, unit Unit) (*Buckets, error) {
	f, l := Span(series...)
	if !first.IsZero() {
		f = first
	}
	if !last.IsZero() {
		l = last
	}
	if unit == "" {
		unit = AutoUnit(f, l)
	}
	periods, err := Periods(f, l, unit)
	if err != nil {
		return nil, err
	}
	b := &Buckets{Unit: unit, Periods: periods}
	for _, s := range series {
		counts, undated := Count(periods, s)
		b.Counts = append(b.Counts, counts)
		b.Undated = append(b.Undated, undated)
	}
	return b, nil
}
