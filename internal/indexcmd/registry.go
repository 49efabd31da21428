package indexcmd

import (
	"fmt"
	"strconv"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
)

// metaRegistry is the store meta key holding the person registry's
// decisions (entities.Registry text: partial names resolved to full names,
// names known as companies). `indexer retag` computes them from the whole
// archive; `indexer add` applies them to the articles it adds.
//
// The registry is not fed while adding: an article's persons would then
// depend on what was ingested before it, and ingesting the same input again
// would change the archive. Decisions change only with a retag.
const metaRegistry = "registry"

// metaRegistryCounts holds what the person registry counted
// (entities.Registry.MarshalCounts) and metaRegistryArticles the number of
// articles those counts cover. A run that adds articles to an archive
// whose counts cover all of it counts only its own articles and decides
// from the sum, instead of passing over the store. Any other change (a
// replaced or removed article, an older archive) makes the counts stale:
// the next resolution passes over the store and saves them again.
const (
	metaRegistryCounts   = "registry-counts"
	metaRegistryArticles = "registry-articles"
)

// loadRegistry returns the decisions of the last retag; an archive without
// them gets an empty registry, which changes nothing.
func loadRegistry(st *archive.Store) (*entities.Registry, error) {
	r := entities.NewRegistry()
	text, err := st.Meta(metaRegistry)
	if err != nil {
		return nil, fmt.Errorf("read the person registry: %w", err)
	}
	if text != "" {
		if err := r.UnmarshalText([]byte(text)); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// loadCounts returns a registry holding the saved counts when they cover
// exactly the articles the archive holds (articles), or nil.
func loadCounts(st *archive.Store, articles uint64) *entities.Registry {
	n, err := st.Meta(metaRegistryArticles)
	if err != nil || n != strconv.FormatUint(articles, 10) {
		return nil
	}
	text, err := st.Meta(metaRegistryCounts)
	if err != nil || text == "" {
		return nil
	}
	r := entities.NewRegistry()
	if err := r.UnmarshalCounts([]byte(text)); err != nil {
		return nil // stale or foreign: the store pass rebuilds them
	}
	return r
}

// saveRegistry records reg's decisions and counts in the store for later
// adds, with the number of articles the counts cover.
func saveRegistry(ix *index.Index, reg *entities.Registry, changed int) (int, int, int, error) {
	text, err := reg.MarshalText()
	if err != nil {
		return 0, 0, 0, err
	}
	counts, err := reg.MarshalCounts()
	if err != nil {
		return 0, 0, 0, err
	}
	n, err := ix.DocCount()
	if err != nil {
		return 0, 0, 0, err
	}
	if err := ix.Store.SetMeta(metaRegistry, string(text), metaRegistryCounts, string(counts), metaRegistryArticles, strconv.FormatUint(n, 10)); err != nil {
		return 0, 0, 0, err
	}
	resolved, companies := reg.Decisions()
	return changed, resolved, companies, nil
}
