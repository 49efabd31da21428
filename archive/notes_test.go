package archive

import (
	"slices"
	"testing"
	"time"
)

func TestNoteKinds(t *testing.T) {
	day := time.Date(2004, 7, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		date  time.Time
		notes []string
		want  []string
	}{
		{day, nil, nil},
		{time.Time{}, []string{ErrNoDate.Error()}, []string{"undated", "date", "any"}},
		{day, []string{ErrAmbiguousDate.Error()}, []string{"date", "any"}},
		{day, []string{"not valid UTF-8: decoded as Windows-1252"}, []string{"encoding", "any"}},
		{day, []string{"duplicate id: also read at a.jsonl:3; this later record was kept"}, []string{"duplicate", "any"}},
		{time.Time{}, []string{"empty record: no title and no text"}, []string{"undated", "empty", "any"}},
		{time.Time{}, []string{NoteNoBody}, []string{"undated", "empty", "any"}},
		{day, []string{"something else", "not valid UTF-8: decoded as Latin-1"}, []string{"encoding", "other", "any"}},
	} {
		a := &Article{Date: tc.date, Notes: tc.notes}
		if got := a.NoteKinds(); !slices.Equal(got, tc.want) {
			t.Errorf("%v %q: %q, want %q", tc.date.IsZero(), tc.notes, got, tc.want)
		}
	}
}
