package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"chancery/bench/engine"
)

// Fresh-process classes: the bench's query classes as a user of the CLI
// runs them, plus the faceted search with the six facets `search --facets`
// counts by default, and the facet queries' words with a filter: the
// country their warm facets counted most (--country), and ten years
// (--from, --to).
const (
	freshFacet6 = "facet6"
	freshFilter = "filter"
	freshDates  = "dates"
)

// freshClasses lists the fresh-process classes in report order.
var freshClasses = append(append([]string(nil), engine.Classes...), freshFacet6, freshFilter, freshDates)

// freshFrom and freshTo are the years of the dates class, inclusive.
const freshFrom, freshTo = 2005, 2014

// freshQuery is one query of a fresh-process class: the query, its filter
// arguments, and the total the warm run implies (-1: none to check).
type freshQuery struct {
	i     int // index in the query set
	q     engine.Query
	extra []string
	want  int
}

// freshQueries returns the queries of class, with what the warm results
// (nil: none) say their totals must be. The filter and dates classes take
// the facet queries' words; their totals come from the warm facet counts
// (the top country's count, the hits per year in the range). A class
// without queries (dates on a corpus outside those years) is empty.
func freshQueries(class string, qs []engine.Query, warm []engine.Result) []freshQuery {
	var out []freshQuery
	for i, q := range qs {
		fq := freshQuery{i: i, q: q, want: -1}
		var w *engine.Result
		if i < len(warm) {
			w = &warm[i]
		}
		switch class {
		case freshFacet6, freshFilter, freshDates:
			if q.Class != engine.ClassFacet {
				continue
			}
		default:
			if q.Class != class {
				continue
			}
			if w != nil {
				fq.want = w.Total
			}
		}
		switch class {
		case freshFacet6:
			if w != nil {
				fq.want = w.Total
			}
		case freshFilter:
			if w == nil || len(w.TopCountries) == 0 {
				continue
			}
			top := w.TopCountries[0]
			k := strings.LastIndexByte(top, ':')
			n, err := strconv.Atoi(top[k+1:])
			if k < 0 || err != nil {
				continue
			}
			fq.extra, fq.want = []string{"--country", top[:k]}, n
		case freshDates:
			if w == nil || w.Years == nil {
				continue
			}
			n := 0
			for y := freshFrom; y <= freshTo; y++ {
				n += w.Years[strconv.Itoa(y)]
			}
			if n == 0 {
				continue
			}
			fq.extra, fq.want = []string{"--from", strconv.Itoa(freshFrom), "--to", strconv.Itoa(freshTo)}, n
		}
		out = append(out, fq)
	}
	return out
}

// freshReport is what the fresh-process runs measured for one class.
type freshReport struct {
	// TookMs is the took_ms the search command prints (index.Search's own
	// time, from the query to the page and facets).
	TookMs engine.Latency `json:"took_ms"`
	// Process is the wall time of the whole process, from starting it to
	// its exit, with its JSON output read.
	Process engine.Latency `json:"process"`
}

// searchArgs returns the search command line for one query of class: the
// same query as the warm in-process run, in the query language of the
// command line. The facet class counts the baselines' three facets; facet6
// counts all six (--facets).
func searchArgs(dir, class string, q engine.Query, extra []string) []string {
	args := append([]string{"--archive", dir, "--json"}, extra...)
	switch class {
	case engine.ClassFacet:
		args = append(args, "--facet-fields", "country,topic,year", "--facet-size", "10", "--all-versions")
	case freshFacet6:
		args = append(args, "--facets", "--facet-size", "10", "--all-versions")
	}
	args = append(args, "--")
	switch q.Class {
	case engine.ClassAnd:
		return append(args, q.Terms[0], "AND", q.Terms[1])
	case engine.ClassPhrase:
		return append(args, `"`+strings.Join(q.Terms, " ")+`"`)
	}
	return append(args, q.Terms[0])
}

// freshOutput is the part of `search --json` the bench reads.
type freshOutput struct {
	Total  int     `json:"total"`
	TookMS float64 `json:"took_ms"`
	Facets map[string][]struct {
		Value string `json:"value"`
		Count int    `json:"count"`
	} `json:"facets"`
}

// fresh runs the search binary as a new process for every query, runs
// times per class (cycling through the class's queries, after one untimed
// run of each so that the page cache holds what a repeated search finds
// there), and checks each answer's total against warm, the totals of the
// warm in-process run (nil: no check).
func (r *runner) fresh(ctx context.Context, search, dir string, runs int, warm []engine.Result) (map[string]freshReport, []string, error) {
	out := map[string]freshReport{}
	var mism []string
	qs := r.queriesList()
	for _, class := range freshClasses {
		items := freshQueries(class, qs, warm)
		if len(items) == 0 {
			continue
		}
		for _, it := range items {
			res, _, err := runSearch(ctx, search, searchArgs(dir, class, it.q, it.extra))
			if err != nil {
				return nil, nil, err
			}
			if it.want >= 0 && it.want != res.Total {
				mism = append(mism, fmt.Sprintf("%s %s (%s): fresh search process %d hits, the warm in-process run says %d", it.q, strings.Join(it.extra, " "), class, res.Total, it.want))
			}
			if class == engine.ClassFacet && it.i < len(warm) && warm[it.i].Years != nil {
				years := map[string]int{}
				for _, v := range res.Facets["year"] {
					years[v.Value] = v.Count
				}
				if !sameCounts(years, warm[it.i].Years) {
					mism = append(mism, fmt.Sprintf("%s: fresh search process and warm in-process hits per year differ", it.q))
				}
			}
		}
		var took, wall []time.Duration
		for n := 0; n < runs; n++ {
			it := items[n%len(items)]
			res, d, err := runSearch(ctx, search, searchArgs(dir, class, it.q, it.extra))
			if err != nil {
				return nil, nil, err
			}
			took = append(took, time.Duration(res.TookMS*float64(time.Millisecond)))
			wall = append(wall, d)
		}
		out[class] = freshReport{TookMs: engine.Summarise(took), Process: engine.Summarise(wall)}
	}
	return out, mism, nil
}

// runSearch runs one search process and returns its parsed JSON and its
// wall time, start to exit.
func runSearch(ctx context.Context, search string, args []string) (freshOutput, time.Duration, error) {
	cmd := exec.CommandContext(ctx, search, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t := time.Now()
	err := cmd.Run()
	d := time.Since(t)
	var res freshOutput
	if err != nil {
		return res, d, fmt.Errorf("search %v: %v: %s", args, err, firstLine(stderr.String()))
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return res, d, fmt.Errorf("search %v: read its JSON: %v", args, err)
	}
	return res, d, nil
}
