package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
)

// doc is one benchmark article: the input fields Chancery reads and the
// ground-truth facets the baselines index directly (Chancery finds its own
// by extraction).
type doc struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Date      string   `json:"date"` // YYYY-MM-DD
	Body      string   `json:"body"`
	Source    string   `json:"source,omitempty"`
	Persons   []string `json:"persons,omitempty"`
	Countries []string `json:"countries,omitempty"`
	Topics    []string `json:"topics,omitempty"`
	// Orgs are the companies the news corpus names (no baseline indexes
	// them; query words avoid their words).
	Orgs []string `json:"orgs,omitempty"`
}

// input is the part of a doc written to the corpus file, in the JSON Lines
// format `indexer add` reads.
type input struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Body   string `json:"body"`
	Source string `json:"source,omitempty"`
}

// truth is the part of a doc written to the truth file, line for line with
// the corpus file.
type truth struct {
	ID        string   `json:"id"`
	Persons   []string `json:"persons,omitempty"`
	Countries []string `json:"countries,omitempty"`
	Topics    []string `json:"topics,omitempty"`
	Orgs      []string `json:"orgs,omitempty"`
}

// corpusFiles names a corpus on disk and what it holds.
type corpusFiles struct {
	Name      string `json:"name"`     // "synthetic", "news" or "reuters"
	Articles  string `json:"articles"` // JSON Lines, one input per line
	Truth     string `json:"truth"`    // JSON Lines, one truth per line
	Docs      int    `json:"docs"`
	TextBytes int64  `json:"text_bytes"` // title + body bytes, the "input" of MB/s and disk ratios
	FileBytes int64  `json:"file_bytes"` // size of the articles file
}

// docSource is anything that yields docs until io.EOF.
type docSource interface {
	Next() (*doc, error)
}

// writeCorpus writes every doc of src to dir/corpus.jsonl and
// dir/truth.jsonl.
func writeCorpus(dir, name string, src docSource) (corpusFiles, error) {
	cf := corpusFiles{
		Name:     name,
		Articles: filepath.Join(dir, "corpus.jsonl"),
		Truth:    filepath.Join(dir, "truth.jsonl"),
	}
	af, err := os.Create(cf.Articles)
	if err != nil {
		return cf, fmt.Errorf("create corpus: %w", err)
	}
	defer af.Close()
	tf, err := os.Create(cf.Truth)
	if err != nil {
		return cf, fmt.Errorf("create truth file: %w", err)
	}
	defer tf.Close()
	aw, tw := bufio.NewWriterSize(af, 1<<20), bufio.NewWriterSize(tf, 1<<20)
	ae, te := json.NewEncoder(aw), json.NewEncoder(tw)
	ae.SetEscapeHTML(false)
	te.SetEscapeHTML(false)
	for {
		d, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return cf, err
		}
		if err := ae.Encode(input{d.ID, d.Title, d.Date, d.Body, d.Source}); err != nil {
			return cf, fmt.Errorf("write corpus: %w", err)
		}
		if err := te.Encode(truth{d.ID, d.Persons, d.Countries, d.Topics, d.Orgs}); err != nil {
			return cf, fmt.Errorf("write truth file: %w", err)
		}
		cf.Docs++
		cf.TextBytes += int64(len(d.Title) + len(d.Body))
	}
	if err := aw.Flush(); err != nil {
		return cf, fmt.Errorf("write corpus: %w", err)
	}
	if err := tw.Flush(); err != nil {
		return cf, fmt.Errorf("write truth file: %w", err)
	}
	if err := af.Close(); err != nil {
		return cf, fmt.Errorf("close corpus: %w", err)
	}
	if err := tf.Close(); err != nil {
		return cf, fmt.Errorf("close truth file: %w", err)
	}
	st, err := os.Stat(cf.Articles)
	if err != nil {
		return cf, err
	}
	cf.FileBytes = st.Size()
	return cf, nil
}

// corpusReader reads a corpus and its truth file back, line for line.
type corpusReader struct {
	af, tf *os.File
	as, ts *bufio.Scanner
	line   int
}

func openCorpus(cf corpusFiles) (*corpusReader, error) {
	af, err := os.Open(cf.Articles)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	tf, err := os.Open(cf.Truth)
	if err != nil {
		af.Close()
		return nil, fmt.Errorf("open truth file: %w", err)
	}
	cr := &corpusReader{af: af, tf: tf, as: bufio.NewScanner(af), ts: bufio.NewScanner(tf)}
	cr.as.Buffer(make([]byte, 1<<20), 64<<20)
	cr.ts.Buffer(make([]byte, 1<<16), 16<<20)
	return cr, nil
}

func (cr *corpusReader) Next() (*doc, error) {
	if !cr.as.Scan() {
		if err := cr.as.Err(); err != nil {
			return nil, fmt.Errorf("read corpus: %w", err)
		}
		return nil, io.EOF
	}
	cr.line++
	if !cr.ts.Scan() {
		return nil, fmt.Errorf("truth file ends before corpus line %d: regenerate the corpus", cr.line)
	}
	var in input
	if err := json.Unmarshal(cr.as.Bytes(), &in); err != nil {
		return nil, fmt.Errorf("corpus line %d: %w", cr.line, err)
	}
	var tr truth
	if err := json.Unmarshal(cr.ts.Bytes(), &tr); err != nil {
		return nil, fmt.Errorf("truth line %d: %w", cr.line, err)
	}
	if tr.ID != in.ID {
		return nil, fmt.Errorf("line %d: corpus id %q, truth id %q: regenerate the corpus", cr.line, in.ID, tr.ID)
	}
	return &doc{in.ID, in.Title, in.Date, in.Body, in.Source, tr.Persons, tr.Countries, tr.Topics, tr.Orgs}, nil
}

func (cr *corpusReader) Close() error {
	cr.tf.Close()
	return cr.af.Close()
}

// docTime parses a doc's date; a bad date is the zero time.
func docTime(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Stemmers used to choose query words that every engine counts the same:
// SQLite's porter tokenizer is Porter's original algorithm, Bleve's "en"
// analyzer uses Snowball English (Porter2).
var (
	porterFilter   = porter.NewPorterStemmer()
	snowballFilter = en.NewEnglishStemmerFilter()
)

func stemWith(f analysis.TokenFilter, w string) string {
	ts := f.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(w)}})
	if len(ts) == 0 {
		return ""
	}
	return string(ts[0].Term)
}

func porterStem(w string) string   { return stemWith(porterFilter, w) }
func snowballStem(w string) string { return stemWith(snowballFilter, w) }

// stopWords is Bleve's English stop list (the default mapping's analyzer
// drops these words).
var stopWords = func() map[string]bool {
	tm := analysis.NewTokenMap()
	if err := tm.LoadBytes(en.EnglishStopWords); err != nil {
		return map[string]bool{}
	}
	out := make(map[string]bool, len(tm))
	for w := range tm {
		out[w] = true
	}
	return out
}()
