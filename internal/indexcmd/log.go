package indexcmd

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"chancery/archive"
)

func runLog(ctx context.Context, args []string, env Env) error {
	var o common
	var id, since string
	var asJSON bool
	fs := newFlagSet("indexer log", `Usage: indexer log [--id ID] [--since YYYY-MM-DD] [--json]

Lists the archive's audit log, oldest first: every ingest (counts and
inputs), edit, tag, removal, restore, alias, retag, rebuild, repair and
quarantine, and every conflict an ingest found with a correction, with the
time (UTC), the OS user, the command, and what was before and after.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.StringVar(&id, "id", "", "only the entries about this article")
	fs.StringVar(&since, "since", "", "only the entries from this day (YYYY-MM-DD) on")
	fs.BoolVar(&asJSON, "json", false, "one JSON object per line")
	if err := parse(fs, args); err != nil {
		return err
	}
	var from time.Time
	if since != "" {
		var err error
		if from, err = time.Parse(archive.DateLayout, since); err != nil {
			return usagef("--since: %q is not a valid date: use YYYY-MM-DD, such as 2026-01-31", since)
		}
	}
	st, release, err := o.openSnapshotOrStore(ctx, env)
	if err != nil {
		return err
	}
	defer release()
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	n := 0
	for e, err := range st.AuditLog() {
		if err != nil {
			fmt.Fprintf(env.Stderr, "indexer: %v: skipped\n", err)
			continue
		}
		if id != "" && !slices.Contains(e.IDs, id) {
			continue
		}
		if e.Time.Before(from) {
			continue
		}
		n++
		if asJSON {
			if err := enc.Encode(e); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(env.Stdout, "%s  %-8s %-14s %s\n", e.Time.Local().Format("2006-01-02 15:04:05"), e.User, e.Action, e.Command)
		if len(e.IDs) > 0 {
			ids := e.IDs
			more := ""
			if len(ids) > 10 {
				ids, more = ids[:10], fmt.Sprintf(" … (%d more)", len(e.IDs)-10)
			}
			fmt.Fprintf(env.Stdout, "    articles: %s%s\n", strings.Join(ids, ", "), more)
		}
		if e.Detail != "" {
			fmt.Fprintf(env.Stdout, "    %s\n", e.Detail)
		}
		if len(e.Before) > 0 {
			fmt.Fprintf(env.Stdout, "    before: %s\n", e.Before)
		}
		if len(e.After) > 0 {
			fmt.Fprintf(env.Stdout, "    after:  %s\n", e.After)
		}
	}
	if n == 0 && !asJSON {
		fmt.Fprintln(env.Stderr, "no entries")
	}
	return nil
}
