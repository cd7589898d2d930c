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
	at, head := -1, -1
	for i := range d.blocks {
		c := d.blocks[i].container
		if at < 0 && (contains(n, c) || contains(c, n)) {
			at = i
		}
		if contains(h, c) || contains(c, h) {
			head = i
			break
		}
	}
	return at >= 0 && head-at > mastheadGap
}
