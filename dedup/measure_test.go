package dedup

import (
	"chancery/internal/shared"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"chancery/archive"
)

// reutersDir finds shared/corpora/reuters21578 above the working folder.
func reutersDir() string { return shared.Find("corpora", "reuters21578") }

func readReuters(t testing.TB, files ...string) []*archive.Article {
	dir := reutersDir()
	if dir == "" {
		t.Skip("Reuters corpus (../shared/corpora/reuters21578) not present")
	}
	var out []*archive.Article
	for _, f := range files {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		r := archive.NewReutersReader(fh, f, archive.ReadOptions{})
		for {
			a, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			out = append(out, a)
		}
		fh.Close()
	}
	return out
}

// TestMeasureReuters prints how the signatures behave on the development
// files of Reuters; run with CHANCERY_MEASURE=1 -v (or =check for the
// check files).
func TestMeasureReuters(t *testing.T) {
	if os.Getenv("CHANCERY_MEASURE") == "" {
		t.Skip("set CHANCERY_MEASURE=1 to measure on Reuters")
	}
	// development files; CHANCERY_MEASURE=check reads the check files
	// instead (report only: nothing is tuned on them)
	first, last := 0, 13
	if os.Getenv("CHANCERY_MEASURE") == "check" {
		first, last = 14, 17
	}
	var files []string
	for i := first; i <= last; i++ {
		files = append(files, fmt.Sprintf("reut2-%03d.sgm", i))
	}
	arts := readReuters(t, files...)
	sets := make([]Set, len(arts))
	byBand := map[string][]int{}
	signed := 0
	for i, a := range arts {
		sets[i] = Shingles(a.Body)
		sig, ok := Sign(sets[i])
		if !ok {
			continue
		}
		signed++
		for _, b := range sig.Bands() {
			byBand[b] = append(byBand[b], i)
		}
	}
	type pair struct {
		i, j int
		jac  float64
	}
	seen := map[[2]int]bool{}
	var pairs []pair
	for _, ids := range byBand {
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				k := [2]int{ids[x], ids[y]}
				if seen[k] {
					continue
				}
				seen[k] = true
				pairs = append(pairs, pair{ids[x], ids[y], Jaccard(sets[ids[x]], sets[ids[y]])})
			}
		}
	}
	t.Logf("%d articles, %d with a signature, %d candidate pairs", len(arts), signed, len(pairs))
	hist := make([]int, 11)
	for _, p := range pairs {
		hist[int(p.jac*10)]++
	}
	t.Logf("candidate pairs by Jaccard decile: %v", hist)
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].jac < pairs[b].jac })
	near := func(p pair) bool {
		d := arts[p.i].Date.Sub(arts[p.j].Date)
		if d < 0 {
			d = -d
		}
		return !arts[p.i].Date.IsZero() && !arts[p.j].Date.IsZero() && d <= MaxDays*24*time.Hour
	}
	histNear := make([]int, 11)
	for _, p := range pairs {
		if near(p) {
			histNear[int(p.jac*10)]++
		}
	}
	t.Logf("of them within %d days: %v", MaxDays, histNear)
	gaps := map[int]int{}
	fedGaps := map[int]int{}
	for _, p := range pairs {
		if p.jac < Threshold || arts[p.i].Date.IsZero() || arts[p.j].Date.IsZero() {
			continue
		}
		d := int(arts[p.i].Date.Sub(arts[p.j].Date).Hours() / 24)
		if d < 0 {
			d = -d
		}
		if d > 5 {
			d = 5
		}
		gaps[d]++
		if strings.Contains(arts[p.i].Title, "FED ADDS RESERVES") {
			fedGaps[d]++
		}
	}
	t.Logf("pairs at J >= %.2f by days apart (5 = 5 or more): %v; of them 'Fed adds reserves': %v", Threshold, gaps, fedGaps)
	show := os.Getenv("CHANCERY_SHOW")
	wantNear := os.Getenv("CHANCERY_NEAR")
	for _, p := range pairs {
		if wantNear != "" && (wantNear == "1") != near(p) {
			continue
		}
		if show != "" && fmt.Sprintf("%.1f", p.jac) == show {
			t.Logf("J=%.2f %s %s | %s || %s", p.jac, arts[p.i].ID, arts[p.j].ID, arts[p.i].Title, arts[p.j].Title)
			if os.Getenv("CHANCERY_BODY") != "" {
				t.Logf("A: %s\nB: %s", strings.Join(strings.Fields(arts[p.i].Body), " "), strings.Join(strings.Fields(arts[p.j].Body), " "))
			}
		}
	}
	// recall of the banding against all pairs of the first 3000 articles
	n := min(3000, len(arts))
	found, total := 0, 0
	for i := 0; i < n; i++ {
		if sets[i] == nil {
			continue
		}
		for j := i + 1; j < n; j++ {
			if sets[j] == nil {
				continue
			}
			if Jaccard(sets[i], sets[j]) >= Threshold {
				total++
				if seen[[2]int{i, j}] {
					found++
				}
			}
		}
	}
	t.Logf("first %d articles: %d pairs at J >= %.2f, %d of them candidates", n, total, Threshold, found)
}
