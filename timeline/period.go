package timeline

import (
	"fmt"
	"time"
)

// Unit is the length of a period.
type Unit string

// Units a timeline counts by.
const (
	Year  Unit = "year"
	Month Unit = "month"
	Week  Unit = "week" // ISO 8601 weeks, Monday to Sunday
)

// ParseUnit reads "year", "month" or "week".
func ParseUnit(s string) (Unit, error) {
	switch u := Unit(s); u {
	case Year, Month, Week:
		return u, nil
	}
	return "", fmt.Errorf("unknown period %q: use year, month or week", s)
}

// Period is one bucket of a timeline: the days from Start (inclusive) to
// End (exclusive), named by Label ("2004", "2004-07", "2004-W30").
type Period struct {
	Label      string
	Start, End time.Time
}

// MaxPeriods bounds Periods: more bars than this are unreadable and cost a
// facet range each.
const MaxPeriods = 2000

// Periods returns the periods of unit that cover the days first to last,
// both included. It returns an error when there would be more than
// MaxPeriods.
func Periods(first, last time.Time, unit Unit) ([]Period, error) {
	if first.IsZero() || last.IsZero() {
		return nil, nil
	}
	first, last = day(first), day(last)
	if last.Before(first) {
		first, last = last, first
	}
	start := floor(first, unit)
	var out []Period
	for !start.After(last) {
		end := next(start, unit)
		out = append(out, Period{Label: Label(start, unit), Start: start, End: end})
		if len(out) > MaxPeriods {
			return nil, fmt.Errorf("%s to %s is more than %d %ss: count by a longer period or narrow the dates",
				first.Format("2006-01-02"), last.Format("2006-01-02"), MaxPeriods, unit)
		}
		start = end
	}
	return out, nil
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// floor returns the first day of the period of unit that holds t.
func floor(t time.Time, unit Unit) time.Time {
	y, m, _ := t.Date()
	switch unit {
	case Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	}
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0
	return day(t).AddDate(0, 0, -wd)
}

func next(t time.Time, unit Unit) time.Time {
	switch unit {
	case Year:
		return t.AddDate(1, 0, 0)
	case Month:
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 7)
}

// Label names the period of unit that starts at t: "2004", "2004-07" or
// the ISO week "2004-W30".
func Label(t time.Time, unit Unit) string {
	switch unit {
	case Year:
		return t.Format("2006")
	case Month:
		return t.Format("2006-01")
	}
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}
