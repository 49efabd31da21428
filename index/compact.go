package index

import (
	"context"
	"fmt"
	"time"

	"chancery/archive"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// Compaction is what Compact did.
type Compaction struct {
	// SegmentsBefore and SegmentsAfter count the index's segments.
	SegmentsBefore, SegmentsAfter int
	// BytesBefore and BytesAfter are the sizes of the segments' files
	// (Bleve removes the files of the old segments once no snapshot uses
	// them: at the latest when the next writer opens the index).
	BytesBefore, BytesAfter int64
}

// compactMaxDocs caps the documents of a segment that Compact makes: an
// index of up to 200,000 documents becomes one segment; a larger one keeps
// segments of 100,000 to 200,000, as a merge's memory grows with its
// segments (`indexer compact` peaked at 900 MB resident on the bench's
// 100,000 articles). With the writer's cap (maxMergedDocs) the bench's
// 100,000 documents merged into two segments: Bleve merges a roster only
// while it stays below the cap.
const compactMaxDocs = 2 * maxMergedDocs

// Compact merges the index's segments into as few as compactMaxDocs allows
// and waits until the merged index is persisted. The facet files of the
// new segments are written when the index closes, as after any write.
//
// Every search process opens every segment, and a query sets up its
// searchers per segment: on the bench's 100,000-article archive (16
// segments after an ingest) one segment cut a new `search` process's
// took_ms by 29-47% (docs/BENCHMARKS.md). The merge reads and writes the whole
// index. Hits of equal score may come back in another order afterwards
// (ties follow the order of documents in the segments); totals, hits,
// scores and facets are the same.
//
// Scorch switches to the merged segment in one atomic write of its root:
// a crash or a cancelled ctx leaves the index as it was or merged.
func (ix *Index) Compact(ctx context.Context) (Compaction, error) {
	plan := mergeplan.SingleSegmentMergePlanOptions
	plan.MaxSegmentSize = compactMaxDocs
	plan.SegmentsPerMergeTask = mergeWidth
	return ix.forceMerge(ctx, "compact the index", plan)
}

// tailDocs is the size under which MergeTail merges segments: the
// segments of 1,000 documents that an ingest's last batches leave, which
// Bleve's merger merges only once mergeWidth of them pile up.
const tailDocs = 20 * 1000

// MergeTail merges the small segments an ingest leaves at its end (each of
// fewer than tailDocs documents) into as few as possible, and waits until
// the merged index is persisted; larger segments stay as they are. Every
// search opens every segment, so a fresh search process is faster on
// fewer; the merge reads and writes only the small segments. Like Compact,
// it switches to the merged segments in one atomic write of Bleve's root.
func (ix *Index) MergeTail(ctx context.Context) (Compaction, error) {
	plan := mergeplan.MergePlanOptions{
		MaxSegmentsPerTier:   1,
		MaxSegmentSize:       2 * tailDocs,
		MaxSegmentFileSize:   1 << 40,
		TierGrowth:           10,
		SegmentsPerMergeTask: mergeWidth,
		FloorSegmentSize:     tailDocs,
		ReclaimDeletesWeight: 2,
	}
	return ix.forceMerge(ctx, "merge the index's small segments", plan)
}

// forceMerge merges the index's segments by plan, again while that leaves
// fewer segments, and waits until the merged index is persisted. what
// names the operation in errors.
func (ix *Index) forceMerge(ctx context.Context, what string, plan mergeplan.MergePlanOptions) (Compaction, error) {
	var c Compaction
	if ix.opts.ReadOnly || ix.opts.StoreOnly || ix.bi == nil {
		return c, fmt.Errorf("%s: the archive is not open for writing", what)
	}
	if err := ix.Flush(time.Minute); err != nil {
		return c, fmt.Errorf("%s: %w", what, err)
	}
	var err error
	if c.SegmentsBefore, c.BytesBefore, err = ix.segments(); err != nil {
		return c, err
	}
	c.SegmentsAfter, c.BytesAfter = c.SegmentsBefore, c.BytesBefore
	adv, err := ix.bi.Advanced()
	if err != nil {
		return c, fmt.Errorf("%s: %w", what, err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return c, fmt.Errorf("%s: not a scorch index (%T)", what, adv)
	}
	// A forced merge merges at most mergeWidth segments into each new one:
	// merge again while that leaves fewer segments.
	for c.SegmentsAfter > 1 {
		if err := s.ForceMerge(ctx, &plan); err != nil {
			return c, fmt.Errorf("%s: %w", what, err)
		}
		// ForceMerge returns nil when cancelled.
		if err := ctx.Err(); err != nil {
			return c, err
		}
		archive.Pause(archive.PauseCompactMerged)
		if err := ix.waitPersisted(ctx, s); err != nil {
			return c, err
		}
		n, bytes, err := ix.segments()
		if err != nil {
			return c, err
		}
		merged := n < c.SegmentsAfter
		c.SegmentsAfter, c.BytesAfter = n, bytes
		if !merged {
			break
		}
	}
	return c, nil
}

// waitPersisted waits until Bleve's persister has written the index as
// it is now. ForceMerge returns once the merged segments are in the
// index, not once they are persisted. (Waiting for Bleve's background
// threads to turn idle instead hung in one test run of eight.)
func (ix *Index) waitPersisted(ctx context.Context, s *scorch.Scorch) error {
	epoch, _ := s.StatsMap()["CurRootEpoch"].(uint64)
	for {
		if done, _ := s.StatsMap()["LastPersistedEpoch"].(uint64); done >= epoch {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ix.failed:
			return fmt.Errorf("compact the index: %w", ix.persistFailure(ix.failedErr()))
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Segments returns the number of segments of the index as it is now (Bleve
// may still be merging some in the background).
func (ix *Index) Segments() (int, error) {
	n, _, err := ix.segments()
	return n, err
}

// segments returns the number of segments of the index as it is now and
// the bytes of their files.
func (ix *Index) segments() (int, int64, error) {
	r, err := ix.snapshot()
	if err != nil {
		return 0, 0, fmt.Errorf("count segments: %w", err)
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0, 0, fmt.Errorf("count segments: not a scorch snapshot (%T)", r)
	}
	var bytes int64
	for _, ss := range snap.Segments() {
		if fs, ok := ss.Segment().(fileSegment); ok {
			bytes += int64(len(fs.Data()))
		}
	}
	return len(snap.Segments()), bytes, nil
}
