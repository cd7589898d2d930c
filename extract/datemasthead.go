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
	ix := d.mastheadBlocks(h)
	// n's block: the first block inside n, or held by an ancestor of n
	at, ok := ix.under[n]
	if !ok {
		at = -1
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if i, ok := ix.of[a]; ok && (at < 0 || i < at) {
			at = i
		}
	}
	return at >= 0 && ix.head >= 0 && ix.head-at > mastheadGap
}

// mastheadIndex places the blocks before the headline's for
// farAboveHeadline, read once a page (it asks for every date element,
// and a scan of the blocks for each was a pass over the page per date).
type mastheadIndex struct {
	h    *html.Node         // the headline it was read for
	head int                // the headline's block: the first inside it or holding it, or -1
	of   map[*html.Node]int // a block container before head → its first block
	// an element → the first block before head whose container is it or
	// inside it
	under map[*html.Node]int
}

// mastheadBlocks returns the block positions for the headline element h.
// Each element is walked once: a walk up from a block's container stops
// at an element an earlier block's walk met (its ancestors were met too,
// and none was h, or the headline's block would have come first).
func (d *doc) mastheadBlocks(h *html.Node) *mastheadIndex {
	if ix := d.masthead; ix != nil && ix.h == h {
		return ix
	}
	ix := &mastheadIndex{h: h, head: -1, of: map[*html.Node]int{}, under: map[*html.Node]int{}}
	d.masthead = ix
	holdsH := map[*html.Node]bool{} // h and its ancestors
	for a := h; a != nil; a = a.Parent {
		holdsH[a] = true
	}
	var path []*html.Node
	for i := range d.blocks {
		c := d.blocks[i].container
		if c == nil {
			continue
		}
		if holdsH[c] {
			ix.head = i
			break
		}
		path = path[:0]
		for a := c; a != nil; a = a.Parent {
			if a == h {
				ix.head = i
				return ix
			}
			if _, ok := ix.under[a]; ok {
				break
			}
			path = append(path, a)
		}
		for _, a := range path {
			ix.under[a] = i
		}
		if _, ok := ix.of[c]; !ok {
			ix.of[c] = i
		}
	}
	return ix
}
