package reliability

import (
	"bytes"
	"encoding/json"
	"io"
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
	// The guarantee (an answer within 2 s) is a figure of speed, read from
	// the log line above and recorded in docs/RELIABILITY.md, not asserted:
	// a loaded machine can miss it without a defect. A search that takes
	// ten times as long is hung, and that is a defect on any machine.
	if worst > 20*time.Second {
		t.Errorf("slowest search took %v: a search hung during the ingest", worst)
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

// TestWriterWaitsForReaders holds the store open in a reader (an `indexer
// export` whose output nobody reads): `indexer add` then fails naming
// readers and --wait, and `indexer add --wait` waits until the reader is
// done and then succeeds.
func TestWriterWaitsForReaders(t *testing.T) {
	needTools(t)
	dir, _ := smallArchive(t, 2000) // an export far larger than a pipe's buffer
	small := filepath.Join(t.TempDir(), "small.jsonl")
	if err := os.WriteFile(small, []byte(`{"id":"w-1","title":"Consul recalled","date":"2006-10-01","body":"The consul was recalled for consultations."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	export := exec.Command(bin.indexer, "export", "--archive", dir)
	pipe, err := export.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := export.Start(); err != nil {
		t.Fatal(err)
	}
	defer export.Process.Kill()
	// Its first bytes prove it has the store open; then it blocks writing.
	if _, err := io.ReadFull(pipe, make([]byte, 1024)); err != nil {
		t.Fatal(err)
	}

	r := run(t, nil, bin.indexer, "add", "--archive", dir, "--quiet", small)
	if r.code != 1 || !strings.Contains(r.stderr, "open in another process") || !strings.Contains(r.stderr, "--wait") {
		t.Errorf("indexer add while a reader holds the store: want exit 1 naming readers and --wait:\n%s", r)
	}

	waiter := exec.Command(bin.indexer, "add", "--archive", dir, "--quiet", "--wait", small)
	var wout bytes.Buffer
	waiter.Stdout, waiter.Stderr = &wout, &wout
	if err := waiter.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- waiter.Wait() }()
	// Without --wait the lock timeout is 500ms: three times that and it
	// must still be waiting.
	select {
	case err := <-done:
		t.Fatalf("indexer add --wait ended while the reader held the store: %v\n%s", err, wout.String())
	case <-time.After(1500 * time.Millisecond):
	}
	if _, err := io.Copy(io.Discard, pipe); err != nil {
		t.Fatal(err)
	}
	if err := export.Wait(); err != nil {
		t.Fatalf("export: %v", err)
	}
	if err := <-done; err != nil {
		t.Fatalf("indexer add --wait: %v\n%s", err, wout.String())
	}
	if arts, _ := storeState(t, dir); arts["w-1"] == nil || len(arts) != 2001 {
		t.Errorf("after the waiting writer: %d articles, w-1 present: %v", len(arts), arts["w-1"] != nil)
	}
}
