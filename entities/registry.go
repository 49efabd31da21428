package entities

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"chancery/archive"
)

// Registry resolves person names across an archive, where Extract sees one
// article at a time:
//
//   - a partial name ("Baker", "Otto Poehl") becomes the full name it ends,
//     when one full name dominates among the archive's names ending with it
//     ("James Baker");
//   - a name that the archive knows as a company is not a person ("Merrill
//     Lynch", from "Merrill Lynch and Co"; "Chrysler", from "Chrysler Corp").
//
// Use it in two steps: Observe every article (after Extract), then Decide;
// Resolve then applies the decisions to an article. The decisions depend on
// the counts only, not on the order of the articles. They can be saved with
// MarshalText and loaded with UnmarshalText, so that articles added later
// are resolved as the archive was.
//
// The rules, counted in articles (an article counts once per name):
//
//   - a target full name has at least registryMinFull articles; it wins
//     when it has registryDominance times the articles of the next full name
//     ending with the same words (James Baker 135, Howard Baker 20: "Baker"
//     is James Baker; Smiths of similar counts leave "Smith" alone). Names
//     that themselves resolve to a longer name count for that name.
//   - a name of two words or more is a company when it begins a company's
//     name (the words before Inc, Corp, Co ...) in registryMinCompany
//     articles, and, when it begins with a given name ("Ivan F. Boesky" of
//     "Ivan F. Boesky and Co"), in more articles than name it as a person;
//   - a single word is a company when company names contain it in at least
//     registryMinCompany articles and in more articles than persons carry
//     it as their surname ("Chrysler" yes, "Baker" of Baker Hughes Inc no).
//
// A Registry is safe for concurrent use.
type Registry struct {
	mu      sync.RWMutex
	persons map[string]map[string]int // key -> display form -> articles
	heads   map[string]int            // key of a company name's head ("merrill lynch") -> articles
	words   map[string]int            // a word of a company name's head -> articles
	resolve map[string]string         // key -> full name (decisions)
	company map[string]bool           // key -> not a person (decisions)
	given   map[string]bool           // given names (data/firstnames.txt)
}

// Rule constants, chosen on the Reuters-21578 dev files (reut2-000..013).
const (
	registryMinFull    = 2 // articles naming a full name before partial names resolve to it
	registryDominance  = 3 // the winning full name has this many times the runner-up's articles
	registryMinCompany = 2 // articles naming a company before its name is no person
)

// NewRegistry returns an empty registry: Resolve changes nothing until
// articles are observed and Decide is called, or decisions are loaded.
func NewRegistry() *Registry {
	r := &Registry{
		persons: map[string]map[string]int{},
		heads:   map[string]int{},
		words:   map[string]int{},
		resolve: map[string]string{},
		company: map[string]bool{},
		given:   map[string]bool{},
	}
	// the embedded list is checked by the package tests
	_ = readLines("firstnames.txt", func(line string, _ int) error {
		for _, w := range strings.Fields(line) {
			r.given[w] = true
		}
		return nil
	})
	return r
}

// Observe counts the persons and companies of an extracted article.
func (r *Registry) Observe(a *archive.Article) {
	r.mu.Lock()
	defer r.mu.Unlock()
	seen := map[string]bool{}
	for _, p := range a.Persons {
		k := archive.Key(p)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		m := r.persons[k]
		if m == nil {
			m = map[string]int{}
			r.persons[k] = m
		}
		m[p]++
	}
	clear(seen)
	for _, o := range a.Orgs {
		head := companyHead(o)
		if len(head) == 0 {
			continue
		}
		if k := strings.Join(head, " "); !seen[k] {
			seen[k] = true
			r.heads[k]++
		}
		for _, w := range head {
			if len(w) > 1 && !orgJoiners[w] && !seen["\x00"+w] {
				seen["\x00"+w] = true
				r.words[w]++
			}
		}
	}
}

// companyHead returns the folded words of a company's name before its legal
// form ("Merrill Lynch and Co" -> merrill, lynch), or nil when org does not
// end in one.
func companyHead(org string) []string {
	if !mayEndInCompanySuffix(org) {
		return nil
	}
	words := strings.Fields(archive.Key(org))
	if len(words) < 2 {
		return nil
	}
	last := words[len(words)-1]
	if _, ok := companySuffixes[last]; !ok || last == "ministry" || last == "party" {
		return nil
	}
	words = words[:len(words)-1]
	for len(words) > 0 && orgJoiners[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return nil
	}
	return words
}

// mayEndInCompanySuffix is false when companyHead(org) is surely nil
// because the last word of archive.Key(org) is no legal form (or is
// "ministry" or "party"). It decides without allocating when that word is
// ASCII, and answers true when it cannot tell.
func mayEndInCompanySuffix(org string) bool {
	isAlnum := func(c byte) bool { return isASCIILetter(c) || isDigit(c) }
	end := len(org)
	for end > 0 && !isAlnum(org[end-1]) {
		if org[end-1] >= utf8.RuneSelf {
			return true
		}
		end--
	}
	start := end
	for start > 0 && isAlnum(org[start-1]) {
		start--
	}
	if start > 0 && org[start-1] >= utf8.RuneSelf {
		return true // the word may go on in a non-ASCII letter
	}
	var b [16]byte
	if end-start > len(b) {
		return true
	}
	w := b[:end-start]
	for i := range w {
		c := org[start+i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[i] = c
	}
	_, ok := companySuffixes[string(w)]
	return ok && string(w) != "ministry" && string(w) != "party"
}

type fullName struct {
	key, name string
	words     []string
	n         int
}

// Decide computes the decisions from the counts observed so far, replacing
// earlier ones. Decisions cover every name the counts speak for, not only
// the partial names observed: an article added later with a bare "Baker"
// is resolved too.
func (r *Registry) Decide() {
	r.mu.Lock()
	defer r.mu.Unlock()
	clear(r.resolve)
	clear(r.company)
	// companies first: they are neither targets nor surnames
	prefix := map[string]int{} // key -> articles whose company head begins with it
	for h, n := range r.heads {
		w := strings.Fields(h)
		for i := 2; i <= len(w); i++ {
			prefix[strings.Join(w[:i], " ")] += n
		}
	}
	var full []fullName // names of two words or more that are persons
	surname := map[string]int{}
	for k, forms := range r.persons {
		f := fullName{key: k, words: strings.Fields(k)}
		if len(f.words) < 2 {
			continue
		}
		for form, n := range forms {
			f.n += n
			if f.name == "" || n > forms[f.name] || n == forms[f.name] && form < f.name {
				f.name = form
			}
		}
		// a firm named after its founder ("Ivan F. Boesky and Co") takes
		// the name only where the archive uses it more as a company
		if c := prefix[k]; c >= registryMinCompany && (!r.given[f.words[0]] || c > f.n) {
			r.company[k] = true
			continue
		}
		surname[f.words[len(f.words)-1]] += f.n
		full = append(full, f)
	}
	for k, c := range prefix {
		if c >= registryMinCompany && !r.given[strings.Fields(k)[0]] {
			r.company[k] = true
		}
	}
	for w, c := range r.words {
		if c >= registryMinCompany && c > surname[w] {
			r.company[w] = true
		}
	}
	// partial names, longest first, so that "Otto Poehl" -> "Karl Otto
	// Poehl" is known before "Poehl" counts its candidates
	bySuffix := map[string][]fullName{} // a proper suffix of a full name -> full names
	for _, f := range full {
		for i := 1; i < len(f.words); i++ {
			s := strings.Join(f.words[i:], " ")
			bySuffix[s] = append(bySuffix[s], f)
		}
	}
	suffixes := make([]string, 0, len(bySuffix))
	for s := range bySuffix {
		suffixes = append(suffixes, s)
	}
	slices.SortFunc(suffixes, func(a, b string) int {
		if c := cmp.Compare(strings.Count(b, " "), strings.Count(a, " ")); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	type vote struct {
		key, name string
		n         int
	}
	for _, s := range suffixes {
		if r.company[s] {
			continue
		}
		votes := map[string]*vote{}
		for _, f := range bySuffix[s] {
			if f.n < registryMinFull {
				continue
			}
			v := &vote{key: f.key, name: f.name}
			if to, ok := r.resolve[f.key]; ok {
				v = &vote{key: archive.Key(to), name: to}
			}
			if old, ok := votes[v.key]; ok {
				v = old
			} else {
				votes[v.key] = v
			}
			v.n += f.n
		}
		ranked := make([]*vote, 0, len(votes))
		for _, v := range votes {
			ranked = append(ranked, v)
		}
		slices.SortFunc(ranked, func(a, b *vote) int {
			if c := cmp.Compare(b.n, a.n); c != 0 {
				return c
			}
			return cmp.Compare(a.key, b.key)
		})
		if len(ranked) > 0 && (len(ranked) == 1 || ranked[0].n >= registryDominance*ranked[1].n) {
			r.resolve[s] = ranked[0].name
		}
	}
}

// Resolve applies the decisions to a.Persons: companies are dropped,
// partial names become full names, repeats go. It reports whether
// a.Persons changed.
func (r *Registry) Resolve(a *archive.Article) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if len(r.resolve) == 0 && len(r.company) == 0 {
		return false
	}
	changed := false
	out := make([]string, 0, len(a.Persons))
	seen := map[string]bool{}
	for _, p := range a.Persons {
		k := archive.Key(p)
		if r.company[k] {
			changed = true
			continue
		}
		if to, ok := r.resolve[k]; ok {
			p, k = to, archive.Key(to)
			changed = true
		}
		if seen[k] {
			changed = true
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	if changed {
		a.Persons = out
	}
	return changed
}

// Changed returns the keys (archive.Key) of the names the decisions
// change, sorted: partial names that resolve and names known as companies.
// Resolve changes only articles that name one of them (or that name one
// person twice, which Extract does not make).
func (r *Registry) Changed() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	keys := make([]string, 0, len(r.resolve)+len(r.company))
	for k := range r.resolve {
		keys = append(keys, k)
	}
	for k := range r.company {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Decisions returns the number of partial names resolved and of names known
// as companies.
func (r *Registry) Decisions() (resolved, companies int) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.resolve), len(r.company)
}

const registryHeader = "# chancery person registry v1: resolve<TAB>key<TAB>full name | company<TAB>key"

// MarshalText encodes the decisions (not the counts), one per line, sorted.
func (r *Registry) MarshalText() ([]byte, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	lines := make([]string, 0, len(r.resolve)+len(r.company))
	for k, to := range r.resolve {
		lines = append(lines, "resolve\t"+k+"\t"+to)
	}
	for k := range r.company {
		lines = append(lines, "company\t"+k)
	}
	slices.Sort(lines)
	var b bytes.Buffer
	b.WriteString(registryHeader + "\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.Bytes(), nil
}

// ErrRegistry is returned by UnmarshalText for a registry it cannot read:
// extracting the archive's entities again rebuilds it.
var ErrRegistry = errors.New("unreadable person registry")

// UnmarshalText replaces the decisions with those encoded by MarshalText.
func (r *Registry) UnmarshalText(data []byte) error {
	resolve, company := map[string]string{}, map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			if n == 1 && line != registryHeader {
				return fmt.Errorf("person registry: unknown header %q: %w", line, ErrRegistry)
			}
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "resolve" && len(f) == 3:
			resolve[f[1]] = f[2]
		case f[0] == "company" && len(f) == 2:
			company[f[1]] = true
		default:
			return fmt.Errorf("person registry line %d: %q is not a decision: %w", n, line, ErrRegistry)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("person registry: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.resolve, r.company = resolve, company
	return nil
}
