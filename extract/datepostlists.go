package extract

import "golang.org/x/net/html"

// This file keeps the date of another post's teaser from standing as the
// page's publication date. A theme marks every post's date and byline
// alike ("<time class="entry-date published">", "wp-block-post-date",
// "<span class="byline">Von X · 04.03.2024"), in the story's meta line and
// in the "More posts", "Popular posts" and "Related" cards after it; where
// the story's own date is missing or empty (a block theme's "<time>
// </time>") the first card's date was taken, by the <time> rules
// (fromTimes) and by the byline rule (fromBylines). A card is told by the tree, as the text readers already tell it
// (inOtherTeaser: a link to another page in a heading or around the date,
// within four levels, outside the headline's block), no class name.

// otherPostDate reports whether the <time> or byline element n sits in
// another page's teaser, in a comment item or box (datecomments.go), or
// in a reply to the thread's first post (ofReply: a forum's "Re: …"
// post, whose date is no more the page's than its byline is).
func (d *doc) otherPostDate(n *html.Node) bool {
	return d.headlineNode != nil && d.inOtherTeaser(n) || inCommentItem(n) || d.inCommentBox(n) || d.ofReply(n)
}
