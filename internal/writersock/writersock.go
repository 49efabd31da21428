package writersock

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"chancery/archive"
)

// Request is what a forwarded command sends: its arguments (without the
// program name) and whether its output goes to a terminal.
type Request struct {
	Args  []string `json:"args"`
	Color bool     `json:"color"`
}

// response is what the writer answers.
type response struct {
	Stdout []byte `json:"stdout"`
	Stderr []byte `json:"stderr"`
	Code   int    `json:"code"`
}

// RunFunc runs one forwarded command, writing its output to stdout and
// stderr, and returns its exit code. Serve calls it concurrently.
type RunFunc func(ctx context.Context, req Request, stdout, stderr io.Writer) int

// Timeout bounds a forwarded command: dial, run and answer.
const Timeout = 10 * time.Second

// ErrNoWriter is returned by Forward when no writer answers.
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

// Serve answers forwarded commands on ln with run until ctx ends or ln is
// closed. It returns once the commands in flight have been answered, so
// the caller may close what run reads then. A command in flight when ctx
// ends still gets its answer: each runs under its own Timeout, not under
// ctx.
func Serve(ctx context.Context, ln net.Listener, run RunFunc) {
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
			var req Request
			if err := json.NewDecoder(conn).Decode(&req); err != nil {
				return
			}
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), Timeout)
			defer cancel()
			var out, errb bytes.Buffer
			code := run(rctx, req, &out, &errb)
			json.NewEncoder(conn).Encode(response{Stdout: out.Bytes(), Stderr: errb.Bytes(), Code: code})
		}()
	}
}

// Forward runs req in the writer that holds the archive in dir, copies its
// output to stdout and stderr and returns its exit code. The error wraps
// ErrNoWriter when no writer answered.
func Forward(dir string, req Request, stdout, stderr io.Writer) (int, error) {
	li, err := archive.ReadLock(dir)
	if err != nil || li.Socket == "" {
		return 0, ErrNoWriter
	}
	conn, err := net.DialTimeout("unix", li.Socket, time.Second)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrNoWriter, err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(Timeout))
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		return 0, fmt.Errorf("%w: %v", ErrNoWriter, err)
	}
	var resp response
	if err := json.NewDecoder(conn).Decode(&resp); err != nil {
		return 0, fmt.Errorf("%w: %v", ErrNoWriter, err)
	}
	stdout.Write(resp.Stdout)
	stderr.Write(resp.Stderr)
	return resp.Code, nil
}
