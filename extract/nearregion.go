package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file keeps the read of the text before the headline (near.go's
// precedingText, where a date line above the headline is found) out of
// the other stories' lists around the story. Templates order the page's
// regions as they like and let CSS place them: a "read more" or "most
// read" rail may come just before the story in the source, and its last
// teaser's date was then the date "nearest the headline". Outside the
// story's own box (the element holding the headline and the body's first
// paragraph), an element linking to two or more other pages is such a
// list, or a menu, and its dates are not the story's. Inside the box
// nothing changes: a kicker line with two section links and the date
// stays. Found by TestMetamorphicOrder's aside-first variant; general
// because it reads links and the tree, no names.

// storyBox returns the lowest element holding both the headline and the
// body's first paragraph, or nil when either is unknown.
func (d *doc) storyBox() *html.Node {
	if d.headlineNode == nil || d.bodyRes == nil || len(d.bodyRes.paraBlocks) == 0 || d.bodyRes.paraBlocks[0] == nil {
		return nil
	}
	for a := d.headlineNode.Parent; a != nil; a = a.Parent {
		if contains(a, d.bodyRes.paraBlocks[0].container) {
			return a
		}
	}
	return nil
}

// listOutsideStory reports whether the element n, met reading back from
// the headline, lies outside the story's box and links to two or more
// other pages.
func (d *doc) listOutsideStory(n, box *html.Node) bool {
	if box == nil || contains(box, n) {
		return false
	}
	links := 0
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if href := attr(c, "href"); href != "" && href[0] != '#' && !d.isSelfLink(href) {
				if links++; links >= 2 {
					return true
				}
			}
		}
	}
	return false
}

// regionOutsideStory reports whether the element n lies in another
// region than the story's box: the element that holds n and is a child
// of an ancestor of the box is an <aside> or links to two or more other
// pages (listOutsideStory). The article scope's blocks before the first
// paragraph are its header (the byline, the standfirst) only when they
// are no such region's: a rail of teasers with their own bylines set
// before the story in the source is not the story's header.
// The answer is memoised by region in memo: the blocks of one region
// ask in turn.
func (d *doc) regionOutsideStory(n, box *html.Node, memo map[*html.Node]bool) bool {
	if box == nil || n == nil || contains(box, n) {
		return false
	}
	region := n
	for region.Parent != nil && !contains(region.Parent, box) {
		region = region.Parent
	}
	return memoized(memo, region, func(r *html.Node) bool { return r.DataAtom == atom.Aside || d.listOutsideStory(r, box) })
}

// linkedLikeItems reports whether n is one of a list's like items, each a
// link to another page: its parent holds two or more elements of its tag
// and class, and every one of them (the first maxLikeItems read) holds
// such a link. A date in one is a
// teaser line's ("<li><a>Short title</a><span class=date>"), however
// short its title; the story's own meta items are not all links (its
// date's item holds none).
func (d *doc) linkedLikeItems(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	class, like := attr(n, "class"), 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != n.DataAtom || c.Data != n.Data || attr(c, "class") != class {
			continue
		}
		if !d.holdsLinkOut(c) {
			return false
		}
		if like++; like == maxLikeItems {
			break // (a long list is asked once per date in it)
		}
	}
	return like >= 2
}

// maxLikeItems is how many of a list's like items linkedLikeItems reads.
const maxLikeItems = 8

// holdsLinkOut reports whether n holds a link to another page.
func (d *doc) holdsLinkOut(n *html.Node) bool {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if href := attr(c, "href"); href != "" && href[0] != '#' && !d.isSelfLink(href) {
				return true
			}
		}
	}
	return false
}

// navWrapsArticle reports whether every box that makes n chrome by its
// class (inNav: "sidebar-1", "footer-…") holds the page's <article> with
// a story's length of text (over 500 bytes): such a box is the page's
// main column whatever its name (a Vietnamese paper's "sidebar-1" holds
// the breadcrumbs, the date, the <h1> and the <article>; a page
// builder's "sidebar_right" names the layout of the column that holds
// the <article> and its <h1>). A <nav>, <aside> or <footer> element
// above n, or a box so named inside the <article>, is chrome still. The
// <article> must hold most of the page's prose (articleHoldsProse): a
// sidebar's teaser card of 600 bytes is the page's only <article> on a
// theme that sets its post in a <div>, and the widget's title is no
// headline.
func (d *doc) navWrapsArticle(n *html.Node) bool {
	if d.article == nil {
		return false
	}
	wraps := false
	// (the climb stops at <body>: its classes name the template)
	for a := n.Parent; a != nil && a.DataAtom != atom.Body && a.DataAtom != atom.Html; a = a.Parent {
		switch a.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return false
		}
		for tok := range strings.FieldsSeq(lowerASCII(attr(a, "class"))) {
			if strings.HasPrefix(tok, "sidebar") || strings.HasPrefix(tok, "footer") || commentToken(tok) {
				if !contains(a, d.article) {
					return false
				}
				wraps = true
				break
			}
		}
	}
	return wraps && !textFits(d.article, 500) && d.articleHoldsProse()
}

// articleHoldsProse reports whether the page's <article> holds half or
// more of the text of the page's prose blocks (of 80 bytes or more).
func (d *doc) articleHoldsProse() bool {
	in, all := 0, 0
	for _, b := range d.blocks {
		if len(b.text) < 80 {
			continue
		}
		all += len(b.text)
		if contains(d.article, b.container) {
			in += len(b.text)
		}
	}
	return in*2 >= all
}
