// Package judge measures the precision of quote attribution against
// statements judged by hand: statements sampled (seeded) from the research
// corpora (Reuters-21578 reut2-000..017 and the BBC files outside the
// sealed quarter), each judged right or wrong by a reader who saw it in its
// article. The verdicts file holds ids, offsets, hashes, speakers and
// verdicts, never corpus text, so the judgement can be committed and the
// precision recomputed from the current extractor.
//
// # Caveats
//
//   - A verdict holds for one statement and one speaker: when the
//     extractor gives a judged statement another speaker, that statement is
//     reported as changed and left out of the figure until judged again.
//   - Persons come from entities.Extract per article, without the
//     archive-wide name registry that `indexer retag` applies.
package judge

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"chancery/archive"
	"chancery/entities"
	"chancery/entities/eval"
	"chancery/quotes"
)

// Statement is one extracted statement and the article it is in.
type Statement struct {
	Article *archive.Article
	Quote   quotes.Quote
}

// Key identifies the statement across extractor versions: article id and
// the byte offset where its text starts.
func (s Statement) Key() string { return s.Article.ID + "@" + strconv.Itoa(s.Quote.Span.Start) }

// Hash is a short hash of the statement's text.
func (s Statement) Hash() string { return Hash(s.Quote.Text) }

// Hash returns the FNV-1a 64-bit hash of text in hex.
func Hash(text string) string {
	h := fnv.New64a()
	h.Write([]byte(text))
	return fmt.Sprintf("%016x", h.Sum64())
}

// Collect extracts the statements of Reuters reut2-000..017 and the BBC
// files outside the sealed quarter, as `search quotes` would: persons from
// entities, speakers guessed only for articles with no persons.
func Collect(corpora string) ([]Statement, error) {
	ext, err := entities.New(entities.Options{})
	if err != nil {
		return nil, err
	}
	var arts []*archive.Article
	for i := 0; i <= 17; i++ {
		docs, err := eval.ReadReuters(filepath.Join(corpora, "reuters21578", fmt.Sprintf("reut2-%03d.sgm", i)))
		if err != nil {
			return nil, err
		}
		for j := range docs {
			arts = append(arts, &docs[j].Article)
		}
	}
	bbc, err := eval.ReadBBC(filepath.Join(corpora, "bbc"))
	if err != nil {
		return nil, err
	}
	for j := range bbc {
		if bbc[j].Number%4 == 0 { // sealed
			continue
		}
		arts = append(arts, &bbc[j].Article)
	}
	var out []Statement
	for _, a := range arts {
		if a.Body == "" {
			continue
		}
		ext.Extract(a)
		for _, q := range quotes.Extract(a.Body, quotes.Options{Persons: a.Persons, Guess: len(a.Persons) == 0}) {
			out = append(out, Statement{Article: a, Quote: q})
		}
	}
	return out, nil
}

// Sample returns n statements drawn with seed, half from Reuters and half
// from BBC, leaving out the keys in skip.
func Sample(all []Statement, seed uint64, n int, skip map[string]bool) []Statement {
	var reuters, bbc []Statement
	for _, s := range all {
		if skip[s.Key()] {
			continue
		}
		if strings.HasPrefix(s.Article.ID, "bbc-") {
			bbc = append(bbc, s)
		} else {
			reuters = append(reuters, s)
		}
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	r.Shuffle(len(reuters), func(i, j int) { reuters[i], reuters[j] = reuters[j], reuters[i] })
	r.Shuffle(len(bbc), func(i, j int) { bbc[i], bbc[j] = bbc[j], bbc[i] })
	out := append(reuters[:min(n-n/2, len(reuters))], bbc[:min(n/2, len(bbc))]...)
	slices.SortStableFunc(out, func(a, b Statement) int { return strings.Compare(a.Article.ID, b.Article.ID) })
	return out
}

// Verdicts of a judged statement.
const (
	Right        = "right"         // a statement, made by the person it is attributed to
	WrongSpeaker = "wrong-speaker" // someone else said it, or nobody can tell who
	NotStatement = "not-statement" // an opening phrase, a citation, the writer's words
)

// Verdict is one line of the verdicts file.
type Verdict struct {
	Sample  string // "dev" or "check"
	Key     string // Statement.Key
	Hash    string // Statement.Hash at judging time
	Person  string // the speaker judged
	Verdict string
	Line    int
}

// ReadVerdicts reads a verdicts file: tab-separated sample, key, hash,
// person, verdict; # starts a comment.
func ReadVerdicts(path string) ([]Verdict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read verdicts: %w", err)
	}
	defer f.Close()
	var out []Verdict
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			return nil, fmt.Errorf("%s:%d: want 5 tab-separated columns (sample, key, hash, person, verdict), got %d", path, n, len(c))
		}
		if c[4] != Right && c[4] != WrongSpeaker && c[4] != NotStatement {
			return nil, fmt.Errorf("%s:%d: verdict %q is not %s, %s or %s", path, n, c[4], Right, WrongSpeaker, NotStatement)
		}
		out = append(out, Verdict{Sample: c[0], Key: c[1], Hash: c[2], Person: c[3], Verdict: c[4], Line: n})
	}
	return out, sc.Err()
}

// Score is the precision of one sample against the current extractor.
type Score struct {
	Sample string
	// Judged is the number of judged statements the extractor still
	// makes with the judged speaker; Right of them were right.
	Judged, Right int
	// Changed are statements now given to another speaker (judge again);
	// Gone are statements the extractor no longer makes (no longer a
	// risk: an unattributed statement is not a wrong one).
	Changed, Gone []Verdict
	// Wrong are the statements judged wrong that the extractor still makes.
	Wrong []Verdict
}

// Precision is Right / Judged.
func (s Score) Precision() float64 {
	if s.Judged == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Judged)
}

// Rescore compares the verdicts of sample with the statements of all.
func Rescore(all []Statement, verdicts []Verdict, sample string) Score {
	byKey := map[string]Statement{}
	for _, s := range all {
		byKey[s.Key()] = s
	}
	sc := Score{Sample: sample}
	for _, v := range verdicts {
		if v.Sample != sample {
			continue
		}
		s, ok := byKey[v.Key]
		switch {
		case !ok:
			sc.Gone = append(sc.Gone, v)
		case s.Quote.Person != v.Person:
			sc.Changed = append(sc.Changed, v)
		default:
			sc.Judged++
			if v.Verdict == Right {
				sc.Right++
			} else {
				sc.Wrong = append(sc.Wrong, v)
			}
		}
	}
	return sc
}
