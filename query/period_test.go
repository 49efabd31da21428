package query

import "testing"

// TestPeriodInvalid checks that a date shaped right but naming no day says
// what is wrong with it.
func TestPeriodInvalid(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2004-13", `date "2004-13" is not a valid date: there is no month 13`},
		{"2004-00-10", `date "2004-00-10" is not a valid date: there is no month 0`},
		{"2003-02-29", `date "2003-02-29" is not a valid date: 2003-02 has 28 days`},
		{"2004-02-30", `date "2004-02-30" is not a valid date: 2004-02 has 29 days`},
		{"2004-04-31", `date "2004-04-31" is not a valid date: 2004-04 has 30 days`},
		{"2004-07-00", `date "2004-07-00" is not a valid date: 2004-07 has 31 days`},
		{"03/04/2004", `date "03/04/2004": write YYYY, YYYY-MM or YYYY-MM-DD`},
	} {
		if _, _, err := Period(tc.in); err == nil || err.Error() != tc.want {
			t.Errorf("Period(%q): %v, want %s", tc.in, err, tc.want)
		}
	}
	if _, _, err := Period("2004-02-29"); err != nil {
		t.Errorf("Period(2004-02-29): %v", err)
	}
}
