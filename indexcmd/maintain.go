package indexcmd

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
)

// exportRecord is the JSON Lines shape of `indexer export`: the input
// fields plus the extracted entities.
type exportRecord struct {
	ID        string            `json:"id"`
	Title     string            `json:"title"`
	Date      string            `json:"date,omitempty"`
	Body      string            `json:"body"`
	Source    string            `json:"source,omitempty"`
	URL       string            `json:"url,omitempty"`
	Byline    string            `json:"byline,omitempty"`
	Language  string            `json:"language,omitempty"`
	Dateline  string            `json:"dateline,omitempty"`
	Persons   []string          `json:"persons,omitempty"`
	Countries []archive.Country `json:"countries,omitempty"`
	Orgs      []string          `json:"orgs,omitempty"`
	Topics    []string          `json:"topics,omitempty"`
}

func runExport(ctx context.Context, args []string, env Env) error {
	var o common
	var out string
	fs := newFlagSet("indexer export", `Usage: indexer export [--archive DIR] [-o FILE]

Writes every article as JSON Lines, in id order: the input fields (id, title,
date, body, source, url, byline, language, dateline) and the extracted
persons, countries, orgs and topics. Ingesting the export into a new archive
gives the same articles.`, env)
	o.addFlags(fs)
	fs.StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := o.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = env.Stdout
	var f *os.File
	if out != "" {
		if f, err = os.Create(out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	for a, err := range st.Articles() {
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := enc.Encode(exportRecord{
			ID: a.ID, Title: a.Title, Date: a.DateString(), Body: a.Body, Source: a.Source, URL: a.URL,
			Byline: a.Byline, Language: a.Language, Dateline: a.Dateline,
			Persons: a.Persons, Countries: a.Countries, Orgs: a.Orgs, Topics: a.Topics,
		}); err != nil {
			return err
		}
		n++
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if f != nil {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stderr, "exported %d articles\n", n)
	return nil
}

// Stats is the JSON shape of `indexer stats`.
type Stats struct {
	Articles  int            `json:"articles"`
	Undated   int            `json:"undated"`
	ByYear    map[string]int `json:"by_year"`
	BySource  map[string]int `json:"by_source"`
	Persons   int            `json:"persons"`
	Countries int            `json:"countries"`
	Orgs      int            `json:"orgs"`
	Topics    int            `json:"topics"`
}

func runStats(ctx context.Context, args []string, env Env) error {
	var o common
	var asJSON bool
	fs := newFlagSet("indexer stats", "Usage: indexer stats [--archive DIR] [--json]", env)
	o.addFlags(fs)
	fs.BoolVar(&asJSON, "json", false, "print one JSON document")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := o.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	s := Stats{ByYear: map[string]int{}, BySource: map[string]int{}}
	persons, countries, orgs, topics := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for a, err := range st.Articles() {
		if err != nil {
			return err
		}
		s.Articles++
		if a.Date.IsZero() {
			s.Undated++
		} else {
			s.ByYear[strconv.Itoa(a.Date.Year())]++
		}
		src := a.Source
		if src == "" {
			src = "(none)"
		}
		s.BySource[src]++
		for _, p := range a.Persons {
			persons[p] = true
		}
		for _, c := range a.Countries {
			countries[c.Name] = true
		}
		for _, g := range a.Orgs {
			orgs[g] = true
		}
		for _, t := range a.Topics {
			topics[t] = true
		}
	}
	s.Persons, s.Countries, s.Orgs, s.Topics = len(persons), len(countries), len(orgs), len(topics)
	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	w := env.Stdout
	fmt.Fprintf(w, "articles   %d (%d without a date)\n", s.Articles, s.Undated)
	fmt.Fprintf(w, "distinct   %d persons, %d countries, %d organizations, %d topics\n", s.Persons, s.Countries, s.Orgs, s.Topics)
	fmt.Fprintln(w, "by year")
	for _, k := range sortedKeys(s.ByYear, false) {
		fmt.Fprintf(w, "  %-8s %d\n", k, s.ByYear[k])
	}
	fmt.Fprintln(w, "by source")
	for _, k := range sortedKeys(s.BySource, true) {
		fmt.Fprintf(w, "  %-20s %d\n", k, s.BySource[k])
	}
	return nil
}

// sortedKeys returns m's keys by key, or by count descending.
func sortedKeys(m map[string]int, byCount bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if byCount && m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func runVerify(ctx context.Context, args []string, env Env) error {
	var o common
	var repair bool
	fs := newFlagSet("indexer verify", `Usage: indexer verify [--archive DIR] [--repair]

Checks the archive format and index settings, and that every article in the
store is in the index with the same fingerprint (content and entities) and
nothing else is. Exit status 1 when anything differs. --repair re-indexes
from the store what differs.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.BoolVar(&repair, "repair", false, "fix the index from the store")
	if err := parse(fs, args); err != nil {
		return err
	}
	dir, err := o.dir()
	if err != nil {
		return err
	}
	lock, err := archive.Lock(dir, "indexer verify", o.Wait)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	// Opening for writing would replay the journal before we look: open
	// read-only first so the report shows what an interrupted run left.
	ix, err := index.Open(dir, index.Options{ReadOnly: !repair, SkipSettingsCheck: true, Timeout: storeTimeout(o.Wait)})
	if err != nil {
		return err
	}
	defer ix.Close()
	r, err := ix.Verify(repair)
	if err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "format      v%s (this binary reads v%d to v%d)\n", r.FormatVersion, archive.OldestFormat, archive.FormatVersion)
	fmt.Fprintf(w, "settings    %s\n", okWord(r.SettingsOK, "match this binary", "differ from this binary's: run `indexer rebuild`"))
	fmt.Fprintf(w, "store       %d articles\nindex       %d documents\n", r.Articles, r.Documents)
	list := func(label string, ids []string) {
		if len(ids) == 0 {
			return
		}
		show := ids
		if len(show) > 10 {
			show = show[:10]
		}
		more := ""
		if len(ids) > len(show) {
			more = fmt.Sprintf(" … (%d more)", len(ids)-len(show))
		}
		fmt.Fprintf(w, "%-11s %d: %s%s\n", label, len(ids), strings.Join(show, ", "), more)
	}
	list("missing", r.MissingInIdx)
	list("extra", r.ExtraInIdx)
	list("stale", r.Stale)
	if r.Journal > 0 {
		fmt.Fprintf(w, "journal     %d pending operations (an interrupted run; the next writer replays them)\n", r.Journal)
	}
	switch {
	case r.OK():
		fmt.Fprintln(w, "ok: index and store agree")
		return nil
	case r.Repaired:
		fmt.Fprintln(w, "repaired: the index now agrees with the store")
		return nil
	}
	if !r.SettingsOK {
		return errors.New("index settings differ: run `indexer rebuild`")
	}
	return errors.New("index and store differ: run `indexer verify --repair`")
}

func okWord(ok bool, yes, no string) string {
	if ok {
		return yes
	}
	return no
}

func runRebuild(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer rebuild", `Usage: indexer rebuild [--archive DIR]

Builds a fresh index from the store alone, publishes it atomically and only
then removes the old one: until it finishes, searches use the old index.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	dir, err := o.dir()
	if err != nil {
		return err
	}
	lock, err := archive.Lock(dir, "indexer rebuild", o.Wait)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	ix, err := index.Open(dir, index.Options{StoreOnly: true, Timeout: storeTimeout(o.Wait)})
	if err != nil {
		return err
	}
	defer ix.Close()
	total, _ := ix.Store.Count()
	var progress func(int)
	if env.Progress {
		bar := newBar(env, int64(total))
		defer bar.Clear()
		progress = func(n int) { bar.Set(n) }
	}
	if err := ix.Rebuild(progress); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "rebuilt the index of %d articles\n", total)
	return nil
}

func runRetag(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer retag", `Usage: indexer retag [--archive DIR]

Extracts persons, countries, organizations and topics of every article
again, with the current aliases, and updates the index where they changed.
Persons are then resolved across the archive: a bare surname becomes the
full name the archive uses for it ("Baker" -> "James Baker") unless several
full names compete, and names the archive knows as companies ("Merrill
Lynch") are dropped. Later adds apply the same decisions.`, env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	dir, err := o.dir()
	if err != nil {
		return err
	}
	x, al, err := newTagger(dir)
	if err != nil {
		return err
	}
	w, err := openWriter(ctx, dir, "indexer retag", o.Wait, index.Options{})
	if err != nil {
		return err
	}
	defer w.Close()
	changed, resolved, companies, err := retag(ctx, w.ix, x, al)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "retagged: %d articles changed (%d partial names resolved, %d names known as companies)\n", changed, resolved, companies)
	return nil
}

// retag extracts the entities of every article again and resolves persons
// across the archive, in two passes: the first learns the person registry
// from the whole archive (so that the order of the articles does not
// matter), the second rewrites the articles whose entities change. It
// stores the registry's decisions and the aliases hash.
func retag(ctx context.Context, ix *index.Index, x *entities.Extractor, al *entities.Aliases) (changed, resolved, companies int, err error) {
	// first pass: what the whole archive says about names, so that the
	// order of the articles does not matter
	reg := entities.NewRegistry()
	var ids []string
	for a, err := range ix.Store.Articles() {
		if err != nil {
			return 0, 0, 0, err
		}
		if ctx.Err() != nil {
			return 0, 0, 0, ctx.Err()
		}
		ids = append(ids, a.ID)
		x.Extract(a)
		reg.Observe(a)
	}
	reg.Decide()
	changed, err = rewrite(ctx, ix, ids, func(a *archive.Article) {
		x.Extract(a)
		reg.Resolve(a)
	})
	if err != nil {
		return 0, 0, 0, err
	}
	text, err := reg.MarshalText()
	if err != nil {
		return 0, 0, 0, err
	}
	if err := ix.Store.SetMeta(archive.MetaAliases, al.Hash(), metaRegistry, string(text)); err != nil {
		return 0, 0, 0, err
	}
	resolved, companies = reg.Decisions()
	return changed, resolved, companies, nil
}

func runAlias(ctx context.Context, args []string, env Env) error {
	var o common
	fs := newFlagSet("indexer alias", `Usage:
  indexer alias [--archive DIR] list
  indexer alias [--archive DIR] set KIND VARIANT CANONICAL

KIND is person, country or org. Aliases live in DIR/aliases.txt, a text file
you may also edit by hand. They apply to new ingests at once, and to the
archive after `+"`indexer retag`.", env)
	o.addFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	dir, err := o.dir()
	if err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		rest = []string{"list"}
	}
	switch rest[0] {
	case "list":
		data, err := os.ReadFile(aliasPath(dir))
		if errors.Is(err, os.ErrNotExist) {
			fmt.Fprintln(env.Stderr, "no aliases yet; add one with: indexer alias set person \"Sergey Lavrov\" \"Sergei Lavrov\"")
			return nil
		}
		if err != nil {
			return err
		}
		_, err = env.Stdout.Write(data)
		return err
	case "set":
		if len(rest) != 4 {
			return usagef("alias set needs KIND VARIANT CANONICAL, e.g. alias set person \"Sergey Lavrov\" \"Sergei Lavrov\"")
		}
		_, al, err := newTagger(dir)
		if err != nil {
			return err
		}
		if err := al.Set(rest[1], rest[2], rest[3]); err != nil {
			return usagef("%v", err)
		}
		if err := al.Save(aliasPath(dir)); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "%s %q -> %q saved; run `indexer retag` to apply it to articles already in the archive\n", rest[1], rest[2], rest[3])
		return nil
	}
	return usagef("unknown alias command %q: use list or set", rest[0])
}

// rewrite reads the articles ids from the store in batches, applies fix to
// each, and writes back to the store and the index those that changed. It
// returns how many changed.
func rewrite(ctx context.Context, ix *index.Index, ids []string, fix func(*archive.Article)) (int, error) {
	changed := 0
	for len(ids) > 0 {
		if err := ctx.Err(); err != nil {
			return changed, err
		}
		n := min(len(ids), 1000)
		arts := make([]*archive.Article, 0, n)
		for _, id := range ids[:n] {
			a, err := ix.Store.Get(id)
			if err != nil {
				return changed, err
			}
			fix(a)
			arts = append(arts, a)
		}
		out, err := ix.Store.Put(arts)
		if err != nil {
			return changed, err
		}
		var put []*archive.Article
		for i, oc := range out {
			if oc != archive.Unchanged {
				put = append(put, arts[i])
			}
		}
		if err := ix.Put(put); err != nil {
			return changed, err
		}
		changed += len(put)
		ids = ids[n:]
	}
	return changed, nil
}
