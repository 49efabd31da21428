package main

import (
	"slices"

	"chancery/bench/engine"
)

// medianReport folds several runs of one engine into one report whose
// figures are the medians of the runs' figures (the lower middle for an
// even count). Status, hit counts and facet results come from the first
// run; Runs keeps every run.
func medianReport(runs []engineReport) engineReport {
	if len(runs) == 0 {
		return engineReport{}
	}
	out := runs[0]
	out.Runs = append([]engineReport(nil), runs...)
	var ok []engineReport
	for _, r := range runs {
		if r.Status == "ok" {
			ok = append(ok, r)
		}
	}
	if len(ok) == 0 {
		return out
	}
	out.Status = "ok"
	f := func(get func(engineReport) float64) float64 {
		vs := make([]float64, len(ok))
		for i, r := range ok {
			vs[i] = get(r)
		}
		slices.Sort(vs)
		return vs[(len(vs)-1)/2]
	}
	out.IngestSeconds = f(func(r engineReport) float64 { return r.IngestSeconds })
	out.ArticlesPerSec = f(func(r engineReport) float64 { return r.ArticlesPerSec })
	out.MBPerSec = f(func(r engineReport) float64 { return r.MBPerSec })
	out.IngestCPU = f(func(r engineReport) float64 { return r.IngestCPU })
	out.IngestRSS = int64(f(func(r engineReport) float64 { return float64(r.IngestRSS) }))
	out.DiskBytes = int64(f(func(r engineReport) float64 { return float64(r.DiskBytes) }))
	out.DiskRatio = f(func(r engineReport) float64 { return r.DiskRatio })
	out.Segments = int(f(func(r engineReport) float64 { return float64(r.Segments) }))
	out.Load[0] = f(func(r engineReport) float64 { return r.Load[0] })
	out.Load[1] = f(func(r engineReport) float64 { return r.Load[1] })
	out.QueryRSS = int64(f(func(r engineReport) float64 { return float64(r.QueryRSS) }))
	if ok[0].Query != nil {
		q := *ok[0].Query
		q.Classes = map[string]engine.Latency{}
		q.OpenMs = f(func(r engineReport) float64 { return queryOf(r).OpenMs })
		// every class the first run timed: the engine's classes, and
		// those with the hits' fields (engine.Shown)
		for c, first := range ok[0].Query.Classes {
			q.Classes[c] = engine.Latency{
				N:      first.N,
				P50ms:  f(func(r engineReport) float64 { return queryOf(r).Classes[c].P50ms }),
				P99ms:  f(func(r engineReport) float64 { return queryOf(r).Classes[c].P99ms }),
				MeanMs: f(func(r engineReport) float64 { return queryOf(r).Classes[c].MeanMs }),
			}
		}
		out.Query = &q
	}
	if ok[0].ColdStart != nil {
		out.ColdStart = &engine.Latency{
			N:      ok[0].ColdStart.N,
			P50ms:  f(func(r engineReport) float64 { return coldOf(r).P50ms }),
			P99ms:  f(func(r engineReport) float64 { return coldOf(r).P99ms }),
			MeanMs: f(func(r engineReport) float64 { return coldOf(r).MeanMs }),
		}
	}
	if ok[0].Fresh != nil {
		out.Fresh = map[string]freshReport{}
		for c, fr := range ok[0].Fresh {
			lat := func(get func(freshReport) engine.Latency) engine.Latency {
				return engine.Latency{
					N:      get(fr).N,
					P50ms:  f(func(r engineReport) float64 { return get(r.Fresh[c]).P50ms }),
					P99ms:  f(func(r engineReport) float64 { return get(r.Fresh[c]).P99ms }),
					MeanMs: f(func(r engineReport) float64 { return get(r.Fresh[c]).MeanMs }),
				}
			}
			out.Fresh[c] = freshReport{
				TookMs:  lat(func(x freshReport) engine.Latency { return x.TookMs }),
				Process: lat(func(x freshReport) engine.Latency { return x.Process }),
			}
		}
	}
	return out
}

func queryOf(r engineReport) engine.QueryReport {
	if r.Query == nil {
		return engine.QueryReport{}
	}
	return *r.Query
}

func coldOf(r engineReport) engine.Latency {
	if r.ColdStart == nil {
		return engine.Latency{}
	}
	return *r.ColdStart
}
