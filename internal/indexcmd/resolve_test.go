package indexcmd

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"chancery/archive"
)

// resolveFixture writes invented articles in which "James Baker" is named
// in full several times and "Baker" alone in others, as JSON Lines.
func resolveFixture(t *testing.T) string {
	t.Helper()
	bodies := []string{
		"Secretary of State James Baker met Soviet Foreign Minister Eduard Shevardnadze in Moscow on Monday to discuss arms control.",
		"U.S. Secretary of State James Baker said on Tuesday that talks with Syria on the Middle East would resume next week.",
		"James Baker arrived in Damascus for talks with President Hafez al-Assad, officials said.",
		"Baker told reporters in Geneva that the United States wanted a peace conference before the end of the year.",
		"The talks ended without agreement, Baker said, but both sides would meet again in Cairo.",
		"Foreign Minister Eduard Shevardnadze said the Soviet Union backed the plan Baker put forward in Geneva.",
	}
	type rec struct{ id, source, date, body string }
	var recs []rec
	for i, body := range bodies {
		recs = append(recs, rec{fmt.Sprintf("baker-%d", i), "Wire", fmt.Sprintf("1991-07-%02d", i+1), body})
	}
	// a bare Baker of another source, of another decade, and of an article
	// that names its own Baker in full: none of them is James Baker
	recs = append(recs,
		rec{"other-source", "Gazette", "1991-07-09", "Baker told reporters in Geneva that talks would resume."},
		rec{"other-decade", "Wire", "2004-07-09", "Baker told reporters in Geneva that talks would resume."},
		rec{"own-name", "Wire", "1991-07-10", "White House Chief of Staff Howard Baker met senators. Baker told reporters the talks went well."},
	)
	var b strings.Builder
	for _, r := range recs {
		line, err := json.Marshal(map[string]string{
			"id": r.id, "title": "Talks", "date": r.date, "source": r.source, "body": r.body,
		})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "baker.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var changedRE = regexp.MustCompile(`names resolved across the archive: (\d+) articles changed`)

// TestResolveFirstLoadAsStoreScan checks that a first load, which counts
// names while it writes and finds the articles to change through the
// index, leaves the archive as the pass over the store does.
func TestResolveFirstLoadAsStoreScan(t *testing.T) {
	in := resolveFixture(t)

	first := t.TempDir()
	stderr := mustAdd(t, first, in)
	m := changedRE.FindStringSubmatch(stderr)
	if m == nil || m[1] == "0" {
		t.Fatalf("first load: want some articles changed by name resolution, got:\n%s", stderr)
	}

	scanned := t.TempDir()
	mustAdd(t, scanned, "--resolve-names", "never", in)
	// The archive is not empty now: --resolve-names always passes over the store.
	stderr = mustAdd(t, scanned, "--resolve-names", "always", in)
	if m2 := changedRE.FindStringSubmatch(stderr); m2 == nil || m2[1] != m[1] {
		t.Fatalf("store pass: want %s articles changed, got:\n%s", m[1], stderr)
	}

	a, b := export(t, first), export(t, scanned)
	if a != b {
		t.Errorf("archives differ\nfirst load:\n%s\nstore pass:\n%s", a, b)
	}
	// a retag extracts again and decides again: the same archive
	if code, _, stderr := run(t, "retag", "--archive", scanned); code != 0 {
		t.Fatalf("retag: %s", stderr)
	}
	if c := export(t, scanned); c != a {
		t.Errorf("retag changed the archive\nbefore:\n%s\nafter:\n%s", a, c)
	}
	persons := map[string]string{}
	inferred := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(a), "\n") {
		var r struct {
			ID       string
			Persons  []string
			Inferred []struct{ Person, From, Evidence string }
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		persons[r.ID] = strings.Join(r.Persons, "; ")
		for _, in := range r.Inferred {
			inferred[r.ID] = in.Person + " <- " + in.From + ": " + in.Evidence
		}
	}
	for id, want := range map[string]string{
		"baker-3":      "James Baker",
		"baker-4":      "James Baker",
		"other-source": "Baker",
		"other-decade": "Baker",
		"own-name":     "Howard Baker",
	} {
		if !strings.HasPrefix(persons[id], want) || strings.Contains(persons[id], "James Baker") != (want == "James Baker") {
			t.Errorf("%s: persons %q, want %q first", id, persons[id], want)
		}
	}
	if got := inferred["baker-3"]; !strings.HasPrefix(got, "James Baker <- Baker: named in full in 3 Wire articles of 1990-1992 (first baker-0)") {
		t.Errorf("baker-3 inferred %q", got)
	}
	for _, id := range []string{"baker-0", "other-source", "other-decade", "own-name"} {
		if inferred[id] != "" {
			t.Errorf("%s: named in the article, yet inferred %q", id, inferred[id])
		}
	}
}

func export(t *testing.T, dir string) string {
	t.Helper()
	code, out, stderr := run(t, "export", "--archive", dir)
	if code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	// Where each article was read from differs between archives built
	// from different files; what they hold does not.
	return originRE.ReplaceAllString(out, "")
}

// originRE matches the origin field of an export line.
var originRE = regexp.MustCompile(`,"origin":"(?:[^"\\]|\\.)*"`)

// TestResolveDoubledNames is the shape of a large synthetic archive in
// which a few articles print their most common name twice in a row ("Anna
// Kovac Anna Kovac"): the doubled name must be no person, and resolution
// must leave the articles that name the person in full alone.
func TestResolveDoubledNames(t *testing.T) {
	var b strings.Builder
	sources := []string{"Wire", "Gazette"}
	n := 0
	for i := 0; i < 400; i++ {
		body := fmt.Sprintf("Foreign Minister Anna Kovac said on Monday that talks would resume. Trade Minister Pavel Rusu of Moldova agreed. Kovac told reporters the plan was item %d.", i)
		if i%20 == 3 && n < 17 {
			body = strings.Replace(body, "Anna Kovac", "Anna Kovac Anna Kovac", 1)
			n++
		}
		if i%50 == 7 {
			body = fmt.Sprintf("Rusu said the plan, item %d, would be signed next week.", i)
		}
		line, err := json.Marshal(map[string]string{
			"id": fmt.Sprintf("syn-%04d", i), "title": "Talks", "source": sources[i%2],
			"date": fmt.Sprintf("%d-03-%02d", 2001+i%4, 1+i%28), "body": body,
		})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "doubled.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stderr := mustAdd(t, dir, path)
	m := changedRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no resolution summary:\n%s", stderr)
	}
	// only the articles naming Rusu alone change
	if m[1] != "8" {
		t.Errorf("want 8 articles changed (the bare Rusu ones), got:\n%s", stderr)
	}
	out := export(t, dir)
	if strings.Contains(out, `"Anna Kovac Anna Kovac"`) {
		t.Error("a doubled name is a person")
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			ID       string
			Persons  []string
			Inferred []struct{ Person, From string }
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		for _, in := range r.Inferred {
			if in.Person != "Pavel Rusu" || in.From != "Rusu" {
				t.Errorf("%s: inferred %+v", r.ID, in)
			}
		}
		if !strings.HasPrefix(r.ID, "syn-") || len(r.Persons) == 0 {
			t.Errorf("%s: persons %q", r.ID, r.Persons)
		}
	}
}

// TestResolveFromSavedCounts adds an archive in two runs: the second
// counts only its own articles on top of the counts the first saved (one
// full "James Baker", too little alone), and must leave the archive as one
// run over both inputs does.
func TestResolveFromSavedCounts(t *testing.T) {
	in := resolveFixture(t)
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(data)), "\n")
	half := filepath.Join(t.TempDir(), "first.jsonl")
	rest := filepath.Join(t.TempDir(), "rest.jsonl")
	// the first run names James Baker in full once: too little to decide
	if err := os.WriteFile(half, []byte(strings.Join(lines[:1], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(rest, []byte(strings.Join(lines[1:], "")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	once := t.TempDir()
	mustAdd(t, once, in)
	twice := t.TempDir()
	mustAdd(t, twice, half)
	st, err := archive.Open(twice, archive.StoreOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if loadCounts(st, 1) == nil || loadCounts(st, 2) != nil {
		t.Error("the first run's counts do not load for its one article, or load for two")
	}
	st.Close()
	stderr := mustAdd(t, twice, rest)
	if m := changedRE.FindStringSubmatch(stderr); m == nil || m[1] == "0" {
		t.Fatalf("second run: want articles changed by resolution, got:\n%s", stderr)
	}
	if a, b := export(t, once), export(t, twice); a != b {
		t.Errorf("archives differ\none run:\n%s\ntwo runs:\n%s", a, b)
	}
}
