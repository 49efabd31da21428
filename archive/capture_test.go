package archive

import (
	"encoding/base64"
	"mime/quotedprintable"
	"strings"
	"testing"
)

// TestWebArchiveRecord reads an invented page saved as a web archive keeps it
// (a file named .html):
// a WARC record of the capture and the HTTP response around the HTML. The
// dates of the capture are not the article's; the record's address is.
func TestWebArchiveRecord(t *testing.T) {
	page := "<!doctype html><html lang=\"en\"><head><title>Envoys Sign Border Accord | The Ledger</title></head><body>" +
		"<article><h1>Envoys Sign Border Accord</h1><p class=\"meta\">By Anna Keller · Saturday, 19 August 1995</p>" +
		"<p>The two governments signed the agreement in the capital on Saturday after three years of talks, officials said.</p>" +
		"<p>\"This is a beginning,\" the foreign minister told reporters after the ceremony in the old parliament building.</p>" +
		"<p>The accord takes effect in January, and a joint commission will meet every three months to review it.</p>" +
		"<p class=\"boilerplate\">The Ledger is an independent daily founded in 1921 with readers in forty countries.</p></article></body></html>\n"
	http := "HTTP/1.1 200 OK\r\nDate: Wed, 17 Jan 2024 12:45:03 GMT\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	warc := "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-01-17T12:45:03Z\r\nContent-Length: 40\r\n\r\nsoftware: crawler\r\nformat: WARC File Format 1.1\r\n\r\n" +
		"WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2024-01-17T12:45:03Z\r\nWARC-Target-URI: https://ledger.example/world/1995/accord\r\n\r\n" + http
	for _, tc := range []struct{ name, in, url string }{
		{"page", page, ""},
		{"http", http, ""},
		{"warc", warc, "https://ledger.example/world/1995/accord"},
	} {
		a, re := readOne(t, NewReader(strings.NewReader(tc.in), "capture.html", ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatalf("%s: %v", tc.name, re)
		}
		if a.Title != "Envoys Sign Border Accord" || a.DateString() != "1995-08-19" || a.URL != tc.url {
			t.Errorf("%s: title %q, date %q, url %q", tc.name, a.Title, a.DateString(), a.URL)
		}
		if strings.Contains(a.Body, "independent daily") || !strings.HasSuffix(a.Body, "to review it.") {
			t.Errorf("%s: body ends %q", tc.name, a.Body[max(0, len(a.Body)-80):])
		}
	}
}

// TestChromeLinesInText checks lines sites print in or around a saved
// text that are no part of it: an edition's page list, an advertisement
// as a line of text, a line that ends with a call to click.
func TestChromeLinesInText(t *testing.T) {
	for _, tc := range []struct {
		line   string
		chrome bool
	}{
		{"Pages:  1  2  3  4  5  6  7  8  9  10  11  12  13  14  15  16", true},
		{"1 | 2 | 3 | 4 | Next »", true},
		{"TEXT AD: Looking for a flat in the city? Call 0800 555 0101 today.", true},
		{"Sponsored: Ten places to visit before the summer ends", true},
		{"Join our channel for breaking news and exclusive stories. Click here to join", true},
		{"All quotes delayed a minimum of 15 minutes.", true},
		{"Toronto -3°C Light snow", true},
		{"Subscribe to unlock this story — first month free", true},
		{"Kindly Share This Story:", true},
		{"Weather: Accra 31°C, partly cloudy", true},
		{"Temperatures fell to -3°C in the capital overnight, officials said.", false},
		{"Reproduction in whole or in part without permission is prohibited.", true},
		{"The 16 members voted 12 to 4 in favour of the motion on Tuesday.", false},
		{"Ad hoc talks between the two delegations continued into the night, officials said.", false},
		{"Visitors were told to click here and there on the map to find the border posts, the guide said, in jest.", false},
		{"» See also: ferry links to the islands restored", true},
		{"SEE ALSO | how the new quota rules work", true},
		{"Also read → Trade blocs look east as old deals expire", true},
		{"Read more ► Why the customs deal keeps slipping", true},
		{"Stay informed on your tablet — install our free app", true},
		{"Audio: 6 minutes", true},
		{"Get the Harbour Digest in your inbox each week — sign up here", true},
		{"“We will not trade the reef for a road.” — Fisheries Minister", true},
		{"“A dark day” — opposition leaves the chamber before the vote on the new envoy", false},
		{"Good evening. Today is Monday, March 3, 2003.", true},
		{"Today is Monday, March 3, 2003, and the talks resume in Geneva after a week's pause.", false},
		{"Video (2:45)", true},
	} {
		units := splitUnits([]string{tc.line})
		classify(units, pageHints{})
		if len(units) != 1 || units[0].chrome != tc.chrome {
			t.Errorf("%q: chrome %v, want %v", tc.line, len(units) == 1 && units[0].chrome, tc.chrome)
		}
	}
}

// TestMIMESaves reads invented pages saved as MIME messages: a browser's
// single-file save (MHTML, the page quoted-printable among its images)
// and a mail holding an article (base64 text in Latin-1 beside its HTML).
// The message's own Date and Subject are the save's, not the article's.
func TestMIMESaves(t *testing.T) {
	page := "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Envoys Sign Border Accord - The Ledger</title></head><body>" +
		"<article><h1>Envoys Sign Border Accord</h1><div class=\"byline\">By Anna Keller</div><div class=\"dateline\">Published 19 August 1995</div>" +
		"<img src=\"cid:img-1@mhtml.blink\" alt=\"\"><p>The two governments signed the agreement in the capital on Saturday after three years of talks, officials said.</p>" +
		"<p>\"This is a beginning,\" the foreign minister told reporters after the ceremony in the old parliament building.</p>" +
		"<p>The accord takes effect in January, and a joint commission will meet every three months to review it.</p></article></body></html>"
	var qp strings.Builder
	w := quotedprintable.NewWriter(&qp)
	w.Write([]byte(page))
	w.Close()
	mhtml := "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://ledger.example/world/1995/accord\r\nSubject: Envoys Sign Border Accord - The Ledger\r\n" +
		"Date: Tue, 2 May 2023 21:14:07 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B----\"\r\n\r\n\r\n" +
		"------B----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://ledger.example/world/1995/accord\r\n\r\n" +
		qp.String() + "\r\n------B----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: cid:img-1@mhtml.blink\r\n\r\niVBORw0KGgo=\r\n------B------\r\n"

	latin := "Envoys Sign Border Accord\n\nThe Ledger \xb7 19 August 1995 \xb7 Anna Keller\n\n" +
		"The two governments signed the agreement in the capital on Saturday after three years of talks, officials said.\n\n" +
		"\"This is a beginning,\" the foreign minister told reporters after the ceremony in the old parliament building.\n\n" +
		"The accord takes effect in January, and a joint commission will meet every three months to review it.\n"
	b64 := base64.StdEncoding.EncodeToString([]byte("You saved this article on 2 May 2023. Here it is, ready to read offline.\n\n" + latin))
	var lines []string
	for len(b64) > 76 {
		lines, b64 = append(lines, b64[:76]), b64[76:]
	}
	lines = append(lines, b64)
	eml := "Return-Path: <bounce@saver.example>\r\nDKIM-Signature: v=1; a=rsa-sha256; d=saver.example; s=k1; bh=Zm9v; b=QUJD\r\nFrom: Saver <send@saver.example>\r\n" +
		"Subject: Your saved article\r\nDate: Tue, 2 May 2023 21:14:07 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n" +
		"--alt\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: base64\r\n\r\n" + strings.Join(lines, "\r\n") + "\r\n" +
		"--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>See the article.</p>\r\n--alt--\r\n"

	for _, tc := range []struct{ name, in, url string }{
		{"page.mhtml", mhtml, "https://ledger.example/world/1995/accord"},
		{"-", mhtml, "https://ledger.example/world/1995/accord"},
		{"saved.eml", eml, ""},
		{"-", eml, ""},
	} {
		a, re := readOne(t, NewReader(strings.NewReader(tc.in), tc.name, ReadOptions{Now: testNow}))
		if re != nil {
			t.Fatalf("%s: %v", tc.name, re)
		}
		if a.Title != "Envoys Sign Border Accord" || a.DateString() != "1995-08-19" || a.URL != tc.url || a.Byline != "Anna Keller" {
			t.Errorf("%s: title %q, date %q, url %q, byline %q", tc.name, a.Title, a.DateString(), a.URL, a.Byline)
		}
		if !strings.HasPrefix(a.Body, "The two governments") || !strings.HasSuffix(a.Body, "to review it.") {
			t.Errorf("%s: body %q", tc.name, a.Body)
		}
	}
	// Header fields without MIME are a text page's own fields, read as before.
	if looksMIME([]byte("Title: Envoys Sign Border Accord\nDate: 19 August 1995\n\nThe two governments ...")) {
		t.Error("a text page's fields taken for a MIME message")
	}
}
