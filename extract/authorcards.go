package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file keeps the byline rules that read lines of text, not byline
// elements (visible-byline: the header's lines and the first paragraphs;
// by-after-headline: the blocks after the headline), off the card of
// another story set in the text: a "Read also" box of one teaser (its
// title linked to the other story, its writer's byline, its day, a
// thumbnail) between the lead paragraph and the rest of the text. The
// byline-element rules ask ofTeaser (authorteasers.go); these two read
// the card's "By X" as the page's own where the page's byline is weak or
// comes after the card. ofTeaser leaves alone a byline between the
// headline and the text (the byline's own place); the card is told there
// by its shape: a heading and a link by title to one other page, which a
// byline box (a name, a photo, a link to the writer's page) has not.

// byAfterHeadline is the by-after-headline rule: the first "By X" in the
// blocks after the headline, outside a card of another story. The blocks
// are read again without the cards only when a line is found (most pages
// have none), so the cards are looked for on those pages only.
func (d *doc) byAfterHeadline() []string {
	if d.headlineNode == nil {
		return nil
	}
	if d.w.findByLine(followingBlocks(d.headlineNode, 500)) == "" {
		return nil
	}
	if s := d.w.findByLine(splitBlocks(followingSkip(d.headlineNode, 500, blockSep, false, d.storyCard))); s != "" {
		return []string{s}
	}
	return nil
}

// inStoryCard reports whether the block container c, or an ancestor up
// to six levels up, is a card of another story in the text (storyCard).
func (d *doc) inStoryCard(c *html.Node) bool {
	return ancestorWithin(c, 7, d.storyCard) != nil
}

// storyCard reports whether the element a is a card of another story
// set in the article's text: no more than a teaser's text, holding
// neither the headline nor the text's first paragraph, with a linked
// heading (cardTitle), a link by title to one other page (titleLinkOutside), and the text
// after it with the headline or a paragraph before it (cardInText).
func (d *doc) storyCard(a *html.Node) bool {
	if d.holdsStoryStart(a) || !textFits(a, teaserMaxText) || !d.cardTitle(a) {
		return false
	}
	return d.titleLinkOutside(a, nil) && d.cardInText(a, true)
}

// cardTitle reports whether a holds a heading that is a link's text (the
// link in it, or it in the link) to a page that is not a writer's
// archive: a story's title. A byline box's heading is a label beside the
// name ("Penulis" over a linked name) or the writer's own linked name (a
// Ghost author card's <h4><a href="/author/x/">), which a name of three
// words makes look like a title to titleLinkOutside.
func (d *doc) cardTitle(a *html.Node) bool {
	return findElem(a, func(h *html.Node) bool {
		if !isHeadingAtom(h.DataAtom) {
			return false
		}
		link := findElem(h, func(c *html.Node) bool { return c.DataAtom == atom.A })
		for p := h.Parent; link == nil && p != nil && p != a; p = p.Parent {
			if p.DataAtom == atom.A {
				link = p
			}
		}
		return link != nil && !d.w.authorArchive(attr(link, "href"))
	}) != nil
}

// paragraphInCard reports whether the body's paragraph i sits in a card
// of another story (inStoryCard); a paragraph without its block is not.
func (d *doc) paragraphInCard(i int) bool {
	res := d.bodyRes
	return i < len(res.paraBlocks) && res.paraBlocks[i] != nil && d.inStoryCard(res.paraBlocks[i].container)
}
