package entities

import (
	"strings"
	"sync"

	"chancery/archive"
)

// alpha3 maps ISO 3166-1 alpha-3 codes to alpha-2 (data/alpha3.tsv).
var alpha3 = sync.OnceValues(func() (map[string]string, error) {
	m := map[string]string{}
	err := readLines("alpha3.tsv", func(line string, _ int) error {
		cols := strings.Split(line, "\t")
		if len(cols) == 2 {
			m[cols[1]] = cols[0]
		}
		return nil
	})
	return m, err
})

// gazetteerOnce loads the gazetteers alone, for Countries and Org: a
// fifth of what New loads (4.6 against 19.4 ms), for programs that read
// filter values without extracting anything.
var gazetteerOnce = sync.OnceValues(loadGazetteer)

// Countries returns the countries a name may stand for when a person types
// it as a filter value, the reading Extract gives the name in text first.
// It knows what Country knows (names, official names, abbreviations such
// as UK, USA, UAE, accents or none: Côte d'Ivoire, Cote d'Ivoire) and also
// ISO 3166-1 alpha-2 and alpha-3 codes in any case (gb, GBR), a leading
// "the" (the US) and a name that is the last words of other countries'
// names: "Korea" gives South Korea, as Extract reads it, then North Korea;
// "Congo" both Congos. A name that is some country's own name is that
// country alone: "Guinea" is Guinea, not also Equatorial Guinea. Nil when
// the name stands for no country.
func Countries(name string) []archive.Country {
	g, err := gazetteerOnce()
	if err != nil {
		return nil
	}
	x := &Extractor{gaz: g}
	name = strings.TrimSpace(name)
	if low := strings.ToLower(name); strings.HasPrefix(low, "the ") {
		name = strings.TrimSpace(name[4:])
	}
	if name == "" {
		return nil
	}
	of := func(i int32) archive.Country {
		c := x.gaz.countries[i]
		return archive.Country{Name: c.Name, Code: c.Code}
	}
	up := strings.ToUpper(name)
	if i, ok := x.gaz.byCode[up]; ok && (len(up) == 2 || len(up) == 4) {
		return []archive.Country{of(i)}
	}
	if m, err := alpha3(); err == nil && len(up) == 3 {
		if a2, ok := m[up]; ok {
			if i, ok := x.gaz.byCode[a2]; ok {
				return []archive.Country{of(i)}
			}
		}
	}
	key := archive.Key(name)
	var out []archive.Country
	if c, ok := x.Country(name); ok {
		out = append(out, c)
		if archive.Key(c.Name) == key {
			return out // the country's own name
		}
	}
	// Other countries whose name or another name ends in the words of
	// name: "Korea" -> North Korea, South Korea.
	seen := map[string]bool{}
	for _, c := range out {
		seen[c.Code+"|"+c.Name] = true
	}
	for phrase, ref := range x.gaz.countryPh.m {
		if ref.idx < 0 || ref.kind != ckName {
			continue
		}
		pk := archive.Key(phrase)
		if pk != key && !strings.HasSuffix(pk, " "+key) {
			continue
		}
		c := of(ref.idx)
		if !seen[c.Code+"|"+c.Name] {
			seen[c.Code+"|"+c.Name] = true
			out = append(out, c)
		}
	}
	if len(out) > 1 {
		// the extractor's reading stays first; the others by name
		rest := out[1:]
		if _, ok := x.Country(name); !ok {
			rest = out
		}
		sortCountries(rest)
	}
	return out
}

func sortCountries(cs []archive.Country) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Name < cs[j-1].Name; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// Org returns the canonical name of the organization that name stands for
// in the fixed list (orgs.tsv): "UN" and "U.N." are the United Nations.
// Short acronyms are matched in any case here, since a filter value is
// typed on purpose: "imf" is the International Monetary Fund. False when
// the list knows no organization by that name.
func Org(name string) (string, bool) {
	g, err := gazetteerOnce()
	if err != nil {
		return "", false
	}
	x := &Extractor{gaz: g}
	name = strings.TrimSpace(name)
	if name == "" {
		return "", false
	}
	if c, ok := x.gaz.orgExact[name]; ok {
		return c, true
	}
	for variant, c := range x.gaz.orgExact {
		if strings.EqualFold(variant, name) {
			return c, true
		}
	}
	toks := tokenize(nil, name, fieldBody)
	if len(toks) == 0 {
		return "", false
	}
	var buf []byte
	idx, n := x.gaz.orgPh.match(toks, 0, &buf)
	if n != len(toks) {
		return "", false
	}
	return x.gaz.orgNames[idx], true
}
