package web

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"chancery/internal/cli"
	"chancery/internal/searchcmd"
)

// TestServeCommand runs `search serve` through the search command: it
// says it listens on loopback only, answers, and exits 0 when its context
// ends (what SIGINT and SIGTERM do in cmd/search).
func TestServeCommand(t *testing.T) {
	dir := sample(t)
	for _, tc := range []struct {
		listen, say, warn string
	}{
		{"127.0.0.1:0", "(loopback only: no other machine can connect; Ctrl-C stops)", ""},
		{"0.0.0.0:0", "(Ctrl-C stops)", "warning: listening on 0.0.0.0:"},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		outR, outW := io.Pipe()
		var errb strings.Builder
		done := make(chan int, 1)
		go func() {
			done <- searchcmd.Run(ctx, []string{"serve", "--archive", dir, "--listen", tc.listen}, searchcmd.Env{Stdout: outW, Stderr: &errb, Serve: Serve})
			outW.Close()
		}()
		line, err := bufio.NewReader(outR).ReadString('\n')
		if err != nil {
			t.Fatalf("%s: no start line: %v (stderr %s)", tc.listen, err, errb.String())
		}
		go io.Copy(io.Discard, outR)
		if !strings.HasSuffix(strings.TrimSpace(line), tc.say) {
			t.Errorf("%s: start line %q, want it to end %q", tc.listen, line, tc.say)
		}
		addr := strings.Fields(line[strings.Index(line, "http://"):])[0]
		addr = strings.Replace(addr, "0.0.0.0", "127.0.0.1", 1)
		resp, err := http.Get(addr + "api/search?q=Iraq")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", tc.listen, resp.StatusCode)
		}
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("%s: exit %d after the signal: %s", tc.listen, code, errb.String())
			}
		case <-time.After(15 * time.Second):
			t.Fatalf("%s: did not stop", tc.listen)
		}
		if got := errb.String(); (tc.warn == "") != (got == "") || !strings.Contains(got, tc.warn) {
			t.Errorf("%s: stderr %q, want the warning %q", tc.listen, got, tc.warn)
		}
	}
	// Mistakes in the command line are usage errors.
	var errb strings.Builder
	code := searchcmd.Run(context.Background(), []string{"serve", "--archive", dir, "--listen", "8080"}, searchcmd.Env{Stdout: io.Discard, Stderr: &errb, Serve: Serve})
	if code != cli.ExitUsage || !strings.Contains(errb.String(), `--listen "8080": use host:port`) {
		t.Errorf("--listen 8080: exit %d, %q", code, errb.String())
	}
}

// TestRequestTimeout checks that a request out of time answers 503 with
// a JSON error rather than running on.
func TestRequestTimeout(t *testing.T) {
	s, err := New(Options{Archive: sample(t), RequestTimeout: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, path := range []string{"/api/search?q=Iraq&facets=1", "/api/quotes?q=Iraq"} {
		rec := newRecorder(s, path)
		if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), `"status": 503`) {
			t.Errorf("%s: %d %s", path, rec.Code, rec.Body.String())
		}
	}
}
