package entities

import (
	"slices"
	"strings"
)

// companySuffixes end a company's name: "Texaco Inc", "Banco Central SA".
var companySuffixes = map[string]string{
	"inc": "Inc", "inc.": "Inc", "corp": "Corp", "corp.": "Corp", "co": "Co", "co.": "Co", "ltd": "Ltd",
	"ltd.": "Ltd", "plc": "Plc", "llc": "LLC", "ag": "AG", "sa": "SA", "nv": "NV", "gmbh": "GmbH", "bv": "BV",
	"spa": "SpA", "group": "Group", "corporation": "Corporation", "holdings": "Holdings", "bancorp": "Bancorp",
	"ministry": "Ministry", "party": "Party",
}

// orgJoiners may sit inside an organization's name.
var orgJoiners = map[string]bool{"&": true, "of": true, "and": true, "de": true, "du": true, "des": true, "for": true}

type orgCount struct {
	name  string
	count int
	first int
}

// orgCounts counts the organizations of one article.
type orgCounts struct {
	at   map[string]int // name -> index into list
	list []orgCount
}

func (oc *orgCounts) reset() {
	if oc.at == nil {
		oc.at = map[string]int{}
	}
	clear(oc.at)
	oc.list = oc.list[:0]
}

func (oc *orgCounts) add(name string, pos int) {
	k, ok := oc.at[name]
	if !ok {
		k = len(oc.list)
		oc.at[name] = k
		oc.list = append(oc.list, orgCount{name: name, first: pos})
	}
	oc.list[k].count++
}

// findOrgs finds organizations with a fixed name (orgs.tsv) and companies,
// ministries and parties by their last word. Fixed names are marked used so
// that their words count as neither persons nor countries ("Paris Club").
func (x *Extractor) findOrgs(s *scratch) []string {
	toks := s.toks
	counts := &s.orgs
	counts.reset()
	add := counts.add
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != kindWord || !t.is(flagCap) {
			continue
		}
		if canon, ok := x.orgExact(t); ok {
			add(canon, i)
			s.used[i] = 2
			continue
		}
		if idx, n := x.matchOrg(toks, i, &s.buf); n > 0 {
			add(x.gaz.orgNames[idx], i)
			// a legal form after a fixed name is part of it: "Morgan
			// Stanley Group Inc", "Merrill Lynch and Co"
			for k := i + n; k < len(toks); k++ {
				if x.word(&toks[k]).company != "" && toks[k].is(flagCap) {
					n = k - i + 1
					continue
				}
				if (toks[k].low == "and" || toks[k].text == "&") && k+1 < len(toks) && toks[k+1].is(flagCap) {
					if x.word(&toks[k+1]).company != "" {
						continue
					}
				}
				break
			}
			for k := i; k < i+n; k++ {
				s.used[k] = 2
			}
			i += n - 1
			continue
		}
		if t.is(flagHeadline) {
			continue
		}
		// a run of capitalised words ending with a company suffix
		j := i
		for j < len(toks) && !toks[j].is(flagHeadline) && (j == i || !toks[j].is(flagSentStart)) &&
			(toks[j].kind == kindWord && toks[j].is(flagCap) || (x.word(&toks[j]).is(wOrgJoiner) && j > i && j+1 < len(toks) && toks[j+1].is(flagCap))) {
			if suf := x.word(&toks[j]).company; suf != "" && j > i {
				start := i
				for start < j && x.word(&toks[start]).is(wNonName|wTitleCue) {
					start++
				}
				// "Robert Maxwell's British Printing and Communications Corp":
				// the company begins after its owner's name (a given name and
				// a possessive), not in "Standard and Poor's Corp"
				for k := start + 1; k < j-1; k++ {
					if toks[k].is(flagPossessive) && x.word(&toks[start]).is(wFirstName) {
						start = k + 1
					}
				}
				if start < j {
					var b strings.Builder
					for k := start; k < j; k++ {
						if k > start {
							b.WriteByte(' ')
						}
						b.WriteString(toks[k].text)
					}
					b.WriteByte(' ')
					b.WriteString(suf)
					add(b.String(), start)
				}
				i = j
				break
			}
			j++
		}
	}
	// each name has its own first position, so the order is total
	list := counts.list
	slices.SortFunc(list, func(a, b orgCount) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return a.first - b.first
	})
	out := make([]string, 0, len(list))
	for _, oc := range list {
		out = append(out, oc.name)
	}
	return out
}
