package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"

	"chancery/bench/engine"
	"chancery/wordrule"
)

// pickOptions says how query words are chosen.
type pickOptions struct {
	Sample  int     // documents scanned, default 20,000
	PerSet  int     // queries per class, default 5
	TermDF  float64 // target document frequency of term and facet words, default 0.13
	AndDF   float64 // target document frequency of the second AND word, default 0.30
	PhraseD float64 // target document frequency of phrases, default 0.10
}

func (o *pickOptions) setDefaults() {
	if o.Sample <= 0 {
		o.Sample = 20000
	}
	if o.PerSet <= 0 {
		o.PerSet = 5
	}
	if o.TermDF <= 0 {
		o.TermDF = 0.13
	}
	if o.AndDF <= 0 {
		o.AndDF = 0.30
	}
	if o.PhraseD <= 0 {
		o.PhraseD = 0.10
	}
}

// tokenInfo is what the sample says about one lower-cased token.
type tokenInfo struct {
	df    int
	risky bool // seen next to an apostrophe, underscore, inner dot, or mixed with digits
}

// pickQueries scans a sample of the corpus and chooses query words that
// every engine must count the same: plain ASCII words, not stop words, never
// seen next to characters that tokenizers split differently (apostrophes,
// underscores, inner dots), the only word of the sample with their Porter and
// their Snowball stem, and not part of any facet value (Bleve's default
// mapping also indexes the facet fields in _all). Term and facet words are
// those with document frequency closest to TermDF; AND pairs one of them with
// a word near AndDF; phrases are adjacent pairs of such words near PhraseD.
func pickQueries(cf corpusFiles, opts pickOptions) ([]engine.Query, error) {
	opts.setDefaults()
	tokens := map[string]*tokenInfo{}
	facetTokens := map[string]bool{}
	n := 0
	err := scanSample(cf, opts.Sample, func(d *doc) {
		n++
		seen := map[string]bool{}
		eachToken(d.Title+"\n"+d.Body, func(tok string, risky bool) {
			ti := tokens[tok]
			if ti == nil {
				ti = &tokenInfo{}
				tokens[tok] = ti
			}
			if risky {
				ti.risky = true
			}
			if !seen[tok] {
				seen[tok] = true
				ti.df++
			}
		})
		for _, list := range [][]string{d.Persons, d.Countries, d.Topics, d.Orgs, {d.Source}} {
			for _, v := range list {
				eachToken(v, func(tok string, _ bool) { facetTokens[tok] = true })
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("pick queries: the corpus is empty")
	}
	// Group every token by stem: a candidate must be alone in its groups.
	byPorter, bySnowball := map[string]int{}, map[string]int{}
	for tok := range tokens {
		byPorter[porterStem(tok)]++
		bySnowball[snowballStem(tok)]++
	}
	safe := map[string]float64{}
	for tok, ti := range tokens {
		if ti.risky || len(tok) < 3 || stopWords[tok] || facetTokens[tok] || !isASCIILower(tok) {
			continue
		}
		if byPorter[porterStem(tok)] != 1 || bySnowball[snowballStem(tok)] != 1 {
			continue
		}
		safe[tok] = float64(ti.df) / float64(n)
	}
	termWords := closest(safe, opts.TermDF, opts.PerSet, nil)
	if len(termWords) == 0 {
		return nil, fmt.Errorf("pick queries: no safe word in %d sampled documents", n)
	}
	andWords := closest(safe, opts.AndDF, len(termWords), termWords)

	// Phrases: adjacent safe words, counted once per document; and how
	// many documents hold both words of each AND pair.
	phraseDF := map[[2]string]int{}
	andDF := make([]int, len(andWords))
	err = scanSample(cf, opts.Sample, func(d *doc) {
		seen := map[[2]string]bool{}
		words := map[string]bool{}
		defer func() {
			for i, w := range andWords {
				if words[w] && words[termWords[i]] {
					andDF[i]++
				}
			}
		}()
		prev := ""
		eachToken(d.Title+"\n"+d.Body, func(tok string, _ bool) {
			words[tok] = true
			if _, ok := safe[tok]; !ok {
				prev = ""
				return
			}
			if prev != "" {
				k := [2]string{prev, tok}
				if !seen[k] {
					seen[k] = true
					phraseDF[k]++
				}
			}
			prev = tok
		})
	})
	if err != nil {
		return nil, err
	}
	phrases := map[string]float64{}
	for k, c := range phraseDF {
		if k[0] != k[1] {
			phrases[k[0]+" "+k[1]] = float64(c) / float64(n)
		}
	}
	// Take phrases nearest the target, each with another first word, so
	// that the set is not one template's variations.
	var phraseWords []string
	usedWord := map[string]bool{}
	for _, p := range closest(phrases, opts.PhraseD, len(phrases), nil) {
		ws := strings.Fields(p)
		if usedWord[ws[0]] {
			continue
		}
		usedWord[ws[0]] = true
		phraseWords = append(phraseWords, p)
		if len(phraseWords) == opts.PerSet {
			break
		}
	}

	var qs []engine.Query
	for _, w := range termWords {
		qs = append(qs, engine.Query{Class: engine.ClassTerm, Terms: []string{w}, DF: safe[w]})
	}
	for i, w := range termWords {
		if i < len(andWords) {
			qs = append(qs, engine.Query{Class: engine.ClassAnd, Terms: []string{w, andWords[i]}, DF: float64(andDF[i]) / float64(n)})
		}
	}
	for _, p := range phraseWords {
		qs = append(qs, engine.Query{Class: engine.ClassPhrase, Terms: strings.Fields(p), DF: phrases[p]})
	}
	for _, w := range termWords {
		qs = append(qs, engine.Query{Class: engine.ClassFacet, Terms: []string{w}, DF: safe[w]})
	}
	return qs, nil
}

// closest returns up to k keys whose value is nearest to target, nearest
// first, ties broken by key so that the choice is deterministic.
func closest(m map[string]float64, target float64, k int, exclude []string) []string {
	ex := map[string]bool{}
	for _, e := range exclude {
		ex[e] = true
	}
	keys := make([]string, 0, len(m))
	for w := range m {
		if !ex[w] {
			keys = append(keys, w)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		di, dj := math.Abs(m[keys[i]]-target), math.Abs(m[keys[j]]-target)
		if di != dj {
			return di < dj
		}
		return keys[i] < keys[j]
	})
	if len(keys) > k {
		keys = keys[:k]
	}
	return keys
}

func scanSample(cf corpusFiles, limit int, fn func(*doc)) error {
	cr, err := openCorpus(cf)
	if err != nil {
		return err
	}
	defer cr.Close()
	for i := 0; i < limit; i++ {
		d, err := cr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		fn(d)
	}
	return nil
}

// eachToken calls fn for every run of letters and digits in s, lower-cased.
// risky says the token touches a character tokenizers disagree on
// (apostrophe, underscore, a dot between letters) or mixes letters and
// digits. Two safe tokens that follow each other are adjacent in every
// engine: both ignore punctuation, and Bleve keeps the positions of the stop
// words it drops.
func eachToken(s string, fn func(tok string, risky bool)) {
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !wordrule.IsRune(rs[i]) {
			i++
			continue
		}
		j := i
		letters, digits := false, false
		for j < len(rs) && wordrule.IsRune(rs[j]) {
			if unicode.IsDigit(rs[j]) {
				digits = true
			} else {
				letters = true
			}
			j++
		}
		risky := letters && digits
		if i > 0 && oddNeighbour(rs, i-1, -1) {
			risky = true
		}
		if j < len(rs) && oddNeighbour(rs, j, 1) {
			risky = true
		}
		fn(strings.ToLower(string(rs[i:j])), risky)
		i = j
	}
}

// oddNeighbour reports whether rs[k], next to a token, is a character that
// Bleve's Unicode word segmentation and SQLite's unicode61 treat differently:
// an apostrophe, an underscore, or a dot or colon followed (in direction dir)
// by another word character.
func oddNeighbour(rs []rune, k, dir int) bool {
	switch rs[k] {
	case '\'', '’', '_':
		return true
	case '.', ':', ',':
		n := k + dir
		return n >= 0 && n < len(rs) && wordrule.IsRune(rs[n])
	}
	return false
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
