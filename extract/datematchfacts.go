package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// This file keeps a match's kick-off date from standing as the page's
// publication date. A match report opens on the match's fact box, a
// header above or beside the story with the competition, the kick-off
// ("Sunday 3 March 2024, 16:30", "Sa., 09.03.2024, 14:00 Uhr"), the
// score, the ground and the crowd, under a class no date word names
// ("match-header", "spielkopf"); once the page's machine dates were gone
// the kick-off was read by the near-headline and date-element rules
// (found by TestMetamorphicAbsent's no-date variant). The box is told by
// its words, the lexicon's match_fact_words ("attendance", "full time",
// "zuschauer"), that every sports template prints in its language and no
// story's date line holds; the box is short and outside the headline's.
// General: no site's markup; a date in such a box is when the match was
// played, never when the page ran.

// matchFactsBox reports whether box is a match's fact box: at most 400
// bytes of text, outside the headline's box and the story's container,
// holding one of the lexicon's match_fact_words as a word or two.
func (d *doc) matchFactsBox(box *html.Node) bool {
	if box == nil || box.Type != html.ElementNode || box == d.article || box == d.main || box == d.body ||
		d.headlineNode != nil && contains(box, d.headlineNode) {
		return false
	}
	t := shortText(box, 500)
	if textOver(t, 400) {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		if d.w.matchFacts[w] || i > 0 && d.w.matchFacts[ws[i-1]+" "+w] {
			return true
		}
	}
	return false
}

// inMatchFacts reports whether the date element n, or a box up to three
// levels above it, is a match's fact box.
func (d *doc) inMatchFacts(n *html.Node) bool {
	return ancestorWithin(n, 4, d.matchFactsBox) != nil
}
