package indexcmd

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chancery/archive"
	"chancery/entities"
	"chancery/internal/shared"
)

// samePerson reports whether two person facet values are spellings of one
// name, the duplicates a researcher must not meet in a facet list:
//
//   - the same words once case, accents and punctuation are folded
//     ("Karl-Otto Poehl", "Karl Otto Poehl");
//   - the words of one begin or end the other ("Baker", "James Baker";
//     "Saddam", "Saddam Hussein"; "Otto Poehl", "Karl Otto Poehl");
//   - the same surname with the same first given name, or an initial of it
//     ("George P. Shultz", "George Shultz"; "J. Baker", "James Baker").
//
// Two persons who share only a surname ("Howard Baker", "James Baker") are
// two people, not two spellings.
func samePerson(a, b string) bool {
	x, y := strings.Fields(archive.Key(a)), strings.Fields(archive.Key(b))
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if slices.Equal(x, y[:len(x)]) || slices.Equal(x, y[len(y)-len(x):]) {
		return true
	}
	if x[len(x)-1] != y[len(y)-1] {
		return false
	}
	g, h := x[0], y[0]
	return g == h || len(g) == 1 && strings.HasPrefix(h, g) || len(h) == 1 && strings.HasPrefix(g, h)
}

func TestSamePerson(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Baker", "James Baker", true},
		{"Ronald Reagan", "Reagan", true},
		{"Saddam", "Saddam Hussein", true},
		{"Otto Poehl", "Karl Otto Poehl", true},
		{"Karl-Otto Poehl", "Karl Otto Poehl", true},
		{"José Sarney", "Jose Sarney", true},
		{"George P. Shultz", "George Shultz", true},
		{"J. Baker", "James Baker", true},
		{"Howard Baker", "James Baker", false},
		{"Jim Wright", "James Wright", false}, // a nickname: not detected
		{"Johnson", "Manuel Johnson", true},
		{"Paul Volcker", "Clayton Yeutter", false},
	} {
		if got := samePerson(tc.a, tc.b); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := samePerson(tc.b, tc.a); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestReutersFacetsOneSpelling is issue 3's done-when: after ingesting
// Reuters-21578 (reut2-000..017), and again after `indexer retag`, the top 50 persons and
// countries of `search --facets` hold no two spellings of one name
// (samePerson), and no country twice or under another name than its own
// ("USA" beside "United States").
func TestReutersFacetsOneSpelling(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 18,000 articles; skipped with -short")
	}
	root := shared.Require(t, "corpora/reuters21578")
	files, _ := filepath.Glob(filepath.Join(root, "reut2-0*.sgm"))
	if len(files) != 18 {
		t.Skipf("expected reut2-000..017 in %s, found %d files", root, len(files))
	}
	dir := t.TempDir()
	// A first bulk load resolves names by itself (--resolve-names auto).
	mustAdd(t, dir, append([]string{"-q"}, files...)...)
	t.Run("after add", func(t *testing.T) { checkOneSpelling(t, dir) })
	if code, _, stderr := run(t, "retag", "--archive", dir); code != 0 {
		t.Fatalf("retag: %s", stderr)
	}
	t.Run("after retag", func(t *testing.T) { checkOneSpelling(t, dir) })
}

// checkOneSpelling checks the top 50 persons and countries of the archive
// in dir.
func checkOneSpelling(t *testing.T, dir string) {
	code, out, stderr := search(t, "--archive", dir, "--json", "--facets", "--facet-size", "50", "")
	if code != 0 {
		t.Fatal(stderr)
	}
	var res struct {
		Facets map[string][]struct {
			Value string
			Count int
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	values := func(facet string) []string {
		var v []string
		for _, f := range res.Facets[facet] {
			v = append(v, f.Value)
		}
		if len(v) < 50 {
			t.Fatalf("facet %s has %d values, want 50", facet, len(v))
		}
		return v
	}
	persons := values("person")
	for i, a := range persons {
		for _, b := range persons[i+1:] {
			if samePerson(a, b) {
				t.Errorf("persons %q and %q are one name", a, b)
			} else if la, lb := lastWord(a), lastWord(b); la == lb {
				t.Logf("same surname, different persons: %q, %q", a, b)
			}
		}
	}
	x, err := entities.New(entities.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, v := range values("country") {
		c, ok := x.Country(v)
		switch {
		case !ok:
			t.Errorf("country %q is no country name", v)
		case c.Name != v:
			t.Errorf("country %q is a spelling of %q", v, c.Name)
		case seen[c.Name] != "":
			t.Errorf("countries %q and %q are one country", seen[c.Name], v)
		}
		seen[c.Name] = v
	}
}

func lastWord(s string) string {
	w := strings.Fields(archive.Key(s))
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}
