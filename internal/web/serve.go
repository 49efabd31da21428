package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"chancery/internal/cli"

	"github.com/spf13/pflag"
)

// DefaultListen is where `search serve` listens unless told otherwise:
// this machine only.
const DefaultListen = "127.0.0.1:8080"

const serveUsage = `Usage: search serve [--archive DIR] [--listen ADDR]

Serves a web page and a JSON API (docs/API.md) over the archive until
interrupted (Ctrl-C or SIGTERM). It only reads the archive; indexer add may
run meanwhile, and its articles appear as they are committed. By default it
listens on 127.0.0.1, so only this machine can connect.

  search serve --archive ~/archive
  search serve --listen 127.0.0.1:9000

Flags:
`

// Serve runs `search serve` with args (after the subcommand): cmd/search
// passes it to the search command (searchcmd.Env.Serve).
func Serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("search serve", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	var arch cli.Archive
	var listen string
	arch.AddFlag(fs)
	fs.StringVar(&listen, "listen", DefaultListen, "address to listen on, host:port (another host than 127.0.0.1 or localhost lets other machines read the archive)")
	fs.Usage = func() { fmt.Fprint(stderr, serveUsage+fs.FlagUsages()) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return cli.Usagef("%s", err.Error())
	}
	if fs.NArg() > 0 {
		return cli.Usagef("serve takes no query (%q): search in the page", fs.Arg(0))
	}
	dir, err := arch.Dir()
	if err != nil {
		return err
	}
	if _, _, err := net.SplitHostPort(listen); err != nil {
		return cli.Usagef("--listen %q: use host:port, e.g. %s", listen, DefaultListen)
	}
	s, err := New(Options{Archive: dir, Log: stderr})
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (is another server using the port? try --listen 127.0.0.1:0 for any free one)", listen, err)
	}
	// the host as asked (0.0.0.0, not [::]) with the port given
	addr := ln.Addr().String()
	if host, _, err := net.SplitHostPort(listen); err == nil && host != "" {
		if _, port, err := net.SplitHostPort(addr); err == nil {
			addr = net.JoinHostPort(host, port)
		}
	}
	if IsLoopback(addr) {
		fmt.Fprintf(stdout, "search serve: archive %s at http://%s/ (loopback only: no other machine can connect; Ctrl-C stops)\n", dir, addr)
	} else {
		fmt.Fprintf(stdout, "search serve: archive %s at http://%s/ (Ctrl-C stops)\n", dir, addr)
		fmt.Fprintf(stderr, "search serve: warning: listening on %s: anyone who can reach this machine can read the whole archive (no login, no encryption); use --listen 127.0.0.1:PORT to keep it to this machine\n", addr)
	}
	return s.Run(ctx, ln)
}

// Run serves on ln until ctx ends, then shuts down gracefully: requests in
// flight get up to 10 seconds to finish.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      s.opts.RequestTimeout + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}
