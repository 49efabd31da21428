package index

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom" // registers the "custom" analyzer type
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// Names of the analysis pieces Chancery registers with Bleve.
const (
	// TextAnalyzer analyses title and body: Unicode word segmentation,
	// lower case with accents folded, Porter stemming, and no stop words,
	// so that "not", "no" and "US" stay searchable and phrases such as
	// "no fly zone" match word for word.
	TextAnalyzer = "chancery_text"
	// foldFilter lowercases a token and strips combining marks.
	foldFilter = "chancery_fold"
)

// Bleve's analysis registry is global and filled by init functions; this is
// the one place Chancery adds to it.
func init() {
	if err := registry.RegisterTokenFilter(foldFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldTokens{}, nil
	}); err != nil {
		panic(err)
	}
}

// textAnalyzerConfig is the custom analyzer definition put in the mapping.
var textAnalyzerConfig = map[string]interface{}{
	"type":          "custom",
	"tokenizer":     unicodetok.Name,
	"token_filters": []string{foldFilter, porter.Name},
}

// foldTokens lowercases terms and removes accents: "Zébari" -> "zebari".
type foldTokens struct{}

func (foldTokens) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		tok.Term = Fold(tok.Term)
	}
	return in
}

// Fold lowercases term and strips combining marks. It returns term itself
// when nothing changes and a new slice otherwise, never writing into term.
func Fold(term []byte) []byte {
	upper := false
	for _, c := range term {
		if c >= utf8.RuneSelf {
			return foldUnicode(term)
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return term
	}
	out := make([]byte, len(term))
	for i, c := range term {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

func foldUnicode(term []byte) []byte {
	out := make([]byte, 0, len(term))
	for _, r := range norm.NFKD.String(string(term)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		out = utf8.AppendRune(out, unicode.ToLower(r))
	}
	return out
}
