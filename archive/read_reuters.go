package archive

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The Reuters-21578 SGML format (not XML: no root element, control-code
// entities). Each <REUTERS ... NEWID="n"> ... </REUTERS> record is one
// article:
//
//   - ID "reuters-<NEWID>"; Source "Reuters"; Origin "path:line" of the
//     record's start.
//   - Date: the day of <DATE> ("26-FEB-1987 15:01:01.79"); whatever follows
//     the day (wire junk, the malformed "605:12:19.12") is ignored.
//   - Title <TITLE>, Dateline <DATELINE> (both with spaces collapsed),
//     Body <BODY> without the trailing "Reuter" sign-off. Paragraphs, which
//     the wire indents with spaces, are separated by a blank line; other
//     lines are kept.
//   - <TEXT TYPE="UNPROC">: the body is the raw text of <TEXT>, no title.
//     <TEXT TYPE="BRIEF">: the title only (the "Blah blah blah." placeholder
//     is dropped), an empty body.
//   - Entities &lt; &gt; &amp; &quot; and &#N; are decoded; control codes
//     (&#2; &#3; &#5; &#22; &#31; ...) are removed.
//   - A record that is not UTF-8 (one stray 0xFC byte in the corpus) is
//     decoded as Latin-1 and gets a note.
//
// Records are streamed: memory is bounded by the largest record, at most
// ReadOptions.MaxRecordBytes (larger ones are a *RecordError). A record
// left open at the end of the file is a *RecordError. A record with
// neither title nor text (the corpus has one) is an article with a note, so
// that every NEWID comes out.

// NewReutersReader reads Reuters-21578 SGML from r, the content of the file
// named path. The caller closes r.
func NewReutersReader(r io.Reader, path string, opts ReadOptions) Reader {
	opts.SetDefaults()
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &reutersReader{r: br, path: path, opts: opts, line: 1}
}

type reutersReader struct {
	r       *bufio.Reader
	path    string
	opts    ReadOptions
	line    int    // the line the next byte read belongs to, 1-based
	pending []byte // the rest of a line after a record's end tag
	pendAt  int    // the line pending belongs to
	rec     []byte
	records int
	done    bool
}

var (
	reutersOpen  = []byte("<REUTERS")
	reutersClose = []byte("</REUTERS>")
)

func (x *reutersReader) Next() (*Article, error) {
	if x.done {
		return nil, io.EOF
	}
	// Find the start of a record.
	var start int
	x.rec = x.rec[:0]
	for {
		l, at, err := x.nextLine()
		if err != nil {
			x.done = true
			if err != io.EOF {
				return nil, readFailure(x.path, x.line, err)
			}
			if x.records == 0 {
				return nil, &RecordError{Path: x.path, Err: fmt.Errorf("no <REUTERS> record found: not Reuters-21578 SGML (%w)", ErrWrongFormat)}
			}
			return nil, io.EOF
		}
		if i := indexTag(l, reutersOpen); i >= 0 {
			start = at
			x.rec = append(x.rec, l[i:]...)
			break
		}
	}
	x.records++
	// Read to its end.
	tooBig := false
	searched := 0
	for {
		if k := bytes.Index(x.rec[max(0, searched-len(reutersClose)):], reutersClose); k >= 0 {
			end := max(0, searched-len(reutersClose)) + k + len(reutersClose)
			if end < len(x.rec) {
				x.pending = append(x.pending[:0], x.rec[end:]...)
				x.pendAt = x.line - 1
				if x.rec[len(x.rec)-1] != '\n' {
					x.pendAt = x.line
				}
			}
			x.rec = x.rec[:end]
			break
		}
		searched = len(x.rec)
		l, _, err := x.nextLine()
		if err != nil {
			x.done = true
			if err != io.EOF {
				return nil, readFailure(x.path, start, err)
			}
			return nil, &RecordError{Path: x.path, Line: start, Record: recordLabel(x.rec, x.records),
				Err: errors.New("record not closed by </REUTERS> before the end of the file (truncated?)"), Raw: clipBytes(x.rec, maxRaw)}
		}
		if len(x.rec)+len(l) > x.opts.MaxRecordBytes {
			// Keep only a tail to find the end tag in.
			tooBig = true
			keep := x.rec[:min(len(x.rec), 512)]
			x.rec = append(keep, l...)
			searched = 512
			continue
		}
		x.rec = append(x.rec, l...)
	}
	if tooBig {
		return nil, &RecordError{Path: x.path, Line: start, Record: recordLabel(x.rec, x.records),
			Err: fmt.Errorf("record larger than %d bytes: skipped", x.opts.MaxRecordBytes), Raw: clipBytes(x.rec, 512)}
	}
	a, err := parseReutersRecord(x.rec, x.opts)
	if err != nil {
		return nil, &RecordError{Path: x.path, Line: start, Record: recordLabel(x.rec, x.records), Err: err, Raw: clipBytes(x.rec, maxRaw)}
	}
	a.Origin = fmt.Sprintf("%s:%d", x.path, start)
	return a, nil
}

// indexTag finds tag in l followed by a space or '>'.
func indexTag(l, tag []byte) int {
	off := 0
	for {
		i := bytes.Index(l[off:], tag)
		if i < 0 {
			return -1
		}
		j := off + i + len(tag)
		if j == len(l) || l[j] == ' ' || l[j] == '>' || l[j] == '\t' || l[j] == '\r' || l[j] == '\n' {
			return off + i
		}
		off = j
	}
}

// nextLine returns the pending rest of a line, else the next line with its
// newline, and the line number it starts on. A line longer than the read
// buffer comes in pieces. The slice is valid until the next call.
func (x *reutersReader) nextLine() ([]byte, int, error) {
	if len(x.pending) > 0 {
		l := x.pending
		x.pending = nil
		return l, x.pendAt, nil
	}
	at := x.line
	l, err := x.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return l, at, nil
	}
	if err == io.EOF && len(l) > 0 {
		err = nil
	}
	if err != nil {
		return nil, at, err
	}
	if l[len(l)-1] == '\n' {
		x.line++
	}
	return l, at, nil
}

var (
	rxNewID    = lazyRE(`NEWID="?(\d+)`)
	rxTextType = lazyRE(`(?i)^<TEXT[^>]*TYPE="?([A-Z]+)`)
	rxEntity   = lazyRE(`&(#\d{1,7}|lt|gt|amp|quot|apos);`)
)

// recordLabel names a record for messages: "NEWID=17192" or "record 12".
func recordLabel(rec []byte, n int) string {
	head := rec[:min(len(rec), 512)]
	if m := rxNewID.FindSubmatch(head); m != nil {
		return "NEWID=" + string(m[1])
	}
	return fmt.Sprintf("record %d", n)
}

// parseReutersRecord turns one <REUTERS>...</REUTERS> record into an article.
func parseReutersRecord(rec []byte, opts ReadOptions) (*Article, error) {
	a := &Article{Source: "Reuters"}
	var s string
	if utf8.Valid(rec) {
		s = string(rec)
	} else {
		d, _ := charmap.ISO8859_1.NewDecoder().Bytes(rec)
		s = string(d)
		a.Notes = append(a.Notes, "not valid UTF-8: decoded as Latin-1")
	}
	head, _, _ := strings.Cut(s, ">")
	newID := ""
	if m := rxNewID.FindStringSubmatch(head); m != nil {
		newID = m[1]
	}

	if dt, ok := sgmlElement(s, "DATE"); ok {
		if f := strings.Fields(sgmlText(dt)); len(f) > 0 {
			if d, err := ParseDate(f[0], opts.Now); err != nil {
				a.Notes = append(a.Notes, err.Error())
			} else {
				a.Date = d
			}
		}
	}
	if a.Date.IsZero() && len(a.Notes) == 0 {
		a.Notes = append(a.Notes, ErrNoDate.Error())
	}

	text, textType := "", ""
	if i := strings.Index(s, "<TEXT"); i >= 0 {
		if m := rxTextType.FindStringSubmatch(s[i:min(len(s), i+100)]); m != nil {
			textType = strings.ToUpper(m[1])
		}
		if j := strings.IndexByte(s[i:], '>'); j >= 0 {
			text = s[i+j+1:]
			if k := strings.LastIndex(text, "</TEXT>"); k >= 0 {
				text = text[:k]
			}
		}
	}
	switch textType {
	case "UNPROC":
		a.Body = reutersBody(text)
	case "BRIEF":
		if t, ok := sgmlElement(text, "TITLE"); ok {
			a.Title = collapseSpace(sgmlText(t))
		}
	default:
		if t, ok := sgmlElement(text, "TITLE"); ok {
			a.Title = collapseSpace(sgmlText(t))
		}
		if t, ok := sgmlElement(text, "DATELINE"); ok {
			a.Dateline = collapseSpace(sgmlText(t))
		}
		if t, ok := sgmlElement(text, "BODY"); ok {
			a.Body = reutersBody(t)
		} else if a.Title == "" {
			a.Body = reutersBody(stripTags(text))
		}
	}
	if a.Title == "" && a.Body == "" {
		// The corpus has such records (NEWID=12793); they are kept so that
		// every NEWID comes out, with a note.
		a.Notes = append(a.Notes, "empty record: no title and no text")
	}
	if newID != "" {
		a.ID = "reuters-" + newID
	} else {
		a.ID = DeriveID(a.Source, a.Title, a.Date, a.Body)
	}
	return a, nil
}

// sgmlElement returns the content of the first <TAG>...</TAG> in s.
func sgmlElement(s, tag string) (string, bool) {
	open := "<" + tag + ">"
	i := strings.Index(s, open)
	if i < 0 {
		return "", false
	}
	rest := s[i+len(open):]
	j := strings.Index(rest, "</"+tag+">")
	if j < 0 {
		return rest, true
	}
	return rest[:j], true
}

// sgmlText decodes entities and drops control codes.
func sgmlText(s string) string {
	if strings.IndexByte(s, '&') < 0 && !hasControl(s) {
		return s
	}
	s = rxEntity.ReplaceAllStringFunc(s, func(e string) string {
		switch e {
		case "&lt;":
			return "<"
		case "&gt;":
			return ">"
		case "&amp;":
			return "&"
		case "&quot;":
			return `"`
		case "&apos;":
			return "'"
		}
		n, err := strconv.Atoi(e[2 : len(e)-1])
		if err != nil || n < 0x20 && n != '\t' && n != '\n' || n == 0x7f || !utf8.ValidRune(rune(n)) {
			return ""
		}
		return string(rune(n))
	})
	if hasControl(s) {
		s = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f {
				return -1
			}
			return r
		}, s)
	}
	return s
}

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return true
		}
	}
	return false
}

// stripTags removes anything between < and >.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// trimSignOff removes the wire's sign-off: a final word "Reuter" (any
// case) or "REUTERS", or "Reuters" alone on the last line, trailing dots
// allowed, and the space before it. "... said Reuters." in prose stays.
func trimSignOff(s string) string {
	t := strings.TrimRight(s, ". \t\r\n")
	i := strings.LastIndexAny(t, " \t\r\n")
	word, before := t[i+1:], strings.TrimRight(t[:i+1], " \t\r")
	ownLine := before == "" || strings.HasSuffix(before, "\n")
	if !strings.EqualFold(word, "reuter") && word != "REUTERS" && !(ownLine && strings.EqualFold(word, "reuters")) {
		return s
	}
	return strings.TrimRight(before, " \t\r\n")
}

// reutersBody decodes a body, removes the sign-off and separates the
// indented paragraphs by blank lines.
func reutersBody(raw string) string {
	s := strings.TrimRight(sgmlText(raw), " \t\r\n")
	for range 3 { // some bodies sign off twice ("REUTER\n Reuter")
		t := trimSignOff(s)
		if t == s {
			break
		}
		s = t
	}
	var b strings.Builder
	blank := false
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "\t") {
			l = strings.TrimLeft(l, " \t")
			blank = b.Len() > 0
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}
