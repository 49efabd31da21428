package entities

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"chancery/archive"
)

// Alias kinds.
var aliasKinds = map[string]bool{"person": true, "country": true, "org": true, "source": true}

// Aliases map variant names to canonical ones, per kind ("person",
// "country", "org"). Variants match by archive.Key, so case and accents do
// not matter. A nil *Aliases is empty.
//
// The file format, one alias per line, tab-separated:
//
//	# comment
//	person	Sergey Lavrov	Sergei Lavrov
//	country	Burma	Myanmar
//	org	U.N.	United Nations
type Aliases struct {
	m     map[string]map[string]string // kind -> key(variant) -> canonical
	lines map[string]map[string]string // kind -> variant as written -> canonical, for Save
}

// LoadAliases reads an aliases file. A missing file gives empty aliases; a
// malformed line is an error naming path:line.
func LoadAliases(path string) (*Aliases, error) {
	a := &Aliases{}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return a, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open aliases %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields (kind, variant, canonical), got %d", path, n, len(cols))
		}
		if err := a.Set(cols[0], cols[1], cols[2]); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read aliases %s: %w", path, err)
	}
	return a, nil
}

// Set maps variant to canonical for kind. Setting a variant to itself
// removes its alias.
func (a *Aliases) Set(kind, variant, canonical string) error {
	if !aliasKinds[kind] {
		return fmt.Errorf("unknown alias kind %q: use person, country, org or source", kind)
	}
	variant, canonical = strings.TrimSpace(variant), strings.TrimSpace(canonical)
	if archive.Key(variant) == "" || archive.Key(canonical) == "" {
		return errors.New("alias needs a variant and a canonical name")
	}
	if strings.ContainsAny(variant+canonical, "\t\n") {
		return errors.New("alias names cannot contain tabs or newlines")
	}
	if a.m == nil {
		a.m = map[string]map[string]string{}
		a.lines = map[string]map[string]string{}
	}
	if a.m[kind] == nil {
		a.m[kind] = map[string]string{}
		a.lines[kind] = map[string]string{}
	}
	k := archive.Key(variant)
	if k == archive.Key(canonical) {
		delete(a.m[kind], k)
		for v := range a.lines[kind] {
			if archive.Key(v) == k {
				delete(a.lines[kind], v)
			}
		}
		return nil
	}
	a.m[kind][k] = canonical
	for v := range a.lines[kind] {
		if archive.Key(v) == k {
			delete(a.lines[kind], v)
		}
	}
	a.lines[kind][variant] = canonical
	return nil
}

// Lookup returns the canonical name for variant, or variant itself.
func (a *Aliases) Lookup(kind, variant string) string {
	if a == nil || a.m == nil {
		return variant
	}
	if c, ok := a.m[kind][archive.Key(variant)]; ok {
		return c
	}
	return variant
}

// text renders the aliases in file format, sorted, so that equal aliases
// give equal bytes.
func (a *Aliases) text() string {
	var rows []string
	if a != nil {
		for kind, m := range a.lines {
			for v, c := range m {
				rows = append(rows, kind+"\t"+v+"\t"+c)
			}
		}
	}
	sort.Strings(rows)
	var b strings.Builder
	b.WriteString("# Chancery aliases: kind<TAB>variant<TAB>canonical (kind: person, country, org, source).\n")
	b.WriteString("# After editing, run `indexer retag` to apply them to the archive.\n")
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	return b.String()
}

// Save writes the aliases to path atomically: a temporary file in the same
// folder, fsync, rename.
func (a *Aliases) Save(path string) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".aliases-*.tmp")
	if err != nil {
		return fmt.Errorf("save aliases %s: %w", path, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after the rename
	if _, err := f.WriteString(a.text()); err != nil {
		f.Close()
		return fmt.Errorf("save aliases %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("save aliases %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("save aliases %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("save aliases %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// Hash identifies the aliases' content: it changes whenever an alias is
// added, changed or removed. Empty and nil aliases hash alike.
func (a *Aliases) Hash() string {
	h := sha256.Sum256([]byte(a.text()))
	return hex.EncodeToString(h[:8])
}

// applyList maps each name through the aliases and drops duplicates.
func (a *Aliases) applyList(kind string, names []string) []string {
	if len(names) == 0 {
		return nil
	}
	out := make([]string, 0, len(names))
	var seenBuf [16]string
	seen := seenBuf[:0] // keys: few, so a slice beats a map
	for _, n := range names {
		n = a.Lookup(kind, n)
		k := archive.Key(n)
		if slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		out = append(out, n)
	}
	return out
}

// applyCountries renames countries through the "country" aliases. The code
// stays the one of the extracted country.
func (a *Aliases) applyCountries(cs []country) []archive.Country {
	if len(cs) == 0 {
		return nil
	}
	out := make([]archive.Country, 0, len(cs))
	var seenBuf [16]string
	seen := seenBuf[:0]
	for _, c := range cs {
		name := a.Lookup("country", c.Name)
		k := c.key
		if name != c.Name || k == "" {
			k = archive.Key(name)
		}
		if slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		out = append(out, archive.Country{Name: name, Code: c.Code})
	}
	return out
}
