package archive

import (
	"bytes"
	"errors"
	"io"
	"reflect"
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
	f.Add([]byte("Home\nWorld\nTalks Resume: What Next?\nBy JANE DOE Wire | Sat, 24 July 2004; Page 4\nFrom:\nMinistry\n" +
		"Published\n03/04/2004\nThe envoys met.\nThey will meet again, officials said.\n(Editing by Jon Pike)\nComments (2)\nx wrote:\nNo.\n"))
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
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <http://a.example/x>\r\nContent-Length: 70\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Envoys met in Geneva.</p>\r\n\r\n"), "a.warc")
	f.Add([]byte("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Envoys met=\r\n in Geneva.</p>\r\n--b--\r\n"), "a.mhtml")
	f.Add([]byte("MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\nRW52b3lzIG1ldA==\n"), "a.eml")
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

// checkDecodeRecord checks what decodeRecord promises for any bytes: no
// panic, an article or an error wrapping ErrFormat, the same answer twice,
// and an article it returns is written back unchanged by codec 3.
func checkDecodeRecord(t *testing.T, rec []byte) {
	a, err := decodeRecord(rec)
	if err != nil {
		if a != nil {
			t.Fatalf("article with error %v", err)
		}
		if !errors.Is(err, ErrFormat) {
			t.Fatalf("error does not wrap ErrFormat: %v", err)
		}
		if _, err2 := decodeRecord(rec); err2 == nil || err2.Error() != err.Error() {
			t.Fatalf("second decode: %v, first: %v", err2, err)
		}
		return
	}
	if a == nil {
		t.Fatal("nil article without an error")
	}
	if b, err := decodeRecord(rec); err != nil || !reflect.DeepEqual(a, b) {
		t.Fatalf("second decode differs: %+v, %v", b, err)
	}
	checkPayloadRoundTrip(t, a)
}

// checkPayloadRoundTrip checks that codec 3's fields hold a unchanged. It
// leaves zstd out: under the fuzzer's coverage counters a zstd encoder
// with its tables made a few hundred inputs a second.
func checkPayloadRoundTrip(t *testing.T, a *Article) {
	p, err := appendPayload(nil, a)
	if err != nil {
		t.Fatalf("decoded article does not encode: %v", err)
	}
	c, err := parsePayload(p)
	if err != nil {
		t.Fatalf("encoded article does not decode: %v", err)
	}
	if !reflect.DeepEqual(withoutEmptyLists(a), c) {
		t.Fatalf("encoding changed the article:\n%+v\n%+v", a, c)
	}
}

// withoutEmptyLists returns a copy of a with empty lists as nil, as codec 3
// stores them (JSON codecs may decode `[]` as an empty list).
func withoutEmptyLists(a *Article) *Article {
	c := *a
	if len(c.Persons) == 0 {
		c.Persons = nil
	}
	if len(c.Countries) == 0 {
		c.Countries = nil
	}
	if len(c.Orgs) == 0 {
		c.Orgs = nil
	}
	if len(c.Topics) == 0 {
		c.Topics = nil
	}
	if len(c.Notes) == 0 {
		c.Notes = nil
	}
	return &c
}

// FuzzDecodeRecord feeds decodeRecord whole records of every codec.
func FuzzDecodeRecord(f *testing.F) {
	for _, tc := range recordCases() {
		if tc.name == "long body" || tc.name == "many list entries" {
			continue
		}
		for _, enc := range []func(*Article) ([]byte, error){EncodeRecord, encodeRecordV2,
			func(a *Article) ([]byte, error) { return encodeFlateJSON(a, recordFlateJSON) }} {
			rec, err := enc(tc.a)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(rec)
		}
	}
	f.Add([]byte{})
	f.Add([]byte{recordZstdBinary})
	f.Add(mustFlate(f, `{"id":"a","date":"0000-01-01","persons":[],"countries":[{"name":"X"}],"notes":null}`))
	f.Fuzz(checkDecodeRecord)
}

// FuzzParsePayload feeds the field parser of codec 3 directly:
// FuzzDecodeRecord rarely gets past the zstd checksum to reach it.
func FuzzParsePayload(f *testing.F) {
	for _, tc := range recordCases() {
		if tc.name == "long body" || tc.name == "many list entries" {
			continue
		}
		p, err := appendPayload(nil, tc.a)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(p)
	}
	f.Add([]byte{tagCountry, 3, 9, 'a', 'b', tagDate, 1, 0x7f})
	f.Add([]byte{tagBody, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, p []byte) {
		a, err := parsePayload(p)
		if err != nil {
			if a != nil || !errors.Is(err, ErrFormat) {
				t.Fatalf("article %v with error %v, or the error does not wrap ErrFormat", a, err)
			}
			return
		}
		if b, err := parsePayload(p); err != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("second parse differs: %+v, %v", b, err)
		}
		checkPayloadRoundTrip(t, a)
	})
}
