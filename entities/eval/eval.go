// Package eval scores the entities package against the research corpora
// in ../shared/corpora: persons on CoNLL-2003, persons, countries and topics
// on Reuters-21578, topics on the BBC News dataset. cmd/evaluate is its
// command line; docs/QUALITY.md records the results and the scoring rules.
//
// # Caveats
//
// The corpora are research-use only and are never copied into the
// repository: the readers here read them in place. Reuters annotators
// tagged only the people and places a story is about, so precision against
// Reuters is a lower bound.
package eval

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"chancery/archive"
	"chancery/entities"
)

// Split selects the development or the check part of each corpus.
type Split string

const (
	Dev   Split = "dev"   // CoNLL eng.train, Reuters reut2-000..013, BBC odd file numbers
	Check Split = "check" // CoNLL eng.testa, Reuters reut2-014..017, BBC even file numbers
)

// ErrNoCorpora is returned when the corpora folder cannot be found.
var ErrNoCorpora = errors.New("corpora not found")

// FindCorpora walks up from dir looking for shared/corpora.
func FindCorpora(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, c := range []string{filepath.Join(d, "shared", "corpora"), filepath.Join(d, "..", "shared", "corpora")} {
			if st, err := os.Stat(c); err == nil && st.IsDir() {
				return filepath.Clean(c), nil
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("%w: no shared/corpora above %s", ErrNoCorpora, dir)
		}
		d = parent
	}
}

// Result holds every score of one run.
type Result struct {
	Split Split  `json:"split"`
	Half  string `json:"half,omitempty"`

	ConllDocs      int     `json:"conll_docs"`
	ConllPersonsP  float64 `json:"conll_persons_precision"`
	ConllPersonsR  float64 `json:"conll_persons_recall"`
	ConllPersonsF1 float64 `json:"conll_persons_f1"`

	ReutersDocs         int                       `json:"reuters_docs"`
	ReutersPeopleDocs   int                       `json:"reuters_people_docs"`
	ReutersPeopleRecall float64                   `json:"reuters_people_recall"`
	ReutersPlacesDocs   int                       `json:"reuters_places_docs"`
	ReutersPlacesP      float64                   `json:"reuters_places_precision"`
	ReutersPlacesR      float64                   `json:"reuters_places_recall"`
	ReutersTopicsDocs   int                       `json:"reuters_topics_docs"`
	ReutersTopicsRecall float64                   `json:"reuters_topics_recall"`
	BBCDocs             int                       `json:"bbc_docs"`
	BBCTopAccuracy      float64                   `json:"bbc_top_accuracy"`
	BBCConfusion        map[string]map[string]int `json:"bbc_confusion,omitempty"`
	Bytes               int64                     `json:"bytes"`
	Seconds             float64                   `json:"seconds"`
	MBPerSec            float64                   `json:"mb_per_s"`
	Misses              []string                  `json:"misses,omitempty"`

	peopleTotal, peopleHit       int
	placesTP, placesFP, placesFN int
	topicsTotal, topicsHit       int
}

// Options configure Run.
type Options struct {
	Corpora string // the corpora folder (shared/corpora)
	Split   Split
	Verbose bool // collect examples of misses in Result.Misses
	// Half, when "a" or "b", scores only the even ("a") or odd ("b")
	// documents of each CoNLL and Reuters file, counted from 0 in file
	// order, so that a rule written from the misses of one half can be
	// checked on the other. "" scores every document.
	Half string
	// UnseenNames replaces the people of each Reuters article with PEOPLE
	// codes by CoNLL persons before extraction (see namePool): PEOPLE
	// recall on names no rule or list was written for.
	UnseenNames bool
	// TextForm rewrites each CoNLL document before extraction, to score
	// persons on forms of text the development split has little of:
	// "upper" writes title, dateline and body in capitals (wire headlines,
	// old copy); "lead" keeps the title and the body up to its first
	// sentence of six words or more (a brief: a byline and a dateline
	// before it stay), and the gold names in them. "" scores the text as
	// it is.
	TextForm string
}

// inHalf reports whether document number n (0-based, file order) is in
// the half opts asks for.
func (o Options) inHalf(n int) bool {
	switch o.Half {
	case "a":
		return n%2 == 0
	case "b":
		return n%2 == 1
	}
	return true
}

// Run scores ext on the chosen split of every corpus present.
func Run(ext *entities.Extractor, opts Options) (*Result, error) {
	r := &Result{Split: opts.Split, Half: opts.Half}
	var elapsed time.Duration
	extract := func(a *archive.Article) {
		t0 := time.Now()
		ext.Extract(a)
		elapsed += time.Since(t0)
		r.Bytes += int64(len(a.Title) + len(a.Dateline) + len(a.Body))
	}
	if err := scoreConll(r, opts, extract); err != nil {
		return nil, err
	}
	if err := scoreReuters(r, opts, extract); err != nil {
		return nil, err
	}
	if err := scoreBBC(r, opts, extract); err != nil {
		return nil, err
	}
	r.Seconds = elapsed.Seconds()
	if r.Seconds > 0 {
		r.MBPerSec = float64(r.Bytes) / 1e6 / r.Seconds
	}
	return r, nil
}

func conllFile(split Split) string {
	if split == Check {
		return "eng.testa"
	}
	return "eng.train"
}

// ReutersFiles returns the Reuters files of a split.
func ReutersFiles(split Split) []string {
	var out []string
	lo, hi := 0, 13
	if split == Check {
		lo, hi = 14, 17
	}
	for i := lo; i <= hi; i++ {
		out = append(out, fmt.Sprintf("reut2-%03d.sgm", i))
	}
	return out
}

// InBBCSplit reports whether BBC file number n belongs to split.
func InBBCSplit(n int, split Split) bool {
	if split == Check {
		return n%2 == 0
	}
	return n%2 == 1
}

// ResolveGold applies the extractor's partial-name rules to gold mentions:
// a mention whose words end another mention of the same document counts as
// that longer name, and a mention with an initial for its given name ("s
// jayasuriya") as the document's only full name of that letter with the
// same other words ("sanath jayasuriya"). It returns the distinct names as
// keys.
func ResolveGold(mentions [][]string) map[string]bool {
	out := map[string]bool{}
	for i, m := range mentions {
		target := m
		for k, o := range mentions {
			if k == i || len(o) <= len(m) {
				continue
			}
			if isSuffix(m, o) || (len(m) == 1 && len(o) == 2 && o[0] == m[0]) {
				if len(target) == len(m) || k < i {
					target = o
				}
			}
		}
		// "b yeltsin", and "yeltsin" resolved to it, count as "boris yeltsin"
		if o := initialOf(mentions, target); o != nil {
			target = o
		}
		out[strings.Join(target, " ")] = true
	}
	return out
}

// initialOf returns the only mention of mentions that m, written with an
// initial for its given name, stands for, or nil.
func initialOf(mentions [][]string, m []string) []string {
	if len(m) < 2 {
		return nil
	}
	ini := strings.TrimSuffix(m[0], ".")
	if len(ini) != 1 || ini[0] < 'a' || ini[0] > 'z' {
		return nil
	}
	var found []string
	for _, o := range mentions {
		if len(o) != len(m) || len(strings.TrimSuffix(o[0], ".")) < 2 || o[0][0] != ini[0] || !slices.Equal(o[1:], m[1:]) {
			continue
		}
		if found != nil && !slices.Equal(found, o) {
			return nil // two people of that letter
		}
		found = o
	}
	return found
}

func isSuffix(short, long []string) bool {
	off := len(long) - len(short)
	if off <= 0 {
		return false
	}
	for i := range short {
		if long[off+i] != short[i] {
			return false
		}
	}
	return true
}

func scoreConll(r *Result, opts Options, extract func(*archive.Article)) error {
	path := filepath.Join(opts.Corpora, "conll2003", conllFile(opts.Split))
	if _, err := os.Stat(path); err != nil {
		return nil // corpus absent: skip
	}
	docs, err := ReadConll(path)
	if err != nil {
		return err
	}
	var tp, fp, fn int
	for n, d := range docs {
		if !opts.inHalf(n) {
			continue
		}
		a := d.Train.Article
		goldWords := d.Gold
		switch opts.TextForm {
		case "upper":
			a.Title, a.Dateline, a.Body = strings.ToUpper(a.Title), strings.ToUpper(a.Dateline), strings.ToUpper(a.Body)
		case "lead":
			a.Body = leadOf(a.Body)
			goldWords = nil
			for g, sp := range d.Train.Persons {
				if sp.Field != 2 || sp.End <= len(a.Body) {
					goldWords = append(goldWords, d.Gold[g])
				}
			}
		}
		extract(&a)
		gold := ResolveGold(goldWords)
		pred := map[string]bool{}
		for _, p := range a.Persons {
			pred[archive.Key(p)] = true
		}
		for p := range pred {
			if gold[p] {
				tp++
			} else {
				fp++
				if opts.Verbose {
					r.Misses = append(r.Misses, "conll FP "+a.ID+": "+p)
				}
			}
		}
		for g := range gold {
			if !pred[g] {
				fn++
				if opts.Verbose {
					r.Misses = append(r.Misses, "conll FN "+a.ID+": "+g)
				}
			}
		}
	}
	for n := range docs {
		if opts.inHalf(n) {
			r.ConllDocs++
		}
	}
	r.ConllPersonsP, r.ConllPersonsR, r.ConllPersonsF1 = prf(tp, fp, fn)
	return nil
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// PersonMatchesCode is the rule that matches a Reuters PEOPLE code
// ("james-baker", "reagan", "de-larosiere") to an extracted name: the
// code's last word must be the name's last word, and when both have more
// than one word, the code's first word must be one of the name's words.
func PersonMatchesCode(name, code string) bool {
	nw := strings.Fields(archive.Key(name))
	cw := strings.Fields(archive.Key(strings.ReplaceAll(code, "-", " ")))
	if len(nw) == 0 || len(cw) == 0 {
		return false
	}
	if nw[len(nw)-1] != cw[len(cw)-1] {
		return false
	}
	if len(nw) > 1 && len(cw) > 1 {
		for _, w := range nw[:len(nw)-1] {
			if w == cw[0] {
				return true
			}
		}
		return false
	}
	return true
}

func scoreReuters(r *Result, opts Options, extract func(*archive.Article)) error {
	dir := filepath.Join(opts.Corpora, "reuters21578")
	parentOf := map[string]string{}
	label := map[string]string{}
	for _, t := range entities.Taxonomy() {
		label[t.Code] = t.Label
	}
	for _, t := range entities.Taxonomy() {
		parentOf[t.Label] = label[t.Parent]
	}
	var pool [][2]string
	next := 0
	if opts.UnseenNames {
		var err error
		if pool, err = namePool(opts); err != nil {
			return err
		}
	}
	for _, f := range ReutersFiles(opts.Split) {
		path := filepath.Join(dir, f)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		docs, err := ReadReuters(path)
		if err != nil {
			return err
		}
		for n, d := range docs {
			if !opts.inHalf(n) {
				continue
			}
			a := d.Article
			if pool != nil && len(d.People) > 0 {
				d.People = substituteNames(&a, d.People, pool, &next)
			}
			extract(&a)
			r.ReutersDocs++
			if len(d.People) > 0 {
				r.ReutersPeopleDocs++
				for _, code := range d.People {
					hit := false
					for _, p := range a.Persons {
						if PersonMatchesCode(p, code) {
							hit = true
							break
						}
					}
					r.peopleTotal++
					if hit {
						r.peopleHit++
					} else if opts.Verbose {
						r.Misses = append(r.Misses, fmt.Sprintf("people FN %s: %s (got %v)", a.ID, code, a.Persons))
					}
				}
			}
			if len(d.Places) > 0 {
				r.ReutersPlacesDocs++
				gold := map[string]bool{}
				for _, c := range d.Places {
					gold[PlaceName(c)] = true
				}
				for _, c := range a.Countries {
					if gold[c.Name] {
						r.placesTP++
					} else {
						r.placesFP++
						if opts.Verbose {
							r.Misses = append(r.Misses, fmt.Sprintf("places FP %s: %s (gold %v)", a.ID, c.Name, d.Places))
						}
					}
				}
				for g := range gold {
					found := false
					for _, c := range a.Countries {
						if c.Name == g {
							found = true
						}
					}
					if !found {
						r.placesFN++
						if opts.Verbose {
							r.Misses = append(r.Misses, fmt.Sprintf("places FN %s: %s (dateline %q, got %v)", a.ID, g, a.Dateline, a.CountryNames()))
						}
					}
				}
			}
			want := MapReutersTopics(d.Topics)
			if len(want) > 0 {
				r.ReutersTopicsDocs++
				// a topic implies its ancestors: "interest rates" covers "monetary policy"
				have := map[string]bool{}
				for _, t := range a.Topics {
					for l := t; l != "" && !have[l]; l = parentOf[l] {
						have[l] = true
					}
				}
				for _, t := range want {
					r.topicsTotal++
					if have[t] {
						r.topicsHit++
					} else if opts.Verbose {
						r.Misses = append(r.Misses, fmt.Sprintf("topics FN %s: %s (codes %v, got %v)", a.ID, t, d.Topics, a.Topics))
					}
				}
			}
		}
	}
	if r.peopleTotal > 0 {
		r.ReutersPeopleRecall = float64(r.peopleHit) / float64(r.peopleTotal)
	}
	r.ReutersPlacesP, r.ReutersPlacesR, _ = prf(r.placesTP, r.placesFP, r.placesFN)
	if r.topicsTotal > 0 {
		r.ReutersTopicsRecall = float64(r.topicsHit) / float64(r.topicsTotal)
	}
	return nil
}

// BBCCategoryTopic maps a BBC category to the IPTC top-level topic label.
var BBCCategoryTopic = map[string]string{
	"politics":      "politics and government",
	"business":      "economy, business and finance",
	"sport":         "sport",
	"tech":          "science and technology",
	"entertainment": "arts, culture, entertainment and media",
}

func scoreBBC(r *Result, opts Options, extract func(*archive.Article)) error {
	dir := filepath.Join(opts.Corpora, "bbc")
	if _, err := os.Stat(dir); err != nil {
		return nil
	}
	docs, err := ReadBBC(dir)
	if err != nil {
		return err
	}
	top := map[string]bool{}
	for _, t := range entities.Taxonomy() {
		if t.Parent == "" {
			top[t.Label] = true
		}
	}
	r.BBCConfusion = map[string]map[string]int{}
	ok := 0
	for _, d := range docs {
		if !InBBCSplit(d.Number, opts.Split) {
			continue
		}
		a := d.Article
		extract(&a)
		r.BBCDocs++
		got := "(none)"
		for _, t := range a.Topics {
			if top[t] {
				got = t
				break
			}
		}
		if got == BBCCategoryTopic[d.Category] {
			ok++
		} else if opts.Verbose {
			r.Misses = append(r.Misses, fmt.Sprintf("bbc %s/%03d: want %s, got %v", d.Category, d.Number, d.Category, a.Topics))
		}
		if r.BBCConfusion[d.Category] == nil {
			r.BBCConfusion[d.Category] = map[string]int{}
		}
		r.BBCConfusion[d.Category][got]++
	}
	if r.BBCDocs > 0 {
		r.BBCTopAccuracy = float64(ok) / float64(r.BBCDocs)
	}
	return nil
}

// leadOf returns body up to the end of its first paragraph of six words
// or more (CoNLL bodies hold one sentence a paragraph).
func leadOf(body string) string {
	end := 0
	for end < len(body) {
		k := strings.Index(body[end:], "\n\n")
		para := body[end:]
		if k >= 0 {
			para = body[end : end+k]
		}
		if len(strings.Fields(para)) >= 6 || k < 0 {
			return body[:end+len(para)]
		}
		end += k + 2
	}
	return body
}
