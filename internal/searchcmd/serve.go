package searchcmd

import (
	"context"
	"errors"
)

// ServeWeb runs `search serve` with the arguments after the subcommand.
// The web server (internal/web) sets it: it runs searches through Run, so
// this package cannot import it. A binary that does not link the server
// (the indexer, answering forwarded searches) leaves it nil.
var ServeWeb func(ctx context.Context, args []string, env Env) error

func runServe(ctx context.Context, args []string, env Env) error {
	if ServeWeb == nil {
		return errors.New("serve is not built into this program: run `search serve`")
	}
	return ServeWeb(ctx, args, env)
}
