package index

import (
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" for the zero time
	}{
		{"2004-07-24", "2004-07-24"},
		{"1987-02-28", "1987-02-28"},
		{"2004-13-01", ""},
		{"2004-00-10", ""},
		{"2004-07-32", ""},
		{"2004/07/24", ""},
		{"04-07-24", ""},
		{"2004-07-2x", ""},
		{"", ""},
	} {
		got := parseDay([]byte(tc.in))
		if tc.want == "" {
			if !got.IsZero() {
				t.Errorf("parseDay(%q) = %v, want zero", tc.in, got)
			}
			continue
		}
		if got.Format("2006-01-02") != tc.want || got.Location() != time.UTC {
			t.Errorf("parseDay(%q) = %v, want %s UTC", tc.in, got, tc.want)
		}
	}
}
