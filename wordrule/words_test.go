package wordrule

import "testing"

func TestEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iraq's troops", "Iraq's"},
		{"U.S.-led force", "U.S"}, // the period is the caller's (Abbreviation); "-led" a word of its own
		{"3.5 pct", "3.5"},
		{"Abdul-Mahdi said", "Abdul-Mahdi"},
		{"AT&T Corp", "AT&T"},
		{"Mr. Lavrov", "Mr"},
		{"end.", "end"},
		{"rock-", "rock"},
		{"Zébari said", "Zébari"},
		{"Ze\u0301bari said", "Ze\u0301bari"}, // a decomposed accent stays in the word
	}
	for _, tt := range tests {
		if got := tt.in[:End(tt.in, 0)]; got != tt.want {
			t.Errorf("End(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRules(t *testing.T) {
	for _, r := range []rune{'a', 'Z', 'é', '7', '\u0301', 'ж'} {
		if !IsRune(r) {
			t.Errorf("IsRune(%q) = false", r)
		}
	}
	for _, r := range []rune{' ', '-', '.', '\'', '²', 'Ⅻ'} {
		if IsRune(r) {
			t.Errorf("IsRune(%q) = true", r)
		}
	}
	if !Abbreviation("corp") || !Abbreviation("calif") || !Abbreviation("jan") || Abbreviation("iraq") {
		t.Error("Abbreviation: corp, calif and jan keep their period, iraq does not")
	}
	if !Title("gen") || Title("corp") {
		t.Error("Title: gen never ends a sentence, corp may")
	}
	if !Honorific("mr.") || !Honorific("mrs") || Honorific("gen.") {
		t.Error("Honorific: mr. and mrs stand before a surname, gen. is a rank")
	}
	if s := Set("a", "b"); !s["a"] || !s["b"] || s["c"] {
		t.Errorf("Set(a, b) = %v", s)
	}
}
