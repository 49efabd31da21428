package reliability

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// hostileExpect is testdata/hostile-ingest/expect.json.
type hostileExpect struct {
	Exit          int `json:"exit"`
	ArticlesTotal int `json:"articles_total"`
	Rejects       []struct {
		File   string `json:"file"`
		Line   int    `json:"line"`
		Reason string `json:"reason"`
	} `json:"rejects"`
	Warnings []struct {
		File string `json:"file"`
		Line int    `json:"line"`
		Text string `json:"text"`
	} `json:"warnings"`
	Articles []struct {
		ID     string   `json:"id"`
		Title  string   `json:"title"`
		Date   string   `json:"date"`
		Source string   `json:"source"`
		Body   []string `json:"body"`
		Note   string   `json:"note"`
		Find   string   `json:"find"`
	} `json:"articles"`
}

// rejectLine is one line of an --rejects file.
type rejectLine struct {
	Path   string `json:"path"`
	Line   int    `json:"line"`
	Record string `json:"record"`
	Reason string `json:"reason"`
	Raw    string `json:"raw"`
}

// TestHostileIngest ingests the checked-in hostile fixtures with `indexer
// add --rejects` and checks every reject, warning and article against
// testdata/hostile-ingest/expect.json; then ingests them again and checks
// that nothing changes.
func TestHostileIngest(t *testing.T) {
	needTools(t)
	fixtures, err := filepath.Abs(filepath.Join("..", "..", "testdata", "hostile-ingest"))
	if err != nil {
		t.Fatal(err)
	}
	var want hostileExpect
	data, err := os.ReadFile(filepath.Join(fixtures, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("expect.json: %v", err)
	}
	input := filepath.Join(fixtures, "input")
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "archive")
	rejects := filepath.Join(tmp, "rejects.jsonl")

	r := run(t, nil, bin.indexer, "add", "--archive", dir, "--rejects", rejects, input)
	if r.code != want.Exit {
		t.Fatalf("exit %d, want %d:\n%s", r.code, want.Exit, r)
	}
	stderr := strings.Split(r.stderr, "\n")
	// where finds the stderr line about file (and line, when not 0).
	where := func(file string, line int) string {
		loc := filepath.Join(input, file)
		if line > 0 {
			loc = fmt.Sprintf("%s:%d", loc, line)
		}
		for _, l := range stderr {
			if strings.HasPrefix(l, loc+":") || strings.HasPrefix(l, loc+" (") {
				return l
			}
		}
		return ""
	}

	// Rejects: on stderr and in the --rejects file, exactly the expected ones.
	got := readRejects(t, rejects)
	if len(got) != len(want.Rejects) {
		t.Errorf("%d rejects in %s, want %d:\n%s", len(got), rejects, len(want.Rejects), r.stderr)
	}
	for _, w := range want.Rejects {
		if l := where(w.File, w.Line); !strings.Contains(l, w.Reason) {
			t.Errorf("stderr has no line for %s:%d with %q (found %q)", w.File, w.Line, w.Reason, l)
		}
		i := slices.IndexFunc(got, func(g rejectLine) bool {
			return g.Path == filepath.Join(input, w.File) && g.Line == w.Line
		})
		if i < 0 {
			t.Errorf("rejects file lacks %s:%d", w.File, w.Line)
			continue
		}
		g := got[i]
		if !strings.Contains(g.Reason, w.Reason) {
			t.Errorf("reject %s:%d reason %q, want it to contain %q", w.File, w.Line, g.Reason, w.Reason)
		}
		if w.Line > 0 && g.Record == "" && g.Raw != fileLine(t, filepath.Join(input, w.File), w.Line) {
			t.Errorf("reject %s:%d raw %q is not the rejected line", w.File, w.Line, g.Raw)
		}
	}
	for _, w := range want.Warnings {
		if l := where(w.File, w.Line); !strings.Contains(l, w.Text) {
			t.Errorf("stderr has no warning for %s:%d with %q (found %q)", w.File, w.Line, w.Text, l)
		}
	}

	// Articles: every good one, as written, and nothing else.
	arts, journal := storeState(t, dir)
	if journal != 0 {
		t.Errorf("%d journal entries left", journal)
	}
	if len(arts) != want.ArticlesTotal {
		t.Errorf("store holds %d articles, want %d", len(arts), want.ArticlesTotal)
	}
	for _, w := range want.Articles {
		a := findArticle(arts, w.ID, w.Title)
		name := w.ID + w.Title
		if a == nil {
			t.Errorf("article %s missing", name)
			continue
		}
		if a.Title != w.Title || a.DateString() != w.Date {
			t.Errorf("article %s: title %q date %q, want %q %q", name, a.Title, a.DateString(), w.Title, w.Date)
		}
		if w.Source != "" && a.Source != w.Source {
			t.Errorf("article %s: source %q, want %q", name, a.Source, w.Source)
		}
		for _, s := range w.Body {
			if !strings.Contains(a.Body, s) {
				t.Errorf("article %s: body lacks %q:\n%s", name, s, a.Body)
			}
		}
		if w.Note != "" && !strings.Contains(strings.Join(a.Notes, "; "), w.Note) {
			t.Errorf("article %s: notes %q lack %q", name, a.Notes, w.Note)
		}
		if w.Find != "" {
			s := mustSearch(t, dir, w.Find)
			if !slices.ContainsFunc(s.Hits, func(h struct {
				ID string `json:"id"`
			}) bool {
				return h.ID == a.ID
			}) {
				t.Errorf("search %q does not find article %s: %+v", w.Find, name, s)
			}
		}
	}

	// The same input again changes nothing and reports the same rejects.
	again := run(t, nil, bin.indexer, "add", "--archive", dir, "--quiet", input)
	if again.code != want.Exit || !strings.Contains(again.stderr, fmt.Sprintf("added 0, unchanged %d, replaced 0, rejected %d", want.ArticlesTotal, len(want.Rejects))) {
		t.Errorf("second run:\n%s", again)
	}
	if r := run(t, nil, bin.indexer, "verify", "--archive", dir); r.code != 0 {
		t.Errorf("verify: %s", r)
	}
}

func readRejects(t *testing.T, path string) []rejectLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []rejectLine
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r rejectLine
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v: %s", path, err, sc.Text())
		}
		if r.Reason == "" {
			t.Errorf("%s: reject without a reason: %s", path, sc.Text())
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// fileLine returns line n (1-based) of a file, without its newline.
func fileLine(t *testing.T, path string, n int) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		t.Fatalf("%s has no line %d", path, n)
	}
	return lines[n-1]
}

// findArticle finds an article by id, else by title.
func findArticle(arts map[string]*archive.Article, id, title string) *archive.Article {
	if id != "" {
		return arts[id]
	}
	var found *archive.Article
	for _, a := range arts {
		if a.Title == title {
			if found != nil {
				return nil // two with one title: not what the fixture says
			}
			found = a
		}
	}
	return found
}

// TestHugeInputBoundedMemory feeds `indexer add` a 200 MB JSON line through
// a pipe, and then a 200 MB text file: each is rejected with a message
// naming it, the good articles around it are ingested, and the indexer's
// peak resident memory (rusage) stays well under the input's size.
func TestHugeInputBoundedMemory(t *testing.T) {
	needTools(t)
	resetPeakRSS()
	const huge = 200 << 20
	const limit = huge / 2 // "well under": at most half the input
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "archive")

	// A 200 MB line on standard input, between two good ones, streamed:
	// neither this test nor the pipe holds it.
	cmd := exec.Command(bin.indexer, "add", "--archive", dir, "-")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	werr := make(chan error, 1)
	go func() {
		defer stdin.Close()
		w := bufio.NewWriterSize(stdin, 1<<20)
		fmt.Fprintln(w, `{"id":"pipe-before","title":"Before the flood","date":"2006-09-01","body":"A normal bulletin on the harbour dues."}`)
		fmt.Fprint(w, `{"id":"pipe-huge","title":"Runaway line","date":"2006-09-02","body":"`)
		chunk := bytes.Repeat([]byte("z"), 1<<20)
		for range huge >> 20 {
			if _, err := w.Write(chunk); err != nil {
				werr <- err
				return
			}
		}
		fmt.Fprintln(w, `"}`)
		fmt.Fprintln(w, `{"id":"pipe-after","title":"After the flood","date":"2006-09-03","body":"Another normal bulletin on the pilotage rota."}`)
		werr <- w.Flush()
	}()
	start := time.Now()
	err = cmd.Wait()
	r := finish(t, cmd, err, out.String(), errb.String(), time.Since(start))
	if err := <-werr; err != nil {
		t.Fatalf("writing the huge line: %v", err)
	}
	t.Logf("200 MB line through a pipe: exit %d in %v, peak RSS %.1f MB", r.code, r.elapsed.Round(time.Millisecond), float64(r.maxRSS)/(1<<20))
	if r.code != 1 || !strings.Contains(r.stderr, "-:2: line too long") {
		t.Errorf("want exit 1 and a reject of -:2 (line too long):\n%s", r)
	}
	if runtime.GOOS == "linux" && (r.maxRSS <= 0 || r.maxRSS > limit) { // peak RSS is read on Linux only
		t.Errorf("peak RSS %d bytes, want under %d", r.maxRSS, limit)
	}

	// A 200 MB text file next to a good one.
	in := filepath.Join(tmp, "input")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(in, "runaway-report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("Runaway Report\n\nDate: 2006-09-04\n\n")
	line := []byte(strings.Repeat("delegates debated the clause again ", 29) + "\n")
	for n := 0; n < huge; n += len(line) {
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.WriteFile(filepath.Join(in, "good.jsonl"), []byte(`{"id":"file-good","title":"Quiet day at the consulate","date":"2006-09-05","body":"Nothing to report."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	resetPeakRSS()
	r = run(t, nil, bin.indexer, "add", "--archive", dir, in)
	t.Logf("200 MB text file: exit %d in %v, peak RSS %.1f MB", r.code, r.elapsed.Round(time.Millisecond), float64(r.maxRSS)/(1<<20))
	if r.code != 1 || !strings.Contains(r.stderr, "runaway-report.txt: file larger than") {
		t.Errorf("want exit 1 and a reject naming runaway-report.txt:\n%s", r)
	}
	if runtime.GOOS == "linux" && (r.maxRSS <= 0 || r.maxRSS > limit) { // peak RSS is read on Linux only
		t.Errorf("peak RSS %d bytes, want under %d", r.maxRSS, limit)
	}

	arts, _ := storeState(t, dir)
	for _, id := range []string{"pipe-before", "pipe-after", "file-good"} {
		if arts[id] == nil {
			t.Errorf("article %s missing", id)
		}
	}
	if len(arts) != 3 {
		t.Errorf("store holds %d articles, want 3", len(arts))
	}
}
