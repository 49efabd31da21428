package main

import (
	"testing"

	"chancery/bench/engine"
)

func TestMedianReport(t *testing.T) {
	run := func(status string, aps, p50 float64) engineReport {
		return engineReport{
			Engine: "x", Status: status, ArticlesPerSec: aps, IngestRSS: int64(aps) * 10,
			Query: &engine.QueryReport{Classes: map[string]engine.Latency{engine.ClassTerm: {N: 5, P50ms: p50}}},
		}
	}
	for _, tc := range []struct {
		name     string
		runs     []engineReport
		aps, p50 float64
		status   string
	}{
		{"odd", []engineReport{run("ok", 300, 3), run("ok", 100, 1), run("ok", 200, 9)}, 200, 3, "ok"},
		{"even takes the lower middle", []engineReport{run("ok", 400, 4), run("ok", 100, 1)}, 100, 1, "ok"},
		{"failed runs are left out", []engineReport{run("failed: x", 0, 0), run("ok", 500, 2)}, 500, 2, "ok"},
	} {
		m := medianReport(tc.runs)
		if m.ArticlesPerSec != tc.aps || m.Query.Classes[engine.ClassTerm].P50ms != tc.p50 || m.Status != tc.status {
			t.Errorf("%s: articles/s %v, p50 %v, status %q; want %v, %v, %q", tc.name,
				m.ArticlesPerSec, m.Query.Classes[engine.ClassTerm].P50ms, m.Status, tc.aps, tc.p50, tc.status)
		}
		if m.IngestRSS != int64(tc.aps)*10 {
			t.Errorf("%s: RSS %d, want %d", tc.name, m.IngestRSS, int64(tc.aps)*10)
		}
		if len(m.Runs) != len(tc.runs) {
			t.Errorf("%s: kept %d runs, want %d", tc.name, len(m.Runs), len(tc.runs))
		}
	}
}
