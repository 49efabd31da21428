package indexcmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chancery/archive"
)

// lavrov is an invented article whose extraction finds two persons.
const lavrov = `{"id":"p-1","title":"Lavrov meets envoys","date":"2004-07-24","body":"Russian Foreign Minister Sergei Lavrov met Alex Brown in Paris on Monday. Lavrov said talks on Iraq would go on.","source":"VOA"}` + "\n"

// exported returns the articles of `indexer export` by id.
func exported(t *testing.T, dir string) map[string]exportRecord {
	t.Helper()
	code, out, errs := run(t, "export", "--archive", dir)
	if code != 0 {
		t.Fatalf("export exited %d: %s", code, errs)
	}
	m := map[string]exportRecord{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r exportRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("export line %q: %v", line, err)
		}
		m[r.ID] = r
	}
	return m
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := run(t, args...)
	if code != 0 {
		t.Fatalf("indexer %v exited %d:\n%s%s", args, code, out, errs)
	}
	return errs
}

// TestCorrectionsStick: edits and tags survive re-ingest and retag,
// export carries them, an ingest of changed input is reported once as a
// conflict and keeps the correction, and the audit log has every step.
func TestCorrectionsStick(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(t.TempDir(), "p.jsonl")
	if err := os.WriteFile(input, []byte(lavrov), 0o644); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, dir, input)
	mustRun(t, "edit", "--archive", dir, "p-1", "--title", "Lavrov meets Brown", "--date", "2004-07-23", "--source", "Voice of America", "--byline", "A. Writer")
	mustRun(t, "tag", "--archive", dir, "p-1", "--remove", "person:Alex Brown", "--add", "org:Brown and Sons Inc", "--add", "person:Jane Roe", "--remove", "country:France", "--add", "topic:trade")

	check := func(when string) {
		t.Helper()
		r := exported(t, dir)["p-1"]
		if r.Title != "Lavrov meets Brown" || r.Date != "2004-07-23" || r.Source != "Voice of America" || r.Byline != "A. Writer" {
			t.Errorf("%s: fields %q %q %q %q", when, r.Title, r.Date, r.Source, r.Byline)
		}
		if slices.Contains(r.Persons, "Alex Brown") || !slices.Contains(r.Persons, "Jane Roe") || !slices.Contains(r.Persons, "Sergei Lavrov") {
			t.Errorf("%s: persons %q", when, r.Persons)
		}
		if !slices.Contains(r.Orgs, "Brown and Sons Inc") || !slices.Contains(r.Topics, "trade") {
			t.Errorf("%s: orgs %q topics %q", when, r.Orgs, r.Topics)
		}
		for _, c := range r.Countries {
			if c.Code == "FR" {
				t.Errorf("%s: countries %v still hold France", when, r.Countries)
			}
		}
		if r.Correction == nil || r.Correction.Fields["title"].Now != "Lavrov meets Brown" {
			t.Errorf("%s: export carries correction %+v", when, r.Correction)
		}
		if n := searchTotal(t, dir, "--person", "Alex Brown", "envoys"); n != 0 {
			t.Errorf("%s: --person \"Alex Brown\" finds %d", when, n)
		}
		if n := searchTotal(t, dir, "--person", "Jane Roe", "--source", "Voice of America", "Brown"); n != 1 {
			t.Errorf("%s: --person \"Jane Roe\" --source finds %d", when, n)
		}
		if code, out, errs := run(t, "verify", "--archive", dir); code != 0 {
			t.Errorf("%s: verify exited %d:\n%s%s", when, code, out, errs)
		}
	}
	check("after the edits")
	if errs := mustAdd(t, dir, input); !strings.Contains(errs, "added 0, unchanged 1") {
		t.Errorf("re-ingest: %s", errs)
	}
	check("after re-ingest")
	mustRun(t, "retag", "--archive", dir)
	check("after retag")
	code, out, _ := search(t, "--archive", dir, "show", "p-1")
	if code != 0 || !strings.Contains(out, "corrected") {
		t.Errorf("show does not mark the corrected fields:\n%s", out)
	}

	// The input's title changes: a conflict, reported once; the
	// correction stays, the new body is taken.
	changed := strings.Replace(strings.Replace(lavrov, "Lavrov meets envoys", "Lavrov meets envoys again", 1), "would go on", "would go on next week", 1)
	if err := os.WriteFile(input, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := mustAdd(t, dir, input)
	if !strings.Contains(errs, "conflict: article p-1 was corrected") || !strings.Contains(errs, "the correction is kept; see `indexer log --id p-1`") || !strings.Contains(errs, "its title changed") || !strings.Contains(errs, "conflicts 1") {
		t.Errorf("ingest of changed input: %s", errs)
	}
	check("after the conflict")
	if n := searchTotal(t, dir, "next week"); n != 1 {
		t.Errorf("the new body is not indexed: %d", n)
	}
	if errs := mustAdd(t, dir, input); strings.Contains(errs, "conflict") {
		t.Errorf("the conflict is reported again: %s", errs)
	}
	// --clear goes back to the input's (new) title.
	mustRun(t, "edit", "--archive", dir, "p-1", "--clear", "title")
	if r := exported(t, dir)["p-1"]; r.Title != "Lavrov meets envoys again" {
		t.Errorf("after --clear title: %q", r.Title)
	}

	code, out, errs = run(t, "log", "--archive", dir, "--id", "p-1", "--json")
	if code != 0 {
		t.Fatalf("log exited %d: %s", code, errs)
	}
	var actions []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e archive.AuditEntry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if e.User == "" || e.Time.IsZero() || e.Command == "" {
			t.Errorf("log entry without user, time or command: %s", line)
		}
		actions = append(actions, e.Action)
	}
	if want := []string{"edit", "tag", "conflict", "edit"}; !slices.Equal(actions, want) {
		t.Errorf("log --id p-1 actions %q, want %q", actions, want)
	}
	code, out, _ = run(t, "log", "--archive", dir)
	if code != 0 || strings.Count(out, " ingest         indexer add") != 4 || !strings.Contains(out, " retag ") || !strings.Contains(out, "before: ") {
		t.Errorf("log:\n%s", out)
	}
}

// TestTakedown: rm removes from store and index and survives re-ingest
// (reported as skipped); unrm brings the article back as it was.
func TestTakedown(t *testing.T) {
	dir := t.TempDir()
	input := writeArticles(t, 20)
	mustAdd(t, dir, input)
	if code, _, errs := run(t, "rm", "--archive", dir, "art-007"); code != 2 || !strings.Contains(errs, "--reason") {
		t.Errorf("rm without --reason exited %d: %s", code, errs)
	}
	mustRun(t, "rm", "--archive", dir, "art-007", "art-008", "--reason", "court order 12/2026")
	if n := searchTotal(t, dir, "uniq7"); n != 0 {
		t.Errorf("removed article found: %d", n)
	}
	errs := mustAdd(t, dir, input)
	if !strings.Contains(errs, "article art-007 was removed (court order 12/2026") || !strings.Contains(errs, "skipped; `indexer unrm art-007` brings it back") || !strings.Contains(errs, "removed 2 (skipped)") || !strings.Contains(errs, "unchanged 18") {
		t.Errorf("re-ingest after rm: %s", errs)
	}
	if n := searchTotal(t, dir, "uniq7"); n != 0 {
		t.Errorf("re-ingest brought the removed article back: %d", n)
	}
	if _, ok := exported(t, dir)["art-007"]; ok {
		t.Error("export holds the removed article")
	}
	if code, out, errs := run(t, "verify", "--archive", dir); code != 0 {
		t.Errorf("verify after rm exited %d:\n%s%s", code, out, errs)
	}
	mustRun(t, "unrm", "--archive", dir, "art-007")
	if n := searchTotal(t, dir, "uniq7"); n != 1 {
		t.Errorf("after unrm: %d", n)
	}
	if errs := mustAdd(t, dir, input); !strings.Contains(errs, "removed 1 (skipped)") || !strings.Contains(errs, "unchanged 19") {
		t.Errorf("re-ingest after unrm: %s", errs)
	}
	if code, _, errs := run(t, "unrm", "--archive", dir, "art-001"); code != 1 || !strings.Contains(errs, "not removed: art-001") {
		t.Errorf("unrm of a present article exited %d: %s", code, errs)
	}
	code, out, _ := run(t, "log", "--archive", dir, "--id", "art-008")
	if code != 0 || !strings.Contains(out, " rm ") || !strings.Contains(out, "court order 12/2026") {
		t.Errorf("log --id art-008:\n%s", out)
	}
	if code, out, _ := run(t, "log", "--archive", dir, "--since", "2000-01-01"); code != 0 || strings.Count(out, " unrm           indexer unrm") != 1 {
		t.Errorf("log --since 2000-01-01:\n%s", out)
	}
	if code, out, errs := run(t, "log", "--archive", dir, "--since", "2999-01-01"); code != 0 || out != "" || !strings.Contains(errs, "no entries") {
		t.Errorf("log --since 2999-01-01 exited %d:\n%s%s", code, out, errs)
	}
	if code, _, _ := run(t, "log", "--archive", dir, "--since", "yesterday"); code != 2 {
		t.Errorf("log --since yesterday exited %d, want 2", code)
	}
}

// TestAliasChecks: a person alias to a company's name is refused, alias
// rm works, and a source alias merges two sources after retag.
func TestAliasChecks(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, writeArticles(t, 12))
	code, _, errs := run(t, "alias", "--archive", dir, "set", "person", "Alex", "Brown and Sons Inc")
	if code != 1 || !strings.Contains(errs, "alias set org") {
		t.Errorf("person alias to a company exited %d: %s", code, errs)
	}
	mustRun(t, "alias", "--archive", dir, "set", "person", "Sergey Lavrov", "Sergei Lavrov")
	mustRun(t, "alias", "--archive", dir, "rm", "person", "Sergey Lavrov")
	if code, _, errs := run(t, "alias", "--archive", dir, "rm", "person", "Sergey Lavrov"); code != 1 || !strings.Contains(errs, "no person alias") {
		t.Errorf("alias rm of a missing alias exited %d: %s", code, errs)
	}
	mustRun(t, "alias", "--archive", dir, "set", "source", "Daily Two", "Wire One")
	mustRun(t, "retag", "--archive", dir)
	if n := searchTotal(t, dir, "--source", "Wire One", "envoys"); n != 8 {
		t.Errorf("after a source alias, --source \"Wire One\" finds %d, want 8", n)
	}
	code, out, _ := run(t, "log", "--archive", dir)
	if code != 0 || strings.Count(out, " alias          indexer alias") != 3 {
		t.Errorf("log does not hold the 3 alias changes:\n%s", out)
	}
}

// TestList: the housekeeping lists find undated, warned, corrected,
// removed articles and those of a source.
func TestList(t *testing.T) {
	dir := t.TempDir()
	extra := filepath.Join(t.TempDir(), "undated.jsonl")
	if err := os.WriteFile(extra, []byte(`{"id":"u-1","title":"Undated talks","body":"Envoys met at some point."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, dir, writeArticles(t, 9), extra)
	mustRun(t, "edit", "--archive", dir, "art-004", "--byline", "A. Writer")
	mustRun(t, "rm", "--archive", dir, "art-005", "--reason", "duplicate of art-004")
	lines := func(args ...string) []string {
		t.Helper()
		code, out, errs := run(t, append([]string{"list", "--archive", dir}, args...)...)
		if code != 0 {
			t.Fatalf("list %v exited %d: %s", args, code, errs)
		}
		return strings.Split(strings.TrimSpace(out), "\n")
	}
	if l := lines("--undated"); len(l) != 1 || !strings.HasPrefix(l[0], "u-1\tundated\tUndated talks\t") || !strings.Contains(l[0], "no date") {
		t.Errorf("--undated: %q", l)
	}
	if l := lines("--warned"); len(l) != 1 || !strings.HasPrefix(l[0], "u-1\t") {
		t.Errorf("--warned: %q", l)
	}
	if l := lines("--corrected"); len(l) != 1 || !strings.HasPrefix(l[0], "art-004\t") || !strings.HasSuffix(l[0], "corrected: byline") {
		t.Errorf("--corrected: %q", l)
	}
	if l := lines("--removed"); len(l) != 1 || !strings.HasPrefix(l[0], "art-005\t") || strings.Contains(l[0], "\tundated\t") || !strings.Contains(l[0], "duplicate of art-004") {
		t.Errorf("--removed: %q", l)
	}
	// Sources cycle Wire One, Daily Two, none; art-005 (none) is removed;
	// u-1 has no source.
	if l := lines("--source", "(none)"); len(l) != 3 {
		t.Errorf(`--source "(none)": %q`, l)
	}
	if l := lines("--source", "wire one"); len(l) != 3 {
		t.Errorf(`--source "wire one": %q`, l)
	}
	if code, _, _ := run(t, "list", "--archive", dir); code != 2 {
		t.Errorf("list without a flag exited %d", code)
	}
}

// TestMergeVersions: the two invented wire copies of testdata/versions are
// one story in searches; merging them leaves one article in facets and
// stats, keeps the other in its tombstone, and survives re-ingest.
func TestMergeVersions(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, "../../testdata/versions")
	code, out, _ := search(t, "--archive", dir, "--json", "--all-versions", "Lavrov")
	var res struct {
		Total int
		Hits  []struct{ ID string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || len(res.Hits) != 2 {
		t.Fatalf("search --all-versions: %d\n%s", code, out)
	}
	keep, dup := res.Hits[0].ID, res.Hits[1].ID
	mustRun(t, "merge", "--archive", dir, keep, dup)
	if n := searchTotal(t, dir, "--all-versions", "Lavrov"); n != 1 {
		t.Errorf("after merge: %d articles, want 1", n)
	}
	if errs := mustAdd(t, dir, "../../testdata/versions"); !strings.Contains(errs, "removed 1 (skipped)") {
		t.Errorf("re-ingest after merge: %s", errs)
	}
	code, out, _ = run(t, "list", "--archive", dir, "--removed")
	if code != 0 || !strings.Contains(out, dup) || !strings.Contains(out, "merged into "+keep) {
		t.Errorf("list --removed:\n%s", out)
	}
}

// TestExportLineCorrectionSticks: an edited line of `indexer export`
// ingested again corrects the article (reported as corrected, not as a
// silent replacement), a later ingest of the original source does not
// revert it, and a tag changed in the line is reported with the `indexer
// tag` command that sets it.
func TestExportLineCorrectionSticks(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(t.TempDir(), "p.jsonl")
	if err := os.WriteFile(input, []byte(lavrov), 0o644); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, dir, input)
	r := exported(t, dir)["p-1"]
	if r.Origin != input+":1" {
		t.Fatalf("export origin %q, want %s:1", r.Origin, input)
	}
	if !slices.Contains(r.Persons, "Alex Brown") {
		t.Fatalf("persons %q: the test needs Alex Brown", r.Persons)
	}
	r.Title, r.Date = "Lavrov meets Brown", "2004-07-23"
	r.Persons = slices.DeleteFunc(r.Persons, func(p string) bool { return p == "Alex Brown" })
	line, _ := json.Marshal(r)
	edited := filepath.Join(t.TempDir(), "edited.jsonl")
	if err := os.WriteFile(edited, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := mustAdd(t, dir, edited)
	if !strings.Contains(errs, "corrected 1") || !strings.Contains(errs, "article p-1 corrected from the export line: title, date") {
		t.Errorf("ingest of the edited line: %s", errs)
	}
	if !strings.Contains(errs, "indexer tag p-1 --remove person:'Alex Brown'") {
		t.Errorf("the tag difference does not name the command: %s", errs)
	}
	check := func(when string) {
		t.Helper()
		r := exported(t, dir)["p-1"]
		if r.Title != "Lavrov meets Brown" || r.Date != "2004-07-23" || r.Origin != input+":1" {
			t.Errorf("%s: title %q date %q origin %q", when, r.Title, r.Date, r.Origin)
		}
		if r.Correction == nil || r.Correction.Fields["title"].Was != "Lavrov meets envoys" || r.Correction.Fields["date"].Was != "2004-07-24" {
			t.Errorf("%s: correction %+v", when, r.Correction)
		}
	}
	check("after the edited line")
	errs = mustAdd(t, dir, input)
	if !strings.Contains(errs, "added 0, unchanged 1") || strings.Contains(errs, "conflict") {
		t.Errorf("re-ingest of the source: %s", errs)
	}
	check("after re-ingesting the source")
	// The same line again changes nothing.
	if errs = mustAdd(t, dir, edited); strings.Contains(errs, "corrected") || !strings.Contains(errs, "unchanged 1") {
		t.Errorf("the edited line again: %s", errs)
	}
	if code, out, errs := run(t, "verify", "--archive", dir); code != 0 {
		t.Errorf("verify exited %d:\n%s%s", code, out, errs)
	}
	// A date that does not read in an edited line leaves the date (and
	// its correction) as it was, and says so.
	bad := strings.Replace(string(line), `"date":"2004-07-23"`, `"date":"2004-02-31"`, 1)
	if bad == string(line) {
		t.Fatalf("the line has no date to break: %s", line)
	}
	badPath := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(badPath, []byte(bad+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if errs := mustAdd(t, dir, badPath); !strings.Contains(errs, "date does not read") || strings.Contains(errs, "corrected from the export line") {
		t.Errorf("a line with a bad date:\n%s", errs)
	}
	check("after a line with a bad date")
	// Into a new archive the line is the input: its tags are compared with
	// what extraction gives, after the ingest, and only the one changed by
	// hand is reported.
	errs = mustAdd(t, t.TempDir(), edited)
	if strings.Count(errs, "tags differ") != 1 || !strings.Contains(errs, "indexer tag p-1 --remove person:'Alex Brown'") {
		t.Errorf("edited line into a new archive:\n%s", errs)
	}
}

// TestSourceCorrectionBeatsAlias: a source set by hand stays as the
// librarian wrote it through a retag and a re-ingest, even when a source
// alias names it or the input's source.
func TestSourceCorrectionBeatsAlias(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(t.TempDir(), "p.jsonl")
	if err := os.WriteFile(input, []byte(lavrov), 0o644); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, dir, input)
	mustRun(t, "edit", "--archive", dir, "p-1", "--source", "VOA News")
	mustRun(t, "alias", "set", "--archive", dir, "source", "VOA", "Voice of America")
	mustRun(t, "alias", "set", "--archive", dir, "source", "VOA News", "Voice of America")
	for _, step := range []struct {
		name string
		args []string
	}{{"retag", []string{"retag", "--archive", dir}}, {"re-ingest", []string{"add", "--archive", dir, input}}} {
		mustRun(t, step.args...)
		if r := exported(t, dir)["p-1"]; r.Source != "VOA News" {
			t.Errorf("after %s: source %q, want the correction's VOA News", step.name, r.Source)
		}
		if n := searchTotal(t, dir, "--source", "VOA News"); n != 1 {
			t.Errorf("after %s: --source \"VOA News\" finds %d", step.name, n)
		}
	}
}

// TestCorrectionsCarriedByExport: an export ingested into a new archive
// keeps its corrections as corrections there (fields and tags), reports
// no tag difference, and a later ingest of the original source into the
// new archive does not revert them.
func TestCorrectionsCarriedByExport(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	input := filepath.Join(t.TempDir(), "p.jsonl")
	if err := os.WriteFile(input, []byte(lavrov), 0o644); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, a, input)
	mustRun(t, "edit", "--archive", a, "p-1", "--title", "Lavrov meets Brown")
	mustRun(t, "tag", "--archive", a, "p-1", "--remove", "person:Alex Brown", "--add", "topic:trade")
	exp := filepath.Join(t.TempDir(), "a.jsonl")
	mustRun(t, "export", "--archive", a, "-o", exp)
	errs := mustAdd(t, b, exp)
	if strings.Contains(errs, "tags differ") || !strings.Contains(errs, "corrected 1") {
		t.Errorf("export into a new archive:\n%s", errs)
	}
	check := func(when string) {
		t.Helper()
		ra, rb := exported(t, a)["p-1"], exported(t, b)["p-1"]
		ja, _ := json.Marshal(ra)
		jb, _ := json.Marshal(rb)
		if string(ja) != string(jb) {
			t.Errorf("%s: the new archive's article differs:\n%s\n%s", when, ja, jb)
		}
		if rb.Correction == nil || rb.Correction.Fields["title"].Was != "Lavrov meets envoys" || slices.Contains(rb.Persons, "Alex Brown") {
			t.Errorf("%s: correction %+v, persons %q", when, rb.Correction, rb.Persons)
		}
	}
	check("after the import")
	if errs := mustAdd(t, b, input); !strings.Contains(errs, "unchanged 1") || strings.Contains(errs, "conflict") {
		t.Errorf("the original source into the new archive: %s", errs)
	}
	check("after the original source")
	// A correction that does not hold is reported and left out; the line
	// is ingested as it stands.
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	line := `{"id":"q-1","title":"Envoys meet","body":"Envoys met.","origin":"x.txt:1","correction":{"fields":{"colour":{"was":"red","now":"blue"}}}}`
	if err := os.WriteFile(bad, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := t.TempDir()
	if errs := mustAdd(t, c, bad); !strings.Contains(errs, "article q-1: the correction the line carries is left out") || !strings.Contains(errs, "added 1") {
		t.Errorf("a bad carried correction:\n%s", errs)
	}
}

// TestTagRemoveMustName: a removal must name a tag the article has; one
// that does not (a misspelt name) is refused with the article's tags of
// that kind, and nothing is changed or logged.
func TestTagRemoveMustName(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, sample)
	_, before, _ := run(t, "export", "--archive", dir)
	_, logBefore, _ := run(t, "log", "--archive", dir)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--remove", "person:Sergei Lavrof"}, `cw-2004-0355 has no person "Sergei Lavrof" (its persons: Sergei Lavrov; Hoshyar Zebari): nothing changed`},
		{[]string{"--remove", "person:sergei lavrov"}, `has no person "sergei lavrov"`},
		{[]string{"--add", "topic:trade", "--remove", "org:NATO"}, `has no org "NATO" (its organizations: Paris Club)`},
		{[]string{"--remove", "country:France"}, `has no country "France" (its countries: Russia; Iraq)`},
	} {
		code, _, stderr := run(t, append([]string{"tag", "--archive", dir, "cw-2004-0355"}, tc.args...)...)
		if code != 1 || !strings.Contains(stderr, tc.want) {
			t.Errorf("tag %q: exit %d, %q; want 1 and %q", tc.args, code, stderr, tc.want)
		}
	}
	_, after, _ := run(t, "export", "--archive", dir)
	_, logAfter, _ := run(t, "log", "--archive", dir)
	if after != before || logAfter != logBefore {
		t.Errorf("a refused tag changed the archive or its log")
	}
	// A tag it has is removed; a country is named by its ISO code as well
	// as its name, and a name that stands for several is refused.
	mustRun(t, "tag", "--archive", dir, "cw-2004-0355", "--remove", "country:RU", "--add", "country:gbr")
	if _, out, _ := search(t, "show", "--archive", dir, "cw-2004-0355"); strings.Contains(out, "Russia (RU)") || !strings.Contains(out, "United Kingdom (GB)") {
		t.Errorf("country RU not removed or GBR not added:\n%s", out)
	}
	if code, _, stderr := run(t, "tag", "--archive", dir, "cw-2004-0355", "--add", "country:Korea"); code != 1 || !strings.Contains(stderr, `country "Korea" stands for South Korea, North Korea: give one of them`) {
		t.Errorf("tag country:Korea: exit %d, %q", code, stderr)
	}
}

// TestRmTwice: removing or merging an article removed already says so,
// with when and why and how to bring it back, not that there is no such
// article; an id never stored is named as such.
func TestRmTwice(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, sample)
	mustRun(t, "rm", "--archive", dir, "cw-2004-0355", "--reason", "licence withdrawn")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"rm", "cw-2004-0355", "--reason", "again"}, []string{`cw-2004-0355 was removed already (`, `"licence withdrawn"): ` + "`indexer unrm cw-2004-0355` brings it back (nothing done for it)"}},
		{[]string{"merge", "cw-2005-0202", "cw-2004-0355", "no-such-id"}, []string{"cw-2004-0355 was removed already", "; no such article: no-such-id (nothing done for them)"}},
		{[]string{"rm", "no-such-id", "--reason", "x"}, []string{"indexer: no such article: no-such-id (nothing done for it)"}},
	} {
		code, _, stderr := run(t, append(tc.args, "--archive", dir)...)
		for _, w := range tc.want {
			if code != 1 || !strings.Contains(stderr, w) {
				t.Errorf("indexer %q: exit %d, %q; want 1 and %q", tc.args, code, stderr, w)
			}
		}
	}
}

// TestAliasBeforeFirstIngest: an alias may be set before the archive
// exists (the command says so), and the first ingest applies it.
func TestAliasBeforeFirstIngest(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	errs := mustRun(t, "alias", "--archive", dir, "set", "source", "Chancery Wire", "The Chancery Wire")
	if !strings.Contains(errs, "holds no archive yet") {
		t.Errorf("alias set on a new folder does not say it is new: %q", errs)
	}
	mustAdd(t, dir, sample)
	if _, out, _ := search(t, "--archive", dir, "--json", "--source", "The Chancery Wire", "--size", "1", ""); !strings.Contains(out, `"source": "The Chancery Wire"`) {
		t.Errorf("the first ingest did not apply the alias:\n%s", out)
	}
	// Once the archive exists, no such note.
	if errs := mustRun(t, "alias", "--archive", dir, "set", "source", "Gazette Wire", "The Gazette"); strings.Contains(errs, "holds no archive yet") {
		t.Errorf("alias set on an archive says it has none: %q", errs)
	}
}
