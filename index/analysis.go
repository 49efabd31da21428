package index

import (
	"iter"
	"sync"
	"unicode"
	"unicode/utf8"

	"chancery/wordrule"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom" // registers the "custom" analyzer type
	"github.com/blevesearch/bleve/v2/registry"
	porterstemmer "github.com/blevesearch/go-porterstemmer"
	"golang.org/x/text/unicode/norm"
)

// Names of the analysis pieces Chancery registers with Bleve.
const (
	// TextAnalyzer analyses title and body: words are runs of letters and
	// digits, lower-cased with accents folded, possessive 's dropped, and
	// Porter-stemmed, with no stop words, so that "not", "no" and "US"
	// stay searchable and phrases such as "no fly zone" match word for
	// word.
	TextAnalyzer = "chancery_text"
	// wordTokenizer splits text into lower-cased, accent-folded words.
	wordTokenizer = "chancery_words"
	// stemFilter is the Porter stemmer with a cache of stems.
	stemFilter = "chancery_stem"
	// positionsFilter keeps each token's position and drops its byte
	// offsets (see positionsOnly).
	positionsFilter = "chancery_positions"
)

// Bleve's analysis registry is global and filled by init functions; this is
// the one place Chancery adds to it.
func init() {
	if err := registry.RegisterTokenizer(wordTokenizer, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return words{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(stemFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return stems, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(positionsFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return positionsOnly{}, nil
	}); err != nil {
		panic(err)
	}
}

// textAnalyzerConfig is the custom analyzer definition put in the mapping.
var textAnalyzerConfig = map[string]interface{}{
	"type":          "custom",
	"tokenizer":     wordTokenizer,
	"token_filters": []string{stemFilter, positionsFilter},
}

// surfaceAnalyzer is TextAnalyzer with the byte offsets kept, for code that
// needs to know where in a text each term was written.
var surfaceAnalyzer analysis.Analyzer = &analysis.DefaultAnalyzer{
	Tokenizer:    words{},
	TokenFilters: []analysis.TokenFilter{stems},
}

// positionsOnly zeroes the byte offsets of tokens and keeps their
// positions. With term vectors on, Bleve's index stores a word's position,
// start and end for every occurrence as varints; phrase and proximity
// queries read only the position, and snippets find words in the stored
// text. Offsets of 0 take one byte each instead of two: the index of
// 40,000 synthetic articles went from 294 to 254 MB.
type positionsOnly struct{}

func (positionsOnly) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		tok.Start, tok.End = 0, 0
	}
	return in
}

// words is the tokenizer of TextAnalyzer. A word is a maximal run of
// letters, digits and combining marks; an apostrophe inside a word splits
// it, and a possessive "s" after it is dropped ("Iraq's" -> "iraq",
// "don't" -> "don", "t"). Terms are lower-cased and accent-folded; ASCII
// text takes a fast path. Bleve's "unicode" tokenizer (Unicode word
// segmentation) plus a lower-case filter ran at a fifth of this speed
// (BenchmarkAnalyzer).
type words struct{}

func (words) Tokenize(input []byte) analysis.TokenStream {
	ts := make(analysis.TokenStream, 0, len(input)/6)
	toks := make([]analysis.Token, 0, len(input)/6)
	pos := 0
	for span, term := range wordsOf(input, false) {
		pos++
		typ := analysis.AlphaNumeric
		if isDigits(term) {
			typ = analysis.Numeric
		}
		toks = append(toks, analysis.Token{Start: span[0], End: span[1], Term: term, Position: pos, Type: typ})
	}
	for k := range toks {
		ts = append(ts, &toks[k])
	}
	return ts
}

// wordsOf iterates over the words of input as Tokenize makes them: each
// word's byte span and its term, lower-cased and accent-folded. A term is
// a part of input when the word needs no change. With reuse, the term of
// an ASCII word with capitals is written into one buffer that the next
// word overwrites; without, every changed term is a new slice.
func wordsOf(input []byte, reuse bool) iter.Seq2[[2]int, []byte] {
	return func(yield func([2]int, []byte) bool) {
		var buf []byte
		for i := 0; ; {
			start, end, ascii, upper := nextWord(input, i)
			if start < 0 {
				return
			}
			i = end
			term := input[start:end]
			switch {
			case !ascii:
				term = foldUnicode(term)
			case upper && reuse:
				buf = lowerASCII(buf[:0], term)
				term = buf
			case upper:
				term = lowerASCII(make([]byte, 0, len(term)), term)
			}
			if !yield([2]int{start, end}, term) {
				return
			}
		}
	}
}

// nextWord finds the first word of input at or after byte i, as Tokenize
// makes them (a possessive "s" is skipped), and reports whether it is all
// ASCII and whether it has upper-case ASCII letters. start is -1 when no
// word is left.
func nextWord(input []byte, i int) (start, end int, ascii, upper bool) {
	for i < len(input) {
		c := input[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRune(input[i:])
			if !wordrule.IsRune(r) {
				i += n
				continue
			}
		}
		start = i
		ascii, upper = true, false
		for i < len(input) {
			c := input[i]
			if c < utf8.RuneSelf {
				if !isASCIIWord(c) {
					break
				}
				if 'A' <= c && c <= 'Z' {
					upper = true
				}
				i++
				continue
			}
			r, n := utf8.DecodeRune(input[i:])
			if !wordrule.IsRune(r) {
				break
			}
			ascii = false
			i += n
		}
		// Drop a possessive "s" after an apostrophe: Iraq's, Iraq’s.
		if start > 0 && i-start == 1 && (input[start] == 's' || input[start] == 'S') && isApostropheBefore(input, start) {
			continue
		}
		return start, i, ascii, upper
	}
	return -1, -1, false, false
}

// lowerASCII appends term to dst with A-Z lower-cased.
func lowerASCII(dst, term []byte) []byte {
	for _, c := range term {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isApostropheBefore reports whether input has an apostrophe (' or ’)
// right before i, preceded by a word character.
func isApostropheBefore(input []byte, i int) bool {
	switch {
	case i >= 2 && input[i-1] == '\'':
		return isASCIIWord(input[i-2]) || input[i-2] >= utf8.RuneSelf
	case i >= 4 && input[i-3] == 0xE2 && input[i-2] == 0x80 && input[i-1] == 0x99: // ’
		return isASCIIWord(input[i-4]) || input[i-4] >= utf8.RuneSelf
	}
	return false
}

// foldUnicode lowercases term and strips combining marks ("Zébari" ->
// "zebari") into a new slice.
func foldUnicode(term []byte) []byte {
	out := make([]byte, 0, len(term))
	for _, r := range norm.NFKD.String(string(term)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		out = utf8.AppendRune(out, unicode.ToLower(r))
	}
	return out
}

// stemmer is the Porter stemmer with a bounded cache: news vocabulary is
// Zipf-distributed, so most words are stemmed once.
type stemmer struct {
	mu    sync.RWMutex
	cache map[string][]byte
}

// stemCacheSize bounds the cache; past it words are stemmed each time.
const stemCacheSize = 1 << 18

var stems = &stemmer{cache: map[string][]byte{}} // empty: a search stems a few words

func (s *stemmer) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if tok.KeyWord || tok.Type == analysis.Numeric {
			continue
		}
		tok.Term = s.stem(tok.Term)
	}
	return in
}

func (s *stemmer) stem(term []byte) []byte {
	s.mu.RLock()
	st, ok := s.cache[string(term)]
	s.mu.RUnlock()
	if ok {
		return st
	}
	st = []byte(string(porterstemmer.StemWithoutLowerCasing([]rune(string(term)))))
	s.mu.Lock()
	if len(s.cache) < stemCacheSize {
		s.cache[string(term)] = st
	}
	s.mu.Unlock()
	return st
}
