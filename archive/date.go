package archive

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The date rules, the same for every reader. A date is a day: ParseDate
// returns midnight UTC of the day as written, and ignores any time of day or
// zone after it ("2004-07-24T23:30:00-05:00" is 24 July 2004, the
// publisher's day).
//
// Accepted, with an optional weekday first ("Saturday, ") and an optional
// time after the date (anything after it that starts with a digit, "T" or
// "at " and a digit):
//
//	2004-07-24, 2004/07/24, 20040724     ISO 8601 and RFC 3339 (year first)
//	2004.07.24, 2004.07.24.               year first with dots (Hungarian, East Asian)
//	24 July 2004, 24 Jul. 2004, 24th July, 2004, 24 of July of 2004 (as a translation writes it)
//	July 24, 2004, Jul 24 2004, July 24th, 2004
//	24-JUL-1987                           Reuters
//	2004 Jul 24, 2004 July 24             year, month name, day
//	Sat, 24 Jul 2004 10:00:00 GMT         RFC 1123 / RFC 822
//	24/07/2004, 07/24/2004, 04.04.2004    numeric: only when one order is possible
//
// Rejected (the article keeps no date and gets a Note saying why):
//   - numeric dates whose day and month can be swapped (03/04/2004): the
//     order is not guessed (ErrAmbiguousDate), unless a weekday names
//     one reading ("Thu, 05/11/2023" is 11 May 2023, a Thursday);
//   - two-digit years (24/07/04) (ErrAmbiguousDate);
//   - days that do not exist (2004-02-30) (ErrImpossibleDate);
//   - dates before 1800 or more than a day after the reading time
//     (ErrDateOutOfRange);
//   - anything else (ErrBadDate).

// Date errors. ParseDate wraps one of them with the value it rejected.
var (
	// ErrNoDate is returned by ParseDate when the value is empty.
	ErrNoDate = errors.New("no date found")
	// ErrBadDate is returned when a value is not a date in any accepted form.
	ErrBadDate = errors.New("not a date in an accepted form (ISO 2004-07-24, 24 July 2004, July 24, 2004, RFC 1123)")
	// ErrAmbiguousDate is returned for numeric dates whose day and month
	// could be swapped (03/04/2004) and for two-digit years.
	ErrAmbiguousDate = errors.New("ambiguous date, not guessed")
	// ErrImpossibleDate is returned for a day that does not exist, such as
	// 2004-02-30.
	ErrImpossibleDate = errors.New("no such day")
	// ErrDateOutOfRange is returned for dates before 1800 or more than a
	// day after the reading time.
	ErrDateOutOfRange = errors.New("date out of range (before 1800 or in the future)")
)

// minYear is the earliest year a date may have: older dates in news input
// are typing errors or placeholders (0001-01-01).
const minYear = 1800

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthRx = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	rxWeekday = lazyRE(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	rxISO     = lazyRE(`^(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})\.?`)
	rxISOComp = lazyRE(`^(\d{4})(\d{2})(\d{2})$`)
	rxDMY     = lazyRE(`(?i)^(\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?[\s-]+` + monthRx + `,?(?:\s+of)?[\s-]+(\d{2,4})\b`)
	rxMDY     = lazyRE(`(?i)^` + monthRx + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	rxNumeric = lazyRE(`^(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{2,4})\b`)
	rxYMD     = lazyRE(`(?i)^(\d{4})[\s-]+` + monthRx + `[\s-]+(\d{1,2})(?:st|nd|rd|th)?\b`)
)

// ParseDate reads s by the date rules above and returns the day it names at
// midnight UTC. now is the reading time for the future check (zero means
// time.Now()). The error wraps ErrNoDate, ErrBadDate, ErrAmbiguousDate,
// ErrImpossibleDate or ErrDateOutOfRange and quotes s, so it reads as an
// article Note.
func ParseDate(s string, now time.Time) (time.Time, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, ErrNoDate
	}
	fail := func(err error) (time.Time, error) {
		return time.Time{}, fmt.Errorf("date %q: %w", clip(orig, 60), err)
	}
	// An ambiguous date's error says how to write it: both readings of a
	// day and month, or the year in full.
	ambiguous := func(remedy string) (time.Time, error) {
		return time.Time{}, fmt.Errorf("date %q: %w: %s", clip(orig, 60), ErrAmbiguousDate, remedy)
	}
	const fullYear = "write it with the year in full, as YYYY-MM-DD"
	weekday := -1 // the weekday the value names, if any
	if m := rxWeekday.FindStringSubmatch(s); m != nil {
		weekday = weekdayIndex[strings.ToLower(m[1])]
		s = s[len(m[0]):]
	}
	var (
		y, d int
		mo   time.Month
		n    int
	)
	switch {
	case rxISO.MatchString(s):
		m := rxISO.FindStringSubmatch(s)
		if m[2] != m[4] {
			return fail(ErrBadDate)
		}
		y, _ = strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[3])
		mo = time.Month(mi)
		d, _ = strconv.Atoi(m[5])
		n = len(m[0])
	case rxISOComp.MatchString(s):
		m := rxISOComp.FindStringSubmatch(s)
		y, _ = strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		mo = time.Month(mi)
		d, _ = strconv.Atoi(m[3])
		n = len(m[0])
	case rxDMY.MatchString(s):
		m := rxDMY.FindStringSubmatch(s)
		if len(m[3]) != 4 {
			return ambiguous(fullYear)
		}
		d, _ = strconv.Atoi(m[1])
		mo = monthNames[strings.ToLower(m[2])]
		y, _ = strconv.Atoi(m[3])
		n = len(m[0])
	case rxYMD.MatchString(s):
		// "2012 Aug 16", as some sites and archives print it.
		m := rxYMD.FindStringSubmatch(s)
		y, _ = strconv.Atoi(m[1])
		mo = monthNames[strings.ToLower(m[2])]
		d, _ = strconv.Atoi(m[3])
		n = len(m[0])
	case rxMDY.MatchString(s):
		m := rxMDY.FindStringSubmatch(s)
		mo = monthNames[strings.ToLower(m[1])]
		d, _ = strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
		n = len(m[0])
	case rxNumeric.MatchString(s):
		m := rxNumeric.FindStringSubmatch(s)
		if m[2] != m[4] {
			return fail(ErrBadDate)
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		if len(m[5]) != 4 {
			return ambiguous(fullYear)
		}
		y, _ = strconv.Atoi(m[5])
		switch {
		case a == b, a > 12 && b <= 12:
			d, mo = a, time.Month(b)
		case b > 12 && a <= 12:
			d, mo = b, time.Month(a)
		case a > 12 && b > 12:
			return fail(ErrImpossibleDate)
		case weekday >= 0 && onWeekday(y, b, a, weekday) != onWeekday(y, a, b, weekday):
			// "Thu, 05/11/2023": 11 May 2023 was a Thursday, 5 November
			// a Sunday.
			d, mo = b, time.Month(a)
			if onWeekday(y, b, a, weekday) {
				d, mo = a, time.Month(b)
			}
		default:
			return ambiguous(fmt.Sprintf("%d %s or %d %s %d? write it as %04d-%02d-%02d or %04d-%02d-%02d",
				a, time.Month(b), b, time.Month(a), y, y, b, a, y, a, b))
		}
		n = len(m[0])
	default:
		return fail(ErrBadDate)
	}
	if rest := strings.TrimLeft(s[n:], " ,\t"); rest != "" && !startsTime(rest) && !startsTime(strings.TrimPrefix(rest, "at ")) {
		return fail(ErrBadDate)
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(mo, y) {
		return fail(ErrImpossibleDate)
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if now.IsZero() {
		now = time.Now()
	}
	if y < minYear || t.After(now.Add(24*time.Hour)) {
		return fail(ErrDateOutOfRange)
	}
	return t, nil
}

// weekdayIndex gives the time.Weekday of a weekday's first three letters.
var weekdayIndex = map[string]int{"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}

// onWeekday reports whether day d of month m in year y exists and falls on
// the weekday wd (time.Weekday's numbering).
func onWeekday(y, m, d, wd int) bool {
	if m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return false
	}
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()) == wd
}

// dateOrder is the order of day and month a site is known to write numeric
// dates in.
type dateOrder int

const (
	orderUnknown dateOrder = iota // not known: ambiguous dates are not read
	dayFirst                      // 03/04/2004 is 3 April
	monthFirst                    // 03/04/2004 is 4 March
)

// parseDateOrder is ParseDate, except that when the order is known a
// numeric date whose day and month could be swapped (03/04/2004) is read
// in that order.
func parseDateOrder(s string, now time.Time, order dateOrder) (time.Time, error) {
	t, err := parseDateOrderOnce(s, now, order)
	// A date a line runs on after: "24 July 2004, 5 min read". The part
	// after the last separator goes, one part at a time, while the date
	// is still there.
	for cut := s; err != nil && errors.Is(err, ErrBadDate); {
		k := max(strings.LastIndex(cut, ", "), strings.LastIndex(cut, " · "), strings.LastIndex(cut, " | "))
		if k < 6 {
			break
		}
		cut = strings.TrimRight(cut[:k], " ,·|")
		if t2, err2 := parseDateOrderOnce(cut, now, order); err2 == nil {
			return t2, nil
		}
	}
	return t, err
}

// parseDateOrderOnce is parseDateOrder without cutting what runs on after
// the date.
func parseDateOrderOnce(s string, now time.Time, order dateOrder) (time.Time, error) {
	t, err := ParseDate(s, now)
	if err == nil || order == orderUnknown || !errors.Is(err, ErrAmbiguousDate) {
		return t, err
	}
	st := strings.TrimSpace(s)
	if w := rxWeekday.FindString(st); w != "" {
		st = st[len(w):]
	}
	m := rxNumeric.FindStringSubmatch(st)
	if m == nil || m[2] != m[4] || len(m[5]) != 4 {
		return t, err
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[3])
	if order == monthFirst {
		d, mo = mo, d
	}
	y, _ := strconv.Atoi(m[5])
	return ParseDate(fmt.Sprintf("%04d-%02d-%02d%s", y, mo, d, st[len(m[0]):]), now)
}

// startsTime reports whether rest, the text after a date, starts like a
// time of day: a digit or "T" and a digit.
func startsTime(rest string) bool {
	if rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	return len(rest) > 1 && (rest[0] == 'T' || rest[0] == 't') && rest[1] >= '0' && rest[1] <= '9'
}

func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// clip shortens s to at most n bytes (on a rune boundary) for messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "..."
}

// rxDateline matches the start of a wire story's first paragraph:
// "MOSCOW, July 24, 2004 -", "MOSCOW, 24 July 2004 (VOA) -", "Cancun, Dec
// 6, 2010 / 10:15 am (LNA).-", "GENEVA, July 24, 2004 /PRWire/ --". Group 1
// is the place, group 2 the date.
var rxDateline = lazyRE(`^([A-Z][A-Za-z.'\- ]{1,40}(?:, [A-Z][A-Za-z.'\- ]{1,30})?),\s+(` +
	`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?` +
	`(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))` +
	`(?:\s*/\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*/[A-Za-z][^/]{1,30}/)?\s*(?:\([^)]{1,40}\)\s*)?\.?[-–—]+\s`)

// findDateline looks for a dateline at the start of para and returns it
// as written ("MOSCOW, July 24, 2004 -", spaces collapsed), the date it
// gives and any note about a date it could not use.
func findDateline(para string, now time.Time) (dateline string, date time.Time, note string) {
	m := rxDateline.FindStringSubmatch(para)
	if m == nil {
		return "", time.Time{}, ""
	}
	dateline = collapseSpace(m[0])
	d, err := ParseDate(m[2], now)
	if err != nil {
		return dateline, time.Time{}, err.Error()
	}
	return dateline, d, ""
}

// rxURLDate matches a date in a page's address: "/2004/07/24/" or
// "/2004-07-24" as a path segment or its start.
var rxURLDate = lazyRE(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/\-_.]|$)`)

// urlDate returns the date a page's address gives in its path
// ("https://example.org/2004/07/24/talks-resume/"), the zero time when it
// gives none or one after now. Many sites file an article under the day it
// was published; the reader uses it only when the page shows no date.
func urlDate(u string, now time.Time) time.Time {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := rxURLDate.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if d > daysIn(time.Month(mo), y) {
		return time.Time{}
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.After(now) {
		return time.Time{}
	}
	return t
}
