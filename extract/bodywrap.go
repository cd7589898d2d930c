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
// with no attribute whose only content is one element (scripts and
// styles aside), with no text of its own.
func plainWrapper(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode || n.DataAtom != atom.Div || len(n.Attr) != 0 {
		return false
	}
	return onlyElemChild(n) != nil
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

// isPageBody reports whether n is the page's <body>, or a <div> with no
// attribute that alone holds everything the body shows (directly or
// through more such <div>s): a page wrapper, which is the body by
// another name, never the text's container.
func (d *doc) isPageBody(n *html.Node) bool {
	if n.DataAtom == atom.Body {
		return true
	}
	if n.DataAtom != atom.Div || len(n.Attr) != 0 {
		return false
	}
	for p := n.Parent; p != nil && p.Type == html.ElementNode; n, p = p, p.Parent {
		if p.DataAtom == atom.Body {
			return onlyVisibleElem(p) == n
		}
		if p.DataAtom != atom.Div || len(p.Attr) != 0 || onlyElemChild(p) != n {
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
