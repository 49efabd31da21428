package reliability

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chancery/archive"
	"chancery/index"
	"chancery/internal/searchcmd"
)

// inProcessArchive writes a small archive of invented articles with their
// entities, in-process (no binaries needed), and closes it.
func inProcessArchive(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "archive")
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.Parse(archive.DateLayout, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	arts := []*archive.Article{
		{ID: "s1", Title: "Ministers meet in Valdoria on the border treaty", Date: day("2004-07-24"), Source: "Wire",
			Body:    "The foreign ministers of Valdoria and Ostrania met in the capital to discuss the border treaty and river rights.",
			Persons: []string{"Anna Kessel"}, Countries: []archive.Country{{Name: "Valdoria", Code: "VD"}}, Topics: []string{"diplomacy"}},
		{ID: "s2", Title: "Council extends observer mission", Date: day("2005-02-14"), Source: "Herald",
			Body: "The council voted to extend the observer mission along the ceasefire line by six months.",
			Orgs: []string{"Regional Council"}, Topics: []string{"peacekeeping"}},
		{ID: "s3", Title: "Envoy’s “final offer” on fisheries", Date: day("2006-04-02"), Source: "Wire",
			Body:    "The envoy called it a “final offer” on the fisheries quota, valid until May.",
			Persons: []string{"Jonas Ferreira"}, Countries: []archive.Country{{Name: "Ostrania", Code: "OS"}}},
		{ID: "s4", Title: "Undated note on the talks", Source: "Gazette",
			Body: "A note about the talks, with no date given by the source.", Notes: []string{"no date found"}},
	}
	if _, err := ix.Store.Put(arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runSearch runs the search command in-process.
func runSearch(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = searchcmd.Run(context.Background(), args, searchcmd.Env{Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// TestMalformedQueries checks that a malformed query or flag exits 2 with
// a one-line explanation (and a "Try:" line), prints nothing on stdout,
// and never panics.
func TestMalformedQueries(t *testing.T) {
	dir := inProcessArchive(t)
	for _, tc := range []struct {
		name string
		args []string
		want string // in the explanation
	}{
		{"unclosed quote", []string{`"border treaty`}, "quote"},
		{"unclosed phrase in field", []string{`title:"border`}, "quote"},
		{"unclosed parenthesis", []string{"(Valdoria OR Ostrania"}, "parenthes"},
		{"stray closing parenthesis", []string{"Valdoria)"}, "parenthes"},
		{"nested unclosed", []string{"((((treaty"}, "parenthes"},
		{"empty group", []string{"title:("}, "parenthes"},
		{"operator alone", []string{"AND"}, "AND"},
		{"NOT alone", []string{"NOT"}, "NOT"},
		{"impossible day", []string{"date:2004-02-30"}, "date"},
		{"month 13", []string{"date:2004-13"}, "date"},
		{"reversed range", []string{"date:2005..2004"}, "date"},
		{"open range both ends", []string{"date:.."}, "date"},
		{"year out of range", []string{"date:1500"}, "1678"},
		{"fuzzy beyond two edits", []string{"treaty~3"}, "at most 2 edits"},
		{"tilde inside a word", []string{"tre~aty"}, "~"},
		{"huge proximity", []string{`"border treaty"~99999999999999999999`}, "proximity"},
		{"unknown field", []string{"http://example.org"}, "field"},
		{"empty field value", []string{"person:"}, "person"},
		{"bad --from", []string{"--from", "2004-13-01", "treaty"}, "--from"},
		{"words as --to", []string{"--to", "yesterday", "treaty"}, "--to"},
		{"--from before 1678", []string{"--from", "1500", "treaty"}, "--from"},
		{"--to after 2261", []string{"--to", "3000", "treaty"}, "--to"},
		{"--to before --from", []string{"--from", "2005", "--to", "2004", "treaty"}, "before"},
		{"unknown flag", []string{"--bogus", "treaty"}, "bogus"},
		{"shorthand with a bad value", []string{"-n", "many", "treaty"}, "many"},
		{"bad --size", []string{"--size", "0", "treaty"}, "--size"},
		{"non-numeric --size", []string{"--size", "ten", "treaty"}, "size"},
		{"bad --sort", []string{"--sort", "sideways", "treaty"}, "sort"},
		{"show without id", []string{"show"}, "id"},
		{"show unknown flag", []string{"show", "--bogus", "s1"}, "bogus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"--archive", dir}, tc.args...)
			code, stdout, stderr := runSearch(args...)
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if code != 2 {
				t.Fatalf("search %q: exit %d, want 2\nstdout: %s\nstderr: %s", tc.args, code, stdout, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout not empty: %q", stdout)
			}
			if !strings.HasPrefix(lines[0], "search: ") || !strings.Contains(lines[0], tc.want) {
				t.Errorf("first line %q: want \"search: ...%s...\"", lines[0], tc.want)
			}
			if len(lines) != 2 || !strings.HasPrefix(lines[1], "Try: ") {
				t.Errorf("want the explanation and one Try line, got %d lines:\n%s", len(lines), stderr)
			}
		})
	}
	// Not usage errors: the query is fine, the archive answers.
	if code, _, stderr := runSearch("--archive", dir, "show", "no-such-id"); code != 1 || !strings.Contains(stderr, "no-such-id") {
		t.Errorf("show of a missing id: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runSearch("--archive", filepath.Join(dir, "nowhere"), "treaty"); code != 1 || !strings.Contains(stderr, "indexer add") {
		t.Errorf("search of a missing archive: exit %d, %s", code, stderr)
	}
}

// fileState is what TestSearchNeverModifies compares of each path.
type fileState struct {
	size  int64
	mode  fs.FileMode
	mtime time.Time
	hash  string
}

// snapshot records every file and folder under dir: size, mode, mtime and
// a SHA-256 of the content (for the bbolt file and Bleve's, the bytes: any
// change to their content changes it).
func snapshot(t *testing.T, dir string) map[string]fileState {
	t.Helper()
	out := map[string]fileState{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		st := fileState{size: info.Size(), mode: info.Mode(), mtime: info.ModTime()}
		if info.Mode().IsRegular() {
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			h := sha256.New()
			_, err = io.Copy(h, f)
			f.Close()
			if err != nil {
				return err
			}
			st.hash = hex.EncodeToString(h.Sum(nil))
		}
		if d.IsDir() {
			st.size = 0 // a directory's size is the file system's business
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = st
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSearchNeverModifies snapshots the archive folder (names, sizes,
// modes, mtimes, content hashes) before and after a series of searches,
// shows and failing commands, and requires it unchanged.
func TestSearchNeverModifies(t *testing.T) {
	dir := inProcessArchive(t)
	time.Sleep(20 * time.Millisecond) // a write during the series would get a later mtime
	before := snapshot(t, dir)
	for _, args := range [][]string{
		{"treaty"},
		{"--json", "treaty"},
		{`"border treaty"`, "--facets"},
		{"--facets", "--facet-size", "3"},
		{"--person", "Anna Kessel", "--country", "VD"},
		{"--from", "2005", "--sort", "date"},
		{"--to", "2005-12-31", "--sort", "-date", "--page", "2", "--size", "1"},
		{"talks OR fisheries -mission"},
		{"--", "talks", "-mission"},
		{`"final offer"`, "--json"},
		{"date:2004..2006", "topic:diplomacy"},
		{"show", "s1"},
		{"show", "--json", "s1", "s3"},
		{"show", "no-such-id"},
		{"(unbalanced"},
		{"--bogus"},
		{"timeline", "talks"},
		{"similar", "s1"},
		{"quotes"},
		{"help"},
	} {
		code, stdout, stderr := runSearch(append([]string{"--archive", dir}, args...)...)
		t.Logf("search %q: exit %d, %d bytes out, %q", args, code, len(stdout), firstLine(stderr))
	}
	if code, stdout, _ := runSearch("--archive", dir, "--json", "treaty"); code != 0 || !strings.Contains(stdout, `"s1"`) {
		t.Fatalf("the archive does not answer searches (exit %d): the test would prove nothing", code)
	}
	after := snapshot(t, dir)
	for p, b := range before {
		a, ok := after[p]
		switch {
		case !ok:
			t.Errorf("%s was removed", p)
		case a != b:
			t.Errorf("%s changed: %+v -> %+v", p, b, a)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s was created", p)
		}
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
