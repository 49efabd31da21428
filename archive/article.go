package archive

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// DateLayout is the one date format Chancery reads and writes: ISO 8601 days.
const DateLayout = "2006-01-02"

// Article is one dated news article as the archive keeps it.
//
// The input fields (ID to Language) come from a reader; the extracted
// fields (Persons to Roles) are filled by the entities package at ingest and
// can be recomputed with `indexer retag`.
type Article struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Date     time.Time `json:"-"` // zero when the input gave no usable date
	Body     string    `json:"body"`
	Source   string    `json:"source,omitempty"`
	URL      string    `json:"url,omitempty"`
	Byline   string    `json:"byline,omitempty"`
	Language string    `json:"language,omitempty"`
	// Dateline is the place line of a wire story ("MOSCOW, July 24 -"), when
	// the input has one apart from the body. Extraction weights it as the
	// story's location.
	Dateline string `json:"dateline,omitempty"`

	Persons   []string  `json:"persons,omitempty"`
	Countries []Country `json:"countries,omitempty"`
	Orgs      []string  `json:"orgs,omitempty"`
	Topics    []string  `json:"topics,omitempty"`
	// Inferred lists the persons of Persons that the article does not name
	// in full: a partial name ("Baker") filled in from other articles of
	// the archive ("James Baker"), with the evidence. A person not listed
	// here is named in the article itself.
	Inferred []Inference `json:"inferred,omitempty"`

	// Origin says where the article was read from: "path:line" or
	// "path#record". It is kept for librarians, not indexed.
	Origin string `json:"origin,omitempty"`
	// Notes lists problems found while reading that did not reject the
	// article (for example "no date found").
	Notes []string `json:"notes,omitempty"`
	// Exported is set when the article was read from a line of `indexer
	// export` (one with an "origin"): what the exporting archive held. It
	// is not stored: an ingest compares it with the archive (an edited
	// line is a correction, a tag that differs is reported).
	Exported *Exported `json:"-"`
}

// Exported is what an export line says beyond its input fields: where the
// article was first read from, and its tags as the exporting archive had
// them.
type Exported struct {
	Origin    string
	Persons   []string
	Countries []Country
	Orgs      []string
	Topics    []string
	// Correction is the librarian's layer the exporting archive had (its
	// fields already applied to the line's), nil when none.
	Correction *Correction
}

// Inference records a person's name that was filled in from other
// articles: Person (as in Article.Persons) stands for From, the name as the
// article writes it, and Evidence says where the full name came from ("3
// Reuters articles of 1986-1988 name James Baker, e.g. reuters-101; no
// other Baker has more than 1").
type Inference struct {
	Person   string `json:"person"`
	From     string `json:"from"`
	Evidence string `json:"evidence,omitempty"`
}

// InferredPerson returns how person (a name of Persons, compared by Key)
// was inferred, and false when the article names it itself.
func (a *Article) InferredPerson(person string) (Inference, bool) {
	if len(a.Inferred) == 0 {
		return Inference{}, false
	}
	k := Key(person)
	for _, in := range a.Inferred {
		if Key(in.Person) == k {
			return in, true
		}
	}
	return Inference{}, false
}

// Country is a country as extraction names it: its common English short
// name and its ISO 3166 code (alpha-2 for current states, the 4-letter
// ISO 3166-3 code for former ones such as the Soviet Union, "SUHH").
type Country struct {
	Name string `json:"name"`
	Code string `json:"code"`
}

// DateString returns the article's date as YYYY-MM-DD, or "" when it has none.
func (a *Article) DateString() string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format(DateLayout)
}

// CountryNames returns the names of the article's countries in order.
func (a *Article) CountryNames() []string {
	out := make([]string, len(a.Countries))
	for i, c := range a.Countries {
		out[i] = c.Name
	}
	return out
}

// ContentHash identifies an article's input content: ID, title, date, body,
// source, URL, byline, language and dateline. Extracted fields are not part
// of it, so a retag does not change it. It is the hash `indexer verify`
// compares between the store and the index.
func (a *Article) ContentHash() string {
	h := sha256.New()
	for _, s := range []string{a.ID, a.Title, a.DateString(), a.Body, a.Source, a.URL, a.Byline, a.Language, a.Dateline} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Fingerprint identifies everything the index holds of an article: its
// content hash and its extracted persons, countries, organizations and
// topics. A retag that changes the entities changes it; `indexer verify`
// compares it between the store and the index.
func (a *Article) Fingerprint() string {
	h := sha256.New()
	h.Write([]byte(a.ContentHash()))
	for _, list := range [][]string{a.Persons, a.CountryNames(), a.Orgs, a.Topics} {
		h.Write([]byte{1})
		for _, s := range list {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	// only articles with inferred persons hash them, so that the
	// fingerprints of the others stay as they were
	for _, in := range a.Inferred {
		h.Write([]byte{2})
		for _, s := range []string{in.Person, in.From, in.Evidence} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// DeriveID returns a stable id for an article whose input gave none: a
// prefix naming the source (or "doc") and a hash of its title, date and body.
// The same content always gets the same id, so ingesting it again changes
// nothing.
func DeriveID(source, title string, date time.Time, body string) string {
	h := sha256.New()
	d := ""
	if !date.IsZero() {
		d = date.Format(DateLayout)
	}
	for _, s := range []string{title, d, strings.TrimSpace(body)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	prefix := slug(source)
	if prefix == "" {
		prefix = "doc"
	}
	return prefix + "-" + hex.EncodeToString(h.Sum(nil)[:8])
}

// slug lowercases s and keeps letters and digits, joining runs of anything
// else with single dashes, at most 24 bytes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 24 {
			break
		}
	}
	return b.String()
}
