package searchcmd

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"chancery/internal/service"
	"chancery/quotes"
)

const quotesUsage = `Usage: search quotes [flags] [QUERY]

Statements in the matching articles with the person who made them: direct
quotations ("...", said X) and reported speech (X says ...), each with the
article's date, headline, source and id. --person NAME keeps the statements
of one person (full name or surname) and reads only articles naming them.
Of near-duplicate copies of a story only one is read (--all-versions: all).

  search quotes --person "Sergei Lavrov"
  search quotes --person Lavrov --from 2004 peacekeeping
  search quotes --format csv --country Iraq debt > quotes.csv

Flags:
`

func runQuotes(ctx context.Context, args []string, env Env) error {
	var o searchOptions
	var maxArticles int
	fs := newFlagSet("search quotes", env.Stderr)
	o.addFlags(fs)
	fs.IntVar(&maxArticles, "max-articles", service.MaxArticles, "read at most this many matching articles (in --sort order)")
	fs.Lookup("person").Usage = "only statements by this person: full name or surname (repeatable: any)"
	fs.Lookup("sort").DefValue = service.QuotesSort
	fs.Lookup("size").Usage = "statements per page"
	fs.Lookup("size").DefValue = strconv.Itoa(service.QuotesSize)
	o.Size = service.QuotesSize
	o.Sort = service.QuotesSort
	for _, name := range []string{"facets", "facet-fields", "facet-size"} {
		fs.MarkHidden(name)
	}
	fs.Lookup("format").Usage = "output: text (default), json, jsonl or csv"
	fs.Usage = func() { fmt.Fprint(env.Stderr, quotesUsage+fs.FlagUsages()) }
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.out.Format == formatRIS || o.out.Format == formatBib {
		return usagef("quotes --format %s: use text, json, jsonl or csv (with --cite for citations)", o.out.Format)
	}
	if err := o.out.resolve(o.JSON, "quotes", quotesFormats); err != nil {
		return err
	}
	if o.out.KWIC {
		return usagef("--kwic does not apply to quotes: each statement is shown whole")
	}
	for _, f := range []string{"facets", "facet-fields", "facet-size"} {
		if fs.Changed(f) {
			return usagef("--%s does not apply to quotes: for the facets of the articles, run the search itself (search --facets QUERY)", f)
		}
	}
	req := service.QuotesRequest{Search: o.request(fs.Args()), MaxArticles: maxArticles}
	if err := service.CheckQuotes(req); err != nil {
		return err
	}
	eng, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	out, err := eng.Quotes(ctx, req)
	if err != nil {
		return err
	}
	writeNotes(env.Stderr, out.Notes)
	return writeQuotes(env.Stdout, out, &o.out)
}

// writeQuotes prints statements in the chosen format.
func writeQuotes(w io.Writer, out *service.Quotes, o *outputOptions) error {
	first := out.First
	switch o.Format {
	case formatJSON:
		return service.WriteJSON(w, out)
	case formatJSONL:
		return service.WriteJSONL(w, out.Quotes)
	case formatCSV:
		if o.BOM {
			io.WriteString(w, "\ufeff")
		}
		cw := csv.NewWriter(w)
		cw.UseCRLF = true
		header := []string{"person", "kind", "text", "id", "date", "title", "source", "url"}
		if o.Cite {
			header = append(header, "citation")
		}
		cw.Write(header)
		for _, q := range out.Quotes {
			row := []string{service.Cell(q.Person), string(q.Kind), service.Cell(q.Text), q.ID, q.Date, service.Cell(q.Title), service.Cell(q.Source), q.URL}
			if o.Cite {
				row = append(row, service.Cell(q.Citation))
			}
			cw.Write(row)
		}
		cw.Flush()
		return cw.Error()
	}
	// text: statements grouped under their article
	switch {
	case out.Total == 0:
		fmt.Fprintf(w, "no statements found in %d %s\n", out.Articles, service.Plural(out.Articles, "article", "articles"))
		return nil
	case len(out.Quotes) == 0:
		fmt.Fprintf(w, "%d statements; page past the last one\n", out.Total)
		return nil
	}
	fmt.Fprintf(w, "%d %s in %d %s, showing %d-%d\n", out.Total, service.Plural(out.Total, "statement", "statements"),
		out.Articles, service.Plural(out.Articles, "article", "articles"), first+1, first+len(out.Quotes))
	if out.Truncated {
		fmt.Fprintf(w, "(read the first %d of %d matching articles: narrow the query or raise --max-articles)\n", out.Articles, out.Matched)
	}
	prev := ""
	for _, q := range out.Quotes {
		if q.ID != prev {
			fmt.Fprintf(w, "\n%s · %s · %s · %s\n", orDash(q.Date), orDash(q.Source), orDash(q.Title), q.ID)
			if q.Citation != "" {
				fmt.Fprintf(w, "  cite: %s\n", q.Citation)
			}
			prev = q.ID
		}
		text := q.Text
		if q.Kind == quotes.Direct {
			text = "“" + text + "”"
		}
		fmt.Fprintf(w, "  %s (%s, %s: %q): %s\n", q.Person, q.Kind, q.Via, q.Evidence, text)
	}
	return nil
}
