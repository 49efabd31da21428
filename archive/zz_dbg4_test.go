package archive

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZUnits(t *testing.T) {
	text := os.Getenv("DBG_TEXT")
	if text == "" {
		t.Skip()
	}
	text = strings.ReplaceAll(text, `\n`, "\n")
	unitsSeen = func(units []pageUnit, h pageHints, html bool) {
		for _, u := range units {
			fmt.Printf("chrome=%v meta=%v prose=%v end=%v words=%d %q\n", u.chrome, u.meta, u.prose, u.end, u.words, u.flat)
		}
	}
	defer func() { unitsSeen = nil }()
	a, _ := readOne(t, NewTextReader(strings.NewReader(text), "-", ReadOptions{Now: testNow}))
	fmt.Printf("-> title %q date %q byline %q\n", a.Title, a.DateString(), a.Byline)
}
