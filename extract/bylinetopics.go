package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// topicsByline reports whether a byline element is a row of topic or tag
// links under a topic label of the lexicon rather than a byline: themes
// give the post footer's tag list the byline's class (Blogger's "<div
// class='byline post-labels'><span class=byline-label>Labels:</span>
// <a rel=tag>sourdough</a></div>", WordPress themes' "byline
// cat-links"), and with no name left on the page it would be read as
// one. The label opens the element's text and the links are most of the
// rest, as in isTopicsRow; a byline that names its writer ("Tags: Jane
// Doe" is not a form any template prints) has no such label.
func (d *doc) topicsByline(n *html.Node) bool {
	t := strings.ToLower(shortText(n, 200))
	if t == "" || textOver(t, 150) {
		return false
	}
	end := d.topicLabelEnd(t, ":：")
	if end < 0 {
		return false
	}
	rest := strings.TrimLeft(t[end:], " :：")
	return rest != "" && linkedLen(n)*3 >= len(rest)*2
}

// linkedLen returns the length of the text of n's links.
func linkedLen(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return len(shortText(n, 200))
	}
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += linkedLen(c)
	}
	return l
}

// withoutSectionLinks cuts from a byline element's text t the text of its
// links to a section the site's <nav> menu also links to ("Dec 4, 2026 -
// <a href=/politics-policy>Politics & Policy</a>" with the same link in
// the menu): a section's name beside the date, not a writer. A writer's
// page is not a menu item of the site's navigation. So are the links of
// a list of the writer's stories in a reporter box (storyListLink).
func (d *doc) withoutSectionLinks(n *html.Node, t string) string {
	for a := range n.Descendants() {
		if a.Type != html.ElementNode || a.DataAtom != atom.A {
			continue
		}
		h := attr(a, "href")
		if h == "" || h == "/" || h[0] == '#' || !d.navHref(h) && !d.storyListLink(a, h) {
			continue
		}
		if s := shortText(a, 100); s != "" {
			t = strings.Replace(t, s, "", 1)
		}
	}
	return t
}

// navHref reports whether a <nav> element of the page links to href
// (the hrefs are gathered on first use).
func (d *doc) navHref(href string) bool {
	if d.navHrefs == nil {
		d.navHrefs = map[string]bool{}
		for a := range d.root.Descendants() {
			if a.Type == html.ElementNode && a.DataAtom == atom.A && inNavElement(a) {
				d.navHrefs[attr(a, "href")] = true
			}
		}
	}
	return d.navHrefs[href]
}

// inNavElement reports whether n is inside a <nav> element.
func inNavElement(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Nav {
			return true
		}
	}
	return false
}

// withoutFilingLines drops from a byline element's text (its lines
// joined by " | ", bylineText) the lines that are only a filing opener
// and the place ("Reporting from Los Alamillos, Texas", filingLine):
// where the story was filed from, which the dateline rules read, not a
// writer; the lines naming the writers stay.
func withoutFilingLines(t string) string {
	lines := strings.Split(t, " | ")
	kept := slices.DeleteFunc(slices.Clone(lines), filingLine)
	if len(kept) == len(lines) {
		return t
	}
	return strings.Join(kept, " | ")
}

// filingLine reports whether a short line opens on a filing opener of
// the lexicon and then a place: filingLinePlace's form, or a few words
// with a comma, a town and its state or country ("Reporting from Los
// Alamillos, Texas": the gazetteer has no states) that do not open on a
// first name. An opener then a name ("dal nostro inviato Mario Rossi,
// Kiev") is the writer's byline and stays.
func filingLine(l string) bool {
	if textOver(l, 80) {
		return false
	}
	low := lowerSameWidth(l)
	for _, o := range vocab().filingOpeners {
		if strings.HasPrefix(low, o+" ") {
			f := strings.Fields(l[len(o):])
			return filingLinePlace(l) != "" || strings.Contains(l[len(o):], ",") && len(f) <= 5 && !firstNames()[strings.ToLower(f[0])]
		}
	}
	return false
}

// storyListLink reports whether the link a, to href, is an item of a
// list of stories in a byline element: the link alone in an <li>, its
// text a title of three words or more, to a page that is no writer's
// archive ("<div class=reporter-box>… 기자의 기사 모음<ul><li><a
// href=/news/view?ncd=…>제주 관광객 1월 100만 명 돌파</a>", a reporter
// box's latest stories, as Korean, Japanese and many European portals
// print under the text). A list of writers links to their pages, by
// names of two or three words.
func (d *doc) storyListLink(a *html.Node, href string) bool {
	li := a.Parent
	if li == nil || li.DataAtom != atom.Li || strings.TrimSpace(shortText(li, 200)) != strings.TrimSpace(shortText(a, 200)) {
		return false
	}
	return wordCount(shortText(a, 200)) >= 3 && !d.w.authorArchive(href)
}

// withoutPlaceElems cuts from a byline element's text t the text of its
// elements whose class names the filing place (strongPlaceElem: "<span
// class=localidad>Zaragoza</span>", "<span class=lugar>"): the
// dateline's (datelinesign.go), never the writer's. With the writer's
// element empty the place was read as the author, and the dateline,
// which must not be the author, was lost (TestMetamorphicAbsent).
func (d *doc) withoutPlaceElems(n *html.Node, t string) string {
	if firstElemChild(n) == nil && d.strongPlaceElem(n) {
		return "" // the place's own element ("byline__location")
	}
	for e := range n.Descendants() {
		if e.Type != html.ElementNode || firstElemChild(e) != nil || !d.strongPlaceElem(e) {
			continue
		}
		if s := shortText(e, 100); s != "" {
			t = strings.Replace(t, s, "", 1)
		}
	}
	return t
}
