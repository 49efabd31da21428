package reliability

import (
	"chancery/archive"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// setMeta overwrites a key of the store's meta bucket, as an archive
// written by another version of Chancery would hold it.
func setMeta(t *testing.T, dir, key, value string) {
	t.Helper()
	db, err := bolt.Open(archive.StoreFile(dir), 0o644, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte(key), []byte(value))
	}); err != nil {
		t.Fatal(err)
	}
}

// smallArchive ingests n generated articles into a new archive.
func smallArchive(t *testing.T, n int) (dir string, input string) {
	t.Helper()
	tmp := t.TempDir()
	input = filepath.Join(tmp, "articles.jsonl")
	generate(t, input, n, 3, 40)
	dir = filepath.Join(tmp, "archive")
	if r := run(t, nil, bin.indexer, "add", "--archive", dir, "--quiet", input); r.code != 0 {
		t.Fatalf("indexer add: %s", r)
	}
	return dir, input
}

// TestFormatVersion bumps the archive's format version: every command
// refuses the archive with a message naming the versions and what to run,
// and none of them changes it.
func TestFormatVersion(t *testing.T) {
	needTools(t)
	dir, input := smallArchive(t, 20)
	setMeta(t, dir, "format", "99")
	for _, args := range [][]string{
		{bin.search, "--archive", dir, "talks"},
		{bin.search, "--archive", dir, "show", "gen-000001"},
		{bin.indexer, "add", "--archive", dir, input},
		{bin.indexer, "verify", "--archive", dir},
		{bin.indexer, "verify", "--repair", "--archive", dir},
		{bin.indexer, "rebuild", "--archive", dir},
		{bin.indexer, "export", "--archive", dir},
		{bin.indexer, "stats", "--archive", dir},
	} {
		r := run(t, nil, args[0], args[1:]...)
		msg := strings.TrimSpace(r.stderr)
		if r.code != 1 || !strings.Contains(msg, "format v99") || !strings.Contains(msg, "reads v1") || !strings.Contains(msg, "indexer export") {
			t.Errorf("%s %v: want exit 1 naming v99, v1 and `indexer export`:\n%s", filepath.Base(args[0]), args[1:], r)
		}
		if strings.Count(msg, "\n") > 1 {
			t.Errorf("%s %v: message longer than two lines:\n%s", filepath.Base(args[0]), args[1:], msg)
		}
	}
	setMeta(t, dir, "format", "1")
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("after the refused commands the archive no longer verifies: %s", r)
	}
}

// TestSettingsMismatch changes the recorded settings hash, as an index
// built by a binary with another mapping would have: search and add refuse
// with a message saying to run `indexer rebuild`, verify reports it, and
// rebuild makes the archive usable again.
func TestSettingsMismatch(t *testing.T) {
	needTools(t)
	dir, input := smallArchive(t, 30)
	setMeta(t, dir, "settings", "0123456789abcdef")
	for _, args := range [][]string{
		{bin.search, "--archive", dir, "talks"},
		{bin.indexer, "add", "--archive", dir, input},
		{bin.indexer, "verify", "--archive", dir},
	} {
		r := run(t, nil, args[0], args[1:]...)
		if r.code != 1 || !strings.Contains(r.stdout+r.stderr, "indexer rebuild") {
			t.Errorf("%s %v: want exit 1 saying to run `indexer rebuild`:\n%s", filepath.Base(args[0]), args[1:], r)
		}
	}
	if r := run(t, nil, bin.indexer, "rebuild", "--archive", dir); r.code != 0 {
		t.Fatalf("rebuild: %s", r)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("verify after rebuild: %s", r)
	}
	if s := mustSearch(t, dir, "--size", "1"); s.Total != 30 {
		t.Errorf("after rebuild: %d documents, want 30", s.Total)
	}
	if ents, _ := os.ReadDir(archive.IndexFolder(dir)); len(ents) != 1 {
		t.Errorf("index folders after rebuild: %v, want only the new one", names(ents))
	}
}

// TestRebuildKilled kills `indexer rebuild` while it builds the new index:
// the archive keeps working on the old index (search, verify), the next
// writer removes the half-built folder, and the next rebuild completes.
func TestRebuildKilled(t *testing.T) {
	needTools(t)
	const n = 3000
	dir, _ := smallArchive(t, n)
	before, err := os.ReadDir(archive.IndexFolder(dir))
	if err != nil || len(before) != 1 {
		t.Fatalf("index folders: %v %v", names(before), err)
	}
	old := before[0].Name()

	cmd := exec.Command(bin.indexer, "rebuild", "--archive", dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// Kill once the new index has its first segment on disk: midway.
	killed := false
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("rebuild finished before it could be killed (%v): make the archive bigger", err)
		default:
		}
		if segmentsBesides(t, dir, old) {
			cmd.Process.Kill()
			<-done
			killed = true
			break
		}
	}
	if !killed {
		t.Fatal("the rebuild never wrote a new index")
	}
	after, _ := os.ReadDir(archive.IndexFolder(dir))
	t.Logf("rebuild killed midway; index folders: %v", names(after))
	if s := mustSearch(t, dir, "--size", "1"); s.Total != n {
		t.Errorf("search after a killed rebuild: %d documents, want %d", s.Total, n)
	}
	if s := mustSearch(t, dir, uniqueWord(1234)); s.Total != 1 {
		t.Errorf("search %s after a killed rebuild: %+v", uniqueWord(1234), s)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("verify after a killed rebuild: %s", r)
	}
	// The next writer removes the half-built folder and keeps the old index.
	if r := run(t, nil, bin.indexer, "verify", "--repair", "--archive", dir); r.code != 0 {
		t.Errorf("verify --repair after a killed rebuild: %s", r)
	}
	if ents, _ := os.ReadDir(archive.IndexFolder(dir)); len(ents) != 1 || ents[0].Name() != old {
		t.Errorf("index folders after the next writer: %v, want only %s", names(ents), old)
	}
	if r := run(t, nil, bin.indexer, "rebuild", "--archive", dir); r.code != 0 {
		t.Fatalf("second rebuild: %s", r)
	}
	final, _ := os.ReadDir(archive.IndexFolder(dir))
	if len(final) != 1 || final[0].Name() == old {
		t.Errorf("index folders after the second rebuild: %v, want one new folder", names(final))
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("verify after the second rebuild: %s", r)
	}
}

// segmentsBesides reports whether an index folder other than old holds a
// segment file (*.zap).
func segmentsBesides(t *testing.T, dir, old string) bool {
	ents, _ := os.ReadDir(archive.IndexFolder(dir))
	for _, e := range ents {
		if e.Name() == old {
			continue
		}
		m, _ := filepath.Glob(filepath.Join(archive.IndexFolder(dir), e.Name(), "store", "*.zap"))
		if len(m) > 0 {
			return true
		}
	}
	return false
}

func names(ents []os.DirEntry) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}
