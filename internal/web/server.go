package web

import (
	"bytes"
	"chancery/index"
	"chancery/internal/cli"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure a Server.
type Options struct {
	// Archive is the archive folder.
	Archive string
	// RequestTimeout bounds the work of one request (default 10s).
	RequestTimeout time.Duration
	// Poll is how often the server looks for a writer (default 50ms).
	Poll time.Duration
	// Log receives what the server says about writers (default io.Discard).
	Log io.Writer
	// Workers is how many requests are worked on at once (default
	// GOMAXPROCS); the others wait their turn in arrival order. Negative:
	// no limit.
	Workers int
}

// Server answers the web page and the JSON API over one archive. It only
// reads the archive.
type Server struct {
	opts  Options
	b     *backend
	pages *pages
	mux   *http.ServeMux
	// turns admits Options.Workers requests at once, first come first
	// served (a channel's blocked senders proceed in arrival order); nil
	// admits all.
	turns chan struct{}
}

// New opens the archive named by opts for reading and returns its server.
// Close it after use.
func New(opts Options) (*Server, error) {
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = 10 * time.Second
	}
	if opts.Poll == 0 {
		opts.Poll = 50 * time.Millisecond
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	pg, err := loadPages()
	if err != nil {
		return nil, err
	}
	b, err := openBackend(opts.Archive, opts.Poll, opts.Log)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, b: b, pages: pg, mux: http.NewServeMux()}
	switch {
	case opts.Workers == 0:
		s.turns = make(chan struct{}, runtime.GOMAXPROCS(0))
	case opts.Workers > 0:
		s.turns = make(chan struct{}, opts.Workers)
	}
	s.routes()
	return s, nil
}

// Close closes the archive.
func (s *Server) Close() error { return s.b.close() }

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	m.HandleFunc("GET /api/quotes", s.apiQuotes)
	m.HandleFunc("GET /api/timeline", s.apiTimeline)
	m.HandleFunc("GET /api/similar/{id}", s.apiSimilar)
	m.HandleFunc("GET /api/facets/{field}", s.apiFacets)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, "the API only reads: use GET")
			return
		}
		writeError(w, http.StatusNotFound, "no such endpoint: see docs/API.md")
	})
	m.HandleFunc("GET /{$}", s.pageSearch)
	m.HandleFunc("GET /article/{id}", s.pageArticle)
	m.HandleFunc("GET /quotes", s.pageQuotes)
	m.HandleFunc("GET /timeline", s.pageTimeline)
	m.HandleFunc("GET /similar/{id}", s.pageSimilar)
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "No such page.")
	})
}

// ServeHTTP sets the security headers and the request's deadline, then
// routes it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if len(r.URL.RawQuery) > 8*MaxQuery {
		writeError(w, http.StatusRequestURITooLong, fmt.Sprintf("request too long: the query string has %d bytes, at most %d", len(r.URL.RawQuery), 8*MaxQuery))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()
	r = r.WithContext(ctx)
	if s.turns == nil || strings.HasPrefix(r.URL.Path, "/static/") {
		s.mux.ServeHTTP(w, r)
		return
	}
	// Admission: with more requests than cores, serving all at once makes
	// every one slow and some very slow (the scheduler is not fair to
	// them); a queue makes the wait the only delay. The response is
	// buffered, so that a slow reader does not hold a turn.
	select {
	case s.turns <- struct{}{}:
	case <-ctx.Done():
		writeError(w, http.StatusServiceUnavailable, "the server is busy: retry in a moment")
		return
	}
	buf := &bufferedResponse{header: w.Header(), body: getBuffer()}
	s.mux.ServeHTTP(buf, r)
	<-s.turns
	buf.send(w)
	putBuffer(buf.body)
}

// buffers holds the buffers that responses are made in, so that each
// response does not grow a new one (a search page is about 60 KB).
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// getBuffer returns an empty buffer from buffers.
func getBuffer() *bytes.Buffer {
	b := buffers.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

// putBuffer gives b back to buffers once nothing reads it; one grown past
// 1 MiB (a large export) is left to the collector.
func putBuffer(b *bytes.Buffer) {
	if b.Cap() <= 1<<20 {
		buffers.Put(b)
	}
}

// bufferedResponse holds a response until it is sent whole.
type bufferedResponse struct {
	header http.Header
	status int
	body   *bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	b.WriteHeader(http.StatusOK)
	return b.body.Write(p)
}

func (b *bufferedResponse) send(w http.ResponseWriter) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	w.WriteHeader(b.status)
	w.Write(b.body.Bytes())
}

// apiError is the JSON of a failed API request.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(apiError{Error: msg, Status: status})
}

// status is the HTTP status of a failed run: a usage error or a bad query
// is the client's (400), a missing article 404, a busy or slow archive 503.
func (o outcome) status() int {
	msg := o.message()
	switch {
	case strings.Contains(msg, "no such article"):
		return http.StatusNotFound
	case o.code == cli.ExitUsage:
		return http.StatusBadRequest
	case strings.Contains(msg, "context deadline exceeded"), strings.Contains(msg, "busy"), strings.Contains(msg, errUnavailable.Error()):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// reply writes a run's output as the response, or its error as JSON.
func reply(w http.ResponseWriter, o outcome, contentType string) {
	if o.code != cli.ExitOK {
		writeError(w, o.status(), o.message())
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-store")
	w.Write(o.stdout)
}

// requestError writes err (a badRequest or another) as a JSON error.
func requestError(w http.ResponseWriter, err error) {
	var br *badRequest
	if errors.As(err, &br) {
		writeError(w, http.StatusBadRequest, br.msg)
		return
	}
	writeError(w, http.StatusInternalServerError, err.Error())
}

var formats = map[string]string{
	"json":  "application/json; charset=utf-8",
	"jsonl": "application/x-ndjson; charset=utf-8",
	"csv":   "text/csv; charset=utf-8",
}

// allFacets are the facets of the sidebar, in order.
var allFacets = []string{"person", "country", "org", "topic", "source", "year"}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p, err := parseParams(v, index.DefaultSize)
	if err == nil {
		err = knownParams(v, "format", "facets", "facet", "facet_size", "cite")
	}
	if err != nil {
		requestError(w, err)
		return
	}
	format := v.Get("format")
	if format == "" {
		format = "json"
	}
	ct, ok := formats[format]
	if !ok {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("format %q: use json, jsonl or csv", format))
		return
	}
	var facets []string
	if boolParam(v, "facets") {
		facets = allFacets
	}
	for _, f := range v["facet"] {
		facets = append(facets, strings.Split(f, ",")...)
	}
	facetSize, err := intParam(v, "facet_size", index.DefaultFacetSize, 1, 1000)
	if err != nil {
		requestError(w, err)
		return
	}
	if format == "csv" {
		w.Header().Set("Content-Disposition", `attachment; filename="chancery-search.csv"`)
	}
	reply(w, s.b.search(r.Context(), p, format, facets, facetSize, boolParam(v, "cite")), ct)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r.URL.Query(), nil); err != nil {
		requestError(w, err)
		return
	}
	reply(w, encoded(s.b.article(r.Context(), r.PathValue("id"))), formats["json"])
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	p, err := parseParams(r.URL.Query(), 50)
	if err == nil {
		err = knownParams(r.URL.Query())
	}
	if err != nil {
		requestError(w, err)
		return
	}
	reply(w, encoded(s.b.quotes(r.Context(), p, false)), formats["json"])
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p, err := parseParams(v, index.DefaultSize)
	if err == nil {
		err = knownParams(v, "by", "facet", "top", "compare")
	}
	if err != nil {
		requestError(w, err)
		return
	}
	if len(v["compare"]) > 5 {
		writeError(w, http.StatusBadRequest, "at most 5 compare queries")
		return
	}
	for _, c := range v["compare"] {
		if len(c) > MaxQuery {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("compare query too long: %d bytes, at most %d", len(c), MaxQuery))
			return
		}
	}
	t, o := s.b.timeline(r.Context(), p, v)
	if o.code == cli.ExitOK {
		o = encoded(t.JSON(), o)
	}
	reply(w, o, formats["json"])
}

func (s *Server) apiSimilar(w http.ResponseWriter, r *http.Request) {
	p, err := parseParams(r.URL.Query(), index.DefaultSize)
	if err == nil {
		err = knownParams(r.URL.Query())
	}
	if err != nil {
		requestError(w, err)
		return
	}
	reply(w, encoded(s.b.similar(r.Context(), p, r.PathValue("id"))), formats["json"])
}

// facetValuesJSON is the answer of /api/facets/{field}.
type facetValuesJSON struct {
	Field string `json:"field"`
	Total uint64 `json:"total"`
	// Counts is what the counts count: "stories" (each near-duplicate
	// group once) or "articles" (all_versions=1).
	Counts string       `json:"counts"`
	Values []facetValue `json:"values"`
}

func (s *Server) apiFacets(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p, err := parseParams(v, 1)
	if err == nil {
		err = knownParams(v)
	}
	if err != nil {
		requestError(w, err)
		return
	}
	field := r.PathValue("field")
	p.Page, p.Size = 1, 1
	n, err := intParam(v, "size", 100, 1, 1000)
	if err != nil {
		requestError(w, err)
		return
	}
	res, o := s.b.searchResult(r.Context(), p, []string{field}, n, jsonMarks, false)
	if o.code != cli.ExitOK {
		reply(w, o, "")
		return
	}
	out := facetValuesJSON{Field: field, Total: res.Total, Counts: res.FacetsCount, Values: res.Facets[field]}
	if out.Values == nil {
		out.Values = []facetValue{}
	}
	w.Header().Set("Content-Type", formats["json"])
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(out)
}

// IsLoopback reports whether addr (host:port) listens on this machine
// only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
