package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"chancery/bench/engine"
)

// printReport writes the side-by-side table: one column per engine, then
// the hit counts of every query and any mismatch between engines.
func printReport(w io.Writer, rep *report) {
	if n := len(rep.Engines); n > 0 && len(rep.Engines[0].Runs) > 1 {
		fmt.Fprintf(w, "medians of %d runs per engine\n", len(rep.Engines[0].Runs))
	}
	fmt.Fprintf(w, "corpus: %s, %d articles, %.1f MB of text (title + body), generated in %.1fs; %d CPUs, %s\n\n",
		rep.Corpus.Name, rep.Corpus.Docs, float64(rep.Corpus.TextBytes)/1e6, rep.GenSecs, rep.Machine.CPUs, rep.Machine.GoVersion)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(label string, f func(er engineReport) string) {
		cells := []string{label}
		for _, er := range rep.Engines {
			if er.Status != "ok" && er.Query == nil && er.IngestSeconds == 0 {
				cells = append(cells, "-")
				continue
			}
			cells = append(cells, f(er))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
	}
	head := []string{"figure"}
	for _, er := range rep.Engines {
		head = append(head, er.Engine)
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	row("ingest, articles/s", func(er engineReport) string { return fmt.Sprintf("%.0f", er.ArticlesPerSec) })
	row("ingest, MB/s", func(er engineReport) string { return fmt.Sprintf("%.2f", er.MBPerSec) })
	row("ingest, seconds", func(er engineReport) string { return fmt.Sprintf("%.1f", er.IngestSeconds) })
	row("ingest CPU (user+sys), s", func(er engineReport) string { return fmt.Sprintf("%.1f", er.IngestCPU) })
	row("load avg at ingest start/end", func(er engineReport) string { return fmt.Sprintf("%.1f / %.1f", er.Load[0], er.Load[1]) })
	row("ingest peak RSS, MiB", func(er engineReport) string { return fmt.Sprintf("%.0f", float64(er.IngestRSS)/(1<<20)) })
	row("sampled RSS peak at, s", func(er engineReport) string {
		if er.Trace == nil || len(er.Trace.RSS) == 0 {
			return "-"
		}
		at, peak := 0.0, 0.0
		for _, s := range er.Trace.RSS {
			if s[1] > peak {
				at, peak = s[0], s[1]
			}
		}
		return fmt.Sprintf("%.0f", at)
	})
	row("on disk, MB", func(er engineReport) string { return fmt.Sprintf("%.1f", float64(er.DiskBytes)/1e6) })
	row("on disk / input text", func(er engineReport) string { return fmt.Sprintf("%.2fx", er.DiskRatio) })
	row("index segments after the ingest", func(er engineReport) string {
		if er.Segments == 0 {
			return "-"
		}
		return fmt.Sprint(er.Segments)
	})
	fresh := func(c string, get func(freshReport) engine.Latency) func(er engineReport) string {
		return func(er engineReport) string {
			fr, ok := er.Fresh[c]
			if !ok {
				return "-"
			}
			l := get(fr)
			return fmt.Sprintf("%s / %s", fmtMs(l.P50ms), fmtMs(l.P99ms))
		}
	}
	took := func(fr freshReport) engine.Latency { return fr.TookMs }
	proc := func(fr freshReport) engine.Latency { return fr.Process }
	for _, c := range engine.Classes {
		row(c+" p50 / p99, ms (warm, in-process)", func(er engineReport) string {
			if er.Query == nil {
				return "-"
			}
			l, ok := er.Query.Classes[c]
			if !ok {
				return "-"
			}
			return fmt.Sprintf("%s / %s", fmtMs(l.P50ms), fmtMs(l.P99ms))
		})
		if hasShown(rep, c) {
			row("  with the hits' fields and marked words (warm)", func(er engineReport) string {
				if er.Query == nil {
					return "-"
				}
				l, ok := er.Query.Classes[c+engine.Shown]
				if !ok {
					return "-"
				}
				return fmt.Sprintf("%s / %s", fmtMs(l.P50ms), fmtMs(l.P99ms))
			})
		}
		if hasFresh(rep) {
			row("  fresh search process: took_ms", fresh(c, took))
			row("  fresh search process: start to exit", fresh(c, proc))
		}
	}
	if hasFresh(rep) {
		for _, c := range []struct{ class, label string }{
			{freshFacet6, "facet6 (six facets)"},
			{freshFilter, "filter (term + --country)"},
			{freshDates, fmt.Sprintf("dates (term + --from %d --to %d)", freshFrom, freshTo)},
		} {
			row(c.label+", fresh: took_ms", fresh(c.class, took))
			row(c.label+", fresh: start to exit", fresh(c.class, proc))
		}
	}
	row("open for queries, ms", func(er engineReport) string {
		if er.Query == nil {
			return "-"
		}
		return fmtMs(er.Query.OpenMs)
	})
	row("query peak RSS, MiB", func(er engineReport) string {
		if er.Query == nil {
			return "-"
		}
		return fmt.Sprintf("%.0f", float64(er.QueryRSS)/(1<<20))
	})
	row("search cold start p50, ms", func(er engineReport) string {
		if er.ColdStart == nil {
			return "-"
		}
		return fmtMs(er.ColdStart.P50ms)
	})
	tw.Flush()

	fmt.Fprintf(w, "(peak RSS figures include a floor of %.0f MiB, the bench process's own peak: see doc.go)\n", float64(rep.ParentRSS)/(1<<20))
	for _, er := range rep.Engines {
		if er.Build != "" {
			fmt.Fprintf(w, "%s built from %s\n", er.Engine, er.Build)
		}
		if er.Status != "ok" {
			fmt.Fprintf(w, "\n%s: %s", er.Engine, er.Status)
		}
	}
	fmt.Fprintf(w, "\n\nhits per query (total):\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head = []string{"class", "query", "sampled df"}
	for _, er := range rep.Engines {
		head = append(head, er.Engine)
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for i, q := range rep.Queries {
		cells := []string{q.Class, q.String(), fmt.Sprintf("%.3f", q.DF)}
		for _, er := range rep.Engines {
			if er.Query == nil || i >= len(er.Query.Results) {
				cells = append(cells, "-")
				continue
			}
			cells = append(cells, fmt.Sprint(er.Query.Results[i].Total))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	tw.Flush()
	if len(rep.Mismatch) == 0 {
		fmt.Fprintf(w, "\nhit counts: all engines agree on every query (and on hits per year for facet queries)\n")
		return
	}
	fmt.Fprintf(w, "\nhit counts: %d mismatches\n", len(rep.Mismatch))
	for _, m := range rep.Mismatch {
		fmt.Fprintf(w, "  %s\n", m)
	}
}

// hasFresh reports whether any engine ran fresh search processes.
func hasFresh(rep *report) bool {
	for _, er := range rep.Engines {
		if er.Fresh != nil {
			return true
		}
	}
	return false
}

// hasShown reports whether any engine timed class with its hits' fields
// (engine.PageSearcher).
func hasShown(rep *report, class string) bool {
	for _, er := range rep.Engines {
		if er.Query != nil {
			if _, ok := er.Query.Classes[class+engine.Shown]; ok {
				return true
			}
		}
	}
	return false
}

// fmtMs prints milliseconds with two significant decimals below 10 ms.
func fmtMs(v float64) string {
	switch {
	case v < 1:
		return fmt.Sprintf("%.3f", v)
	case v < 10:
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.1f", v)
}
