package searchcmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"chancery/archive"
	"chancery/internal/service"
)

func runShow(ctx context.Context, args []string, env Env) (err error) {
	var o common
	var cite bool
	fs := newFlagSet("search show", env.Stderr)
	o.addFlags(fs)
	fs.BoolVar(&cite, "cite", false, "add the article's citation line (source, date, headline, URL or id, original)")
	fs.Usage = func() {
		fmt.Fprint(env.Stderr, "Usage: search show [--archive DIR] [--json] [--cite] ID...\n"+fs.FlagUsages())
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("show needs an article id (ids are printed by every search)")
	}
	eng, release, err := o.open(env)
	if err != nil {
		return err
	}
	defer release()
	// Each id alone, so that one that is not found (a typo, an article
	// removed since) does not hide the others: it is reported, the others
	// are shown, and the exit status is 1.
	var arts []service.Article
	var missing []error
	for _, id := range fs.Args() {
		a, err := eng.Show(ctx, []string{id})
		if err != nil {
			if !errors.Is(err, archive.ErrNotFound) || fs.NArg() == 1 {
				return err
			}
			missing = append(missing, err)
			continue
		}
		arts = append(arts, a...)
	}
	if cite {
		for i := range arts {
			arts[i].Citation = arts[i].Cite()
		}
	}
	defer func() {
		if len(missing) > 0 && err == nil {
			err = errors.Join(missing...)
		}
	}()
	if o.JSON {
		if fs.NArg() == 1 {
			return service.WriteJSON(env.Stdout, arts[0])
		}
		return service.WriteJSON(env.Stdout, arts)
	}
	for i, a := range arts {
		if i > 0 {
			fmt.Fprintln(env.Stdout, "\n"+strings.Repeat("─", 60))
		}
		writeArticle(env.Stdout, a)
	}
	return nil
}

func writeArticle(w io.Writer, a service.Article) {
	title := orDash(a.Title)
	if slices.Contains(a.Corrected, "title") {
		title += "  [corrected]"
	}
	fmt.Fprintf(w, "%s\n", title)
	kinds := map[string]string{"persons": "person", "countries": "country", "orgs": "org", "topics": "topic"}
	field := func(k, v string) {
		kind := k
		if s, ok := kinds[k]; ok {
			kind = s
		}
		if slices.Contains(a.Corrected, kind) {
			v += "  [corrected]"
		}
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", k+":", v)
		}
	}
	field("id", a.ID)
	field("date", orDash(a.Date))
	field("source", a.Source)
	field("url", a.URL)
	field("byline", a.Byline)
	field("dateline", a.Dateline)
	persons := make([]string, len(a.Persons))
	for i, p := range a.Persons {
		persons[i] = p
		for _, in := range a.Inferred {
			if archive.Key(in.Person) == archive.Key(p) {
				persons[i] = fmt.Sprintf("%s (inferred from %q)", p, in.From)
			}
		}
	}
	field("persons", strings.Join(persons, "; "))
	for _, in := range a.Inferred {
		field("inferred", fmt.Sprintf("%s for %q: %s", in.Person, in.From, in.Evidence))
	}
	var cs []string
	for _, c := range a.Countries {
		cs = append(cs, fmt.Sprintf("%s (%s)", c.Name, c.Code))
	}
	field("countries", strings.Join(cs, "; "))
	field("orgs", strings.Join(a.Orgs, "; "))
	field("topics", strings.Join(a.Topics, "; "))
	field("origin", a.Origin)
	for _, n := range a.Notes {
		field("note", n)
	}
	field("cite", a.Citation)
	fmt.Fprintf(w, "\n%s\n", a.Body)
}
