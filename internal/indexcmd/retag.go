package indexcmd

import (
	"context"
	"fmt"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
)

func runRetag(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer retag", `Usage: indexer retag [--archive DIR]

Extracts persons, countries, organizations and topics of every article
again, with the current aliases, and updates the index where they changed.
Persons are then resolved across the archive: a bare surname becomes the
full name that articles of the same source within a year either side use
for it ("Baker" -> "James Baker") unless several full names compete there,
and is marked inferred with the evidence; names the archive knows as
companies ("Merrill Lynch") are dropped. Later adds apply the same
decisions.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	dir, err := o.parseDir(fs, args)
	if err != nil {
		return err
	}
	x, al, err := newTagger(dir)
	if err != nil {
		return err
	}
	w, err := openWriter(ctx, dir, "indexer retag", o.Wait, index.Options{}, env.Search)
	if err != nil {
		return err
	}
	defer w.Close()
	changed, resolved, companies, err := retag(ctx, w.ix, x, al)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "retagged: %d articles changed (%d decisions on surnames, roles and spellings per source and year, %d names known as companies)\n", changed, resolved, companies)
	return nil
}

// retag extracts the entities of every article again and resolves persons
// across the archive, in two passes: the first learns the person registry
// from the whole archive (so that the order of the articles does not
// matter), the second rewrites the articles whose entities change. It
// stores the registry's decisions and the aliases hash.
func retag(ctx context.Context, ix *index.Index, x *entities.Extractor, al *entities.Aliases) (changed, resolved, companies int, err error) {
	// first pass: what the whole archive says about names, so that the
	// order of the articles does not matter
	reg := entities.NewRegistry()
	var ids []string
	for a, err := range ix.Store.Articles() {
		if err != nil {
			return 0, 0, 0, err
		}
		if ctx.Err() != nil {
			return 0, 0, 0, ctx.Err()
		}
		ids = append(ids, a.ID)
		x.Extract(a)
		reg.Observe(a)
	}
	reg.Decide()
	changed, err = rewrite(ctx, ix, ids, func(a *archive.Article) {
		x.Extract(a)
		reg.Resolve(a)
	})
	if err != nil {
		return 0, 0, 0, err
	}
	if err := ix.Store.SetMeta(archive.MetaAliases, al.Hash()); err != nil {
		return 0, 0, 0, err
	}
	return saveRegistry(ix, reg, changed)
}
