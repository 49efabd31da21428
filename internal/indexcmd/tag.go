package indexcmd

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"chancery/archive"
	"chancery/entities"
)

func runTag(ctx context.Context, args []string, env Env) error {
	var o common
	var add, remove []string
	fs := newFlagSet("indexer tag", `Usage: indexer tag ID [--add KIND:NAME]... [--remove KIND:NAME]...

Adds or removes an article's persons, countries, organizations or topics by
hand (KIND is person, country, org or topic; a country by name or ISO
code). Like `+"`indexer edit`"+`, the change is the librarian's layer over
extraction: re-ingest and retag keep it.

Example:
  indexer tag bbc-0042 --remove person:"Alex Brown" --add org:"Brown and Sons Inc"`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.StringArrayVar(&add, "add", nil, "add a tag KIND:NAME (repeatable)")
	fs.StringArrayVar(&remove, "remove", nil, "remove a tag KIND:NAME (repeatable)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("tag needs one article id")
	}
	if len(add)+len(remove) == 0 {
		return usagef("tag needs --add KIND:NAME or --remove KIND:NAME")
	}
	type change struct {
		add        bool
		kind, name string
	}
	var changes []change
	for _, l := range []struct {
		add  bool
		vals []string
	}{{true, add}, {false, remove}} {
		for _, v := range l.vals {
			kind, name, ok := strings.Cut(v, ":")
			name = strings.TrimSpace(name)
			if !ok || name == "" || !slices.Contains(archive.TagKinds, kind) {
				return usagef("%q: use KIND:NAME with KIND one of %s", v, strings.Join(archive.TagKinds, ", "))
			}
			changes = append(changes, change{l.add, kind, name})
		}
	}
	id := fs.Arg(0)
	dir, err := o.dir()
	if err != nil {
		return err
	}
	x, _, err := newTagger(dir)
	if err != nil {
		return err
	}
	w, cmd, err := o.openEdit(ctx, "tag", args, env)
	if err != nil {
		return err
	}
	defer w.Close()
	a, c, err := getCorrected(w.ix, id)
	if err != nil {
		return err
	}
	if c.Add == nil {
		c.Add = map[string][]string{}
	}
	if c.Remove == nil {
		c.Remove = map[string][]string{}
	}
	before := tagsOf(a)
	without := func(list []string, name string) []string {
		return slices.DeleteFunc(list, func(s string) bool { return s == name })
	}
	// A removal must name a tag the article has: a misspelt name would
	// otherwise change nothing in silence.
	var absent []string
	has := func(kind, name string) {
		if slices.Contains(before[kind], name) {
			return
		}
		its := "none"
		if len(before[kind]) > 0 {
			its = strings.Join(before[kind], "; ")
		}
		absent = append(absent, fmt.Sprintf("%s has no %s %q (its %s: %s)", id, kind, name, kindPlural[kind], its))
	}
	for _, ch := range changes {
		name := ch.name
		if ch.kind == "country" {
			ks := entities.Countries(name) // names, abbreviations, ISO codes
			if k, ok := x.Country(name); ok && len(ks) == 0 {
				ks = append(ks, k) // a name the archive's aliases give
			}
			switch {
			case len(ks) == 0:
				return fmt.Errorf("country %q is not known: give its English name or ISO code", name)
			case len(ks) > 1:
				names := make([]string, len(ks))
				for i, k := range ks {
					names[i] = k.Name
				}
				return fmt.Errorf("country %q stands for %s: give one of them", name, strings.Join(names, ", "))
			}
			k := ks[0]
			if !ch.add {
				has("country", k.Name)
			}
			sameCountry := func(k2 archive.Country) bool { return k2.Code == k.Code }
			c.AddCountries = slices.DeleteFunc(c.AddCountries, sameCountry)
			c.Remove["country"] = slices.DeleteFunc(c.Remove["country"], func(s string) bool { return s == k.Name || s == k.Code })
			if ch.add {
				c.AddCountries = append(c.AddCountries, k)
			} else {
				c.Remove["country"] = append(c.Remove["country"], k.Code)
			}
			continue
		}
		if !ch.add {
			has(ch.kind, name)
		}
		c.Add[ch.kind] = without(c.Add[ch.kind], name)
		c.Remove[ch.kind] = without(c.Remove[ch.kind], name)
		if ch.add {
			c.Add[ch.kind] = append(c.Add[ch.kind], name)
		} else {
			c.Remove[ch.kind] = append(c.Remove[ch.kind], name)
		}
	}
	if len(absent) > 0 {
		return fmt.Errorf("%s: nothing changed", strings.Join(absent, "; "))
	}
	for k, l := range c.Add {
		if len(l) == 0 {
			delete(c.Add, k)
		}
	}
	for k, l := range c.Remove {
		if len(l) == 0 {
			delete(c.Remove, k)
		}
	}
	c.ApplyTags(a)
	after := tagsOf(a)
	if err := w.ix.Store.Correct(a, c, archive.AuditEntry{Command: cmd, Action: archive.ActionTag, IDs: []string{id}, Before: mustJSON(before), After: mustJSON(after)}); err != nil {
		return err
	}
	if err := w.ix.Put([]*archive.Article{a}); err != nil {
		return err
	}
	for _, k := range archive.TagKinds {
		if !slices.Equal(before[k], after[k]) {
			fmt.Fprintf(env.Stderr, "%s: %s %q -> %q\n", id, k, before[k], after[k])
		}
	}
	return nil
}

// kindPlural names the tags of a kind in messages.
var kindPlural = map[string]string{"person": "persons", "country": "countries", "org": "organizations", "topic": "topics"}

// tagsOf returns a's tags by kind.
func tagsOf(a *archive.Article) map[string][]string {
	return map[string][]string{"person": a.Persons, "country": a.CountryNames(), "org": a.Orgs, "topic": a.Topics}
}
