package searchcmd

import "context"

func runTimeline(ctx context.Context, args []string, env Env) error {
	return usagef("timeline: not yet")
}
