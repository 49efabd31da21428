package searchcmd

import (
	"context"
	"fmt"
	"strings"

	"chancery/internal/service"
)

const valuesUsage = `Usage: search values [flags] FACET [PREFIX]

Lists the values of a facet (person, country, org, topic, source or year)
that start with PREFIX, or have a word that does, with the number of
articles that hold each, most first. Case and accents do not matter:
"search values person pohl" finds "Karl Otto Pöhl". Any value listed works
as a filter as it is written.

Flags:
`

func runValues(ctx context.Context, args []string, env Env) error {
	var o common
	size := 50
	fs := newFlagSet("search values", env.Stderr)
	o.addFlags(fs)
	fs.IntVarP(&size, "size", "n", size, "values to list (0: all)")
	fs.Usage = func() { fmt.Fprint(env.Stderr, valuesUsage+fs.FlagUsages()) }
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 || fs.NArg() > 2 {
		return usagef("values needs a facet (%s) and may take a prefix: search values person Bak", strings.Join(service.Facets, ", "))
	}
	facet, err := service.CheckValues(fs.Arg(0), size)
	if err != nil {
		return err
	}
	prefix := fs.Arg(1)
	ix, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	v, err := service.ValuesOf(ctx, ix, facet, prefix, size)
	if err != nil {
		return err
	}
	if o.JSON {
		return service.WriteJSON(env.Stdout, v)
	}
	vals, total := v.Values, v.Total
	if total == 0 {
		fmt.Fprintf(env.Stdout, "no %s value matches %q\n", facet, prefix)
		return nil
	}
	for _, v := range vals {
		fmt.Fprintf(env.Stdout, "%7d  %s\n", v.Count, v.Value)
	}
	if total > len(vals) {
		fmt.Fprintf(env.Stdout, "%d values, showing %d (--size 0 for all)\n", total, len(vals))
	}
	return nil
}
