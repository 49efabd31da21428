package entities

import (
	"slices"
	"strings"
	"time"

	"chancery/archive"
)

// Weights of the evidence for a country. A country is kept when its score
// reaches keepScore. Chosen on the dev split (Reuters reut2-000..013): see
// docs/QUALITY.md.
var kindWeight = [...]float64{
	ckName:     1.0,
	ckDemonym:  1.0,
	ckCapital:  1.0,
	ckPlace:    0.5,
	ckDateline: 0,
	// ckDatelineCapital counts only in a dateline too.
	ckDatelineCapital: 0,
}

const (
	datelineWeight = 3.0 // a dateline names the story's location
	titleWeight    = 2.0 // a mention in the title counts this many times
	keepScore      = 1.0
	keepScoreMany  = 1.5 // the score needed when more than manyCountries are named
	manyCountries  = 3
)

type countryScore struct {
	idx   int32
	score float64
	first int
	gone  bool // dropped (Georgia the US state)
}

// countryScores accumulates the scores of one article's countries.
type countryScores struct {
	at   []int32 // per gazetteer country: 1 + index into list, 0 when not scored
	list []countryScore
}

// reset prepares cs for an article, for n gazetteer countries.
func (cs *countryScores) reset(n int) {
	for _, c := range cs.list {
		cs.at[c.idx] = 0
	}
	if len(cs.at) < n {
		cs.at = make([]int32, n)
	}
	cs.list = cs.list[:0]
}

func (cs *countryScores) add(idx int32, w float64, pos int) {
	k := cs.at[idx]
	if k == 0 {
		cs.list = append(cs.list, countryScore{idx: idx, first: pos})
		k = int32(len(cs.list))
		cs.at[idx] = k
	}
	cs.list[k-1].score += w
}

// get returns the score of idx, nil when it has none.
func (cs *countryScores) get(idx int32) *countryScore {
	if k := cs.at[idx]; k > 0 && !cs.list[k-1].gone {
		return &cs.list[k-1]
	}
	return nil
}

// Era boundaries for names whose state changed.
var (
	sovietEnd     = time.Date(1991, 12, 26, 0, 0, 0, 0, time.UTC)
	germanUnity   = time.Date(1990, 10, 3, 0, 0, 0, 0, time.UTC)
	czechSplit    = time.Date(1993, 1, 1, 0, 0, 0, 0, time.UTC)
	yugoslavSplit = time.Date(1991, 6, 25, 0, 0, 0, 0, time.UTC)
	serbiaEnd     = time.Date(2003, 2, 4, 0, 0, 0, 0, time.UTC)
	yemenUnity    = time.Date(1990, 5, 22, 0, 0, 0, 0, time.UTC)
)

var sovietRepublics = map[string]bool{"RU": true, "UA": true, "BY": true, "AM": true, "AZ": true, "KZ": true,
	"UZ": true, "TM": true, "TJ": true, "KG": true, "MD": true, "EE": true, "LV": true, "LT": true}
var yugoslavRepublics = map[string]bool{"HR": true, "SI": true, "BA": true, "MK": true, "ME": true, "RS": true, "XK": true}

// eraCode maps a country to the state that held its territory on the
// article's date: Moscow in 1987 is the Soviet Union, Bonn West Germany.
// Undated articles get today's states.
func (x *Extractor) eraIndex(idx int32, kind uint8, date time.Time) int32 {
	if date.IsZero() {
		return idx
	}
	c := x.gaz.countries[idx]
	to := ""
	switch {
	case sovietRepublics[c.Code] && date.Before(sovietEnd):
		to = "SUHH"
	case c.Code == "DE" && c.Name == "Germany" && date.Before(germanUnity):
		to = "DE|West Germany"
	case (c.Code == "CZ" || c.Code == "SK") && date.Before(czechSplit):
		to = "CSHH"
	case yugoslavRepublics[c.Code] && (date.Before(yugoslavSplit) || (c.Code == "RS" || c.Code == "ME" || c.Code == "XK") && date.Before(serbiaEnd)):
		to = "YUCS"
	case c.Code == "YE" && c.Name == "Yemen" && !date.Before(yemenUnity):
		// after unity "North Yemen" is history; names of Yemen stay Yemen
	}
	if to == "" {
		return idx
	}
	if j, ok := x.gaz.byCode[to]; ok {
		return j
	}
	return idx
}

// findCountries scores countries from names, demonyms, capitals, places and
// the dateline, and returns those kept, most salient first.
func (x *Extractor) findCountries(s *scratch, a *archive.Article) []country {
	toks := s.toks
	scores := &s.countries
	scores.reset(len(x.gaz.countries))
	add := scores.add
	afterSoviet := !a.Date.IsZero() && !a.Date.Before(sovietEnd)
	var georgia []int // positions of "Georgia"
	datelineSeen := false
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != kindWord || s.used[i] != 0 || !t.is(flagCap) {
			continue
		}
		ref, n := x.matchCountry(toks, i, &s.buf)
		if n == 0 {
			// "Iraqi-Iranian", "Franco-German": look at each part of a hyphenated word
			if strings.IndexByte(t.text, '-') > 0 && t.field != fieldDateline {
				for _, part := range strings.Split(t.text, "-") {
					pt := []token{{text: part, low: strings.ToLower(part), flags: flagCap}}
					if r, m := x.gaz.countryPh.match(pt, 0, &s.buf); m == 1 && r.idx >= 0 && r.kind <= ckCapital {
						add(x.eraIndex(r.idx, r.kind, a.Date), kindWeight[r.kind], i)
					}
				}
			}
			continue
		}
		last := &toks[i+n-1]
		i += n - 1
		if ref.idx < 0 {
			continue
		}
		// "US", "UK" must be written in capitals, and not in an all-caps headline
		if n == 1 && x.word(t).is(wCountryCap) && (!t.is(flagAllCaps) || t.is(flagHeadline)) {
			continue
		}
		c := x.gaz.countries[ref.idx]
		// "Soviet era", "post-Soviet": history, not the state, after 1991
		if c.Code == "SUHH" && ref.kind == ckDemonym && (afterSoviet || nextLow(toks, i) == "era" || nextLow(toks, i) == "times") {
			continue
		}
		// "Chad Smith", "Jordan Henderson": a country name followed by a capitalised word
		if n == 1 && (c.Code == "TD" || c.Code == "JO") && i+1 < len(toks) && toks[i+1].kind == kindWord && toks[i+1].is(flagCap) && !toks[i+1].is(flagSentStart) && !t.is(flagHeadline) {
			continue
		}
		_ = last
		w := kindWeight[ref.kind]
		switch t.field {
		case fieldDateline:
			// "BIRMINGHAM, Ala.", "PARIS, Texas": the state or country
			// after the comma says where the town is.
			if !datelineSeen && i+2 < len(toks) && toks[i+1].text == "," && toks[i+2].field == fieldDateline && toks[i+2].is(flagCap) {
				if r2, m := x.matchCountry(toks, i+2, &s.buf); m > 0 && r2.idx >= 0 && x.eraIndex(r2.idx, r2.kind, a.Date) != x.eraIndex(ref.idx, ref.kind, a.Date) {
					continue
				}
			}
			if !datelineSeen {
				w = datelineWeight
				datelineSeen = true
			} else {
				w = kindWeight[ref.kind]
			}
		case fieldTitle:
			w *= titleWeight
		}
		if w == 0 {
			continue
		}
		if c.Code == "GE" {
			georgia = append(georgia, i)
		}
		add(x.eraIndex(ref.idx, ref.kind, a.Date), w, i)
	}
	// Georgia: the US state when the article is otherwise about the United
	// States or predates the Georgian republic, unless Georgian cues appear.
	if len(georgia) > 0 {
		gi := x.gaz.byCode["GE"]
		us := x.gaz.byCode["US"]
		cues := false
		for _, c := range []string{"Georgian", "Tbilisi", "Abkhazia", "Ossetia", "Shevardnadze", "Saakashvili"} {
			if hasWord(toks, c) {
				cues = true
				break
			}
		}
		if gs := scores.get(gi); gs != nil && !cues && (scores.get(us) != nil || (!a.Date.IsZero() && a.Date.Before(sovietEnd))) {
			score, first := gs.score, gs.first
			gs.gone = true
			add(us, score, first)
		}
	}
	// A country named once is kept unless the article names many countries:
	// lists of markets and destinations mention countries they are not about.
	n := 0
	for _, cs := range scores.list {
		if !cs.gone && cs.score >= keepScore {
			n++
		}
	}
	list := s.countryList[:0]
	for _, cs := range scores.list {
		if !cs.gone && cs.score >= keepScore && (n <= manyCountries || cs.score >= keepScoreMany) {
			list = append(list, cs)
		}
	}
	s.countryList = list
	slices.SortFunc(list, func(a, b countryScore) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		if a.first != b.first {
			return a.first - b.first
		}
		// "Iran-Iraq" names two countries at one position: break the tie
		// by name so that the same text always gives the same order.
		return strings.Compare(x.gaz.countries[a.idx].Name, x.gaz.countries[b.idx].Name)
	})
	out := make([]country, 0, len(list))
	for _, cs := range list {
		out = append(out, x.gaz.countries[cs.idx])
	}
	return out
}

func nextLow(toks []token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].low
	}
	return ""
}

func hasWord(toks []token, w string) bool {
	for i := range toks {
		if toks[i].text == w {
			return true
		}
	}
	return false
}
