package reliability

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// mountTmpfs mounts a tmpfs of size (as mount -o size= takes it) on a new
// folder and unmounts it when the test ends; it skips the test when this
// process may not mount.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "fs")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("a size-capped file system is needed and mount is not permitted here (%v): run as root", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// TestDiskFull ingests 32 MB of invented articles into a 20 MB file
// system: the first run and every rerun end with exit 1 and one clear
// error naming the full disk and the space needed, promptly (a rerun once
// spun at full CPU for ever); once the file system is enlarged, the same
// command completes and the archive holds every article and verifies.
func TestDiskFull(t *testing.T) {
	needTools(t)
	fsDir := mountTmpfs(t, "20m")
	input := filepath.Join(t.TempDir(), "articles.jsonl")
	const n = 8000
	generate(t, input, n, 7, 600)
	dir := filepath.Join(fsDir, "archive")
	args := []string{"add", "--archive", dir, "--quiet", input}
	for i := range 3 {
		r := run(t, nil, bin.indexer, args...)
		msg := r.stderr
		if r.code != 1 || !strings.Contains(msg, "disk full") || !strings.Contains(msg, "more is needed") || !strings.Contains(msg, "nothing stored is lost") {
			t.Fatalf("run %d: want exit 1 saying the disk is full and the space needed:\n%s", i+1, r)
		}
		if strings.Contains(msg, "bleve") || strings.Contains(msg, "unable to load snapshot") {
			t.Errorf("run %d: Bleve's log reached the terminal:\n%s", i+1, msg)
		}
		t.Logf("run %d: exit %d in %v: %s", i+1, r.code, r.elapsed.Round(time.Millisecond), lastLine(msg))
	}
	if err := syscall.Mount("tmpfs", fsDir, "tmpfs", syscall.MS_REMOUNT, "size=200m"); err != nil {
		t.Fatalf("enlarge the file system: %v", err)
	}
	if r := run(t, nil, bin.indexer, args...); r.code != 0 {
		t.Fatalf("run with space: %s", r)
	}
	arts, journal := storeState(t, dir)
	if len(arts) != n || journal != 0 {
		t.Errorf("store holds %d articles and %d journal entries, want %d and 0", len(arts), journal, n)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("verify: %s", r)
	}
	if s := mustSearch(t, dir, "--size", "1"); s.Total != n {
		t.Errorf("a search counts %d, want %d", s.Total, n)
	}
	if s := mustSearch(t, dir, uniqueWord(4321)); s.Total != 1 {
		t.Errorf("%s finds %d, want 1", uniqueWord(4321), s.Total)
	}
}

// TestIngestAnswersCtrlC interrupts an ingest of 8,000 articles with
// SIGINT once it has committed something: it stops cleanly (exit 1,
// "stopped:" and the counts), well before it would have finished, and the
// same command then completes the archive.
func TestIngestAnswersCtrlC(t *testing.T) {
	needTools(t)
	tmp := t.TempDir()
	input := filepath.Join(tmp, "articles.jsonl")
	const n = 8000
	generate(t, input, n, 9, 300)
	dir := filepath.Join(tmp, "archive")
	args := []string{"add", "--archive", dir, "--quiet", "--batch-size", "200", input}
	cmd := exec.Command(bin.indexer, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// Wait for a first commit (the store file grows past its empty size).
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if fi, err := os.Stat(filepath.Join(dir, "chancery.db")); err == nil && fi.Size() > 1<<20 {
			break
		}
	}
	cmd.Process.Signal(os.Interrupt)
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("indexer add did not stop within 30 s of SIGINT:\n%s", stderr.String())
	}
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), "stopped:") {
		t.Fatalf("after SIGINT: exit %d:\n%s", code, stderr.String())
	}
	arts, _ := storeState(t, dir)
	if len(arts) == n {
		t.Fatalf("the ingest finished before SIGINT: nothing tested")
	}
	t.Logf("interrupted with %d of %d stored: %s", len(arts), n, lastLine(stderr.String()))
	if r := run(t, nil, bin.indexer, args...); r.code != 0 {
		t.Fatalf("rerun: %s", r)
	}
	if arts, journal := storeState(t, dir); len(arts) != n || journal != 0 {
		t.Errorf("after the rerun: %d articles, %d journal entries", len(arts), journal)
	}
}
