package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells a site's "today" date from the page's own on pages with
// no article container: the date table-layout and early-CMS templates
// print in their masthead ("Mittwoch, 18. März 2009", "Сегодня: 12 марта
// 2024"), above the menu and the side columns, under an id or class that
// says only "date". The text read back from the headline for a date line
// leaves out a box beside the site's logo outside the story's box (the
// masthead under a class no header word names), unless the story's own
// line shows that day without its year.

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

// precedingText is precedingTextIn (near.go) without the site's
// masthead: the box beside its logo (logoBoxOutsideStory).
func (d *doc) precedingText(n *html.Node, max int) string {
	return d.precedingTextIn(n, max, false)
}

// mastheadLogoText is the most text a masthead box holds beside its logo:
// the site's name, a slogan, today's date, a login or search link.
const mastheadLogoText = 160

// logoBoxOutsideStory reports whether the element n, met reading back
// from the headline, is the site's masthead under a class no header word
// names ("kop", "cabecera", "top"): outside the story's box, a short box
// that holds the site's logo, a picture named a logo by its file or class
// or set in a link to the site's home page. The date it shows beside the
// logo is the day the page was served (an archive capture's "woensdag 18
// maart 2009"), not the day the story ran. General: the logo and the
// story's box are structure every template has, no class name is read
// but the logo's own.
func (d *doc) logoBoxOutsideStory(n, box *html.Node) bool {
	if box == nil || n.Type != html.ElementNode || contains(n, box) || contains(box, n) || !textFits(n, mastheadLogoText) {
		return false
	}
	return findElem(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Img:
			return d.logoImage(c, attr(c, "src"))
		case atom.A:
			return findFirst(c, atom.Img) != nil && d.siteLink(c)
		}
		return false
	}) != nil
}

// mastheadDay reads the masthead's date before the headline n (or the
// byline line the date readers anchor on) when the story's own date line,
// in n or after it, shows its day and month without a year ("Inviato da
// X il Martedì, 04 marzo @ 14:22", under "Martedì, 04 marzo 2008" beside
// the logo): templates of the early web leave the year to the masthead
// of the day they serve the story on.
func (pk *datePicker) mastheadDay(n *html.Node) (dateVal, bool) {
	v, _, ok := pk.lastTextDate(pk.d.precedingTextIn(n, 300, true))
	if !ok {
		return dateVal{}, false
	}
	day, ok := pk.yearless(shortText(n, 200)+" "+followingTextNoCaptions(n, 300, nil), false)
	if !ok || day.t.Month() != v.t.Month() || day.t.Day() != v.t.Day() {
		return dateVal{}, false
	}
	return v, true
}
