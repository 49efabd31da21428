package indexcmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddSource: --source names the source of pages that do not say it;
// a page's own Source line wins; show and export give the byline apart
// from the text.
func TestAddSource(t *testing.T) {
	in := t.TempDir()
	for name, text := range map[string]string{
		"talks.txt": "Envoys Meet in Geneva\n\nBy Jane Doe, diplomatic correspondent\n\nPublished: 24 July 2004\n\nThe envoys met for three hours on Saturday.\n\nThey will meet again in April.\n\nShare this article\n",
		"own.txt":   "Minister Arrives in Doha\nSource: Lakeside Herald\n\nThe minister arrived on Tuesday at the start of a tour.\n",
	} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	mustAdd(t, dir, "--source", "Harbour Gazette", in)
	out := filepath.Join(t.TempDir(), "all.jsonl")
	if code, _, stderr := run(t, "export", "--archive", dir, "-o", out); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]any{}
	for l := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
		var a map[string]any
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		got[a["title"].(string)] = a
	}
	talks := got["Envoys Meet in Geneva"]
	if talks["source"] != "Harbour Gazette" || talks["byline"] != "Jane Doe" || talks["date"] != "2004-07-24" ||
		talks["body"] != "The envoys met for three hours on Saturday.\n\nThey will meet again in April." {
		t.Errorf("talks: %v", talks)
	}
	if got["Minister Arrives in Doha"]["source"] != "Lakeside Herald" {
		t.Errorf("a page's own source: %v", got["Minister Arrives in Doha"])
	}
	code, show, errs := search(t, "show", "--archive", dir, talks["id"].(string))
	if code != 0 || !strings.Contains(show, "Jane Doe") || strings.Contains(show, "By Jane Doe") {
		t.Errorf("show (%d %s):\n%s", code, errs, show)
	}
}
