package entities

import (
	"testing"
)

func TestCountriesAndOrgOfFilterValues(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"UK", "GB"}, {"Britain", "GB"}, {"GBR", "GB"}, {"gb", "GB"}, {"USA", "US"}, {"the US", "US"},
		{"us", "US"}, {"U.S.", "US"}, {"United States", "US"}, {"UAE", "AE"}, {"Côte d'Ivoire", "CI"},
		{"Cote d'Ivoire", "CI"}, {"Korea", "KR KP"}, {"South Korea", "KR"}, {"Congo", "CG CD"},
		{"Guinea", "GN"}, {"Sudan", "SD"}, {"Moscow", ""}, {"Narnia", ""}, {"", ""},
	} {
		got := ""
		for i, c := range Countries(tc.in) {
			if i > 0 {
				got += " "
			}
			got += c.Code
		}
		if got != tc.want {
			t.Errorf("Countries(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"UN", "United Nations"}, {"un", "United Nations"}, {"U.N.", "United Nations"}, {"IMF", "International Monetary Fund"},
		{"Opec", "OPEC"}, {"Acme Widgets", ""},
	} {
		if got, _ := Org(tc.in); got != tc.want {
			t.Errorf("Org(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
