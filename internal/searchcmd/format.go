package searchcmd

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"chancery/archive"
	"chancery/index"
	"chancery/quotes"

	"github.com/spf13/pflag"
)

// Output formats of a search.
const (
	formatText  = "text"  // a numbered list with snippets, for a person
	formatTable = "table" // one aligned line per hit
	formatJSON  = "json"  // one JSON document
	formatJSONL = "jsonl" // one JSON object per hit and line
	formatCSV   = "csv"   // RFC 4180, one row per hit
	formatRIS   = "ris"   // RIS citation records, for reference managers
	formatBib   = "bibtex"
)

// outputOptions are the flags that shape what a search prints.
type outputOptions struct {
	Format string
	// Cite adds a citation line to each hit.
	Cite bool
	// KWIC shows each hit's matching sentences with KWICContext sentences
	// on each side instead of the fixed snippet.
	KWIC        bool
	KWICContext int
	// BOM starts CSV output with a UTF-8 byte order mark, for spreadsheets
	// that otherwise guess another encoding.
	BOM bool
}

func (o *outputOptions) addFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Format, "format", "", "output: text (default), table, json, jsonl, csv, or citations as ris or bibtex")
	fs.BoolVar(&o.Cite, "cite", false, "add a citation line (source, date, headline, URL or id) to each hit")
	fs.BoolVar(&o.KWIC, "kwic", false, "show each hit's matching sentences with their neighbours instead of a snippet")
	fs.IntVar(&o.KWICContext, "kwic-context", 1, "sentences shown on each side of a matching one (with --kwic)")
	fs.BoolVar(&o.BOM, "bom", false, "start CSV output with a UTF-8 byte order mark (for Excel)")
}

// resolve settles the format from --format and --json.
func (o *outputOptions) resolve(jsonFlag bool) error {
	switch o.Format {
	case "":
		o.Format = formatText
		if jsonFlag {
			o.Format = formatJSON
		}
	case formatText, formatTable, formatJSON, formatJSONL, formatCSV, formatRIS, formatBib:
		if jsonFlag && o.Format != formatJSON {
			return usagef("--json and --format %s disagree: use one", o.Format)
		}
	default:
		return usagef("--format %q: use text, table, json, jsonl, csv, ris or bibtex", o.Format)
	}
	if o.KWICContext < 0 || o.KWICContext > 10 {
		return usagef("--kwic-context must be between 0 and 10, not %d", o.KWICContext)
	}
	return nil
}

// marks returns the match marks for the format: none in CSV and tables.
func (o *outputOptions) marks(color bool) [2]string {
	switch {
	case o.Format == formatCSV || o.Format == formatTable || o.Format == formatRIS || o.Format == formatBib:
		return [2]string{plainMark, plainMark}
	case o.Format == formatJSON || o.Format == formatJSONL:
		return [2]string{"<mark>", "</mark>"}
	case color:
		return [2]string{"\x1b[1m", "\x1b[0m"}
	}
	return [2]string{"**", "**"}
}

// plainMark stands for "no mark": the index puts a default mark where it
// is given none, so formats without marks ask for this one and remove it.
const plainMark = "\x00"

func unmark(s string) string { return strings.ReplaceAll(s, plainMark, "") }

// hitJSON is a hit as search prints it in JSON, JSON Lines and CSV.
type hitJSON struct {
	index.Hit
	// KWIC are the matching sentences with their neighbours (--kwic).
	KWIC []string `json:"kwic,omitempty"`
	// Citation is the citation line (--cite).
	Citation string `json:"citation,omitempty"`
	// art is the article, read for citations.
	art *archive.Article
}

// resultJSON is the JSON shape of a search (and of `search similar`).
type resultJSON struct {
	Total  uint64                        `json:"total"`
	TookMS float64                       `json:"took_ms"`
	Hits   []hitJSON                     `json:"hits"`
	Facets map[string][]index.FacetValue `json:"facets,omitempty"`
	// FacetsCount and FacetCopies say what the facets count (stories or
	// every stored copy) and how many copies they left out.
	FacetsCount string `json:"facets_count,omitempty"`
	FacetCopies int    `json:"facet_copies,omitempty"`
	// Notes say how the request was read (index.Result.Notes).
	Notes []string `json:"notes,omitempty"`
	// Grouping says that near-duplicate copies were folded into the
	// hits, when some were.
	Grouping *grouping `json:"grouping,omitempty"`
}

// grouping says how many hits stand for how many articles when copies of
// a story were grouped.
type grouping struct {
	Hits     int    `json:"hits"`
	Articles int    `json:"articles"`
	Note     string `json:"note"`
}

// grouped returns the grouping of hits, nil when no copies were folded.
func grouped(hits []hitJSON) *grouping {
	g := &grouping{Hits: len(hits)}
	for _, h := range hits {
		g.Articles += 1 + h.Versions
	}
	if g.Articles == g.Hits {
		return nil
	}
	g.Note = fmt.Sprintf("%d %s stand for %d articles: near-duplicate copies of a story are grouped under its best-ranked copy (versions, version_ids); --all-versions lists every copy",
		g.Hits, plural(g.Hits, "hit", "hits"), g.Articles)
	return g
}

// decorate adds keyword-in-context passages and citations to the hits.
func decorate(ix *index.Index, req *index.Request, res *index.Result, o *outputOptions) ([]hitJSON, error) {
	out := make([]hitJSON, len(res.Hits))
	var m *index.Matcher
	if o.KWIC {
		var err error
		if m, err = ix.Matcher(req); err != nil {
			return nil, err
		}
	}
	for i, h := range res.Hits {
		out[i].Hit = h
		if o.Cite || o.Format == formatRIS || o.Format == formatBib {
			a, err := ix.Store.Get(h.ID)
			if err != nil {
				return nil, fmt.Errorf("cite: index and store disagree (run `indexer verify --repair`): %w", err)
			}
			out[i].art = a
			if o.Cite {
				out[i].Citation = cite(a)
			}
		}
		if m != nil {
			a, err := ix.Store.Get(h.ID)
			if err != nil {
				return nil, fmt.Errorf("kwic: index and store disagree (run `indexer verify --repair`): %w", err)
			}
			out[i].KWIC = kwic(m, a, o.KWICContext)
		}
	}
	return out, nil
}

// kwic returns the sentences of a's body that hold a match, each with ctx
// sentences on either side; overlapping passages are merged. With no match
// in the body (a title-only match) it returns the opening sentence.
func kwic(m *index.Matcher, a *archive.Article, ctx int) []string {
	body := a.Body
	sents := quotes.Sentences(body)
	spans := m.Matches(body)
	// Words match the title too: a title-only brief, or a word only in
	// the title, shows its title.
	if len(spans) == 0 || len(sents) == 0 {
		if ts := m.Matches(a.Title); len(ts) > 0 {
			return []string{m.Mark(a.Title, 0, len(a.Title), ts)}
		}
	}
	if len(sents) == 0 {
		return nil
	}
	hit := make([]bool, len(sents))
	si := 0
	for _, sp := range spans {
		for si < len(sents) && sents[si].End <= sp[0] {
			si++
		}
		if si < len(sents) && sents[si].Start <= sp[0] {
			hit[si] = true
		}
	}
	var out []string
	for i := 0; i < len(sents); i++ {
		if !hit[i] {
			continue
		}
		from, to := max(0, i-ctx), min(len(sents), i+ctx+1)
		// merge the windows of matches that touch this one
		for j := i + 1; j < len(sents) && j-ctx <= to; j++ {
			if hit[j] {
				to = min(len(sents), j+ctx+1)
			}
		}
		var b strings.Builder
		if from > 0 {
			b.WriteString("… ")
		}
		b.WriteString(m.Mark(body, sents[from].Start, sents[to-1].End, spans))
		if to < len(sents) {
			b.WriteString(" …")
		}
		out = append(out, b.String())
		i = to - 1
	}
	if len(out) == 0 {
		out = append(out, m.Mark(body, sents[0].Start, sents[0].End, nil)+ellipsisIf(len(sents) > 1))
	}
	return out
}

func ellipsisIf(more bool) string {
	if more {
		return " …"
	}
	return ""
}

// writeResult prints a search result in the chosen format.
func writeResult(w io.Writer, res *index.Result, hits []hitJSON, req index.Request, o *outputOptions) error {
	switch o.Format {
	case formatJSON:
		return writeJSON(w, resultJSON{Total: res.Total, TookMS: res.TookMS, Hits: hits, Facets: res.Facets, FacetsCount: res.FacetsCount, FacetCopies: res.FacetCopies, Notes: res.Notes, Grouping: grouped(hits)})
	case formatJSONL:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	case formatCSV:
		return writeCSV(w, hits, o)
	case formatRIS, formatBib:
		arts := make([]*archive.Article, len(hits))
		for i, h := range hits {
			arts[i] = h.art
		}
		if o.Format == formatRIS {
			return writeRIS(w, arts)
		}
		return writeBibTeX(w, arts)
	case formatTable:
		return writeTable(w, res, hits, req)
	}
	writeText(w, res, req, hits)
	return nil
}

// csvHeader are the columns of CSV output.
// "versions" counts the near-duplicate copies grouped into the row and
// "version_ids" names them, so that the file says how many articles its
// rows stand for.
var csvHeader = []string{"id", "date", "title", "source", "persons", "countries", "topics", "url", "snippet", "versions", "orgs", "version_ids"}

// writeCSV writes RFC 4180 CSV: a header, one row per hit, CRLF line
// ends, multiple values joined by "; ", marks removed.
func writeCSV(w io.Writer, hits []hitJSON, o *outputOptions) error {
	if o.BOM {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := csvHeader
	if o.Cite {
		header = append(append([]string{}, header...), "citation")
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, h := range hits {
		snippet := h.Snippet
		if len(h.KWIC) > 0 {
			snippet = strings.Join(h.KWIC, " ")
		}
		row := []string{
			h.ID, h.Date, cell(h.Title), cell(h.Source), cell(strings.Join(h.Persons, "; ")),
			cell(strings.Join(h.Countries, "; ")), cell(strings.Join(h.Topics, "; ")), h.URL, cell(unmark(snippet)),
			strconv.Itoa(h.Versions), cell(strings.Join(h.Orgs, "; ")), strings.Join(h.VersionIDs, "; "),
		}
		if o.Cite {
			row = append(row, cell(h.Citation))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell keeps a spreadsheet from running a value as a formula: a cell
// that starts with = + @ or a tab gets a leading apostrophe, which
// spreadsheets hide (OWASP "CSV injection").
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeTable prints one aligned line per hit: rank, date, source, title,
// id and the number of other versions; citations follow as numbered notes.
func writeTable(w io.Writer, res *index.Result, hits []hitJSON, req index.Request) error {
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tDATE\tSOURCE\tTITLE\tID\tVERSIONS")
	for i, h := range hits {
		v := ""
		if h.Versions > 0 {
			v = fmt.Sprintf("+%d", h.Versions)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", req.Offset+i+1, orDash(h.Date), orDash(clip(h.Source, 20)), orDash(clip(h.Title, 70)), h.ID, v)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// The padding of an empty last cell would leave spaces at the end of
	// the line.
	for line := range strings.Lines(table.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	// citations as numbered notes under the table, which they would widen
	for i, h := range hits {
		if h.Citation != "" {
			fmt.Fprintf(w, "[%d] %s\n", req.Offset+i+1, h.Citation)
		}
	}
	fmt.Fprintf(w, "%d %s, showing %d\n", res.Total, plural(int(res.Total), "article", "articles"), len(hits))
	return nil
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
