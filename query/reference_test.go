package query_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"chancery/query"
	"chancery/query/querytest"

	"github.com/blevesearch/bleve/v2"
)

// reference holds the test index and the same articles for the reference
// evaluator.
type reference struct {
	idx  bleve.Index
	eval *querytest.Evaluator
	docs map[string]querytest.Doc
}

func newReference(t testing.TB) *reference {
	t.Helper()
	return newReferenceOf(t, query.MustIndex(t), query.FixtureDocs())
}

func newReferenceOf(t testing.TB, idx bleve.Index, docs map[string]map[string][]string) *reference {
	t.Helper()
	analyze, err := querytest.Analyzer(query.TestMapping(t), query.TestAnalyzer)
	if err != nil {
		t.Fatal(err)
	}
	r := &reference{
		idx:  idx,
		eval: &querytest.Evaluator{Schema: query.TestSchema, Analyze: analyze},
		docs: map[string]querytest.Doc{},
	}
	for id, fields := range docs {
		d := querytest.Doc{}
		for f, vs := range fields {
			if f == "title" || f == "body" {
				d[f] = analyze(vs[0])
			} else {
				d[f] = vs
			}
		}
		r.docs[id] = d
	}
	return r
}

// check compares the index's hits for q with the evaluator's and returns
// how many the index found. A query that does not parse is skipped.
func (r *reference) check(t testing.TB, q string) int {
	t.Helper()
	n, err := query.Parse(q)
	if err != nil {
		return 0
	}
	bq, err := query.TestSchema.Query(n)
	if err != nil {
		t.Fatalf("Query(%s): %v", n, err)
	}
	res, err := r.idx.Search(bleve.NewSearchRequestOptions(bq, len(r.docs)+1, 0, false))
	if err != nil {
		t.Fatalf("Search(%s): %v", n, err)
	}
	got := []string{}
	for _, h := range res.Hits {
		got = append(got, h.ID)
	}
	want := []string{}
	for id, d := range r.docs {
		if r.eval.Match(n, d) {
			want = append(want, id)
		}
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("%q (%s): index %v, reference %v", q, n, got, want)
	}
	return len(got)
}

func TestReferenceCases(t *testing.T) {
	r := newReference(t)
	for _, q := range query.SearchCases() {
		r.check(t, q)
	}
}

// TestReferenceRandom compares the index with the reference on generated
// queries: words of the articles and others, phrases, proximity, prefixes,
// fields and dates under AND, OR, NOT and parentheses. The generator is
// seeded, so the queries are the same on every run.
func TestReferenceRandom(t *testing.T) {
	r := newReference(t)
	g := newGenerator(rand.New(rand.NewPCG(2004, 724)), query.FixtureDocs())
	for range 3000 {
		r.check(t, g.query(3))
		if t.Failed() {
			return
		}
	}
}

// TestReferenceOdd compares the index with the reference on words from
// other scripts and on spellings the tokenizer splits or joins.
func TestReferenceOdd(t *testing.T) {
	idx, docs := query.IndexOdd(t)
	r := newReferenceOf(t, idx, docs)
	for _, q := range oddQueries(docs) {
		r.check(t, q)
	}
}

// oddQueries returns every whitespace-separated word of docs, alone, as a
// prefix of its first two runes, in a phrase with the next word and as
// title: and body: values, plus some hand-picked queries.
func oddQueries(docs map[string]map[string][]string) []string {
	qs := []string{
		"中国", "中国外交", `"中国外交"`, "外交中国", "日本中国", "日本と中国", "国的", "北京", "東京", "カタカナ", "テスト", "Iran-Iraq", "Iran", "Iraq",
		"1,000", "1", "000", "U.S.-led", "U.S", "led", "3.5%", "co-operation", "cooperation", "naïve", "naive",
		"café", "cafe", "cafe\u0301", "finance", "ﬁnance", "istanbul", "İstanbul", "don't", "dont", "won't", "won’t",
		"rock'n'roll", "l'Élysée", "Élysée", "elysee", "Straße", "strasse", "Москва", "москва", "Κύπρος",
		"กรุงเทพ", "ASEAN", "Thai", "-date:2009", "date:<2010", "NOT date:2009-05-05", "中*", "Iran-*", "U.S.-l*",
		"don'*", "l'É*", "Stra*", "ﬁ*",
	}
	for _, fields := range docs {
		for _, f := range []string{"title", "body"} {
			ws := strings.Fields(fields[f][0])
			for i, w := range ws {
				w = strings.Trim(w, `"():`)
				if w == "" {
					continue
				}
				qs = append(qs, w, "title:"+w, "body:"+w, `"`+w+`"`)
				if rs := []rune(w); len(rs) > 1 {
					qs = append(qs, string(rs[:2])+"*")
				}
				if i+1 < len(ws) {
					qs = append(qs, `"`+w+" "+strings.Trim(ws[i+1], `"`)+`"`, `"`+strings.Trim(ws[i+1], `"`)+" "+w+`"~0`)
				}
			}
		}
	}
	return qs
}

// FuzzReference compares the index with the reference on any query that
// parses, over the invented articles and the odd ones.
func FuzzReference(f *testing.F) {
	idx, docs := query.IndexOdd(f)
	for _, q := range query.SearchCases() {
		f.Add(q)
	}
	for _, q := range oddQueries(docs) {
		f.Add(q)
	}
	r := newReference(f)
	odd := newReferenceOf(f, idx, docs)
	f.Fuzz(func(t *testing.T, q string) {
		r.check(t, q)
		odd.check(t, q)
	})
}

type generator struct {
	rnd   *rand.Rand
	words []string // words of the articles, as written
	texts [][]string
}

func newGenerator(rnd *rand.Rand, docs map[string]map[string][]string) *generator {
	g := &generator{rnd: rnd}
	seen := map[string]bool{}
	ids := make([]string, 0)
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		for _, f := range []string{"title", "body"} {
			ws := strings.Fields(docs[id][f][0])
			if len(ws) == 0 {
				continue
			}
			g.texts = append(g.texts, ws)
			for _, w := range ws {
				if !seen[w] {
					seen[w] = true
					g.words = append(g.words, w)
				}
			}
		}
	}
	g.words = append(g.words, "Kuwait", "NATO", "oil", "peacekeeping", "the", "not", "us", "a-b", "U.S.")
	return g
}

func (g *generator) pick(xs []string) string { return xs[g.rnd.IntN(len(xs))] }

func (g *generator) word() string {
	w := g.pick(g.words)
	switch g.rnd.IntN(4) {
	case 0:
		w = strings.ToUpper(w)
	case 1:
		w = strings.ToLower(w)
	}
	if isOp(w) {
		w = strings.ToLower(w)
	}
	return w
}

func isOp(w string) bool { return w == "AND" || w == "OR" || w == "NOT" }

// run returns 1 to 3 consecutive words of an article, or random words.
func (g *generator) run() string {
	n := 1 + g.rnd.IntN(3)
	if g.rnd.IntN(3) == 0 {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = g.word()
		}
		return strings.Join(ws, " ")
	}
	text := g.texts[g.rnd.IntN(len(g.texts))]
	i := g.rnd.IntN(len(text))
	return strings.ReplaceAll(strings.Join(text[i:min(i+n, len(text))], " "), `"`, "")
}

func (g *generator) atom() string {
	switch g.rnd.IntN(14) {
	case 0:
		return `"` + g.run() + `"`
	case 1:
		return fmt.Sprintf(`"%s"~%d`, g.run(), g.rnd.IntN(12))
	case 2:
		w := []rune(g.word())
		return string(w[:1+g.rnd.IntN(len(w))]) + "*"
	case 3:
		return g.pick([]string{"title:", "body:"}) + g.word()
	case 4:
		return g.pick([]string{"title:", "body:"}) + `"` + g.run() + `"`
	case 5:
		return g.pick([]string{`person:"Sergei Lavrov"`, `person:"hoshyar zebari"`, "person:hosh*", "person:Lavrov",
			"country:Iraq", `country:"United States"`, "country:un*", "org:UN", `org:"African Union"`,
			`topic:"oil and gas"`, "topic:debt", "topic:d*", "source:Reuters", "source:voa"})
	case 6:
		return "date:" + g.pick([]string{"2004", "2004-07", "2004-07-24", "2004-07..2004-12", "2003..2004",
			">=2005", ">2004", "<2004-07-01", "<=2011-01-31", "2011-01-31", "2011-01-31..", "..1987", "2011-02"})
	}
	return g.word()
}

func (g *generator) query(depth int) string {
	n := 1 + g.rnd.IntN(3)
	parts := make([]string, n)
	for i := range parts {
		var p string
		if depth > 0 && g.rnd.IntN(4) == 0 {
			p = "(" + g.query(depth-1) + ")"
		} else {
			p = g.atom()
		}
		switch g.rnd.IntN(6) {
		case 0:
			p = "-" + p
		case 1:
			p = "NOT " + p
		}
		parts[i] = p
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(g.pick([]string{" ", " AND ", " OR ", " OR "}))
		}
		b.WriteString(p)
	}
	return b.String()
}
