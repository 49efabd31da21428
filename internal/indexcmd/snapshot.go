package indexcmd

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
	"chancery/internal/writersock"
)

// While a writer (add, retag, edit ...) runs, no other process can open
// the store. It therefore writes consistent copies of it on request: it
// listens on a second Unix socket, named in LOCK as "snapshots", and
// answers a request {"path": P} by writing a snapshot of its store's last
// commit to P (archive.Store.Snapshot: one bbolt read transaction, which
// does not hold up the writer). `indexer backup` asks for one; export and
// stats read one when the archive is busy.

type snapshotRequest struct {
	Path string `json:"path"`
}

type snapshotResponse struct {
	Bytes int64  `json:"bytes"`
	Error string `json:"error,omitempty"`
}

// snapshotTimeout bounds a snapshot request: the copy of a large store
// takes seconds (see docs/RELIABILITY.md).
const snapshotTimeout = 30 * time.Minute

// snapshotServer is a writer's snapshot socket.
type snapshotServer struct {
	ln   net.Listener
	path string
	wg   sync.WaitGroup
}

// snapshotSocket is where the writer of the archive in dir listens for
// snapshot requests: beside its search socket.
func snapshotSocket(dir string) string { return writersock.SnapshotPath(dir) }

// serveSnapshots starts answering snapshot requests for w and advertises
// the socket in LOCK. Failing to listen only means no snapshots.
func (w *writer) serveSnapshots(dir string) {
	path := snapshotSocket(dir)
	os.Remove(path) // left by a killed writer; we hold the lock
	ln, err := net.Listen("unix", path)
	if err != nil {
		return
	}
	s := &snapshotServer{ln: ln, path: path}
	w.snaps = s
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				defer conn.Close()
				conn.SetDeadline(time.Now().Add(snapshotTimeout))
				var req snapshotRequest
				if err := json.NewDecoder(conn).Decode(&req); err != nil {
					return
				}
				var resp snapshotResponse
				if !filepath.IsAbs(req.Path) {
					resp.Error = "snapshot path must be absolute"
				} else if resp.Bytes, err = w.ix.Store.Snapshot(req.Path); err != nil {
					resp.Error = err.Error()
				}
				json.NewEncoder(conn).Encode(resp)
			}()
		}
	}()
	if li, err := archive.ReadLock(dir); err == nil {
		li.Snapshots = path
		w.lock.Publish(li)
	}
}

// stopSnapshots stops advertising and answering snapshot requests, after
// the ones in flight.
func (w *writer) stopSnapshots() {
	s := w.snaps
	if s == nil {
		return
	}
	if li, err := archive.ReadLock(w.ix.Dir()); err == nil {
		li.Snapshots = ""
		w.lock.Publish(li)
	}
	s.ln.Close()
	s.wg.Wait()
	os.Remove(s.path)
	w.snaps = nil
}

// errNoSnapshots is returned by requestSnapshot when the archive's writer
// does not write snapshots (rebuild and verify --repair do not).
var errNoSnapshots = errors.New("the writer does not answer snapshot requests")

// requestSnapshot asks the writer of the archive in dir for a snapshot of
// its store at path (absolute) and returns its size.
func requestSnapshot(ctx context.Context, dir, path string) (int64, error) {
	li, err := archive.ReadLock(dir)
	if err != nil || li.Snapshots == "" || !archive.Held(dir) {
		return 0, errNoSnapshots
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "unix", li.Snapshots)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", errNoSnapshots, err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(snapshotTimeout))
	if err := json.NewEncoder(conn).Encode(snapshotRequest{Path: path}); err != nil {
		return 0, err
	}
	var resp snapshotResponse
	if err := json.NewDecoder(conn).Decode(&resp); err != nil {
		return 0, fmt.Errorf("snapshot from the writer %s: %w", li, err)
	}
	if resp.Error != "" {
		return 0, fmt.Errorf("snapshot from the writer %s: %s", li, resp.Error)
	}
	return resp.Bytes, nil
}

// openSnapshotOrStore opens the archive's store for reading. When a writer
// holds it, it reads a snapshot of the writer's last commit instead (in a
// temporary folder, removed by the returned close), saying so on stderr;
// with wait it waits for the writer to finish instead.
func (c *common) openSnapshotOrStore(ctx context.Context, env Env) (*archive.Store, func(), error) {
	dir, err := c.dir()
	if err != nil {
		return nil, nil, err
	}
	for {
		st, err := archive.Open(dir, archive.StoreOptions{ReadOnly: true})
		if err == nil {
			return st, func() { st.Close() }, nil
		}
		if !errors.Is(err, archive.ErrBusy) {
			return nil, nil, err
		}
		if c.Wait {
			select {
			case <-ctx.Done():
				return nil, nil, ctx.Err()
			case <-time.After(200 * time.Millisecond):
			}
			continue
		}
		tmp, terr := os.MkdirTemp("", "chancery-snapshot-")
		if terr != nil {
			return nil, nil, terr
		}
		if _, serr := requestSnapshot(ctx, dir, archive.StoreFile(tmp)); serr != nil {
			os.RemoveAll(tmp)
			if errors.Is(serr, errNoSnapshots) {
				return nil, nil, fmt.Errorf("%w: retry when it finishes, or pass --wait", err)
			}
			return nil, nil, serr
		}
		st, err = archive.Open(tmp, archive.StoreOptions{ReadOnly: true})
		if err != nil {
			os.RemoveAll(tmp)
			return nil, nil, err
		}
		li, _ := archive.ReadLock(dir)
		fmt.Fprintf(env.Stderr, "indexer: the archive is being written (%s): reading its last commit\n", li)
		return st, func() { st.Close(); os.RemoveAll(tmp) }, nil
	}
}
