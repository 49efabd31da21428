package web

import (
	"bytes"
	"chancery/archive"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"chancery/internal/indexcmd"
	"chancery/internal/service"
)

// newArticles writes n new articles as JSON Lines; the last one holds the
// word zanzibarquux.
func newArticles(t *testing.T, n int) string {
	t.Helper()
	var in bytes.Buffer
	for i := range n {
		word := "routine"
		if i == n-1 {
			word = "zanzibarquux"
		}
		fmt.Fprintf(&in, `{"id":"new-%d","title":"Bulletin %d on %s matters","date":"2006-01-%02d","source":"Test Wire","body":"Delegates met again today about %s matters and the treaty, bulletin %d."}`+"\n", i, i, word, 1+i%28, word, i)
	}
	file := filepath.Join(t.TempDir(), "new.jsonl")
	if err := os.WriteFile(file, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestServeStartsDuringIngest starts the server while a writer holds the
// archive: it answers through the writer, then opens the archive itself.
func TestServeStartsDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests an archive")
	}
	dir := t.TempDir()
	buildArchive(t, dir, filepath.Join("..", "..", "testdata", "sample"))
	file := newArticles(t, 3000)
	done := make(chan string, 1)
	go func() {
		var out bytes.Buffer
		code := indexcmd.Run(context.Background(), []string{"add", "--archive", dir, file}, indexcmd.Env{Stdout: &out, Stderr: &out, Search: service.Answerer})
		done <- fmt.Sprintf("exit %d: %s", code, out.String())
	}()
	// Wait for the writer to serve searches.
	for i := 0; ; i++ {
		if li, err := archive.ReadLock(dir); err == nil && li.Socket != "" {
			break
		}
		select {
		case res := <-done:
			t.Skipf("the ingest ended before the test could start the server during it (%s)", res)
		default:
		}
		if i > 1000 {
			t.Fatal("the writer did not advertise its socket in 10 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	s, err := New(Options{Archive: dir, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatalf("start during an ingest: %v", err)
	}
	ts := httptest.NewServer(s)
	defer func() {
		ts.Close()
		s.Close()
	}()
	code, _, body := get(t, ts.URL+"/api/search?q=Iraq")
	if code != 200 {
		t.Errorf("during the ingest: %d %s", code, body)
	}
	if res := <-done; !strings.HasPrefix(res, "exit 0") {
		t.Fatalf("indexer add: %s", res)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, _, body := get(t, ts.URL+"/api/search?q=zanzibarquux")
		var r service.Result
		if json.Unmarshal([]byte(body), &r) == nil && r.Total == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new article is not found 5 s after the ingest: %s", body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if s.b.forwarded.Load() == 0 {
		t.Errorf("no search went through the writer")
	}
}

// TestIngestWhileServing runs `indexer add` on the archive a server is
// answering from, while clients search without pause: the writer must get
// the archive, every search must answer 200, and the new articles must be
// found within seconds of the writer's end.
func TestIngestWhileServing(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests an archive")
	}
	dir := t.TempDir()
	buildArchive(t, dir, filepath.Join("..", "..", "testdata", "sample"))
	s, err := New(Options{Archive: dir, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer func() {
		ts.Close()
		s.Close()
	}()

	file := newArticles(t, 1500)

	var (
		mu       sync.Mutex
		failures []string
		answered int
	)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for c := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			paths := []string{"/api/search?q=treaty&facets=1", "/?q=Iraq", "/api/articles/cw-2004-0355", "/api/search?q=matters"}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				p := paths[(c+i)%len(paths)]
				code, _, body := get(t, ts.URL+p)
				mu.Lock()
				answered++
				if code != http.StatusOK {
					failures = append(failures, fmt.Sprintf("%s: %d %s", p, code, strings.TrimSpace(body)))
				}
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}
	time.Sleep(100 * time.Millisecond)
	var out, errb bytes.Buffer
	code := indexcmd.Run(context.Background(), []string{"add", "--archive", dir, file}, indexcmd.Env{Stdout: &out, Stderr: &errb, Search: service.Answerer})
	if code != 0 {
		close(stop)
		wg.Wait()
		t.Fatalf("indexer add while serving: exit %d\n%s%s", code, out.String(), errb.String())
	}
	// The new articles appear without a restart.
	deadline := time.Now().Add(5 * time.Second)
	var total uint64
	for time.Now().Before(deadline) {
		_, _, body := get(t, ts.URL+"/api/search?q=zanzibarquux")
		var r service.Result
		if json.Unmarshal([]byte(body), &r) == nil && r.Total == 1 {
			total = 1
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // searches after the reopen, too
	close(stop)
	wg.Wait()
	if total != 1 {
		t.Errorf("the new article is not found 5 s after indexer add finished")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(failures) > 0 {
		t.Errorf("%d of %d requests failed during the ingest; first: %s", len(failures), answered, failures[0])
	}
	if s.b.forwarded.Load() == 0 {
		t.Errorf("no search was answered through the writer: the test did not overlap the ingest")
	}
	s.b.mu.RLock()
	open := s.b.ix != nil
	s.b.mu.RUnlock()
	if !open {
		t.Errorf("the server did not open the archive again after the writer")
	}
	t.Logf("%d requests, %d through the writer, none failed", answered, s.b.forwarded.Load())
}
