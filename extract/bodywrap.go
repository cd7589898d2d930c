package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file lets the body's choice look through the wrappers a template
// nests its boxes in for layout alone: a <div> with no attribute around
// one element. Real sites set the text at any depth of such wrappers, so
// the scoring (its shares by level), the climb to the text's container,
// the sibling checks, the merge of cousins, the furniture and fact-box
// checks and the article scope measure distances and read names over the
// other elements only, and a page wrapper holding all of <body> is the
// body: the same boxes give the same body however deep they sit. Found
// by the wrap variant of TestMetamorphicMarkup (65 whole invented pages
// changed their fields when two <div>s wrapped the body's children and
// one each child of an <article>); general because it asks for no name,
// only that the element have none.

// plainWrapper reports whether n is a wrapper that says nothing: a <div>
// or <section> whose only attribute, if any, is a class that names
// layout alone (layoutClass), and whose only content is one element
// (scripts and styles aside), with no text of its own.
func plainWrapper(n *html.Node) bool {
	if !wrapperAtom(n) || onlyElemChild(n) == nil {
		return false // (the cheap tests first: most boxes hold several)
	}
	ok, _ := wrapperTag(n)
	return ok
}

// scoreWrapper reports whether n is a plain wrapper that the body's
// scoring passes (score in bodyscore.go): one not named as a cell of
// the page's grid. A grid's row or column ("row", "col-md-8") is a
// region of the page beside others (the main column, the sidebar), and
// the scoring counts it as a level: passing it too cost trafilatura
// recall on the check half (.937 -> .935).
func scoreWrapper(n *html.Node) bool {
	if !wrapperAtom(n) || onlyElemChild(n) == nil {
		return false
	}
	ok, grid := wrapperTag(n)
	return ok && !grid
}

// wrapperAtom reports whether n is a <div> or a <section>, the elements
// a wrapper may be.
func wrapperAtom(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && (n.DataAtom == atom.Div || n.DataAtom == atom.Section)
}

// wrapperTag reports whether n is a <div> or <section> with no attribute
// but a class that names layout alone, and whether that class names a
// grid's cell (a layoutWords word).
func wrapperTag(n *html.Node) (ok, grid bool) {
	if !wrapperAtom(n) {
		return false, false
	}
	for _, a := range n.Attr {
		if a.Key != "class" {
			return false, false
		}
		if ok, grid = layoutClass(a.Val); !ok {
			return false, false
		}
	}
	return true, grid
}

// wrapperWords name a layout wrapper in class names, beside the grid's
// layoutWords: the container, its inner and outer boxes, padding, and a
// grid's breakpoint tiers ("container", "inner-wrap", "col-md-8",
// "u-pad").
var wrapperWords = set("container", "inner", "outer", "wrapper", "wrap", "pad", "padding", "gutter", "cell", "flex",
	"fluid", "xs", "sm", "md", "lg", "xl", "xxl", "clearfix")

// wrapperHeads end a component's inner wrapper's class name: "X-container",
// "X__inner-container", "X-wrapper" (Elementor, the block editor, BEM).
var wrapperHeads = set("container", "inner", "outer", "wrapper", "wrap")

// layoutClass reports whether a class attribute names layout alone, and
// whether it names a grid's cell: each of its names either has only
// layout words (layoutWords, wrapperWords), numbers and one-letter
// prefixes (BEM layout and utility namespaces: "l-container", "u-pad",
// "col-md-8"), or is a component's inner wrapper (its last word a
// wrapperHeads word: "wp-block-group__inner-container") whose words name
// neither the text nor furniture (contentWords, chromeWords,
// neverContentWords: "entry-content-wrap", "comments-container",
// "byline-wrapper" keep their reading), but for a page builder's generic
// "widget" (builderWrapper: "elementor-widget-container"; WordPress's
// sidebar "widget", "widget_text" end on no wrapper word).
func layoutClass(class string) (ok, grid bool) {
	for name := range strings.FieldsSeq(class) {
		var buf [8]string
		words := splitWords(name, buf[:0])
		if len(words) == 0 {
			return false, false
		}
		head := wrapperHeads[words[len(words)-1]]
		layout, cell := true, false
		for _, w := range words {
			lw := layoutWords[w]
			cell = cell || lw
			if len(w) > 1 && !lw && !wrapperWords[w] && strings.Trim(w, "0123456789") != "" {
				if !head {
					return false, false // (most names: no need to read on)
				}
				layout = false
			}
		}
		if !layout {
			for _, w := range words {
				if contentWords[w] || chromeWords[w] && !builderWrapper([]string{w}) || neverContentWords[w] {
					return false, false
				}
			}
		}
		ok, grid = true, grid || layout && cell
	}
	return ok, grid
}

// onlyElemChild returns n's one element child (scripts and styles
// aside) when n holds no other and no text of its own, else nil.
func onlyElemChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Template {
				continue // no content (a control, a frame or a player is some)
			}
			if only != nil {
				return nil
			}
			only = c
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		}
	}
	return only
}

// unwrapPlain returns the element that the plain wrappers from n down
// wrap (n itself when n is none).
func unwrapPlain(n *html.Node) *html.Node {
	for plainWrapper(n) {
		n = onlyElemChild(n)
	}
	return n
}

// plainParent returns n's parent past plain wrappers.
func plainParent(n *html.Node) *html.Node {
	p := n.Parent
	for p != nil && plainWrapper(p) {
		p = p.Parent
	}
	return p
}

// plainDistance counts the elements from n (exclusive) up to its ancestor
// a (inclusive) that are no plain wrapper.
func plainDistance(n, a *html.Node) int {
	k := 0
	for ; n != nil && n != a; n = n.Parent {
		if p := n.Parent; p != nil && !plainWrapper(p) {
			k++
		}
	}
	return k
}

// isPageBody reports whether n is the page's <body>, or a <div> or
// <section> with no attribute that alone holds everything the body shows
// (directly or through wrappers, wrapperTag: a layout class too): a page
// wrapper, which is the body by another name, never the text's
// container. One with a layout class is not: a site's "wrap" around a
// headline and its lines of text is the text's container.
func (d *doc) isPageBody(n *html.Node) bool {
	if n.DataAtom == atom.Body {
		return true
	}
	if ok, _ := wrapperTag(n); !ok || len(n.Attr) != 0 {
		return false
	}
	for p := n.Parent; p != nil && p.Type == html.ElementNode; n, p = p, p.Parent {
		if p.DataAtom == atom.Body {
			return onlyVisibleElem(p) == n
		}
		if ok, _ := wrapperTag(p); !ok || onlyElemChild(p) != n {
			return false
		}
	}
	return false
}

// onlyVisibleElem returns n's one visible element child, text aside (a
// body's stray text), or nil when it has none or more.
func onlyVisibleElem(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isInvisibleAtom(c.DataAtom) {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// plainSibling returns the element next to n (after it, or before it),
// both read past plain wrappers: the sibling of n's outermost plain
// wrapper, unwrapped.
func plainSibling(n *html.Node, next bool) *html.Node {
	for p := n.Parent; plainWrapper(p); p = p.Parent {
		n = p
	}
	if s := elemSibling(n, next); s != nil {
		return unwrapPlain(s)
	}
	return nil
}

// lineAfter returns the element after n past line breaks and scripts
// ("<small>caption</small><br><small>Quelle: X</small>"), as captionAfter
// steps from the picture to its caption: the credit's line after the
// caption's, set on a line of its own.
func lineAfter(n *html.Node) *html.Node {
	next := plainSibling(n, true)
	for next != nil && (isInvisibleAtom(next.DataAtom) || next.DataAtom == atom.Br) {
		next = plainSibling(next, true)
	}
	return next
}

// hiddenWrapper reports whether n is a plain wrapper around a hidden or
// invisible element (a separator "<div aria-hidden=true>·</div>", a
// player's frame): it shows nothing, and it no more ends the line of
// text around it than the element alone would ("6 min read <div><div
// aria-hidden>·</div></div> Mar 5" is one line). Found by the wrap-each
// variant of TestMetamorphicMarkup; general because it asks only what
// the wrapper wraps.
func hiddenWrapper(n *html.Node) bool {
	if !wrapperAtom(n) {
		return false
	}
	// (the shape first, the class words of the wrappers only when a
	// hidden element ends it: this runs for every element of the page)
	c := onlyElemChild(n)
	for c != nil && !isHidden(c) && !isInvisibleAtom(c.DataAtom) {
		if !wrapperAtom(c) {
			return false
		}
		c = onlyElemChild(c)
	}
	if c == nil {
		return false
	}
	for w := n; w != c; w = onlyElemChild(w) {
		if ok, _ := wrapperTag(w); !ok {
			return false
		}
	}
	return true
}
