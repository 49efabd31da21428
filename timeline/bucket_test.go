package timeline

import (
	"reflect"
	"testing"
	"time"
)

func TestCountAndSpan(t *testing.T) {
	hits := []Dated{
		{Date: date("2004-03-01")}, {Date: date("2004-03-31")}, {Date: date("2004-05-02")},
		{}, // undated
		{Date: date("2004-12-31")},
	}
	other := []Dated{{Date: date("2003-11-30")}}
	first, last := Span(hits, other)
	if !first.Equal(date("2003-11-30")) || !last.Equal(date("2004-12-31")) {
		t.Errorf("Span = %v .. %v", first, last)
	}
	if f, l := Span([]Dated{{}}); !f.IsZero() || !l.IsZero() {
		t.Errorf("Span of undated articles = %v .. %v, want zero", f, l)
	}
	periods, err := Periods(date("2004-03-01"), date("2004-06-30"), Month)
	if err != nil {
		t.Fatal(err)
	}
	counts, undated := Count(periods, hits)
	if want := []int{2, 0, 1, 0}; !reflect.DeepEqual(counts, want) || undated != 1 {
		t.Errorf("Count = %v, %d undated; want %v, 1 (2004-12-31 is outside the periods)", counts, undated, want)
	}
}

func TestAutoUnit(t *testing.T) {
	for _, tc := range []struct {
		first, last string
		want        Unit
	}{
		{"2000-01-01", "2004-12-31", Year},
		{"2004-01-01", "2004-12-31", Month},
		{"2004-01-01", "2004-03-31", Week},
	} {
		if got := AutoUnit(date(tc.first), date(tc.last)); got != tc.want {
			t.Errorf("AutoUnit(%s, %s) = %s, want %s", tc.first, tc.last, got, tc.want)
		}
	}
}

func TestTopValues(t *testing.T) {
	periods, _ := Periods(date("2004-01-01"), date("2005-12-31"), Year)
	hits := []Dated{
		{Date: date("2004-02-01"), Values: []string{"Zebari", "Lavrov", "Zebari"}}, // Zebari counts once
		{Date: date("2004-06-01"), Values: []string{"Lavrov"}},
		{Date: date("2005-01-01"), Values: []string{"Annan", "Zebari"}},
		{Values: []string{"Powell"}}, // undated: in no period
	}
	per, series := TopValues(periods, hits, 2)
	want := [][]ValueCount{
		{{"Lavrov", 2}, {"Zebari", 1}},
		{{"Annan", 1}, {"Zebari", 1}},
	}
	if !reflect.DeepEqual(per, want) {
		t.Errorf("per period %v, want %v", per, want)
	}
	wantSeries := []Series{{Name: "Lavrov", Counts: []int{2, 0}}, {Name: "Zebari", Counts: []int{1, 1}}} // 2 each overall: by name
	if !reflect.DeepEqual(series, wantSeries) {
		t.Errorf("series %v, want %v", series, wantSeries)
	}
}

// TestBucket: the span of all series sets the periods unless given, and
// the unit follows the span unless given.
func TestBucket(t *testing.T) {
	a := []Dated{{Date: date("2004-03-01")}, {}, {Date: date("2004-05-02")}}
	b := []Dated{{Date: date("2004-10-15")}}
	got, err := Bucket([][]Dated{a, b}, time.Time{}, time.Time{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if got.Unit != Month || len(got.Periods) != 8 || got.Periods[0].Label != "2004-03" {
		t.Errorf("Bucket over March to October: unit %s, periods %+v", got.Unit, got.Periods)
	}
	if want := [][]int{{1, 0, 1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 1}}; !reflect.DeepEqual(got.Counts, want) || !reflect.DeepEqual(got.Undated, []int{1, 0}) {
		t.Errorf("counts %v, undated %v", got.Counts, got.Undated)
	}
	got, err = Bucket([][]Dated{a}, date("2004-01-01"), date("2004-12-31"), Year)
	if err != nil || len(got.Periods) != 1 || !reflect.DeepEqual(got.Counts, [][]int{{2}}) {
		t.Errorf("Bucket over 2004 by year: %+v, %v", got, err)
	}
	if _, err := Bucket([][]Dated{a}, date("1900-01-01"), date("2200-01-01"), Week); err == nil {
		t.Error("Bucket of three centuries by week: no error")
	}
}
