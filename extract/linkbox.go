package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkListAfter reports whether the end-matter label b ("READ MORE
// HERE", "Read also") stands alone in its element, right before a list
// of links set between the paragraphs ("<p>READ MORE HERE</p><ul><li><a>
// …</a></li></ul><p>The story goes on…"): the label heads that list as
// it would head a box holding both (headsLinkBox), and the story goes on
// after it. Straits Times-style templates and many CMS "related" blocks
// put the label and the list side by side. The label's element, or the
// parent it fills, must be followed by a list (<ul>, <ol>) whose text
// is mostly links.
func (d *doc) linkListAfter(b *block, root *html.Node) bool {
	n := b.container
	for up := 0; n != nil && n != root && up < 2; up++ {
		if sib := plainSibling(n, true); sib != nil { // (past plain wrappers, bodywrap.go)
			if sib.DataAtom != atom.Ul && sib.DataAtom != atom.Ol {
				return false
			}
			st := d.stats[sib]
			return st != nil && st.textLen > 0 && st.linkLen*3 >= st.textLen*2
		}
		// the label's element is the last of its parent: the parent
		// heads the list only when the label is all of its text
		p := plainParent(n)
		if p == nil || strings.TrimSpace(visibleText(p)) != strings.TrimSpace(visibleText(n)) {
			return false
		}
		n = p
	}
	return false
}

// linksPastChrome reports whether the text of box, less the label's
// (labelLen bytes), is mostly links; or is so once the chrome among its
// children is left out, when the story goes on right after the box (the
// next element is text, not links): a "Mehr zum Thema" box between two
// paragraphs whose teaser card (a chrome element) shows a picture's
// caption and credit beside the teaser's link is a box of links as much
// as a bare list is; a box of chrome with no link (a contact box, a
// form) is none. A box of chrome promos after the story, followed by
// more boxes of links, still opens the end matter.
func (d *doc) linksPastChrome(box *html.Node, st *elemStats, labelLen int) bool {
	text, links := st.textLen-labelLen, st.linkLen
	if links*3 >= text*2 {
		return true
	}
	next := plainSibling(box, true)
	if next == nil {
		return false
	}
	if ns := d.stats[next]; ns == nil || ns.textLen == 0 || ns.linkLen*3 >= ns.textLen {
		return false
	}
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if cs := d.stats[c]; cs != nil && cs.textLen > 0 && cs.textLen <= text && d.isChromeElem(unwrapPlain(c)) { // (past a plain wrapper, bodywrap.go)
			text -= cs.textLen - cs.linkLen // (its links stay links)
		}
	}
	return links > 0 && links*3 >= text*2
}
