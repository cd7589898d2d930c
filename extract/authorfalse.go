package extract

import (
	"net/url"
	"strings"

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
	return u.Host != "" && strings.EqualFold(strings.TrimPrefix(u.Host, "www."), strings.TrimPrefix(d.base.Host, "www."))
}

// menuItem reports whether n, a block element (a paragraph, a list item,
// a division), is one of five or more sibling elements of its tag, each
// of three words or fewer: a menu or a footer's list of links, whose
// "About" or "Press" labels no byline. A byline split into parts sets
// them in inline elements.
func menuItem(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Li, atom.Div, atom.Dd, atom.Dt:
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
	return k >= 2 && k <= 3 && k < len(f) && w.proseWords(f[k]) == 1
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
