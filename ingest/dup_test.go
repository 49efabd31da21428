package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestDuplicateIDsAcrossBatches checks the duplicate-id rule whatever the
// batch boundaries: the later record wins, and each repeat is reported
// with the place it was read and counted.
func TestDuplicateIDsAcrossBatches(t *testing.T) {
	const input = `{"id":"d1","title":"Tariff review opens","body":"First version of the tariff statement."}
{"id":"d2","title":"Quota vote","body":"The quota vote passed."}
{"id":"d1","title":"Tariff review opens","body":"Second version of the tariff statement."}
{"id":"d3","title":"Port reopens","body":"The port reopened."}
{"id":"d1","title":"Tariff review opens","body":"Third version of the tariff statement."}
`
	for _, size := range []int{1, 2, 1000} {
		ix, _ := mustOpen(t)
		p := writeFile(t, t.TempDir(), "dups.jsonl", input)
		var log bytes.Buffer
		st, err := New(ix, nil, Options{BatchSize: size, Log: &log}).Paths(context.Background(), []string{p})
		if err != nil {
			t.Fatal(err)
		}
		if st.Duplicates != 2 {
			t.Errorf("batch size %d: %d duplicates counted, want 2\n%s", size, st.Duplicates, log.String())
		}
		for _, line := range []string{p + ":3: duplicate id \"d1\"", p + ":5: duplicate id \"d1\""} {
			if !strings.Contains(log.String(), line) {
				t.Errorf("batch size %d: log lacks %q:\n%s", size, line, log.String())
			}
		}
		// Each repeat is reported once, not again among the warnings.
		for _, at := range []string{p + ":3:", p + ":5:"} {
			n := 0
			for _, l := range strings.Split(log.String(), "\n") {
				if strings.HasPrefix(l, at) && strings.Contains(l, "duplicate") {
					n++
				}
			}
			if n != 1 {
				t.Errorf("batch size %d: %d lines on the duplicate at %s, want 1:\n%s", size, n, at, log.String())
			}
		}
		a, err := ix.Store.Get("d1")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Body, "Third version") {
			t.Errorf("batch size %d: d1 is %q, want the last record", size, a.Body)
		}
		if n, _ := ix.Store.Count(); n != 3 {
			t.Errorf("batch size %d: %d articles stored, want 3", size, n)
		}
	}
}
