package indexcmd

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"chancery/archive"
)

// searchAnswer runs a search with --json and returns its output without
// took_ms, which differs from run to run.
func searchAnswer(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := search(t, append([]string{"--json"}, args...)...)
	if code != 0 {
		t.Fatalf("search %v exited %d: %s", args, code, errs)
	}
	return regexp.MustCompile(`"took_ms": [0-9.e+-]+,`).ReplaceAllString(out, "")
}

// TestCompactCommand compacts an archive added in batches of two articles:
// its searches answer as before (the sample has no two hits of equal
// score in these searches), it verifies, and a second writer finds it
// busy.
func TestCompactCommand(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := run(t, "add", "--archive", dir, "--batch-size", "2", sample); code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	queries := [][]string{
		{"--facets", "--", "Iraq"},
		{"--facets", "--size", "50", "--", ""},
		{"--", "oil OR talks"},
		{"--person", "Sergei Lavrov", "--facets", "--", ""},
	}
	var want []string
	for _, q := range queries {
		want = append(want, searchAnswer(t, append([]string{"--archive", dir}, q...)...))
	}

	code, _, stderr := run(t, "compact", "--archive", dir)
	if code != 0 {
		t.Fatalf("compact exited %d: %s", code, stderr)
	}
	m := regexp.MustCompile(`compacted the index: (\d+) segments? \([^)]+\) into (\d+) segments? \(`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("compact's report: %s", stderr)
	}
	t.Log(strings.TrimSpace(stderr))
	before, _ := strconv.Atoi(m[1])
	after, _ := strconv.Atoi(m[2])
	// Bleve's merger may have merged the ingest's segments already.
	if before < 1 || after != 1 {
		t.Errorf("compact: %d segments before, %d after; want 1 after", before, after)
	}
	for i, q := range queries {
		if got := searchAnswer(t, append([]string{"--archive", dir}, q...)...); got != want[i] {
			t.Errorf("search %v after compact:\n%s\nbefore:\n%s", q, got, want[i])
		}
	}
	if code, out, stderr := run(t, "verify", "--archive", dir); code != 0 {
		t.Errorf("verify after compact exited %d: %s%s", code, out, stderr)
	}

	lock, err := archive.Lock(dir, "indexer add (test)", false)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	code, _, stderr = run(t, "compact", "--archive", dir)
	t.Log(strings.TrimSpace(stderr))
	if code == 0 || !strings.Contains(stderr, "indexer add (test)") {
		t.Errorf("compact beside a running writer: exit %d: %s", code, stderr)
	}
}

func TestCompactHint(t *testing.T) {
	for _, tc := range []struct {
		segments int
		want     string
	}{
		{0, ""},
		{1, ""},
		{compactHintSegments - 1, ""},
		{compactHintSegments, "the index is in 8 segments: `indexer compact --archive /a` merges them into one and makes every later search faster"},
		{16, "the index is in 16 segments: `indexer compact --archive /a` merges them into one and makes every later search faster"},
	} {
		if got := compactHint(tc.segments, "/a"); got != tc.want {
			t.Errorf("compactHint(%d) = %q, want %q", tc.segments, got, tc.want)
		}
	}
}
