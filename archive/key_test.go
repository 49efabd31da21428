package archive

import "testing"

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Sergei Lavrov", "sergei lavrov"},
		{"Sergéi  Lavrov", "sergei lavrov"},
		{"  ZEBARI ", "zebari"},
		{"U.S.", "u s"},
		{"Côte d'Ivoire", "cote d ivoire"},
		{"oil and gas", "oil and gas"},
		{"", ""},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
