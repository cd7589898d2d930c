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
