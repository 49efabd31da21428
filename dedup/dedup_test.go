package dedup

import (
	"strings"
	"testing"
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
