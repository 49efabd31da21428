package searchcmd

import (
	"context"
	"fmt"
	"io"

	"chancery/internal/cli"
	"chancery/internal/service"
)

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
	if err := o.check(); err != nil {
		return err
	}
	req := service.TimelineRequest{
		Search: o.request(fs.Args()), Compare: o.Compare,
		By: o.By, Facet: o.Facet, Top: o.Top, Title: o.Title,
	}
	if err := service.CheckTimeline(req); err != nil {
		return err
	}
	eng, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	t, err := eng.Timeline(ctx, req)
	if err != nil {
		return err
	}
	writeNotes(env.Stderr, t.Notes)

	// Files first, then standard output.
	if o.SVG != "" {
		if err := writeTo(o.SVG, env.Stdout, t.Drawn.WriteSVG); err != nil {
			return err
		}
	}
	if o.CSV != "" {
		if err := writeTo(o.CSV, env.Stdout, t.Drawn.WriteCSV); err != nil {
			return err
		}
	}
	if o.SVG == "-" || o.CSV == "-" {
		return nil
	}
	switch o.out.Format {
	case formatJSON:
		return service.WriteJSON(env.Stdout, t.JSON())
	case formatCSV:
		return t.Drawn.WriteCSV(env.Stdout)
	}
	if len(t.Chart.Periods) == 0 {
		total := int(t.Series[0].Total)
		fmt.Fprintf(env.Stdout, "no dated articles match (%d %s)\n", total, service.CountWord(total, o.AllVersions))
		return nil
	}
	if err := t.Chart.WriteText(env.Stdout, o.Width); err != nil {
		return err
	}
	for i, s := range t.Series {
		line := fmt.Sprintf("%d %s", s.Total, service.CountWord(int(s.Total), o.AllVersions))
		if len(t.Series) > 1 {
			line = t.Names[i] + ": " + line
		}
		if s.Undated > 0 {
			line += fmt.Sprintf(", %d undated (not shown)", s.Undated)
		}
		fmt.Fprintln(env.Stdout, line)
	}
	return nil
}

// check checks the flags that only the command line's timeline takes:
// its output.
func (o *timelineOptions) check() error {
	if err := o.out.resolve(o.JSON, "timeline", timelineFormats); err != nil {
		return err
	}
	if o.CSV == "-" && o.SVG == "-" {
		return usagef("--csv - and --svg - cannot both write to standard output")
	}
	return nil
}

// writeTo writes with write to the file path, or to stdout for "-". A
// file is written beside path and renamed (cli.Output), so a failed run
// leaves no half chart.
func writeTo(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "-" {
		return write(stdout)
	}
	o, err := cli.CreateOutput(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer o.Abandon()
	if err := write(o.File()); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return o.Commit()
}
