package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file keeps false author candidates out that a page's metadata
// used to outrank: many pages carry no author meta or JSON-LD, and then
// the visible sources decide alone. Each test reads the visible
// structure, never a name list:
//
//   - a rel=author link to the site's home page is the site's title
//     (Jekyll's Minima and other blog themes mark the header's title so);
//   - a label alone that is one item of a list of short items ("About"
//     in a footer's Help | Status | About | Careers list) labels nothing;
//   - a byline element that holds a sentence about the writer ("Jane Doe
//     covers Delmont and Harlan County.") is a bio: its other capitalised
//     words are places and beats, not co-authors;
//   - a copyright holder named as the <title>'s site part ("Event -
//     Harwell Community Garden") is the site's owner, as og:site_name
//     would say.

// homeHref reports whether href links to the site's home page: "/" or
// the page's own host with an empty path (no query). A link to another
// host's root is a writer's own site, kept.
func (d *doc) homeHref(href string) bool {
	href = strings.TrimSpace(href)
	if href == "/" || href == "./" {
		return true
	}
	if d.base == nil || href == "" || href[0] == '#' {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || u.RawQuery != "" || u.Path != "" && u.Path != "/" {
		return false
	}
	return u.Host != "" && sameSite(u.Host, d.base.Host)
}

// menuItem reports whether n, a block element (a paragraph, a list item,
// a division), is one of five or more sibling elements of its tag, each
// of three words or fewer: a menu or a footer's list of links, whose
// "About" or "Press" labels no byline. A byline split into parts sets
// them in inline elements. A definition list's <dt> labels its <dd>
// however many fields the list has ("Author", "Published", "Topic",
// … in a press release's or a repository's record): never a menu.
func menuItem(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Li, atom.Div:
	default:
		return false
	}
	if n.Parent == nil {
		return false
	}
	count := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != n.DataAtom {
			continue
		}
		if !textFits(c, 60) || wordCount(shortText(c, 60)) > 3 {
			return false
		}
		count++
	}
	return count >= 5
}

// bioByline reports whether a byline element's text is a sentence about
// the writer: a capitalised name of two or three words, then a
// lower-case word no byline holds (a verb: "covers", "writes", "is"),
// eight words or more in all, ending on a full stop. A byline's own
// lower-case words are labels, roles, joiners and dates.
func (w *words) bioByline(t string) bool {
	f := strings.Fields(t)
	if len(f) < 8 || !endsSentence(t) {
		return false
	}
	k := 0
	for k < len(f) && k < 4 && firstUpper(f[k]) {
		k++
	}
	if k == 1 && startsLower(f[1]) && w.proseWords(strings.Join(f[1:], " ")) >= proseMinWords && sentenceAfter(t) {
		return true // a bio opening on the job, its name apart (sentenceAfter)
	}
	return k >= 2 && k <= 3 && k < len(f) && w.proseWords(f[k]) == 1
}

// sentenceAfter reports whether t holds a second sentence: a full stop,
// a space and a capital. With bioByline's other tests it marks a bio
// that opens on the writer's job, its name in a heading apart ("Maestra
// en Zaragoza y viajera de fin de semana. Escribo sobre pueblos …" under
// an author box's <h5>, "Reporterin aus Köln. Sie schreibt über …"):
// two sentences of prose, which no byline is; with the heading empty
// the name rules read the first word as a name (TestMetamorphicAbsent).
func sentenceAfter(t string) bool {
	for i := range fullStops(t) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[i+2:], " ")); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// titleSitePart reports whether name is the site part of the page's
// <title>: its first or last part (of two or more) that is not the
// headline ("Spring Seed Swap - Harwell Community Garden").
func (d *doc) titleSitePart(name string) bool {
	parts, _ := splitTitle(d.title)
	if len(parts) < 2 {
		return false
	}
	n := normLoose(name)
	for _, p := range [2]string{parts[0], parts[len(parts)-1]} {
		if n != "" && normLoose(p) == n && normLoose(p) != normLoose(d.headline) {
			return true
		}
	}
	return false
}

// ofReply reports whether the byline element n signs a reply: it sits in
// an item (up to four levels up, holding neither the headline nor the
// article's first paragraph) that has a sibling of its tag and class
// holding a byline element too (a list of comments or forum posts) and
// that shows a time (a <time> element or a clock, "9:12"), and the item
// follows the list's item that holds the article's text, or comes after
// that text. The
// first post of a thread is the article's own (a forum topic); the
// items after the text are its comments, whatever the region is called
// in the template's language ("disc", "reacties").
func (d *doc) ofReply(n *html.Node) bool {
	var first, last *html.Node // the article's first and last paragraphs
	if r := d.bodyRes; r != nil && len(r.paraBlocks) > 0 && r.paraBlocks[0] != nil && r.paraBlocks[len(r.paraBlocks)-1] != nil {
		first, last = r.paraBlocks[0].container, r.paraBlocks[len(r.paraBlocks)-1].container
	}
	for a, i := n.Parent, 0; a != nil && a.Type == html.ElementNode && i < 4; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.Body || contains(a, d.headlineNode) || contains(a, first) {
			return false
		}
		cls := attr(a, "class")
		if cls == "" {
			continue
		}
		prev, next := d.replySibling(a, cls, false), d.replySibling(a, cls, true)
		if prev == nil && next == nil || !showsTime(a) {
			continue
		}
		return prev != nil && itemBeforeHolds(a, cls, first) || last != nil && precedes(last, a)
	}
	return false
}

// itemBeforeHolds reports whether an element sibling before item, of its
// tag and class (sameRowClass), holds n (the article's first paragraph): the thread's
// first post is the article, and item replies to it. Writer cards in a
// row above the text ("Jane Doe 9:12", "Mark Roe 10:40") hold none.
func itemBeforeHolds(item *html.Node, cls string, n *html.Node) bool {
	if n == nil {
		return false
	}
	for s := elemSibling(item, false); s != nil; s = elemSibling(s, false) {
		if s.Data == item.Data && sameRowClass(attr(s, "class"), cls) && contains(s, n) {
			return true
		}
	}
	return false
}

// replySibling returns the nearest element sibling of item, before it or
// after it, of its tag and class (sameRowClass) that holds a byline
// element, or nil.
func (d *doc) replySibling(item *html.Node, cls string, next bool) *html.Node {
	for s := elemSibling(item, next); s != nil; s = elemSibling(s, next) {
		if s.DataAtom != item.DataAtom || s.Data != item.Data || !sameRowClass(attr(s, "class"), cls) {
			continue
		}
		for _, b := range d.bylines {
			if contains(s, b) {
				return s
			}
		}
	}
	return nil
}

// showsTime reports whether n holds a <time> element or a clock time in
// its first 300 bytes of text.
func showsTime(n *html.Node) bool {
	if findFirst(n, atom.Time) != nil {
		return true
	}
	return colonClock(shortText(n, 300))
}

// colonClock reports whether s holds a clock written with a colon, a
// digit before it and two after ("9:12", "à 14:32"): the loose form a
// reply's or a post footer's time takes (showsTime, timeAfterName).
// clockAt reads a meta row's stricter forms (dots, "h", CJK markers)
// from date tokens.
func colonClock(s string) bool {
	for j := 1; j+2 < len(s); j++ {
		if s[j] == ':' && isDigit(s[j-1]) && isDigit(s[j+1]) && isDigit(s[j+2]) {
			return true
		}
	}
	return false
}

// inQuote reports whether n stands in a <blockquote>: a quote's
// attribution ("<footer><span class=author>…</span></footer>" under an
// epigraph, an embedded post's author) names who said it, not who wrote
// the story.
func inQuote(n *html.Node) bool {
	for a := n.Parent; a != nil && a.DataAtom != atom.Body; a = a.Parent {
		if a.DataAtom == atom.Blockquote {
			return true
		}
	}
	return false
}
