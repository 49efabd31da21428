package eval

import (
	"slices"
	"testing"

	"chancery/archive"
)

// TestSubstituteNames checks that a code's words are replaced as the text
// writes them and that the codes follow the new names.
func TestSubstituteNames(t *testing.T) {
	pool := [][2]string{{"Hans", "Falk"}, {"Ann", "Quill"}}
	for _, tc := range []struct {
		name, title, body string
		codes             []string
		wantTitle         string
		wantBody          string
		wantCodes         []string
	}{
		{"surname code, capitals headline", "REAGAN SAYS NO", "President Reagan said no. Reaganomics stays.", []string{"reagan"},
			"FALK SAYS NO", "President Falk said no. Reaganomics stays.", []string{"falk"}},
		{"full-name code", "TREASURY'S BAKER SEES RISE", "James Baker said. Baker agreed.", []string{"james-baker"},
			"TREASURY'S FALK SEES RISE", "Hans Falk said. Falk agreed.", []string{"hans-falk"}},
		{"two codes share a given name", "", "James Baker and James Miller met. Miller said.", []string{"james-baker", "james-miller"},
			"", "Hans Falk and Ann Quill met. Quill said.", []string{"hans-falk", "ann-quill"}},
		{"a middle initial", "", "James A. Baker said.", []string{"james-baker"},
			"", "Hans A. Falk said.", []string{"hans-falk"}},
		{"particle first", "", "Jacques de Larosiere spoke.", []string{"de-larosiere"},
			"", "Jacques de Falk spoke.", []string{"falk"}},
	} {
		a := &archive.Article{Title: tc.title, Body: tc.body}
		next := 0
		got := substituteNames(a, tc.codes, pool, &next)
		if a.Title != tc.wantTitle || a.Body != tc.wantBody || !slices.Equal(got, tc.wantCodes) {
			t.Errorf("%s: got %q / %q / %q, want %q / %q / %q", tc.name, a.Title, a.Body, got, tc.wantTitle, tc.wantBody, tc.wantCodes)
		}
	}
}
