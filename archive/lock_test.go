package archive

import (
	"strings"
	"testing"
	"time"
)

// TestLockInfoString checks how a message names the writer holding an
// archive: a long command line is cut and its other arguments counted, and
// a writer started on another day gets the day.
func TestLockInfoString(t *testing.T) {
	now := time.Date(2026, 12, 5, 10, 11, 12, 0, time.Local)
	long := "indexer add --archive /data/a " + strings.TrimSpace(strings.Repeat("/data/corpora/reut2-0xx.sgm ", 40))
	for _, tc := range []struct {
		name string
		li   LockInfo
		want string
	}{
		{"short", LockInfo{PID: 7, Command: "indexer add --archive a x.jsonl", Started: now},
			`"indexer add --archive a x.jsonl" (pid 7, running since ` + now.Format("15:04:05") + ")"},
		{"long", LockInfo{PID: 7, Command: long, Started: now},
			`"indexer add --archive /data/a /data/corpora/reut2-0xx.sgm /data/corpora/reut2-0xx.sgm /data/corpora/reut2-0xx.sgm /data/corpora/reut2-0xx.sgm …" and 36 more arguments (pid 7, running since ` + now.Format("15:04:05") + ")"},
		{"one long word", LockInfo{PID: 7, Command: strings.Repeat("é", 100), Started: now},
			`"` + strings.Repeat("é", 80) + `…" (pid 7, running since ` + now.Format("15:04:05") + ")"},
		{"another day", LockInfo{PID: 9, Command: "indexer rebuild", Started: time.Date(2001, 2, 3, 4, 5, 6, 0, time.Local)},
			`"indexer rebuild" (pid 9, running since 2001-02-03 04:05:06)`},
	} {
		if got := tc.li.describe(now); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}
