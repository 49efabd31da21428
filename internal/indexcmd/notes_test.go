package indexcmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/archive"
)

// settingsBeforeNotes is the settings hash of the index mapping before the
// note field: an archive built by an older binary.
const settingsBeforeNotes = "fb4a08d1b175418e"

// TestNotesSearchable: reading notes are searchable with note:KIND; an
// archive whose index was built before the note field asks for a rebuild,
// and after `indexer rebuild` the notes are found.
func TestNotesSearchable(t *testing.T) {
	lines := `{"id":"n-dated","title":"Envoys meet","date":"2004-07-24","body":"Envoys met about trade."}
{"id":"n-undated","title":"Envoys meet again","body":"Envoys met again about trade."}
{"id":"n-dup","title":"Envoys meet a third time","date":"2004-07-25","body":"First version about trade."}
{"id":"n-dup","title":"Envoys meet a third time","date":"2004-07-25","body":"Second version about trade."}
{"id":"n-latin","title":"Caf` + "\xe9" + ` talks","date":"2004-07-26","body":"Envoys met at the caf` + "\xe9" + ` about trade."}
`
	input := filepath.Join(t.TempDir(), "notes.jsonl")
	if err := os.WriteFile(input, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mustAdd(t, dir, input)
	// As an older binary left it: its index has no note field.
	st, err := archive.Open(dir, archive.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetMeta(archive.MetaSettings, settingsBeforeNotes); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, _, errs := search(t, "--archive", dir, "note:undated")
	if code == 0 || !strings.Contains(errs, "index built with other settings") || !strings.Contains(errs, "indexer rebuild --archive "+dir) {
		t.Fatalf("search of an archive built before notes exited %d:\n%s", code, errs)
	}
	// stats still counts, articles, and says why not stories.
	if code, out, errs := run(t, "stats", "--archive", dir); code != 0 || !strings.Contains(out, "articles   4 (") || !strings.Contains(out, "the index does not open: ") {
		t.Errorf("stats of an archive built before notes exited %d:\n%s%s", code, out, errs)
	}
	mustRun(t, "rebuild", "--archive", dir)
	for q, want := range map[string]int{
		"note:undated": 1, "note:date": 1, "note:encoding": 1, "note:duplicate": 1, "note:empty": 0,
		"note:any": 3, "trade -note:any": 1, "note:undated OR note:encoding": 2, "note:DUPLICATE": 1,
	} {
		if n := searchTotal(t, dir, q); n != want {
			t.Errorf("%s finds %d, want %d", q, n, want)
		}
	}
	if code, _, errs := search(t, "--archive", dir, "note:missing"); code == 0 || !strings.Contains(errs, "a note is one of undated, date, encoding, duplicate, empty, other, any") {
		t.Errorf("note:missing exited %d: %s", code, errs)
	}
	// The duplicate's note is kept with the article, as list shows it.
	_, out, _ := run(t, "list", "--archive", dir, "--warned")
	if !strings.Contains(out, "n-dup") || !strings.Contains(out, "duplicate id") {
		t.Errorf("list --warned:\n%s", out)
	}
}
