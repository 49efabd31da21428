package archive

import (
	"errors"
	"testing"
	"time"
)

// testNow is the reading time of the tests: dates after 2026-01-16 are in
// the future.
var testNow = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    string // YYYY-MM-DD, "" when rejected
		wantErr error
	}{
		{"2004-07-24", "2004-07-24", nil},
		{" 2004-7-4 ", "2004-07-04", nil},
		{"2004/07/24", "2004-07-24", nil},
		{"20040724", "2004-07-24", nil},
		{"2004.07.24", "2004-07-24", nil},
		{"2004. 07. 24.", "", ErrBadDate},
		{"2004.07/24", "", ErrBadDate},
		{"2004-07-24T23:30:00-05:00", "2004-07-24", nil}, // the day as written
		{"2004 Jul 24", "2004-07-24", nil},
		{"2004 July 24 10:15", "2004-07-24", nil},
		{"2004 Jul 32", "", ErrImpossibleDate},
		{"Thu, 05/11/2023 14:20", "2023-05-11", nil}, // 11 May 2023 was a Thursday, 5 November a Sunday
		{"Sunday 05/11/2023", "2023-11-05", nil},
		{"Mon, 05/11/2023", "", ErrAmbiguousDate}, // neither reading is a Monday
		{"2004-07-24T03:30:00Z", "2004-07-24", nil},
		{"2004-07-24 10:00", "2004-07-24", nil},
		{"Sat, 24 Jul 2004 10:00:00 GMT", "2004-07-24", nil},
		{"Saturday, 24 Jul 2004 10:00:00 +0000", "2004-07-24", nil},
		{"24 July 2004", "2004-07-24", nil},
		{"24th day of July, 2004", "2004-07-24", nil},
		{"the 3rd of March 2011", "", ErrBadDate},
		{"24th July, 2004", "2004-07-24", nil},
		{"24 Jul. 2004", "2004-07-24", nil},
		{"July 24, 2004", "2004-07-24", nil},
		{"Saturday, July 24, 2004", "2004-07-24", nil},
		{"Jul 24 2004", "2004-07-24", nil},
		{"Sept. 3, 2004", "2004-09-03", nil},
		{"July 24th, 2004 10:32 AM EDT", "2004-07-24", nil},
		{"24-JUL-1987", "1987-07-24", nil},
		{"26-FEB-1987 15:01:01.79", "1987-02-26", nil},
		{"31-MAR-1987 605:12:19.12", "1987-03-31", nil},
		{"24/07/2004", "2004-07-24", nil},
		{"07/24/2004", "2004-07-24", nil},
		{"04.04.2004", "2004-04-04", nil},
		{"2026-01-16", "2026-01-16", nil}, // within a day of now

		{"03/04/2004", "", ErrAmbiguousDate},
		{"3.4.2004", "", ErrAmbiguousDate},
		{"24/07/04", "", ErrAmbiguousDate},
		{"24 July 04", "", ErrAmbiguousDate},
		{"2004-02-30", "", ErrImpossibleDate},
		{"2003-02-29", "", ErrImpossibleDate},
		{"2004-13-01", "", ErrImpossibleDate},
		{"31 June 2004", "", ErrImpossibleDate},
		{"30/31/2004", "", ErrImpossibleDate},
		{"1799-12-31", "", ErrDateOutOfRange},
		{"0001-01-01T00:00:00Z", "", ErrDateOutOfRange},
		{"2026-01-17", "", ErrDateOutOfRange},
		{"2099-01-01", "", ErrDateOutOfRange},
		{"", "", ErrNoDate},
		{"   ", "", ErrNoDate},
		{"yesterday", "", ErrBadDate},
		{"July 2004", "", ErrBadDate},
		{"July 24, 2004 was hot", "", ErrBadDate},
		{"2004-07/24", "", ErrBadDate},
		{"24 Jul 20045", "", ErrBadDate},
	} {
		got, err := ParseDate(tc.in, testNow)
		if tc.wantErr != nil {
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("ParseDate(%q) = %v, %v; want error %v", tc.in, got, err, tc.wantErr)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) returned date %v with an error", tc.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tc.in, err)
			continue
		}
		if s := got.Format(DateLayout); s != tc.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("ParseDate(%q) = %v, want %s midnight UTC", tc.in, got, tc.want)
		}
	}
}

func TestParseDateNoteQuotesValue(t *testing.T) {
	_, err := ParseDate("03/04/2004", testNow)
	if err == nil || err.Error() != `date "03/04/2004": ambiguous date, not guessed: 3 April or 4 March 2004? write it as 2004-04-03 or 2004-03-04` {
		t.Errorf("note = %v", err)
	}
}

func TestFindDateline(t *testing.T) {
	for _, tc := range []struct {
		para, place, date string
		note              bool
	}{
		{"MOSCOW, July 24, 2004 - The ministers met.", "MOSCOW, July 24, 2004 -", "2004-07-24", false},
		{"BAGHDAD, 24 July 2004 (VOA) -- Officials said.", "BAGHDAD, 24 July 2004 (VOA) --", "2004-07-24", false},
		{"WASHINGTON, D.C., Saturday,  July 24, 2004 - Talks.", "WASHINGTON, D.C., Saturday, July 24, 2004 -", "2004-07-24", false},
		{"GENEVA, February 30, 2004 - Talks.", "GENEVA, February 30, 2004 -", "", true},
		{"Cancun, Dec 6, 2010 / 10:15 am (LNA).- Small states urged.", "Cancun, Dec 6, 2010 / 10:15 am (LNA).-", "2010-12-06", false},
		{"GENEVA, July 24, 2004 /PRWire/ -- Envoys met.", "GENEVA, July 24, 2004 /PRWire/ --", "2004-07-24", false},
		{"MOSCOW, July 24 - No year here.", "", "", false},
		{"The ministers met on July 24, 2004 - in Moscow.", "", "", false},
		{"Russia, Iraq agree on debt talks.", "", "", false},
	} {
		place, d, note := findDateline(tc.para, testNow)
		ds := ""
		if !d.IsZero() {
			ds = d.Format(DateLayout)
		}
		if place != tc.place || ds != tc.date || (note != "") != tc.note {
			t.Errorf("findDateline(%q) = %q, %q, %q; want %q, %q, note %v", tc.para, place, ds, note, tc.place, tc.date, tc.note)
		}
	}
}

func TestParseDateOrder(t *testing.T) {
	for _, tc := range []struct {
		in    string
		order dateOrder
		want  string // "" for an error
	}{
		{"03/04/2004", orderUnknown, ""},
		{"03/04/2004", dayFirst, "2004-04-03"},
		{"03/04/2004", monthFirst, "2004-03-04"},
		{"Saturday, 03.04.2004 14:05", dayFirst, "2004-04-03"},
		{"24/07/2004", monthFirst, "2004-07-24"}, // one order possible: the hint is not needed
		{"03/04/04", dayFirst, ""},               // two-digit years stay unread
		{"July 24, 2004 at 10:42 AM", orderUnknown, "2004-07-24"},
		{"July 24, 2004 at noon", orderUnknown, ""},
	} {
		d, err := parseDateOrder(tc.in, testNow, tc.order)
		got := ""
		if err == nil {
			got = d.Format(DateLayout)
		}
		if got != tc.want {
			t.Errorf("parseDateOrder(%q, %d) = %q, %v; want %q", tc.in, tc.order, got, err, tc.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ url, want string }{
		{"https://capitalwire.example/2010/04/19/census-story/", "2010-04-19"},
		{"http://example.org/news/2004-07-24-talks-resume.html", "2004-07-24"},
		{"https://example.org/2004/07/24", "2004-07-24"},
		{"https://example.org/2004/02/30/no-such-day/", ""},
		{"https://example.org/2030/01/02/future/", ""},
		{"https://example.org/story?id=2004/07/24", ""},
		{"https://example.org/article/4711", ""},
		{"", ""},
	} {
		got := ""
		if d := urlDate(c.url, now); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("urlDate(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}
