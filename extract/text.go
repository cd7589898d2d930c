package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file renders nodes as text: the text reads (textOf and its
// bounded and visible forms) every resolver uses, and the white-space
// squash they share.

// squash collapses every run of Unicode white space (no-break spaces
// included) into one space, drops invisible characters (zero-width
// spaces, soft hyphens, joiners) and trims the ends. It allocates only when
// s needs changing, and then always returns a new string, never a part of
// s: squashBytes hands it a view of a buffer that is written again.
func squash(s string) string {
	if isSquashed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII, most of the text: no decoding
			if asciiSpace(c) {
				space = b.Len() > 0
				i++
				continue
			}
			j := i + 1 // a word is copied whole, not byte by byte
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace(s[j]) {
				j++
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case invisibleRune(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r) // an invalid byte as U+FFFD, as ranging over s gives it
	}
	return b.String()
}

// squashBytes is squash of b's text as a new string, whatever b holds
// next: b is read in place and copied once (the segmenter keeps one
// buffer for every block rather than a builder regrown for each).
func squashBytes(b []byte) string {
	v := unsafe.String(unsafe.SliceData(b), len(b))
	if isSquashed(v) {
		return strings.Clone(v)
	}
	return squash(v) // a new string
}

// asciiSpace reports whether c is ASCII white space, as unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// isSquashed reports whether squash would return s unchanged.
func isSquashed(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
			if sp && (prevSpace || c != ' ') {
				return false
			}
			prevSpace = sp
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || invisibleRune(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}

// invisibleRune reports whether r prints nothing and means nothing: the
// zero-width space, the word joiner, the byte-order mark, soft hyphens.
// The zero-width (non-)joiners are kept: Persian, Arabic and Indic
// scripts spell words with them.
func invisibleRune(r rune) bool {
	switch r {
	case '\u200b', '\ufeff', '\u00ad', '\u2060':
		return true
	}
	return false
}

// textOpts say how textOf renders a subtree.
type textOpts struct {
	max    int  // stop after about this many bytes of text (white space counted once: writeFlat); 0 means no limit
	spaced bool // put a space around inline spans and <time> too (bylines glue them)
	// lines breaks lines ("\n") at <br> and around block elements, and
	// leaves out screen-reader-only text and text hidden by markup
	// (bylineText). Captions keep hidden text: a gallery hides its
	// captions until a picture is opened.
	lines bool
	// visible leaves out screen-reader-only text ("Image caption, "
	// before a caption).
	visible bool
	// items breaks a line between two links or spans with nothing
	// between them: a byline template prints its authors as
	// <a>X</a><a>Y</a> (or a name and its job title as two spans) and
	// lets the style sheet put the comma or the line break between them.
	items bool
	// noUpdates leaves out the children whose class names an update
	// (updateHint): a meta line's date element read for the publication.
	noUpdates bool
}

// nodeText returns the visible text of n's subtree with white space
// collapsed: scripts, styles and form controls are skipped, block elements
// and <br> break words apart.
func nodeText(n *html.Node) string { return textOf(n, textOpts{}) }

// shortText is nodeText bounded to about max bytes, with spans kept apart:
// for bylines, dates and labels, where templates glue words with markup
// ("By John<span>Jan 1</span>").
func shortText(n *html.Node, max int) string { return textOf(n, textOpts{max: max, spaced: true}) }

// textFits reports whether shortText(n, ...) holds max bytes or fewer. A
// bounded read stops once its builder holds the bound, and the squash
// after it drops the separators it wrote (a block's line break at the
// end, a run of spaces between spans): read at the bound itself, an
// element of any length can come out under it. So the read goes on
// 64 bytes past it, more than the separators of any one stop.
func textFits(n *html.Node, max int) bool { return len(shortText(n, max+64)) <= max }

// visibleText is nodeText without the text only screen readers get.
func visibleText(n *html.Node) string { return textOf(n, textOpts{visible: true}) }

// textOf renders n's subtree as text.
func textOf(n *html.Node, o textOpts) string {
	var b strings.Builder
	b.Grow(64) // one allocation for most reads (a label, a date, a byline), not four regrown from 8 bytes
	appendText(&b, n, o, 0)
	return squash(b.String())
}

// hasNodeText reports whether nodeText(n) is not empty, without building
// the text: it stops at the first letter (the element before a box may
// hold a whole story). depth is n's, from where the read starts.
func hasNodeText(n *html.Node, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch n.Type {
	case html.TextNode:
		return strings.IndexFunc(n.Data, func(r rune) bool { return !invisibleRune(r) && !unicode.IsSpace(r) }) >= 0
	case html.ElementNode:
		if textSkipped(n.DataAtom) {
			return false
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasNodeText(c, depth+1) {
			return true
		}
	}
	return false
}

// textSkipped reports whether text reads (textOf) leave out an element
// and what it holds.
func textSkipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button:
		return true
	}
	return false
}

func appendText(b *strings.Builder, n *html.Node, o textOpts, depth int) {
	if (o.max > 0 && b.Len() >= o.max) || depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if o.lines || o.max > 0 {
			writeFlat(b, n.Data)
		} else {
			b.WriteString(n.Data)
		}
		return
	case html.ElementNode:
		if textSkipped(n.DataAtom) || headingAnchor(n) {
			return
		}
		if n.DataAtom == atom.Br {
			b.WriteByte(o.lineBreak())
		}
		if (o.lines || o.visible) && srOnly(n) || o.lines && hiddenByMarkup(n) {
			return
		}
		if o.noUpdates && depth > 0 && updateOnly(n) {
			return
		}
	}
	block := n.Type == html.ElementNode && isBlockAtom(n.DataAtom)
	if block && o.lines {
		b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if o.max > 0 && b.Len() >= o.max {
			break // a bounded read stops here, not after a call per child left
		}
		if o.items && adjacentItems(c.PrevSibling, c) {
			b.WriteByte('\n')
		}
		appendText(b, c, o, depth+1)
	}
	switch {
	case block:
		b.WriteByte(o.lineBreak())
	case n.Type == html.ElementNode && o.spaced && (n.DataAtom == atom.Span || n.DataAtom == atom.Time):
		b.WriteByte(' ')
	}
}

// adjacentItems reports whether a and b are links or spans side by side,
// no text between them (see textOpts.items).
func adjacentItems(a, b *html.Node) bool {
	item := func(n *html.Node) bool {
		return n != nil && n.Type == html.ElementNode && (n.DataAtom == atom.A || n.DataAtom == atom.Span)
	}
	return item(a) && item(b)
}

// hiddenByMarkup reports whether n's own markup keeps it out of sight:
// the hidden attribute or an inline style with display:none or
// visibility:hidden (a byline's copy of the paper's name for scripts).
func hiddenByMarkup(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "hidden" || a.Key == "style" && styleHides(a.Val) {
			return true
		}
	}
	return false
}

// writeFlat writes a text node's text with each run of white space,
// line breaks included, made one space (none after a space or a line
// break already written): a line break inside text is the markup's own
// formatting (a template that prints "Source:⏎ TASS", or each span of a
// byline strip on a line of its own), which a reader sees as a space;
// the lines a reader sees come from <br> and blocks (textOpts.lines). And
// a bounded read (textOpts.max) counts the text a reader sees, not the
// indentation of pretty-printed markup: a no-break or narrow space is
// one space, and what prints nothing (soft hyphens a hyphenation plugin
// puts inside long words, zero-width spaces after slashes) is not
// written, as squash leaves them out, so a bound means the same on a
// page that writes them and on one that does not.
func writeFlat(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		space := asciiSpace(c)
		size := 1
		if !space && mayBeBlank(c) {
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			if invisibleRune(r) {
				i += n
				continue
			}
			space = unicode.IsSpace(r)
		}
		if !space {
			j := i + size
			for j < len(s) && !asciiSpace(s[j]) && !mayBeBlank(s[j]) {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		i += size
		if w := b.String(); w != "" && w[len(w)-1] != ' ' && w[len(w)-1] != '\n' {
			b.WriteByte(' ')
		}
	}
}

// mayBeBlank reports whether c opens the UTF-8 form of a rune that may
// be white space or invisible (U+0085, U+00A0, U+00AD; U+1680, U+180E;
// U+2000-U+2060; U+3000; U+FEFF): the lead bytes 0xC2, 0xE1, 0xE2, 0xE3
// and 0xEF. Text in other scripts is copied without decoding it.
func mayBeBlank(c byte) bool {
	return c == 0xc2 || c == 0xe2 || c == 0xef || c == 0xe3 || c == 0xe1
}

// lineBreak is what a <br> or the end of a block writes.
func (o textOpts) lineBreak() byte {
	if o.lines {
		return '\n'
	}
	return ' '
}

// ratingStars reports whether s is a row of rating stars ("★★★½☆"): the
// score of a film, book or restaurant review, which review templates of
// every language print under the headline or atop the text.
func ratingStars(s string) bool {
	stars := 0
	for _, r := range s {
		switch r {
		case '★', '☆', '⭐', '✩', '✪', '✭', '✮', '✯', '✰':
			stars++
		case '½', ' ', '\u00a0', '/':
		default:
			return false
		}
	}
	return stars >= 2
}
