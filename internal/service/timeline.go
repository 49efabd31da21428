package service

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"chancery/index"
	"chancery/timeline"

	"github.com/spf13/pflag"
)

// TimelineRequest asks for the number of articles matching one or more
// queries per period.
type TimelineRequest struct {
	// Search holds the query and the filters every series shares; its
	// paging and output fields do not apply.
	Search SearchRequest
	// Compare are more queries counted side by side; each may hold
	// filters of its own, written as flags: "--country US trade",
	// `--person "Paul Volcker" rates`.
	Compare []string
	// By is the period: year, month, week, or "" to pick one by the span
	// of the dates.
	By string
	// Facet, when set, adds the Top values of that facet in each period
	// (one query only).
	Facet string
	Top   int
	// Title is the chart's title ("" describes the queries).
	Title string
}

// Bucket is one period of a timeline.
type Bucket struct {
	Period string `json:"period"`
	Count  int    `json:"count"`
	// Top are the most frequent facet values of the period.
	Top []timeline.ValueCount `json:"top,omitempty"`
}

// Series is the timeline of one query.
type Series struct {
	Query string `json:"query"`
	// Total counts every matching story (each near-duplicate group once;
	// every article with all versions: Counts says which); Undated those
	// without a date, which no bucket holds.
	Total   uint64   `json:"total"`
	Counts  string   `json:"counts"`
	Undated int      `json:"undated,omitempty"`
	By      string   `json:"by"`
	Facet   string   `json:"facet,omitempty"`
	Buckets []Bucket `json:"buckets"`
	// Notes say how the request was read (Timeline.Notes), in the JSON of
	// a timeline of one query.
	Notes []string `json:"notes,omitempty"`
}

// Compared is the JSON of a timeline of more than one query.
type Compared struct {
	By     string   `json:"by"`
	Series []Series `json:"series"`
	Notes  []string `json:"notes,omitempty"`
}

// Timeline is the answer of a timeline request.
type Timeline struct {
	Unit timeline.Unit
	// Series are the queries' counts; Names name them for people (the
	// query, then its own filters).
	Series []Series
	Names  []string
	// Chart holds the series' counts per period; Drawn is what to draw
	// and write as CSV: Chart, or with a facet the top values' counts.
	Chart, Drawn *timeline.Chart
	// Notes say how the requests were read.
	Notes []string
}

// JSON is the timeline's JSON: one series, or the Compared series.
func (t *Timeline) JSON() any {
	if len(t.Series) == 1 {
		s := t.Series[0]
		s.Notes = t.Notes
		return s
	}
	return Compared{By: string(t.Unit), Series: t.Series, Notes: t.Notes}
}

// timelinePlan is a checked timeline request: the period unit asked for
// ("" to pick one by the span of the dates), the shared filters, the
// queries, their requests and names.
type timelinePlan struct {
	unit    timeline.Unit
	base    index.Request
	queries []string
	reqs    []index.Request
	names   []string
}

// prepare checks r and plans its counting.
func (r TimelineRequest) prepare() (*timelinePlan, error) {
	if r.Facet != "" {
		if !slices.Contains(index.FacetFields, r.Facet) {
			return nil, invalid("facet", "%s %q: use one of %s", Param("facet"), r.Facet, strings.Join(index.FacetFields, ", "))
		}
		if len(r.Compare) > 0 {
			return nil, invalid("facet", "%s and %s do not combine: run them apart", Param("facet"), Param("compare"))
		}
		if r.Top < 1 || r.Top > 20 {
			return nil, invalid("top", "%s must be between 1 and 20, not %d", Param("top"), r.Top)
		}
	}
	var unit timeline.Unit
	if r.By != "" {
		var err error
		if unit, err = timeline.ParseUnit(r.By); err != nil {
			return nil, invalid("by", "%s: %v", Param("by"), err)
		}
	}
	s := r.Search
	s.Query = ""
	base, err := s.Prepare()
	if err != nil {
		return nil, err
	}
	queries := append([]string{r.Search.Query}, r.Compare...)
	if queries[0] == "" && len(r.Compare) > 0 {
		queries = queries[1:]
	}
	// Each query's request: a Compared query may carry its own filters.
	reqs := make([]index.Request, len(queries))
	names := make([]string, len(queries))
	for i, q := range queries {
		reqs[i], names[i] = base, seriesName(q, base)
		reqs[i].Query = q
		if i > 0 || r.Search.Query == "" {
			if reqs[i], names[i], err = compareRequest(q, base); err != nil {
				return nil, err
			}
		}
	}
	return &timelinePlan{unit: unit, base: base, queries: queries, reqs: reqs, names: names}, nil
}

// CheckTimeline returns the error CountTimeline would return for r
// before it reads the archive.
func CheckTimeline(r TimelineRequest) error {
	_, err := r.prepare()
	return err
}

// CountTimeline counts the articles of each query of r per period.
func CountTimeline(ctx context.Context, ix *index.Index, r TimelineRequest) (*Timeline, error) {
	plan, err := r.prepare()
	if err != nil {
		return nil, err
	}
	unit, base, queries, reqs, names := plan.unit, plan.base, plan.queries, plan.reqs, plan.names
	t := &Timeline{Names: names}
	// One pass over the matches of each query: dates, and facet values.
	all := make([][]timeline.Dated, len(queries))
	totals := make([]uint64, len(queries))
	for i := range queries {
		req := reqs[i]
		resolved, err := ix.ResolveRequest(ctx, &req)
		if err != nil {
			return nil, err
		}
		t.Notes = append(t.Notes, index.Notes(resolved)...)
		totals[i], err = ix.EachDate(ctx, req, r.Facet, func(d time.Time, values []string) {
			h := timeline.Dated{Date: d}
			if r.Facet != "" {
				h.Values = append([]string(nil), values...)
			}
			all[i] = append(all[i], h)
		})
		if err != nil {
			return nil, err
		}
	}
	b, err := timeline.Bucket(all, base.From, base.To, unit)
	if err != nil {
		return nil, invalid("by", "%v", err)
	}
	unit, periods := b.Unit, b.Periods
	t.Unit = unit
	t.Series = make([]Series, len(queries))
	chart := &timeline.Chart{Unit: unit, Title: r.Title}
	for _, p := range periods {
		chart.Periods = append(chart.Periods, p.Label)
	}
	for i, q := range queries {
		s := Series{Query: q, Total: totals[i], Counts: Counted(base.AllVersions), By: string(unit), Facet: r.Facet, Buckets: make([]Bucket, len(periods))}
		counts := b.Counts[i]
		s.Undated = b.Undated[i]
		for p, per := range periods {
			s.Buckets[p] = Bucket{Period: per.Label, Count: counts[p]}
		}
		t.Series[i] = s
		chart.Series = append(chart.Series, timeline.Series{Name: names[i], Counts: counts})
	}
	var facetChart *timeline.Chart
	if r.Facet != "" && len(queries) == 1 {
		facetChart = facetTimeline(&t.Series[0], chart, periods, all[0], r.Top)
	}
	if chart.Title == "" {
		chart.Title = chartTitle(queries, base, unit, r.Facet)
		if len(queries) > 1 {
			chart.Title = chartTitleNamed(names, queries, base, unit)
		}
	}
	t.Chart, t.Drawn = chart, chart
	if facetChart != nil {
		facetChart.Title = chart.Title
		t.Drawn = facetChart
	}
	return t, nil
}

// facetTimeline fills the top facet values of each period into s and
// chart.Notes, and returns a chart with one series for each of the top
// values overall, counted in every period.
func facetTimeline(s *Series, chart *timeline.Chart, periods []timeline.Period, hits []timeline.Dated, top int) *timeline.Chart {
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

// chartTitle describes the chart: "Stories per month: Iraq vs Iran"
// ("Articles" when every copy counts).
func chartTitle(queries []string, req index.Request, unit timeline.Unit, facet string) string {
	var names []string
	for _, q := range queries {
		names = append(names, seriesName(q, req))
	}
	t := counted(req) + " per " + string(unit) + ": " + strings.Join(names, " vs ")
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

// counted names what a timeline of req counts, for its title: stories
// (each near-duplicate group once), or articles with every version.
func counted(req index.Request) string {
	if req.AllVersions {
		return "Articles"
	}
	return "Stories"
}

// chartTitleNamed is chartTitle for Compared series with their names.
func chartTitleNamed(names, queries []string, req index.Request, unit timeline.Unit) string {
	t := counted(req) + " per " + string(unit) + ": " + strings.Join(names, " vs ")
	if queries[0] != "" {
		if f := seriesName("", req); f != "all articles" {
			t += " (" + f + ")"
		}
	}
	return t
}

// compareRequest reads the value of a --compare: a query whose words may
// hold filter flags, as on the command line ("--country US trade",
// `--person "Paul Volcker" rates`). The filters apply on top of base's.
// It returns the request and a name for the series: the query, then the
// filters in parentheses.
func compareRequest(spec string, base index.Request) (index.Request, string, error) {
	args, err := splitWords(spec)
	if err != nil {
		return base, "", invalid("compare", "%s %q: %v", Param("compare"), spec, err)
	}
	if !slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(a, "--") }) {
		req := base
		req.Query = spec // no flags: the query as written
		return req, seriesName(spec, base), nil
	}
	var o SearchRequest
	fs := pflag.NewFlagSet("compare", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringArrayVar(&o.Persons, "person", nil, "")
	fs.StringArrayVar(&o.Countries, "country", nil, "")
	fs.StringArrayVar(&o.Orgs, "org", nil, "")
	fs.StringArrayVar(&o.Topics, "topic", nil, "")
	fs.StringArrayVar(&o.Sources, "source", nil, "")
	fs.StringVar(&o.From, "from", "", "")
	fs.StringVar(&o.To, "to", "", "")
	if err := fs.Parse(compareWords(args)); err != nil {
		return base, "", invalid("compare", "%s %q: %v (a compared query takes --person, --country, --org, --topic, --source, --from and --to)", Param("compare"), spec, err)
	}
	for _, vals := range []*[]string{&o.Persons, &o.Countries, &o.Orgs, &o.Topics, &o.Sources} {
		for i, v := range *vals {
			(*vals)[i] = unquote(v)
		}
	}
	o.From, o.To = unquote(o.From), unquote(o.To)
	req := base
	req.Query = strings.Join(fs.Args(), " ")
	req.Persons = append(append([]string{}, base.Persons...), o.Persons...)
	req.Countries = append(append([]string{}, base.Countries...), o.Countries...)
	req.Orgs = append(append([]string{}, base.Orgs...), o.Orgs...)
	req.Topics = append(append([]string{}, base.Topics...), o.Topics...)
	req.Sources = append(append([]string{}, base.Sources...), o.Sources...)
	if o.From != "" {
		if req.From, _, err = dayRange(o.From); err != nil {
			return base, "", invalid("compare", "%s %q: --from: %v", Param("compare"), spec, err)
		}
	}
	if o.To != "" {
		if _, req.To, err = dayRange(o.To); err != nil {
			return base, "", invalid("compare", "%s %q: --to: %v", Param("compare"), spec, err)
		}
	}
	var filters []string
	for _, f := range []struct {
		name string
		vals []string
	}{{"person", o.Persons}, {"country", o.Countries}, {"org", o.Orgs}, {"topic", o.Topics}, {"source", o.Sources}, {"from", nonEmpty(o.From)}, {"to", nonEmpty(o.To)}} {
		for _, v := range f.vals {
			filters = append(filters, f.name+" "+v)
		}
	}
	name := req.Query
	if len(filters) > 0 {
		if name != "" {
			name += " "
		}
		name += "(" + strings.Join(filters, ", ") + ")"
	}
	if name == "" {
		name = "all articles"
	}
	return req, name, nil
}

// compareWords puts the words of a Compared query that start with one
// dash (-word excludes a word) behind "--", so that they reach the query,
// not the flag parser.
func compareWords(args []string) []string {
	var flags, words []string
	for i, a := range args {
		if a == "--" {
			words = append(words, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' && a[1] != '-' {
			words = append(words, a)
			continue
		}
		flags = append(flags, a)
	}
	if len(words) == 0 {
		return flags
	}
	return append(append(flags, "--"), words...)
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// splitWords splits s at spaces outside quotes (straight or typographic,
// double or single); the quotes stay in the words, so that a phrase of
// the query stays a phrase.
func splitWords(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	quote := rune(0)
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote || quote == '“' && r == '”' || quote == '‘' && r == '’' {
				quote = 0
			}
		case r == '"' || r == '\'' || r == '“' || r == '‘':
			if cur.Len() == 0 || r == '"' || r == '“' {
				quote = r
			}
		case r == ' ' || r == '\t' || r == '\n':
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
			continue
		}
		cur.WriteRune(r)
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed quote %c", quote)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out, nil
}

// unquote removes the quotes around a flag's value, as a shell would.
func unquote(s string) string {
	rs := []rune(s)
	if len(rs) >= 2 {
		switch {
		case rs[0] == '"' && rs[len(rs)-1] == '"', rs[0] == '\'' && rs[len(rs)-1] == '\'',
			rs[0] == '“' && rs[len(rs)-1] == '”', rs[0] == '‘' && rs[len(rs)-1] == '’':
			return string(rs[1 : len(rs)-1])
		}
	}
	return s
}
