package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// This file keeps a reader's comment's date from standing as the page's
// publication date. Themes mark a comment as schema.org microdata of its
// own (WordPress' Genesis: <article itemprop="comment" itemscope
// itemtype="https://schema.org/Comment"> with its own <time
// itemprop="datePublished">; Discourse's crawler view: every reply a
// Comment item in the topic's DiscussionForumPosting), so that once the
// article's own machine date is gone the first comment's date was read
// by the microdata, <time> and date-element rules (found by
// TestMetamorphicAbsent's no-date variant). General: schema.org's own
// type and property, no site's class; a date inside a Comment item is
// never when the page ran.

// inCommentItem reports whether n is, or sits in, a microdata item that
// is a comment (its itemtype is schema.org's Comment, or it is the value
// of an itemprop "comment").
func inCommentItem(n *html.Node) bool {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if !hasAttr(a, "itemscope") {
			continue
		}
		if hasToken(strings.ToLower(attr(a, "itemprop")), "comment") {
			return true
		}
		for _, t := range strings.Fields(attr(a, "itemtype")) {
			if strings.HasSuffix(strings.ToLower(strings.TrimRight(t, "/")), "/comment") {
				return true
			}
		}
	}
	return false
}

// inCommentBox reports whether n sits in a box, up to four levels up and
// outside the headline's, that opens with a comment section's heading
// ("精选留言", "Diskuse k článku (37 příspěvků)", "3 Comments": the
// lexicon's comment_labels, counted or not) in any element, as themes
// print a comment list under a class no word names a comment's
// ("discuss_list", "disc"). The commenters' dates follow it; a story's
// own date never does.
func (d *doc) inCommentBox(n *html.Node) bool {
	for a, i := n.Parent, 0; a != nil && a.Type == html.ElementNode && i < 4; a, i = a.Parent, i+1 {
		if d.storyFrame(a) {
			return false
		}
		if first := boxOpening(a); first != nil && !contains(first, n) && d.commentHeading(shortText(first, 80)) {
			return true
		}
	}
	return false
}

// storyFrame reports whether the element a is the story's own frame,
// which no box of other matter (a teaser, a comment list, another
// item) is: the page's <body> or <main>, the article's element, or an
// element holding the headline.
func (d *doc) storyFrame(a *html.Node) bool {
	return a == d.article || a == d.main || a == d.body || d.headlineNode != nil && contains(a, d.headlineNode)
}

// boxOpening returns the element box a opens with: its first child
// element with text, or nil when text or nothing comes first. A comment
// box's heading is read from it (inCommentBox; commentBoxHead asks the
// first child element, heading or not).
func boxOpening(a *html.Node) *html.Node {
	first := a.FirstChild
	for first != nil && (first.Type != html.ElementNode || strings.TrimSpace(shortText(first, 80)) == "") {
		if first.Type == html.TextNode && strings.TrimSpace(first.Data) != "" {
			return nil // the box opens with text, no heading element
		}
		first = first.NextSibling
	}
	return first
}
