// Package searchcmd is the `search` command: flags, output formats and the
// subcommands (show, ...). cmd/search is a thin main around Run; the
// indexer runs Run too, to answer searches while it holds the archive.
package searchcmd

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"chancery/archive"
	"chancery/index"

	"github.com/spf13/pflag"
)

// Env is what a run of the command sees of the world.
type Env struct {
	Stdout, Stderr io.Writer
	// Color marks matches with terminal bold instead of **.
	Color bool
	// Open opens the archive in dir for reading and returns a function
	// that releases it. Nil means index.Open read-only, forwarding to the
	// running writer when the archive is busy.
	Open func(dir string) (*index.Index, func(), error)
}

// Exit codes.
const (
	ExitOK    = 0
	ExitFail  = 1
	ExitUsage = 2
)

// usageError is a mistake in the command line: exit 2 with a Try line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// Run runs the search command with args (without the program name) and
// returns the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	local := env.Open == nil
	if local {
		env.Open = openLocal
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
	case "serve":
		err = runServe(ctx, rest, env)
	case "help":
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	default:
		err = runSearch(ctx, args, env)
	}
	if local && errors.Is(err, archive.ErrBusy) {
		// An indexer holds the archive: let it answer from what it has
		// committed so far.
		dir := archiveFlag(args)
		code, ferr := forward(dir, absFileFlags(args), env)
		if ferr == nil {
			return code
		}
		err = fmt.Errorf("%w; the writer did not answer (%v): retry when it finishes", err, ferr)
	}
	return report(err, env.Stderr)
}

func report(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	if errors.Is(err, pflag.ErrHelp) {
		return ExitOK
	}
	var ue *usageError
	if errors.As(err, &ue) || errors.Is(err, index.ErrQuery) {
		fmt.Fprintf(stderr, "search: %s\nTry: search --help\n", oneLine(err.Error()))
		return ExitUsage
	}
	fmt.Fprintf(stderr, "search: %s\n", err)
	return ExitFail
}

func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		// a syntax error renders the query and a caret on later lines
		return s
	}
	return s
}

const usage = `search: full-text search of a Chancery archive

Usage:
  search [flags] QUERY...          articles matching QUERY (and the filters)
  search show [flags] ID...        one article in full, with its metadata
  search quotes [flags] [QUERY]    statements and who made them (--person NAME)
  search timeline [flags] QUERY    matching articles per year, month or week
  search similar [flags] ID        articles most like the article ID
  search serve [--listen ADDR]     a web page and JSON API over the archive

Query language: words (all required), "exact phrases", OR, AND, NOT, -word,
+word, (parentheses), "two words"~10 (proximity), prefix*, and fields:
person:, country:, org:, topic:, source:, title:, body:, date:2004-07..2004-12.

Flags:
`

// common are the flags every subcommand takes.
type common struct {
	Archive string
	JSON    bool
}

func (c *common) addFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.Archive, "archive", "", "archive folder (default $CHANCERY_ARCHIVE, else ~/.local/share/chancery)")
	fs.BoolVar(&c.JSON, "json", false, "print one JSON document")
}

// open opens the archive named by the flags for reading.
func (c *common) open(env Env) (*index.Index, func(), error) {
	dir, err := c.dir()
	if err != nil {
		return nil, nil, err
	}
	return env.Open(dir)
}

func (c *common) dir() (string, error) {
	if c.Archive != "" {
		return c.Archive, nil
	}
	return archive.DefaultDir()
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
	fs.IntVar(&o.FacetSize, "facet-size", 10, "values per facet")
	fs.StringSliceVar(&o.FacetFields, "facet-fields", nil, "show only these facets, comma-separated (implies --facets): "+strings.Join(index.FacetFields, ",")+",year")
	fs.StringVar(&o.Sort, "sort", "", "relevance (default when the query has words), date (oldest first; default for filters and dates alone) or -date (newest first)")
	fs.IntVarP(&o.Size, "size", "n", 10, "hits per page")
	fs.IntVar(&o.Page, "page", 1, "page of hits to show")
	fs.BoolVar(&o.AllVersions, "all-versions", false, "list every near-duplicate copy of a story (default: one per story, with \"N similar versions\")")
	o.out.addFlags(fs)
}

// request turns the flags and query words into an index request.
func (o *searchOptions) request(words []string) (index.Request, error) {
	req := index.Request{
		Query:   strings.Join(words, " "),
		Persons: o.Persons, Countries: o.Countries, Orgs: o.Orgs, Topics: o.Topics, Sources: o.Sources,
		Facets: o.Facets || len(o.FacetFields) > 0, FacetSize: o.FacetSize, FacetFields: o.FacetFields,
		Sort: o.Sort, Size: o.Size, AllVersions: o.AllVersions,
	}
	for _, f := range o.FacetFields {
		if f != index.FieldYear && !slices.Contains(index.FacetFields, f) {
			return req, usagef("--facet-fields: no facet %q (use %s or %s)", f, strings.Join(index.FacetFields, ", "), index.FieldYear)
		}
	}
	if o.Size < 1 || o.Size > 10000 {
		return req, usagef("--size must be between 1 and 10000, not %d", o.Size)
	}
	if o.Page < 1 {
		return req, usagef("--page must be 1 or more, not %d", o.Page)
	}
	if o.FacetSize < 1 {
		return req, usagef("--facet-size must be 1 or more, not %d", o.FacetSize)
	}
	req.Offset = (o.Page - 1) * o.Size
	var err error
	if req.From, _, err = ParseDay(o.From); err != nil {
		return req, usagef("--from: %v", err)
	}
	if _, req.To, err = ParseDay(o.To); err != nil {
		return req, usagef("--to: %v", err)
	}
	switch o.Sort {
	case "", "relevance", "date", "-date":
	default:
		return req, usagef("--sort %q: use relevance, date or -date", o.Sort)
	}
	return req, nil
}

// ParseDay reads YYYY, YYYY-MM or YYYY-MM-DD and returns the first and last
// day it covers. "" gives zero times.
func ParseDay(s string) (first, last time.Time, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, l := range []struct {
		layout string
		step   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, e := time.Parse(l.layout, s); e == nil {
			return t, l.step(t), nil
		}
	}
	return first, last, fmt.Errorf("bad date %q: use YYYY, YYYY-MM or YYYY-MM-DD", s)
}

func newFlagSet(name string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	return fs
}

// parse parses args, turning pflag's errors into usage errors.
func parse(fs *pflag.FlagSet, args []string) error {
	fs.SetInterspersed(true)
	if err := fs.Parse(queryWords(fs, args)); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return usagef("%v", err)
	}
	return nil
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
	req, err := o.request(fs.Args())
	if err != nil {
		return err
	}
	if req.Query == "" && len(o.Persons)+len(o.Countries)+len(o.Orgs)+len(o.Topics)+len(o.Sources) == 0 && req.From.IsZero() && req.To.IsZero() {
		if req.Sort == "" {
			req.Sort = "-date" // listing everything: newest first
		}
	}
	if err := o.out.resolve(o.JSON); err != nil {
		return err
	}
	req.Mark = o.out.marks(env.Color)
	// A malformed query is a usage error whatever state the archive is in.
	if _, _, err := index.BuildQuery(&req); err != nil {
		return err
	}
	ix, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	res, err := ix.Search(ctx, req)
	if err != nil {
		return err
	}
	hits, err := decorate(ix, &req, res, &o.out)
	if err != nil {
		return err
	}
	return writeResult(env.Stdout, res, hits, req, &o.out)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// openLocal opens the archive read-only.
func openLocal(dir string) (*index.Index, func(), error) {
	ix, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	return ix, func() { ix.Close() }, nil
}

// subcommands are the words that, as the first argument that is not a
// flag, name a subcommand rather than a query word. To search for such a
// word, put "--" before it or give it a field: body:show.
var subcommands = map[string]bool{"show": true, "help": true, "quotes": true, "timeline": true, "similar": true, "serve": true}

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

// archiveFlag finds the archive folder named in args the way the flag
// parser would, else the default.
func archiveFlag(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--archive="); ok {
			return v
		}
		if a == "--archive" && i+1 < len(args) {
			return args[i+1]
		}
	}
	d, _ := archive.DefaultDir()
	return d
}
