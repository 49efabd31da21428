package service

import (
	"context"
	"fmt"
	"strings"
	"time"

	"chancery/archive"
	"chancery/index"
	"chancery/query"
	"chancery/quotes"
)

// MaxSize is the most hits a page of a search may ask for.
const MaxSize = 10000

// SearchRequest is a search as a front end asks it: the query and filters
// as the user wrote them, the dates as YYYY, YYYY-MM or YYYY-MM-DD, the
// page, and what to add to each hit. The zero values of Page, Size and
// FacetSize are errors: front ends set their defaults (1,
// index.DefaultSize, index.DefaultFacetSize).
type SearchRequest struct {
	Query                                     string
	Persons, Countries, Orgs, Topics, Sources []string
	From, To                                  string
	// Sort is "", relevance, date or -date.
	Sort string
	// Page counts from 1; Size is the hits per page.
	Page, Size int
	// Facets asks for the counts of every facet, FacetFields for those
	// named (which implies Facets), FacetSize values each.
	Facets      bool
	FacetFields []string
	FacetSize   int
	// AllVersions lists every near-duplicate copy of a story.
	AllVersions bool
	// KWIC adds each hit's matching sentences with KWICContext sentences
	// on each side (0 to 10).
	KWIC        bool
	KWICContext int
	// Cite adds a citation line to each hit; Articles keeps each hit's
	// article (Hit.Article), for citation formats.
	Cite, Articles bool
	// Mark are the marks put around matches in snippets.
	Mark [2]string
}

// Prepare checks r and returns the index request it asks for.
func (r SearchRequest) Prepare() (index.Request, error) {
	req := index.Request{
		Query:   r.Query,
		Persons: r.Persons, Countries: r.Countries, Orgs: r.Orgs, Topics: r.Topics, Sources: r.Sources,
		Facets: r.Facets || len(r.FacetFields) > 0, FacetSize: r.FacetSize, FacetFields: r.FacetFields,
		Sort: r.Sort, Size: r.Size, AllVersions: r.AllVersions, Mark: r.Mark,
	}
	if r.KWICContext < 0 || r.KWICContext > 10 {
		return req, invalid("kwic-context", "%s must be between 0 and 10, not %d", Param("kwic-context"), r.KWICContext)
	}
	if err := index.CheckFacetFields(r.FacetFields); err != nil {
		return req, invalid("facet-fields", "%s: %v", Param("facet-fields"), err)
	}
	if r.Size < 1 || r.Size > MaxSize {
		return req, invalid("size", "%s must be between 1 and %d, not %d", Param("size"), MaxSize, r.Size)
	}
	if r.Page < 1 {
		return req, invalid("page", "%s must be 1 or more, not %d", Param("page"), r.Page)
	}
	if r.FacetSize < 1 {
		return req, invalid("facet-size", "%s must be 1 or more, not %d", Param("facet-size"), r.FacetSize)
	}
	req.Offset = (r.Page - 1) * r.Size
	var err error
	if req.From, _, err = dayRange(r.From); err != nil {
		return req, invalid("from", "%s: %v", Param("from"), err)
	}
	if _, req.To, err = dayRange(r.To); err != nil {
		return req, invalid("to", "%s: %v", Param("to"), err)
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.To.Before(req.From) {
		return req, invalid("to", "%s %s is before %s %s", Param("to"), req.To.Format(archive.DateLayout), Param("from"), req.From.Format(archive.DateLayout))
	}
	switch r.Sort {
	case "", "relevance", "date", "-date":
	default:
		return req, invalid("sort", "%s %q: use relevance, date or -date", Param("sort"), r.Sort)
	}
	return req, nil
}

// dayRange reads a date as YYYY, YYYY-MM or YYYY-MM-DD (as query.Period
// reads it) and returns the first and last day it covers. "" gives zero
// times.
func dayRange(s string) (first, last time.Time, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	start, end, err := query.Period(s)
	if err != nil {
		return first, last, err
	}
	return start, end.AddDate(0, 0, -1), nil
}

// prepareSearch is Prepare for a search: with no query, filter or date
// it lists everything, newest first; a query that does not parse is an
// error whatever state the archive is in.
func (r SearchRequest) prepareSearch() (index.Request, error) {
	req, err := r.Prepare()
	if err != nil {
		return req, err
	}
	if req.Query == "" && len(r.Persons)+len(r.Countries)+len(r.Orgs)+len(r.Topics)+len(r.Sources) == 0 && req.From.IsZero() && req.To.IsZero() && req.Sort == "" {
		req.Sort = "-date"
	}
	if _, _, err := index.BuildQuery(&req); err != nil {
		return req, err
	}
	return req, nil
}

// CheckSearch returns the error Search would return for r before it
// reads the archive: a bad parameter or a query that does not parse.
func CheckSearch(r SearchRequest) error {
	_, err := r.prepareSearch()
	return err
}

// Hit is a hit as a search answers it.
type Hit struct {
	index.Hit
	// KWIC are the matching sentences with their neighbours.
	KWIC []string `json:"kwic,omitempty"`
	// Citation is the citation line.
	Citation string `json:"citation,omitempty"`
	// Article is the article, kept for citations
	// (SearchRequest.Articles).
	Article *archive.Article `json:"-"`
}

// Result is the answer of a search (and of Similar).
type Result struct {
	Total  uint64                        `json:"total"`
	TookMS float64                       `json:"took_ms"`
	Hits   []Hit                         `json:"hits"`
	Facets map[string][]index.FacetValue `json:"facets,omitempty"`
	// FacetsCount and FacetCopies say what the facets count:
	// index.CountStories (each near-duplicate group once, leaving out
	// FacetCopies copies) or index.CountArticles (every stored copy, with
	// AllVersions).
	FacetsCount string `json:"facets_count,omitempty"`
	FacetCopies int    `json:"facet_copies,omitempty"`
	// Notes say how the request was read (index.Result.Notes).
	Notes []string `json:"notes,omitempty"`
	// Grouping says that near-duplicate copies were folded into the
	// hits, when some were.
	Grouping *Grouping `json:"grouping,omitempty"`
	// Offset is the number of hits before this page.
	Offset int `json:"-"`
	// Resolved says what each filter value stood for (index.Result), for
	// a front end that shows the values a filter selects.
	Resolved []index.Resolution `json:"-"`
}

// Grouping says how many hits stand for how many articles when copies of
// a story were grouped.
type Grouping struct {
	Hits     int    `json:"hits"`
	Articles int    `json:"articles"`
	Note     string `json:"note"`
}

// grouped returns the grouping of hits, nil when no copies were folded.
func grouped(hits []Hit) *Grouping {
	g := &Grouping{Hits: len(hits)}
	for _, h := range hits {
		g.Articles += 1 + h.Versions
	}
	if g.Articles == g.Hits {
		return nil
	}
	g.Note = fmt.Sprintf("%d %s stand for %d articles: near-duplicate copies of a story are grouped under its best-ranked copy (versions, version_ids); --all-versions lists every copy",
		g.Hits, Plural(g.Hits, "hit", "hits"), g.Articles)
	return g
}

// Search runs r against ix.
func Search(ctx context.Context, ix *index.Index, r SearchRequest) (*Result, error) {
	req, err := r.prepareSearch()
	if err != nil {
		return nil, err
	}
	res, err := ix.Search(ctx, req)
	if err != nil {
		return nil, err
	}
	return result(ix, &req, res, &r)
}

// SimilarTo is the article a Similar search starts from.
type SimilarTo struct {
	ID, Title string
	// Terms are the words and names it was compared by.
	Terms []string
}

// Similar returns the articles most like the article id, among those r's
// filters keep.
func Similar(ctx context.Context, ix *index.Index, id string, r SearchRequest) (*Result, *SimilarTo, error) {
	req, err := r.Prepare()
	if err != nil {
		return nil, nil, err
	}
	res, terms, err := ix.Similar(ctx, id, req)
	if err != nil {
		return nil, nil, err
	}
	out, err := result(ix, &req, res, &r)
	if err != nil {
		return nil, nil, err
	}
	to := &SimilarTo{ID: id, Terms: terms}
	if a, err := ix.Store.Get(id); err == nil {
		to.Title = a.Title
	} else {
		return nil, nil, err
	}
	return out, to, nil
}

// result adds keyword-in-context passages, citations and articles to the
// hits of res.
func result(ix *index.Index, req *index.Request, res *index.Result, r *SearchRequest) (*Result, error) {
	hits := make([]Hit, len(res.Hits))
	var m *index.Matcher
	if r.KWIC {
		var err error
		if m, err = ix.Matcher(req); err != nil {
			return nil, err
		}
	}
	for i, h := range res.Hits {
		hits[i].Hit = h
		if r.Cite || r.Articles {
			a, err := ix.Store.Get(h.ID)
			if err != nil {
				return nil, fmt.Errorf("cite: %w: %w", index.ErrDisagree, err)
			}
			hits[i].Article = a
			if r.Cite {
				hits[i].Citation = Cite(a)
			}
		}
		if m != nil {
			a, err := ix.Store.Get(h.ID)
			if err != nil {
				return nil, fmt.Errorf("kwic: %w: %w", index.ErrDisagree, err)
			}
			hits[i].KWIC = kwic(m, a, r.KWICContext)
		}
	}
	return &Result{Total: res.Total, TookMS: res.TookMS, Hits: hits, Facets: res.Facets, FacetsCount: res.FacetsCount, FacetCopies: res.FacetCopies,
		Notes: res.Notes, Grouping: grouped(hits), Offset: req.Offset, Resolved: res.Resolved}, nil
}

// kwic returns the sentences of a's body that hold a match, each with ctx
// sentences on either side; overlapping passages are merged. With no match
// in the body (a title-only match) it returns the opening sentence.
func kwic(m *index.Matcher, a *archive.Article, ctx int) []string {
	body := a.Body
	sents := quotes.Sentences(body)
	spans := m.Matches(body)
	// Words match the title too: a title-only brief, or a word only in
	// the title, shows its title.
	if len(spans) == 0 || len(sents) == 0 {
		if ts := m.Matches(a.Title); len(ts) > 0 {
			return []string{m.Mark(a.Title, 0, len(a.Title), ts)}
		}
	}
	if len(sents) == 0 {
		return nil
	}
	hit := make([]bool, len(sents))
	si := 0
	for _, sp := range spans {
		for si < len(sents) && sents[si].End <= sp[0] {
			si++
		}
		if si < len(sents) && sents[si].Start <= sp[0] {
			hit[si] = true
		}
	}
	var out []string
	for i := 0; i < len(sents); i++ {
		if !hit[i] {
			continue
		}
		from, to := max(0, i-ctx), min(len(sents), i+ctx+1)
		// merge the windows of matches that touch this one
		for j := i + 1; j < len(sents) && j-ctx <= to; j++ {
			if hit[j] {
				to = min(len(sents), j+ctx+1)
			}
		}
		var b strings.Builder
		if from > 0 {
			b.WriteString("… ")
		}
		b.WriteString(m.Mark(body, sents[from].Start, sents[to-1].End, spans))
		if to < len(sents) {
			b.WriteString(" …")
		}
		out = append(out, b.String())
		i = to - 1
	}
	if len(out) == 0 {
		out = append(out, m.Mark(body, sents[0].Start, sents[0].End, nil)+ellipsisIf(len(sents) > 1))
	}
	return out
}

func ellipsisIf(more bool) string {
	if more {
		return " …"
	}
	return ""
}

// FacetsCounted says in words what the facets of res count.
func FacetsCounted(res *Result) string {
	switch {
	case res.FacetsCount == index.CountArticles:
		return "articles: every stored copy of a story counts"
	case res.FacetCopies > 0:
		return fmt.Sprintf("stories: each near-duplicate group once, %d %s not counted; all versions count every copy", res.FacetCopies, Plural(res.FacetCopies, "copy", "copies"))
	}
	return "stories: each near-duplicate group once"
}
