package service

import (
	"context"
	"fmt"
	"strings"

	"chancery/archive"
	"chancery/index"
	"chancery/quotes"
)

// Defaults of a quotes request.
const (
	QuotesSize  = 50
	QuotesSort  = "date"
	MaxArticles = 2000
)

// QuotesRequest asks for the statements in the articles a search
// matches. Its Search.Persons are speakers: only their statements are
// kept, and only articles that name them are read.
type QuotesRequest struct {
	Search SearchRequest
	// MaxArticles is the most matching articles read (in Sort order).
	MaxArticles int
}

// Quote is one statement with the article it is from.
type Quote struct {
	Person string      `json:"person"`
	Text   string      `json:"text"`
	Kind   quotes.Kind `json:"kind"`
	// Via and Evidence say how the speaker was found and the words that
	// name them (quotes.Quote).
	Via      quotes.Attribution `json:"via"`
	Evidence string             `json:"evidence"`
	ID       string             `json:"id"`
	Date     string             `json:"date"`
	Title    string             `json:"title"`
	Source   string             `json:"source"`
	URL      string             `json:"url,omitempty"`
	// Citation is set when the request asks for citations.
	Citation string `json:"citation,omitempty"`
}

// Quotes is the answer of a quotes request.
type Quotes struct {
	// Total is the number of statements found in the articles read.
	Total int `json:"total"`
	// Articles is the number of matching articles read (one copy of each
	// near-duplicate story unless all versions are asked for); Matched
	// the number of articles that match.
	Articles int    `json:"articles"`
	Matched  uint64 `json:"matched"`
	// Truncated says that MaxArticles stopped the reading early.
	Truncated bool    `json:"truncated,omitempty"`
	Quotes    []Quote `json:"quotes"`
	// First is the number of statements before this page.
	First int `json:"-"`
	// Notes say how the request was read ("person "Lavrov" read as
	// "Sergei Lavrov""), as a search's JSON does.
	Notes []string `json:"notes,omitempty"`
}

// prepare checks r and returns its index request: the speakers narrow
// the articles by text, not by the persons extracted.
func (r QuotesRequest) prepare() (index.Request, error) {
	if r.MaxArticles < 1 {
		return index.Request{}, invalid("max-articles", "%s must be 1 or more, not %d", Param("max-articles"), r.MaxArticles)
	}
	s := r.Search
	s.Persons = nil
	req, err := s.Prepare()
	if err != nil {
		return req, err
	}
	req.Query = quotesQuery(r.Search.Query, r.Search.Persons)
	return req, nil
}

// CheckQuotes returns the error QuoteStatements would return for r before
// it reads the archive.
func CheckQuotes(r QuotesRequest) error {
	_, err := r.prepare()
	return err
}

// QuoteStatements returns the statements in the articles r matches.
func QuoteStatements(ctx context.Context, ix *index.Index, r QuotesRequest) (*Quotes, error) {
	req, err := r.prepare()
	if err != nil {
		return nil, err
	}
	speakers := r.Search.Persons
	resolved, err := ix.ResolveRequest(ctx, &req)
	if err != nil {
		return nil, err
	}
	ids, matched, err := ix.IDs(ctx, req, r.MaxArticles)
	if err != nil {
		return nil, err
	}
	out := &Quotes{Articles: len(ids), Matched: matched, Quotes: []Quote{}, Notes: index.Notes(resolved)}
	out.Truncated = len(ids) >= r.MaxArticles && matched > uint64(len(ids))
	var all []Quote
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := ix.Store.Get(id)
		if err != nil {
			return nil, fmt.Errorf("quotes: %w: %w", index.ErrDisagree, err)
		}
		for _, q := range quotes.Extract(a.Body, quotes.Options{Persons: a.Persons, Guess: len(a.Persons) == 0}) {
			if len(speakers) > 0 && !speakerMatches(q.Person, speakers) {
				continue
			}
			qj := Quote{Person: q.Person, Text: q.Text, Kind: q.Kind, Via: q.Via, Evidence: q.Evidence, ID: a.ID, Date: a.DateString(), Title: a.Title, Source: a.Source, URL: a.URL}
			if r.Search.Cite {
				qj.Citation = Cite(a)
			}
			all = append(all, qj)
		}
	}
	out.Total = len(all)
	from := min(req.Offset, len(all))
	to := min(from+r.Search.Size, len(all))
	out.First = from
	out.Quotes = append(out.Quotes, all[from:to]...)
	return out, nil
}

// quotesQuery narrows the user's query to articles that name one of the
// speakers: by the extracted person, or by the surname in the text (the
// persons list may have missed them).
func quotesQuery(q string, speakers []string) string {
	q = strings.TrimSpace(q)
	if len(speakers) == 0 {
		return q
	}
	var alts []string
	for _, s := range speakers {
		s = strings.Join(strings.Fields(strings.ReplaceAll(s, `"`, " ")), " ")
		if s == "" {
			continue
		}
		f := strings.Fields(s)
		alts = append(alts, `person:"`+s+`"`, `"`+f[len(f)-1]+`"`)
	}
	if len(alts) == 0 {
		return q
	}
	who := "(" + strings.Join(alts, " OR ") + ")"
	if q == "" {
		return who
	}
	return "(" + q + ") " + who
}

// speakerMatches reports whether person is one of the wanted speakers:
// every word of a wanted name is a word of person ("Lavrov" and "Sergei
// Lavrov" both match "Sergei Lavrov"), without regard to case or accents.
func speakerMatches(person string, wanted []string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(person) {
		have[archive.Key(w)] = true
	}
	for _, name := range wanted {
		all := true
		n := 0
		for _, w := range strings.Fields(name) {
			n++
			if !have[archive.Key(w)] {
				all = false
				break
			}
		}
		if all && n > 0 {
			return true
		}
	}
	return false
}
