package reliability

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
	"time"

	"chancery/archive"
)

// compactAnswer is what `search --json` must answer alike before and
// after a compaction, whole or killed: the totals and facets of searches
// whose hits may tie in score (their order may change), and the hit of
// each of a few unique words.
func compactAnswer(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, q := range []string{"", "treaty", "talks AND border", "envoy OR sanctions"} {
		r := run(t, nil, bin.search, "--archive", dir, "--json", "--facets", "--size", "1", "--", q)
		if r.code != 0 {
			t.Fatalf("search %q: %s", q, r)
		}
		var s struct {
			Total  uint64          `json:"total"`
			Facets json.RawMessage `json:"facets"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		out = append(out, fmt.Sprintf("%q: %d %s", q, s.Total, s.Facets))
	}
	for _, i := range []int{0, 17, 1234, 2999} {
		s := mustSearch(t, dir, uniqueWord(i))
		if s.Total != 1 {
			t.Fatalf("%s finds %d articles", uniqueWord(i), s.Total)
		}
		out = append(out, uniqueWord(i)+": "+s.Hits[0].ID)
	}
	return out
}

// TestKill9DuringCompact kills `indexer compact` with SIGKILL after the
// merge took the place of the old segments in its index (a pause point)
// and at several moments of its run: after each kill the archive verifies
// and answers as before, merged or not, and a compaction run to its end
// then leaves one segment that answers the same.
func TestKill9DuringCompact(t *testing.T) {
	needTools(t)
	tmp := t.TempDir()
	input := filepath.Join(tmp, "articles.jsonl")
	generate(t, input, 3000, 17, 120)
	dir := filepath.Join(tmp, "archive")
	if r := run(t, nil, bin.indexer, "add", "--archive", dir, "--quiet", "--batch-size", "100", "--merge-tail=false", input); r.code != 0 {
		t.Fatalf("add: %s", r)
	}
	want := compactAnswer(t, dir)
	check := func(what string) {
		t.Helper()
		if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
			t.Fatalf("verify after %s: %s", what, r)
		}
		if got := compactAnswer(t, dir); !reflect.DeepEqual(got, want) {
			t.Fatalf("answers after %s:\n got %q\nwant %q", what, got, want)
		}
	}

	startPaused(t, archive.PauseCompactMerged, "compact", "--archive", dir)()
	check("a kill after the merge")
	for _, delay := range []time.Duration{30 * time.Millisecond, 80 * time.Millisecond, 130 * time.Millisecond, 180 * time.Millisecond, 250 * time.Millisecond} {
		cmd := exec.Command(bin.indexer, "compact", "--archive", dir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Kill()
		err := cmd.Wait()
		// A compaction that finished first is fine too: its archive must
		// verify and answer the same.
		t.Logf("kill at %s: %v: %s", delay, err, stderr.String())
		check(fmt.Sprintf("a kill at %s", delay))
	}

	r := run(t, nil, bin.indexer, "compact", "--archive", dir)
	m := regexp.MustCompile(`into (\d+) segments? \(`).FindStringSubmatch(r.stderr)
	if r.code != 0 || m == nil || m[1] != "1" {
		t.Fatalf("compact: %s", r)
	}
	t.Log(r.stderr)
	check("compact")
}
