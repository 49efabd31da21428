package index

import (
	"errors"
	"path/filepath"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Scorch persists and merges segments in background goroutines. When one
// fails (a full disk: ENOSPC) it reports the error to a registered
// callback and retries, for ever: before this callback, a writer waited on
// a persister that could not persist, at full CPU, while the merger wrote
// empty segment files. The callback records the first failure on the
// Index writing that path; its writes and Flush then fail at once with it,
// and closing the index stops the retries.

// asyncErrorCallback is the name of the callback in scorch's registry.
const asyncErrorCallback = "chancery"

var (
	registerOnce sync.Once
	writers      sync.Map // scorch path (index folder/store) -> *Index
)

// watchFailures registers the callback (once) and routes the failures of
// the index at path to ix.
func watchFailures(ix *Index, path string) {
	registerOnce.Do(func() {
		scorch.RegistryAsyncErrorCallbacks[asyncErrorCallback] = func(err error, path string) {
			if v, ok := writers.Load(filepath.Clean(path)); ok {
				v.(*Index).fail(err)
			}
		}
	})
	writers.Store(filepath.Join(path, "store"), ix)
}

// unwatch stops routing the failures of path.
func unwatch(path string) { writers.Delete(filepath.Join(path, "store")) }

// fail records the first background failure of the index and wakes the
// writers waiting for it. A cleanup error (an old file not removed) is no
// failure.
func (ix *Index) fail(err error) {
	if errors.Is(err, scorch.ErrCleanup) {
		return
	}
	ix.failMu.Lock()
	defer ix.failMu.Unlock()
	if ix.failure == nil {
		ix.failure = err
		close(ix.failed)
	}
}

// failed returns the background failure recorded, nil when none.
func (ix *Index) failedErr() error {
	ix.failMu.Lock()
	defer ix.failMu.Unlock()
	return ix.failure
}
