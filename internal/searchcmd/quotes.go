package searchcmd

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"chancery/archive"
	"chancery/index"
	"chancery/quotes"
)

// quoteJSON is one statement as `search quotes` prints it.
type quoteJSON struct {
	Person string      `json:"person"`
	Text   string      `json:"text"`
	Kind   quotes.Kind `json:"kind"`
	// Via and Evidence say how the speaker was found and the words that
	// name them (quotes.Quote).
	Via      quotes.Attribution `json:"via"`
	Evidence string             `json:"evidence"`
	ID       string             `json:"id"`
	Date     string             `json:"date"`
	Title    string             `json:"title"`
	Source   string             `json:"source"`
	URL      string             `json:"url,omitempty"`
	// Citation is set with --cite.
	Citation string `json:"citation,omitempty"`
}

// quotesJSON is the JSON shape of `search quotes`.
type quotesJSON struct {
	// Total is the number of statements found in the articles read.
	Total int `json:"total"`
	// Articles is the number of matching articles read (one copy of each
	// near-duplicate story unless --all-versions); Matched the number of
	// articles that match.
	Articles int    `json:"articles"`
	Matched  uint64 `json:"matched"`
	// Truncated says that --max-articles stopped the reading early.
	Truncated bool        `json:"truncated,omitempty"`
	Quotes    []quoteJSON `json:"quotes"`
}

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
	fs.IntVar(&maxArticles, "max-articles", 2000, "read at most this many matching articles (in --sort order)")
	fs.Lookup("person").Usage = "only statements by this person: full name or surname (repeatable: any)"
	fs.Lookup("sort").DefValue = "date"
	fs.Lookup("size").Usage = "statements per page"
	fs.Lookup("size").DefValue = "50"
	o.Size = 50
	o.Sort = "date"
	for _, name := range []string{"facets", "facet-fields", "facet-size"} {
		fs.MarkHidden(name)
	}
	fs.Lookup("format").Usage = "output: text (default), json, jsonl or csv"
	fs.Usage = func() { fmt.Fprint(env.Stderr, quotesUsage+fs.FlagUsages()) }
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := o.out.resolve(o.JSON); err != nil {
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
	if o.out.Format == formatRIS || o.out.Format == formatBib {
		return usagef("quotes --format %s: use text, json, jsonl or csv (with --cite for citations)", o.out.Format)
	}
	if maxArticles < 1 {
		return usagef("--max-articles must be 1 or more, not %d", maxArticles)
	}
	speakers := o.Persons
	o.Persons = nil // a speaker narrows the articles by text, below
	req, err := o.request(nil)
	if err != nil {
		return err
	}
	req.Query = quotesQuery(fs.Args(), speakers)
	ix, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	resolved, err := ix.ResolveRequest(ctx, &req)
	if err != nil {
		return err
	}
	writeNotes(env.Stderr, index.Notes(resolved))
	ids, matched, err := ix.IDs(ctx, req, maxArticles)
	if err != nil {
		return err
	}
	out := quotesJSON{Articles: len(ids), Matched: matched, Quotes: []quoteJSON{}}
	out.Truncated = len(ids) >= maxArticles && matched > uint64(len(ids))
	var all []quoteJSON
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := ix.Store.Get(id)
		if err != nil {
			return fmt.Errorf("quotes: index and store disagree (run `indexer verify --repair`): %w", err)
		}
		for _, q := range quotes.Extract(a.Body, quotes.Options{Persons: a.Persons, Guess: len(a.Persons) == 0}) {
			if len(speakers) > 0 && !speakerMatches(q.Person, speakers) {
				continue
			}
			qj := quoteJSON{Person: q.Person, Text: q.Text, Kind: q.Kind, Via: q.Via, Evidence: q.Evidence, ID: a.ID, Date: a.DateString(), Title: a.Title, Source: a.Source, URL: a.URL}
			if o.out.Cite {
				qj.Citation = cite(a)
			}
			all = append(all, qj)
		}
	}
	out.Total = len(all)
	from := min(req.Offset, len(all))
	to := min(from+o.Size, len(all))
	out.Quotes = append(out.Quotes, all[from:to]...)
	return writeQuotes(env.Stdout, out, from, &o.out)
}

// quotesQuery narrows the user's query to articles that name one of the
// speakers: by the extracted person, or by the surname in the text (the
// persons list may have missed them).
func quotesQuery(words, speakers []string) string {
	q := strings.TrimSpace(strings.Join(words, " "))
	if len(speakers) == 0 {
		return q
	}
	var alts []string
	for _, s := range speakers {
		s = strings.Join(strings.Fields(strings.ReplaceAll(s, `"`, " ")), " ")
		if s == "" {
			continue
		}
		f := strings.Fields(s)
		alts = append(alts, `person:"`+s+`"`, `"`+f[len(f)-1]+`"`)
	}
	if len(alts) == 0 {
		return q
	}
	who := "(" + strings.Join(alts, " OR ") + ")"
	if q == "" {
		return who
	}
	return "(" + q + ") " + who
}

// speakerMatches reports whether person is one of the wanted speakers:
// every word of a wanted name is a word of person ("Lavrov" and "Sergei
// Lavrov" both match "Sergei Lavrov"), without regard to case or accents.
func speakerMatches(person string, wanted []string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(person) {
		have[archive.Key(w)] = true
	}
	for _, name := range wanted {
		all := true
		n := 0
		for _, w := range strings.Fields(name) {
			n++
			if !have[archive.Key(w)] {
				all = false
				break
			}
		}
		if all && n > 0 {
			return true
		}
	}
	return false
}

// writeQuotes prints statements in the chosen format; first is the
// number of statements before this page.
func writeQuotes(w io.Writer, out quotesJSON, first int, o *outputOptions) error {
	switch o.Format {
	case formatJSON:
		return writeJSON(w, out)
	case formatJSONL:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, q := range out.Quotes {
			if err := enc.Encode(q); err != nil {
				return err
			}
		}
		return nil
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
			row := []string{cell(q.Person), string(q.Kind), cell(q.Text), q.ID, q.Date, cell(q.Title), cell(q.Source), q.URL}
			if o.Cite {
				row = append(row, cell(q.Citation))
			}
			cw.Write(row)
		}
		cw.Flush()
		return cw.Error()
	}
	// text and table: statements grouped under their article
	switch {
	case out.Total == 0:
		fmt.Fprintf(w, "no statements found in %d %s\n", out.Articles, plural(out.Articles, "article", "articles"))
		return nil
	case len(out.Quotes) == 0:
		fmt.Fprintf(w, "%d statements; page past the last one\n", out.Total)
		return nil
	}
	fmt.Fprintf(w, "%d %s in %d %s, showing %d-%d\n", out.Total, plural(out.Total, "statement", "statements"),
		out.Articles, plural(out.Articles, "article", "articles"), first+1, first+len(out.Quotes))
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
