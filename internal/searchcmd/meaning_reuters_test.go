package searchcmd

import (
	"chancery/internal/service"
	"strings"
	"testing"

	"chancery/entities"
	"chancery/internal/shared"
)

// TestMeaningOnCorpora runs the examples of the query-reading rules on an
// archive of Reuters-21578 files and BBC politics stories tagged by the
// entities extractor, or skips when the corpora are absent.
func TestMeaningOnCorpora(t *testing.T) {
	reut, bbc := shared.Find("corpora", "reuters21578"), shared.Find("corpora", "bbc")
	if reut == "" || bbc == "" {
		t.Skip("Reuters or BBC corpus (../shared/corpora) not present")
	}
	if testing.Short() {
		t.Skip("-short: skipping the corpus archive")
	}
	x, err := entities.New(entities.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	buildArchive(t, dir, x, reut+"/reut2-000.sgm", reut+"/reut2-001.sgm", reut+"/reut2-002.sgm", reut+"/reut2-003.sgm", bbc+"/politics")
	total := func(args ...string) (uint64, []string) {
		t.Helper()
		res := decode[service.Result](t, mustRun(t, append([]string{"--archive", dir, "--json", "--all-versions"}, args...)...))
		return res.Total, res.Notes
	}
	same := func(what string, argss ...[]string) {
		t.Helper()
		first, _ := total(argss[0]...)
		if first == 0 {
			t.Errorf("%s: %q finds nothing", what, argss[0])
		}
		for _, args := range argss[1:] {
			if n, notes := total(args...); n != first {
				t.Errorf("%s: %q finds %d, %q %d (notes %q)", what, args, n, argss[0], first, notes)
			}
		}
	}
	same("United Kingdom", []string{"--country", "United Kingdom"}, []string{"--country", "UK"}, []string{"--country", "Britain"},
		[]string{"--country", "GB"}, []string{"--country", "GBR"}, []string{"country:UK"})
	same("United States", []string{"--country", "United States"}, []string{"--country", "USA"}, []string{"--country", "the US"},
		[]string{"--country", "us"})
	same("UAE", []string{"--country", "United Arab Emirates"}, []string{"--country", "UAE"})
	same("Pöhl", []string{"--person", "Poehl"}, []string{"--person", "Karl Otto Pöhl"}, []string{"--person", "Pöhl"})
	same("typographic quotes", []string{`"oil prices"`}, []string{`“oil prices”`}, []string{`„oil prices“`}, []string{`«oil prices»`})
	same("the country", []string{"U.S."}, []string{"US"}, []string{"United States"}, []string{`"United States"`}, []string{"USA"})
	if us, _ := total("us"); us == 0 {
		t.Error("us (the pronoun) finds nothing")
	} else if US, _ := total("US"); us == US {
		t.Errorf("us and US find the same %d articles: the pronoun is not kept apart", us)
	}

	for _, tc := range []struct {
		args []string
		hits bool
		note string
	}{
		{[]string{"--person", "Reagan"}, true, "Ronald Reagan"},
		{[]string{"--country", "Korea"}, true, "South Korea"},
		{[]string{"iran or iraq"}, true, `write OR in capitals`},
		{[]string{"Iran not oil"}, true, `write NOT in capitals`},
		{[]string{"Volker"}, false, "did you mean Volcker?"},
		{[]string{"cofee"}, false, "did you mean coffee?"},
		{[]string{"--person", "Volker"}, false, "nearest: Paul Volcker"},
	} {
		n, notes := total(tc.args...)
		if (n > 0) != tc.hits || !strings.Contains(strings.Join(notes, " | "), tc.note) {
			t.Errorf("%q: %d articles, notes %q; want hits %v and a note saying %q", tc.args, n, notes, tc.hits, tc.note)
		}
	}
	if n, _ := total("Volker~1"); n == 0 {
		t.Error("Volker~1 finds nothing")
	}

	// A Reuters story cited with its source, date, headline and NEWID; a
	// BBC story with no source or date says so and names its file.
	res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--cite", "-n", "50", "coffee"))
	for _, h := range res.Hits {
		if strings.HasPrefix(h.ID, "reuters-") && (!strings.HasPrefix(h.Citation, "Reuters, 1987-") || strings.Contains(h.Citation, "untitled") ||
			!strings.Contains(h.Citation, "NEWID "+strings.TrimPrefix(h.ID, "reuters-"))) {
			t.Errorf("Reuters citation %q", h.Citation)
		}
	}
	res = decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--cite", "-n", "5", "Blair election"))
	if len(res.Hits) == 0 {
		t.Fatal("Blair election: no hits")
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Citation, "n.d.") || !strings.Contains(h.Citation, "Original: ") || !strings.Contains(h.Citation, "politics") {
			t.Errorf("BBC citation %q", h.Citation)
		}
	}
}
