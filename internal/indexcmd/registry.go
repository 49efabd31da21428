package indexcmd

import (
	"fmt"

	"chancery/archive"
	"chancery/entities"
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
