package service

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"chancery/archive"
	"chancery/index"
	"chancery/query"
)

// failing is an Engine whose every call fails with err.
type failing struct{ err error }

func (f failing) Search(context.Context, SearchRequest) (*Result, error) { return nil, f.err }
func (f failing) Similar(context.Context, string, SearchRequest) (*Result, *SimilarTo, error) {
	return nil, nil, f.err
}
func (f failing) Show(context.Context, []string) ([]Article, error)      { return nil, f.err }
func (f failing) Quotes(context.Context, QuotesRequest) (*Quotes, error) { return nil, f.err }
func (f failing) Timeline(context.Context, TimelineRequest) (*Timeline, error) {
	return nil, f.err
}
func (f failing) Values(context.Context, string, string, int, bool) (*Values, error) {
	return nil, f.err
}

// through is a Remote whose writer answers with e, in this process.
func through(e Engine) Remote {
	return Remote{Send: func(ctx context.Context, call []byte) ([]byte, error) { return Answer(ctx, e, call), nil }}
}

// TestWireKeepsErrors: an error crosses the socket with what the front
// ends test it for: a ParamError renders with each front end's names, a
// sentinel stays testable, a query's SyntaxError keeps its field.
func TestWireKeepsErrors(t *testing.T) {
	_, perr := SearchRequest{Page: 1, Size: 10, FacetSize: 10, From: "2005", To: "2003"}.Prepare()
	syntax := &query.SyntaxError{Col: 3, Msg: "fuzzy", Field: "person", Value: "Lavrov"}
	for _, tc := range []struct {
		err  error
		test func(error) bool
	}{
		{perr, func(err error) bool {
			var pe *ParamError
			return errors.As(err, &pe) && pe.Param == "to" &&
				pe.Message(func(p string) string { return "--" + p }) == "--to 2003-12-31 is before --from 2005-01-01" &&
				err.Error() == "to 2003-12-31 is before from 2005-01-01"
		}},
		{fmt.Errorf("article %q: %w", "x", archive.ErrNotFound), func(err error) bool {
			return errors.Is(err, archive.ErrNotFound) && !errors.Is(err, index.ErrQuery) && err.Error() == `article "x": no such article`
		}},
		{fmt.Errorf("%w: %w", index.ErrQuery, syntax), func(err error) bool {
			var se *query.SyntaxError
			return errors.Is(err, index.ErrQuery) && errors.As(err, &se) && se.Field == "person" && se.Value == "Lavrov" && err.Error() == "bad query: column 3: fuzzy"
		}},
		{context.DeadlineExceeded, func(err error) bool { return errors.Is(err, context.DeadlineExceeded) }},
	} {
		_, err := through(failing{tc.err}).Search(context.Background(), SearchRequest{})
		if err == nil || !tc.test(err) {
			t.Errorf("%v came through as %#v", tc.err, err)
		}
	}
}

// TestWireKeepsWhatJSONLeavesOut: the fields of an answer that its JSON
// omits (the page offset, what the filter values stood for, the hits'
// articles with their dates, the
// statements before the page and the notes) come through.
func TestWireKeepsWhatJSONLeavesOut(t *testing.T) {
	day := time.Date(2004, 7, 26, 0, 0, 0, 0, time.UTC)
	a := &archive.Article{ID: "cw-1", Title: "Talks", Date: day, Source: "Wire"}
	e := fixed{
		res: &Result{Total: 1, Hits: []Hit{{Hit: index.Hit{ID: "cw-1"}, Article: a}}, Offset: 20,
			Resolved: []index.Resolution{{Field: "person", Input: "Lind", Values: []index.FacetValue{{Value: "Anna Lind", Count: 2}}}}},
		q: &Quotes{Total: 3, Quotes: []Quote{{Person: "P", ID: "cw-1"}}, First: 2, Notes: []string{"read as"}},
	}
	res, err := through(e).Search(context.Background(), SearchRequest{})
	if err != nil || res.Offset != 20 || len(res.Hits) != 1 || res.Hits[0].Article == nil || !res.Hits[0].Article.Date.Equal(day) || res.Hits[0].Article.Title != "Talks" {
		t.Errorf("search: %+v, %v", res, err)
	}
	if res != nil && (len(res.Resolved) != 1 || res.Resolved[0].Input != "Lind" || len(res.Resolved[0].Values) != 1 || res.Resolved[0].Values[0].Value != "Anna Lind") {
		t.Errorf("search: resolved %+v", res.Resolved)
	}
	q, err := through(e).Quotes(context.Background(), QuotesRequest{})
	if err != nil || q.First != 2 || len(q.Notes) != 1 || q.Total != 3 {
		t.Errorf("quotes: %+v, %v", q, err)
	}
}

// fixed is an Engine that answers fixed answers.
type fixed struct {
	failing
	res *Result
	q   *Quotes
}

func (f fixed) Search(context.Context, SearchRequest) (*Result, error) { return f.res, nil }
func (f fixed) Quotes(context.Context, QuotesRequest) (*Quotes, error) { return f.q, nil }
