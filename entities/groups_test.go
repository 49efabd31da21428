package entities

import (
	"slices"
	"testing"

	"chancery/archive"
)

// TestGroupNames checks the shapes that write a name as a performing
// group's, on invented sentences, and the ones that do not.
func TestGroupNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The show featured the band Harbour Lights on its opening night.", []string{"Harbour Lights"}},
		{"Tickets for indie group Velvet Morrow sold out in an hour.", []string{"Velvet Morrow"}},
		{"Velvet Morrow frontman Ian Castle said the tour would go on.", []string{"Velvet Morrow"}},
		{"Velvet Morrow lead singer Ian Castle said the tour would go on.", []string{"Velvet Morrow"}},
		{"Velvet Morrow, who were shortlisted in three categories, won one.", []string{"Velvet Morrow"}},
		// a plural verb whose subject is another phrase
		{"The cuts proposed by shadow chancellor Oliver Tarrant were the equivalent of sacking every teacher.", nil},
		// a list's last name
		{"Anna Berg and Tomas Lund, who were both injured, will miss the final.", nil},
		{"He will do without libero Anna Berg and defender Tomas Lund, who were both injured.", nil},
		// a company group, not a band
		{"The Moulinex group President Jean Martel said sales rose.", nil},
		{"the group Chairman Ratan Deshmukh said.", nil},
		// a run of capitals does not cross a sentence
		{"He toured with Westward. Harbour Lights frontman Ian Castle was there.", []string{"Harbour Lights"}},
	} {
		if got := groupNames(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("groupNames(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRegistryGroups checks that a name two articles write as a band's
// or a work's ("Vesna Marlow frontman ...", "abortion drama Vesna
// Marlow", "Vesna Marlow star ...") is no person in the articles that only
// list it; that one article is not enough; and that a person's name
// before "films" or "books" makes no work of the person.
func TestRegistryGroups(t *testing.T) {
	for _, tc := range []struct {
		name, cue string
		cues      int
		want      []string
	}{
		{"written as a band in two articles", "Vesna Marlow frontman Ian Castle said the tour would go on.", 2, []string{"Tomas Lund"}},
		{"written as a band in one article", "Vesna Marlow frontman Ian Castle said the tour would go on.", 1, []string{"Vesna Marlow", "Tomas Lund"}},
		{"written as a film in two articles", "The abortion drama Vesna Marlow won the prize.", 2, []string{"Tomas Lund"}},
		{"its star named in two articles", "Vesna Marlow star Ida Kell was nominated.", 2, []string{"Tomas Lund"}},
		{"written as a film in one article", "The abortion drama Vesna Marlow won the prize.", 1, []string{"Vesna Marlow", "Tomas Lund"}},
		{"a person's films", "Vesna Marlow films and Vesna Marlow books sold well.", 2, []string{"Vesna Marlow", "Tomas Lund"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var all []*archive.Article
			for range tc.cues {
				a := artsOf("", 0, 1, nil, nil)[0]
				a.Body = tc.cue
				all = append(all, a)
			}
			a := artsOf("", 0, 1, []string{"Vesna Marlow", "Tomas Lund"}, nil)[0]
			a.Body = "The prize went to Vesna Marlow, ahead of Tomas Lund and two others."
			all = append(all, a)
			for _, reg := range decidedAndReloaded(t, all) {
				b := *a
				b.Persons = slices.Clone(a.Persons)
				reg.Resolve(&b)
				if !slices.Equal(b.Persons, tc.want) {
					t.Errorf("persons %q, want %q", b.Persons, tc.want)
				}
			}
		})
	}
}

// TestFunctionWordName checks that a capitalised function word inside a
// name makes it a work's title or two names run together, and that
// initials and particles do not.
func TestFunctionWordName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Rolf On Art", true},
		{"Chorton And The Wheelies", true},
		{"Love Is", true},
		{"Charles A Blixt", false},
		{"Ursula von der Leyen", false},
		{"Javier Perez de Cuellar", false},
	} {
		if got := functionWordName(tc.name); got != tc.want {
			t.Errorf("functionWordName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
