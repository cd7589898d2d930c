package extract

import "golang.org/x/net/html"

// This file keeps a site's top strip out of the text read back from the
// headline for its date. Above the site's header many templates print a
// strip with today's date, the weather, a login link ("Dienstag, 12. März
// 2024 · Rosenheim 9 °C", "mardi, mars 12, 2024 · Contact"): the day the
// page was served, not the day the story ran. precedingText already
// leaves out the site's <header>; the strip before it is a <div> or a
// <span> named by class only. So that an article's own head ("box-header",
// "post-header" with its date above the headline) is not taken for one,
// only the strip's own words count here (pageHeaderWords less "header"
// and "masthead", and "top bar" in two words: topStrip), and only outside
// the story's box (the element holding the headline and the body's first
// paragraph, nearregion.go). General: class words every such template
// family uses, no site's name; the date readers alone call it.

// topBarOutsideStory reports whether the element n, met reading back
// from the headline, is a top strip outside the story's box.
func (d *doc) topBarOutsideStory(n, box *html.Node) bool {
	if box == nil || contains(box, n) {
		return false
	}
	return d.topBarNamed(n) || d.topBarNamed(unwrapPlain(n))
}

// topBarNamed reports whether n's class words name a top strip.
func (d *doc) topBarNamed(n *html.Node) bool {
	toks := d.tokensOf(n)
	if topStrip(toks) {
		return true
	}
	for _, t := range toks {
		if t != "header" && t != "masthead" && pageHeaderWords[t] {
			return true
		}
	}
	return false
}
