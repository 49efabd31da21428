package eval

import (
	"testing"

	"chancery/entities"
	"chancery/internal/shared"
)

// TestTopicPrecision measures topic precision on the Reuters dev and check
// files and holds it to the targets of docs/QUALITY.md:
//
//	go test ./entities/eval/ -run TestTopicPrecision -v
func TestTopicPrecision(t *testing.T) {
	corpora := shared.Require(t, "corpora")
	ext, err := entities.New(entities.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, split := range []Split{Dev, Check} {
		r, err := MeasureTopics(ext, corpora, split)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: economic stories tagged sport/arts/religion %d of %d (%.2f%%)", split, r.OffTopic, r.Economic, 100*r.OffTopicShare())
		for _, id := range r.OffTopicIDs {
			t.Logf("  %s", id)
		}
		t.Logf("%s: oil and gas on %d tagged stories: precision %.3f against crude/nat-gas, %.3f against any oil or fuel tag; %d veg-oil, %d reserves, %d earn or acq (oil companies); recall of crude/nat-gas %.3f (%d of %d)",
			split, r.OilGas, r.StrictPrecision(), r.BroadPrecision(), r.VegOil, r.Reserves, r.EarnAcq, r.OilRecall(), r.OilTaggedHit, r.OilTagged)
		t.Logf("%s: of all %d stories: sport %d, arts %d, science and technology %d", split, r.Docs, r.Sport, r.Arts, r.SciTech)
		t.Logf("%s: short earn/acq notices with a non-financial top-level topic: %d of %d", split, r.NoticeOther, r.Notices)
		if r.OffTopicShare() > 0.01 {
			t.Errorf("%s: %.2f%% of economic stories tagged sport, arts or religion, want <= 1%%", split, 100*r.OffTopicShare())
		}
		// Reuters 1987 is wire news about money: science and technology
		// (computer makers' deals were) and sport (players and matches
		// in markets were) are rare subjects there
		if r.SciTech > r.Docs/100 || r.Sport > r.Docs/500 {
			t.Errorf("%s: science and technology on %d and sport on %d of %d Reuters stories, want at most 1%% and 0.2%%", split, r.SciTech, r.Sport, r.Docs)
		}
		if r.VegOil+r.Reserves > r.OilGas/20 {
			t.Errorf("%s: %d vegetable-oil and %d reserves stories of %d given oil and gas, want under 5%%", split, r.VegOil, r.Reserves, r.OilGas)
		}
		hit, total, other, err := BBCTopicRecall(ext, corpora, split)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []string{"business", "entertainment", "politics", "sport", "tech"} {
			t.Logf("%s: BBC %s articles carrying %q: %d of %d; other categories' articles carrying it: %d", split, c, BBCCategoryTopic[c], hit[c], total[c], other[c])
			if total[c] > 0 && float64(hit[c]) < 0.9*float64(total[c]) {
				t.Errorf("%s: BBC %s: %d of %d carry their topic, want 90%%", split, c, hit[c], total[c])
			}
		}
	}
}
