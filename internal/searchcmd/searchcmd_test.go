package searchcmd

import (
	"chancery/internal/cli"
	"errors"
	"io"
	"reflect"
	"testing"
	"time"
)

func TestSplitSubcommand(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		sub  string
		rest []string
	}{
		{[]string{"show", "x1"}, "show", []string{"x1"}},
		{[]string{"--archive", "/a", "show", "x1"}, "show", []string{"--archive", "/a", "x1"}},
		{[]string{"--archive=/a", "--json", "show", "x1"}, "show", []string{"--archive=/a", "--json", "x1"}},
		{[]string{"--person", "show", "oil"}, "", []string{"--person", "show", "oil"}},
		{[]string{"oil", "show"}, "", []string{"oil", "show"}},
		{[]string{"--", "show"}, "", []string{"--", "show"}},
		{[]string{"-n", "5", "timeline", "oil"}, "timeline", []string{"-n", "5", "oil"}},
		{nil, "", nil},
	} {
		sub, rest := splitSubcommand(tc.in)
		if sub != tc.sub || !reflect.DeepEqual(rest, tc.rest) {
			t.Errorf("splitSubcommand(%q) = %q, %q; want %q, %q", tc.in, sub, rest, tc.sub, tc.rest)
		}
	}
}

func TestQueryWords(t *testing.T) {
	fs := newFlagSet("search", io.Discard)
	var o searchOptions
	o.addFlags(fs)
	for _, tc := range []struct{ in, want []string }{
		{[]string{"treaty", "-border"}, []string{"treaty", "--", "-border"}},
		{[]string{"-n", "5", "treaty", "-border"}, []string{"-n", "5", "treaty", "--", "-border"}},
		{[]string{"--person", "-x", "oil"}, []string{"--person", "-x", "oil"}},
		{[]string{"--facets", "oil"}, []string{"--facets", "oil"}},
		{[]string{"--sise", "3"}, []string{"--sise", "3"}},
		{[]string{"oil", "--", "-x"}, []string{"oil", "--", "-x"}},
	} {
		if got := queryWords(fs, tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("queryWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDateFlags checks --from and --to: the first and last day of what
// they name, read as the query language reads date:, and the errors a user
// sees (naming the flag).
func TestDateFlags(t *testing.T) {
	for _, tc := range []struct {
		from, to    string
		first, last string // YYYY-MM-DD, "" for open
		err         string // in the error, "" for none
	}{
		{"2004", "2004", "2004-01-01", "2004-12-31", ""},
		{"2004-02", " 2004-02 ", "2004-02-01", "2004-02-29", ""},
		{"2004-07-24", "", "2004-07-24", "", ""},
		{"", "2005-03", "", "2005-03-31", ""},
		{"2005", "2003", "", "", "--to 2003-12-31 is before --from 2005-01-01"},
		{"2004-13", "", "", "", `--from: date "2004-13" is not a valid date: there is no month 13`},
		{"19999", "", "", "", `--from: date "19999": write YYYY, YYYY-MM or YYYY-MM-DD`},
		{"", "1500", "", "", `--to: date "1500": years 1678 to 2261 only`},
	} {
		o := searchOptions{From: tc.from, To: tc.to, Size: 10, Page: 1, FacetSize: 10}
		req, err := o.request(nil).Prepare()
		err = flagError(err)
		day := func(d time.Time) string {
			if d.IsZero() {
				return ""
			}
			return d.Format("2006-01-02")
		}
		switch {
		case tc.err != "":
			var ue *cli.UsageError
			if !errors.As(err, &ue) || ue.Message != tc.err {
				t.Errorf("--from %q --to %q: error %v, want usage error %q", tc.from, tc.to, err, tc.err)
			}
		case err != nil:
			t.Errorf("--from %q --to %q: %v", tc.from, tc.to, err)
		case day(req.From) != tc.first || day(req.To) != tc.last:
			t.Errorf("--from %q --to %q: %s to %s, want %s to %s", tc.from, tc.to, day(req.From), day(req.To), tc.first, tc.last)
		}
	}
}
