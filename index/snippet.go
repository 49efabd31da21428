package index

import (
	"strings"
	"sync"
	"unicode/utf8"

	"chancery/archive"
)

// highlighter marks the words of an article that match the query's terms,
// analysed as the index analyses them (so "peacekeepers" marks
// "peacekeeping": both stem to "peacekeep").
type highlighter struct {
	terms map[string]bool
	// prefixes holds the first two bytes of every term when all terms
	// have at least three: a Porter stem that long keeps the first two
	// letters of its word, so a word starting otherwise cannot match and
	// is not stemmed. It is a bit set, second byte by first byte: a map
	// lookup per word took a third of the snippet's time. Nil means every
	// word is stemmed.
	prefixes *[256][4]uint64
	pre      string
	post     string
	length   int
}

func newHighlighter(ix *Index, queryTerms []string, mark [2]string, length int) *highlighter {
	if mark == ([2]string{}) {
		mark = [2]string{"<mark>", "</mark>"}
	}
	if length <= 0 {
		length = 220
	}
	h := &highlighter{terms: map[string]bool{}, prefixes: new([256][4]uint64), pre: mark[0], post: mark[1], length: length}
	an := ix.bi.Mapping().AnalyzerNamed(TextAnalyzer)
	for _, t := range queryTerms {
		for _, tok := range an.Analyze([]byte(t)) {
			h.terms[string(tok.Term)] = true
			if len(tok.Term) < 3 {
				h.prefixes = nil
			}
			if h.prefixes != nil {
				a, b := tok.Term[0], tok.Term[1]
				h.prefixes[a][b>>6] |= 1 << (b & 63)
			}
		}
	}
	return h
}

// textBuffers holds the byte copies of the texts that matches reads: a
// page of 10 hits copied each body anew, 28 KB of a term search's 120 KB
// of allocations, and in a new `search` process each fresh page of heap is
// a page fault.
var textBuffers = sync.Pool{New: func() any { return new([]byte) }}

// putTextBuffer puts a buffer back in textBuffers unless it grew past
// 1 MB: a rare huge article should not keep its copy alive.
func putTextBuffer(bp *[]byte) {
	if cap(*bp) <= 1<<20 {
		textBuffers.Put(bp)
	}
}

// Matches returns the byte spans of text whose analysed terms are query
// terms. It walks the words as TextAnalyzer's tokenizer does and stems only
// the words that can match, without building a token stream.
func (h *highlighter) matches(text string) [][2]int {
	if len(h.terms) == 0 || text == "" {
		return nil
	}
	bp := textBuffers.Get().(*[]byte)
	defer putTextBuffer(bp)
	*bp = append((*bp)[:0], text...) // the words are read, never written
	var spans [][2]int
	for span, term := range wordsOf(*bp, true) {
		if h.prefixes != nil && (len(term) < 2 || h.prefixes[term[0]][term[1]>>6]&(1<<(term[1]&63)) == 0) {
			continue
		}
		if !isDigits(term) {
			term = stems.stem(term)
		}
		if h.terms[string(term)] {
			spans = append(spans, span)
		}
	}
	return spans
}

// snippet returns about h.length bytes of the body around the densest run
// of matches, with matches marked; the body's opening when nothing matches.
func (h *highlighter) snippet(a *archive.Article) string {
	body := a.Body
	if body == "" {
		body = a.Title
	}
	spans := h.matches(body)
	if len(spans) == 0 && body != a.Title {
		// the words may match the title only (the body field indexes both)
		if ts := h.matches(a.Title); len(ts) > 0 {
			return h.window(a.Title, 0, ts)
		}
	}
	start := 0
	if len(spans) > 0 {
		best, bestN := 0, 0
		j := 0
		for i := range spans {
			for j < len(spans) && spans[j][1]-spans[i][0] <= h.length {
				j++
			}
			if j-i > bestN {
				best, bestN = i, j-i
			}
		}
		start = spans[best][0] - h.length/5
		if start < 0 {
			start = 0
		}
	}
	return h.window(body, start, spans)
}

// window cuts text at word boundaries from about start for h.length bytes
// and marks the spans inside it.
func (h *highlighter) window(text string, start int, spans [][2]int) string {
	start = wordStart(text, start)
	end := start + h.length
	if end >= len(text) {
		end = len(text)
	} else {
		end = wordEnd(text, end)
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, sp := range spans {
		if sp[0] < start || sp[1] > end {
			continue
		}
		b.WriteString(flatten(text[pos:sp[0]]))
		b.WriteString(h.pre)
		b.WriteString(text[sp[0]:sp[1]])
		b.WriteString(h.post)
		pos = sp[1]
	}
	b.WriteString(flatten(text[pos:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return strings.TrimSpace(b.String())
}

// flatten turns runs of white space that contain a line break or tab into
// single spaces so a snippet is one line, keeping a leading or trailing
// space.
func flatten(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// wordStart moves i back to the start of the word it falls in.
func wordStart(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	return i
}

// wordEnd moves i forward to the end of the word it falls in.
func wordEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return i
}
