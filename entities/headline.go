package entities

// Wire headlines are written in capitals, so the persons model does not
// read them. Many Reuters briefs are nothing but a headline ("TREASURY'S
// BAKER SAYS ..."), so a narrow rule finds the one name such a headline
// usually carries: a word before a verb of saying, announced by a
// possessive ("TREASURY'S BAKER") or a title ("PRESIDENT REAGAN").

var headlineVerbs = map[string]bool{
	"says": true, "said": true, "say": true, "urges": true, "warns": true, "denies": true, "sees": true,
	"calls": true, "predicts": true, "asks": true, "rejects": true, "backs": true, "opposes": true,
	"proposes": true, "expects": true, "tells": true, "vows": true, "pledges": true, "defends": true,
	"criticises": true, "criticizes": true, "resigns": true, "named": true, "appointed": true, "to": true,
	"meets": true, "plans": true, "confirms": true, "signs": true, "wins": true, "dies": true,
	"forecasts": true, "reiterates": true, "hopes": true, "supports": true, "outlines": true, "fears": true,
	"cautions": true, "favors": true, "favours": true,
}

// headlineNonNames are capitalised headline words before a verb that name no person.
var headlineNonNames = map[string]bool{
	"analyst": true, "analysts": true, "official": true, "officials": true, "dealer": true, "dealers": true,
	"report": true, "study": true, "survey": true, "source": true, "sources": true, "trader": true,
	"traders": true, "economist": true, "economists": true, "company": true, "firm": true, "government": true,
	"minister": true, "ministers": true, "president": true, "chairman": true, "spokesman": true, "paper": true,
	"newspaper": true, "agency": true, "board": true, "unit": true, "industry": true, "market": true,
	"court": true, "judge": true, "police": true, "army": true, "rebels": true, "leader": true, "leaders": true,
	"senate": true, "house": true, "congress": true, "parliament": true, "cabinet": true, "state": true,
	"talks": true, "sale": true, "output": true, "exports": true, "imports": true, "prices": true,
	"shares": true, "stocks": true, "dollar": true, "yen": true, "gold": true, "oil": true, "plan": true,
	"bill": true, "deal": true, "offer": true, "bid": true, "profit": true, "profits": true, "group": true,
	"union": true, "unions": true, "workers": true, "farmers": true, "bankers": true, "banks": true,
	"fed": true, "treasury": true, "commission": true, "council": true, "ministry": true, "department": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "who": true, "not": true, "also": true,
	"still": true, "now": true, "again": true, "reportedly": true, "rate": true, "rates": true,
	"opposition": true, "economy": true, "finance": true, "trade": true, "central": true, "budget": true,
}

// headlineAdverbs may stand between a headline name and its verb
// ("BAKER FULLY EXPECTS").
var headlineAdverbs = map[string]bool{
	"fully": true, "still": true, "also": true, "now": true, "again": true, "reportedly": true,
	"strongly": true, "firmly": true, "once": true, "further": true,
}

// leadVerbs are the verbs after which a headline's first word is taken for
// a person's name without a possessive or title before it ("VOLCKER SEES
// NO ...", "LAWSON FORECASTS ..."): verbs of saying and judging, which
// companies rarely head (they report, plan, buy).
var leadVerbs = map[string]bool{
	"says": true, "sees": true, "forecasts": true, "expects": true, "urges": true, "warns": true,
	"predicts": true, "denies": true, "doubts": true, "believes": true, "rules": true, "hints": true,
	"insists": true, "reaffirms": true, "repeats": true, "stresses": true, "welcomes": true,
}

func (x *Extractor) headlinePersons(s *scratch) {
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !t.is(flagHeadline) || t.kind != kindWord || s.used[i] != 0 {
			continue
		}
		v := i + 1
		if x.word(&toks[v]).is(wHeadlineAdverb) && v+1 < len(toks) {
			v++
		}
		if !x.word(&toks[v]).is(wHeadlineVerb) {
			continue
		}
		if len(t.text) < 3 || x.word(t).is(wHeadlineNonName|wNonName|wOrgSuffix|wFirstName|wTitle) {
			continue
		}
		if _, n := x.matchCountry(toks, i, &s.buf); n > 0 {
			continue
		}
		if _, n := x.matchOrg(toks, i, &s.buf); n > 0 {
			continue
		}
		if _, ok := x.orgExact(t); ok {
			continue
		}
		// the cue: a possessive or a title just before ("TREASURY'S BAKER",
		// "PRESIDENT REAGAN"); a headline-initial word alone is too often a
		// company ("CHRYSLER SAYS"), except before a verb of judging
		if i == 0 || toks[i].is(flagSentStart) {
			if x.word(&toks[v]).is(wLeadVerb) && nameShaped(t.low) {
				s.labels[i] = labB
			}
			continue
		}
		p := &toks[i-1]
		if !x.word(p).is(wTitle) && !p.is(flagPossessive) {
			continue
		}
		s.labels[i] = labB
	}
}

// nameShaped reports whether a headline word could be a surname: four
// letters or more, a vowel, no hyphen or digit ("API", "VW", "KLM" and
// "ALLIED-LYONS" are not).
func nameShaped(w string) bool {
	if len(w) < 4 {
		return false
	}
	vowel := false
	for _, r := range w {
		switch {
		case r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' || r == 'y':
			vowel = true
		case r < 'a' || r > 'z':
			return false
		}
	}
	return vowel
}
