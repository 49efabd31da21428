package archive

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
)

// warcPage is an invented article page for the web archive tests.
func warcPage(title, date, lead string) string {
	return "<!doctype html><html lang=\"en\"><head><title>" + title + " | The Ledger</title></head><body>" +
		"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>" +
		"<p class=\"meta\">By Anna Keller · " + date + "</p><p>" + lead + "</p>" +
		"<p>\"This is a beginning,\" the foreign minister told reporters after the ceremony in the old parliament building.</p>" +
		"<p>The accord takes effect in January, and a joint commission will meet every three months to review it.</p></article></body></html>\n"
}

// writeWARC writes records built from (type, target, block) triples.
func writeWARC(t *testing.T, w io.Writer, recs [][3]string) {
	t.Helper()
	m := gowarc.NewMarshaler()
	for _, r := range recs {
		typ := map[string]gowarc.RecordType{"warcinfo": gowarc.Warcinfo, "request": gowarc.Request, "response": gowarc.Response,
			"resource": gowarc.Resource, "revisit": gowarc.Revisit}[r[0]]
		b := gowarc.NewRecordBuilder(typ, gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithFixDigest(true))
		if _, err := b.WriteString(r[2]); err != nil {
			t.Fatal(err)
		}
		b.AddWarcHeader(gowarc.WarcDate, "2024-01-17T12:45:03Z")
		switch r[0] {
		case "warcinfo":
			b.AddWarcHeader(gowarc.ContentType, "application/warc-fields")
		case "request":
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
		case "response", "revisit":
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		case "resource":
			b.AddWarcHeader(gowarc.ContentType, "text/plain")
		}
		if r[1] != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, r[1])
		}
		if r[0] == "revisit" {
			b.AddWarcHeader(gowarc.WarcProfile, "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")
			b.AddWarcHeader(gowarc.WarcRefersToTargetURI, r[1])
			b.AddWarcHeader(gowarc.WarcRefersToDate, "2024-01-16T12:45:03Z")
		}
		rec, _, err := b.Build()
		if err != nil {
			t.Fatalf("build %s record: %v", r[0], err)
		}
		if _, _, err := m.Marshal(w, rec, 0); err != nil {
			t.Fatal(err)
		}
		rec.Close()
	}
}

func httpResponse(ctype, extra, body string) string {
	return "HTTP/1.1 200 OK\r\nDate: Wed, 17 Jan 2024 12:45:03 GMT\r\nContent-Type: " + ctype + "\r\n" + extra + "\r\n" + body
}

// TestWARCReader reads an invented crawl: the article pages it holds are
// articles, everything else is passed over, a page that is no article is
// a record error naming its address.
func TestWARCReader(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(warcPage("Ministers Agree on Grain Corridor", "3 March 2001", "The ministers of four states agreed on Saturday to open a grain corridor through the mountains, officials said.")))
	zw.Close()
	front := "<html><head><title>World | The Ledger</title></head><body><ul>" + strings.Repeat("<li><a href=\"/a\">A story about talks</a></li>", 20) + "</ul></body></html>"
	var buf bytes.Buffer
	writeWARC(t, &buf, [][3]string{
		{"warcinfo", "", "software: crawler\r\nformat: WARC File Format 1.1\r\n"},
		{"request", "https://ledger.example/world/1995/accord", "GET /world/1995/accord HTTP/1.1\r\nHost: ledger.example\r\n\r\n"},
		{"response", "https://ledger.example/world/1995/accord", httpResponse("text/html; charset=utf-8", "", warcPage("Envoys Sign Border Accord", "Saturday, 19 August 1995",
			"The two governments signed the agreement in the capital on Saturday after three years of talks, officials said."))},
		{"response", "https://ledger.example/logo.png", httpResponse("image/png", "", "\x89PNG\r\n\x1a\nnot really")},
		{"response", "https://ledger.example/old", "HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\nContent-Type: text/html\r\n\r\n<a href=\"/new\">moved</a>"},
		{"response", "https://ledger.example/world", httpResponse("text/html", "", front)},
		{"response", "https://ledger.example/world/2001/grain", httpResponse("text/html", "Content-Encoding: gzip\r\n", gz.String())},
		{"resource", "https://ledger.example/wire/2003/visas.txt", "Visa Waiver Agreed for Border Traders\n\n12 May 2003\n\nTraders who cross the border every day will no longer need visas under a deal signed on Monday, the two governments said.\n\nThe waiver covers stays of up to three days.\n"},
	})
	warc := buf.Bytes()

	dir := t.TempDir()
	plain := filepath.Join(dir, "crawl.warc")
	zipped := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(plain, warc, 0o644); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw = gzip.NewWriter(&z)
	zw.Write(warc)
	zw.Close()
	if err := os.WriteFile(zipped, z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{plain, zipped} {
		f, err := OpenFile(path, ReadOptions{Now: testNow})
		if err != nil {
			t.Fatal(err)
		}
		if f.Format != FormatWARC {
			t.Fatalf("%s: format %q", path, f.Format)
		}
		arts, rejects := readAll(t, f)
		f.Close()
		want := []struct{ title, date, url string }{
			{"Envoys Sign Border Accord", "1995-08-19", "https://ledger.example/world/1995/accord"},
			{"Ministers Agree on Grain Corridor", "2001-03-03", "https://ledger.example/world/2001/grain"},
			{"Visa Waiver Agreed for Border Traders", "2003-05-12", "https://ledger.example/wire/2003/visas.txt"},
		}
		if len(arts) != len(want) {
			t.Fatalf("%s: %d articles, want %d (rejects %v)", path, len(arts), len(want), rejects)
		}
		for i, w := range want {
			a := arts[i]
			if a.Title != w.title || a.DateString() != w.date || a.URL != w.url || !strings.HasPrefix(a.Origin, path+"#record ") {
				t.Errorf("%s: article %d: title %q date %q url %q origin %q", path, i, a.Title, a.DateString(), a.URL, a.Origin)
			}
		}
		if len(rejects) != 1 || !strings.Contains(rejects[0].Error(), "https://ledger.example/world") || !errors.Is(rejects[0], errNoText) {
			t.Errorf("%s: rejects %v, want the section front only", path, rejects)
		}
	}
}

// TestWARCReaderBroken checks that a damaged record is a clear error that
// names where it is, after the records before it were read.
func TestWARCReaderBroken(t *testing.T) {
	var buf bytes.Buffer
	writeWARC(t, &buf, [][3]string{
		{"response", "https://ledger.example/world/1995/accord", httpResponse("text/html", "", warcPage("Envoys Sign Border Accord", "Saturday, 19 August 1995",
			"The two governments signed the agreement in the capital on Saturday after three years of talks, officials said."))},
	})
	buf.WriteString("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n")
	arts, rejects := readAll(t, NewReader(bytes.NewReader(buf.Bytes()), "crawl.warc", ReadOptions{Now: testNow}))
	if len(arts) != 1 || len(rejects) != 1 || !strings.Contains(rejects[0].Error(), "crawl.warc (record 2") {
		t.Fatalf("articles %d, rejects %v", len(arts), rejects)
	}
	_, rejects = readAll(t, NewReader(strings.NewReader("not a web archive\n"), "crawl.warc", ReadOptions{Now: testNow}))
	if len(rejects) != 1 || !errors.Is(rejects[0], ErrWrongFormat) {
		t.Fatalf("rejects %v, want a wrong format", rejects)
	}
}
