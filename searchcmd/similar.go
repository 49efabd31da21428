package searchcmd

import "context"

func runSimilar(ctx context.Context, args []string, env Env) error {
	return usagef("similar: not yet")
}
