package indexcmd

import (
	"slices"
	"strings"

	"chancery/archive"
)

// tagCommand returns the `indexer tag` command that gives a the tags e
// (an export line's) has, "" when it has them already.
func tagCommand(a *archive.Article, e *archive.Exported) string {
	if e == nil {
		return ""
	}
	var args []string
	diff := func(kind string, have, want []string) {
		for _, v := range want {
			if !slices.Contains(have, v) {
				args = append(args, "--add "+kind+":"+shellQuote(v))
			}
		}
		for _, v := range have {
			if !slices.Contains(want, v) {
				args = append(args, "--remove "+kind+":"+shellQuote(v))
			}
		}
	}
	names := func(cs []archive.Country) []string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = c.Name
			if out[i] == "" {
				out[i] = c.Code
			}
		}
		return out
	}
	diff("person", a.Persons, e.Persons)
	diff("country", a.CountryNames(), names(e.Countries))
	diff("org", a.Orgs, e.Orgs)
	diff("topic", a.Topics, e.Topics)
	if len(args) == 0 {
		return ""
	}
	return "indexer tag " + shellQuote(a.ID) + " " + strings.Join(args, " ")
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,/:@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
