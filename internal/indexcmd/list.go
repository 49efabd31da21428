package indexcmd

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"chancery/archive"
	"chancery/index"
)

// listItem is one line of `indexer list`.
type listItem struct {
	ID     string   `json:"id"`
	Date   string   `json:"date,omitempty"`
	Title  string   `json:"title"`
	Source string   `json:"source,omitempty"`
	Why    []string `json:"why,omitempty"` // notes, corrected fields, or the removal
}

func runList(ctx context.Context, args []string, env Env) error {
	var o common
	var undated, warned, corrected, removed, asJSON bool
	var source string
	fs := newFlagSet("indexer list", `Usage: indexer list [--undated] [--warned] [--corrected] [--removed] [--source NAME] [--json]

Lists articles that need a librarian's look, one per line: id, date, title,
and why. --undated: no date; --warned: read with a note (re-encoded, date
not guessed, duplicate id ...); --corrected: changed by edit or tag (the
fields); --removed: taken down by rm (reason, date, user); --source NAME:
of that source ("(none)": without one). Several flags list the articles
that meet all of them (--removed stands alone).`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.BoolVar(&undated, "undated", false, "articles without a date")
	fs.BoolVar(&warned, "warned", false, "articles read with a note")
	fs.BoolVar(&corrected, "corrected", false, "articles corrected by hand")
	fs.BoolVar(&removed, "removed", false, "removed articles (tombstones)")
	fs.StringVar(&source, "source", "", `articles of this source ("(none)": without one)`)
	fs.BoolVar(&asJSON, "json", false, "one JSON object per line")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !undated && !warned && !corrected && !removed && !fs.Changed("source") {
		return usagef("list needs --undated, --warned, --corrected, --removed or --source NAME")
	}
	if removed && (undated || warned || corrected || fs.Changed("source")) {
		return usagef("--removed lists removed articles: it does not combine with the other flags")
	}
	st, release, err := o.openSnapshotOrStore(ctx, env)
	if err != nil {
		return err
	}
	defer release()
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	n := 0
	emit := func(it listItem) error {
		n++
		if asJSON {
			return enc.Encode(it)
		}
		_, err := fmt.Fprintf(env.Stdout, "%s\t%s\t%s\t%s\n", it.ID, orNone(it.Date, "undated"), it.Title, strings.Join(it.Why, "; "))
		return err
	}
	if removed {
		for id, t := range st.Tombstones() {
			why := fmt.Sprintf("removed %s by %s: %s", t.Time.Format(archive.DateLayout), t.User, t.Reason)
			it := listItem{ID: id, Title: t.Title, Why: []string{why}}
			if a, err := t.Article(); err == nil {
				it.Date = a.DateString()
			}
			if err := emit(it); err != nil {
				return err
			}
		}
		fmt.Fprintf(env.Stderr, "%d %s\n", n, plural(n, "article", "articles"))
		return nil
	}
	corrections := map[string]*archive.Correction{}
	for id, c := range st.AllCorrections() {
		corrections[id] = c
	}
	var damage index.Damage
	for a, err := range st.Articles() {
		if damage.Skip(err) {
			fmt.Fprintf(env.Stderr, "indexer: %v: skipped\n", err)
			continue
		}
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		c := corrections[a.ID]
		if undated && !a.Date.IsZero() || warned && len(a.Notes) == 0 || corrected && c == nil {
			continue
		}
		if fs.Changed("source") {
			if source == index.NoSource && a.Source != "" || source != index.NoSource && !strings.EqualFold(a.Source, source) {
				continue
			}
		}
		it := listItem{ID: a.ID, Date: a.DateString(), Title: a.Title, Source: a.Source}
		if warned || undated {
			it.Why = append(it.Why, a.Notes...)
		}
		if corrected {
			it.Why = append(it.Why, "corrected: "+strings.Join(c.Corrected(), ", "))
		}
		if err := emit(it); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stderr, "%d %s\n", n, plural(n, "article", "articles"))
	return damageErr(damage)
}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
