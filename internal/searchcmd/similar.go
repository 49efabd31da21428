package searchcmd

import (
	"context"
	"fmt"
	"strings"
)

const similarUsage = `Usage: search similar [flags] ID

Articles most like the article ID: those that share its most distinctive
words (tf-idf), its persons and its countries. The filters narrow the
candidates; the output is that of a search (--json, --format, --cite).

  search similar cw-2004-0355
  search similar --from 2005 --json reuters-1234

Flags:
`

func runSimilar(ctx context.Context, args []string, env Env) error {
	var o searchOptions
	fs := newFlagSet("search similar", env.Stderr)
	o.addFlags(fs)
	for _, name := range []string{"sort", "kwic", "kwic-context", "all-versions"} {
		fs.MarkHidden(name)
	}
	fs.Usage = func() { fmt.Fprint(env.Stderr, similarUsage+fs.FlagUsages()) }
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("similar needs one article id (ids are printed by every search)")
	}
	if o.out.KWIC || o.Sort != "" {
		return usagef("similar ranks by likeness: --kwic and --sort do not apply")
	}
	if err := o.out.resolve(o.JSON, "similar", searchFormats); err != nil {
		return err
	}
	req := o.request(nil)
	req.Mark = o.out.marks(env.Color)
	if _, err := req.Prepare(); err != nil {
		return err
	}
	eng, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	res, like, err := eng.Similar(ctx, fs.Arg(0), req)
	if err != nil {
		return err
	}
	writeNotes(env.Stderr, res.Notes)
	if o.out.Format == formatText {
		fmt.Fprintf(env.Stdout, "Like %s %q\nby %s\n\n", like.ID, like.Title, strings.Join(like.Terms, ", "))
	}
	return writeResult(env.Stdout, res, &o.out)
}
