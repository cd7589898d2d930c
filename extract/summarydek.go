package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dekUnderHeadline returns the paragraph that follows the headline's
// element in the same box, when the page gives no description: the
// headline box's second line ("<h1>…</h1><p class=linha-fina>…</p>",
// a template that names its dek in the site's own language, or not at
// all). It must be a sentence or two (40 to 700 letters, ending on a
// stop), hold no link, no byline, no date and no caption, and be no
// paragraph of the text (a page whose text starts right under the <h1>
// has no dek).
func (d *doc) dekUnderHeadline() string {
	h := d.headlineNode
	if h == nil || h.DataAtom != atom.H1 {
		return ""
	}
	n := h.NextSibling
	for n != nil && (n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" || n.Type == html.CommentNode) {
		n = n.NextSibling
	}
	if n == nil || n.Type != html.ElementNode || n.DataAtom != atom.P || findFirst(n, atom.A) != nil {
		return ""
	}
	t := shortText(n, 1500)
	if c := utf8.RuneCountInString(t); c < 40 || c > 700 || !strings.ContainsAny(t[len(t)-1:], ".!?…") {
		return ""
	}
	if d.isCaptionLine(t) || d.isBoilerLine(t) || d.bylineNames(t) != nil || d.hasDate(t) {
		return ""
	}
	for _, b := range d.bodyRes.paraBlocks {
		if b != nil && b.container != nil && (b.container == n || contains(n, b.container)) {
			return "" // the text's first paragraph, read apart (a drop cap, a <br>)
		}
	}
	for _, p := range d.bodyRes.paragraphs {
		if p == t || strings.Contains(p, t) {
			return ""
		}
	}
	return t
}
