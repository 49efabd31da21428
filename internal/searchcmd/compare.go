package searchcmd

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"chancery/index"
)

// compareRequest reads the value of a --compare: a query whose words may
// hold filter flags, as on the command line ("--country US trade",
// `--person "Paul Volcker" rates`). The filters apply on top of base's.
// It returns the request and a name for the series: the query, then the
// filters in parentheses.
func compareRequest(spec string, base index.Request) (index.Request, string, error) {
	args, err := splitWords(spec)
	if err != nil {
		return base, "", usagef("--compare %q: %v", spec, err)
	}
	if !slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(a, "--") }) {
		req := base
		req.Query = spec // no flags: the query as written
		return req, seriesName(spec, base), nil
	}
	var o searchOptions
	fs := newFlagSet("--compare", io.Discard)
	fs.StringArrayVar(&o.Persons, "person", nil, "")
	fs.StringArrayVar(&o.Countries, "country", nil, "")
	fs.StringArrayVar(&o.Orgs, "org", nil, "")
	fs.StringArrayVar(&o.Topics, "topic", nil, "")
	fs.StringArrayVar(&o.Sources, "source", nil, "")
	fs.StringVar(&o.From, "from", "", "")
	fs.StringVar(&o.To, "to", "", "")
	if err := parse(fs, args); err != nil {
		return base, "", usagef("--compare %q: %v (a compared query takes --person, --country, --org, --topic, --source, --from and --to)", spec, err)
	}
	for _, vals := range []*[]string{&o.Persons, &o.Countries, &o.Orgs, &o.Topics, &o.Sources} {
		for i, v := range *vals {
			(*vals)[i] = unquote(v)
		}
	}
	o.From, o.To = unquote(o.From), unquote(o.To)
	req := base
	req.Query = strings.Join(fs.Args(), " ")
	req.Persons = append(append([]string{}, base.Persons...), o.Persons...)
	req.Countries = append(append([]string{}, base.Countries...), o.Countries...)
	req.Orgs = append(append([]string{}, base.Orgs...), o.Orgs...)
	req.Topics = append(append([]string{}, base.Topics...), o.Topics...)
	req.Sources = append(append([]string{}, base.Sources...), o.Sources...)
	if o.From != "" {
		if req.From, _, err = dayRange(o.From); err != nil {
			return base, "", usagef("--compare %q: --from: %v", spec, err)
		}
	}
	if o.To != "" {
		if _, req.To, err = dayRange(o.To); err != nil {
			return base, "", usagef("--compare %q: --to: %v", spec, err)
		}
	}
	var filters []string
	for _, f := range []struct {
		name string
		vals []string
	}{{"person", o.Persons}, {"country", o.Countries}, {"org", o.Orgs}, {"topic", o.Topics}, {"source", o.Sources}, {"from", nonEmpty(o.From)}, {"to", nonEmpty(o.To)}} {
		for _, v := range f.vals {
			filters = append(filters, f.name+" "+v)
		}
	}
	name := req.Query
	if len(filters) > 0 {
		if name != "" {
			name += " "
		}
		name += "(" + strings.Join(filters, ", ") + ")"
	}
	if name == "" {
		name = "all articles"
	}
	return req, name, nil
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// splitWords splits s at spaces outside quotes (straight or typographic,
// double or single); the quotes stay in the words, so that a phrase of
// the query stays a phrase.
func splitWords(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	quote := rune(0)
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote || quote == '“' && r == '”' || quote == '‘' && r == '’' {
				quote = 0
			}
		case r == '"' || r == '\'' || r == '“' || r == '‘':
			if cur.Len() == 0 || r == '"' || r == '“' {
				quote = r
			}
		case r == ' ' || r == '\t' || r == '\n':
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
			continue
		}
		cur.WriteRune(r)
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed quote %c", quote)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out, nil
}

// unquote removes the quotes around a flag's value, as a shell would.
func unquote(s string) string {
	rs := []rune(s)
	if len(rs) >= 2 {
		switch {
		case rs[0] == '"' && rs[len(rs)-1] == '"', rs[0] == '\'' && rs[len(rs)-1] == '\'',
			rs[0] == '“' && rs[len(rs)-1] == '”', rs[0] == '‘' && rs[len(rs)-1] == '’':
			return string(rs[1 : len(rs)-1])
		}
	}
	return s
}
