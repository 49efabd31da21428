package searchcmd

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"chancery/archive"
	"chancery/internal/service"

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

// searchFormats are the formats of a search and of similar; quotes and
// timelines take fewer (quotesFormats, timelineFormats).
var (
	searchFormats   = []string{formatText, formatTable, formatJSON, formatJSONL, formatCSV, formatRIS, formatBib}
	quotesFormats   = []string{formatText, formatJSON, formatJSONL, formatCSV}
	timelineFormats = []string{formatText, formatJSON, formatCSV}
)

// resolve settles the format from --format and --json. cmd names the
// subcommand in errors ("" for a search), and formats are the ones it
// takes: an error lists those, not another subcommand's.
func (o *outputOptions) resolve(jsonFlag bool, cmd string, formats []string) error {
	if o.Format == "" {
		o.Format = formatText
		if jsonFlag {
			o.Format = formatJSON
		}
	}
	if !slices.Contains(formats, o.Format) {
		if cmd != "" {
			cmd += " "
		}
		return usagef("%s--format %q: use %s", cmd, o.Format, orList(formats))
	}
	if jsonFlag && o.Format != formatJSON {
		return usagef("--json and --format %s disagree: use one", o.Format)
	}
	if o.KWICContext < 0 || o.KWICContext > 10 {
		return usagef("--kwic-context must be between 0 and 10, not %d", o.KWICContext)
	}
	return nil
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// marks returns the match marks for the format: none in CSV and tables.
func (o *outputOptions) marks(color bool) [2]string {
	switch {
	case o.Format == formatCSV || o.Format == formatTable || o.Format == formatRIS || o.Format == formatBib:
		return [2]string{service.PlainMark, service.PlainMark}
	case o.Format == formatJSON || o.Format == formatJSONL:
		return [2]string{"<mark>", "</mark>"}
	case color:
		return [2]string{"\x1b[1m", "\x1b[0m"}
	}
	return [2]string{"**", "**"}
}

// writeResult prints a search result in the chosen format.
func writeResult(w io.Writer, res *service.Result, o *outputOptions) error {
	switch o.Format {
	case formatJSON:
		return service.WriteJSON(w, res)
	case formatJSONL:
		return service.WriteJSONL(w, res.Hits)
	case formatCSV:
		return service.WriteCSV(w, res.Hits, o.Cite, o.BOM)
	case formatRIS, formatBib:
		arts := make([]*archive.Article, len(res.Hits))
		for i, h := range res.Hits {
			arts[i] = h.Article
		}
		if o.Format == formatRIS {
			return service.WriteRIS(w, arts)
		}
		return service.WriteBibTeX(w, arts)
	case formatTable:
		return writeTable(w, res)
	}
	writeText(w, res)
	return nil
}

// writeTable prints one aligned line per hit: rank, date, source, title,
// id and the number of other versions; citations follow as numbered notes.
func writeTable(w io.Writer, res *service.Result) error {
	hits := res.Hits
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tDATE\tSOURCE\tTITLE\tID\tVERSIONS")
	for i, h := range hits {
		v := ""
		if h.Versions > 0 {
			v = fmt.Sprintf("+%d", h.Versions)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", res.Offset+i+1, orDash(h.Date), orDash(service.Clip(h.Source, 20)), orDash(service.Clip(h.Title, 70)), h.ID, v)
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
			fmt.Fprintf(w, "[%d] %s\n", res.Offset+i+1, h.Citation)
		}
	}
	fmt.Fprintf(w, "%d %s, showing %d\n", res.Total, service.Plural(int(res.Total), "article", "articles"), len(hits))
	return nil
}
