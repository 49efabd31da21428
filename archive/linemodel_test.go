package archive

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lineModelTrainedThrough is the newest parts set the line model is
// trained on (with parts-dev.json): the sets after it are held back to
// measure it (TestLineModelHeldBack).
const lineModelTrainedThrough = 94

// lineModelMinCount is the fewest training lines a feature must stand in
// to be weighed; rarer ones weigh nothing.
const lineModelMinCount = 3

var updateLineModel = flag.Bool("update-line-model", false, "retrain the line model on the parts files and write linemodel.txt")

// partsSetNumber returns N of testdata/combos/parts-bN.json, 0 for
// parts-dev.json, -1 for another name.
func partsSetNumber(f string) int {
	base := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "parts-"), ".json")
	if base == "dev" {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimPrefix(base, "b"))
	if err != nil || !strings.HasPrefix(base, "b") {
		return -1
	}
	return n
}

// partsLines returns a parts file's site lines (its tops' and ends' lines
// and its mids) and its text paragraphs.
func partsLines(p comboParts) (site, text []string) {
	for _, b := range append(append([][]string{}, p.Tops...), p.Ends...) {
		for _, l := range b {
			if strings.TrimSpace(l) != "" {
				site = append(site, l)
			}
		}
	}
	for _, m := range p.Mids {
		if strings.TrimSpace(m) != "" {
			site = append(site, m)
		}
	}
	for _, b := range p.Bodies {
		text = append(text, b...)
	}
	return site, text
}

// touchingLines returns the site lines of p that stand against the text:
// its mids, and each end's lines down to its first blank line.
func touchingLines(p comboParts) []string {
	var out []string
	for _, m := range p.Mids {
		if strings.TrimSpace(m) != "" {
			out = append(out, m)
		}
	}
	for _, e := range p.Ends {
		for _, l := range e {
			if strings.TrimSpace(l) == "" {
				break
			}
			out = append(out, l)
		}
	}
	return out
}

// partsFiles returns the parts files, split into those the line model is
// trained on and those held back.
func partsFiles(t *testing.T) (train, held []string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "combos", "parts-*.json"))
	for _, f := range files {
		switch n := partsSetNumber(f); {
		case n < 0:
			t.Fatalf("%s: want parts-dev.json or parts-bN.json", f)
		case n <= lineModelTrainedThrough:
			train = append(train, f)
		default:
			held = append(held, f)
		}
	}
	if len(train) == 0 {
		t.Fatal("no parts files to train the line model on in testdata/combos")
	}
	return train, held
}

// trainLineModel fits the line model by stochastic gradient descent over
// the training files' lines: their site lines (1) against their text's
// paragraphs and each paragraph's sentences (0), so that a short sentence
// of the text is known as well as a long paragraph. Features in fewer
// than lineModelMinCount lines are left out. The lines are visited in an
// order drawn from a fixed seed, so the same files give the same weights.
func trainLineModel(t *testing.T, files []string) string {
	type row struct {
		feats []string
		y     float64
	}
	var rows []row
	count := map[string]int{}
	add := func(l string, y float64) {
		var fs []string
		lineFeatures(l, new(lineScratch), func(f []byte) { fs = append(fs, string(f)) })
		slices.Sort(fs)
		fs = slices.Compact(fs)
		for _, f := range fs {
			count[f]++
		}
		rows = append(rows, row{fs, y})
	}
	for _, f := range files {
		site, text := partsLines(loadComboParts(t, f))
		for _, l := range site {
			add(l, 1)
		}
		for _, p := range text {
			add(p, 0)
			if ss := sentencesOf(p); len(ss) > 1 {
				for _, s := range ss {
					add(s, 0)
				}
			}
		}
	}
	for i := range rows {
		rows[i].feats = slices.DeleteFunc(rows[i].feats, func(f string) bool { return count[f] < lineModelMinCount })
	}
	w := map[string]float64{}
	order := rand.New(rand.NewPCG(1, 2)).Perm(len(rows))
	rate := 0.1
	const l2 = 1e-4
	for range 5 {
		for _, i := range order {
			r := rows[i]
			z := 0.0
			for _, f := range r.feats {
				z += w[f]
			}
			g := r.y - 1/(1+math.Exp(-max(min(z, 30), -30)))
			for _, f := range r.feats {
				w[f] += rate * (g - l2*w[f])
			}
		}
		rate *= 0.7
	}
	return lineModelString(w)
}

// sentencesOf splits a paragraph at each sentence's end followed by a
// space and a capital or an opening quotation mark.
func sentencesOf(p string) []string {
	var out []string
	start := 0
	for i := 1; i+1 < len(p); i++ {
		if p[i] != ' ' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		next, _ := utf8.DecodeRuneInString(p[i+1:])
		if strings.ContainsRune(".!?”\"", prev) && (unicode.IsUpper(next) || next == '“' || next == '"') {
			out = append(out, p[start:i])
			start = i + 1
		}
	}
	return append(out, p[start:])
}

// TestLineModelWeights checks that the embedded line model is the one
// trained on the parts files through lineModelTrainedThrough; with
// -update-line-model it writes it:
//
//	go test ./archive/ -run TestLineModelWeights -args -update-line-model
func TestLineModelWeights(t *testing.T) {
	train, _ := partsFiles(t)
	got := trainLineModel(t, train)
	if *updateLineModel {
		if err := os.WriteFile("linemodel.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != lineModelText {
		t.Fatal("linemodel.txt is not the model the parts files train: they or the features changed; retrain with go test ./archive/ -run TestLineModelWeights -args -update-line-model")
	}
	if _, err := parseLineModel(got); err != nil {
		t.Fatal(err)
	}
}

// TestLineModelHeldBack scores the line model on what it was not trained
// on: the held-back parts sets' lines against the text and their
// paragraphs, and the fixture pages' expected texts, none of whose
// paragraphs dropSiteLines may drop.
func TestLineModelHeldBack(t *testing.T) {
	m := embeddedLineModel()
	_, held := partsFiles(t)
	var caught, touching, lost, paras int
	for _, f := range held {
		p := loadComboParts(t, f)
		c, n := 0, 0
		for _, l := range touchingLines(p) {
			n++
			if m.siteOdds(l) > lineModelCut {
				c++
			}
		}
		_, text := partsLines(p)
		l := 0
		for _, s := range text {
			if m.siteOdds(s) > lineModelCut {
				l++
				t.Logf("%s: paragraph called the site's: %.80q", filepath.Base(f), s)
			}
		}
		fmt.Printf("line model on %s (held back): %d of %d lines against the text caught, %d of %d paragraphs called the site's\n", filepath.Base(f), c, n, l, len(text))
		caught, touching, lost, paras = caught+c, touching+n, lost+l, paras+len(text)
	}
	if len(held) > 0 {
		fmt.Printf("line model on %d held-back parts sets: %d of %d lines against the text caught, %d of %d paragraphs called the site's\n", len(held), caught, touching, lost, paras)
	}
	if lost*100 > paras {
		t.Errorf("the line model calls %d of %d held-back paragraphs the site's, want 1%% at most", lost, paras)
	}
	// The fixture pages' paragraphs, written apart from the parts files.
	sets, _ := filepath.Glob(filepath.Join("testdata", "pages", "*", "expect.json"))
	var n int
	for _, f := range sets {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]struct {
			Body []string `json:"body"`
		}
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for page, w := range want {
			n += len(w.Body)
			body := strings.Join(w.Body, "\n\n")
			if got := dropSiteLines(body); got != body {
				t.Errorf("%s: dropSiteLines drops the text's own paragraphs:\n got %q\nwant %q", page, got, body)
			}
		}
	}
	if n == 0 {
		t.Fatal("no fixture paragraphs in testdata/pages/*/expect.json")
	}
}

func TestDropSiteLines(t *testing.T) {
	const (
		p1 = "Envoys from both sides met in Geneva on Tuesday for a third round of talks on the disputed border, officials said."
		p2 = "The foreign minister said the two delegations had agreed to meet again next month."
		p3 = "The talks resume in March."
	)
	const follow = "Follow us on Facebook and Twitter for the latest news."
	for _, tc := range []struct{ name, in, want string }{
		{"plain text", p1 + "\n\n" + p2 + "\n\n" + p3, p1 + "\n\n" + p2 + "\n\n" + p3},
		{"site lines under the text", p1 + "\n\n" + p2 + "\n\n" + follow + "\n\nSubscribe to our newsletter for the latest news.", p1 + "\n\n" + p2},
		{"a prompt between paragraphs", p1 + "\n\nSign up for our morning briefing and never miss a story.\n\n" + p2, p1 + "\n\n" + p2},
		{"a site line over the text", "Subscribe to our newsletter for the latest news.\n\n" + p1 + "\n\n" + p2, p1 + "\n\n" + p2},
		{"one paragraph is kept", follow, follow},
		// Only a statement is dropped: a line without a stop, an
		// exclamation (a reader's comment) or a list's part is the text's.
		{"no stop", p1 + "\n\n" + p2 + "\n\nShare this article", p1 + "\n\n" + p2 + "\n\nShare this article"},
		{"an exclamation", p1 + "\n\nFollow us on Facebook and Twitter for the latest news!", p1 + "\n\nFollow us on Facebook and Twitter for the latest news!"},
		{"a list's heading", p1 + "\n\nFollow us for the latest news on:", p1 + "\n\nFollow us for the latest news on:"},
		{"a line in lower case", p1 + "\n\nfollow us on Facebook and Twitter for the latest news.", p1 + "\n\nfollow us on Facebook and Twitter for the latest news."},
		{"under the text, then the text's last paragraph", p1 + "\n\n" + follow + "\n\n" + follow + "\n\n" + p3, p1 + "\n\n" + follow + "\n\n" + follow + "\n\n" + p3},
		// A paragraph that opens with the text's sentence and ends with
		// the office's contact is the text's; the site's two sentences
		// still go.
		{"the text's fact, then a contact", p1 + "\n\n" + p2 + "\n\nFees are payable by card only. For further information, please contact the consular section by email or telephone during office hours.",
			p1 + "\n\n" + p2 + "\n\nFees are payable by card only. For further information, please contact the consular section by email or telephone during office hours."},
		{"a short opening sentence of the site's", p1 + "\n\n" + p2 + "\n\nUnsubscribe at any time. Read our privacy policy.", p1 + "\n\n" + p2},
		{"two sentences of the site's", p1 + "\n\n" + p2 + "\n\nFollow us on Facebook and Twitter for the latest news. Subscribe to our newsletter for the latest news.", p1 + "\n\n" + p2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dropSiteLines(tc.in); got != tc.want {
				t.Errorf("dropSiteLines:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// BenchmarkLineModelSiteOdds scores three lines: a site's line, a
// paragraph of text and a short site line.
func BenchmarkLineModelSiteOdds(b *testing.B) {
	m := embeddedLineModel()
	lines := []string{"Follow us on Facebook and Twitter for the latest news.", "Envoys from both sides met in Geneva on Tuesday for a third round of talks on the disputed border, officials said, adding that a fourth round would follow in March if the two governments agreed.", "Share this article"}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			m.siteOdds(l)
		}
	}
}
