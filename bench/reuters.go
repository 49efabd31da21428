package main

import (
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// reutersFiles are the Reuters-21578 files the bench reads: the development
// split (reut2-000..013). The check split (014..017) is left for checking
// the product, and 018..021 are held out.
func reutersFiles(dir string) []string {
	var out []string
	for i := 0; i <= 13; i++ {
		out = append(out, filepath.Join(dir, fmt.Sprintf("reut2-%03d.sgm", i)))
	}
	return out
}

// reutersReader turns Reuters-21578 SGML records into docs: the title, the
// dateline and body as the body, the date, and TOPICS, PLACES and PEOPLE as
// the truth facets. Records with no text at all are skipped.
type reutersReader struct {
	files   []string
	records []string
	file    string
}

func newReutersReader(dir string) (*reutersReader, error) {
	files := reutersFiles(dir)
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("reuters: %w", err)
		}
	}
	return &reutersReader{files: files}, nil
}

var (
	reNewID    = regexp.MustCompile(`NEWID="(\d+)"`)
	reDate     = regexp.MustCompile(`(?s)<DATE>(.*?)</DATE>`)
	reTitle    = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	reDateline = regexp.MustCompile(`(?s)<DATELINE>(.*?)</DATELINE>`)
	reBody     = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	reText     = regexp.MustCompile(`(?s)<TEXT[^>]*>(.*?)</TEXT>`)
	reD        = regexp.MustCompile(`<D>(.*?)</D>`)
	reTag      = regexp.MustCompile(`<[^>]*>`)
	reCtl      = regexp.MustCompile(`&#([0-9]|[12][0-9]|3[01]);`)
)

func (rr *reutersReader) Next() (*doc, error) {
	for {
		for len(rr.records) == 0 {
			if len(rr.files) == 0 {
				return nil, io.EOF
			}
			rr.file, rr.files = rr.files[0], rr.files[1:]
			b, err := os.ReadFile(rr.file)
			if err != nil {
				return nil, fmt.Errorf("reuters: %w", err)
			}
			rr.records = strings.Split(strings.ToValidUTF8(string(b), " "), "</REUTERS>")
		}
		rec := rr.records[0]
		rr.records = rr.records[1:]
		if d := parseReuters(rec); d != nil {
			return d, nil
		}
	}
}

// parseReuters returns the doc of one record, or nil when it has no text.
func parseReuters(rec string) *doc {
	m := reNewID.FindStringSubmatch(rec)
	if m == nil {
		return nil
	}
	d := &doc{ID: "reuters-" + m[1], Source: "Reuters"}
	if m := reDate.FindStringSubmatch(rec); m != nil {
		if f := strings.Fields(m[1]); len(f) > 0 {
			if t, err := time.Parse("2-Jan-2006", f[0]); err == nil {
				d.Date = t.Format("2006-01-02")
			}
		}
	}
	d.Topics = tagValues(rec, "TOPICS")
	d.Countries = tagValues(rec, "PLACES")
	d.Persons = tagValues(rec, "PEOPLE")
	if m := reTitle.FindStringSubmatch(rec); m != nil {
		d.Title = clean(m[1])
	}
	var body []string
	if m := reDateline.FindStringSubmatch(rec); m != nil {
		body = append(body, clean(m[1]))
	}
	if m := reBody.FindStringSubmatch(rec); m != nil {
		body = append(body, clean(m[1]))
	} else if d.Title == "" {
		if m := reText.FindStringSubmatch(rec); m != nil {
			body = append(body, clean(reTag.ReplaceAllString(m[1], " ")))
		}
	}
	d.Body = strings.TrimSpace(strings.Join(body, " "))
	if d.Title == "" && d.Body == "" {
		return nil
	}
	return d
}

func tagValues(rec, tag string) []string {
	i := strings.Index(rec, "<"+tag+">")
	j := strings.Index(rec, "</"+tag+">")
	if i < 0 || j < i {
		return nil
	}
	var out []string
	for _, m := range reD.FindAllStringSubmatch(rec[i:j], -1) {
		out = append(out, clean(m[1]))
	}
	return out
}

// clean drops the control entities (&#3; and the like), decodes the rest
// and trims.
func clean(s string) string {
	return strings.TrimSpace(html.UnescapeString(reCtl.ReplaceAllString(s, "")))
}
