// Command indexerprof is the product's indexer with a CPU profile: it runs
// `indexer` with the arguments given (the same garbage-collector settings
// as cmd/indexer: GOGC 300, a 1 GiB soft memory limit) and writes the
// profile of the whole process, ingest and name pass, to the file named by
// CHANCERY_CPUPROFILE.
//
//	go build -C bench -o /tmp/indexerprof ./indexerprof
//	CHANCERY_CPUPROFILE=/tmp/add.pprof /tmp/indexerprof add --archive /tmp/a -q corpus.jsonl
//	go tool pprof -top -cum /tmp/indexerprof /tmp/add.pprof
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"syscall"

	"chancery/index"
	"chancery/internal/indexcmd"
	"chancery/internal/service"
)

func main() {
	path := os.Getenv("CHANCERY_CPUPROFILE")
	if path == "" {
		fmt.Fprintln(os.Stderr, "indexerprof: set CHANCERY_CPUPROFILE to the profile file to write")
		os.Exit(2)
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "indexerprof: %v\n", err)
		os.Exit(1)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300) // as cmd/indexer
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30) // as cmd/indexer
	}
	index.RouteBleveLog()
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "indexerprof: %v\n", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := indexcmd.Run(ctx, os.Args[1:], indexcmd.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Search: service.Answerer,
	})
	stop()
	pprof.StopCPUProfile()
	f.Close()
	os.Exit(code)
}
