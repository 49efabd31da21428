package web

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"chancery/index"
)

// TestLoadFigures measures the server on an archive named by
// CHANCERY_WEB_BENCH (skipped without it) and prints the figures that
// docs/BENCHMARKS.md records: warm faceted search in the server and over
// HTTP, the first page render, and CHANCERY_WEB_BENCH_CLIENTS (32)
// concurrent clients for CHANCERY_WEB_BENCH_SECONDS (20), six times:
// without admission, with Options.Workers' default and with one worker,
// in turn. CHANCERY_WEB_BENCH_ROUNDS names other rounds, separated by
// commas: none, default or one ("default" alone for the figure of the
// server as it runs). CHANCERY_WEB_BENCH_WORDS=1 also times each query
// word alone through index.Search, with and without facets. It asserts
// only that no request fails.
//
//	CHANCERY_WEB_BENCH=/tmp/webbench/chancery go test -run TestLoadFigures -v ./internal/web/
func TestLoadFigures(t *testing.T) {
	dir := os.Getenv("CHANCERY_WEB_BENCH")
	if dir == "" {
		t.Skip("set CHANCERY_WEB_BENCH to an archive folder to measure the server on it")
	}
	clients := envInt("CHANCERY_WEB_BENCH_CLIENTS", 32)
	seconds := envInt("CHANCERY_WEB_BENCH_SECONDS", 20)

	start := time.Now()
	s, err := New(Options{Archive: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts := httptest.NewServer(s) // 127.0.0.1
	defer ts.Close()
	opened := time.Since(start)

	// First page render: the first request of the process, HTML with all
	// six facets.
	t0 := time.Now()
	code, _, body := get(t, ts.URL+"/")
	first := time.Since(t0)
	if code != 200 {
		t.Fatalf("first page: %d", code)
	}
	words := benchWords(body)
	if len(words) < 5 {
		t.Fatalf("too few query words from the archive's titles: %q", words)
	}
	t.Logf("archive %s: opened in %s; first page render (GET /, newest 10 with six facets) %s; %d query words", dir, opened.Round(time.Millisecond), first.Round(100*time.Microsecond), len(words))
	t0 = time.Now()
	code, _, _ = get(t, ts.URL+"/?q="+url.QueryEscape(words[0]))
	t.Logf("first query page (GET /?q=%s) %s", words[0], time.Since(t0).Round(100*time.Microsecond))
	if code != 200 {
		t.Fatalf("first query page: %d", code)
	}

	faceted := func(w string) string { return "/api/search?facets=1&q=" + url.QueryEscape(w) }
	// Warm-up, then in-process timings through the handler (no network).
	for _, w := range words {
		serveLocal(t, s, faceted(w))
	}
	var inServer []time.Duration
	for i := range 20 * len(words) {
		t0 := time.Now()
		serveLocal(t, s, faceted(words[i%len(words)]))
		inServer = append(inServer, time.Since(t0))
	}
	t.Logf("warm faceted search, six facets, in the server (handler, %d runs): %s", len(inServer), quantiles(inServer))
	// The same searches through index.Search alone: what the handler adds.
	var engine []time.Duration
	for i := range 20 * len(words) {
		t0 := time.Now()
		if _, err := s.b.ix.Search(context.Background(), index.Request{Query: words[i%len(words)], Facets: true}); err != nil {
			t.Fatal(err)
		}
		engine = append(engine, time.Since(t0))
	}
	t.Logf("the same searches through index.Search alone (%d runs): %s", len(engine), quantiles(engine))
	if os.Getenv("CHANCERY_WEB_BENCH_WORDS") != "" {
		// Each word alone: the queries with the most hits make the tail.
		for _, w := range words {
			req := index.Request{Query: w}
			bare, total := bestOf(t, s, req, 30)
			req.Facets = true
			withFacets, _ := bestOf(t, s, req, 30)
			t.Logf("index.Search %-16s %7d hits: best of 30 %.2f ms without facets, %.2f ms with six", w, total, float64(bare)/1e6, float64(withFacets)/1e6)
		}
	}
	var page []time.Duration
	for i := range 10 * len(words) {
		t0 := time.Now()
		serveLocal(t, s, "/?q="+url.QueryEscape(words[i%len(words)]))
		page = append(page, time.Since(t0))
	}
	t.Logf("warm search page (HTML with six facets), in the server (%d runs): %s", len(page), quantiles(page))
	var overHTTP []time.Duration
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	for i := range 20 * len(words) {
		t0 := time.Now()
		if code := fetch(client, ts.URL+faceted(words[i%len(words)])); code != 200 {
			t.Fatalf("status %d", code)
		}
		overHTTP = append(overHTTP, time.Since(t0))
	}
	t.Logf("warm faceted search over HTTP, 127.0.0.1, keep-alive (%d runs): %s", len(overHTTP), quantiles(overHTTP))

	// Concurrent clients, by default twice each way in turn: every request at once,
	// Options.Workers' default (GOMAXPROCS at a time, the rest wait in
	// arrival order), and one at a time (each search still spreads over
	// the cores).
	procs := runtime.GOMAXPROCS(0)
	rounds := strings.Split(cmp.Or(os.Getenv("CHANCERY_WEB_BENCH_ROUNDS"), "none,default,one,none,default,one"), ",")
	for _, round := range rounds {
		var label string
		switch round {
		case "none":
			s.turns, label = nil, "no admission limit"
		case "default":
			s.turns, label = make(chan struct{}, procs), fmt.Sprintf("%d at a time (GOMAXPROCS, the default), first come first served", procs)
		case "one":
			s.turns, label = make(chan struct{}, 1), "1 at a time, first come first served"
		default:
			t.Fatalf("CHANCERY_WEB_BENCH_ROUNDS: round %q: use none, default or one, separated by commas", round)
		}
		lat, errs, firstErr, mem := loadRun(client, ts.URL, words, clients, seconds)
		t.Logf("%d clients for %d s, %s: %d requests (%.0f/s), %d errors; latency %s; %s",
			clients, seconds, label, len(lat), float64(len(lat))/float64(seconds), errs, quantiles(lat), mem)
		if errs > 0 {
			t.Errorf("%d requests failed under load; first: %s", errs, firstErr)
		}
	}
}

// bestOf returns the shortest time of n runs of req through index.Search
// on s's index, and the total hits.
func bestOf(t *testing.T, s *Server, req index.Request, n int) (time.Duration, uint64) {
	t.Helper()
	best := time.Duration(math.MaxInt64)
	var total uint64
	for range n {
		t0 := time.Now()
		res, err := s.b.ix.Search(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		best, total = min(best, time.Since(t0)), res.Total
	}
	return best, total
}

// loadRun runs clients concurrent clients against the server at base for
// seconds: a mix of faceted API searches, search pages and second pages.
// It returns every latency, the failures, the first failure and the RSS
// of the test process (server and clients) before, each second and at
// its peak, with its CPU time per request.
func loadRun(client *http.Client, base string, words []string, clients, seconds int) ([]time.Duration, int, string, string) {
	faceted := func(w string) string { return "/api/search?facets=1&q=" + url.QueryEscape(w) }
	runtime.GC()
	rss0 := rss()
	cpu0 := cpuTime()
	var (
		mu       sync.Mutex
		lat      []time.Duration
		errs     int
		firstErr string
		peak     = rss0
	)
	stop := time.Now().Add(time.Duration(seconds) * time.Second)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for i := c; time.Now().Before(stop); i++ {
				w := words[i%len(words)]
				p := faceted(w)
				switch i % 4 {
				case 1:
					p = "/?q=" + url.QueryEscape(w)
				case 2:
					p = "/api/search?q=" + url.QueryEscape(w) + "&page=2"
				}
				t0 := time.Now()
				code := fetch(client, base+p)
				mine = append(mine, time.Since(t0))
				if code != 200 {
					mu.Lock()
					errs++
					if firstErr == "" {
						firstErr = fmt.Sprintf("%s: %d", p, code)
					}
					mu.Unlock()
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	// RSS every second while the clients run.
	var samples []string
	for time.Now().Before(stop) {
		time.Sleep(time.Second)
		r := rss()
		peak = max(peak, r)
		samples = append(samples, strconv.FormatInt(r>>20, 10))
	}
	wg.Wait()
	mem := fmt.Sprintf("RSS %d MiB before, MiB each second: %s; peak %d MiB", rss0>>20, strings.Join(samples, " "), peak>>20)
	if cpu := cpuTime() - cpu0; cpu > 0 && len(lat) > 0 {
		// What a request costs whatever else the machine runs: the CPU
		// time of this process (server and clients) per request.
		mem += fmt.Sprintf("; CPU %.1f s, %.2f ms per request", cpu.Seconds(), float64(cpu)/1e6/float64(len(lat)))
	}
	return lat, errs, firstErr, mem
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func newRecorder(s *Server, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec
}

func serveLocal(t *testing.T, s *Server, path string) {
	t.Helper()
	rec := newRecorder(s, path)
	if rec.Code != 200 {
		t.Fatalf("%s: %d %s", path, rec.Code, rec.Body.String())
	}
}

func fetch(c *http.Client, u string) int {
	resp, err := c.Get(u)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// benchWords takes query words from the titles of a page: words of five
// letters or more, each once.
func benchWords(page string) []string {
	seen := map[string]bool{}
	var out []string
	for _, chunk := range strings.Split(page, `<h3><a href="/article/`)[1:] {
		i := strings.Index(chunk, `">`)
		j := strings.Index(chunk, "</a>")
		if i < 0 || j < i {
			continue
		}
		for _, w := range strings.Fields(chunk[i+2 : j]) {
			w = strings.ToLower(strings.Trim(w, `.,;:'"()&#0123456789`))
			if len(w) >= 5 && !seen[w] && !strings.ContainsAny(w, "&;") {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// quantiles formats the p50, p90 and p99 of ds.
func quantiles(ds []time.Duration) string {
	s := slices.Clone(ds)
	slices.Sort(s)
	q := func(p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	r := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }
	return "p50 " + r(q(0.5)) + ", p90 " + r(q(0.9)) + ", p99 " + r(q(0.99)) + ", max " + r(s[len(s)-1])
}

// rss is the resident set of this process in bytes, from /proc (0 where
// there is none).
func rss() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuTime is the CPU time, user and system, this process has used, from
// /proc (0 where there is none), in clock ticks of 10 ms.
func cpuTime() time.Duration {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// The fields after the command name, which ends with the last ')':
	// state is the first, utime the 12th and stime the 13th.
	i := strings.LastIndexByte(string(data), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 13 {
		return 0
	}
	user, _ := strconv.ParseInt(f[11], 10, 64)
	sys, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(user+sys) * 10 * time.Millisecond
}
