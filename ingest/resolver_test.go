package ingest

import (
	"context"
	"slices"
	"testing"

	"chancery/archive"
)

// tagPersons gives every article the same persons.
type tagPersons []string

func (p tagPersons) Extract(a *archive.Article) { a.Persons = slices.Clone(p) }

// surnames resolves bare surnames from a fixed table.
type surnames map[string]string

func (s surnames) Resolve(a *archive.Article) bool {
	changed := false
	for i, p := range a.Persons {
		if full, ok := s[p]; ok {
			a.Persons[i], changed = full, true
		}
	}
	return changed
}

func TestResolverAppliedAfterTagger(t *testing.T) {
	ix, _ := mustOpen(t)
	p := writeFile(t, t.TempDir(), "a.jsonl", twoArticles)
	ing := New(ix, tagPersons{"Lavrov", "Hoshyar Zebari"}, Options{Resolver: surnames{"Lavrov": "Sergei Lavrov"}})
	if _, err := ing.Paths(context.Background(), []string{p}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"a1", "a2"} {
		a, err := ix.Store.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"Sergei Lavrov", "Hoshyar Zebari"}; !slices.Equal(a.Persons, want) {
			t.Errorf("%s: persons %q, want %q", id, a.Persons, want)
		}
	}
}
