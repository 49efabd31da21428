package query

import (
	"strconv"
	"strings"
	"time"
)

// Node is a parsed query. String renders it in a canonical form of the query
// language: parsing that form again gives a node with the same String.
type Node interface{ String() string }

// And matches documents that match every one of Nodes. Words written side by
// side are joined by an And, as are words joined by AND.
type And struct{ Nodes []Node }

// Or matches documents that match at least one of Nodes.
type Or struct{ Nodes []Node }

// Not matches documents that do not match Node (NOT x, -x).
type Not struct{ Node Node }

// All matches every document: the empty query, or a lone "*".
type All struct{}

// Word is one word: a free-text word when Field is "" or a text field, a
// whole value of a keyword field (person, country, org, topic, source)
// otherwise. Prefix is set for a trailing "*" (diplomat*), which Text
// does not hold.
type Word struct {
	Field  string // "" for all text fields, else one of the names in Fields
	Text   string
	Prefix bool
	// Fuzzy is the number of edits a matching word may differ by (word~N;
	// word~ is word~1 up to five letters, word~2 beyond), 0 for the word
	// itself. Text fields only.
	Fuzzy int
}

// Phrase is a quoted run of words that must occur together and in order in
// one text field, or, on a keyword field, one whole value
// (person:"Sergei Lavrov").
type Phrase struct {
	Field string
	Text  string
}

// Near is a proximity query, "Lavrov Zebari"~10: all the words of Text occur
// in one text field, in any order, with at most Within other words in the
// stretch of text that holds them.
type Near struct {
	Field  string
	Text   string
	Within int
}

// Date restricts the article date to the half-open interval [From, To), in
// UTC. A zero From or To leaves that end open; they are never both zero.
// Expr is the value as written after "date:" (2004-07..2004-12, >=2003).
type Date struct {
	Expr     string
	From, To time.Time
}

// Query field names a query may put before a colon. Field names are matched
// without regard to case.
const (
	FieldTitle   = "title"
	FieldBody    = "body"
	FieldPerson  = "person"
	FieldCountry = "country"
	FieldOrg     = "org"
	FieldTopic   = "topic"
	FieldSource  = "source"
	FieldNote    = "note"
	FieldDate    = "date"
)

// Fields lists the query field names, text fields first, then keyword
// fields, then date.
var Fields = []string{FieldTitle, FieldBody, FieldPerson, FieldCountry, FieldOrg, FieldTopic, FieldSource, FieldNote, FieldDate}

// IsText reports whether a Word, Phrase or Near on field searches analysed
// text: "" (every text field), title or body. The other fields except date
// hold keyword values.
func IsText(field string) bool {
	return field == "" || field == FieldTitle || field == FieldBody
}

func (n *And) String() string {
	parts := make([]string, len(n.Nodes))
	for i, c := range n.Nodes {
		switch c.(type) {
		case *Or, *And:
			parts[i] = "(" + c.String() + ")"
		default:
			parts[i] = c.String()
		}
	}
	return strings.Join(parts, " ")
}

func (n *Or) String() string {
	parts := make([]string, len(n.Nodes))
	for i, c := range n.Nodes {
		switch c.(type) {
		case *Or, *And:
			parts[i] = "(" + c.String() + ")"
		default:
			parts[i] = c.String()
		}
	}
	return strings.Join(parts, " OR ")
}

func (n *Not) String() string {
	switch n.Node.(type) {
	case *Or, *And:
		return "-(" + n.Node.String() + ")"
	}
	return "-" + n.Node.String()
}

func (*All) String() string { return "*" }

func (n *Word) String() string {
	s := n.Text
	if n.Prefix {
		s += "*"
	}
	if n.Fuzzy > 0 {
		s += "~" + strconv.Itoa(n.Fuzzy)
	}
	if n.Field != "" {
		return n.Field + ":" + s
	}
	if isOperator(s) {
		// A bare AND would read as the operator again; quoted it is the word.
		return `"` + s + `"`
	}
	return s
}

func (n *Phrase) String() string {
	return fieldPrefix(n.Field) + `"` + n.Text + `"`
}

func (n *Near) String() string {
	return fieldPrefix(n.Field) + `"` + n.Text + `"~` + strconv.Itoa(n.Within)
}

func (n *Date) String() string { return FieldDate + ":" + n.Expr }

func fieldPrefix(f string) string {
	if f == "" {
		return ""
	}
	return f + ":"
}

func isOperator(s string) bool { return s == "AND" || s == "OR" || s == "NOT" }

// newAnd joins nodes with AND: nil nodes are left out, nested Ands are
// flattened, and All is dropped when anything else is there. It returns nil
// when nothing is left and the node itself when one is.
func newAnd(nodes []Node) Node {
	var out []Node
	all := false
	for _, n := range nodes {
		switch n := n.(type) {
		case nil:
		case *All:
			all = true
		case *And:
			out = append(out, n.Nodes...)
		default:
			out = append(out, n)
		}
	}
	switch {
	case len(out) == 0 && all:
		return &All{}
	case len(out) == 0:
		return nil
	case len(out) == 1:
		return out[0]
	}
	return &And{Nodes: out}
}

// newOr joins nodes with OR: nil nodes are left out, nested Ors are
// flattened, and an All among them makes the whole All.
func newOr(nodes []Node) Node {
	var out []Node
	for _, n := range nodes {
		switch n := n.(type) {
		case nil:
		case *All:
			return n
		case *Or:
			out = append(out, n.Nodes...)
		default:
			out = append(out, n)
		}
	}
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return &Or{Nodes: out}
}
