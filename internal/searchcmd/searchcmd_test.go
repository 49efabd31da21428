package searchcmd

import (
	"io"
	"reflect"
	"testing"
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
