package indexcmd

import (
	"context"
	"errors"
	"fmt"
	"time"

	"chancery/archive"
	"chancery/index"
)

func runCompact(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer compact", `Usage: indexer compact [--archive DIR]

Merges the segments of the archive's index into one (on an archive of more
than 200,000 articles, into segments of 100,000 to 200,000) and waits until
it is on disk.
Every search opens every segment, so after a large load a compacted index
makes every later search faster. The merge reads and writes the whole
index: 14-19 s and 830-910 MB of memory at 100,000 articles on a shared
2-core machine.

It is a writer, like add: it takes the writer lock (--wait to wait for a
running writer) and answers searches while it runs. Stopped or killed
part-way, it leaves the index as it was or compacted, never broken: the
index switches to the merged segment in one atomic write. Hits of equal
score may come back in another order afterwards; totals, hits, scores and
facets are the same.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	dir, err := o.parseDir(fs, args)
	if err != nil {
		return err
	}
	w, err := openWriter(ctx, dir, "indexer compact", o.Wait, index.Options{}, env.Search)
	if err != nil {
		return err
	}
	start := time.Now()
	c, err := w.ix.Compact(ctx)
	// Closing writes the facet file of the merged segment.
	if err := errors.Join(err, w.Close()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "compacted the index: %s (%s) into %s (%s) in %.1fs\n",
		segmentsText(c.SegmentsBefore), archive.HumanBytes(c.BytesBefore), segmentsText(c.SegmentsAfter), archive.HumanBytes(c.BytesAfter), time.Since(start).Seconds())
	return nil
}

func segmentsText(n int) string { return fmt.Sprintf("%d %s", n, plural(n, "segment", "segments")) }
