package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"chancery/archive"
)

// meaningIndex holds invented articles for the query-reading tests.
func meaningIndex(t *testing.T) *Index {
	t.Helper()
	ix := mustOpen(t)
	us := []archive.Country{{Name: "United States", Code: "US"}}
	arts := []*archive.Article{
		{ID: "m1", Title: "Troops", Body: "U.S. troops left the base.", Countries: us},
		{ID: "m2", Title: "Forces", Body: "United States forces arrived.", Countries: us},
		{ID: "m3", Title: "Officials", Body: "US officials said little.", Countries: us},
		{ID: "m4", Title: "Talk", Body: "Let us talk about it, they said."},
		{ID: "m5", Title: "Rates", Body: "Paul Volcker said coffee prices would come down."},
		{ID: "m6", Title: "Fed", Body: "Volcker spoke; coffee and cocoa rose. Come what may."},
		{ID: "m7", Title: "Iran", Body: "Iran or Iraq? Talks; oil was not discussed."},
	}
	if _, err := ix.Store.Put(arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(arts); err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestQueryMeaning(t *testing.T) {
	ix := meaningIndex(t)
	ctx := context.Background()
	for _, tc := range []struct {
		q    string
		ids  string // the matching ids, sorted
		note string // a part of a note; "" for no note
	}{
		// The country, however written; the pronoun stays a word.
		{"US", "m1 m2 m3", "US is read as the country"},
		{"U.S.", "m1 m2 m3", "U.S. is read as the country"},
		{"USA", "m1 m2 m3", "USA is read as the country"},
		{"United States", "m1 m2 m3", "United States is read as the country"},
		{`"United States"`, "m1 m2 m3", "United States is read as the country"},
		{"“United States”", "m1 m2 m3", "United States is read as the country"},
		{"us", "m3 m4", ""},
		{"US troops", "m1", "read as the country"},
		// Typos: fuzzy words, and suggestions from the index's words.
		{"Volker", "", "did you mean Volcker? (2 articles have Volcker; none Volker)"},
		{"cofee", "", "did you mean coffee?"},
		{"Volker~", "m5 m6", ""},
		{"cofee~1", "m5 m6", ""},
		{"Volcker", "m5 m6", ""},
		// Lower-case operators are words, and the answer says so.
		{"iran or iraq", "m7", `"or" is searched as a word; write OR in capitals`},
		{"iran not oil", "m7", `"not" is searched as a word; write NOT in capitals`},
		{"iran NOT oil", "", ""},
	} {
		res, err := ix.Search(ctx, Request{Query: tc.q, AllVersions: true, Size: 20})
		if err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		slices.Sort(ids)
		if got := strings.Join(ids, " "); got != tc.ids {
			t.Errorf("%s: %q, want %q", tc.q, got, tc.ids)
		}
		notes := strings.Join(res.Notes, " | ")
		if tc.note == "" && notes != "" || !strings.Contains(notes, tc.note) {
			t.Errorf("%s: notes %q, want %q", tc.q, notes, tc.note)
		}
	}
}
