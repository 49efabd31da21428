// Command indexer ingests dated news articles into a Chancery archive and
// maintains it.
//
//	indexer add --archive ~/archive testdata/sample
//	indexer add --archive ~/archive reut2-*.sgm --rejects rejects.jsonl
//	gunzip -c feed.jsonl.gz | indexer add -
//	indexer stats; indexer export -o all.jsonl; indexer verify --repair
//
// See `indexer --help` and the README.
package main

import (
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"chancery/index"
	"chancery/internal/cli"
	"chancery/internal/indexcmd"
	"chancery/internal/service"

	"golang.org/x/term"
)

// Garbage collection of an ingest: Bleve allocates heavily while it builds
// segments, so the indexer collects at 300% instead of Go's 100%, under a
// 1 GiB soft memory limit that leaves room, below the 2 GiB the product
// aims at, for the mapped pages of the store and index (measurements in
// docs/BENCHMARKS.md, "What each optimisation bought"). GOGC and
// GOMEMLIMIT in the environment override both.
const (
	gcPercent   = 300
	memoryLimit = 1 << 30
)

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	index.RouteBleveLog()
	// A closed output pipe ("indexer add ... | head -1") must not kill a
	// writer between storing articles and indexing them: writes to it
	// fail instead, and the run finishes its work.
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := cli.Interruptible()
	code := indexcmd.Run(ctx, os.Args[1:], indexcmd.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Progress: term.IsTerminal(int(os.Stderr.Fd())),
		Search:   service.Answerer,
	})
	stop()
	os.Exit(code)
}
