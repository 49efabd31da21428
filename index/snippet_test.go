package index

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// matchesByAnalyzer is the reference for highlighter.matches: every token
// of TextAnalyzer (with its offsets: surfaceAnalyzer) whose term is a query
// term.
func matchesByAnalyzer(t *testing.T, ix *Index, terms map[string]bool, text string) [][2]int {
	t.Helper()
	var spans [][2]int
	for _, tok := range surfaceAnalyzer.Analyze([]byte(text)) {
		if terms[string(tok.Term)] {
			spans = append(spans, [2]int{tok.Start, tok.End})
		}
	}
	return spans
}

func TestMatchesAgreeWithAnalyzer(t *testing.T) {
	ix := mustOpen(t)
	text := "Iraq's Foreign Minister Hoshyar ZEBARI said the talks on Iraq’s debt, " +
		"peacekeeping and PEACEKEEPERS were not over; Zébari, the U.S. envoy and " +
		"the 2004 Paris Club agreed. Ties, tied, tying; flies, fly; agreed, agreement. " +
		"Москва и Ирак. I am at it, as is.\n\nDon't."
	for _, q := range [][]string{
		{"peacekeepers"},
		{"zebari", "iraq"},
		{"Zébari"},
		{"2004", "club"},
		{"ties"},
		{"fly", "agreement"},
		{"Ирак"},
		{"I", "at", "as"}, // short terms: no prefix filter
		{"don", "t"},
		{"us"},
		{"nothing"},
	} {
		h := newHighlighter(ix, q, [2]string{}, 0)
		got := h.matches(text)
		want := matchesByAnalyzer(t, ix, h.terms, text)
		if !slices.Equal(got, want) {
			t.Errorf("%q: matches %v, analyzer %v", q, got, want)
		}
	}
}

// TestStemKeepsFirstTwoLetters checks what the highlighter's prefix filter
// relies on: a stem of three or more bytes begins as its word does.
func TestStemKeepsFirstTwoLetters(t *testing.T) {
	words := strings.Fields("ties flies dying lying eyes agreed agreement relational " +
		"conditional sses ies ying ated ating bled izing hopping hoping falling filing " +
		"generalization oscillators electrical ponies caresses cats feed agreed plastered " +
		"motoring sing conflated troubled sized hopping tanned falling hissing fizzed " +
		"failing filing happy sky triplicate formative formalize electriciti hopeful goodness")
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "aeiouybcdlmnrstz"
	for range 20000 {
		b := make([]byte, 2+r.IntN(9))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		st := stems.stem([]byte(w))
		if len(st) >= 3 && string(st[:2]) != w[:2] {
			t.Errorf("stem(%q) = %q: the first two letters changed", w, st)
		}
	}
}

func BenchmarkSnippet(b *testing.B) {
	ix := mustOpen(b)
	body := strings.Repeat("The foreign ministers of Russia and Iraq met in Moscow on Tuesday to discuss debt relief, "+
		"reconstruction and the security of oil pipelines, officials said. ", 20) +
		"Peacekeeping troops were not discussed."
	h := newHighlighter(ix, []string{"peacekeepers"}, [2]string{}, 0)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if len(h.matches(body)) != 1 {
			b.Fatal("want one match")
		}
	}
}
