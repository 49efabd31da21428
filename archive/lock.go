package archive

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrLocked is returned by Lock when another writer holds the archive.
var ErrLocked = errors.New("archive is locked by another writer")

// LockInfo describes the writer holding an archive, as written in its LOCK
// file.
type LockInfo struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Started time.Time `json:"started"`
	// Socket is where the writer answers searches while it runs ("" if it
	// does not).
	Socket string `json:"socket,omitempty"`
	// Snapshots is where the writer writes consistent copies of the store
	// on request (`indexer backup`, and export and stats while it runs);
	// "" if it does not.
	Snapshots string `json:"snapshots,omitempty"`
}

// String names the writer for a message: its command line, cut after
// about lockCommandShown bytes (a shell glob can give it thousands of
// paths), its pid and when it started (with the day unless that is today).
func (li LockInfo) String() string { return li.describe(time.Now()) }

// describe is String as of the time now.
func (li LockInfo) describe(now time.Time) string {
	since := li.Started.Format("15:04:05")
	if day := "2006-01-02"; li.Started.Format(day) != now.In(li.Started.Location()).Format(day) {
		since = li.Started.Format(day + " 15:04:05")
	}
	return fmt.Sprintf("%s (pid %d, running since %s)", shortCommand(li.Command), li.PID, since)
}

// lockCommandShown is about how much of a writer's command line a message
// quotes.
const lockCommandShown = 160

// shortCommand quotes a command line, keeping its words up to about
// lockCommandShown bytes and counting the rest.
func shortCommand(cmd string) string {
	if len(cmd) <= lockCommandShown {
		return strconv.Quote(cmd)
	}
	words := strings.Fields(cmd)
	n, kept := 0, 0
	for kept < len(words) && (kept == 0 || n+1+len(words[kept]) <= lockCommandShown) {
		n += len(words[kept]) + 1
		kept++
	}
	shown := strings.Join(words[:kept], " ")
	if len(shown) > lockCommandShown { // one very long word
		shown = strings.ToValidUTF8(shown[:lockCommandShown], "")
	}
	if rest := len(words) - kept; rest > 0 {
		return fmt.Sprintf("%q and %d more %s", shown+" …", rest, map[bool]string{true: "argument", false: "arguments"}[rest == 1])
	}
	return strconv.Quote(shown + "…")
}

// WriterLock is the one-writer lock of an archive folder: an exclusive
// lock on DIR/LOCK (flock on Unix, LockFileEx on Windows: lock_*.go),
// released when the process ends, even by kill -9.
type WriterLock struct {
	f    *os.File
	path string
}

// Lock takes the writer lock of the archive in dir. When another process
// holds it, Lock fails at once with ErrLocked naming that process, or, with
// wait, blocks until it is released.
func Lock(dir string, command string, wait bool) (*WriterLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create archive folder: %w", err)
	}
	path := LockFile(dir)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open the writer lock: %w", err) // err names the path
	}
	if err := lockHandle(f, true, wait); err != nil {
		f.Close()
		if errors.Is(err, errWouldBlock) {
			who := "another process"
			if li, err := ReadLock(dir); err == nil {
				who = li.String()
			}
			return nil, fmt.Errorf("%w: %s", ErrLocked, who)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	l := &WriterLock{f: f, path: path}
	if err := l.Publish(LockInfo{PID: os.Getpid(), Command: command, Started: time.Now()}); err != nil {
		l.Unlock()
		return nil, err
	}
	return l, nil
}

// Publish rewrites the lock file's description of the writer.
func (l *WriterLock) Publish(li LockInfo) error {
	data, err := json.Marshal(li)
	if err != nil {
		return err
	}
	if err := l.f.Truncate(0); err != nil {
		return err
	}
	_, err = l.f.WriteAt(append(data, '\n'), 0)
	return err
}

// Unlock releases the lock. It is safe to call more than once.
func (l *WriterLock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	err := l.f.Close() // closing the descriptor releases the flock
	l.f = nil
	return err
}

// ReadLock returns the description of the writer that holds (or last held)
// the archive in dir. It does not check that the writer still runs: use
// Held for that.
func ReadLock(dir string) (LockInfo, error) {
	var li LockInfo
	data, err := os.ReadFile(LockFile(dir))
	if err != nil {
		return li, err
	}
	if len(data) == 0 {
		return li, errors.New("no writer")
	}
	err = json.Unmarshal(data, &li)
	return li, err
}

// Held reports whether a writer holds the archive in dir now.
func Held(dir string) bool {
	f, err := os.Open(LockFile(dir))
	if err != nil {
		return false
	}
	defer f.Close()
	return sharedLockBlocked(f)
}

// serving reports whether a writer holds the archive in dir, has the store
// file at path open for writing (bbolt's exclusive flock on it) and
// advertises a search socket. A read-only Open then fails at once with
// ErrBusy, so that a search forwards to the writer without first waiting
// out the lock timeout.
func serving(dir, path string) bool {
	if !Held(dir) {
		return false
	}
	if li, err := ReadLock(dir); err != nil || li.Socket == "" {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return sharedLockBlocked(f)
}

// sharedLockBlocked reports whether another process holds an exclusive
// lock on f: a shared lock cannot be taken at once. It releases the shared
// lock it takes.
func sharedLockBlocked(f *os.File) bool {
	if err := lockHandle(f, false, false); err != nil {
		return errors.Is(err, errWouldBlock)
	}
	unlockHandle(f)
	return false
}
