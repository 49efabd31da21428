package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"chancery/bench/engine"

	"github.com/spf13/pflag"
)

// childCommand is the hidden subcommand the bench re-executes itself with,
// so that each engine ingests and answers queries in a process of its own:
// its peak RSS and its time are its own.
const childCommand = "__engine"

// childOptions are the hidden subcommand's flags.
type childOptions struct {
	Mode   string // prepare, ingest or query
	Engine string
	Corpus string // JSON file describing the corpusFiles (ingest)
	Query  engine.QueryOptions

	// prepare mode: the corpus to write into Query.Dir.
	Kind     string
	Articles int
	Seed     uint64
}

// ingestReport is what an ingest child prints on stdout.
type ingestReport struct {
	Docs    int     `json:"docs"`
	Seconds float64 `json:"seconds"` // from opening the corpus to the index closed
}

// prepareReport is what a prepare child prints on stdout.
type prepareReport struct {
	Corpus  corpusFiles    `json:"corpus"`
	Seconds float64        `json:"seconds"`
	Queries []engine.Query `json:"queries"`
	// CorpusDesc and QueriesPath are the files the other children read.
	CorpusDesc  string `json:"corpus_desc"`
	QueriesPath string `json:"queries_path"`
}

// runChild is the hidden subcommand: prepare the corpus, ingest it with
// one engine, or time the query set on one engine.
func runChild(ctx context.Context, args []string, stdout io.Writer) error {
	var o childOptions
	fs := pflag.NewFlagSet(childCommand, pflag.ContinueOnError)
	fs.StringVar(&o.Mode, "mode", "", "prepare, ingest or query")
	fs.StringVar(&o.Engine, "engine", "", "engine name")
	fs.StringVar(&o.Corpus, "corpus", "", "corpus description (JSON)")
	o.Query.AddFlags(fs)
	fs.StringVar(&o.Kind, "kind", corpusSynthetic, "prepare: synthetic, news or reuters")
	fs.IntVar(&o.Articles, "articles", 1000, "prepare: synthetic articles")
	fs.Uint64Var(&o.Seed, "seed", 1, "prepare: seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	switch o.Mode {
	case "prepare":
		rep, err := prepare(o)
		if err != nil {
			return err
		}
		return enc.Encode(rep)
	case "ingest":
		var cf corpusFiles
		b, err := os.ReadFile(o.Corpus)
		if err != nil {
			return fmt.Errorf("read corpus description: %w", err)
		}
		if err := json.Unmarshal(b, &cf); err != nil {
			return fmt.Errorf("read corpus description %s: %w", o.Corpus, err)
		}
		rep, err := childIngest(ctx, o, cf)
		if err != nil {
			return err
		}
		return enc.Encode(rep)
	case "query":
		return engine.Serve(ctx, o.Query, stdout, func(dir string, years []int) (engine.Searcher, error) {
			return openSearcher(o.Engine, dir, years)
		})
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
	corpusDir := filepath.Join(o.Query.Dir, "corpus")
	if err := os.MkdirAll(corpusDir, 0o755); err != nil {
		return rep, err
	}
	start := time.Now()
	var err error
	switch o.Kind {
	case corpusSynthetic:
		rep.Corpus, err = writeCorpus(corpusDir, corpusSynthetic, newGenerator(genOptions{Articles: o.Articles, Seed: o.Seed}))
	case corpusNews:
		rep.Corpus, err = writeCorpus(corpusDir, corpusNews, newGenerator(genOptions{Articles: o.Articles, Seed: o.Seed, News: true}))
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
	rep.CorpusDesc = filepath.Join(o.Query.Dir, "corpus.json")
	if err := writeJSON(rep.CorpusDesc, rep.Corpus); err != nil {
		return rep, err
	}
	if rep.Queries, err = pickQueries(rep.Corpus, pickOptions{}); err != nil {
		return rep, err
	}
	rep.QueriesPath = filepath.Join(o.Query.Dir, "queries.json")
	return rep, engine.WriteQuerySet(rep.QueriesPath, engine.QuerySet{Years: corpusYears(rep.Corpus), Queries: rep.Queries})
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
		n, err = ingestBleve(ctx, o.Query.Dir, cr)
	case engineFTS5:
		n, err = ingestFTS5(ctx, o.Query.Dir, cr)
	default:
		return ingestReport{}, fmt.Errorf("engine %q does not ingest in-process", o.Engine)
	}
	if err != nil {
		return ingestReport{}, err
	}
	return ingestReport{Docs: n, Seconds: time.Since(start).Seconds()}, nil
}

// corpusYears lists the years facet buckets cover: the synthetic corpus's
// 25, or Reuters' 1986..1988 (the engines report only buckets with hits).
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

func openSearcher(eng, dir string, years []int) (engine.Searcher, error) {
	switch eng {
	case engineBleve:
		return openBleve(dir, years)
	case engineFTS5:
		return openFTS5(dir)
	}
	return nil, fmt.Errorf("engine %q answers queries in its own binary", eng)
}
