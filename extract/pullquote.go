package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A pull quote repeats a sentence of the story in large type beside it
// ("<blockquote class="pull-quote">", "<div class="pullquote">"): the
// sentence is the text's once, where the story says it.

// pullQuoteClasses name a pull quote, as substrings of a lower-case class
// or id ("pullquote", "pull-quote", "pull_quote", "pullQuote").
var pullQuoteClasses = []string{"pullquote", "pull-quote", "pull_quote"}

// maxPullQuotes bounds the boxes dropPullQuotes compares with the story:
// a story has a few pull quotes, and each is compared with every other
// paragraph, so a page of thousands of boxes named so (or a site that
// names every paragraph's wrapper with the word) would cost boxes ×
// paragraphs. Boxes past the bound stay.
const maxPullQuotes = 16

// dropPullQuotes removes the paragraphs of pull-quote boxes whose words
// another paragraph of the body holds. A box whose text is not repeated
// (a quote the story gives only there) stays.
func (d *doc) dropPullQuotes(isHead *[]bool) {
	res := d.bodyRes
	var boxes []int
	inBox := make([]bool, len(res.paraBlocks))
	for i, b := range res.paraBlocks {
		if pullQuoteBox(b.container, res.scope) {
			boxes = append(boxes, i)
			inBox[i] = true
		}
	}
	if len(boxes) == 0 {
		return
	}
	// The story's own paragraphs, normalised once (a page of many boxes
	// must not cost boxes × paragraphs normalisations).
	var story []string
	for i, p := range res.paragraphs {
		if !inBox[i] {
			story = append(story, normLoose(p))
		}
	}
	boxes = boxes[:min(len(boxes), maxPullQuotes)]
	for k := len(boxes) - 1; k >= 0; k-- { // from the end: removal keeps the earlier indexes
		i := boxes[k]
		q := normLoose(res.paragraphs[i])
		if utf8.RuneCountInString(q) < 20 {
			continue
		}
		if slices.ContainsFunc(story, func(p string) bool { return strings.Contains(p, q) }) {
			d.removeParagraph(i, "pull-quote")
			*isHead = append((*isHead)[:i:i], (*isHead)[i+1:]...)
		}
	}
}

// pullQuoteBox reports whether n or one of its ancestors up to scope
// (three at most) is named as a pull quote.
func pullQuoteBox(n, scope *html.Node) bool {
	for k := 0; n != nil && n != scope && k < 4; k, n = k+1, n.Parent {
		if n.Type == html.ElementNode && containsAnyOf(classHint(n), pullQuoteClasses...) {
			return true
		}
	}
	return false
}
