package archive

import "strings"

// Kinds of note, as `note:` in a query finds them (index.FieldNote holds
// them for each article).
const (
	NoteUndated   = "undated"   // the article has no date
	NoteDate      = "date"      // a date not found, not guessed or out of range
	NoteEncoding  = "encoding"  // input that was not UTF-8, decoded as another encoding
	NoteDuplicate = "duplicate" // an id read twice in one ingest: the later record kept
	NoteEmpty     = "empty"     // a record without title or text, or without a body
	NoteOther     = "other"     // any other note
	NoteAny       = "any"       // any of the above
)

// NoteKinds are the kinds of note, in the order of their constants.
var NoteKinds = []string{NoteUndated, NoteDate, NoteEncoding, NoteDuplicate, NoteEmpty, NoteOther, NoteAny}

// NoteKinds returns the kinds of a's notes, each once, in the order of
// NoteKinds, with NoteAny when there is any; nil when a has none and a
// date.
func (a *Article) NoteKinds() []string {
	has := map[string]bool{}
	if a.Date.IsZero() {
		has[NoteUndated] = true
	}
	for _, n := range a.Notes {
		has[NoteKind(n)] = true
	}
	if len(has) == 0 {
		return nil
	}
	out := make([]string, 0, len(has)+1)
	for _, k := range NoteKinds[:len(NoteKinds)-1] {
		if has[k] {
			out = append(out, k)
		}
	}
	return append(out, NoteAny)
}

// NoteKind returns the kind of one note: NoteEncoding, NoteDuplicate,
// NoteEmpty, NoteDate or NoteOther.
func NoteKind(note string) string {
	l := strings.ToLower(note)
	switch {
	case strings.Contains(l, "utf-8") || strings.Contains(l, "decoded as") || strings.Contains(l, "encoding"):
		return NoteEncoding
	case strings.Contains(l, "duplicate"):
		return NoteDuplicate
	case strings.HasPrefix(l, "empty") || strings.HasPrefix(l, "no body"):
		return NoteEmpty
	case strings.Contains(l, "date"):
		return NoteDate
	}
	return NoteOther
}
