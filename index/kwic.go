package index

import "strings"

// Matcher finds the words of a text that a search's free-text terms match,
// analysed as the index analyses them, as the snippets do: keyword in
// context (`search --kwic`) shows the sentences around them.
type Matcher struct {
	h *highlighter
}

// Matcher returns the matcher of req's query; it matches nothing when the
// query has no free-text terms (filters only).
func (ix *Index) Matcher(req *Request) (*Matcher, error) {
	_, terms, err := BuildQuery(req)
	if err != nil {
		return nil, err
	}
	return &Matcher{h: newHighlighter(ix, terms, req.Mark, 0)}, nil
}

// Matches returns the byte spans of the matching words of text, in order.
func (m *Matcher) Matches(text string) [][2]int {
	return m.h.matches(text)
}

// Mark returns text[start:end] on one line with the spans inside it
// surrounded by the request's marks.
func (m *Matcher) Mark(text string, start, end int, spans [][2]int) string {
	var b strings.Builder
	pos := start
	for _, sp := range spans {
		if sp[0] < pos || sp[1] > end {
			continue
		}
		b.WriteString(flatten(text[pos:sp[0]]))
		b.WriteString(m.h.pre)
		b.WriteString(text[sp[0]:sp[1]])
		b.WriteString(m.h.post)
		pos = sp[1]
	}
	b.WriteString(flatten(text[pos:end]))
	return strings.TrimSpace(b.String())
}
