package query

import (
	"strings"
	"testing"
)

func TestHints(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string // joined hints
	}{
		{"iran or iraq", `"or" is searched as a word; write OR in capitals to match either side`},
		{"Iran not oil", `"not" is searched as a word; write NOT in capitals to leave out what follows`},
		{"war and peace", `"and" is searched as a word; write AND in capitals to need both sides`},
		{"(iran) or “iraq”", `"or" is searched as a word; write OR in capitals to match either side`},
		{"( or iraq)", ""},
		{"Iran OR Iraq", ""},
		{"or iraq", ""},        // not between two terms
		{"iran or", ""},        // idem
		{`"iran or iraq"`, ""}, // in a phrase
		{"body:or iraq", ""},   // a field's value
		{"iran or iraq or syria", `"or" is searched as a word; write OR in capitals to match either side`},
		{`"unclosed or`, ""},
		{"US trade", `US is read as the country: "U.S." OR "United States" OR country:US (lower-case us is the word)`},
		{"united states trade", `United States is read as the country`},
		{"U.S. or Japan", `"or" is searched as a word; write OR in capitals to match either side | U.S. is read as the country`},
		{"let us talk", ""},
	} {
		if got := strings.Join(Hints(tc.q), " | "); !strings.HasPrefix(got, tc.want) || (tc.want == "") != (got == "") {
			t.Errorf("Hints(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestIsUS(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"US", true}, {"U.S.", true}, {"USA", true}, {"U.S.A.", true}, {`"United States"`, true}, {`"united  states"`, true},
		{"us", false}, {"Us", false}, {"title:US", false}, {"US*", false}, {"US~1", false}, {`"United States Army"`, false},
	} {
		n, err := Parse(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := IsUS(n); got != tc.want {
			t.Errorf("IsUS(%s) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
