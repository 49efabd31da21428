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
// `indexer backup` with SIGKILL inside the operation, each at a pause
// point (archive.Pause, CHANCERY_TEST_PAUSE): inside the store
// transaction, after the store committed and before the index took the
// change, and before a backup's partial folder is renamed. Each change is
// whole or absent, exactly as the point says (the record, its correction
// or tombstone, and its audit entry go together); the archive verifies
// after the next writer, nothing else is lost, and a killed backup leaves
// no backup folder.
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
	killAt := func(point string, args ...string) {
		t.Helper()
		startPaused(t, point, args...)()
	}
	for i := range 12 {
		id := fmt.Sprintf("gen-%06d", i)
		title := fmt.Sprintf("Corrected title %d", i)
		editPoint, rmPoint := archive.PauseCorrectTx, archive.PauseRemoveTx
		if i%2 == 1 {
			editPoint, rmPoint = archive.PauseEditStored, archive.PauseRmStored
		}
		killAt(editPoint, "edit", "--archive", dir, id, "--title", title)
		killAt(rmPoint, "rm", "--archive", dir, fmt.Sprintf("gen-%06d", 100+i), "--reason", "test takedown")
		killAt(archive.PauseBackupPartial, "backup", "--archive", dir, filepath.Join(tmp, fmt.Sprintf("backup-%d", i)))
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
		// Killed inside the transaction (even i): absent; after the
		// commit (odd i): whole.
		committed := i%2 == 1
		edited := a.Title == fmt.Sprintf("Corrected title %d", i)
		if edited != committed || edited != (c != nil) || edited != (logged[id] == archive.ActionEdit) {
			t.Errorf("%s (committed %v): title %q, correction %v, log %q: not all or nothing", id, committed, a.Title, c != nil, logged[id])
		}
		if s := mustSearch(t, dir, fmt.Sprintf(`title:"Corrected title %d"`, i)); s.Total != map[bool]uint64{true: 1, false: 0}[committed] {
			t.Errorf("%s (committed %v): the corrected title finds %d", id, committed, s.Total)
		}
		rid := fmt.Sprintf("gen-%06d", 100+i)
		_, gerr := st.Get(rid)
		if removed[rid] != committed || removed[rid] == (gerr == nil) || removed[rid] != (logged[rid] == archive.ActionRemove) {
			t.Errorf("%s (committed %v): tombstone %v, stored %v, log %q: not all or nothing", rid, committed, removed[rid], gerr == nil, logged[rid])
		}
		if s := mustSearch(t, dir, uniqueWord(100+i)); s.Total != map[bool]uint64{true: 0, false: 1}[removed[rid]] {
			t.Errorf("%s (removed %v): its word finds %d", rid, removed[rid], s.Total)
		}
	}
	// A backup killed before its rename leaves no backup folder, only its
	// partial one; a backup run again completes.
	for i := range 12 {
		dest := filepath.Join(tmp, fmt.Sprintf("backup-%d", i))
		if _, err := os.Stat(dest); err == nil {
			t.Errorf("backup %d: a killed backup left %s", i, dest)
		}
		if partials, _ := filepath.Glob(dest + ".partial-*"); len(partials) != 1 {
			t.Errorf("backup %d: partial folders %q, want one", i, partials)
		}
	}
	dest := filepath.Join(tmp, "backup-0")
	if r := run(t, nil, bin.indexer, "backup", "--archive", dir, dest); r.code != 0 {
		t.Fatalf("backup after the kills: %s", r)
	}
	b, err := archive.Open(dest, archive.StoreOptions{ReadOnly: true})
	if err != nil {
		t.Fatalf("backup after the kills: %v", err)
	}
	if c, _ := b.Count(); c != count {
		t.Errorf("backup holds %d articles, the archive %d", c, count)
	}
	b.Close()
}

// lastLine is the last line of s, such as a command's summary on stderr.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// startPaused starts the indexer with args and returns once it has paused
// at point (archive.Pause); the returned function kills it with SIGKILL
// and waits for it.
func startPaused(t *testing.T, point string, args ...string) (kill func()) {
	t.Helper()
	cmd := exec.Command(bin.indexer, args...)
	cmd.Env = append(os.Environ(), archive.PauseEnv+"="+point)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	kill = func() {
		cmd.Process.Kill()
		cmd.Wait()
	}
	paused := make(chan string, 1)
	go func() {
		var seen bytes.Buffer
		buf := make([]byte, 4096)
		for {
			k, err := stderr.Read(buf)
			seen.Write(buf[:k])
			if strings.Contains(seen.String(), "paused at "+point) {
				paused <- ""
				return
			}
			if err != nil {
				paused <- seen.String()
				return
			}
		}
	}()
	select {
	case out := <-paused:
		if out != "" {
			kill()
			t.Fatalf("indexer %v ended without pausing at %s:\n%s", args, point, out)
		}
	case <-time.After(time.Minute):
		kill()
		t.Fatalf("indexer %v did not pause at %s in a minute", args, point)
	}
	return kill
}

// TestReadDuringRebuild: while `indexer rebuild` holds the archive (held
// at its pause point), export, stats, list and backup read the store's
// last commit instead of failing "busy"; the rebuild killed there leaves
// the old index whole, and a rebuild run again completes.
func TestReadDuringRebuild(t *testing.T) {
	needTools(t)
	tmp := t.TempDir()
	input := filepath.Join(tmp, "articles.jsonl")
	const n = 2000
	generate(t, input, n, 17, 200)
	dir := filepath.Join(tmp, "archive")
	if r := run(t, nil, bin.indexer, "add", "--archive", dir, "--quiet", input); r.code != 0 {
		t.Fatalf("add: %s", r)
	}
	kill := startPaused(t, archive.PauseRebuild, "rebuild", "--archive", dir)
	defer kill()
	if r := run(t, nil, bin.indexer, "export", "--archive", dir); r.code != 0 || strings.Count(r.stdout, "\n") != n {
		t.Errorf("export during rebuild: %d lines: %s", strings.Count(r.stdout, "\n"), r)
	}
	r := run(t, nil, bin.indexer, "stats", "--archive", dir, "--json")
	var st struct{ Articles int }
	if err := json.Unmarshal([]byte(r.stdout), &st); r.code != 0 || err != nil || st.Articles != n {
		t.Errorf("stats during rebuild: %d articles (%v): %s", st.Articles, err, r)
	}
	if r := run(t, nil, bin.indexer, "list", "--archive", dir, "--source", "(none)"); r.code != 0 {
		t.Errorf("list during rebuild: %s", r)
	}
	dest := filepath.Join(tmp, "backup")
	if r := run(t, nil, bin.indexer, "backup", "--archive", dir, dest); r.code != 0 || !strings.Contains(r.stderr, "written by the running writer") {
		t.Errorf("backup during rebuild: %s", r)
	}
	b, err := archive.Open(dest, archive.StoreOptions{ReadOnly: true})
	if err != nil {
		t.Fatalf("backup during rebuild: %v", err)
	}
	if c, _ := b.Count(); c != n {
		t.Errorf("backup during rebuild holds %d articles, want %d", c, n)
	}
	b.Close()
	kill()
	if s := mustSearch(t, dir, "--size", "1", ""); s.Total != n {
		t.Errorf("after the killed rebuild the old index finds %d, want %d", s.Total, n)
	}
	if r := run(t, nil, bin.indexer, "rebuild", "--archive", dir); r.code != 0 {
		t.Fatalf("rebuild again: %s", r)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("verify: %s", r)
	}
}
