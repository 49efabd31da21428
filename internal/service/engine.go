package service

import (
	"context"

	"chancery/index"
)

// Engine answers what the front ends ask: Local from an index this
// process holds open, Remote through the writer that holds the archive.
// Both give the same answers and the same errors.
type Engine interface {
	Search(ctx context.Context, r SearchRequest) (*Result, error)
	Similar(ctx context.Context, id string, r SearchRequest) (*Result, *SimilarTo, error)
	Show(ctx context.Context, ids []string) ([]Article, error)
	Quotes(ctx context.Context, r QuotesRequest) (*Quotes, error)
	Timeline(ctx context.Context, r TimelineRequest) (*Timeline, error)
	Values(ctx context.Context, facet, prefix string, size int, allVersions bool) (*Values, error)
}

// Answerer returns what answers the calls a Remote sends from ix: a
// writer serves it on its socket (internal/writersock).
func Answerer(ix *index.Index) func(ctx context.Context, call []byte) []byte {
	return func(ctx context.Context, call []byte) []byte { return Answer(ctx, Local{Index: ix}, call) }
}

// Local is the Engine of an open index.
type Local struct{ Index *index.Index }

func (l Local) Search(ctx context.Context, r SearchRequest) (*Result, error) {
	return Search(ctx, l.Index, r)
}

func (l Local) Similar(ctx context.Context, id string, r SearchRequest) (*Result, *SimilarTo, error) {
	return Similar(ctx, l.Index, id, r)
}

func (l Local) Show(ctx context.Context, ids []string) ([]Article, error) { return Show(l.Index, ids) }

func (l Local) Quotes(ctx context.Context, r QuotesRequest) (*Quotes, error) {
	return QuoteStatements(ctx, l.Index, r)
}

func (l Local) Timeline(ctx context.Context, r TimelineRequest) (*Timeline, error) {
	return CountTimeline(ctx, l.Index, r)
}

func (l Local) Values(ctx context.Context, facet, prefix string, size int, allVersions bool) (*Values, error) {
	return ValuesOf(ctx, l.Index, facet, prefix, size, allVersions)
}
