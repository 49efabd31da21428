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
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"chancery/index"
	"chancery/internal/indexcmd"

	"golang.org/x/term"
)

// Garbage collection of an ingest: Bleve allocates heavily while it builds
// segments, and collecting at 300% instead of Go's default 100% ingested
// 1.18x faster (BenchmarkIngest, median of 3). The heap then grows to the
// soft memory limit and stays there: with a 1.5 GiB limit a 100,000-article
// ingest held 1.5 GiB of anonymous memory, with 768 MiB it held 770 MiB and
// ran about 13% slower. 1 GiB leaves room under the 2 GiB the product
// aims at for the pages of the memory-mapped store and index that an
// ingest touches between two drops of them (dropMapped in packages archive
// and index). GOGC and GOMEMLIMIT in the environment override both.
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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C stops the command cleanly; a second one kills it
	// at once (what was committed stays, the journal replays the rest).
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := indexcmd.Run(ctx, os.Args[1:], indexcmd.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Progress: term.IsTerminal(int(os.Stderr.Fd())),
	})
	stop()
	os.Exit(code)
}
