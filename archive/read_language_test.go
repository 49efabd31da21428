package archive

import "testing"

// TestForeignLine checks which short lines count as another language's on
// an English page (invented lines).
func TestForeignLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Der Artikel wird unter der Anzeige fortgesetzt", true},
		{"Ative as notificações e receba as principais notícias do dia", true},
		{"Lire aussi : Talks on Arctic fishing rights collapse in Oslo", false}, // the headline's English outweighs the label
		{"広告", true},
		{"関連記事", true},
		{"Horak, Staniforth, Penney; Hatley, van der Walt, Hardwick; da Silva, de Gaulle", false}, // names' particles
		{"Read more: Ceasefire deal hangs by a thread", false},
		{"The minister said the talks would resume", false},
	} {
		if got := foreignLine(tc.line); got != tc.want {
			e, f := wordCounts(tc.line)
			t.Errorf("%q: foreign %v (english %d, foreign %d), want %v", tc.line, got, e, f, tc.want)
		}
	}
}
