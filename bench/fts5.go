package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"chancery/bench/engine"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, pure Go, FTS5 compiled in
)

// fts5TxSize is the FTS5 baseline's transaction: 1,000 rows.
const fts5TxSize = 1000

// fts5Schema is the FTS5 baseline: one full-text table holding title and
// body (the text is kept, as Chancery keeps it), a metadata table keyed by
// the same rowid, and one row per (document, value) for each facet.
const fts5Schema = `
CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61');
CREATE TABLE meta (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, date TEXT, year INTEGER, source TEXT);
CREATE TABLE country (docid INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE topic (docid INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE person (docid INTEGER NOT NULL, name TEXT NOT NULL);
`

// fts5Indexes are created after the load, as a bulk load would.
const fts5Indexes = `
CREATE INDEX country_doc ON country (docid);
CREATE INDEX topic_doc ON topic (docid);
CREATE INDEX person_doc ON person (docid);
`

func fts5Path(dir string) string { return filepath.Join(dir, "fts5.db") }

func ingestFTS5(ctx context.Context, dir string, src docSource) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	db, err := sql.Open("sqlite", fts5Path(dir))
	if err != nil {
		return 0, fmt.Errorf("open sqlite %s: %w", dir, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"+fts5Schema); err != nil {
		return 0, fmt.Errorf("create fts5 schema (is FTS5 compiled into the driver?): %w", err)
	}
	n := 0
	var tx *sql.Tx
	var stmts [5]*sql.Stmt
	begin := func() error {
		var err error
		if tx, err = db.BeginTx(ctx, nil); err != nil {
			return err
		}
		for i, q := range []string{
			"INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)",
			"INSERT INTO meta (rowid, id, date, year, source) VALUES (?, ?, ?, ?, ?)",
			"INSERT INTO country (docid, name) VALUES (?, ?)",
			"INSERT INTO topic (docid, name) VALUES (?, ?)",
			"INSERT INTO person (docid, name) VALUES (?, ?)",
		} {
			if stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	}
	if err := begin(); err != nil {
		return 0, fmt.Errorf("fts5 begin: %w", err)
	}
	for {
		d, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			tx.Rollback()
			return n, err
		}
		n++
		rowid := int64(n)
		if _, err := stmts[0].ExecContext(ctx, rowid, d.Title, d.Body); err != nil {
			tx.Rollback()
			return n, fmt.Errorf("fts5 insert %s: %w", d.ID, err)
		}
		year := 0
		if t := docTime(d.Date); !t.IsZero() {
			year = t.Year()
		}
		if _, err := stmts[1].ExecContext(ctx, rowid, d.ID, d.Date, year, d.Source); err != nil {
			tx.Rollback()
			return n, fmt.Errorf("fts5 insert meta %s: %w", d.ID, err)
		}
		for i, vs := range [][]string{d.Countries, d.Topics, d.Persons} {
			for _, v := range vs {
				if _, err := stmts[2+i].ExecContext(ctx, rowid, v); err != nil {
					tx.Rollback()
					return n, fmt.Errorf("fts5 insert facet %s: %w", d.ID, err)
				}
			}
		}
		if n%fts5TxSize == 0 {
			if err := tx.Commit(); err != nil {
				return n, fmt.Errorf("fts5 commit: %w", err)
			}
			if err := begin(); err != nil {
				return n, fmt.Errorf("fts5 begin: %w", err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return n, fmt.Errorf("fts5 commit: %w", err)
	}
	if _, err := db.ExecContext(ctx, fts5Indexes+"PRAGMA wal_checkpoint(TRUNCATE);"); err != nil {
		return n, fmt.Errorf("fts5 indexes: %w", err)
	}
	return n, db.Close()
}

// fts5Searcher answers benchmark queries with SQL: MATCH, ORDER BY rank
// for the top 10 and a window count for the total; facets are GROUP BY over
// the matching rowids joined to the facet tables.
type fts5Searcher struct {
	db          *sql.DB
	top, facets *sql.Stmt
}

func openFTS5(dir string) (*fts5Searcher, error) {
	db, err := sql.Open("sqlite", "file:"+fts5Path(dir)+"?mode=ro")
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", dir, err)
	}
	db.SetMaxOpenConns(1)
	s := &fts5Searcher{db: db}
	s.top, err = db.Prepare(`SELECT rowid, count(*) OVER () FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("prepare fts5 query: %w", err)
	}
	s.facets, err = db.Prepare(`
WITH h AS MATERIALIZED (SELECT rowid AS id FROM docs WHERE docs MATCH ?)
SELECT 'c', c.name, count(*) FROM h JOIN country c ON c.docid = h.id GROUP BY c.name
UNION ALL
SELECT 't', t.name, count(*) FROM h JOIN topic t ON t.docid = h.id GROUP BY t.name
UNION ALL
SELECT 'y', m.year, count(*) FROM h JOIN meta m ON m.rowid = h.id GROUP BY m.year`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("prepare fts5 facet query: %w", err)
	}
	return s, nil
}

// fts5Match writes a query in FTS5's syntax, each word quoted.
func fts5Match(q engine.Query) string {
	quoted := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		quoted[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	switch q.Class {
	case engine.ClassAnd:
		return strings.Join(quoted, " AND ")
	case engine.ClassPhrase:
		return `"` + strings.ReplaceAll(strings.Join(q.Terms, " "), `"`, `""`) + `"`
	}
	return quoted[0]
}

func (s *fts5Searcher) Search(ctx context.Context, q engine.Query) (engine.Result, error) {
	m := fts5Match(q)
	rows, err := s.top.QueryContext(ctx, m)
	if err != nil {
		return engine.Result{}, fmt.Errorf("fts5 search %s: %w", q, err)
	}
	var out engine.Result
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &out.Total); err != nil {
			rows.Close()
			return engine.Result{}, err
		}
		out.Hits++
	}
	if err := rows.Close(); err != nil {
		return engine.Result{}, err
	}
	if q.Class != engine.ClassFacet {
		return out, rows.Err()
	}
	rows, err = s.facets.QueryContext(ctx, m)
	if err != nil {
		return engine.Result{}, fmt.Errorf("fts5 facets %s: %w", q, err)
	}
	defer rows.Close()
	out.Years = map[string]int{}
	type vc struct {
		v string
		c int
	}
	var countries []vc
	for rows.Next() {
		var kind, val string
		var c int
		if err := rows.Scan(&kind, &val, &c); err != nil {
			return engine.Result{}, err
		}
		switch kind {
		case "c":
			countries = append(countries, vc{val, c})
		case "y":
			if y, err := strconv.Atoi(val); err == nil && y > 0 {
				out.Years[val] = c
			}
		}
	}
	sort.Slice(countries, func(i, j int) bool {
		if countries[i].c != countries[j].c {
			return countries[i].c > countries[j].c
		}
		return countries[i].v < countries[j].v
	})
	for i := 0; i < len(countries) && i < 10; i++ {
		out.TopCountries = append(out.TopCountries, fmt.Sprintf("%s:%d", countries[i].v, countries[i].c))
	}
	return out, rows.Err()
}

func (s *fts5Searcher) Close() error { return s.db.Close() }
