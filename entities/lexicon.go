package entities

import (
	"strings"
	"unicode/utf8"
)

// The lexicon answers, with one map lookup per token, every question the
// extractor asks the word lists about the token's lower-case text: is it a
// first name, a title, an organization suffix, which country, organization
// or title phrases start with it or go on with it, which topic keywords and
// learned weights does its stem carry. Extract looks each token up once
// (token.lex) and then reads flags and phrase nodes instead of probing a
// dozen maps per token. The word lists themselves stay the source of truth;
// the lexicon is derived from them (Extractor.lexicon) and
// TestLexiconMatchesWordLists checks that the two agree.

// Word flags of a lexicon entry.
const (
	wNonName         uint32 = 1 << iota // nonNames
	wTitleCue                           // titleCues
	wOrgSuffix                          // orgSuffixes
	wParticle                           // gazetteer.particles
	wFirstName                          // gazetteer.firstNames
	wGivenName                          // gazetteer.givenNames (a feature of the persons model only)
	wOrgJoiner                          // orgJoiners
	wHeadlineVerb                       // headlineVerbs
	wHeadlineNonName                    // headlineNonNames
	wHeadlineAdverb                     // headlineAdverbs
	wLeadVerb                           // leadVerbs
	wCountryCap                         // gazetteer.countryCap
	wTitle                              // a key of gazetteer.titles
	wTitleTrimmed                       // a key of gazetteer.titles once a final period is removed
	wOrgExact                           // the lower case of a gazetteer.orgExact key: look it up
	// a word after the first of a phrase (of a topic keyword phrase: a word
	// whose stem is); a phrase match stops at a word without the flag
	wCountryInner
	wOrgInner
	wTitleInner
	wTopicInner
)

// wordInfo is what the word lists say about one lower-case word.
type wordInfo struct {
	flags   uint32
	learned int32  // index into lexicon.learned of the stem's learned weights, -1 if none
	company string // companySuffixes value ("Inc"), "" if none
	// the word's node in each phrase set (the zero node when no phrase
	// starts with it); topic keywords by the word's stem
	country phraseNode[countryRef]
	org     phraseNode[int32]
	title   phraseNode[bool]
	topic   phraseNode[[]topicHit]
}

func (w *wordInfo) is(f uint32) bool { return w.flags&f != 0 }

// lexicon maps lower-case words to their wordInfo.
type lexicon struct {
	ids   map[string]int32
	words []wordInfo // words[0] stands for every word not in ids
	// byteIDs holds id() of the one-byte ASCII words, which are mostly
	// punctuation
	byteIDs [utf8.RuneSelf]int32
	// learned holds the learned top-level weights per stem that has any
	// (taxonomy.learned), indexed by wordInfo.learned.
	learned [][]topicHit
}

// Token lexicon ids: token.lex is 0 when the token was not looked up, else
// 1 + an index of lexicon.words, where words[0] stands for every word not
// in the lexicon (so 1 means unknown).

// newLexicon derives the lexicon from the word lists, gazetteers and topic
// taxonomy.
func newLexicon(g *gazetteer, tx *taxonomy) *lexicon {
	lx := &lexicon{ids: map[string]int32{}, words: []wordInfo{{learned: -1}}}
	flag := func(m map[string]bool, f uint32) {
		for w, ok := range m {
			if ok {
				lx.entry(w).flags |= f
			}
		}
	}
	flag(nonNames, wNonName)
	flag(titleCues, wTitleCue)
	flag(orgSuffixes, wOrgSuffix)
	flag(g.particles, wParticle)
	flag(g.firstNames, wFirstName)
	flag(g.givenNames, wGivenName)
	flag(orgJoiners, wOrgJoiner)
	flag(headlineVerbs, wHeadlineVerb)
	flag(headlineNonNames, wHeadlineNonName)
	flag(headlineAdverbs, wHeadlineAdverb)
	flag(leadVerbs, wLeadVerb)
	flag(g.countryCap, wCountryCap)
	for w, canon := range companySuffixes {
		lx.entry(w).company = canon
	}
	for k := range g.titles.m {
		lx.entry(k).flags |= wTitle
		// a token whose low, less a final period, is k: k itself and k+"."
		for _, w := range []string{k, k + "."} {
			if strings.TrimSuffix(w, ".") == k {
				lx.entry(w).flags |= wTitleTrimmed
			}
		}
	}
	for k := range g.orgExact {
		lx.entry(strings.ToLower(k)).flags |= wOrgExact
	}
	// single-word nodes: the keys without a space; the other words of
	// longer keys are inner words
	addPhrases(lx, g.countryPh, wCountryInner, func(e *wordInfo, nd phraseNode[countryRef]) { e.country = nd })
	addPhrases(lx, g.orgPh, wOrgInner, func(e *wordInfo, nd phraseNode[int32]) { e.org = nd })
	addPhrases(lx, g.titles, wTitleInner, func(e *wordInfo, nd phraseNode[bool]) { e.title = nd })
	// Topic data is keyed by stems: give it to every word with that stem.
	for st, nd := range tx.kw.nodes {
		if !strings.Contains(st, " ") {
			for _, w := range unstem(st) {
				lx.entry(w).topic = nd
			}
		}
		for _, w := range strings.Split(st, " ")[1:] {
			for _, u := range unstem(w) {
				lx.entry(u).flags |= wTopicInner
			}
		}
	}
	for st, hits := range tx.learned {
		li := int32(len(lx.learned))
		lx.learned = append(lx.learned, hits)
		for _, w := range unstem(st) {
			lx.entry(w).learned = li
		}
	}
	for c := range lx.byteIDs {
		lx.byteIDs[c] = lx.id(string(rune(c)))
	}
	return lx
}

// entry returns the entry of w, adding it when new. The pointer is valid
// until the next call.
// addPhrases gives each one-word key of p its node in the lexicon (set)
// and flags the other words of longer keys with inner.
func addPhrases[V any](lx *lexicon, p *phrases[V], inner uint32, set func(*wordInfo, phraseNode[V])) {
	for w, nd := range p.nodes {
		words := strings.Split(w, " ")
		if len(words) == 1 {
			set(lx.entry(w), nd)
		}
		for _, x := range words[1:] {
			lx.entry(x).flags |= inner
		}
	}
}

func (lx *lexicon) entry(w string) *wordInfo {
	id, ok := lx.ids[w]
	if !ok {
		id = int32(len(lx.words))
		lx.ids[w] = id
		lx.words = append(lx.words, wordInfo{learned: -1})
	}
	return &lx.words[id]
}

// id returns the token.lex value of the lower-case word w.
func (lx *lexicon) id(w string) int32 {
	return lx.ids[w] + 1 // unknown words: 0 + 1
}

// info returns the entry of t, looking its low text up when t has no lexicon
// id yet.
func (lx *lexicon) info(t *token) *wordInfo {
	id := t.lex
	if id == 0 {
		id = lx.id(t.low)
	}
	return &lx.words[id-1]
}

// annotate sets the lexicon id of every token.
func (lx *lexicon) annotate(toks []token) {
	for i := range toks {
		t := &toks[i]
		if len(t.low) == 1 && t.low[0] < utf8.RuneSelf {
			t.lex = lx.byteIDs[t.low[0]]
		} else {
			t.lex = lx.id(t.low)
		}
	}
}

// unstem returns every word that stem maps to st. Each rule of stem drops
// -s, -es, -ing or -ed or turns -ies into -y, so those are the only
// candidates; a candidate is kept when stem really gives st.
func unstem(st string) []string {
	cands := []string{st, st + "s", st + "es", st + "ing", st + "ed"}
	if strings.HasSuffix(st, "y") {
		cands = append(cands, st[:len(st)-1]+"ies")
	}
	out := cands[:0]
	for _, w := range cands {
		if stem(w) == st {
			out = append(out, w)
		}
	}
	return out
}
