package cli

import (
	"bytes"
	"chancery/archive"
	"chancery/entities"
	"chancery/index"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
		{"subcommand hint", WithHint(Usagef("--date: use YYYY-MM-DD"), "prog edit --help"), ExitUsage, "prog: --date: use YYYY-MM-DD\nTry: prog edit --help\n"},
		{"own hint kept", WithHint(&UsageError{Message: "no query", Hint: "prog QUERY"}, "prog edit --help"), ExitUsage, "prog: no query\nTry: prog QUERY\n"},
		{"wrapped", WithHint(fmt.Errorf("edit: %w", Usagef("no id")), "prog edit --help"), ExitUsage, "prog: edit: no id\nTry: prog edit --help\n"},
		{"not a usage error", WithHint(errors.New("disk full"), "prog edit --help"), ExitFail, "prog: disk full\n"},
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
	// the help names each place looked at, in order
	if u := fs.Lookup("archive").Usage; !strings.Contains(u, "$CHANCERY_ARCHIVE, else $XDG_DATA_HOME/chancery, else ~/.local/share/chancery") {
		t.Errorf("--archive help: %q", u)
	}
	if err := Parse(fs, []string{"--archive", "/given"}); err != nil {
		t.Fatal(err)
	}
	if d, _ := a.Dir(); d != "/given" {
		t.Errorf("--archive /given: Dir %q", d)
	}
	var ue *UsageError
	if err := Parse(fs, []string{"--no-such"}); !errors.As(err, &ue) || ue.Hint != "t --help" {
		t.Errorf("unknown flag: %v, want a UsageError with the hint %q", err, "t --help")
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

// TestRemedy checks the advice the command line adds to the engine's
// errors, which name no flag or command themselves.
func TestRemedy(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("%w: pid 7 (indexer add x)", archive.ErrLocked), "wait for it to finish, or pass --wait"},
		{fmt.Errorf("open archive /a for writing: %w", archive.ErrInUse), "retry when it finishes, or pass --wait"},
		{fmt.Errorf("open archive /a: %w", archive.ErrNoArchive), "run `indexer add --archive /a FILES` first"},
		{fmt.Errorf("record field title at byte 3: bad length: %w (%w)", archive.ErrFormat, archive.ErrCorrupt), "run `indexer verify --archive /a`"},
		{fmt.Errorf("archive /a has format v9: %w", archive.ErrFormat), "use the binary that wrote it to `indexer export`, then ingest the export with this one"},
		{fmt.Errorf("not RSS (%w)", archive.ErrWrongFormat), "use another --format"},
		{fmt.Errorf("archive /a has %w", index.ErrNoIndex), "run `indexer rebuild --archive /a` to build it again from the store"},
		{fmt.Errorf("archive /a: %w (x, this binary uses y)", index.ErrSettings), "run `indexer rebuild --archive /a` to build it again from the store"},
		{fmt.Errorf("search: %w: %w", index.ErrDisagree, archive.ErrNotFound), "run `indexer verify --repair --archive /a`"},
		{fmt.Errorf("person registry line 2: %w", entities.ErrRegistry), "run `indexer retag --archive /a` to rebuild it"},
		{errors.New("disk full"), ""},
		{fmt.Errorf("open the writer lock: %w", &fs.PathError{Op: "open", Path: "/a/LOCK", Err: fs.ErrPermission}), "check the permissions of /a (a writer needs to write to it and its files)"},
	} {
		if got := Remedy(tc.err, "/a"); got != tc.want {
			t.Errorf("Remedy(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
	// An --archive that names a file is not told to ingest into it.
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := Remedy(fmt.Errorf("open archive %s: %w", file, archive.ErrNoArchive), file), file+" is a file, not an archive folder: give --archive the archive's folder"; got != want {
		t.Errorf("Remedy for a file: %q, want %q", got, want)
	}
	var b bytes.Buffer
	Report("indexer", fmt.Errorf("open archive /a: %w", archive.ErrNoArchive), "/a", &b, nil)
	if want := "indexer: open archive /a: no archive here: run `indexer add --archive /a FILES` first\n"; b.String() != want {
		t.Errorf("Report: %q, want %q", b.String(), want)
	}
}
