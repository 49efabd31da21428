package archive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// The JSON Lines format: one article object per line, as `indexer export`
// writes it.
//
//	{"id": "...", "title": "...", "date": "2004-07-24", "body": "...",
//	 "source": "...", "url": "...", "byline": "...", "language": "en",
//	 "dateline": "MOSCOW", "persons": ["..."], "orgs": ["..."], "topics": ["..."],
//	 "countries": ["Russia", {"name": "Iraq", "code": "IQ"}]}
//
// Every field is optional but the object needs a title or a body. "date" is
// read by the date rules (ParseDate). A given "id" is kept; without one the
// id is DeriveID(source, title, date, body). A line with an "origin" is a
// line of `indexer export`: the article's Exported holds the origin and the
// tags it gives, which an ingest compares with the archive, and its
// "notes" (the notes of reading its source) are kept. Other fields are
// ignored. Blank lines are skipped. A line that
// is not a JSON object, has a field of the wrong type, or is longer than
// ReadOptions.MaxRecordBytes is a *RecordError naming the path and line;
// the lines after it are read. Lines that are not valid UTF-8 are decoded as
// Windows-1252 and the article gets a note.
//
// Two lines with the same id are both returned; the ingester keeps the last.

// jsonArticle is one line of JSON Lines input.
type jsonArticle struct {
	ID        *string       `json:"id"`
	Title     string        `json:"title"`
	Date      string        `json:"date"`
	Body      string        `json:"body"`
	Source    string        `json:"source"`
	URL       string        `json:"url"`
	Byline    string        `json:"byline"`
	Language  string        `json:"language"`
	Dateline  string        `json:"dateline"`
	Persons   []string      `json:"persons"`
	Countries []jsonCountry `json:"countries"`
	Orgs      []string      `json:"orgs"`
	Topics    []string      `json:"topics"`
	Origin    string        `json:"origin"`
	Notes     []string      `json:"notes"`
	// Correction is read only from an export line (with an origin).
	Correction *Correction `json:"correction"`
}

// jsonCountry is a country given as a name ("Iraq") or as an object
// ({"name": "Iraq", "code": "IQ"}).
type jsonCountry Country

func (c *jsonCountry) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &c.Name)
	}
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	var o struct {
		Name string `json:"name"`
		Code string `json:"code"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return fmt.Errorf("a country is a name or an object {\"name\", \"code\"}, not %s", clip(string(b), 40))
	}
	c.Name, c.Code = o.Name, o.Code
	return nil
}

// NewJSONLReader reads JSON Lines from r, the content of the file named path
// ("-" for standard input). The caller closes r.
func NewJSONLReader(r io.Reader, path string, opts ReadOptions) Reader {
	opts.SetDefaults()
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64<<10 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &jsonlReader{r: br, path: path, opts: opts}
}

type jsonlReader struct {
	r    *bufio.Reader
	path string
	opts ReadOptions
	line int
	buf  []byte
	done bool
}

// errLongLine is returned for a line longer than the record size limit.
var errLongLine = errors.New("line too long")

// NoteNoBody is the note on a JSON Lines record that gives a title but
// no body.
const NoteNoBody = "no body: only the title is indexed"

func (j *jsonlReader) Next() (*Article, error) {
	for !j.done {
		line, err := j.readLine()
		if err != nil {
			var re *RecordError
			if errors.As(err, &re) && errors.Is(err, errLongLine) {
				return nil, err
			}
			j.done = true
			if err == io.EOF {
				break
			}
			return nil, readFailure(j.path, j.line, err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		a, err := j.parse(line)
		if err != nil {
			return nil, &RecordError{Path: j.path, Line: j.line, Err: err, Raw: clipBytes(line, maxRaw)}
		}
		return a, nil
	}
	return nil, io.EOF
}

// readLine returns the next line without its newline (a final line without
// one included), io.EOF after the last. A line longer than the limit is
// skipped without being held and reported as a *RecordError wrapping
// errLongLine. The line is valid until the next call.
func (j *jsonlReader) readLine() ([]byte, error) {
	j.buf = j.buf[:0]
	j.line++
	tooLong := false
	for {
		frag, err := j.r.ReadSlice('\n')
		if !tooLong {
			if len(j.buf)+len(frag) > j.opts.MaxRecordBytes+1 { // +1: the newline
				tooLong = true
				if len(j.buf) < maxRaw {
					j.buf = append(j.buf, frag[:min(len(frag), maxRaw-len(j.buf))]...)
				}
			} else {
				j.buf = append(j.buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && (len(j.buf) > 0 || tooLong) {
			err = nil
		}
		if err != nil {
			return nil, err
		}
		break
	}
	if tooLong {
		return nil, &RecordError{Path: j.path, Line: j.line,
			Err: fmt.Errorf("%w: over %d bytes, skipped without reading it whole (not one article per line? raise the limit if it really is)", errLongLine, j.opts.MaxRecordBytes),
			Raw: clipBytes(j.buf, 512)}
	}
	return bytes.TrimRight(j.buf, "\r\n"), nil
}

// parse turns one line into an article.
func (j *jsonlReader) parse(line []byte) (*Article, error) {
	note := ""
	if !utf8.Valid(line) {
		s, n := decodeText(line)
		line, note = []byte(s), n
	}
	line = bytes.TrimPrefix(line, []byte{0xEF, 0xBB, 0xBF})
	var in jsonArticle
	if err := json.Unmarshal(line, &in); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			if te.Field == "" {
				return nil, fmt.Errorf("not a JSON object but %s: each line must be one article object", te.Value)
			}
			return nil, fmt.Errorf("field %q is %s, want %s", te.Field, te.Value, jsonTypeName(te.Type.String()))
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("broken JSON at byte %d: %w", se.Offset, err)
		}
		return nil, fmt.Errorf("bad value: %w", err)
	}
	if strings.TrimSpace(in.Title) == "" && strings.TrimSpace(in.Body) == "" {
		return nil, errors.New("no title and no body: nothing to index")
	}
	a := &Article{
		Title:    strings.TrimSpace(in.Title),
		Body:     in.Body,
		Source:   strings.TrimSpace(in.Source),
		URL:      strings.TrimSpace(in.URL),
		Byline:   strings.TrimSpace(in.Byline),
		Language: strings.TrimSpace(in.Language),
		Dateline: strings.TrimSpace(in.Dateline),
		Persons:  in.Persons,
		Orgs:     in.Orgs,
		Topics:   in.Topics,
		Origin:   fmt.Sprintf("%s:%d", j.path, j.line),
	}
	for _, c := range in.Countries {
		if c.Name != "" || c.Code != "" {
			a.Countries = append(a.Countries, Country(c))
		}
	}
	if o := strings.TrimSpace(in.Origin); o != "" {
		a.Exported = &Exported{Origin: o, Persons: in.Persons, Countries: a.Countries, Orgs: in.Orgs, Topics: in.Topics, Correction: in.Correction}
		// The notes of reading its source, as the export kept them.
		a.Notes = append(a.Notes, in.Notes...)
	}
	// A note the export kept is not added again: an article exported and
	// read back as often as a librarian likes keeps one "no date found".
	addNote := func(n string) {
		if n != "" && !slices.Contains(a.Notes, n) {
			a.Notes = append(a.Notes, n)
		}
	}
	addNote(note)
	if strings.TrimSpace(in.Body) == "" {
		// Ingested (a headline alone is a story: a wire flash), but said,
		// so that a body lost on the way is seen: `indexer list --warned`.
		addNote(NoteNoBody)
	}
	if d, err := ParseDate(in.Date, j.opts.Now); err != nil {
		addNote(err.Error())
	} else {
		a.Date = d
	}
	if in.ID != nil && strings.TrimSpace(*in.ID) != "" {
		id := strings.TrimSpace(*in.ID)
		if err := checkID(id); err != nil {
			return nil, err
		}
		a.ID = id
	} else {
		a.ID = DeriveID(a.Source, a.Title, a.Date, a.Body)
	}
	return a, nil
}

// maxIDBytes is the longest id accepted from input.
const maxIDBytes = 256

// checkID rejects ids that cannot serve as keys and in messages: too long,
// or holding control characters.
func checkID(id string) error {
	if len(id) > maxIDBytes {
		return fmt.Errorf("id longer than %d bytes", maxIDBytes)
	}
	for _, r := range id {
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return fmt.Errorf("id %q holds a control character", clip(id, 60))
		}
	}
	return nil
}

// jsonTypeName names a Go type of jsonArticle as a JSON type.
func jsonTypeName(goType string) string {
	switch {
	case goType == "string", goType == "*string":
		return "a string"
	case strings.HasPrefix(goType, "[]"):
		return "an array of strings"
	case strings.Contains(goType, "jsonArticle"):
		return "an object"
	}
	return goType
}
