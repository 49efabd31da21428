package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"chancery/archive"
	"chancery/index"
)

// Tagger fills an article's extracted fields (persons, countries,
// organizations, topics). *entities.Extractor is one; it must be safe for
// concurrent use.
type Tagger interface {
	Extract(a *archive.Article)
}

// Resolver adjusts an extracted article with what is known across the
// archive: *entities.Registry resolves "Baker" to the "James Baker" of
// other articles. It is applied after the Tagger and must be safe for
// concurrent use.
type Resolver interface {
	Resolve(a *archive.Article) bool
}

// Observer sees the articles a run writes: *entities.Registry counts their
// persons. It must be safe for concurrent use.
type Observer interface {
	Observe(a *archive.Article)
}

// Options configure an Ingester. The zero value is ready to use.
type Options struct {
	// Resolver, when set, is applied to every article after extraction.
	Resolver Resolver
	// Observer, when set, sees every article the run adds or replaces, as
	// stored, once the store holds it.
	Observer Observer
	// BatchSize is the most articles written in one store transaction and
	// one Bleve batch; default index.BatchSize.
	BatchSize int
	// BatchBytes caps a batch by article text; default 16 MiB.
	BatchBytes int
	// Workers is the number of extraction goroutines; default GOMAXPROCS.
	Workers int
	// IndexWriters is how many index batches may be written at once;
	// default 2 (see index in write.go).
	IndexWriters int
	// Read configures the input readers.
	Read archive.ReadOptions
	// Log receives one line per rejected record or warning; nil discards.
	Log io.Writer
	// Rejects receives each rejected record as a JSON line
	// {"path", "line", "record", "reason", "raw"}; nil discards.
	Rejects io.Writer
	// RejectsHint tells, when Rejects is nil and Log shows only the first
	// rejected records of a file, how to list them all (the front end's
	// words: its flag).
	RejectsHint string
	// WarnedHint tells, when Log shows only the first warnings of a kind,
	// how to list the articles warned about (the front end's words).
	WarnedHint string
	// Remedy, when set, says what the user can do about a rejected record;
	// Log shows it after the reason.
	Remedy func(error) string
	// RemovedHint and ConflictHint, when set, say what the user can do
	// about an article the librarian removed (it is skipped) or one whose
	// correction the input now contradicts (the correction is kept), in
	// the front end's words; Log shows it after the note.
	RemovedHint, ConflictHint func(id string) string
	// CorrectedHint, when set, says how to undo a correction an edited
	// export line made.
	CorrectedHint func(id string) string
	// Progress, when set, is called after every batch with the totals.
	Progress func(Stats)
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Command is the command line the audit log records for conflicts
	// with corrections.
	Command string
}

func (o *Options) setDefaults() {
	if o.BatchSize <= 0 {
		o.BatchSize = index.BatchSize
	}
	if o.BatchBytes <= 0 {
		o.BatchBytes = 16 << 20
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.IndexWriters <= 0 {
		o.IndexWriters = 2
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	// The reading stage and the writing stage both log: one line per
	// Write, one Write at a time, whatever the writer.
	o.Log = &lineWriter{w: o.Log}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
}

// lineWriter serialises the writes of the goroutines of an ingest to one
// io.Writer (fmt.Fprintf writes each line in one call).
type lineWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lineWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Stats counts what an ingest did.
type Stats struct {
	Added, Unchanged, Replaced int
	Rejected                   int // records or files that could not be read
	Undated                    int // articles ingested without a date
	Duplicates                 int // ids read twice in this run (the later record wins)
	Removed                    int // articles skipped: removed by the librarian (a tombstone)
	Conflicts                  int // corrected articles whose input changed (the correction kept)
	Corrected                  int // articles corrected by an edited export line
	Files                      int
	// Skipped counts files in the input folders that are plainly not
	// articles (README, LICENSE, Markdown notes): not read, not rejected.
	Skipped int
	Bytes   int64 // input bytes read
	Elapsed time.Duration
}

// Articles returns the number of articles read and accepted.
func (s Stats) Articles() int { return s.Added + s.Unchanged + s.Replaced }

// String is the one summary line of an ingest.
func (s Stats) String() string {
	extra := ""
	if s.Skipped > 0 {
		extra += fmt.Sprintf(", skipped %d (not articles)", s.Skipped)
	}
	if s.Removed > 0 {
		extra += fmt.Sprintf(", removed %d (skipped)", s.Removed)
	}
	if s.Corrected > 0 {
		extra += fmt.Sprintf(", corrected %d (from export lines)", s.Corrected)
	}
	if s.Conflicts > 0 {
		extra += fmt.Sprintf(", conflicts %d (corrections kept)", s.Conflicts)
	}
	return fmt.Sprintf("added %d, unchanged %d, replaced %d, rejected %d, undated %d%s, %s in %s (%s)",
		s.Added, s.Unchanged, s.Replaced, s.Rejected, s.Undated, extra, archive.HumanBytes(s.Bytes), humanDuration(s.Elapsed), rate(s))
}

func rate(s Stats) string {
	sec := s.Elapsed.Seconds()
	if sec <= 0 {
		return "- articles/s"
	}
	return fmt.Sprintf("%.0f articles/s", float64(s.Articles())/sec)
}

// humanDuration rounds d for a summary line: 4ms, 1.25s, 3m12s.
func humanDuration(d time.Duration) string {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	case d < time.Minute:
		return d.Round(10 * time.Millisecond).String()
	}
	return d.Round(time.Second).String()
}

// Ingester adds articles from input files to an open archive.
type Ingester struct {
	ix   *index.Index
	tag  Tagger
	opts Options

	// The index batches in flight (see index); used by the writing
	// goroutine only, but for err.
	slots chan struct{}
	jobs  []*indexJob
	errMu sync.Mutex
	err   error
	// exported are the articles read from export lines (Exported).
	exported []ExportedLine
	// warned counts the warnings of the run by kind of note (see
	// maxShownWarnings); used by the writing goroutine only.
	warned map[string]int
}

// New returns an Ingester writing to ix, tagging with tag (nil: no
// extraction).
func New(ix *index.Index, tag Tagger, opts Options) *Ingester {
	opts.setDefaults()
	return &Ingester{ix: ix, tag: tag, opts: opts, slots: make(chan struct{}, opts.IndexWriters), warned: map[string]int{}}
}

// batch is a run of articles read in order.
type batch struct {
	arts  []*archive.Article
	bytes int
}

// Paths ingests the files and folders in paths ("-" is standard input as
// JSON Lines). A record that cannot be read is counted, logged and written
// to Options.Rejects; the run goes on. Errors of the store or the index stop
// the run and are returned; what was committed before stays committed. When
// ctx is cancelled the run stops after the batch in hand.
//
// Three stages overlap: one goroutine reads and batches; one prepares each
// batch (extraction and record encoding with Options.Workers goroutines);
// the caller's goroutine writes it to the store and the index, while the
// next batch is prepared. Order is kept, so that of two records with one
// id the later wins.
func (in *Ingester) Paths(ctx context.Context, paths []string) (Stats, error) {
	start := time.Now()
	var st Stats
	batches := make(chan batch, 2)
	ready := make(chan prepared, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var readErr error
	var mu sync.Mutex // guards st fields the reader updates
	go func() {
		defer close(batches)
		readErr = in.read(ctx, paths, batches, &st, &mu)
	}()
	earlier := newIDSet()
	go func() {
		defer close(ready)
		for b := range batches {
			ready <- in.prepare(b, earlier)
		}
	}()
	var err error
	for p := range ready {
		if err == nil && ctx.Err() != nil {
			// Stopped: the batches read and prepared ahead of the writer
			// are dropped, not written (a run of the same command again
			// reads them).
			err = ctx.Err()
		}
		if err == nil {
			err = in.write(p, &st, &mu)
			if err != nil {
				cancel()
			}
		}
		if in.opts.Progress != nil {
			mu.Lock()
			s := st
			mu.Unlock()
			s.Elapsed = time.Since(start)
			in.opts.Progress(s)
		}
	}
	if werr := in.waitIndex(); err == nil {
		err = werr
	}
	for _, k := range archive.NoteKinds {
		if n := in.warned[k] - maxShownWarnings; n > 0 {
			hint := ""
			if in.opts.WarnedHint != "" {
				hint = "; " + in.opts.WarnedHint
			}
			fmt.Fprintf(in.opts.Log, "%d more warnings of kind %s not shown (note:%s finds their articles%s)\n", n, k, k, hint)
		}
	}
	st.Elapsed = time.Since(start)
	if err == nil {
		err = readErr
	}
	if err == nil {
		err = ctx.Err()
	}
	return st, err
}

// read walks the inputs and sends batches of articles.
func (in *Ingester) read(ctx context.Context, paths []string, out chan<- batch, st *Stats, mu *sync.Mutex) error {
	var cur batch
	var done int64 // bytes of the inputs finished
	flush := func() bool {
		if len(cur.arts) == 0 {
			return true
		}
		select {
		case out <- cur:
		case <-ctx.Done():
			return false
		}
		cur = batch{}
		return true
	}
	dirs := map[string]bool{}  // folders whose settings file was checked
	named := map[string]bool{} // files named on the command line are read whatever their name
	for _, p := range paths {
		named[p] = true
	}
	own := newFolderTest(in.ix.Dir()) // the archive's own files are not input
	ownSkipped := false
	for path, err := range archive.Walk(paths) {
		if ctx.Err() != nil {
			return nil
		}
		if path != "-" && !named[path] && own.holds(path) {
			if !ownSkipped {
				ownSkipped = true
				fmt.Fprintf(in.opts.Log, "%s: skipped: the folder of the archive being written is not input\n", in.ix.Dir())
				mu.Lock()
				st.Skipped++
				mu.Unlock()
			}
			continue
		}
		if err != nil {
			in.reject(&archive.RecordError{Path: path, Err: errors.Unwrap(err)}, st, mu, true)
			continue
		}
		if dir := filepath.Dir(path); path != "-" && !dirs[dir] {
			dirs[dir] = true
			if _, err := archive.ReadFolderSettings(dir); err != nil {
				var re *archive.RecordError
				if !errors.As(err, &re) {
					re = &archive.RecordError{Path: filepath.Join(dir, archive.FolderSettingsFile), Err: err}
				}
				in.reject(re, st, mu, true)
			}
		}
		if why := archive.NotArticle(path); why != "" && !named[path] {
			fmt.Fprintf(in.opts.Log, "%s: skipped: %s\n", path, why)
			mu.Lock()
			st.Skipped++
			mu.Unlock()
			continue
		}
		f, err := in.open(path)
		if err != nil {
			in.reject(&archive.RecordError{Path: path, Err: err}, st, mu, true)
			continue
		}
		mu.Lock()
		st.Files++
		mu.Unlock()
		rejected := 0 // in this file
		for {
			a, err := f.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var re *archive.RecordError
				if errors.As(err, &re) {
					rejected++
					in.reject(re, st, mu, rejected <= maxShownRejects)
					if rejected == maxShownRejects+1 {
						fmt.Fprintf(in.opts.Log, "%s: more records rejected; not shown (%s)\n", path, in.rejectsHint())
					}
					continue
				}
				f.Close()
				return fmt.Errorf("read %s: %w", path, err)
			}
			cur.arts = append(cur.arts, a)
			cur.bytes += len(a.Body) + len(a.Title)
			if len(cur.arts) >= in.opts.BatchSize || cur.bytes >= in.opts.BatchBytes {
				mu.Lock()
				st.Bytes = done + f.c.n
				mu.Unlock()
				if !flush() {
					f.Close()
					return nil
				}
			}
		}
		f.Close()
		if rejected > maxShownRejects {
			fmt.Fprintf(in.opts.Log, "%s: %d records rejected in all\n", path, rejected)
		}
		done += f.c.n
		mu.Lock()
		st.Bytes = done
		mu.Unlock()
	}
	flush()
	return nil
}

// counter counts the bytes read from one input.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// input is an open input file and what to close after it.
type input struct {
	*archive.InputFile
	c     *counter
	close func() error
}

func (f *input) Close() error {
	err := f.InputFile.Close()
	if f.close != nil {
		err = errors.Join(err, f.close())
	}
	return err
}

// open opens one input, counting the bytes read from it.
func (in *Ingester) open(path string) (*input, error) {
	if path == "-" {
		// Standard input has no name to go by: an HTML page, a feed or
		// Reuters SGML is recognised by its content, anything else is
		// read as JSON Lines.
		opts := in.opts.Read
		c := &counter{r: in.opts.Stdin}
		br := bufio.NewReaderSize(c, 64<<10)
		if opts.Format == archive.FormatAuto {
			// Compressed input is recognised once it is decompressed
			// (archive.NewReader); JSON Lines start with "{".
			if head, _ := br.Peek(8 << 10); !bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
				opts.Format = archive.DetectFormat("stdin.jsonl", head)
			}
		}
		return &input{InputFile: archive.NewReader(br, "-", opts), c: c}, nil
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	c := &counter{r: fh}
	return &input{InputFile: archive.NewReader(c, path, in.opts.Read), c: c, close: fh.Close}, nil
}

// folderTest tells whether paths lie in one folder, comparing absolute
// paths with symlinks in the folder's path resolved.
type folderTest struct {
	dir, cwd string
	resolved map[string]string // a folder of inputs -> its path with symlinks resolved
}

func newFolderTest(dir string) *folderTest {
	cwd, _ := os.Getwd()
	abs, err := filepath.Abs(dir)
	if err != nil {
		return &folderTest{}
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		abs = r
	}
	return &folderTest{dir: abs, cwd: cwd, resolved: map[string]string{}}
}

// holds reports whether path is the folder or lies in it.
func (f *folderTest) holds(path string) bool {
	if f.dir == "" {
		return false
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(f.cwd, path)
	}
	parent := filepath.Dir(filepath.Clean(path))
	r, ok := f.resolved[parent]
	if !ok {
		var err error
		if r, err = filepath.EvalSymlinks(parent); err != nil {
			r = parent
		}
		f.resolved[parent] = r
	}
	path = filepath.Join(r, filepath.Base(path))
	return path == f.dir || strings.HasPrefix(path, f.dir+string(filepath.Separator))
}
