package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/wordrule"
)

// Token kinds.
const (
	kWord  = iota // letters, digits and word-internal ' - . (U.S., Mr.)
	kPunct        // , ; : ( ) and dashes
	kStop         // . ? ! ending a sentence (maybe)
	kQuote        // a double quotation mark: " “ ”
)

// token is one word or punctuation mark of a text, with its byte span.
type token struct {
	start, end int
	kind       uint8
	text       string // as written
	lower      string // lower case (words only)
	upper      bool   // starts with an upper-case letter
	mark       rune   // for kQuote: the mark
}

// tokenize splits text into tokens. It reads each byte once.
func tokenize(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0:
			i += n
		case wordrule.IsRune(r):
			j := wordrule.End(text, i)
			w := text[i:j]
			t := token{start: i, end: j, kind: kWord, text: w}
			// A trailing period belongs to an abbreviation or an initial.
			if j < len(text) && text[j] == '.' {
				bare := strings.ToLower(w)
				if wordrule.Abbreviation(bare) || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) || strings.Contains(w, ".") {
					t.end = j + 1
					t.text = text[i : j+1]
				}
			}
			t.lower = strings.ToLower(t.text)
			t.upper = unicode.IsUpper(r)
			toks = append(toks, t)
			i = t.end
		case r == '"' || r == '“' || r == '”' || r == '„':
			toks = append(toks, token{start: i, end: i + n, kind: kQuote, text: text[i : i+n], mark: r})
			i += n
		case r == '.' || r == '?' || r == '!':
			j := i + n
			for j < len(text) && (text[j] == '.' || text[j] == '?' || text[j] == '!') {
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: kStop, text: text[i:j]})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, kind: kPunct, text: text[i : i+n]})
			i += n
		}
	}
	return toks
}

// Span is a byte range of a text.
type Span struct{ Start, End int }

// paragraphs returns the spans of the blank-line separated paragraphs of
// text, trimmed of surrounding space.
func paragraphs(text string) []Span {
	var out []Span
	start := 0
	emit := func(s, e int) {
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// a newline followed by only spaces and another newline is a break
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			emit(start, i)
			for j < len(text) && isSpace(text[j]) {
				j++
			}
			start, i = j, j
			continue
		}
		i = j
	}
	emit(start, len(text))
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// sentenceEnds returns, for the tokens of one paragraph, the index one past
// the last token of each sentence.
func sentenceEnds(toks []token) []int {
	var ends []int
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != kStop {
			continue
		}
		// closing quotes and brackets after the stop belong to the sentence
		j := i + 1
		for j < len(toks) && (toks[j].kind == kQuote && closesAfterStop(toks, j) || toks[j].text == ")") {
			j++
		}
		if j == len(toks) {
			break
		}
		next := toks[j]
		if next.kind == kWord && (next.upper || unicode.IsDigit(rune(next.text[0]))) || next.kind == kQuote || next.text == "(" {
			ends = append(ends, j)
			i = j - 1
		}
	}
	if len(toks) > 0 && (len(ends) == 0 || ends[len(ends)-1] != len(toks)) {
		ends = append(ends, len(toks))
	}
	return ends
}

// closesAfterStop reports whether the quote mark at j, right after a stop,
// closes a quotation: a curly closing mark, or a straight one not followed
// directly by a word.
func closesAfterStop(toks []token, j int) bool {
	switch toks[j].mark {
	case '”':
		return true
	case '“', '„':
		return false
	}
	return j+1 == len(toks) || toks[j+1].start > toks[j].end
}

// Sentences returns the byte spans of the sentences of text: paragraphs are
// split at blank lines and sentences at . ? ! followed by a capital, a
// digit or a quotation mark, except after abbreviations (Mr., U.S.) and
// initials.
func Sentences(text string) []Span {
	var out []Span
	for _, p := range paragraphs(text) {
		toks := tokenize(text[p.Start:p.End])
		from := 0
		for _, e := range sentenceEnds(toks) {
			if e > from {
				out = append(out, Span{p.Start + toks[from].start, p.Start + toks[e-1].end})
			}
			from = e
		}
	}
	return out
}
