package web

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"chancery/archive"
	"chancery/index"
	"chancery/ingest"
	"chancery/internal/searchcmd"
	"chancery/internal/service"
)

// keep is a tagger that keeps the persons, countries, orgs and topics
// the input gives: the tests do not depend on package entities.
type keep struct{}

func (keep) Extract(*archive.Article) {}

// buildArchive ingests paths into a new archive in dir.
func buildArchive(t testing.TB, dir string, paths ...string) {
	t.Helper()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var log bytes.Buffer
	st, err := ingest.New(ix, keep{}, ingest.Options{Log: &log}).Paths(context.Background(), paths)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, log.String())
	}
	if st.Rejected > 0 {
		t.Fatalf("ingest rejected %d:\n%s", st.Rejected, log.String())
	}
}

var (
	sampleOnce sync.Once
	sampleDir  string
)

// sample returns an archive of testdata/sample, testdata/versions (two
// copies of a story) and the hostile fixture,
// built once; the tests only read it.
func sample(t testing.TB) string {
	t.Helper()
	sampleOnce.Do(func() {
		d, err := os.MkdirTemp("", "chancery-web-")
		if err != nil {
			t.Fatal(err)
		}
		buildArchive(t, d, filepath.Join("..", "..", "testdata", "sample"), filepath.Join("..", "..", "testdata", "versions"), filepath.Join("testdata", "hostile.jsonl"))
		sampleDir = d
	})
	if sampleDir == "" {
		t.Fatal("no sample archive")
	}
	return sampleDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sampleDir != "" {
		os.RemoveAll(sampleDir)
	}
	os.Exit(code)
}

// newServer starts a server over dir.
func newServer(t testing.TB, dir string) *httptest.Server {
	t.Helper()
	s, err := New(Options{Archive: dir, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(func() {
		ts.Close()
		s.Close()
	})
	return ts
}

func get(t testing.TB, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

// runCLI runs the search command on dir and returns its exit code, stdout
// and stderr.
func runCLI(dir string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := searchcmd.Run(context.Background(), append([]string{"--archive", dir}, args...), searchcmd.Env{Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// withoutTook decodes JSON and drops the timings, which differ by run.
func withoutTook(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	if m, ok := v.(map[string]any); ok {
		delete(m, "took_ms")
	}
	return v
}

// TestAPIMatchesCLI checks that each endpoint answers what the command
// line prints for the same request.
func TestAPIMatchesCLI(t *testing.T) {
	dir := sample(t)
	ts := newServer(t, dir)
	for _, tc := range []struct {
		path string
		cli  []string
	}{
		{"/api/search?q=Iraq", []string{"--json", "--page=1", "--size=10", "--", "Iraq"}},
		{"/api/search?q=Iraq&facets=1&person=Hoshyar+Zebari&size=3&page=1&sort=-date",
			[]string{"--json", "--facets", "--person", "Hoshyar Zebari", "-n", "3", "--sort", "-date", "Iraq"}},
		{"/api/search?country=Iraq&from=2004&to=2004-12-31", []string{"--json", "--country", "Iraq", "--from", "2004", "--to", "2004-12-31"}},
		{"/api/search?q=peacekeeping&all_versions=1", []string{"--json", "--all-versions", "peacekeeping"}},
		{"/api/articles/cw-2004-0355", []string{"show", "--json", "cw-2004-0355"}},
		{"/api/quotes?q=Iraq&size=5", []string{"quotes", "--json", "--size", "5", "Iraq"}},
		{"/api/timeline?q=Iraq&by=year", []string{"timeline", "--json", "--by", "year", "Iraq"}},
		{"/api/timeline?q=troops&by=year&all_versions=1", []string{"timeline", "--json", "--by", "year", "--all-versions", "troops"}},
		{"/api/timeline?person=Lavrov", []string{"timeline", "--json", "--person", "Lavrov"}},
		{"/api/similar/cw-2004-0355?size=3", []string{"similar", "--json", "-n", "3", "cw-2004-0355"}},
	} {
		code, hdr, body := get(t, ts.URL+tc.path)
		if code != http.StatusOK {
			t.Errorf("%s: status %d: %s", tc.path, code, body)
			continue
		}
		if ct := hdr.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", tc.path, ct)
		}
		ccode, out, errs := runCLI(dir, tc.cli...)
		if ccode != 0 {
			t.Fatalf("search %q: exit %d: %s", tc.cli, ccode, errs)
		}
		if got, want := withoutTook(t, body), withoutTook(t, out); !reflect.DeepEqual(got, want) {
			t.Errorf("%s differs from search %q:\n%s\nwant\n%s", tc.path, tc.cli, body, out)
		}
	}
}

func TestAPIFormatsAndFacets(t *testing.T) {
	ts := newServer(t, sample(t))
	code, hdr, body := get(t, ts.URL+"/api/search?q=treaty&format=csv")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/csv") || !strings.HasPrefix(body, "id,date,title,") {
		t.Errorf("csv: %d %q\n%s", code, hdr.Get("Content-Type"), body)
	}
	if !strings.Contains(body, "calm-1") {
		t.Errorf("csv lacks the hit calm-1:\n%s", body)
	}
	code, _, body = get(t, ts.URL+"/api/facets/person?q=treaty&size=5")
	if code != 200 {
		t.Fatalf("facets: %d %s", code, body)
	}
	var fv facetValuesJSON
	if err := json.Unmarshal([]byte(body), &fv); err != nil {
		t.Fatal(err)
	}
	if fv.Field != "person" || fv.Total != 2 || len(fv.Values) != 2 || fv.Counts != "stories" {
		t.Errorf("facets = %+v, want the 2 persons of the 2 treaty articles", fv)
	}
}

// TestAPIErrors checks statuses and that the messages are the CLI's.
func TestAPIErrors(t *testing.T) {
	dir := sample(t)
	ts := newServer(t, dir)
	cliMsg := func(args ...string) string {
		_, _, errs := runCLI(dir, args...)
		return outcome{stderr: []byte(errs)}.message()
	}
	for _, tc := range []struct {
		path   string
		status int
		want   string // the error text
	}{
		{"/api/search?q=(Iraq", 400, cliMsg("--json", "--", "(Iraq")},
		// the engine's errors name URL parameters, not the CLI's flags
		{"/api/search?q=Iraq&from=2004-13", 400, `from: date "2004-13" is not a valid date: there is no month 13`},
		{"/api/search?q=Iraq&sort=up", 400, `sort "up": use relevance, date or -date`},
		{"/api/search?from=2005&to=2004", 400, "to 2004-12-31 is before from 2005-01-01"},
		{"/api/articles/no-such-id", 404, cliMsg("show", "--json", "no-such-id")},
		{"/api/similar/no-such-id", 404, cliMsg("similar", "--json", "no-such-id")},
		{"/api/facets/colour", 400, `facet: no facet "colour" (use person, country, org, topic, source or year)`},
		{"/api/timeline?q=Iraq&by=decade", 400, `by: unknown period "decade": use year, month or week`},
		{"/api/search?size=5000", 400, `size must be a whole number between 1 and 1000, not "5000"`},
		{"/api/search?page=x", 400, `page must be a whole number between 1 and 1000, not "x"`},
		{"/api/search?format=xml", 400, `format "xml": use json, jsonl or csv`},
		{"/api/search?q=" + strings.Repeat("a", MaxQuery+1), 400, "query too long: 1001 bytes, at most 1000"},
		{"/api/nothing", 404, "no such endpoint: see docs/API.md"},
		// a misspelt parameter is named, not ignored
		{"/api/search?q=Iraq&persn=Lind", 400, `unknown parameter "persn": this endpoint takes q, person, country, org, topic, source, from, to, sort, page, size, all_versions, format, facets, facet, facet_size, cite`},
		{"/api/facets/person?prefix=lin", 400, `unknown parameter "prefix": this endpoint takes q, person, country, org, topic, source, from, to, sort, page, size, all_versions`},
		{"/api/quotes?person=Lind&format=csv", 400, `unknown parameter "format": this endpoint takes q, person, country, org, topic, source, from, to, sort, page, size, all_versions`},
		{"/api/timeline?q=treaty&bye=year", 400, `unknown parameter "bye": this endpoint takes q, person, country, org, topic, source, from, to, sort, page, size, all_versions, by, facet, top, compare`},
		{"/api/similar/calm-1?sise=2", 400, `unknown parameter "sise": this endpoint takes q, person, country, org, topic, source, from, to, sort, page, size, all_versions`},
		{"/api/articles/calm-1?format=csv", 400, `unknown parameter "format": this endpoint takes none`},
	} {
		code, hdr, body := get(t, ts.URL+tc.path)
		var e apiError
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			t.Errorf("%s: not a JSON error: %v\n%s", tc.path, err, body)
			continue
		}
		if code != tc.status || e.Status != tc.status || e.Error != tc.want || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
			t.Errorf("%s: %d %+v, want %d %q", tc.path, code, e, tc.status, tc.want)
		}
	}
	resp, err := http.Post(ts.URL+"/api/search", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", resp.StatusCode)
	}
}

func TestSecurityHeaders(t *testing.T) {
	ts := newServer(t, sample(t))
	for _, path := range []string{"/", "/api/search?q=x", "/article/calm-1", "/static/style.css", "/nowhere"} {
		_, hdr, _ := get(t, ts.URL+path)
		csp := hdr.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
		if hdr.Get("X-Content-Type-Options") != "nosniff" || hdr.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", path, hdr)
		}
	}
}

// hostileMarkers are what the hostile article's text would put in a page
// if it were not escaped.
var hostileMarkers = []string{"<script>window", "<img", "<mark onmouseover", `href="javascript:`, `href="javascript&#58;`, "<a href=\"javascript"}

// TestHostileArticleEscaped renders every page that shows the hostile
// article and checks that none of its markup reaches the page as markup.
func TestHostileArticleEscaped(t *testing.T) {
	ts := newServer(t, sample(t))
	for _, path := range []string{
		"/?q=treaty", "/?q=treaty&person=%3Cimg+src%3Dx+onerror%3Dwindow.__pwned%3D5%3E", "/?q=hover",
		"/article/evil-1", "/quotes?q=treaty", "/timeline?q=treaty", "/similar/calm-1", "/similar/evil-1",
		"/?q=%3Cscript%3Ewindow.x%3D1%3C%2Fscript%3E", "/article/%3Cscript%3E",
	} {
		code, _, body := get(t, ts.URL+path)
		if code >= 500 {
			t.Errorf("%s: status %d", path, code)
		}
		for _, m := range hostileMarkers {
			if strings.Contains(body, m) {
				i := strings.Index(body, m)
				t.Errorf("%s: page holds %q unescaped: …%s…", path, m, body[max(0, i-80):min(len(body), i+80)])
			}
		}
		if strings.Contains(body, "<script") && strings.Count(body, "<script") != strings.Count(body, `<script src="/static/app.js" defer></script>`) {
			t.Errorf("%s: a script element besides app.js", path)
		}
	}
	_, _, body := get(t, ts.URL+"/article/evil-1")
	for _, want := range []string{"&lt;script&gt;window.__pwned=1&lt;/script&gt; Treaty talks", "&lt;mark onmouseover=", "Address given: <code>javascript:window.__pwned=4</code>"} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks the escaped text %q", want)
		}
	}
	_, _, body = get(t, ts.URL+"/?q=hover")
	if !strings.Contains(body, "<mark>hover</mark>") {
		t.Errorf("search page lacks the highlight of hover")
	}
}

func TestHighlight(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a <mark>b</mark> c", "a <mark>b</mark> c"},
		{"<script>x</script> <mark>b</mark>", "&lt;script&gt;x&lt;/script&gt; <mark>b</mark>"},
		{"<mark>open only", "&lt;mark&gt;open only"},
		{"x</mark> <mark>y</mark>", "x&lt;/mark&gt; <mark>y</mark>"},
		{`<mark>"q" & <b></mark>`, "<mark>&#34;q&#34; &amp; &lt;b&gt;</mark>"},
	} {
		if got := string(highlight(tc.in)); got != tc.want {
			t.Errorf("highlight(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a?b=c": "https://example.org/a?b=c",
		"http://example.org":        "http://example.org",
		"javascript:alert(1)":       "",
		" JavaScript:alert(1)":      "",
		"data:text/html,x":          "",
		"//example.org":             "",
		"/relative":                 "",
		"":                          "",
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkEntities(t *testing.T) {
	got := string(markEntities(`Anna Lind met <b>Lindqvist</b> in the United States & States.`, []entity{
		{"Lind", "person", "/?person=Lind"}, {"United States", "country", "/?country=United+States"}, {"States", "country", "/?country=States"},
	}))
	want := `Anna <a class="ent ent-person" href="/?person=Lind" title="person filter">Lind</a> met &lt;b&gt;Lindqvist&lt;/b&gt; in the ` +
		`<a class="ent ent-country" href="/?country=United+States" title="country filter">United States</a> &amp; ` +
		`<a class="ent ent-country" href="/?country=States" title="country filter">States</a>.`
	if got != want {
		t.Errorf("markEntities =\n%s\nwant\n%s", got, want)
	}
}

// TestSearchPage checks the page's state round trip: facet links add a
// filter, chips remove it, and the hits are those of the filter.
func TestSearchPage(t *testing.T) {
	ts := newServer(t, sample(t))
	code, _, body := get(t, ts.URL+"/?q=treaty")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	for _, want := range []string{`href="/?person=Anna&#43;Lind&amp;q=treaty"`, `<span class="v">Anna Lind</span> <span class="n">1</span>`, `href="/?from=2004&amp;q=treaty&amp;to=2004"`, "2 matching articles", `href="/article/calm-1"`,
		// the sidebar says what its counts count
		`<p class="counted">Counts are of stories: each group of near-duplicate copies counts once.</p>`, `aria-label="Anna Lind, 1 story, add filter"`} {
		if !strings.Contains(body, want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	if code, _, body := get(t, ts.URL+"/?q=treaty&all_versions=1"); code != 200 || !strings.Contains(body, "Counts are of articles: every stored copy of a story counts.") {
		t.Errorf("all versions: the sidebar does not say it counts articles (%d)", code)
	}
	code, _, body = get(t, ts.URL+"/?person=Anna+Lind&q=treaty")
	if code != 200 || !strings.Contains(body, "1 matching articles") || !strings.Contains(body, `href="/?q=treaty" aria-label="Remove filter person: Anna Lind"`) {
		t.Errorf("filtered page: %d\n%s", code, body)
	}
	if strings.Contains(body, `href="/article/evil-1"`) {
		t.Errorf("the person filter let evil-1 through")
	}
	// The form's blank fields are dropped from the address.
	resp, err := http.Get(ts.URL + "/?q=treaty&from=&to=&sort=&size=10")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if u := resp.Request.URL.RequestURI(); u != "/?q=treaty&size=10" {
		t.Errorf("blank fields: redirected to %s", u)
	}
	code, _, body = get(t, ts.URL+"/?q=(treaty")
	if code != 400 || !strings.Contains(body, `class="error" role="alert"`) {
		t.Errorf("bad query page: %d", code)
	}
	code, _, body = get(t, ts.URL+"/article/calm-1")
	if code != 200 || !strings.Contains(body, `<a class="ent ent-person" href="/?person=Anna+Lind" title="person filter">Anna Lind</a>`) ||
		!strings.Contains(body, `<a href="https://example.org/calm-1" rel="noopener noreferrer nofollow">`) {
		t.Errorf("article page: %d\n%s", code, body)
	}
	code, _, body = get(t, ts.URL+"/quotes?q=treaty")
	if code != 200 || !strings.Contains(body, "We have an agreement") || !strings.Contains(body, `value="“We have an agreement” (Anna Lind). Calm Wire, 2004-03-02, &#34;Treaty signed in Vienna&#34;. https://example.org/calm-1. Original: testdata/hostile.jsonl:2."`) {
		t.Errorf("quotes page: %d\n%s", code, body)
	}
	code, _, body = get(t, ts.URL+"/timeline?q=treaty&by=month")
	if code != 200 || !strings.Contains(body, `<a href="/?from=2004-03&amp;q=treaty&amp;to=2004-03" aria-label="2004-03: 2 stories"><rect`) || !strings.Contains(body, "matching stories, counted by month") ||
		!strings.Contains(body, `<th scope="col">Stories</th>`) {
		t.Errorf("timeline page: %d\n%s", code, body)
	}
	// With every version the page counts articles, and says so.
	code, _, body = get(t, ts.URL+"/timeline?q=treaty&by=month&all_versions=1")
	if code != 200 || !strings.Contains(body, "matching articles, counted by month") || !strings.Contains(body, `<th scope="col">Articles</th>`) {
		t.Errorf("timeline page of every version: %d\n%s", code, body)
	}
}

// TestVersionsOnPage checks that a story's copies fold into one hit whose
// versions are listed and linked, and that the switch lists them all.
func TestVersionsOnPage(t *testing.T) {
	ts := newServer(t, sample(t))
	_, _, body := get(t, ts.URL+"/?q=Lavrov+troops")
	for _, want := range []string{"<summary>2 similar versions</summary>", `<a href="/article/gz-2004-0726">gz-2004-0726</a>`, `href="/?all_versions=1&amp;q=Lavrov&#43;troops">Every version of each story</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(body, `<li class="hit">`); n != 1 {
		t.Errorf("%d hits, want the 3 copies folded into 1", n)
	}
	_, _, body = get(t, ts.URL+"/?q=Lavrov+troops&all_versions=1")
	if n := strings.Count(body, `<li class="hit">`); n != 3 || strings.Contains(body, "similar versions</summary>") {
		t.Errorf("all versions: %d hits, want 3 without versions", n)
	}
}

func TestPeriodDays(t *testing.T) {
	for in, want := range map[string][2]string{
		"2004": {"2004", "2004"}, "2004-07": {"2004-07", "2004-07"},
		"2004-W30": {"2004-07-19", "2004-07-25"}, "2005-W01": {"2005-01-03", "2005-01-09"},
	} {
		if f, l := periodDays(in); f != want[0] || l != want[1] {
			t.Errorf("periodDays(%q) = %s, %s; want %v", in, f, l, want)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true,
		"0.0.0.0:8080": false, ":8080": false, "192.168.1.2:80": false, "example.org:80": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

// TestAPIDocumented checks that docs/API.md and docs/openapi.yaml name
// every endpoint the server routes.
func TestAPIDocumented(t *testing.T) {
	api, err := os.ReadFile(filepath.Join("..", "..", "docs", "API.md"))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := os.ReadFile(filepath.Join("..", "..", "docs", "openapi.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("server.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(src), "\n") {
		_, rest, ok := strings.Cut(line, `m.HandleFunc("GET /api/`)
		if !ok {
			continue
		}
		path := "/api/" + rest[:strings.IndexByte(rest, '"')]
		n++
		if !strings.Contains(string(api), "## `GET "+path+"`") {
			t.Errorf("docs/API.md has no section for %s", path)
		}
		if !strings.Contains(string(spec), "  "+path+":") {
			t.Errorf("docs/openapi.yaml has no path %s", path)
		}
	}
	if n != 6 {
		t.Errorf("found %d API routes in server.go, want 6", n)
	}
}

// TestAdmission: with one worker, concurrent requests are answered one at
// a time and all alike; a request that cannot get its turn within its
// deadline is told the server is busy.
func TestAdmission(t *testing.T) {
	dir := sample(t)
	s, err := New(Options{Archive: dir, Workers: 1, RequestTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts := httptest.NewServer(s)
	defer ts.Close()
	_, _, want := get(t, ts.URL+"/api/search?q=Iraq&facets=1")
	mask := regexp.MustCompile(`"took_ms": [0-9.e+-]+`)
	want = mask.ReplaceAllString(want, "")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, _, body := get(t, ts.URL+"/api/search?q=Iraq&facets=1")
			if code != 200 || mask.ReplaceAllString(body, "") != want {
				t.Errorf("concurrent request: %d\n%s", code, body)
			}
		}()
	}
	wg.Wait()

	s.turns <- struct{}{} // the one turn is taken
	code, _, body := get(t, ts.URL+"/api/search?q=Iraq")
	static, _, _ := get(t, ts.URL+"/static/style.css")
	<-s.turns
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "busy") {
		t.Errorf("no turn within the deadline: %d %s", code, body)
	}
	if static != 200 {
		t.Errorf("a static file waited for a turn: %d", static)
	}
}

// TestPageNotes: each page says how its request was read, as the API's
// notes (and the CLI's "search: note:" lines) do.
func TestPageNotes(t *testing.T) {
	ts := newServer(t, sample(t))
	for _, tc := range []struct{ page, api string }{
		{"/?q=treaty+or+vienna", "/api/search?q=treaty+or+vienna"},
		{"/?person=Lind", "/api/search?person=Lind"},
		{"/?person=Nobody+Atall", "/api/search?person=Nobody+Atall"},
		{"/quotes?person=Lind", "/api/quotes?person=Lind"},
		{"/timeline?person=Lind", "/api/timeline?person=Lind"},
	} {
		_, _, apiBody := get(t, ts.URL+tc.api)
		var a struct{ Notes []string }
		if err := json.Unmarshal([]byte(apiBody), &a); err != nil || len(a.Notes) == 0 {
			t.Errorf("%s: no notes to compare (%v): %s", tc.api, err, apiBody)
			continue
		}
		code, _, body := get(t, ts.URL+tc.page)
		if code != 200 {
			t.Errorf("%s: status %d", tc.page, code)
		}
		for _, n := range a.Notes {
			if !strings.Contains(body, "<li>"+html.EscapeString(n)+"</li>") {
				t.Errorf("%s does not say %q", tc.page, n)
			}
		}
	}
}

// TestQuoteCitationsMatchCLI checks that the quotes page cites each
// statement as the command line's quotes --cite does: the same source
// ("source unknown" when there is none), headline, address or id, and
// original.
func TestQuoteCitationsMatchCLI(t *testing.T) {
	dir := sample(t)
	ts := newServer(t, dir)
	for _, q := range []string{"treaty", "Lavrov", "Zebari"} {
		code, out, errs := runCLI(dir, "quotes", "--json", "--cite", "--size", "50", q)
		if code != 0 {
			t.Fatalf("quotes %s: exit %d: %s", q, code, errs)
		}
		var want struct {
			Quotes []service.Quote `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(out), &want); err != nil {
			t.Fatal(err)
		}
		if len(want.Quotes) == 0 {
			t.Fatalf("quotes %s: no statements to compare", q)
		}
		_, _, body := get(t, ts.URL+"/quotes?size=50&q="+q)
		for _, qu := range want.Quotes {
			if qu.Citation == "" {
				t.Fatalf("quotes --cite %s: statement without a citation: %+v", q, qu)
			}
			if c := html.EscapeString(qu.Citation); !strings.Contains(body, ". "+c+`"`) {
				t.Errorf("quotes page of %s lacks the CLI's citation %q", q, qu.Citation)
			}
		}
	}
}

// TestTimelinePageShape checks that the timeline page draws what the API
// answers for the same address: each period's top facet values, linked to
// the period's articles with that value, and the compared queries' counts;
// and that its other links keep by, facet, top and compare.
func TestTimelinePageShape(t *testing.T) {
	dir := sample(t)
	ts := newServer(t, dir)
	for _, tc := range []struct {
		query string
		keeps []string // in every period and facet link
	}{
		{"q=treaty&by=year&facet=country&top=2", []string{"facet=country", "top=2"}},
		{"q=treaty&country=Austria&by=month&facet=topic&top=1", []string{"facet=topic", "top=1", "country=Austria"}},
		{"q=Iraq&by=year&compare=Sudan&compare=debt", []string{"compare=Sudan", "compare=debt"}},
	} {
		code, _, body := get(t, ts.URL+"/timeline?"+tc.query)
		if code != 200 {
			t.Fatalf("/timeline?%s: %d\n%s", tc.query, code, body)
		}
		_, _, api := get(t, ts.URL+"/api/timeline?"+tc.query)
		var one service.Series
		var compared service.Compared
		if strings.Contains(tc.query, "compare=") {
			if err := json.Unmarshal([]byte(api), &compared); err != nil {
				t.Fatal(err)
			}
			one = compared.Series[0]
		} else if err := json.Unmarshal([]byte(api), &one); err != nil {
			t.Fatal(err)
		}
		// links: each "address label count" of the page's counted links
		links := map[string]bool{}
		for _, m := range regexp.MustCompile(`<a href="([^"]*)">([^<]*)</a> (\d+)`).FindAllStringSubmatch(body, -1) {
			u, err := url.Parse(html.UnescapeString(m[1]))
			if err != nil {
				t.Fatal(err)
			}
			links["/?"+u.Query().Encode()+" "+html.UnescapeString(m[2])+" "+m[3]] = true
		}
		rows, tops := 0, 0
		for i, b := range one.Buckets {
			// a period that counts anything has a row with each series' count
			cells, counted := "<td>"+strconv.Itoa(b.Count)+"</td>", b.Count > 0
			for _, o := range compared.Series[min(1, len(compared.Series)):] {
				cells += "<td>" + strconv.Itoa(o.Buckets[i].Count) + "</td>"
				counted = counted || o.Buckets[i].Count > 0
			}
			if row := ">" + b.Period + "</a></td>" + cells; strings.Contains(body, row) != counted {
				t.Errorf("/timeline?%s: row %s shown: %t, counted: %t", tc.query, row, !counted, counted)
			}
			if !counted {
				continue
			}
			if bar := `aria-label="` + b.Period + ": " + strconv.Itoa(b.Count) + " " + map[bool]string{true: "story", false: "stories"}[b.Count == 1] + `"`; !strings.Contains(body, bar) {
				t.Errorf("/timeline?%s: no bar %s", tc.query, bar)
			}
			rows++
			// each top value links to the period's articles with it, the
			// page's own query and filters kept
			from, to := periodDays(b.Period)
			for _, v := range b.Top {
				q, _ := url.ParseQuery(tc.query)
				for _, k := range []string{"by", "facet", "top", "compare"} {
					q.Del(k)
				}
				q.Set("from", from)
				q.Set("to", to)
				q.Add(one.Facet, v.Value)
				tops++
				if link := "/?" + q.Encode() + " " + v.Value + " " + strconv.Itoa(v.Count); !links[link] {
					t.Errorf("/timeline?%s: period %s lacks the link %s", tc.query, b.Period, link)
				}
			}
		}
		if rows == 0 || one.Facet != "" && tops == 0 {
			t.Errorf("/timeline?%s: %d period rows, %d top values", tc.query, rows, tops)
		}
		for _, by := range []string{"year", "month", "week"} {
			if by == one.By {
				continue
			}
			m := regexp.MustCompile(`href="(/timeline\?[^"]*by=` + by + `[^"]*)"`).FindStringSubmatch(body)
			if m == nil {
				t.Errorf("/timeline?%s: no link by %s", tc.query, by)
				continue
			}
			for _, k := range tc.keeps {
				if !strings.Contains(m[1], k) {
					t.Errorf("/timeline?%s: link by %s drops %s: %s", tc.query, by, k, m[1])
				}
			}
		}
	}
}

// TestArticlePageCitation checks that the article page offers the
// citation that search show --cite gives, escaped, for articles with and
// without a usable address.
func TestArticlePageCitation(t *testing.T) {
	dir := sample(t)
	ts := newServer(t, dir)
	for _, id := range []string{"calm-1", "evil-1", "cw-2004-0355"} {
		code, out, errs := runCLI(dir, "show", "--json", "--cite", id)
		if code != 0 {
			t.Fatalf("show %s: exit %d: %s", id, code, errs)
		}
		var a service.Article
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatal(err)
		}
		_, _, body := get(t, ts.URL+"/article/"+id)
		if a.Citation == "" || !strings.Contains(body, `class="citation" type="text" readonly value="`+html.EscapeString(a.Citation)+`"`) {
			t.Errorf("article page %s lacks the citation %q", id, a.Citation)
		}
	}
}

// TestFacetSelectedBySurname checks that a facet value that a filter
// stands for alone ("Lind" read as "Anna Lind") is shown selected, and
// that clicking it removes that filter instead of adding the same person
// again.
func TestFacetSelectedBySurname(t *testing.T) {
	dir := sample(t)
	ts := newServer(t, dir)
	for _, tc := range []struct {
		query, value, href string
	}{
		{"q=treaty&person=Lind", "Anna Lind", "/?q=treaty"},
		{"q=treaty&person=anna+lind", "Anna Lind", "/?q=treaty"},
		{"q=treaty&country=AT", "Austria", "/?q=treaty"},
	} {
		_, _, body := get(t, ts.URL+"/?"+tc.query)
		want := `<li><a href="` + template.HTMLEscapeString(tc.href) + `" class="active" aria-current="true" aria-label="` + tc.value + `,`
		if !strings.Contains(body, want) {
			t.Errorf("/?%s: no selected facet value %s removing the filter (%s)", tc.query, tc.value, want)
		}
	}
}
