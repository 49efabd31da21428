package indexcmd

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"

	"chancery/archive"
	"chancery/index"
)

// Stats is the JSON shape of `indexer stats`.
type Stats struct {
	Articles int `json:"articles"`
	// Stories counts each near-duplicate group once; Copies are the
	// articles that count leaves out. ByYear and BySource count stories
	// when Counts is "stories", articles when it is "articles": while a
	// writer holds the index, stats reads the store's last commit alone and
	// cannot tell copies apart.
	Stories   int            `json:"stories"`
	Copies    int            `json:"copies"`
	Counts    string         `json:"counts"`
	Undated   int            `json:"undated"`
	ByYear    map[string]int `json:"by_year"`
	BySource  map[string]int `json:"by_source"`
	Persons   int            `json:"persons"`
	Countries int            `json:"countries"`
	Orgs      int            `json:"orgs"`
	Topics    int            `json:"topics"`
	Damaged   int            `json:"damaged,omitempty"`
}

func runStats(ctx context.Context, args []string, env Env) error {
	var o common
	var asJSON bool
	fs := newFlagSet("indexer stats", "Usage: indexer stats [--archive DIR] [--json]", env)
	o.addFlags(fs)
	o.addWaitFlag(fs)
	fs.BoolVar(&asJSON, "json", false, "print one JSON document")
	if err := parse(fs, args); err != nil {
		return err
	}
	s := Stats{ByYear: map[string]int{}, BySource: map[string]int{}, Counts: index.CountArticles}
	// Story counts need the index's near-duplicate groups: open it when no
	// writer holds it, else read the store (or its last commit) alone.
	var copies map[string]bool
	var st *archive.Store
	var release func()
	dir, err := o.dir()
	if err != nil {
		return err
	}
	why := "" // why copies cannot be told apart
	if ix, ierr := index.Open(dir, index.Options{ReadOnly: true}); ierr == nil {
		defer ix.Close()
		if copies, err = ix.Copies(); err != nil {
			return fmt.Errorf("stats: %w", err)
		}
		st, release, s.Counts = ix.Store, func() {}, index.CountStories
	} else {
		why = "the index does not open: " + ierr.Error()
		if errors.Is(ierr, archive.ErrBusy) {
			why = "a writer holds the index"
		}
		if st, release, err = o.openSnapshotOrStore(ctx, env); err != nil {
			return err
		}
	}
	defer release()
	persons, countries, orgs, topics := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	var damage index.Damage
	for a, err := range st.Articles() {
		if damage.Skip(err) {
			fmt.Fprintf(env.Stderr, "indexer: %v: skipped\n", err)
			continue
		}
		if err != nil {
			return err
		}
		s.Articles++
		if copies[a.ID] {
			s.Copies++
			continue
		}
		s.Stories++
		if a.Date.IsZero() {
			s.Undated++
		} else {
			s.ByYear[strconv.Itoa(a.Date.Year())]++
		}
		src := a.Source
		if src == "" {
			src = index.NoSource
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
	s.Damaged = len(damage)
	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			return err
		}
		return damageErr(damage)
	}
	w := env.Stdout
	if s.Counts == index.CountStories {
		fmt.Fprintf(w, "articles   %d, %d stories (near-duplicate copies of one story count once below; %d copies)\n", s.Articles, s.Stories, s.Copies)
		fmt.Fprintf(w, "undated    %d stories\n", s.Undated)
	} else {
		fmt.Fprintf(w, "articles   %d (%d without a date; near-duplicate copies of one story count apart below: %s)\n", s.Articles, s.Undated, why)
	}
	fmt.Fprintf(w, "distinct   %d persons, %d countries, %d organizations, %d topics\n", s.Persons, s.Countries, s.Orgs, s.Topics)
	fmt.Fprintln(w, "by year")
	for _, k := range sortedKeys(s.ByYear, false) {
		fmt.Fprintf(w, "  %-8s %d\n", k, s.ByYear[k])
	}
	fmt.Fprintln(w, "by source")
	for _, k := range sortedKeys(s.BySource, true) {
		fmt.Fprintf(w, "  %-20s %d\n", k, s.BySource[k])
	}
	if s.Damaged > 0 {
		fmt.Fprintf(w, "damaged    %d records skipped (not counted above)\n", s.Damaged)
	}
	return damageErr(damage)
}

// damageErr is d as an error, nil when empty.
func damageErr(d index.Damage) error {
	if len(d) == 0 {
		return nil
	}
	return d
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
