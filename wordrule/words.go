package wordrule

import (
	"unicode"
	"unicode/utf8"
)

// IsRune reports whether r belongs to a word: a letter, a decimal digit or
// a nonspacing mark (the accent of a decomposed "é").
func IsRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// End returns the end of the word starting at byte i of s: word runes,
// joined by one apostrophe, hyphen, period or ampersand followed by a word
// rune ("Iraq's", "U.S", "3.5", "Abdul-Mahdi", "AT&T"). A period
// after the last rune is not included; see Abbreviation.
func End(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsRune(r) {
			i += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			if i+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+n:])
				if IsRune(r2) {
					i += n
					continue
				}
			}
		}
		break
	}
	return i
}

// Abbreviation reports whether the period after the lower-case word low
// belongs to it: "mr", "corp", "jan", "calif". Single capital letters
// (initials) and words with an inner period ("u.s") keep their period too;
// that is the caller's test, on the written word.
func Abbreviation(low string) bool { return abbreviations[low] }

// Title reports whether low (lower case, without its period) is an
// abbreviated title or name part that never ends a sentence: "mr", "gen",
// "st". Other abbreviations ("Corp.", "U.S.") may end one.
func Title(low string) bool { return titles[low] }

// Honorific reports whether low (lower case, with or without its period)
// is a courtesy title that stands before a surname: "mr.", "mrs", "dr.".
func Honorific(low string) bool { return honorifics[low] }

// Set makes a word list for lookups (keys lower case), as the lists of
// this package and the word lists of quote extraction are kept.
func Set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var abbreviations = Set(
	// titles (see titles)
	"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpl", "sgt",
	"maj", "adm", "st", "jr", "sr", "rev", "fr", "pres", "hon", "messrs", "mt", "ft",
	// companies and references
	"inc", "corp", "co", "ltd", "bros", "no", "vs", "ave", "dept", "govt", "cie", "plc", "fig",
	"approx", "est",
	// months
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
	// US states in wire datelines
	"calif", "fla", "ill", "mass", "conn", "minn", "wis", "mich", "penn", "pa", "tex", "okla", "colo",
	"ariz", "nev", "ore", "wash", "ind", "ky", "tenn", "ala", "miss", "la", "ark", "va", "md", "del",
	"vt", "mo", "kan", "neb", "ga", "mont", "wyo",
)

var titles = Set(
	"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj",
	"adm", "st", "rev", "messrs", "pres", "hon", "fr", "cpl", "mt", "ft",
)

var honorifics = Set("mr", "mrs", "ms", "dr", "prof", "sir", "messrs", "mr.", "mrs.", "ms.", "dr.", "prof.", "messrs.")
