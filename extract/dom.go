package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the small node helpers every resolver shares (text.go
// renders nodes as text).

// maxDepth bounds recursive walks on pathological pages.
const maxDepth = 512

// attr returns the value of attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// isElem reports whether n is an element with atom a.
func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// hasToken reports whether the space-separated list s holds tok.
func hasToken(s, tok string) bool {
	for w := range strings.FieldsSeq(s) {
		if w == tok {
			return true
		}
	}
	return false
}

// isBlockAtom reports whether elements of tag a start a new text block.
func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption,
		atom.Figure, atom.Figcaption, atom.Hr, atom.Address, atom.Form, atom.Fieldset,
		atom.Details, atom.Summary, atom.Center, atom.Body, atom.Html, atom.Legend, atom.Hgroup:
		return true
	}
	return false
}

// isHeadingAtom reports whether a is h1..h6.
func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isInvisibleAtom reports whether elements of tag a never show article
// text.
func isInvisibleAtom(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Canvas,
		atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Select, atom.Button,
		atom.Input, atom.Textarea, atom.Option, atom.Head, atom.Link, atom.Meta, atom.Title,
		atom.Map, atom.Dialog, atom.Label:
		return true
	}
	return false
}

// isHidden reports whether n is hidden by markup (the hidden attribute,
// aria-hidden, an inline display:none or visibility:hidden).
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if styleHides(a.Val) {
				return true
			}
		}
	}
	return false
}

// headingAnchor reports whether n is a heading's permalink mark: a link
// to an anchor of the page whose whole text is a sign ("¶", "🔗"; "#" and
// "§" only inside a heading or a term), which documentation generators (Sphinx's "headerlink", MkDocs,
// Pelican, Hugo and Jekyll themes, Markdown renderers) put after every
// heading and show on hover. It is no word of the heading or the text.
func headingAnchor(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	c := n.FirstChild
	if c == nil || c != n.LastChild || c.Type != html.TextNode {
		return false
	}
	switch strings.TrimSpace(c.Data) {
	case "¶", "🔗":
		return strings.HasPrefix(attr(n, "href"), "#")
	case "#", "§":
		// signs that are words of a sentence too ("press <a>#</a> to
		// confirm", "nach <a>§</a> 12 der Satzung"): a mark only in a
		// heading's or a term's own line
		p := n.Parent
		return strings.HasPrefix(attr(n, "href"), "#") && p != nil && (isHeadingAtom(p.DataAtom) || p.DataAtom == atom.Dt)
	}
	return false
}

// classTokens appends the lower-case words of n's class and id to dst:
// "td-post-content tagdiv-type" gives td, post, content, tagdiv, type, and
// camelCase is split ("articleBody" gives article, body).
func classTokens(n *html.Node, dst []string) []string {
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" && !anchorSlug(n, a.Val) {
			dst = splitWords(a.Val, dst)
		}
	}
	return dst
}

// anchorSlug reports whether id is a heading's anchor made from its own
// words ("<h2 id=would-we-recommend-it>Would we recommend it?</h2>"):
// Markdown renderers (Hugo, Jekyll, Ghost, GitHub) and table-of-contents
// plugins write one on every subheading, and its words are the story's,
// not the template's ("recommend", "related", "comments" in a heading
// name no furniture).
func anchorSlug(n *html.Node, id string) bool {
	if !isHeadingAtom(n.DataAtom) || len(id) < 8 || n.FirstChild == nil {
		return false
	}
	var idw, textw [12]string
	a, b := splitWords(id, idw[:0]), splitWords(nodeText(n), textw[:0])
	return len(a) >= 2 && slices.Equal(a, b)
}

// keepTokens copies an element's class tokens into the doc's slab, one
// allocation for hundreds of elements: the slice returned has no room to
// append into its neighbours'.
func (d *doc) keepTokens(words []string) []string {
	if cap(d.words)-len(d.words) < len(words) {
		d.words = make([]string, 0, max(512, len(words)))
	}
	d.words = append(d.words, words...)
	return d.words[len(d.words)-len(words) : len(d.words) : len(d.words)]
}

// splitWords appends the lower-case words of an identifier list to dst.
func splitWords(s string, dst []string) []string {
	start := -1
	var prev byte
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		isAlnum := (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		boundary := !isAlnum || (c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z')
		if boundary && start >= 0 {
			dst = append(dst, strings.ToLower(s[start:i]))
			start = -1
		}
		if isAlnum && start < 0 {
			start = i
		}
		prev = c
	}
	return dst
}

// classHint returns n's class and id (a custom element's tag name first),
// lower case, joined by a space: for
// substring tests ("author-name", "post-date").
func classHint(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if n.DataAtom == 0 && n.Type == html.ElementNode && n.Data != "" {
		// A custom element's name says what it holds as a class does
		// (<byline>, <site-header>, <cookie-banner>, <related-posts>):
		// web components and NITF-style markup name roles by tag.
		c = strings.TrimSpace(n.Data + " " + c)
	}
	switch {
	case c == "":
		return lowerASCII(id)
	case id == "":
		return lowerASCII(c)
	}
	return lowerASCII(c + " " + id)
}

// lowerASCII lower-cases s, allocating only when it has an upper-case
// ASCII letter (class names are almost always lower case already).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// contains reports whether a is n or an ancestor of n.
func contains(a, n *html.Node) bool {
	if a == nil {
		return false
	}
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// depthOf is the number of ancestors of n.
func depthOf(n *html.Node) int {
	d := 0
	for ; n.Parent != nil; n = n.Parent {
		d++
	}
	return d
}

// lca returns the lowest common ancestor of a and b.
func lca(a, b *html.Node) *html.Node {
	da, db := depthOf(a), depthOf(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

// findFirst returns the first descendant element of n with tag a.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	return findElem(n, func(c *html.Node) bool { return c.DataAtom == a })
}

// ancestorWithin returns the first of n and its ancestors, levels
// elements in all (n the first), that match accepts, or nil: the walk
// stops at the first node that is no element (the document). The
// "n, or a box up to N-1 levels above it, is X" readers share it
// (inMatchFacts, inStoryCard, ofEvent, ofPicture, ...).
func ancestorWithin(n *html.Node, levels int, match func(*html.Node) bool) *html.Node {
	for a, i := n, 0; a != nil && a.Type == html.ElementNode && i < levels; a, i = a.Parent, i+1 {
		if match(a) {
			return a
		}
	}
	return nil
}

// findElem returns the first descendant element of n, in document order,
// that match accepts.
func findElem(n *html.Node, match func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if match(c) {
				return c
			}
			if f := findElem(c, match); f != nil {
				return f
			}
		}
	}
	return nil
}

// elemSibling returns n's previous (next=false) or next element sibling.
func elemSibling(n *html.Node, next bool) *html.Node {
	for {
		if next {
			n = n.NextSibling
		} else {
			n = n.PrevSibling
		}
		if n == nil || n.Type == html.ElementNode {
			return n
		}
	}
}

// docOrder finds elements' places in document order, counting each
// parent's children once: comparing many siblings costs no more than
// walking them (a walk per comparison was quadratic in their number).
type docOrder map[*html.Node]int // node -> index among its parent's children

// pathTo returns the child indexes from the root down to n.
func (o docOrder) pathTo(n *html.Node) []int {
	var path []int
	for ; n.Parent != nil; n = n.Parent {
		i, ok := o[n]
		if !ok {
			k := 0
			for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
				o[c] = k
				k++
			}
			i = o[n]
		}
		path = append(path, i)
	}
	slices.Reverse(path)
	return path
}

// pathBefore reports whether the element at path a (from docOrder.pathTo)
// comes before the one at b in document order; an ancestor comes before
// its descendants.
func pathBefore(a, b []int) bool { return slices.Compare(a, b) < 0 }

// dropComments takes the comments out of the tree, joining the text on
// either side of one into a node again: the page reads as it would
// without them. CMSs, caches and page builders leave comments anywhere
// ("<!-- /wp:paragraph -->" after every paragraph, "<!-- .byline -->"
// between a strip's spans, one between a figure's picture and its
// caption, or inside a paragraph between two sentences), and a rule that
// asks for an element's last child or a paragraph's first text node
// should not see them. The extractor reads nothing in comments.
func dropComments(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode:
			prev := c.PrevSibling
			n.RemoveChild(c)
			if prev != nil && next != nil && prev.Type == html.TextNode && next.Type == html.TextNode {
				prev.Data += next.Data
				after := next.NextSibling
				n.RemoveChild(next)
				next = after
			}
		case html.ElementNode, html.DocumentNode:
			if c.FirstChild != nil {
				dropComments(c)
			}
		}
		c = next
	}
}

// prevTextNode returns the nearest text node before n in document order
// that is not white space, within a few steps, or nil.
func prevTextNode(n *html.Node) *html.Node {
	cur := n
	for steps := 0; steps < 8; steps++ {
		for cur != nil && cur.PrevSibling == nil {
			cur = cur.Parent
		}
		if cur == nil {
			return nil
		}
		cur = cur.PrevSibling
		for cur.Type == html.ElementNode && cur.LastChild != nil {
			cur = cur.LastChild
		}
		if cur.Type == html.TextNode && strings.TrimSpace(cur.Data) != "" {
			return cur
		}
	}
	return nil
}
