package query

import (
	"fmt"
	"strings"
	"unicode"
)

// SyntaxError is returned by Parse when a query is not well formed. Col is
// the 1-based column, counted in runes (Unicode code points), of the place
// the problem was found.
type SyntaxError struct {
	Col int
	Msg string
	// Field and Value are set when a value of a field that holds whole
	// values (person:, country: ...) was asked for by fuzzy matching: the
	// field's values that start with Value show how it is written.
	Field, Value string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("column %d: %s", e.Col, e.Msg)
}

// Caret renders the query q on one line and a caret under the column of
// the error on the next, for a terminal:
//
//	(Lavrov OR Zebari
//	^
//
// Tabs and other spacing characters in q are shown as single spaces so the
// caret lines up.
func (e *SyntaxError) Caret(q string) string {
	var b strings.Builder
	for _, r := range q {
		if unicode.IsSpace(r) || !unicode.IsPrint(r) {
			r = ' '
		}
		b.WriteRune(r)
	}
	b.WriteByte('\n')
	if e.Col > 1 {
		b.WriteString(strings.Repeat(" ", e.Col-1))
	}
	b.WriteByte('^')
	return b.String()
}
