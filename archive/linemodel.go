package archive

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The line model: a logistic regression over a line's words, its pairs of
// words, its length in words and its first word and last mark, that says
// how much likelier the line is one a site prints around an article (a
// top, a line between paragraphs, a line under the text) than the
// article's. The rules know site lines by words written for each habit;
// sites word the same things their own way ("For the latest news, follow
// Radio Highland on social media."), and the words such lines share
// ("follow", "newsletter", "our", "social media", "comments") are what
// the model weighs. It is trained on the invented parts files of
// testdata/combos (tops, ends and mids against the bodies' paragraphs and
// their sentences), all but the newest sets, which are held back to
// measure it; TestLineModelWeights writes linemodel.txt, embedded here.

//go:embed linemodel.txt
var lineModelText string

// lineModelFormat is the first line of linemodel.txt.
const lineModelFormat = "chancery line model 2"

// lineModelCut is the log-odds over which the line model's verdict that a
// paragraph at the text's edge, or set alone between two of its
// paragraphs, is the site's stands (dropSiteLines).
const lineModelCut = 4

// lineModelMidCut is the log-odds over which the line model's verdict on a
// line that is no statement, alone between two of the text's paragraphs,
// stands: news texts' own lines of that kind (a sentence cut where a link
// was, a list's row, a reader's exclamation) scored up to about 7.7.
const lineModelMidCut = 8

// lineModelMidWords is the most words of a line between two paragraphs
// the line model may drop: the site's lines there are short, and the
// text's paragraphs, which need not be scored, are longer.
const lineModelMidWords = 30

// lineModelMaxWords is the most words a paragraph the line model may drop
// has: a longer one is the text's, whatever its words.
const lineModelMaxWords = 60

// lineModel holds each feature's weight by the feature's hash; a feature
// training never saw (or saw too rarely) weighs nothing. The feature
// "#bias" is in every line.
type lineModel struct {
	w map[uint64]float32
}

// embeddedLineModel is the model of linemodel.txt, parsed once.
var embeddedLineModel = sync.OnceValue(func() *lineModel {
	m, err := parseLineModel(lineModelText)
	if err != nil {
		panic(fmt.Sprintf("archive: embedded line model: %v", err)) // a build defect, caught by the tests
	}
	return m
})

// parseLineModel reads the text form: the format line, then one feature a
// line, its weight, a tab and the feature.
func parseLineModel(s string) (*lineModel, error) {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) < 2 || lines[0] != lineModelFormat {
		return nil, fmt.Errorf("want %q and the weights", lineModelFormat)
	}
	m := &lineModel{w: make(map[uint64]float32, len(lines)-1)}
	for i, l := range lines[1:] {
		v, feat, ok := strings.Cut(l, "\t")
		f, err := strconv.ParseFloat(v, 32)
		if !ok || err != nil || feat == "" {
			return nil, fmt.Errorf("line %d: want a weight, a tab and a feature", i+2)
		}
		m.w[featureHash([]byte(feat))] = float32(f)
	}
	return m, nil
}

// featureHash is the key of a feature in lineModel.w: its FNV-1a hash.
func featureHash(f []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range f {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// lineScratch holds the buffers lineFeatures and siteOdds reuse.
type lineScratch struct {
	low  []byte   // the line's tokens in lower case, one after another
	ends []int    // where each token ends in low
	buf  []byte   // the feature being built
	keys []uint64 // the features' hashes
}

var lineScratchPool = sync.Pool{New: func() any { return new(lineScratch) }}

// siteOdds returns the log-odds that s is a line of the site's rather
// than a paragraph of the text.
func (m *lineModel) siteOdds(s string) float64 {
	sc := lineScratchPool.Get().(*lineScratch)
	defer lineScratchPool.Put(sc)
	sc.keys = sc.keys[:0]
	lineFeatures(s, sc, func(f []byte) { sc.keys = append(sc.keys, featureHash(f)) })
	slices.Sort(sc.keys)
	keys := slices.Compact(sc.keys)
	z := 0.0
	for _, k := range keys {
		z += float64(m.w[k])
	}
	return z
}

// lineFeatures calls emit with each feature of the line s (a feature may
// come more than once; the model counts it once): "#bias"; each word
// (letters and apostrophes, in lower case), number and other mark; each
// pair of them in order, joined by a space; "#len" and the number of words
// over five (at most 8); "#end" and the line's last character; "#first "
// and its first token. It builds them in sc's buffers: the slice emit
// receives is reused.
func lineFeatures(s string, sc *lineScratch, emit func([]byte)) {
	s = strings.TrimSpace(s)
	low, ends := sc.low[:0], sc.ends[:0]
	kind := 0 // of the open token: 1 a word, 2 a number
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || r == '\'' || r == '’':
			if kind != 1 {
				if kind != 0 {
					ends = append(ends, len(low))
				}
				kind = 1
			}
			if r == '’' {
				r = '\''
			}
			low = utf8.AppendRune(low, unicode.ToLower(r))
		case unicode.IsDigit(r):
			if kind != 2 {
				if kind != 0 {
					ends = append(ends, len(low))
				}
				kind = 2
			}
			low = utf8.AppendRune(low, r)
		default:
			if kind != 0 {
				ends = append(ends, len(low))
			}
			kind = 0
			if !unicode.IsSpace(r) {
				low = utf8.AppendRune(low, r)
				ends = append(ends, len(low))
			}
		}
	}
	if kind != 0 {
		ends = append(ends, len(low))
	}
	sc.low, sc.ends = low, ends
	tok := func(i int) []byte {
		if i == 0 {
			return low[:ends[0]]
		}
		return low[ends[i-1]:ends[i]]
	}
	buf := append(sc.buf[:0], "#bias"...)
	emit(buf)
	for i := range ends {
		emit(tok(i))
		if i > 0 {
			buf = append(append(append(buf[:0], tok(i-1)...), ' '), tok(i)...)
			emit(buf)
		}
	}
	buf = strconv.AppendInt(append(buf[:0], "#len"...), int64(min(fieldCount(s)/5, 8)), 10)
	emit(buf)
	last, _ := utf8.DecodeLastRuneInString(s)
	if s == "" {
		last = ' '
	}
	buf = utf8.AppendRune(append(buf[:0], "#end"...), last)
	emit(buf)
	buf = append(buf[:0], "#first "...)
	if len(ends) > 0 {
		buf = append(buf, tok(0)...)
	}
	emit(buf)
	sc.buf = buf
}

// rxRightOfReply matches a report's sentence on those it put its findings
// to, in its own voice: "We shared our findings with all 31 companies
// identified in this report.", "We sent detailed questions to the
// ministry."
var rxRightOfReply = lazyRE(`(?i)^we\s+(?:shared|sent|put|presented|took)\s+(?:our|these|the|its|their|detailed|written)\s+(?:detailed\s+|written\s+)?(?:findings|questions|allegations|conclusions|results|evidence)\s+(?:to|with)\b`)

// dropSiteLines returns body (paragraphs between blank lines) without the
// paragraphs the line model is sure are the site's: a run of statements
// over lineModelCut at either end of the text, and a line of at most
// lineModelMidWords words alone between two of the text's paragraphs,
// either a statement over lineModelCut or another line over
// lineModelMidCut ("Sign up for the Morning Brief: prices before the
// open, every weekday →"). A list's heading or item is never dropped, nor
// a paragraph of more than lineModelMaxWords words, and the text keeps
// one paragraph at least. Only statements go at the edges: the model's
// text in training is the parts files' well-formed paragraphs, so a real
// text's list, cut sentence or reader's exclamation may look like the
// site's to it.
func dropSiteLines(body string) string {
	if !strings.Contains(body, "\n\n") {
		return body
	}
	m := embeddedLineModel()
	paras := strings.Split(body, "\n\n")
	// Each paragraph is scored once, when a test first needs it.
	const unscored = -1e9
	odds := make([]float64, len(paras))
	for i := range odds {
		odds[i] = unscored
	}
	score := func(i int) float64 {
		if odds[i] == unscored {
			// (The model's features and the tests below read a
			// paragraph's words, its first letter and its last: its line
			// breaks and runs of spaces change none of them.)
			flat := strings.TrimSpace(paras[i])
			if fieldCount(flat) > lineModelMaxWords || listPart(flat) {
				odds[i] = 0
			} else {
				odds[i] = m.siteOdds(flat)
			}
		}
		return odds[i]
	}
	// site: a statement over lineModelCut, unless it opens with a
	// sentence of the text, of five words or more and no promotion: "Fees
	// are payable by card only. For further information, please contact
	// the consular section." ends a release with its own last fact and
	// the office's contact ("Unsubscribe at any time. Read our privacy
	// policy." and "In a time of misinformation, quality journalism is
	// more crucial than ever. ..." are the site's).
	site := func(i int) bool {
		p := strings.TrimSpace(paras[i])
		if score(i) <= lineModelCut || !statement(p) {
			return false
		}
		first, ok := firstSentence(p)
		if ok && rxRightOfReply.MatchString(first) {
			return false // the report's own: "We shared our findings with all 31 companies ..."
		}
		return !ok || fieldCount(first) < 5 || rxPromo.MatchString(first) || rxSubscription.MatchString(first) || rxSiteNoun.MatchString(first) || siteVoice(first) || m.siteOdds(first) >= lineModelCut/2
	}
	lo, hi := 0, len(paras)
	for hi-lo > 1 && site(hi-1) {
		hi--
	}
	for hi-lo > 1 && site(lo) {
		lo++
	}
	kept := make([]string, 0, hi-lo)
	for i := lo; i < hi; i++ {
		if i > lo && i < hi-1 && fieldCount(paras[i]) <= lineModelMidWords && (site(i) || score(i) > lineModelMidCut && textParagraph(paras[i-1]) && textParagraph(paras[i+1])) && !site(i-1) && !site(i+1) {
			continue
		}
		kept = append(kept, paras[i])
	}
	if len(kept) == len(paras) {
		return body
	}
	return strings.Join(kept, "\n\n")
}

// firstSentence returns the first sentence of p when p holds another
// after it: a sentence of three words or more ending in a full stop, a
// question or an exclamation mark, before a space and a capital.
func firstSentence(p string) (string, bool) {
	words := 0
	for i := 0; i+2 < len(p); i++ {
		switch p[i] {
		case ' ':
			words++
		case '.', '?', '!':
			if p[i+1] == ' ' && words >= 2 {
				r, _ := utf8.DecodeRuneInString(p[i+2:])
				if unicode.IsUpper(r) {
					return p[:i+1], true
				}
			}
		}
	}
	return "", false
}

// fieldCount returns len(strings.Fields(s)) without making the slice.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if space := unicode.IsSpace(r); space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// statement reports whether s ends with a full stop (maybe inside quotes
// or brackets) and opens with no lower-case letter: a statement, which a
// site's line and the text's paragraph alike may be, where an exclamation,
// a question, a list's heading or item, or a line without a stop is
// rather the text's, a reader's comment or a list.
func statement(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"”’')]`))
	first, _ := utf8.DecodeRuneInString(s)
	return last == '.' && !unicode.IsLower(first)
}

// listPart reports whether s may be a list's heading or one of its items,
// which the text holds in words of its own: it ends with a colon, a
// semicolon or a comma ("The main points still in dispute are:"), or
// opens in lower case ("how much water must be released in years of
// drought;").
func listPart(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	first, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(":;,", last) || unicode.IsLower(first)
}

// lineModelString writes weights (by feature) in the form parseLineModel
// reads, leaving out those that weigh next to nothing.
func lineModelString(weights map[string]float64) string {
	var b strings.Builder
	b.WriteString(lineModelFormat + "\n")
	feats := make([]string, 0, len(weights))
	for f, w := range weights {
		if math.Abs(w) >= 0.005 {
			feats = append(feats, f)
		}
	}
	slices.Sort(feats)
	for _, f := range feats {
		b.WriteString(strconv.FormatFloat(weights[f], 'f', 2, 64))
		b.WriteByte('\t')
		b.WriteString(f)
		b.WriteByte('\n')
	}
	return b.String()
}
