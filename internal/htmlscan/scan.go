// Package htmlscan reads an HTML page as a flat stream of tags and text,
// without building a tree and without golang.org/x/net/html's tokenizer,
// which reads a byte at a time and copies every tag. It exists for the two
// readers that need a few facts from every page the crawler fetches: the
// crawler's links, canonical, robots meta and text hash, and the
// extractor's article-or-listing evidence (extract.Classify). Both run on
// every fetched page before (or instead of) a full parse, so their cost
// counts; the scanner finds markup with bytes.IndexByte and only looks at
// what a caller asks for.
//
// It reads as golang.org/x/net/html's tokenizer does (tested token for
// token on every page of the shared corpora): tag and attribute names are
// case-insensitive; comments (ended by "-->" or "--!>"), doctypes and
// processing instructions are skipped; the content of script, style,
// textarea, title, xmp, iframe, noembed, noframes, noscript and plaintext
// is raw text up to the element's end tag, with the tokenizer's escape
// states in scripts (NotRaw turns this off, as a parser does inside SVG
// and MathML); a tag the input ends inside is dropped. Attribute values
// and text are returned as written: UnescapeAttr and Unescape decode them.
// Every step moves past what it looked at, so any input is read in one
// pass. It does not repair nesting: that is a parser's work.
package htmlscan

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Kind is the kind of a token.
type Kind int

// The token kinds.
const (
	EOF      Kind = iota
	Text          // text between tags, or a raw-text element's content
	StartTag      // <name ...> or <name .../> (see SelfClosing)
	EndTag        // </name>
)

// Scanner reads tokens from a page held in memory.
type Scanner struct {
	src []byte
	pos int

	kind        Kind
	text        []byte // Text: the text
	name        []byte // tags: the name as written
	tag         atom.Atom
	attrs       []byte // start tags: the bytes between the name and '>'
	selfClosing bool
	raw         atom.Atom // a raw-text element was opened: read its content next
	rawName     []byte
}

// New returns a Scanner over src.
func New(src []byte) *Scanner { return &Scanner{src: src} }

// Next reads the next token and returns its kind; EOF at the end.
func (s *Scanner) Next() Kind {
	s.text, s.name, s.attrs, s.tag, s.selfClosing = nil, nil, nil, 0, false
	if s.raw != 0 {
		return s.readRaw()
	}
	for s.pos < len(s.src) {
		if s.src[s.pos] != '<' {
			i := bytes.IndexByte(s.src[s.pos:], '<')
			if i < 0 {
				i = len(s.src) - s.pos
			}
			s.text = s.src[s.pos : s.pos+i]
			s.pos += i
			s.kind = Text
			return Text
		}
		if k, ok := s.readMarkup(); ok {
			s.kind = k
			return k
		}
	}
	s.kind = EOF
	return EOF
}

// readMarkup reads what starts at '<': a tag (ok), or markup that is
// skipped (a comment, a doctype), or a lone '<' read as text.
func (s *Scanner) readMarkup() (Kind, bool) {
	rest := s.src[s.pos+1:]
	switch {
	case len(rest) > 0 && isLetter(rest[0]):
		return s.readTag(StartTag, s.pos+1)
	case len(rest) > 1 && rest[0] == '/' && isLetter(rest[1]):
		return s.readTag(EndTag, s.pos+2)
	case bytes.HasPrefix(rest, []byte("!--")):
		s.pos = s.pos + 1 + 3 + commentEnd(rest[3:])
		return 0, false
	case len(rest) > 0 && (rest[0] == '!' || rest[0] == '?' || rest[0] == '/'):
		// A doctype, a processing instruction, "</>" or "</ x>": skipped
		// up to the next '>'.
		if i := bytes.IndexByte(rest, '>'); i >= 0 {
			s.pos += 1 + i + 1
		} else {
			s.pos = len(s.src)
		}
		return 0, false
	}
	// A '<' that starts no markup is text.
	end := s.pos + 1
	if i := bytes.IndexByte(s.src[end:], '<'); i >= 0 {
		end += i
	} else {
		end = len(s.src)
	}
	s.text = s.src[s.pos:end]
	s.pos = end
	return Text, true
}

// commentEnd returns the length of a comment's body and its end marker:
// a comment ends at "-->" or "--!>" ("<!-->" and "<!--->" are empty
// ones), or at the end of the input.
func commentEnd(body []byte) int {
	switch {
	case bytes.HasPrefix(body, []byte(">")):
		return 1
	case bytes.HasPrefix(body, []byte("->")):
		return 2
	}
	for i := 0; ; {
		j := bytes.Index(body[i:], []byte("--"))
		if j < 0 {
			return len(body)
		}
		i += j + 2
		rest := body[i:]
		switch {
		case bytes.HasPrefix(rest, []byte(">")):
			return i + 1
		case bytes.HasPrefix(rest, []byte("!>")):
			return i + 2
		}
		i-- // "--->": the second '-' may start the end marker
	}
}

// readTag reads a start or end tag whose name starts at i. A tag the
// input ends inside is dropped, as the tokenizer drops it (ok false).
func (s *Scanner) readTag(k Kind, i int) (Kind, bool) {
	j := i
	for j < len(s.src) && !isSpace(s.src[j]) && s.src[j] != '/' && s.src[j] != '>' {
		j++
	}
	// The attributes run to the first '>' outside a quoted value; a quote
	// opens a value only after '=' (spaces between allowed). One pass:
	// every step moves past what it looked at.
	end := j
	for end < len(s.src) {
		c := bytes.IndexAny(s.src[end:], "\"'>")
		if c < 0 {
			end = len(s.src)
			break
		}
		end += c
		if s.src[end] == '>' {
			break
		}
		quote := s.src[end]
		p := end - 1
		for p > j && isSpace(s.src[p]) {
			p--
		}
		end++
		if p >= j && s.src[p] == '=' {
			c := bytes.IndexByte(s.src[end:], quote)
			if c < 0 {
				end = len(s.src)
				break
			}
			end += c + 1
		}
	}
	if end >= len(s.src) {
		s.pos = len(s.src)
		return 0, false
	}
	s.name = s.src[i:j]
	s.tag = lookup(s.name)
	s.attrs = s.src[j:end]
	s.selfClosing = selfClosing(s.attrs)
	s.pos = end + 1
	if k == StartTag && isRawTag(s.tag) {
		s.raw, s.rawName = s.tag, s.name
	}
	return k, true
}

// selfClosing reports whether a tag's attribute bytes end in a '/' that
// closes the tag, not one that ends an unquoted value (<a href=x/>).
func selfClosing(attrs []byte) bool {
	if len(attrs) == 0 || attrs[len(attrs)-1] != '/' {
		return false
	}
	closes := true
	eachAttr(attrs, func(_, _ []byte, unquotedToEnd bool) bool {
		closes = !unquotedToEnd
		return true
	})
	return closes
}

// readRaw reads a raw-text element's content up to its end tag (the end
// tag is the next token). <plaintext> runs to the end of the input. In a
// script, "<!--" starts an escaped run in which "<script" starts a nested
// one that "</script" ends rather than the script itself, until "-->":
// the states of the HTML tokenizer, so a document.write of a script tag
// inside a commented script does not end the script early.
func (s *Scanner) readRaw() Kind {
	name := s.rawName
	script := s.raw == atom.Script
	plain := s.raw == atom.Plaintext
	s.raw, s.rawName = 0, nil
	start, end := s.pos, len(s.src)
	if !plain {
		end = s.rawEnd(start, name, script)
	}
	s.text = s.src[start:end]
	s.pos = end
	s.kind = Text
	return Text
}

// rawEnd returns where the raw text from start ends: at "</name" followed
// by a space, '/' or '>' (or the end of the input), outside a script's
// double-escaped runs.
func (s *Scanner) rawEnd(start int, name []byte, script bool) int {
	escaped, double := false, false
	for i := start; i < len(s.src); {
		j := bytes.IndexByte(s.src[i:], '<')
		if script {
			// "-->" before the next '<' ends an escaped run.
			stop := len(s.src)
			if j >= 0 {
				stop = i + j
			}
			if escaped && bytes.Contains(s.src[i:stop], []byte("-->")) {
				escaped, double = false, false
			}
		}
		if j < 0 {
			break
		}
		i += j
		rest := s.src[i+1:]
		switch {
		case script && !escaped && bytes.HasPrefix(rest, []byte("!--")):
			escaped = true
			i += 4
			continue
		case script && escaped && !double && tagNamed(rest, name):
			double = true
		case len(rest) > 0 && rest[0] == '/' && tagNamed(rest[1:], name):
			if !double {
				return i
			}
			double = false
		}
		i++
	}
	return len(s.src)
}

// tagNamed reports whether b starts with name (in any case) followed by a
// space, '/', '>' or the end of the input.
func tagNamed(b, name []byte) bool {
	n := len(name)
	if len(b) < n || !bytes.EqualFold(b[:n], name) {
		return false
	}
	return len(b) == n || isSpace(b[n]) || b[n] == '/' || b[n] == '>'
}

// NotRaw tells the scanner that the start tag just read opens no raw-text
// element (inside <svg> and <math>, <title>, <style> and <script> hold
// markup).
func (s *Scanner) NotRaw() { s.raw, s.rawName = 0, nil }

// Text returns the text of a Text token, as written.
func (s *Scanner) Text() []byte { return s.text }

// Name returns the tag's name as written.
func (s *Scanner) Name() []byte { return s.name }

// Tag returns the tag's atom, or 0 for a name atom does not know.
func (s *Scanner) Tag() atom.Atom { return s.tag }

// SelfClosing reports whether the start tag ends in "/>".
func (s *Scanner) SelfClosing() bool { return s.selfClosing }

// Attrs calls f with each attribute of the current start tag, its name
// lower-cased and its value as written (UnescapeAttr decodes it), until f
// returns false. A repeated name is reported again; the first one is the
// attribute, as in a parse.
func (s *Scanner) Attrs(f func(name, value []byte) bool) {
	var lower [32]byte
	eachAttr(s.attrs, func(name, val []byte, _ bool) bool {
		if len(name) <= len(lower) {
			n := copy(lower[:], name)
			toLower(lower[:n])
			name = lower[:n]
		} else {
			name = bytes.ToLower(name)
		}
		return f(name, val)
	})
}

// eachAttr calls f with each attribute in a tag's attribute bytes, its
// name as written, and whether its value is unquoted and runs to the end
// of b, until f returns false.
func eachAttr(b []byte, f func(name, val []byte, unquotedToEnd bool) bool) {
	for len(b) > 0 {
		for len(b) > 0 && (isSpace(b[0]) || b[0] == '/') {
			b = b[1:]
		}
		if len(b) == 0 {
			return
		}
		// The name runs to a space, '/', '>' or '=' (a leading '=' is
		// part of the name, as in the tokenizer).
		i := 1
		for i < len(b) && !isSpace(b[i]) && b[i] != '/' && b[i] != '=' {
			i++
		}
		name := b[:i]
		b = b[i:]
		for len(b) > 0 && isSpace(b[0]) {
			b = b[1:]
		}
		var val []byte
		toEnd := false
		if len(b) > 0 && b[0] == '=' {
			b = b[1:]
			for len(b) > 0 && isSpace(b[0]) {
				b = b[1:]
			}
			if len(b) > 0 && (b[0] == '"' || b[0] == '\'') {
				q := b[0]
				b = b[1:]
				j := bytes.IndexByte(b, q)
				if j < 0 {
					j = len(b)
				}
				val = b[:j]
				b = b[min(j+1, len(b)):]
			} else {
				j := 0
				for j < len(b) && !isSpace(b[j]) {
					j++
				}
				val, toEnd = b[:j], j == len(b)
				b = b[j:]
			}
		}
		if !f(name, val, toEnd) {
			return
		}
	}
}

// UnescapeAttr decodes an attribute value as the HTML tokenizer does:
// "\r\n" and "\r" become "\n" first, then character references are
// decoded, except that a named reference without its ';' stays as written
// when a letter, digit or '=' follows ("?a=1&reg=2"). Values whose
// references all end in ';' (nearly all: "&amp;") are decoded here; the
// rest are handed to golang.org/x/net/html's tokenizer, which has the
// attribute rules and the entity table.
func UnescapeAttr(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 {
		return string(convertNewlines(b))
	}
	if refsTerminated(b) {
		return html.UnescapeString(string(convertNewlines(b)))
	}
	src := make([]byte, 0, len(b)+16)
	src = append(src, `<a v="`...)
	src = append(src, bytes.ReplaceAll(b, []byte(`"`), []byte("&quot;"))...)
	src = append(src, `">`...)
	z := xhtml.NewTokenizer(bytes.NewReader(src))
	if z.Next() == xhtml.StartTagToken {
		if _, more := z.TagName(); more {
			_, v, _ := z.TagAttr()
			return string(v)
		}
	}
	return string(convertNewlines(b))
}

// refsTerminated reports whether every '&' in b starts a reference that a
// ';' ends and that decodes whole ("&amp;", "&#38;"), so text-mode and
// attribute-mode decoding agree.
func refsTerminated(b []byte) bool {
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '&')
		if j < 0 {
			return true
		}
		i += j
		k := i + 1
		for k < len(b) && k-i < 40 && (isLetter(b[k]) || '0' <= b[k] && b[k] <= '9' || b[k] == '#') {
			k++
		}
		if k >= len(b) || b[k] != ';' || k == i+1 {
			return false
		}
		ref := string(b[i : k+1])
		if d := html.UnescapeString(ref); d == ref || strings.HasSuffix(d, ";") {
			return false // not an entity, or only a prefix of it is one
		}
		i = k + 1
	}
	return true
}

// Attr returns the value of the current start tag's attribute key (lower
// case), decoded, and whether the tag has it.
func (s *Scanner) Attr(key string) (string, bool) {
	var v string
	var ok bool
	s.Attrs(func(name, value []byte) bool {
		if string(name) == key {
			v, ok = UnescapeAttr(value), true
			return false
		}
		return true
	})
	return v, ok
}

// Unescape decodes the character references in b and turns "\r\n" and
// "\r" into "\n", as the HTML tokenizer does.
func Unescape(b []byte) string {
	b = convertNewlines(b)
	if bytes.IndexByte(b, '&') < 0 {
		return string(b)
	}
	return html.UnescapeString(string(b))
}

// convertNewlines turns "\r\n" and "\r" into "\n".
func convertNewlines(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	return bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
}

// lookup returns the atom of a tag name in any case.
func lookup(name []byte) atom.Atom {
	if a := atom.Lookup(name); a != 0 {
		return a
	}
	if len(name) > 16 {
		return 0
	}
	var buf [16]byte
	n := copy(buf[:], name)
	toLower(buf[:n])
	return atom.Lookup(buf[:n])
}

// IsVoid reports whether elements of tag a have no content and no end
// tag (<br>, <img>, <meta>, …).
func IsVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// BreaksOutOfForeign reports whether a start tag of a ends SVG or MathML
// content in a parse: inside an unclosed <svg>, a <p> or a <div> is HTML
// again.
func BreaksOutOfForeign(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code, atom.Dd, atom.Div,
		atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu, atom.Meta, atom.Nobr,
		atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike,
		atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	}
	return false
}

// InHead reports whether elements of tag a may sit in <head>: in a parse
// any other start tag ends an unclosed <head> (pages that never close it
// are common).
func InHead(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Title, atom.Meta, atom.Link, atom.Base, atom.Script, atom.Style,
		atom.Noscript, atom.Template:
		return true
	}
	return false
}

// isRawTag reports whether the content of elements of tag a is raw text.
func isRawTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp, atom.Iframe,
		atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext:
		return true
	}
	return false
}

// SpaceRune reports whether r is white space as unicode.IsSpace says,
// from a table for ASCII: the readers of scanned text squeeze and count
// words in it rune by rune, and most of it is ASCII.
func SpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func toLower(b []byte) {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
