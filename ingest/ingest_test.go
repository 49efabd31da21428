package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/archive"
	"chancery/index"
)

// mustOpen opens a fresh archive in a temporary folder.
func mustOpen(t *testing.T) (*index.Index, string) {
	t.Helper()
	dir := t.TempDir()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, dir
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const twoArticles = `{"id":"a1","title":"Ministers meet in Moscow","date":"2004-07-24","body":"The foreign ministers met in Moscow to discuss debt."}
{"id":"a2","title":"Council votes","date":"2004-07-25","body":"The council voted on peacekeeping."}
`

func TestPathsIdempotent(t *testing.T) {
	ix, _ := mustOpen(t)
	in := t.TempDir()
	p := writeFile(t, in, "a.jsonl", twoArticles)
	ing := New(ix, nil, Options{})
	st, err := ing.Paths(context.Background(), []string{p})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 2 || st.Rejected != 0 {
		t.Fatalf("first run: %+v", st)
	}
	st, err = ing.Paths(context.Background(), []string{p})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 0 || st.Unchanged != 2 || st.Replaced != 0 {
		t.Fatalf("second run: %+v", st)
	}
	// A changed article with the same id replaces the old one.
	p2 := writeFile(t, in, "b.jsonl", strings.Replace(twoArticles, "discuss debt", "discuss oil", 1))
	st, err = ing.Paths(context.Background(), []string{p2})
	if err != nil {
		t.Fatal(err)
	}
	if st.Replaced != 1 || st.Unchanged != 1 {
		t.Fatalf("changed run: %+v", st)
	}
	n, _ := ix.DocCount()
	if n != 2 {
		t.Fatalf("index holds %d docs, want 2", n)
	}
	res, err := ix.Search(context.Background(), index.Request{Query: "oil"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].ID != "a1" {
		t.Fatalf("search oil: %+v", res)
	}
	res, _ = ix.Search(context.Background(), index.Request{Query: "debt"})
	if res.Total != 0 {
		t.Fatalf("replaced text still found: %+v", res)
	}
}

func TestPathsRejectsAndGoesOn(t *testing.T) {
	ix, _ := mustOpen(t)
	in := t.TempDir()
	writeFile(t, in, "good.jsonl", twoArticles)
	writeFile(t, in, "binary.bin", "\x00\x01\x02\x03\xff\xfe binary junk \x00\x00")
	writeFile(t, in, "bad.jsonl", `{"id":"b1","title":"ok","date":"2004-01-01","body":"fine text"}
{"id": 12, "title": ["wrong"]}
{broken
`)
	var log, rejects bytes.Buffer
	st, err := New(ix, nil, Options{Log: &log, Rejects: &rejects}).Paths(context.Background(), []string{in})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 3 || st.Rejected != 3 {
		t.Fatalf("stats %+v\nlog:\n%s", st, log.String())
	}
	for _, want := range []string{"binary.bin", "bad.jsonl:2", "bad.jsonl:3"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log does not name %s:\n%s", want, log.String())
		}
	}
	if got := strings.Count(rejects.String(), "\n"); got != 3 {
		t.Errorf("rejects file has %d lines, want 3:\n%s", got, rejects.String())
	}
}

func TestDuplicateIDLaterWins(t *testing.T) {
	ix, _ := mustOpen(t)
	in := t.TempDir()
	p := writeFile(t, in, "dup.jsonl", `{"id":"d1","title":"first","date":"2004-01-01","body":"first version"}
{"id":"d1","title":"second","date":"2004-01-01","body":"second version"}
`)
	var log bytes.Buffer
	st, err := New(ix, nil, Options{Log: &log}).Paths(context.Background(), []string{p})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 1 || st.Duplicates != 1 {
		t.Fatalf("stats %+v", st)
	}
	a, err := ix.Store.Get("d1")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "second" {
		t.Fatalf("kept %q, want the later record", a.Title)
	}
	if !strings.Contains(log.String(), "duplicate id") {
		t.Errorf("duplicate not reported: %s", log.String())
	}
}

func TestStdin(t *testing.T) {
	ix, _ := mustOpen(t)
	st, err := New(ix, nil, Options{Stdin: strings.NewReader(twoArticles)}).Paths(context.Background(), []string{"-"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 2 {
		t.Fatalf("stats %+v", st)
	}
	if _, err := ix.Store.Get("a2"); err != nil {
		t.Fatal(err)
	}
	_ = archive.Key
}

// TestStdinByContent: standard input is read in the format its content
// shows (an HTML page, a feed, Reuters SGML), else as JSON Lines.
func TestStdinByContent(t *testing.T) {
	const page = `<!doctype html><html><head><title>Talks resume in Vienna</title><meta property="article:published_time" content="2004-03-02"></head>
<body><article><h1>Talks resume in Vienna</h1><p>Negotiators from both sides met in Vienna on Tuesday and agreed to resume the talks on the treaty next month, officials said after the meeting ended.</p>
<p>The delegations will meet again in April to settle the remaining questions of the text, the officials said.</p></article></body></html>`
	const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Port reopens</title><pubDate>Tue, 02 Mar 2004 10:00:00 GMT</pubDate><description>The port reopened on Tuesday after a week of strikes by dock workers.</description></item></channel></rss>`
	for _, tc := range []struct {
		name, in, title string
	}{
		{"json lines", twoArticles, "Council votes"},
		{"json lines not starting with a brace", "\n\n" + twoArticles, "Council votes"},
		{"html page", page, "Talks resume in Vienna"},
		{"rss feed", feed, "Port reopens"},
		{"gzipped html page", gzipped(t, page), "Talks resume in Vienna"},
		{"gzipped json lines", gzipped(t, twoArticles), "Council votes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, _ := mustOpen(t)
			var log strings.Builder
			st, err := New(ix, nil, Options{Stdin: strings.NewReader(tc.in), Log: &log}).Paths(context.Background(), []string{"-"})
			if err != nil {
				t.Fatal(err)
			}
			if st.Added == 0 || st.Rejected != 0 {
				t.Fatalf("stats %+v\n%s", st, log.String())
			}
			found := false
			for a, err := range ix.Store.Articles() {
				if err == nil && a.Title == tc.title {
					found = true
				}
			}
			if !found {
				t.Errorf("no article titled %q read from standard input\n%s", tc.title, log.String())
			}
		})
	}
}

// TestArchiveFolderIsNotInput: an input folder that holds the archive
// being written (or is it) has the archive's files passed over, with one
// line saying so, and everything else ingested.
func TestArchiveFolderIsNotInput(t *testing.T) {
	ix, dir := mustOpen(t)
	writeFile(t, dir, "aliases.txt", "person\\tSergey Lavrov\\tSergei Lavrov\\n")
	parent := filepath.Dir(dir)
	writeFile(t, parent, "news.jsonl", twoArticles)
	for _, tc := range []struct {
		input  string
		stored int
	}{{dir, 0}, {parent, 2}} {
		input := tc.input
		var log strings.Builder
		st, err := New(ix, nil, Options{Log: &log}).Paths(context.Background(), []string{input})
		if err != nil {
			t.Fatal(err)
		}
		if st.Rejected != 0 || st.Skipped != 1 || strings.Count(log.String(), "is not input") != 1 {
			t.Errorf("%s: stats %+v\\n%s", input, st, log.String())
		}
		if n, _ := ix.Store.Count(); n != tc.stored {
			t.Errorf("%s: %d articles stored, want %d (those of news.jsonl)", input, n, tc.stored)
		}
	}
}

// cancelWriter cancels a context when a line holding want is logged.
type cancelWriter struct {
	want   string
	cancel context.CancelFunc
}

func (c cancelWriter) Write(p []byte) (int, error) {
	if strings.Contains(string(p), c.want) {
		c.cancel()
	}
	return len(p), nil
}

// TestStopAfterBatchInHand: a cancelled run writes no batch after the one
// in hand, however many were read and prepared ahead of the writer.
func TestStopAfterBatchInHand(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "{\"id\":\"s%d\",\"title\":\"Talks %d\",\"body\":\"The talks went on for day %d.\"}\n", i, i, i)
	}
	ix, dir := mustOpen(t)
	p := writeFile(t, dir, "feed.jsonl", b.String())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Each stored article warns (no date): the first warning stops the run.
	st, err := New(ix, nil, Options{BatchSize: 1, Log: cancelWriter{"no date found", cancel}}).Paths(ctx, []string{p})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if st.Added != 1 {
		t.Errorf("%d articles added after the stop, want 1 (the batch in hand)", st.Added)
	}
	if n, _ := ix.Store.Count(); n != 1 {
		t.Errorf("%d articles stored, want 1", n)
	}
}

// TestWarningsCapped: a run shows the first warnings of each kind of note,
// says once that more are not shown, and counts them at the end; every
// article keeps its notes.
func TestWarningsCapped(t *testing.T) {
	var b strings.Builder
	for i := range maxShownWarnings + 15 {
		fmt.Fprintf(&b, "{\"id\":\"w%d\",\"title\":\"Talks %d\",\"body\":\"The talks went on for day %d.\"}\n", i, i, i)
	}
	b.WriteString("{\"id\":\"e1\",\"title\":\"Caf\xe9 talks\",\"date\":\"2004-01-02\",\"body\":\"Talks in the caf\xe9.\"}\n")
	ix, _ := mustOpen(t)
	p := writeFile(t, t.TempDir(), "feed.jsonl", b.String())
	var log strings.Builder
	st, err := New(ix, nil, Options{BatchSize: 7, Log: &log, WarnedHint: "list them"}).Paths(context.Background(), []string{p})
	if err != nil {
		t.Fatal(err)
	}
	out := log.String()
	if n := strings.Count(out, "warning: no date found"); n != maxShownWarnings {
		t.Errorf("%d 'no date found' warnings shown, want %d:\n%s", n, maxShownWarnings, out)
	}
	for _, want := range []string{
		"more warnings of kind date; not shown (counted at the end)\n",
		"\n15 more warnings of kind date not shown (note:date finds their articles; list them)\n",
		"warning: not valid UTF-8", // another kind is shown
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "more warnings of kind date; not shown") != 1 {
		t.Errorf("the cap is announced more than once:\n%s", out)
	}
	if st.Undated != maxShownWarnings+15 {
		t.Errorf("undated %d", st.Undated)
	}
	a, err := ix.Store.Get(fmt.Sprintf("w%d", maxShownWarnings+10))
	if err != nil || len(a.Notes) == 0 {
		t.Errorf("an article past the cap lost its note: %v %v", a, err)
	}
}

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
