package searchcmd

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"chancery/index"
	"chancery/timeline"
)

// bucketJSON is one period of a timeline.
type bucketJSON struct {
	Period string `json:"period"`
	Count  int    `json:"count"`
	// Top are the most frequent facet values of the period (--facet).
	Top []timeline.ValueCount `json:"top,omitempty"`
}

// seriesJSON is the timeline of one query.
type seriesJSON struct {
	Query string `json:"query"`
	// Total counts every matching story (each near-duplicate group once;
	// every article with --all-versions: Counts says which); Undated those
	// without a date, which no bucket holds.
	Total   uint64       `json:"total"`
	Counts  string       `json:"counts"`
	Undated int          `json:"undated,omitempty"`
	By      string       `json:"by"`
	Facet   string       `json:"facet,omitempty"`
	Buckets []bucketJSON `json:"buckets"`
}

// compareJSON is the JSON shape of a timeline with --compare.
type compareJSON struct {
	By     string       `json:"by"`
	Series []seriesJSON `json:"series"`
}

const timelineUsage = `Usage: search timeline [flags] QUERY

Counts the articles matching QUERY (and the filters) per year, month or
week, over all matches, and draws them as bars. --compare adds queries side
by side; --facet person shows the top values of a facet in each period.

  search timeline --by month Lavrov
  search timeline --by year --svg oil.svg --csv oil.csv oil
  search timeline --by month Iraq --compare Iran --compare Kuwait
  search timeline --by month --facet person --top 3 --country Iraq

Flags:
`

type timelineOptions struct {
	searchOptions
	By       string
	CSV, SVG string
	Compare  []string
	Facet    string
	Top      int
	Title    string
	Width    int
}

func runTimeline(ctx context.Context, args []string, env Env) error {
	var o timelineOptions
	fs := newFlagSet("search timeline", env.Stderr)
	o.searchOptions.addFlags(fs)
	for _, name := range []string{"size", "page", "facets", "facet-size", "sort", "kwic", "kwic-context", "cite", "bom"} {
		fs.MarkHidden(name)
	}
	fs.StringVar(&o.By, "by", "", "period: year, month or week (default: by the span of the dates)")
	fs.StringVar(&o.CSV, "csv", "", "also write the counts to this CSV file (- for standard output)")
	fs.StringVar(&o.SVG, "svg", "", "also draw the chart to this SVG file (- for standard output)")
	fs.StringArrayVar(&o.Compare, "compare", nil, "another query to count side by side, with its own filters if any: --compare \"--country US trade\" (repeatable)")
	fs.StringVar(&o.Facet, "facet", "", "show the top values of this facet per period: person, country, org, topic or source")
	fs.IntVar(&o.Top, "top", 3, "values per period with --facet")
	fs.StringVar(&o.Title, "title", "", "chart title (default: the query)")
	fs.IntVar(&o.Width, "width", 50, "width of the longest terminal bar")
	fs.Lookup("format").Usage = "output: text (default), json or csv"
	fs.Usage = func() { fmt.Fprint(env.Stderr, timelineUsage+fs.FlagUsages()) }
	if err := parse(fs, args); err != nil {
		return err
	}
	unit, err := o.check()
	if err != nil {
		return err
	}
	base, err := o.request(nil)
	if err != nil {
		return err
	}
	queries := append([]string{strings.Join(fs.Args(), " ")}, o.Compare...)
	if queries[0] == "" && len(o.Compare) > 0 {
		queries = queries[1:]
	}
	// Each query's request: a compared query may carry its own filters
	// (--compare "--country US trade").
	reqs := make([]index.Request, len(queries))
	names := make([]string, len(queries))
	for i, q := range queries {
		reqs[i], names[i] = base, seriesName(q, base)
		reqs[i].Query = q
		if i > 0 || len(fs.Args()) == 0 {
			if reqs[i], names[i], err = compareRequest(q, base); err != nil {
				return err
			}
		}
	}
	ix, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()

	// One pass over the matches of each query: dates, and facet values.
	all := make([][]timeline.Dated, len(queries))
	totals := make([]uint64, len(queries))
	for i := range queries {
		req := reqs[i]
		resolved, err := ix.ResolveRequest(ctx, &req)
		if err != nil {
			return err
		}
		writeNotes(env.Stderr, index.Notes(resolved))
		totals[i], err = ix.EachDate(ctx, req, o.Facet, func(d time.Time, values []string) {
			h := timeline.Dated{Date: d}
			if o.Facet != "" {
				h.Values = append([]string(nil), values...)
			}
			all[i] = append(all[i], h)
		})
		if err != nil {
			return err
		}
	}
	first, last := timeline.Span(all...)
	if !base.From.IsZero() {
		first = base.From
	}
	if !base.To.IsZero() {
		last = base.To
	}
	if unit == "" {
		unit = timeline.AutoUnit(first, last)
	}
	periods, err := timeline.Periods(first, last, unit)
	if err != nil {
		return usagef("%v", err)
	}

	series := make([]seriesJSON, len(queries))
	chart := &timeline.Chart{Unit: unit, Title: o.Title}
	for _, p := range periods {
		chart.Periods = append(chart.Periods, p.Label)
	}
	for i, q := range queries {
		s := seriesJSON{Query: q, Total: totals[i], Counts: counted(base.AllVersions), By: string(unit), Facet: o.Facet, Buckets: make([]bucketJSON, len(periods))}
		counts, undated := timeline.Count(periods, all[i])
		s.Undated = undated
		for p, per := range periods {
			s.Buckets[p] = bucketJSON{Period: per.Label, Count: counts[p]}
		}
		series[i] = s
		chart.Series = append(chart.Series, timeline.Series{Name: names[i], Counts: counts})
	}
	var facetChart *timeline.Chart
	if o.Facet != "" && len(queries) == 1 {
		facetChart = facetTimeline(&series[0], chart, periods, all[0], o.Top)
	}
	if chart.Title == "" {
		chart.Title = chartTitle(queries, base, unit, o.Facet)
		if len(queries) > 1 {
			chart.Title = chartTitleNamed(names, queries, base, unit)
		}
	}

	// Files first, then standard output.
	svg := chart
	if facetChart != nil {
		svg = facetChart
		svg.Title = chart.Title
	}
	if o.SVG != "" {
		if err := writeTo(o.SVG, env.Stdout, svg.WriteSVG); err != nil {
			return err
		}
	}
	if o.CSV != "" {
		if err := writeTo(o.CSV, env.Stdout, svg.WriteCSV); err != nil {
			return err
		}
	}
	if o.SVG == "-" || o.CSV == "-" {
		return nil
	}
	switch o.out.Format {
	case formatJSON:
		if len(series) == 1 {
			return writeJSON(env.Stdout, series[0])
		}
		return writeJSON(env.Stdout, compareJSON{By: string(unit), Series: series})
	case formatCSV:
		return svg.WriteCSV(env.Stdout)
	}
	if len(periods) == 0 {
		fmt.Fprintf(env.Stdout, "no dated articles match (%d %s)\n", totals[0], countWord(int(totals[0]), base.AllVersions))
		return nil
	}
	if err := chart.WriteText(env.Stdout, o.Width); err != nil {
		return err
	}
	for _, s := range series {
		line := fmt.Sprintf("%d %s", s.Total, countWord(int(s.Total), base.AllVersions))
		if len(series) > 1 {
			line = names[slices.IndexFunc(series, func(x seriesJSON) bool { return x.Query == s.Query })] + ": " + line
		}
		if s.Undated > 0 {
			line += fmt.Sprintf(", %d undated (not shown)", s.Undated)
		}
		fmt.Fprintln(env.Stdout, line)
	}
	return nil
}

// counted says what a timeline counts: index.CountStories, or
// index.CountArticles with --all-versions.
func counted(allVersions bool) string {
	if allVersions {
		return index.CountArticles
	}
	return index.CountStories
}

// countWord is "article" or "articles" after n with --all-versions, else
// "story" or "stories" (each near-duplicate group counts once).
func countWord(n int, allVersions bool) string {
	if allVersions {
		return plural(n, "article", "articles")
	}
	return plural(n, "story", "stories")
}

// check checks the flags that only a timeline takes and returns the
// period unit asked for ("" to pick one by the span of the dates).
func (o *timelineOptions) check() (timeline.Unit, error) {
	if err := o.out.resolve(o.JSON); err != nil {
		return "", err
	}
	switch o.out.Format {
	case formatText, formatJSON, formatCSV:
	default:
		return "", usagef("timeline --format %s: use text, json or csv", o.out.Format)
	}
	if o.Facet != "" {
		if !isFacet(o.Facet) {
			return "", usagef("--facet %q: use one of %s", o.Facet, strings.Join(index.FacetFields, ", "))
		}
		if len(o.Compare) > 0 {
			return "", usagef("--facet and --compare do not combine: run them apart")
		}
		if o.Top < 1 || o.Top > 20 {
			return "", usagef("--top must be between 1 and 20, not %d", o.Top)
		}
	}
	if o.CSV != "" && o.SVG != "" && o.CSV == "-" && o.SVG == "-" {
		return "", usagef("--csv - and --svg - cannot both write to standard output")
	}
	var unit timeline.Unit
	if o.By != "" {
		var err error
		if unit, err = timeline.ParseUnit(o.By); err != nil {
			return "", usagef("--by: %v", err)
		}
	}
	return unit, nil
}

// facetTimeline fills the top facet values of each period into s and
// chart.Notes, and returns a chart with one series for each of the top
// values overall, counted in every period.
func facetTimeline(s *seriesJSON, chart *timeline.Chart, periods []timeline.Period, hits []timeline.Dated, top int) *timeline.Chart {
	perPeriod, topSeries := timeline.TopValues(periods, hits, top)
	chart.Notes = make([]string, len(perPeriod))
	for p, vals := range perPeriod {
		s.Buckets[p].Top = vals
		var parts []string
		for _, v := range vals {
			parts = append(parts, fmt.Sprintf("%s %d", v.Value, v.Count))
		}
		chart.Notes[p] = strings.Join(parts, " · ")
	}
	return &timeline.Chart{Unit: chart.Unit, Periods: chart.Periods, YLabel: "articles naming the " + s.Facet, Series: topSeries}
}

func isFacet(name string) bool {
	for _, f := range index.FacetFields {
		if f == name {
			return true
		}
	}
	return false
}

// seriesName names a query's series: the query, or its filters when it
// has none.
func seriesName(q string, req index.Request) string {
	if q != "" {
		return q
	}
	var parts []string
	for _, f := range [][]string{req.Persons, req.Countries, req.Orgs, req.Topics, req.Sources} {
		parts = append(parts, f...)
	}
	if len(parts) == 0 {
		return "all articles"
	}
	return strings.Join(parts, ", ")
}

// chartTitle describes the chart: "Articles per month: Iraq, Iran".
func chartTitle(queries []string, req index.Request, unit timeline.Unit, facet string) string {
	var names []string
	for _, q := range queries {
		names = append(names, seriesName(q, req))
	}
	t := "Articles per " + string(unit) + ": " + strings.Join(names, " vs ")
	if facet != "" {
		t = "Top " + facet + " values per " + string(unit) + ": " + strings.Join(names, " vs ")
	}
	if queries[0] != "" {
		// the filters, which the series names leave out
		if f := seriesName("", req); f != "all articles" {
			t += " (" + f + ")"
		}
	}
	return t
}

// chartTitleNamed is chartTitle for compared series with their names.
func chartTitleNamed(names, queries []string, req index.Request, unit timeline.Unit) string {
	t := "Articles per " + string(unit) + ": " + strings.Join(names, " vs ")
	if queries[0] != "" {
		if f := seriesName("", req); f != "all articles" {
			t += " (" + f + ")"
		}
	}
	return t
}

// writeTo writes with write to the file path, or to stdout for "-". A
// file is written to a temporary sibling and renamed, so a failed run
// leaves no half chart.
func writeTo(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "-" {
		return write(stdout)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".chancery-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// absFileFlags returns args with the files of --svg and --csv made
// absolute, for a search forwarded to the writer, which runs in another
// working folder.
func absFileFlags(args []string) []string {
	out := append([]string(nil), args...)
	for i := 0; i < len(out); i++ {
		a := out[i]
		if a == "--" {
			break
		}
		for _, f := range []string{"--svg", "--csv"} {
			if a == f && i+1 < len(out) && out[i+1] != "-" {
				if p, err := filepath.Abs(out[i+1]); err == nil {
					out[i+1] = p
				}
				i++
			} else if v, ok := strings.CutPrefix(a, f+"="); ok && v != "-" {
				if p, err := filepath.Abs(v); err == nil {
					out[i] = f + "=" + p
				}
			}
		}
	}
	return out
}
