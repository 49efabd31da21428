package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/entities/eval"
)

func TestRunErrors(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"--split", "test"}, 2, "Try:"},
		{[]string{"--half", "c"}, 2, "--half must be a or b"},
		{[]string{"--text-form", "lower"}, 2, "--text-form must be upper or lead"},
		{[]string{"--corpora", t.TempDir(), "--model", "/nonexistent/a.model"}, 1, "read persons model"},
		{[]string{"--corpora", "/nonexistent/corpora"}, 1, "not found"},
		{[]string{"--corpora", t.TempDir()}, 1, "no corpus files"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if code := run(context.Background(), tt.args, &out, &errb); code != tt.code || !strings.Contains(errb.String(), tt.inStderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tt.args, code, errb.String(), tt.code, tt.inStderr)
		}
	}
}

// TestEmbeddedModelRetrains checks that the embedded persons model is what
// "evaluate --train" writes from the code as it is: the model's features
// read the word lists and gazetteers, so a change to them (or to the
// features) needs the model retrained with the command in docs/QUALITY.md.
func TestEmbeddedModelRetrains(t *testing.T) {
	if _, err := eval.FindCorpora("."); err != nil {
		t.Skipf("no research corpora: %v", err)
	}
	if testing.Short() {
		t.Skip("trains the persons model (about 5 s)")
	}
	out := filepath.Join(t.TempDir(), "persons.model")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"--train", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("evaluate --train: exit %d: %s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "entities", "data", "persons.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("evaluate --train wrote %d bytes that differ from entities/data/persons.model (%d bytes): retrain it with go run ./cmd/evaluate --train entities/data/persons.model", len(got), len(want))
	}
}
