package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"
)

// Query classes, in the order they are reported.
const (
	ClassTerm   = "term"
	ClassAnd    = "and"
	ClassPhrase = "phrase"
	ClassFacet  = "facet"
)

// Classes lists the query classes in report order.
var Classes = []string{ClassTerm, ClassAnd, ClassPhrase, ClassFacet}

// Query is one benchmark query. Every engine translates it to its own
// syntax: Terms is one word (term, facet), two words that must both occur
// (and), or the words of a phrase in order (phrase).
type Query struct {
	Class string   `json:"class"`
	Terms []string `json:"terms"`
	// DF is the share of sampled documents that match, as estimated when
	// the query was chosen.
	DF float64 `json:"df"`
}

func (q Query) String() string {
	switch q.Class {
	case ClassAnd:
		return strings.Join(q.Terms, " AND ")
	case ClassPhrase:
		return `"` + strings.Join(q.Terms, " ") + `"`
	case ClassFacet:
		return q.Terms[0] + " +facets"
	}
	return strings.Join(q.Terms, " ")
}

// QuerySet is the file every query process reads: the queries, and the
// years that facet queries bucket dates into.
type QuerySet struct {
	Years   []int   `json:"years"`
	Queries []Query `json:"queries"`
}

// WriteQuerySet writes qs as JSON to path.
func WriteQuerySet(path string, qs QuerySet) error {
	b, err := json.MarshalIndent(qs, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// ReadQuerySet reads a query set written by WriteQuerySet.
func ReadQuerySet(path string) (QuerySet, error) {
	var qs QuerySet
	b, err := os.ReadFile(path)
	if err != nil {
		return qs, fmt.Errorf("read queries: %w", err)
	}
	if err := json.Unmarshal(b, &qs); err != nil {
		return qs, fmt.Errorf("read queries %s: %w", path, err)
	}
	return qs, nil
}

// Result is one query's answer, as much as the engines are compared on.
type Result struct {
	Total        int            `json:"total"`
	Hits         int            `json:"hits"`                    // results returned (top 10)
	Years        map[string]int `json:"years,omitempty"`         // facet queries: hits per year
	TopCountries []string       `json:"top_countries,omitempty"` // facet queries: "name:count", top 10 as the engine names them
}

// Searcher is an engine opened for queries.
type Searcher interface {
	Search(ctx context.Context, q Query) (Result, error)
	Close() error
}

// PageSearcher is an engine that can also answer a query as a product must
// show it: the top hits with their stored fields (title, date, source,
// names) and the query's words marked in a fragment of the text. Chancery's
// Search always does so (it reads the hits from its store and builds
// snippets); a raw engine's Search returns the hits' ids and scores only.
type PageSearcher interface {
	SearchPage(ctx context.Context, q Query) (Result, error)
}

// Shown is the suffix of the classes a PageSearcher is timed on with
// SearchPage: "term" + Shown are the term queries answered so.
const Shown = "+shown"

// ShownClasses are the classes timed with SearchPage as well.
var ShownClasses = []string{ClassTerm, ClassAnd}

// Latency summarises the timed runs of one query class.
type Latency struct {
	N      int     `json:"n"`
	P50ms  float64 `json:"p50_ms"`
	P99ms  float64 `json:"p99_ms"`
	MeanMs float64 `json:"mean_ms"`
}

// QueryReport is what a query process prints on stdout.
type QueryReport struct {
	OpenMs  float64            `json:"open_ms"`
	Classes map[string]Latency `json:"classes"`
	Results []Result           `json:"results"` // one per query, from its first run
}

// QueryOptions are the flags of a query process.
type QueryOptions struct {
	Dir     string // the engine's index or archive
	Queries string // a QuerySet file
	Reps    int    // timed runs per query class
	Warmup  int    // untimed runs of each query before timing
}

// AddFlags binds o to fs.
func (o *QueryOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Dir, "dir", "", "index directory")
	fs.StringVar(&o.Queries, "queries", "", "query set (JSON)")
	fs.IntVar(&o.Reps, "reps", 200, "timed runs per query class")
	fs.IntVar(&o.Warmup, "warmup", 5, "untimed runs of each query first")
}

// Serve opens an engine with open, times the query set on it and writes the
// QueryReport as JSON to stdout.
func Serve(ctx context.Context, o QueryOptions, stdout io.Writer, open func(dir string, years []int) (Searcher, error)) error {
	qs, err := ReadQuerySet(o.Queries)
	if err != nil {
		return err
	}
	start := time.Now()
	s, err := open(o.Dir, qs.Years)
	if err != nil {
		return err
	}
	defer s.Close()
	opened := time.Since(start)
	rep, err := Time(ctx, s, qs.Queries, o.Reps, o.Warmup)
	if err != nil {
		return err
	}
	rep.OpenMs = ms(opened)
	return json.NewEncoder(stdout).Encode(rep)
}

// Time runs each query warmup times untimed (keeping the first answer),
// then reps timed runs per class, cycling through the class's queries.
func Time(ctx context.Context, s Searcher, qs []Query, reps, warmup int) (QueryReport, error) {
	rep := QueryReport{Classes: map[string]Latency{}}
	for _, q := range qs {
		var first Result
		for i := 0; i < max(warmup, 1); i++ {
			r, err := s.Search(ctx, q)
			if err != nil {
				return rep, err
			}
			if i == 0 {
				first = r
			}
		}
		rep.Results = append(rep.Results, first)
	}
	for _, class := range Classes {
		var cqs []Query
		for _, q := range qs {
			if q.Class == class {
				cqs = append(cqs, q)
			}
		}
		if len(cqs) == 0 {
			continue
		}
		durs := make([]time.Duration, 0, reps)
		for i := 0; i < reps; i++ {
			q := cqs[i%len(cqs)]
			t := time.Now()
			if _, err := s.Search(ctx, q); err != nil {
				return rep, err
			}
			durs = append(durs, time.Since(t))
		}
		rep.Classes[class] = Summarise(durs)
	}
	if ps, ok := s.(PageSearcher); ok {
		for _, class := range ShownClasses {
			if err := timeClass(ctx, ps.SearchPage, qs, class, reps, warmup, rep.Classes, class+Shown); err != nil {
				return rep, err
			}
		}
	}
	return rep, nil
}

// timeClass times reps runs of search over the queries of class (cycling
// through them, after warmup untimed runs of each) into classes[name].
func timeClass(ctx context.Context, search func(context.Context, Query) (Result, error), qs []Query, class string, reps, warmup int, classes map[string]Latency, name string) error {
	var cqs []Query
	for _, q := range qs {
		if q.Class == class {
			cqs = append(cqs, q)
		}
	}
	if len(cqs) == 0 {
		return nil
	}
	for _, q := range cqs {
		for range warmup {
			if _, err := search(ctx, q); err != nil {
				return err
			}
		}
	}
	durs := make([]time.Duration, 0, reps)
	for i := 0; i < reps; i++ {
		q := cqs[i%len(cqs)]
		t := time.Now()
		if _, err := search(ctx, q); err != nil {
			return err
		}
		durs = append(durs, time.Since(t))
	}
	classes[name] = Summarise(durs)
	return nil
}

// Summarise returns the count, nearest-rank p50 and p99, and mean of durs.
func Summarise(durs []time.Duration) Latency {
	if len(durs) == 0 {
		return Latency{}
	}
	sorted := append([]time.Duration(nil), durs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var sum time.Duration
	for _, d := range sorted {
		sum += d
	}
	return Latency{
		N:      len(sorted),
		P50ms:  ms(Percentile(sorted, 50)),
		P99ms:  ms(Percentile(sorted, 99)),
		MeanMs: ms(sum / time.Duration(len(sorted))),
	}
}

// Percentile returns the nearest-rank p-th percentile of sorted durations.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	k := int(float64(len(sorted))*p/100+0.999999) - 1
	k = min(max(k, 0), len(sorted)-1)
	return sorted[k]
}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }
