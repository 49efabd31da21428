package entities

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAliasesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "aliases.tsv")

	a, err := LoadAliases(path)
	if err != nil {
		t.Fatalf("missing file: %v", err)
	}
	empty := a.Hash()
	if (*Aliases)(nil).Hash() != empty {
		t.Error("nil and empty aliases hash differently")
	}
	if err := a.Set("person", "Sergey Lavrov", "Sergei Lavrov"); err != nil {
		t.Fatal(err)
	}
	if err := a.Set("country", "Burma", "Myanmar"); err != nil {
		t.Fatal(err)
	}
	if a.Hash() == empty {
		t.Error("hash did not change after Set")
	}
	if err := a.Save(path); err != nil {
		t.Fatal(err)
	}
	b, err := LoadAliases(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Hash() != a.Hash() {
		t.Error("hash changed across Save and Load")
	}
	if got := b.Lookup("person", "SERGEY  Lavrov"); got != "Sergei Lavrov" {
		t.Errorf("Lookup = %q", got)
	}
	if got := b.Lookup("org", "Sergey Lavrov"); got != "Sergey Lavrov" {
		t.Errorf("Lookup of another kind = %q", got)
	}
	// setting a variant to itself removes it
	if err := b.Set("country", "Burma", "burma"); err != nil {
		t.Fatal(err)
	}
	if got := b.Lookup("country", "Burma"); got != "Burma" {
		t.Errorf("after removal Lookup = %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("Save left %d files in the folder, want 1", len(entries))
	}
}

func TestAliasesErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "aliases.tsv")
	tests := []struct {
		text, want string
	}{
		{"# ok\nperson\tA B\tC D\nperson only two\n", "aliases.tsv:3:"},
		{"planet\tMars\tRed Planet\n", "aliases.tsv:1: unknown alias kind"},
		{"person\t\tC D\n", "aliases.tsv:1:"},
	}
	for _, tt := range tests {
		if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadAliases(path)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadAliases(%q) error = %v, want it to contain %q", tt.text, err, tt.want)
		}
	}
}
