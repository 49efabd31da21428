package reliability

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// TestSearchDuringIngest runs searches while `indexer add` ingests 8,000
// articles. Each search must answer (exit 0 with a total that never
// decreases, or the documented busy message) and never hang; a second
// `indexer add` must fail at once naming the running one; `indexer add
// --wait` must wait for it and then succeed; the ingest must finish intact.
func TestSearchDuringIngest(t *testing.T) {
	needTools(t)
	const n = 8000
	tmp := t.TempDir()
	big := filepath.Join(tmp, "big.jsonl")
	generate(t, big, n, 7, 60)
	small := filepath.Join(tmp, "small.jsonl")
	if err := os.WriteFile(small, []byte(
		`{"id":"late-1","title":"Late bulletin on fisheries","date":"2006-03-01","body":"Negotiators signed the zorvathine annex."}`+"\n"+
			`{"id":"late-2","title":"Late bulletin on grain","date":"2006-03-02","body":"The grain quota was reviewed by the committee."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "archive")

	writer := exec.Command(bin.indexer, "add", "--archive", dir, "--quiet", "--batch-size", "500", big)
	var wout bytes.Buffer
	writer.Stdout, writer.Stderr = &wout, &wout
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	wdone := make(chan struct{})
	var werr error
	go func() { werr = writer.Wait(); close(wdone) }()
	defer func() {
		select {
		case <-wdone:
		default:
			writer.Process.Kill()
			<-wdone
		}
	}()
	running := func() bool {
		select {
		case <-wdone:
			return false
		default:
			return true
		}
	}

	// Wait until the writer serves searches (its LOCK names a socket).
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if li, err := archive.ReadLock(dir); err == nil && li.Socket != "" {
			break
		}
		if !running() || time.Now().After(deadline) {
			t.Fatalf("writer never served searches: %v\n%s", werr, wout.String())
		}
	}

	// A second writer fails at once, naming the first.
	second := run(t, nil, bin.indexer, "add", "--archive", dir, small)
	if !running() {
		t.Fatal("the ingest ended before the second writer's answer could be told apart from waiting")
	}
	if second.code != 1 || !strings.Contains(second.stderr, "pid "+strconv.Itoa(writer.Process.Pid)) ||
		!strings.Contains(second.stderr, "indexer add --archive") || !strings.Contains(second.stderr, "--wait") {
		t.Errorf("second indexer add: want exit 1 naming pid %d, its command and --wait:\n%s", writer.Process.Pid, second)
	}
	t.Logf("second writer: exit %d in %v: %s", second.code, second.elapsed.Round(time.Millisecond), strings.TrimSpace(second.stderr))

	// A third with --wait blocks until the first is done, then succeeds.
	waiter := exec.Command(bin.indexer, "add", "--archive", dir, "--quiet", "--wait", small)
	var waitOut bytes.Buffer
	waiter.Stdout, waiter.Stderr = &waitOut, &waitOut
	if err := waiter.Start(); err != nil {
		t.Fatal(err)
	}
	waitDone := make(chan error, 1)
	go func() { waitDone <- waiter.Wait() }()

	// Searches while the ingest runs.
	var latencies []time.Duration
	var totals []uint64
	busy, mid := 0, 0
	for running() {
		waiterDone := false
		select {
		case err := <-waitDone:
			waitDone <- err
			waiterDone = true
		default:
		}
		r := run(t, nil, bin.search, "--archive", dir, "--json", "--size", "1")
		latencies = append(latencies, r.elapsed)
		switch {
		case r.code == 0:
			var s searchJSON
			if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
				t.Fatalf("search output: %v\n%s", err, r)
			}
			if len(totals) > 0 && s.Total < totals[len(totals)-1] {
				t.Errorf("total went down: %d after %d", s.Total, totals[len(totals)-1])
			}
			if s.Total > n+2 {
				t.Errorf("total %d exceeds the %d articles ingested", s.Total, n+2)
			}
			if s.Total > 0 && s.Total < n {
				mid++
			}
			if waiterDone && s.Total < n {
				t.Errorf("indexer add --wait finished while the first writer had committed only %d of %d articles", s.Total, n)
			}
			totals = append(totals, s.Total)
		case r.code == 1 && strings.Contains(r.stderr, "busy"):
			busy++
			t.Logf("busy answer after %v searches (total so far %v): %s", len(latencies), compact(totals), strings.TrimSpace(r.stderr))
		default:
			t.Errorf("search during ingest: %s", r)
		}
	}
	if werr != nil {
		t.Fatalf("ingest with searches running: %v\n%s", werr, wout.String())
	}
	if err := <-waitDone; err != nil {
		t.Fatalf("indexer add --wait: %v\n%s", err, waitOut.String())
	}

	slices.Sort(latencies)
	if len(latencies) == 0 {
		t.Fatal("no search ran during the ingest")
	}
	p50, worst := latencies[len(latencies)/2], latencies[len(latencies)-1]
	t.Logf("%d searches during the ingest: %d answered mid-ingest, %d busy; latency p50 %v, max %v; totals %v",
		len(latencies), mid, busy, p50.Round(time.Millisecond), worst.Round(time.Millisecond), compact(totals))
	if mid == 0 {
		t.Error("no search answered from a partly ingested archive")
	}
	if worst > 2*time.Second {
		t.Errorf("slowest search took %v, the guarantee is 2s", worst)
	}

	// The ingest and the waiting writer both landed, and the index agrees.
	if s := mustSearch(t, dir, "--size", "1"); s.Total != n+2 {
		t.Errorf("after both writers: %d documents, want %d", s.Total, n+2)
	}
	if s := mustSearch(t, dir, "zorvathine"); s.Total != 1 || s.Hits[0].ID != "late-1" {
		t.Errorf("the --wait writer's article: %+v", s)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("verify: %s", r)
	}
}

// compact lists distinct successive values: 0 0 500 500 1000 -> [0 500 1000].
func compact(v []uint64) []uint64 {
	return slices.Compact(slices.Clone(v))
}
