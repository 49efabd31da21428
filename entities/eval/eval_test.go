package eval

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestPersonMatchesCode(t *testing.T) {
	tests := []struct {
		name, code string
		want       bool
	}{
		{"James Baker", "james-baker", true},
		{"Baker", "james-baker", true},
		{"Howard Baker", "james-baker", false},
		{"Ronald Reagan", "reagan", true},
		{"Jacques de Larosiere", "de-larosiere", true},
		{"Paul Volcker", "reagan", false},
	}
	for _, tt := range tests {
		if got := PersonMatchesCode(tt.name, tt.code); got != tt.want {
			t.Errorf("PersonMatchesCode(%q, %q) = %v, want %v", tt.name, tt.code, got, tt.want)
		}
	}
}

func TestResolveGold(t *testing.T) {
	for _, tc := range []struct {
		name     string
		mentions [][]string
		want     []string
	}{
		{"surnames and given names", [][]string{{"lavrov"}, {"sergei", "lavrov"}, {"saddam"}, {"saddam", "hussein"}, {"zebari"}},
			[]string{"saddam hussein", "sergei lavrov", "zebari"}},
		{"an initial for the given name", [][]string{{"tollan"}, {"s", "tollan"}, {"sam", "tollan"}, {"tollan"}, {"g.", "fenn"}, {"gus", "fenn"}, {"b", "marr"}},
			[]string{"b marr", "gus fenn", "sam tollan"}},
		{"another letter, or two names of the letter", [][]string{{"g", "wex"}, {"sam", "wex"}, {"s", "pell"}, {"sam", "pell"}, {"sid", "pell"}},
			[]string{"g wex", "s pell", "sam pell", "sam wex", "sid pell"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var keys []string
			for k := range ResolveGold(tc.mentions) {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			if !slices.Equal(keys, tc.want) {
				t.Errorf("ResolveGold = %q, want %q", keys, tc.want)
			}
		})
	}
}

func TestMapping(t *testing.T) {
	if got := MapReutersTopics([]string{"crude", "nat-gas", "trade", "unknown"}); !slices.Equal(got, []string{"energy and resource", "international trade"}) {
		t.Errorf("MapReutersTopics = %q", got)
	}
	for code, want := range map[string]string{"usa": "United States", "west-germany": "West Germany", "south-korea": "South Korea", "hong-kong": "Hong Kong", "ussr": "Soviet Union"} {
		if got := PlaceName(code); got != want {
			t.Errorf("PlaceName(%q) = %q, want %q", code, got, want)
		}
	}
}

// The readers are tested on small invented records in the corpora's formats.
func TestReaders(t *testing.T) {
	dir := t.TempDir()
	sgm := `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="7">
<DATE> 2-MAR-1987 10:00:00.00</DATE>
<TOPICS><D>crude</D></TOPICS>
<PLACES><D>usa</D><D>uk</D></PLACES>
<PEOPLE><D>james-baker</D></PEOPLE>
<TEXT>&#2;
<TITLE>BAKER SEES OIL &amp; GAS TALKS</TITLE>
<DATELINE>    HOUSTON, March 2 - </DATELINE><BODY>Treasury Secretary James Baker said &lt;Texaco Inc&gt; would attend.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`
	p := filepath.Join(dir, "r.sgm")
	if err := os.WriteFile(p, []byte(sgm), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := ReadReuters(p)
	if err != nil || len(docs) != 1 {
		t.Fatalf("ReadReuters: %d docs, %v", len(docs), err)
	}
	d := docs[0]
	if d.Article.ID != "reuters-7" || d.Article.Title != "BAKER SEES OIL & GAS TALKS" || d.Article.Dateline != "HOUSTON, March 2 -" ||
		d.Article.DateString() != "1987-03-02" || !slices.Equal(d.Places, []string{"usa", "uk"}) || !slices.Equal(d.People, []string{"james-baker"}) {
		t.Errorf("ReadReuters = %+v", d)
	}

	conll := "-DOCSTART- -X- O O\n\nTALKS NNP I-NP O\nEND NNP I-NP O\n\nLONDON NNP I-NP I-LOC\n1996-08-22 CD I-NP O\n\n" +
		"Anna NNP I-NP I-PER\nLind NNP I-NP I-PER\nmet VBD I-VP O\nLind NNP I-NP I-PER\n's POS B-NP O\naide NN I-NP O\n. . O O\n"
	p = filepath.Join(dir, "eng.x")
	if err := os.WriteFile(p, []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	cd, err := ReadConll(p)
	if err != nil || len(cd) != 1 {
		t.Fatalf("ReadConll: %d docs, %v", len(cd), err)
	}
	a := cd[0].Train.Article
	if a.Title != "TALKS END" || a.Dateline != "LONDON 1996-08-22" || a.Body != "Anna Lind met Lind's aide." || a.DateString() != "1996-08-22" {
		t.Errorf("ReadConll article = %q / %q / %q / %s", a.Title, a.Dateline, a.Body, a.DateString())
	}
	if !slices.Equal(cd[0].GoldNm, []string{"Anna Lind", "Lind"}) {
		t.Errorf("gold = %q", cd[0].GoldNm)
	}
	if sp := cd[0].Train.Persons[1]; a.Body[sp.Start:sp.End] != "Lind" {
		t.Errorf("span = %q", a.Body[sp.Start:sp.End])
	}
}

// TestHalves checks that --half a and b split the documents into two
// disjoint halves that together hold every document.
func TestHalves(t *testing.T) {
	a, b, all := Options{Half: "a"}, Options{Half: "b"}, Options{}
	for n := 0; n < 10; n++ {
		if a.inHalf(n) == b.inHalf(n) {
			t.Errorf("document %d: in half a %v, in half b %v; want exactly one", n, a.inHalf(n), b.inHalf(n))
		}
		if !all.inHalf(n) {
			t.Errorf("document %d not scored without --half", n)
		}
	}
	if !a.inHalf(0) || a.inHalf(1) {
		t.Error("half a is not the even documents")
	}
}

func TestLeadOf(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Kieran Murray\n\nLAS CRUCES 1996-08-22\n\nMiss Universe left New Mexico on Thursday.\n\nShe said so.",
			"Kieran Murray\n\nLAS CRUCES 1996-08-22\n\nMiss Universe left New Mexico on Thursday."},
		{"Top-seeded Thomas Muster was beaten on Wednesday.\n\nNestor won.", "Top-seeded Thomas Muster was beaten on Wednesday."},
		{"Short one.\n\nAnother.", "Short one.\n\nAnother."},
		{"", ""},
	} {
		if got := leadOf(tc.body); got != tc.want {
			t.Errorf("leadOf(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
}
