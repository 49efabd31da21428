package searchcmd

import (
	"fmt"
	"io"
	"strings"

	"chancery/index"
)

// writeText prints a result for a person at a terminal: hits are
// res.Hits with their keyword-in-context passages and citations.
func writeText(w io.Writer, res *index.Result, req index.Request, hits []hitJSON) {
	switch {
	case res.Total == 0:
		fmt.Fprintf(w, "no articles match (%.1f ms)\n", res.TookMS)
	case len(res.Hits) == 0:
		fmt.Fprintf(w, "%d articles match; page past the last hit (%.1f ms)\n", res.Total, res.TookMS)
	default:
		fmt.Fprintf(w, "%d %s, showing %d-%d (%.1f ms)\n", res.Total, plural(int(res.Total), "article", "articles"),
			req.Offset+1, req.Offset+len(res.Hits), res.TookMS)
	}
	for i, h := range hits {
		fmt.Fprintf(w, "\n%d. %s\n", req.Offset+i+1, orDash(h.Title))
		meta := []string{orDash(h.Date), orDash(h.Source), h.ID}
		if h.Versions > 0 {
			meta = append(meta, fmt.Sprintf("%d similar %s", h.Versions, plural(h.Versions, "version", "versions")))
		}
		fmt.Fprintf(w, "   %s\n", strings.Join(meta, " · "))
		switch {
		case len(h.KWIC) > 0:
			for _, k := range h.KWIC {
				fmt.Fprintf(w, "   » %s\n", k)
			}
		case h.Snippet != "":
			fmt.Fprintf(w, "   %s\n", h.Snippet)
		}
		if ents := entityLine(h.Hit); ents != "" {
			fmt.Fprintf(w, "   %s\n", ents)
		}
		if h.Citation != "" {
			fmt.Fprintf(w, "   cite: %s\n", h.Citation)
		}
	}
	if res.Facets != nil {
		writeFacets(w, res)
	}
}

func entityLine(h index.Hit) string {
	var parts []string
	add := func(label string, vals []string) {
		if len(vals) > 0 {
			parts = append(parts, label+": "+strings.Join(vals, "; "))
		}
	}
	add("persons", h.Persons)
	add("countries", h.Countries)
	add("orgs", h.Orgs)
	add("topics", h.Topics)
	return strings.Join(parts, " | ")
}

// facetOrder is the order facets are printed in.
var facetOrder = []string{"person", "country", "org", "topic", "source", index.FacetYear}

func writeFacets(w io.Writer, res *index.Result) {
	facets := res.Facets
	fmt.Fprintf(w, "\nFacets (%s)\n", facetsCounted(res.FacetsCount, res.FacetCopies))
	for _, name := range facetOrder {
		vals, ok := facets[name]
		if !ok {
			continue
		}
		var parts []string
		for _, v := range vals {
			parts = append(parts, fmt.Sprintf("%s (%d)", v.Value, v.Count))
		}
		if len(parts) == 0 {
			parts = []string{"-"}
		}
		fmt.Fprintf(w, "  %-8s %s\n", name+":", strings.Join(parts, " · "))
	}
}

// facetsCounted says in words what facets count.
func facetsCounted(counted string, copies int) string {
	if counted == index.CountArticles {
		return "articles: every stored copy of a story counts"
	}
	if copies == 0 {
		return "stories: each near-duplicate group once"
	}
	return fmt.Sprintf("stories: each near-duplicate group once, %d %s left out; --all-versions counts every copy", copies, plural(copies, "copy", "copies"))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
