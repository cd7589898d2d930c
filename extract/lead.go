package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the lead: the teaser or intro a page prints between the
// headline and the body, outside the body's container. The body keeps it
// as its first paragraph (bodyKeepRules); a dek (subtitle) is the
// headline's and stays out.

// leadParagraph returns the lead (teaser, intro) printed between the
// headline and the body, outside the body container; a dek (subtitle,
// strapline) is headline furniture and is not returned. It is computed
// once.
func (d *doc) leadParagraph() string {
	if d.lead == nil {
		l := d.findLead()
		d.lead = &l
	}
	return *d.lead
}

// findLead is leadParagraph's search.
func (d *doc) findLead() string {
	res := d.bodyRes
	// A block named as a lead wherever it sits in the header area.
	for _, b := range res.header {
		if b.container == nil || b.tag == atom.Li || b.tag == atom.H1 {
			continue
		}
		n := utf8.RuneCountInString(b.text)
		if n < 40 || n > 1500 || b.linkLen*3 > len(b.text) {
			continue
		}
		if d.namedLead(b.container) == 1 && !d.isBoilerLine(b.text) && !d.isCaptionLine(b.text) && !d.pictureLine(b.container, res.scope, b.text) {
			return b.text
		}
	}
	h1 := -1
	for i, b := range res.header {
		if b.tag == atom.H1 || (d.headline != "" && b.text == d.headline) {
			h1 = i
		}
	}
	if h1 < 0 {
		return ""
	}
	for i := h1 + 1; i < len(res.header) && i <= h1+6; i++ {
		b := res.header[i]
		if inRoots(res.roots, b.container) || b.tag == atom.Li {
			// A sentence-long heading opening the text container is the
			// lead set as a heading.
			if isHeadingAtom(b.tag) && b.tag != atom.H1 && len(strings.Fields(b.text)) >= 6 && b.linkLen*3 <= len(b.text) &&
				!d.deklike(b.container) {
				return b.text
			}
			return ""
		}
		if utf8.RuneCountInString(b.text) < 40 || b.linkLen*3 > len(b.text) {
			continue
		}
		// (a meta row holding the byline element and a date: "Jane Doe
		// 5 March 2024, 6:00", the name unlabelled, is no lead, nor is
		// it with its day missing, a time left: "Jana Dvořáková, ČTK .
		// 11:27 Aktualizováno . 14:10", as body.go's byline-block says;
		// nor is the line under the lead picture: pictureLine)
		if d.chromeBetween(b.container, res.scope) || d.bylineNames(b.text) != nil || d.isBoilerLine(b.text) ||
			d.holdsBylineElement(b.container) && (d.hasDate(b.text) || hasClock(b.text)) || d.pictureLine(b.container, res.scope, b.text) {
			continue
		}
		if d.deklike(b.container) {
			return ""
		}
		return b.text
	}
	return ""
}

// namedLead returns the leadKind of the nearest of n and its three parents
// below the article scope that names one (0 when a nav, aside or footer
// comes first).
func (d *doc) namedLead(n *html.Node) int {
	level := 0
	for c := n; c != nil && c != d.bodyRes.scope && level < 4; c = c.Parent {
		level++
		if c.DataAtom == atom.Nav || c.DataAtom == atom.Aside || c.DataAtom == atom.Footer {
			return 0
		}
		if k := leadKind(d.tokensOf(c)); k != 0 {
			return k
		}
	}
	return 0
}

// deklike reports whether n or one of its two parents below the article
// scope is named as a dek (a dek class, or schema.org's
// alternativeHeadline).
func (d *doc) deklike(n *html.Node) bool {
	lvl := 0
	for c := n; c != nil && c != d.bodyRes.scope && lvl < 3; c = c.Parent {
		lvl++
		if leadKind(d.tokensOf(c)) == 2 || attr(c, "itemprop") == "alternativeHeadline" {
			return true
		}
	}
	return false
}

// inRoots reports whether one of the roots holds n.
func inRoots(roots []*html.Node, n *html.Node) bool {
	for _, r := range roots {
		if contains(r, n) {
			return true
		}
	}
	return false
}

// dekBeforeText is the body filter of the dek in the article's header
// inside the body's container: a block before any text whose element (or
// one of its two parents) is named as a subtitle ("article-subtitle",
// "field--name-field-subhead", "deck"; markup.go's dekWords), under the
// headline or above the byline or the lead picture. It is the headline's,
// and the summary resolver reads it; a lead or intro (leadWords) belongs
// to the text and stays. Fires on one tune page of the corpora (a date and
// place row classed "sub-title", no gold text) and changes no figure;
// kept because the dek class is a convention of many templates (WordPress
// subtitle plugins, Drupal's subtitle field, Arc XP, Brightspot), and the
// block must hold all of its dek element's text.
func (d *doc) dekBeforeText(b *block, root *html.Node, st *bodyState) bool {
	return st.kept == 0 && utf8.RuneCountInString(b.text) <= 400 && d.dekNamed(b, root) && d.inHeader(st.at, root)
}

// dekNamed reports whether b's element or one of its two parents below
// root is named as a dek (leadKind 2: "subtitle", "subhead", "deck"; or
// itemprop=alternativeHeadline) and holds no more text than b: a wrapper
// of the whole text whose class happens to hold such a word is no dek.
// root counts too when the body has other roots (the dek's own box taken
// as one of the text's containers).
func (d *doc) dekNamed(b *block, root *html.Node) bool {
	for i, c := 0, b.container; i < 3 && c != nil; i, c = i+1, c.Parent {
		if c == root && len(d.bodyRes.roots) < 2 {
			return false
		}
		if leadKind(d.tokensOf(c)) == 2 || attr(c, "itemprop") == "alternativeHeadline" {
			return len(shortText(c, len(b.text)+40)) <= len(b.text)+20
		}
		if c == root {
			return false
		}
	}
	return false
}

// inHeader reports whether the block at index at of d.blocks sits in the
// article's header inside root: the headline is among the three blocks
// before it, or a byline element or a picture's caption among the four
// after it.
func (d *doc) inHeader(at int, root *html.Node) bool {
	for i := at - 1; i >= 0 && i >= at-3; i-- {
		if c := d.blocks[i].container; d.headlineNode != nil && c != nil && (c == d.headlineNode || contains(d.headlineNode, c)) {
			return true
		}
	}
	for i := at + 1; i < len(d.blocks) && i <= at+4; i++ {
		b := &d.blocks[i]
		if b.container != nil && contains(root, b.container) && (b.caption || d.inBylineElement(b.container, root)) {
			return true
		}
	}
	return false
}
