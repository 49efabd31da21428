package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
	"chancery/query"
)

// The wire form of the Engine, for a front end whose archive is held by a
// writer in another process (internal/writersock carries the bytes): a
// call is one JSON object, its answer another, which holds the answer's
// fields that its JSON leaves out and an error with what front ends test
// it for.

// Remote is the Engine of a writer in another process: Send delivers a
// call and returns the answer.
type Remote struct {
	Send func(ctx context.Context, call []byte) ([]byte, error)
}

// wireCall is one call of an Engine method.
type wireCall struct {
	Op       string           `json:"op"` // the method: search, similar, show, quotes, timeline, values
	Search   *SearchRequest   `json:"search,omitempty"`
	Quotes   *QuotesRequest   `json:"quotes,omitempty"`
	Timeline *TimelineRequest `json:"timeline,omitempty"`
	IDs      []string         `json:"ids,omitempty"`
	Facet    string           `json:"facet,omitempty"`
	Prefix   string           `json:"prefix,omitempty"`
	Size     int              `json:"size,omitempty"`
	// AllVersions asks values to count every copy of a story.
	AllVersions bool `json:"all_versions,omitempty"`
}

// wireAnswer is the answer of a call.
type wireAnswer struct {
	Result *Result `json:"result,omitempty"`
	// Offset and Resolved are the Result's fields that its own JSON
	// leaves out.
	Offset   int                `json:"offset,omitempty"`
	Resolved []index.Resolution `json:"resolved,omitempty"`
	// Articles are the hits' articles, when the request kept them.
	Articles []wireArticle `json:"articles,omitempty"`
	Similar  *SimilarTo    `json:"similar,omitempty"`
	Shown    []Article     `json:"shown,omitempty"`
	Quotes   *Quotes       `json:"quotes,omitempty"`
	First    int           `json:"first,omitempty"`
	Notes    []string      `json:"notes,omitempty"`
	Timeline *Timeline     `json:"timeline,omitempty"`
	Values   *Values       `json:"values,omitempty"`
	Error    *wireError    `json:"error,omitempty"`
}

// wireArticle is an article with its date, which the article's own JSON
// leaves out.
type wireArticle struct {
	Article *archive.Article `json:"article"`
	Date    time.Time        `json:"date"`
}

// wireError is an error with what the front ends test it for.
type wireError struct {
	Message string `json:"message"`
	// Param and Template are set for a ParamError: its message with each
	// parameter's name between NUL bytes.
	Param    string `json:"param,omitempty"`
	Template string `json:"template,omitempty"`
	// Is names the sentinels the error wraps (sentinels).
	Is []string `json:"is,omitempty"`
	// Syntax is the query.SyntaxError the error wraps, if any.
	Syntax *query.SyntaxError `json:"syntax,omitempty"`
}

// sentinels are the errors a front end tests an engine error for.
var sentinels = map[string]error{
	"query": index.ErrQuery, "not-found": archive.ErrNotFound, "disagree": index.ErrDisagree,
	"corrupt": archive.ErrCorrupt, "format": archive.ErrFormat, "busy": archive.ErrBusy,
	"unreadable": index.ErrUnreadable, "no-index": index.ErrNoIndex, "settings": index.ErrSettings,
	"registry": entities.ErrRegistry, "canceled": context.Canceled, "deadline": context.DeadlineExceeded,
}

func toWire(err error) *wireError {
	w := &wireError{Message: err.Error()}
	var pe *ParamError
	if errors.As(err, &pe) {
		w.Param = pe.Param
		w.Template = pe.Message(func(p string) string { return "\x00" + p + "\x00" })
	}
	for name, s := range sentinels {
		if errors.Is(err, s) {
			w.Is = append(w.Is, name)
		}
	}
	var se *query.SyntaxError
	if errors.As(err, &se) {
		w.Syntax = se
	}
	return w
}

func (w *wireError) err() error {
	if w.Template != "" {
		tmpl := w.Template
		return &ParamError{Param: w.Param, msg: func(name func(string) string) string {
			parts := strings.Split(tmpl, "\x00")
			for i := 1; i < len(parts); i += 2 {
				parts[i] = name(parts[i])
			}
			return strings.Join(parts, "")
		}}
	}
	e := &remoteError{msg: w.Message}
	for _, name := range w.Is {
		if s, ok := sentinels[name]; ok {
			e.wrapped = append(e.wrapped, s)
		}
	}
	if w.Syntax != nil {
		e.wrapped = append(e.wrapped, w.Syntax)
	}
	return e
}

// remoteError is an error of the writer's engine: its message, and the
// errors it wrapped there.
type remoteError struct {
	msg     string
	wrapped []error
}

func (e *remoteError) Error() string   { return e.msg }
func (e *remoteError) Unwrap() []error { return e.wrapped }

// Answer answers one call (the bytes a Remote sent) with e.
func Answer(ctx context.Context, e Engine, call []byte) []byte {
	var c wireCall
	var a wireAnswer
	err := json.Unmarshal(call, &c)
	if err != nil {
		err = fmt.Errorf("read the call: %w", err)
	} else {
		err = answer(ctx, e, &c, &a)
	}
	if err != nil {
		a = wireAnswer{Error: toWire(err)}
	}
	out, err := json.Marshal(a)
	if err != nil {
		out, _ = json.Marshal(wireAnswer{Error: toWire(fmt.Errorf("write the answer: %w", err))})
	}
	return out
}

func answer(ctx context.Context, e Engine, c *wireCall, a *wireAnswer) error {
	var err error
	switch {
	case c.Op == "search" && c.Search != nil:
		a.Result, err = e.Search(ctx, *c.Search)
	case c.Op == "similar" && c.Search != nil && len(c.IDs) == 1:
		a.Result, a.Similar, err = e.Similar(ctx, c.IDs[0], *c.Search)
	case c.Op == "show":
		a.Shown, err = e.Show(ctx, c.IDs)
	case c.Op == "quotes" && c.Quotes != nil:
		a.Quotes, err = e.Quotes(ctx, *c.Quotes)
		if err == nil {
			a.First, a.Notes = a.Quotes.First, a.Quotes.Notes
		}
	case c.Op == "timeline" && c.Timeline != nil:
		a.Timeline, err = e.Timeline(ctx, *c.Timeline)
	case c.Op == "values":
		a.Values, err = e.Values(ctx, c.Facet, c.Prefix, c.Size, c.AllVersions)
	default:
		return fmt.Errorf("unknown call %q", c.Op)
	}
	if err == nil && a.Result != nil {
		a.Offset, a.Resolved = a.Result.Offset, a.Result.Resolved
		for _, h := range a.Result.Hits {
			if h.Article != nil {
				a.Articles = append(a.Articles, wireArticle{Article: h.Article, Date: h.Article.Date})
			}
		}
	}
	return err
}

// call sends c and returns its answer, or the error the writer answered.
func (r Remote) call(ctx context.Context, c wireCall) (*wireAnswer, error) {
	req, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	resp, err := r.Send(ctx, req)
	if err != nil {
		return nil, err
	}
	var a wireAnswer
	if err := json.Unmarshal(resp, &a); err != nil {
		return nil, fmt.Errorf("read the writer's answer: %w", err)
	}
	if a.Error != nil {
		return nil, a.Error.err()
	}
	if a.Result != nil {
		a.Result.Offset, a.Result.Resolved = a.Offset, a.Resolved
		if len(a.Articles) == len(a.Result.Hits) {
			for i := range a.Articles {
				art := a.Articles[i].Article
				art.Date = a.Articles[i].Date
				a.Result.Hits[i].Article = art
			}
		}
	}
	return &a, nil
}

func (r Remote) Search(ctx context.Context, s SearchRequest) (*Result, error) {
	a, err := r.call(ctx, wireCall{Op: "search", Search: &s})
	if err != nil {
		return nil, err
	}
	return a.Result, nil
}

func (r Remote) Similar(ctx context.Context, id string, s SearchRequest) (*Result, *SimilarTo, error) {
	a, err := r.call(ctx, wireCall{Op: "similar", Search: &s, IDs: []string{id}})
	if err != nil {
		return nil, nil, err
	}
	return a.Result, a.Similar, nil
}

func (r Remote) Show(ctx context.Context, ids []string) ([]Article, error) {
	a, err := r.call(ctx, wireCall{Op: "show", IDs: ids})
	if err != nil {
		return nil, err
	}
	return a.Shown, nil
}

func (r Remote) Quotes(ctx context.Context, q QuotesRequest) (*Quotes, error) {
	a, err := r.call(ctx, wireCall{Op: "quotes", Quotes: &q})
	if err != nil {
		return nil, err
	}
	a.Quotes.First, a.Quotes.Notes = a.First, a.Notes
	return a.Quotes, nil
}

func (r Remote) Timeline(ctx context.Context, t TimelineRequest) (*Timeline, error) {
	a, err := r.call(ctx, wireCall{Op: "timeline", Timeline: &t})
	if err != nil {
		return nil, err
	}
	return a.Timeline, nil
}

func (r Remote) Values(ctx context.Context, facet, prefix string, size int, allVersions bool) (*Values, error) {
	a, err := r.call(ctx, wireCall{Op: "values", Facet: facet, Prefix: prefix, Size: size, AllVersions: allVersions})
	if err != nil {
		return nil, err
	}
	return a.Values, nil
}
