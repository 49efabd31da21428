package indexcmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
	"chancery/ingest"
	"chancery/internal/cli"

	"github.com/schollz/progressbar/v3"
)

type addOptions struct {
	common
	Format    string
	Rejects   string
	BatchSize int
	MaxRecord int
	Quiet     bool
	Resolve   string
	Source    string
	MergeTail bool
}

func runAdd(ctx context.Context, args []string, env Env) error {
	var o addOptions
	fs := newFlagSet("indexer add", `Usage: indexer add [flags] PATH...

Ingests files and folders (recursively; .gz files too) of plain-text news
pages, JSON Lines, HTML pages, RSS/Atom feeds and Reuters-21578 SGML; "-"
reads standard input: an HTML page, a feed or Reuters SGML by its content,
else JSON Lines. Ingesting the same input again changes
nothing; an article with a known id and new content replaces the old one.
A record that cannot be read is reported and skipped; the exit status is
then 1. Files in the folders that are plainly not articles (README,
LICENSE, SOURCE, CHANGES, Markdown notes) are skipped with a note.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.StringVar(&o.Format, "format", "auto", "input format: "+archive.InputFormats())
	fs.StringVar(&o.Rejects, "rejects", "", "write each rejected record with its reason to this JSON Lines file")
	fs.IntVar(&o.BatchSize, "batch-size", index.BatchSize, "articles per store transaction and index batch")
	fs.IntVar(&o.MaxRecord, "max-record", archive.DefaultMaxRecordBytes, "largest record (line, file) read, in bytes")
	fs.StringVar(&o.Source, "source", "", "source of the articles whose input does not name one (a folder's "+archive.FolderSettingsFile+" file gives one for its pages otherwise)")
	fs.BoolVarP(&o.Quiet, "quiet", "q", false, "no progress bar and no per-record warnings")
	fs.BoolVar(&o.MergeTail, "merge-tail", true, "afterwards, merge the small index segments the run left (faster searches; --merge-tail=false for a series of adds that ends with `indexer compact`)")
	fs.StringVar(&o.Resolve, "resolve-names", "auto", "afterwards, fill in bare surnames from full names of the same source within a year either side (\"Baker\" -> \"James Baker\", marked inferred): auto (when the run changed a tenth of the archive or more), always, never")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("add needs at least one file or folder (or - for JSON Lines on stdin)")
	}
	for _, p := range fs.Args() {
		if strings.TrimSpace(p) == "" {
			return usagef("an input path is empty")
		}
	}
	format, err := archive.ParseInputFormat(o.Format)
	if err != nil {
		return usagef("--format: %v", err)
	}
	dir, err := o.dir()
	if err != nil {
		return err
	}
	if o.BatchSize < 1 {
		return usagef("--batch-size must be 1 or more, not %d", o.BatchSize)
	}
	if o.MaxRecord < 1 {
		return usagef("--max-record must be 1 or more (bytes), not %d", o.MaxRecord)
	}
	switch o.Resolve {
	case "auto", "always", "never":
	default:
		return usagef("--resolve-names %q: use auto, always or never", o.Resolve)
	}
	if o.Rejects != "" {
		if err := checkRejects(o.Rejects, fs.Args()); err != nil {
			return err
		}
	}
	x, al, err := newTagger(dir)
	if err != nil {
		return err
	}
	w, err := openWriter(ctx, dir, "indexer add "+joinArgs(args), o.Wait, index.Options{}, env.Search)
	if err != nil {
		return noSpace(dir, err, inputSize(fs.Args()))
	}
	defer w.Close()
	reg, err := loadRegistry(w.ix.Store)
	if err != nil {
		return err
	}
	// A first load counts the names as it writes, and so does a run on an
	// archive whose saved counts cover all of it, so that resolving them
	// afterwards needs no pass over the store (see resolveNames).
	var observed *entities.Registry
	if o.Resolve != "never" {
		empty, err := storeEmpty(w.ix.Store)
		if err != nil {
			return err
		}
		if empty {
			observed = entities.NewRegistry()
		} else if n, err := w.ix.DocCount(); err == nil {
			observed = loadCounts(w.ix.Store, n)
		}
	}

	opts := ingest.Options{
		Resolver:  reg,
		Observer:  observer(observed),
		BatchSize: o.BatchSize,
		Read:      archive.ReadOptions{Format: format, MaxRecordBytes: o.MaxRecord, Source: strings.TrimSpace(o.Source)},
		Log:       env.Stderr,
		Stdin:     env.Stdin,
		// The flag that lists every rejected record, and advice on one.
		RejectsHint:   "pass --rejects FILE to list them all",
		WarnedHint:    "`indexer list --warned` lists them",
		Remedy:        func(err error) string { return cli.Remedy(err, dir) },
		RemovedHint:   func(id string) string { return "`indexer unrm " + id + "` brings it back" },
		ConflictHint:  func(id string) string { return "see `indexer log --id " + id + "`" },
		CorrectedHint: func(id string) string { return "`indexer edit " + id + " --clear FIELD` undoes it" },
		Command:       "indexer add " + joinArgs(args),
	}
	if o.Quiet {
		opts.Log = nil
	}
	if o.Rejects != "" {
		f, err := os.Create(o.Rejects)
		if err != nil {
			return fmt.Errorf("--rejects: %w", err)
		}
		defer f.Close()
		opts.Rejects = f
	}
	var bar *progressbar.ProgressBar
	if env.Progress && !o.Quiet {
		bar = newBar(env, inputSize(fs.Args()))
		opts.Progress = func(s ingest.Stats) {
			bar.Describe(fmt.Sprintf("%d articles", s.Articles()))
			bar.Set64(s.Bytes)
		}
	}
	ing := ingest.New(w.ix, sourceTagger{x, al}, opts)
	st, err := ing.Paths(ctx, fs.Args())
	if bar != nil {
		bar.Finish()
		bar.Clear()
	}
	logIngest(w, opts.Command, st, err)
	if err != nil {
		fmt.Fprintf(env.Stderr, "stopped: %s\n", st)
		if errors.Is(err, context.Canceled) && o.Resolve != "never" && st.Added+st.Replaced > 0 {
			// Running the command again may change too little to resolve
			// names by itself (auto): say what does.
			fmt.Fprintf(env.Stderr, "names were not resolved across the archive: once the ingest is complete, run `indexer retag --archive %s` (or run it again with --resolve-names always)\n", dir)
		}
		return noSpace(dir, err, inputSize(fs.Args()))
	}
	fmt.Fprintln(env.Stderr, st)
	if err := resolveNames(ctx, w, st, o.Resolve, observed, env); err != nil {
		return err
	}
	if st.Added+st.Replaced > 0 {
		// The small segments an ingest's last batches leave slow every
		// later search process down: merge them (cheap: only they are
		// read and written). A stopped merge leaves the index as it was.
		if o.MergeTail {
			if _, err := w.ix.MergeTail(ctx); err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
		}
		if n, err := w.ix.Segments(); err == nil {
			if hint := compactHint(n, dir); hint != "" {
				fmt.Fprintln(env.Stderr, hint)
			}
		}
	}
	if !o.Quiet {
		if err := reportTagDiffs(w.ix.Store, ing.Exported(), env); err != nil {
			return err
		}
	}
	if st.Rejected > 0 {
		if o.Rejects != "" {
			fmt.Fprintf(env.Stderr, "rejected records written to %s\n", o.Rejects)
		}
		return errRejected
	}
	return nil
}

// resolveNames resolves names across the archive after an add when asked,
// or by default when the run changed at least a tenth of the archive: a first bulk load then gets
// one spelling per person ("Baker" -> "James Baker") without a second
// command, while a small daily batch does not pay for a pass over a large
// archive (it uses the names the last retag decided; run `indexer retag`
// now and then).
//
// observed, when not nil, counted every article of a run that began on an
// empty archive, or on an archive whose saved counts it loaded: when the
// run replaced none (a replaced article was counted twice), those counts
// are the archive's, and the articles to change are found through the
// index instead of a pass over the store.
func resolveNames(ctx context.Context, w *writer, st ingest.Stats, mode string, observed *entities.Registry, env Env) error {
	changedNow := st.Added + st.Replaced
	if mode == "never" || changedNow == 0 && mode == "auto" {
		return nil
	}
	start := time.Now()
	var (
		changed, resolved, companies int
		err                          error
	)
	if mode == "auto" {
		total, err := w.ix.DocCount()
		if err != nil {
			return err
		}
		if uint64(changedNow)*10 < total {
			return nil
		}
	}
	if observed != nil && st.Replaced == 0 {
		changed, resolved, companies, err = resolveObserved(ctx, w.ix, observed)
	} else {
		changed, resolved, companies, err = resolveStored(ctx, w.ix)
	}
	if err != nil {
		return fmt.Errorf("resolve names across the archive: %w", err)
	}
	fmt.Fprintf(env.Stderr, "names resolved across the archive: %d articles changed (%d decisions on surnames, roles and spellings per source and year, %d names known as companies) in %.2fs\n", changed, resolved, companies, time.Since(start).Seconds())
	return nil
}

// storeEmpty reports whether the store holds no article, reading at most
// one.
func storeEmpty(st *archive.Store) (bool, error) {
	for _, err := range st.Articles() {
		if _, damaged := archive.Damaged(err); damaged {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// observer returns reg as an ingest.Observer, nil (no observer) when reg is
// nil.
func observer(reg *entities.Registry) ingest.Observer {
	if reg == nil {
		return nil
	}
	return reg
}

// resolveObserved decides the registry from the counts of reg, which must
// have observed every stored article once, and applies it to the articles
// naming a changed name, found through the index.
func resolveObserved(ctx context.Context, ix *index.Index, reg *entities.Registry) (changed, resolved, companies int, err error) {
	reg.Decide()
	ids, err := ix.IDsWithPersons(ctx, reg.Changed())
	if err != nil {
		return 0, 0, 0, err
	}
	changed, err = rewrite(ctx, ix, ids, func(a *archive.Article) { reg.Resolve(a) })
	if err != nil {
		return 0, 0, 0, err
	}
	return saveRegistry(ix, reg, changed)
}

// resolveStored learns the person registry from the persons and orgs the
// store holds and applies it to the stored articles, without extracting
// anything again: at a million articles a full retag (two extraction
// passes) took longer than the ingest. What it cannot do, `indexer retag`
// does: apply changed aliases, and undo a resolution an earlier registry
// made that the archive no longer supports.
func resolveStored(ctx context.Context, ix *index.Index) (changed, resolved, companies int, err error) {
	reg := entities.NewRegistry()
	for a, err := range ix.Store.Articles() {
		if _, damaged := archive.Damaged(err); damaged {
			continue // reported by verify; the rest is resolved
		}
		if err != nil {
			return 0, 0, 0, err
		}
		if ctx.Err() != nil {
			return 0, 0, 0, ctx.Err()
		}
		reg.Observe(a)
	}
	reg.Decide()
	// The ids to rewrite are collected first: a bbolt write must not run
	// inside the read transaction of the iteration.
	var ids []string
	for a, err := range ix.Store.Articles() {
		if _, damaged := archive.Damaged(err); damaged {
			continue
		}
		if err != nil {
			return 0, 0, 0, err
		}
		if reg.Resolve(a) {
			ids = append(ids, a.ID)
		}
	}
	changed, err = rewrite(ctx, ix, ids, func(a *archive.Article) { reg.Resolve(a) })
	if err != nil {
		return 0, 0, 0, err
	}
	return saveRegistry(ix, reg, changed)
}

// checkRejects refuses a --rejects file that this run would destroy or
// read: one of its inputs (created empty before it is read) or a file in
// one of its input folders; and one whose folder does not exist, before
// anything is made.
func checkRejects(rejects string, inputs []string) error {
	if st, err := os.Stat(filepath.Dir(rejects)); err != nil || !st.IsDir() {
		return usagef("--rejects %s: no folder %s to write it in", rejects, filepath.Dir(rejects))
	}
	abs, err := filepath.Abs(rejects)
	if err != nil {
		return err
	}
	rst, rerr := os.Stat(rejects)
	if rerr == nil && rst.IsDir() {
		return usagef("--rejects %s is a folder: give a file name", rejects)
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		ist, err := os.Stat(in)
		if err != nil {
			continue // reported as the run reads it
		}
		if ist.IsDir() {
			if inside(in, abs) {
				return usagef("--rejects %s is in the input folder %s: it would be read as input; write it elsewhere", rejects, in)
			}
			continue
		}
		if rerr == nil && os.SameFile(rst, ist) {
			return usagef("--rejects %s is an input of this run: it would be emptied before it is read; write it elsewhere", rejects)
		}
	}
	return nil
}

// inputSize adds up the sizes of the input files, -1 when unknown (stdin).
func inputSize(paths []string) int64 {
	var n int64
	for p, err := range archive.Walk(paths) {
		if p == "-" {
			return -1
		}
		if err != nil {
			continue
		}
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}

func newBar(env Env, total int64) *progressbar.ProgressBar {
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(env.Stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionClearOnFinish(),
	)
}

// reportTagDiffs prints, for each article read from an export line whose
// tags differ from what the archive now gives it (after extraction, the
// librarian's corrections and name resolution), the `indexer tag` command
// that sets them as the line has them. Tags in a line are not applied:
// the librarian decides.
func reportTagDiffs(st *archive.Store, lines []ingest.ExportedLine, env Env) error {
	n := 0
	for _, l := range lines {
		a, err := st.Get(l.ID)
		if _, damaged := archive.Damaged(err); damaged || errors.Is(err, archive.ErrNotFound) {
			continue // removed since, or unreadable: verify reports it
		}
		if err != nil {
			return err
		}
		if cmd := tagCommand(a, l.Exported); cmd != "" {
			fmt.Fprintf(env.Stderr, "%s: article %s: the export line's tags differ from what the archive gives it; to set them as the line has them: %s\n", l.Line, l.ID, cmd)
			n++
		}
	}
	if n > 1 {
		fmt.Fprintf(env.Stderr, "%d articles' tags differ from their export lines (not applied)\n", n)
	}
	return nil
}

// compactHintSegments is the number of index segments from which `add`
// suggests `indexer compact`: a fresh search pays for every segment it
// opens and reads (docs/BENCHMARKS.md: one segment instead of 16 took a
// third to a half off a fresh search's time at 100,000 articles).
const compactHintSegments = 8

// compactHint is the advice printed after an add that left the index in
// many segments, or "" when it did not.
func compactHint(segments int, dir string) string {
	if segments < compactHintSegments {
		return ""
	}
	return fmt.Sprintf("the index is in %d segments: `indexer compact --archive %s` merges them into one and makes every later search faster", segments, dir)
}
