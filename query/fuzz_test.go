package query

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
)

var fuzzSeeds = []string{
	"Lavrov Zebari", "(Russia OR Iraq) debt -Kuwait", `"no fly zone"`, `"Lavrov Zebari"~10`,
	"diplomat*", `person:"Sergei Lavrov" country:Iraq`, "title:(peace OR war)", "date:2004-07..2004-12",
	"date:>=2003", "date:<2004-07-01", "NOT oil", "a AND NOT (b OR c)", "+AND -NOT", "Iran - Iraq",
	"*", "", "(a", "a)", `"abc`, "foo:bar", "date:2005..2003", `"the the"~2`, "Zéb*", "U.S.",
	`title:"a b"~3 OR body:c*`, "person:(a OR -b)", `date:"2004"`, "((a) OR (b c)) d",
	"Volker~", "cofee~1 US", "‘a b’ “c” „d“ «e»", "united states -us", "a~3", "a~b", "iran or iraq",
}

// FuzzParse checks that Parse never panics, that its errors are
// *SyntaxError with a column inside the query, and that the canonical form
// of a query parses to itself.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) = %v, want a *SyntaxError", s, err)
			}
			if se.Col < 1 || se.Col > utf8.RuneCountInString(s)+1 {
				t.Fatalf("Parse(%q): column %d outside the query", s, se.Col)
			}
			return
		}
		canon := n.String()
		n2, err := Parse(canon)
		if err != nil {
			t.Fatalf("Parse(%q) = %s, which does not parse: %v", s, canon, err)
		}
		if got := n2.String(); got != canon {
			t.Fatalf("Parse(%q) = %s, which parses to %s", s, canon, got)
		}
		Terms(n)
	})
}

// FuzzQuery checks that every query that parses builds a Bleve query that
// runs on an index without error.
func FuzzQuery(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	idx := mustIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			return
		}
		q, err := testSchema.Query(n)
		if err != nil {
			t.Fatalf("Query(%s): %v", n, err)
		}
		req := bleve.NewSearchRequestOptions(q, 20, 0, false)
		if _, err := idx.Search(req); err != nil {
			t.Fatalf("Search(%s): %v", n, err)
		}
	})
}
