package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/spf13/pflag"
)

// childCommand is the hidden subcommand the bench re-executes itself with,
// so that each engine ingests and answers queries in a process of its own:
// its peak RSS and its time are its own.
const childCommand = "__engine"

// result is one query's answer, as much as the engines are compared on.
type result struct {
	Total        int            `json:"total"`
	Hits         int            `json:"hits"`                    // results returned (top 10)
	Years        map[string]int `json:"years,omitempty"`         // facet queries: hits per year
	TopCountries []string       `json:"top_countries,omitempty"` // facet queries: "name:count", top 10 as the engine names them
}

// searcher is an engine opened for queries.
type searcher interface {
	search(ctx context.Context, q query) (result, error)
	Close() error
}

// childOptions are the hidden subcommand's flags.
type childOptions struct {
	Mode    string // prepare, ingest or query
	Engine  string
	Dir     string
	Corpus  string // JSON file describing the corpusFiles
	Queries string // JSON file of queries (query mode)
	Reps    int    // timed repetitions per query class
	Warmup  int    // untimed runs of each query before timing

	// prepare mode: the corpus to write into Dir.
	Kind     string
	Articles int
	Seed     uint64
}

// prepareReport is what a prepare child prints on stdout.
type prepareReport struct {
	Corpus  corpusFiles `json:"corpus"`
	Seconds float64     `json:"seconds"`
	Queries []query     `json:"queries"`
	// CorpusDesc and QueriesPath are the files the other children read.
	CorpusDesc  string `json:"corpus_desc"`
	QueriesPath string `json:"queries_path"`
}

// ingestReport is what an ingest child prints on stdout.
type ingestReport struct {
	Docs    int     `json:"docs"`
	Seconds float64 `json:"seconds"` // from opening the corpus to the index closed
}

// latency summarises the timed runs of one query class.
type latency struct {
	N      int     `json:"n"`
	P50ms  float64 `json:"p50_ms"`
	P99ms  float64 `json:"p99_ms"`
	MeanMs float64 `json:"mean_ms"`
}

// queryReport is what a query child prints on stdout.
type queryReport struct {
	OpenMs  float64            `json:"open_ms"`
	Classes map[string]latency `json:"classes"`
	Results []result           `json:"results"` // one per query, from its first run
}

func runChild(ctx context.Context, args []string, stdout io.Writer) error {
	var o childOptions
	fs := pflag.NewFlagSet(childCommand, pflag.ContinueOnError)
	fs.StringVar(&o.Mode, "mode", "", "ingest or query")
	fs.StringVar(&o.Engine, "engine", "", "engine name")
	fs.StringVar(&o.Dir, "dir", "", "index directory")
	fs.StringVar(&o.Corpus, "corpus", "", "corpus description (JSON)")
	fs.StringVar(&o.Queries, "queries", "", "queries (JSON)")
	fs.IntVar(&o.Reps, "reps", 200, "timed runs per query class")
	fs.IntVar(&o.Warmup, "warmup", 5, "untimed runs of each query first")
	fs.StringVar(&o.Kind, "kind", corpusSynthetic, "prepare: synthetic or reuters")
	fs.IntVar(&o.Articles, "articles", 1000, "prepare: synthetic articles")
	fs.Uint64Var(&o.Seed, "seed", 1, "prepare: seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	if o.Mode == "prepare" {
		rep, err := prepare(o)
		if err != nil {
			return err
		}
		return enc.Encode(rep)
	}
	var cf corpusFiles
	b, err := os.ReadFile(o.Corpus)
	if err != nil {
		return fmt.Errorf("read corpus description: %w", err)
	}
	if err := json.Unmarshal(b, &cf); err != nil {
		return fmt.Errorf("read corpus description %s: %w", o.Corpus, err)
	}
	switch o.Mode {
	case "ingest":
		rep, err := childIngest(ctx, o, cf)
		if err != nil {
			return err
		}
		return enc.Encode(rep)
	case "query":
		qs, err := readQueries(o.Queries)
		if err != nil {
			return err
		}
		start := time.Now()
		s, err := openSearcher(o.Engine, o.Dir, corpusYears(cf))
		if err != nil {
			return err
		}
		defer s.Close()
		opened := time.Since(start)
		rep, err := timeQueries(ctx, s, qs, o.Reps, o.Warmup)
		if err != nil {
			return err
		}
		rep.OpenMs = ms(opened)
		return enc.Encode(rep)
	}
	return fmt.Errorf("unknown mode %q", o.Mode)
}

// prepare writes the corpus into o.Dir/corpus, describes it in
// o.Dir/corpus.json and chooses the queries into o.Dir/queries.json. It runs
// in a child so that the parent stays small: on Linux a child's peak RSS
// starts from its parent's (exec inherits the vfork parent's high-water
// mark), so a parent that had generated the corpus in-process would inflate
// every engine's figure.
func prepare(o childOptions) (prepareReport, error) {
	var rep prepareReport
	corpusDir := filepath.Join(o.Dir, "corpus")
	if err := os.MkdirAll(corpusDir, 0o755); err != nil {
		return rep, err
	}
	start := time.Now()
	var err error
	switch o.Kind {
	case corpusSynthetic:
		rep.Corpus, err = writeCorpus(corpusDir, corpusSynthetic, newGenerator(genOptions{Articles: o.Articles, Seed: o.Seed}))
	case corpusReuters:
		dir, ok := findShared(filepath.Join("corpora", "reuters21578"))
		if !ok {
			return rep, errNoReuters
		}
		var rr *reutersReader
		if rr, err = newReutersReader(dir); err == nil {
			rep.Corpus, err = writeCorpus(corpusDir, corpusReuters, rr)
		}
	default:
		err = fmt.Errorf("unknown corpus %q", o.Kind)
	}
	if err != nil {
		return rep, fmt.Errorf("write corpus: %w", err)
	}
	rep.Seconds = time.Since(start).Seconds()
	rep.CorpusDesc = filepath.Join(o.Dir, "corpus.json")
	if err := writeJSON(rep.CorpusDesc, rep.Corpus); err != nil {
		return rep, err
	}
	if rep.Queries, err = pickQueries(rep.Corpus, pickOptions{}); err != nil {
		return rep, err
	}
	rep.QueriesPath = filepath.Join(o.Dir, "queries.json")
	return rep, writeQueries(rep.QueriesPath, rep.Queries)
}

func childIngest(ctx context.Context, o childOptions, cf corpusFiles) (ingestReport, error) {
	start := time.Now()
	cr, err := openCorpus(cf)
	if err != nil {
		return ingestReport{}, err
	}
	defer cr.Close()
	var n int
	switch o.Engine {
	case engineBleve:
		n, err = ingestBleve(ctx, o.Dir, cr)
	case engineFTS5:
		n, err = ingestFTS5(ctx, o.Dir, cr)
	default:
		return ingestReport{}, fmt.Errorf("engine %q does not ingest in-process", o.Engine)
	}
	if err != nil {
		return ingestReport{}, err
	}
	return ingestReport{Docs: n, Seconds: time.Since(start).Seconds()}, nil
}

// corpusYears lists the years facet buckets cover: the synthetic corpus's
// 25, or Reuters' 1987 (the engines report only buckets with hits).
func corpusYears(cf corpusFiles) []int {
	var ys []int
	first, last := 2000, 2024
	if cf.Name == corpusReuters {
		first, last = 1986, 1988
	}
	for y := first; y <= last; y++ {
		ys = append(ys, y)
	}
	return ys
}

// timeQueries runs each query Warmup times untimed (keeping the first
// answer), then reps timed runs per class, cycling through the class's
// queries.
func timeQueries(ctx context.Context, s searcher, qs []query, reps, warmup int) (queryReport, error) {
	rep := queryReport{Classes: map[string]latency{}}
	for _, q := range qs {
		var first result
		for i := 0; i < max(warmup, 1); i++ {
			r, err := s.search(ctx, q)
			if err != nil {
				return rep, err
			}
			if i == 0 {
				first = r
			}
		}
		rep.Results = append(rep.Results, first)
	}
	for _, class := range queryClasses {
		var cqs []query
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
			if _, err := s.search(ctx, q); err != nil {
				return rep, err
			}
			durs = append(durs, time.Since(t))
		}
		rep.Classes[class] = summarise(durs)
	}
	return rep, nil
}

func summarise(durs []time.Duration) latency {
	if len(durs) == 0 {
		return latency{}
	}
	sorted := append([]time.Duration(nil), durs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var sum time.Duration
	for _, d := range sorted {
		sum += d
	}
	return latency{
		N:      len(sorted),
		P50ms:  ms(percentile(sorted, 50)),
		P99ms:  ms(percentile(sorted, 99)),
		MeanMs: ms(sum / time.Duration(len(sorted))),
	}
}

// percentile returns the nearest-rank p-th percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	k := int(float64(len(sorted))*p/100+0.999999) - 1
	k = min(max(k, 0), len(sorted)-1)
	return sorted[k]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func openSearcher(engine, dir string, years []int) (searcher, error) {
	switch engine {
	case engineBleve:
		return openBleve(dir, years)
	case engineFTS5:
		return openFTS5(dir)
	case engineChancery:
		return openChancery(dir)
	}
	return nil, fmt.Errorf("unknown engine %q", engine)
}
