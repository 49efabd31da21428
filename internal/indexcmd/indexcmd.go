// Package indexcmd is the `indexer` command: add, export, stats, verify,
// rebuild, retag and alias, and the librarian's edit, tag, rm, unrm,
// merge, list, log, backup and restore-backup. cmd/indexer is a thin main
// around Run.
package indexcmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
	"chancery/internal/searchcmd"

	"github.com/spf13/pflag"
)

// Env is what a run of the command sees of the world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Progress shows a progress bar on Stderr (set when it is a terminal).
	Progress bool
}

// Exit codes.
const (
	ExitOK    = 0
	ExitFail  = 1 // failure, or input rejected
	ExitUsage = 2
)

type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// errRejected makes the exit status 1 after a run that otherwise finished.
var errRejected = errors.New("some input was rejected")

const usage = `indexer: build and maintain a Chancery archive

Usage:
  indexer add [flags] PATH...     ingest files and folders ("-": JSON Lines on stdin)
  indexer export [flags]          write every article as JSON Lines
  indexer stats [flags]           articles by year and source, distinct entities
  indexer verify [--repair]       check that the index agrees with the store
  indexer rebuild                 build a fresh index from the store
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
		return ExitUsage
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
		return ExitOK
	default:
		err = usagef("unknown command %q", args[0])
	}
	switch {
	case err == nil, errors.Is(err, pflag.ErrHelp):
		return ExitOK
	case errors.Is(err, errRejected):
		return ExitFail
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(env.Stderr, "indexer: interrupted; what was stored is kept: run the same command again to go on")
		return ExitFail
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(env.Stderr, "indexer: %s\nTry: indexer --help\n", err)
		return ExitUsage
	}
	fmt.Fprintf(env.Stderr, "indexer: %s\n", err)
	return ExitFail
}

// common are the flags every subcommand takes.
type common struct {
	Archive string
	Wait    bool
}

func (c *common) addFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.Archive, "archive", "", "archive folder (default $CHANCERY_ARCHIVE, else ~/.local/share/chancery)")
}

func (c *common) addWaitFlag(fs *pflag.FlagSet) {
	fs.BoolVar(&c.Wait, "wait", false, "wait for a running writer to finish instead of failing")
}

func (c *common) dir() (string, error) {
	if c.Archive != "" {
		return c.Archive, nil
	}
	return archive.DefaultDir()
}

// openStore opens the archive's store for reading.
func (c *common) openStore() (*archive.Store, error) {
	dir, err := c.dir()
	if err != nil {
		return nil, err
	}
	return archive.Open(dir, archive.StoreOptions{ReadOnly: true})
}

func newFlagSet(name, help string, env Env) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.SortFlags = false
	fs.Usage = func() { fmt.Fprintf(env.Stderr, "%s\nFlags:\n%s", help, fs.FlagUsages()) }
	return fs
}

func parse(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return usagef("%v", err)
	}
	return nil
}

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

// openWriter takes the writer lock and opens the archive in dir for
// writing, replaying any journal an interrupted run left. It serves
// searches on a Unix socket until closed.
func openWriter(ctx context.Context, dir, command string, wait bool, opts index.Options) (*writer, error) {
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
	sock := searchcmd.SocketPath(dir)
	os.Remove(sock) // a socket left by a killed writer; we hold the lock
	if ln, err := net.Listen("unix", sock); err == nil {
		sctx, cancel := context.WithCancel(ctx)
		w.cancel, w.sock, w.served = cancel, sock, make(chan struct{})
		go func() {
			searchcmd.Serve(sctx, ln, ix)
			close(w.served)
		}()
		li, _ := archive.ReadLock(dir)
		li.Socket = sock
		lock.Publish(li)
	}
	w.serveSnapshots(dir)
	return w, nil
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

// aliasPath is where an archive keeps its aliases.
func aliasPath(dir string) string { return filepath.Join(dir, "aliases.txt") }

// newTagger loads the archive's aliases and returns the extractor.
func newTagger(dir string) (*entities.Extractor, *entities.Aliases, error) {
	al, err := entities.LoadAliases(aliasPath(dir))
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
