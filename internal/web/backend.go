package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"chancery/archive"
	"chancery/index"
	"chancery/internal/cli"
	"chancery/internal/service"
	"chancery/internal/writersock"
)

// backend runs searches against the archive. It holds the archive open
// read-only while no writer runs. When a writer (`indexer add`) takes the
// archive's LOCK, the backend closes its index within one poll so that the
// writer can open the store, and forwards searches to the writer's search
// socket until the writer is done; then it opens the archive again.
type backend struct {
	dir  string
	poll time.Duration
	log  io.Writer

	mu sync.RWMutex
	ix *index.Index // nil while a writer holds the archive

	// lockSeen is the LOCK content last found to belong to no running
	// writer (left by a killed one), so that it is not probed again.
	lockSeen []byte

	stop chan struct{}
	done chan struct{}

	// forwarded counts the searches answered through a writer.
	forwarded atomic.Int64
	// openErr is why the last open after a writer failed, when not
	// because the archive was busy (a damaged index, other settings).
	openErr atomic.Pointer[error]
}

// errUnavailable is returned when neither the archive nor its writer
// answered within the request's time.
var errUnavailable = errors.New("the archive is being written and its writer did not answer in time: retry in a moment")

// openBackend opens the archive in dir and starts watching for writers.
// A writer that holds the archive at start is answered through.
func openBackend(dir string, poll time.Duration, log io.Writer) (*backend, error) {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	b := &backend{dir: dir, poll: poll, log: log, stop: make(chan struct{}), done: make(chan struct{})}
	if !b.writerRuns() {
		ix, err := index.Open(dir, index.Options{ReadOnly: true})
		switch {
		case err == nil:
			b.ix = ix
		case errors.Is(err, archive.ErrBusy):
			// a writer took the archive meanwhile: the watcher sees it
		default:
			return nil, err
		}
	} else if _, err := os.Stat(archive.StoreFile(dir)); err != nil {
		return nil, fmt.Errorf("archive %s: %w", dir, err)
	}
	go b.watch()
	return b, nil
}

// writerRuns reports whether a writer holds the archive's LOCK. The LOCK
// file is empty while no writer runs; its content is probed with a flock
// only when it is new, so that the poll does not contend with a writer
// taking the lock.
func (b *backend) writerRuns() bool {
	data, err := os.ReadFile(archive.LockFile(b.dir))
	if err != nil || len(bytes.TrimSpace(data)) == 0 {
		b.lockSeen = nil
		return false
	}
	if b.lockSeen != nil && bytes.Equal(data, b.lockSeen) {
		return false
	}
	if archive.Held(b.dir) {
		return true
	}
	b.lockSeen = data
	return false
}

// watch closes the index when a writer starts and opens it again when the
// writer is done.
func (b *backend) watch() {
	defer close(b.done)
	t := time.NewTicker(b.poll)
	defer t.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-t.C:
		}
		writer := b.writerRuns()
		b.mu.RLock()
		open := b.ix != nil
		b.mu.RUnlock()
		switch {
		case writer && open:
			b.mu.Lock() // waits for the searches in flight
			b.ix.Close()
			b.ix = nil
			b.mu.Unlock()
			who := "a writer"
			if li, err := archive.ReadLock(b.dir); err == nil {
				who = li.String()
			}
			fmt.Fprintf(b.log, "search serve: %s is writing to the archive: answering through it until it finishes\n", who)
		case !writer && !open:
			ix, err := index.Open(b.dir, index.Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
			if err != nil {
				// the writer is still closing, or another one started, or
				// the archive cannot be read: requests say so
				if !errors.Is(err, archive.ErrBusy) {
					b.openErr.Store(&err)
				}
				continue
			}
			b.openErr.Store(nil)
			b.mu.Lock()
			b.ix = ix
			b.mu.Unlock()
			fmt.Fprintf(b.log, "search serve: the writer finished: archive open again\n")
		}
	}
}

// close stops watching and closes the archive.
func (b *backend) close() error {
	close(b.stop)
	<-b.done
	b.mu.Lock()
	defer b.mu.Unlock()
	err := b.ix.Close()
	b.ix = nil
	return err
}

// outcome is what one run of the search command gave.
type outcome struct {
	stdout, stderr []byte
	code           int
}

// call answers a request: fn writes the answer from the index while the
// server holds it open; while a writer holds the archive, args (the same
// request as a search command line: a subcommand and its flags, no
// --archive) go to the writer's search socket.
func (b *backend) call(ctx context.Context, args []string, fn func(ix *index.Index, w io.Writer) error) outcome {
	for {
		b.mu.RLock()
		if ix := b.ix; ix != nil {
			var out bytes.Buffer
			err := fn(ix, &out)
			b.mu.RUnlock()
			if err != nil {
				return failure(err)
			}
			return outcome{stdout: out.Bytes()}
		}
		b.mu.RUnlock()
		if li, err := archive.ReadLock(b.dir); err == nil && li.Socket != "" {
			var out, errb bytes.Buffer
			code, ferr := writersock.Forward(b.dir, writersock.Request{Args: b.commandLine(args)}, &out, &errb)
			if ferr == nil {
				b.forwarded.Add(1)
				return outcome{out.Bytes(), errb.Bytes(), code}
			}
			// the writer stopped serving between the look and the call
		} else if errp := b.openErr.Load(); errp != nil {
			return outcome{nil, []byte("search: " + (*errp).Error() + "\n"), cli.ExitFail}
		}
		select {
		case <-ctx.Done():
			return outcome{nil, []byte("search: " + errUnavailable.Error() + "\n"), cli.ExitFail}
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// commandLine is args with the archive, the subcommand first so that a
// query word never names one.
func (b *backend) commandLine(args []string) []string {
	args = append([]string{"--archive", b.dir}, args...)
	if len(args) > 2 && (args[2] == "show" || args[2] == "quotes" || args[2] == "timeline" || args[2] == "similar") {
		args[0], args[1], args[2] = args[2], args[0], args[1]
	}
	return args
}

// failure is the outcome of a request the engine refused: a bad
// parameter or query is the client's mistake (as a usage error of the
// command line is), anything else a failure. Parameters are named as URL
// parameters.
func failure(err error) outcome {
	code := cli.ExitFail
	var pe *service.ParamError
	var br *badRequest
	msg := err.Error()
	switch {
	case errors.As(err, &pe):
		code = cli.ExitUsage
		msg = pe.Message(urlParam)
	case errors.As(err, &br), errors.Is(err, index.ErrQuery):
		code = cli.ExitUsage
	}
	return outcome{stderr: []byte("search: " + msg + "\n"), code: code}
}

// urlParam names an engine parameter as the URL parameter that sets it.
func urlParam(p string) string {
	switch p {
	case "facet-fields":
		return "facet"
	case "facet-size":
		return "facet_size"
	}
	return p
}

// message is the error text of a failed run without the program name and
// the Try line.
func (o outcome) message() string {
	s := strings.TrimSpace(string(o.stderr))
	s = strings.TrimSuffix(s, "Try: search --help")
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "search: ")
	if s == "" {
		s = fmt.Sprintf("search failed (exit %d)", o.code)
	}
	return s
}
