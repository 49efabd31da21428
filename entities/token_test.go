package entities

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"
	}{
		{"Mr. Lavrov spoke.", "Mr.|Lavrov|spoke|."},
		{"the U.S.-led war", "the|U.S.|-|led|war"},
		{"Iraq's debt", "Iraq|debt"},
		{"Jean-Pierre Raffarin and O'Neill", "Jean-Pierre|Raffarin|and|O'Neill"},
		{"AT&T Corp. rose 1,250.5 pct", "AT&T|Corp.|rose|1,250.5|pct"},
		{"Soviet-made tanks", "Soviet|-|made|tanks"},
		{"Côte d'Ivoire", "Côte|d'Ivoire"},
	}
	for _, tt := range tests {
		toks := tokenize(nil, tt.in, fieldBody)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestTokenFlags(t *testing.T) {
	toks := tokenize(nil, "IRAQ SAYS TALKS WITH RUSSIA GO WELL\n\nThe minister said. Iraq's envoy left.", fieldBody)
	for _, tk := range toks[:7] {
		if !tk.is(flagHeadline) {
			t.Errorf("%q: not marked as headline", tk.text)
		}
	}
	byText := map[string]token{}
	for _, tk := range toks {
		byText[tk.text] = tk
	}
	if tk := byText["The"]; !tk.is(flagSentStart) || tk.is(flagHeadline) {
		t.Errorf("The: flags %b", tk.flags)
	}
	if tk := byText["Iraq"]; !tk.is(flagSentStart) || !tk.is(flagPossessive) || tk.low != "iraq" {
		t.Errorf("Iraq: flags %b low %q", tk.flags, tk.low)
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{"talks": "talk", "countries": "country", "bonus": "bonus", "crisis": "crisis",
		"fighting": "fight", "signed": "sign", "agreed": "agreed", "business": "business"} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}
