package searchcmd

import (
	"bytes"
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
	"chancery/index"
)

// While `indexer add` runs it holds the archive's file locks, so a search
// cannot open it. The indexer instead listens on a Unix socket named in the
// archive's LOCK file and runs searches itself, against what it has
// committed so far. Search processes forward their arguments there when
// they find the archive busy.

// remoteRequest is what a forwarded search sends.
type remoteRequest struct {
	Args  []string `json:"args"`
	Color bool     `json:"color"`
}

// remoteResponse is what the writer answers.
type remoteResponse struct {
	Stdout []byte `json:"stdout"`
	Stderr []byte `json:"stderr"`
	Code   int    `json:"code"`
}

// RemoteTimeout bounds a forwarded search: dial, run and answer.
const RemoteTimeout = 10 * time.Second

// SocketPath returns where the writer of the archive in dir listens: a
// path in the archive when short enough for a Unix socket, else one in the
// temporary folder named by the archive's absolute path.
func SocketPath(dir string) string {
	p := archive.SocketFile(dir)
	if abs, err := filepath.Abs(p); err == nil && len(abs) < 100 {
		return abs
	}
	abs, _ := filepath.Abs(dir)
	return filepath.Join(os.TempDir(), fmt.Sprintf("chancery-%x.sock", fnv(abs)))
}

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Serve answers forwarded searches on ln with the open index ix until ctx
// ends or ln is closed. It returns once the searches in flight have been
// answered, so the caller may close ix then. A search in flight when ctx
// ends still gets its answer: each runs under its own RemoteTimeout, not
// under ctx. Searches only read.
func Serve(ctx context.Context, ln net.Listener, ix *index.Index) {
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
			conn.SetDeadline(time.Now().Add(RemoteTimeout))
			var req remoteRequest
			if err := json.NewDecoder(conn).Decode(&req); err != nil {
				return
			}
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), RemoteTimeout)
			defer cancel()
			var out, errb bytes.Buffer
			code := Run(rctx, req.Args, Env{
				Stdout: &out, Stderr: &errb, Color: req.Color,
				Open: func(string) (*index.Index, func(), error) { return ix, func() {}, nil },
			})
			json.NewEncoder(conn).Encode(remoteResponse{Stdout: out.Bytes(), Stderr: errb.Bytes(), Code: code})
		}()
	}
}

// errNoWriter is returned by forward when no writer answers.
var errNoWriter = errors.New("no writer answers")

// forward runs args in the writer that holds the archive in dir.
func forward(dir string, args []string, env Env) (int, error) {
	li, err := archive.ReadLock(dir)
	if err != nil || li.Socket == "" {
		return 0, errNoWriter
	}
	conn, err := net.DialTimeout("unix", li.Socket, time.Second)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", errNoWriter, err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(RemoteTimeout))
	if err := json.NewEncoder(conn).Encode(remoteRequest{Args: args, Color: env.Color}); err != nil {
		return 0, fmt.Errorf("%w: %v", errNoWriter, err)
	}
	var resp remoteResponse
	if err := json.NewDecoder(conn).Decode(&resp); err != nil {
		return 0, fmt.Errorf("%w: %v", errNoWriter, err)
	}
	env.Stdout.Write(resp.Stdout)
	env.Stderr.Write(resp.Stderr)
	return resp.Code, nil
}
