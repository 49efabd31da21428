package entities

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"chancery/archive"
)

// Registry resolves person names across an archive, where Extract sees one
// article at a time:
//
//   - a bare surname ("Baker") becomes the full name that other articles of
//     the same source and period name in full ("James Baker"), when one
//     full name dominates there; the article then records the name as
//     inferred (archive.Article.Inferred) with the evidence;
//   - a name that the archive knows as a company is not a person ("Merrill
//     Lynch", from "Merrill Lynch and Co"; "Chrysler", from "Chrysler Corp").
//
// Use it in two steps: Observe every article (after Extract), then Decide;
// Resolve then applies the decisions to an article. The decisions depend on
// the counts only, not on the order of the articles. They can be saved with
// MarshalText and loaded with UnmarshalText, so that articles added later
// are resolved as the archive was.
//
// A filled-in name must not be a guess that the article contradicts, so the
// rules are narrow. Counted in articles (an article counts once per name):
//
//   - only a bare surname is filled in; a name of two words or more is never
//     replaced, so a longer name that contains it ("Mark Nielsen Mark
//     Nielsen", "Karl Otto Poehl") cannot take its place;
//   - the article's own full names win: a surname that ends a full name of
//     the article itself is that name ("Baker" beside "Howard Baker"; left
//     alone when it ends several), and a given name ("Charles") is never
//     taken for a surname;
//   - evidence counts only within the article's source (Article.Source,
//     compared by archive.Key) and period: its year and registryYears years
//     either side. An article without a source or a date is never filled
//     in, and never serves as evidence: without them nothing says that
//     two "Baker"s of two articles could be one person;
//   - within that scope, a target full name has at least registryMinFull
//     articles and registryDominance times the articles of all other full
//     names ending with the same word (James Baker 135, Howard Baker 20 in
//     Reuters of 1987: "Baker" is James Baker; Smiths of similar counts
//     leave "Smith" alone). A full name whose words end another's ("Otto
//     Poehl", "Karl Otto Poehl") counts for the longer;
//   - a role written before the bare surname ("Treasury Secretary Baker")
//     picks the full name that the scope's articles write after the same
//     role ("Treasury Secretary James Baker") when one dominates there as
//     above, even where the surname alone is ambiguous ("Chief of Staff
//     Baker" is Howard Baker); it goes first, and an article giving the
//     surname two roles that disagree gets neither. A role is read across a
//     wire line break and also with the capitalised words before it
//     ("Federal Reserve Board Vice Chairman"), and an institution's
//     possessive before the surname ("TREASURY'S BAKER", "FED'S JOHNSON",
//     "WHITE HOUSE'S BAKER") stands for the roles it begins, when they
//     agree on one full name;
//   - within the same scope, a full name that is another spelling of a far
//     more used one (the same words but one letter of a surname of five
//     letters or more, a vowel for a vowel: "Hisham Nazir" for "Hisham
//     Nazer"), or a surname of six letters or more with one letter more or
//     less ("Paul Vocker" for "Paul Volcker") when no other full name of
//     the scope carries the rarer one ("Paul Johnston" beside "Bennett
//     Johnston" stays), takes that spelling, recorded as inferred like a
//     surname, but only when the rarer form is written in one article of
//     the scope and that article shares a role, an apposition or an
//     organization with the other's articles (a letter apart alone is no
//     evidence: "John Harrington" and "John Herrington" may be two men);
//   - within the same scope, a given name and surname written both with and
//     without one middle initial ("Anna K. Novak", "Anna Novak") are one
//     person, named in the form more articles use; written with two
//     different initials they are left alone. Articles with no scope (no
//     source or no date) are counted by collection, their folder, source
//     and year: there the two forms are one person named with the
//     initial, when registryMinFull articles of the collection write it,
//     recorded as inferred, but not in an article that writes both
//     (decideCollection); nothing else is filled in;
//   - within the same scope, a given name's short form and the full one with
//     the same surname ("Jim Wright", "James Wright"; data/nicknames.txt)
//     are one person, named in the form more articles use, recorded as
//     inferred, when both are written after the same role ("House
//     Speaker") or with the same apposition and no other full name ending
//     in the surname is (mergeNicknames);
//   - a name of two words or more written in several ways that are the same
//     letters and words once case, accents and punctuation are folded
//     (archive.Key: "George W Bush", "George W. Bush"; "Chang Chi-cheng",
//     "Chang Chi-Cheng") takes the form most articles of the whole archive
//     use (on a tie the one keeping accents, capitals, hyphens and periods),
//     in every article, dated or not: it is one
//     name, only spelled one way;
//   - a name whose words repeat ("Mark Nielsen Mark Nielsen") is no name;
//   - a name of two words or more is a company when it begins a company's
//     name (the words before Inc, Corp, Co ...) in registryMinCompany
//     articles, and, when it begins with a given name ("Ivan F. Boesky" of
//     "Ivan F. Boesky and Co"), in more articles than name it as a person;
//   - a single word is a company when company names contain it in at least
//     registryMinCompany articles and in more articles than persons carry
//     it as their surname ("Chrysler" yes, "Baker" of Baker Hughes Inc no);
//   - a name of two words or more is a performing group's or a work's, and
//     no person, when registryMinCompany articles write it as a group's
//     (groupCue: "Glasgow group Franz Ferdinand", "Franz Ferdinand
//     frontman ...") or a work's (worksOf: "abortion drama Vera Drake",
//     "Vera Drake star Imelda Staunton").
//     Companies and groups are known across the whole archive: dropping a name says
//     nothing false.
//
// A Registry is safe for concurrent use.
type Registry struct {
	mu      sync.RWMutex
	persons map[scope]map[string]*nameCount      // scope -> key -> counts
	surname map[string]int                       // last word of a full name -> articles, whole archive
	heads   map[string]int                       // key of a company name's head ("merrill lynch") -> articles
	words   map[string]int                       // a word of a company name's head -> articles
	groups  map[string]int                       // key of a name an article writes as a performing group's (groupCue) -> articles
	resolve map[scope]map[string]decision        // scope -> surname key -> full name (decisions)
	company map[string]bool                      // key -> not a person (decisions)
	given   map[string]bool                      // given names (data/firstnames.txt)
	sources map[string]string                    // source key -> the smallest display form seen, for evidence
	roles   map[scope]map[string]*nameCount      // scope -> role NUL surname -> full name key -> counts (forms unused)
	roleDec map[scope]map[string]decision        // scope -> role NUL surname -> full name (decisions)
	titles  map[string]bool                      // roles (data/titles.txt) but honorifics
	forms   map[string]map[string]int            // key of a name of two words or more -> display form -> articles, whole archive
	spell   map[string]string                    // key -> the display form all its spellings take (decisions)
	undated map[collection]map[string]*nameCount // collection -> full name key -> counts (forms, n, first)
	collect map[collection]map[string]decision   // collection -> full name key -> the form with or without an initial (decisions)
}

// collection is where the names of an article without a source or a date
// count: the articles of one folder (and source, when it has one) of one
// year, or of no year. A folder is what a librarian ingested as one set
// (the BBC files of one topic, a site's saved pages): within it, a name
// written with and without one middle initial is taken for one person, and
// nothing more is filled in.
type collection struct {
	source string // archive.Key of Article.Source, "" when it has none
	folder string // the folder of Article.Origin
	year   int    // 0 when undated
}

// scope is where a name's evidence counts: one source in one year.
type scope struct {
	source string // archive.Key of Article.Source
	year   int
}

// nameCount counts the articles of one scope naming one person's key.
type nameCount struct {
	forms map[string]int // display form -> articles
	n     int
	first string // the smallest article id, as an example
	// ctx holds what the scope's articles write with a full name (persons
	// only): its roles ("role\x00energy secretary"), the nouns of an
	// apposition after it ("app\x00manager" of "X, manager of ..."), and
	// the organizations of its articles ("org\x00White House"). Two
	// spellings one letter apart are one person only when they share one.
	ctx map[string]bool
}

// decision is a surname filled in: the full name and the evidence.
type decision struct {
	name, evidence string
}

// Rule constants, chosen on the Reuters-21578 dev files (reut2-000..013).
const (
	registryMinFull    = 2 // articles naming a full name before partial names resolve to it
	registryDominance  = 3 // the winning full name has this many times the articles of all other full names with its surname
	registryMinCompany = 2 // articles naming a company before its name is no person
	registryYears      = 1 // years either side of an article's year whose articles are evidence
)

// NewRegistry returns an empty registry: Resolve changes nothing until
// articles are observed and Decide is called, or decisions are loaded.
func NewRegistry() *Registry {
	r := &Registry{
		persons: map[scope]map[string]*nameCount{},
		surname: map[string]int{},
		heads:   map[string]int{},
		words:   map[string]int{},
		groups:  map[string]int{},
		resolve: map[scope]map[string]decision{},
		company: map[string]bool{},
		given:   map[string]bool{},
		sources: map[string]string{},
		roles:   map[scope]map[string]*nameCount{},
		roleDec: map[scope]map[string]decision{},
		titles:  map[string]bool{},
		forms:   map[string]map[string]int{},
		spell:   map[string]string{},
		undated: map[collection]map[string]*nameCount{},
		collect: map[collection]map[string]decision{},
	}
	_ = readLines("titles.txt", func(line string, _ int) error {
		if t := strings.TrimSpace(line); !titleCues[t] && !honorifics[t] {
			r.titles[t] = true
		}
		return nil
	})
	// the embedded list is checked by the package tests
	_ = readLines("firstnames.txt", func(line string, _ int) error {
		for _, w := range strings.Fields(line) {
			r.given[w] = true
		}
		return nil
	})
	return r
}

// scopeOf returns the scope of a, false when it has no source or no date.
func scopeOf(a *archive.Article) (scope, bool) {
	src := archive.Key(a.Source)
	if src == "" || a.Date.IsZero() {
		return scope{}, false
	}
	return scope{source: src, year: a.Date.Year()}, true
}

// collectionOf returns the collection of a, an article scopeOf has no
// scope for, false when it has no origin to tell its folder.
func collectionOf(a *archive.Article) (collection, bool) {
	path := a.Origin
	if i := strings.LastIndexByte(path, ':'); i > 0 && i < len(path)-1 && strings.Trim(path[i+1:], "0123456789") == "" {
		path = path[:i] // "file.jsonl:12"
	}
	if path == "" || strings.ContainsAny(path, "\t\n") {
		return collection{}, false
	}
	c := collection{source: archive.Key(a.Source), folder: filepath.Dir(path)}
	if !a.Date.IsZero() {
		c.year = a.Date.Year()
	}
	return c, true
}

// doubled reports whether words are one name written twice ("mark nielsen
// mark nielsen").
func doubled(words []string) bool {
	n := len(words)
	return n >= 2 && n%2 == 0 && slices.Equal(words[:n/2], words[n/2:])
}

// ownNames returns a's persons as the article names them: an inferred
// person counts as the name the article wrote.
func ownNames(a *archive.Article) []string {
	if len(a.Inferred) == 0 {
		return a.Persons
	}
	out := make([]string, len(a.Persons))
	for i, p := range a.Persons {
		out[i] = p
		if in, ok := a.InferredPerson(p); ok {
			out[i] = in.From
		}
	}
	return out
}

// Observe counts the persons and companies of an extracted article. Persons
// it records as inferred count as the names the article wrote.
func (r *Registry) Observe(a *archive.Article) {
	sc, scoped := scopeOf(a)
	own := ownNames(a)
	groups := groupsOf(a)
	for _, k := range worksOf(a) {
		if !slices.Contains(groups, k) {
			groups = append(groups, k)
		}
	}
	// the roles written before each full name, read outside the lock
	var roles, apps [][]string
	var orgKeys []string
	if scoped {
		roles = make([][]string, len(own))
		apps = make([][]string, len(own))
		for i, p := range own {
			if strings.Contains(p, " ") {
				roles[i] = r.rolesOf(a, p)
				apps[i] = appositionsOf(a, p)
			}
		}
		for _, o := range a.Orgs {
			if o != "" && !slices.Contains(orgKeys, o) {
				orgKeys = append(orgKeys, o)
			}
		}
	}
	col, collected := collection{}, false
	if !scoped {
		col, collected = collectionOf(a)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var m map[string]*nameCount
	if scoped {
		// every scope of an article is decided, with or without full names
		if m = r.persons[sc]; m == nil {
			m = map[string]*nameCount{}
			r.persons[sc] = m
		}
		if old, ok := r.sources[sc.source]; !ok || a.Source < old {
			r.sources[sc.source] = a.Source
		}
	}
	seen := map[string]bool{}
	for i, p := range own {
		k := archive.Key(p)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		words := strings.Fields(k)
		if doubled(words) {
			continue
		}
		if len(words) >= 2 {
			r.surname[words[len(words)-1]]++
			f := r.forms[k]
			if f == nil {
				f = map[string]int{}
				r.forms[k] = f
			}
			f[p]++
		}
		if collected && initialForm(words) {
			cm := r.undated[col]
			if cm == nil {
				cm = map[string]*nameCount{}
				r.undated[col] = cm
			}
			c := countIn(cm, k, a.ID)
			c.forms[p]++
			c.n++
		}
		if !scoped || len(words) < 2 {
			continue
		}
		c := countIn(m, k, a.ID)
		c.forms[p]++
		c.n++
		if c.ctx == nil {
			c.ctx = map[string]bool{}
		}
		for _, role := range roles[i] {
			c.ctx[ctxRole+role] = true
		}
		for _, app := range apps[i] {
			c.ctx[ctxApposition+app] = true
		}
		for _, o := range orgKeys {
			c.ctx[ctxOrg+o] = true
		}
		for _, role := range roles[i] {
			rk := role + "\x00" + words[len(words)-1]
			rm := r.roles[sc]
			if rm == nil {
				rm = map[string]*nameCount{}
				r.roles[sc] = rm
			}
			countIn(rm, rk, a.ID).forms[k]++
		}
	}
	for _, k := range groups {
		r.groups[k]++
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

// countIn returns the counts of k in m, made when new, with id as their
// first article when it is the smallest.
func countIn(m map[string]*nameCount, k, id string) *nameCount {
	c := m[k]
	if c == nil {
		c = &nameCount{forms: map[string]int{}, first: id}
		m[k] = c
	}
	c.first = min(c.first, id)
	return c
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
	first     string
}

// Decide computes the decisions from the counts observed so far, replacing
// earlier ones. Decisions cover every surname the counts speak for in each
// scope, not only the bare surnames observed: an article added later with
// a bare "Baker" is resolved too.
func (r *Registry) Decide() {
	r.mu.Lock()
	defer r.mu.Unlock()
	clear(r.resolve)
	clear(r.roleDec)
	clear(r.company)
	clear(r.spell)
	clear(r.collect)
	for k, f := range r.forms {
		if len(f) < 2 {
			continue
		}
		best := ""
		for form, n := range f {
			if best == "" || n > f[best] || n == f[best] && moreWritten(form, best) {
				best = form
			}
		}
		r.spell[k] = best
	}
	// companies first: they are neither targets nor surnames
	prefix := map[string]int{} // key -> articles whose company head begins with it
	for h, n := range r.heads {
		w := strings.Fields(h)
		for i := 2; i <= len(w); i++ {
			prefix[strings.Join(w[:i], " ")] += n
		}
	}
	// a full name's articles across the archive, for the founder rule
	total := map[string]int{}
	for _, m := range r.persons {
		for k, c := range m {
			total[k] += c.n
		}
	}
	for k, n := range total {
		if c := prefix[k]; c >= registryMinCompany && (!r.given[strings.Fields(k)[0]] || c > n) {
			r.company[k] = true
		}
	}
	for k, c := range prefix {
		if c >= registryMinCompany && !r.given[strings.Fields(k)[0]] {
			r.company[k] = true
		}
	}
	for w, c := range r.words {
		if c >= registryMinCompany && c > r.surname[w] {
			r.company[w] = true
		}
	}
	// a band's or a work's name, written as a group's or a work's in two
	// articles or more, is no person in the articles that only list it
	for k, c := range r.groups {
		if c >= registryMinCompany {
			r.company[k] = true
		}
	}
	// each scope decides from the full names of its source in its period
	bySource := map[string][]int{} // source -> years observed
	for sc := range r.persons {
		bySource[sc.source] = append(bySource[sc.source], sc.year)
	}
	for src, years := range bySource {
		for _, y := range years {
			if d := r.decideScope(src, y); len(d) > 0 {
				r.resolve[scope{src, y}] = d
			}
			if d := r.decideRoles(src, y); len(d) > 0 {
				r.roleDec[scope{src, y}] = d
			}
		}
	}
	for col, m := range r.undated {
		if d := r.decideCollection(col, m); len(d) > 0 {
			r.collect[col] = d
		}
	}
}

// decideCollection returns the full names of a collection written both
// with and without one middle initial, which take the form with the
// initial when registryMinFull of its articles write it ("George Bush" in
// the BBC's undated politics stories for "George W Bush"). Nothing else is
// filled in where no source and period are known.
func (r *Registry) decideCollection(col collection, m map[string]*nameCount) map[string]decision {
	merged := map[string]*fullName{}
	for k, c := range m {
		if r.company[k] {
			continue
		}
		best := ""
		for form, n := range c.forms {
			if best == "" || n > c.forms[best] || n == c.forms[best] && form < best {
				best = form
			}
		}
		merged[k] = &fullName{key: k, name: best, words: strings.Fields(k), n: c.n, first: c.first}
	}
	what := "undated articles"
	if col.year != 0 {
		what = fmt.Sprintf("articles of %d with no source", col.year)
		if col.source != "" {
			what = fmt.Sprintf("%s articles of %d", r.sources[col.source], col.year)
		}
	} else if col.source != "" {
		what = fmt.Sprintf("undated %s articles", r.sources[col.source])
	}
	return r.mergeInitials(merged, func(n int) string {
		return fmt.Sprintf("%d %s of %s, the only evidence of when they were written", n, what, col.folder)
	}, registryMinFull, true)
}

// moreWritten reports whether a, of the same letters as b once folded,
// keeps more of how a name is written than b: more accented letters
// ("José" against "Jose"), then more capitals after a small letter
// ("McPherson" against "Mcpherson", title-cased from a capitals headline),
// then more hyphens
// and periods ("Jean-Claude", "John M."); else the smaller.
func moreWritten(a, b string) bool {
	count := func(s string) (accents, caps, punct int) {
		var prev rune
		for _, c := range s {
			switch {
			case c >= utf8.RuneSelf:
				accents++
			case c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z':
				caps++ // inside a word: "McPherson", not "MCPHERSON"
			case c == '-' || c == '.' || c == '\'':
				punct++
			}
			prev = c
		}
		return
	}
	a1, a2, a3 := count(a)
	b1, b2, b3 := count(b)
	if c := cmp.Or(cmp.Compare(a1, b1), cmp.Compare(a2, b2), cmp.Compare(a3, b3)); c != 0 {
		return c > 0
	}
	return a < b
}

// decideScope returns the surnames of the articles of src in year y that
// the full names of src in the years around y fill in.
func (r *Registry) decideScope(src string, y int) map[string]decision {
	merged := map[string]*fullName{}
	forms := map[string]map[string]int{} // key -> display form -> articles
	for yy := y - registryYears; yy <= y+registryYears; yy++ {
		for k, c := range r.persons[scope{src, yy}] {
			if r.company[k] {
				continue
			}
			f := merged[k]
			if f == nil {
				f = &fullName{key: k, words: strings.Fields(k), first: c.first}
				merged[k] = f
				forms[k] = map[string]int{}
			}
			f.n += c.n
			if c.first < f.first {
				f.first = c.first
			}
			for form, n := range c.forms {
				forms[k][form] += n
			}
		}
	}
	for k, f := range merged {
		best := ""
		for form, n := range forms[k] {
			if best == "" || n > forms[k][best] || n == forms[k][best] && form < best {
				best = form
			}
		}
		f.name = best
	}
	out := r.mergeInitials(merged, func(n int) string {
		return fmt.Sprintf("%d %s %s of %d-%d", n, r.sources[src], plural(n, "article", "articles"), y-registryYears, y+registryYears)
	}, 1, false)
	r.mergeNicknames(merged, src, y, out)
	bySurname := map[string][]*fullName{}
	for _, f := range merged {
		s := f.words[len(f.words)-1]
		bySurname[s] = append(bySurname[s], f)
	}
	for s, cands := range bySurname {
		if r.company[s] || r.given[s] {
			continue
		}
		// longest first; a name whose words end a longer one counts for it
		slices.SortFunc(cands, func(a, b *fullName) int {
			if c := cmp.Compare(len(b.words), len(a.words)); c != 0 {
				return c
			}
			if c := cmp.Compare(b.n, a.n); c != 0 {
				return c
			}
			return cmp.Compare(a.key, b.key)
		})
		var heads []*fullName
		votes := map[*fullName]int{}
		for _, f := range cands {
			var into *fullName
			for _, h := range heads {
				if isSuffix(f.words, h.words) {
					into = h
					break
				}
			}
			if into == nil {
				into = f
				heads = append(heads, f)
			}
			votes[into] += f.n
		}
		slices.SortFunc(heads, func(a, b *fullName) int {
			if c := cmp.Compare(votes[b], votes[a]); c != 0 {
				return c
			}
			return cmp.Compare(a.key, b.key)
		})
		win := heads[0]
		others := 0
		for _, h := range heads[1:] {
			others += votes[h]
		}
		if votes[win] < registryMinFull || votes[win] < registryDominance*others {
			continue
		}
		ev := fmt.Sprintf("named in full in %d %s %s of %d-%d (first %s)", votes[win], r.sources[src], plural(votes[win], "article", "articles"), y-registryYears, y+registryYears, win.first)
		if len(heads) > 1 {
			ev += fmt.Sprintf("; other full names ending in %q: %d %s", s, others, plural(others, "article", "articles"))
		}
		out[s] = decision{name: win.name, evidence: ev}
	}
	r.decideSpellings(merged, src, y, out)
	return out
}

// Resolve applies the decisions to a.Persons and a.Inferred: companies are
// dropped, bare surnames become the full names of their scope (recorded in
// a.Inferred), repeats go. Inferences an earlier Resolve recorded are
// undone first, so resolving again with new decisions gives what resolving
// the extracted article would. It reports whether a changed.
func (r *Registry) Resolve(a *archive.Article) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if len(r.resolve) == 0 && len(r.roleDec) == 0 && len(r.company) == 0 && len(r.spell) == 0 && len(r.collect) == 0 && len(a.Inferred) == 0 {
		return false
	}
	sc, scoped := scopeOf(a)
	dec, roles := r.resolve[sc], r.roleDec[sc]
	if !scoped {
		dec, roles = nil, nil
		if col, ok := collectionOf(a); ok {
			dec = r.collect[col] // full names only: no surname is filled in
		}
	}
	own := ownNames(a)
	// the article's own full names win: a surname that ends one of them
	// is that person ("" when it ends several)
	ownFull := map[string]string{}
	for _, p := range own {
		if w := strings.Fields(archive.Key(p)); len(w) >= 2 && !doubled(w) {
			s := w[len(w)-1]
			if old, ok := ownFull[s]; ok && archive.Key(old) != archive.Key(p) {
				p = ""
			}
			ownFull[s] = p
		}
	}
	out := make([]string, 0, len(own))
	var inferred []archive.Inference
	seen := map[string]bool{}
	for _, p := range own {
		k := archive.Key(p)
		if r.company[k] {
			continue
		}
		if full, ok := ownFull[k]; ok {
			if full != "" {
				p, k = full, archive.Key(full)
				// the full name may itself be another form of a name
				if d, ok := dec[k]; ok {
					inferred = append(inferred, archive.Inference{Person: d.name, From: full, Evidence: d.evidence})
					p, k = d.name, archive.Key(d.name)
				}
			}
		} else if d, ok := r.byRole(a, roles, p, k); ok {
			inferred = append(inferred, archive.Inference{Person: d.name, From: p, Evidence: d.evidence})
			p, k = d.name, archive.Key(d.name)
		} else if d, ok := dec[k]; ok && (scoped || !writes(own, d.name)) {
			// a collection's merge gives way to an article that writes
			// both forms: "Presidents George W Bush, Bill Clinton, George
			// Bush" names two men
			inferred = append(inferred, archive.Inference{Person: d.name, From: p, Evidence: d.evidence})
			p, k = d.name, archive.Key(d.name)
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		if form, ok := r.spell[k]; ok {
			p = form // one spelling of the name across the archive
		}
		out = append(out, p)
	}
	// a name both inferred and written in full is not inferred, and an
	// inference of the full name and of its surname is one
	kept := inferred[:0]
	for _, in := range inferred {
		if !slices.Contains(kept, in) && !slices.ContainsFunc(own, func(p string) bool { return archive.Key(p) == archive.Key(in.Person) }) {
			kept = append(kept, in)
		}
	}
	inferred = kept
	for i, in := range inferred {
		if form, ok := r.spell[archive.Key(in.Person)]; ok {
			inferred[i].Person = form
		}
	}
	if len(inferred) == 0 {
		inferred = nil
	}
	if slices.Equal(out, a.Persons) && slices.Equal(inferred, a.Inferred) {
		return false
	}
	a.Persons, a.Inferred = out, inferred
	return true
}

// writes reports whether names holds name in any form of its letters.
func writes(names []string, name string) bool {
	k := archive.Key(name)
	return slices.ContainsFunc(names, func(p string) bool { return archive.Key(p) == k })
}

// Changed returns the keys (archive.Key) of the names the decisions
// change, sorted: surnames filled in in some scope and names known as
// companies. Resolve changes only articles that name one of them or that
// record an inference.
func (r *Registry) Changed() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	set := map[string]bool{}
	for _, m := range r.resolve {
		for k := range m {
			set[k] = true
		}
	}
	for _, m := range r.roleDec {
		for k := range m {
			_, surname, _ := strings.Cut(k, "\x00")
			set[surname] = true
		}
	}
	for k := range r.company {
		set[k] = true
	}
	for k := range r.spell {
		set[k] = true
	}
	for _, m := range r.collect {
		for k := range m {
			set[k] = true
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Decisions returns the number of decisions that fill in a name (surnames,
// roles and spellings, counted once per source and year) and of names
// known as companies.
func (r *Registry) Decisions() (resolved, companies int) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, m := range r.resolve {
		resolved += len(m)
	}
	for _, m := range r.roleDec {
		resolved += len(m)
	}
	for _, m := range r.collect {
		resolved += len(m)
	}
	return resolved, len(r.company)
}

const (
	registryHeader   = "# chancery person registry v4: resolve<TAB>source<TAB>year<TAB>surname<TAB>full name<TAB>evidence | role<TAB>source<TAB>year<TAB>role<TAB>surname<TAB>full name<TAB>evidence | company<TAB>key | spell<TAB>key<TAB>form | initials<TAB>source<TAB>folder<TAB>year<TAB>key<TAB>full name<TAB>evidence"
	registryHeaderV3 = "# chancery person registry v3: resolve<TAB>source<TAB>year<TAB>surname<TAB>full name<TAB>evidence | role<TAB>source<TAB>year<TAB>role<TAB>surname<TAB>full name<TAB>evidence | company<TAB>key | spell<TAB>key<TAB>form"
	registryHeaderV2 = "# chancery person registry v2: resolve<TAB>source<TAB>year<TAB>surname<TAB>full name<TAB>evidence | role<TAB>source<TAB>year<TAB>role<TAB>surname<TAB>full name<TAB>evidence | company<TAB>key"
	registryHeaderV1 = "# chancery person registry v1: resolve<TAB>key<TAB>full name | company<TAB>key"
)

// MarshalText encodes the decisions (not the counts), one per line, sorted.
func (r *Registry) MarshalText() ([]byte, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var lines []string
	for sc, m := range r.resolve {
		for k, d := range m {
			lines = append(lines, strings.Join([]string{"resolve", sc.source, strconv.Itoa(sc.year), k, d.name, d.evidence}, "\t"))
		}
	}
	for sc, m := range r.roleDec {
		for k, d := range m {
			role, surname, _ := strings.Cut(k, "\x00")
			lines = append(lines, strings.Join([]string{"role", sc.source, strconv.Itoa(sc.year), role, surname, d.name, d.evidence}, "\t"))
		}
	}
	for k := range r.company {
		lines = append(lines, "company\t"+k)
	}
	for k, form := range r.spell {
		lines = append(lines, "spell\t"+k+"\t"+form)
	}
	for col, m := range r.collect {
		for k, d := range m {
			lines = append(lines, strings.Join([]string{"initials", col.source, col.folder, strconv.Itoa(col.year), k, d.name, d.evidence}, "\t"))
		}
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
// Decisions of the first version, which filled in surnames across sources
// and decades, are dropped but for the companies; the next `indexer
// retag` decides again.
func (r *Registry) UnmarshalText(data []byte) error {
	resolve, roleDec, company, spell := map[scope]map[string]decision{}, map[scope]map[string]decision{}, map[string]bool{}, map[string]string{}
	collect := map[collection]map[string]decision{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	n := 0
	v1 := false
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			if n == 1 && line != registryHeader && line != registryHeaderV3 && line != registryHeaderV2 {
				if line != registryHeaderV1 {
					return fmt.Errorf("person registry: unknown header %q: %w", line, ErrRegistry)
				}
				v1 = true
			}
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case v1 && f[0] == "resolve" && len(f) == 3:
		case !v1 && f[0] == "resolve" && len(f) == 6:
			y, err := strconv.Atoi(f[2])
			if err != nil {
				return fmt.Errorf("person registry line %d: year %q: %w", n, f[2], ErrRegistry)
			}
			s := scope{source: f[1], year: y}
			if resolve[s] == nil {
				resolve[s] = map[string]decision{}
			}
			resolve[s][f[3]] = decision{name: f[4], evidence: f[5]}
		case !v1 && f[0] == "role" && len(f) == 7:
			y, err := strconv.Atoi(f[2])
			if err != nil {
				return fmt.Errorf("person registry line %d: year %q: %w", n, f[2], ErrRegistry)
			}
			s := scope{source: f[1], year: y}
			if roleDec[s] == nil {
				roleDec[s] = map[string]decision{}
			}
			roleDec[s][f[3]+"\x00"+f[4]] = decision{name: f[5], evidence: f[6]}
		case f[0] == "company" && len(f) == 2:
			company[f[1]] = true
		case !v1 && f[0] == "spell" && len(f) == 3:
			spell[f[1]] = f[2]
		case !v1 && f[0] == "initials" && len(f) == 7:
			y, err := strconv.Atoi(f[3])
			if err != nil {
				return fmt.Errorf("person registry line %d: year %q: %w", n, f[3], ErrRegistry)
			}
			c := collection{source: f[1], folder: f[2], year: y}
			if collect[c] == nil {
				collect[c] = map[string]decision{}
			}
			collect[c][f[4]] = decision{name: f[5], evidence: f[6]}
		default:
			return fmt.Errorf("person registry line %d: %q is not a decision: %w", n, line, ErrRegistry)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("person registry: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.resolve, r.roleDec, r.company, r.spell, r.collect = resolve, roleDec, company, spell, collect
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// decideSpellings adds to out the full names of a scope that are another
// spelling of a more used one: the same words but one vowel of the
// surname ("Hisham Nazir", 1 article, for "Hisham Nazer", 10), the
// transliterations wire services disagree on, or a surname of six letters
// or more with one letter more or less ("Paul Vocker" for "Paul
// Volcker"), the typing slips of a wire. The more used spelling
// needs registryMinFull articles and registryDominance times the other's.
func (r *Registry) decideSpellings(merged map[string]*fullName, src string, y int, out map[string]decision) {
	buckets := map[string][]*fullName{}
	for k, f := range merged {
		last := f.words[len(f.words)-1]
		if len(last) < 5 || doubled(f.words) {
			continue
		}
		masked := strings.Join(f.words[:len(f.words)-1], " ") + " " + strings.Map(func(c rune) rune {
			if strings.ContainsRune("aeiouy", c) {
				return '*'
			}
			return c
		}, last)
		buckets[masked] = append(buckets[masked], merged[k])
	}
	// a surname with one letter more or less ("George Schultz" for
	// "George Shultz", "Paul Vocker" for "Paul Volcker"), unless the scope
	// knows the rarer spelling as the surname of someone else ("Paul
	// Johnston" beside "Bennett Johnston" is no slip for "Paul Johnson")
	carriers := map[string]int{} // surname -> full names of the scope ending in it
	for _, f := range merged {
		carriers[f.words[len(f.words)-1]]++
	}
	for _, f := range merged {
		last := f.words[len(f.words)-1]
		if len(last) < 7 || doubled(f.words) {
			continue // the shorter spelling has six letters or more
		}
		given := strings.Join(f.words[:len(f.words)-1], " ")
		for i := range len(last) {
			if i > 0 && last[i] == last[i-1] {
				continue // the same shorter spelling
			}
			g := merged[given+" "+last[:i]+last[i+1:]]
			if g == nil || g == f {
				continue
			}
			top, other := f, g
			if g.n > f.n {
				top, other = g, f
			}
			if top.n < registryMinFull || top.n < registryDominance*other.n || out[top.key].name != "" || carriers[other.words[len(other.words)-1]] > 1 {
				continue
			}
			if ev := r.slipEvidence(src, y, top, other); ev != "" {
				out[other.key] = decision{name: top.name, evidence: ev}
			}
		}
	}
	for _, b := range buckets {
		if len(b) < 2 {
			continue
		}
		slices.SortFunc(b, func(a, c *fullName) int {
			if d := cmp.Compare(c.n, a.n); d != 0 {
				return d
			}
			return cmp.Compare(a.key, c.key)
		})
		top := b[0]
		if top.n < registryMinFull {
			continue
		}
		for _, f := range b[1:] {
			if top.n < registryDominance*f.n || !oneVowelApart(top.words[len(top.words)-1], f.words[len(f.words)-1]) {
				continue
			}
			if ev := r.slipEvidence(src, y, top, f); ev != "" {
				out[f.key] = decision{name: top.name, evidence: ev}
			}
		}
	}
}

// Kinds of what an article writes with a full name (nameCount.ctx).
const (
	ctxRole       = "role\x00"
	ctxApposition = "app\x00"
	ctxOrg        = "org\x00"
)

// slipEvidence returns the evidence that other, one letter apart from the
// far more used top of the same given names, is top misspelt, or "". A
// letter apart is no evidence by itself: "John Harrington" and "John
// Herrington" may be two men. So other must be written in one article of
// the scope only, and that article must write it with something the
// scope's articles write with top: the same role before the name ("Energy
// Secretary"), the same apposition after it (", manager of ..."), or an
// organization both articles name ("White House").
func (r *Registry) slipEvidence(src string, y int, top, other *fullName) string {
	if other.n != 1 {
		return ""
	}
	both := r.sharedContext(src, y, top, other)
	if both == "" {
		return ""
	}
	return fmt.Sprintf("spelled %q in %d %s %s of %d-%d (first %s), %q in %d, %s", top.name,
		top.n, r.sources[src], plural(top.n, "article", "articles"), y-registryYears, y+registryYears, top.first, other.name, other.n, both)
}

// sharedContext returns what the articles of src around y write with both
// top and other ("both written after \"Energy Secretary\"", "both described
// as \"manager\"", "both in articles naming \"White House\""): a role
// first, then an apposition, then an organization, each the smallest; ""
// when nothing.
func (r *Registry) sharedContext(src string, y int, top, other *fullName) string {
	shared := r.sharedKeys(src, y, top, other)
	if len(shared) == 0 {
		return ""
	}
	return contextText(shared[0])
}

// sharedKeys returns the context keys (nameCount.ctx) the articles of src
// around y write with both top and other, a role first, then an
// apposition, then an organization, each kind sorted.
func (r *Registry) sharedKeys(src string, y int, top, other *fullName) []string {
	mine := map[string]bool{}
	for yy := y - registryYears; yy <= y+registryYears; yy++ {
		if c := r.persons[scope{src, yy}][other.key]; c != nil {
			for k := range c.ctx {
				mine[k] = true
			}
		}
	}
	var shared []string
	for yy := y - registryYears; yy <= y+registryYears; yy++ {
		if c := r.persons[scope{src, yy}][top.key]; c != nil {
			for k := range c.ctx {
				if mine[k] && !slices.Contains(shared, k) {
					shared = append(shared, k)
				}
			}
		}
	}
	rank := func(k string) int {
		switch {
		case strings.HasPrefix(k, ctxRole):
			return 0
		case strings.HasPrefix(k, ctxApposition):
			return 1
		}
		return 2
	}
	slices.SortFunc(shared, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b)) })
	return shared
}

// contextText says a context key in words.
func contextText(k string) string {
	kind, what, _ := strings.Cut(k, "\x00")
	switch kind + "\x00" {
	case ctxRole:
		return "both written after " + strconv.Quote(titleWords(what))
	case ctxApposition:
		return "both described as " + strconv.Quote(what)
	}
	return "both in articles naming " + strconv.Quote(what)
}

// mergeNicknames adds to out the full names of a scope whose given name is
// a short form of another's with the same surname ("Jim Wright", "James
// Wright"; data/nicknames.txt), taking the form more articles use, and
// moves the counts to it. A short form alone is no evidence: "Mike Smith"
// and "Michael Smith" may be two men. So the two must be written after the
// same role ("House Speaker") or with the same apposition (", analyst at
// ..."), and no other full name of the scope ending in the surname may be
// written so ("John Wright, a trader" beside "Jim Wright" and "James
// Wright, traders" leaves them apart); sharing an organization is not
// enough.
func (r *Registry) mergeNicknames(merged map[string]*fullName, src string, y int, out map[string]decision) {
	bySurname := map[string][]*fullName{}
	for _, f := range merged {
		if len(f.words) == 2 {
			bySurname[f.words[1]] = append(bySurname[f.words[1]], f)
		}
	}
	for _, fs := range bySurname {
		if len(fs) < 2 {
			continue
		}
		slices.SortFunc(fs, func(a, b *fullName) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.key, b.key)) })
		for i, top := range fs {
			for _, other := range fs[i+1:] {
				short, full := top.words[0], other.words[0]
				if !slices.Contains(nicknames()[short], full) {
					short, full = full, short
				}
				if !slices.Contains(nicknames()[short], full) || merged[top.key] == nil || merged[other.key] == nil || out[top.key].name != "" || out[other.key].name != "" {
					continue
				}
				top, other := top, other
				if top.n == other.n && top.words[0] == short {
					top, other = other, top // on a tie, the full given name
				}
				var both string
				for _, k := range r.sharedKeys(src, y, top, other) {
					if strings.HasPrefix(k, ctxOrg) {
						break
					}
					if !slices.ContainsFunc(fs, func(f *fullName) bool { return f != top && f != other && r.writesWith(src, y, f, k) }) {
						both = contextText(k)
						break
					}
				}
				if both == "" {
					continue
				}
				out[other.key] = decision{name: top.name, evidence: fmt.Sprintf("%q is short for %q: written %q in %d %s %s of %d-%d (first %s), %q in %d, %s",
					titleWords(short), titleWords(full), top.name, top.n, r.sources[src], plural(top.n, "article", "articles"), y-registryYears, y+registryYears, top.first, other.name, other.n, both)}
				top.n += other.n
				top.first = min(top.first, other.first)
				delete(merged, other.key)
			}
		}
	}
}

// nicknames holds data/nicknames.txt, for mergeNicknames and SameGivenName.
var nicknames = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	// the embedded list is checked by the package tests
	_ = readLines("nicknames.txt", func(line string, _ int) error {
		if short, full, ok := strings.Cut(line, "\t"); ok {
			m[short] = strings.Fields(full)
		}
		return nil
	})
	return m
})

// SameGivenName reports whether a and b, given names in any case, are one
// name or a short form and the full one ("Jim" and "James", "bob" and
// "Robert"; data/nicknames.txt).
func SameGivenName(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || slices.Contains(nicknames()[a], b) || slices.Contains(nicknames()[b], a)
}

// writesWith reports whether articles of src around y write f with the
// context key k.
func (r *Registry) writesWith(src string, y int, f *fullName, k string) bool {
	for yy := y - registryYears; yy <= y+registryYears; yy++ {
		if c := r.persons[scope{src, yy}][f.key]; c != nil && c.ctx[k] {
			return true
		}
	}
	return false
}

// appositionStops end the words of an apposition, or make them none.
var appositionStops = map[string]bool{"of": true, "for": true, "at": true, "to": true, "in": true, "on": true, "with": true, "and": true,
	"or": true, "from": true, "who": true, "whose": true, "which": true, "when": true, "where": true, "but": true, "said": true, "says": true,
	"told": true, "however": true, "meanwhile": true, "also": true, "too": true, "then": true, "is": true, "was": true, "has": true, "had": true}

// appositionsOf returns the lower-case words of the appositions written
// right after name in a's body, up to a preposition or punctuation:
// "deputy trade representative" for "Albert Melnikov, deputy trade
// representative of the Soviet Union,"; an article and "former" are left
// out ("the former chairman of ..." gives "chairman").
func appositionsOf(a *archive.Article, name string) []string {
	var out []string
	text := a.Body
	for _, end := range mentions(text, name) {
		rest := text[end:]
		if !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, ",\n") {
			continue
		}
		f := strings.Fields(rest[1:min(len(rest), 120)])
		var words []string
		for _, w := range f {
			end := strings.TrimRight(w, ",.;:")
			stop := end != w
			if end == "" || appositionStops[end] {
				break
			}
			lower := true
			for _, c := range end {
				if (c < 'a' || c > 'z') && c != '-' {
					lower = false
					break
				}
			}
			if !lower {
				break
			}
			if len(words) > 0 || end != "the" && end != "a" && end != "an" && end != "former" {
				words = append(words, end)
			}
			if stop || len(words) == 4 {
				break
			}
		}
		if len(words) == 0 || len(words) == 4 {
			continue // none, or a clause rather than a noun
		}
		if p := strings.Join(words, " "); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// mergeInitials takes out of merged the full names of a scope that are
// another form of one person's name, with or without a middle initial
// ("Anna K. Novak" and "Anna Novak"), and returns the decisions that give
// both the form used in more articles (the one with the initial on a tie);
// the counts of the merged form go to the kept one. A given name and
// surname written with two different initials in the scope ("Anna K.
// Novak", "Anna M. Novak") may be two persons and are left alone.
//
// where names the articles counted for the evidence ("Reuters articles of
// 1986-1988"); minKeep is the articles the kept form needs. With
// keepInitial the form with the initial is kept however many articles
// use the other: where no date tells two men of one name apart ("George
// Bush" and "George W Bush"), the initial is what names one of them.
func (r *Registry) mergeInitials(merged map[string]*fullName, where func(n int) string, minKeep int, keepInitial bool) map[string]decision {
	out := map[string]decision{}
	groups := map[string][]*fullName{} // given name NUL surname -> forms
	for _, f := range merged {
		if !initialForm(f.words) {
			continue
		}
		g := f.words[0] + "\x00" + f.words[len(f.words)-1]
		groups[g] = append(groups[g], f)
	}
	for _, g := range groups {
		if len(g) != 2 || len(g[0].words) == len(g[1].words) {
			continue // one form, or two initials
		}
		keep, drop := g[0], g[1]
		switch {
		case keepInitial:
			if len(drop.words) > len(keep.words) {
				keep, drop = drop, keep
			}
		case drop.n > keep.n || drop.n == keep.n && len(drop.words) > len(keep.words):
			keep, drop = drop, keep
		}
		if keep.n < minKeep {
			continue
		}
		out[drop.key] = decision{name: keep.name, evidence: fmt.Sprintf("written %q in %s (first %s), %q in %d", keep.name,
			where(keep.n), keep.first, drop.name, drop.n)}
		keep.n += drop.n
		if drop.first < keep.first {
			keep.first = drop.first
		}
		delete(merged, drop.key)
	}
	return out
}

// initialForm reports whether words (folded) are a given name and a
// surname, with or without one middle initial: the names mergeInitials
// compares.
func initialForm(w []string) bool {
	switch len(w) {
	case 2:
		return !doubled(w)
	case 3:
		return utf8.RuneCountInString(w[1]) == 1 && utf8.RuneCountInString(w[0]) > 1
	}
	return false
}

// oneVowelApart reports whether a and b (of the same length) differ in
// exactly one letter.
func oneVowelApart(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 1
}

// honorifics are titles that say nothing about which person is meant.
var honorifics = map[string]bool{"miss": true, "sir": true, "dame": true, "lord": true, "lady": true, "prof": true, "prof.": true, "professor": true}

// rolesOf returns the roles (lower-case titles of data/titles.txt, but
// honorifics) written right before name in a's title and body: "treasury
// secretary" for "Treasury Secretary James Baker". At most one per
// distinct role, and only the first mentions are read.
func (r *Registry) rolesOf(a *archive.Article, name string) []string {
	var out []string
	for _, text := range []string{a.Title, a.Body} {
		for i := range mentions(text, name) {
			role := r.roleBefore(text[:i])
			if role == "" {
				continue
			}
			if !slices.Contains(out, role) {
				out = append(out, role)
			}
			// the institution written before the role ("Federal Reserve
			// Board Vice Chairman"), so that "FED'S JOHNSON" finds it
			if inst := institutionBefore(text[:i], len(strings.Fields(role))); inst != "" {
				if full := inst + " " + role; !slices.Contains(out, full) {
					out = append(out, full)
				}
			}
		}
	}
	return out
}

// mentions yields where name starts and ends in text as a whole word
// ("Baker" not of "Bakersfield"), among its first eight occurrences. A
// space of name matches any run of spaces and line breaks: a wire breaks
// its lines inside names ("Finance Minister Kiichi\nMiyazawa").
func mentions(text, name string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		first, rest, _ := strings.Cut(name, " ")
		from := 0
		for n := 0; n < 8; {
			i := strings.Index(text[from:], first)
			if i < 0 {
				return
			}
			i += from
			from = i + len(first)
			end, ok := from, true
			for r := rest; ok && r != ""; {
				var w string
				w, r, _ = strings.Cut(r, " ")
				k := end
				for k < len(text) && (text[k] == ' ' || text[k] == '\n') {
					k++
				}
				if k == end || !strings.HasPrefix(text[k:], w) {
					ok = false
					break
				}
				end = k + len(w)
			}
			if !ok {
				continue
			}
			n++
			from = end
			if end < len(text) && isNameByte(text[end]) {
				continue
			}
			if !yield(i, end) {
				return
			}
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// institutionBefore returns, in lower case, the up to four capitalised
// words before the last n words of text (a role before a name): "federal
// reserve board vice" for "Federal Reserve Board Vice Chairman ", or "".
func institutionBefore(text string, n int) string {
	f := strings.Fields(text)
	if len(f) <= n {
		return ""
	}
	f = f[:len(f)-n]
	var words []string
	for k := len(f) - 1; k >= 0 && len(words) < 4; k-- {
		w := f[k]
		if !isNameByte(w[0]) || w[0] >= 'a' && w[0] <= 'z' || strings.ContainsAny(w, ",;:()\"'") {
			break
		}
		words = append([]string{strings.ToLower(w)}, words...)
	}
	return strings.Join(words, " ")
}

// roleBefore returns the longest title of one to three words that ends
// text (before a name), lower case, or "".
func (r *Registry) roleBefore(text string) string {
	// the role may end a wire line ("Vice Chairman\nManuel Johnson")
	if text == "" || text[len(text)-1] != ' ' && text[len(text)-1] != '\n' {
		return ""
	}
	tail := text[max(0, len(text)-120):]
	f := strings.Fields(tail)
	if len(tail) < len(text) && len(f) > 0 {
		f = f[1:] // perhaps cut
	}
	var words []string
	for k := len(f) - 1; k >= 0 && len(words) < 3; k-- {
		w := f[k]
		if strings.ContainsAny(w, ",;:()\"") || !isNameByte(w[0]) || w[0] >= 'a' && w[0] <= 'z' && len(words) == 0 {
			break
		}
		words = append([]string{strings.ToLower(strings.TrimSuffix(w, "."))}, words...)
	}
	for i := 0; i < len(words); i++ {
		if t := strings.Join(words[i:], " "); r.titles[t] {
			return t
		}
	}
	return ""
}

// decideRoles returns the roles and surnames of src around year y that
// one full name dominates: "treasury secretary" and "baker" -> James Baker.
func (r *Registry) decideRoles(src string, y int) map[string]decision {
	votes := map[string]map[string]int{} // role NUL surname -> full name key -> articles
	first := map[string]string{}
	for yy := y - registryYears; yy <= y+registryYears; yy++ {
		for rk, c := range r.roles[scope{src, yy}] {
			if votes[rk] == nil {
				votes[rk] = map[string]int{}
			}
			for k, n := range c.forms {
				if r.company[k] {
					continue
				}
				votes[rk][k] += n
				if f, ok := first[rk+"\x00"+k]; !ok || c.first < f {
					first[rk+"\x00"+k] = c.first
				}
			}
		}
	}
	out := map[string]decision{}
	for rk, m := range votes {
		best, total := "", 0
		for k, n := range m {
			total += n
			if best == "" || n > m[best] || n == m[best] && k < best {
				best = k
			}
		}
		if best == "" {
			continue
		}
		if others := total - m[best]; m[best] < registryMinFull || m[best] < registryDominance*others {
			continue
		}
		role, _, _ := strings.Cut(rk, "\x00")
		name := r.displayName(src, y, best)
		out[rk] = decision{name: name, evidence: fmt.Sprintf("named in full as %s %s in %d %s %s of %d-%d (first %s)",
			titleWords(role), name, m[best], r.sources[src], plural(m[best], "article", "articles"), y-registryYears, y+registryYears, first[rk+"\x00"+best])}
	}
	return out
}

// displayName returns the most used form of the full name key in src
// around year y.
func (r *Registry) displayName(src string, y int, key string) string {
	forms := map[string]int{}
	for yy := y - registryYears; yy <= y+registryYears; yy++ {
		if c := r.persons[scope{src, yy}][key]; c != nil {
			for f, n := range c.forms {
				forms[f] += n
			}
		}
	}
	best := ""
	for f, n := range forms {
		if best == "" || n > forms[best] || n == forms[best] && f < best {
			best = f
		}
	}
	return best
}

// byRole returns the full name that a role written before the bare surname
// p in a ("Treasury Secretary Baker") stands for in a's scope, when every
// role the article gives p agrees.
func (r *Registry) byRole(a *archive.Article, roles map[string]decision, p, k string) (decision, bool) {
	if len(roles) == 0 || strings.Contains(k, " ") {
		return decision{}, false
	}
	var found decision
	ok := false
	for _, role := range r.rolesOf(a, p) {
		d, has := roles[role+"\x00"+k]
		if !has {
			continue
		}
		if ok && archive.Key(d.name) != archive.Key(found.name) {
			return decision{}, false
		}
		found, ok = d, true
	}
	if ok {
		return found, true
	}
	// "TREASURY'S BAKER", "the Treasury's Baker": an institution's
	// possessive stands for the roles that begin with it ("treasury
	// secretary"), when those roles agree on one full name
	insts := institutionsBefore(a, p)
	if len(insts) == 0 {
		return found, false
	}
	var keys []string
	for rk := range roles {
		role, surname, _ := strings.Cut(rk, "\x00")
		if surname != k {
			continue
		}
		for _, inst := range insts {
			// "treasury" begins "treasury secretary", "fed" "federal
			// reserve board vice chairman"
			if strings.HasPrefix(role, inst) {
				keys = append(keys, rk)
				break
			}
		}
	}
	slices.Sort(keys) // one evidence line whatever the map's order
	for _, rk := range keys {
		d := roles[rk]
		if ok && archive.Key(d.name) != archive.Key(found.name) {
			return decision{}, false
		}
		if !ok {
			found, ok = d, true
		}
	}
	return found, ok
}

// institutionsBefore returns the words (lower case) whose possessive comes
// right before name in a's title or body, in any case: "treasury" for
// "TREASURY'S BAKER" or "the Treasury's Baker".
func institutionsBefore(a *archive.Article, name string) []string {
	var out []string
	up := strings.ToUpper(name)
	for _, text := range []string{a.Title, a.Body} {
		for _, form := range []string{name, up} {
			for i := range mentions(text, form) {
				before := text[:i]
				if n := len(before); n < 3 || before[n-1] != ' ' && before[n-1] != '\n' ||
					!strings.HasSuffix(before[:n-1], "'S") && !strings.HasSuffix(before[:n-1], "'s") {
					continue
				}
				before = before[:len(before)-3]
				w := before[strings.LastIndexAny(before, " \n\"(")+1:]
				if w == "" || !isNameByte(w[0]) {
					continue
				}
				if w = strings.ToLower(w); len(w) >= 3 && !slices.Contains(out, w) {
					out = append(out, w)
				}
				// an institution of several words ("WHITE HOUSE'S BAKER",
				// "the Federal Reserve's Johnson"): the capitalised words
				// ending at the possessive, up to four
				// (each run of two or more of them that ends there, since a
				// capitals headline may go on before the institution)
				words := strings.Fields(institutionBefore(before, 0))
				for j := len(words) - 2; j >= 0; j-- {
					if inst := strings.Join(words[j:], " "); !slices.Contains(out, inst) {
						out = append(out, inst)
					}
				}
			}
		}
	}
	return out
}

// titleWords capitalises each word of a lower-case role ("treasury
// secretary" -> "Treasury Secretary").
func titleWords(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		switch {
		case strings.Contains(x, "."):
			w[i] = strings.ToUpper(x) // "u.s." -> "U.S."
		case x != "of" && x != "the" && x != "and":
			w[i] = strings.ToUpper(x[:1]) + x[1:]
		}
	}
	return strings.Join(w, " ")
}
