package searchcmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"chancery/archive"
	"chancery/index"
	"chancery/internal/cli"
	"chancery/internal/service"
	"chancery/internal/writersock"
	"chancery/query"

	"github.com/spf13/pflag"
)

// Env is what a run of the command sees of the world.
type Env struct {
	Stdout, Stderr io.Writer
	// Color marks matches with terminal bold instead of **.
	Color bool
	// Open opens the archive in dir for reading: the engine that answers
	// from it and a function that releases it. Nil means openArchive.
	Open func(dir string) (service.Engine, func(), error)
	// Serve runs `search serve` with the arguments after the subcommand
	// (cmd/search passes web.Serve). Nil: the program serves no web page.
	Serve func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// usagef, newFlagSet and parse are this package's short names for the
// cli helpers it uses everywhere.
var usagef = cli.Usagef

// Run runs the search command with args (without the program name) and
// returns the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if env.Open == nil {
		env.Open = openArchive
	}
	var err error
	sub, rest := splitSubcommand(args)
	switch sub {
	case "show":
		err = runShow(ctx, rest, env)
	case "quotes":
		err = runQuotes(ctx, rest, env)
	case "timeline":
		err = runTimeline(ctx, rest, env)
	case "similar":
		err = runSimilar(ctx, rest, env)
	case "values":
		err = runValues(ctx, rest, env)
	case "serve":
		err = runServe(ctx, rest, env)
	case "help":
		fmt.Fprint(env.Stdout, usage)
		return cli.ExitOK
	default:
		err = runSearch(ctx, args, env)
	}
	err = flagError(err)
	if sub != "" {
		// A mistake in a subcommand's flags or arguments points at its help.
		err = cli.WithHint(err, "search "+sub+" --help")
	}
	return cli.Report("search", err, cli.ArchiveArg(args), env.Stderr, isUsage)
}

// isUsage reports whether err is the user's mistake: a query that does not
// parse or a bad filter, as a flag would be.
func isUsage(err error) bool { return errors.Is(err, index.ErrQuery) }

// flagError turns the engine's complaint about a parameter into a usage
// error that names the parameter as the flag the user typed (--size).
func flagError(err error) error {
	var pe *service.ParamError
	if errors.As(err, &pe) {
		return &cli.UsageError{Message: pe.Message(func(p string) string { return "--" + p })}
	}
	var se *query.SyntaxError
	if errors.As(err, &se) && se.Field != "" {
		return &cli.UsageError{Message: fmt.Sprintf("%v (try: search values %s %s)", err, se.Field, se.Value)}
	}
	return err
}

const usage = `search: full-text search of a Chancery archive

Usage:
  search [flags] QUERY...          articles matching QUERY (and the filters)
  search show [flags] ID...        one article in full, with its metadata
  search quotes [flags] [QUERY]    statements and who made them (--person NAME)
  search timeline [flags] QUERY    matching articles per year, month or week
  search similar [flags] ID        articles most like the article ID
  search values [flags] FACET [PREFIX]  values of a facet with counts (person Bak)
  search serve [--listen ADDR]     a web page and JSON API over the archive

Query language: words (all required), "exact phrases" (“curly” quotes too),
OR, AND, NOT (in capitals), -word, +word, (parentheses), "two words"~10
(proximity), prefix*, fuzzy~ or fuzzy~1, and fields: person:, country:,
org:, topic:, source: (source:"(none)": no source), title:, body:,
date:2004-07..2004-12, note:undated|date|encoding|duplicate|empty|other|any
(the reading notes). Filter values are read as names are in text: --country UK, --person Reagan; notes on how
a search was read go to stderr.

Flags:
`

// common are the flags every subcommand takes.
type common struct {
	cli.Archive
	JSON bool
}

func (c *common) addFlags(fs *pflag.FlagSet) {
	c.Archive.AddFlag(fs)
	fs.BoolVar(&c.JSON, "json", false, "print one JSON document")
}

// open opens the archive named by the flags for reading.
func (c *common) open(env Env) (service.Engine, func(), error) {
	dir, err := c.Dir()
	if err != nil {
		return nil, nil, err
	}
	eng, release, err := env.Open(dir)
	if err != nil {
		return nil, nil, err
	}
	warnBehind(eng, dir, env.Stderr)
	return eng, release, nil
}

// warnBehind says on w when the index of an archive opened here lags its
// store: an indexer stopped between storing articles and indexing them
// (killed, or its output piped into a command that closed early) leaves
// the changes in the store's journal, which only a writer replays.
func warnBehind(eng service.Engine, dir string, w io.Writer) {
	l, ok := eng.(service.Local)
	if !ok || l.Index == nil || l.Index.Store == nil {
		return
	}
	if n, err := l.Index.Store.JournalLen(); err == nil && n > 0 {
		fmt.Fprintf(w, "search: warning: %d changes to the archive's articles are not in its index yet (an indexer run was stopped before it indexed them); results may be out of date until `indexer verify --repair --archive %s` brings the index up to date\n", n, dir)
	}
}

// searchOptions are the flags of a search.
type searchOptions struct {
	common
	Persons, Countries, Orgs, Topics, Sources []string
	From, To                                  string
	Facets                                    bool
	FacetSize                                 int
	FacetFields                               []string
	Sort                                      string
	Size, Page                                int
	AllVersions                               bool
	out                                       outputOptions
}

func (o *searchOptions) addFlags(fs *pflag.FlagSet) {
	o.common.addFlags(fs)
	fs.StringArrayVar(&o.Persons, "person", nil, "only articles naming this person (repeatable: all must apply)")
	fs.StringArrayVar(&o.Countries, "country", nil, "only articles about this country, by name or ISO code (repeatable)")
	fs.StringArrayVar(&o.Orgs, "org", nil, "only articles naming this organization (repeatable)")
	fs.StringArrayVar(&o.Topics, "topic", nil, "only articles on this topic (repeatable)")
	fs.StringArrayVar(&o.Sources, "source", nil, "only articles from this source (repeatable)")
	fs.StringVar(&o.From, "from", "", "first date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	fs.StringVar(&o.To, "to", "", "last date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	fs.BoolVar(&o.Facets, "facets", false, "show counts by person, country, org, topic, source and year")
	fs.IntVar(&o.FacetSize, "facet-size", index.DefaultFacetSize, "values per facet")
	fs.StringSliceVar(&o.FacetFields, "facet-fields", nil, "show only these facets, comma-separated (implies --facets): "+strings.Join(index.FacetFields, ",")+",year")
	fs.StringVar(&o.Sort, "sort", "", "relevance (default when the query has words), date (oldest first; default for filters and dates alone) or -date (newest first)")
	fs.IntVarP(&o.Size, "size", "n", index.DefaultSize, "hits per page")
	fs.IntVar(&o.Page, "page", 1, "page of hits to show")
	fs.BoolVar(&o.AllVersions, "all-versions", false, "list every near-duplicate copy of a story (default: one per story, with \"N similar versions\")")
	o.out.addFlags(fs)
}

// request turns the flags and query words into the engine's request.
func (o *searchOptions) request(words []string) service.SearchRequest {
	return service.SearchRequest{
		Query:   strings.Join(words, " "),
		Persons: o.Persons, Countries: o.Countries, Orgs: o.Orgs, Topics: o.Topics, Sources: o.Sources,
		From: o.From, To: o.To, Sort: o.Sort, Page: o.Page, Size: o.Size,
		Facets: o.Facets, FacetFields: o.FacetFields, FacetSize: o.FacetSize, AllVersions: o.AllVersions,
		KWIC: o.out.KWIC, KWICContext: o.out.KWICContext, Cite: o.out.Cite,
		Articles: o.out.Format == formatRIS || o.out.Format == formatBib,
	}
}

func newFlagSet(name string, stderr io.Writer) *pflag.FlagSet {
	return cli.NewFlagSet(name, "", stderr)
}

// parse parses args, turning pflag's errors into usage errors. Arguments
// that look like short flags but are not reach the query as words.
func parse(fs *pflag.FlagSet, args []string) error {
	fs.SetInterspersed(true)
	return cli.Parse(fs, queryWords(fs, args))
}

// queryWords moves arguments that look like short flags but are not
// flags of fs behind a "--", so that they reach the query as words:
// `search treaty -border` excludes "border". An unknown long flag
// (--sise) stays an error.
func queryWords(fs *pflag.FlagSet, args []string) []string {
	var flags, words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			words = append(words, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' && a[1] != '-' && !isShortFlags(fs, a[1:]) {
			words = append(words, a)
			continue
		}
		flags = append(flags, a)
		// a flag's separate value stays with it
		if len(a) > 1 && a[0] == '-' && !strings.Contains(a, "=") && i+1 < len(args) && takesValue(fs, a) {
			i++
			flags = append(flags, args[i])
		}
	}
	if len(words) == 0 {
		return flags
	}
	return append(append(flags, "--"), words...)
}

// isShortFlags reports whether s (what follows one dash) is a run of
// fs's shorthands, possibly ending in a value: -n5, -n, -q.
func isShortFlags(fs *pflag.FlagSet, s string) bool {
	if s == "" {
		return false
	}
	f := fs.ShorthandLookup(s[:1])
	return f != nil
}

// takesValue reports whether the flag arg (with its dashes) needs the next
// argument as its value.
func takesValue(fs *pflag.FlagSet, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	var f *pflag.Flag
	if strings.HasPrefix(arg, "--") {
		f = fs.Lookup(name)
	} else if len(name) == 1 {
		f = fs.ShorthandLookup(name)
	}
	return f != nil && f.NoOptDefVal == ""
}

func runSearch(ctx context.Context, args []string, env Env) error {
	var o searchOptions
	fs := newFlagSet("search", env.Stderr)
	o.addFlags(fs)
	fs.Usage = func() { fmt.Fprint(env.Stderr, usage+fs.FlagUsages()) }
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := o.out.resolve(o.JSON, "", searchFormats); err != nil {
		return err
	}
	req := o.request(fs.Args())
	req.Mark = o.out.marks(env.Color)
	// A bad flag or a malformed query is a usage error whatever state the
	// archive is in.
	if err := service.CheckSearch(req); err != nil {
		return err
	}
	eng, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	res, err := eng.Search(ctx, req)
	if err != nil {
		return err
	}
	writeNotes(env.Stderr, res.Notes)
	if res.Grouping != nil && o.out.Format == formatCSV {
		writeNotes(env.Stderr, []string{res.Grouping.Note})
	}
	return writeResult(env.Stdout, res, &o.out)
}

// writeNotes prints what a person should know about how a request was
// read (index.Result.Notes) on stderr, so that they stay out of the data
// on stdout; JSON carries them too.
func writeNotes(w io.Writer, notes []string) {
	for _, n := range notes {
		fmt.Fprintf(w, "search: note: %s\n", n)
	}
}

// openArchive opens the archive in dir read-only, its records read with
// pread (a command reads a few records once). While an indexer holds
// it, the engine is that indexer's, which answers from what it has
// committed so far.
func openArchive(dir string) (service.Engine, func(), error) {
	ix, err := index.Open(dir, index.Options{ReadOnly: true, Pread: true})
	switch {
	case err == nil:
		return service.Local{Index: ix}, func() { ix.Close() }, nil
	case !errors.Is(err, archive.ErrBusy):
		return nil, nil, err
	}
	busy := err
	send := func(ctx context.Context, call []byte) ([]byte, error) {
		answer, err := writersock.Send(ctx, dir, call)
		if err != nil {
			return nil, fmt.Errorf("%w; the writer did not answer (%v): retry when it finishes", busy, err)
		}
		return answer, nil
	}
	return service.Remote{Send: send}, func() {}, nil
}

// subcommands are the words that, as the first argument that is not a
// flag, name a subcommand rather than a query word. To search for such a
// word, put "--" before it or give it a field: body:show.
var subcommands = map[string]bool{"show": true, "help": true, "quotes": true, "timeline": true, "similar": true, "values": true, "serve": true}

// valueFlags are the flags of all subcommands that take a separate value,
// so that splitSubcommand can skip their values.
var valueFlags = map[string]bool{
	"archive": true, "person": true, "country": true, "org": true, "topic": true, "source": true,
	"from": true, "to": true, "facet-size": true, "facet-fields": true, "sort": true, "size": true, "n": true, "page": true,
	"format": true, "by": true, "csv": true, "svg": true, "compare": true, "facet": true, "top": true,
	"kwic-context": true, "max-articles": true, "title": true, "width": true, "listen": true,
}

// splitSubcommand finds the subcommand among args, wherever flags put it,
// and returns it with the other arguments; "" when there is none.
func splitSubcommand(args []string) (string, []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && valueFlags[name] {
				i++
			}
			continue
		}
		if subcommands[a] {
			rest := append(append([]string{}, args[:i]...), args[i+1:]...)
			return a, rest
		}
		break
	}
	return "", args
}
