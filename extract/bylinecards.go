package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cardHeading reports whether an <h2> that opens with a byline label is
// a writer's card heading ("Written by X" after the text) and no section
// heading of the story: an <h2> beside a paragraph of prose (80 bytes or
// more) heads a section ("By Land and Sea", "Por tierra y por mar")
// unless its label is more than a bare preposition ("written by",
// "geschrieben von", "autor:"), which no section heading opens with.
func (d *doc) cardHeading(n *html.Node) bool {
	prose := false
	for c := n.Parent.FirstChild; c != nil && !prose; c = c.NextSibling {
		prose = c != n && c.Type == html.ElementNode && c.DataAtom == atom.P && !textFits(c, 80)
	}
	if !prose {
		return true
	}
	head := strings.ToLower(truncRunes(strings.TrimSpace(nodeText(n)), 24))
	for _, l := range d.w.bylineLabels {
		if strings.ContainsAny(l, " :") && strings.HasPrefix(head, l) {
			return true
		}
	}
	return false
}

// networkButton reports whether n, named by an author class word that is
// also a platform's name ("blogger"), is a share kit's button or a
// social link list's item ("a2a_button_blogger", "<li class=blogger>"):
// n is a link off the site, or holds one and no other text, and an
// element of its tag beside it is such a link too. A writer's card links
// to the writer's blog beside a paragraph about them, not beside another
// off-site link of its kind.
func (d *doc) networkButton(n *html.Node) bool {
	if n.Parent == nil || !d.offSiteItem(n) {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode && c.DataAtom == n.DataAtom && d.offSiteItem(c) {
			return true
		}
	}
	return false
}

// offSiteItem reports whether n is a link to another host, or holds one
// whose text is all of n's.
func (d *doc) offSiteItem(n *html.Node) bool {
	a := n
	if n.DataAtom != atom.A {
		if a = findFirst(n, atom.A); a == nil || strings.TrimSpace(nodeText(a)) != strings.TrimSpace(nodeText(n)) {
			return false
		}
	}
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	return err == nil && u.Host != "" && (d.base == nil || !sameSite(u.Host, d.base.Host))
}
