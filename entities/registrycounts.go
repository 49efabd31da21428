package entities

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// countsVersion names the layout of MarshalCounts; UnmarshalCounts refuses
// others.
const countsVersion = 4

// countsJSON is the layout of MarshalCounts. Scopes are "source NUL year",
// collections "source NUL folder NUL year".
type countsJSON struct {
	Version int                                 `json:"version"`
	Persons map[string]map[string]nameCountJSON `json:"persons"`
	Roles   map[string]map[string]nameCountJSON `json:"roles"`
	Surname map[string]int                      `json:"surname"`
	Heads   map[string]int                      `json:"heads"`
	Words   map[string]int                      `json:"words"`
	Groups  map[string]int                      `json:"groups,omitempty"`
	Sources map[string]string                   `json:"sources"`
	Undated map[string]map[string]nameCountJSON `json:"undated,omitempty"`
}

type nameCountJSON struct {
	Forms map[string]int `json:"f"`
	N     int            `json:"n,omitempty"`
	First string         `json:"first"`
	Ctx   []string       `json:"c,omitempty"` // sorted
}

func scopeKey(s scope) string { return s.source + "\x00" + strconv.Itoa(s.year) }

func parseScopeKey(k string) (scope, error) {
	src, y, ok := strings.Cut(k, "\x00")
	year, err := strconv.Atoi(y)
	if !ok || err != nil {
		return scope{}, fmt.Errorf("person registry counts: bad scope %q: %w", k, ErrRegistry)
	}
	return scope{source: src, year: year}, nil
}

func collectionKey(c collection) string {
	return c.source + "\x00" + c.folder + "\x00" + strconv.Itoa(c.year)
}

func parseCollectionKey(k string) (collection, error) {
	f := strings.Split(k, "\x00")
	if len(f) != 3 {
		return collection{}, fmt.Errorf("person registry counts: bad collection %q: %w", k, ErrRegistry)
	}
	year, err := strconv.Atoi(f[2])
	if err != nil {
		return collection{}, fmt.Errorf("person registry counts: bad collection %q: %w", k, ErrRegistry)
	}
	return collection{source: f[0], folder: f[1], year: year}, nil
}

func encNames(names map[string]*nameCount) map[string]nameCountJSON {
	o := make(map[string]nameCountJSON, len(names))
	for k, c := range names {
		var ctx []string
		for x := range c.ctx {
			ctx = append(ctx, x)
		}
		slices.Sort(ctx)
		o[k] = nameCountJSON{Forms: c.forms, N: c.n, First: c.first, Ctx: ctx}
	}
	return o
}

func decNames(names map[string]nameCountJSON) map[string]*nameCount {
	o := make(map[string]*nameCount, len(names))
	for k, n := range names {
		forms := n.Forms
		if forms == nil {
			forms = map[string]int{}
		}
		c := &nameCount{forms: forms, n: n.N, first: n.First}
		if len(n.Ctx) > 0 {
			c.ctx = make(map[string]bool, len(n.Ctx))
			for _, x := range n.Ctx {
				c.ctx[x] = true
			}
		}
		o[k] = c
	}
	return o
}

// MarshalCounts encodes what Observe counted, so that a later run can
// observe only the articles it adds (UnmarshalCounts, then Observe, then
// Decide) instead of passing over the whole archive. Equal counts give
// equal bytes.
func (r *Registry) MarshalCounts() ([]byte, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	enc := func(m map[scope]map[string]*nameCount) map[string]map[string]nameCountJSON {
		out := make(map[string]map[string]nameCountJSON, len(m))
		for sc, names := range m {
			out[scopeKey(sc)] = encNames(names)
		}
		return out
	}
	undated := make(map[string]map[string]nameCountJSON, len(r.undated))
	for c, names := range r.undated {
		undated[collectionKey(c)] = encNames(names)
	}
	return json.Marshal(countsJSON{
		Version: countsVersion, Persons: enc(r.persons), Roles: enc(r.roles),
		Surname: r.surname, Heads: r.heads, Words: r.words, Groups: r.groups, Sources: r.sources,
		Undated: undated,
	})
}

// UnmarshalCounts replaces the counts with those encoded by MarshalCounts.
// The decisions are left as they are until the next Decide.
func (r *Registry) UnmarshalCounts(data []byte) error {
	var c countsJSON
	if err := json.Unmarshal(data, &c); err != nil {
		return fmt.Errorf("person registry counts: %w: %w", err, ErrRegistry)
	}
	if c.Version != countsVersion {
		return fmt.Errorf("person registry counts: version %d, this binary reads %d: %w", c.Version, countsVersion, ErrRegistry)
	}
	dec := func(m map[string]map[string]nameCountJSON) (map[scope]map[string]*nameCount, error) {
		out := make(map[scope]map[string]*nameCount, len(m))
		for sk, names := range m {
			sc, err := parseScopeKey(sk)
			if err != nil {
				return nil, err
			}
			out[sc] = decNames(names)
		}
		return out, nil
	}
	persons, err := dec(c.Persons)
	if err != nil {
		return err
	}
	roles, err := dec(c.Roles)
	if err != nil {
		return err
	}
	undated := make(map[collection]map[string]*nameCount, len(c.Undated))
	for ck, names := range c.Undated {
		col, err := parseCollectionKey(ck)
		if err != nil {
			return err
		}
		undated[col] = decNames(names)
	}
	orEmpty := func(m map[string]int) map[string]int {
		if m == nil {
			return map[string]int{}
		}
		return m
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.persons, r.roles, r.undated = persons, roles, undated
	r.surname, r.heads, r.words, r.groups = orEmpty(c.Surname), orEmpty(c.Heads), orEmpty(c.Words), orEmpty(c.Groups)
	r.sources = c.Sources
	if r.sources == nil {
		r.sources = map[string]string{}
	}
	return nil
}
