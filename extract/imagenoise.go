package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells what stands under or around a picture and is no
// caption of it: an embedded story's linked title, a script gallery's
// control and slide counter, a caption's second copy, a video player's
// poster.

// teaserTitle reports whether the caption element under a picture is
// an embedded story's title: its whole text a link to the page the
// picture links to as well ("<a href=/story><img></a><div
// class=media__caption><a href=/story>Title</a></div>"). A caption that
// links to its source elsewhere stays a caption.
func teaserTitle(img, at, capNode *html.Node) bool {
	a := findFirst(capNode, atom.A)
	if a == nil || !cardLink(a) || visibleText(a) != visibleText(capNode) {
		return false
	}
	pa := findAncestor(img, atom.A)
	if pa == nil {
		pa = findFirst(at, atom.A)
	}
	return pa != nil && strings.TrimSpace(attr(pa, "href")) == strings.TrimSpace(attr(a, "href"))
}

// withoutControl cuts from a caption's text t the control a script
// gallery ends it on: a link that runs a script ("<a
// href="javascript:void(0)">写真を拡大</a>", "Enlarge"), a button and no
// words of the caption. Right on one annotated tune page; general because
// a javascript: link leads nowhere a reader reads.
func withoutControl(capNode *html.Node, t string) string {
	var last *html.Node
	findElem(capNode, func(c *html.Node) bool {
		if c.DataAtom == atom.A && strings.HasPrefix(strings.ToLower(strings.TrimSpace(attr(c, "href"))), "javascript:") {
			last = c
		}
		return false
	})
	if last == nil {
		return t
	}
	if lt := visibleText(last); lt != "" && strings.HasSuffix(t, lt) && len(lt) < len(t) {
		return strings.TrimSpace(strings.TrimSuffix(t, lt))
	}
	return t
}

// inVideoPlayer reports whether img, in figure fig, is the poster of a
// video player that a script loads on click: an element between them
// named "video" ("<div class=c-video><span class=c-video__placeholder>
// <img>"). Right on one annotated tune page; general because the class
// names the player, and a player's poster is no picture of the story.
func (d *doc) inVideoPlayer(img, fig *html.Node) bool {
	for n := img.Parent; n != nil && n != fig; n = n.Parent {
		if hasAny(d.tokensOf(n), videoWords) {
			return true
		}
	}
	return false
}

var videoWords = set("video")

// onceOnly returns a caption printed twice in a row once: responsive
// templates print a caption's full and its mobile or truncated copy side
// by side, and when both hold the whole text a reader sees it once. Each
// half must be a sentence or run to three words ("Walla Walla" is a
// name). Right on one annotated tune page and one check caption; general
// because a caption that is word for word one sentence run twice is no
// caption anyone wrote.
func onceOnly(s string) string {
	n := len(s)
	if n%2 == 0 || n < 3 || s[n/2] != ' ' || s[:n/2] != s[n/2+1:] {
		return s
	}
	half := s[:n/2]
	if wordCount(half) >= 3 || strings.ContainsAny(lastRune(half), ".!?。") {
		return half
	}
	return s
}

// galleryCounterFree returns a caption without the slide counter a
// gallery prints before it ("1of4", "2 of 9", "3/12").
// Right on one annotated tune page (a four-picture gallery); general
// because it takes only a counter of two small numbers with a capital
// after it, the form gallery widgets print.
func galleryCounterFree(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return s
	}
	rest := strings.TrimLeft(s[i:], " ")
	switch {
	case strings.HasPrefix(rest, "of"):
		rest = rest[2:]
	case strings.HasPrefix(rest, "/"):
		rest = rest[1:]
	default:
		return s
	}
	rest = strings.TrimLeft(rest, " ")
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == 0 || j > 3 {
		return s
	}
	// The caption proper starts with a capital ("2/3 of voters" stays).
	if tail := strings.TrimSpace(rest[j:]); firstUpper(tail) {
		return tail
	}
	return s
}
