package reliability

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// TestBackupDuringIngest: `indexer backup` taken while `indexer add` of
// 8,000 articles runs succeeds (the writer writes the copy of its last
// commit), as do export and stats; the backup restores into an archive
// that verifies and whose searches count what it holds.
func TestBackupDuringIngest(t *testing.T) {
	needTools(t)
	tmp := t.TempDir()
	input := filepath.Join(tmp, "articles.jsonl")
	const n = 8000
	generate(t, input, n, 11, 300)
	dir := filepath.Join(tmp, "archive")
	cmd := exec.Command(bin.indexer, "add", "--archive", dir, "--quiet", "--batch-size", "200", input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if li, err := archive.ReadLock(dir); err == nil && li.Snapshots != "" {
			if fi, err := os.Stat(filepath.Join(dir, "chancery.db")); err == nil && fi.Size() > 1<<20 {
				break
			}
		}
	}
	backup := filepath.Join(tmp, "backup")
	rb := run(t, nil, bin.indexer, "backup", "--archive", dir, backup)
	rs := run(t, nil, bin.indexer, "stats", "--archive", dir, "--json")
	re := run(t, nil, bin.indexer, "export", "--archive", dir)
	ingesting := false
	select {
	case <-done:
	default:
		ingesting = true
	}
	if err := <-done; err != nil {
		t.Fatalf("indexer add: %v\n%s", err, stderr.String())
	}
	if !ingesting {
		t.Fatal("the ingest finished before the backup, stats and export: nothing tested")
	}
	if rb.code != 0 || !strings.Contains(rb.stderr, "running writer") {
		t.Fatalf("backup during the ingest: %s", rb)
	}
	var stats struct{ Articles int }
	if rs.code != 0 || json.Unmarshal([]byte(rs.stdout), &stats) != nil || stats.Articles == 0 || stats.Articles > n {
		t.Errorf("stats during the ingest: %s", rs)
	}
	if lines := strings.Count(re.stdout, "\n"); re.code != 0 || lines == 0 || lines > n {
		t.Errorf("export during the ingest: %d lines: %s", lines, clipText(re.stderr, 500))
	}
	restored := filepath.Join(tmp, "restored")
	if r := run(t, nil, bin.indexer, "restore-backup", backup, "--archive", restored); r.code != 0 {
		t.Fatalf("restore-backup: %s", r)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", restored); r.code != 0 {
		t.Fatalf("verify of the restored archive: %s", r)
	}
	arts, journal := storeState(t, restored)
	if len(arts) == 0 || len(arts) > n || journal != 0 {
		t.Fatalf("restored archive: %d articles, %d journal entries", len(arts), journal)
	}
	if s := mustSearch(t, restored, "--size", "1"); s.Total != uint64(len(arts)) {
		t.Errorf("restored archive: a search counts %d of %d", s.Total, len(arts))
	}
	for id, a := range arts {
		var i int
		fmt.Sscanf(id, "gen-%06d", &i)
		if s := mustSearch(t, restored, uniqueWord(i)); s.Total != 1 || a.Title == "" {
			t.Errorf("restored %s: %s finds %d", id, uniqueWord(i), s.Total)
		}
		break
	}
	t.Logf("backup during the ingest held %d of %d articles: %s", len(arts), n, lastLine(rb.stderr))
	if r := run(t, nil, bin.indexer, "restore-backup", backup, "--archive", restored); r.code != 1 || !strings.Contains(r.stderr, "holds an archive already") {
		t.Errorf("restore over an archive: %s", r)
	}
}

// TestKill9DuringLibrarianCommands kills `indexer edit`, `indexer rm` and
// `indexer backup` with SIGKILL at spread moments: each change is whole or
// absent (the record, its correction or tombstone, and its audit entry go
// together), the archive verifies after the next writer, and nothing else
// is lost.
func TestKill9DuringLibrarianCommands(t *testing.T) {
	needTools(t)
	tmp := t.TempDir()
	input := filepath.Join(tmp, "articles.jsonl")
	const n = 3000
	generate(t, input, n, 13, 200)
	dir := filepath.Join(tmp, "archive")
	if r := run(t, nil, bin.indexer, "add", "--archive", dir, "--quiet", input); r.code != 0 {
		t.Fatalf("add: %s", r)
	}
	kill := func(delay time.Duration, args ...string) bool {
		cmd := exec.Command(bin.indexer, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
			return false
		case <-time.After(delay):
		}
		cmd.Process.Kill()
		<-done
		return true
	}
	killed := 0
	for i := range 12 {
		delay := time.Duration(i*15) * time.Millisecond
		id := fmt.Sprintf("gen-%06d", i)
		title := fmt.Sprintf("Corrected title %d", i)
		if kill(delay, "edit", "--archive", dir, id, "--title", title) {
			killed++
		}
		if kill(delay, "rm", "--archive", dir, fmt.Sprintf("gen-%06d", 100+i), "--reason", "test takedown") {
			killed++
		}
		if kill(delay*4, "backup", "--archive", dir, filepath.Join(tmp, fmt.Sprintf("backup-%d", i))) {
			killed++
		}
	}
	t.Logf("%d of 36 commands killed", killed)
	if killed == 0 {
		t.Fatal("no command was killed: nothing tested")
	}
	// The next writer replays what a kill left in the journal.
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir, "--repair"); r.code != 0 {
		t.Fatalf("verify --repair: %s", r)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Fatalf("verify: %s", r)
	}
	st, err := archive.Open(dir, archive.StoreOptions{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	logged := map[string]string{}
	for e, err := range st.AuditLog() {
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range e.IDs {
			logged[id] = e.Action
		}
	}
	removed := map[string]bool{}
	for id := range st.Tombstones() {
		removed[id] = true
	}
	count, _ := st.Count()
	if count+len(removed) != n {
		t.Errorf("%d stored + %d removed != %d", count, len(removed), n)
	}
	for i := range 12 {
		id := fmt.Sprintf("gen-%06d", i)
		a, err := st.Get(id)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		c, _ := st.Correction(id)
		edited := a.Title == fmt.Sprintf("Corrected title %d", i)
		if edited != (c != nil) || edited != (logged[id] == archive.ActionEdit) {
			t.Errorf("%s: title %q, correction %v, log %q: not all or nothing", id, a.Title, c != nil, logged[id])
		}
		rid := fmt.Sprintf("gen-%06d", 100+i)
		_, gerr := st.Get(rid)
		if removed[rid] == (gerr == nil) || removed[rid] != (logged[rid] == archive.ActionRemove) {
			t.Errorf("%s: tombstone %v, stored %v, log %q: not all or nothing", rid, removed[rid], gerr == nil, logged[rid])
		}
		if s := mustSearch(t, dir, uniqueWord(100+i)); s.Total != map[bool]uint64{true: 0, false: 1}[removed[rid]] {
			t.Errorf("%s (removed %v): its word finds %d", rid, removed[rid], s.Total)
		}
	}
	// Every backup folder holds a whole store or none.
	for i := range 12 {
		db := filepath.Join(tmp, fmt.Sprintf("backup-%d", i), "chancery.db")
		if _, err := os.Stat(db); err != nil {
			continue
		}
		b, err := archive.Open(filepath.Dir(db), archive.StoreOptions{ReadOnly: true})
		if err != nil {
			t.Errorf("backup %d: %v", i, err)
			continue
		}
		if c, _ := b.Count(); c+12 < n-12 {
			t.Errorf("backup %d holds %d articles", i, c)
		}
		b.Close()
	}
}

// lastLine is the last line of s, such as a command's summary on stderr.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
