package extract

import (
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/extract/lexicon"
)

// A byline below the article that stands in a box the page heads as
// readers' comments ("Comments", "Commenti", "Comentários (3)", "תגובות":
// the lexicon's comment_labels) or as other stories ("Related stories",
// "Read more", "More stories": its tail_labels; "Read next", "Up next":
// its teaser_box_labels, which between paragraphs end no story) signs a
// comment or another story, whatever the box's class is called in the
// template's language. The rules that tell comments and teasers by their
// shape (ofReply, ofTeaser) need a row of two items or more; a box
// holding one comment or one teaser has none, and with the story's own
// byline missing its commenter or writer was read as the author
// (TestMetamorphicAbsent: the lone comment of Italian, Spanish,
// Portuguese and Hebrew templates, a "Read next", "More stories",
// "Related stories" or "Read more" box of one card). A widget of a
// sidebar holding an <article> teaser is the same box, named by its
// place (an <aside>) rather than a heading.

// teaserBoxMaxUp is how many levels above a byline element its box is
// looked for: the box, its list, the item, the item's wrapper and card
// and the byline's own line (a Ghost feed nests a card five deep).
const teaserBoxMaxUp = 6

// inHeadedBox reports whether the byline element n stands in a box of
// comments or other stories (see above): an ancestor, below <body> and
// <main>, holding neither the page's headline nor the article's first
// paragraph, whose first heading comes before n and reads as a comment
// section's heading, or as end matter's label when the box links to
// another page by a title (its teasers' links; a "Credits" or "To
// contact the reporter" box links to none); or an <article> set in a
// sidebar <aside>.
func (d *doc) inHeadedBox(n *html.Node) bool {
	for a, i := n.Parent, 0; a != nil && a.Type == html.ElementNode && i < teaserBoxMaxUp; a, i = a.Parent, i+1 {
		if d.holdsStoryStart(a) {
			return false
		}
		if a.DataAtom == atom.Article && asideTeaser(a) {
			return true
		}
		h := findElem(a, func(c *html.Node) bool { return isHeadingAtom(c.DataAtom) })
		if h == nil || !precedes(h, n) {
			continue
		}
		t := shortText(h, 120)
		if d.commentHeading(t) || d.otherStoriesHeading(t) && d.linksByTitle(a) {
			return true
		}
	}
	return false
}

// firstParaBox returns the container of the article's first paragraph,
// or nil.
func (d *doc) firstParaBox() *html.Node {
	if r := d.bodyRes; r != nil && len(r.paraBlocks) > 0 && r.paraBlocks[0] != nil {
		return r.paraBlocks[0].container
	}
	return nil
}

// holdsStoryStart reports whether the element a is the page's frame
// (<html>, <body>, <main>) or holds the headline or the article's first
// paragraph: a box the story's own byline stands in, no card of another
// story or comment box (inHeadedBox, teaserByline, storyCard).
func (d *doc) holdsStoryStart(a *html.Node) bool {
	switch a.DataAtom {
	case atom.Body, atom.Html, atom.Main:
		return true
	}
	return contains(a, d.headlineNode) || contains(a, d.firstParaBox())
}

// asideTeaser reports whether the <article> a stands in a sidebar's
// <aside> (one no meta line's: metaAside): a widget's teaser of another
// post.
func asideTeaser(a *html.Node) bool {
	for p := a.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		if p.DataAtom == atom.Aside {
			return !metaAside(p)
		}
	}
	return false
}

// linksByTitle reports whether box holds a link to another page whose
// text is a title, three words or more (not a writer's page, rel=author).
func (d *doc) linksByTitle(box *html.Node) bool {
	return findElem(box, func(c *html.Node) bool {
		if c.DataAtom != atom.A {
			return false
		}
		href := strings.TrimSpace(attr(c, "href"))
		if href == "" || href[0] == '#' || strings.HasPrefix(strings.ToLower(href), "javascript:") ||
			hasToken(strings.ToLower(attr(c, "rel")), "author") || d.isSelfLink(href) {
			return false
		}
		return wordCount(shortText(c, 200)) >= 3
	}) != nil
}

// teaserBoxLabels are the lexicon's teaser_box_labels.
var teaserBoxLabels = sync.OnceValue(func() lexicon.Set { return lexicon.NewSet(lexicon.Union().TeaserBoxLabels) })

// otherStoriesHeading reports whether a heading's text names a box of
// other stories: an end-matter label (isTailLabel) or a teaser box's.
func (d *doc) otherStoriesHeading(t string) bool {
	return d.isTailLabel(t) || teaserBoxLabels()[strings.ToLower(strings.Trim(t, " :.…»>"))]
}
