package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file drops the fact boxes templates set beside a story's text
// inside the article element: a court story's "Case at a glance"
// (Defendant: … Charges: …), an exhibition's or a restaurant's info box
// (a <dl> of where, when, hours, prices), a weather warning's validity
// lines, an obituary's "Born: … Died: …" strip, and the inline affiliate
// box of a review (a product name and a rel="sponsored" buy link).

// Bounds of a fact box: its text, one line of it, a label's words, an
// unlabelled line's words and a labelled line's.
const (
	factBoxMax     = 600
	factLineMax    = 200
	factLabelWords = 3
	factPlainWords = 12
	factValueWords = 15 // words of a labelled line, per label
)

// factBox reports whether b lies in a fact box: a child of the body's
// root with classes of its own, none of them those of the root's text
// container (the child that holds half the text or more; a chunk of the
// text split by an ad shares its class), short (under a quarter of the
// text, under 600 bytes), whose every line is a term or definition, a
// "Label: value" line or a short line that is no sentence, with two or
// more values. A box of sentences (a standfirst, key points, a service
// notice, an FAQ) stays, as does a list or table inside the text
// container (the story's own), and a header box holding the headline or
// a byline. The verdict is kept per box. Fires on one development page
// (no gold text lost) and on five invented CMS pages;
// kept because it is decided by the box's place and the shape of its
// lines, which templates share, not by a class or a word.
func (d *doc) factBox(b *block, root *html.Node, st *bodyState) bool {
	if b.container == root {
		return false
	}
	box := b.container
	for box != nil && box.Parent != root {
		box = box.Parent
	}
	if box == nil || box == root {
		return false
	}
	box = unwrapPlain(box) // (bodywrap.go)
	if v, ok := st.boxes[box]; ok {
		return v
	}
	if st.boxes == nil {
		st.boxes = map[*html.Node]bool{}
	}
	v := d.isFactBox(box, root) && d.factLines(box, st.at)
	st.boxes[box] = v
	return v
}

// isFactBox checks the box's place: an element with classes of its own,
// short beside a text container that is its sibling.
func (d *doc) isFactBox(box, root *html.Node) bool {
	switch box.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Dl, atom.Ul, atom.Table:
	default:
		return false
	}
	cs := strings.Fields(attr(box, "class"))
	n, all := d.statsOf(box).textLen, d.statsOf(root).textLen
	if len(cs) == 0 || n > factBoxMax || n*4 > all || contains(box, d.headlineNode) || d.holdsBylineElement(box) {
		return false // (an article header: headline, standfirst, meta line)
	}
	for k := root.FirstChild; k != nil; k = k.NextSibling {
		if c := unwrapPlain(k); c != box && c.Type == html.ElementNode && d.statsOf(c).textLen*2 >= all {
			tc := strings.Fields(attr(c, "class"))
			return !slices.ContainsFunc(cs, func(s string) bool { return slices.Contains(tc, s) })
		}
	}
	return false
}

// factLines reports whether the blocks of box (one of them at index at)
// are all fact lines, two or more of them values, and no fewer values
// than unlabelled lines (headings aside).
func (d *doc) factLines(box *html.Node, at int) bool {
	values, plain := 0, 0
	bs := d.boxBlocks(box, at)
	for i := range bs {
		b := &bs[i]
		if b.caption {
			continue
		}
		if len(b.text) > factLineMax || strings.Contains(b.text, "?") {
			return false // a question: an FAQ's, an interview's
		}
		switch b.tag {
		case atom.Dd, atom.Td:
			values++
			continue
		case atom.Dt, atom.Th:
			continue
		}
		w := wordCount(b.text)
		if k := max(labelCount(b.text), labelledChildren(b.container)); k > 0 && w <= factValueWords*k {
			values += k
			continue
		}
		if w > factPlainWords || w > 6 && strings.ContainsAny(b.text[len(b.text)-1:], ".!?") {
			return false
		}
		if !isHeadingAtom(b.tag) {
			plain++
		}
	}
	return values >= 2 && values >= plain
}

// boxBlocks returns the run of blocks inside box around the block at
// index at, which is one of them.
func (d *doc) boxBlocks(box *html.Node, at int) []block {
	i, j := at, at
	for i > 0 && contains(box, d.blocks[i-1].container) {
		i--
	}
	for j < len(d.blocks) && contains(box, d.blocks[j].container) {
		j++
	}
	return d.blocks[i:j]
}

// labelCount counts the labels of a "Label: value" line ("Defendant:
// Carla Wexford, 52", "Born: June 11, 1931. Died: Feb. 24, 2024"): a
// word or up to three ending in a colon, at the line's start or after a
// full stop or separator, with a value after it. 0 when the line does not
// open with one, or a value is a question ("Q: Why? A: …", an
// interview's).
func labelCount(s string) int {
	fs := strings.Fields(s)
	n, words := 0, 0 // words: since the line's start or the last stop
	for i, f := range fs {
		if f != ":" { // (French sets a space before the colon: "Buts : X")
			words++
		}
		if strings.HasSuffix(f, ":") && (len(f) > 1 || i > 0) && words <= factLabelWords && i+1 < len(fs) {
			n++
			words = factLabelWords // the value: no label before the next stop
			continue
		}
		if n == 0 && words >= factLabelWords {
			return 0 // the line does not open with a label
		}
		if r, _ := utf8.DecodeLastRuneInString(f); n > 0 && strings.ContainsRune(".;|·", r) {
			words = 0
		}
	}
	return n
}

// labelledChildren counts the element children of n whose text opens
// with a label: "<span>Born: May 2, 1940, Holmby</span> <span>Died:
// …</span>", labels set apart by markup, not by a full stop.
func labelledChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && labelCount(squash(nodeText(c))) > 0 {
			k++
		}
	}
	return k
}

// affiliateBox reports whether b is a review's inline buy box: a short
// line that is no sentence, a third of it or more a link the page marks
// rel="sponsored" (Google's mark for paid and affiliate links: "Nimbus
// Pro 14 Check Amazon", "UVP 329 € Jetzt bei X kaufen*"). A sentence with
// an affiliate link in it is text and stays. Fires on one development
// page with no gold text lost; kept because rel="sponsored" is a web-wide
// convention (Google's link attributes), not a site's.
func affiliateBox(b *block) bool {
	if b.linkLen*3 < len(b.text) || len(b.text) > factLineMax || strings.ContainsAny(b.text[len(b.text)-1:], ".!?:") {
		return false
	}
	return findElem(b.container, func(c *html.Node) bool {
		return c.DataAtom == atom.A && hasToken(strings.ToLower(attr(c, "rel")), "sponsored")
	}) != nil
}
