package searchcmd

import (
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"testing"
	"time"

	"chancery/archive"
	"chancery/index"
	"chancery/internal/cli"
	"chancery/internal/writersock"
)

// TestServeAnswersInFlightSearches stops Serve (as a writer does when its
// ingest ends) right after a search was sent: a search that was accepted
// must still get its full answer, not "context canceled", and Serve must
// return only after answering it (the writer closes the index then).
func TestServeAnswersInFlightSearches(t *testing.T) {
	dir := t.TempDir()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	arts := []*archive.Article{
		{ID: "r1", Title: "Envoys meet on the border treaty", Body: "The envoys met to discuss the border treaty."},
		{ID: "r2", Title: "Council extends mission", Body: "The council extended the observer mission."},
	}
	if _, err := ix.Store.Put(arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(arts); err != nil {
		t.Fatal(err)
	}
	answered := 0
	for i := range 40 {
		sock := filepath.Join(dir, "s.sock")
		ln, err := net.Listen("unix", sock)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		served := make(chan struct{})
		go func() { writersock.Serve(ctx, ln, RunOn(ix)); close(served) }()
		conn, err := net.Dial("unix", sock)
		if err != nil {
			t.Fatal(err)
		}
		json.NewEncoder(conn).Encode(writersock.Request{Args: []string{"--json", "treaty"}})
		if i%2 == 0 {
			time.Sleep(time.Duration(i) * 50 * time.Microsecond)
		}
		cancel()
		<-served
		// Serve has returned: any answer is complete now.
		conn.SetDeadline(time.Now().Add(100 * time.Millisecond))
		var resp struct {
			Code   int
			Stderr []byte
		}
		if err := json.NewDecoder(conn).Decode(&resp); err == nil {
			answered++
			if resp.Code != cli.ExitOK {
				t.Errorf("run %d: search stopped by the writer's end: exit %d, %s", i, resp.Code, resp.Stderr)
			}
		}
		conn.Close()
	}
	t.Logf("%d of 40 searches were accepted before Serve stopped, all answered", answered)
	if answered == 0 {
		t.Error("no search was accepted before Serve stopped: the test proves nothing")
	}
}
