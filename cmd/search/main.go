// Command search answers full-text queries over a Chancery archive, with
// facets and filters by person, country, organization, topic, source and
// date. It never modifies the archive.
//
//	search --archive ~/archive --person "Sergei Lavrov" peacekeeping
//	search --facets --country "United States" --from 1987-03-01 oil
//	search --json '"foreign minister" AND (Iraq OR Iran) NOT oil'
//	search show voa-3f2a9c1e
//
// See `search --help` and the README.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"chancery/index"
	"chancery/internal/searchcmd"
	"chancery/internal/web"

	"golang.org/x/term"
)

func main() {
	index.RouteBleveLog()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C stops the command cleanly; a second one kills it
	// at once (what was committed stays, the journal replays the rest).
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := searchcmd.Run(ctx, os.Args[1:], searchcmd.Env{
		Stdout: os.Stdout, Stderr: os.Stderr,
		Color: term.IsTerminal(int(os.Stdout.Fd())) && os.Getenv("NO_COLOR") == "",
		Serve: web.Serve,
	})
	stop()
	os.Exit(code)
}
