package searchcmd

import (
	"fmt"
	"io"
	"strings"

	"chancery/index"
	"chancery/internal/service"
)

// writeText prints a result for a person at a terminal: its hits with
// their keyword-in-context passages and citations.
func writeText(w io.Writer, res *service.Result) {
	hits := res.Hits
	switch {
	case res.Total == 0:
		fmt.Fprintf(w, "no articles match (%.1f ms)\n", res.TookMS)
	case len(res.Hits) == 0:
		fmt.Fprintf(w, "%d articles match; page past the last hit (%.1f ms)\n", res.Total, res.TookMS)
	default:
		fmt.Fprintf(w, "%d %s, showing %d-%d (%.1f ms)\n", res.Total, service.Plural(int(res.Total), "article", "articles"),
			res.Offset+1, res.Offset+len(res.Hits), res.TookMS)
	}
	for i, h := range hits {
		fmt.Fprintf(w, "\n%d. %s\n", res.Offset+i+1, orDash(h.Title))
		meta := []string{orDash(h.Date), orDash(h.Source), h.ID}
		if h.Versions > 0 {
			meta = append(meta, fmt.Sprintf("%d similar %s", h.Versions, service.Plural(h.Versions, "version", "versions")))
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
		writeFacets(w, res.Facets)
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

func writeFacets(w io.Writer, facets map[string][]index.FacetValue) {
	fmt.Fprintln(w, "\nFacets")
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

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
