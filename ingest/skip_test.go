package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestSkipsNotes ingests a folder holding two pages, a README, a SOURCE.md
// and a LICENSE: the notes are skipped with a line naming each, not
// ingested and not rejected; a note named on the command line is read.
func TestSkipsNotes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "talks.txt", "Envoys Meet in Geneva\n\nJuly 24, 2004\n\nThe envoys met for three hours on Saturday.\n\nThey will meet again in April.\n")
	writeFile(t, dir, "visit.txt", "Minister Arrives in Doha\n\nSeptember 20, 2005\n\nThe minister arrived on Tuesday at the start of a tour.\n")
	readme := writeFile(t, dir, "README.TXT", "Pages saved from the Harbour Gazette site in 2004.\n\nAsk the library before sharing them.\n")
	writeFile(t, dir, "SOURCE.md", "# Source\n\nSaved by hand from the site, one page per file.\n")
	writeFile(t, dir, "LICENSE", "These pages may be used for research only, and they may not be published again.\n")
	ix, _ := mustOpen(t)
	var log bytes.Buffer
	st, err := New(ix, nil, Options{Log: &log}).Paths(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 2 || st.Skipped != 3 || st.Rejected != 0 {
		t.Errorf("added %d, skipped %d, rejected %d; want 2, 3, 0\n%s", st.Added, st.Skipped, st.Rejected, log.String())
	}
	for _, name := range []string{"README.TXT", "SOURCE.md", "LICENSE"} {
		if !strings.Contains(log.String(), name+": skipped: ") {
			t.Errorf("log does not name %s:\n%s", name, log.String())
		}
	}
	if !strings.Contains(st.String(), "skipped 3 (not articles)") {
		t.Errorf("summary %q does not count the skipped files", st)
	}
	st, err = New(ix, nil, Options{Log: &log}).Paths(context.Background(), []string{readme})
	if err != nil || st.Added != 1 || st.Skipped != 0 {
		t.Errorf("a note named on the command line: added %d, skipped %d, %v; want it read", st.Added, st.Skipped, err)
	}
}

// TestBadFolderSettings: a settings file with a line that is not a setting
// is reported with its file and line, and the pages are still ingested.
func TestBadFolderSettings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".chancery-source", "# the site\nsource: Harbour Gazette\ndate order: backwards\n")
	writeFile(t, dir, "talks.txt", "Envoys Meet in Geneva\n\nJuly 24, 2004\n\nThe envoys met for three hours on Saturday.\n")
	ix, _ := mustOpen(t)
	var log bytes.Buffer
	st, err := New(ix, nil, Options{Log: &log}).Paths(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 1 || st.Rejected != 1 || !strings.Contains(log.String(), ".chancery-source:3: ") {
		t.Errorf("added %d, rejected %d, log:\n%s\nwant the page added and line 3 of the settings reported", st.Added, st.Rejected, log.String())
	}
}
