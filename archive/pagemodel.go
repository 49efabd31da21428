package archive

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// The page model: a logistic regression over the shape of each unit of a
// page (a line or a wrapped paragraph, after the rules' classification)
// that says how likely the unit is article text. It knows no word of any
// site: only lengths, punctuation, capitals, position, the densest run of
// paragraphs, dates, byline shapes, the lines the folder's other pages
// repeat and the rules' own verdicts on the unit (chrome, closing line,
// metadata, running head, folder template). The rules read each page
// first; the model's body replaces theirs only where it is surer of its own
// (pageModelMargin). That is how the reader does better on layouts no rule
// was written for: cross-validated by fixture set, on the 180 pages of the
// sets no rule was written from, the model's body was right on 163 and the
// rules' on 143, and the reader with the model on 130 against the rules'
// 116 (docs/QUALITY.md, "The page model in the reader"). The weights are
// learned from the fixture pages by TestPageModelWeights and embedded from
// pagemodel.txt.

// pageModelMargin is how much surer of its own body than of the rules' the
// model must be (the sum of its log-odds over the units where the two
// differ) before its body replaces the rules'. Chosen with the model's
// features by cross-validation on the held-back fixture sets and checked
// on three new blind sets (docs/QUALITY.md, "The page model in the
// reader").
const pageModelMargin = 4

// pageModelSpanCost is the most one unit the model calls not text costs the
// body's span in decoding: chrome between paragraphs does not cut the text.
const pageModelSpanCost = 0.25

//go:embed pagemodel.txt
var pageModelText string

// pageModelHTMLText is the model HTML pages are read with: the same
// features and pages, with the line model's verdict on each unit's words,
// which gained HTML pages and cost text pages when one model read both
// (docs/QUALITY.md, "One page model for text, one for HTML").
//
//go:embed pagemodel_html.txt
var pageModelHTMLText string

// lineOddsFeatures is the number of features at the end of pageFeatures'
// rows that hold the line model's verdict: zero in every row of the text
// model and of text pages.
const lineOddsFeatures = 2

// pageModelFormat is the first line of pagemodel.txt.
const pageModelFormat = "chancery page model 1"

// pageModel holds the regression's weights and the training rows' mean and
// spread per feature.
type pageModel struct {
	w         []float64 // w[0] the bias, w[j+1] feature j's weight
	mean, std []float64
}

// pageModels are the models text pages and HTML pages are read with.
type pageModels struct {
	text, html *pageModel
}

// of returns the model a page is read with.
func (ms pageModels) of(html bool) *pageModel {
	if html {
		return ms.html
	}
	return ms.text
}

// embeddedPageModels are the models of pagemodel.txt and pagemodel_html.txt,
// parsed once.
var embeddedPageModels = sync.OnceValue(func() pageModels {
	var ms pageModels
	for _, f := range []struct {
		name, text string
		m          **pageModel
	}{{"pagemodel.txt", pageModelText, &ms.text}, {"pagemodel_html.txt", pageModelHTMLText, &ms.html}} {
		m, err := parsePageModel(f.text)
		if err != nil {
			panic(fmt.Sprintf("archive: embedded page model %s: %v", f.name, err)) // a build defect, caught by the tests
		}
		*f.m = m
	}
	return ms
})

// pageModelOff turns the model off (the rules alone read pages): the page
// model's cross-validation reads the rules' verdicts with it.
var pageModelOff bool

// parsePageModel reads the text form written by (*pageModel).String.
func parsePageModel(s string) (*pageModel, error) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) != 4 || lines[0] != pageModelFormat {
		return nil, fmt.Errorf("want %q and three lines of numbers", pageModelFormat)
	}
	m := &pageModel{}
	for i, dst := range []*[]float64{&m.w, &m.mean, &m.std} {
		for f := range strings.FieldsSeq(lines[i+1]) {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", i+2, err)
			}
			*dst = append(*dst, v)
		}
	}
	if len(m.mean) != pageFeatureCount || len(m.std) != pageFeatureCount || len(m.w) != pageFeatureCount+1 {
		return nil, fmt.Errorf("%d weights, %d means, %d spreads for %d features", len(m.w), len(m.mean), len(m.std), pageFeatureCount)
	}
	return m, nil
}

// String writes the model in the form parsePageModel reads.
func (m *pageModel) String() string {
	var b strings.Builder
	b.WriteString(pageModelFormat + "\n")
	for _, row := range [][]float64{m.w, m.mean, m.std} {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// prob returns the model's probability that a unit with features x is
// article text.
func (m *pageModel) prob(x []float64) float64 {
	z := m.w[0]
	for j, v := range x {
		z += m.w[j+1] * (v - m.mean[j]) / m.std[j]
	}
	return 1 / (1 + math.Exp(-z))
}

// maxModelWords and maxModelCount clip the counts the model sees.
const (
	maxModelWords = 60
	maxModelCount = 12 // units to the densest run of prose
)

// pageFeatureCount is the length of pageFeatures' rows.
const pageFeatureCount = 58

// pageFeatures returns each unit's features: its shape, its neighbours',
// where it stands from the page's densest run of paragraphs, and whether
// the folder's other pages repeat it.
func pageFeatures(us []pageUnit, h pageHints, html bool, now time.Time) [][]float64 {
	n := len(us)
	prose := func(k int) bool { return k >= 0 && k < n && us[k].prose && !us[k].chrome }
	// The densest block: the longest run of prose units.
	bestStart, bestLen, runStart := 0, 0, -1
	for k := 0; k <= n; k++ {
		if k < n && prose(k) {
			if runStart < 0 {
				runStart = k
			}
			continue
		}
		if runStart >= 0 && k-runStart > bestLen {
			bestStart, bestLen = runStart, k-runStart
		}
		runStart = -1
	}
	firstProse, proseTotal := -1, 0
	for k := range us {
		if prose(k) {
			if firstProse < 0 {
				firstProse = k
			}
			proseTotal++
		}
	}
	b := b01
	rows := make([][]float64, n)
	proseBefore := 0
	for i := range us {
		u := us[i]
		f := make([]float64, 0, pageFeatureCount)
		runes := float64(utf8.RuneCountInString(u.flat))
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(u.flat, `"'”’)`))
		lastRaw, _ := utf8.DecodeLastRuneInString(u.flat)
		caps, words := 0, 0
		for w := range strings.FieldsSeq(u.flat) {
			words++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				caps++
			}
		}
		capShare := 0.0
		if words > 0 {
			capShare = float64(caps) / float64(words)
		}
		dist := 0.0
		if i < bestStart {
			dist = float64(bestStart - i)
		} else if i >= bestStart+bestLen {
			dist = float64(i - (bestStart + bestLen) + 1)
		}
		proseAfter := proseTotal - proseBefore
		if prose(i) {
			proseAfter--
		}
		// A date or a name is a line's only on a short line.
		dateLine, dateIn, nameLine := false, false, false
		if u.words <= 20 {
			_, err := ParseDate(u.flat, now)
			d, _ := findDateIn(u.flat, now, h.order)
			dateLine, dateIn = err == nil, d != ""
			nameLine = u.words <= 6 && rxName.MatchString(u.flat)
		}
		shared := 0.0
		if h.files > 0 {
			shared = float64(h.shared(u.flat)) / float64(h.files)
		}
		f = append(f,
			1,
			math.Log1p(float64(min(u.words, maxModelWords))),
			min(runes/float64(max(words, 1)), 12), // letters a word
			b(u.words <= 3), b(u.words >= 15),
			b(u.prose), b(u.learned),
			b(strings.ContainsRune(".!?:;", last)), b(last == ':'), b(strings.ContainsRune(`"”’'`, lastRaw)),
			capShare, b(capShare > 0.8 && words >= 3),
			float64(i)/float64(max(n-1, 1)),
			math.Log1p(min(dist, maxModelCount)), b(dist == 0 && bestLen > 0),
			b(proseBefore == 0), b(proseAfter == 0),
			b(prose(i-1)), b(prose(i+1)),
			b(dateLine), b(dateIn),
			b(opensBy(u.flat) && isBylineUnit(u.flat)), b(nameLine),
			shared, b(shared >= 0.5),
			b(firstProse >= 0 && i < firstProse), b(firstProse >= 0 && i == firstProse-1),
			b(html),
			b(strings.Contains(u.text, "\n")),
			b(rxOnlySymbols.MatchString(u.flat)),
			b(listItem(u.flat)), b(i > 0 && listItem(us[i-1].flat)), b(i+1 < n && listItem(us[i+1].flat)),
		)
		// The neighbours' shape: a paragraph among paragraphs, a short
		// line among short lines.
		for _, k := range []int{i - 2, i - 1, i + 1, i + 2} {
			if k < 0 || k >= n {
				f = append(f, 0, 0, 0, 1)
				continue
			}
			v := us[k]
			f = append(f, math.Log1p(float64(min(v.words, maxModelWords))), b(v.prose), b(v.learned), 0)
		}
		f = append(f, b(i > 0 && us[i-1].block == u.block), b(i+1 < n && us[i+1].block == u.block))
		// The rules' verdicts on the unit.
		f = append(f, b(u.chrome), b(u.end), b(u.meta), b(u.running), b(u.template))
		// The line model's verdict on its words: a site's line in the
		// site's own words.
		odds := 0.0
		if html && u.words <= lineModelMaxWords {
			odds = embeddedLineModel().siteOdds(u.flat)
		}
		f = append(f, max(min(odds, 10), -10)/10, b(odds > lineModelCut))
		rows[i] = f
		if prose(i) {
			proseBefore++
		}
	}
	return rows
}

func b01(v bool) float64 {
	if v {
		return 1
	}
	return 0
}

// pageModelBody is the model's reading of one page's units: the body it
// decodes and each unit's probability of being text.
type pageModelBody struct {
	units []pageUnit
	probs []float64
	body  []int // indexes of the units of the model's body
	// plain: the rules found nothing of a site's on the page (no chrome,
	// metadata, lines the folder repeats): text as its writer left it, with
	// nothing for the model to cut. Lists, line-ups and tables inside such
	// a text are the text's.
	plain bool
	// learned: the units the folder's pages repeat, as the rules first
	// found them (before they read the page's shape).
	learned []int
}

// readUnits scores a page's units (as the rules classified them) and
// decodes the model's body (decode).
func (m *pageModel) readUnits(units []pageUnit, h pageHints, html bool, now time.Time) *pageModelBody {
	r := m.scoreUnits(units, h, html, now)
	r.decode()
	return r
}

// scoreUnits scores a page's units; its body is decoded later (decode,
// judge).
func (m *pageModel) scoreUnits(units []pageUnit, h pageHints, html bool, now time.Time) *pageModelBody {
	r := &pageModelBody{units: units, probs: make([]float64, len(units)), plain: plainPage(units)}
	for i, x := range pageFeatures(units, h, html, now) {
		r.probs[i] = m.prob(x)
		if units[i].learned {
			r.learned = append(r.learned, i)
		}
	}
	return r
}

// decode sets the model's body from its scores: the contiguous span with
// the largest sum of (p-0.5), a paragraph weighing by its length and a unit
// that is not text costing at most pageModelSpanCost, and within it the
// units the model calls text. It reads the rules' verdicts on the units as
// they stand, so judge decodes again once the rules have read the page's
// shape (its metadata, its sentences in another language).
func (r *pageModelBody) decode() {
	units := r.units
	r.body = r.body[:0]
	// A second story under the first (its headline, then its byline or
	// date) is another article: the model reads the page's first story.
	end := nextStory(units, r.probs)
	best, sum, s0 := math.Inf(-1), 0.0, 0
	bs, be := -1, -1
	for i := range end {
		p := r.probs[i]
		if sum < 0 {
			sum, s0 = 0, i
		}
		if p >= 0.5 {
			sum += (p - 0.5) * (1 + math.Log1p(float64(units[i].words)))
		} else {
			sum -= min(0.5-p, pageModelSpanCost)
		}
		if sum > best {
			best, bs, be = sum, s0, i
		}
	}
	for i := bs; i >= 0 && i <= be; i++ {
		// A sentence the rules found in another language on an English
		// page (a summary for the site's own readers) is not text: their
		// count of stop words is surer than the model's shape.
		// Nor is a line of dates alone the rules read as the page's
		// ("czwartek, 23 lutego 2023 r.", which ends as a sentence does).
		if r.probs[i] >= 0.5 && !units[i].foreign && !((units[i].meta || units[i].chrome) && units[i].words <= 30 && datesOnlyLine(units[i].flat)) || r.restored(i) {
			r.body = append(r.body, i)
		}
	}
	// A note on the story at either edge (a correction) or a last line
	// that speaks to the reader is not text, whatever the shape says: the
	// rules' words for these are surer than the model's features.
	for len(r.body) > 1 && storyNote(units[r.body[0]]) {
		r.body = r.body[1:]
	}
	for len(r.body) > 1 {
		if u := units[r.body[len(r.body)-1]]; !storyNote(u) && !closingNote(u) && !speaksToReader(u) {
			break
		}
		r.body = r.body[:len(r.body)-1]
	}
}

// restored reports whether unit i is a sentence the folder's pages repeat
// that the rules gave back to the text, having found it between two of the
// page's own paragraphs (a question each interview of a series asks), and
// that stands right between two units the model calls text: the model
// scored it as the folder's line, before the rules read the shape.
func (r *pageModelBody) restored(i int) bool {
	if i == 0 || i+1 >= len(r.units) || r.probs[i-1] < 0.5 || r.probs[i+1] < 0.5 {
		return false
	}
	u := r.units[i]
	return !u.learned && !u.chrome && !u.meta && slices.Contains(r.learned, i)
}

// nextStory returns the index where a second story starts on the page,
// or len(units): a line the model and the rules take for neither text nor
// metadata (a headline) followed by a metadata line (its byline or date),
// with a unit the model calls text both before and after the pair.
func nextStory(units []pageUnit, probs []float64) int {
	text := false
	for i := 0; i+2 < len(units); i++ {
		if probs[i] >= 0.5 {
			text = true
			continue
		}
		if !text || units[i].meta || units[i].prose || !units[i+1].meta || probs[i+1] >= 0.5 {
			continue
		}
		for _, p := range probs[i+2:] {
			if p >= 0.5 {
				return i
			}
		}
	}
	return len(units)
}

// paragraphs returns the model's body as paragraphs, spaces collapsed.
func (r *pageModelBody) paragraphs() []string {
	out := make([]string, len(r.body))
	for k, i := range r.body {
		out[k] = r.units[i].flat
	}
	return out
}

// disagreement sums the model's log-odds over the units where its body and
// the rules' (their paragraphs as written, paragraphs of several units
// joined by line breaks) differ: for the units only the model keeps, and
// negated for those only the rules keep.
func (r *pageModelBody) disagreement(rules []string) float64 {
	inRules := make(map[string]bool, len(rules))
	for _, p := range rules {
		inRules[collapseSpace(p)] = true
		if strings.Contains(p, "\n") {
			for l := range strings.SplitSeq(p, "\n") {
				inRules[collapseSpace(l)] = true
			}
		}
	}
	inModel := make(map[int]bool, len(r.body))
	for _, i := range r.body {
		inModel[i] = true
	}
	d := 0.0
	for i, u := range r.units {
		if inRules[u.flat] == inModel[i] {
			continue
		}
		q := min(max(r.probs[i], 1e-6), 1-1e-6)
		l := math.Log(q / (1 - q))
		if inModel[i] {
			d += l
		} else {
			d -= l
		}
	}
	return d
}

// wins reports whether the model's body replaces the rules' paragraphs
// (as written): it keeps something, differs from them on a page that is
// not plain, and the model is surer of it by margin.
func (r *pageModelBody) wins(rules []string, margin float64) bool {
	if len(r.body) == 0 || r.plain {
		return false
	}
	flat := make([]string, len(rules))
	for i, p := range rules {
		flat[i] = collapseSpace(p)
	}
	return !slices.Equal(r.paragraphs(), flat) && r.disagreement(rules) >= margin
}

// judge returns the page's body: the rules' (body, paragraphs separated by
// a blank line), or the model's when it differs and the model is surer of
// its own by pageModelMargin (wins).
func (r *pageModelBody) judge(body, title string) string {
	if r == nil {
		return body
	}
	r.decode()
	if !r.wins(strings.Split(body, "\n\n"), pageModelMargin) {
		return body
	}
	r.reconcileWithRules(body)
	paras := make([]string, 0, len(r.body))
	for k, i := range r.body {
		// The headline the page gives is not the text's first paragraph.
		if k == 0 && len(r.body) > 1 && title != "" && collapseSpace(r.units[i].text) == title {
			continue
		}
		paras = append(paras, r.units[i].text)
	}
	// A speech's salutation ("Excellencies, ladies and gentlemen,") opens
	// the text the rules read, though the model, which knows sentences by
	// their stops, makes nothing of a line ending with a comma.
	if first, _, _ := strings.Cut(body, "\n\n"); rxSalutation.MatchString(collapseSpace(first)) {
		if len(paras) == 0 || paras[0] != first {
			paras = append([]string{first}, paras...)
		}
		// So does its closing thanks end it: "I wish you fruitful
		// deliberations. Thank you."
		if k := strings.LastIndex(body, "\n\n"); k > 0 && rxSpeechThanks.MatchString(collapseSpace(body[k+2:])) && paras[len(paras)-1] != body[k+2:] {
			paras = append(paras, body[k+2:])
		}
	}
	return strings.Join(paras, "\n\n")
}

// rxSpeechThanks matches a speech's last paragraph, ending on its thanks:
// "I wish you fruitful deliberations. Thank you.", "I thank you for your
// attention."
var rxSpeechThanks = lazyRE(`(?i)(?:^|[.!]\s+)(?:i\s+)?thank\s+you(?:\s+(?:all|very\s+much|for\s+your\s+(?:kind\s+)?attention))?\s*[.!]$`)

// reconcileWithRules corrects the model's body, once it has won a page,
// where the rules' verdicts are the surer: the model wins by the chrome it
// cuts at the text's edges, not by the text it loses on the way. It puts
// back a paragraph the rules keep between two the model keeps (a sentence
// of fifteen words or more with its stop, after a caption or a prompt:
// "... (Photo: ...)" over "Lithuanian President ... said ..."), and the
// rules' first paragraph when it opens with a dateline; it ends the body
// before lines that are no sentences past a closing line the rules know,
// and before a writer's note the rules left out.
func (r *pageModelBody) reconcileWithRules(rules string) {
	if len(r.body) < 2 {
		return
	}
	inRules := make(map[string]bool)
	for p := range strings.SplitSeq(rules, "\n\n") {
		inRules[collapseSpace(p)] = true
	}
	out := make([]int, 0, len(r.body)+2)
	// The rules' first paragraph, opening with a dateline ("PODGORICA —
	// Montenegro's governing coalition ..."), opens the text: the model
	// reads a first sentence of the text as a standfirst.
	first, _, _ := strings.Cut(rules, "\n\n")
	first = collapseSpace(first)
	for j := r.body[0] - 1; j >= 0 && j >= r.body[0]-4; j-- {
		if u := r.units[j]; u.flat == first {
			if u.prose && u.words >= 15 && rxDatelineOpen.MatchString(u.flat) {
				out = append(out, j)
			}
			break
		}
	}
	// Nor a standfirst the rules keep over the page's fields ("The
	// minister's office issued the following statement on 6 December
	// 2010." over "From:", the ministry, "Published" and the date): a
	// sentence that is the rules' first paragraph, with only metadata
	// between it and the model's first.
	if len(out) == 0 {
		for j := r.body[0] - 1; j >= 0; j-- {
			u := r.units[j]
			if u.meta {
				continue
			}
			if u.flat == first && j < r.body[0]-1 && u.prose && !u.chrome && u.words >= 8 && strings.HasSuffix(u.flat, ".") {
				out = append(out, j)
			}
			break
		}
	}
	for k, i := range r.body {
		if k > 0 {
			for j := r.body[k-1] + 1; j < i; j++ {
				if u := r.units[j]; u.prose && u.words >= 15 && !u.chrome && !u.meta && endsSentence(u.flat) && inRules[u.flat] {
					out = append(out, j)
				}
			}
		}
		out = append(out, i)
	}
	// Nor does it run on past a closing line the rules know ("Most read")
	// into lines that are no sentences ("2. Peso slides as reserves
	// fall"): a list of the site's.
	for k := 1; k < len(out); k++ {
		if v := r.units[out[k]]; v.prose || inRules[v.flat] {
			continue
		}
		if slices.ContainsFunc(r.units[out[k-1]+1:out[k]], func(u pageUnit) bool { return u.end && u.chrome }) {
			out = out[:k]
			break
		}
	}
	// Nor does the model's body end with a writer's note the rules left
	// out ("Miriam is a contributing editor at the magazine ...").
	for len(out) > 1 {
		u := r.units[out[len(out)-1]]
		if inRules[u.flat] || authorNote(u) == "" {
			break
		}
		out = out[:len(out)-1]
	}
	r.body = out
}

// rxDatelineOpen matches a dateline opening a paragraph: a place in
// capitals, maybe a date and an agency after it, and a dash ("PODGORICA
// —", "VILNIUS, Feb 8 (BW) -").
var rxDatelineOpen = lazyRE(`^\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,[^—–]{1,40}?)?\s+[—–-]{1,2}\s+\p{Lu}`)

// plainPage reports whether the rules found nothing of a site's among
// units.
func plainPage(units []pageUnit) bool {
	for _, u := range units {
		if u.chrome || u.end || u.meta || u.learned || u.running || u.template {
			return false
		}
	}
	return true
}

// modelReading scores units with the embedded model, or returns nil when
// the model is off or the page is plain (where its body never wins).
func modelReading(units []pageUnit, h pageHints, html bool, now time.Time) *pageModelBody {
	if pageModelOff || plainPage(units) {
		return nil
	}
	return embeddedPageModels().of(html).scoreUnits(units, h, html, now)
}

// listItem reports whether a line opens with a list's mark: a dash, a
// bullet or a number and a point ("- ", "• ", "3. ", "(b) ").
func listItem(s string) bool {
	return rxListItem.MatchString(s)
}

var rxListItem = lazyRE(`^(?:[-–—*•·▪◦]|\d{1,2}[.)]|\(\w\))\s`)
