package extract

import "golang.org/x/net/html"

// This file tells a site's "today" date from the page's own on pages with
// no article container: the date table-layout and early-CMS templates
// print in their masthead ("Mittwoch, 18. März 2009", "Сегодня: 12 марта
// 2024"), above the menu and the side columns, under an id or class that
// says only "date".

// mastheadGap is how many text blocks (menu entries, side-column
// teasers, a breadcrumb) stand between a masthead date and the headline
// at least; a post's own date sits at most a kicker or a breadcrumb
// away from it.
const mastheadGap = 4

// farAboveHeadline reports whether the date element n comes mastheadGap
// text blocks or more before the headline, on a page whose article scope
// is the whole body (no <article>, <main> nor content container found).
// General: it reads only the page's order, no class name; pages with an
// article container never ask.
func (d *doc) farAboveHeadline(n, scope *html.Node) bool {
	h := d.headlineNode
	if h == nil || scope != d.body || contains(n, h) || contains(h, n) {
		return false
	}
	at, head := d.blockAt(n), d.blockAt(h)
	return at >= 0 && head-at > mastheadGap
}

// blockAt returns the index of the first text block of n: its own, else
// the first of an element in it, else that of the nearest element around
// it; -1 when none. (An element around it may hold the blocks of a whole
// table row: the row's first is no place of a headline in its second
// cell.) The blocks' elements are indexed once, in place of asking every
// block about every date element (the page's dates times its blocks
// times its depth).
func (d *doc) blockAt(n *html.Node) int {
	if d.blockIdx == nil {
		d.blockIdx = make(map[*html.Node]int, len(d.blocks))
		for i := range d.blocks {
			if _, ok := d.blockIdx[d.blocks[i].container]; !ok {
				d.blockIdx[d.blocks[i].container] = i
			}
		}
	}
	if i, ok := d.blockIdx[n]; ok {
		return i
	}
	at := -1
	findElem(n, func(c *html.Node) bool {
		if i, ok := d.blockIdx[c]; ok && (at < 0 || i < at) {
			at = i
		}
		return false
	})
	for a := n.Parent; at < 0 && a != nil; a = a.Parent {
		if i, ok := d.blockIdx[a]; ok {
			at = i
		}
	}
	return at
}
