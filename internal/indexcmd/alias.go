package indexcmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"chancery/archive"
	"chancery/index"
)

func runAlias(ctx context.Context, args []string, env Env) error {
	var o common
	var force bool
	fs := newFlagSet("indexer alias", `Usage:
  indexer alias [--archive DIR] list
  indexer alias [--archive DIR] set KIND VARIANT CANONICAL
  indexer alias [--archive DIR] rm KIND VARIANT

KIND is person, country, org or source ("VOA" -> "Voice of America": the
articles of both then have one source). Aliases live in DIR/aliases.txt, a
text file you may also edit by hand. They apply to new ingests at once,
and to the archive after `+"`indexer retag`"+`. A person alias whose canonical
name the archive knows as an organization, or that ends like a company's
name ("Inc", "Ltd"), is refused unless --force. Changes are recorded in
the audit log (`+"`indexer log`"+`).`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.BoolVar(&force, "force", false, "set a person alias even when the canonical name looks like an organization")
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
		kind, variant, canonical := rest[1], rest[2], rest[3]
		if kind == "person" && !force {
			if why := orgLike(ctx, dir, canonical); why != "" {
				return fmt.Errorf("%q %s: a person alias would make it a person; use `indexer alias set org %q %q`, or pass --force", canonical, why, variant, canonical)
			}
		}
		_, al, err := newTagger(dir)
		if err != nil {
			return err
		}
		before := al.Lookup(kind, variant)
		if err := al.Set(kind, variant, canonical); err != nil {
			return usagef("%v", err)
		}
		// Aliases may be set before the first ingest, which applies them:
		// the folder is made for them, and the command says it is new.
		if _, err := os.Stat(archive.StoreFile(dir)); errors.Is(err, os.ErrNotExist) {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("create archive folder: %w", err)
			}
			fmt.Fprintf(env.Stderr, "note: %s holds no archive yet: the alias applies from its first ingest\n", dir)
		}
		if err := al.Save(archive.AliasesFile(dir)); err != nil {
			return err
		}
		if err := auditAlias(dir, o.Wait, "indexer alias "+joinArgs(args), kind, variant, before, canonical); err != nil {
			fmt.Fprintf(env.Stderr, "indexer: warning: alias saved but not recorded in the audit log: %v\n", err)
		}
		fmt.Fprintf(env.Stderr, "%s %q -> %q saved; run `indexer retag` to apply it to articles already in the archive\n", kind, variant, canonical)
		return nil
	case "rm":
		if len(rest) != 3 {
			return usagef("alias rm needs KIND VARIANT, e.g. alias rm person \"Sergey Lavrov\"")
		}
		kind, variant := rest[1], rest[2]
		_, al, err := newTagger(dir)
		if err != nil {
			return err
		}
		before := al.Lookup(kind, variant)
		if before == variant {
			return fmt.Errorf("no %s alias for %q (`indexer alias list` lists them)", kind, variant)
		}
		if err := al.Set(kind, variant, variant); err != nil {
			return usagef("%v", err)
		}
		if err := al.Save(archive.AliasesFile(dir)); err != nil {
			return err
		}
		if err := auditAlias(dir, o.Wait, "indexer alias "+joinArgs(args), kind, variant, before, ""); err != nil {
			fmt.Fprintf(env.Stderr, "indexer: warning: alias removed but not recorded in the audit log: %v\n", err)
		}
		fmt.Fprintf(env.Stderr, "%s %q -> %q removed; run `indexer retag` to apply it to articles already in the archive\n", kind, variant, before)
		return nil
	}
	return usagef("unknown alias command %q: use list, set or rm", rest[0])
}

// auditAlias records an alias change; canonical "" is a removal.
func auditAlias(dir string, wait bool, cmd, kind, variant, before, canonical string) error {
	e := archive.AuditEntry{Command: cmd, Action: archive.ActionAlias, Detail: kind + " " + variant}
	if before != variant {
		e.Before = mustJSON(map[string]string{variant: before})
	}
	if canonical != "" {
		e.After = mustJSON(map[string]string{variant: canonical})
	}
	return auditAlone(dir, wait, e)
}

// companyEndings end the names of companies, not persons (lower case).
var companyEndings = []string{"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "nv", "gmbh", "group", "holdings", "bank", "company", "corporation", "limited"}

// orgLike says why name is an organization rather than a person, "" when
// nothing says so: it ends like a company's name, or the archive tags it
// as an organization.
func orgLike(ctx context.Context, dir, name string) string {
	words := strings.Fields(strings.ToLower(name))
	if len(words) > 1 && slices.Contains(companyEndings, words[len(words)-1]) {
		return fmt.Sprintf("ends in %q like a company's name", strings.Fields(name)[len(words)-1])
	}
	ix, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		return "" // no archive yet, or busy: the name alone decides
	}
	defer ix.Close()
	if _, n, err := ix.IDs(ctx, index.Request{Orgs: []string{name}}, 1); err == nil && n > 0 {
		return fmt.Sprintf("is an organization in %d articles of the archive", n)
	}
	return ""
}

// rewrite reads the articles ids from the store in batches, applies fix to
// each and then its correction (`indexer edit`, `indexer tag`), and writes back to the store and the index those that changed. It
// returns how many changed.
func rewrite(ctx context.Context, ix *index.Index, ids []string, fix func(*archive.Article)) (int, error) {
	changed := 0
	for len(ids) > 0 {
		if err := ctx.Err(); err != nil {
			return changed, err
		}
		n := min(len(ids), index.BatchSize)
		arts := make([]*archive.Article, 0, n)
		over, err := ix.Store.Overrides(ids[:n])
		if err != nil {
			return changed, err
		}
		for _, id := range ids[:n] {
			a, err := ix.Store.Get(id)
			if err != nil {
				return changed, err
			}
			fix(a)
			// The librarian's corrections win over extraction.
			over.Corrections[id].Apply(a)
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
