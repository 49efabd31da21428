package indexcmd

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/archive"
	"chancery/internal/searchcmd"
)

// run runs the indexer in-process and returns its exit code and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// search runs the search command in-process.
func search(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := searchcmd.Run(context.Background(), args, searchcmd.Env{Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

const sample = "../../testdata/sample"

func mustAdd(t *testing.T, dir string, paths ...string) string {
	t.Helper()
	code, _, stderr := run(t, append([]string{"add", "--archive", dir}, paths...)...)
	if code != 0 {
		t.Fatalf("add exited %d:\n%s", code, stderr)
	}
	return stderr
}

func TestAddSampleThenSearch(t *testing.T) {
	dir := t.TempDir()
	stderr := mustAdd(t, dir, sample)
	if !strings.Contains(stderr, "added 11, unchanged 0, replaced 0, rejected 0") {
		t.Fatalf("summary line: %s", stderr)
	}
	// Again: nothing changes.
	stderr = mustAdd(t, dir, sample)
	if !strings.Contains(stderr, "added 0, unchanged 11, replaced 0, rejected 0") {
		t.Fatalf("second ingest: %s", stderr)
	}
	code, out, errs := search(t, "--archive", dir, "--json", "--facets", "--person", "Sergei Lavrov", "Iraq")
	if code != 0 {
		t.Fatalf("search exited %d: %s", code, errs)
	}
	var res struct {
		Total int
		Hits  []struct {
			ID, Title, Date, Source, Snippet string
			Persons, Countries, Topics       []string
		}
		Facets map[string][]struct {
			Value string
			Count int
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	if res.Total != 2 {
		t.Fatalf("total %d, want 2:\n%s", res.Total, out)
	}
	ids := map[string]bool{}
	for _, h := range res.Hits {
		ids[h.ID] = true
		if !strings.Contains(h.Snippet, "<mark>Iraq</mark>") {
			t.Errorf("%s: snippet does not mark the match: %q", h.ID, h.Snippet)
		}
	}
	if !ids["cw-2004-0355"] || !ids["cw-2005-0202"] {
		t.Errorf("hits %v", ids)
	}
	for _, f := range []string{"person", "country", "topic", "year"} {
		if len(res.Facets[f]) == 0 {
			t.Errorf("facet %s empty", f)
		}
	}
	if years := res.Facets["year"]; len(years) != 2 || years[0].Value != "2004" || years[1].Value != "2005" {
		t.Errorf("year facet %+v", years)
	}
}

func TestFacetValueWorksAsFilter(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, sample)
	_, out, _ := search(t, "--archive", dir, "--json", "--facets", "--facet-size", "50")
	var res struct {
		Facets map[string][]struct {
			Value string
			Count int
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	flags := map[string]string{"person": "--person", "country": "--country", "org": "--org", "topic": "--topic", "source": "--source"}
	checked := 0
	for f, flag := range flags {
		for _, v := range res.Facets[f] {
			_, out, _ := search(t, "--archive", dir, "--json", flag, v.Value)
			var r struct{ Total int }
			json.Unmarshal([]byte(out), &r)
			if r.Total != v.Count {
				t.Errorf("%s %q: %d hits, facet said %d", flag, v.Value, r.Total, v.Count)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("only %d facet values checked", checked)
	}
}

func TestBinaryFileRejectedGoodKept(t *testing.T) {
	in := t.TempDir()
	jpeg := []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x00\x00\x00\x00binary")
	// An image by its name is skipped with a note; binary bytes under a
	// text file's name are a reject that names the file.
	os.WriteFile(filepath.Join(in, "photo.jpg"), jpeg, 0o644)
	os.WriteFile(filepath.Join(in, "clipping.txt"), jpeg, 0o644)
	os.WriteFile(filepath.Join(in, "good.jsonl"), []byte(`{"id":"g1","title":"Envoys meet","date":"2004-05-01","body":"The envoys met in Geneva to discuss the ceasefire."}`+"\n"), 0o644)
	dir := t.TempDir()
	code, _, stderr := run(t, "add", "--archive", dir, in)
	if code != 1 {
		t.Fatalf("exit %d, want 1:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "clipping.txt: binary file") {
		t.Errorf("stderr does not name the binary file:\n%s", stderr)
	}
	if !strings.Contains(stderr, "photo.jpg: skipped:") {
		t.Errorf("stderr does not say the image was skipped:\n%s", stderr)
	}
	code, out, _ := search(t, "--archive", dir, "show", "g1")
	if code != 0 || !strings.Contains(out, "Envoys meet") {
		t.Errorf("good article missing: %d %s", code, out)
	}
}

func TestExportReingestGivesSameArticles(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	mustAdd(t, a, sample)
	exp := filepath.Join(t.TempDir(), "export.jsonl")
	if code, _, stderr := run(t, "export", "--archive", a, "-o", exp); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	// Nothing was tagged by hand: the new archive gives every article the
	// tags its line has, so no tag difference is reported.
	if errs := mustAdd(t, b, exp); strings.Contains(errs, "tags differ") {
		t.Errorf("tag differences reported on a plain export:\n%s", errs)
	}
	_, outA, _ := run(t, "export", "--archive", a)
	_, outB, _ := run(t, "export", "--archive", b)
	if outA != outB {
		t.Errorf("export of the re-ingested export differs")
	}
	if n := strings.Count(outA, "\n"); n != 11 {
		t.Errorf("export has %d lines, want 11", n)
	}
}

func TestStatsVerifyRebuild(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, sample)
	code, out, _ := run(t, "stats", "--archive", dir, "--json")
	if code != 0 {
		t.Fatal(out)
	}
	var st Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if st.Articles != 11 || st.ByYear["2005"] != 5 || st.BySource["Chancery Wire"] != 8 || st.Persons == 0 || st.Countries == 0 || st.Topics == 0 {
		t.Errorf("stats %+v", st)
	}
	if code, out, stderr := run(t, "verify", "--archive", dir); code != 0 || !strings.Contains(out, "ok:") {
		t.Fatalf("verify: %d %s %s", code, out, stderr)
	}
	if code, _, stderr := run(t, "rebuild", "--archive", dir); code != 0 {
		t.Fatalf("rebuild: %s", stderr)
	}
	if code, out, _ := run(t, "verify", "--archive", dir); code != 0 {
		t.Fatalf("verify after rebuild: %s", out)
	}
	ents, _ := os.ReadDir(archive.IndexFolder(dir))
	if len(ents) != 1 || ents[0].Name() != "idx-2" {
		t.Errorf("index folders after rebuild: %v", ents)
	}
	if code, out, _ := search(t, "--archive", dir, "--person", "Sergei Lavrov", "peacekeeping"); code != 0 || !strings.Contains(out, "cw-2004-0355") {
		t.Errorf("search after rebuild: %s", out)
	}
}

func TestAliasRetag(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, sample)
	if code, _, stderr := run(t, "alias", "--archive", dir, "set", "person", "Sergei Lavrov", "Sergey Lavrov"); code != 0 {
		t.Fatalf("alias set: %s", stderr)
	}
	if code, _, stderr := run(t, "retag", "--archive", dir); code != 0 {
		t.Fatalf("retag: %s", stderr)
	}
	_, out, _ := search(t, "--archive", dir, "--json", "--person", "Sergey Lavrov")
	var r struct{ Total int }
	json.Unmarshal([]byte(out), &r)
	if r.Total < 3 {
		t.Errorf("after alias and retag, --person \"Sergey Lavrov\" finds %d articles", r.Total)
	}
	_, out, _ = search(t, "--archive", dir, "--json", "--person", "Sergei Lavrov")
	json.Unmarshal([]byte(out), &r)
	if r.Total != 0 {
		t.Errorf("old spelling still finds %d articles", r.Total)
	}
	if code, out, _ := run(t, "verify", "--archive", dir); code != 0 {
		t.Errorf("verify after retag: %s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"add", "--no-such-flag", "x"}, {"add"}, {"add", "--format", "pdf", "x"}} {
		code, _, stderr := run(t, args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", args, code, stderr)
		}
		if strings.Contains(stderr, "goroutine") {
			t.Errorf("%q: stack trace in output", args)
		}
	}
}

// TestExportOutput: -o writes a file whole or not at all, "-" is standard
// output, and a device such as /dev/null takes the export as it is.
func TestExportOutput(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, sample)
	_, whole, _ := run(t, "export", "--archive", dir)
	out := t.TempDir()
	old := filepath.Join(out, "old.jsonl")
	if err := os.WriteFile(old, []byte("yesterday\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, o    string
		code       int
		stdout     string // what standard output holds
		file       string // what the file -o names holds afterwards ("" for none checked)
		stderrHave string
	}{
		{"new file", filepath.Join(out, "new.jsonl"), 0, "", whole, "exported 11 articles"},
		{"over a file", old, 0, "", whole, "exported 11 articles"},
		{"standard output", "-", 0, whole, "", "exported 11 articles"},
		{"null device", os.DevNull, 0, "", "", "exported 11 articles"},
		{"a folder", out, 1, "", "", "is a folder"},
		{"the archive's store", filepath.Join(dir, "chancery.db"), 2, "", "", "is in the archive folder"},
		{"the archive folder", dir, 2, "", "", "is in the archive folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := run(t, "export", "--archive", dir, "-o", tc.o)
			if code != tc.code || stdout != tc.stdout || !strings.Contains(stderr, tc.stderrHave) {
				t.Fatalf("exit %d (want %d), %d bytes on stdout (want %d), stderr %q (want %q)", code, tc.code, len(stdout), len(tc.stdout), stderr, tc.stderrHave)
			}
			if tc.file != "" {
				if b, err := os.ReadFile(tc.o); err != nil || string(b) != tc.file {
					t.Errorf("%s holds %d bytes (%v), want the export's %d", tc.o, len(b), err, len(tc.file))
				}
			}
		})
	}
	if left, _ := filepath.Glob(filepath.Join(out, "*.partial-*")); len(left) > 0 {
		t.Errorf("partial files left: %v", left)
	}
	if code, out, stderr := run(t, "verify", "--archive", dir); code != 0 {
		t.Errorf("the archive does not verify after the exports: %s%s", out, stderr)
	}
	// A stopped export leaves the file it would replace as it was.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var sout, serr bytes.Buffer
	if code := Run(ctx, []string{"export", "--archive", dir, "-o", old}, Env{Stdin: strings.NewReader(""), Stdout: &sout, Stderr: &serr}); code == 0 {
		t.Errorf("a cancelled export exited 0: %s", serr.String())
	}
	if b, _ := os.ReadFile(old); string(b) != whole {
		t.Errorf("a cancelled export changed %s: %q", old, b)
	}
	os.WriteFile(old, []byte("yesterday\n"), 0o644)
	Run(ctx, []string{"export", "--archive", dir, "-o", old}, Env{Stdin: strings.NewReader(""), Stdout: &sout, Stderr: &serr})
	if b, _ := os.ReadFile(old); string(b) != "yesterday\n" {
		t.Errorf("a cancelled export changed %s: %q", old, b)
	}
	if left, _ := filepath.Glob(filepath.Join(out, "*.partial-*")); len(left) > 0 {
		t.Errorf("partial files left after a cancelled export: %v", left)
	}
}

// TestUsageErrorsNameTheSubcommand: a mistake in a subcommand's flags or
// arguments exits 2, says what is wrong and points at that subcommand's
// help; nothing is created or changed.
func TestUsageErrorsNameTheSubcommand(t *testing.T) {
	dir := t.TempDir()
	mustAdd(t, dir, sample)
	for _, tc := range []struct {
		args []string
		msg  string
		try  string
	}{
		{[]string{"edit", "cw-2004-0355", "--date", "2004-02-30"}, `--date: date "2004-02-30" is not a valid date: use YYYY-MM-DD`, "indexer edit --help"},
		{[]string{"edit", "cw-2004-0355", "--date", "2999-01-01"}, `--date: date "2999-01-01": date out of range (before 1800 or in the future)`, "indexer edit --help"},
		{[]string{"edit", "cw-2004-0355", "--date", "1500-01-01"}, `--date: date "1500-01-01": date out of range`, "indexer edit --help"},
		{[]string{"edit", "cw-2004-0355", "--clear", "colour"}, `--clear "colour": use one of title, date, source, url, byline`, "indexer edit --help"},
		{[]string{"edit", "cw-2004-0355"}, "edit needs at least one of", "indexer edit --help"},
		{[]string{"tag", "cw-2004-0355", "--add", "colour:red"}, `"colour:red": use KIND:NAME`, "indexer tag --help"},
		{[]string{"rm", "cw-2004-0355"}, "rm needs --reason", "indexer rm --help"},
		{[]string{"add", "--format", "xml", sample}, `unknown input format "xml"`, "indexer add --help"},
		{[]string{"add", sample, ""}, `an input path is empty`, "indexer add --help"},
		{[]string{"add", "--batch-size", "many", sample}, `invalid argument "many"`, "indexer add --help"},
		{[]string{"add", "--batch-size", "0", sample}, `--batch-size must be 1 or more, not 0`, "indexer add --help"},
		{[]string{"add", "--max-record", "-5", sample}, `--max-record must be 1 or more (bytes), not -5`, "indexer add --help"},
		{[]string{"log", "--since", "2026-13-01"}, `--since: "2026-13-01" is not a valid date: use YYYY-MM-DD`, "indexer log --help"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`, "indexer --help"},
	} {
		code, _, stderr := run(t, append(tc.args, "--archive", dir)...)
		if code != 2 || !strings.Contains(stderr, tc.msg) || !strings.Contains(stderr, "\nTry: "+tc.try+"\n") {
			t.Errorf("indexer %q: exit %d, stderr %q; want 2, %q and Try: %s", tc.args, code, stderr, tc.msg, tc.try)
		}
	}
	if _, out, _ := run(t, "export", "--archive", dir); strings.Contains(out, "2004-02-30") {
		t.Errorf("a refused edit changed the archive")
	}
}

// TestNoArchiveIsNotCreated: only add makes an archive. Every other
// command given a folder that holds none (a mistyped --archive) fails
// naming it and leaves nothing there; given a file, every command says it
// is a file.
func TestNoArchiveIsNotCreated(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"verify"}, {"verify", "--repair"}, {"rebuild"}, {"compact"}, {"retag"}, {"stats"}, {"export"},
		{"list", "--undated"}, {"log"}, {"edit", "x", "--title", "y"}, {"tag", "x", "--add", "topic:trade"},
		{"rm", "x", "--reason", "test"}, {"unrm", "x"}, {"merge", "x", "y"},
	} {
		missing := filepath.Join(t.TempDir(), "archve")
		code, _, stderr := run(t, append(args, "--archive", missing)...)
		if code != 1 || !strings.Contains(stderr, "no archive here") {
			t.Errorf("indexer %q on a missing archive: exit %d, %q", args, code, stderr)
		}
		if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("indexer %q made %s (%v)", args, missing, err)
		}
		code, _, stderr = run(t, append(args, "--archive", file)...)
		if code != 1 || !strings.Contains(stderr, "is a file") {
			t.Errorf("indexer %q on a file: exit %d, %q", args, code, stderr)
		}
	}
	code, _, stderr := run(t, "add", "--archive", file, sample)
	if code != 1 || !strings.Contains(stderr, "archive "+file+" is a file, not a folder") {
		t.Errorf("add into a file: exit %d, %q", code, stderr)
	}
}

// TestRejectsFileChecked: a --rejects file that is one of the run's inputs,
// or lies in an input folder, or has no folder to go in, is refused before
// anything is read, written or made; the input is left whole.
func TestRejectsFileChecked(t *testing.T) {
	in := t.TempDir()
	input := filepath.Join(in, "feed.jsonl")
	const feed = "{\"id\":\"r1\",\"title\":\"T\",\"date\":\"2004-01-02\",\"body\":\"Talks went on.\"}\nnot json\n"
	if err := os.WriteFile(input, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		rejects string
		inputs  []string
		want    string
	}{
		{"the input itself", input, []string{input}, "is an input of this run"},
		{"the input by another path", filepath.Join(in, ".", "feed.jsonl"), []string{input}, "is an input of this run"},
		{"in an input folder", filepath.Join(in, "rejects.jsonl"), []string{in}, "is in the input folder"},
		{"no such folder", filepath.Join(in, "missing", "r.jsonl"), []string{input}, "no folder"},
		{"a folder", in, []string{sample}, "is a folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "arch")
			code, _, stderr := run(t, append([]string{"add", "--archive", dir, "--rejects", tc.rejects}, tc.inputs...)...)
			if code != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, %q; want 2 and %q", code, stderr, tc.want)
			}
			if b, _ := os.ReadFile(input); string(b) != feed {
				t.Errorf("the input was changed: %q", b)
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused add made the archive folder")
			}
		})
	}
	// Elsewhere, it lists the rejected line.
	dir, rejects := filepath.Join(t.TempDir(), "arch"), filepath.Join(t.TempDir(), "rejects.jsonl")
	if code, _, stderr := run(t, "add", "--archive", dir, "--rejects", rejects, input); code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(rejects); !strings.Contains(string(b), `"line":2`) {
		t.Errorf("rejects file: %q", b)
	}
}

// cancelOn cancels a context when a line holding want is written.
type cancelOn struct {
	bytes.Buffer
	want   string
	cancel context.CancelFunc
}

func (c *cancelOn) Write(p []byte) (int, error) {
	if strings.Contains(string(p), c.want) {
		c.cancel()
	}
	return c.Buffer.Write(p)
}

// TestInterruptedAddSaysToResolveNames: an ingest stopped after storing
// some articles says that names were not resolved and what resolves them.
func TestInterruptedAddSaysToResolveNames(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(t.TempDir(), "feed.jsonl")
	var b strings.Builder
	for i := range 50 {
		// no date: each stored article warns, which stops the run
		fmt.Fprintf(&b, "{\"id\":\"n%d\",\"title\":\"Talks %d\",\"body\":\"Secretary James Baker met Baker's aides on talks %d.\"}\n", i, i, i)
	}
	if err := os.WriteFile(input, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &cancelOn{want: "no date found", cancel: cancel}
	code := Run(ctx, []string{"add", "--archive", dir, "--batch-size", "1", input}, Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: stderr})
	if code != 1 || !strings.Contains(stderr.String(), "stopped: added ") {
		t.Fatalf("exit %d, want a stopped run:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "names were not resolved across the archive: once the ingest is complete, run `indexer retag --archive "+dir+"`") {
		t.Errorf("no advice on names:\n%s", stderr.String())
	}
}

// TestVerifyReadOnlyArchive checks that an archive folder the user may not
// write can still be verified (a read-only mount, a backup kept read-only),
// while a repair, which writes, is refused with the folder named. Root
// writes anyway, so the test needs another user.
func TestVerifyReadOnlyArchive(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write to any folder: run as another user to test a read-only archive")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	mustAdd(t, dir, sample)
	var paths []string
	filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
		paths = append(paths, p)
		return err
	})
	for _, p := range paths {
		os.Chmod(p, 0o555)
	}
	t.Cleanup(func() {
		for _, p := range paths {
			os.Chmod(p, 0o755)
		}
	})
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"verify", "--archive", dir}, 0, "ok: index and store agree"},
		{[]string{"verify", "--repair", "--archive", dir}, 1, "check the permissions of " + dir},
		{[]string{"add", "--archive", dir, sample}, 1, "check the permissions of " + dir},
	} {
		code, out, errs := run(t, tc.args...)
		if code != tc.code || !strings.Contains(out+errs, tc.want) {
			t.Errorf("%q: exit %d, want %d and %q:\n%s%s", tc.args, code, tc.code, tc.want, out, errs)
		}
	}
}
