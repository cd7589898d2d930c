package extract

import (
	"iter"
	"slices"
	"strings"

	"github.com/byline/byline/article"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells what stands under or around a picture and is no
// caption of it: an embedded story's linked title, a script gallery's
// control and slide counter, a caption's second copy, a video player's
// poster.

// teaserTitle reports whether the caption element under a picture is
// an embedded story's title: its text a link to the page the picture
// links to as well ("<a href=/story><img></a><div
// class=media__caption><a href=/story>Title</a></div>"), but for a
// kicker of a few words before it ("<span>Related</span> <a
// href=/story>Title</a>"). A caption that links to its source elsewhere
// stays a caption, and so does a link whose text ends a sentence: a
// story's picture linked with its caption to the story's gallery or a
// larger view ("<a href=/gallery/x><img></a><figcaption><a
// href=/gallery/x>The pier at dawn.</a>").
func teaserTitle(img, at, capNode *html.Node) bool {
	a := findFirst(capNode, atom.A)
	if a == nil || !cardLink(a) {
		return false
	}
	if at, ct := visibleText(a), visibleText(capNode); at != ct && (!strings.HasSuffix(ct, at) || wordCount(strings.TrimSuffix(ct, at)) > 3) || sentenceEnd(at) {
		return false
	}
	pa := findAncestor(img, atom.A)
	if pa == nil {
		pa = findFirst(at, atom.A)
	}
	return pa != nil && strings.TrimSpace(attr(pa, "href")) == strings.TrimSpace(attr(a, "href"))
}

// sentenceEnd reports whether s ends a sentence with a full stop ("…
// during the first crossing."), as a caption does and a story's title
// does not; an ellipsis ending a cut title ("Pier costs climb...") is
// none.
func sentenceEnd(s string) bool {
	s = strings.TrimRight(s, " \u00a0")
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..")
}

// fullStops yields the byte index of every ". " in s, left to right:
// the places a sentence may end inside a text, which each caller then
// judges (the word before, the text after).
func fullStops(s string) iter.Seq[int] { return occurrences(s, ". ") }

// withoutControl cuts from a caption's text t the controls a script
// gallery or a zoom sets at its start or end, no words of the caption:
// a link that runs a script or leads to the page itself ("<a
// href="javascript:void(0)">写真を拡大</a>", "<a href=#>Hide caption</a>"),
// an element that declares itself a button (role=button: "Expand
// image"), and a link whose words are a viewer's control ("Open gallery",
// "View gallery (12 photos)": viewerControl), not any boiler line: a
// caption's last word linked to a topic ("… chief executive of <a
// href=/topics/facebook>Facebook</a>", "A still from the <a>video</a>")
// stays. (<button> elements are read as no text at all.)
// The javascript: link was right on one annotated tune page; the rest is
// general because each says by its markup or its words that it does
// something, and a wire's or agency's name ("Getty Images") is never cut.
func (d *doc) withoutControl(capNode *html.Node, t string) string {
	findElem(capNode, func(c *html.Node) bool {
		if c == capNode || !d.isCaptionControl(c) {
			return false
		}
		ct := visibleText(c)
		if ct == "" || len(ct) >= len(t) {
			return false
		}
		switch {
		case strings.HasSuffix(t, ct):
			t = strings.TrimSpace(strings.TrimSuffix(t, ct))
		case strings.HasPrefix(t, ct):
			t = strings.TrimSpace(strings.TrimPrefix(t, ct))
		}
		return false
	})
	return t
}

// isCaptionControl reports whether c, an element inside a caption, is a
// control (see withoutControl).
func (d *doc) isCaptionControl(c *html.Node) bool {
	if strings.EqualFold(attr(c, "role"), "button") {
		// a control's label ("Expand image"), not a caption a click
		// folds open ("<span role=button>The pier at dawn.</span>")
		t := visibleText(c)
		return wordCount(t) <= 4 && !sentenceEnd(t)
	}
	if c.DataAtom != atom.A {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(attr(c, "href")))
	if strings.HasPrefix(h, "javascript:") || h == "#" {
		return true
	}
	l := strings.ToLower(visibleText(c))
	if i := strings.LastIndex(l, " ("); i > 0 && strings.HasSuffix(l, ")") && strings.ContainsAny(l[i:], "0123456789") {
		l = l[:i] // "View gallery (12 photos)"
	}
	return viewerControl(l) && !d.wholeCredit(visibleText(c)) && !d.agencyName(l)
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
// gallery prints before it ("1of4", "2 of 9", "3/12", "Image 2 of 9") or
// after its last sentence ("… at dawn. 3/12").
// Right on one annotated tune page (a four-picture gallery); general
// because it takes only a counter of two small numbers (after a picture
// word or not) with a capital after it, or at the very end after a
// sentence's end, the forms gallery widgets print. A counter alone ("1/3",
// "2 of 9": a gallery whose pictures have no caption) is no caption.
func galleryCounterFree(s string) string {
	if rest, ok := cutCounter(s); ok && (rest == "" || firstUpper(rest)) {
		return rest
	}
	if w, rest, ok := strings.Cut(s, " "); ok && vocab().counterWords[strings.ToLower(w)] {
		if after, ok := cutCounter(rest); ok && (after == "" || firstUpper(after)) {
			return after
		}
	}
	return trailingCounterFree(s)
}

// cutCounter cuts a counter ("1of4", "2 of 9", "3/12", "3 / 12") from the
// start of s and returns the rest, trimmed.
func cutCounter(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return s, false
	}
	rest := strings.TrimLeft(s[i:], " ")
	switch {
	case strings.HasPrefix(rest, "of"):
		rest = rest[2:]
	case strings.HasPrefix(rest, "/"):
		rest = rest[1:]
	default:
		return s, false
	}
	rest = strings.TrimLeft(rest, " ")
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == 0 || j > 3 {
		return s, false
	}
	// The caption proper starts with a capital ("2/3 of voters" stays).
	return strings.TrimSpace(rest[j:]), true
}

// trailingCounterFree cuts a counter that ends s after the caption's
// last sentence ("… at dawn. 3/12", "… at dawn. Image 3 of 12").
// Decides no development page; general because the counter must stand
// alone after a sentence's end.
func trailingCounterFree(s string) string {
	for _, k := range []int{1, 2} {
		f := strings.Fields(s)
		// "3/12", "3 of 12", "Image 3 of 12": one to four fields
		for n := 1; n <= 4 && n < len(f); n++ {
			tail := strings.Join(f[len(f)-n:], " ")
			head := strings.Join(f[:len(f)-n], " ")
			if k == 2 {
				w, rest, ok := strings.Cut(tail, " ")
				if !ok || !vocab().counterWords[strings.ToLower(w)] {
					continue
				}
				tail = rest
			}
			if rest, ok := cutCounter(tail); ok && rest == "" && strings.ContainsAny(lastRune(head), ".!?)”\"") {
				return head
			}
		}
	}
	return s
}

// asideInBrackets reports a bracket at a caption's end that is a
// lower-case clause of the caption, not its credit: more than four
// words, the first lower case, and no credit label, wire, "©" or slash
// in it ("(supplied by tankers since Monday)", "(a food handout run by
// volunteers)"). The credit words "supplied" and "handout" are words of
// captions too; "(Supplied)", "(Family handout)" and "(photo courtesy
// of the city)" stay credits.
func (d *doc) asideInBrackets(inner string) bool {
	f := strings.Fields(inner)
	if len(f) <= 4 || !startsLower(inner) || strings.ContainsAny(inner, "/©") {
		return false
	}
	lower := strings.ToLower(inner)
	if d.w.wires[lower] || len(d.w.openingCreditLabels(lower)) > 0 || d.creditLabelAt(inner) >= 0 {
		return false
	}
	for _, w := range f {
		if d.w.wires[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return false
		}
	}
	return true
}

// withoutAuthorPortraits drops the pictures captioned with nothing but the
// name of one of the story's authors and credited to no one: the writer's
// headshot in an author box ("<img alt=Jane Doe><strong>Jane Doe</strong>
// <p>bio</p>"), whatever the box's class is named in the template's
// language ("avtor-okvir", "skrywer-kassie"), no picture of the story.
// Only a person's headshot: a picture captioned with an organisation
// credited as the author ("By Holmby Courier", "Reuters") is the outlet's
// own, its caption a credit.
func (d *doc) withoutAuthorPortraits(imgs []article.Image, authors []string) []article.Image {
	if len(authors) == 0 {
		return imgs
	}
	return slices.DeleteFunc(imgs, func(img article.Image) bool {
		if img.Credit != "" || img.Caption == "" {
			return false
		}
		c := squash(img.Caption)
		for _, a := range authors {
			if strings.EqualFold(c, a) && !d.w.orgLike(a) && !d.isSite(a) {
				return true
			}
		}
		return false
	})
}

// teaserArticle reports whether n, below the picture region top, is an
// <article> element of another story: a card in a list of related or
// recommended stories ("<article class=card><figure><img><figcaption>The
// square. Photo: Archive</figcaption></figure><h3><a href=/other>…"),
// whose heading links elsewhere (teaserOfOther) and which holds neither
// the headline nor the story's text. HTML gives each teaser its own
// <article>; the story's own figures stand outside them.
// A heading linking to a spot on the page ("<h2><a href=#post-1234>",
// a live blog's entry, a photo story's chapter) is the story's own.
func (d *doc) teaserArticle(n, top *html.Node) bool {
	return n != top && n.DataAtom == atom.Article && (d.headlineNode == nil || !contains(n, d.headlineNode)) && !d.holdsStory(n) && d.teaserOfOther(n) && !fragmentHeading(n)
}

// fragmentHeading reports whether n's first heading links to a fragment
// of the page itself ("#post-1234").
func fragmentHeading(n *html.Node) bool {
	a := headingLink(n)
	return a != nil && strings.HasPrefix(strings.TrimSpace(attr(a, "href")), "#")
}
