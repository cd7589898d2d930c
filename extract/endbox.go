package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file drops the link boxes a template sets after the story's last
// paragraph, each an element of its own that opens with a heading:
//
//   - a list of links ("More episodes", "Explore more"): the box's lines
//     under the heading are mostly link text;
//   - a call to action ("Planning the switch? Download our whitepaper",
//     a button): a short box whose last element is a link of its own,
//     outside any paragraph.
//
// A heading that is a section of the story stands in the text's own
// container, beside its paragraphs, and is no box of its own; a story
// ending on a question and a link has the link in its paragraph. Nor is a
// box that repeats the tag and class of a box before it holding the
// story's prose: the story set in sections ("<section class=chapter>"
// each opening with its heading), its last one ending on links.
// Found on invented pages of podcast, company-blog and trade-magazine
// templates; general because it asks only the box's shape and place.

// maxEndBoxBack is how many closing paragraphs the boxes may span.
const maxEndBoxBack = 12

// dropEndBoxes removes the link boxes closing the body (see above), when
// what they hold is under a third of the body's text.
func (d *doc) dropEndBoxes() {
	res := d.bodyRes
	n := len(res.paragraphs)
	if n < 5 || len(res.paraBlocks) != n {
		return
	}
	cut, end := -1, n
	for i := n - 1; i >= 3 && i >= n-maxEndBoxBack; i-- {
		b := res.paraBlocks[i]
		if b == nil || !isHeadingAtom(b.tag) {
			continue
		}
		box := bioBox(res.paraBlocks[i-1], b)
		if box == nil || box == b.container || storySection(box, res.paraBlocks[:i]) || !d.endLinkBox(box, b, res.paraBlocks[i+1:end]) {
			break
		}
		cut, end = i, i
	}
	if cut < 0 || textLen(res.paragraphs[cut:])*3 > textLen(res.paragraphs) {
		return
	}
	d.dropBodyFrom(cut, "end-box")
}

// endLinkBox reports whether box, opening with the heading block head
// and holding the blocks rest (the body's up to the next box), is a
// list of links or a call to action.
func (d *doc) endLinkBox(box *html.Node, head *block, rest []*block) bool {
	if len(rest) == 0 {
		return false
	}
	text, links := 0, 0
	for _, b := range rest {
		if b == nil || !contains(box, b.container) {
			return false
		}
		text, links = text+len(b.text), links+b.linkLen
	}
	// the heading opens the box: no line of it stands before
	if !strings.HasPrefix(strings.TrimSpace(visibleText(box)), strings.TrimSpace(head.text)) {
		return false
	}
	if links*2 >= text && links > 0 {
		return true
	}
	// (a box in wrappers of its own is the box: a grid's column around it)
	for c := onlyElemChild(box); c != nil; c = onlyElemChild(box) {
		box = c
	}
	last := lastElemChild(box)
	return last != nil && last.DataAtom == atom.A && attr(last, "href") != "" && textUnder(visibleText(box), 400)
}

// storySection reports whether an element sibling before box of its tag
// and class (a class it has) holds one of the blocks before (the body's), a paragraph of
// prose (less than half of it links): box is a section of the story.
func storySection(box *html.Node, before []*block) bool {
	// (past plain wrappers, bodywrap.go; a class it must have: bare
	// wrappers around every element are alike and say nothing)
	ub := unwrapPlain(box)
	cls := attr(ub, "class")
	if cls == "" {
		return false
	}
	for s := elemSibling(box, false); s != nil; s = elemSibling(s, false) {
		if us := unwrapPlain(s); us.DataAtom != ub.DataAtom || us.Data != ub.Data || attr(us, "class") != cls {
			continue
		}
		for _, b := range before {
			if b != nil && b.tag == atom.P && b.linkLen*2 < len(b.text) && contains(s, b.container) {
				return true
			}
		}
	}
	return false
}

// lastElemChild returns n's last element child, or nil.
func lastElemChild(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}
