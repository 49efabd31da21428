package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/pflag"
)

// Exit codes of every command.
const (
	ExitOK    = 0
	ExitFail  = 1 // failure, or input rejected
	ExitUsage = 2 // a mistake in the command line
)

// UsageError is a mistake in the command line: the command exits
// ExitUsage and prints a "Try:" line with Hint, else PROGRAM --help.
type UsageError struct {
	Message string
	Hint    string
}

func (e *UsageError) Error() string { return e.Message }

// WithHint gives a UsageError in err's chain that has no hint the hint
// (a subcommand's "indexer edit --help"), and returns err.
func WithHint(err error, hint string) error {
	var ue *UsageError
	if errors.As(err, &ue) && ue.Hint == "" {
		ue.Hint = hint
	}
	return err
}

// Usagef returns a UsageError with the formatted message.
func Usagef(format string, args ...any) error {
	return &UsageError{Message: fmt.Sprintf(format, args...)}
}

// ErrReported is returned by a command that has already said why it
// failed (rejected input, listed as it was read): Report exits ExitFail
// and prints nothing more.
var ErrReported = errors.New("failure already reported")

// Report prints err as program's message on stderr and returns the exit
// code: ExitOK for nil and --help, ExitUsage for a UsageError (or an error
// isUsage accepts) with a "Try:" line, else ExitFail. Remedy's advice for
// the archive in dir follows the message.
func Report(program string, err error, dir string, stderr io.Writer, isUsage func(error) bool) int {
	switch {
	case err == nil, errors.Is(err, pflag.ErrHelp):
		return ExitOK
	case errors.Is(err, ErrReported):
		return ExitFail
	}
	var ue *UsageError
	if errors.As(err, &ue) || isUsage != nil && isUsage(err) {
		hint := program + " --help"
		if ue != nil && ue.Hint != "" {
			hint = ue.Hint
		}
		fmt.Fprintf(stderr, "%s: %s\nTry: %s\n", program, err, hint)
		return ExitUsage
	}
	if r := Remedy(err, dir); r != "" {
		fmt.Fprintf(stderr, "%s: %s: %s\n", program, err, r)
	} else {
		fmt.Fprintf(stderr, "%s: %s\n", program, err)
	}
	return ExitFail
}

// NewFlagSet returns a flag set that reports its errors to Parse (not by
// exiting) and its usage on stderr: help, then the flags, when help is
// not empty.
func NewFlagSet(name, help string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	if help != "" {
		fs.Usage = func() { fmt.Fprintf(stderr, "%s\nFlags:\n%s", help, fs.FlagUsages()) }
	}
	return fs
}

// Parse parses args, turning pflag's errors (but --help) into usage
// errors whose hint is the flag set's own help: "indexer add --help".
func Parse(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return &UsageError{Message: err.Error(), Hint: fs.Name() + " --help"}
	}
	return nil
}

// Archive is the --archive flag every command takes.
type Archive struct {
	Flag string
}

// AddFlag adds --archive to fs.
func (a *Archive) AddFlag(fs *pflag.FlagSet) {
	fs.StringVar(&a.Flag, "archive", "", "archive folder (default $CHANCERY_ARCHIVE, else $XDG_DATA_HOME/chancery, else ~/.local/share/chancery)")
}

// Dir returns the archive folder: the flag's, else DefaultArchive.
func (a *Archive) Dir() (string, error) {
	if a.Flag != "" {
		return a.Flag, nil
	}
	return DefaultArchive()
}

// DefaultArchive returns the archive folder used when none is given: the
// CHANCERY_ARCHIVE environment variable, else $XDG_DATA_HOME/chancery,
// else ~/.local/share/chancery.
func DefaultArchive() (string, error) {
	if d := os.Getenv("CHANCERY_ARCHIVE"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "chancery"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no archive folder: pass --archive DIR or set CHANCERY_ARCHIVE (%w)", err)
	}
	return filepath.Join(home, ".local", "share", "chancery"), nil
}

// ArchiveArg finds the archive folder that args (a whole command line,
// without the program name) name with --archive, the way the flag parser
// would, before it has run; else DefaultArchive, else "".
func ArchiveArg(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--archive="); ok {
			return v
		}
		if a == "--archive" && i+1 < len(args) {
			return args[i+1]
		}
	}
	d, _ := DefaultArchive()
	return d
}

// Interruptible returns a context that SIGINT and SIGTERM end, and the
// function that stops listening for them. The first Ctrl-C stops the
// command cleanly; a second one kills it at once (what was committed
// stays, the journal replays the rest).
func Interruptible() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	return ctx, stop
}
