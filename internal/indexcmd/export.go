package indexcmd

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"chancery/archive"
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
}

func runExport(ctx context.Context, args []string, env Env) error {
	var o common
	var out string
	fs := newFlagSet("indexer export", `Usage: indexer export [--archive DIR] [-o FILE]

Writes every article as JSON Lines, in id order: the input fields (id, title,
date, body, source, url, byline, language, dateline) and the extracted
persons (with "inferred": the persons filled in from other articles, the
name as written and the evidence), countries, orgs and topics. Ingesting the export into a new archive
gives the same articles.`, env)
	o.addFlags(fs)
	fs.StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	st, err := o.parseStore(fs, args)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = env.Stdout
	var f *os.File
	if out != "" {
		if f, err = os.Create(out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	for a, err := range st.Articles() {
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
		}); err != nil {
			return err
		}
		n++
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if f != nil {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stderr, "exported %d articles\n", n)
	return nil
}
