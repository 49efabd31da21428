package indexcmd

import (
	"context"
	"errors"
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
	var damage index.Damage
	if errors.As(err, &damage) {
		for _, d := range damage {
			fmt.Fprintf(env.Stderr, "indexer: %v: skipped\n", d)
		}
	} else if err != nil {
		return err
	}
	w.ix.Store.Audit(archive.AuditEntry{Command: "indexer retag", Action: archive.ActionRetag,
		Detail: fmt.Sprintf("%d articles changed (%d decisions on surnames, roles and spellings per source and year, %d names known as companies)", changed, resolved, companies)})
	fmt.Fprintf(env.Stderr, "retagged: %d articles changed (%d decisions on surnames, roles and spellings per source and year, %d names known as companies)\n", changed, resolved, companies)
	return err
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
	corrections := map[string]*archive.Correction{}
	for id, c := range ix.Store.AllCorrections() {
		corrections[id] = c
	}
	var ids []string
	var damage index.Damage
	for a, err := range ix.Store.Articles() {
		if damage.Skip(err) {
			continue
		}
		if err != nil {
			return 0, 0, 0, err
		}
		if ctx.Err() != nil {
			return 0, 0, 0, ctx.Err()
		}
		ids = append(ids, a.ID)
		aliasSource(al, a)
		x.Extract(a)
		corrections[a.ID].ApplyTags(a)
		reg.Observe(a)
	}
	reg.Decide()
	changed, err = rewrite(ctx, ix, ids, func(a *archive.Article) {
		aliasSource(al, a)
		x.Extract(a)
		reg.Resolve(a)
	})
	if err != nil {
		return 0, 0, 0, err
	}
	if err := ix.Store.SetMeta(archive.MetaAliases, al.Hash()); err != nil {
		return 0, 0, 0, err
	}
	changed, resolved, companies, err = saveRegistry(ix, reg, changed)
	if err == nil && len(damage) > 0 {
		err = damage
	}
	return changed, resolved, companies, err
}
