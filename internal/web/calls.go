package web

import (
	"bytes"
	"context"
	"strconv"
	"strings"

	"chancery/index"
	"chancery/internal/cli"
	"chancery/internal/service"
)

// The requests the server makes of the engine (internal/service): each
// is answered from the index the server holds open or, while a writer
// holds the archive, by the writer.

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

// searchResult answers a search of p, with matches marked by mark and a
// citation for each hit when cite is set.
func (b *backend) searchResult(ctx context.Context, p params, facets []string, facetSize int, mark [2]string, cite bool) (*service.Result, outcome) {
	req := p.searchRequest(facets, facetSize)
	req.Cite, req.Mark = cite, mark
	var res *service.Result
	o := b.call(ctx, func(e service.Engine) (err error) {
		res, err = e.Search(ctx, req)
		return err
	})
	return res, o
}

// search answers a search of p in format (json, jsonl or csv), with a
// citation for each hit when cite is set.
func (b *backend) search(ctx context.Context, p params, format string, facets []string, facetSize int, cite bool) outcome {
	mark := jsonMarks
	if format == "csv" {
		mark = [2]string{service.PlainMark, service.PlainMark}
	}
	res, o := b.searchResult(ctx, p, facets, facetSize, mark, cite)
	if o.code != cli.ExitOK {
		return o
	}
	var buf bytes.Buffer
	var err error
	switch format {
	case "jsonl":
		err = service.WriteJSONL(&buf, res.Hits)
	case "csv":
		err = service.WriteCSV(&buf, res.Hits, cite, false)
	default:
		err = service.WriteJSON(&buf, res)
	}
	if err != nil {
		return failure(err, b.dir)
	}
	return outcome{stdout: buf.Bytes()}
}

// encoded is the outcome of an answer v as JSON, or o when it failed.
func encoded(v any, o outcome) outcome {
	if o.code != cli.ExitOK {
		return o
	}
	var buf bytes.Buffer
	if err := service.WriteJSON(&buf, v); err != nil {
		return outcome{stderr: []byte("search: " + err.Error() + "\n"), code: cli.ExitFail}
	}
	return outcome{stdout: buf.Bytes()}
}

// article answers the article id.
func (b *backend) article(ctx context.Context, id string) (*service.Article, outcome) {
	var a *service.Article
	o := b.call(ctx, func(e service.Engine) error {
		arts, err := e.Show(ctx, []string{id})
		if err == nil {
			a = &arts[0]
		}
		return err
	})
	return a, o
}

// quotes answers the statements of p's articles, each with its article's
// citation when cite is set.
func (b *backend) quotes(ctx context.Context, p params, cite bool) (*service.Quotes, outcome) {
	req := service.QuotesRequest{Search: p.searchRequest(nil, 0), MaxArticles: service.MaxArticles}
	req.Search.Cite = cite
	if req.Search.Sort == "" {
		req.Search.Sort = service.QuotesSort
	}
	var q *service.Quotes
	o := b.call(ctx, func(e service.Engine) (err error) {
		q, err = e.Quotes(ctx, req)
		return err
	})
	return q, o
}

// timeline answers the timeline of p; v holds its by, facet, top and
// compare parameters.
func (b *backend) timeline(ctx context.Context, p params, v map[string][]string) (*service.Timeline, outcome) {
	get := func(k string) string {
		if len(v[k]) > 0 {
			return v[k][0]
		}
		return ""
	}
	req := service.TimelineRequest{Search: p.searchRequest(nil, 0), Compare: v["compare"], By: get("by"), Facet: get("facet"), Top: 3}
	req.Search.Page, req.Search.Size, req.Search.Sort = 1, index.DefaultSize, ""
	if t := get("top"); t != "" {
		n, err := strconv.Atoi(strings.TrimSpace(t))
		if err != nil {
			return nil, failure(badf("top must be a whole number, not %q", t), b.dir)
		}
		req.Top = n
	}
	var t *service.Timeline
	o := b.call(ctx, func(e service.Engine) (err error) {
		t, err = e.Timeline(ctx, req)
		return err
	})
	return t, o
}

// similar answers the articles most like id among p's filters.
func (b *backend) similar(ctx context.Context, p params, id string) (*service.Result, outcome) {
	req := p.searchRequest(nil, 0)
	req.Query, req.Sort, req.AllVersions = "", "", false
	var res *service.Result
	o := b.call(ctx, func(e service.Engine) (err error) {
		res, _, err = e.Similar(ctx, id, req)
		return err
	})
	return res, o
}
