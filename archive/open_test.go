package archive

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// result is one Next result in a form tests can list: "title|date|note"
// for an article (note: a substring of its joined notes, "" for none) and
// "!line|message" for a rejected record (message: a substring).
func result(a *Article, err error) string {
	if err != nil {
		var re *RecordError
		if errors.As(err, &re) {
			return fmt.Sprintf("!%d|%s", re.Line, re.Error())
		}
		return "error " + err.Error()
	}
	return a.Title + "|" + a.DateString() + "|" + strings.Join(a.Notes, "; ")
}

// matches reports whether got (from result) satisfies want: same kind,
// same first fields, and the last field of want inside the last of got.
func matches(got, want string) bool {
	gi, wi := strings.LastIndex(got, "|"), strings.LastIndex(want, "|")
	if gi < 0 || wi < 0 || got[:gi] != want[:wi] {
		return false
	}
	if want[wi+1:] == "" {
		return got[gi+1:] == ""
	}
	return strings.Contains(got[gi+1:], want[wi+1:])
}

func TestHostileInputs(t *testing.T) {
	dir := filepath.Join("testdata", "hostile")
	huge := filepath.Join(t.TempDir(), "huge-line.jsonl")
	var hb bytes.Buffer
	hb.WriteString(`{"id":"h1","title":"Before","date":"2005-01-01","body":"a"}` + "\n")
	hb.WriteString(`{"id":"h2","title":"Huge","body":"` + strings.Repeat("z", 9<<20) + `"}` + "\n")
	hb.WriteString(`{"id":"h3","title":"After","date":"2005-01-03","body":"c"}`)
	if err := os.WriteFile(huge, hb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var truncated []string
	for i := 1; i <= 30; i++ {
		truncated = append(truncated, fmt.Sprintf("Bulletin %d|2005-08-%02d|", i, i%28+1))
	}
	truncated = append(truncated, "!31|compressed input is corrupt or truncated")

	for _, tc := range []struct {
		file   string
		format InputFormat
		want   []string
	}{
		{"empty.txt", FormatText, []string{"!0|empty file"}},
		{"binary.bin", FormatText, []string{"!0|binary file"}},
		{"cp1252.txt", FormatText, []string{"Envoys Seek “Lasting Peace”|2005-03-01|decoded as Windows-1252"}},
		{"latin1.txt", FormatText, []string{"Ministers Meet in Brasília|2005-04-02|decoded as Windows-1252"}},
		{"no-date.txt", FormatText, []string{"Talks Continue on Water Rights||no date found"}},
		{"utf16-bom.txt", FormatText, []string{"Treaty Signed in Lomé|2005-05-06|UTF-16"}},
		{"utf8-bom.jsonl", FormatJSONL, []string{"Border Reopens|2005-06-01|"}},
		{"bad-lines.jsonl", FormatJSONL, []string{
			"Envoys Meet|2005-03-01|",
			"!2|broken JSON",
			`!3|field "title" is array, want a string`,
			"Talks Resume|2005-03-02|",
			"!5|not a JSON object but string",
			`!7|field "date" is number, want a string`,
			"Accord Signed|2005-03-04|",
		}},
		{"impossible-date.jsonl", FormatJSONL, []string{
			`Leap Day Summit||date "2005-02-29": no such day`,
			`Ancient Treaty||date "1066-10-14": date out of range`,
			`Future Summit||date "2999-01-01": date out of range`,
		}},
		{"ambiguous-date.jsonl", FormatJSONL, []string{
			`Talks in March or April||date "03/04/2005": ambiguous date, not guessed`,
			"Talks on the Fourth|2005-04-04|",
			"Talks on the Twenty-Fourth|2005-03-24|",
		}},
		// Both come out; the ingester keeps the last one.
		{"duplicate-ids.jsonl", FormatJSONL, []string{
			"Ceasefire Announced|2005-07-01|",
			"Ceasefire Announced (corrected)|2005-07-01|",
		}},
		{"empty-article.html", FormatHTML, []string{"!0|no article text"}},
		{"truncated.jsonl.gz", FormatJSONL, truncated},
		{huge, FormatJSONL, []string{"Before|2005-01-01|", "!2|line too long", "After|2005-01-03|"}},
	} {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			path := tc.file
			if !filepath.IsAbs(path) {
				path = filepath.Join(dir, path)
			}
			f, err := OpenFile(path, ReadOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if f.Format != tc.format {
				t.Errorf("format %q, want %q", f.Format, tc.format)
			}
			var got []string
			for i := 0; i < 1000; i++ {
				a, err := f.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					if !IsRecordError(err) {
						t.Fatalf("not a record error: %v", err)
					}
					if !strings.HasPrefix(err.Error(), path) {
						t.Errorf("record error does not name the file: %v", err)
					}
				}
				got = append(got, result(a, err))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d results:\n%s\nwant %d:\n%s", len(got), strings.Join(got, "\n"), len(tc.want), strings.Join(tc.want, "\n"))
			}
			for i := range got {
				if !matches(got[i], tc.want[i]) {
					t.Errorf("result %d:\n got  %s\n want %s", i+1, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestHostileDuplicateIDs(t *testing.T) {
	f, err := OpenFile(filepath.Join("testdata", "hostile", "duplicate-ids.jsonl"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, _ := readAll(t, f)
	if len(arts) != 2 || arts[0].ID != "dup-1" || arts[1].ID != "dup-1" || arts[0].Body == arts[1].Body {
		t.Errorf("want two different articles with id dup-1, got %v", arts)
	}
}

func TestHostileEncodings(t *testing.T) {
	for file, want := range map[string][]string{
		"cp1252.txt": {"a “lasting peace” to the region", "The café where"},
		"latin1.txt": {"São Tomé and Zürich-based mediators met in Brasília"},
	} {
		f, err := OpenFile(filepath.Join("testdata", "hostile", file), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		a, re := readOne(t, f)
		f.Close()
		if re != nil {
			t.Fatal(re)
		}
		for _, w := range want {
			if !strings.Contains(a.Body, w) {
				t.Errorf("%s: body %q lacks %q", file, a.Body, w)
			}
		}
	}
}

func TestDetectFormat(t *testing.T) {
	for _, tc := range []struct {
		name, head string
		want       InputFormat
	}{
		{"a.txt", `{"title":"x"}`, FormatJSONL},
		{"a", "\n  {\"title\":\"x\"}", FormatJSONL},
		{"a.jsonl", "not json at all", FormatJSONL},
		{"a.txt", "<!DOCTYPE html><html>", FormatHTML},
		{"page", "<html lang=en>", FormatHTML},
		{"a.txt", "<!doctype lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"1\">", FormatReuters},
		{"a.dat", "<REUTERS TOPICS=\"NO\" NEWID=\"2\">", FormatReuters},
		{"a.sgm", "garbage", FormatReuters},
		{"feed", "<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">", FormatRSS},
		{"feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatRSS},
		{"a.HTM.gz", "plain words", FormatHTML},
		{"voa-2004-07-24.txt", "Accessibility links\n\nA headline", FormatText},
		{"README", "Some <html> mention later", FormatText},
		{"-", "Headline\n\nBody", FormatText},
		{"-", "WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>", FormatWARC},
		{"page.html", "WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>", FormatHTML},
		{"crawl.warc.gz", "\x1f\x8b", FormatWARC},
		{"-", "HTTP/1.1 200 OK\nServer: x\n\n<!doctype html><html>", FormatHTML},
		{"-", "HTTP/1.1 is a protocol\n\nPlain words", FormatText},
	} {
		if got := DetectFormat(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("DetectFormat(%q, %q) = %q, want %q", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestParseInputFormat(t *testing.T) {
	for in, want := range map[string]InputFormat{"": FormatAuto, "auto": FormatAuto, "JSONL": FormatJSONL, "ndjson": FormatJSONL,
		"txt": FormatText, "sgml": FormatReuters, "atom": FormatRSS, "html": FormatHTML} {
		if got, err := ParseInputFormat(in); err != nil || got != want {
			t.Errorf("ParseInputFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseInputFormat("docx"); err == nil || !strings.Contains(err.Error(), "use one of") {
		t.Errorf("ParseInputFormat(docx) = %v", err)
	}
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestNewReaderStdin(t *testing.T) {
	jsonl := `{"title":"One","date":"2005-01-01","body":"a"}` + "\n" + `{"title":"Two","body":"b"}` + "\n"
	for _, tc := range []struct {
		name   string
		in     []byte
		opts   ReadOptions
		format InputFormat
		want   []string
	}{
		{"jsonl", []byte(jsonl), ReadOptions{}, FormatJSONL, []string{"One|2005-01-01|", "Two||no date found"}},
		{"gzipped jsonl", gz(t, jsonl), ReadOptions{}, FormatJSONL, []string{"One|2005-01-01|", "Two||no date found"}},
		{"gzipped text", gz(t, "Headline - 2005-02-02\n\nBody."), ReadOptions{}, FormatText, []string{"Headline|2005-02-02|"}},
		{"forced text", []byte(jsonl), ReadOptions{Format: FormatText}, FormatText, []string{"||no date found"}}, // two lines, one paragraph: no title
		{"bad gzip header", []byte{0x1f, 0x8b, 0x01}, ReadOptions{}, FormatAuto, []string{"!0|gzip header"}},
		{"gzip of nothing", gz(t, ""), ReadOptions{}, FormatText, []string{"!0|empty file"}},
		{"gzip broken before its first byte", []byte("\x1f\x8b\x08\x00garbage"), ReadOptions{}, FormatText, []string{"!0|compressed input is corrupt"}},
		{"blank lines only", []byte("\n\n  \n"), ReadOptions{}, FormatText, []string{"!0|empty file"}},
		{"control codes", []byte("\x01\x02\x03\x04 text \x05\x06\x07\x08\x0e\x0f"), ReadOptions{}, FormatText, []string{"!0|binary file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := NewReader(bytes.NewReader(tc.in), "-", tc.opts)
			defer in.Close()
			if in.Format != tc.format {
				t.Errorf("format %q, want %q", in.Format, tc.format)
			}
			var got []string
			for {
				a, err := in.Next()
				if err == io.EOF {
					break
				}
				got = append(got, result(a, err))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if !matches(got[i], tc.want[i]) {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
}

func TestInputFileCloseTwice(t *testing.T) {
	f, err := OpenFile(filepath.Join("testdata", "hostile", "no-date.txt"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestOpenFileMissing(t *testing.T) {
	_, err := OpenFile(filepath.Join(t.TempDir(), "nope.txt"), ReadOptions{})
	if err == nil || !errors.Is(err, os.ErrNotExist) || IsRecordError(err) {
		t.Errorf("err = %v", err)
	}
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"b/z.txt", "b/a.jsonl", "a.txt", ".hidden/x.txt", "b/.secret.txt", "c/d/e.html"} {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(root, "a.txt"), filepath.Join(root, "c", "link.txt")); err != nil {
		t.Fatal(err)
	}
	// A broken link and a link to a folder are named, not passed over.
	if err := os.Symlink(filepath.Join(root, "gone.txt"), filepath.Join(root, "c", "broken.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "b"), filepath.Join(root, "c", "dirlink")); err != nil {
		t.Fatal(err)
	}
	var got []string
	for p, err := range Walk([]string{filepath.Join(root, "c"), root, "-", filepath.Join(root, "missing")}) {
		rel, _ := filepath.Rel(root, p)
		if p == "-" {
			rel = "-"
		}
		if err != nil {
			for name, why := range map[string]string{"c/broken.txt": "broken link to ", "c/dirlink": "a link to a folder", "missing": "input " + p + ": no such file or directory"} {
				if rel == name && !strings.Contains(err.Error(), why) {
					t.Errorf("%s: %v, want %q", name, err, why)
				}
			}
			rel = "error " + rel
		}
		got = append(got, rel)
	}
	want := []string{"error c/broken.txt", "c/d/e.html", "error c/dirlink", "c/link.txt", "a.txt", "b/a.jsonl", "b/z.txt", "error c/broken.txt", "c/d/e.html", "error c/dirlink", "c/link.txt", "-", "error missing"}
	if !slices.Equal(got, want) {
		t.Errorf("Walk = %q\nwant   %q", got, want)
	}
	// Stopping early stops the walk.
	n := 0
	for range Walk([]string{root}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break did not stop the walk")
	}
}

// endless repeats a record forever and counts the bytes handed out.
type endless struct {
	rec  []byte
	off  int
	read int
}

func (e *endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], e.rec[e.off:])
		n += c
		e.off = (e.off + c) % len(e.rec)
	}
	e.read += n
	return n, nil
}

func TestReadersStream(t *testing.T) {
	sgm := sgmRecord("1", "2-JUN-1987", "<TEXT><TITLE>T</TITLE><BODY>"+strings.Repeat("Some words of text.\n", 100)+"</BODY></TEXT>")
	for _, tc := range []struct {
		name string
		rec  string
		mk   func(io.Reader, string, ReadOptions) Reader
	}{
		{"jsonl", `{"title":"T","body":"` + strings.Repeat("word ", 400) + `"}` + "\n", NewJSONLReader},
		{"reuters", sgm, NewReutersReader},
		{"rss", "<item><title>T</title><description>" + strings.Repeat("word ", 400) + "</description></item>\n", NewRSSReader},
		{"detected jsonl", `{"title":"T","body":"` + strings.Repeat("word ", 400) + `"}` + "\n",
			func(r io.Reader, p string, o ReadOptions) Reader { return NewReader(r, p, o) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &endless{rec: []byte(tc.rec)}
			var r Reader
			if tc.name == "rss" {
				r = tc.mk(io.MultiReader(strings.NewReader("<rss><channel><title>S</title>"), src), "x", ReadOptions{})
			} else {
				r = tc.mk(src, "x", ReadOptions{})
			}
			for i := 0; i < 10; i++ {
				if a, err := r.Next(); err != nil || a.Title != "T" {
					t.Fatalf("record %d: %v, %v", i, a, err)
				}
			}
			// Ten records were read from an endless input, with at most a
			// couple of read buffers (64 KiB each) beyond them.
			if limit := 10*len(tc.rec) + 256<<10; src.read > limit {
				t.Errorf("read %d bytes for 10 records of %d bytes", src.read, len(tc.rec))
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want, note string
	}{
		{"utf-8", "Caf\xc3\xa9 talks", "Café talks", ""},
		{"utf-8 with a byte-order mark", "\xef\xbb\xbfCaf\xc3\xa9", "Café", ""},
		{"windows-1252", "Caf\xe9 \x93talks\x94", "Café “talks”", noteCP1252},
		{"utf-8 with stray bytes", "Caf\xc3\xa9 talks \xff \x93quoted\x94 na\xefve", "Café talks ÿ “quoted” naïve", noteCP1252},
	} {
		got, note := decodeText([]byte(tc.in))
		if got != tc.want || note != tc.note {
			t.Errorf("%s: %q, %q; want %q, %q", tc.name, got, note, tc.want, tc.note)
		}
	}
}
