package service

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The encodings of answers that every front end offers: JSON, JSON Lines
// and CSV. The answers' own types define the JSON; the front ends add
// formats for people (text, tables, pages).

// WriteJSON writes v as one indented JSON document, with <, > and &
// unescaped (snippets carry <mark>).
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// WriteJSONL writes each element of items as one JSON object per line.
func WriteJSONL[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// PlainMark stands for "no mark": the index puts a default mark where it
// is given none, so formats without marks ask for this one and remove it
// (Unmark).
const PlainMark = "\x00"

// Unmark removes PlainMark from s.
func Unmark(s string) string { return strings.ReplaceAll(s, PlainMark, "") }

// CSVHeader are the columns of a search's CSV. "versions" counts the
// near-duplicate copies grouped into the row and "version_ids" names
// them, so that the file says how many articles its rows stand for.
var CSVHeader = []string{"id", "date", "title", "source", "persons", "countries", "topics", "url", "snippet", "versions", "orgs", "version_ids"}

// WriteCSV writes hits as RFC 4180 CSV: a header, one row per hit, CRLF
// line ends, multiple values joined by "; ", marks removed; a citation
// column with cite, a UTF-8 byte order mark first with bom (for
// spreadsheets that otherwise guess another encoding).
func WriteCSV(w io.Writer, hits []Hit, cite, bom bool) error {
	if bom {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := CSVHeader
	if cite {
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
			h.ID, h.Date, Cell(h.Title), Cell(h.Source), Cell(strings.Join(h.Persons, "; ")),
			Cell(strings.Join(h.Countries, "; ")), Cell(strings.Join(h.Topics, "; ")), h.URL, Cell(Unmark(snippet)),
			strconv.Itoa(h.Versions), Cell(strings.Join(h.Orgs, "; ")), strings.Join(h.VersionIDs, "; "),
		}
		if cite {
			row = append(row, Cell(h.Citation))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Cell keeps a spreadsheet from running a value as a formula: a cell
// that starts with = + @ or a tab gets a leading apostrophe, which
// spreadsheets hide (OWASP "CSV injection").
func Cell(s string) string {
	if s != "" && strings.ContainsRune("=+@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Clip shortens s to n runes with an ellipsis.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// Plural returns one when n is 1, else many.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
