package main

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ingestTrace is how an ingest process went over time: its resident set
// sampled every traceEvery, and each line it wrote to stderr with the time
// it came. It shows when the peak RSS happens relative to what the process
// says it is doing.
type ingestTrace struct {
	// RSS holds [seconds since start, MiB] pairs, at most maxTraceSamples
	// (halved in resolution as needed).
	RSS   [][2]float64 `json:"rss_mib"`
	Lines []timedLine  `json:"stderr_lines,omitempty"`
}

type timedLine struct {
	T    float64 `json:"t"`
	Line string  `json:"line"`
}

const (
	traceEvery      = time.Second
	maxTraceSamples = 400
	maxTraceLines   = 200
)

// tracer samples one process's VmRSS from /proc and timestamps its stderr
// lines, passing them on to w.
type tracer struct {
	start time.Time
	w     io.Writer
	mu    sync.Mutex
	buf   []byte
	tr    ingestTrace
	step  int // keep every step-th sample
	n     int
	done  chan struct{}
	wg    sync.WaitGroup
}

func newTracer(w io.Writer) *tracer {
	return &tracer{start: time.Now(), w: w, step: 1, done: make(chan struct{})}
}

// Write passes p on and records every complete line with its time.
func (t *tracer) Write(p []byte) (int, error) {
	t.mu.Lock()
	t.buf = append(t.buf, p...)
	for {
		i := bytes.IndexByte(t.buf, '\n')
		if i < 0 {
			break
		}
		if len(t.tr.Lines) < maxTraceLines {
			line := strings.TrimSpace(string(t.buf[:i]))
			// Progress redraws (\r) keep only their last state.
			if j := strings.LastIndexByte(line, '\r'); j >= 0 {
				line = line[j+1:]
			}
			t.tr.Lines = append(t.tr.Lines, timedLine{T: t.since(), Line: line})
		}
		t.buf = t.buf[i+1:]
	}
	t.mu.Unlock()
	return t.w.Write(p)
}

func (t *tracer) since() float64 {
	return float64(time.Since(t.start).Milliseconds()) / 1000
}

// watch samples pid until stop is called.
func (t *tracer) watch(pid int) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		tick := time.NewTicker(traceEvery)
		defer tick.Stop()
		for {
			select {
			case <-t.done:
				return
			case <-tick.C:
				if mib, ok := procRSS(pid); ok {
					t.sample(mib)
				}
			}
		}
	}()
}

func (t *tracer) sample(mib float64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
	if t.n%t.step != 0 {
		return
	}
	t.tr.RSS = append(t.tr.RSS, [2]float64{t.since(), mib})
	if len(t.tr.RSS) >= maxTraceSamples {
		// Halve the resolution: keep every other sample from now on.
		kept := t.tr.RSS[:0]
		for i, s := range t.tr.RSS {
			if i%2 == 1 {
				kept = append(kept, s)
			}
		}
		t.tr.RSS = kept
		t.step *= 2
	}
}

func (t *tracer) stop() *ingestTrace {
	close(t.done)
	t.wg.Wait()
	t.mu.Lock()
	defer t.mu.Unlock()
	tr := t.tr
	return &tr
}

// procRSS reads VmRSS of pid from /proc, in MiB.
func procRSS(pid int) (float64, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			if err != nil {
				return 0, false
			}
			return kb / 1024, true
		}
	}
	return 0, false
}
