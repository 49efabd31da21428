package index

import (
	"io"
	"log"
	"os"

	"github.com/blevesearch/bleve/v2"
)

// DebugLogEnv names the file that receives Bleve's own log lines when set.
const DebugLogEnv = "CHANCERY_DEBUG_LOG"

// RouteBleveLog sends Bleve's own log lines away from the terminal. Scorch
// writes some with the standard library's log package ("unable to load
// snapshot, ..., continuing" while it opens an index whose older snapshots
// it cannot read, "got err removing file"), which went to stderr between
// a command's own lines. They go to the file $CHANCERY_DEBUG_LOG names
// (appended), else nowhere. The log package's output is global: mains
// call this once, first.
func RouteBleveLog() {
	var w io.Writer = io.Discard
	if p := os.Getenv(DebugLogEnv); p != "" {
		if f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644); err == nil {
			w = f
		}
	}
	log.SetOutput(w)
	bleve.SetLog(log.New(w, "bleve ", log.LstdFlags))
}
