package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestRunErrors(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"--split", "test"}, 2, "Try:"},
		{[]string{"--half", "c"}, 2, "--half must be a or b"},
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
