package query

import "unicode"

// Typographic quotes.
//
// Text pasted from a word processor, a web page or a phone carries curly
// and other typographic quotes. They quote phrases as '"' does:
//
//   - double quotes “ ” „ ‟ « » 〝 〞 〟 ＂ always;
//   - single quotes ‘ ’ ‚ ‛ ‹ › only in pairs around words: ‘oil prices’
//     is a phrase, while the apostrophes of Reagan’s and d’Ivoire stay
//     inside their words.
//
// Each is replaced by '"' before parsing, one rune for one, so that error
// columns still point into the query as written.

// doubleQuotes are the runes read as '"' wherever they are.
var doubleQuotes = map[rune]bool{
	'“': true, '”': true, '„': true, '‟': true, '«': true, '»': true,
	'〝': true, '〞': true, '〟': true, '＂': true,
}

// singleOpen and singleClose are single quotes that quote a phrase when
// one opens before a word and the other closes after one.
var (
	singleOpen  = map[rune]bool{'‘': true, '‚': true, '‛': true, '‹': true}
	singleClose = map[rune]bool{'’': true, '‘': true, '›': true}
)

// plainQuotes returns rs with typographic quotes that quote a phrase
// turned into '"', and reports whether it changed anything.
func plainQuotes(rs []rune) bool {
	changed := false
	open := -1                 // index of an unmatched single opening quote
	edge := func(i int) bool { // a word boundary at i (outside rs counts)
		return i < 0 || i >= len(rs) || unicode.IsSpace(rs[i]) || rs[i] == '(' || rs[i] == ')' || rs[i] == '"'
	}
	// Double quotes first, so that a single quote closing before one
	// sees the word boundary it makes (‘oil’“ ...).
	for i, r := range rs {
		if doubleQuotes[r] {
			rs[i] = '"'
			changed = true
		}
	}
	for i, r := range rs {
		switch {
		case open >= 0 && singleClose[r] && !edge(i-1) && (edge(i+1) || rs[i+1] == '~'):
			rs[open], rs[i] = '"', '"'
			open = -1
			changed = true
		case singleOpen[r] && edge(i-1) && !edge(i+1):
			open = i
		}
	}
	return changed
}
