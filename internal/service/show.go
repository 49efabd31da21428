package service

import (
	"time"

	"chancery/archive"
	"chancery/index"
)

// Article is an article in full, as `search show` and the web's article
// page answer it.
type Article struct {
	ID        string            `json:"id"`
	Title     string            `json:"title"`
	Date      string            `json:"date"`
	Source    string            `json:"source"`
	URL       string            `json:"url,omitempty"`
	Byline    string            `json:"byline,omitempty"`
	Language  string            `json:"language,omitempty"`
	Dateline  string            `json:"dateline,omitempty"`
	Persons   []string          `json:"persons"`
	Countries []archive.Country `json:"countries"`
	Orgs      []string          `json:"orgs"`
	Topics    []string          `json:"topics"`
	Body      string            `json:"body"`
	Origin    string            `json:"origin,omitempty"`
	Notes     []string          `json:"notes,omitempty"`
	// Inferred lists the persons not named in full in the article but
	// filled in from other articles, with the evidence.
	Inferred []archive.Inference `json:"inferred,omitempty"`
	// Corrected names the fields and tag kinds a librarian corrected:
	// "title", "person", ...
	Corrected []string `json:"corrected,omitempty"`
	// Citation is the article's citation line (Cite), set by a front end
	// that is asked for it (search show --cite).
	Citation string `json:"citation,omitempty"`
}

// Cite returns the citation line of the article, as Cite writes it for
// the stored article.
func (a Article) Cite() string {
	art := archive.Article{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Body: a.Body, Origin: a.Origin}
	if d, err := time.Parse(archive.DateLayout, a.Date); err == nil {
		art.Date = d
	}
	return Cite(&art)
}

// Show returns the articles with the ids, in order. An unknown id is an
// error that wraps archive.ErrNotFound.
func Show(ix *index.Index, ids []string) ([]Article, error) {
	var arts []Article
	for _, id := range ids {
		a, err := ix.Store.Get(id)
		if err != nil {
			return nil, err
		}
		j := articleOf(a)
		if c, err := ix.Store.Correction(id); err == nil {
			j.Corrected = c.Corrected()
		}
		arts = append(arts, j)
	}
	return arts, nil
}

func articleOf(a *archive.Article) Article {
	c := a.Countries
	if c == nil {
		c = []archive.Country{}
	}
	return Article{
		ID: a.ID, Title: a.Title, Date: a.DateString(), Source: a.Source, URL: a.URL, Byline: a.Byline,
		Language: a.Language, Dateline: a.Dateline, Persons: nonNil(a.Persons), Countries: c,
		Orgs: nonNil(a.Orgs), Topics: nonNil(a.Topics), Body: a.Body, Origin: a.Origin, Notes: a.Notes,
		Inferred: a.Inferred,
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
