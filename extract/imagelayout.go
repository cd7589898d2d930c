package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the layouts in which a template sets a picture's
// caption apart from the credit that follows the picture: the caption
// before the picture, or after the wrapper that holds the picture with
// its credit printed over it.

// captionNearCredit returns the caption of a picture outside any figure
// whose block at is followed by a credit element credit: the caption of a
// text box after the credit (captionAfterCredit), else an element named
// as a caption ("caption", "legend", "cutline") in one of the places
// templates put it when the credit sits right under the picture:
//
//   - right after the credit: "<picture/><p class=credit>…</p><p
//     class=caption>…</p>";
//   - right before the picture: "<p class=photo-caption>…</p><picture/>
//     <p class=photo-credit>…</p>";
//   - right after the wrapper that holds the picture and its credit, the
//     credit last in it: "<div class=media__picture><picture/><span
//     class=media__credit>…</span></div><p class=media__caption>…</p>".
//
// The element's own name must say it is a caption, and it must show no
// picture and no heading: a caption element beside another picture, or a
// teaser's title, is none of this one's.
func (d *doc) captionNearCredit(at, credit *html.Node) string {
	if c := d.captionAfterCredit(credit); c != "" {
		return c
	}
	cands := []*html.Node{elemSibling(credit, true)}
	// (before the picture, not the caption under the picture before it)
	if b := elemSibling(at, false); b != nil && !showsImage(elemSibling(b, false)) {
		cands = append(cands, b)
	}
	if w := credit.Parent; w != nil && elemSibling(credit, true) == nil && w != at && contains(w, at) && w.DataAtom != atom.Body {
		cands = append(cands, elemSibling(w, true))
	}
	for _, c := range cands {
		if c == nil || !hasAny(d.tokensOf(c), d.w.captionOnly) || hasAny(d.tokensOf(c), creditWords) || showsImage(c) || isHeadingNode(c) || findElem(c, isHeadingNode) != nil {
			continue
		}
		if t := visibleText(c); t == "" || len(t) > 400 {
			continue
		}
		if caption, _ := d.captionAndCredit(c); caption != "" {
			return caption
		}
	}
	return ""
}
