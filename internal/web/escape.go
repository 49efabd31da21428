package web

import (
	"html/template"
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article text is hostile input. The templates escape every string; the
// two functions here are the only ones that return template.HTML, and both
// escape the article's text before adding their own tags.

const (
	markOpen  = "<mark>"
	markClose = "</mark>"
)

// highlight escapes a snippet and turns the search's match marks (the
// <mark> and </mark> the JSON output puts around matched words) back into
// tags. Marks are restored only as balanced pairs, so that a mark written
// in the article text itself cannot leave one open.
func highlight(snippet string) template.HTML {
	esc := template.HTMLEscapeString(snippet)
	eo, ec := template.HTMLEscapeString(markOpen), template.HTMLEscapeString(markClose)
	var b strings.Builder
	for {
		i := strings.Index(esc, eo)
		if i < 0 {
			break
		}
		j := strings.Index(esc[i+len(eo):], ec)
		if j < 0 {
			break
		}
		b.WriteString(esc[:i])
		b.WriteString(markOpen)
		b.WriteString(esc[i+len(eo) : i+len(eo)+j])
		b.WriteString(markClose)
		esc = esc[i+len(eo)+j+len(ec):]
	}
	b.WriteString(esc)
	return template.HTML(b.String())
}

// safeURL returns u when it is an absolute http or https URL, else "".
// Links to the article's original page go through it.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// entity is a name to mark in an article's text, linked to its filter.
type entity struct {
	Name, Kind, URL string
}

// markEntities escapes text and links each whole-word occurrence of the
// entities' names to their filter. Longer names win over names inside
// them ("United States" over "States").
func markEntities(text string, ents []entity) template.HTML {
	type span struct {
		start, end int
		e          entity
	}
	sorted := append([]entity(nil), ents...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i].Name) > len(sorted[j].Name) })
	taken := make([]bool, len(text))
	var spans []span
	for _, e := range sorted {
		if len(e.Name) < 2 {
			continue
		}
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], e.Name)
			if i < 0 {
				break
			}
			s, t := from+i, from+i+len(e.Name)
			from = t
			if !wordEdge(text, s, t) {
				continue
			}
			free := true
			for k := s; k < t; k++ {
				if taken[k] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for k := s; k < t; k++ {
				taken[k] = true
			}
			spans = append(spans, span{s, t, e})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		b.WriteString(template.HTMLEscapeString(text[at:sp.start]))
		b.WriteString(`<a class="ent ent-` + template.HTMLEscapeString(sp.e.Kind) + `" href="` + template.HTMLEscapeString(sp.e.URL) + `" title="` + template.HTMLEscapeString(sp.e.Kind+" filter") + `">`)
		b.WriteString(template.HTMLEscapeString(text[sp.start:sp.end]))
		b.WriteString("</a>")
		at = sp.end
	}
	b.WriteString(template.HTMLEscapeString(text[at:]))
	return template.HTML(b.String())
}

// wordEdge reports whether text[s:t] is not part of a longer word.
func wordEdge(text string, s, t int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if t < len(text) {
		r, _ := utf8.DecodeRuneInString(text[t:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
