package indexcmd

import (
	"chancery/archive"
	"chancery/entities"
)

// sourceTagger is the extractor of an ingest with the source aliases
// (`indexer alias set source "VOA" "Voice of America"`) applied first, so
// that the articles of both names have one source in facets and filters.
type sourceTagger struct {
	x  *entities.Extractor
	al *entities.Aliases
}

func (t sourceTagger) Extract(a *archive.Article) {
	aliasSource(t.al, a)
	t.x.Extract(a)
}

// aliasSource gives a its canonical source name.
func aliasSource(al *entities.Aliases, a *archive.Article) {
	if a.Source != "" {
		a.Source = al.Lookup("source", a.Source)
	}
}
