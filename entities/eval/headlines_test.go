package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/entities"
)

// TestHeadlines checks the headline measure on invented Reuters stories:
// a headline person the story names counts as found, a headline person
// the story does not name as unconfirmed, and a brief without a story is
// left out.
func TestHeadlines(t *testing.T) {
	dir := t.TempDir()
	doc := func(id, title, body string) string {
		return `<REUTERS TOPICS="NO" NEWID="` + id + `">
<DATE> 2-MAR-1987 10:00:00.00</DATE>
<TEXT>&#2;
<TITLE>` + title + `</TITLE>
<BODY>` + body + `
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`
	}
	sgm := doc("1", "ORVANTO SAYS TALKS WILL GO ON", "Finance Minister Karl Orvanto said on Monday that the talks would go on.") +
		doc("2", "VORKAN SEES STRONGER GROWTH", "Growth will be stronger next year, the Vorkan Bank said in its report.") +
		doc("3", "RATES STEADY - DEALERS", "Rates were steady in quiet trading, dealers said.") +
		`<REUTERS TOPICS="NO" NEWID="4">
<TEXT TYPE="BRIEF">&#2;
<TITLE>QUILLMARK SAYS OUTPUT ROSE</TITLE>
&#3;</TEXT>
</REUTERS>
`
	if err := os.MkdirAll(filepath.Join(dir, "reuters21578"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "reuters21578", "reut2-000.sgm"), []byte(sgm), 0o644); err != nil {
		t.Fatal(err)
	}
	ext, err := entities.New(entities.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Headlines(ext, Options{Corpora: dir, Split: Dev, Verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.Headlines != 3 || r.Names != 1 || r.Found != 1 || r.Unconfirmed != 1 {
		t.Errorf("Headlines = %d headlines, %d names, %d found, %d unconfirmed; want 3, 1, 1, 1 (misses %q)",
			r.Headlines, r.Names, r.Found, r.Unconfirmed, r.Misses)
	}
	if len(r.Misses) != 1 || !strings.Contains(r.Misses[0], "reuters-2: Vorkan") {
		t.Errorf("misses = %q, want the unconfirmed Vorkan of reuters-2", r.Misses)
	}
}
