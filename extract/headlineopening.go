package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// titleOpeningHeading returns the heading that opens the page's <title>
// when the rest of the <title>, after a separator, names another <h1> of
// the page: "Post title @ Blog name :: Host" over a banner <h1> with the
// blog's name and an <h2> with the post's (Pixnet's, Xuite's and other
// hosted-blog templates; "@" and unspaced separators are no title
// separators elsewhere, as headlines use them). The <title> states both;
// the one it opens with is the page's own, the other is printed on every
// page of the blog. The heading must be three words or more (eight CJK
// letters) and sit outside navigation and chrome.
func (d *doc) titleOpeningHeading(title string) (string, *html.Node) {
	nt := normTitle(title)
	if nt == "" || len(d.h1s) == 0 {
		return "", nil
	}
	for _, n := range slices.Concat(d.h1s, d.subheads) {
		h := headingText(n)
		nh := normTitle(h)
		if nh == "" || len(nh) >= len(nt) || !strings.HasPrefix(nt, nh) || wordCount(h) < 3 && !longPart(h) {
			continue
		}
		rest := nt[len(nh):]
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ")); !notLetterOrDigit(r) || inNav(n) || inChrome(n) {
			continue
		}
		if d.h1InTitleRest(n, normLoose(rest)) {
			return h, n
		}
	}
	return "", nil
}

// h1InTitleRest reports whether an <h1> other than n (and outside it)
// says words the rest of the <title> holds.
func (d *doc) h1InTitleRest(n *html.Node, rest string) bool {
	for _, h1 := range d.h1s {
		if h1 == n || contains(h1, n) || contains(n, h1) {
			continue
		}
		if k := normLoose(headingText(h1)); k != "" && strings.Contains(rest, k) {
			return true
		}
	}
	return false
}
