package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"chancery/bench/engine"

	"github.com/spf13/pflag"
)

// Engine names, as --engines takes them.
const (
	engineChancery = "chancery"
	engineBleve    = "bleve"
	engineFTS5     = "fts5"
)

// Corpus names, as --corpus takes them.
const (
	corpusSynthetic = "synthetic"
	corpusNews      = "news"
	corpusReuters   = "reuters"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// options are the bench command's flags.
type options struct {
	Articles int
	Seed     uint64
	Corpus   string
	Engines  []string
	Workdir  string
	Reps     int
	Warmup   int
	JSON     string
	Cold     int
	Repo     string
	Repeat   int
	Fresh    int
}

func (o *options) addFlags(fs *pflag.FlagSet) {
	fs.IntVar(&o.Articles, "articles", 10000, "synthetic articles to generate")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the synthetic corpus (same seed, same corpus)")
	fs.StringVar(&o.Corpus, "corpus", corpusSynthetic, "corpus: synthetic, news (the synthetic corpus with names written as news writes them: surnames alone, titles, doubled names, companies named like people), or reuters (../shared/corpora/reuters21578, reut2-000..013)")
	fs.StringSliceVar(&o.Engines, "engines", []string{engineBleve, engineFTS5, engineChancery}, "engines to run, in order")
	fs.StringVar(&o.Workdir, "workdir", "", "keep corpus and indexes here (default: a temporary directory, removed at the end)")
	fs.IntVar(&o.Reps, "queries", 200, "timed runs per query class, after a warm-up")
	fs.IntVar(&o.Warmup, "warmup", 5, "untimed runs of each query before timing")
	fs.StringVar(&o.JSON, "json", "", "also write the results as JSON to this file")
	fs.IntVar(&o.Repeat, "repeat", 1, "run each engine this many times (interleaved) and report the medians")
	fs.IntVar(&o.Cold, "cold-runs", 10, "runs of the search command for its cold start (median)")
	fs.IntVar(&o.Fresh, "fresh-runs", 50, "timed runs per query class of the search command, a new process each (0: none)")
	fs.StringVar(&o.Repo, "repo", "", "the Chancery repository (default: found by walking up from the working directory)")
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == childCommand {
		if err := runChild(ctx, args[1:], stdout); err != nil {
			fmt.Fprintf(stderr, "bench %s: %v\n", childCommand, err)
			return 1
		}
		return 0
	}
	var o options
	fs := pflag.NewFlagSet("bench", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	o.addFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: go run -C bench . [flags]\n\nIngests one corpus with each engine, each in its own process, then times queries.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "bench: %v\nTry: go run -C bench . --help\n", err)
		return 2
	}
	for _, e := range o.Engines {
		if e != engineChancery && e != engineBleve && e != engineFTS5 {
			fmt.Fprintf(stderr, "bench: unknown engine %q\nTry: --engines chancery,bleve,fts5\n", e)
			return 2
		}
	}
	if o.Corpus != corpusSynthetic && o.Corpus != corpusNews && o.Corpus != corpusReuters {
		fmt.Fprintf(stderr, "bench: unknown corpus %q\nTry: --corpus synthetic, news or reuters\n", o.Corpus)
		return 2
	}
	rep, err := bench(ctx, o, stderr)
	if errors.Is(err, errNoReuters) {
		fmt.Fprintf(stderr, "bench: %v: skipping\n", err)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "bench: %v\n", err)
		return 1
	}
	printReport(stdout, rep)
	if o.JSON != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err == nil {
			err = os.WriteFile(o.JSON, append(b, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "bench: write %s: %v\n", o.JSON, err)
			return 1
		}
	}
	return 0
}

// report is everything one bench run measured; --json writes it as is.
type report struct {
	Started  time.Time      `json:"started"`
	Command  string         `json:"command"`
	Machine  machine        `json:"machine"`
	Corpus   corpusFiles    `json:"corpus"`
	GenSecs  float64        `json:"generate_seconds"`
	Queries  []engine.Query `json:"queries"`
	Engines  []engineReport `json:"engines"`
	Mismatch []string       `json:"mismatches"` // hit-count differences between engines
	// ParentRSS is the bench process's own peak RSS at the end. On Linux a
	// child's peak RSS starts from its parent's high-water mark (exec after
	// vfork), so this is the floor under every engine's RSS figure.
	ParentRSS int64 `json:"parent_peak_rss_bytes"`
}

type machine struct {
	CPUs      int    `json:"cpus"`
	GoVersion string `json:"go_version"`
	OS        string `json:"os"`
}

// engineReport is one engine's figures.
type engineReport struct {
	Engine string `json:"engine"`
	// Status is "ok", or why the engine has no figures ("skipped: ...",
	// "failed: ...").
	Status string `json:"status"`

	IngestSeconds  float64 `json:"ingest_seconds"` // wall time of the ingest process
	ArticlesPerSec float64 `json:"articles_per_sec"`
	MBPerSec       float64 `json:"mb_per_sec"` // input text (title + body) MB (10^6 bytes) per second
	IngestRSS      int64   `json:"ingest_peak_rss_bytes"`
	// IngestCPU is the ingest process's user + system CPU time: less
	// disturbed by other work on a shared machine than the wall time.
	IngestCPU float64 `json:"ingest_cpu_seconds"`
	// Load is the 1-minute load average when the ingest started and when
	// it ended (from /proc/loadavg): how busy the machine was.
	Load      [2]float64 `json:"load_average"`
	DiskBytes int64      `json:"disk_bytes"` // everything the engine wrote (archive + index)
	DiskRatio float64    `json:"disk_per_input_byte"`
	// Segments counts the index's segment files (*.zap) once the ingest
	// has ended (Chancery and raw Bleve): every search visits each, and a
	// fresh process's first touches of their pages grow with their number.
	// Files of merged-away segments that Bleve has not removed yet count
	// too; both ingests close their index, which removes them.
	Segments int `json:"segments,omitempty"`

	Query    *engine.QueryReport `json:"query,omitempty"`
	QueryRSS int64               `json:"query_peak_rss_bytes,omitempty"`
	// ColdStart is the search command's wall time, start to results
	// printed (Chancery only).
	ColdStart *engine.Latency `json:"cold_start,omitempty"`
	// Fresh is the search command run as a new process per query, as a
	// user of the CLI runs it, per query class (Chancery only).
	Fresh map[string]freshReport `json:"fresh,omitempty"`
	// FreshMismatch lists fresh-process answers whose totals differ from
	// the warm in-process run's.
	FreshMismatch []string `json:"fresh_mismatches,omitempty"`
	// Build says which product source was built (Chancery only): the
	// commit, and how many files of the working tree differed from it.
	Build string `json:"build,omitempty"`
	// Trace is the ingest's RSS over time and its stderr lines with their
	// times.
	Trace *ingestTrace `json:"ingest_trace,omitempty"`
	// Runs holds every run when --repeat asked for more than one; the
	// figures above are then their medians.
	Runs []engineReport `json:"runs,omitempty"`
}

var errNoReuters = errors.New("the Reuters-21578 corpus is not in ../shared/corpora/reuters21578")

func bench(ctx context.Context, o options, logw io.Writer) (*report, error) {
	rep := &report{
		Started: time.Now().UTC(),
		Command: "bench " + strings.Join(os.Args[1:], " "),
		Machine: machine{runtime.NumCPU(), runtime.Version(), runtime.GOOS + "/" + runtime.GOARCH},
	}
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find own binary for the engine processes: %w", err)
	}
	work := o.Workdir
	if work == "" {
		if work, err = os.MkdirTemp("", "chancery-bench-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(work)
	}
	if work, err = filepath.Abs(work); err != nil {
		return nil, err
	}
	switch o.Corpus {
	case corpusSynthetic, corpusNews:
		fmt.Fprintf(logw, "bench: generating %d %s articles (seed %d) in %s\n", o.Articles, o.Corpus, o.Seed, work)
	case corpusReuters:
		fmt.Fprintf(logw, "bench: converting Reuters-21578 (reut2-000..013) into %s\n", work)
	}
	if _, ok := findShared(filepath.Join("corpora", "reuters21578")); !ok && o.Corpus == corpusReuters {
		return nil, errNoReuters
	}
	out, _, _, err := runMeasured(exec.CommandContext(ctx, self, childCommand, "--mode", "prepare", "--dir", work,
		"--kind", o.Corpus, "--articles", fmt.Sprint(o.Articles), "--seed", fmt.Sprint(o.Seed)), logw)
	if err != nil {
		return nil, fmt.Errorf("prepare corpus: %w", err)
	}
	var prep prepareReport
	if err := json.Unmarshal(out, &prep); err != nil {
		return nil, fmt.Errorf("prepare corpus: %w", err)
	}
	rep.Corpus, rep.GenSecs, rep.Queries = prep.Corpus, prep.Seconds, prep.Queries
	corpusDesc, queriesPath := prep.CorpusDesc, prep.QueriesPath
	fmt.Fprintf(logw, "bench: corpus: %d articles, %.1f MB of text, %.1fs\n", rep.Corpus.Docs, float64(rep.Corpus.TextBytes)/1e6, rep.GenSecs)
	for _, q := range rep.Queries {
		fmt.Fprintf(logw, "bench: query %-6s %-40s sampled df %.3f\n", q.Class, q.String(), q.DF)
	}

	r := runner{self: self, work: work, corpusDesc: corpusDesc, queries: queriesPath, o: o, log: logw, corpus: rep.Corpus}
	runs := map[string][]engineReport{}
	for i := 0; i < max(o.Repeat, 1); i++ {
		for _, e := range o.Engines {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			er := r.engine(ctx, e)
			fmt.Fprintf(logw, "bench: %s (run %d of %d): %s\n", e, i+1, max(o.Repeat, 1), er.Status)
			runs[e] = append(runs[e], er)
		}
	}
	for _, e := range o.Engines {
		if o.Repeat > 1 {
			rep.Engines = append(rep.Engines, medianReport(runs[e]))
		} else {
			rep.Engines = append(rep.Engines, runs[e][0])
		}
	}
	rep.Mismatch = mismatches(rep)
	rep.ParentRSS = selfPeakRSS()
	return rep, nil
}

// runner runs the engines' processes.
type runner struct {
	self       string
	work       string
	corpusDesc string
	queries    string
	o          options
	log        io.Writer
	corpus     corpusFiles
}

func (r *runner) engine(ctx context.Context, e string) engineReport {
	er := engineReport{Engine: e, Status: "ok"}
	dir := filepath.Join(r.work, e)
	if err := os.RemoveAll(dir); err != nil {
		er.Status = "failed: " + err.Error()
		return er
	}
	var ingest *exec.Cmd
	var product productBinaries
	if e == engineChancery {
		var err error
		product, err = r.buildProduct(ctx)
		if err != nil {
			er.Status = "skipped: " + err.Error()
			return er
		}
		er.Build = product.build
		ingest = exec.CommandContext(ctx, product.indexer, "add", "--archive", dir, r.corpus.Articles)
	} else {
		ingest = r.child("--mode", "ingest", "--engine", e, "--dir", dir, "--corpus", r.corpusDesc)
	}
	fmt.Fprintf(r.log, "bench: %s: ingesting\n", e)
	er.Load[0] = loadAverage()
	out, wall, rss, cpu, tr, err := runTraced(ingest, r.log, true)
	er.Load[1] = loadAverage()
	er.Trace = tr
	if err != nil {
		er.Status = fmt.Sprintf("failed: ingest: %v", err)
		return er
	}
	if e != engineChancery {
		var ir ingestReport
		if err := json.Unmarshal(out, &ir); err != nil {
			er.Status = fmt.Sprintf("failed: ingest report: %v", err)
			return er
		}
		if ir.Docs != r.corpus.Docs {
			er.Status = fmt.Sprintf("failed: ingested %d of %d articles", ir.Docs, r.corpus.Docs)
			return er
		}
	}
	er.IngestSeconds = wall.Seconds()
	er.ArticlesPerSec = float64(r.corpus.Docs) / wall.Seconds()
	er.MBPerSec = float64(r.corpus.TextBytes) / 1e6 / wall.Seconds()
	er.IngestRSS = rss
	er.IngestCPU = cpu.Seconds()
	er.DiskBytes = dirSize(dir)
	er.DiskRatio = float64(er.DiskBytes) / float64(r.corpus.TextBytes)
	er.Segments = countSegments(dir)
	fmt.Fprintf(r.log, "bench: %s: ingested in %.1fs, %.0f articles/s, peak RSS %.0f MiB\n", e, wall.Seconds(), er.ArticlesPerSec, float64(rss)/(1<<20))

	fmt.Fprintf(r.log, "bench: %s: querying\n", e)
	qargs := []string{"--dir", dir, "--queries", r.queries, "--reps", fmt.Sprint(r.o.Reps), "--warmup", fmt.Sprint(r.o.Warmup)}
	qcmd := r.child(append([]string{"--mode", "query", "--engine", e}, qargs...)...)
	if e == engineChancery {
		qcmd = exec.CommandContext(ctx, product.query, qargs...)
	}
	out, _, qrss, err := runMeasured(qcmd, r.log)
	if err != nil {
		er.Status = fmt.Sprintf("ingest ok; queries failed: %v", err)
		return er
	}
	var qr engine.QueryReport
	if err := json.Unmarshal(out, &qr); err != nil {
		er.Status = fmt.Sprintf("ingest ok; query report: %v", err)
		return er
	}
	er.Query, er.QueryRSS = &qr, qrss

	if e == engineChancery && product.search != "" && r.o.Cold > 0 {
		cs, err := r.coldStart(ctx, product.search, dir)
		if err != nil {
			er.Status = fmt.Sprintf("ok; cold start failed: %v", err)
			return er
		}
		er.ColdStart = &cs
	}
	if e == engineChancery && product.search != "" && r.o.Fresh > 0 {
		fmt.Fprintf(r.log, "bench: %s: fresh search processes\n", e)
		fr, mism, err := r.fresh(ctx, product.search, dir, r.o.Fresh, qr.Results)
		if err != nil {
			er.Status = fmt.Sprintf("ok; fresh search processes failed: %v", err)
			return er
		}
		er.Fresh, er.FreshMismatch = fr, mism
	}
	return er
}

func (r *runner) child(args ...string) *exec.Cmd {
	return exec.Command(r.self, append([]string{childCommand}, args...)...)
}

// coldStart runs the product's search command r.o.Cold times on the first
// term query and summarises the wall times: process start to results
// printed and the process gone.
func (r *runner) coldStart(ctx context.Context, search, dir string) (engine.Latency, error) {
	word := ""
	for _, q := range r.queriesList() {
		if q.Class == engine.ClassTerm {
			word = q.Terms[0]
			break
		}
	}
	var durs []time.Duration
	for i := 0; i < r.o.Cold; i++ {
		cmd := exec.CommandContext(ctx, search, "--archive", dir, word)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		t := time.Now()
		if err := cmd.Run(); err != nil {
			return engine.Latency{}, fmt.Errorf("search --archive %s %s: %v: %s", dir, word, err, firstLine(out.String()))
		}
		durs = append(durs, time.Since(t))
	}
	return engine.Summarise(durs), nil
}

func (r *runner) queriesList() []engine.Query {
	qs, _ := engine.ReadQuerySet(r.queries)
	return qs.Queries
}

// productBinaries are the Chancery commands built for this run, and the
// bench's Chancery query process.
type productBinaries struct{ indexer, search, query, build string }

// buildProduct builds cmd/indexer and cmd/search from the repository with
// the product's own go.mod, into the work directory.
func (r *runner) buildProduct(ctx context.Context) (productBinaries, error) {
	repo := r.o.Repo
	if repo == "" {
		var ok bool
		if repo, ok = findRepo(); !ok {
			return productBinaries{}, errors.New("the Chancery repository was not found above the working directory: pass --repo")
		}
	}
	bin := filepath.Join(r.work, "bin")
	var pb productBinaries
	for _, name := range []string{"indexer", "search"} {
		src := filepath.Join(repo, "cmd", name)
		if gos, _ := filepath.Glob(filepath.Join(src, "*.go")); len(gos) == 0 {
			if name == "search" {
				fmt.Fprintf(r.log, "bench: %s has no Go files yet: no cold start figure\n", src)
				continue
			}
			return pb, fmt.Errorf("%s has no Go files yet: the product's ingest command is not written", src)
		}
		out := filepath.Join(bin, name)
		cmd := exec.CommandContext(ctx, "go", "build", "-C", repo, "-o", out, "./cmd/"+name)
		// Static, as the README installs them: a new process then starts
		// without the C library's dynamic loader.
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if b, err := cmd.CombinedOutput(); err != nil {
			return pb, fmt.Errorf("go build ./cmd/%s: %v\n%s", name, err, b)
		}
		if name == "indexer" {
			pb.indexer = out
		} else {
			pb.search = out
		}
	}
	pb.build = sourceState(ctx, repo)
	pb.query = filepath.Join(bin, "chanceryq")
	cmd := exec.CommandContext(ctx, "go", "build", "-C", filepath.Join(repo, "bench"), "-o", pb.query, "./chanceryq")
	if b, err := cmd.CombinedOutput(); err != nil {
		return pb, fmt.Errorf("go build ./bench/chanceryq: %v\n%s", err, b)
	}
	return pb, nil
}

// sourceState describes the product source in repo: "commit abc1234",
// plus the number of changed files outside bench/ when the tree is dirty.
func sourceState(ctx context.Context, repo string) string {
	head, err := exec.CommandContext(ctx, "git", "-C", repo, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown (not a git checkout)"
	}
	s := "commit " + strings.TrimSpace(string(head))
	st, err := exec.CommandContext(ctx, "git", "-C", repo, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench").Output()
	if err == nil {
		if t := strings.TrimSpace(string(st)); t != "" {
			s += fmt.Sprintf(" + uncommitted changes in %d files", strings.Count(t, "\n")+1)
		}
	}
	return s
}

// runMeasured runs cmd with stderr passed through and returns its stdout,
// wall time and peak RSS in bytes.
func runMeasured(cmd *exec.Cmd, stderr io.Writer) ([]byte, time.Duration, int64, error) {
	out, wall, rss, _, err := runMeasuredCPU(cmd, stderr)
	return out, wall, rss, err
}

// runMeasuredCPU is runMeasured that also returns the user + system CPU
// time of the process.
func runMeasuredCPU(cmd *exec.Cmd, stderr io.Writer) ([]byte, time.Duration, int64, time.Duration, error) {
	out, wall, rss, cpu, _, err := runTraced(cmd, stderr, false)
	return out, wall, rss, cpu, err
}

// runTraced is runMeasuredCPU that, when trace is set, also samples the
// process's RSS over time and timestamps its stderr lines.
func runTraced(cmd *exec.Cmd, stderr io.Writer, trace bool) ([]byte, time.Duration, int64, time.Duration, *ingestTrace, error) {
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = stderr
	var tc *tracer
	if trace {
		tc = newTracer(stderr)
		cmd.Stderr = tc
	}
	t := time.Now()
	err := cmd.Start()
	if err == nil {
		if tc != nil {
			tc.watch(cmd.Process.Pid)
		}
		err = cmd.Wait()
	}
	wall := time.Since(t)
	var tr *ingestTrace
	if tc != nil {
		tr = tc.stop()
	}
	var rss int64
	var cpu time.Duration
	if cmd.ProcessState != nil {
		cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = int64(ru.Maxrss) * 1024 // kilobytes on Linux
		}
	}
	if err != nil {
		return nil, wall, rss, cpu, tr, err
	}
	return out.Bytes(), wall, rss, cpu, tr, nil
}

// loadAverage returns the 1-minute load average, or 0 where there is none.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	var l float64
	fmt.Sscan(string(b), &l)
	return l
}

// mismatches lists queries whose total hits differ between engines, and
// facet queries whose per-year counts differ.
func mismatches(rep *report) []string {
	var out []string
	for _, er := range rep.Engines {
		out = append(out, er.FreshMismatch...)
	}
	for i, q := range rep.Queries {
		totals := map[string]int{}
		var years map[string]int
		yearsFrom := ""
		for _, er := range rep.Engines {
			if er.Query == nil || i >= len(er.Query.Results) {
				continue
			}
			res := er.Query.Results[i]
			totals[er.Engine] = res.Total
			if q.Class == engine.ClassFacet && res.Years != nil {
				if years == nil {
					years, yearsFrom = res.Years, er.Engine
				} else if !sameCounts(years, res.Years) {
					out = append(out, fmt.Sprintf("%s: hits per year differ between %s and %s", q, yearsFrom, er.Engine))
				}
			}
		}
		var vals []int
		for _, v := range totals {
			vals = append(vals, v)
		}
		slices.Sort(vals)
		if len(vals) > 1 && vals[0] != vals[len(vals)-1] {
			var parts []string
			for _, er := range rep.Engines {
				if v, ok := totals[er.Engine]; ok {
					parts = append(parts, fmt.Sprintf("%s %d", er.Engine, v))
				}
			}
			out = append(out, fmt.Sprintf("%s: total hits differ: %s", q, strings.Join(parts, ", ")))
		}
	}
	return out
}

func sameCounts(a, b map[string]int) bool {
	nz := func(m map[string]int) int {
		n := 0
		for _, v := range m {
			if v != 0 {
				n++
			}
		}
		return n
	}
	if nz(a) != nz(b) {
		return false
	}
	for k, v := range a {
		if v != 0 && b[k] != v {
			return false
		}
	}
	return true
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// countSegments returns the number of Bleve segment files (*.zap) under
// dir.
func countSegments(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(path, ".zap") {
			n++
		}
		return nil
	})
	return n
}

// selfPeakRSS returns this process's VmHWM from /proc/self/status, in
// bytes, or 0 where there is none.
func selfPeakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb * 1024
		}
	}
	return 0
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// findRepo walks up from the working directory to the directory whose
// go.mod declares module chancery.
func findRepo() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			first, _, _ := strings.Cut(string(b), "\n")
			if strings.TrimSpace(first) == "module chancery" {
				return dir, true
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// findShared walks up from the working directory looking for
// shared/<rel> (the corpora live beside the repository, in ../shared).
func findShared(rel string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, "shared", rel)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
