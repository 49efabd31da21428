package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"chancery/entities"
)

// TopicPrecision measures whether topics are precise enough to count with,
// on Reuters files with their TOPICS tags:
//
//   - Economic stories (any TOPICS tag this package maps to an economy
//     topic: earn, acq, money-fx, grain, crude, trade, interest ...) that
//     get "sport", "arts, culture, entertainment and media" or "religion".
//   - "oil and gas" against the oil tags: of the tagged stories given "oil
//     and gas", the share tagged crude or nat-gas (Strict), or any oil or
//     fuel tag (Broad: also fuel, heat, gas, propane, naphtha, jet,
//     pet-chem); the misses tagged veg-oil and the like, reserves, or earn
//     and acq.
//   - Short financial notices (tagged earn or acq, body under 600 bytes)
//     with a top-level topic other than "economy, business and finance".
type TopicPrecision struct {
	Split Split `json:"split"`
	// Economic is the number of economic stories, OffTopic those tagged
	// sport, arts or religion (OffTopicIDs: up to 20 of them with their
	// tags and topics).
	Economic    int      `json:"economic"`
	OffTopic    int      `json:"off_topic"`
	OffTopicIDs []string `json:"off_topic_ids,omitempty"`
	// OilGas is the number of tagged stories given "oil and gas"; Strict
	// and Broad how many of them carry the oil tags; VegOil and Reserves
	// how many are tagged veg-oil (or palm-oil, soy-oil ...) or reserves
	// and carry no oil tag.
	OilGas, Strict, Broad, VegOil, Reserves int
	// EarnAcq are the "oil and gas" stories with no oil tag tagged earn or
	// acq: results and deals of oil companies, which Reuters does not tag
	// crude.
	EarnAcq int
	// OilTagged is the number of stories tagged crude or nat-gas,
	// OilTaggedHit those given "oil and gas".
	OilTagged, OilTaggedHit int
	// Notices is the number of short earn/acq stories, NoticeOther those
	// with a non-financial top-level topic.
	Notices, NoticeOther int
	// Docs is the number of stories read, tagged or not; Sport, Arts and
	// SciTech how many of them get "sport", "arts, culture, entertainment
	// and media" and "science and technology" (Reuters 1987 has no sport
	// and little of the others).
	Docs, Sport, Arts, SciTech int
}

// OffTopicShare is OffTopic / Economic.
func (t TopicPrecision) OffTopicShare() float64 { return ratio(t.OffTopic, t.Economic) }

// StrictPrecision is the share of "oil and gas" stories tagged crude or
// nat-gas.
func (t TopicPrecision) StrictPrecision() float64 { return ratio(t.Strict, t.OilGas) }

// BroadPrecision counts any oil or fuel tag as right.
func (t TopicPrecision) BroadPrecision() float64 { return ratio(t.Broad, t.OilGas) }

// OilRecall is the share of crude/nat-gas stories given "oil and gas".
func (t TopicPrecision) OilRecall() float64 { return ratio(t.OilTaggedHit, t.OilTagged) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

var (
	offTopics  = []string{"sport", "arts, culture, entertainment and media", "religion"}
	strictOil  = []string{"crude", "nat-gas"}
	broadOil   = []string{"crude", "nat-gas", "fuel", "heat", "gas", "propane", "naphtha", "jet", "pet-chem"}
	vegOilTags = []string{"veg-oil", "palm-oil", "soy-oil", "rape-oil", "sun-oil", "coconut-oil", "cotton-oil", "groundnut-oil", "lin-oil", "corn-oil", "castor-oil", "oilseed"}
)

// MeasureTopics scores the Reuters files of split.
func MeasureTopics(ext *entities.Extractor, corpora string, split Split) (TopicPrecision, error) {
	r := TopicPrecision{Split: split}
	dir := filepath.Join(corpora, "reuters21578")
	files := 0
	for _, f := range ReutersFiles(split) {
		path := filepath.Join(dir, f)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		files++
		docs, err := ReadReuters(path)
		if err != nil {
			return r, err
		}
		for _, d := range docs {
			a := d.Article
			ext.Extract(&a)
			r.Docs++
			if slices.Contains(a.Topics, "sport") {
				r.Sport++
			}
			if slices.Contains(a.Topics, "arts, culture, entertainment and media") {
				r.Arts++
			}
			if slices.Contains(a.Topics, "science and technology") {
				r.SciTech++
			}
			if len(d.Topics) == 0 {
				continue
			}
			economic := false
			for _, c := range d.Topics {
				if reutersTopics[c] != "" {
					economic = true
				}
			}
			if economic {
				r.Economic++
				if anyIn(a.Topics, offTopics) {
					r.OffTopic++
					if len(r.OffTopicIDs) < 20 {
						r.OffTopicIDs = append(r.OffTopicIDs, a.ID+" "+strings.Join(d.Topics, ",")+" -> "+strings.Join(a.Topics, "; "))
					}
				}
			}
			oil := slices.Contains(a.Topics, "oil and gas")
			if anyIn(d.Topics, strictOil) {
				r.OilTagged++
				if oil {
					r.OilTaggedHit++
				}
			}
			if oil {
				r.OilGas++
				if anyIn(d.Topics, strictOil) {
					r.Strict++
				}
				switch {
				case anyIn(d.Topics, broadOil):
					r.Broad++
				case anyIn(d.Topics, vegOilTags):
					r.VegOil++
				case slices.Contains(d.Topics, "reserves"):
					r.Reserves++
				case slices.Contains(d.Topics, "earn") || slices.Contains(d.Topics, "acq"):
					r.EarnAcq++
				}
			}
			if (slices.Contains(d.Topics, "earn") || slices.Contains(d.Topics, "acq")) && len(a.Body) < 600 {
				r.Notices++
				for _, t := range a.Topics {
					if isTopLevel(t) && t != "economy, business and finance" {
						r.NoticeOther++
						break
					}
				}
			}
		}
	}
	if files == 0 {
		return r, fmt.Errorf("no Reuters files in %s: pass the folder holding reuters21578/", dir)
	}
	return r, nil
}

func anyIn(have, want []string) bool {
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

var topLevel = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range entities.Taxonomy() {
		if t.Parent == "" {
			m[t.Label] = true
		}
	}
	return m
}()

func isTopLevel(label string) bool { return topLevel[label] }

// BBCTopicRecall returns, per BBC category, how many articles of split
// carry the category's top-level topic anywhere in their topics, and how
// many there are: one topic per article, so a category's topic missing is
// a recall loss.
// other counts, per category, the articles of the other categories that
// carry its topic (its false positives).
func BBCTopicRecall(ext *entities.Extractor, corpora string, split Split) (hit, total, other map[string]int, err error) {
	docs, err := ReadBBC(filepath.Join(corpora, "bbc"))
	if err != nil {
		return nil, nil, nil, err
	}
	hit, total, other = map[string]int{}, map[string]int{}, map[string]int{}
	for _, d := range docs {
		if d.Number%4 == 0 || !InBBCSplit(d.Number, split) {
			continue // every 4th file is sealed
		}
		a := d.Article
		ext.Extract(&a)
		total[d.Category]++
		for c, label := range BBCCategoryTopic {
			if !slices.Contains(a.Topics, label) {
				continue
			}
			if c == d.Category {
				hit[c]++
			} else {
				other[c]++
			}
		}
	}
	return hit, total, other, nil
}
