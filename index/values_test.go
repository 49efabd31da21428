package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// valuesIndex is an index of invented articles, one per tag set, with the
// persons, countries and orgs the value tests ask for.
func valuesIndex(t *testing.T) *Index {
	t.Helper()
	ix := mustOpen(t)
	c := func(name, code string) archive.Country { return archive.Country{Name: name, Code: code} }
	tags := []struct {
		persons   []string
		countries []archive.Country
		orgs      []string
	}{
		{[]string{"Ronald Reagan"}, []archive.Country{c("United States", "US")}, nil},
		{[]string{"Ronald Reagan", "Nancy Reagan"}, []archive.Country{c("United States", "US")}, nil},
		{[]string{"George Bush"}, []archive.Country{c("United Kingdom", "GB")}, []string{"United Nations"}},
		{[]string{"George W. Bush"}, []archive.Country{c("South Korea", "KR")}, nil},
		{[]string{"Karl Otto Poehl"}, []archive.Country{c("North Korea", "KP")}, nil},
		{[]string{"Paul Volcker"}, []archive.Country{c("Ivory Coast", "CI")}, nil},
		{[]string{"Paul Volcker", "Hoshyar Zebari"}, []archive.Country{c("United Arab Emirates", "AE")}, nil},
	}
	var arts []*archive.Article
	for i, tg := range tags {
		arts = append(arts, &archive.Article{ID: fmt.Sprintf("v%d", i), Title: "Talks " + fmt.Sprint(i), Body: fmt.Sprintf("story number %d about talks", i),
			Persons: tg.persons, Countries: tg.countries, Orgs: tg.orgs, Source: "Chancery Wire",
			Date: time.Date(2004, 7, i+1, 0, 0, 0, 0, time.UTC)})
	}
	if _, err := ix.Store.Put(arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(arts); err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestResolveFilterValues(t *testing.T) {
	ix := valuesIndex(t)
	ctx := context.Background()
	for _, tc := range []struct {
		field, input string
		want         []string // the values it stands for, in order
		total        uint64   // articles a filter on it finds
		note         string   // a part of the note; "" for none
	}{
		{"country", "UK", []string{"United Kingdom"}, 1, ""},
		{"country", "Britain", []string{"United Kingdom"}, 1, "United Kingdom"},
		{"country", "GB", []string{"United Kingdom"}, 1, ""},
		{"country", "GBR", []string{"United Kingdom"}, 1, ""},
		{"country", "USA", []string{"United States"}, 2, ""},
		{"country", "the US", []string{"United States"}, 2, "United States"},
		{"country", "United States", []string{"United States"}, 2, ""},
		{"country", "UAE", []string{"United Arab Emirates"}, 1, ""},
		{"country", "Côte d'Ivoire", []string{"Ivory Coast"}, 1, "Ivory Coast"},
		{"country", "Cote d'Ivoire", []string{"Ivory Coast"}, 1, "Ivory Coast"},
		{"country", "Korea", []string{"South Korea", "North Korea"}, 2, "give one in full to choose"},
		{"country", "South Korea", []string{"South Korea"}, 1, ""},
		{"country", "Narnia", nil, 0, `matches no country`},
		{"country", "Iraq", nil, 0, `country "Iraq" (Iraq) matches no article`},
		{"person", "Reagan", []string{"Ronald Reagan", "Nancy Reagan"}, 2, "stands for 2 values"},
		{"person", "Bush", []string{"George Bush", "George W. Bush"}, 2, "George W. Bush (1)"},
		{"person", "George W. Bush", []string{"George W. Bush"}, 1, ""},
		{"person", "ronald REAGAN", []string{"Ronald Reagan"}, 2, ""},
		{"person", "Poehl", []string{"Karl Otto Poehl"}, 1, `read as "Karl Otto Poehl"`},
		{"person", "Karl Otto Pöhl", []string{"Karl Otto Poehl"}, 1, "Karl Otto Poehl"},
		{"person", "Otto Pöhl", []string{"Karl Otto Poehl"}, 1, "Karl Otto Poehl"},
		{"person", "Volker", nil, 0, "nearest: Paul Volcker (2)"},
		{"org", "UN", []string{"United Nations"}, 1, `read as "United Nations"`},
		{"org", "un", []string{"United Nations"}, 1, ""},
		{"source", "chancery wire", []string{"Chancery Wire"}, 7, ""},
	} {
		name := tc.field + " " + tc.input
		r, err := ix.Resolve(ctx, tc.field, tc.input)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		for _, v := range r.Values {
			got = append(got, v.Value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: values %q, want %q", name, got, tc.want)
		}
		if tc.note == "" && r.Note != "" && len(tc.want) > 0 && strings.Contains(r.Note, "stands for") {
			t.Errorf("%s: note %q, want none about several values", name, r.Note)
		}
		if tc.note != "" && !strings.Contains(r.Note, tc.note) {
			t.Errorf("%s: note %q, want it to say %q", name, r.Note, tc.note)
		}
		req := Request{}
		switch tc.field {
		case "country":
			req.Countries = []string{tc.input}
		case "person":
			req.Persons = []string{tc.input}
		case "org":
			req.Orgs = []string{tc.input}
		case "source":
			req.Sources = []string{tc.input}
		}
		res, err := ix.Search(ctx, req)
		if err != nil {
			t.Fatalf("%s: search: %v", name, err)
		}
		if res.Total != tc.total {
			t.Errorf("%s: filter found %d articles, want %d", name, res.Total, tc.total)
		}
		if tc.note != "" && !slices.ContainsFunc(res.Notes, func(n string) bool { return strings.Contains(n, tc.note) }) {
			t.Errorf("%s: search notes %q, want one saying %q", name, res.Notes, tc.note)
		}
		// The same value as a query field finds the same articles.
		q := fmt.Sprintf("%s:%q", tc.field, tc.input)
		res, err = ix.Search(ctx, Request{Query: q})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if res.Total != tc.total {
			t.Errorf("%s: found %d articles, want %d", q, res.Total, tc.total)
		}
	}
}

func TestValues(t *testing.T) {
	ix := valuesIndex(t)
	ctx := context.Background()
	for _, tc := range []struct {
		field, prefix string
		want          string
	}{
		{"person", "reag", "Ronald Reagan (2), Nancy Reagan (1)"},
		{"person", "PAUL", "Paul Volcker (2)"},
		{"person", "poe", "Karl Otto Poehl (1)"},
		{"country", "kor", "North Korea (1), South Korea (1)"}, // a word starts with it
		{"country", "korea", "North Korea (1), South Korea (1)"},
		{"country", "united", "United States (2), United Arab Emirates (1), United Kingdom (1)"},
		{"year", "", "2004 (7)"},
		{"source", "", "Chancery Wire (7)"},
	} {
		vs, err := ix.Values(ctx, tc.field, tc.prefix, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := listValues(vs, 100); got != tc.want {
			t.Errorf("Values(%s, %q) = %s, want %s", tc.field, tc.prefix, got, tc.want)
		}
	}
	if _, err := ix.Values(ctx, "colour", "", 0); err == nil {
		t.Error("Values of an unknown facet: no error")
	}
}

func TestFastKey(t *testing.T) {
	for _, s := range []string{"", "Sergei Lavrov", "  U.S.-led  ", "George W. Bush", "Karl Otto Pöhl", "O'Neill", "A--B", "x1 Y2", "Sergéi", "ÆON", "\t"} {
		if got, want := fastKey(s), archive.Key(s); got != want {
			t.Errorf("fastKey(%q) = %q, archive.Key %q", s, got, want)
		}
	}
}
