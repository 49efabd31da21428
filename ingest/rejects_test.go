package ingest

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestRejectsLoggedPerFileCapped feeds a file of 50 broken lines and one
// good one: the log shows the first maxShownRejects and then one line
// saying how many there were; the rejects file and the count have all 50;
// the good article is stored.
func TestRejectsLoggedPerFileCapped(t *testing.T) {
	var in strings.Builder
	for i := range 50 {
		fmt.Fprintf(&in, "id,title,body,%d\n", i) // a CSV given as JSON Lines
	}
	in.WriteString(`{"id":"ok","title":"Consul returns","body":"The consul returned to the capital."}` + "\n")
	for _, withRejects := range []bool{false, true} {
		ix, _ := mustOpen(t)
		p := writeFile(t, t.TempDir(), "wrong.jsonl", in.String())
		var log, rej bytes.Buffer
		opts := Options{Log: &log, RejectsHint: "pass the rejects flag",
			Remedy: func(err error) string { return "check the export" }}
		if withRejects {
			opts.Rejects = &rej
		}
		st, err := New(ix, nil, opts).Paths(context.Background(), []string{p})
		if err != nil {
			t.Fatal(err)
		}
		if st.Rejected != 50 || st.Added != 1 {
			t.Errorf("rejected %d, added %d; want 50 and 1", st.Rejected, st.Added)
		}
		if n := strings.Count(log.String(), "broken JSON"); n != maxShownRejects {
			t.Errorf("%d rejects logged one by one, want %d:\n%s", n, maxShownRejects, log.String())
		}
		hint := "pass the rejects flag"
		if withRejects {
			hint = "all are in the rejects file"
			if n := strings.Count(rej.String(), "\n"); n != 50 {
				t.Errorf("rejects file has %d lines, want 50", n)
			}
		}
		for _, want := range []string{p + ":20: broken JSON", "check the export\n", p + ": more records rejected; not shown (" + hint, p + ": 50 records rejected in all"} {
			if !strings.Contains(log.String(), want) {
				t.Errorf("log lacks %q:\n%s", want, log.String())
			}
		}
		if strings.Contains(log.String(), p+":21:") {
			t.Errorf("log shows the 21st reject:\n%s", log.String())
		}
	}
}
