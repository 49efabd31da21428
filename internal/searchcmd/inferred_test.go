package searchcmd

import (
	"chancery/internal/service"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/archive"
	"chancery/index"
	"chancery/ingest"
)

// inferBaker fills in "Baker" as an archive-wide registry would.
type inferBaker struct{}

func (inferBaker) Resolve(a *archive.Article) bool {
	for i, p := range a.Persons {
		if p == "Baker" {
			a.Persons[i] = "James Baker"
			a.Inferred = append(a.Inferred, archive.Inference{Person: "James Baker", From: "Baker", Evidence: "named in full in 3 Wire articles of 1986-1988 (first w-1)"})
			return true
		}
	}
	return false
}

// TestShowInferred checks that `search show` tells a person filled in from
// other articles from one the article names.
func TestShowInferred(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"w-9","title":"Talks","date":"1987-03-02","source":"Wire","body":"Baker said the talks with Colin Powell went well."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tag := fakeTagger{persons: []string{"Baker", "Colin Powell"}}
	if _, err := ingest.New(ix, tag, ingest.Options{Resolver: inferBaker{}}).Paths(context.Background(), []string{in}); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	out := mustRun(t, "show", "--archive", dir, "w-9")
	for _, want := range []string{`James Baker (inferred from "Baker"); Colin Powell`, `inferred:  James Baker for "Baker": named in full in 3 Wire articles`} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	j := decode[service.Article](t, mustRun(t, "show", "--archive", dir, "--json", "w-9"))
	if len(j.Inferred) != 1 || j.Inferred[0].From != "Baker" || j.Inferred[0].Person != "James Baker" {
		t.Errorf("show --json inferred = %+v", j.Inferred)
	}
}
