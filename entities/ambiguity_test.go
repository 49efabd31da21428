package entities

import (
	"slices"
	"testing"
	"time"

	"chancery/archive"
)

// TestCountryRules covers the deliberate ambiguity rules, one invented
// sentence each.
func TestCountryRules(t *testing.T) {
	d1987 := time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC)
	d2004 := time.Date(2004, 3, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		a        archive.Article
		want     []string
		wantCode string // code of the first country, when set
	}{
		{"moscow in 1987 is the Soviet Union", archive.Article{Date: d1987, Body: "Moscow said it would buy more grain."}, []string{"Soviet Union"}, "SUHH"},
		{"moscow in 2004 is Russia", archive.Article{Date: d2004, Body: "Moscow said it would buy more grain."}, []string{"Russia"}, "RU"},
		{"bonn in 1987 is West Germany", archive.Article{Date: d1987, Body: "Bonn and the German central bank disagreed."}, []string{"West Germany"}, "DE"},
		{"soviet era is history", archive.Article{Date: d2004, Body: "Russian firms have worked in Iraq since the Soviet era."}, []string{"Russia", "Iraq"}, ""},
		{"dateline city", archive.Article{Date: d1987, Dateline: "CLEVELAND, March 2 -", Body: "The company said profits rose."}, []string{"United States"}, "US"},
		{"dateline in the body", archive.Article{Date: d2004, Body: "NAIROBI, March 2 (Reuters) - Rains eased."}, []string{"Kenya"}, "KE"},
		{"georgia the state", archive.Article{Date: d2004, Body: "Farmers in Georgia and Alabama said the U.S. crop was late."}, []string{"United States"}, ""},
		{"georgia the country", archive.Article{Date: d2004, Body: "Georgia said Tbilisi would talk to Moscow."}, []string{"Georgia", "Russia"}, ""},
		{"jordan as a first name", archive.Article{Date: d2004, Body: "Jordan Henderson scored twice for the visitors."}, nil, ""},
		{"turkey the bird", archive.Article{Date: d2004, Body: "They ate roast turkey with the family."}, nil, ""},
		{"us the pronoun", archive.Article{Date: d2004, Body: "Give us more time, he said."}, nil, ""},
		{"paris club is not france", archive.Article{Date: d2004, Body: "The Paris Club agreed to reschedule the debt."}, nil, ""},
		{"victoria the state", archive.Article{Date: d1987, Body: "The State Bank of Victoria said wheat plantings in Victoria would fall."}, nil, ""},
		{"victoria the person", archive.Article{Date: d2004, Body: "Comedian Victoria Wood said the show would return."}, nil, ""},
		{"lake victoria", archive.Article{Date: d1987, Body: "Coffee will go by barge across Lake Victoria to Kisumu in Kenya."}, []string{"Kenya"}, ""},
		{"victoria in a dateline", archive.Article{Date: d2004, Body: "VICTORIA, March 2 (Reuters) - The Seychelles government said tourism rose."}, []string{"Seychelles"}, "SC"},
		{"kingston upon thames", archive.Article{Date: d2004, Body: "Police in Kingston upon Thames said the road would reopen."}, nil, ""},
		{"male the word", archive.Article{Date: d2004, Body: "Male voters were less likely to turn out."}, nil, ""},
		{"hamilton the person", archive.Article{Date: d2004, Body: "Lewis Hamilton said the team would appeal. Hamilton was fined."}, nil, ""},
	}
	x := mustNew(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			x.Extract(&a)
			if got := a.CountryNames(); !slices.Equal(sorted(got), sorted(tt.want)) {
				t.Errorf("countries = %q, want %q", got, tt.want)
			}
			if tt.wantCode != "" && (len(a.Countries) == 0 || a.Countries[0].Code != tt.wantCode) {
				t.Errorf("countries = %v, want first code %s", a.Countries, tt.wantCode)
			}
		})
	}
}

func TestPersonRules(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"partial names resolve", "Foreign Minister Sergei Lavrov arrived. Mr. Lavrov said Lavrov would stay.", []string{"Sergei Lavrov"}},
		{"companies are not persons", "Shares of Johnson Controls Inc rose after Smith Barney Corp upgraded them.", nil},
		{"titles are stripped", "President George Bush met Prime Minister Tony Blair.", []string{"George Bush", "Tony Blair"}},
	}
	x := mustNew(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := archive.Article{Body: tt.body}
			x.Extract(&a)
			if !slices.Equal(sorted(a.Persons), sorted(tt.want)) {
				t.Errorf("persons = %q, want %q", a.Persons, tt.want)
			}
		})
	}
}
