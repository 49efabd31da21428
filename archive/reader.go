package archive

import (
	"errors"
	"fmt"
)

// Reader reads articles one at a time. Next returns io.EOF after the last
// article. A *RecordError means one record could not be read: the caller
// reports it and calls Next again. Any other error ends the input.
type Reader interface {
	Next() (*Article, error)
}

// RecordError is returned by a Reader when one record (a line, an SGML
// record, a whole file) cannot be turned into an article. The reader can go
// on after it.
type RecordError struct {
	Path   string // the input file, "-" for standard input
	Line   int    // 1-based line of the record's start, 0 when unknown
	Record string // a record label such as "NEWID=17192" or "record 12", when there is no line
	Err    error  // what is wrong
	Raw    []byte // the rejected record as read, at most 64 KiB, for --rejects
}

func (e *RecordError) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, e.Line)
	}
	if e.Record != "" {
		loc = fmt.Sprintf("%s (%s)", loc, e.Record)
	}
	return loc + ": " + e.Err.Error()
}

func (e *RecordError) Unwrap() error { return e.Err }

// IsRecordError reports whether err rejects one record only.
func IsRecordError(err error) bool {
	var re *RecordError
	return errors.As(err, &re)
}
