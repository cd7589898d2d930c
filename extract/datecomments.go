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
