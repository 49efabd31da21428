package searchcmd

import (
	"bytes"
	"chancery/internal/cli"
	"chancery/internal/service"
	"chancery/internal/shared"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"chancery/archive"
	"chancery/index"
	"chancery/ingest"
)

// fakeTagger tags the persons and countries of a fixed list named in an
// article, by full name or surname: the tests do not depend on package
// entities.
type fakeTagger struct {
	persons   []string
	countries []archive.Country
}

func (f fakeTagger) Extract(a *archive.Article) {
	text := a.Title + "\n" + a.Body
	a.Persons, a.Countries = nil, nil
	for _, p := range f.persons {
		w := strings.Fields(p)
		if strings.Contains(text, p) || strings.Contains(text, w[len(w)-1]) {
			a.Persons = append(a.Persons, p)
		}
	}
	for _, c := range f.countries {
		if strings.Contains(text, c.Name) {
			a.Countries = append(a.Countries, c)
		}
	}
}

var tagger = fakeTagger{
	persons: []string{"Sergei Lavrov", "Hoshyar Zebari", "Saddam Hussein", "Jan Pronk", "Mustafa Osman Ismail", "Colin Powell", "Adel Abdul Mahdi"},
	countries: []archive.Country{
		{Name: "Iraq", Code: "IQ"}, {Name: "Russia", Code: "RU"}, {Name: "Sudan", Code: "SD"},
		{Name: "Syria", Code: "SY"}, {Name: "Ukraine", Code: "UA"}, {Name: "United States", Code: "US"},
	},
}

// buildArchive ingests paths into a new archive in dir with tag.
func buildArchive(t testing.TB, dir string, tag ingest.Tagger, paths ...string) {
	t.Helper()
	if err := ingestArchive(dir, tag, paths...); err != nil {
		t.Fatal(err)
	}
}

// ingestArchive ingests paths into a new archive in dir with tag; any
// rejected input is an error.
func ingestArchive(dir string, tag ingest.Tagger, paths ...string) error {
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	var log bytes.Buffer
	st, err := ingest.New(ix, tag, ingest.Options{Log: &log}).Paths(context.Background(), paths)
	if err != nil {
		return fmt.Errorf("ingest: %w\n%s", err, log.String())
	}
	if st.Rejected > 0 {
		return fmt.Errorf("ingest rejected %d:\n%s", st.Rejected, log.String())
	}
	return nil
}

var (
	sampleOnce sync.Once
	sampleDir  string
	sampleErr  error
)

// sample returns an archive of testdata/sample and testdata/versions,
// built once for the package's tests, which only read it. When building it
// failed, every test that asks for it fails with that error.
func sample(t *testing.T) string {
	t.Helper()
	sampleOnce.Do(func() {
		sampleDir, sampleErr = os.MkdirTemp("", "chancery-searchcmd-")
		if sampleErr != nil {
			return
		}
		sampleErr = ingestArchive(sampleDir, tagger, filepath.Join("..", "..", "testdata", "sample"), filepath.Join("..", "..", "testdata", "versions"))
	})
	if sampleErr != nil {
		t.Fatalf("sample archive: %v", sampleErr)
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

// run runs the search command in-process.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, Env{Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// mustRun runs the command and fails the test unless it exits 0.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := run(t, args...)
	if code != 0 {
		t.Fatalf("search %q exited %d:\n%s", args, code, errs)
	}
	return out
}

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	return v
}

func TestFormats(t *testing.T) {
	dir := sample(t)
	t.Run("csv", func(t *testing.T) {
		out := mustRun(t, "--archive", dir, "--format", "csv", "--cite", "--size", "50", "Iraq")
		if !strings.Contains(out, "\r\n") || strings.ContainsAny(out, "\x00") || strings.Contains(out, "**") {
			t.Errorf("CSV lines must end in CRLF and carry no marks:\n%q", out)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("CSV does not parse: %v\n%s", err, out)
		}
		want := append(append([]string{}, service.CSVHeader...), "citation")
		if strings.Join(recs[0], ",") != strings.Join(want, ",") {
			t.Errorf("header %v, want %v", recs[0], want)
		}
		res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--size", "50", "Iraq"))
		if len(recs)-1 != len(res.Hits) {
			t.Fatalf("%d CSV rows, %d hits", len(recs)-1, len(res.Hits))
		}
		for i, h := range res.Hits {
			row := recs[i+1]
			if row[0] != h.ID || row[1] != h.Date || row[2] != h.Title || row[4] != strings.Join(h.Persons, "; ") {
				t.Errorf("row %d = %q, hit %+v", i, row, h)
			}
			if !strings.HasPrefix(row[len(row)-1], h.Source+", "+h.Date) {
				t.Errorf("row %d citation %q", i, row[len(row)-1])
			}
		}
	})
	t.Run("bom", func(t *testing.T) {
		out := mustRun(t, "--archive", dir, "--format", "csv", "--bom", "Iraq")
		if !strings.HasPrefix(out, "\ufeffid,date,") {
			t.Errorf("no BOM: %q", out[:20])
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		out := mustRun(t, "--archive", dir, "--format", "jsonl", "Iraq")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 2 {
			t.Fatalf("want several lines:\n%s", out)
		}
		for _, l := range lines {
			h := decode[service.Hit](t, l)
			if h.ID == "" || h.Title == "" {
				t.Errorf("line without id or title: %s", l)
			}
		}
	})
	t.Run("table", func(t *testing.T) {
		out := mustRun(t, "--archive", dir, "--format", "table", "--all-versions", "Lavrov", "troops")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if !strings.HasPrefix(lines[0], "#  DATE") || len(lines) != 5 || !strings.Contains(out, "cw-2004-0355") {
			t.Errorf("table:\n%s", out)
		}
		for _, l := range lines {
			if strings.HasSuffix(l, " ") {
				t.Errorf("line ends in spaces: %q", l)
			}
		}
	})
	t.Run("conflicts", func(t *testing.T) {
		for _, args := range [][]string{{"--json", "--format", "csv", "x"}, {"--format", "xml", "x"}} {
			code, _, errs := run(t, append([]string{"--archive", dir}, args...)...)
			if code != cli.ExitUsage || !strings.Contains(errs, "Try:") {
				t.Errorf("%q: exit %d, %s", args, code, errs)
			}
		}
	})
}

func TestCite(t *testing.T) {
	dir := sample(t)
	out := mustRun(t, "--archive", dir, "--cite", "--all-versions", "title:offers")
	want := `cite: Chancery Wire, 2004-07-26, "Russia offers Iraq help on debt, rules out troops". Chancery id cw-2004-0355.`
	if !strings.Contains(out, want) {
		t.Errorf("no citation line %q in:\n%s", want, out)
	}
	res := decode[service.Result](t, mustRun(t, "--archive", dir, "--cite", "--json", "title:offers"))
	if len(res.Hits) != 1 || !strings.HasPrefix(res.Hits[0].Citation, "Chancery Wire, 2004-07-26,") {
		t.Errorf("JSON citation: %+v", res.Hits)
	}
}

func TestKWIC(t *testing.T) {
	dir := sample(t)
	res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--kwic", "--all-versions", `"Paris Club"`))
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	for _, h := range res.Hits {
		if len(h.KWIC) == 0 {
			t.Errorf("%s: no passages", h.ID)
			continue
		}
		for _, k := range h.KWIC {
			if !strings.Contains(k, "<mark>Paris</mark> <mark>Club</mark>") {
				t.Errorf("%s: passage without the marked match: %s", h.ID, k)
			}
		}
	}
	// the matching sentence comes with its neighbours, not more
	out := mustRun(t, "--archive", dir, "--kwic", "--kwic-context", "0", "--all-versions", "title:cancel", "Paris")
	want := "   » **PARIS**, Nov 21 - The **Paris** Club of creditor governments agreed on Sunday to write off 80 percent of the debt Iraq owes its members, a deal worth about 31 billion dollars. …"
	if !strings.Contains(out, want) {
		t.Errorf("want passage\n%s\nin\n%s", want, out)
	}
	out = mustRun(t, "--archive", dir, "--kwic", "--all-versions", "title:cancel", "Paris")
	if !strings.Contains(out, "billion dollars. The United States had pushed") {
		t.Errorf("context 1 should add the next sentence:\n%s", out)
	}
	if code, _, _ := run(t, "--archive", dir, "--kwic-context", "11", "x"); code != cli.ExitUsage {
		t.Errorf("--kwic-context 11: exit %d", code)
	}
}

func TestQuotes(t *testing.T) {
	dir := sample(t)
	res := decode[service.Quotes](t, mustRun(t, "quotes", "--archive", dir, "--json", "--person", "Sergei Lavrov"))
	if res.Total != len(res.Quotes) || res.Total < 3 {
		t.Fatalf("total %d, %d quotes: %+v", res.Total, len(res.Quotes), res)
	}
	kinds := map[string]bool{}
	var texts []string
	for _, q := range res.Quotes {
		if q.Person != "Sergei Lavrov" {
			t.Errorf("quote by %s under --person Sergei Lavrov: %+v", q.Person, q)
		}
		if q.ID == "" || q.Date == "" || q.Title == "" || q.Source == "" {
			t.Errorf("quote without its article: %+v", q)
		}
		kinds[string(q.Kind)] = true
		texts = append(texts, q.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"We will not send soldiers", "write-off of Iraqi debt", "Russian firms were ready to return"} {
		if !strings.Contains(all, want) {
			t.Errorf("Lavrov's statements lack %q:\n%s", want, all)
		}
	}
	if !kinds["direct"] || !kinds["reported"] {
		t.Errorf("want direct and reported statements, got %v", kinds)
	}
	if strings.Contains(all, "Baghdad valued") || strings.Contains(all, "oil companies would return") {
		t.Errorf("Zebari's statements attributed to Lavrov:\n%s", all)
	}
	// a surname works; the text output groups statements by article
	out := mustRun(t, "quotes", "--archive", dir, "--person", "Pronk")
	for _, want := range []string{"gz-2004-1103", "Jan Pronk (direct, name: \"Pronk\"): “Both sides are violating the agreement every day. This cannot go on”"} {
		if !strings.Contains(out, want) {
			t.Errorf("quotes --person Pronk lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Ismail") {
		t.Errorf("--person Pronk shows others:\n%s", out)
	}
	// CSV
	out = mustRun(t, "quotes", "--archive", dir, "--format", "csv", "Darfur")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) < 3 || recs[0][0] != "person" {
		t.Errorf("quotes CSV (%v):\n%s", err, out)
	}
	if code, _, _ := run(t, "quotes", "--archive", dir, "--kwic", "x"); code != cli.ExitUsage {
		t.Errorf("quotes --kwic: exit %d, want %d", code, cli.ExitUsage)
	}
}

// TestQuotesSeed runs `search quotes --person "Sergei Lavrov"` on the
// seed page: his statements on peacekeepers and Iraq's debt, and none by
// others.
func TestQuotesSeed(t *testing.T) {
	seed := shared.Find("seed/voa-2004-07-24.txt")
	if seed == "" {
		t.Skip("seed article ../shared/seed/voa-2004-07-24.txt not present")
	}
	dir := t.TempDir()
	buildArchive(t, dir, tagger, seed)
	res := decode[service.Quotes](t, mustRun(t, "quotes", "--archive", dir, "--json", "--person", "Sergei Lavrov"))
	var texts []string
	for _, q := range res.Quotes {
		if q.Person != "Sergei Lavrov" || q.Date != "2004-07-24" {
			t.Errorf("quote %+v", q)
		}
		texts = append(texts, q.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"peacekeeping troops", "peacekeepers", "debt"} {
		if !strings.Contains(all, want) {
			t.Errorf("no statement on %q:\n%s", want, all)
		}
	}
	for _, not := range []string{"technicians", "might seek", "insurgency", "Soviet"} {
		if strings.Contains(all, not) {
			t.Errorf("a statement by someone else (%q) attributed to Lavrov:\n%s", not, all)
		}
	}
	// Zebari's statements are his
	zres := decode[service.Quotes](t, mustRun(t, "quotes", "--archive", dir, "--json", "--person", "Zebari"))
	var z []string
	for _, q := range zres.Quotes {
		z = append(z, q.Text)
	}
	if !strings.Contains(strings.Join(z, "\n"), "technicians") {
		t.Errorf("the Iraqi foreign minister's hope is not Zebari's: %q", z)
	}
}

func TestTimeline(t *testing.T) {
	dir := sample(t)
	// counts per year agree with the dates of every hit
	res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--all-versions", "--size", "100", "Iraq"))
	want := map[string]int{}
	for _, h := range res.Hits {
		want[h.Date[:4]]++
	}
	tl := decode[service.Series](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "year", "--all-versions", "Iraq"))
	if tl.Total != res.Total || tl.By != "year" || len(tl.Buckets) != 3 || tl.Counts != index.CountArticles {
		t.Fatalf("timeline %+v, search total %d", tl, res.Total)
	}
	for _, b := range tl.Buckets {
		if b.Count != want[b.Period] {
			t.Errorf("%s: %d, want %d", b.Period, b.Count, want[b.Period])
		}
	}
	// By default a timeline counts stories, as the year facet does: the
	// sample holds copies of one story, so fewer than the articles.
	stories := decode[service.Series](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "year", "Iraq"))
	years := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--facet-fields", "year", "Iraq"))
	if stories.Counts != index.CountStories || stories.Total >= tl.Total || years.FacetsCount != index.CountStories {
		t.Errorf("timeline of stories %d (%q), of articles %d; facets count %q", stories.Total, stories.Counts, tl.Total, years.FacetsCount)
	}
	perYear := map[string]int{}
	for _, fv := range years.Facets["year"] {
		perYear[fv.Value] = fv.Count
	}
	for _, b := range stories.Buckets {
		if b.Count != perYear[b.Period] {
			t.Errorf("%s: timeline counts %d stories, the year facet %d", b.Period, b.Count, perYear[b.Period])
		}
	}
	// months: every month of the span, empty ones too
	tl = decode[service.Series](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "month", "--all-versions", "--from", "2004-06", "--to", "2004-08", "Lavrov"))
	got := ""
	for _, b := range tl.Buckets {
		got += b.Period + "=" + itoa(b.Count) + " "
	}
	if got != "2004-06=0 2004-07=3 2004-08=0 " {
		t.Errorf("months: %s", got)
	}
	// --compare: one series per query
	cmp := decode[service.Compared](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "year", "Iraq", "--compare", "Sudan"))
	if len(cmp.Series) != 2 || cmp.Series[1].Query != "Sudan" || len(cmp.Series[0].Buckets) != len(cmp.Series[1].Buckets) {
		t.Errorf("compare: %+v", cmp)
	}
	// --facet person: top persons of each period
	fj := decode[service.Series](t, mustRun(t, "timeline", "--archive", dir, "--json", "--by", "year", "--all-versions", "--facet", "person", "--top", "1", "Iraq"))
	for _, b := range fj.Buckets {
		if b.Count > 0 && len(b.Top) != 1 {
			t.Errorf("%s: top %v", b.Period, b.Top)
		}
		if b.Period == "2004" && (len(b.Top) != 1 || b.Top[0].Value != "Hoshyar Zebari" && b.Top[0].Value != "Sergei Lavrov") {
			t.Errorf("2004: top %v", b.Top)
		}
	}
	// terminal chart, CSV and SVG files
	svg, csvPath := filepath.Join(t.TempDir(), "c.svg"), filepath.Join(t.TempDir(), "c.csv")
	out := mustRun(t, "timeline", "--archive", dir, "--by", "year", "--svg", svg, "--csv", csvPath, "--title", "Iraq & Sudan", "Iraq", "--compare", "Sudan")
	if !strings.Contains(out, "2004 │██") || !strings.Contains(out, "█ Iraq   ▓ Sudan") {
		t.Errorf("terminal chart:\n%s", out)
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	if err := wellFormed(data); err != nil {
		t.Errorf("SVG: %v", err)
	}
	if !bytes.Contains(data, []byte("Iraq &amp; Sudan")) || !bytes.Contains(data, []byte(">2005</text>")) {
		t.Errorf("SVG lacks title or labels:\n%s", data)
	}
	data, _ = os.ReadFile(csvPath)
	if !strings.HasPrefix(string(data), "period,Iraq,Sudan\r\n2003,") {
		t.Errorf("CSV:\n%s", data)
	}
	for _, args := range [][]string{{"--by", "fortnight", "x"}, {"--facet", "colour", "x"}, {"--facet", "person", "--compare", "y", "x"}} {
		if code, _, _ := run(t, append([]string{"timeline", "--archive", dir}, args...)...); code != cli.ExitUsage {
			t.Errorf("timeline %q: exit %d, want %d", args, code, cli.ExitUsage)
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestSimilar(t *testing.T) {
	dir := sample(t)
	res := decode[service.Result](t, mustRun(t, "similar", "--archive", dir, "--json", "cw-2004-0355"))
	if len(res.Hits) < 3 {
		t.Fatalf("hits: %+v", res.Hits)
	}
	for _, h := range res.Hits {
		if h.ID == "cw-2004-0355" {
			t.Error("the article itself is among the similar ones")
		}
	}
	// its wire copies first, then the other Lavrov-Zebari stories
	top := map[string]bool{res.Hits[0].ID: true, res.Hits[1].ID: true}
	if !top["gz-2004-0726"] || !top["gz-2004-0727"] {
		t.Errorf("wire copies not first: %s, %s", res.Hits[0].ID, res.Hits[1].ID)
	}
	if id := res.Hits[2].ID; id != "cw-2005-0202" && id != "voa-5b5832b388af3bcd" && id != "cw-2003-0412" {
		t.Errorf("third most similar is %s (%s)", id, res.Hits[2].Title)
	}
	out := mustRun(t, "similar", "--archive", dir, "cw-2004-0355")
	if !strings.HasPrefix(out, `Like cw-2004-0355 "Russia offers Iraq help on debt, rules out troops"`) || !strings.Contains(out, "lavrov") {
		t.Errorf("text output:\n%s", out)
	}
	if code, _, errs := run(t, "similar", "--archive", dir, "no-such-id"); code != cli.ExitFail || !strings.Contains(errs, "no such article") {
		t.Errorf("unknown id: exit %d, %s", code, errs)
	}
}

func TestVersions(t *testing.T) {
	dir := sample(t)
	res := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "Lavrov", "troops"))
	if res.Total != 3 || len(res.Hits) != 1 {
		t.Fatalf("want 3 articles folded into 1 hit: %+v", res)
	}
	h := res.Hits[0]
	if h.Versions != 2 || len(h.VersionIDs) != 2 {
		t.Errorf("versions %d %v", h.Versions, h.VersionIDs)
	}
	ids := append([]string{h.ID}, h.VersionIDs...)
	for _, want := range []string{"cw-2004-0355", "gz-2004-0726", "gz-2004-0727"} {
		if !strings.Contains(strings.Join(ids, " "), want) {
			t.Errorf("%s not among %v", want, ids)
		}
	}
	out := mustRun(t, "--archive", dir, "Lavrov", "troops")
	if !strings.Contains(out, "· 2 similar versions") {
		t.Errorf("text output lacks the versions:\n%s", out)
	}
	all := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--all-versions", "Lavrov", "troops"))
	if len(all.Hits) != 3 {
		t.Errorf("--all-versions: %d hits, want 3", len(all.Hits))
	}
	for _, h := range all.Hits {
		if h.Versions != 0 {
			t.Errorf("--all-versions hit with versions: %+v", h)
		}
	}
	// pages count stories: the Gazette copies do not push others off
	page := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--size", "100", "Iraq"))
	allIraq := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--size", "100", "--all-versions", "Iraq"))
	if len(page.Hits) != len(allIraq.Hits)-2 || page.Total != allIraq.Total {
		t.Errorf("Iraq: %d stories of %d articles (total %d/%d), want two folded", len(page.Hits), len(allIraq.Hits), page.Total, allIraq.Total)
	}
}

func TestFacetFields(t *testing.T) {
	dir := sample(t)
	all := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--facets", "Iraq"))
	some := decode[service.Result](t, mustRun(t, "--archive", dir, "--json", "--facet-fields", "country,year", "Iraq"))
	if len(some.Facets) != 2 || len(some.Facets["country"]) == 0 || len(some.Facets["year"]) == 0 {
		t.Fatalf("--facet-fields country,year gave facets %v", some.Facets)
	}
	for _, f := range []string{"country", "year"} {
		if !slices.Equal(some.Facets[f], all.Facets[f]) {
			t.Errorf("%s: %v with --facet-fields, %v with --facets", f, some.Facets[f], all.Facets[f])
		}
	}
	if len(all.Facets) != 6 {
		t.Errorf("--facets gave %d facets, want 6", len(all.Facets))
	}
	code, _, errs := run(t, "--archive", dir, "--facet-fields", "country,colour", "Iraq")
	if code != cli.ExitUsage || !strings.Contains(errs, `no facet "colour"`) {
		t.Errorf("bad facet name: exit %d, %s", code, errs)
	}
}

// TestUsageHints: a usage error points at the help of the subcommand it
// was made in.
func TestUsageHints(t *testing.T) {
	dir := sample(t)
	for _, tc := range []struct {
		args []string
		try  string
	}{
		{[]string{"--sort", "up", "x"}, "search --help"},
		{[]string{"timeline", "--by", "day", "x"}, "search timeline --help"},
		{[]string{"quotes", "--size", "0", "x"}, "search quotes --help"},
		{[]string{"values", "colour"}, "search values --help"},
		{[]string{"similar", "--from", "2004-13", "cw-2004-0355"}, "search similar --help"},
	} {
		code, _, errs := run(t, append([]string{"--archive", dir}, tc.args...)...)
		if code != cli.ExitUsage || !strings.HasSuffix(errs, "\nTry: "+tc.try+"\n") {
			t.Errorf("search %q: exit %d, stderr %q; want Try: %s", tc.args, code, errs, tc.try)
		}
	}
}

// TestShowSeveral: show prints every article it finds and names the ids
// it does not, exiting 1; one id alone that is not found is an error.
func TestShowSeveral(t *testing.T) {
	dir := sample(t)
	for _, tc := range []struct {
		args     []string
		code     int
		out, err []string // what stdout and stderr hold
	}{
		{[]string{"show", "cw-2004-0355", "no-such-id", "cw-2005-0202"}, 1,
			[]string{"id:        cw-2004-0355", "id:        cw-2005-0202"}, []string{`article "no-such-id": no such article`}},
		{[]string{"show", "--json", "cw-2004-0355", "no-such-id"}, 1, []string{`[`, `"id": "cw-2004-0355"`}, []string{`article "no-such-id": no such article`}},
		{[]string{"show", "no-such-id"}, 1, nil, []string{`article "no-such-id": no such article`}},
		{[]string{"show", "cw-2004-0355", "cw-2005-0202"}, 0, []string{"id:        cw-2004-0355", "id:        cw-2005-0202"}, nil},
	} {
		code, out, errs := run(t, append([]string{"--archive", dir}, tc.args...)...)
		if code != tc.code {
			t.Errorf("%q: exit %d, want %d (%s)", tc.args, code, tc.code, errs)
		}
		for _, w := range tc.out {
			if !strings.Contains(out, w) {
				t.Errorf("%q: stdout lacks %q:\n%s", tc.args, w, out)
			}
		}
		for _, w := range tc.err {
			if !strings.Contains(errs, w) {
				t.Errorf("%q: stderr lacks %q:\n%s", tc.args, w, errs)
			}
		}
	}
}

// TestTimelineTitleSaysWhatItCounts: the chart's title names stories, as
// its counts are, or articles with every version.
func TestTimelineTitleSaysWhatItCounts(t *testing.T) {
	dir := sample(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "--by", "year", "Iraq"}, "Stories per year: Iraq\n"},
		{[]string{"timeline", "--by", "year", "--all-versions", "Iraq"}, "Articles per year: Iraq\n"},
		{[]string{"timeline", "--by", "year", "Iraq", "--compare", "Sudan"}, "Stories per year: Iraq vs Sudan\n"},
	} {
		out := mustRun(t, append([]string{"--archive", dir}, tc.args...)...)
		if !strings.HasPrefix(out, tc.want) {
			t.Errorf("%q: title line %q, want %q", tc.args, strings.SplitN(out, "\n", 2)[0], tc.want)
		}
	}
}

// TestWarnsWhenIndexBehind: an article stored but not indexed (a writer
// stopped between the two) makes search say that its results may be out
// of date, until a writer replays the journal.
func TestWarnsWhenIndexBehind(t *testing.T) {
	dir := t.TempDir()
	buildArchive(t, dir, tagger, filepath.Join("..", "..", "testdata", "sample"))
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var a *archive.Article
	for b, err := range ix.Store.Articles() {
		if err != nil {
			t.Fatal(err)
		}
		a = b
		break
	}
	if a == nil {
		t.Fatal("no article in the sample archive")
	}
	a.Title += " (corrected)"
	if _, err := ix.Store.Put([]*archive.Article{a}); err != nil { // stored, not indexed
		t.Fatal(err)
	}
	ix.Close()
	_, _, errs := run(t, "--archive", dir, "talks")
	if !strings.Contains(errs, "1 changes to the archive's articles are not in its index yet") || !strings.Contains(errs, "indexer verify --repair --archive "+dir) {
		t.Errorf("no warning of the index behind its store:\n%s", errs)
	}
	ix, err = index.Open(dir, index.Options{}) // a writer replays the journal
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, _, errs := run(t, "--archive", dir, "talks"); strings.Contains(errs, "not in its index yet") {
		t.Errorf("a warning after the journal was replayed:\n%s", errs)
	}
}
