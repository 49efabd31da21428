package archive

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key folds a facet or filter value for matching: lower case, accents and
// other combining marks removed, punctuation other than letters and digits
// turned into single spaces, trimmed. Key("Sergéi  Lavrov") == "sergei lavrov"
// and Key("U.S.") == "u s". Stored values keep their display form; only the
// filter fields of the index hold keys, so a value copied from a facet list
// always works as a filter.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
