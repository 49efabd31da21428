package searchcmd

import (
	"context"
	"errors"
)

func runServe(ctx context.Context, args []string, env Env) error {
	if env.Serve == nil {
		return errors.New("serve is not built into this program: run `search serve`")
	}
	return env.Serve(ctx, args, env.Stdout, env.Stderr)
}
