package dedup

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

const story = `MOSCOW, July 26 - Russia will keep its peacekeeping troops out of Iraq but
stands ready to help Baghdad cut its foreign debt, Foreign Minister Sergei Lavrov said on Monday
after talks with his Iraqi counterpart Hoshyar Zebari. Lavrov said Moscow would discuss the
write-off of Iraqi debt with other creditors in the Paris Club later this year, and that
Russian oil companies were ready to return to fields in the south of the country once
security allowed. Zebari said Iraq hoped the two countries would sign new contracts soon.`

func TestNearDuplicates(t *testing.T) {
	// a wire copy: new dateline, one figure and one word changed, a
	// sentence added at the end
	copy := strings.Replace(story, "MOSCOW, July 26 -", "LONDON, July 27 -", 1)
	copy = strings.Replace(copy, "on Monday", "on Sunday", 1)
	copy = strings.Replace(copy, "soon.", "soon, officials said.", 1)
	copy += " The talks lasted two hours."
	other := `BAGHDAD, Nov 4 - Iraqi Foreign Minister Hoshyar Zebari on Tuesday urged Syria and Iran
to tighten control of their borders with Iraq, saying fighters and weapons were still crossing
into the country. Zebari told reporters in Baghdad that the interim government would raise the
issue at a regional meeting of foreign ministers in Damascus, where Russia would also be present
as an observer, and said Iraq wanted its neighbours to act and not only to talk.`
	a, b, c := Shingles(story), Shingles(copy), Shingles(other)
	if j := Jaccard(a, b); j < Threshold {
		t.Errorf("wire copy: Jaccard %.2f, want >= %.2f", j, Threshold)
	}
	if j := Jaccard(a, c); j > 0.1 {
		t.Errorf("different story on the same subject: Jaccard %.2f, want < 0.1", j)
	}
	sa, _ := Sign(a)
	sb, _ := Sign(b)
	sc, _ := Sign(c)
	if !shareBand(sa.Bands(), sb.Bands()) {
		t.Errorf("wire copy shares no band:\n%v\n%v", sa.Bands(), sb.Bands())
	}
	if shareBand(sa.Bands(), sc.Bands()) {
		t.Errorf("different story shares a band")
	}
	if sa2, _ := Sign(Shingles(story)); sa2 != sa {
		t.Error("signatures are not deterministic")
	}
}

func shareBand(x, y []string) bool {
	for i := range x {
		if x[i] == y[i] {
			return true
		}
	}
	return false
}

func TestShortTexts(t *testing.T) {
	if s := Shingles("Shr 10 cts vs 12 cts Net 1.2 mln vs 1.1 mln"); s != nil {
		t.Errorf("short text has %d shingles, want none", len(s))
	}
	if _, ok := Sign(nil); ok {
		t.Error("Sign(nil) is ok")
	}
	if j := Jaccard(nil, Shingles(story)); j != 0 {
		t.Errorf("Jaccard with an empty set = %v", j)
	}
}

func TestShinglesIgnoreCaseAndPunctuation(t *testing.T) {
	a := Shingles(story)
	b := Shingles(strings.ToUpper(strings.NewReplacer(",", "", ".", " ;", "-", " ").Replace(story)))
	if j := Jaccard(a, b); j != 1 {
		t.Errorf("case and punctuation changed the shingles: Jaccard %.2f", j)
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(story+" ", 4) // about 400 words, a long wire story
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s, _ := Sign(Shingles(text))
		_ = s.Bands()
	}
}

// shinglesByMap is Shingles as a map, rune by rune: what Shingles and
// Sign computed before sets were sorted slices, so that the signatures
// (and the bands the index holds) stay the same.
func shinglesByMap(text string) map[uint64]struct{} {
	var words []uint64
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		h := uint64(14695981039346656037)
		for _, r := range w {
			r = unicode.ToLower(r)
			for k := 0; k < 4 && r != 0; k++ {
				h ^= uint64(byte(r))
				h *= 1099511628211
				r >>= 8
			}
		}
		words = append(words, h)
	}
	if len(words) < MinWords {
		return nil
	}
	set := map[uint64]struct{}{}
	for j := 0; j+ShingleWords <= len(words); j++ {
		h := uint64(0)
		for _, w := range words[j : j+ShingleWords] {
			h = mix(h ^ w)
		}
		set[h] = struct{}{}
	}
	return set
}

func TestShinglesAsBefore(t *testing.T) {
	texts := []string{
		story,
		strings.ToUpper(story),
		strings.Repeat("the talks the talks the talks ", 20), // repeated shingles
		"Ministre des Affaires étrangères ÉLISABETH Dupré a déclaré à Genève que " + story,
		"Сергей Лавров заявил, что ДОГОВОР будет подписан; Zebari's reply: \"no\" 2004-07-26 " + story,
		"tabs\tand\nnewlines\x00nul and invalid \xff\xfe bytes " + story,
	}
	for i, text := range texts {
		got, want := Shingles(text), shinglesByMap(text)
		if len(got) != len(want) {
			t.Fatalf("text %d: %d shingles, want %d", i, len(got), len(want))
		}
		for k, h := range got {
			if _, ok := want[h]; !ok {
				t.Fatalf("text %d: shingle %x is not the reference's", i, h)
			}
			if k > 0 && got[k-1] >= h {
				t.Fatalf("text %d: shingles not in increasing order at %d", i, k)
			}
		}
		sig, _ := Sign(got)
		var ref Signature
		for k := range ref {
			ref[k] = ^uint64(0)
		}
		for h := range want {
			for k, s := range seeds {
				ref[k] = min(ref[k], mix(h^s))
			}
		}
		if sig != ref {
			t.Errorf("text %d: signature differs from the reference's", i)
		}
	}
	a, b := Shingles(texts[0]), Shingles(texts[3])
	common := 0
	for _, h := range a {
		if _, ok := shinglesByMap(texts[3])[h]; ok {
			common++
		}
	}
	if want := float64(common) / float64(len(a)+len(b)-common); Jaccard(a, b) != want || Jaccard(b, a) != want || want == 0 {
		t.Errorf("Jaccard %v and %v, want %v (> 0)", Jaccard(a, b), Jaccard(b, a), want)
	}
}

// BenchmarkShingleSign3KB is what the index does per article of the
// bench's synthetic corpus: about 500 words, almost all shingles distinct.
func BenchmarkShingleSign3KB(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	var sb strings.Builder
	for sb.Len() < 3000 {
		w := make([]byte, 3+rng.Intn(7))
		for i := range w {
			w[i] = byte('a' + rng.Intn(26))
		}
		if rng.Intn(12) == 0 {
			w[0] -= 'a' - 'A'
		}
		sb.Write(w)
		sb.WriteString(" ")
	}
	text := sb.String()
	other := Shingles(strings.Replace(text, " ", ", ", 3))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		set := Shingles(text)
		s, _ := Sign(set)
		_ = s.Bands()
		_ = Jaccard(set, other)
	}
}
