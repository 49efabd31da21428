package web

import (
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article text is hostile input. The templates escape every string; the
// functions here are the only ones that return template.HTML: highlight
// and markEntities escape the article's text before adding their own
// tags, tagLinks and facetItems escape every string as html/template
// would.

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

// The hits' entity links and the facet values are the most repeated parts
// of the search page: made by the template, each value cost several
// escaper calls through reflection (a third of the page's CPU time and
// most of its allocations). They are made here instead, escaped exactly as
// html/template escapes them (TestEscapeAsTemplate compares the two on
// hostile strings).

// escapeText escapes s as html/template escapes a string in HTML text or
// a quoted attribute value (its htmlEscaper and attrEscaper): NUL becomes
// U+FFFD and " & ' + < > character references. These are all ASCII, so
// the bytes of other UTF-8 characters, and invalid bytes, pass unchanged,
// as they do there.
func escapeText(b *strings.Builder, s string) {
	written := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		b.WriteString(s[written:i])
		b.WriteString(repl)
		written = i + 1
	}
	b.WriteString(s[written:])
}

// escapeURLAttr writes u as html/template writes a string in an href
// attribute: a URL with a scheme other than http, https or mailto becomes
// "#ZgotmplZ" (its urlFilter); bytes other than RFC 3986's unreserved and
// reserved characters and valid %-escapes are %-encoded (urlNormalizer);
// then escapeText (attrEscaper).
func escapeURLAttr(b *strings.Builder, u string) {
	if scheme, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		u = "#ZgotmplZ"
	}
	var n strings.Builder
	written := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0:
			continue
		case c == '%' && i+2 < len(u) && isHex(u[i+1]) && isHex(u[i+2]):
			continue
		}
		n.WriteString(u[written:i])
		n.WriteByte('%')
		n.WriteByte("0123456789abcdef"[c>>4])
		n.WriteByte("0123456789abcdef"[c&15])
		written = i + 1
	}
	if written > 0 {
		n.WriteString(u[written:])
		u = n.String()
	}
	escapeText(b, u)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// tagLinks returns the entity links of a hit, as hits.html wrote them:
// `<a class="tag tag-KIND" href="URL">LABEL</a> ` for each.
func tagLinks(kind string, links []link) template.HTML {
	if len(links) == 0 {
		return ""
	}
	var b strings.Builder
	for _, l := range links {
		b.WriteString(`<a class="tag tag-`)
		b.WriteString(kind)
		b.WriteString(`" href="`)
		escapeURLAttr(&b, l.URL)
		b.WriteString(`">`)
		escapeText(&b, l.Label)
		b.WriteString(`</a> `)
	}
	return template.HTML(b.String())
}

// facetItems returns the list items of a facet's values, as search.html
// wrote them.
func facetItems(values []link) template.HTML {
	var b strings.Builder
	for _, l := range values {
		b.WriteString(`<li><a href="`)
		escapeURLAttr(&b, l.URL)
		b.WriteString(`"`)
		if l.Active {
			b.WriteString(` class="active" aria-current="true"`)
		}
		b.WriteString(` aria-label="`)
		escapeText(&b, l.Aria)
		b.WriteString(`"><span class="v">`)
		escapeText(&b, l.Label)
		b.WriteString(`</span> <span class="n">`)
		b.WriteString(strconv.Itoa(l.Count))
		b.WriteString(`</span></a></li>`)
	}
	return template.HTML(b.String())
}
