package reliability

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// tools are the built binaries; empty when not built (-short).
type tools struct {
	indexer, search string
}

// bin is set by TestMain; tests read it only.
var bin tools

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	// testing.Short needs flags parsed.
	if !isShort() {
		dir, err := os.MkdirTemp("", "chancery-reliability-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		for _, b := range []struct {
			dst *string
			pkg string
		}{{&bin.indexer, "chancery/cmd/indexer"}, {&bin.search, "chancery/cmd/search"}} {
			*b.dst = filepath.Join(dir, filepath.Base(b.pkg))
			out, err := exec.Command("go", "build", "-o", *b.dst, b.pkg).CombinedOutput()
			if err != nil {
				fmt.Fprintf(os.Stderr, "go build %s: %v\n%s", b.pkg, err, out)
				return 1
			}
		}
	}
	return m.Run()
}

func isShort() bool {
	for _, a := range os.Args[1:] {
		if a == "-test.short" || a == "-test.short=true" {
			return true
		}
	}
	return false
}

// needTools skips a test that runs the binaries under -short.
func needTools(t *testing.T) {
	t.Helper()
	if testing.Short() || bin.indexer == "" {
		t.Skip("runs the indexer and search binaries: skipped under -short")
	}
}

// result is what a finished command did.
type result struct {
	code           int
	stdout, stderr string
	maxRSS         int64 // peak resident set in bytes
	elapsed        time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, clipText(r.stdout, 4000), clipText(r.stderr, 4000))
}

func clipText(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// run runs a binary to completion (at most 5 minutes).
func run(t *testing.T, stdin *os.File, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if stdin != nil {
		cmd.Stdin = stdin
	}
	start := time.Now()
	err := cmd.Run()
	return finish(t, cmd, err, out.String(), errb.String(), time.Since(start))
}

// finish turns a finished command into a result; a command that could not
// run or died of a signal fails the test.
func finish(t *testing.T, cmd *exec.Cmd, err error, stdout, stderr string, elapsed time.Duration) result {
	t.Helper()
	r := result{stdout: stdout, stderr: stderr, elapsed: elapsed}
	if cmd.ProcessState == nil {
		t.Fatalf("%s: %v", cmd, err)
	}
	r.code = cmd.ProcessState.ExitCode()
	r.maxRSS = maxRSS(cmd.ProcessState)
	if r.code < 0 {
		t.Fatalf("%s: %v\n%s", cmd, err, r)
	}
	if strings.Contains(stderr, "panic:") || strings.Contains(stderr, "goroutine ") {
		t.Fatalf("%s panicked:\n%s", cmd, r)
	}
	return r
}

// genArticle is one invented article of the generated input.
type genArticle struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Body   string `json:"body"`
	Source string `json:"source"`
}

// vocabulary is invented diplomatic news wording for generated bodies.
var vocabulary = strings.Fields(`the a of to in and on for with at by from envoy envoys minister
ministers talks council summit treaty border accord delegation embassy ceasefire sanctions vote
resolution peace trade agreement capital parliament government spokesman statement meeting
negotiators said officials week monday tuesday wednesday thursday friday agreed rejected proposal
mission observers aid convoy refugees election reform budget debt loan bank fund ports fisheries
water rights pipeline grain tariffs quota visit state foreign affairs deputy ambassador
consulate protest talks resumed stalled signed draft clause annex review committee chair`)

// uniqueWord returns a word that occurs in article i and in no other:
// letters only, so no analyzer splits it.
func uniqueWord(i int) string {
	var b []byte
	for n := i; ; n /= 26 {
		b = append(b, byte('a'+n%26))
		if n < 26 {
			break
		}
	}
	return "qz" + string(b) + "vx"
}

// generate writes n invented articles as JSON Lines to path, the same for
// the same seed, and returns them.
func generate(t *testing.T, path string, n int, seed uint64, words int) []genArticle {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	arts := make([]genArticle, n)
	for i := range arts {
		body := make([]string, 0, words+1)
		for range words {
			body = append(body, vocabulary[rng.IntN(len(vocabulary))])
		}
		body = append(body[:words/2], append([]string{uniqueWord(i)}, body[words/2:]...)...)
		day := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(9000))
		arts[i] = genArticle{
			ID:     fmt.Sprintf("gen-%06d", i),
			Title:  fmt.Sprintf("Envoys report on talks, bulletin %d", i),
			Date:   day.Format(archive.DateLayout),
			Body:   strings.Join(body, " ") + ".",
			Source: []string{"Wire", "Herald", "Gazette"}[i%3],
		}
		if err := enc.Encode(arts[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return arts
}

// storeState opens the store read-only and returns its articles by id and
// the number of pending journal entries.
func storeState(t *testing.T, dir string) (map[string]*archive.Article, int) {
	t.Helper()
	st, err := archive.Open(dir, archive.StoreOptions{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	defer st.Close()
	arts := map[string]*archive.Article{}
	for a, err := range st.Articles() {
		if err != nil {
			t.Fatal(err)
		}
		if _, dup := arts[a.ID]; dup {
			t.Fatalf("store yields id %s twice", a.ID)
		}
		arts[a.ID] = a
	}
	j, err := st.Journal()
	if err != nil {
		t.Fatal(err)
	}
	return arts, len(j)
}

// hasArchive reports whether dir holds an archive a reader can open. A
// writer killed after creating the store file but before its first commit
// leaves a file with no format recorded: no archive yet.
func hasArchive(t *testing.T, dir string) bool {
	t.Helper()
	st, err := archive.Open(dir, archive.StoreOptions{ReadOnly: true, Timeout: 5 * time.Second})
	if errors.Is(err, archive.ErrNoArchive) {
		return false
	}
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	st.Close()
	return true
}

// searchJSON is the part of `search --json` the tests read.
type searchJSON struct {
	Total uint64 `json:"total"`
	Hits  []struct {
		ID string `json:"id"`
	} `json:"hits"`
}

// mustSearch runs `search --json` and decodes its answer.
func mustSearch(t *testing.T, dir string, args ...string) searchJSON {
	t.Helper()
	r := run(t, nil, bin.search, append([]string{"--archive", dir, "--json"}, args...)...)
	if r.code != 0 {
		t.Fatalf("search %v: %s", args, r)
	}
	var s searchJSON
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("search %v: %v\n%s", args, err, r)
	}
	return s
}
