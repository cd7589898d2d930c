package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"github.com/byline/byline/internal/htmlscan"
)

// This file reads the evidence Classify weighs from the page's token
// stream (internal/htmlscan): no tree is built. The crawler classifies
// every page it fetches, and the scan costs about a fifth of a parse, so
// the crawler needs no parse of its own. The counts follow the extractor's
// walk (newDoc): text blocks end at block-level tags and <br>; text inside
// invisible or hidden elements does not count; <article> elements count
// outside <template>. Where a parser would repair the nesting, the scan
// does the part that matters for the counts: a block start closes an open
// <p> (and an <li> another <li>), a link closes an open link, any body
// element ends an unclosed <head>, a <p> or <div> ends an unclosed <svg>,
// and an end tag closes what is open inside its element. On the 1,880
// development pages its verdict differs from the tree walk's on one page
// (an old table layout whose paragraphs a parser nests differently).

// pageEvidence is what Classify weighs, gathered in one token pass.
type pageEvidence struct {
	ogType     string
	ldRaw      []string
	articles   int // <article> elements
	paraWords  int // words in <p> outside links
	linkCount  int // visible <a href>
	linkWords  int // words inside visible links
	proseWords int // words of prose blocks (see flush)
}

// openElem is one element the scan has seen open and not closed.
type openElem struct {
	a      atom.Atom
	hidden bool // it or an ancestor hides its text
}

// evidenceScan is the state of the token pass.
type evidenceScan struct {
	ev        pageEvidence
	stack     []openElem
	inA       int // open visible links
	inP       int // open visible paragraphs
	foreign   int // open <svg> and <math>: no raw-text elements inside
	heads     int // open <head>
	templates int // open <template>

	// The open text block.
	blockLen, blockLinkLen, blockWords int
	blockSpace                         bool // the block's last byte was a space
}

// scanEvidence reads body's tokens once.
func scanEvidence(body []byte) pageEvidence {
	s := &evidenceScan{}
	z := htmlscan.New(body)
	for {
		switch z.Next() {
		case htmlscan.EOF:
			s.flush()
			return s.ev
		case htmlscan.Text:
			t := z.Text()
			if bytes.IndexByte(t, '&') >= 0 {
				t = []byte(htmlscan.Unescape(t))
			}
			s.text(t)
		case htmlscan.StartTag:
			s.start(z)
		case htmlscan.EndTag:
			s.end(z.Tag())
		}
	}
}

// hidden reports whether text here is invisible.
func (s *evidenceScan) hidden() bool {
	return len(s.stack) > 0 && s.stack[len(s.stack)-1].hidden
}

// start handles a start tag: the page's og:type and JSON-LD, the
// <article> count, block boundaries, and the open elements that decide
// whether text is visible, a link or a paragraph.
func (s *evidenceScan) start(z *htmlscan.Scanner) {
	a := z.Tag()
	if s.foreign > 0 || a == atom.Svg || a == atom.Math {
		// In SVG and MathML, <title>, <style> and <script> hold markup
		// and may be self-closing; the scanner must not read on as raw
		// text (a parser tells its tokenizer the same).
		z.NotRaw()
	}
	if s.foreign > 0 && htmlscan.BreaksOutOfForeign(a) {
		s.leaveForeign() // a <p> or <div> inside an unclosed <svg> is HTML again
	}
	at := readTagAttrs(z)
	switch a {
	case atom.Meta:
		if s.ev.ogType == "" && strings.EqualFold(string(at.key), "og:type") {
			s.ev.ogType = htmlscan.UnescapeAttr(at.content)
		}
		return
	case atom.Script:
		if s.foreign == 0 && z.Next() == htmlscan.Text && strings.Contains(strings.ToLower(htmlscan.UnescapeAttr(at.typ)), "ld+json") {
			if raw := z.Text(); len(s.ev.ldRaw) < maxLDBlocks && len(raw) <= maxLDBytes {
				s.ev.ldRaw = append(s.ev.ldRaw, string(raw))
			}
		}
		return
	case atom.Article:
		if s.templates == 0 { // template content is not shown
			s.ev.articles++
		}
	case atom.A:
		s.end(atom.A) // a link does not nest in a link: a new one closes it
	case atom.Br, atom.Hr:
		s.flush()
		return
	}
	if !htmlscan.InHead(a) {
		s.closeHead()
	}
	if htmlscan.IsVoid(a) {
		return
	}
	if isBlockAtom(a) {
		s.closeImplied(a)
		s.flush()
	}
	if z.SelfClosing() && (s.foreign > 0 || a == atom.Svg || a == atom.Math) {
		return // "/>" closes an element only in SVG and MathML
	}
	if len(s.stack) >= maxDepth {
		// Nested past what a parser keeps: structure stops here (its
		// text still counts), and no scan of the stack grows with it.
		return
	}
	hide := s.hidden() || isInvisibleAtom(a) || at.hidden
	s.stack = append(s.stack, openElem{a: a, hidden: hide})
	switch a {
	case atom.Head:
		s.heads++
	case atom.Template:
		s.templates++
	case atom.Svg, atom.Math:
		s.foreign++
	}
	if hide {
		return
	}
	switch a {
	case atom.A:
		s.inA++
		if at.href {
			s.ev.linkCount++
		}
	case atom.P:
		s.inP++
	}
}

// tagAttrs are the attributes of a start tag the scan reads.
type tagAttrs struct {
	href, hidden      bool   // a non-empty href; hidden by markup (see isHidden)
	key, content, typ []byte // meta property (or name) and content; type
}

// readTagAttrs reads the current start tag's attributes.
func readTagAttrs(z *htmlscan.Scanner) tagAttrs {
	var at tagAttrs
	var seen uint8 // the attributes read, one bit each: the first of a name counts
	first := func(bit uint8) bool {
		if seen&bit != 0 {
			return false
		}
		seen |= bit
		return true
	}
	z.Attrs(func(k, v []byte) bool {
		switch string(k) {
		case "href":
			if first(1) {
				at.href = len(v) > 0
			}
		case "hidden":
			at.hidden = true
		case "aria-hidden":
			if first(2) {
				at.hidden = at.hidden || string(v) == "true"
			}
		case "style":
			if first(4) {
				at.hidden = at.hidden || styleHides(string(v))
			}
		case "property":
			if first(8) {
				at.key = v
			}
		case "name":
			if first(16) && at.key == nil {
				at.key = v
			}
		case "content":
			if first(32) {
				at.content = v
			}
		case "type":
			if first(64) {
				at.typ = v
			}
		}
		return true
	})
	return at
}

// closeImplied closes what a block start closes in a parse: an open <p>,
// and an open <li> when another item starts (<dt>, <dd> likewise) across
// the <div>s and <p>s inside it, so unclosed paragraphs and items do not
// nest without end.
func (s *evidenceScan) closeImplied(a atom.Atom) {
	s.closeOpen(func(e atom.Atom) bool { return e == atom.P }, nil)
	skip := func(e atom.Atom) bool { return e == atom.Div || e == atom.Address || e == atom.P }
	switch a {
	case atom.Li:
		s.closeOpen(func(e atom.Atom) bool { return e == atom.Li }, skip)
	case atom.Dt, atom.Dd:
		s.closeOpen(func(e atom.Atom) bool { return e == atom.Dt || e == atom.Dd }, skip)
	}
}

// closeOpen closes the innermost open element match accepts, looking
// down the stack past inline elements and the blocks skip accepts.
func (s *evidenceScan) closeOpen(match, skip func(atom.Atom) bool) {
	for i := len(s.stack) - 1; i >= 0; i-- {
		e := s.stack[i].a
		switch {
		case match(e):
			s.popTo(i)
			return
		case isBlockAtom(e) && (skip == nil || !skip(e)):
			return
		}
	}
}

// leaveForeign closes the outermost open <svg> or <math> and everything
// in it.
func (s *evidenceScan) leaveForeign() {
	for i, e := range s.stack {
		if e.a == atom.Svg || e.a == atom.Math {
			s.popTo(i)
			return
		}
	}
}

// closeHead closes an open <head>.
func (s *evidenceScan) closeHead() {
	if s.heads == 0 {
		return
	}
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].a == atom.Head {
			s.popTo(i)
			return
		}
	}
}

// end closes the innermost open element with tag a; an end tag with no
// open element is ignored, as a parser does.
func (s *evidenceScan) end(a atom.Atom) {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].a == a {
			if isBlockAtom(a) {
				s.flush()
			}
			s.popTo(i)
			return
		}
	}
}

// popTo closes the elements from the top of the stack down to index i.
func (s *evidenceScan) popTo(i int) {
	for j := len(s.stack) - 1; j >= i; j-- {
		e := s.stack[j]
		if isBlockAtom(e.a) {
			s.flush()
		}
		switch e.a {
		case atom.Svg, atom.Math:
			s.foreign--
		case atom.Head:
			s.heads--
		case atom.Template:
			s.templates--
		}
		if !e.hidden {
			switch e.a {
			case atom.A:
				s.inA--
			case atom.P:
				s.inP--
			}
		}
	}
	s.stack = s.stack[:i]
}

// text adds visible text to the open block and the page's counts. Words
// are counted per text token for the link and paragraph counts (as the
// tree walk counts per text node) and across tokens for the block (as its
// joined text is counted).
func (s *evidenceScan) text(t []byte) {
	if s.hidden() {
		return
	}
	words, trimmed := 0, 0
	tokSpace := true
	for i := 0; i < len(t); {
		r, size := rune(t[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(t[i:])
		}
		i += size
		space := htmlscan.SpaceRune(r)
		if space || r >= utf8.RuneSelf && invisibleRune(r) {
			if space {
				tokSpace = true
				if !s.blockSpace && s.blockLen > 0 {
					s.blockLen++
					s.blockSpace = true
				}
			}
			continue
		}
		if tokSpace {
			words++
		}
		if s.blockSpace || s.blockLen == 0 {
			s.blockWords++
		}
		tokSpace, s.blockSpace = false, false
		s.blockLen += size
		trimmed += size
	}
	switch {
	case s.inA > 0:
		s.blockLinkLen += trimmed
		s.ev.linkWords += words
	case s.inP > 0:
		s.ev.paraWords += words
	}
}

// flush ends the open text block: a prose block (80 bytes or more,
// mostly not links, not a heading) adds its words.
func (s *evidenceScan) flush() {
	n := s.blockLen
	if s.blockSpace {
		n--
	}
	if n >= 80 && s.blockLinkLen*2 < n && !isHeadingAtom(s.container()) {
		s.ev.proseWords += s.blockWords
	}
	s.blockLen, s.blockLinkLen, s.blockWords, s.blockSpace = 0, 0, 0, false
}

// container is the tag of the innermost open block element.
func (s *evidenceScan) container() atom.Atom {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if isBlockAtom(s.stack[i].a) {
			return s.stack[i].a
		}
	}
	return 0
}

// styleHides reports whether an inline style hides the element.
func styleHides(v string) bool {
	if !strings.Contains(v, "none") && !strings.Contains(v, "hidden") {
		return false
	}
	v = strings.ReplaceAll(strings.ToLower(v), " ", "")
	return strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
}
