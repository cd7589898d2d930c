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
	t, n, _ := d.titleOpening(title)
	return t, n
}

// bannerH1Name returns, as a site name form (normLoose), the <h1> the rest
// of the <title> names when another heading opens the <title>
// (titleOpeningHeading): the blog's name, no headline candidate.
func (d *doc) bannerH1Name(title string) []string {
	if _, _, h1 := d.titleOpening(title); h1 != nil {
		return []string{normLoose(headingText(h1))}
	}
	return nil
}

// titleOpening is titleOpeningHeading's search; it returns the heading,
// its text and the <h1> the <title>'s rest names.
func (d *doc) titleOpening(title string) (string, *html.Node, *html.Node) {
	nt := normTitle(title)
	if nt == "" || !d.h1InsideTitle(normLoose(title)) {
		return "", nil, nil
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
		if h1 := d.h1InTitleRest(n, normLoose(rest)); h1 != nil {
			return h, n, h1
		}
	}
	return "", nil, nil
}

// h1InTitleRest returns an <h1> before n (and outside it) that says
// words the rest of the <title> holds: the blog's banner over the
// post's heading. A heading before the <h1> that opens the <title> is
// the site's name in a site-first <title> ("Site - Post"), over the
// post's <h1>.
func (d *doc) h1InTitleRest(n *html.Node, rest string) *html.Node {
	for _, h1 := range d.h1s {
		if !precedes(h1, n) { // (the banner over the post: a site-first <title>'s header heading opens it over the post's <h1>)
			continue
		}
		if k := normLoose(headingText(h1)); k != "" && strings.Contains(rest, k) {
			return h1
		}
	}
	return nil
}

// h1InsideTitle reports whether an <h1> says words the <title> holds
// after its start (cheap test first: most pages' <h1> opens the title).
func (d *doc) h1InsideTitle(lt string) bool {
	for _, h1 := range d.h1s {
		if k := normLoose(headingText(h1)); k != "" && !strings.HasPrefix(lt, k) && strings.Contains(lt, k) {
			return true
		}
	}
	return false
}
