package writersock

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"chancery/archive"
)

// Handler answers one forwarded call with the answer's bytes. Serve
// calls it concurrently.
type Handler func(ctx context.Context, call []byte) []byte

// Timeout bounds a forwarded call: dial, run and answer.
const Timeout = 10 * time.Second

// ErrNoWriter is returned by Send when no writer answers.
var ErrNoWriter = errors.New("no writer answers")

// Path returns where the writer of the archive in dir listens: a path in
// the archive when short enough for a Unix socket, else one in the
// temporary folder named by the archive's absolute path.
func Path(dir string) string { return socketPath(dir, archive.SocketFile(dir), "") }

// SnapshotPath returns where the writer of the archive in dir hands out
// snapshots of its store, by the same rule as Path.
func SnapshotPath(dir string) string {
	return socketPath(dir, archive.SnapshotSocketFile(dir), "-snapshots")
}

// socketPath returns p made absolute when short enough for a Unix
// socket, else a path in the temporary folder named by the absolute path
// of dir and suffix.
func socketPath(dir, p, suffix string) string {
	if abs, err := filepath.Abs(p); err == nil && len(abs) < 100 {
		return abs
	}
	abs, _ := filepath.Abs(dir)
	return filepath.Join(os.TempDir(), fmt.Sprintf("chancery-%x%s.sock", fnv(abs), suffix))
}

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Listen listens on Path(dir), first removing a socket left there by a
// killed writer: the caller must hold the archive's writer lock.
func Listen(dir string) (net.Listener, error) {
	sock := Path(dir)
	os.Remove(sock)
	return net.Listen("unix", sock)
}

// Serve answers forwarded calls on ln with handle until ctx ends or ln is
// closed. It returns once the calls in flight have been answered, so the
// caller may close what handle reads then. A call in flight when ctx ends
// still gets its answer: each runs under its own Timeout, not under ctx.
// A call is one JSON value; so is its answer.
func Serve(ctx context.Context, ln net.Listener, handle Handler) {
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		select {
		case <-ctx.Done():
		case <-stop:
		}
		ln.Close()
	}()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(Timeout))
			var call json.RawMessage
			if err := json.NewDecoder(conn).Decode(&call); err != nil {
				return
			}
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), Timeout)
			defer cancel()
			conn.Write(handle(rctx, call))
		}()
	}
}

// Send delivers call (one JSON value) to the writer that holds the
// archive in dir and returns its answer. The error wraps ErrNoWriter when
// no writer answered.
func Send(ctx context.Context, dir string, call []byte) ([]byte, error) {
	li, err := archive.ReadLock(dir)
	if err != nil || li.Socket == "" {
		return nil, ErrNoWriter
	}
	var d net.Dialer
	dctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	conn, err := d.DialContext(dctx, "unix", li.Socket)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoWriter, err)
	}
	defer conn.Close()
	deadline := time.Now().Add(Timeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	conn.SetDeadline(deadline)
	if _, err := conn.Write(call); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoWriter, err)
	}
	var answer json.RawMessage
	if err := json.NewDecoder(conn).Decode(&answer); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoWriter, err)
	}
	return answer, nil
}
