package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file drops the boxes in which a publisher turns to the reader
// between or around a story's paragraphs, inside the text's own
// container where the chrome filters do not reach: the reader call-out
// ("Do you know about …? We want to hear from you. Share your story."),
// the "share your thoughts" question over the comments, the donation
// ask ("… because readers like you chip in"), the trust box ("Learn more
// about our editorial process"), a newsletter card ("Subscribe for free
// and get every story in your inbox").

// appealBoxMax bounds the text of a reader-appeal box: a heading and a
// sentence or two. A longer box holds more than the appeal (an editor's
// note, a fact box) and stays.
const appealBoxMax = 300

// readerAppealBox reports whether b lies in a short box set apart from
// the text (a <div>, <aside> or <section> under the body's root, or a
// paragraph wholly in italics, the editors' aside) whose text names a
// reader appeal of the lexicon; a box of the first kind must also hold
// a heading, a link or a form control, as a call-out has: a box's text
// alone may be a story's quoted appeal. A plain paragraph of the text
// never goes (a police appeal, an organiser's call quoted in the story),
// nor a box inside a quote or a figure, nor one with the headline or
// the byline. Fires on no corpus page; right on five invented CMS pages
// and the rows of failclass_fix17_appeal_test.go; kept because it is
// decided by the box's shape and the publisher's own words (its "our",
// the reader's "your"), which call-outs of every CMS share.
func (d *doc) readerAppealBox(b *block, root *html.Node, st *bodyState) bool {
	if b.container == root || len(b.text) > appealBoxMax || len(d.w.readerAppeals) == 0 {
		return false
	}
	var box *html.Node
	italic := italicNote(b.container)
	if italic {
		box = b.container
	}
walk:
	for n := b.container; n != root; n = n.Parent {
		switch {
		case n == nil:
			return false // (b is not under root)
		case n.DataAtom == atom.Blockquote || n.DataAtom == atom.Figure || n.DataAtom == atom.Li || n.DataAtom == atom.Table:
			return false
		case boxAtom(n) && !plainWrapper(n): // (a plain wrapper sets nothing apart, bodywrap.go)
			if d.statsOf(n).textLen > appealBoxMax {
				break walk // the box is the last one found
			}
			box, italic = n, false
		}
	}
	whole := d.statsOf(root).textLen
	if box == nil && len(d.bodyRes.roots) > 1 && boxAtom(root) && whole <= appealBoxMax {
		// The box is a root of its own: a sibling of the text's
		// container that pickRoots took for more text (a subscription
		// appeal set after the story, "… SUBSCRIBE NOW"); it is judged
		// against the whole text.
		box, whole = root, 0
		for _, r := range d.bodyRes.roots {
			whole += d.statsOf(r).textLen
		}
	}
	if box == nil || d.statsOf(box).textLen*4 > whole ||
		contains(box, d.headlineNode) || d.holdsBylineElement(box) {
		return false
	}
	if !italic && findElem(box, appealMark) == nil {
		return false
	}
	// A quotation mark: the appeal is someone's words in the story ("“Share
	// your story,” the organisers said"), not the publisher's.
	t := d.boxText(box, st.at)
	return !strings.ContainsAny(t, "\"“”„«»") && (containsAnyOf(strings.ToLower(t), d.w.readerAppeals...) || d.appealLink(box))
}

// appealLink reports whether box holds a link or button whose whole text
// is a call-out's button (appeal_links: "SUBSCRIBE NOW" under a note on
// quality journalism).
func (d *doc) appealLink(box *html.Node) bool {
	return len(d.w.appealLinks) > 0 && findElem(box, func(n *html.Node) bool {
		return (n.DataAtom == atom.A || n.DataAtom == atom.Button) &&
			d.w.appealLinks[strings.ToLower(strings.TrimSpace(visibleText(n)))]
	}) != nil
}

// boxAtom reports whether n is an element a call-out box is made of.
func boxAtom(n *html.Node) bool {
	return n.DataAtom == atom.Div || n.DataAtom == atom.Aside || n.DataAtom == atom.Section
}

// appealMark reports whether n marks a call-out box: a heading, a link
// or a form control.
func appealMark(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Input, atom.Button, atom.Form:
		return true
	case atom.A:
		return attr(n, "href") != ""
	}
	return false
}

// italicNote reports whether p is a paragraph whose text is all of one
// <em> or <i> child: an aside set in italics.
func italicNote(p *html.Node) bool {
	if p.DataAtom != atom.P {
		return false
	}
	var it *html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Em || c.DataAtom == atom.I) && it == nil:
			it = c
		default:
			return false
		}
	}
	return it != nil
}

// boxText joins the texts of the blocks inside box, one of them at
// index at.
func (d *doc) boxText(box *html.Node, at int) string {
	var sb strings.Builder
	for _, b := range d.boxBlocks(box, at) {
		sb.WriteString(b.text)
		sb.WriteByte(' ')
	}
	return sb.String()
}
