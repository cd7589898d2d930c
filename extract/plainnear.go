package extract

import "golang.org/x/net/html"

// This file reads an element's place among its neighbours past the
// plain wrappers (bodywrap.go) a template may set around each block: a
// block editor's group, a React component's root, a page builder's
// widget box. The standfirst and the key points are read by their place
// (the paragraph a named box holds, the list a named box holds, the
// label before a list); with each block in a <div> of its own the box's
// child is the wrapper, not the paragraph or the list. Found by the
// wrap-each variant of TestMetamorphicMarkup (13 whole invented pages
// lost or changed their summary, key points or dateline); general
// because it asks for no name, only that the wrapper have none.

// plainOuter returns the outermost plain wrapper around n, n itself when
// its parent is none: the element that stands for n among the children
// of n's plainParent.
func plainOuter(n *html.Node) *html.Node {
	for p := n.Parent; plainWrapper(p); p = p.Parent {
		n = p
	}
	return n
}

// plainParentBelow returns n's parent past plain wrappers, but never
// past stop (an article scope that happens to be a plain wrapper).
func plainParentBelow(n, stop *html.Node) *html.Node {
	p := n.Parent
	for p != nil && p != stop && plainWrapper(p) {
		p = p.Parent
	}
	return p
}

// plainOnlyChild returns the element that n's one element child wraps
// (past plain wrappers) when n holds no other element, else nil.
func plainOnlyChild(n *html.Node) *html.Node {
	c := firstElemChild(n)
	if c == nil || elemSibling(c, true) != nil {
		return nil
	}
	return unwrapPlain(c)
}
