package indexcmd

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"chancery/archive"
	"chancery/index"
)

// edit, tag, rm and unrm change single articles by hand. Each opens the
// archive as a writer (searches are answered meanwhile), writes the change,
// its correction or tombstone and its audit entry in one store transaction
// (a kill leaves all or nothing of it), then updates the index.

func runEdit(ctx context.Context, args []string, env Env) error {
	var o common
	var clear []string
	fs := newFlagSet("indexer edit", `Usage: indexer edit ID [--title T] [--date YYYY-MM-DD] [--source S] [--url U] [--byline B] [--clear FIELD]

Corrects an article's fields by hand. The correction is kept apart from
what ingest read and applied again after every ingest of the article's
input and every retag: it sticks. An ingest whose input for the article
changed is reported as a conflict and keeps the correction. --date ""
removes the date; --clear FIELD goes back to the input's value.
`+"`search show ID`"+` marks corrected fields; `+"`indexer log --id ID`"+` lists the changes.

Example:
  indexer edit reuters-1234 --date 1987-03-02 --title "Brazil suspends interest payments"`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	vals := map[string]*string{}
	for _, f := range archive.EditableFields {
		vals[f] = fs.String(f, "", "set the "+f)
	}
	fs.StringSliceVar(&clear, "clear", nil, "go back to the input's value of FIELD (repeatable)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("edit needs one article id")
	}
	set := map[string]string{}
	for _, f := range archive.EditableFields {
		if fs.Changed(f) {
			set[f] = *vals[f]
			if err := (&archive.Article{}).SetField(f, *vals[f]); err != nil {
				return usagef("--%s: %v", f, err)
			}
		}
	}
	for _, f := range clear {
		if !slices.Contains(archive.EditableFields, f) {
			return usagef("--clear %q: use one of %s", f, strings.Join(archive.EditableFields, ", "))
		}
	}
	if len(set)+len(clear) == 0 {
		return usagef("edit needs at least one of --title, --date, --source, --url, --byline, --clear")
	}
	id := fs.Arg(0)
	w, cmd, err := o.openEdit(ctx, "edit", args, env)
	if err != nil {
		return err
	}
	defer w.Close()
	a, c, err := getCorrected(w.ix, id)
	if err != nil {
		return err
	}
	before, after := map[string]string{}, map[string]string{}
	for _, f := range clear {
		e, ok := c.Fields[f]
		if !ok {
			continue
		}
		before[f] = a.Field(f)
		a.SetField(f, e.Was)
		after[f] = e.Was
		delete(c.Fields, f)
	}
	for _, f := range archive.EditableFields {
		v, ok := set[f]
		if !ok {
			continue
		}
		e, had := c.Fields[f]
		if !had {
			e.Was = a.Field(f)
		}
		before[f] = a.Field(f)
		e.Now = v
		a.SetField(f, v)
		after[f] = a.Field(f)
		if e.Now == e.Was {
			delete(c.Fields, f) // back to the input's value
		} else {
			c.Fields[f] = e
		}
	}
	if err := w.ix.Store.Correct(a, c, archive.AuditEntry{Command: cmd, Action: archive.ActionEdit, IDs: []string{id}, Before: mustJSON(before), After: mustJSON(after)}); err != nil {
		return err
	}
	archive.Pause(archive.PauseEditStored)
	if err := w.ix.Put([]*archive.Article{a}); err != nil {
		return err
	}
	for _, f := range archive.EditableFields {
		if _, ok := after[f]; ok {
			fmt.Fprintf(env.Stderr, "%s: %s %q -> %q\n", id, f, before[f], after[f])
		}
	}
	return nil
}

// getCorrected returns the stored article id and its correction (a new,
// empty one when it has none), with the correction's Base set.
func getCorrected(ix *index.Index, id string) (*archive.Article, *archive.Correction, error) {
	a, err := ix.Store.Get(id)
	if err != nil {
		return nil, nil, err
	}
	c, err := ix.Store.Correction(id)
	if err != nil {
		return nil, nil, err
	}
	if c == nil {
		c = &archive.Correction{}
	}
	if c.Fields == nil {
		c.Fields = map[string]archive.FieldEdit{}
	}
	if c.Base == "" {
		c.Base = c.Input(a).ContentHash()
	}
	return a, c, nil
}

// mustJSON marshals v for an audit entry.
func mustJSON(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return data
}
