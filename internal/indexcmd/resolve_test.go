package indexcmd

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
	var b strings.Builder
	for i, body := range bodies {
		line, err := json.Marshal(map[string]string{
			"id": fmt.Sprintf("baker-%d", i), "title": "Talks", "date": fmt.Sprintf("1991-07-%02d", i+1), "body": body,
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
	if !strings.Contains(a, "James Baker") || regexp.MustCompile(`"Baker"`).MatchString(a) {
		t.Errorf("want every Baker resolved to James Baker:\n%s", a)
	}
}

func export(t *testing.T, dir string) string {
	t.Helper()
	code, out, stderr := run(t, "export", "--archive", dir)
	if code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	return out
}
