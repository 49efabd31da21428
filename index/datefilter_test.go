package index_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"chancery/index"
)

// TestDateFilterOpenEnds checks --from without --to and --to without
// --from (an open end once reached Bleve as year 9999 and failed every
// search), and that dates Bleve cannot hold are a usage error.
func TestDateFilterOpenEnds(t *testing.T) {
	ix := tinyArchive(t, t.TempDir())
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name     string
		from, to time.Time
		want     []string // ids, sorted; nil with bad
		bad      bool
	}{
		{name: "from only", from: day(2005, 1, 1), want: []string{"t2"}},
		{name: "to only", to: day(2004, 7, 24), want: []string{"t1"}},
		{name: "both inclusive", from: day(2004, 7, 24), to: day(2005, 2, 14), want: []string{"t1", "t2"}},
		{name: "from far past", from: day(1678, 1, 1), want: []string{"t1", "t2"}},
		{name: "to far future", to: day(2261, 12, 31), want: []string{"t1", "t2"}},
		{name: "from before 1678", from: day(1500, 1, 1), bad: true},
		{name: "to after 2261", to: day(3000, 12, 31), bad: true},
		{name: "to before from", from: day(2005, 1, 1), to: day(2004, 1, 1), bad: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), index.Request{From: tc.from, To: tc.to})
			if tc.bad {
				if !errors.Is(err, index.ErrQuery) {
					t.Fatalf("want ErrQuery, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, h.ID)
			}
			slices.Sort(ids)
			if !slices.Equal(ids, tc.want) {
				t.Fatalf("hits %v, want %v", ids, tc.want)
			}
		})
	}
}
