package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// This file reads the posts of a forum thread or a comment list: the
// replies' bylines and their posters' avatars are not the article's.

// avatarImage reports whether img is a poster's avatar: the picture or
// its link is named so by class ("<a class=avatar><img class=avatar>",
// phpBB's, WordPress's "avatar avatar-96", Discourse's). Its caption
// beside it is the poster's name or rank ("Administrator", with the
// name cut), no picture's; an avatar is never one of the story's
// pictures.
func (d *doc) avatarImage(img *html.Node) bool {
	return ancestorWithin(img, 2, func(a *html.Node) bool {
		return slices.ContainsFunc(d.tokensOf(a), func(t string) bool { return t == "avatar" || t == "avatars" || t == "gravatar" })
	}) != nil
}

// replyLine reports whether the labelled line n ("von X »") signs a
// reply: it is, or sits within three levels in, a byline element that
// ofReply finds in a reply (phpBB's "<p class=author><span>von
// <strong>X</strong> »</span>", each post's). With the topic's own
// byline cut, the labelled-line rule read the replies' posters.
func (d *doc) replyLine(n *html.Node) bool {
	if a := ancestorWithin(n, 4, func(a *html.Node) bool { return slices.Contains(d.bylines, a) }); a != nil {
		return d.ofReply(a)
	}
	return d.ofReply(n)
}

// rowParity are the class words lists of comments and forum posts add to
// every other item to shade it ("odd", "even", "alt").
var rowParity = []string{"odd", "even", "alt", "alternate"}

// sameRowClass reports whether two items' classes are one list's items'
// (ofReply): the same, or the same but one word each that tells every
// other row apart, its number ("post has-profile bg1" beside "post
// has-profile bg2", phpBB's shading, as many forums and comment lists
// shade their rows) or a parity word ("comment odd", "comment even").
// One word at least is shared.
func sameRowClass(a, b string) bool {
	if a == b {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	var onlyA, onlyB []string
	shared := 0
	for _, t := range fa {
		if slices.Contains(fb, t) {
			shared++
		} else {
			onlyA = append(onlyA, t)
		}
	}
	for _, t := range fb {
		if !slices.Contains(fa, t) {
			onlyB = append(onlyB, t)
		}
	}
	if shared == 0 || len(onlyA) != 1 || len(onlyB) != 1 {
		return false
	}
	x, y := onlyA[0], onlyB[0]
	if slices.Contains(rowParity, x) && slices.Contains(rowParity, y) {
		return true
	}
	noDigits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return -1
			}
			return r
		}, s)
	}
	return noDigits(x) == noDigits(y) && noDigits(x) != x
}

// inReply reports whether the element a is, or sits in, a reply to the
// thread's first post (ofReply's test, from a's own level up): the text
// the date rules read after the headline passes over it, as a reply's
// byline is passed over ("Re: …" and its "von X » Mi 6. Mär 2024, 07:48"
// under a short topic post).
func (d *doc) inReply(a *html.Node) bool {
	for c := a.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return d.ofReply(c)
		}
	}
	return false
}
