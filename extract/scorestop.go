package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file says where a block's score stops on its way up (score,
// bodyscore.go): at a box of readers' comments. A comment scores its
// own element, so the box is no better a body than what it is, but it
// lifts no ancestor above the box. Else the comments a template sets
// after a short story, in a box named by no class or by a theme's own
// word ("discussion", "reader-voices"), lift the <main> around both above
// the story's own container, and the body's root moved up to take the
// comments as the text, or the page's meta lines with them (found by
// TestMetamorphicChrome's comments). Readability removes such "unlikely
// candidates" before it scores; this reads the box's heading, no site's
// names. (Stopping at every element named for furniture too, <aside>,
// <nav>, "related", "newsletter", or at short ones, "paywall-prompt",
// fixed more of the test's pages but moved the root of others whose
// text the sidebar's or the footer's score had held in place:
// TestMetamorphicAbsent and TestMetamorphicMarkup, chromelab25.)

// scoreStop reports whether a block's score stops at element n (it
// scores n, not n's parent): n opens with a comment section's heading
// (commentBoxHead).
func (d *doc) scoreStop(n *html.Node) bool {
	st := d.statsOf(n)
	if st.stop != 0 {
		return st.stop > 0
	}
	stop := false
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main, atom.Article:
	default:
		stop = d.commentBoxHead(n)
	}
	st.stop = -1
	if stop {
		st.stop = 1
	}
	return stop
}

// commentBoxHead reports whether n opens with a comment section's
// heading ("Comments (4)", "Kommentare": commentHeading), whatever n is
// named ("discussion", "reader-voices", none): the readers' comments,
// chrome for the body's filters too (isChromeElem). A story's own
// section so headed stands in the text's container with no box of its
// own, or in a box after another heading.
func (d *doc) commentBoxHead(n *html.Node) bool {
	h := firstElemChild(n)
	return h != nil && (h.DataAtom == atom.H2 || h.DataAtom == atom.H3 || h.DataAtom == atom.H4) && d.commentHeading(visibleText(h))
}
