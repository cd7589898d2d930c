package extract

import (
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

// dropPullQuotes removes the paragraphs of pull-quote boxes whose words
// another paragraph of the body holds. A box whose text is not repeated
// (a quote the story gives only there) stays.
func (d *doc) dropPullQuotes(isHead *[]bool) {
	res := d.bodyRes
	for i := 0; i < len(res.paragraphs); i++ {
		if !pullQuoteBox(res.paraBlocks[i].container, res.scope) {
			continue
		}
		q := normLoose(res.paragraphs[i])
		if utf8.RuneCountInString(q) < 20 {
			continue
		}
		for j, p := range res.paragraphs {
			if j != i && !pullQuoteBox(res.paraBlocks[j].container, res.scope) && strings.Contains(normLoose(p), q) {
				d.removeParagraph(i, "pull-quote")
				*isHead = append((*isHead)[:i:i], (*isHead)[i+1:]...)
				i--
				break
			}
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
