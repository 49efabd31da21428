package service

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"chancery/archive"
)

// Citations.
//
// A citation names the source (as given at ingest or read from the page;
// else the URL's host; else "source unknown"), the date or "n.d.", the
// headline (the first line of the body when the record has no title),
// then the URL (http or https only), else the archive id, and the original: the file (and line
// or record) the article was read from, and a Reuters story's NEWID.
//
//	Chancery Wire, 2004-07-26, "Russia offers Iraq help on debt, rules out troops". Chancery id cw-2004-0355. Original: wire-2003-2005.jsonl#12.

// headline returns the article's title, else the first line of its body
// (at most 120 characters), else "untitled".
func headline(a *archive.Article) string {
	if t := strings.TrimSpace(a.Title); t != "" {
		return t
	}
	for line := range strings.Lines(a.Body) {
		if line = strings.TrimSpace(line); line != "" {
			return Clip(line, 120)
		}
	}
	return "untitled"
}

// citeURL returns the article's address when it is one a reader can
// follow (an absolute http or https URL), else "": a page may name any
// string as its canonical address (javascript:, a relative path), and a
// citation carries none of those.
func citeURL(a *archive.Article) string {
	u, err := url.Parse(strings.TrimSpace(a.URL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// citeSource returns the source to cite: the article's, else its URL's
// host, else "".
func citeSource(a *archive.Article) string {
	if a.Source != "" {
		return a.Source
	}
	if u, err := url.Parse(citeURL(a)); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return ""
}

// original says where the article was read from: its origin (file and
// line or record) and, for a Reuters story, its NEWID.
func original(a *archive.Article) string {
	var parts []string
	if a.Origin != "" {
		parts = append(parts, a.Origin)
	}
	if n, ok := strings.CutPrefix(a.ID, "reuters-"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
		parts = append(parts, "Reuters NEWID "+n)
	}
	return strings.Join(parts, ", ")
}

// Cite is the citation line of an article.
func Cite(a *archive.Article) string {
	src := citeSource(a)
	if src == "" {
		src = "source unknown"
	}
	date := a.DateString()
	if date == "" {
		date = "n.d."
	}
	s := fmt.Sprintf("%s, %s, \"%s\".", src, date, headline(a))
	if u := citeURL(a); u != "" {
		s += " " + u + "."
	} else {
		s += " Chancery id " + a.ID + "."
	}
	if o := original(a); o != "" {
		s += " Original: " + o + "."
	}
	return s
}

// WriteRIS writes the articles as RIS records (TY NEWS), for reference
// managers (Zotero, EndNote, Mendeley).
func WriteRIS(w io.Writer, arts []*archive.Article) error {
	for _, a := range arts {
		var b strings.Builder
		tag := func(t, v string) {
			if v = strings.TrimSpace(oneLineText(v)); v != "" {
				fmt.Fprintf(&b, "%s  - %s\r\n", t, v)
			}
		}
		tag("TY", "NEWS")
		tag("TI", headline(a))
		tag("T2", citeSource(a))
		if !a.Date.IsZero() {
			tag("PY", a.Date.Format("2006"))
			tag("DA", a.Date.Format("2006/01/02"))
		}
		tag("AU", a.Byline)
		tag("UR", citeURL(a))
		tag("AN", a.ID)
		tag("LA", a.Language)
		if o := original(a); o != "" {
			tag("N1", "Original: "+o)
		}
		for _, k := range a.Topics {
			tag("KW", k)
		}
		b.WriteString("ER  - \r\n\r\n")
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// WriteBibTeX writes the articles as BibTeX @misc entries keyed by their
// archive ids (biblatex reads date and url).
func WriteBibTeX(w io.Writer, arts []*archive.Article) error {
	for _, a := range arts {
		var b strings.Builder
		fmt.Fprintf(&b, "@misc{%s,\n", bibKey(a.ID))
		field := func(k, v string) {
			if v = strings.TrimSpace(oneLineText(v)); v != "" {
				fmt.Fprintf(&b, "  %s = {%s},\n", k, bibEscape(v))
			}
		}
		field("title", headline(a))
		field("howpublished", citeSource(a))
		field("author", a.Byline)
		if !a.Date.IsZero() {
			field("year", a.Date.Format("2006"))
			field("month", strings.ToLower(a.Date.Format("Jan")))
			field("date", a.Date.Format("2006-01-02"))
		}
		field("url", citeURL(a))
		note := "Chancery id " + a.ID
		if o := original(a); o != "" {
			note += "; original: " + o
		}
		field("note", note)
		b.WriteString("}\n\n")
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// bibKey makes a BibTeX key of an id: letters, digits and -_:. only.
func bibKey(id string) string {
	var b strings.Builder
	for _, r := range id {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_:.", r)) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "article"
	}
	return b.String()
}

// bibEscape escapes the characters BibTeX gives a meaning to, and keeps
// braces balanced.
func bibEscape(s string) string {
	r := strings.NewReplacer(`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "&", `\&`, "%", `\%`, "$", `\$`, "#", `\#`, "_", `\_`)
	return r.Replace(s)
}

// oneLineText joins the lines of s with spaces.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }
