package web

import (
	"context"
	"io"
	"strconv"
	"strings"

	"chancery/index"
	"chancery/internal/service"
)

// The requests the server makes of the engine. Each is answered by the
// engine (internal/service) against the index the server holds open, or,
// while a writer holds the archive, by the writer, which takes the same
// request as a search command line (args).

// jsonMarks are the marks around matches in JSON.
var jsonMarks = [2]string{"<mark>", "</mark>"}

// searchRequest is the engine's request for a search of p: facets (all,
// or those named) with facetSize values each.
func (p params) searchRequest(facets []string, facetSize int) service.SearchRequest {
	if len(facets) == 0 {
		facetSize = index.DefaultFacetSize
	}
	return service.SearchRequest{
		Query:   p.Q,
		Persons: p.Filters["person"], Countries: p.Filters["country"], Orgs: p.Filters["org"],
		Topics: p.Filters["topic"], Sources: p.Filters["source"],
		From: p.From, To: p.To, Sort: p.Sort, Page: p.Page, Size: p.Size,
		FacetFields: facets, FacetSize: facetSize, AllVersions: p.AllVersions,
		KWICContext: 1, Mark: jsonMarks,
	}
}

// search answers a search of p in format (json, jsonl or csv), with a
// citation for each hit when cite is set.
func (b *backend) search(ctx context.Context, p params, format string, facets []string, facetSize int, cite bool) outcome {
	args := searchArgs(p, format, facets, facetSize)
	if cite {
		args = append([]string{"--cite"}, args...)
	}
	req := p.searchRequest(facets, facetSize)
	req.Cite = cite
	if format == "csv" {
		req.Mark = [2]string{service.PlainMark, service.PlainMark}
	}
	return b.call(ctx, args, func(ix *index.Index, w io.Writer) error {
		res, err := service.Search(ctx, ix, req)
		if err != nil {
			return err
		}
		switch format {
		case "jsonl":
			return service.WriteJSONL(w, res.Hits)
		case "csv":
			return service.WriteCSV(w, res.Hits, cite, false)
		}
		return service.WriteJSON(w, res)
	})
}

// show answers the article id as JSON.
func (b *backend) show(ctx context.Context, id string) outcome {
	return b.call(ctx, []string{"show", "--json", "--", id}, func(ix *index.Index, w io.Writer) error {
		arts, err := service.Show(ix, []string{id})
		if err != nil {
			return err
		}
		return service.WriteJSON(w, arts[0])
	})
}

// quotes answers the statements of p's articles as JSON.
func (b *backend) quotes(ctx context.Context, p params) outcome {
	req := service.QuotesRequest{Search: p.searchRequest(nil, 0), MaxArticles: service.MaxArticles}
	if req.Search.Sort == "" {
		req.Search.Sort = service.QuotesSort
	}
	return b.call(ctx, quotesArgs(p, "json"), func(ix *index.Index, w io.Writer) error {
		q, err := service.QuoteStatements(ctx, ix, req)
		if err != nil {
			return err
		}
		return service.WriteJSON(w, q)
	})
}

// timeline answers the timeline of p as JSON; v holds its by, facet, top
// and compare parameters.
func (b *backend) timeline(ctx context.Context, p params, v map[string][]string) outcome {
	get := func(k string) string {
		if len(v[k]) > 0 {
			return v[k][0]
		}
		return ""
	}
	req := service.TimelineRequest{Search: p.searchRequest(nil, 0), Compare: v["compare"], By: get("by"), Facet: get("facet"), Top: 3}
	req.Search.Page, req.Search.Size, req.Search.Sort, req.Search.AllVersions = 1, index.DefaultSize, "", false
	if t := get("top"); t != "" {
		n, err := strconv.Atoi(strings.TrimSpace(t))
		if err != nil {
			return failure(badf("top must be a whole number, not %q", t))
		}
		req.Top = n
	}
	return b.call(ctx, timelineArgs(p, v), func(ix *index.Index, w io.Writer) error {
		t, err := service.CountTimeline(ctx, ix, req)
		if err != nil {
			return err
		}
		return service.WriteJSON(w, t.JSON())
	})
}

// similar answers the articles most like id among p's filters as JSON.
func (b *backend) similar(ctx context.Context, p params, id string) outcome {
	req := p.searchRequest(nil, 0)
	req.Query, req.Sort, req.AllVersions = "", "", false
	return b.call(ctx, similarArgs(p, id), func(ix *index.Index, w io.Writer) error {
		res, _, err := service.Similar(ctx, ix, id, req)
		if err != nil {
			return err
		}
		return service.WriteJSON(w, res)
	})
}
