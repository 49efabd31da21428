package web

import (
	"chancery/index"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits on what one request may ask.
const (
	// MaxQuery is the longest query text, in bytes.
	MaxQuery = 1000
	// MaxValue is the longest filter value, in bytes; MaxFilters the most
	// filter values of a request.
	MaxValue   = 200
	MaxFilters = 20
	// MaxSize is the most hits of an API page (the page offers 10 to 50).
	MaxSize = 1000
	// MaxPage is the last page that may be asked for.
	MaxPage = 1000
)

// filterKinds are the filters of a search, as URL parameters.
var filterKinds = []string{"person", "country", "org", "topic", "source"}

// params is the state of a search as the URL says it.
type params struct {
	Q           string
	Filters     map[string][]string // by filterKinds
	From, To    string
	Sort        string
	Page, Size  int
	AllVersions bool
}

// badRequest is an error in the request: status 400 with its text.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error { return &badRequest{fmt.Sprintf(format, args...)} }

// parseParams reads a search's state from URL values; defSize is the page
// size when none is given.
func parseParams(v url.Values, defSize int) (params, error) {
	p := params{Filters: map[string][]string{}, Page: 1, Size: defSize}
	p.Q = strings.TrimSpace(v.Get("q"))
	if len(p.Q) > MaxQuery {
		return p, badf("query too long: %d bytes, at most %d", len(p.Q), MaxQuery)
	}
	n := 0
	for _, k := range filterKinds {
		for _, s := range v[k] {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			if len(s) > MaxValue {
				return p, badf("%s value too long: %d bytes, at most %d", k, len(s), MaxValue)
			}
			n++
			p.Filters[k] = append(p.Filters[k], s)
		}
	}
	if n > MaxFilters {
		return p, badf("too many filters: %d, at most %d", n, MaxFilters)
	}
	p.From, p.To = strings.TrimSpace(v.Get("from")), strings.TrimSpace(v.Get("to"))
	p.Sort = v.Get("sort")
	for _, s := range []string{p.Q, p.From, p.To, p.Sort} {
		if !utf8.ValidString(s) {
			return p, badf("parameters must be UTF-8")
		}
	}
	var err error
	if p.Page, err = intParam(v, "page", 1, 1, MaxPage); err != nil {
		return p, err
	}
	if p.Size, err = intParam(v, "size", defSize, 1, MaxSize); err != nil {
		return p, err
	}
	p.AllVersions = boolParam(v, "all_versions")
	return p, nil
}

// sharedParams are the parameters every search endpoint of the API takes.
var sharedParams = append([]string{"q"}, append(slices.Clone(filterKinds), "from", "to", "sort", "page", "size", "all_versions")...)

// knownParams checks that v holds only the shared parameters and extra:
// a misspelt one (persn=) would otherwise be ignored, and the answer
// would look right while it is not what was asked.
func knownParams(v url.Values, extra ...string) error {
	return onlyParams(v, append(slices.Clone(sharedParams), extra...))
}

// onlyParams checks that v holds only the parameters known.
func onlyParams(v url.Values, known []string) error {
	var unknown []string
	for k := range v {
		if !slices.Contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	slices.Sort(unknown)
	if len(known) == 0 {
		return badf("unknown parameter %q: this endpoint takes none", unknown[0])
	}
	return badf("unknown parameter %q: this endpoint takes %s", unknown[0], strings.Join(known, ", "))
}

func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badf("%s must be a whole number between %d and %d, not %q", name, lo, hi, s)
	}
	return n, nil
}

func boolParam(v url.Values, name string) bool {
	switch v.Get(name) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// values is the state as URL values, without defaults.
func (p params) values() url.Values {
	v := url.Values{}
	if p.Q != "" {
		v.Set("q", p.Q)
	}
	for _, k := range filterKinds {
		for _, s := range p.Filters[k] {
			v.Add(k, s)
		}
	}
	if p.From != "" {
		v.Set("from", p.From)
	}
	if p.To != "" {
		v.Set("to", p.To)
	}
	if p.Sort != "" {
		v.Set("sort", p.Sort)
	}
	if p.Page > 1 {
		v.Set("page", strconv.Itoa(p.Page))
	}
	if p.Size != index.DefaultSize {
		v.Set("size", strconv.Itoa(p.Size))
	}
	if p.AllVersions {
		v.Set("all_versions", "1")
	}
	return v
}

// clone copies p, filters included.
func (p params) clone() params {
	q := p
	q.Filters = map[string][]string{}
	for k, vs := range p.Filters {
		q.Filters[k] = append([]string(nil), vs...)
	}
	return q
}

// url is path with p's state as its query string.
func (p params) url(path string) string {
	if e := p.values().Encode(); e != "" {
		return path + "?" + e
	}
	return path
}

// hasFilter reports whether the value is among the filters of kind k.
func (p params) hasFilter(k, val string) bool {
	for _, s := range p.Filters[k] {
		if strings.EqualFold(s, val) {
			return true
		}
	}
	return false
}
