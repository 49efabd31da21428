package searchcmd

import (
	"strings"
	"testing"
)

// TestFilterValueNotes: a filter value is read as the extractor reads
// text, and what was made of it is said on stderr.
func TestFilterValueNotes(t *testing.T) {
	dir := sample(t)
	for _, tc := range []struct {
		args   []string
		hits   bool   // some article matches
		stderr string // a part of stderr; "" for nothing
	}{
		{[]string{"--person", "Lavrov"}, true, `person "Lavrov" read as "Sergei Lavrov"`},
		{[]string{"--person", "Sergei Lavrov"}, true, ""},
		{[]string{"--person", "Lavorv"}, false, `matches no person in the archive; nearest: Sergei Lavrov`},
		{[]string{"--country", "USA"}, true, ""},
		{[]string{"--country", "the US"}, true, `read as "United States"`},
		{[]string{"--country", "IRQ"}, true, ""},
		{[]string{"--country", "Narnia"}, false, `country "Narnia" matches no country`},
		{[]string{"person:Zebari"}, true, `read as "Hoshyar Zebari"`},
	} {
		code, out, errs := run(t, append([]string{"--archive", dir, "--format", "table"}, tc.args...)...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", tc.args, code, errs)
		}
		if got := !strings.HasPrefix(lastLine(out), "0 articles"); got != tc.hits {
			t.Errorf("%q: hits %v, want %v:\n%s", tc.args, got, tc.hits, out)
		}
		if tc.stderr == "" && errs != "" || !strings.Contains(errs, tc.stderr) {
			t.Errorf("%q: stderr %q, want %q", tc.args, errs, tc.stderr)
		}
	}
	res := decode[resultJSON](t, mustRun(t, "--archive", dir, "--json", "--person", "Lavorv"))
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "Sergei Lavrov") {
		t.Errorf("JSON notes %q, want the nearest value", res.Notes)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func TestValuesCommand(t *testing.T) {
	dir := sample(t)
	out := mustRun(t, "--archive", dir, "values", "person", "LAV")
	if !strings.Contains(out, "Sergei Lavrov") || strings.Contains(out, "Zebari") {
		t.Errorf("values person LAV:\n%s", out)
	}
	v := decode[valuesJSON](t, mustRun(t, "--archive", dir, "values", "--json", "country", "united"))
	if v.Total != 1 || len(v.Values) != 1 || v.Values[0].Value != "United States" || v.Values[0].Count < 1 {
		t.Errorf("values country united: %+v", v)
	}
	v = decode[valuesJSON](t, mustRun(t, "--archive", dir, "values", "--json", "-n", "1", "year"))
	if len(v.Values) != 1 || v.Total < 2 {
		t.Errorf("values year -n 1: %+v", v)
	}
	if code, _, errs := run(t, "--archive", dir, "values", "colour"); code != 2 || !strings.Contains(errs, "no facet") {
		t.Errorf("values colour: exit %d, %s", code, errs)
	}
	if out := mustRun(t, "--archive", dir, "values", "person", "qqq"); !strings.Contains(out, "no person value") {
		t.Errorf("values person qqq: %s", out)
	}
}
