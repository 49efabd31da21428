package writersock

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// TestForwardRunsInTheWriter serves a fake command on the socket a writer
// advertises in its LOCK file and forwards to it: output and exit code come
// back as the command wrote them.
func TestForwardRunsInTheWriter(t *testing.T) {
	dir := t.TempDir()
	lock, err := archive.Lock(dir, "test writer", false)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	var stdout, stderr bytes.Buffer
	if _, err := Forward(dir, Request{Args: []string{"x"}}, &stdout, &stderr); err == nil {
		t.Fatal("Forward with no socket advertised: no error")
	}
	ln, err := Listen(dir)
	if err != nil {
		t.Fatal(err)
	}
	li, _ := archive.ReadLock(dir)
	li.Socket = ln.Addr().String()
	lock.Publish(li)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan struct{})
	go func() {
		Serve(ctx, ln, func(ctx context.Context, req Request, stdout, stderr io.Writer) int {
			fmt.Fprintf(stdout, "ran %s color=%v", strings.Join(req.Args, " "), req.Color)
			fmt.Fprint(stderr, "note")
			return 3
		})
		close(served)
	}()
	code, err := Forward(dir, Request{Args: []string{"--json", "treaty"}, Color: true}, &stdout, &stderr)
	cancel()
	<-served
	if err != nil || code != 3 || stdout.String() != "ran --json treaty color=true" || stderr.String() != "note" {
		t.Errorf("Forward: code %d, err %v, stdout %q, stderr %q", code, err, stdout.String(), stderr.String())
	}
}

// TestServeOutlivesItsContext cancels Serve's context while a command
// runs: the command's own context must not end with it.
func TestServeOutlivesItsContext(t *testing.T) {
	dir := t.TempDir()
	ln, err := Listen(dir)
	if err != nil {
		t.Fatal(err)
	}
	lock, err := archive.Lock(dir, "test writer", false)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	li, _ := archive.ReadLock(dir)
	li.Socket = ln.Addr().String()
	lock.Publish(li)
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	go Serve(ctx, ln, func(rctx context.Context, _ Request, stdout, _ io.Writer) int {
		close(started)
		<-ctx.Done()
		time.Sleep(10 * time.Millisecond)
		if rctx.Err() != nil {
			return 1
		}
		return 0
	})
	go func() { <-started; cancel() }()
	var out bytes.Buffer
	if code, err := Forward(dir, Request{}, &out, &out); err != nil || code != 0 {
		t.Errorf("command in flight when Serve's context ended: code %d, err %v", code, err)
	}
}

// TestPathFallsBackForLongFolders: a Unix socket path has a length limit,
// so a deep archive gets its socket in the temporary folder.
func TestPathFallsBackForLongFolders(t *testing.T) {
	short := t.TempDir()
	if got, want := Path(short), archive.SocketFile(short); got != want {
		t.Errorf("Path(%s) = %s, want %s", short, got, want)
	}
	long := filepath.Join(short, strings.Repeat("a", 120))
	if got := Path(long); strings.HasPrefix(got, long) || !strings.HasSuffix(got, ".sock") {
		t.Errorf("Path of a %d-byte folder = %s", len(long), got)
	}
	if Path(long) != Path(long+"/") {
		t.Error("Path depends on a trailing slash")
	}
}
