package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file reads an update label printed before a date element rather
// than in it: a heading or a list's title above the date ("<h4>Zuletzt
// geändert am:</h4><ul><li class="timestamp-list__item">15.10.2021</li>",
// "<dt>Last updated</dt><dd class="date">…"), as page-footer timestamps
// of institutional CMSs print it. The element's own text is only the
// date, so fromDateNodes took it for the publication (a tune page's
// "Zuletzt geändert" date proposed over its "Erschienen am", which the
// labelled-date rule had right). General: the lexicon's update words and
// the text just before the element, no class name.

// updateLabelBefore reports whether the text just before the date
// element n is a short update label (labelledUpdate): a label's few
// words, forty characters at most, not a paragraph's closing sentence.
func (pk *datePicker) updateLabelBefore(n *html.Node) bool {
	t := prevTextNode(n)
	return t != nil && utf8.RuneCountInString(strings.TrimSpace(t.Data)) <= 40 && pk.labelledUpdate(n)
}
