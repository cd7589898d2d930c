package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file chooses the page's <article>, the scope most readers search
// (doc.scope): not merely the first one in the source. Templates order
// their regions as they like and let CSS place them: a rail of teaser
// cards, each an <article> (Ghost's "read more" cards, Drupal's teaser
// view mode, WordPress block themes' query loops), may come before the
// story in the source, and the first <article> was then a teaser whose
// <time> dated the page. Found by TestMetamorphicOrder's aside-first
// variant; general because it reads only the shape of a teaser (short,
// its heading a link to another page), no site's names.

// noteArticle counts an <article> of the walk and keeps the first ones.
func (d *doc) noteArticle(n *html.Node) {
	d.articles++
	if d.article == nil {
		d.article = n
	}
	if len(d.articleEls) < maxListed {
		d.articleEls = append(d.articleEls, n)
	}
}

// pickArticle makes the page's article the first <article> that is no
// teaser of another page; when all are (a listing), the first, unless
// the story's paragraphs stand outside them (storyOutside).
func (d *doc) pickArticle() {
	if d.articles == 0 {
		return
	}
	defer func() {
		if d.articleTeaser(d.article) && d.storyOutside() {
			d.article = nil
		}
	}()
	if d.articles < 2 {
		return
	}
	for _, a := range d.articleEls {
		// (a comment printed as an <article>, WordPress's
		// comment-body, has no heading, and is no story either)
		if !d.articleTeaser(a) && !otherItemsClass(attr(a, "class")) {
			d.article = a
			return
		}
	}
}

// articleTeaser reports whether the <article> a is another page's teaser:
// short (a title, a date, a line of standfirst), its first heading a
// link, or inside one, to a page not this one. An <h1> before the first
// h2-h4 is the first heading: a short story's own headline, whatever
// its footer's "related" heading links to.
func (d *doc) articleTeaser(a *html.Node) bool {
	h := firstHeading(a)
	if h1 := findFirst(a, atom.H1); h1 != nil && (h == nil || precedes(h1, h)) {
		h = h1
	}
	if h == nil {
		return false
	}
	link := findFirst(h, atom.A)
	for p := h.Parent; link == nil && p != nil && p != a; p = p.Parent {
		if p.DataAtom == atom.A {
			link = p
		}
	}
	if link == nil || attr(link, "href") == "" || d.isSelfLink(attr(link, "href")) {
		return false
	}
	return textFits(a, teaserMaxText)
}

// storyOutside reports whether three lines of prose (80 bytes or more,
// no heading, less than half of them links: a paragraph, a table cell's
// or a <br>-cut line of old templates) stand outside every <article>: a
// story page whose template marks only its teaser cards as <article>s (a
// related row, one "Read also" card in the text; found by
// TestMetamorphicChrome) keeps its story outside them, where the readers
// then search (<main>, the body), not in the first card. A listing's
// text is its teasers'. Asked only when the <article> picked is a
// teaser.
func (d *doc) storyOutside() bool {
	n := 0
	for _, b := range d.blocks {
		if isHeadingAtom(b.tag) || len(b.text) < 80 || b.linkLen*2 >= len(b.text) {
			continue
		}
		inside := false
		for _, a := range d.articleEls {
			if inside = contains(a, b.container); inside {
				break
			}
		}
		if !inside {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}
