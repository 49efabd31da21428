package searchcmd

import (
	"chancery/internal/service"
	"encoding/csv"
	"encoding/json"
	"strconv"
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
	res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--person", "Lavorv"))
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "Sergei Lavrov") {
		t.Errorf("JSON notes %q, want the nearest value", res.Notes)
	}
	q := decode[service.Quotes](t, mustRun(t, "--archive", dir, "quotes", "--json", "--person", "Lavrov"))
	if len(q.Notes) != 1 || !strings.Contains(q.Notes[0], `read as "Sergei Lavrov"`) || len(q.Quotes) == 0 {
		t.Errorf("quotes JSON notes %q (%d statements), want how the person was read", q.Notes, len(q.Quotes))
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
	v := decode[service.Values](t, mustRun(t, "--archive", dir, "values", "--json", "country", "united"))
	if v.Total != 1 || len(v.Values) != 1 || v.Values[0].Value != "United States" || v.Values[0].Count < 1 {
		t.Errorf("values country united: %+v", v)
	}
	v = decode[service.Values](t, mustRun(t, "--archive", dir, "values", "--json", "-n", "1", "year"))
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

func TestCitationFormats(t *testing.T) {
	dir := sample(t)
	ris := mustRun(t, "--archive", dir, "--format", "ris", "--all-versions", "title:offers")
	for _, want := range []string{"TY  - NEWS\r\n", "TI  - Russia offers Iraq help on debt, rules out troops\r\n", "T2  - Chancery Wire\r\n",
		"DA  - 2004/07/26\r\n", "AN  - cw-2004-0355\r\n", "N1  - Original: ", "ER  - \r\n"} {
		if !strings.Contains(ris, want) {
			t.Errorf("RIS lacks %q:\n%s", want, ris)
		}
	}
	bib := mustRun(t, "--archive", dir, "--format", "bibtex", "--all-versions", "title:offers")
	for _, want := range []string{"@misc{cw-2004-0355,\n", "  title = {Russia offers Iraq help on debt, rules out troops},\n",
		"  howpublished = {Chancery Wire},\n", "  date = {2004-07-26},\n", "  note = {Chancery id cw-2004-0355; original: "} {
		if !strings.Contains(bib, want) {
			t.Errorf("BibTeX lacks %q:\n%s", want, bib)
		}
	}
	if strings.Count(bib, "{") != strings.Count(bib, "}") {
		t.Errorf("BibTeX braces unbalanced:\n%s", bib)
	}
	if code, _, errs := run(t, "--archive", dir, "--format", "endnote", "oil"); code != 2 || !strings.Contains(errs, "ris or bibtex") {
		t.Errorf("--format endnote: exit %d, %s", code, errs)
	}
}

// TestGroupedCopiesSaid: CSV and JSON say when copies were grouped.
func TestGroupedCopiesSaid(t *testing.T) {
	dir := sample(t)
	res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "Lavrov", "troops"))
	if res.Grouping == nil || res.Grouping.Articles <= res.Grouping.Hits || res.Grouping.Hits != len(res.Hits) ||
		!strings.Contains(res.Grouping.Note, "--all-versions") {
		t.Fatalf("JSON grouping %+v for %d hits", res.Grouping, len(res.Hits))
	}
	all := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--all-versions", "Lavrov", "troops"))
	if all.Grouping != nil || len(all.Hits) != res.Grouping.Articles {
		t.Errorf("--all-versions: grouping %+v, %d hits; want none and %d", all.Grouping, len(all.Hits), res.Grouping.Articles)
	}
	code, out, errs := run(t, "--archive", dir, "--format", "csv", "Lavrov", "troops")
	if code != 0 || !strings.Contains(errs, "stand for") {
		t.Errorf("CSV: exit %d, stderr %q", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	rows, articles := 0, 0
	for _, r := range recs[1:] {
		rows++
		n, _ := strconv.Atoi(r[col["versions"]])
		articles += 1 + n
		if ids := r[col["version_ids"]]; n > 0 && len(strings.Split(ids, "; ")) != n {
			t.Errorf("row %s: %d versions, ids %q", r[0], n, ids)
		}
	}
	if rows != res.Grouping.Hits || articles != res.Grouping.Articles {
		t.Errorf("CSV: %d rows for %d articles, JSON says %d for %d", rows, articles, res.Grouping.Hits, res.Grouping.Articles)
	}
	if _, ok := col["orgs"]; !ok {
		t.Errorf("CSV header %q has no orgs column", recs[0])
	}
}

// TestShowSeparatesValues: a topic with a comma in its name stays one
// topic to the eye.
func TestShowSeparatesValues(t *testing.T) {
	var b strings.Builder
	writeArticle(&b, service.Article{ID: "x", Title: "T", Topics: []string{"conflict, war and peace", "diplomacy"},
		Persons: []string{"Sergei Lavrov", "Hoshyar Zebari"}})
	for _, want := range []string{"topics:    conflict, war and peace; diplomacy\n", "persons:   Sergei Lavrov; Hoshyar Zebari\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("show lacks %q:\n%s", want, b.String())
		}
	}
}

func TestCompareSeriesFlags(t *testing.T) {
	dir := sample(t)
	cmp := decode[service.Compared](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "year", "--all-versions", "Iraq",
		"--compare", "--country Syria Iraq", "--compare", `--person "Sergei Lavrov" --country Iraq`, "--compare", `"foreign debt" -Paris`))
	if len(cmp.Series) != 4 {
		t.Fatalf("%d series", len(cmp.Series))
	}
	// Each compared series counts what the same search finds.
	for i, args := range [][]string{
		{"Iraq"},
		{"--country", "Syria", "Iraq"},
		{"--person", "Sergei Lavrov", "--country", "Iraq"},
		{`"foreign debt" -Paris`},
	} {
		res := decode[service.Result](t, mustRun(t, append([]string{"--archive", dir, "--json", "--all-versions"}, args...)...))
		if cmp.Series[i].Total != res.Total {
			t.Errorf("series %d (%s): %d articles, search %q finds %d", i, cmp.Series[i].Query, cmp.Series[i].Total, args, res.Total)
		}
	}
	if cmp.Series[1].Total >= cmp.Series[0].Total || cmp.Series[1].Total == 0 {
		t.Errorf("--country Syria Iraq (%d) not narrower than Iraq (%d)", cmp.Series[1].Total, cmp.Series[0].Total)
	}
	out := mustRun(t, "timeline", "--archive", dir, "--by", "year", "Iraq", "--compare", "--country Syria Iraq")
	if !strings.Contains(out, "Iraq (country Syria): ") {
		t.Errorf("series not named by query and filters:\n%s", out)
	}
	if code, _, errs := run(t, "timeline", "--archive", dir, "debt", "--compare", "--colour red debt"); code != 2 || !strings.Contains(errs, "--compare") {
		t.Errorf("--compare with an unknown flag: exit %d, %s", code, errs)
	}
}

func TestSmallDefects(t *testing.T) {
	dir := sample(t)
	code, _, errs := run(t, "quotes", "--archive", dir, "--facets", "Lavrov")
	if code != 2 || !strings.Contains(errs, "--facets does not apply to quotes") {
		t.Errorf("quotes --facets: exit %d, %s", code, errs)
	}
	_, _, help := run(t, "timeline", "--help")
	for _, f := range []string{"table", "ris", "bibtex"} {
		if line := flagLine(help, "--format"); line == "" || strings.Contains(line, f) {
			t.Errorf("timeline --help offers %s: %q", f, line)
		}
	}
	if code, _, _ := run(t, "timeline", "--archive", dir, "--format", "table", "Iraq"); code != 2 {
		t.Errorf("timeline --format table: exit %d, want 2", code)
	}
	_, _, help = run(t, "quotes", "--help")
	if strings.Contains(help, "--facets") || strings.Contains(flagLine(help, "--format"), "table") {
		t.Errorf("quotes --help offers --facets or table:\n%s", help)
	}
}

// flagLine returns the line of a help text that describes flag.
func flagLine(help, flag string) string {
	for line := range strings.Lines(help) {
		if strings.Contains(line, flag+" ") {
			return line
		}
	}
	return ""
}

// TestFormatPerCommand checks that each subcommand takes its own output
// formats and that a refused one is answered with that subcommand's list.
func TestFormatPerCommand(t *testing.T) {
	dir := sample(t)
	for _, tc := range []struct {
		args []string
		want string // in the usage error
	}{
		{[]string{"--format", "xml", "Iraq"}, `--format "xml": use text, table, json, jsonl, csv, ris or bibtex`},
		{[]string{"similar", "--format", "xml", "cw-2004-0355"}, `similar --format "xml": use text, table, json, jsonl, csv, ris or bibtex`},
		{[]string{"quotes", "--format", "xml", "Iraq"}, `quotes --format "xml": use text, json, jsonl or csv`},
		{[]string{"quotes", "--format", "table", "Iraq"}, `quotes --format "table": use text, json, jsonl or csv`},
		{[]string{"quotes", "--format", "ris", "Iraq"}, `quotes --format ris: use text, json, jsonl or csv (with --cite for citations)`},
		{[]string{"timeline", "--format", "xml", "Iraq"}, `timeline --format "xml": use text, json or csv`},
		{[]string{"timeline", "--format", "jsonl", "Iraq"}, `timeline --format "jsonl": use text, json or csv`},
		{[]string{"timeline", "--json", "--format", "csv", "Iraq"}, `--json and --format csv disagree`},
	} {
		args := append([]string{"--archive", dir}, tc.args...)
		code, _, errs := run(t, args...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("search %q: exit %d, stderr %q; want exit 2 and %q", tc.args, code, errs, tc.want)
		}
	}
}

// TestUnknownID checks that an id the archive does not hold is a failure
// (exit 1) that says so, for each subcommand that takes an id, and not a
// usage error about the query.
func TestUnknownID(t *testing.T) {
	dir := sample(t)
	for _, cmd := range []string{"show", "similar"} {
		code, _, errs := run(t, cmd, "--archive", dir, "no-such-id")
		if code != 1 || !strings.Contains(errs, `article "no-such-id": no such article`) || strings.Contains(errs, "bad query") {
			t.Errorf("%s no-such-id: exit %d, %q; want exit 1 naming the article", cmd, code, errs)
		}
	}
}

// TestShowCite checks that show --cite gives each article the citation a
// search's --cite gives its hit, in text and in JSON.
func TestShowCite(t *testing.T) {
	dir := sample(t)
	var all struct {
		Hits []struct {
			ID       string `json:"id"`
			Citation string `json:"citation"`
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--archive", dir, "--json", "--cite", "--all-versions", "--size", "100", "")), &all); err != nil {
		t.Fatal(err)
	}
	if len(all.Hits) < 10 {
		t.Fatalf("%d hits, want the sample's articles", len(all.Hits))
	}
	for _, h := range all.Hits {
		var shown struct {
			Citation string `json:"citation"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, "show", "--archive", dir, "--json", "--cite", h.ID)), &shown); err != nil {
			t.Fatal(err)
		}
		text := mustRun(t, "show", "--archive", dir, "--cite", h.ID)
		if h.Citation == "" || shown.Citation != h.Citation || !strings.Contains(text, "\ncite:      "+h.Citation+"\n") {
			t.Errorf("show --cite %s: JSON %q, text %q; want %q", h.ID, shown.Citation, text, h.Citation)
		}
	}
	// without --cite, no citation
	if out := mustRun(t, "show", "--archive", dir, "--json", all.Hits[0].ID); strings.Contains(out, `"citation"`) {
		t.Errorf("show --json without --cite has a citation:\n%s", out)
	}
}
