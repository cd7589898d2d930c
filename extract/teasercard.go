package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells a teaser card whose link is an empty overlay: card
// themes (Bootstrap's stretched-link, publishers' "timeline" lists of
// recommendations) cover the whole card with an <a> that has no text,
// its words only in a title attribute, and print the card's title in a
// <div> beside it, no heading and no linked text:
//
//	<li><div class="text"><a href="/other-story" title="Tour planning with
//	maps and GPS portals"></a><div class="title">Tour planning with maps
//	and GPS portals</div><p><span class="date">06.03.2016</span>…</p>
//
// otherTeaser finds no heading link there, so the card's date was read as
// the article's. General: it reads the link's own title repeating the
// card's text, no class name; an author or share link in the article's
// meta line has link text, or a title of a few words that the line does
// not repeat.

// overlayCardLink reports whether the small box a holds a link to
// another page with no text and no element (a picture's lightbox link is
// none) whose title attribute (four words or more) the box's text
// repeats: the card's overlay link and its title.
func (d *doc) overlayCardLink(a *html.Node) bool {
	box := shortText(a, 700)
	if len(box) > 600 {
		return false
	}
	return findElem(a, func(c *html.Node) bool {
		if c.DataAtom != atom.A {
			return false
		}
		href, title := attr(c, "href"), strings.Join(strings.Fields(attr(c, "title")), " ")
		return href != "" && !d.isSelfLink(href) && shortText(c, 8) == "" && firstElemChild(c) == nil &&
			len(strings.Fields(title)) >= 4 && strings.Contains(box, title)
	}) != nil
}
