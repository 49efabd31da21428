package cli

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/spf13/pflag"
)

func TestReport(t *testing.T) {
	errQuery := errors.New("bad query")
	for _, tc := range []struct {
		name string
		err  error
		code int
		out  string
	}{
		{"ok", nil, ExitOK, ""},
		{"help", fmt.Errorf("parse: %w", pflag.ErrHelp), ExitOK, ""},
		{"reported", fmt.Errorf("some input was rejected: %w", ErrReported), ExitFail, ""},
		{"usage", Usagef("--size must be 1 or more, not %d", 0), ExitUsage, "prog: --size must be 1 or more, not 0\nTry: prog --help\n"},
		{"usage hint", &UsageError{Message: "no query", Hint: "prog QUERY"}, ExitUsage, "prog: no query\nTry: prog QUERY\n"},
		{"usage by kind", fmt.Errorf("%w: unbalanced parenthesis", errQuery), ExitUsage, "prog: bad query: unbalanced parenthesis\nTry: prog --help\n"},
		{"failure", errors.New("disk full"), ExitFail, "prog: disk full\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			code := Report("prog", tc.err, "/a", &b, func(err error) bool { return errors.Is(err, errQuery) })
			if code != tc.code || b.String() != tc.out {
				t.Errorf("Report(%v) = %d, %q; want %d, %q", tc.err, code, b.String(), tc.code, tc.out)
			}
		})
	}
}

func TestDefaultArchive(t *testing.T) {
	t.Setenv("CHANCERY_ARCHIVE", "/x/arch")
	t.Setenv("XDG_DATA_HOME", "/x/data")
	t.Setenv("HOME", "/x/home")
	if d, err := DefaultArchive(); err != nil || d != "/x/arch" {
		t.Errorf("with CHANCERY_ARCHIVE: %q, %v", d, err)
	}
	t.Setenv("CHANCERY_ARCHIVE", "")
	if d, _ := DefaultArchive(); d != filepath.Join("/x/data", "chancery") {
		t.Errorf("with XDG_DATA_HOME: %q", d)
	}
	t.Setenv("XDG_DATA_HOME", "")
	if d, _ := DefaultArchive(); d != filepath.Join("/x/home", ".local", "share", "chancery") {
		t.Errorf("with HOME only: %q", d)
	}
	var a Archive
	fs := NewFlagSet("t", "", &bytes.Buffer{})
	a.AddFlag(fs)
	if err := Parse(fs, []string{"--archive", "/given"}); err != nil {
		t.Fatal(err)
	}
	if d, _ := a.Dir(); d != "/given" {
		t.Errorf("--archive /given: Dir %q", d)
	}
	var ue *UsageError
	if err := Parse(fs, []string{"--no-such"}); !errors.As(err, &ue) {
		t.Errorf("unknown flag: %v, want a UsageError", err)
	}
}

func TestArchiveArg(t *testing.T) {
	t.Setenv("CHANCERY_ARCHIVE", "/default")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"add", "--archive", "/a", "f.jsonl"}, "/a"},
		{[]string{"--archive=/b", "oil"}, "/b"},
		{[]string{"oil", "--", "--archive", "/c"}, "/default"},
		{[]string{"--archive"}, "/default"},
	} {
		if got := ArchiveArg(tc.args); got != tc.want {
			t.Errorf("ArchiveArg(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}
