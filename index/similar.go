package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"chancery/archive"

	bq "github.com/blevesearch/bleve/v2/search/query"
)

// Tuning of Similar. Chosen on the sample archive and Reuters (see
// the README): fewer terms miss related stories that use other
// words; more terms let common words outvote the subject.
const (
	// similarTerms is how many distinctive body terms make the query.
	similarTerms = 25
	// similarMaxDF drops terms in more than this share of articles: they
	// say nothing about the subject.
	similarMaxDF = 0.2
	// similarPersonBoost and similarCountryBoost weigh a shared person or
	// country against the strongest shared term (weight 1).
	similarPersonBoost  = 1.5
	similarCountryBoost = 0.5
)

// Similar returns the articles most like the article id: those sharing its
// most distinctive body terms (tf-idf over the index), boosted for sharing
// its persons and countries. The article itself is left out. The filters
// of req apply (its Query is ignored); Size and Offset page as in Search.
// It also returns the words it used (as the article first writes them,
// lower case), strongest first.
func (ix *Index) Similar(ctx context.Context, id string, req Request) (*Result, []string, error) {
	start := time.Now()
	a, err := ix.Store.Get(id)
	if err != nil {
		if errors.Is(err, archive.ErrNotFound) {
			return nil, nil, fmt.Errorf("%w (ids are printed by every search)", err)
		}
		return nil, nil, err
	}
	terms, err := ix.distinctive(ctx, a, similarTerms)
	if err != nil {
		return nil, nil, err
	}
	var should []bq.Query
	words := make([]string, 0, len(terms))
	for _, t := range terms {
		tq := bq.NewTermQuery(t.term)
		tq.SetField(FieldBody)
		tq.SetBoost(t.weight)
		should = append(should, tq)
		words = append(words, t.surface)
	}
	for _, p := range a.Persons {
		tq := bq.NewTermQuery(archive.Key(p))
		tq.SetField(FieldPerson + keySuffix)
		tq.SetBoost(similarPersonBoost)
		should = append(should, tq)
	}
	for _, c := range a.CountryNames() {
		tq := bq.NewTermQuery(archive.Key(c))
		tq.SetField(FieldCountry + keySuffix)
		tq.SetBoost(similarCountryBoost)
		should = append(should, tq)
	}
	if len(should) == 0 {
		return &Result{Hits: []Hit{}}, words, nil
	}
	filters := req
	filters.Query = ""
	resolved, err := ix.ResolveRequest(ctx, &filters)
	if err != nil {
		return nil, nil, err
	}
	fq, _, err := BuildQuery(&filters)
	if err != nil {
		return nil, nil, err
	}
	var must []bq.Query
	if _, all := fq.(*bq.MatchAllQuery); !all {
		must = append(must, fq)
	}
	q := bq.NewBooleanQuery(must, nil, []bq.Query{bq.NewDocIDQuery([]string{a.ID})})
	or := bq.NewDisjunctionQuery(should)
	or.SetMin(1)
	q.AddShould(or)
	if req.Size <= 0 {
		req.Size = DefaultSize
	}
	req.Facets = false
	order, score, _ := sortOrder("")
	hits, total, _, err := ix.run(ctx, q, order, score, req)
	if err != nil {
		return nil, nil, err
	}
	out := &Result{Total: total, Hits: make([]Hit, 0, len(hits)), Resolved: resolved, Notes: Notes(resolved)}
	hl := newHighlighter(ix, words, req.Mark, req.SnippetLen)
	for _, h := range hits {
		b, err := ix.Store.Get(h.ID)
		if err != nil {
			return nil, nil, fmt.Errorf("similar: %w: %w", ErrDisagree, err)
		}
		hit := HitOf(b)
		hit.Score = h.Score
		hit.Snippet = hl.snippet(b)
		out.Hits = append(out.Hits, hit)
	}
	out.Took = time.Since(start)
	out.TookMS = float64(out.Took.Microseconds()) / 1000
	return out, words, nil
}

type weighted struct {
	term    string // as indexed (stemmed)
	surface string // as first written in the article, lower case
	weight  float64
}

// distinctive returns the n body terms of a with the highest tf-idf,
// weights scaled so that the strongest is 1. Terms of fewer than three
// letters, numbers, terms in no other article and terms in more than
// similarMaxDF of the articles (half of a small archive's) are left out.
func (ix *Index) distinctive(ctx context.Context, a *archive.Article, n int) ([]weighted, error) {
	an := surfaceAnalyzer
	tf := map[string]int{}
	surface := map[string]string{}
	for _, text := range []string{a.Title, a.Body} {
		for _, tok := range an.Analyze([]byte(text)) {
			t := string(tok.Term)
			if utf8.RuneCountInString(t) < 3 || !hasLetter(t) {
				continue
			}
			tf[t]++
			if surface[t] == "" {
				surface[t] = strings.ToLower(text[tok.Start:tok.End])
			}
		}
	}
	reader, err := ix.snapshot()
	if err != nil {
		return nil, fmt.Errorf("similar: %w", err)
	}
	defer reader.Close()
	docs, err := reader.DocCount()
	if err != nil {
		return nil, err
	}
	maxDF := similarMaxDF * float64(docs)
	if docs < 100 {
		maxDF = float64(docs) / 2 // a small archive has few common words to drop
	}
	var out []weighted
	for t, f := range tf {
		r, err := reader.TermFieldReader(ctx, []byte(t), FieldBody, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("similar: term %q: %w", t, err)
		}
		df := r.Count()
		r.Close()
		if df < 2 || float64(df) > maxDF {
			continue
		}
		w := (1 + math.Log(float64(f))) * math.Log(float64(docs)/float64(df))
		out = append(out, weighted{t, surface[t], w})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].weight != out[j].weight {
			return out[i].weight > out[j].weight
		}
		return out[i].term < out[j].term
	})
	if len(out) > n {
		out = out[:n]
	}
	for i := range out {
		out[i].weight /= out[0].weight
	}
	return out, nil
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
