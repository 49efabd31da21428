package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"chancery/bench/engine"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// bleveBatchSize is the raw Bleve baseline's batch: 1,000 documents, as the
// issue's reference figures were measured (batches of 10,000 did not help).
const bleveBatchSize = 1000

// bleveDoc is what the raw Bleve baseline indexes with the default mapping:
// every field analysed by the standard analyzer, stored, and in _all; the
// date is a datetime field.
type bleveDoc struct {
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	Source    string    `json:"source"`
	Date      time.Time `json:"date"`
	Persons   []string  `json:"persons"`
	Countries []string  `json:"countries"`
	Topics    []string  `json:"topics"`
}

// ingestBleve builds a Bleve index at dir with the default mapping.
func ingestBleve(ctx context.Context, dir string, src docSource) (int, error) {
	ix, err := bleve.New(dir, bleve.NewIndexMapping())
	if err != nil {
		return 0, fmt.Errorf("create bleve index %s: %w", dir, err)
	}
	n := 0
	b := ix.NewBatch()
	for {
		if err := ctx.Err(); err != nil {
			ix.Close()
			return n, err
		}
		d, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			ix.Close()
			return n, err
		}
		bd := bleveDoc{d.Title, d.Body, d.Source, docTime(d.Date), d.Persons, d.Countries, d.Topics}
		if err := b.Index(d.ID, bd); err != nil {
			ix.Close()
			return n, fmt.Errorf("bleve index %s: %w", d.ID, err)
		}
		n++
		if b.Size() >= bleveBatchSize {
			if err := ix.Batch(b); err != nil {
				ix.Close()
				return n, fmt.Errorf("bleve batch: %w", err)
			}
			b.Reset()
		}
	}
	if b.Size() > 0 {
		if err := ix.Batch(b); err != nil {
			ix.Close()
			return n, fmt.Errorf("bleve batch: %w", err)
		}
	}
	if err := ix.Close(); err != nil {
		return n, fmt.Errorf("close bleve index: %w", err)
	}
	return n, nil
}

// bleveSearcher answers benchmark queries on a raw Bleve index, opened
// read-only in this process.
type bleveSearcher struct {
	ix    bleve.Index
	years []int
}

func openBleve(dir string, years []int) (*bleveSearcher, error) {
	ix, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open bleve index %s: %w", dir, err)
	}
	return &bleveSearcher{ix: ix, years: years}, nil
}

func (s *bleveSearcher) Search(ctx context.Context, q engine.Query) (engine.Result, error) {
	return s.search(ctx, q, false)
}

// bleveShown are the stored fields a page of hits shows: what Chancery's
// Search reads from its store for each hit (the body for its snippet).
var bleveShown = []string{"title", "date", "source", "persons", "countries", "topics", "body"}

// SearchPage answers q as Search does, and also loads the stored fields of
// the top 10 hits and marks the query's words in a fragment of each body
// (Bleve's html highlighter, from the term vectors of the default
// mapping): what a product showing the page must do, and what Chancery's
// figures include.
func (s *bleveSearcher) SearchPage(ctx context.Context, q engine.Query) (engine.Result, error) {
	return s.search(ctx, q, true)
}

func (s *bleveSearcher) search(ctx context.Context, q engine.Query, page bool) (engine.Result, error) {
	var bqy bq.Query
	switch q.Class {
	case engine.ClassTerm, engine.ClassFacet:
		bqy = bleve.NewMatchQuery(q.Terms[0])
	case engine.ClassAnd:
		var qs []bq.Query
		for _, t := range q.Terms {
			qs = append(qs, bleve.NewMatchQuery(t))
		}
		bqy = bleve.NewConjunctionQuery(qs...)
	case engine.ClassPhrase:
		bqy = bleve.NewMatchPhraseQuery(strings.Join(q.Terms, " "))
	default:
		return engine.Result{}, fmt.Errorf("unknown query class %q", q.Class)
	}
	req := bleve.NewSearchRequestOptions(bqy, 10, 0, false)
	if page {
		req.Fields = bleveShown
		req.Highlight = bleve.NewHighlightWithStyle("html")
		req.Highlight.AddField("body")
	}
	if q.Class == engine.ClassFacet {
		req.AddFacet("countries", bleve.NewFacetRequest("countries", 10))
		req.AddFacet("topics", bleve.NewFacetRequest("topics", 10))
		yf := bleve.NewFacetRequest("date", len(s.years))
		for _, y := range s.years {
			start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			end := start.AddDate(1, 0, 0)
			yf.AddDateTimeRange(fmt.Sprint(y), start, end)
		}
		req.AddFacet("years", yf)
	}
	res, err := s.ix.SearchInContext(ctx, req)
	if err != nil {
		return engine.Result{}, fmt.Errorf("bleve search %s: %w", q, err)
	}
	out := engine.Result{Total: int(res.Total), Hits: len(res.Hits)}
	if page {
		// The words of a hit may be in its title alone: its body then has
		// no fragment; some hit of a page must have one.
		marked := false
		for _, h := range res.Hits {
			if _, ok := h.Fields["title"].(string); !ok {
				return engine.Result{}, fmt.Errorf("bleve search %s: hit %s without its stored title", q, h.ID)
			}
			marked = marked || len(h.Fragments["body"]) > 0
		}
		if len(res.Hits) > 0 && !marked {
			return engine.Result{}, fmt.Errorf("bleve search %s: no hit with a marked fragment of its body", q)
		}
	}
	if f, ok := res.Facets["years"]; ok {
		out.Years = map[string]int{}
		for _, dr := range f.DateRanges {
			out.Years[dr.Name] = dr.Count
		}
		if c, ok := res.Facets["countries"]; ok && c.Terms != nil {
			for _, t := range c.Terms.Terms() {
				out.TopCountries = append(out.TopCountries, fmt.Sprintf("%s:%d", t.Term, t.Count))
			}
		}
	}
	return out, nil
}

func (s *bleveSearcher) Close() error { return s.ix.Close() }
