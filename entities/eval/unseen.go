package eval

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"chancery/archive"
)

// The unseen-names measure (Options.UnseenNames) asks how Reuters PEOPLE
// recall holds on people the rules and lists were never written for. The
// persons of Reuters-21578 repeat (a few ministers and bankers fill most
// PEOPLE lists), so an article split does not hide a person from the half
// that was read. Each PEOPLE code's words are replaced in the article's
// title and body by a two-word person of CoNLL eng.train (the documents of
// the same half), keeping how the text writes them (capitals in headlines,
// title case in the story), and the code is replaced with it. With a
// persons model trained on the other CoNLL half (--train, --model), the
// model has never seen the names either; only the forms of the text stay.

var namePoolWord = regexp.MustCompile(`^[A-Z][a-z]{2,}$`)

// namePool reads the distinct two-word persons of the CoNLL training file
// in opts' half, given name and surname, in file order.
func namePool(opts Options) ([][2]string, error) {
	docs, err := ReadConll(filepath.Join(opts.Corpora, "conll2003", conllFile(Dev)))
	if err != nil {
		return nil, fmt.Errorf("unseen names: %w", err)
	}
	seen := map[string]bool{}
	var pool [][2]string
	for n, d := range docs {
		if !opts.inHalf(n) {
			continue
		}
		for _, nm := range d.GoldNm {
			w := strings.Fields(nm)
			if len(w) == 2 && namePoolWord.MatchString(w[0]) && namePoolWord.MatchString(w[1]) && !seen[w[1]] {
				seen[w[1]] = true
				pool = append(pool, [2]string{w[0], w[1]})
			}
		}
	}
	if len(pool) == 0 {
		return nil, fmt.Errorf("unseen names: no two-word persons in %s", conllFile(Dev))
	}
	return pool, nil
}

// codeParticles begin PEOPLE codes whose first word is no given name
// ("de-larosiere", "al-khalifa").
var codeParticles = map[string]bool{
	"de": true, "du": true, "von": true, "van": true, "al": true, "el": true, "la": true, "le": true,
	"di": true, "da": true,
}

// substituteNames replaces the words of each PEOPLE code in a's title and
// body by the next name of pool (from *next on) and returns the codes of
// the new names: a one-word code ("reagan") gets a surname, a longer one
// ("james-baker") a given name and a surname.
func substituteNames(a *archive.Article, codes []string, pool [][2]string, next *int) []string {
	out := make([]string, 0, len(codes))
	given := map[string]int{}
	for _, c := range codes {
		if cw := strings.Split(c, "-"); len(cw) > 1 {
			given[cw[0]]++
		}
	}
	for _, c := range codes {
		cw := strings.Split(c, "-")
		if len(cw) > 1 && codeParticles[cw[0]] {
			cw = cw[1:]
		}
		nm := pool[*next%len(pool)]
		*next += 7 // neighbouring names of a file share a team or a story
		for _, f := range []*string{&a.Title, &a.Body} {
			// a given name two codes share ("james-baker", "james-miller")
			// is replaced only before its surname
			if len(cw) > 1 {
				*f = replaceWord(*f, cw[0]+" "+cw[len(cw)-1], nm[0]+" "+nm[1])
			}
			*f = replaceWord(*f, cw[len(cw)-1], nm[1])
			if len(cw) > 1 && given[cw[0]] == 1 { // "James A. Baker"
				*f = replaceWord(*f, cw[0], nm[0])
			}
		}
		if len(cw) > 1 {
			out = append(out, strings.ToLower(nm[0]+"-"+nm[1]))
		} else {
			out = append(out, strings.ToLower(nm[1]))
		}
	}
	return out
}

// replaceWord replaces the whole word or words from (lower case, as in a
// code) written in title case or in capitals by to, written the same way.
func replaceWord(text, from, to string) string {
	if from == "" {
		return text
	}
	words := strings.Fields(from)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	title := strings.Join(words, " ")
	re := regexp.MustCompile(`\b(` + regexp.QuoteMeta(title) + `|` + regexp.QuoteMeta(strings.ToUpper(from)) + `)\b`)
	return re.ReplaceAllStringFunc(text, func(m string) string {
		if len(m) > 1 && m == strings.ToUpper(m) {
			return strings.ToUpper(to)
		}
		return to
	})
}
