package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"chancery/archive"
	"chancery/entities"
)

// HeadlineResult is how many of the persons of Reuters capitals headlines
// the extractor finds from the headline alone, with the story as the
// reference: Reuters PEOPLE tags too few briefs to tell a headline rule
// that generalizes from one that fits, and a brief is nothing but its
// headline.
type HeadlineResult struct {
	Split     Split  `json:"split"`
	Half      string `json:"half,omitempty"`
	Headlines int    `json:"headlines"` // all-caps headlines with a story
	// Names are the surnames (last words) of the persons extracted from
	// the story alone that are words of the headline; Found those that
	// the headline alone gives.
	Names int     `json:"names"`
	Found int     `json:"found"`
	Rate  float64 `json:"rate"`
	// Unconfirmed are the headline's persons whose last word ends no
	// person of the story: companies, mostly, and persons the story
	// leaves out.
	Unconfirmed int      `json:"unconfirmed"`
	Misses      []string `json:"misses,omitempty"`
}

// Headlines measures the persons of Reuters capitals headlines (see
// HeadlineResult) on the Reuters files of opts.Split and opts.Half.
func Headlines(ext *entities.Extractor, opts Options) (*HeadlineResult, error) {
	r := &HeadlineResult{Split: opts.Split, Half: opts.Half}
	dir := filepath.Join(opts.Corpora, "reuters21578")
	for _, f := range ReutersFiles(opts.Split) {
		path := filepath.Join(dir, f)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		docs, err := ReadReuters(path)
		if err != nil {
			return nil, err
		}
		for n, d := range docs {
			if !opts.inHalf(n) {
				continue
			}
			a := d.Article
			if a.Title == "" || strings.ToUpper(a.Title) != a.Title || strings.TrimSpace(a.Body) == "" {
				continue
			}
			r.Headlines++
			body := a
			body.Title = ""
			ext.Extract(&body)
			head := a
			head.Body, head.Dateline = "", ""
			ext.Extract(&head)
			words := map[string]bool{}
			for _, w := range strings.Fields(archive.Key(a.Title)) {
				words[w] = true
			}
			inBody := map[string]bool{}
			for _, p := range body.Persons {
				inBody[lastWord(p)] = true
			}
			got := map[string]bool{}
			for _, p := range head.Persons {
				got[lastWord(p)] = true
				if !inBody[lastWord(p)] {
					r.Unconfirmed++
					if opts.Verbose {
						r.Misses = append(r.Misses, fmt.Sprintf("headline unconfirmed %s: %s (%s)", a.ID, p, a.Title))
					}
				}
			}
			for w := range inBody {
				if len(w) < 3 || !words[w] {
					continue
				}
				r.Names++
				if got[w] {
					r.Found++
				} else if opts.Verbose {
					r.Misses = append(r.Misses, fmt.Sprintf("headline FN %s: %s (%s)", a.ID, w, a.Title))
				}
			}
		}
	}
	if r.Names > 0 {
		r.Rate = float64(r.Found) / float64(r.Names)
	}
	sort.Strings(r.Misses)
	return r, nil
}

func lastWord(name string) string {
	f := strings.Fields(archive.Key(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
