package index

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrBadQuery wraps query syntax errors; web and CLI callers map it to a
// 400 or a usage error rather than a server failure.
var ErrBadQuery = errors.New("index: bad query")

// Filter fields accepted in the query syntax as field:value.
const (
	FieldSite     = "site"
	FieldSection  = "section"
	FieldAuthor   = "author"
	FieldSpeaker  = "speaker"
	FieldLanguage = "language"
)

// fieldAliases maps every accepted spelling of a filter field to its
// canonical name.
var fieldAliases = map[string]string{
	"site": FieldSite, "site_name": FieldSite,
	"section": FieldSection,
	"author":  FieldAuthor, "authors": FieldAuthor, "by": FieldAuthor,
	"speaker": FieldSpeaker, "speakers": FieldSpeaker,
	"language": FieldLanguage, "lang": FieldLanguage,
}

// maxAliasLen bounds the bytes of a prefix that lowers to a field alias:
// the longest alias in runes, each as long as any rune may be (the Kelvin
// sign lowers to k).
var maxAliasLen = func() int {
	n := 0
	for a := range fieldAliases {
		n = max(n, utf8.RuneCountInString(a))
	}
	return n * utf8.UTFMax
}()

// Node is a node of a parsed query: *Term, *And, *Or or *Not.
type Node interface{ node() }

// Term matches one word or phrase. With Field empty it is free text matched
// against the article text (headline, summary, bullets, body) or, in quote
// search, the quote text. With Field set (one of the Field* constants) it is
// an exact, case-insensitive match of a keyword field.
type Term struct {
	Field  string
	Value  string
	Phrase bool // Value was written in double quotes
}

// And matches when every child matches.
type And struct{ Children []Node }

// Or matches when any child matches.
type Or struct{ Children []Node }

// Not matches when its child does not. A query made only of Nots matches
// every document except the excluded ones.
type Not struct{ Child Node }

func (*Term) node() {}
func (*And) node()  {}
func (*Or) node()   {}
func (*Not) node()  {}

// String renders the node in a canonical, fully parenthesised form; it is
// meant for tests and logs.
func (t *Term) String() string {
	v := t.Value
	if t.Phrase || strings.ContainsAny(v, " \t\"():") || strings.HasPrefix(v, "-") || strings.HasPrefix(v, "+") {
		v = `"` + v + `"`
	}
	if t.Field != "" {
		return t.Field + ":" + v
	}
	return v
}

// String renders the conjunction as "(a AND b)".
func (a *And) String() string { return joinNodes("AND", a.Children) }

// String renders the disjunction as "(a OR b)".
func (o *Or) String() string { return joinNodes("OR", o.Children) }

// String renders the negation as "NOT a".
func (n *Not) String() string { return "NOT " + NodeString(n.Child) }

func joinNodes(op string, ns []Node) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = NodeString(n)
	}
	return "(" + strings.Join(parts, " "+op+" ") + ")"
}

// NodeString renders n (nil renders as "*", the match-all query).
func NodeString(n Node) string {
	if n == nil {
		return "*"
	}
	return n.(fmt.Stringer).String()
}

// MaxQueryLen caps the length of a query text in bytes; longer texts are
// rejected with ErrBadQuery rather than parsed.
const MaxQueryLen = 4096

// maxDepth caps parenthesis nesting so a hostile query cannot exhaust the
// stack.
const maxDepth = 32

// Parse parses the query syntax:
//
//	word            free-text word (all words must match: the default operator is AND)
//	"a phrase"      words in this order
//	a OR b          either (OR binds looser than AND; "|" also works)
//	a AND b         both (same as "a b"; "&&" also works)
//	NOT a, -a       exclude
//	+a              require (same as a)
//	( ... )         grouping
//	field:value     keyword filter; field is site, section, author, speaker
//	field:"v w"     or language (aliases: site_name, authors, by, speakers, lang)
//
// Operators are case-sensitive (AND, OR, NOT) so that the lower-case words
// "and", "or" and "not" stay searchable. Unknown field names are searched as
// ordinary words. An empty or all-blank text parses to nil, meaning "match
// everything". Parse never panics; malformed input yields an error wrapping
// ErrBadQuery (an unclosed quote or parenthesis is closed leniently).
func Parse(text string) (Node, error) {
	if len(text) > MaxQueryLen {
		return nil, fmt.Errorf("%w: query longer than %d bytes", ErrBadQuery, MaxQueryLen)
	}
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("%w: query is not valid UTF-8", ErrBadQuery)
	}
	p := &parser{toks: lex(text)}
	n, err := p.parseOr(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		// Only a stray ")" can stop parseOr early.
		return nil, fmt.Errorf("%w: unexpected %q", ErrBadQuery, p.toks[p.pos].text)
	}
	n = simplify(n)
	if err := checkCost(n); err != nil {
		return nil, err
	}
	return n, nil
}

type tokKind int

const (
	tokWord tokKind = iota
	tokPhrase
	tokField // field name; the value is the next token
	tokAnd
	tokOr
	tokNot
	tokPlus
	tokMinus
	tokLParen
	tokRParen
)

type token struct {
	kind tokKind
	text string
}

// lex splits text into tokens. It is total: every input yields tokens.
func lex(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, token{tokLParen, "("})
			i++
		case r == ')':
			toks = append(toks, token{tokRParen, ")"})
			i++
		case r == '"' || r == '“' || r == '”':
			j := i + size
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if r2 == '"' || r2 == '“' || r2 == '”' {
					break
				}
				j += sz
			}
			toks = append(toks, token{tokPhrase, s[i+size : j]})
			if j < len(s) {
				_, sz := utf8.DecodeRuneInString(s[j:])
				j += sz
			}
			i = j
		case (r == '-' || r == '+') && i+1 < len(s) && !isSpaceByte(s[i+1]) && (i == 0 || isBoundary(s[i-1])):
			if r == '-' {
				toks = append(toks, token{tokMinus, "-"})
			} else {
				toks = append(toks, token{tokPlus, "+"})
			}
			i++
		default:
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) || r2 == '(' || r2 == ')' || r2 == '"' || r2 == '“' || r2 == '”' {
					break
				}
				if r2 == ':' && j > i && j-i <= maxAliasLen {
					// Only a short prefix can name a field: lowering every
					// prefix of a long word of colons is quadratic.
					if f, ok := fieldAliases[strings.ToLower(s[i:j])]; ok {
						toks = append(toks, token{tokField, f})
						i = j + 1
						j = -1
						break
					}
				}
				j += sz
			}
			if j < 0 {
				continue // a field prefix was emitted; lex its value next
			}
			w := s[i:j]
			i = j
			switch w {
			case "AND", "&&":
				toks = append(toks, token{tokAnd, w})
			case "OR", "||", "|":
				toks = append(toks, token{tokOr, w})
			case "NOT", "!":
				toks = append(toks, token{tokNot, w})
			default:
				toks = append(toks, token{tokWord, w})
			}
		}
	}
	return toks
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isBoundary(b byte) bool { return isSpaceByte(b) || b == '(' || b == '+' || b == '-' }

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek() (token, bool) {
	if p.pos >= len(p.toks) {
		return token{}, false
	}
	return p.toks[p.pos], true
}

// parseOr: and ( OR and )*
func (p *parser) parseOr(depth int) (Node, error) {
	var kids []Node
	for {
		n, err := p.parseAnd(depth)
		if err != nil {
			return nil, err
		}
		if n != nil {
			kids = append(kids, n)
		}
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			break
		}
		p.pos++
	}
	switch len(kids) {
	case 0:
		return nil, nil
	case 1:
		return kids[0], nil
	}
	return &Or{Children: kids}, nil
}

// parseAnd: unary ( [AND] unary )*
func (p *parser) parseAnd(depth int) (Node, error) {
	var kids []Node
	for {
		t, ok := p.peek()
		if !ok || t.kind == tokOr || t.kind == tokRParen {
			break
		}
		if t.kind == tokAnd {
			p.pos++
			continue
		}
		n, err := p.parseUnary(depth)
		if err != nil {
			return nil, err
		}
		if n != nil {
			kids = append(kids, n)
		}
	}
	switch len(kids) {
	case 0:
		return nil, nil
	case 1:
		return kids[0], nil
	}
	return &And{Children: kids}, nil
}

// parseUnary: (NOT|-|+)* primary
func (p *parser) parseUnary(depth int) (Node, error) {
	t, ok := p.peek()
	if !ok {
		return nil, nil
	}
	switch t.kind {
	case tokNot, tokMinus:
		p.pos++
		n, err := p.parseUnary(depth + 1)
		if err != nil || n == nil {
			return nil, err
		}
		if inner, ok := n.(*Not); ok {
			return inner.Child, nil
		}
		return &Not{Child: n}, nil
	case tokPlus:
		p.pos++
		return p.parseUnary(depth + 1)
	}
	return p.parsePrimary(depth)
}

func (p *parser) parsePrimary(depth int) (Node, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%w: nesting deeper than %d", ErrBadQuery, maxDepth)
	}
	t := p.toks[p.pos]
	p.pos++
	switch t.kind {
	case tokWord:
		return &Term{Value: t.text}, nil
	case tokPhrase:
		v := strings.Join(strings.Fields(t.text), " ")
		if v == "" {
			return nil, nil
		}
		return &Term{Value: v, Phrase: true}, nil
	case tokField:
		v, ok := p.peek()
		if !ok || (v.kind != tokWord && v.kind != tokPhrase) {
			return nil, fmt.Errorf("%w: %s: needs a value", ErrBadQuery, t.text)
		}
		p.pos++
		val := strings.Join(strings.Fields(v.text), " ")
		if val == "" {
			return nil, fmt.Errorf("%w: %s: needs a value", ErrBadQuery, t.text)
		}
		return &Term{Field: t.text, Value: val}, nil
	case tokLParen:
		n, err := p.parseOr(depth + 1)
		if err != nil {
			return nil, err
		}
		if c, ok := p.peek(); ok && c.kind == tokRParen {
			p.pos++
		}
		return n, nil
	case tokRParen:
		return nil, fmt.Errorf("%w: unbalanced \")\"", ErrBadQuery)
	case tokAnd, tokOr:
		// A dangling operator ("a AND", "OR b") is dropped.
		return nil, nil
	}
	return nil, fmt.Errorf("%w: unexpected %q", ErrBadQuery, t.text)
}

// simplify flattens nested Ands and Ors of the same kind.
func simplify(n Node) Node {
	switch n := n.(type) {
	case *And:
		var kids []Node
		for _, c := range n.Children {
			c = simplify(c)
			if a, ok := c.(*And); ok {
				kids = append(kids, a.Children...)
			} else {
				kids = append(kids, c)
			}
		}
		return &And{Children: kids}
	case *Or:
		var kids []Node
		for _, c := range n.Children {
			c = simplify(c)
			if o, ok := c.(*Or); ok {
				kids = append(kids, o.Children...)
			} else {
				kids = append(kids, c)
			}
		}
		return &Or{Children: kids}
	case *Not:
		return &Not{Child: simplify(n.Child)}
	}
	return n
}

// Normalize returns the query with defaults applied: Limit 20 when unset
// (capped at MaxLimit), From not negative, and the sort order: when unset,
// relevance if the text has free-text words and newest first otherwise
// (with no words there is no relevance to rank by); SortDate becomes
// SortNewest.
func (q Query) Normalize() Query {
	if q.Limit <= 0 {
		q.Limit = DefaultLimit
	}
	if q.Limit > MaxLimit {
		q.Limit = MaxLimit
	}
	if q.From < 0 {
		q.From = 0
	}
	switch q.Sort {
	case "":
		q.Sort = SortNewest
		if n, err := Parse(q.Text); err == nil && HasFreeText(n) {
			q.Sort = SortRelevance
		}
	case SortDate:
		q.Sort = SortNewest
	}
	return q
}

// HasFreeText reports whether n has a free-text word or phrase that is not
// negated: something relevance can rank by.
func HasFreeText(n Node) bool {
	switch n := n.(type) {
	case *Term:
		return n.Field == ""
	case *And:
		for _, c := range n.Children {
			if HasFreeText(c) {
				return true
			}
		}
	case *Or:
		for _, c := range n.Children {
			if HasFreeText(c) {
				return true
			}
		}
	}
	return false
}

// NameFilters lists the name filters of q: the structured ones (Site,
// Author, Speaker) and the field:value terms of the text that are not
// negated, in that order. A page or the CLI asks for suggestions for them
// when a search finds nothing.
func (q Query) NameFilters() []*Term {
	var out []*Term
	for _, t := range q.Filters() {
		if IsNameField(t.Field) {
			out = append(out, t)
		}
	}
	n, _ := Parse(q.Text)
	var walk func(Node)
	walk = func(n Node) {
		switch n := n.(type) {
		case *Term:
			if IsNameField(n.Field) {
				out = append(out, n)
			}
		case *And:
			for _, c := range n.Children {
				walk(c)
			}
		case *Or:
			for _, c := range n.Children {
				walk(c)
			}
		}
	}
	walk(n)
	return out
}

// IsNameField reports whether field (a Field* constant) is matched as a
// name (see Query): site, author and speaker.
func IsNameField(field string) bool {
	return field == FieldSite || field == FieldAuthor || field == FieldSpeaker
}

// DefaultLimit is the page size when Query.Limit is 0; MaxLimit caps it.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
)

// Filters returns the structured filters of q (Site, Section, Author,
// Speaker, Language) as Terms, in a fixed order, for backends to AND with
// the parsed text.
func (q Query) Filters() []*Term {
	var ts []*Term
	for _, f := range []struct{ field, v string }{
		{FieldSite, q.Site}, {FieldSection, q.Section}, {FieldAuthor, q.Author},
		{FieldSpeaker, q.Speaker}, {FieldLanguage, q.Language},
	} {
		if v := strings.TrimSpace(f.v); v != "" {
			ts = append(ts, &Term{Field: f.field, Value: v})
		}
	}
	return ts
}

// MonthKey formats a publication month the way facets report it: "2006-01".
const MonthKey = "2006-01"

// DayKey formats a publication day the way timelines report it: "2006-01-02".
const DayKey = "2006-01-02"
