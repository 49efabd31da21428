package archive

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

// PauseEnv names the environment variable of the test-only pause hook: a
// comma-separated list of pause points (see Pause).
const PauseEnv = "CHANCERY_TEST_PAUSE"

// Pause points: where a librarian's command can be held for a kill -9
// test, each inside the operation it names.
const (
	// PauseCorrectTx and PauseRemoveTx are inside the store transaction
	// of a correction (edit, tag) or a removal (rm, merge), after every
	// write and before the commit: a kill leaves the change absent.
	PauseCorrectTx = "correct-tx"
	PauseRemoveTx  = "remove-tx"
	// PauseEditStored and PauseRmStored are after the store committed and
	// before the index took the change: a kill leaves it in the store and
	// the journal, which the next writer replays into the index.
	PauseEditStored = "edit-stored"
	PauseRmStored   = "rm-stored"
	// PauseBackupPartial is after a backup wrote its partial folder and
	// before it renamed it: a kill leaves no backup folder.
	PauseBackupPartial = "backup-partial"
	// PauseRebuild is inside `indexer rebuild` (and `verify --repair` when
	// it rebuilds), with the writer lock held and snapshot requests
	// answered, before the new index is built.
	PauseRebuild = "rebuild"
	// PauseCompactMerged is inside `indexer compact`, after the merged
	// segment took the place of the old ones in the writer's index and
	// before it waits for the persister: a kill leaves the index as it
	// was or merged, as far as the persister got.
	PauseCompactMerged = "compact-merged"
)

var pausePoints = sync.OnceValue(func() []string {
	v := os.Getenv(PauseEnv)
	if v == "" {
		return nil
	}
	return strings.Split(v, ",")
})

// Pause holds the process at point when the environment variable
// CHANCERY_TEST_PAUSE lists it: it writes "chancery: paused at POINT" to
// standard error and sleeps until the process is killed. Tests of kill -9
// use it to land a kill inside an operation rather than at a guessed
// moment. Without the variable it does nothing.
func Pause(point string) {
	if !slices.Contains(pausePoints(), point) {
		return
	}
	fmt.Fprintf(os.Stderr, "chancery: paused at %s (%s)\n", point, PauseEnv)
	for {
		time.Sleep(time.Hour)
	}
}
