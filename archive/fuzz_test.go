package archive

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkReader reads r to the end and checks what every reader promises:
// it ends, articles are valid UTF-8 with an id and a date in range, and
// record errors name the path. It returns a summary for determinism checks.
func checkReader(t *testing.T, r Reader, path string) string {
	t.Helper()
	var sum strings.Builder
	for i := 0; ; i++ {
		if i > 100_000 {
			t.Fatal("reader does not end")
		}
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("not a record error: %v", err)
			}
			if re.Path != path || len(re.Raw) > maxRaw {
				t.Fatalf("record error %v: path %q, raw %d bytes", re, re.Path, len(re.Raw))
			}
			if a != nil {
				t.Fatal("article with an error")
			}
			sum.WriteString("!" + re.Error() + "\n")
			continue
		}
		if a == nil {
			t.Fatal("nil article without an error")
		}
		if a.ID == "" {
			t.Fatalf("article without id: %+v", a)
		}
		for _, s := range append([]string{a.ID, a.Title, a.Body, a.Source, a.URL, a.Byline, a.Language, a.Dateline, a.Origin}, a.Notes...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %+v", a)
			}
		}
		if !a.Date.IsZero() && (a.Date.Year() < minYear || a.Date.After(testNow.Add(24*time.Hour))) {
			t.Fatalf("date %v out of range", a.Date)
		}
		if a.Date.IsZero() && len(a.Notes) == 0 {
			t.Fatalf("no date and no note: %+v", a)
		}
		sum.WriteString(a.ID + "|" + a.ContentHash() + "\n")
	}
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("Next after EOF = %v", err)
	}
	return sum.String()
}

// fuzzReader checks a reader constructor on data twice: same results both times.
func fuzzReader(t *testing.T, data []byte, mk func(io.Reader, string, ReadOptions) Reader) {
	opts := ReadOptions{Now: testNow, MaxRecordBytes: 1 << 16}
	a := checkReader(t, mk(bytes.NewReader(data), "f", opts), "f")
	b := checkReader(t, mk(bytes.NewReader(data), "f", opts), "f")
	if a != b {
		t.Fatalf("two reads differ:\n%s\n%s", a, b)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","date":"2004-07-24","body":"B","countries":["X",{"name":"Y","code":"YY"}]}` + "\n{broken\n"))
	f.Add([]byte(`{"title":3}` + "\n\n" + `[1]` + "\n" + `{"title":"\x93q\x94","body":""}`))
	f.Add([]byte(`{"title":"T","body":"B","date":"03/04/2004","persons":null,"countries":[null,7]}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, data, NewJSONLReader) })
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Accessibility links\n\nHeadline - 2004-07-24\n\nMOSCOW, July 24, 2004 - Body.\n\nShare\n"))
	f.Add([]byte("Source: X\nPublished: 03/04/2004\n# T\n\nBy Jane Doe\n\nJuly 24, 2004\n\n\x93body\x94"))
	f.Add([]byte("A | B | C\n\n© 2004\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, data, NewTextReader) })
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(htmlPage(`<meta property="og:title" content="T"><meta name="date" content="2004-07-24">`, htmlParas...)))
	f.Add([]byte(`<html><head><script type="application/ld+json">[{"datePublished":"2004-07-24"}]</script></head><body><p>` +
		strings.Repeat("word ", 30) + `</p><time datetime="x">t</time></body></html>`))
	f.Add([]byte(`<html><body><a href="/">Home</a></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, data, NewHTMLReader) })
}

func FuzzReuters(f *testing.F) {
	f.Add([]byte(sgmRecord("1", "26-FEB-1987 15:01:01.79", "<TEXT>&#2;\n<TITLE>A &lt;B&gt;</TITLE><DATELINE> X, Feb 26 - </DATELINE><BODY>Text.\n    Para.\n Reuter\n&#3;</BODY></TEXT>")))
	f.Add([]byte(sgmRecord("2", "31-MAR-1987 605:12:19.12", "<TEXT TYPE=\"UNPROC\">&#2;\nRAW\xfc\n</TEXT>") + "<REUTERS NEWID=\"3\"><TEXT TYPE=\"BRIEF\"><TITLE>T"))
	f.Add([]byte("<REUTERS><DATE>&#99999999;</DATE><TEXT><BODY>&#0;&#127;&#55296;</BODY></TEXT></REUTERS></REUTERS><REUTERS>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, data, NewReutersReader) })
}

func FuzzRSS(f *testing.F) {
	f.Add([]byte(`<rss><channel><title>S</title><item><title>T</title><pubDate>Sat, 24 Jul 2004 10:00:00 GMT</pubDate><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><feed><entry><title>B` + "\xed" + `</title><id>1</id><summary>s</summary></entry><entry>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, data, NewRSSReader) })
}

// FuzzOpen goes through detection, gzip, byte-order marks and the binary
// check, then whichever reader the content picks.
func FuzzOpen(f *testing.F) {
	f.Add([]byte("\xef\xbb\xbf{\"title\":\"T\",\"body\":\"B\"}\n"), "a.jsonl")
	f.Add([]byte("\xff\xfeH\x00i\x00\n\x00\n\x00B\x00"), "a.txt")
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3}, "a.gz")
	f.Add([]byte("<html><body><p>x</p></body></html>"), "a")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		opts := ReadOptions{Now: testNow, MaxRecordBytes: 1 << 16}
		a := checkReader(t, NewReader(bytes.NewReader(data), "f", opts), "f")
		b := checkReader(t, NewReader(bytes.NewReader(data), "f", opts), "f")
		if a != b {
			t.Fatalf("two reads differ:\n%s\n%s", a, b)
		}
		_ = DetectFormat(name, data)
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2004-07-24", "Sat, 24 Jul 2004 10:00:00 GMT", "July 24, 2004", "03/04/2004", "31-MAR-1987 605:12:19.12", "24th July, 2004"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s, testNow)
		if (err == nil) == d.IsZero() {
			t.Fatalf("ParseDate(%q) = %v, %v", s, d, err)
		}
		if err == nil && (d.Year() < minYear || d.After(testNow.Add(24*time.Hour)) || d.Hour() != 0 || d.Location() != time.UTC) {
			t.Fatalf("ParseDate(%q) = %v", s, d)
		}
		// The day found reads back as itself.
		if err == nil {
			if d2, err := ParseDate(d.Format(DateLayout), testNow); err != nil || !d2.Equal(d) {
				t.Fatalf("ParseDate(%q) = %v, but its ISO form reads %v, %v", s, d, d2, err)
			}
		}
		place, dd, _ := findDateline(s, testNow)
		if place == "" && !dd.IsZero() {
			t.Fatal("dateline date without a place")
		}
	})
}
