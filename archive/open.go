package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// InputFormat names an input file format.
type InputFormat string

// The input formats. FormatAuto detects the format of each file.
const (
	FormatAuto    InputFormat = ""
	FormatText    InputFormat = "text"    // a plain-text page saved from a news site
	FormatJSONL   InputFormat = "jsonl"   // JSON Lines, one article object per line
	FormatHTML    InputFormat = "html"    // an HTML article page
	FormatReuters InputFormat = "reuters" // Reuters-21578 SGML
	FormatRSS     InputFormat = "rss"     // an RSS 2.0 or Atom feed, one article per item
	FormatWARC    InputFormat = "warc"    // a web archive (WARC), one article per page it holds
)

// InputFormats lists the names ParseInputFormat accepts (but aliases),
// comma-separated, for usage text.
func InputFormats() string {
	names := []string{"auto"}
	for _, f := range []InputFormat{FormatText, FormatJSONL, FormatHTML, FormatReuters, FormatRSS, FormatWARC} {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// ParseInputFormat reads the name of an input format: one of InputFormats
// (or an alias: txt, json, ndjson, sgml, sgm, atom), or "" or "auto" for
// detection.
func ParseInputFormat(s string) (InputFormat, error) {
	switch f := InputFormat(strings.ToLower(strings.TrimSpace(s))); f {
	case "", "auto":
		return FormatAuto, nil
	case FormatText, FormatJSONL, FormatHTML, FormatReuters, FormatRSS, FormatWARC:
		return f, nil
	case "txt":
		return FormatText, nil
	case "ndjson", "json":
		return FormatJSONL, nil
	case "sgml", "sgm":
		return FormatReuters, nil
	case "atom":
		return FormatRSS, nil
	}
	return "", fmt.Errorf("unknown input format %q: use one of %s", s, InputFormats())
}

// DefaultMaxRecordBytes is the default ReadOptions.MaxRecordBytes: far above
// any news article (the longest Reuters-21578 record is about 20 KB), low
// enough that a runaway line cannot exhaust memory.
const DefaultMaxRecordBytes = 8 << 20

// ReadOptions configures the readers. The zero value is ready to use.
type ReadOptions struct {
	// Format forces one input format; FormatAuto (the default) detects it
	// from the content and then the file name.
	Format InputFormat
	// MaxRecordBytes is the largest record read: a JSON line, an SGML
	// record, or a whole text or HTML file. Larger records are rejected
	// with a *RecordError without being held in memory. 0 means
	// DefaultMaxRecordBytes.
	MaxRecordBytes int
	// Source is the source given to articles whose input does not name
	// one (no "Source:" line, no og:site_name, no "source" field). When it
	// is empty, the folder's settings file (FolderSettingsFile) may give
	// one; a text page's file name prefix ("voa-2004-07-24.txt") comes last.
	Source string
	// Now is the reading time for the date rules (dates more than a day
	// after it are rejected). Zero means time.Now() when the reader is made.
	Now time.Time
}

// SetDefaults fills the zero fields of o with their defaults.
func (o *ReadOptions) SetDefaults() {
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = DefaultMaxRecordBytes
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
}

// InputFile is an input opened for reading: a Reader for its format and
// whatever must be closed after it.
type InputFile struct {
	Path   string      // as given; "-" for standard input
	Format InputFormat // the format read (detected or forced)
	r      Reader
	close  func() error
}

// Next returns the next article, io.EOF at the end, or a *RecordError for a
// record that could not be read (call Next again after it).
func (f *InputFile) Next() (*Article, error) { return f.r.Next() }

// Close releases the file. It is safe to call more than once.
func (f *InputFile) Close() error {
	if f.close == nil {
		return nil
	}
	c := f.close
	f.close = nil
	return c()
}

// OpenFile opens the input file at path for reading articles. The format is
// opts.Format or, when that is FormatAuto, detected (see DetectFormat); gzip
// input (by its magic bytes, whatever the name) is decompressed on the fly.
// Only a failure to open the file is returned as an error: an empty, binary
// or corrupt file gives a reader whose first Next returns a *RecordError.
func OpenFile(path string, opts ReadOptions) (*InputFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open input %s: %w", path, err)
	}
	in := NewReader(f, path, opts)
	in.close = f.Close
	return in, nil
}

// NewReader reads articles from r, which holds the content of the file
// named path ("-" for standard input), exactly as OpenFile does for a file.
// The caller closes r.
func NewReader(r io.Reader, path string, opts ReadOptions) *InputFile {
	opts.SetDefaults()
	in := &InputFile{Path: path, close: func() error { return nil }}
	br, note, rerr := prepareInput(r, path)
	if rerr != nil {
		in.r = &failedReader{err: rerr}
		in.Format = opts.Format
		return in
	}
	head, perr := br.Peek(sniffBytes)
	format := opts.Format
	mimeURL := ""
	if unwrapMessages && (format == FormatAuto || format == FormatHTML || format == FormatText) && looksMIME(head) {
		// A browser's single-file save (MHTML) or a mail: the part that
		// holds the page.
		part, partFormat, url, ok, whole := mimeInput(br, opts.MaxRecordBytes)
		if ok {
			br, mimeURL = part, url
			if format == FormatAuto {
				format = partFormat
			}
		} else {
			br = whole
		}
		head, perr = br.Peek(sniffBytes)
	}
	if format == FormatAuto {
		format = DetectFormat(path, head)
	}
	in.Format = format
	if len(bytes.TrimSpace(head)) == 0 {
		err := errEmptyFile
		var ce *corruptError
		if errors.As(perr, &ce) {
			err = ce // compressed, and broken before its first byte
		}
		in.r = &failedReader{err: &RecordError{Path: path, Err: err}}
		return in
	}
	if format != FormatWARC && isBinary(head) { // a web archive holds images
		in.r = &failedReader{err: &RecordError{Path: path, Err: errBinaryFile, Raw: clipBytes(head, 512)}}
		return in
	}
	if opts.Source == "" {
		opts.Source = folderSettings(path).Source
	}
	var rd Reader
	switch format {
	case FormatJSONL:
		rd = NewJSONLReader(br, path, opts)
	case FormatHTML:
		rd = NewHTMLReader(br, path, opts)
	case FormatReuters:
		rd = NewReutersReader(br, path, opts)
	case FormatRSS:
		rd = NewRSSReader(br, path, opts)
	case FormatWARC:
		rd = NewWARCReader(br, path, opts)
	default:
		rd = NewTextReader(br, path, opts)
	}
	if note != "" {
		rd = &noteReader{r: rd, note: note}
	}
	if mimeURL != "" {
		rd = &urlReader{r: rd, url: mimeURL}
	}
	if opts.Source != "" {
		rd = &sourceReader{r: rd, source: opts.Source}
	}
	in.r = rd
	return in
}

// unwrapMessages is whether a MIME message (MHTML, mail) is read as the
// page it holds; the page model's training turns it off (see
// loadModelPages).
var unwrapMessages = true

// urlReader gives its articles the address of the page they were read
// from, where the page itself names none.
type urlReader struct {
	r   Reader
	url string
}

func (u *urlReader) Next() (*Article, error) {
	a, err := u.r.Next()
	if a != nil && a.URL == "" {
		a.URL = u.url
	}
	return a, err
}

// ErrWrongFormat is returned (in a RecordError) when a file read as one
// input format holds no record of it: it is in another.
var ErrWrongFormat = errors.New("wrong input format")

// Reasons a whole file is rejected.
var (
	errEmptyFile  = errors.New("empty file: nothing to read")
	errBinaryFile = errors.New("binary file (NUL bytes or control codes in its first 8 KiB): not an article; remove it from the input or give it the right extension")
)

// sniffBytes is how much of a file detection and the binary check look at.
const sniffBytes = 8 << 10

// prepareInput wraps r: gunzips it when it starts with the gzip magic,
// decodes UTF-16 with a byte-order mark, drops a UTF-8 byte-order mark. It
// returns a note for the articles when the input was transcoded, and a
// *RecordError when the gzip header is broken.
func prepareInput(r io.Reader, path string) (*bufio.Reader, string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, "", &RecordError{Path: path, Err: fmt.Errorf("gzip header: %w: the file is corrupt or truncated; recompress it", err)}
		}
		br = bufio.NewReaderSize(&corruptTagger{r: zr}, 64<<10)
	}
	bom, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(bom, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
	case bytes.HasPrefix(bom, []byte{0xFF, 0xFE}), bytes.HasPrefix(bom, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
		return br, "input was UTF-16: decoded to UTF-8", nil
	}
	return br, "", nil
}

// corruptError marks a read error of a compressed stream: the data after it
// is lost, but the records before it are good. Readers turn it into a
// *RecordError for the rest of the file.
type corruptError struct{ err error }

func (e *corruptError) Error() string {
	return fmt.Sprintf("compressed input is corrupt or truncated (%v): the rest of the file is lost; recompress it from the original", e.err)
}
func (e *corruptError) Unwrap() error { return e.err }

type corruptTagger struct{ r io.Reader }

func (c *corruptTagger) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		err = &corruptError{err: err}
	}
	return n, err
}

// readFailure turns an error from the input stream into what Next returns:
// a *RecordError for a corrupt compressed stream (at line, when known),
// else the error wrapped with the path.
func readFailure(path string, line int, err error) error {
	var ce *corruptError
	if errors.As(err, &ce) {
		return &RecordError{Path: path, Line: line, Record: "rest of file", Err: ce}
	}
	return fmt.Errorf("read %s: %w", path, err)
}

// DetectFormat names the format of a file from its first bytes and, when
// they do not tell, from its name (a ".gz" suffix is ignored). Content wins:
//
//	first non-blank byte '{'                              JSON Lines
//	"<!DOCTYPE lewis" or "<REUTERS" in the first 8 KiB    Reuters SGML
//	"<rss", "<feed", "<rdf:RDF" at the start (after <?xml) RSS/Atom
//	"<!DOCTYPE html", "<html", "<head", "<body" at the start  HTML
//
// then the extension: .jsonl .ndjson .json, .html .htm .xhtml, .sgm .sgml,
// .rss .atom .xml; anything else is plain text.
func DetectFormat(name string, head []byte) InputFormat {
	h := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(h) > 0 && h[0] == '{' {
		return FormatJSONL
	}
	lower := bytes.ToLower(h)
	if bytes.Contains(lower, []byte("<!doctype lewis")) || bytes.Contains(head, []byte("<REUTERS ")) || bytes.HasPrefix(h, []byte("<REUTERS>")) {
		return FormatReuters
	}
	if bytes.HasPrefix(h, []byte("WARC/1.")) && !strings.HasSuffix(strings.ToLower(name), ".html") && !strings.HasSuffix(strings.ToLower(name), ".htm") {
		return FormatWARC
	}
	if bytes.HasPrefix(h, []byte("WARC/1.")) || bytes.HasPrefix(h, []byte("HTTP/1.")) || bytes.HasPrefix(h, []byte("HTTP/2")) {
		// A web archive's record or a saved HTTP response: HTML when its
		// headers say so or the page shows.
		if bytes.Contains(lower, []byte("content-type: text/html")) || bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html")) {
			return FormatHTML
		}
	}
	start := skipXMLProlog(lower)
	for _, p := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.HasPrefix(start, []byte(p)) {
			return FormatRSS
		}
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article"} {
		if bytes.HasPrefix(start, []byte(p)) {
			return FormatHTML
		}
	}
	base := strings.ToLower(filepath.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	switch filepath.Ext(base) {
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".sgm", ".sgml":
		return FormatReuters
	case ".rss", ".atom", ".xml":
		return FormatRSS
	case ".warc":
		return FormatWARC
	}
	return FormatText
}

// skipXMLProlog skips an XML declaration, comments and blank space.
func skipXMLProlog(b []byte) []byte {
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return b
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return b
			}
			b = b[i+3:]
		default:
			return b
		}
	}
}

// isBinary reports whether head looks like a binary file: a NUL byte, or
// more than one byte in ten a control code other than tab, newline, form
// feed, carriage return and escape.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// decodeText returns b as UTF-8 text: valid UTF-8 as is (without a
// byte-order mark), anything else decoded as Windows-1252, with a note
// saying so. Text that is UTF-8 but for a few stray bytes (a page saved
// as UTF-8 with one Latin-1 line pasted in) keeps its UTF-8 characters and
// has only the stray bytes read as Windows-1252: decoding all of it would
// turn every "é" into "Ã©".
func decodeText(b []byte) (string, string) {
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	if utf8.Valid(b) {
		return string(b), ""
	}
	if hasMultibyteUTF8(b) {
		var out strings.Builder
		out.Grow(len(b) + 16)
		for len(b) > 0 {
			r, n := utf8.DecodeRune(b)
			if r == utf8.RuneError && n == 1 {
				out.WriteRune(charmap.Windows1252.DecodeByte(b[0]))
			} else {
				out.Write(b[:n])
			}
			b = b[n:]
		}
		return out.String(), noteCP1252
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil { // cannot happen: every byte has a mapping
		return strings.ToValidUTF8(string(b), "\uFFFD"), "not valid UTF-8: invalid bytes replaced"
	}
	return string(s), noteCP1252
}

// hasMultibyteUTF8 reports whether b holds a valid UTF-8 sequence of more
// than one byte: text in Windows-1252 almost never does (an accented
// capital followed by one or two of its symbols).
func hasMultibyteUTF8(b []byte) bool {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r != utf8.RuneError && n > 1 {
			return true
		}
		b = b[n:]
	}
	return false
}

const noteCP1252 = "not valid UTF-8: decoded as Windows-1252"

// clipBytes returns a copy of at most n bytes of b, for RecordError.Raw.
func clipBytes(b []byte, n int) []byte {
	if len(b) > n {
		b = b[:n]
	}
	return slices.Clone(b)
}

// maxRaw is the most of a rejected record kept in RecordError.Raw.
const maxRaw = 64 << 10

// readWhole reads a one-article file, at most max bytes. A larger file is a
// *RecordError; so is a corrupt compressed stream.
func readWhole(r io.Reader, path string, max int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, readFailure(path, 0, err)
	}
	if len(b) > max {
		return nil, &RecordError{Path: path, Err: fmt.Errorf("file larger than %d bytes: not read (raise the record size limit if it is really one article)", max), Raw: clipBytes(b, 512)}
	}
	return b, nil
}

// failedReader returns one error, then io.EOF.
type failedReader struct {
	err  error
	done bool
}

func (f *failedReader) Next() (*Article, error) {
	if f.done {
		return nil, io.EOF
	}
	f.done = true
	return nil, f.err
}

// noteReader adds a note to every article of r.
type noteReader struct {
	r    Reader
	note string
}

func (n *noteReader) Next() (*Article, error) {
	a, err := n.r.Next()
	if a != nil {
		a.Notes = append(a.Notes, n.note)
	}
	return a, err
}

// sourceReader gives its source to every article of r that names none,
// and derives its id again when it was derived without a source.
type sourceReader struct {
	r      Reader
	source string
}

func (s *sourceReader) Next() (*Article, error) {
	a, err := s.r.Next()
	if a != nil && a.Source == "" {
		if a.ID == DeriveID("", a.Title, a.Date, a.Body) {
			a.ID = DeriveID(s.source, a.Title, a.Date, a.Body)
		}
		a.Source = s.source
	}
	return a, err
}

// Walk expands paths into the input files they name, in a stable order: each
// argument in turn, a folder's files recursively in lexical order. Hidden
// files and folders (names starting with ".") inside a folder are skipped.
// A symlink to a regular file is followed; inside a folder, anything else
// that is not a regular file (a broken link, a link to a folder, a named
// pipe, a socket, a device) yields an error saying what it is, so that
// nothing a folder holds is passed over in silence. "-" (standard input)
// and a path given as an argument are passed through (a named pipe given
// by name is read). A path that cannot be read yields its error with the
// path, and the walk goes on. Walk does not filter by extension: every
// file is an input.
func Walk(paths []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, root := range paths {
			if root == "-" {
				if !yield(root, nil) {
					return
				}
				continue
			}
			st, err := os.Stat(root)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err // the path is named once, by the caller
				}
				if !yield(root, fmt.Errorf("input %s: %w", root, err)) {
					return
				}
				continue
			}
			if !st.IsDir() {
				if !yield(root, nil) {
					return
				}
				continue
			}
			stop := false
			err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					if !yield(p, fmt.Errorf("input %s: %w", p, err)) {
						stop = true
						return filepath.SkipAll
					}
					return nil
				}
				if p != root && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.IsDir() {
					return nil
				}
				if !d.Type().IsRegular() {
					if err := notRegular(p); err != nil {
						if !yield(p, fmt.Errorf("input %s: %w", p, err)) {
							stop = true
							return filepath.SkipAll
						}
						return nil
					}
				}
				if !yield(p, nil) {
					stop = true
					return filepath.SkipAll
				}
				return nil
			})
			if stop {
				return
			}
			if err != nil && !yield(root, fmt.Errorf("walk %s: %w", root, err)) {
				return
			}
		}
	}
}

// notRegular says why the folder entry at p, which is not a regular file,
// is not read; nil for a symlink to a regular file.
func notRegular(p string) error {
	st, err := os.Stat(p) // follows symlinks
	switch {
	case errors.Is(err, fs.ErrNotExist):
		target, _ := os.Readlink(p)
		return fmt.Errorf("broken link to %s: %w", target, fs.ErrNotExist)
	case err != nil:
		return err
	case st.Mode().IsRegular():
		return nil
	case st.IsDir():
		return errors.New("a link to a folder, which is not followed: give the folder itself")
	}
	kind := "a special file"
	switch m := st.Mode(); {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("not a file but %s: not read", kind)
}
