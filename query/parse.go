package query

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"chancery/archive"
)

// Limits of the language. A query beyond them is a *SyntaxError, so that a
// hostile or mistyped query cannot make Parse recurse without bound or ask
// the index for an absurd proximity.
const (
	// maxDepth bounds nesting: parentheses plus NOT, "-" and "+" chains.
	maxDepth = 100
	// MaxWithin is the largest N of a proximity query "a b"~N.
	MaxWithin = 1000
)

// Parse parses a query written in the query language described in the
// package documentation. A blank query, or one whose words hold no letters
// or digits, parses to *All. A malformed query returns a *SyntaxError.
func Parse(s string) (Node, error) {
	src := []rune(s)
	plainQuotes(src)
	p := &parser{lx: lexer{src: src}}
	if err := p.advance(); err != nil {
		return nil, err
	}
	n, err := p.parseOr()
	if err != nil {
		return nil, err
	}
	switch p.tok.kind {
	case tEOF:
	case tRParen:
		return nil, p.errAt(p.tok.col, "unbalanced parenthesis: ) without a matching (")
	default:
		return nil, p.errAt(p.tok.col, "unexpected %s", p.tok.describe())
	}
	if n == nil {
		return &All{}, nil
	}
	return n, nil
}

type tokKind int

const (
	tEOF tokKind = iota
	tWord
	tPhrase
	tField  // "title:", text is the lower-case field name
	tLParen // (
	tRParen // )
	tPlus   // + directly before a term
	tMinus  // - directly before a term
)

type token struct {
	kind  tokKind
	text  string
	col   int  // 1-based rune column of the first rune
	end   int  // column just after the token
	space bool // whitespace (or the start of the query) comes before it
	// literal marks the value part of field:value, which is never an
	// operator.
	literal bool
	// within is N of a proximity phrase "..."~N, or -1; withinCol is the
	// column of its "~".
	within, withinCol int
	// fuzzy is N of a fuzzy word word~N (2 for word~), 0 otherwise.
	fuzzy int
}

func (t token) describe() string {
	switch t.kind {
	case tEOF:
		return "end of query"
	case tPhrase:
		return "phrase"
	case tField:
		return t.text + ":"
	case tLParen:
		return "("
	case tRParen:
		return ")"
	case tPlus:
		return "+"
	case tMinus:
		return "-"
	}
	return strconv.Quote(t.text)
}

// lexer splits a query into tokens on demand, so that errors come out in
// the order of the text.
type lexer struct {
	src     []rune
	pos     int
	pending *token // the value part of a field:value word
}

func isDelim(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"'
}

func (lx *lexer) next() (token, error) {
	if t := lx.pending; t != nil {
		lx.pending = nil
		return *t, nil
	}
	space := lx.pos == 0
	for lx.pos < len(lx.src) && unicode.IsSpace(lx.src[lx.pos]) {
		lx.pos++
		space = true
	}
	col := lx.pos + 1
	if lx.pos >= len(lx.src) {
		return token{kind: tEOF, col: col, end: col, space: space}, nil
	}
	single := func(k tokKind) (token, error) {
		lx.pos++
		return token{kind: k, col: col, end: col + 1, space: space}, nil
	}
	switch c := lx.src[lx.pos]; c {
	case '(':
		return single(tLParen)
	case ')':
		return single(tRParen)
	case '"':
		return lx.phrase(space)
	case '+', '-':
		// A sign is an operator only when a term follows it directly:
		// "Iran - Iraq" keeps "-" as a word of punctuation, which is ignored.
		if lx.pos+1 < len(lx.src) && !unicode.IsSpace(lx.src[lx.pos+1]) && lx.src[lx.pos+1] != ')' {
			if c == '+' {
				return single(tPlus)
			}
			return single(tMinus)
		}
	}
	start := lx.pos
	for lx.pos < len(lx.src) && !isDelim(lx.src[lx.pos]) {
		lx.pos++
	}
	word := lx.src[start:lx.pos]
	if i := indexRune(word, ':'); i > 0 && allLetters(word[:i]) {
		name := strings.ToLower(string(word[:i]))
		if !knownField(name) {
			return token{}, &SyntaxError{Col: col, Msg: fmt.Sprintf(
				"unknown field %q (fields are %s); to search for the word, put it in quotes",
				string(word[:i]), strings.Join(Fields, ", "))}
		}
		ft := token{kind: tField, text: name, col: col, end: col + i + 1, space: space}
		if rest := word[i+1:]; len(rest) > 0 {
			text, fuzzy, err := tilde(rest, ft.end)
			if err != nil {
				return token{}, err
			}
			lx.pending = &token{kind: tWord, text: text, col: ft.end, end: col + len(word), literal: true, fuzzy: fuzzy}
		}
		return ft, nil
	}
	text, fuzzy, err := tilde(word, col)
	if err != nil {
		return token{}, err
	}
	return token{kind: tWord, text: text, col: col, end: col + len(word), space: space, fuzzy: fuzzy}, nil
}

// MaxFuzzy is the largest N of a fuzzy word~N: Bleve's fuzzy term search
// allows at most two edits.
const MaxFuzzy = 2

// autoFuzzy is the N of word~ without a number: one edit for a word of up
// to five letters, two for a longer one (as Elasticsearch's AUTO; two edits
// on "cofee" would match "of").
func autoFuzzy(word string) int {
	if utf8.RuneCountInString(strings.TrimRight(word, "*")) <= 5 {
		return 1
	}
	return MaxFuzzy
}

// tilde splits a word written at column col into its text and the N of a
// fuzzy word~N (word~ is autoFuzzy's; 0 when there is no "~"). A
// "~" elsewhere in a word, or a larger N, is an error rather than a
// silently different search.
func tilde(word []rune, col int) (string, int, error) {
	i := indexRune(word, '~')
	if i < 0 || !hasLetterOrDigit(string(word)) {
		return string(word), 0, nil
	}
	digits := string(word[i+1:])
	if i == 0 || !hasLetterOrDigit(string(word[:i])) || strings.Trim(digits, "0123456789") != "" {
		return "", 0, &SyntaxError{Col: col + i, Msg: `"~" goes at the end of a word (fuzzy: cofee~ or cofee~1) or after a quoted phrase ("Lavrov Zebari"~10)`}
	}
	n := autoFuzzy(string(word[:i]))
	if digits != "" {
		var err error
		if n, err = strconv.Atoi(digits); err != nil || n > MaxFuzzy {
			return "", 0, &SyntaxError{Col: col + i + 1, Msg: fmt.Sprintf("fuzzy %s allows at most %d edits: write %s~1 or %s~2", string(word), MaxFuzzy, string(word[:i]), string(word[:i]))}
		}
	}
	if strings.HasSuffix(string(word[:i]), "*") {
		return "", 0, &SyntaxError{Col: col + i, Msg: "a word cannot be both a prefix (*) and fuzzy (~)"}
	}
	return string(word[:i]), n, nil
}

func (lx *lexer) phrase(space bool) (token, error) {
	open := lx.pos
	col := open + 1
	closing := -1
	for i := open + 1; i < len(lx.src); i++ {
		if lx.src[i] == '"' {
			closing = i
			break
		}
	}
	if closing < 0 {
		return token{}, &SyntaxError{Col: col, Msg: "unclosed quote: a phrase needs a closing \""}
	}
	t := token{kind: tPhrase, text: string(lx.src[open+1 : closing]), col: col, space: space, within: -1}
	lx.pos = closing + 1
	if lx.pos < len(lx.src) && lx.src[lx.pos] == '~' {
		t.withinCol = lx.pos + 1
		lx.pos++
		digits := lx.pos
		for lx.pos < len(lx.src) && lx.src[lx.pos] >= '0' && lx.src[lx.pos] <= '9' {
			lx.pos++
		}
		if lx.pos == digits {
			return token{}, &SyntaxError{Col: t.withinCol, Msg: `"~" needs a number of words after it, as in "Lavrov Zebari"~10`}
		}
		n, err := strconv.Atoi(string(lx.src[digits:lx.pos]))
		if err != nil || n > MaxWithin {
			return token{}, &SyntaxError{Col: t.withinCol + 1, Msg: fmt.Sprintf("proximity %s is too large (at most %d)", string(lx.src[digits:lx.pos]), MaxWithin)}
		}
		t.within = n
	}
	t.end = lx.pos + 1
	return t, nil
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

func allLetters(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return len(rs) > 0
}

func knownField(name string) bool {
	for _, f := range Fields {
		if f == name {
			return true
		}
	}
	return false
}

// hasLetterOrDigit reports whether s holds a letter or number, that is
// something the index's Unicode tokenizer makes a token of. Words without
// one are ignored, as the index ignores them.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

type parser struct {
	lx    lexer
	tok   token // the current, not yet consumed token
	depth int
	field string // the field of an enclosing field group, title:( ... )
}

func (p *parser) advance() error {
	t, err := p.lx.next()
	if err != nil {
		return err
	}
	p.tok = t
	return nil
}

func (p *parser) errAt(col int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Col: col, Msg: fmt.Sprintf(format, args...)}
}

func isOp(t token, op string) bool { return t.kind == tWord && !t.literal && t.text == op }

// ends reports whether t cannot start a term: the end of the query or of a
// group, or a binary operator.
func ends(t token) bool {
	return t.kind == tEOF || t.kind == tRParen || isOp(t, "OR") || isOp(t, "AND")
}

// parseOr: and { "OR" and }
func (p *parser) parseOr() (Node, error) {
	if isOp(p.tok, "OR") || isOp(p.tok, "AND") {
		return nil, p.errAt(p.tok.col, "%s needs a term before it", p.tok.text)
	}
	first, err := p.parseAnd()
	if err != nil {
		return nil, err
	}
	nodes := []Node{first}
	for isOp(p.tok, "OR") {
		op := p.tok
		if err := p.advance(); err != nil {
			return nil, err
		}
		if ends(p.tok) {
			return nil, p.errAt(op.col, "OR needs a term after it")
		}
		n, err := p.parseAnd()
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, n)
	}
	return newOr(nodes), nil
}

// parseAnd: unary { ["AND"] unary }
func (p *parser) parseAnd() (Node, error) {
	var nodes []Node
	units := 0
	for {
		t := p.tok
		if t.kind == tEOF || t.kind == tRParen || isOp(t, "OR") {
			break
		}
		if isOp(t, "AND") {
			if units == 0 {
				return nil, p.errAt(t.col, "AND needs a term before it")
			}
			if err := p.advance(); err != nil {
				return nil, err
			}
			if ends(p.tok) {
				return nil, p.errAt(t.col, "AND needs a term after it")
			}
			continue
		}
		n, err := p.parseUnary(false)
		if err != nil {
			return nil, err
		}
		units++
		nodes = append(nodes, n)
	}
	return newAnd(nodes), nil
}

// parseUnary: ("NOT" | "-" | "+") unary | primary. After a sign, AND, OR
// and NOT are words: "-NOT" excludes the word "not".
func (p *parser) parseUnary(signed bool) (Node, error) {
	t := p.tok
	var neg bool
	switch {
	case !signed && isOp(t, "NOT"):
		neg = true
	case t.kind == tMinus:
		neg = true
	case t.kind == tPlus:
	default:
		return p.parsePrimary(signed)
	}
	if err := p.enter(t.col); err != nil {
		return nil, err
	}
	defer p.leave()
	if err := p.advance(); err != nil {
		return nil, err
	}
	if t.kind == tWord && ends(p.tok) {
		return nil, p.errAt(t.col, "NOT needs a term after it")
	}
	n, err := p.parseUnary(t.kind != tWord)
	if err != nil || n == nil || !neg {
		return n, err
	}
	return &Not{Node: n}, nil
}

func (p *parser) enter(col int) error {
	p.depth++
	if p.depth > maxDepth {
		return p.errAt(col, "query nested too deeply (more than %d levels)", maxDepth)
	}
	return nil
}

func (p *parser) leave() { p.depth-- }

func (p *parser) parsePrimary(literal bool) (Node, error) {
	t := p.tok
	switch t.kind {
	case tLParen:
		return p.parseGroup()
	case tPhrase:
		if err := p.advance(); err != nil {
			return nil, err
		}
		return p.phraseNode(p.field, t)
	case tField:
		return p.parseField()
	case tWord:
		if !literal && !t.literal && isOperator(t.text) {
			return nil, p.errAt(t.col, "%s needs a term before it", t.text)
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		return p.wordNode(p.field, t)
	case tRParen:
		return nil, p.errAt(t.col, "unbalanced parenthesis: ) without a matching (")
	}
	return nil, p.errAt(t.col, "unexpected %s", t.describe())
}

// parseGroup: "(" or ")"
func (p *parser) parseGroup() (Node, error) {
	open := p.tok
	if err := p.enter(open.col); err != nil {
		return nil, err
	}
	defer p.leave()
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tRParen {
		return nil, p.errAt(open.col, "empty parentheses")
	}
	n, err := p.parseOr()
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tRParen {
		return nil, p.errAt(open.col, "unbalanced parenthesis: ( is never closed")
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	return n, nil
}

// parseField: field ":" (word | phrase | "(" or ")")
func (p *parser) parseField() (Node, error) {
	f := p.tok
	if p.field != "" {
		return nil, p.errAt(f.col, "%s: inside %s:( ): fields cannot be nested", f.text, p.field)
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	v := p.tok
	if v.space || (v.kind != tWord && v.kind != tPhrase && v.kind != tLParen) {
		return nil, p.errAt(f.end, "%s: needs a value right after the colon, as in %s", f.text, example(f.text))
	}
	if f.text == FieldDate {
		switch v.kind {
		case tLParen:
			return nil, p.errAt(v.col, "date:( ) is not supported: write date:2003 OR date:2005")
		case tPhrase:
			if v.within >= 0 {
				return nil, p.errAt(v.withinCol, "proximity needs a text field")
			}
			if err := p.advance(); err != nil {
				return nil, err
			}
			expr := strings.TrimSpace(v.text)
			lead := utf8.RuneCountInString(v.text) - utf8.RuneCountInString(strings.TrimLeftFunc(v.text, unicode.IsSpace))
			return parseDate(expr, v.col+1+lead)
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		return parseDate(v.text, v.col)
	}
	switch v.kind {
	case tLParen:
		p.field = f.text
		n, err := p.parseGroup()
		p.field = ""
		return n, err
	case tPhrase:
		if err := p.advance(); err != nil {
			return nil, err
		}
		return p.phraseNode(f.text, v)
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	return p.wordNode(f.text, v)
}

func example(field string) string {
	switch field {
	case FieldDate:
		return "date:2004-07..2004-12"
	case FieldPerson:
		return `person:"Sergei Lavrov"`
	case FieldCountry:
		return "country:Iraq"
	case FieldTitle, FieldBody:
		return field + `:peacekeeping or ` + field + `:"no fly zone"`
	}
	return field + ":diplomacy"
}

func (p *parser) wordNode(field string, t token) (Node, error) {
	text := strings.TrimRight(t.text, "*")
	prefix := len(text) < len(t.text)
	if IsText(field) {
		if text == "" && field == "" {
			return &All{}, nil
		}
		if !hasLetterOrDigit(text) {
			if field == "" {
				return nil, nil // punctuation: the index has no tokens for it
			}
			return nil, p.errAt(t.col, "%s: value has no letters or digits", field)
		}
		return &Word{Field: field, Text: text, Prefix: prefix, Fuzzy: t.fuzzy}, nil
	}
	if t.fuzzy > 0 {
		e := p.errAt(t.end-1, "fuzzy matching (~) needs a text field; %s: holds whole values", field)
		e.Field, e.Value = field, text
		return nil, e
	}
	if archive.Key(text) == "" {
		return nil, p.errAt(t.col, "%s: value has no letters or digits", field)
	}
	return &Word{Field: field, Text: text, Prefix: prefix}, nil
}

func (p *parser) phraseNode(field string, t token) (Node, error) {
	if IsText(field) && !hasLetterOrDigit(t.text) || !IsText(field) && archive.Key(t.text) == "" {
		if field == "" {
			return nil, nil
		}
		return nil, p.errAt(t.col, "%s: value has no letters or digits", field)
	}
	if t.within >= 0 {
		if !IsText(field) {
			return nil, p.errAt(t.withinCol, "proximity needs a text field; %s: holds whole values", field)
		}
		return &Near{Field: field, Text: t.text, Within: t.within}, nil
	}
	return &Phrase{Field: field, Text: t.text}, nil
}

// parseDate parses the value of date: written at column col.
func parseDate(expr string, col int) (Node, error) {
	d := &Date{Expr: expr}
	at := func(off int) int { return col + utf8.RuneCountInString(expr[:off]) }
	var err error
	switch {
	case expr == "":
		return nil, &SyntaxError{Col: col, Msg: "date: needs a value, as in date:2004-07..2004-12"}
	case strings.HasPrefix(expr, ">="):
		d.From, _, err = period(expr[2:], at(2))
	case strings.HasPrefix(expr, "<="):
		_, d.To, err = period(expr[2:], at(2))
	case strings.HasPrefix(expr, ">"):
		_, d.From, err = period(expr[1:], at(1))
	case strings.HasPrefix(expr, "<"):
		d.To, _, err = period(expr[1:], at(1))
	case strings.Contains(expr, ".."):
		i := strings.Index(expr, "..")
		lo, hi := expr[:i], expr[i+2:]
		if lo == "" && hi == "" {
			return nil, &SyntaxError{Col: col, Msg: "date: a range needs at least one end, as in 2003..2005 or 2003.."}
		}
		if lo != "" {
			if d.From, _, err = period(lo, col); err != nil {
				return nil, err
			}
		}
		if hi != "" {
			if _, d.To, err = period(hi, at(i+2)); err != nil {
				return nil, err
			}
		}
		if lo != "" && hi != "" && !d.From.Before(d.To) {
			return nil, &SyntaxError{Col: col, Msg: fmt.Sprintf("date range %s ends before it starts", expr)}
		}
	default:
		d.From, d.To, err = period(expr, col)
	}
	if err != nil {
		return nil, err
	}
	return d, nil
}

// period parses YYYY, YYYY-MM or YYYY-MM-DD and returns the interval
// [start, end) it covers, in UTC.
func period(s string, col int) (start, end time.Time, err error) {
	start, end, err = Period(s)
	if pe, ok := err.(*periodError); ok {
		msg := pe.msg
		if pe.badLength {
			msg += ", or a range such as 2004-07..2004-12 or >=2003"
		}
		return start, end, &SyntaxError{Col: col, Msg: msg}
	}
	return start, end, err
}
