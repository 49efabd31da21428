package entities

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"chancery/archive"
)

// arts builds n invented articles naming persons and organizations.
func arts(n int, persons, orgs []string) []*archive.Article {
	out := make([]*archive.Article, n)
	for i := range out {
		out[i] = &archive.Article{Persons: slices.Clone(persons), Orgs: slices.Clone(orgs)}
	}
	return out
}

func TestRegistryRules(t *testing.T) {
	for _, tc := range []struct {
		name    string
		archive [][]*archive.Article
		in      []string // persons of the article to resolve
		want    []string
	}{
		{
			name:    "a dominant full name takes the bare surname",
			archive: [][]*archive.Article{arts(6, []string{"James Baker"}, nil), arts(2, []string{"Howard Baker"}, nil)},
			in:      []string{"Baker", "Nakasone"},
			want:    []string{"James Baker", "Nakasone"},
		},
		{
			name:    "two full names of similar counts leave it alone",
			archive: [][]*archive.Article{arts(6, []string{"James Baker"}, nil), arts(3, []string{"Howard Baker"}, nil)},
			in:      []string{"Baker"},
			want:    []string{"Baker"},
		},
		{
			name:    "a full name seen once is no target",
			archive: [][]*archive.Article{arts(1, []string{"Nigel Lawson"}, nil)},
			in:      []string{"Lawson"},
			want:    []string{"Lawson"},
		},
		{
			name:    "a partial name counts for the longer name it resolves to",
			archive: [][]*archive.Article{arts(4, []string{"Karl Otto Poehl"}, nil), arts(3, []string{"Otto Poehl"}, nil)},
			in:      []string{"Poehl", "Otto Poehl"},
			want:    []string{"Karl Otto Poehl"},
		},
		{
			name:    "a company's name is no person",
			archive: [][]*archive.Article{arts(3, nil, []string{"Texaco Inc"}), arts(2, []string{"Texaco"}, nil)},
			in:      []string{"Texaco", "Jim Wright"},
			want:    []string{"Jim Wright"},
		},
		{
			name:    "a surname that companies also carry stays a person when persons carry it more",
			archive: [][]*archive.Article{arts(2, nil, []string{"Baker Hughes Inc"}), arts(5, []string{"James Baker"}, nil)},
			in:      []string{"Baker"},
			want:    []string{"James Baker"},
		},
		{
			name:    "two words that begin a company's name",
			archive: [][]*archive.Article{arts(2, nil, []string{"Merrill Lynch and Co"}), arts(5, []string{"Merrill Lynch"}, nil)},
			in:      []string{"Merrill Lynch"},
			want:    []string{},
		},
		{
			name:    "a firm named after its founder leaves the founder a person",
			archive: [][]*archive.Article{arts(2, nil, []string{"Ivan F. Boesky and Co"}), arts(4, []string{"Ivan F. Boesky"}, nil)},
			in:      []string{"Ivan F. Boesky", "Boesky"},
			want:    []string{"Ivan F. Boesky"},
		},
		{
			name:    "resolving does not repeat a name",
			archive: [][]*archive.Article{arts(3, []string{"Corazon Aquino"}, nil)},
			in:      []string{"Corazon Aquino", "Aquino"},
			want:    []string{"Corazon Aquino"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewRegistry()
			for _, group := range tc.archive {
				for _, a := range group {
					r.Observe(a)
				}
			}
			r.Decide()
			a := &archive.Article{Persons: slices.Clone(tc.in)}
			changed := r.Resolve(a)
			if !slices.Equal(a.Persons, tc.want) && !(len(a.Persons) == 0 && len(tc.want) == 0) {
				t.Errorf("Resolve(%q) = %q, want %q", tc.in, a.Persons, tc.want)
			}
			if changed != !slices.Equal(tc.in, tc.want) {
				t.Errorf("Resolve reported changed=%v", changed)
			}
		})
	}
}

func TestRegistryOrderAndText(t *testing.T) {
	var all []*archive.Article
	all = append(all, arts(5, []string{"James Baker", "Yasuhiro Nakasone"}, []string{"Chrysler Corp"})...)
	all = append(all, arts(1, []string{"Howard Baker"}, nil)...)
	all = append(all, arts(3, []string{"Chrysler", "Baker"}, []string{"Merrill Lynch and Co"})...)
	build := func(order []*archive.Article) []byte {
		r := NewRegistry()
		for _, a := range order {
			r.Observe(a)
		}
		r.Decide()
		text, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		return text
	}
	forward := build(all)
	reversed := slices.Clone(all)
	slices.Reverse(reversed)
	backward := build(reversed)
	if string(forward) != string(backward) {
		t.Errorf("decisions depend on order:\n%s\nvs\n%s", forward, backward)
	}
	if !strings.Contains(string(forward), "resolve\tbaker\tJames Baker\n") || !strings.Contains(string(forward), "company\tchrysler\n") {
		t.Errorf("decisions:\n%s", forward)
	}
	loaded := NewRegistry()
	if err := loaded.UnmarshalText(forward); err != nil {
		t.Fatal(err)
	}
	again, _ := loaded.MarshalText()
	if string(again) != string(forward) {
		t.Errorf("text round trip:\n%s\nvs\n%s", again, forward)
	}
	a := &archive.Article{Persons: []string{"Chrysler", "Baker"}}
	loaded.Resolve(a)
	if !slices.Equal(a.Persons, []string{"James Baker"}) {
		t.Errorf("loaded registry resolves to %q", a.Persons)
	}
	for _, bad := range []string{"# another format\n", registryHeader + "\nresolve\tbaker\n"} {
		if err := NewRegistry().UnmarshalText([]byte(bad)); err == nil || !errors.Is(err, ErrRegistry) {
			t.Errorf("UnmarshalText(%q) = %v, want ErrRegistry", bad, err)
		}
	}
}

// TestCompanyNotPerson checks the article-level rule and the gazetteer of
// companies the persons model took for people (invented text).
func TestCompanyNotPerson(t *testing.T) {
	x := mustNew(t)
	a := &archive.Article{
		Title: "Refiner raises prices",
		Body: "Texaco Inc raised its posted prices on Monday. Texaco said its crude would cost more. " +
			"Analyst Jane Moreno of Merrill Lynch said the move was expected, and Moody's said it would review the debt. " +
			"Robert Maxwell's British Printing and Communications Corp declined to comment.",
	}
	x.Extract(a)
	for _, notPerson := range []string{"Texaco", "Merrill Lynch", "Moody"} {
		if slices.Contains(a.Persons, notPerson) {
			t.Errorf("persons %q include the company %q", a.Persons, notPerson)
		}
	}
	for _, org := range []string{"Texaco Inc", "Merrill Lynch", "Moody's Investors Service", "British Printing and Communications Corp"} {
		if !slices.Contains(a.Orgs, org) {
			t.Errorf("orgs %q lack %q", a.Orgs, org)
		}
	}
	if !slices.Contains(a.Persons, "Robert Maxwell") || !slices.Contains(a.Persons, "Jane Moreno") {
		t.Errorf("persons %q, want Robert Maxwell and Jane Moreno among them", a.Persons)
	}
}

func TestCountryByName(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		in   string
		want string // "" for no country
	}{
		{"United States", "United States"},
		{"USA", "United States"},
		{"U.S.", "United States"},
		{"united kingdom", "United Kingdom"},
		{"West Germany", "West Germany"},
		{"Moscow", ""},
		{"Iraqi", ""},
		{"Sergei Lavrov", ""},
	} {
		c, ok := x.Country(tc.in)
		if got := map[bool]string{true: c.Name}[ok]; got != tc.want {
			t.Errorf("Country(%q) = %q, %v; want %q", tc.in, c.Name, ok, tc.want)
		}
	}
}
