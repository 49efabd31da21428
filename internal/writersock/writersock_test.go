package writersock

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// TestSendReachesTheWriter serves a fake handler on the socket a writer
// advertises in its LOCK file and sends to it: the answer comes back as
// the handler wrote it.
func TestSendReachesTheWriter(t *testing.T) {
	dir := t.TempDir()
	lock, err := archive.Lock(dir, "test writer", false)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	if _, err := Send(context.Background(), dir, []byte(`"x"`)); !errors.Is(err, ErrNoWriter) {
		t.Fatalf("Send with no socket advertised: %v, want ErrNoWriter", err)
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
		Serve(ctx, ln, func(ctx context.Context, call []byte) []byte {
			return []byte(fmt.Sprintf(`{"got":%s}`, call))
		})
		close(served)
	}()
	answer, err := Send(context.Background(), dir, []byte(`{"op":"search","q":"treaty"}`))
	cancel()
	<-served
	if err != nil || string(answer) != `{"got":{"op":"search","q":"treaty"}}` {
		t.Errorf("Send: %q, %v", answer, err)
	}
}

// TestServeOutlivesItsContext cancels Serve's context while a call is
// answered: the call's own context must not end with it.
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
	go Serve(ctx, ln, func(rctx context.Context, _ []byte) []byte {
		close(started)
		<-ctx.Done()
		time.Sleep(10 * time.Millisecond)
		if rctx.Err() != nil {
			return []byte(`"ended"`)
		}
		return []byte(`"answered"`)
	})
	go func() { <-started; cancel() }()
	if answer, err := Send(context.Background(), dir, []byte(`{}`)); err != nil || string(answer) != `"answered"` {
		t.Errorf("call in flight when Serve's context ended: %q, %v", answer, err)
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
