package archive

import "strings"

// Kinds of note, as `note:` in a query finds them (index.FieldNote holds
// them for each article).
const (
	NoteUndated   = "undated"   // the article has no date
	NoteDate      = "date"      // a date not found, not guessed or out of range
	NoteEncoding  = "encoding"  // input that was not UTF-8, decoded as another encoding
	NoteDuplicate = "duplicate" // an id read twice in one ingest: the later record kept
	NoteEmpty     = "empty"     // a record without title or text
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
		l := strings.ToLower(n)
		switch {
		case strings.Contains(l, "utf-8") || strings.Contains(l, "decoded as") || strings.Contains(l, "encoding"):
			has[NoteEncoding] = true
		case strings.Contains(l, "duplicate"):
			has[NoteDuplicate] = true
		case strings.HasPrefix(l, "empty"):
			has[NoteEmpty] = true
		case strings.Contains(l, "date"):
			has[NoteDate] = true
		default:
			has[NoteOther] = true
		}
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
