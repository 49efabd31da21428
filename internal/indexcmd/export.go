package indexcmd

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"chancery/archive"
	"chancery/index"
	"chancery/internal/cli"
)

// exportRecord is the JSON Lines shape of `indexer export`: the input
// fields plus the extracted entities.
type exportRecord struct {
	ID        string            `json:"id"`
	Title     string            `json:"title"`
	Date      string            `json:"date,omitempty"`
	Body      string            `json:"body"`
	Source    string            `json:"source,omitempty"`
	URL       string            `json:"url,omitempty"`
	Byline    string            `json:"byline,omitempty"`
	Language  string            `json:"language,omitempty"`
	Dateline  string            `json:"dateline,omitempty"`
	Persons   []string          `json:"persons,omitempty"`
	Countries []archive.Country `json:"countries,omitempty"`
	Orgs      []string          `json:"orgs,omitempty"`
	Topics    []string          `json:"topics,omitempty"`
	// Inferred: persons filled in from other articles (see archive.Inference)
	Inferred []archive.Inference `json:"inferred,omitempty"`
	Notes    []string            `json:"notes,omitempty"`
	// Origin is where the article was first read from ("path:line"). A
	// line that has one is read back as an export line: fields edited in
	// it become corrections, and tags that differ are reported.
	Origin string `json:"origin,omitempty"`
	// Correction is the librarian's layer (`indexer edit`, `indexer tag`):
	// the fields above already carry it.
	Correction *archive.Correction `json:"correction,omitempty"`
}

func runExport(ctx context.Context, args []string, env Env) error {
	var o common
	var out string
	fs := newFlagSet("indexer export", `Usage: indexer export [--archive DIR] [-o FILE]

Writes every article as JSON Lines, in id order: the input fields (id, title,
date, body, source, url, byline, language, dateline) and the extracted
persons (with "inferred": the persons filled in from other articles, the
name as written and the evidence), countries, orgs and topics, the reading
notes, and the librarian's corrections (already applied to the fields;
"correction" says which were made by hand) and "origin", where the article
was first read from. Ingesting the export into a new archive gives the same
articles. Edit a line and ingest it again to correct its title, date,
source, url or byline: the edit is kept as a correction (reported as
"corrected N"), which a later ingest of the original source does not undo;
tags that differ are reported with the `+"`indexer tag`"+` command that sets them. A damaged record is reported and skipped;
the others are exported and the exit status is 1. With -o FILE the export
is written beside FILE and renamed to it when complete: an export that is
stopped or fails leaves FILE as it was.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.StringVarP(&out, "output", "o", "", "write to FILE instead of standard output (\"-\": standard output); FILE appears only when the export is whole")
	if err := parse(fs, args); err != nil {
		return err
	}
	if out != "" && out != "-" {
		// The archive's own files are not an output: replacing one would
		// destroy the archive the export reads.
		dir, err := o.dir()
		if err != nil {
			return err
		}
		if inside(dir, out) {
			return usagef("-o %s is in the archive folder %s: write the export elsewhere", out, dir)
		}
	}
	st, release, err := o.openSnapshotOrStore(ctx, env)
	if err != nil {
		return err
	}
	defer release()
	var w io.Writer = env.Stdout
	var of *cli.Output
	if out != "" && out != "-" {
		if of, err = cli.CreateOutput(out); err != nil {
			return err
		}
		defer of.Abandon()
		w = of.File()
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	corrections := map[string]*archive.Correction{}
	for id, c := range st.AllCorrections() {
		corrections[id] = c
	}
	n := 0
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
		if err := enc.Encode(exportRecord{
			ID: a.ID, Title: a.Title, Date: a.DateString(), Body: a.Body, Source: a.Source, URL: a.URL,
			Byline: a.Byline, Language: a.Language, Dateline: a.Dateline,
			Persons: a.Persons, Countries: a.Countries, Orgs: a.Orgs, Topics: a.Topics, Inferred: a.Inferred,
			Notes: a.Notes, Origin: a.Origin, Correction: corrections[a.ID],
		}); err != nil {
			return err
		}
		n++
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if of != nil {
		if err := of.Commit(); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stderr, "exported %d articles\n", n)
	if len(damage) > 0 {
		return damage
	}
	return nil
}

// inside reports whether path is dir or lies in it.
func inside(dir, path string) bool {
	d, err1 := filepath.Abs(dir)
	p, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return false
	}
	if rd, err := filepath.EvalSymlinks(d); err == nil {
		d = rd
	}
	if rp, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
		p = filepath.Join(rp, filepath.Base(p))
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
