package searchcmd

import (
	"chancery/internal/service"
	"chancery/internal/shared"
	"encoding/csv"
	"strings"
	"testing"
)

// reuters returns an archive of three Reuters-21578 development files
// (3,000 articles, no entity extraction: quotes guess their speakers),
// or skips when the corpus is absent.
func reuters(t *testing.T) string {
	t.Helper()
	dir := shared.Find("corpora/reuters21578")
	if dir == "" {
		t.Skip("Reuters corpus (../shared/corpora/reuters21578) not present")
	}
	if testing.Short() {
		t.Skip("-short: skipping the Reuters archive")
	}
	arch := t.TempDir()
	var paths []string
	for _, f := range []string{"reut2-000.sgm", "reut2-001.sgm", "reut2-002.sgm"} {
		paths = append(paths, dir+"/"+f)
	}
	buildArchive(t, arch, nil, paths...)
	return arch
}

// TestReuters runs every feature on part of the Reuters corpus and checks
// what must hold whatever the data: counts that add up, formats that
// parse, statements attributed to the person asked for.
func TestReuters(t *testing.T) {
	dir := reuters(t)

	t.Run("formats", func(t *testing.T) {
		res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--size", "40", "--cite", "oil", "prices"))
		if res.Total < 40 || len(res.Hits) != 40 {
			t.Fatalf("oil prices: total %d, %d hits", res.Total, len(res.Hits))
		}
		out := mustRun(t, "--archive", dir, "--format", "csv", "--size", "40", "oil", "prices")
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("CSV: %v", err)
		}
		if len(recs) != 41 {
			t.Errorf("%d CSV records, want a header and 40 rows", len(recs))
		}
		for i, h := range res.Hits {
			if recs[i+1][0] != h.ID {
				t.Errorf("row %d is %s, hit %s", i, recs[i+1][0], h.ID)
			}
			if !strings.HasPrefix(h.Citation, "Reuters, 1987-") || !strings.Contains(h.Citation, h.ID) {
				t.Errorf("citation %q", h.Citation)
			}
		}
		lines := strings.Split(strings.TrimSpace(mustRun(t, "--archive", dir, "--format", "jsonl", "--size", "40", "oil", "prices")), "\n")
		if len(lines) != 40 {
			t.Errorf("%d JSON lines, want 40", len(lines))
		}
	})

	t.Run("kwic", func(t *testing.T) {
		res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--kwic", "--size", "20", "--all-versions", "body:debt"))
		for _, h := range res.Hits {
			if len(h.KWIC) == 0 {
				t.Errorf("%s: no passage", h.ID)
			}
			for _, k := range h.KWIC {
				if !strings.Contains(strings.ToLower(k), "<mark>debt") {
					t.Errorf("%s: passage without a marked match: %s", h.ID, k)
				}
			}
		}
	})

	t.Run("quotes", func(t *testing.T) {
		all := decode[service.Quotes](t, mustRun(t, "quotes", "--archive", dir, "--json", "--size", "10000", "--all-versions", "--max-articles", "3000"))
		if all.Articles != 3000 || all.Total < 500 || all.Truncated {
			t.Fatalf("%d statements in %d articles", all.Total, all.Articles)
		}
		folded := decode[service.Quotes](t, mustRun(t, "quotes", "--archive", dir, "--json", "--size", "10000", "--max-articles", "3000"))
		if folded.Articles >= 3000 || folded.Articles < 2500 || folded.Total >= all.Total || folded.Matched != 3000 {
			t.Errorf("one copy of each story: %d statements in %d articles of %d", folded.Total, folded.Articles, folded.Matched)
		}
		if cut := decode[service.Quotes](t, mustRun(t, "quotes", "--archive", dir, "--json", "--max-articles", "10")); !cut.Truncated || cut.Articles != 10 {
			t.Errorf("--max-articles 10: %d articles, truncated %v", cut.Articles, cut.Truncated)
		}
		kinds := map[string]int{}
		for _, q := range all.Quotes {
			kinds[string(q.Kind)]++
			if len(strings.Fields(q.Person)) < 2 || len(strings.Fields(q.Text)) < 3 {
				t.Errorf("statement without a full name or a clause: %+v", q)
			}
		}
		if kinds["direct"] < 100 || kinds["reported"] < 100 {
			t.Errorf("kinds %v", kinds)
		}
		baker := decode[service.Quotes](t, mustRun(t, "quotes", "--archive", dir, "--json", "--person", "James Baker"))
		if baker.Total < 5 {
			t.Fatalf("James Baker: %d statements", baker.Total)
		}
		for _, q := range baker.Quotes {
			if q.Person != "James Baker" {
				t.Errorf("statement by %s under --person James Baker", q.Person)
			}
		}
	})

	t.Run("timeline", func(t *testing.T) {
		res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--all-versions", "oil"))
		tl := decode[service.Series](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "week", "oil"))
		sum := tl.Undated
		best := service.Bucket{}
		for _, b := range tl.Buckets {
			sum += b.Count
			if b.Count > best.Count {
				best = b
			}
		}
		if tl.Total != res.Total || uint64(sum) != tl.Total {
			t.Fatalf("weeks add up to %d, total %d, search total %d", sum, tl.Total, res.Total)
		}
		// a day-by-day cross-check of the largest bucket through the
		// search filters
		days := decode[service.Series](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "week", "--from", "1987-03-02", "--to", "1987-03-08", "oil"))
		if len(days.Buckets) != 1 || days.Buckets[0].Period != "1987-W10" {
			t.Fatalf("one week: %+v", days.Buckets)
		}
		week := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--all-versions", "--from", "1987-03-02", "--to", "1987-03-08", "oil"))
		if uint64(days.Buckets[0].Count) != week.Total {
			t.Errorf("1987-W10: timeline %d, search %d", days.Buckets[0].Count, week.Total)
		}
		if best.Period == "1987-W10" && best.Count != days.Buckets[0].Count {
			t.Errorf("1987-W10: %d over all weeks, %d alone", best.Count, days.Buckets[0].Count)
		}
		cmp := decode[service.Compared](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "week", "oil", "--compare", "coffee", "--compare", "gold"))
		if len(cmp.Series) != 3 {
			t.Errorf("compare: %d series", len(cmp.Series))
		}
	})

	t.Run("similar", func(t *testing.T) {
		res := decode[service.Result](t, mustRun(t, "similar", "--archive", dir, "--json", "--size", "5", "reuters-2701"))
		if len(res.Hits) != 5 {
			t.Fatalf("%d similar", len(res.Hits))
		}
		for _, h := range res.Hits {
			if h.ID == "reuters-2701" {
				t.Error("the article itself is listed")
			}
			if !strings.Contains(h.Snippet, "<mark>") {
				t.Errorf("%s shares no marked term: %s", h.ID, h.Snippet)
			}
		}
	})

	t.Run("versions", func(t *testing.T) {
		// every matching article is either a hit or one of its versions
		folded := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--size", "1000", "oil"))
		n, withVersions := 0, 0
		for _, h := range folded.Hits {
			n += 1 + h.Versions
			if h.Versions > 0 {
				withVersions++
			}
		}
		if uint64(n) != folded.Total {
			t.Errorf("hits and their versions: %d, total %d", n, folded.Total)
		}
		if withVersions == 0 {
			t.Error("no near-duplicates among the oil stories")
		}
		all := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--size", "1000", "--all-versions", "oil"))
		if len(all.Hits) != n {
			t.Errorf("--all-versions: %d hits, want %d", len(all.Hits), n)
		}
	})
}
