package indexcmd

import (
	"chancery/index"
	"chancery/internal/shared"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSeedPage checks the reference page against what its README lists.
func TestSeedPage(t *testing.T) {
	seed := shared.Require(t, "seed/voa-2004-07-24.txt")
	dir := t.TempDir()
	mustAdd(t, dir, seed)
	code, out, stderr := search(t, "--archive", dir, "--json", "--person", "Sergei Lavrov", "peacekeeping")
	if code != 0 {
		t.Fatalf("search: %s", stderr)
	}
	var res struct {
		Total int
		Hits  []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Total != 1 {
		t.Fatalf("search --person \"Sergei Lavrov\" peacekeeping: %s", out)
	}
	_, out, _ = search(t, "--archive", dir, "show", "--json", res.Hits[0].ID)
	var a struct {
		Title, Date, Body string
		Persons, Orgs     []string
		Countries         []struct{ Name, Code string }
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Title != "Russian, Iraqi Foreign Ministers Meet in Moscow" || a.Date != "2004-07-24" {
		t.Errorf("title %q date %q", a.Title, a.Date)
	}
	if !strings.HasPrefix(a.Body, "Russian Foreign Minister Sergei Lavrov says") || !strings.HasSuffix(a.Body, "the Soviet era.") {
		t.Errorf("body starts %.40q, ends %q", a.Body, a.Body[max(0, len(a.Body)-20):])
	}
	for _, bad := range []string{"Accessibility links", "Breaking News"} {
		if strings.Contains(a.Body, bad) {
			t.Errorf("boilerplate %q in body", bad)
		}
	}
	if want := []string{"Sergei Lavrov", "Hoshyar Zebari", "Saddam Hussein"}; !sameSet(a.Persons, want) {
		t.Errorf("persons %q, want %q", a.Persons, want)
	}
	var names []string
	for _, c := range a.Countries {
		names = append(names, c.Name)
	}
	if want := []string{"Russia", "Iraq", "United States"}; !sameSet(names, want) {
		t.Errorf("countries %q, want %q", names, want)
	}
	if want := []string{"United Nations", "Paris Club"}; !sameSet(a.Orgs, want) {
		t.Errorf("orgs %q, want %q", a.Orgs, want)
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return len(a) == len(b)
}

// TestReutersCorpus ingests all 18,000 development records of
// Reuters-21578, searches them with filters and facets, and ingests them
// again to show nothing changes.
func TestReutersCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 18,000 articles; skipped with -short")
	}
	root := shared.Require(t, "corpora/reuters21578")
	files, _ := filepath.Glob(filepath.Join(root, "reut2-0*.sgm"))
	if len(files) != 18 {
		t.Skipf("expected reut2-000..017 in %s, found %d files", root, len(files))
	}
	dir := t.TempDir()
	stderr := mustAdd(t, dir, append([]string{"-q"}, files...)...)
	if !strings.Contains(stderr, "added 18000, unchanged 0, replaced 0, rejected 0, undated 0") {
		t.Fatalf("first ingest: %s", stderr)
	}
	_, out, _ := run(t, "stats", "--archive", dir, "--json")
	var st Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	// Years count stories: the copies of one story (Reuters repeats some)
	// count once, as in the year facet.
	if st.Articles != 18000 || st.Counts != index.CountStories || st.Copies == 0 || st.Stories+st.Copies != 18000 ||
		!reflect.DeepEqual(st.ByYear, map[string]int{"1987": st.Stories}) {
		t.Errorf("stats: %d articles, %d stories, %d copies (%s), by year %v", st.Articles, st.Stories, st.Copies, st.Counts, st.ByYear)
	}
	_, facetOut, _ := search(t, "--archive", dir, "--json", "--facet-fields", "year")
	var fr struct {
		Facets      map[string][]index.FacetValue `json:"facets"`
		FacetCopies int                           `json:"facet_copies"`
	}
	if err := json.Unmarshal([]byte(facetOut), &fr); err != nil {
		t.Fatal(err)
	}
	if y := fr.Facets["year"]; len(y) != 1 || y[0].Count != st.Stories || fr.FacetCopies != st.Copies {
		t.Errorf("stats counts %d stories in 1987 and %d copies, the year facet %v and %d copies", st.Stories, st.Copies, y, fr.FacetCopies)
	}
	query := []string{"--archive", dir, "--json", "--facets", "--country", "United States", "--from", "1987-03-01", "oil"}
	code, first, errs := search(t, query...)
	if code != 0 {
		t.Fatal(errs)
	}
	var res struct {
		Total  int
		Hits   []struct{ ID, Date string }
		Facets map[string][]struct {
			Value string
			Count int
		}
	}
	if err := json.Unmarshal([]byte(first), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total < 100 {
		t.Errorf("oil in the United States from March 1987: only %d hits", res.Total)
	}
	for _, h := range res.Hits {
		if !strings.HasPrefix(h.ID, "reuters-") || h.Date < "1987-03-01" {
			t.Errorf("hit %s dated %s", h.ID, h.Date)
		}
	}
	for _, f := range []string{"person", "country", "topic", "year"} {
		if len(res.Facets[f]) == 0 {
			t.Errorf("facet %s is empty", f)
		}
	}
	stderr = mustAdd(t, dir, append([]string{"-q"}, files...)...)
	if !strings.Contains(stderr, "added 0, unchanged 18000, replaced 0, rejected 0") {
		t.Errorf("second ingest: %s", stderr)
	}
	_, again, _ := search(t, query...)
	var res2 struct{ Total int }
	json.Unmarshal([]byte(again), &res2)
	if res2.Total != res.Total {
		t.Errorf("after re-ingest %d hits, before %d", res2.Total, res.Total)
	}
	if code, out, _ := run(t, "verify", "--archive", dir); code != 0 {
		t.Errorf("verify: %s", out)
	}
}
