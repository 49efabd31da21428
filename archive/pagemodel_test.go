package archive

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The page model: a logistic regression over the shape of each unit of a
// page (a line or a wrapped paragraph, after the rules' classification),
// scored against the fixture pages with the fixture sets split into folds
// that keep each set's pages together. It measures how well a learned
// judge of body lines does on sets its weights never saw, beside the
// rules' score on the same sets.

// modelPage is one fixture page as the model sees it.
type modelPage struct {
	set, rel string
	html     bool
	units    []pageUnit
	// late: the same units as the rules left them after reading the whole
	// page (its metadata, its sentences in another language), which the
	// model's decoder reads.
	late []pageUnit
	h    pageHints
	// label per unit: 1 body, 0 other.
	label []int
	// wantBody is the expected body (spaces collapsed).
	wantBody []string
	// rules: the rule reader's verdicts on the page.
	rulesTitle, rulesBody bool
	rulesBodyText         []string
	rulesBodyRaw          []string // the paragraphs as the reader wrote them
	dateOK                bool
	// labelled: every expected paragraph is one unit, in order.
	labelled bool
}

// trainPageModel fits the weights by stochastic gradient descent, in the
// pages' order, a fixed number of passes from zero: the same pages give the
// same weights.
//
// With lineOdds false the line model's features are zero in every row, as
// they are in text pages' rows: the text model.
func trainPageModel(pages []*modelPage, lineOdds bool) *pageModel {
	var xs [][]float64
	var ys []float64
	for _, p := range pages {
		if !p.labelled {
			continue
		}
		for i, x := range pageFeatures(p.units, p.h, p.html, pageNow) {
			if !lineOdds {
				clear(x[len(x)-lineOddsFeatures:])
			}
			xs = append(xs, x)
			ys = append(ys, b01(p.label[i] == 1))
		}
	}
	d := len(xs[0])
	m := &pageModel{mean: make([]float64, d), std: make([]float64, d), w: make([]float64, d+1)}
	for _, x := range xs {
		for j, v := range x {
			m.mean[j] += v
		}
	}
	for j := range m.mean {
		m.mean[j] /= float64(len(xs))
	}
	for _, x := range xs {
		for j, v := range x {
			m.std[j] += (v - m.mean[j]) * (v - m.mean[j])
		}
	}
	for j := range m.std {
		m.std[j] = math.Sqrt(m.std[j]/float64(len(xs))) + 1e-6
	}
	// A fixed stride through the rows stands for a shuffle.
	order := make([]int, len(xs))
	for r := range order {
		order[r] = (r * 7919) % len(xs)
	}
	w := m.w
	for epoch := range 30 {
		rate := 0.1 / (1 + float64(epoch)/3)
		for _, r := range order {
			e := m.prob(xs[r]) - ys[r]
			w[0] -= rate * e
			for j, v := range xs[r] {
				w[j+1] -= rate * (e*(v-m.mean[j])/m.std[j] + pageModelL2*w[j+1])
			}
		}
	}
	return m
}

// pageModelL2 is the weight decay of training.
var pageModelL2 = 1e-5

// pageNow is the reading time of the fixture pages.
var pageNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// loadModelPages reads every fixture page with the rules, keeping the units
// the rules classified and the rules' verdicts.
func loadModelPages(t *testing.T) []*modelPage {
	t.Helper()
	var pages []*modelPage
	var seen []*modelPage
	unitsSeen = func(units []pageUnit, h pageHints, html bool) {
		seen = append(seen, &modelPage{units: slices.Clone(units), late: units, h: h, html: html})
	}
	pageModelOff = true // the rules' own verdicts
	// The model was trained on the fixture files as saved, a MIME
	// message's headers and parts read as the page's lines; a message is
	// now read as the page it holds, and the few such fixtures are kept
	// out of that change here so that the trained weights stay those of
	// the pages the model was judged on.
	unwrapMessages = false
	defer func() { unitsSeen, pageModelOff, unwrapMessages = nil, false, true }()
	for _, set := range modelSets(t) {
		raw, err := os.ReadFile(filepath.Join("testdata", "pages", set, "expect.json"))
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]pageExpect
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		for _, rel := range slices.Sorted(mapKeys(want)) {
			w := want[rel]
			seen = seen[:0]
			f, err := OpenFile(filepath.Join("testdata", "pages", rel), ReadOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			arts, _ := readAll(t, f)
			f.Close()
			p := &modelPage{set: set, rel: rel}
			if len(seen) > 0 {
				last := seen[len(seen)-1]
				p.units, p.late, p.h, p.html = last.units, last.late, last.h, last.html
			}
			for _, s := range w.Body {
				p.wantBody = append(p.wantBody, collapseSpace(s))
			}
			if len(arts) == 1 {
				a := arts[0]
				var body []string
				for s := range strings.SplitSeq(a.Body, "\n\n") {
					body = append(body, collapseSpace(s))
				}
				p.rulesTitle = a.Title == w.Title
				p.dateOK = a.DateString() == w.Date
				p.rulesBody = slices.Equal(body, p.wantBody)
				p.rulesBodyText = body
				p.rulesBodyRaw = strings.Split(a.Body, "\n\n")
			}
			labelPage(p)
			pages = append(pages, p)
		}
	}
	return pages
}

// labelPage marks the units that are the expected body paragraphs, in
// order.
func labelPage(p *modelPage) {
	p.label = make([]int, len(p.units))
	k := 0
	for i, u := range p.units {
		if k < len(p.wantBody) && u.flat == p.wantBody[k] {
			p.label[i] = 1
			k++
		}
	}
	p.labelled = k == len(p.wantBody) && k > 0
}

// cvScore counts one fold's (or family's) pages right by the issue's
// measure (title, date, body) and bodies right.
type cvScore struct {
	pages int
	// rules: the rules alone; modelBody: the rules' title and date with
	// the model's body always; judged: with the model's body where it
	// wins by pageModelMargin; margin: the same at each of marginSteps.
	rules, modelBody, judged int
	bodyRules, bodyModel     int
	margin                   [len(marginSteps)]int
}

// marginSteps are the margins the cross-validation also scores.
var marginSteps = [...]float64{0, 4, 8, 12, 16, 24, math.Inf(1)}

func (s *cvScore) add(o cvScore) {
	s.pages += o.pages
	s.rules += o.rules
	s.modelBody += o.modelBody
	s.judged += o.judged
	s.bodyRules += o.bodyRules
	s.bodyModel += o.bodyModel
	for i := range s.margin {
		s.margin[i] += o.margin[i]
	}
}

func (s cvScore) String() string {
	return fmt.Sprintf("%d pages; right by title, date and body: rules %d, judged %d, model's body always %d; body right: rules %d, model %d; judged at margins %v: %v",
		s.pages, s.rules, s.judged, s.modelBody, s.bodyRules, s.bodyModel, marginSteps, s.margin)
}

// TestPageModelCrossValidated trains the page model on the fixture sets of
// three folds and scores it on the fourth, for each fold, beside the
// rules, by fold and by family of sets. It prints the table; it fails only
// when the units no longer carry the expected paragraphs (the labels the
// model learns from).
func TestPageModelCrossValidated(t *testing.T) {
	if os.Getenv("CHANCERY_PAGE_MODEL_CV") == "" {
		t.Skip("set CHANCERY_PAGE_MODEL_CV=1 to run the page model's cross-validation (about a minute)")
	}
	pages := loadModelPages(t)
	if v := os.Getenv("CHANCERY_PAGE_MODEL_L2"); v != "" {
		pageModelL2, _ = strconv.ParseFloat(v, 64)
	}
	fold := map[string]int{}
	for i, s := range modelSets(t) {
		fold[s] = i % 4
	}
	var total cvScore
	family := map[string]cvScore{}
	labelled := 0
	for k := range 4 {
		var train []*modelPage
		for _, p := range pages {
			if fold[p.set] != k {
				train = append(train, p)
			}
		}
		ms := trainPageModels(train)
		var s cvScore
		for _, p := range pages {
			if fold[p.set] != k {
				continue
			}
			if p.labelled {
				labelled++
			}
			var o cvScore
			o.pages = 1
			r := ms.of(p.html).readUnits(p.units, p.h, p.html, pageNow)
			if len(p.late) == len(p.units) {
				r.units = p.late
				r.decode()
			}
			body := r.paragraphs()
			bodyOK := slices.Equal(body, p.wantBody)
			meta := p.rulesTitle && p.dateOK
			o.rules = b2i(meta && p.rulesBody)
			o.modelBody = b2i(meta && bodyOK)
			o.bodyRules, o.bodyModel = b2i(p.rulesBody), b2i(bodyOK)
			dis := r.disagreement(p.rulesBodyRaw)
			for mi, mg := range marginSteps {
				ok := p.rulesBody
				if r.wins(p.rulesBodyRaw, mg) {
					ok = bodyOK
				}
				o.margin[mi] = b2i(meta && ok)
				if mg == pageModelMargin {
					o.judged = o.margin[mi]
				}
			}
			if os.Getenv("CHANCERY_PAGE_MODEL_CV") == "v" && r.wins(p.rulesBodyRaw, pageModelMargin) && bodyOK != p.rulesBody {
				added, removed, interior := 0, 0, 0
				for _, x := range body {
					if !slices.Contains(p.rulesBodyText, x) {
						added++
					}
				}
				for j, x := range p.rulesBodyText {
					if !slices.Contains(body, x) {
						removed++
						if j > 0 && j < len(p.rulesBodyText)-1 {
							interior++
						}
					}
				}
				fmt.Printf("  model overrules on %s (%s, disagreement %.1f): right %v, added %d, removed %d (interior %d)\n", p.rel, setFamily(p.set), dis, bodyOK, added, removed, interior)
			}
			s.add(o)
			f := family[setFamily(p.set)]
			f.add(o)
			family[setFamily(p.set)] = f
			if kind := os.Getenv("CHANCERY_PAGE_MODEL_KIND"); kind != "" {
				key := fmt.Sprintf("(held back %v, HTML %v)", strings.Contains(setFamily(p.set), "held back"), p.html)
				f := family[key]
				f.add(o)
				family[key] = f
			}
		}
		fmt.Printf("page model, fold %d: %s\n", k, s)
		total.add(s)
	}
	fmt.Printf("page model, all folds: %s\n", total)
	for _, f := range slices.Sorted(mapKeys(family)) {
		fmt.Printf("page model, family %s: %s\n", f, family[f])
	}
	if labelled*2 < total.pages {
		t.Errorf("only %d of %d pages have their expected paragraphs as units", labelled, total.pages)
	}
}

var updatePageModel = flag.Bool("update-page-model", false, "retrain the page models on every fixture set and write pagemodel.txt and pagemodel_html.txt")

// trainPageModels trains the text model and the HTML model on the same
// pages.
func trainPageModels(pages []*modelPage) pageModels {
	return pageModels{text: trainPageModel(pages, false), html: trainPageModel(pages, true)}
}

// TestPageModelWeights checks that the embedded page models are the ones
// trained on every fixture set; with -update-page-model it writes them:
//
//	go test ./archive/ -run TestPageModelWeights -args -update-page-model
func TestPageModelWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the page models on every fixture page (a few seconds)")
	}
	ms := trainPageModels(loadModelPages(t))
	for _, f := range []struct {
		name, text string
		m          *pageModel
	}{{"pagemodel.txt", pageModelText, ms.text}, {"pagemodel_html.txt", pageModelHTMLText, ms.html}} {
		got := f.m.String()
		if *updatePageModel {
			if err := os.WriteFile(f.name, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := parsePageModel(f.text)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		for j := range want.w {
			if math.Abs(want.w[j]-f.m.w[j]) > 1e-9 {
				t.Fatalf("%s: weight %d is %v, trained %v: the fixtures or features changed; retrain with go test ./archive/ -run TestPageModelWeights -args -update-page-model", f.name, j, want.w[j], f.m.w[j])
			}
		}
	}
}

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func lastOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

// modelSets are the fixture sets the page model learns from: every set
// but those kept for scoring only.
func modelSets(t *testing.T) []string {
	return slices.DeleteFunc(pageSets(t), scoredOnly)
}

// scoredOnly reports the blind sets kept out of the model's training and
// never read by the rules' writers: their scores measure the reader on
// shapes it has not seen.
func scoredOnly(set string) bool {
	n, ok := strings.CutPrefix(set, "blind")
	k, _ := strconv.Atoi(n)
	return ok && k >= 66
}

// setFamily names a fixture set's family: dev, heldout, unseen, blind31-50,
// blind51, 53, 55, 57-59 and 63-65 (read once, then the rules were written
// from them) and the blind sets held back (never given to the rules).
func setFamily(set string) string {
	n, ok := strings.CutPrefix(set, "blind")
	if !ok {
		return strings.TrimRight(set, "0123456789")
	}
	k, _ := strconv.Atoi(n)
	switch {
	case k < 51:
		return "blind31-50"
	case k == 51 || k == 53 || k == 55 || k >= 57 && k <= 59 || k >= 63 && k <= 65:
		return "blind51, 53, 55, 57-59, 63-65 (read once, then developed on)"
	case scoredOnly(set):
		return "blind66 and later (scored only: not trained on, not read)"
	}
	return "blind52, 54, 56, 60-62 (held back)"
}

// TestReconcileWithRules checks the corrections the rules make to a body
// the model has won: a paragraph of the rules' between two of the
// model's, the rules' first paragraph opening with a dateline, a list past
// a closing line, a writer's note at the end.
func TestReconcileWithRules(t *testing.T) {
	const (
		p1   = "The two governments signed the agreement in the capital on Monday after three years of talks, officials said on Tuesday."
		p2   = "The accord sets up a joint commission that will meet twice a year to settle quotas, and it takes effect in January next year."
		p3   = "Fishing crews in both countries have waited for the deal since the last one lapsed, and their unions welcomed it on Monday night."
		dl   = "LISBON, March 3 (HNA) - Ferry operators on both sides of the strait welcomed the accord, which ends a dispute of four years over fares."
		cap  = "Delegates at the signing. (Photo: Ana Ruiz / Harbour Images)"
		note = "Ana Ruiz is a contributing editor at the review and the author of a book on ferries."
	)
	for _, tc := range []struct {
		name  string
		lines []string // the page's units, one a block
		model []int    // the model's body, as indexes of lines
		rules []int    // the rules' paragraphs
		want  []int
	}{
		{"paragraph after a caption", []string{p1, cap, p2, p3}, []int{0, 3}, []int{0, 2, 3}, []int{0, 2, 3}},
		{"short line between is not put back", []string{p1, "Reklama Teraz", p3}, []int{0, 2}, []int{0, 1, 2}, []int{0, 2}},
		{"dateline first paragraph", []string{dl, p2, p3}, []int{1, 2}, []int{0, 1, 2}, []int{0, 1, 2}},
		{"no dateline, no first paragraph", []string{p1, p2, p3}, []int{1, 2}, []int{0, 1, 2}, []int{1, 2}},
		{"list past a closing line", []string{p1, p2, "Most read", "1. Ferry fares frozen", "2. Port strike ends"}, []int{0, 1, 3, 4}, []int{0, 1}, []int{0, 1}},
		{"writer's note at the end", []string{p1, p2, note}, []int{0, 1, 2}, []int{0, 1}, []int{0, 1}},
		{"writer's note the rules keep", []string{p1, p2, note}, []int{0, 1, 2}, []int{0, 1, 2}, []int{0, 1, 2}},
	} {
		var lines []string
		for i, l := range tc.lines {
			if i > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, l)
		}
		units := splitUnits(lines)
		classify(units, pageHints{})
		if len(units) != len(tc.lines) {
			t.Fatalf("%s: %d units for %d lines", tc.name, len(units), len(tc.lines))
		}
		var rules []string
		for _, i := range tc.rules {
			rules = append(rules, tc.lines[i])
		}
		r := &pageModelBody{units: units, body: slices.Clone(tc.model)}
		r.reconcileWithRules(strings.Join(rules, "\n\n"))
		if !slices.Equal(r.body, tc.want) {
			t.Errorf("%s: body %v, want %v", tc.name, r.body, tc.want)
		}
	}
}
