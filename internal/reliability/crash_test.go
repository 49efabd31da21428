package reliability

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestCrashKill9 kills `indexer add` of 5,000 articles with SIGKILL at
// random moments, reruns the same command each time, and then checks that
// the archive holds every article exactly once, with its content, and that
// the index agrees: `indexer verify` passes, the index holds as many
// documents as the store, and each article's unique word finds it alone.
func TestCrashKill9(t *testing.T) {
	needTools(t)
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("CHANCERY_CRASH_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("CHANCERY_CRASH_SEED: %v", err)
		}
	}
	t.Logf("kill schedule seed %d (rerun with CHANCERY_CRASH_SEED=%d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	const n = 5000
	tmp := t.TempDir()
	input := filepath.Join(tmp, "articles.jsonl")
	want := generate(t, input, n, 42, 60)
	dir := filepath.Join(tmp, "archive")
	// Small batches: more commits, so more kills land between the store's
	// commit and the index's.
	args := []string{"add", "--archive", dir, "--quiet", "--batch-size", "200", input}

	const kills = 6
	killed, partial, withJournal := 0, 0, 0
	maxDelay := 3 * time.Second
	for attempt := 0; killed < kills && attempt < 3*kills; attempt++ {
		delay := time.Duration(rng.Int64N(int64(maxDelay)))
		cmd := exec.Command(bin.indexer, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			// It finished first: the archive is complete; start over from
			// an empty one with shorter delays so later kills land.
			if err != nil {
				t.Fatalf("indexer add (not killed) failed: %v\n%s", err, stderr.String())
			}
			t.Logf("run %d finished before its kill at %v; emptying the archive", attempt, delay)
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
			maxDelay = maxDelay * 2 / 3
			continue
		case <-time.After(delay):
		}
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		<-done
		killed++
		if !hasArchive(t, dir) {
			// Killed before the store file existed, or before its first
			// transaction committed: the rerun starts a new archive.
			t.Logf("kill %d at %v: no store yet", killed, delay)
			continue
		}
		arts, journal := storeState(t, dir)
		if len(arts) > 0 && len(arts) < n {
			partial++
		}
		if journal > 0 {
			withJournal++
		}
		t.Logf("kill %d at %v: store holds %d articles, %d journal entries pending", killed, delay, len(arts), journal)
	}
	if killed < kills {
		t.Fatalf("only %d of %d runs were killed before they finished", killed, kills)
	}
	if partial == 0 {
		t.Fatalf("no kill left a partly filled store: the test did not interrupt an ingest (seed %d)", seed)
	}
	t.Logf("%d kills: %d left a partly filled store, %d a pending journal", killed, partial, withJournal)

	// The same command again completes.
	if r := run(t, nil, bin.indexer, args...); r.code != 0 {
		t.Fatalf("final indexer add: %s", r)
	}
	arts, journal := storeState(t, dir)
	if journal != 0 {
		t.Errorf("journal holds %d entries after a completed run", journal)
	}
	if len(arts) != n {
		t.Errorf("store holds %d articles, want %d", len(arts), n)
	}
	for _, w := range want {
		a, ok := arts[w.ID]
		switch {
		case !ok:
			t.Errorf("article %s missing", w.ID)
		case a.Title != w.Title || a.Body != w.Body || a.DateString() != w.Date || a.Source != w.Source:
			t.Errorf("article %s stored as %q %q %q, want %q %q %q", w.ID, a.Title, a.DateString(), a.Source, w.Title, w.Date, w.Source)
		}
	}
	r := run(t, nil, bin.indexer, "verify", "--archive", dir)
	if r.code != 0 {
		t.Fatalf("indexer verify: %s", r)
	}
	if !strings.Contains(r.stdout, "store       5000 articles") || !strings.Contains(r.stdout, "index       5000 documents") {
		t.Errorf("verify counts:\n%s", r.stdout)
	}
	// Every document in the index once: the match-all total, and a sample
	// of unique words each finding its one article.
	if s := mustSearch(t, dir, "--size", "1"); s.Total != n {
		t.Errorf("search of everything: %d documents, want %d", s.Total, n)
	}
	for range 10 {
		i := rng.IntN(n)
		s := mustSearch(t, dir, uniqueWord(i))
		if s.Total != 1 || len(s.Hits) != 1 || s.Hits[0].ID != want[i].ID {
			t.Errorf("search %s: %+v, want exactly %s", uniqueWord(i), s, want[i].ID)
		}
	}
}
