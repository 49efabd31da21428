package searchcmd

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"sync/atomic"
	"testing"
	"time"

	"chancery/archive"
	"chancery/index"
	"chancery/internal/service"
	"chancery/internal/writersock"
)

// TestWriterAnswersAsTheArchive runs commands against an archive, then
// again while a writer holds it and answers through its socket: every
// output, error and exit code must be the same (timings aside), files
// written by --svg and --csv included.
func TestWriterAnswersAsTheArchive(t *testing.T) {
	dir := t.TempDir()
	if err := ingestArchive(dir, tagger, filepath.Join("..", "..", "testdata", "sample"), filepath.Join("..", "..", "testdata", "versions")); err != nil {
		t.Fatal(err)
	}
	files := t.TempDir()
	cmds := [][]string{
		{"--facets", "Iraq"},
		{"--json", "--cite", "--kwic", "Iraq"},
		{"--format", "csv", "--country", "US"},
		{"--format", "ris", "Iraq"},
		{"--format", "bibtex", "--size", "2", "--page", "2", "Iraq"},
		{"--format", "table", "--all-versions"},
		{"--sort", "up", "Iraq"},
		{"--from", "2004-13", "Iraq"},
		{"person:Lavrov~"},
		{"Iraq AND ("},
		{"show", "cw-2004-0355"},
		{"show", "--json", "cw-2004-0355", "nope"},
		{"quotes", "--person", "Lavrov"},
		{"quotes", "--json", "--cite", "Iraq"},
		{"timeline", "--by", "year", "Iraq", "--compare", "--country US trade"},
		{"timeline", "--json", "--facet", "person", "--top", "2"},
		{"timeline", "--by", "decade", "Iraq"},
		{"timeline", "--by", "year", "--svg", filepath.Join(files, "t.svg"), "--csv", filepath.Join(files, "t.csv"), "Iraq"},
		{"similar", "cw-2004-0355"},
		{"similar", "--json", "nope"},
		{"values", "person", "Se"},
		{"values", "--json", "country"},
	}
	took := regexp.MustCompile(`"took_ms": [0-9.e+-]+|\([0-9.]+ ms\)`)
	type outcome struct {
		code             int
		stdout, stderr   string
		svgFile, csvFile string
	}
	runAll := func() []outcome {
		var out []outcome
		for _, c := range cmds {
			os.Remove(filepath.Join(files, "t.svg"))
			os.Remove(filepath.Join(files, "t.csv"))
			code, stdout, stderr := run(t, append([]string{"--archive", dir}, c...)...)
			svg, _ := os.ReadFile(filepath.Join(files, "t.svg"))
			csv, _ := os.ReadFile(filepath.Join(files, "t.csv"))
			out = append(out, outcome{code, took.ReplaceAllString(stdout, "T"), took.ReplaceAllString(stderr, "T"), string(svg), string(csv)})
		}
		return out
	}
	local := runAll()

	// a writer takes the archive and answers through its socket
	lock, err := archive.Lock(dir, "test writer", false)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ln, err := writersock.Listen(dir)
	if err != nil {
		t.Skipf("no Unix socket here: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan struct{})
	var calls atomic.Int64
	answer := service.Answerer(ix)
	go func() {
		writersock.Serve(ctx, ln, func(ctx context.Context, call []byte) []byte {
			calls.Add(1)
			return answer(ctx, call)
		})
		close(served)
	}()
	defer func() { cancel(); <-served }()
	li, _ := archive.ReadLock(dir)
	li.Socket = ln.Addr().String()
	lock.Publish(li)

	remote := runAll()
	for i, c := range cmds {
		if local[i] != remote[i] {
			t.Errorf("search %q through the writer differs:\nlocal  %+v\nremote %+v", c, local[i], remote[i])
		}
	}
	if calls.Load() < int64(len(cmds))-8 {
		t.Errorf("the writer answered %d calls of %d commands", calls.Load(), len(cmds))
	}
	if local[0].code != 0 || local[6].code != 2 || local[17].svgFile == "" {
		t.Errorf("the commands did not run as meant: %+v", local)
	}
}

// TestServeAnswersInFlightSearches stops Serve (as a writer does when its
// ingest ends) right after a search was sent: a search that was accepted
// must still get its full answer, not "context canceled", and Serve must
// return only after answering it (the writer closes the index then).
func TestServeAnswersInFlightSearches(t *testing.T) {
	dir := t.TempDir()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	arts := []*archive.Article{
		{ID: "r1", Title: "Envoys meet on the border treaty", Body: "The envoys met to discuss the border treaty."},
		{ID: "r2", Title: "Council extends mission", Body: "The council extended the observer mission."},
	}
	if _, err := ix.Store.Put(arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(arts); err != nil {
		t.Fatal(err)
	}
	call := `{"op":"search","search":{"Query":"treaty","Page":1,"Size":10,"FacetSize":10}}`
	answered := 0
	for i := range 40 {
		sock := filepath.Join(dir, "s.sock")
		ln, err := net.Listen("unix", sock)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		served := make(chan struct{})
		go func() { writersock.Serve(ctx, ln, service.Answerer(ix)); close(served) }()
		conn, err := net.Dial("unix", sock)
		if err != nil {
			t.Fatal(err)
		}
		conn.Write([]byte(call))
		if i%2 == 0 {
			time.Sleep(time.Duration(i) * 50 * time.Microsecond)
		}
		cancel()
		<-served
		// Serve has returned: any answer is complete now.
		conn.SetDeadline(time.Now().Add(100 * time.Millisecond))
		var resp struct {
			Result *service.Result
			Error  *struct{ Message string }
		}
		if err := json.NewDecoder(conn).Decode(&resp); err == nil {
			answered++
			if resp.Error != nil || resp.Result == nil || resp.Result.Total != 1 {
				t.Errorf("run %d: search stopped by the writer's end: %+v", i, resp)
			}
		}
		conn.Close()
	}
	t.Logf("%d of 40 searches were accepted before Serve stopped, all answered", answered)
	if answered == 0 {
		t.Error("no search was accepted before Serve stopped: the test proves nothing")
	}
}
