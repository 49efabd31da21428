package indexcmd

import (
	"context"
	"errors"
	"fmt"
	"os"

	"chancery/archive"
	"chancery/index"
)

func runAlias(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer alias", `Usage:
  indexer alias [--archive DIR] list
  indexer alias [--archive DIR] set KIND VARIANT CANONICAL

KIND is person, country or org. Aliases live in DIR/aliases.txt, a text file
you may also edit by hand. They apply to new ingests at once, and to the
archive after `+"`indexer retag`.", env)
	o.addFlags(fs)
	dir, err := o.parseDir(fs, args)
	if err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		rest = []string{"list"}
	}
	switch rest[0] {
	case "list":
		data, err := os.ReadFile(archive.AliasesFile(dir))
		if errors.Is(err, os.ErrNotExist) {
			fmt.Fprintln(env.Stderr, "no aliases yet; add one with: indexer alias set person \"Sergey Lavrov\" \"Sergei Lavrov\"")
			return nil
		}
		if err != nil {
			return err
		}
		_, err = env.Stdout.Write(data)
		return err
	case "set":
		if len(rest) != 4 {
			return usagef("alias set needs KIND VARIANT CANONICAL, e.g. alias set person \"Sergey Lavrov\" \"Sergei Lavrov\"")
		}
		_, al, err := newTagger(dir)
		if err != nil {
			return err
		}
		if err := al.Set(rest[1], rest[2], rest[3]); err != nil {
			return usagef("%v", err)
		}
		if err := al.Save(archive.AliasesFile(dir)); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "%s %q -> %q saved; run `indexer retag` to apply it to articles already in the archive\n", rest[1], rest[2], rest[3])
		return nil
	}
	return usagef("unknown alias command %q: use list or set", rest[0])
}

// rewrite reads the articles ids from the store in batches, applies fix to
// each, and writes back to the store and the index those that changed. It
// returns how many changed.
func rewrite(ctx context.Context, ix *index.Index, ids []string, fix func(*archive.Article)) (int, error) {
	changed := 0
	for len(ids) > 0 {
		if err := ctx.Err(); err != nil {
			return changed, err
		}
		n := min(len(ids), index.BatchSize)
		arts := make([]*archive.Article, 0, n)
		for _, id := range ids[:n] {
			a, err := ix.Store.Get(id)
			if err != nil {
				return changed, err
			}
			fix(a)
			arts = append(arts, a)
		}
		out, err := ix.Store.Put(arts)
		if err != nil {
			return changed, err
		}
		var put []*archive.Article
		for i, oc := range out {
			if oc != archive.Unchanged {
				put = append(put, arts[i])
			}
		}
		if err := ix.Put(put); err != nil {
			return changed, err
		}
		changed += len(put)
		ids = ids[n:]
	}
	return changed, nil
}
