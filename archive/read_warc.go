package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// NewWARCReader reads the article pages a web archive file holds (WARC
// 1.0 or 1.1, as crawlers such as Heritrix and wget write it; gzip
// members are decompressed by the caller, as for any input). Each
// successful HTML or plain-text response (and each resource record of
// those types) is read as a saved page by the HTML or text reader; the
// records of other kinds (requests, metadata, revisits, images, scripts,
// redirects, errors) are passed over. A page that holds no article (a
// section front, a list of links) is a RecordError naming the record's
// address. The capture's date (WARC-Date, the response's Date) is when
// the page was fetched, never taken for the article's date; the
// record's address is the article's URL when the page gives none.
func NewWARCReader(r io.Reader, path string, opts ReadOptions) Reader {
	opts.SetDefaults()
	return &warcReader{
		br:   bufio.NewReaderSize(r, 64<<10),
		u:    gowarc.NewUnmarshaler(gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore)),
		path: path,
		opts: opts,
	}
}

type warcReader struct {
	br      *bufio.Reader
	u       gowarc.Unmarshaler
	path    string
	opts    ReadOptions
	records int
	done    bool
}

func (w *warcReader) Next() (*Article, error) {
	for !w.done {
		if w.atEnd() {
			w.done = true
			if w.records == 0 {
				return nil, &RecordError{Path: w.path, Err: fmt.Errorf("%w: no WARC record in the file", ErrWrongFormat)}
			}
			return nil, io.EOF
		}
		uri := w.peekTargetURI()
		rec, off, validation, err := w.u.Unmarshal(w.br)
		for _, v := range validation {
			// A record shorter than its Content-Length: the file was cut.
			if cl, ok := errors.AsType[*gowarc.ContentLengthError](v); ok && cl.Actual < cl.Expected && err == nil {
				rec.Close()
				err = fmt.Errorf("the record ends after %d of the %d bytes it announces: the file was cut short", cl.Actual, cl.Expected)
			}
		}
		if err != nil {
			w.done = true
			if w.records == 0 {
				return nil, &RecordError{Path: w.path, Err: fmt.Errorf("%w: read as a web archive (WARC), it starts with no WARC record (%v); give --format for what it is", ErrWrongFormat, err)}
			}
			// The records after a broken one cannot be found again.
			return nil, &RecordError{Path: w.path, Record: fmt.Sprintf("record %d, at byte %d", w.records+1, off),
				Err: fmt.Errorf("not a WARC record (%v); the records after it are not read: repair the file or read it with a WARC tool", err)}
		}
		w.records++
		a, err := w.page(rec, uri)
		rec.Close()
		if a != nil || err != nil {
			return a, err
		}
	}
	return nil, io.EOF
}

// peekTargetURI returns the WARC-Target-URI of the record the input is
// at, read from its header as written: wget writes it in angle brackets
// ("<http://...>"), which the WARC parser does not take for an address.
func (w *warcReader) peekTargetURI() string {
	b, _ := w.br.Peek(16 << 10)
	for _, end := range []string{"\n\r\n", "\n\n"} {
		if i := bytes.Index(b, []byte(end)); i >= 0 {
			b = b[:i]
		}
	}
	for line := range bytes.Lines(b) {
		if k, v, ok := bytes.Cut(line, []byte(":")); ok && strings.EqualFold(string(bytes.TrimSpace(k)), "WARC-Target-URI") {
			return strings.Trim(strings.TrimSpace(string(v)), "<>")
		}
	}
	return ""
}

// atEnd reports whether only blank space is left of the input.
func (w *warcReader) atEnd() bool {
	for {
		b, err := w.br.Peek(1)
		if err != nil || len(b) == 0 {
			return true
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			w.br.ReadByte()
		default:
			return false
		}
	}
}

// page reads the article of one record: nil, nil for a record that holds
// no page.
func (w *warcReader) page(rec gowarc.WarcRecord, uri string) (*Article, error) {
	if t := rec.Type(); t != gowarc.Response && t != gowarc.Resource {
		return nil, nil
	}
	if v := rec.WarcHeader().Get(gowarc.WarcTargetURI); v != "" {
		uri = v
	}
	if uri != "" && webAddress(uri) == "" {
		return nil, nil // a crawler's own log or manifest ("metadata://...")
	}
	label := fmt.Sprintf("record %d", w.records)
	if uri != "" {
		label += " " + uri
	}
	fail := func(err error, raw []byte) error {
		return &RecordError{Path: w.path, Record: label, Err: err, Raw: clipBytes(raw, maxRaw)}
	}
	var (
		payload  io.Reader
		ctype    string
		encoding string
	)
	switch b := rec.Block().(type) {
	case gowarc.HttpResponseBlock:
		if code := b.HttpStatusCode(); code != 200 {
			return nil, nil // a redirect or an error page
		}
		h := b.HttpHeader()
		if h != nil {
			ctype, encoding = h.Get("Content-Type"), h.Get("Content-Encoding")
		}
		p, err := b.PayloadBytes()
		if err != nil {
			return nil, fail(fmt.Errorf("read the response: %w", err), nil)
		}
		payload = p
	default:
		if rec.Type() != gowarc.Resource {
			return nil, nil // a response to something other than HTTP
		}
		ctype = rec.WarcHeader().Get(gowarc.ContentType)
		p, err := b.RawBytes()
		if err != nil {
			return nil, fail(fmt.Errorf("read the resource: %w", err), nil)
		}
		payload = p
	}
	media, _, _ := mime.ParseMediaType(ctype)
	isHTML := media == "text/html" || media == "application/xhtml+xml"
	if !isHTML && media != "text/plain" {
		return nil, nil // an image, a script, a style sheet ...
	}
	data, err := io.ReadAll(io.LimitReader(payload, int64(w.opts.MaxRecordBytes)+1))
	if err != nil {
		return nil, fail(fmt.Errorf("read the page: %w", err), nil)
	}
	if strings.EqualFold(encoding, "gzip") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fail(fmt.Errorf("the page says it is gzip-compressed but is not: %w", err), data)
		}
		data, err = io.ReadAll(io.LimitReader(zr, int64(w.opts.MaxRecordBytes)+1))
		if err != nil {
			return nil, fail(fmt.Errorf("decompress the page: %w", err), nil)
		}
	}
	if len(data) > w.opts.MaxRecordBytes {
		return nil, fail(fmt.Errorf("page larger than %d bytes: raise --max-record-bytes to read it", w.opts.MaxRecordBytes), data)
	}
	var rd Reader
	if isHTML {
		rd = NewHTMLReader(bytes.NewReader(data), w.path, w.opts)
	} else {
		rd = NewTextReader(bytes.NewReader(data), w.path, w.opts)
	}
	a, err := rd.Next()
	if err != nil {
		var re *RecordError
		if errors.As(err, &re) {
			err = re.Err
		}
		return nil, fail(err, data)
	}
	a.Origin = w.path + "#" + label
	if a.URL == "" {
		a.URL = webAddress(uri)
	}
	return a, nil
}
