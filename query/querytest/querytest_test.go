package querytest

import (
	"strings"
	"testing"

	"chancery/query"
)

func TestMatch(t *testing.T) {
	e := &Evaluator{
		Schema: query.Schema{
			Text:      map[string]float64{"title": 2, "body": 1},
			TextField: map[string]string{"title": "title", "body": "body"},
			Keyword:   map[string]string{"person": "person_key"},
			Dates:     query.Days{Year: "year", Month: "month", Day: "date"},
		},
		// Lower-cased words split at spaces and hyphens; "ing" stemmed off.
		Analyze: func(s string) []string {
			var out []string
			for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' }) {
				out = append(out, strings.TrimSuffix(w, "ing"))
			}
			return out
		},
	}
	d := Doc{
		"title":      e.Analyze("Lavrov meets Zebari"),
		"body":       e.Analyze("the no fly zone was not discussed by Lavrov and the Iraqi minister during peacekeeping talks"),
		"person_key": {"sergei lavrov"},
		"date":       {"2004-07-24"},
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Lavrov Zebari", true},
		{"Lavrov Annan", false},
		{"Annan OR Zebari", true},
		{"-Annan", true},
		{"NOT Zebari", false},
		{`"no fly zone"`, true},
		{`"fly no zone"`, false},
		{"fly-zone", true},
		{"zone-fly", false},
		{`"Lavrov Zebari"~1`, true},  // title: Lavrov meets Zebari
		{`"Zebari Lavrov"~0`, false}, // one word between
		{`"the the"~9`, true},        // body: the, nine words, the
		{`"the the"~8`, false},
		{`"the the the"~20`, false}, // only two
		{"peacekeep*", true},
		{"peacekeeping*", true}, // as analysed: "peacekeep"
		{"peacekeepers*", false},
		{"title:Zebari body:Zebari", false},
		{`person:"Sergei  LAVROV"`, true},
		{"person:serg*", true},
		{"person:Lavrov", false},
		{"date:2004-07", true},
		{"date:<2004-07-24", false},
		{"date:<=2004-07-24", true},
		{"date:>2004-07-23", true},
	} {
		n, err := query.Parse(tc.q)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.q, err)
		}
		if got := e.Match(n, d); got != tc.want {
			t.Errorf("Match(%s) = %v, want %v", n, got, tc.want)
		}
	}
	undated := Doc{"title": {"lavrov"}}
	n, _ := query.Parse("date:>=2000")
	if e.Match(n, undated) {
		t.Errorf("Match(%s) on a document without a date = true", n)
	}
}
