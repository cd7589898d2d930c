package extract

import "golang.org/x/net/html"

// This file keeps a picture's caption out of the text the dates are read
// from beside the headline. A lead picture sits between the headline and
// the byline on most templates, and its caption dates the photo, not the
// story: "… in Washington on Feb. 27, 2024. (AP Photo/…, File)", "…, le 26
// janvier 2024 © AFP/Archives", "…＝2026年12月4日、ワシントン、…撮影". A
// wire's file photo is often weeks old, so where the page's own date is
// missing or unlabelled the caption's date would stand as the
// publication's. <figcaption> is HTML's own element for a caption, no
// site's class; a date line is never one.

// followingTextNoCaptions is followingText without the <figcaption>s,
// nor the blocks skip reports (nil: none).
func followingTextNoCaptions(n *html.Node, max int, skip func(*html.Node) bool) string {
	return squash(followingSkip(n, max, ' ', true, skip))
}
