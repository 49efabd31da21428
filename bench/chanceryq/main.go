// Command chanceryq is the Chancery side of the benchmark's queries: it
// opens an archive read-only through the product's index package and times
// the bench's query set with (*index.Index).Search, which also loads each
// hit from the store and builds its snippet, as the search command does.
// The bench builds and runs it; it is a binary of its own so that the bench
// command itself does not import the product and still runs its baselines
// while the product is being changed.
//
//	chanceryq --dir ARCHIVE --queries queries.json --reps 200
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"chancery/bench/engine"
	"chancery/index"

	"github.com/spf13/pflag"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	var o engine.QueryOptions
	fs := pflag.NewFlagSet("chanceryq", pflag.ContinueOnError)
	o.AddFlags(fs)
	code := 0
	if err := fs.Parse(os.Args[1:]); err != nil {
		code = 2
	} else if err := engine.Serve(ctx, o, os.Stdout, open); err != nil {
		fmt.Fprintf(os.Stderr, "chanceryq: %v\n", err)
		code = 1
	}
	stop()
	os.Exit(code)
}

// searcher answers benchmark queries on a Chancery archive.
type searcher struct {
	ix *index.Index
}

func open(dir string, _ []int) (engine.Searcher, error) {
	ix, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("open chancery archive %s: %w", dir, err)
	}
	return &searcher{ix: ix}, nil
}

// queryText writes a query in Chancery's query language.
func queryText(q engine.Query) string {
	switch q.Class {
	case engine.ClassAnd:
		return strings.Join(q.Terms, " AND ")
	case engine.ClassPhrase:
		return `"` + strings.Join(q.Terms, " ") + `"`
	}
	return q.Terms[0]
}

func (s *searcher) Search(ctx context.Context, q engine.Query) (engine.Result, error) {
	req := index.Request{Query: queryText(q), Size: 10}
	if q.Class == engine.ClassFacet {
		// the facets the baselines count: countries, topics, hits per
		// year, over every stored article as theirs are (Chancery's
		// facets count each near-duplicate story once by default)
		req.Facets, req.FacetSize, req.AllVersions = true, 10, true
		req.FacetFields = []string{index.FieldCountry, index.FieldTopic, index.FacetYear}
	}
	res, err := s.ix.Search(ctx, req)
	if err != nil {
		return engine.Result{}, fmt.Errorf("chancery search %s: %w", q, err)
	}
	out := engine.Result{Total: int(res.Total), Hits: len(res.Hits)}
	if q.Class == engine.ClassFacet {
		out.Years = map[string]int{}
		for _, v := range res.Facets[index.FacetYear] {
			out.Years[v.Value] = v.Count
		}
		for _, v := range res.Facets[index.FieldCountry] {
			out.TopCountries = append(out.TopCountries, fmt.Sprintf("%s:%d", v.Value, v.Count))
		}
	}
	return out, nil
}

func (s *searcher) Close() error { return s.ix.Close() }
