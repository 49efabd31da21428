package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/wordrule"
)

// Token kinds.
const (
	kindWord = iota
	kindNumber
	kindPunct
)

// Token flags.
const (
	flagCap              = 1 << iota // first letter upper case
	flagAllCaps                      // every letter upper case (and more than one letter, or an initial)
	flagSentStart                    // first token of a sentence or paragraph
	flagHeadline                     // inside a segment written in capitals (a wire headline)
	flagPossessive                   // was followed by 's, which was dropped
	flagNoSpaceBefore                // glued to the previous token (hyphen, slash)
	flagAbbrev                       // ends with a period that belongs to it ("U.S.", "Mr.")
	flagPluralPossessive             // was followed by an apostrophe alone ("ministers'"), which was dropped
)

// Fields a token comes from.
const (
	fieldTitle = iota
	fieldDateline
	fieldBody
)

type token struct {
	start int    // byte offset in its field's text
	text  string // as written (possessive 's removed)
	low   string // lower case
	kind  uint8
	field uint8
	flags uint16
	lex   int32 // lexicon id of low (lexicon.id); 0 when not looked up
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// tokenize appends the tokens of s to toks. It is a single pass over the bytes
// without regular expressions. field says where s comes from.
func tokenize(toks []token, s string, field uint8) []token {
	sentStart := true
	first := len(toks)
	i := 0
	n := len(s)
	// Lower-case the whole field once and slice it per token; when case
	// mapping changes byte lengths (rare letters), lower each token instead.
	lower, ascii := lowerASCII(s)
	if !ascii {
		lower = strings.ToLower(s)
	}
	sameLen := len(lower) == len(s)
	for i < n {
		c := s[i]
		// whitespace and paragraph breaks
		if isSpace(c) {
			nl := 0
			for i < n && isSpace(s[i]) {
				if s[i] == '\n' {
					nl++
					sp := 0
					for j := i + 1; j < n && (s[j] == ' ' || s[j] == '\t'); j++ {
						sp++
					}
					if sp >= 2 {
						nl = 2 // an indented line starts a paragraph (Reuters)
					}
				}
				i++
			}
			if nl >= 2 {
				sentStart = true
			}
			continue
		}
		start := i
		glued := start > 0 && len(toks) > first && !isSpace(s[start-1])
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isLetter(r):
			i = scanWord(s, i)
			w := s[start:i]
			flags := uint16(0)
			// possessive
			if i+1 < n && (s[i] == '\'' || s[i] == 0xE2) {
				if s[i] == '\'' && (s[i+1] == 's' || s[i+1] == 'S') && (i+2 >= n || !isWordByte(s[i+2])) {
					i += 2
					flags |= flagPossessive
				} else if s[i] == '\'' && (i+1 >= n || !isWordByte(s[i+1])) && strings.HasSuffix(w, "s") {
					i++ // plural possessive "ministers'", "Hughes' Kistler"
					flags |= flagPluralPossessive
				} else if strings.HasPrefix(s[i:], "\u2019s") && (i+4 >= n || !isWordByte(s[i+4])) {
					i += 4
					flags |= flagPossessive
				}
			}
			// a period that belongs to the word
			if flags&flagPossessive == 0 && i < n && s[i] == '.' {
				var low string
				if ascii {
					low = lower[start : start+len(w)]
				} else {
					low = strings.ToLower(w)
				}
				if (len(w) == 1 && unicode.IsUpper(r)) || strings.IndexByte(w, '.') >= 0 || wordrule.Abbreviation(low) {
					i++
					w = s[start:i]
					flags |= flagAbbrev
				}
			}
			flags |= caseFlags(w)
			var low string
			if sameLen {
				low = lower[start:i]
				if flags&flagPossessive != 0 {
					low = lower[start : start+len(w)]
				}
			} else {
				low = strings.ToLower(w)
			}
			if sentStart {
				flags |= flagSentStart
				sentStart = false
			}
			if glued {
				flags |= flagNoSpaceBefore
			}
			toks = append(toks, token{start: start, text: w, low: low, kind: kindWord, field: field, flags: flags})
			if flags&flagAbbrev != 0 && !wordrule.Title(strings.TrimSuffix(low, ".")) {
				// "in the U.S. The ..." ends a sentence; "U.S. Treasury" does not: decided by
				// whether a lower-case word follows a paragraph break, which we cannot
				// know; assume no sentence end unless a line break follows. A
				// single capital's period is a middle initial that a wrapped
				// line carries over ("succeeded by John H.\nGeiger"): only a
				// paragraph break, read with the whitespace, ends its sentence.
				if i < n && (s[i] == '\n') && !(len(w) == 2 && isUpperByte(w[0]) && i+1 < n && isUpperByte(s[i+1])) {
					sentStart = true
				}
			}
		case r >= '0' && r <= '9':
			for i < n && (isDigit(s[i]) || ((s[i] == ',' || s[i] == '.' || s[i] == ':' || s[i] == '/') && i+1 < n && isDigit(s[i+1]))) {
				i++
			}
			// "1990s", "3rd", "10th"
			for i < n && isASCIILetter(s[i]) {
				i++
			}
			t := token{start: start, text: s[start:i], low: s[start:i], kind: kindNumber, field: field}
			if sentStart {
				t.flags |= flagSentStart
				sentStart = false
			}
			toks = append(toks, t)
		default:
			i += size
			p := s[start:i]
			t := token{start: start, text: p, low: p, kind: kindPunct, field: field}
			if glued {
				t.flags |= flagNoSpaceBefore
			}
			toks = append(toks, t)
			if c == '.' || c == '!' || c == '?' || c == ';' {
				sentStart = true
			}
		}
	}
	markHeadlines(toks[first:])
	return toks
}

// scanWord returns the end of the word starting at i: letters and digits,
// with inner apostrophes ("O'Neill"), inner periods between single letters
// ("U.S", "e.g") and inner ampersands between capitals ("AT&T"). A hyphen
// joins two parts when both start with a capital ("Jean-Pierre", "Al-Sabah")
// and the first has no period; otherwise it is a token of its own.
// Word runes and the abbreviation lists come from package wordrule; the
// joining rules differ from wordrule.End on purpose: these tokens are the
// features of the persons model, trained on CoNLL tokens, which split
// lower-case hyphenations and the possessive "'s".
func scanWord(s string, i int) int {
	n := len(s)
	for i < n {
		c := s[i]
		if isWordByte(c) {
			if c >= 0x80 {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !wordrule.IsRune(r) {
					return i
				}
				i += size
				continue
			}
			i++
			continue
		}
		if i+1 < n {
			next := s[i+1]
			switch c {
			case '\'':
				if isASCIILetter(next) && !(next == 's' || next == 'S') || (next == 's' || next == 'S') && i+2 < n && isASCIILetter(s[i+2]) {
					i++
					continue
				}
			case '.':
				// U.S / e.g: single letter before and a letter after
				if isASCIILetter(next) && i >= 1 && isASCIILetter(s[i-1]) && (i < 2 || !isWordByte(s[i-2]) || s[i-2] == '.') {
					i++
					continue
				}
			case '&':
				if isUpperByte(next) && i >= 1 && isUpperByte(s[i-1]) {
					i++
					continue
				}
			case '-':
				if isUpperByte(next) && i >= 1 && isLowerOrUpperByte(s[i-1]) && !hasPeriodBefore(s, i) && isUpperByte(wordStart(s, i)) {
					i++
					continue
				}
			}
		}
		return i
	}
	return i
}

func wordStart(s string, i int) byte {
	j := i
	for j > 0 && isWordByte(s[j-1]) || j > 0 && s[j-1] == '-' {
		j--
	}
	return s[j]
}

func hasPeriodBefore(s string, i int) bool {
	for j := i - 1; j >= 0 && (isWordByte(s[j]) || s[j] == '.'); j-- {
		if s[j] == '.' {
			return true
		}
	}
	return false
}

// caseFlags returns the flagCap and flagAllCaps of a word.
func caseFlags(text string) uint16 {
	if len(text) > 0 && text[0] >= 'a' && text[0] <= 'z' {
		return 0 // neither capitalised nor in capitals: it has a lower-case letter
	}
	var flags uint16
	upper, lower, letters := 0, 0, 0
	ascii := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			if letters == 0 && i == 0 {
				flags |= flagCap
			}
			letters++
			upper++
		} else if c >= 'a' && c <= 'z' {
			letters++
			lower++
		}
	}
	if ascii {
		if upper > 0 && lower == 0 && (upper > 1 || strings.HasSuffix(text, ".")) {
			flags |= flagAllCaps
		}
		return flags
	}
	upper, lower, letters = 0, 0, 0
	firstUpper := false
	for i, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if letters == 1 && i == 0 {
					firstUpper = true
				}
			} else {
				lower++
			}
		}
	}
	if firstUpper {
		flags |= flagCap
	}
	if upper > 0 && lower == 0 && (upper > 1 || strings.HasSuffix(text, ".")) {
		flags |= flagAllCaps
	}
	return flags
}

// lowerASCII returns strings.ToLower(s) when s is ASCII, and false when it
// is not. It copies runs without capitals whole and allocates nothing when
// s has none.
func lowerASCII(s string) (string, bool) {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			b.WriteByte(c + ('a' - 'A'))
			last = i + 1
		}
	}
	if last == 0 {
		return s, true
	}
	b.WriteString(s[last:])
	return b.String(), true
}

// markHeadlines flags runs of tokens that belong to a stretch written in
// capitals: a sentence whose words are mostly all-caps.
func markHeadlines(toks []token) {
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i == len(toks) || (i > start && toks[i].is(flagSentStart)) {
			words, caps := 0, 0
			for j := start; j < i; j++ {
				if toks[j].kind == kindWord && len(toks[j].text) > 1 {
					words++
					if toks[j].is(flagAllCaps) {
						caps++
					}
				}
			}
			if words >= 2 && caps*4 >= words*3 || words == 1 && caps == 1 && i-start <= 2 && len(toks[start].text) > 4 {
				for j := start; j < i; j++ {
					toks[j].flags |= flagHeadline
				}
			}
			start = i
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
func isUpperByte(c byte) bool        { return c >= 'A' && c <= 'Z' }
func isLowerOrUpperByte(c byte) bool { return isASCIILetter(c) }
func isWordByte(c byte) bool         { return isASCIILetter(c) || isDigit(c) || c >= 0x80 }
func isLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}
