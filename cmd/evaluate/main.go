// Command evaluate scores entity extraction against the research corpora in
// ../shared/corpora (CoNLL-2003, Reuters-21578, BBC News) and prints a table.
//
//	go run ./cmd/evaluate                     # dev split, table
//	go run ./cmd/evaluate --split check       # the check split, reported in docs/QUALITY.md
//	go run ./cmd/evaluate --split check --json
//	go run ./cmd/evaluate --split dev --half a   # even documents only (b: odd)
//	go run ./cmd/evaluate --train /tmp/a.model --half a   # a model of half a only
//	go run ./cmd/evaluate --split dev --half b --model /tmp/a.model
//	go run ./cmd/evaluate --headlines --half a   # persons of Reuters capitals headlines
//	go run ./cmd/evaluate --split dev --half a --text-form upper   # CoNLL persons in capitals (or lead: briefs)
//	go run ./cmd/evaluate --train entities/data/persons.model   # retrain the embedded model on eng.train
//
// The corpora are found by walking up from the working directory to a
// shared/corpora folder, or given with --corpora DIR.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/pflag"

	"chancery/entities"
	"chancery/entities/eval"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	corpora string
	split   string
	json    bool
	train   string
	learn   string
	verbose bool
	half    string
	model   string
	heads   bool
	unseen  bool
	form    string
}

func (o *options) addFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.corpora, "corpora", "", "the corpora folder (default: shared/corpora found above the working directory)")
	fs.StringVar(&o.split, "split", "dev", "which part to score: dev or check")
	fs.BoolVar(&o.json, "json", false, "print the result as JSON")
	fs.StringVar(&o.train, "train", "", "train the persons model on CoNLL eng.train and write it to this file (e.g. entities/data/persons.model)")
	fs.StringVar(&o.learn, "learn-topics", "", "learn the top-level topic words from the BBC dev split and write them to this file (e.g. entities/data/toplevel.tsv)")
	fs.BoolVarP(&o.verbose, "verbose", "v", false, "list misses on stderr")
	fs.StringVar(&o.model, "model", "", "score with this persons model (written by --train) instead of the embedded one")
	fs.BoolVar(&o.unseen, "unseen-names", false, "replace the people of Reuters articles by CoNLL eng.train persons of the same half before scoring PEOPLE (names no rule was written for; pair with --model of the other half)")
	fs.StringVar(&o.form, "text-form", "", "score CoNLL persons on rewritten text: upper (everything in capitals) or lead (the title and the body to its first sentence of six words or more, a brief)")
	fs.BoolVar(&o.heads, "headlines", false, "measure the persons of Reuters capitals headlines found from the headline alone, the story's persons as reference")
	fs.StringVar(&o.half, "half", "", "score only half of the CoNLL and Reuters documents: a (even) or b (odd), to check a rule written on one half against the other")
}

func run(_ context.Context, args []string, stdout, stderr io.Writer) int {
	var o options
	fs := pflag.NewFlagSet("evaluate", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	o.addFlags(fs)
	if err := fs.Parse(args); err != nil {
		fmt.Fprintln(stderr, "Try: evaluate --help")
		return 2
	}
	if o.split != string(eval.Dev) && o.split != string(eval.Check) {
		fmt.Fprintf(stderr, "evaluate: --split must be dev or check, not %q\nTry: evaluate --split check\n", o.split)
		return 2
	}
	if o.form != "" && o.form != "upper" && o.form != "lead" {
		fmt.Fprintf(stderr, "evaluate: --text-form must be upper or lead, not %q\nTry: evaluate --split dev --half a --text-form upper\n", o.form)
		return 2
	}
	if o.half != "" && o.half != "a" && o.half != "b" {
		fmt.Fprintf(stderr, "evaluate: --half must be a or b, not %q\nTry: evaluate --split dev --half a\n", o.half)
		return 2
	}
	if o.corpora == "" {
		wd, _ := os.Getwd()
		c, err := eval.FindCorpora(wd)
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v; pass --corpora DIR\n", err)
			return 1
		}
		o.corpora = c
	} else if st, err := os.Stat(o.corpora); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "evaluate: corpora folder %s not found: pass the folder holding conll2003/, reuters21578/ and bbc/\n", o.corpora)
		return 1
	}
	if o.train != "" {
		return train(o, stdout, stderr)
	}
	if o.learn != "" {
		return learn(o, stdout, stderr)
	}
	var model []byte
	if o.model != "" {
		var err error
		if model, err = os.ReadFile(o.model); err != nil {
			fmt.Fprintf(stderr, "evaluate: read persons model: %v; write one with --train FILE\n", err)
			return 1
		}
	}
	ext, err := entities.New(entities.Options{PersonsModel: model})
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	if o.heads {
		return headlines(ext, o, stdout, stderr)
	}
	res, err := eval.Run(ext, eval.Options{Corpora: o.corpora, Split: eval.Split(o.split), Verbose: o.verbose, Half: o.half, UnseenNames: o.unseen, TextForm: o.form})
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	if o.verbose {
		for _, m := range res.Misses {
			fmt.Fprintln(stderr, m)
		}
		res.Misses = nil
	}
	if res.ConllDocs == 0 && res.ReutersDocs == 0 && res.BBCDocs == 0 {
		fmt.Fprintf(stderr, "evaluate: no corpus files found in %s\n", o.corpora)
		return 1
	}
	if o.json {
		return writeJSON(stdout, stderr, res)
	}
	printTable(stdout, res)
	return 0
}

func printTable(w io.Writer, r *eval.Result) {
	if r.Half != "" {
		fmt.Fprintf(w, "split: %s, half %s\n", r.Split, r.Half)
	} else {
		fmt.Fprintf(w, "split: %s\n", r.Split)
	}
	fmt.Fprintf(w, "%-44s %8s %8s %8s %8s\n", "measure", "P", "R", "F1", "docs")
	fmt.Fprintf(w, "%-44s %8.3f %8.3f %8.3f %8d\n", "persons, CoNLL-2003 (document level)", r.ConllPersonsP, r.ConllPersonsR, r.ConllPersonsF1, r.ConllDocs)
	fmt.Fprintf(w, "%-44s %8s %8.3f %8s %8d\n", "persons, Reuters PEOPLE", "", r.ReutersPeopleRecall, "", r.ReutersPeopleDocs)
	fmt.Fprintf(w, "%-44s %8.3f %8.3f %8s %8d\n", "countries, Reuters PLACES", r.ReutersPlacesP, r.ReutersPlacesR, "", r.ReutersPlacesDocs)
	fmt.Fprintf(w, "%-44s %8s %8.3f %8s %8d\n", "topics, Reuters TOPICS mapped (recall)", "", r.ReutersTopicsRecall, "", r.ReutersTopicsDocs)
	fmt.Fprintf(w, "%-44s %8s %8.3f %8s %8d\n", "topics, BBC top-level (accuracy)", "", r.BBCTopAccuracy, "", r.BBCDocs)
	fmt.Fprintf(w, "speed: %.1f MB/s on one goroutine (%.1f MB in %.2f s)\n", r.MBPerSec, float64(r.Bytes)/1e6, r.Seconds)
	if len(r.BBCConfusion) > 0 {
		fmt.Fprintln(w, "BBC confusion (category -> first top-level topic):")
		cats := make([]string, 0, len(r.BBCConfusion))
		for c := range r.BBCConfusion {
			cats = append(cats, c)
		}
		sort.Strings(cats)
		for _, c := range cats {
			fmt.Fprintf(w, "  %-14s", c)
			got := make([]string, 0)
			for g := range r.BBCConfusion[c] {
				got = append(got, g)
			}
			sort.Slice(got, func(i, j int) bool { return r.BBCConfusion[c][got[i]] > r.BBCConfusion[c][got[j]] })
			for _, g := range got {
				fmt.Fprintf(w, " %s=%d;", g, r.BBCConfusion[c][g])
			}
			fmt.Fprintln(w)
		}
	}
}

func train(o options, stdout, stderr io.Writer) int {
	docs, err := eval.ReadConll(filepath.Join(o.corpora, "conll2003", "eng.train"))
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	x, err := entities.NewTrainer()
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	td := make([]entities.TrainingDoc, 0, len(docs))
	for i := range docs {
		if o.half == "a" && i%2 != 0 || o.half == "b" && i%2 != 1 {
			continue // the other half, held out
		}
		td = append(td, docs[i].Train)
	}
	model, err := x.TrainPersons(td, entities.PersonsTrainOptions)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	tmp := o.train + ".tmp"
	if err := os.WriteFile(tmp, model, 0o644); err != nil {
		fmt.Fprintf(stderr, "evaluate: write model: %v\n", err)
		return 1
	}
	if err := os.Rename(tmp, o.train); err != nil {
		fmt.Fprintf(stderr, "evaluate: write model: %v\n", errors.Join(err, os.Remove(tmp)))
		return 1
	}
	fmt.Fprintf(stdout, "trained on %d documents; wrote %s (%d bytes)\n", len(td), o.train, len(model))
	return 0
}

func learn(o options, stdout, stderr io.Writer) int {
	x, err := entities.NewTrainer()
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	text, err := eval.LearnTopLevel(x, o.corpora, eval.LearnOptions{})
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	if err := os.WriteFile(o.learn, []byte(text), 0o644); err != nil {
		fmt.Fprintf(stderr, "evaluate: write %s: %v\n", o.learn, err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", o.learn, len(text))
	return 0
}

func headlines(ext *entities.Extractor, o options, stdout, stderr io.Writer) int {
	res, err := eval.Headlines(ext, eval.Options{Corpora: o.corpora, Split: eval.Split(o.split), Verbose: o.verbose, Half: o.half, UnseenNames: o.unseen})
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	if res.Headlines == 0 {
		fmt.Fprintf(stderr, "evaluate: no Reuters files found in %s\n", o.corpora)
		return 1
	}
	if o.verbose {
		for _, m := range res.Misses {
			fmt.Fprintln(stderr, m)
		}
		res.Misses = nil
	}
	if o.json {
		return writeJSON(stdout, stderr, res)
	}
	half := ""
	if res.Half != "" {
		half = ", half " + res.Half
	}
	fmt.Fprintf(stdout, "split: %s%s\nReuters capitals headlines with a story: %d\nstory persons named in the headline: %d, found from the headline alone: %d (%.3f)\nheadline persons the story does not name: %d\n",
		res.Split, half, res.Headlines, res.Names, res.Found, res.Rate, res.Unconfirmed)
	return 0
}

// writeJSON writes v as indented JSON and returns the exit code.
func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	return 0
}
