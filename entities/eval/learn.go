package eval

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"

	"chancery/entities"
)

// LearnOptions configure LearnTopLevel.
type LearnOptions struct {
	MinDocs  int     // a word must occur in this many articles of a category; default 5
	MinScore float64 // and have at least this log-odds; default 1.5
	PerTopic int     // words kept per topic; default 300
}

// LearnTopLevel derives the learned top-level word weights (the file
// entities/data/toplevel.tsv) from the BBC articles of the dev split only:
// for each category and each word, the log-odds of the share of the
// category's articles that contain the word against the share of the other
// categories' articles. It returns the file's text: single words with
// weights, no text of the corpus.
func LearnTopLevel(x *entities.Extractor, corpora string, opts LearnOptions) (string, error) {
	if opts.MinDocs == 0 {
		opts.MinDocs = 5
	}
	if opts.MinScore == 0 {
		opts.MinScore = 1.5
	}
	if opts.PerTopic == 0 {
		opts.PerTopic = 300
	}
	docs, err := ReadBBC(filepath.Join(corpora, "bbc"))
	if err != nil {
		return "", err
	}
	df := map[string]map[string]int{} // category -> word -> docs
	n := map[string]int{}
	total := map[string]int{}
	for _, d := range docs {
		if !InBBCSplit(d.Number, Dev) {
			continue
		}
		n[d.Category]++
		if df[d.Category] == nil {
			df[d.Category] = map[string]int{}
		}
		for _, w := range x.TopicWords(&d.Article) {
			if !learnable(w) {
				continue
			}
			df[d.Category][w]++
			total[w]++
		}
	}
	all := 0
	for _, c := range n {
		all += c
	}
	cats := make([]string, 0, len(n))
	for c := range n {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	var b strings.Builder
	b.WriteString("# Learned top-level topic words: label<TAB>word:log-odds;... (stemmed words).\n")
	b.WriteString("# Generated from the BBC dev split (odd file numbers) by\n")
	b.WriteString("#   go run ./cmd/evaluate --learn-topics entities/data/toplevel.tsv\n")
	b.WriteString(fmt.Sprintf("# min docs %d, min log-odds %.2f, %d words per topic.\n", opts.MinDocs, opts.MinScore, opts.PerTopic))
	for _, c := range cats {
		type ws struct {
			w string
			s float64
		}
		var list []ws
		for w, k := range df[c] {
			if k < opts.MinDocs {
				continue
			}
			other := total[w] - k
			s := math.Log((float64(k)+0.5)/(float64(n[c])+1)) - math.Log((float64(other)+0.5)/(float64(all-n[c])+1))
			if s >= opts.MinScore {
				list = append(list, ws{w, s})
			}
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].s != list[j].s {
				return list[i].s > list[j].s
			}
			return list[i].w < list[j].w
		})
		if len(list) > opts.PerTopic {
			list = list[:opts.PerTopic]
		}
		sort.Slice(list, func(i, j int) bool { return list[i].w < list[j].w })
		parts := make([]string, len(list))
		for i, e := range list {
			parts[i] = fmt.Sprintf("%s:%.2f", e.w, e.s)
		}
		b.WriteString(BBCCategoryTopic[c] + "\t" + strings.Join(parts, ";") + "\n")
	}
	return b.String(), nil
}

func learnable(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
