package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The news corpus (--corpus news) is the synthetic corpus with names
// written as wire copy writes them, so that what costs an extractor and the
// archive-wide name pass shows in a benchmark:
//
//   - a person is introduced once with a title and the full name ("Trade
//     Minister Elena Varga"), then named by surname alone ("Varga said"),
//     with an honorific or a short title ("Ms Varga", "Minister Varga"), in
//     the possessive ("Varga's"), and now and then in full again;
//   - the cast shares surnames (400 persons from 80 surnames), so a bare
//     surname stands for several persons across the archive;
//   - about one article in newsDoubleEvery prints its first full name
//     twice in a row ("Anton Varga Anton Varga"), as a badly edited wire
//     story does;
//   - two articles in five name one or two companies named like people:
//     two surnames ("Pembroke Fairbanks"), a surname doubled or paired with
//     "and" ("Halvorsen and Halvorsen"), or "Brothers" and "Group" after a
//     surname. Their surnames are the cast's own, so "Fairbanks said" may be
//     a person or a company's spokesman.
//
// Every name is invented from the lists in lists.go; companyWords and the
// sentences below are written for this benchmark.

const (
	// companyCount is how many invented companies the news corpus names,
	// drawn with a Zipf skew.
	companyCount = 60
	companyZipfS = 1.2
	// newsDoubleEvery: one article in this many prints its first full
	// name twice in a row.
	newsDoubleEvery = 250
)

// femaleFirst are the first names of lists.go that take "Ms".
var femaleFirst = map[string]bool{
	"Elena": true, "Marta": true, "Ingrid": true, "Sofia": true, "Amina": true, "Leila": true, "Nadia": true, "Yasmin": true,
	"Olga": true, "Irina": true, "Tatiana": true, "Natalia": true, "Margit": true, "Birgit": true, "Helga": true, "Anneli": true,
	"Catherine": true, "Margaret": true, "Helen": true, "Susan": true, "Maria": true, "Ana": true, "Lucia": true, "Teresa": true,
}

// shortRoles is the title a role gives before a bare surname.
var shortRoles = map[string]string{
	"Foreign Minister": "Minister", "Prime Minister": "Prime Minister", "President": "President",
	"Defence Minister": "Minister", "Ambassador": "Ambassador", "Trade Minister": "Minister",
	"Deputy Foreign Minister": "Minister", "Interior Minister": "Minister", "Finance Minister": "Minister",
	"Envoy": "Envoy", "Chief Negotiator": "", "Vice President": "Vice President",
}

// companyWords are the words of company names and of the sentences about
// companies; newsWords adds the news corpus's other template words. The
// vocabulary of the news corpus leaves them out, so that query words stay
// apart from names.
var (
	companyWords = []string{"Brothers", "Group"}
	newsWords    = []string{
		"Brothers Group Mr Ms Dr spokeswoman spokesman declined comment " +
			"shares in rose fell after engineering group said contract for the a told reporters " +
			"according to statement by chief executive of company firm whose is"}
)

// makeCompanies invents n companies named like people, from the cast's
// surnames. It uses its own fixed random source: the same companies for
// every seed.
func makeCompanies(n int) []string {
	r := rand.New(rand.NewPCG(13, 17))
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		a := lastNames[r.IntN(len(lastNames))]
		b := lastNames[r.IntN(len(lastNames))]
		var name string
		switch x := r.IntN(10); {
		case x < 5 && a != b:
			name = a + " " + b // like a first name and a surname
		case x < 7:
			name = a + " and " + a
		case x < 8 && a != b:
			name = a + " and " + b
		default:
			name = a + " " + companyWords[r.IntN(2)] // Brothers, Group
		}
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, name)
	}
	return out
}

// pickCompanies chooses the companies of one article: none in three
// articles of five, else one or two.
func (g *generator) pickCompanies() []string {
	if g.r.IntN(5) >= 2 {
		return nil
	}
	n := 1 + g.r.IntN(2)
	seen := map[uint64]bool{}
	var out []string
	for len(out) < n {
		i := g.companyZ.Uint64()
		if seen[i] {
			continue
		}
		seen[i] = true
		out = append(out, g.companies[i])
	}
	return out
}

// mentionPlain is mention without the possessive.
func (g *generator) mentionPlain(p person) string {
	return strings.TrimSuffix(g.mention(p), "'s")
}

// mention names p after the first mention, as news copy does.
func (g *generator) mention(p person) string {
	switch x := g.r.IntN(20); {
	case x < 9:
		return p.Last
	case x < 13:
		if femaleFirst[strings.Fields(p.Name)[0]] {
			return "Ms " + p.Last
		}
		return "Mr " + p.Last
	case x < 16:
		if t := shortRoles[p.Role]; t != "" {
			return t + " " + p.Last
		}
		return p.Last
	case x < 18:
		return p.Last + "'s"
	}
	return p.Name
}

// newsBody is body with names written as news writes them: the lead and
// one introduction per person, then filler sentences among which a quarter
// name a person or a company.
func (g *generator) newsBody(countries []string, ps []person, companies []string, topic string) string {
	target := g.opts.MinBody + g.r.IntN(g.opts.MaxBody-g.opts.MinBody+1)
	var b strings.Builder
	b.Grow(target + 400)
	first := ps[0]
	name := first.Name
	if g.r.IntN(newsDoubleEvery) == 0 {
		name += " " + first.Name
	}
	fmt.Fprintf(&b, "%s %s said on %s that %s would %s %s.",
		first.Role, name, weekdays[g.r.IntN(len(weekdays))], joinAnd(countries),
		g.phrase(2+g.r.IntN(3)), topic)
	for _, p := range ps[1:] {
		c := countries[g.r.IntN(len(countries))]
		fmt.Fprintf(&b, " %s %s of %s %s.", p.Role, p.Name, c, g.phrase(5+g.r.IntN(8)))
	}
	for _, co := range companies {
		fmt.Fprintf(&b, " %s, the engineering group, said it %s.", co, g.phrase(4+g.r.IntN(6)))
	}
	sentences := 0
	for b.Len() < target {
		if sentences%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
		sentences++
		p := ps[g.r.IntN(len(ps))]
		switch x := g.r.IntN(20); {
		case x == 0:
			fmt.Fprintf(&b, "\"%s,\" %s told reporters.", capitalize(g.phrase(6+g.r.IntN(8))), g.mentionPlain(p))
		case x == 1:
			c := countries[g.r.IntN(len(countries))]
			fmt.Fprintf(&b, "Officials in %s said the %s %s.", c, topic, g.phrase(4+g.r.IntN(8)))
		case x == 2 || x == 3:
			m := g.mention(p)
			if strings.HasSuffix(m, "'s") {
				fmt.Fprintf(&b, "%s statement said %s.", m, g.phrase(6+g.r.IntN(10)))
			} else {
				fmt.Fprintf(&b, "%s said %s.", m, g.phrase(6+g.r.IntN(10)))
			}
		case x == 4:
			fmt.Fprintf(&b, "According to %s, %s.", g.mentionPlain(p), g.phrase(6+g.r.IntN(8)))
		case x == 5 && len(companies) > 0:
			co := companies[g.r.IntN(len(companies))]
			switch g.r.IntN(3) {
			case 0:
				fmt.Fprintf(&b, "Shares in %s rose after %s.", co, g.phrase(4+g.r.IntN(6)))
			case 1:
				fmt.Fprintf(&b, "A spokeswoman for %s declined to comment.", co)
			default:
				fmt.Fprintf(&b, "%s said the contract %s.", co, g.phrase(4+g.r.IntN(6)))
			}
		default:
			g.sentence(&b, 6+g.r.IntN(13))
		}
	}
	return b.String()
}
