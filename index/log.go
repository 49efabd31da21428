package index

import (
	"bytes"
	"io"
	"log"
	"os"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
)

// DebugLogEnv names the file that receives Bleve's own log lines when set.
const DebugLogEnv = "CHANCERY_DEBUG_LOG"

// RouteBleveLog sends Bleve's own log lines away from the terminal. Scorch
// writes some with the standard library's log package ("unable to load
// snapshot, ..., continuing" while it opens an index whose newest
// snapshot it cannot read, "got err removing file"), which went to stderr
// between a command's own lines. They go to the file $CHANCERY_DEBUG_LOG
// names (appended), else nowhere; the snapshots scorch could not load are
// counted, for Verify. The log package's output is global: mains call
// this once, first.
func RouteBleveLog() {
	var w io.Writer = io.Discard
	if p := os.Getenv(DebugLogEnv); p != "" {
		if f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644); err == nil {
			w = f
		}
	}
	log.SetOutput(bleveLog{w})
	bleve.SetLog(log.New(w, "bleve ", log.LstdFlags))
}

// unloadedSnapshots counts the "unable to load snapshot" lines scorch has
// logged in this process (through RouteBleveLog).
var unloadedSnapshots atomic.Int64

// bleveLog forwards log lines, counting scorch's failed snapshot loads.
type bleveLog struct{ w io.Writer }

func (l bleveLog) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte("unable to load snapshot")) {
		unloadedSnapshots.Add(1)
	}
	return l.w.Write(p)
}
