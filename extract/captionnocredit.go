package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads a picture's caption that only its credit marked as one
// when the credit is not printed: a numbered gallery's slide text whose
// credit element is left empty ("<div class=slide><div><img></div>
// <div><span>2/5</span><p>The caption.</p><span class=author></span>
// </div></div>"), and a centred line under a centred picture.

// slideCaptionAfter returns the block right after at, a picture's block,
// when it is a numbered gallery's slide text, else nil: the block holds
// the slide's counter alone in an element ("<span class=ps-num>2/5
// </span>", "<div class=CarouselSlide-infoCount>1 of 3</div>") and,
// besides it, a caption of three words or more ending its sentence, and
// an element named as the credit left empty (emptyCreditPart); the
// counter's total is the number of slides, the elements like the one
// that holds at (same tag and class) beside each other, and its number
// is at most the total. The counter says the block is the slide's
// without the credit line that marks it otherwise (captionAfter reads a
// block by its attribution element's text, empty when the photographer
// is not named).
// General: every slideshow plugin numbers its slides so, and the count
// must match the slides shown; a date ("3/12") in a teaser card does not
// count the cards.
func (d *doc) slideCaptionAfter(at *html.Node) *html.Node {
	next := plainSibling(at, true)
	if next == nil || showsImage(next) || textBetween(at, next) || textOver(visibleText(next), 400) {
		return nil
	}
	var n, total int
	counter := findElem(next, func(c *html.Node) bool {
		if c.FirstChild == nil || c.FirstChild != c.LastChild || c.FirstChild.Type != html.TextNode {
			return false
		}
		var ok bool
		n, total, ok = counterParts(strings.TrimSpace(c.FirstChild.Data))
		return ok
	})
	if counter == nil || n > total || total != sameSlides(at.Parent) || d.emptyCreditPart(next) == nil {
		return nil
	}
	rest := strings.Replace(squash(visibleText(next)), squash(visibleText(counter)), "", 1)
	if wordCount(rest) < 3 || !sentenceEnd(rest) {
		return nil
	}
	return next
}

// counterParts reads a counter alone ("2/5", "1 of 3") as its number and
// total.
func counterParts(s string) (n, total int, ok bool) {
	if rest, cut := cutCounter(s); !cut || rest != "" {
		return 0, 0, false
	}
	i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	j := strings.LastIndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	n, err1 := strconv.Atoi(s[:i])
	total, err2 := strconv.Atoi(s[j+1:])
	return n, total, err1 == nil && err2 == nil && n >= 1
}

// sameSlides counts slide and its siblings of the same tag and class: a
// gallery's slides.
func sameSlides(slide *html.Node) int {
	if slide == nil || slide.Parent == nil || attr(slide, "class") == "" {
		return 0
	}
	count := 0
	for c := slide.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == slide.DataAtom && attr(c, "class") == attr(slide, "class") {
			count++
		}
	}
	return count
}

// emptyCreditPart returns the element of block named as a picture's
// credit ("…-infoAttribution", "credit", "copyright", "author") that
// holds no text, or nil.
func (d *doc) emptyCreditPart(block *html.Node) *html.Node {
	return findElem(block, func(c *html.Node) bool {
		toks := d.tokensOf(c)
		return !hasText(c) && (creditNamed(toks) || hasAny(toks, authorClassWords) || slices.ContainsFunc(toks, func(t string) bool { return t == "attribution" || t == "source" }))
	})
}

// centredLineAlone reports whether text, the centred paragraph next
// after at, a centred paragraph holding a picture, is its caption with
// no credit printed, the paragraphs around the two not centred (the
// centring is the picture's block's, not the page's style): a sentence
// of a caption's length in an element named as the picture's text
// ("<p align=center class=pictext>Deputies attend ….</p>", as wires'
// CMSs write it), or, in a language written without spaces, one short
// sentence with no comma ("<p style=text-align:center>10号线二期列车驶入
// 学院路站。</p>", as Chinese papers caption a picture whose credit is
// left out). A centred paragraph of prose after a centred picture, with
// no such name, stays the story's. centredCaption reads the same line by
// the credit it ends on.
func (d *doc) centredLineAlone(at, next *html.Node, text string) bool {
	if textOver(text, 300) {
		return false
	}
	switch {
	case strings.HasSuffix(text, "。"):
		n := utf8.RuneCountInString(text)
		if n < 6 || (n > 40 || strings.Count(text, "。") > 1 || strings.ContainsAny(text, "，,；")) && !pictureNamed(d.tokensOf(next)) {
			return false
		}
	case !sentenceEnd(text) || wordCount(text) < 3 || !pictureNamed(d.tokensOf(next)):
		return false
	}
	for _, p := range [...]*html.Node{prevElement(at), nextElement(next)} {
		if p != nil && centred(p, nil) {
			return false
		}
	}
	return true
}

// pictureNamed reports whether class tokens name a picture's text: a
// token that opens with a picture stem ("pictext", "photo-desc" split
// as "photo", "imgtext": pictureWord).
func pictureNamed(toks []string) bool {
	return slices.ContainsFunc(toks, pictureWord)
}

// nextElement returns the element after n, skipping invisible and empty
// ones.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && !isInvisibleAtom(s.DataAtom) && hasNodeText(s, 0) {
			return s
		}
	}
	return nil
}

// emptyLastRow reports whether cell, alone in its row, is followed by
// the table's last row holding one cell with nothing in it: a picture
// table's credit row left empty ("<tr><td class=fotobijschrift>The
// dike.</td></tr><tr><td class=fotograaf></td></tr>"), the row creditRow
// reads when the photographer is named.
func emptyLastRow(cell *html.Node) bool {
	c := lastRowCell(cell)
	return c != nil && !hasText(c) && !showsImage(c)
}

// emptyCreditSlot reports whether next, the last line of a box named for
// a picture (isMediaBox), is its caption whose credit the template's
// element for it leaves empty ("<div class=art-photo><img><div
// class=art-photo-desc>Odnowiony wagon w zajezdni<small></small></div>
// </div>"): the line ends on an empty <small> or <cite> (smallCredit's
// elements) or an element named as the credit, the caption's text before
// it is of three words or more, and it is all the text the box holds.
// boxCaptionSentence reads such a line only as a finished sentence; the
// slot says it is the caption without one.
func (d *doc) emptyCreditSlot(box, next *html.Node, text string) bool {
	t := squash(text)
	if textOver(t, 250) || wordCount(t) < 3 || squash(visibleText(box)) != t {
		return false
	}
	var last *html.Node
	for c := next.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			last = c
			break
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return last != nil && !hasText(last) && (last.DataAtom == atom.Small || last.DataAtom == atom.Cite || creditNamed(d.tokensOf(last)))
}
