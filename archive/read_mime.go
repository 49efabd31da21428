package archive

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"

	"golang.org/x/net/html/charset"
)

// A page saved as a MIME message: a browser's single-file save (MHTML,
// "Webpage, Single File": multipart/related with the page and its images)
// or an article sent or saved by mail (.eml). The reader reads the part
// that holds the article, decoded, instead of the message: the page's
// HTML for MHTML, else the text (or the HTML) of a mail. The message's
// own headers are the save's or the sending's: its Date is when the page
// was saved or sent, never the article's date; its Subject is a mail's,
// not a headline; Snapshot-Content-Location (or the part's
// Content-Location) is the page's address.

// looksMIME reports whether head opens with a MIME message's header: a
// block of "Name: value" lines with a MIME-Version or a multipart
// Content-Type in it.
func looksMIME(head []byte) bool {
	mimeVersion, multi := false, false
	for i, line := range bytes.Split(head, []byte("\n")) {
		l := bytes.TrimRight(line, "\r")
		if len(l) == 0 {
			break
		}
		if l[0] == ' ' || l[0] == '\t' {
			if i == 0 {
				return false
			}
			if bytes.Contains(bytes.ToLower(l), []byte("multipart/")) {
				multi = true
			}
			continue
		}
		k, v, ok := bytes.Cut(l, []byte(":"))
		if !ok || len(k) == 0 || bytes.ContainsAny(k, " \t") {
			return false
		}
		switch strings.ToLower(string(k)) {
		case "mime-version":
			mimeVersion = true
		case "content-type":
			multi = multi || bytes.Contains(bytes.ToLower(v), []byte("multipart/"))
		}
	}
	return mimeVersion || multi
}

// mimePart is one leaf part of a message, decoded to UTF-8.
type mimePart struct {
	media    string
	body     []byte
	location string
}

// unwrapMIME returns the part of the MIME message b that holds the
// article (see above), whether it is HTML, and the page's address; ok is
// false when b is no message this can read, and it is then read as it is.
func unwrapMIME(b []byte) (page []byte, isHTML bool, url string, ok bool) {
	msg, err := mail.ReadMessage(bytes.NewReader(b))
	if err != nil {
		return nil, false, "", false
	}
	url = webAddress(msg.Header.Get("Snapshot-Content-Location"))
	var parts []mimePart
	related := false
	var walk func(h textproto.MIMEHeader, r io.Reader, depth int)
	walk = func(h textproto.MIMEHeader, r io.Reader, depth int) {
		media, params, err := mime.ParseMediaType(h.Get("Content-Type"))
		if err != nil {
			media, params = "text/plain", nil
		}
		if strings.HasPrefix(media, "multipart/") {
			if media == "multipart/related" {
				related = true
			}
			if depth > 4 || params["boundary"] == "" {
				return
			}
			mr := multipart.NewReader(r, params["boundary"])
			for {
				p, err := mr.NextRawPart()
				if err != nil {
					return
				}
				walk(p.Header, p, depth+1)
			}
		}
		if media != "text/html" && media != "text/plain" && media != "application/xhtml+xml" {
			return
		}
		var body io.Reader = r
		switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
		case "quoted-printable":
			body = quotedprintable.NewReader(r)
		case "base64":
			body = base64.NewDecoder(base64.StdEncoding, &spaceless{r: r})
		}
		if cs := params["charset"]; cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
			if dr, err := charset.NewReaderLabel(cs, body); err == nil {
				body = dr
			}
		}
		data, err := io.ReadAll(body)
		if err != nil || len(bytes.TrimSpace(data)) == 0 {
			return
		}
		parts = append(parts, mimePart{media: media, body: data, location: webAddress(h.Get("Content-Location"))})
	}
	walk(textproto.MIMEHeader(msg.Header), msg.Body, 0)
	if len(parts) == 0 {
		return nil, false, "", false
	}
	// MHTML: the page is the first HTML part. A mail: its text, else its
	// HTML.
	want := []string{"text/plain", "text/html", "application/xhtml+xml"}
	if related {
		want = []string{"text/html", "application/xhtml+xml", "text/plain"}
	}
	for _, m := range want {
		for _, p := range parts {
			if p.media == m {
				if url == "" {
					url = p.location
				}
				return p.body, m != "text/plain", url, true
			}
		}
	}
	return nil, false, "", false
}

// spaceless drops the line breaks and blanks of base64 text.
type spaceless struct{ r io.Reader }

func (s *spaceless) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	k := 0
	for _, c := range p[:n] {
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			p[k] = c
			k++
		}
	}
	return k, err
}

// mimeInput returns the reader of the article part of the MIME message br
// holds (see looksMIME), its format and its address, reading at most max
// bytes; ok is false when br is to be read as it is (br is then still
// whole: it is read only when it holds a message).
func mimeInput(br *bufio.Reader, max int) (r *bufio.Reader, format InputFormat, url string, ok bool, rest *bufio.Reader) {
	b, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil || len(b) > max {
		return nil, "", "", false, bufio.NewReaderSize(io.MultiReader(bytes.NewReader(b), br), 64<<10)
	}
	page, isHTML, url, ok := unwrapMIME(b)
	if !ok {
		return nil, "", "", false, bufio.NewReaderSize(bytes.NewReader(b), 64<<10)
	}
	format = FormatText
	if isHTML {
		format = FormatHTML
	}
	return bufio.NewReaderSize(bytes.NewReader(page), 64<<10), format, url, true, nil
}
