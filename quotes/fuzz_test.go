package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that Extract never panics and that every statement it
// returns is a piece of the body at its span, spoken by a listed person or,
// with Guess, by a name taken from the body.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"MOSCOW, July 26 - Foreign Minister Sergei Lavrov says Russia will not send troops.",
		`"We expect our neighbours to act," Zebari said. He added that talks would go on.`,
		`Mr. Lavrov said: "Russia will not send troops." Iraq's envoy told reporters he expected loans.`,
		"“Unbalanced quote, said Lavrov",
		"",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, body string, guess bool) {
		qs := Extract(body, Options{Persons: []string{"Sergei Lavrov", "Hoshyar Zebari"}, Guess: guess})
		for _, q := range qs {
			if q.Span.Start < 0 || q.Span.End > len(body) || q.Span.Start > q.Span.End {
				t.Fatalf("span %+v outside a body of %d bytes", q.Span, len(body))
			}
			if !guess && q.Person != "Sergei Lavrov" && q.Person != "Hoshyar Zebari" {
				t.Fatalf("speaker %q is not a listed person", q.Person)
			}
			if guess && q.Person != "Sergei Lavrov" && q.Person != "Hoshyar Zebari" && utf8.ValidString(body) && !strings.Contains(body, lastWord(q.Person)) {
				t.Fatalf("guessed speaker %q is not in the body", q.Person)
			}
		}
	})
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}
