package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells a byline of another story from the article's own. Themes
// print other stories beside, below or inside the article (related posts,
// "Latest from", most-read lists, previous and next post links, a Drupal
// view of teasers), each teaser with its title linked to its page and its
// writer's byline, in the same markup as the article's byline. What
// marks them is their shape, not a class: a short item, one of a row of
// items alike, that links to another page by its title.

// withoutTeasers returns the byline elements of nodes that are not in
// teasers of other stories, nor in a box headed as comments or other
// stories (authorheadedbox.go).
func (d *doc) withoutTeasers(nodes []*html.Node) []*html.Node {
	var out []*html.Node // made when a teaser is met
	for i, n := range nodes {
		switch teaser := d.ofTeaser(n) || d.inHeadedBox(n); {
		case teaser && out == nil:
			out = append(make([]*html.Node, 0, len(nodes)), nodes[:i]...)
		case !teaser && out != nil:
			out = append(out, n)
		}
	}
	if out == nil {
		return nodes
	}
	return out
}

// teaserMaxText is the most text a teaser item holds: a title, a byline,
// a date and an excerpt of a few lines.
const teaserMaxText = 600

// ofTeaser reports whether the byline element n sits in a teaser of
// another story: not between the headline and the article's first
// paragraph (the byline's own place), and an ancestor (up to six levels
// up) that holds no more than a teaser's text, neither the page's
// headline nor the article's first paragraph (a short story's whole
// text), links by their title (three words or more) to one other page,
// before n or in a heading inside it, and has a sibling of the same tag,
// no longer than a teaser, that links by a title of its own (the next
// item of the row), or is a card (a heading or a picture beside the
// title) set between two paragraphs of the article's text (a "Read also"
// box: cardInText). The article's own byline sits by its headline or its
// text, and a page's own teaser links to the page itself.
//
// Asked of every byline element by several author sources, the answer is
// memoised (it depends on the tree, the headline and the body, all fixed
// once the authors are read).
func (d *doc) ofTeaser(n *html.Node) bool {
	if d.bylineTeasers == nil {
		d.bylineTeasers = map[*html.Node]bool{}
	}
	return memoized(d.bylineTeasers, n, d.teaserByline)
}

func (d *doc) teaserByline(n *html.Node) bool {
	text := d.firstParaBox()
	if d.headlineNode != nil && text != nil && precedes(d.headlineNode, n) && precedes(n, text) {
		// the byline's own place, between the headline and the text,
		// unless in a card of another story set there (authorcards.go)
		return d.inStoryCard(n)
	}
	for a, i := n.Parent, 0; a != nil && a.Type == html.ElementNode && i < 6; a, i = a.Parent, i+1 {
		if d.holdsStoryStart(a) || !textFits(a, teaserMaxText) {
			return false
		}
		if !d.titleLinkOutside(a, n) {
			continue
		}
		if d.cardInText(a, false) {
			return true
		}
		for _, next := range [2]bool{false, true} {
			if s := elemSibling(a, next); s != nil && s.DataAtom == a.DataAtom && s.Data == a.Data &&
				textFits(s, teaserMaxText) && d.titleLinkOutside(s, nil) {
				return true
			}
		}
	}
	return false
}

// precedes reports whether a starts before b in document order, neither
// holding the other.
func precedes(a, b *html.Node) bool {
	if a == nil || b == nil || contains(a, b) || contains(b, a) {
		return false
	}
	top := lca(a, b)
	if top == nil {
		return false
	}
	for a.Parent != top {
		a = a.Parent
	}
	for b.Parent != top {
		b = b.Parent
	}
	for s := a.NextSibling; s != nil; s = s.NextSibling {
		if s == b {
			return true
		}
	}
	return false
}

// titleLinkOutside reports whether item holds, before n or in a heading
// inside it (a card whose whole box is named a byline), links to one
// other page whose text is a title: three words or more (a section's or
// a tag's name is shorter), not a writer's (rel=author, or in a byline
// element: the next teaser's byline) nor the page itself or a place
// below its address (a live blog's entry permalink,
// "/live/story/posts/2"). Links to several pages make a list of
// teasers, or a block that holds one beside other things, not one
// teaser.
func (d *doc) titleLinkOutside(item, n *html.Node) bool {
	target, one, passed := "", true, false
	findElem(item, func(c *html.Node) bool {
		passed = passed || c == n
		if c.DataAtom != atom.A || contains(c, n) || contains(n, c) && !underHeading(c, n) || passed && !contains(n, c) {
			return false
		}
		href := strings.TrimSpace(attr(c, "href"))
		if href == "" || href[0] == '#' || strings.HasPrefix(strings.ToLower(href), "javascript:") ||
			hasToken(strings.ToLower(attr(c, "rel")), "author") || inBylineBox(c, item) || wordCount(shortText(c, 200)) < 3 || d.isSelfLink(href) || d.belowSelf(href) {
			return false
		}
		href, _, _ = strings.Cut(href, "#")
		if target == "" {
			target = href
		}
		one = href == target
		return !one
	})
	return target != "" && one
}

// belowSelf reports whether href names a page below the page's own
// address, as a live blog links each entry ("/live/story" and
// "/live/story/posts/2"): a part of the page, not another story. A page
// named as a file ("/index.php", whose links "/index.php/other-story"
// are other pages) has nothing below it.
func (d *doc) belowSelf(href string) bool {
	if d.base == nil || strings.Contains(d.base.Path[strings.LastIndexByte(d.base.Path, '/')+1:], ".") {
		return false
	}
	u, err := d.base.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	self := strings.TrimSuffix(d.base.Path, "/")
	return self != "" && sameSite(u.Host, d.base.Host) &&
		strings.HasPrefix(u.Path, self+"/") && len(u.Path) > len(self)+1
}

// underHeading reports whether c is inside a heading below top.
func underHeading(c, top *html.Node) bool {
	for a := c.Parent; a != nil && a != top; a = a.Parent {
		if isHeadingAtom(a.DataAtom) {
			return true
		}
	}
	return false
}

// inBylineBox reports whether c or one of its three nearest ancestors
// up to top is named a byline or an author by its class or id; a link in
// a heading is a title, whatever the box around it is named (a card
// "withAuthor").
func inBylineBox(c, top *html.Node) bool {
	for a, i := c, 0; a != nil && i < 4; a, i = a.Parent, i+1 {
		if isHeadingAtom(a.DataAtom) {
			return false
		}
		if h := classHint(a); h != "" && bylineHint(h) {
			return true
		}
		if a == top {
			break
		}
	}
	return false
}

// teaserBylines reads the byline elements outside the article that sit
// in teasers, as a last resort: a page that credits no one else may be a
// one-writer site listing its own posts. (Dropped outright, they cost a
// name on the trafilatura check half; the page was not looked at.)
func (d *doc) teaserBylines() []string {
	scope := d.scope()
	var out []string
	for _, n := range d.bylines {
		if contains(scope, n) || hasBylineChild(n, d.bylines) || inChrome(n) || !d.ofTeaser(n) {
			continue
		}
		// 250 characters, read whole within 400 bytes: a byline element
		// longer than that in Cyrillic (200 letters) or CJK is a box of
		// prose. (A read of 750 bytes let 200 to 250 Cyrillic letters in
		// and took a wrong name on one evaluated page.)
		if t := bylineText(n, 400); t != "" && len(t) < 400 && !textOver(t, 250) {
			out = append(out, t)
		}
	}
	return repeatedTeaserBylines(out)
}

// maxTeaserWriters is the most people the teaser-byline fallback reads:
// it reads a one-writer site listing its own posts (a guest or co-writer
// beside). Teasers naming three people or more are a newsroom's related
// block, other stories' bylines on a page whose own credit is an agency
// or no one (TestMetamorphicChrome's teasers). Two are kept: dropped
// too, they cost a name on the trafilatura check half.
const maxTeaserWriters = 2

// teaserCap returns the names a source gives, or nil for the
// teaser-byline source when they are more than maxTeaserWriters (for the
// person rule, counted as people; for the organisation rule, which reads
// every source's names, as names).
func teaserCap(src authorSource, names []string) []string {
	if src.name == "teaser-byline" && len(names) > maxTeaserWriters {
		return nil
	}
	return names
}

// cardInText reports whether the item a is a card of another story set
// inside the article's text: it holds a heading or a picture, and
// paragraphs of the text come before and after it (a "Read also" box of
// one teaser, which has no row of siblings). A byline under the lead
// paragraph links to no other story by a title; one between the headline
// and the text is not asked (teaserByline). With underHeadline the
// headline counts as the text before the card (a box right under the
// lead: storyCard, for the rules ofTeaser does not serve).
func (d *doc) cardInText(a *html.Node, underHeadline bool) bool {
	if d.bodyRes == nil || findElem(a, func(c *html.Node) bool { return c.DataAtom == atom.Img || isHeadingAtom(c.DataAtom) }) == nil {
		return false
	}
	before, after := underHeadline && precedes(d.headlineNode, a), false
	for _, b := range d.bodyRes.paraBlocks {
		if b == nil || b.container == nil {
			continue
		}
		before = before || precedes(b.container, a)
		if after = precedes(a, b.container); after {
			break
		}
	}
	return before && after
}

// repeatedTeaserBylines returns the teaser bylines when one of them
// names the same writer twice or more, else nothing: a one-writer site
// lists its own posts, each signed by its owner (a guest beside), while
// a lone teaser's byline or teasers by different people are other
// stories' credits in a related block (TestMetamorphicAbsent: with the
// story's byline cut, the teaser-byline rule read a related story's
// writer). All are returned, so that teaserCap still counts every
// writer the teasers name.
func repeatedTeaserBylines(lines []string) []string {
	seen := map[string]bool{}
	for _, l := range lines {
		k := strings.ToLower(strings.TrimSpace(l))
		if seen[k] {
			return lines
		}
		seen[k] = true
	}
	return nil
}
