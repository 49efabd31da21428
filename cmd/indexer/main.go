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
	"syscall"

	"chancery/indexcmd"

	"golang.org/x/term"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := indexcmd.Run(ctx, os.Args[1:], indexcmd.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Progress: term.IsTerminal(int(os.Stderr.Fd())),
	})
	stop()
	os.Exit(code)
}
