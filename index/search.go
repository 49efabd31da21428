package index

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"chancery/archive"
	"chancery/query"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// Request is one search.
type Request struct {
	// Query is in Chancery's query language (package query); empty means
	// every article that the filters let through.
	Query string
	// Filters. Several values of one kind must all apply. Values match
	// without regard to case or accents (archive.Key).
	Persons, Countries, Orgs, Topics, Sources []string
	// From and To bound the article date, both days inclusive; zero means
	// open. Articles without a date never pass a date filter.
	From, To time.Time
	// Facets asks for counts by person, country, org, topic, source and
	// year over the whole result set, FacetSize values each (default DefaultFacetSize).
	Facets    bool
	FacetSize int
	// FacetFields limits the facets to these fields (FacetFields and
	// FieldYear); empty means all of them. Each field costs about the
	// same per hit, so a search that shows two facets asks for two.
	FacetFields []string
	// Sort is "" (relevance, or "date" when the query has no words to
	// rank by: only filters and dates), "relevance", "date" (oldest first)
	// or "-date" (newest first).
	Sort string
	// Size is the number of hits to return (default DefaultSize); Offset
	// skips hits.
	Size, Offset int
	// Mark surrounds matched words in snippets; default {"<mark>", "</mark>"}.
	Mark [2]string
	// SnippetLen is the snippet length in bytes (default 220).
	SnippetLen int
	// AllVersions lists every near-duplicate copy of a story. By default a
	// result shows the best-ranked copy of each (Hit.Versions counts the
	// others) and Size and Offset count stories.
	AllVersions bool
	// facetCopies, when set, receives how many matching copies the
	// facets left out (copies.go).
	facetCopies *int
	// groups is how many distinct near-duplicate groups a collapse needs
	// from the hits of one run (0: the group of every hit).
	groups int
	// resolved holds the index terms each filter value stands for, by
	// facet and value as given, and resolutions what ResolveRequest made
	// of them (values.go); nil until it runs.
	resolved    map[[2]string][]string
	resolutions []Resolution
}

// Hit is one matching article.
type Hit struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Date      string   `json:"date"`
	Source    string   `json:"source"`
	Score     float64  `json:"score"`
	Persons   []string `json:"persons"`
	Countries []string `json:"countries"`
	Orgs      []string `json:"orgs"`
	Topics    []string `json:"topics"`
	URL       string   `json:"url,omitempty"`
	Snippet   string   `json:"snippet"`
	// Versions is the number of other matching near-duplicate copies of
	// this story, folded into this hit; VersionIDs are their ids, oldest
	// first. Both are empty with Request.AllVersions.
	Versions   int      `json:"versions,omitempty"`
	VersionIDs []string `json:"version_ids,omitempty"`
}

// FacetValue is one facet entry.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Result is the answer to a Request.
type Result struct {
	Total  uint64                  `json:"total"`
	Took   time.Duration           `json:"-"`
	TookMS float64                 `json:"took_ms"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetValue `json:"facets,omitempty"`
	// Resolved says what each filter value stood for (Resolve), and Notes
	// what a person should know about how the request was read: a value
	// that stands for several or none, an operator written in lower case,
	// a suggestion when little matched.
	Resolved []Resolution `json:"resolved,omitempty"`
	Notes    []string     `json:"notes,omitempty"`
	// FacetsCount says what the facets count: CountStories (each
	// near-duplicate group once, the default) or CountArticles
	// (Request.AllVersions: every stored copy). FacetCopies is the number of
	// matching copies that story counts left out.
	FacetsCount string `json:"facets_count,omitempty"`
	FacetCopies int    `json:"facet_copies,omitempty"`
}

// FacetYear is the facet of article years.
const FacetYear = "year"

// The page and facet sizes of a request that gives none.
const (
	DefaultSize      = 10
	DefaultFacetSize = 10
)

// ErrQuery is returned (wrapped) when the request cannot be run as given:
// a syntax error in the query or a bad filter.
var ErrQuery = errors.New("bad query")

// Schema is how the query language maps onto the index fields.
var Schema = query.Schema{
	Text:      map[string]float64{FieldBody: 1}, // the body field holds the title too (fullText)
	TextField: map[string]string{"title": FieldTitle, "body": FieldBody},
	Keyword: map[string]string{
		"person": FieldPerson + keySuffix, "country": FieldCountry + keySuffix,
		"org": FieldOrg + keySuffix, "topic": FieldTopic + keySuffix, "source": FieldSource + keySuffix,
		"note": FieldNote,
	},
	Dates: query.Days{Year: FieldYear, Month: FieldMonth, Day: FieldDate},
	None:  map[string]string{"source": NoSource},
}

// CheckFacetFields returns an error naming the first of fields that is not
// a facet: one of FacetFields or FieldYear.
func CheckFacetFields(fields []string) error {
	for _, f := range fields {
		if f != FieldYear && !slices.Contains(FacetFields, f) {
			return fmt.Errorf("no facet %q (use %s or %s)", f, strings.Join(FacetFields, ", "), FieldYear)
		}
	}
	return nil
}

// NoSource is the source filter value, and the name `indexer stats` uses,
// for articles whose input gave no source.
const NoSource = "(none)"

// checkNotes returns an error naming the first note: value of n that is
// not a kind of note (archive.NoteKinds).
func checkNotes(n query.Node) error {
	var err error
	query.Walk(n, func(n query.Node) {
		var v string
		switch n := n.(type) {
		case *query.Word:
			if n.Field != query.FieldNote {
				return
			}
			v = n.Text
			if n.Prefix || n.Fuzzy > 0 {
				v += "*"
			}
		case *query.Phrase:
			if n.Field != query.FieldNote {
				return
			}
			v = n.Text
		default:
			return
		}
		if err == nil && !slices.Contains(archive.NoteKinds, archive.Key(v)) {
			err = fmt.Errorf("note:%s: a note is one of %s", v, strings.Join(archive.NoteKinds, ", "))
		}
	})
	return err
}

// BuildQuery turns a request's query text and filters into a Bleve query
// and returns the free-text terms to highlight.
func BuildQuery(req *Request) (bq.Query, []string, error) {
	if err := CheckFacetFields(req.FacetFields); err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrQuery, err)
	}
	var must []bq.Query
	var terms []string
	if req.Query != "" {
		n, err := query.Parse(req.Query)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: %w", ErrQuery, err)
		}
		if err := checkNotes(n); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", ErrQuery, err)
		}
		schema := Schema
		if req.resolved != nil {
			schema.Values = func(field, text string) []string { return req.resolved[[2]string{field, text}] }
		}
		q, err := schema.Query(n)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: %w", ErrQuery, err)
		}
		must = append(must, q)
		terms = query.Terms(n)
	}
	filter := func(field string, vals []string) {
		for _, v := range vals {
			if field == FieldSource && strings.EqualFold(strings.TrimSpace(v), NoSource) {
				// Articles without a source: no term in the field.
				some := bq.NewWildcardQuery("*")
				some.SetField(field + keySuffix)
				none := bq.NewBooleanQuery([]bq.Query{bq.NewMatchAllQuery()}, nil, []bq.Query{some})
				must = append(must, none)
				continue
			}
			keys := req.resolved[[2]string{field, v}]
			if len(keys) == 0 {
				keys = []string{archive.Key(v)}
			}
			var qs []bq.Query
			for _, k := range keys {
				tq := bq.NewTermQuery(k)
				tq.SetField(field + keySuffix)
				qs = append(qs, tq)
			}
			if len(qs) == 1 {
				must = append(must, qs[0])
			} else {
				must = append(must, bq.NewDisjunctionQuery(qs))
			}
		}
	}
	filter(FieldPerson, req.Persons)
	filter(FieldCountry, req.Countries)
	filter(FieldOrg, req.Orgs)
	filter(FieldTopic, req.Topics)
	filter(FieldSource, req.Sources)
	var q bq.Query
	switch len(must) {
	case 0:
	case 1:
		q = must[0]
	default:
		q = bq.NewConjunctionQuery(must)
	}
	if req.From.IsZero() && req.To.IsZero() {
		if q == nil {
			q = bq.NewMatchAllQuery()
		}
		return q, terms, nil
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.To.Before(req.From) {
		return nil, nil, fmt.Errorf("%w: last day %s is before first day %s", ErrQuery, req.To.Format(archive.DateLayout), req.From.Format(archive.DateLayout))
	}
	// The years query.Period accepts (Bleve's datetime limits); a zero end
	// is open.
	for _, t := range []time.Time{req.From, req.To} {
		if !t.IsZero() && (t.Year() < query.MinYear || t.Year() > query.MaxYear) {
			return nil, nil, fmt.Errorf("%w: %s: dates can be searched from %d to %d", ErrQuery, t.Format(archive.DateLayout), query.MinYear, query.MaxYear)
		}
	}
	start, end := req.From, time.Time{}
	if !req.To.IsZero() {
		end = req.To.AddDate(0, 0, 1) // inclusive of the whole last day
	}
	if q == nil {
		// Dates alone: the postings of the range.
		if q = Schema.Dates.Range(start, end); q == nil {
			q = bq.NewMatchNoneQuery()
		}
		return q, terms, nil
	}
	return Schema.Dates.Filter(q, start, end), terms, nil
}

// Search runs req against the index and fills the hits from the store.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	start := time.Now()
	resolved, err := ix.ResolveRequest(ctx, &req)
	if err != nil {
		return nil, err
	}
	q, terms, err := BuildQuery(&req)
	if err != nil {
		return nil, err
	}
	if req.Size <= 0 {
		req.Size = DefaultSize
	}
	if req.FacetSize <= 0 {
		req.FacetSize = DefaultFacetSize
	}
	if req.Sort == "" && len(terms) == 0 {
		// Nothing to rank by (no words, only filters and dates): the
		// scores would only reflect how rare a filter's value or a date
		// term is. List the articles in the order they were published.
		req.Sort = "date"
	}
	order, score, err := sortOrder(req.Sort)
	if err != nil {
		return nil, err
	}
	var (
		hits     search.DocumentMatchCollection
		versions [][]string // near-duplicates folded into each hit
		total    uint64
		facets   map[string][]FacetValue
	)
	copies := 0
	req.facetCopies = &copies
	if req.AllVersions {
		hits, total, facets, err = ix.run(ctx, q, order, score, req)
	} else {
		hits, versions, total, facets, err = ix.collapse(ctx, q, req, true)
	}
	if err != nil {
		return nil, err
	}
	out := &Result{Total: total, Hits: make([]Hit, len(hits)), Facets: facets, Resolved: resolved, Notes: Notes(resolved)}
	if facets != nil {
		out.FacetsCount, out.FacetCopies = CountStories, copies
		if req.AllVersions {
			out.FacetsCount = CountArticles
		}
	}
	hl := newHighlighter(ix, terms, req.Mark, req.SnippetLen)
	// Each hit is read from the store and gets its snippet on its own:
	// spread them over the cores (a page of 10 took a third of a 13,000-hit
	// term query's time on one).
	errs := make([]error, len(hits))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (len(hits)+3)/4) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(hits); i = int(next.Add(1) - 1) {
				a, err := ix.Store.Get(hits[i].ID)
				if err != nil {
					errs[i] = fmt.Errorf("search: %w: %w", ErrDisagree, err)
					continue
				}
				hit := HitOf(a)
				hit.Score = hits[i].Score
				hit.Snippet = hl.snippet(a)
				if versions != nil {
					hit.Versions, hit.VersionIDs = len(versions[i]), versions[i]
				}
				out.Hits[i] = hit
			}
		})
	}
	wg.Wait()
	// A damaged record (a bad disk block) is the hit's alone: skip it and
	// say so, the other hits stand.
	kept := out.Hits[:0]
	for i, err := range errs {
		if err == nil {
			kept = append(kept, out.Hits[i])
			continue
		}
		id, damaged := archive.Damaged(err)
		if !damaged {
			return nil, err
		}
		out.Notes = append(out.Notes, fmt.Sprintf("article %q is a damaged record in the store: left out of these hits (a repair of the archive quarantines it; re-ingest its source to bring it back)", id))
	}
	out.Hits = kept
	out.Notes = append(out.Notes, query.Hints(req.Query)...)
	if out.Total < suggestBelow && req.Offset == 0 {
		more, err := ix.suggest(ctx, &req)
		if err != nil {
			return nil, err
		}
		out.Notes = append(out.Notes, more...)
	}
	out.Took = time.Since(start)
	out.TookMS = float64(out.Took.Microseconds()) / 1000
	return out, nil
}

// HitOf returns the hit fields of an article, without score and snippet.
func HitOf(a *archive.Article) Hit {
	return Hit{
		ID: a.ID, Title: a.Title, Date: a.DateString(), Source: a.Source, URL: a.URL,
		Persons: nonNil(a.Persons), Countries: nonNil(a.CountryNames()), Orgs: nonNil(a.Orgs), Topics: nonNil(a.Topics),
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// run searches one snapshot of the index: the top hits in order, the total,
// and, when asked, the facet counts over all hits.
func (ix *Index) run(ctx context.Context, q bq.Query, order search.SortOrder, score string, req Request) (search.DocumentMatchCollection, uint64, map[string][]FacetValue, error) {
	reader, err := ix.snapshot()
	if err != nil {
		return nil, 0, nil, fmt.Errorf("search: %w", err)
	}
	defer reader.Close()
	opts := search.SearcherOptions{Score: score}
	searcher, err := q.Searcher(ctx, reader, ix.bi.Mapping(), opts)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("search: %w", err)
	}
	defer searcher.Close()
	snap, canFacet := reader.(*scorch.IndexSnapshot)
	withFacets := req.Facets && canFacet
	hits, total, nums, err := ix.collect(ctx, q, reader, searcher, opts, order, req, withFacets)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("search: %w", err)
	}
	if err := setGroups(reader, hits, req.groups); err != nil {
		return nil, 0, nil, err
	}
	if !withFacets {
		return hits, total, nil, nil
	}
	if !slices.IsSorted(nums) { // the hits of two halves (parallel.go)
		slices.Sort(nums)
	}
	size := map[string]int{}
	for _, f := range req.FacetFields {
		size[f] = req.FacetSize
	}
	if len(size) == 0 {
		for _, f := range FacetFields {
			size[f] = req.FacetSize
		}
		size[FieldYear] = 0
	}
	if _, ok := size[FieldYear]; ok {
		size[FieldYear] = 0 // every year, for timelines
	}
	recorded := nums // back to the pool when counted
	if !req.AllVersions {
		var dropped int
		if nums, dropped, err = ix.dropCopies(snap, nums); err != nil {
			return nil, 0, nil, fmt.Errorf("search: %w", err)
		}
		if req.facetCopies != nil {
			*req.facetCopies = dropped
		}
	}
	facets, err := ix.facets.count(ctx, snap, nums, size)
	putNums(recorded)
	if err != nil {
		return nil, 0, nil, err
	}
	years := facets[FieldYear]
	sort.Slice(years, func(i, j int) bool { return years[i].Value < years[j].Value })
	return hits, total, facets, nil
}
