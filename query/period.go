package query

import (
	"fmt"
	"time"

	"chancery/archive"
)

// The years a date may name: Bleve stores dates as int64 nanoseconds since
// 1970, which reach from 1677-12 to 2262-04.
const (
	MinYear = 1678
	MaxYear = 2261
)

// Period parses a year, month or day written YYYY, YYYY-MM or YYYY-MM-DD
// and returns the interval [start, end) it covers, in UTC. It is the one
// reading of such dates: the date: field of a query and the date filters
// of the front ends both use it.
func Period(s string) (start, end time.Time, err error) {
	layout, next := "", func(t time.Time) time.Time { return t }
	switch len(s) {
	case 4:
		layout, next = "2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
	case 7:
		layout, next = "2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	case 10:
		layout, next = archive.DateLayout, func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	default:
		return start, end, &periodError{fmt.Sprintf("date %q: write YYYY, YYYY-MM or YYYY-MM-DD", s), true}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '-' && (i == 4 || i == 7)) {
			return start, end, &periodError{fmt.Sprintf("date %q: write YYYY, YYYY-MM or YYYY-MM-DD", s), false}
		}
	}
	t, perr := time.Parse(layout, s)
	if perr != nil {
		return start, end, &periodError{fmt.Sprintf("date %q is not a valid date%s", s, whyInvalid(s)), false}
	}
	if y := t.Year(); y < MinYear || y > MaxYear {
		return start, end, &periodError{fmt.Sprintf("date %q: years %d to %d only", s, MinYear, MaxYear), false}
	}
	return t, next(t), nil
}

// whyInvalid says what makes a date shaped YYYY-MM or YYYY-MM-DD invalid:
// ": there is no month 13", ": 2004-02 has 29 days", or "".
func whyInvalid(s string) string {
	var y, m, d int
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n < 2 {
		return ""
	}
	if m < 1 || m > 12 {
		return fmt.Sprintf(": there is no month %d", m)
	}
	if days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); len(s) == 10 && (d < 1 || d > days) {
		return fmt.Sprintf(": %04d-%02d has %d days", y, m, days)
	}
	return ""
}

// periodError is Period's error; badLength says the value is not even
// shaped like a date, so that a query can suggest a range instead.
type periodError struct {
	msg       string
	badLength bool
}

func (e *periodError) Error() string { return e.msg }
