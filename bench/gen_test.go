package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func generate(t *testing.T, opts genOptions) []*doc {
	t.Helper()
	g := newGenerator(opts)
	var out []*doc
	for {
		d, err := g.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
}

func TestGeneratorDeterministic(t *testing.T) {
	a := generate(t, genOptions{Articles: 50, Seed: 42})
	b := generate(t, genOptions{Articles: 50, Seed: 42})
	c := generate(t, genOptions{Articles: 50, Seed: 43})
	if len(a) != 50 || len(b) != 50 {
		t.Fatalf("got %d and %d articles, want 50", len(a), len(b))
	}
	same := 0
	for i := range a {
		if a[i].Title != b[i].Title || a[i].Body != b[i].Body || a[i].Date != b[i].Date ||
			strings.Join(a[i].Persons, "|") != strings.Join(b[i].Persons, "|") ||
			strings.Join(a[i].Countries, "|") != strings.Join(b[i].Countries, "|") {
			t.Fatalf("article %d differs between two runs with seed 42", i)
		}
		if a[i].Body == c[i].Body {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 50 bodies are the same for seeds 42 and 43, want 0", same)
	}
}

func TestGeneratorEntitiesInText(t *testing.T) {
	docs := generate(t, genOptions{Articles: 300, Seed: 1})
	for _, d := range docs {
		text := d.Title + "\n" + d.Body
		if n := len(d.Persons); n < 1 || n > 3 {
			t.Errorf("%s: %d persons, want 1 to 3", d.ID, n)
		}
		if n := len(d.Countries); n < 1 || n > 3 {
			t.Errorf("%s: %d countries, want 1 to 3", d.ID, n)
		}
		for _, p := range d.Persons {
			if !strings.Contains(d.Body, p) {
				t.Errorf("%s: person %q not in body", d.ID, p)
			}
		}
		for _, c := range d.Countries {
			if !strings.Contains(text, c) {
				t.Errorf("%s: country %q not in text", d.ID, c)
			}
		}
		if len(d.Topics) != 1 || !strings.Contains(d.Title, d.Topics[0]) || !strings.Contains(d.Body, d.Topics[0]) {
			t.Errorf("%s: topic %q not in title and body", d.ID, d.Topics)
		}
	}
}

func TestGeneratorShape(t *testing.T) {
	docs := generate(t, genOptions{Articles: 2000, Seed: 3})
	var bytes int
	years := map[int]int{}
	ids := map[string]bool{}
	for _, d := range docs {
		bytes += len(d.Body)
		tm, err := time.Parse("2006-01-02", d.Date)
		if err != nil {
			t.Fatalf("%s: date %q: %v", d.ID, d.Date, err)
		}
		years[tm.Year()]++
		if ids[d.ID] {
			t.Fatalf("duplicate id %s", d.ID)
		}
		ids[d.ID] = true
	}
	if mean := bytes / len(docs); mean < 2700 || mean > 3400 {
		t.Errorf("mean body %d bytes, want about 3000", mean)
	}
	if len(years) != 25 {
		t.Errorf("dates span %d years, want 25", len(years))
	}
	for y := range years {
		if y < 2000 || y > 2024 {
			t.Errorf("year %d outside 2000..2024", y)
		}
	}
}

func TestVocabularyStemsUnique(t *testing.T) {
	v := vocabulary(5000)
	if len(v) != 5000 {
		t.Fatalf("vocabulary has %d words, want 5000", len(v))
	}
	porter := map[string]string{}
	for _, w := range v[len(commonWords):] {
		s := porterStem(w)
		if o, ok := porter[s]; ok {
			t.Errorf("%q and %q share the Porter stem %q", o, w, s)
		}
		porter[s] = w
	}
}

func TestWriteAndReadCorpus(t *testing.T) {
	dir := t.TempDir()
	cf, err := writeCorpus(dir, "synthetic", newGenerator(genOptions{Articles: 20, Seed: 5}))
	if err != nil {
		t.Fatal(err)
	}
	if cf.Docs != 20 || cf.TextBytes < 20*2000 {
		t.Fatalf("wrote %d docs, %d text bytes", cf.Docs, cf.TextBytes)
	}
	first, err := os.ReadFile(cf.Articles)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(first), `{"id":"syn-00000001","title":`) {
		t.Errorf("corpus starts %.60q, want an id then a title", first)
	}
	cr, err := openCorpus(cf)
	if err != nil {
		t.Fatal(err)
	}
	defer cr.Close()
	want := generate(t, genOptions{Articles: 20, Seed: 5})
	for i := 0; ; i++ {
		d, err := cr.Next()
		if errors.Is(err, io.EOF) {
			if i != 20 {
				t.Fatalf("read %d docs back, want 20", i)
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if d.Body != want[i].Body || strings.Join(d.Countries, "|") != strings.Join(want[i].Countries, "|") {
			t.Fatalf("doc %d read back differs from the generated one", i)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "truth.jsonl")); err != nil {
		t.Error(err)
	}
}

// TestNewsCorpusNames checks that the news corpus names people and
// companies as news copy does, and that the plain synthetic corpus does not.
func TestNewsCorpusNames(t *testing.T) {
	docs := generate(t, genOptions{Articles: 2000, Seed: 1, News: true})
	again := generate(t, genOptions{Articles: 2000, Seed: 1, News: true})
	surnames := map[string]bool{}
	for _, l := range lastNames {
		surnames[l] = true
	}
	var doubled, withOrgs, honorific, titled, possessive, bare int
	for i, d := range docs {
		if d.Body != again[i].Body || strings.Join(d.Orgs, "|") != strings.Join(again[i].Orgs, "|") {
			t.Fatalf("%s differs between two runs with one seed", d.ID)
		}
		for _, p := range d.Persons {
			if !strings.Contains(d.Body, p) {
				t.Errorf("%s: %q is never named in full", d.ID, p)
			}
			if strings.Contains(d.Body, p+" "+p) {
				doubled++
			}
			last := p[strings.LastIndexByte(p, ' ')+1:]
			if strings.Contains(d.Body, "Mr "+last) || strings.Contains(d.Body, "Ms "+last) {
				honorific++
			}
			if strings.Contains(d.Body, "Minister "+last+" ") || strings.Contains(d.Body, "President "+last+" ") {
				titled++
			}
			if strings.Contains(d.Body, last+"'s") {
				possessive++
			}
			if strings.Contains(d.Body, ". "+last+" said") {
				bare++
			}
		}
		if len(d.Orgs) > 0 {
			withOrgs++
		}
		for _, o := range d.Orgs {
			if !strings.Contains(d.Body, o) {
				t.Errorf("%s: company %q is not in the text", d.ID, o)
			}
			if !surnames[strings.Fields(o)[0]] {
				t.Errorf("%s: company %q is not named like a person", d.ID, o)
			}
		}
	}
	// One article in 250 doubles its first name: 8 expected in 2,000.
	if doubled < 2 || doubled > 25 {
		t.Errorf("%d articles print a name twice in a row, want about 8", doubled)
	}
	if withOrgs < 600 || withOrgs > 1000 {
		t.Errorf("%d of 2000 articles name a company, want about 800", withOrgs)
	}
	for what, n := range map[string]int{"honorific": honorific, "title": titled, "possessive": possessive, "bare surname": bare} {
		if n < 200 {
			t.Errorf("only %d person mentions with a %s", n, what)
		}
	}
	for _, d := range generate(t, genOptions{Articles: 300, Seed: 1}) {
		if len(d.Orgs) > 0 || strings.Contains(d.Body, "Mr ") || strings.Contains(d.Body, "Ms ") {
			t.Fatalf("%s: the plain synthetic corpus has news names: %q", d.ID, d.Body[:200])
		}
	}
}

// TestNewsCorpusQueries checks that query words picked from the news
// corpus avoid every word of a company name.
func TestNewsCorpusQueries(t *testing.T) {
	dir := t.TempDir()
	cf, err := writeCorpus(dir, corpusNews, newGenerator(genOptions{Articles: 1500, Seed: 3, News: true}))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := pickQueries(cf, pickOptions{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, c := range makeCompanies(companyCount) {
		for _, w := range strings.Fields(strings.ToLower(c)) {
			names[w] = true
		}
	}
	for _, q := range qs {
		for _, w := range q.Terms {
			if names[w] {
				t.Errorf("query %s uses %q, a word of a company name", q, w)
			}
		}
	}
	if len(qs) != 20 {
		t.Errorf("%d queries, want 20", len(qs))
	}
}
