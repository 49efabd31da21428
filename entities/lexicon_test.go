package entities

import (
	"fmt"
	"strings"
	"testing"
)

// lexiconTestTokens returns the tokens of the fixtures, of invented text
// with inflections and odd spellings, and of every phrase of the gazetteers
// and the taxonomy, annotated with their lexicon ids.
func lexiconTestTokens(t *testing.T, x *Extractor) []token {
	t.Helper()
	var toks []token
	for _, a := range fixtureArticles(t) {
		toks = tokenize(toks, a.Title, fieldTitle)
		toks = tokenize(toks, a.Body, fieldBody)
	}
	extra := []string{
		"Mr. Okonkwo's ministries were trading presses; the U.S.-led talks of Messrs. Vale and Dr Ruiz.",
		"PRESIDENT OBUYA SAYS TALKS WILL GO ON. Zantoria Holdings Inc and Bank of Verrel Co. said.",
		"the united nations security council met in new york with the prime minister of the republic",
		"Ludwig van der Kamp, Foreign Minister, and Gen. Aldous of the Inc. Ltd. PLC group.",
	}
	for _, s := range extra {
		toks = tokenize(toks, s, fieldBody)
	}
	for k := range x.gaz.countryPh.m {
		toks = tokenize(toks, k, fieldBody)
	}
	for k := range x.gaz.orgPh.m {
		toks = tokenize(toks, k, fieldBody)
	}
	for k := range x.gaz.titles.m {
		toks = tokenize(toks, k, fieldBody)
	}
	for k := range x.topics.kw.m {
		// keywords are stems: add the words that inflect them too
		for _, w := range strings.Split(k, " ") {
			toks = tokenize(toks, strings.Join(unstem(w), " "), fieldBody)
		}
		toks = tokenize(toks, k, fieldBody)
	}
	x.lexicon().annotate(toks)
	return toks
}

// longestPhrase is the plain matcher the lexicon replaces: the longest run
// of lows starting at i whose space-joined text is a key of m.
func longestPhrase[V any](m map[string]V, lows []string, i int) (V, int) {
	for n := len(lows) - i; n >= 1; n-- {
		if v, ok := m[strings.Join(lows[i:i+n], " ")]; ok {
			return v, n
		}
	}
	var zero V
	return zero, 0
}

// TestLexiconMatchesWordLists checks that the lexicon, derived from the word
// lists, gazetteers and taxonomy, answers as they do for every token.
func TestLexiconMatchesWordLists(t *testing.T) {
	x := mustNew(t)
	toks := lexiconTestTokens(t, x)
	lows := make([]string, len(toks))
	for i := range toks {
		lows[i] = toks[i].low
	}
	// phrases are matched within windows longer than the longest key
	window := 1
	for _, keys := range [][]string{mapKeys(x.gaz.countryPh.m), mapKeys(x.gaz.orgPh.m), mapKeys(x.gaz.titles.m), mapKeys(x.topics.kw.m)} {
		for _, k := range keys {
			window = max(window, strings.Count(k, " ")+2)
		}
	}
	var buf []byte
	for i := range toks {
		tk := &toks[i]
		w := x.word(tk)
		_, title := x.gaz.titles.m[tk.low]
		_, titleTrimmed := x.gaz.titles.m[strings.TrimSuffix(tk.low, ".")]
		company := companySuffixes[tk.low]
		_, exact := x.gaz.orgExact[tk.text]
		flags := []struct {
			name      string
			got, want bool
		}{
			{"nonNames", w.is(wNonName), nonNames[tk.low]},
			{"titleCues", w.is(wTitleCue), titleCues[tk.low]},
			{"orgSuffixes", w.is(wOrgSuffix), orgSuffixes[tk.low]},
			{"particles", w.is(wParticle), x.gaz.particles[tk.low]},
			{"firstNames", w.is(wFirstName), x.gaz.firstNames[tk.low]},
			{"givenNames", w.is(wGivenName), x.gaz.givenNames[tk.low]},
			{"orgJoiners", w.is(wOrgJoiner), orgJoiners[tk.low]},
			{"headlineVerbs", w.is(wHeadlineVerb), headlineVerbs[tk.low]},
			{"headlineNonNames", w.is(wHeadlineNonName), headlineNonNames[tk.low]},
			{"headlineAdverbs", w.is(wHeadlineAdverb), headlineAdverbs[tk.low]},
			{"leadVerbs", w.is(wLeadVerb), leadVerbs[tk.low]},
			{"countryCap", w.is(wCountryCap), x.gaz.countryCap[tk.low]},
			{"titles", w.is(wTitle), title},
			{"titles less a period", w.is(wTitleTrimmed), titleTrimmed},
			{"companySuffixes", w.company == company, true},
			{"orgExact", w.is(wOrgExact) || !exact, true},
		}
		for _, f := range flags {
			if f.got != f.want {
				t.Errorf("token %d %q: lexicon says %s %v, the list %v", i, tk.text, f.name, f.got, f.want)
			}
		}
		end := min(i+window, len(toks))
		cref, n := x.matchCountry(toks[:end], i, &buf)
		if want, wn := longestPhrase(x.gaz.countryPh.m, lows[:end], i); n != wn || cref != want {
			t.Errorf("token %d %q: country phrase %v/%d, want %v/%d", i, tk.text, cref, n, want, wn)
		}
		org, n := x.matchOrg(toks[:end], i, &buf)
		if want, wn := longestPhrase(x.gaz.orgPh.m, lows[:end], i); n != wn || org != want {
			t.Errorf("token %d %q: organization phrase %v/%d, want %v/%d", i, tk.text, org, n, want, wn)
		}
		_, n = x.matchTitle(toks[:end], i, &buf)
		if _, wn := longestPhrase(x.gaz.titles.m, lows[:end], i); n != wn {
			t.Errorf("token %d %q: title phrase of %d tokens, want %d", i, tk.text, n, wn)
		}
		li := w.learned
		hits, ok := x.topics.learned[stem(tk.low)]
		if ok != (li >= 0) || ok && fmt.Sprint(x.lex.learned[li]) != fmt.Sprint(hits) {
			t.Errorf("token %d %q: learned weights %d, want %v", i, tk.text, li, hits)
		}
	}
	// topic keywords match the stems of the word and number tokens
	var words []int32
	var stems []string
	for i := range toks {
		if toks[i].kind == kindWord || toks[i].kind == kindNumber {
			words = append(words, int32(i))
			stems = append(stems, stem(toks[i].low))
		}
	}
	for j := range words {
		end := min(j+window, len(words))
		got, n := x.topics.matchKeyword(x.lex, toks, words[:end], j, x.word(&toks[words[j]]).topic, &buf)
		want, wn := longestPhrase(x.topics.kw.m, stems[:end], j)
		if n != wn || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("word %d %q: topic keyword %v/%d, want %v/%d", j, toks[words[j]].text, got, n, want, wn)
		}
	}
}

func TestUnstem(t *testing.T) {
	for _, w := range []string{"ministries", "ministry", "presses", "press", "trading", "trade", "traded", "talks",
		"status", "crisis", "agreed", "agree", "sees", "bus", "gas", "goes", "banking", "u.s.", "1990s", "a"} {
		st := stem(w)
		found := false
		for _, u := range unstem(st) {
			if stem(u) != st {
				t.Errorf("unstem(%q) gives %q, whose stem is %q", st, u, stem(u))
			}
			found = found || u == w
		}
		if !found {
			t.Errorf("unstem(stem(%q) = %q) = %q, without %q", w, st, unstem(st), w)
		}
	}
}

func mapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}
