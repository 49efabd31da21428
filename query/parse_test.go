package query

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Words are all required: implicit AND.
		{"Lavrov Zebari", "Lavrov Zebari"},
		{"Lavrov AND Zebari", "Lavrov Zebari"},
		{"  Lavrov\tZebari\n", "Lavrov Zebari"},
		// AND binds tighter than OR, and side by side is AND.
		{"a b OR c", "(a b) OR c"},
		{"a OR b c", "a OR (b c)"},
		{"a OR b AND c", "a OR (b c)"},
		{"a OR b OR c", "a OR b OR c"},
		{"(a OR b) c", "(a OR b) c"},
		{"(a OR (b OR c))", "a OR b OR c"},
		{"a (b c)", "a b c"},
		{"((((a))))", "a"},
		{"(Russia OR Iraq) (debt OR oil) -Kuwait", "(Russia OR Iraq) (debt OR oil) -Kuwait"},
		// Negation.
		{"NOT oil", "-oil"},
		{"-oil", "-oil"},
		{"a -b", "a -b"},
		{"a NOT b", "a -b"},
		{"a AND NOT (b OR c)", "a -(b OR c)"},
		{"-(a b)", "-(a b)"},
		{"NOT NOT a", "--a"},
		{"a OR NOT b", "a OR -b"},
		// + is accepted and changes nothing: every term is required anyway.
		{"+Lavrov +Zebari", "Lavrov Zebari"},
		{`+"no fly zone" -Kuwait`, `"no fly zone" -Kuwait`},
		// Only upper-case operators are operators.
		{"not and or", "not and or"},
		{"Not And Or", "Not And Or"},
		{"us no not", "us no not"},
		// After a sign an operator word is a word; its canonical form quotes it.
		{"+AND", `"AND"`},
		{"-NOT", `-"NOT"`},
		{`"OR"`, `"OR"`},
		// Punctuation words are ignored, as the index ignores them; a sign
		// followed by a space is such a word.
		{"Iran - Iraq", "Iran Iraq"},
		{"Iran -- Iraq", "Iran Iraq"},
		{"a & b", "a b"},
		{`a "" b`, "a b"},
		{"( - )", "*"},
		// Everything.
		{"", "*"},
		{"   ", "*"},
		{"*", "*"},
		{"a *", "a"},
		{"a OR *", "*"},
		{"NOT *", "-*"},
		// Words keep their punctuation; the index's tokenizer splits them.
		{"U.S. envoy", "U.S. envoy"},
		{"Iraq's al-Sadr", "Iraq's al-Sadr"},
		{"12:30", "12:30"},
		{"a*b", "a*b"},
		// Phrases and proximity.
		{`"no fly zone"`, `"no fly zone"`},
		{`"state of the union"`, `"state of the union"`},
		{`"Lavrov Zebari"~10`, `"Lavrov Zebari"~10`},
		{`"Lavrov Zebari"~0`, `"Lavrov Zebari"~0`},
		{"Volker~", "Volker~2"},
		{"cofee~1 title:Zebary~", "cofee~1 title:Zebary~2"},
		{"cofee~0", "cofee"},
		{"“oil prices”", `"oil prices"`},
		{"„Ölpreise“ «prix du pétrole»", `"Ölpreise" "prix du pétrole"`},
		{"‘oil prices’ Reagan’s d’Ivoire", `"oil prices" Reagan’s d’Ivoire`},
		{"iran or iraq", "iran or iraq"},
		{`"a b"c`, `"a b" c`},
		{`"AND OR NOT ( ) title:x"`, `"AND OR NOT ( ) title:x"`},
		// Prefixes.
		{"diplomat*", "diplomat*"},
		{"diplomat**", "diplomat*"},
		// Fields.
		{`person:"Sergei Lavrov"`, `person:"Sergei Lavrov"`},
		{"person:lav*", "person:lav*"},
		{"Person:Lavrov", "person:Lavrov"},
		{"COUNTRY:Iraq org:UN topic:diplomacy source:VOA", "country:Iraq org:UN topic:diplomacy source:VOA"},
		{`title:"no fly zone" body:peace*`, `title:"no fly zone" body:peace*`},
		{`title:"Lavrov Zebari"~3`, `title:"Lavrov Zebari"~3`},
		{"title:AND", "title:AND"},
		{"person:a:b", "person:a:b"},
		{"-country:US", "-country:US"},
		{"title:(peace OR war)", "title:peace OR title:war"},
		{`person:(Lavrov OR "Sergei Lavrov") topic:(-debt)`, `(person:Lavrov OR person:"Sergei Lavrov") -topic:debt`},
		// Dates.
		{"date:2004-07-24", "date:2004-07-24"},
		{"date:2004-07..2004-12", "date:2004-07..2004-12"},
		{"date:2003..2005", "date:2003..2005"},
		{"date:2003..", "date:2003.."},
		{"date:..2003-06", "date:..2003-06"},
		{"date:>=2003 date:<2004-07-01", "date:>=2003 date:<2004-07-01"},
		{`date:"2004"`, "date:2004"},
		{"oil date:>2004 OR date:<=1987-03", "(oil date:>2004) OR date:<=1987-03"},
	} {
		n, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := n.String(); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	var open time.Time
	for _, tc := range []struct {
		in       string
		from, to time.Time // [from, to)
	}{
		{"date:2004-07-24", day("2004-07-24"), day("2004-07-25")},
		{"date:2011-01-31", day("2011-01-31"), day("2011-02-01")},
		{"date:2004-02", day("2004-02-01"), day("2004-03-01")},
		{"date:2004", day("2004-01-01"), day("2005-01-01")},
		{"date:2004-07..2004-12", day("2004-07-01"), day("2005-01-01")},
		{"date:2003..2005", day("2003-01-01"), day("2006-01-01")},
		{"date:2011-01-01..2011-01-31", day("2011-01-01"), day("2011-02-01")},
		{"date:2004-12-31..2004-12-31", day("2004-12-31"), day("2005-01-01")},
		{"date:2003..", day("2003-01-01"), open},
		{"date:..2003", open, day("2004-01-01")},
		{"date:>=2003", day("2003-01-01"), open},
		{"date:>2004", day("2005-01-01"), open},
		{"date:>2004-07", day("2004-08-01"), open},
		{"date:>2004-07-24", day("2004-07-25"), open},
		{"date:<2004-07-01", open, day("2004-07-01")},
		{"date:<2004", open, day("2004-01-01")},
		{"date:<=2004-07", open, day("2004-08-01")},
		{"date:<=2011-01-31", open, day("2011-02-01")},
		{"date:1678..2261", day("1678-01-01"), day("2262-01-01")},
	} {
		n, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		d, ok := n.(*Date)
		if !ok {
			t.Errorf("Parse(%q) = %T, want *Date", tc.in, n)
			continue
		}
		if !d.From.Equal(tc.from) || !d.To.Equal(tc.to) {
			t.Errorf("Parse(%q) = [%v, %v), want [%v, %v)", tc.in, d.From, d.To, tc.from, tc.to)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		in  string
		col int
		msg string // a part of the message
	}{
		{"(Lavrov OR Zebari", 1, "unbalanced parenthesis"},
		{"a (b (c) d", 3, "( is never closed"},
		{"Lavrov OR Zebari)", 17, "unbalanced parenthesis"},
		{"a) (b", 2, ") without a matching ("},
		{"()", 1, "empty parentheses"},
		{"a AND", 3, "AND needs a term after it"},
		{"a AND OR b", 3, "AND needs a term after it"},
		{"a AND AND b", 3, "AND needs a term after it"},
		{"AND a", 1, "AND needs a term before it"},
		{"(AND a)", 2, "AND needs a term before it"},
		{"a OR", 3, "OR needs a term after it"},
		{"a OR )", 3, "OR needs a term after it"},
		{"OR a", 1, "OR needs a term before it"},
		{"a (OR b)", 4, "OR needs a term before it"},
		{"NOT", 1, "NOT needs a term after it"},
		{"a NOT", 3, "NOT needs a term after it"},
		{"a NOT OR b", 3, "NOT needs a term after it"},
		{`"no fly zone`, 1, "unclosed quote"},
		{`peace "no fly zone`, 7, "unclosed quote"},
		{`"a b"~`, 6, `"~" needs a number`},
		{`"a b"~x`, 6, `"~" needs a number`},
		{`"a b"~1001`, 7, "too large"},
		{`"a b"~99999999999999999999`, 7, "too large"},
		{"Lavrov~3", 8, "at most 2 edits"},
		{"Lav~rov", 4, `"~" goes at the end of a word`},
		{"person:Lavrov~", 14, "fuzzy matching (~) needs a text field"},
		{"diplo*~1", 7, "both a prefix"},
		{"foo:bar", 1, `unknown field "foo"`},
		{"a http://example.com", 3, `unknown field "http"`},
		{"person:", 8, "person: needs a value"},
		{"person: Lavrov", 8, "person: needs a value"},
		{"title:)", 7, "title: needs a value"},
		{"person:...", 8, "no letters or digits"},
		{`person:"--"`, 8, "no letters or digits"},
		{"title:*", 7, "no letters or digits"},
		{"person:*", 8, "no letters or digits"},
		{`country:"United States"~2`, 24, "proximity needs a text field"},
		{"title:(person:x)", 8, "fields cannot be nested"},
		{"date:", 6, "date: needs a value"},
		{"date:(2003 OR 2004)", 6, "date:( ) is not supported"},
		{"date:2004-13", 6, "not a valid date"},
		{"date:2004-02-30", 6, "not a valid date"},
		{"date:04-07-24", 6, "YYYY"},
		{"date:2004/07/24", 6, "YYYY"},
		{"date:yesterday", 6, "YYYY"},
		{"date:1500", 6, "years 1678 to 2261"},
		{"date:9999", 6, "years 1678 to 2261"},
		{"date:2005..2003", 6, "ends before it starts"},
		{"date:2004..2004-13", 12, "not a valid date"},
		{"date:..", 6, "at least one end"},
		{"date:>=", 8, "YYYY"},
		{"date:>=2003..2005", 8, "YYYY"},
		{`date:"2004 07"`, 7, "YYYY"},
		{`date:"2004"~3`, 12, "proximity needs a text field"},
		{"Lavrov date:20O4", 13, "YYYY"},
		{"é (ü", 3, "never closed"},
	} {
		_, err := Parse(tc.in)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%q) = %v, want a *SyntaxError", tc.in, err)
			continue
		}
		if se.Col != tc.col || !strings.Contains(se.Msg, tc.msg) {
			t.Errorf("Parse(%q): %v, want column %d: ...%s...", tc.in, err, tc.col, tc.msg)
		}
	}
}

func TestParseNesting(t *testing.T) {
	deep := strings.Repeat("(", maxDepth) + "a" + strings.Repeat(")", maxDepth)
	if n, err := Parse(deep); err != nil || n.String() != "a" {
		t.Errorf("Parse(%d parentheses) = %v, %v, want a", maxDepth, n, err)
	}
	var se *SyntaxError
	_, err := Parse("(" + deep + ")")
	if !errors.As(err, &se) || se.Col != maxDepth+1 {
		t.Errorf("Parse(%d parentheses) = %v, want an error at column %d", maxDepth+1, err, maxDepth+1)
	}
	_, err = Parse(strings.Repeat("NOT ", 1000) + "a")
	if !errors.As(err, &se) {
		t.Errorf("Parse(1000 NOTs) = %v, want a *SyntaxError", err)
	}
}

func TestSyntaxErrorCaret(t *testing.T) {
	q := "Lavrov\t(Zebari OR"
	_, err := Parse(q)
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("Parse(%q) = %v, want a *SyntaxError", q, err)
	}
	if got, want := se.Error(), "column 16: OR needs a term after it"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	want := "Lavrov (Zebari OR\n               ^"
	if got := se.Caret(q); got != want {
		t.Errorf("Caret:\n%s\nwant:\n%s", got, want)
	}
}

func TestTerms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Lavrov Zebari", []string{"Lavrov", "Zebari"}},
		{`"no fly zone" -Kuwait`, []string{"no fly zone"}},
		{`(Lavrov OR Zebari) NOT (oil -debt)`, []string{"Lavrov", "Zebari", "debt"}},
		{`diplomat* "Lavrov Zebari"~5 title:peace body:"state of the union"`, []string{"diplomat*", "Lavrov Zebari", "peace", "state of the union"}},
		{`person:"Sergei Lavrov" country:Iraq date:2004 topic:debt`, nil},
		{"a a A", []string{"a", "A"}},
		{"", nil},
	} {
		n, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		if got := Terms(n); !slices.Equal(got, tc.want) {
			t.Errorf("Terms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
