package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// postFooterLines reads the byline a blog prints in its post's own
// footer ("posted by X at 2024-03-05 14:20" in Pixnet's and Blogger's
// themes, "Posted by X in Travel" in many WordPress ones), which the
// labelled-line source skips as a footer: a labelled line after the
// text, in the post's element that holds the text (an <article>, or one
// named "post", "entry", "article", "hentry": not a page wrapper, whose
// site footer names no writer), with no box but a footer between (no
// comment, related list, sidebar). One such
// line only: a list of them is a list of posts. It is read after every
// other source, so a byline elsewhere wins.
func (d *doc) postFooterLines() []string {
	if d.bodyRes == nil || len(d.bodyRes.paraBlocks) == 0 {
		return nil
	}
	last := d.bodyRes.paraBlocks[len(d.bodyRes.paraBlocks)-1].container
	var out []string
	for _, n := range d.withoutTeasers(d.labelled) {
		if !precedes(last, n) || d.headlineNode != nil && !precedes(d.headlineNode, n) || d.ofPicture(n) {
			continue
		}
		if post := lca(last, n); post == nil || !postElement(post) || !footerOnlyBetween(n, post) {
			continue
		}
		if t := d.labelledText(n); t != "" && textUnder(t, 150) && !d.notByline(t) && !d.editorLine(t) {
			out = append(out, t)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// footerOnlyBetween reports whether the chrome between n and its
// ancestor top is a footer only: no nav or aside, and no class naming
// other chrome than a footer (comments, related posts, a sidebar).
func footerOnlyBetween(n, top *html.Node) bool {
	for a := n.Parent; a != nil && a != top; a = a.Parent {
		if a.DataAtom == atom.Nav || a.DataAtom == atom.Aside {
			return false
		}
		for tok := range strings.FieldsSeq(attr(a, "class") + " " + attr(a, "id")) {
			if chromeClass(tok) && !strings.EqualFold(tok, "footer") {
				return false
			}
		}
	}
	return true
}

// postElement reports whether n is a post's element: an <article>, or
// one whose class or id opens on "post", "entry", "article" or "hentry"
// ("post hentry", Blogger; "article" and "article-123", Pixnet; "entry",
// Hatena).
func postElement(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	if n.DataAtom == atom.Article {
		return true
	}
	for tok := range strings.FieldsSeq(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		first, _, _ := strings.Cut(strings.ReplaceAll(tok, "_", "-"), "-")
		switch first {
		case "post", "entry", "article", "hentry":
			return true
		}
	}
	return false
}

// footerAboveText reports whether a byline element stands in a box named
// a footer that comes before the story's text in the post's element: the
// entry's meta row that a news extension closes its header with (TYPO3's
// news "header" then "footer" with the date, category and writer, then the
// teaser and the text), no page footer, which comes after the text. The
// post's element (postElement) holds the text's first paragraph and the
// byline, with no box but a footer between (footerOnlyBetween), and is
// itself no chrome.
func (d *doc) footerAboveText(n *html.Node) bool {
	if d.bodyRes == nil || len(d.bodyRes.paraBlocks) == 0 {
		return false
	}
	first := d.bodyRes.paraBlocks[0].container
	if !precedes(n, first) {
		return false
	}
	post := lca(first, n)
	return post != nil && postElement(post) && footerOnlyBetween(n, post) && !inChrome(post)
}
