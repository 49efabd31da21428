package searchcmd

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"chancery/index"
)

// valuesJSON is the JSON shape of `search values`.
type valuesJSON struct {
	Facet  string             `json:"facet"`
	Prefix string             `json:"prefix"`
	Values []index.FacetValue `json:"values"`
	// Total is the number of matching values, of which Values shows the
	// first --size.
	Total int `json:"total"`
	// Counts says what the counts count: "stories" (each near-duplicate
	// group once) or "articles" (--all-versions).
	Counts string `json:"counts"`
}

const valuesUsage = `Usage: search values [flags] FACET [PREFIX]

Lists the values of a facet (person, country, org, topic, source or year)
that start with PREFIX, or have a word that does, with the number of
stories that hold each (the near-duplicate copies of one story count once;
--all-versions counts every copy), most first. Case and accents do not matter:
"search values person pohl" finds "Karl Otto Pöhl". Any value listed works
as a filter as it is written.

Flags:
`

func runValues(ctx context.Context, args []string, env Env) error {
	var o common
	size := 50
	var allVersions bool
	fs := newFlagSet("search values", env.Stderr)
	o.addFlags(fs)
	fs.IntVarP(&size, "size", "n", size, "values to list (0: all)")
	fs.BoolVar(&allVersions, "all-versions", false, "count every stored copy of a story, not each story once")
	fs.Usage = func() { fmt.Fprint(env.Stderr, valuesUsage+fs.FlagUsages()) }
	if err := parse(fs, args); err != nil {
		return err
	}
	facets := append(append([]string{}, index.FacetFields...), index.FacetYear)
	if fs.NArg() == 0 || fs.NArg() > 2 {
		return usagef("values needs a facet (%s) and may take a prefix: search values person Bak", strings.Join(facets, ", "))
	}
	facet := strings.ToLower(fs.Arg(0))
	if !slices.Contains(facets, facet) {
		return usagef("values: no facet %q (use %s)", fs.Arg(0), strings.Join(facets, ", "))
	}
	if size < 0 {
		return usagef("--size must be 0 or more, not %d", size)
	}
	prefix := fs.Arg(1)
	ix, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	vals, err := ix.ValuesOf(ctx, facet, prefix, 0, allVersions)
	if err != nil {
		return err
	}
	total := len(vals)
	if size > 0 && len(vals) > size {
		vals = vals[:size]
	}
	if vals == nil {
		vals = []index.FacetValue{}
	}
	if o.JSON {
		return writeJSON(env.Stdout, valuesJSON{Facet: facet, Prefix: prefix, Values: vals, Total: total, Counts: counted(allVersions)})
	}
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
