package entities

import (
	"chancery/internal/shared"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"chancery/archive"
)

var (
	sharedOnce sync.Once
	sharedX    *Extractor
	sharedErr  error
)

func mustNew(tb testing.TB) *Extractor {
	tb.Helper()
	sharedOnce.Do(func() { sharedX, sharedErr = New(Options{}) })
	if sharedErr != nil {
		tb.Fatalf("New: %v", sharedErr)
	}
	return sharedX
}

type fixture struct {
	name    string
	article archive.Article
	want    map[string][]string // persons, countries, orgs, topics
}

// readFixture parses a testdata/articles file: "key: value" header lines,
// a blank line, then the body.
func readFixture(tb testing.TB, path string) fixture {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	head, body, ok := strings.Cut(string(data), "\n\n")
	if !ok {
		tb.Fatalf("%s: no blank line after the header", path)
	}
	f := fixture{name: filepath.Base(path), want: map[string][]string{}}
	f.article.Body = body
	for _, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ": ")
		if !ok {
			tb.Fatalf("%s: bad header line %q", path, line)
		}
		switch {
		case k == "title":
			f.article.Title = v
		case k == "dateline":
			f.article.Dateline = v
		case k == "date":
			d, err := time.Parse(archive.DateLayout, v)
			if err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			f.article.Date = d
		case strings.HasPrefix(k, "want-"):
			var vals []string
			for _, s := range strings.Split(v, ";") {
				vals = append(vals, strings.TrimSpace(s))
			}
			f.want[strings.TrimPrefix(k, "want-")] = vals
		default:
			tb.Fatalf("%s: unknown header %q", path, k)
		}
	}
	return f
}

func fixtureArticles(tb testing.TB) []archive.Article {
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if len(files) == 0 {
		tb.Fatal("no fixtures in testdata/articles")
	}
	var out []archive.Article
	for _, f := range files {
		out = append(out, readFixture(tb, f).article)
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}

// TestFixtures checks the committed invented articles: persons, countries
// and organizations exactly, topics as a required subset.
func TestFixtures(t *testing.T) {
	x := mustNew(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/articles")
	}
	for _, path := range files {
		f := readFixture(t, path)
		t.Run(f.name, func(t *testing.T) {
			a := f.article
			before := a
			x.Extract(&a)
			if a.Title != before.Title || a.Body != before.Body || a.Dateline != before.Dateline || !a.Date.Equal(before.Date) {
				t.Errorf("Extract changed an input field")
			}
			got := map[string][]string{"persons": a.Persons, "countries": a.CountryNames(), "orgs": a.Orgs, "topics": a.Topics}
			for _, kind := range []string{"persons", "countries", "orgs"} {
				if want, ok := f.want[kind]; ok && !slices.Equal(sorted(got[kind]), sorted(want)) {
					t.Errorf("%s = %q, want %q", kind, got[kind], want)
				}
			}
			for _, topic := range f.want["topics"] {
				if !slices.Contains(a.Topics, topic) {
					t.Errorf("topics = %q, want it to include %q", a.Topics, topic)
				}
			}
		})
	}
}

// TestSeed checks the reference article of the product against its README.
func TestSeed(t *testing.T) {
	data, err := os.ReadFile(shared.Require(t, filepath.Join("seed", "voa-2004-07-24.txt")))
	if err != nil {
		t.Fatal(err)
	}
	var a archive.Article
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasSuffix(strings.TrimSpace(l), " - 2004-07-24") {
			a.Title = strings.TrimSuffix(strings.TrimSpace(l), " - 2004-07-24")
			a.Body = strings.TrimSpace(strings.Join(lines[i+1:], "\n"))
			a.Date = time.Date(2004, 7, 24, 0, 0, 0, 0, time.UTC)
			break
		}
	}
	if a.Title == "" {
		t.Fatal("seed: no headline line ending in \" - 2004-07-24\"")
	}
	x := mustNew(t)
	for _, undated := range []bool{false, true} {
		b := a
		if undated {
			b.Date = time.Time{}
		}
		x.Extract(&b)
		if want := []string{"Saddam Hussein", "Hoshyar Zebari", "Sergei Lavrov"}; !slices.Equal(sorted(b.Persons), sorted(want)) {
			t.Errorf("undated=%v: persons = %q, want %q", undated, b.Persons, want)
		}
		if want := []string{"Iraq", "Russia", "United States"}; !slices.Equal(sorted(b.CountryNames()), want) {
			t.Errorf("undated=%v: countries = %q, want %q", undated, b.CountryNames(), want)
		}
		for _, c := range b.Countries {
			if code := map[string]string{"Iraq": "IQ", "Russia": "RU", "United States": "US"}[c.Name]; c.Code != code {
				t.Errorf("country %s has code %s, want %s", c.Name, c.Code, code)
			}
		}
		if want := []string{"Paris Club", "United Nations"}; !slices.Equal(sorted(b.Orgs), want) {
			t.Errorf("undated=%v: orgs = %q, want %q", undated, b.Orgs, want)
		}
		// the README's topics: diplomacy, peacekeeping, debt, oil and gas /
		// energy, armed conflict
		for _, topic := range []string{"diplomacy", "peacekeeping force", "government debt", "oil and gas", "armed conflict"} {
			if !slices.Contains(b.Topics, topic) {
				t.Errorf("undated=%v: topics = %q, want %q among them", undated, b.Topics, topic)
			}
		}
	}
}

func TestAliasesAppliedLast(t *testing.T) {
	al := &Aliases{}
	if err := al.Set("person", "Sergei Lavrov", "Sergey Lavrov"); err != nil {
		t.Fatal(err)
	}
	if err := al.Set("country", "United States", "USA"); err != nil {
		t.Fatal(err)
	}
	base := mustNew(t)
	x := &Extractor{gaz: base.gaz, model: base.model, topics: base.topics, aliases: al}
	x.pool.New = base.pool.New
	a := archive.Article{Title: "Talks", Body: "Russian Foreign Minister Sergei Lavrov met U.S. officials. Lavrov said little."}
	x.Extract(&a)
	if !slices.Contains(a.Persons, "Sergey Lavrov") || slices.Contains(a.Persons, "Sergei Lavrov") {
		t.Errorf("persons = %q, want the alias Sergey Lavrov", a.Persons)
	}
	if !slices.Contains(a.CountryNames(), "USA") {
		t.Errorf("countries = %v, want the alias USA", a.Countries)
	}
}

func TestTaxonomy(t *testing.T) {
	topics := Taxonomy()
	if len(topics) < 40 {
		t.Fatalf("taxonomy has %d topics", len(topics))
	}
	labels := map[string]bool{}
	tops := 0
	for _, tp := range topics {
		if labels[tp.Label] {
			t.Errorf("duplicate label %q", tp.Label)
		}
		labels[tp.Label] = true
		if !strings.HasPrefix(tp.Code, "medtop:") || len(tp.Code) != len("medtop:")+8 {
			t.Errorf("%s: bad code %q", tp.Label, tp.Code)
		}
		if tp.Parent == "" {
			tops++
			if tp.Top != tp.Label {
				t.Errorf("%s: top = %q", tp.Label, tp.Top)
			}
		}
	}
	if tops != 17 {
		t.Errorf("%d top-level topics, IPTC has 17", tops)
	}
	for _, want := range []string{"diplomacy", "politics and government", "armed conflict", "international trade", "sport",
		"peacekeeping force", "government debt", "oil and gas", "merger or acquisition", "waterway and maritime transport"} {
		if !labels[want] {
			t.Errorf("taxonomy lacks %q", want)
		}
	}
}

// TestTaxonomyIPTC pins codes, labels and parents checked against IPTC's
// Media Topics export (cv.iptc.org/newscodes/mediatopic, release of
// 2026-07-02): a typo or a moved row in data/topics.tsv fails here.
func TestTaxonomyIPTC(t *testing.T) {
	byCode := map[string]Topic{}
	for _, tp := range Taxonomy() {
		byCode[tp.Code] = tp
	}
	for _, want := range []struct{ code, label, parent string }{
		{"medtop:11000000", "politics and government", ""},
		{"medtop:20000638", "international relations", "medtop:11000000"},
		{"medtop:20000639", "diplomacy", "medtop:20000638"},
		{"medtop:20000056", "armed conflict", "medtop:16000000"},
		{"medtop:20000073", "peace process", "medtop:16000000"},
		{"medtop:20000059", "peacekeeping force", "medtop:20000073"},
		{"medtop:20000078", "disarmament", "medtop:20000073"},
		{"medtop:20000346", "economic trends and indicators", "medtop:20000344"},
		{"medtop:20000368", "government debt", "medtop:20000346"},
		{"medtop:20000209", "products and services", "medtop:04000000"},
		{"medtop:20000256", "energy and resource", "medtop:20000209"},
		{"medtop:20001243", "oil and gas", "medtop:20000256"},
		{"medtop:20000337", "transport", "medtop:20000209"},
		{"medtop:20000343", "waterway and maritime transport", "medtop:20000337"},
		{"medtop:20001370", "financial service", "medtop:20000209"},
		{"medtop:20000393", "loans and lending", "medtop:20001370"},
		{"medtop:20001366", "business restructuring", "medtop:20000170"},
		{"medtop:20000204", "merger or acquisition", "medtop:20001366"},
		{"medtop:20000396", "stocks and securities", "medtop:20000183"},
		{"medtop:20000187", "stock flotation", "medtop:20000396"},
		{"medtop:20000188", "human resources", "medtop:20000170"},
		{"medtop:20000189", "layoffs and downsizing", "medtop:20000188"},
		{"medtop:20000371", "interest rates", "medtop:20000379"},
	} {
		got, ok := byCode[want.code]
		if !ok {
			t.Errorf("%s (%s) missing", want.code, want.label)
			continue
		}
		if got.Label != want.label || got.Parent != want.parent {
			t.Errorf("%s = %q under %q, want %q under %q", want.code, got.Label, got.Parent, want.label, want.parent)
		}
	}
}

// TestNewPersonsModel checks that a persons model given in Options is used:
// a file that is no model is an error naming the model.
func TestNewPersonsModel(t *testing.T) {
	if _, err := New(Options{PersonsModel: []byte("not a model")}); err == nil || !strings.Contains(err.Error(), "persons model") {
		t.Errorf("New with a bad persons model: err = %v, want an error about the persons model", err)
	}
}
