package indexcmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"time"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
	"chancery/internal/cli"
	"chancery/internal/writersock"

	"github.com/spf13/pflag"
)

// Env is what a run of the command sees of the world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Progress shows a progress bar on Stderr (set when it is a terminal).
	Progress bool
	// Search, when set, answers the searches that readers forward to a
	// running writer: it returns what answers them from the writer's open
	// index. cmd/indexer passes service.Answerer; nil serves no searches.
	Search func(ix *index.Index) func(ctx context.Context, call []byte) []byte
}

// usagef, newFlagSet and parse are this package's short names for the
// cli helpers it uses everywhere.
var usagef = cli.Usagef

// errRejected makes the exit status 1 after a run that otherwise finished:
// the rejected input has been listed as it was read.
var errRejected = fmt.Errorf("some input was rejected: %w", cli.ErrReported)

const usage = `indexer: build and maintain a Chancery archive

Usage:
  indexer add [flags] PATH...     ingest files and folders ("-": JSON Lines on stdin)
  indexer export [flags]          write every article as JSON Lines
  indexer stats [flags]           articles by year and source, distinct entities
  indexer verify [--repair]       check that the index agrees with the store
  indexer rebuild                 build a fresh index from the store
  indexer compact                 merge the index's segments: later searches are faster
  indexer retag                   extract entities again (after alias changes)
  indexer alias [list|set|rm]     manage name aliases (persons, countries, orgs, sources)
  indexer edit ID --title ...     correct an article's title, date, source, url or byline
  indexer tag ID --add KIND:NAME  add or remove a person, country, org or topic by hand
  indexer rm ID... --reason TEXT  remove articles (a takedown; re-ingest skips them)
  indexer unrm ID...              bring removed articles back
  indexer merge KEEP DUP...       merge duplicates of one story into KEEP
  indexer log [--id ID]           the audit log: who changed what, when
  indexer list --undated|...      articles to look at: undated, warned, corrected, removed, by source
  indexer backup DEST             a consistent backup, also while an ingest runs
  indexer restore-backup BACKUP   a new archive from a backup (--archive NEWDIR)

Run 'indexer COMMAND --help' for the flags of a command.
`

// Run runs the indexer with args (without the program name) and returns
// the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return cli.ExitUsage
	}
	var err error
	switch args[0] {
	case "add":
		err = runAdd(ctx, args[1:], env)
	case "export":
		err = runExport(ctx, args[1:], env)
	case "stats":
		err = runStats(ctx, args[1:], env)
	case "verify":
		err = runVerify(ctx, args[1:], env)
	case "rebuild":
		err = runRebuild(ctx, args[1:], env)
	case "compact":
		err = runCompact(ctx, args[1:], env)
	case "retag":
		err = runRetag(ctx, args[1:], env)
	case "alias":
		err = runAlias(ctx, args[1:], env)
	case "edit":
		err = runEdit(ctx, args[1:], env)
	case "tag":
		err = runTag(ctx, args[1:], env)
	case "rm":
		err = runRm(ctx, args[1:], env)
	case "unrm":
		err = runUnrm(ctx, args[1:], env)
	case "merge":
		err = runMerge(ctx, args[1:], env)
	case "log":
		err = runLog(ctx, args[1:], env)
	case "list":
		err = runList(ctx, args[1:], env)
	case "backup":
		err = runBackup(ctx, args[1:], env)
	case "restore-backup":
		err = runRestoreBackup(ctx, args[1:], env)
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, usage)
		return cli.ExitOK
	default:
		err = usagef("unknown command %q", args[0])
		return cli.Report("indexer", err, cli.ArchiveArg(args), env.Stderr, nil)
	}
	// A mistake in a subcommand's flags or arguments points at its help.
	err = cli.WithHint(err, "indexer "+args[0]+" --help")
	if errors.Is(err, syscall.EPIPE) {
		// The reader of the output went away ("indexer export -o - |
		// head"): nothing to tell it.
		return cli.ExitFail
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(env.Stderr, "indexer: interrupted; what was stored is kept: run the same command again to go on")
		return cli.ExitFail
	}
	return cli.Report("indexer", err, cli.ArchiveArg(args), env.Stderr, nil)
}

// common are the flags every subcommand takes.
type common struct {
	cli.Archive
	Wait bool
}

func (c *common) addFlags(fs *pflag.FlagSet) { c.Archive.AddFlag(fs) }

func (c *common) addWaitFlag(fs *pflag.FlagSet) {
	fs.BoolVar(&c.Wait, "wait", false, "wait for a running writer to finish instead of failing")
}

func (c *common) dir() (string, error) { return c.Archive.Dir() }

// parseDir parses args into fs and returns the archive folder.
func (c *common) parseDir(fs *pflag.FlagSet, args []string) (string, error) {
	if err := parse(fs, args); err != nil {
		return "", err
	}
	return c.dir()
}

// openStore opens the archive's store for reading.
func (c *common) openStore() (*archive.Store, error) {
	dir, err := c.dir()
	if err != nil {
		return nil, err
	}
	return archive.Open(dir, archive.StoreOptions{ReadOnly: true})
}

// parseStore parses args into fs and opens the archive's store for
// reading.
func (c *common) parseStore(fs *pflag.FlagSet, args []string) (*archive.Store, error) {
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	return c.openStore()
}

func newFlagSet(name, help string, env Env) *pflag.FlagSet {
	return cli.NewFlagSet(name, help, env.Stderr)
}

var parse = cli.Parse

// writer is an archive opened for writing: the writer lock, the index, and
// the socket that answers searches meanwhile.
type writer struct {
	ix     *index.Index
	lock   *archive.WriterLock
	cancel context.CancelFunc
	served chan struct{} // closed when Serve has answered its last search
	sock   string
	snaps  *snapshotServer
}

// openEdit opens the writer of the archive for the librarian's command
// sub (edit, tag, rm, ...) run with args, and returns the command line
// that the lock and the audit log record.
func (c *common) openEdit(ctx context.Context, sub string, args []string, env Env) (*writer, string, error) {
	dir, err := c.dir()
	if err != nil {
		return nil, "", err
	}
	cmd := "indexer " + sub + " " + joinArgs(args)
	w, err := openWriter(ctx, dir, cmd, c.Wait, index.Options{}, env.Search)
	return w, cmd, err
}

// openWriter takes the writer lock and opens the archive in dir for
// writing, replaying any journal an interrupted run left. Unless search is
// nil it serves, until closed, the searches forwarded to it, running what
// search returns for the open index.
func openWriter(ctx context.Context, dir, command string, wait bool, opts index.Options, search func(*index.Index) func(context.Context, []byte) []byte) (*writer, error) {
	// Only add creates an archive: any other writer given a folder that
	// holds none (a mistyped --archive) says so instead of making an
	// empty archive there and succeeding on it.
	if err := checkArchive(dir, strings.HasPrefix(command, "indexer add ")); err != nil {
		return nil, err
	}
	lock, err := archive.Lock(dir, command, wait)
	if err != nil {
		return nil, err
	}
	opts.ReadOnly = false
	opts.Timeout = storeTimeout(wait)
	ix, err := index.Open(dir, opts)
	if err != nil {
		lock.Unlock()
		return nil, err
	}
	w := &writer{ix: ix, lock: lock}
	if search == nil {
		return w, nil
	}
	if ln, err := writersock.Listen(dir); err == nil {
		sctx, cancel := context.WithCancel(ctx)
		w.cancel, w.sock, w.served = cancel, ln.Addr().String(), make(chan struct{})
		go func() {
			writersock.Serve(sctx, ln, search(ix))
			close(w.served)
		}()
		li, _ := archive.ReadLock(dir)
		li.Socket = w.sock
		lock.Publish(li)
	}
	w.serveSnapshots(dir)
	return w, nil
}

// checkArchive checks the archive folder dir before a command writes to
// it: it must be a folder, and hold an archive unless create is set.
func checkArchive(dir string, create bool) error {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return fmt.Errorf("archive %s is a file, not a folder: give --archive the archive's folder", dir)
	}
	if create {
		return nil
	}
	if _, err := os.Stat(archive.StoreFile(dir)); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("open archive %s: %w", dir, archive.ErrNoArchive)
	}
	return nil
}

// storeTimeout is how long a writer waits for the store's file lock, which
// readers (search, export, stats) hold while they run: with --wait, as
// long as they take; else the default, after which the writer says who
// is in the way.
func storeTimeout(wait bool) time.Duration {
	if wait {
		return 24 * time.Hour
	}
	return 0
}

// Close stops serving searches, closes the archive and releases the lock.
func (w *writer) Close() error {
	w.stopSnapshots()
	if w.cancel != nil {
		// Stop advertising the socket first: a search that starts now waits
		// for the store lock (and opens the archive itself once this writer
		// is gone) instead of dialling a socket about to close.
		if li, err := archive.ReadLock(w.ix.Dir()); err == nil {
			li.Socket = ""
			w.lock.Publish(li)
		}
		w.cancel()
		<-w.served // searches in flight answer before the index closes
		os.Remove(w.sock)
	}
	err := w.ix.Close()
	return errors.Join(err, w.lock.Unlock())
}

// newTagger loads the archive's aliases and returns the extractor.
func newTagger(dir string) (*entities.Extractor, *entities.Aliases, error) {
	if err := checkArchive(dir, true); err != nil {
		return nil, nil, err
	}
	al, err := entities.LoadAliases(archive.AliasesFile(dir))
	if err != nil {
		return nil, nil, err
	}
	x, err := entities.New(entities.Options{Aliases: al})
	if err != nil {
		return nil, nil, err
	}
	return x, al, nil
}

func joinArgs(args []string) string { return strings.Join(args, " ") }
