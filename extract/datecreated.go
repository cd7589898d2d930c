package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A CMS creates an article's record before it publishes it, and some
// print both times: Joomla's article info lists "Created on …", "Last
// Updated on …" and "Published on …" (2.5) or "Published: …" and
// "Created: …" (3 and later). The lexicon's created words ("created",
// "erstellt") label a publication date only when no publication word
// labels one beside them.

// besideCreated is how many blocks after a "Created" line are read for
// a publication label: Joomla 2.5 puts "Last Updated on" between.
const besideCreated = 4

// publishedBeside returns, when the label l that opens block i is a
// created word, the date a publication label gives beside it: later in
// the same line (rest, the text after l: "Created: 4 March 2024 |
// Published: 5 March 2024") or opening one of the next short blocks.
func (pk *datePicker) publishedBeside(i int, rest, l string) (dateVal, bool) {
	if !pk.d.w.created[l] {
		return dateVal{}, false
	}
	if v, ok := pk.publicationLabelIn(rest); ok {
		return v, true
	}
	blocks := pk.d.blocks
	for j := i + 1; j < len(blocks) && j <= i+besideCreated; j++ {
		// As labelled reads them: not another page's teaser ("Published:
		// …" under the next item of a Joomla blog list).
		if b := blocks[j]; !textOver(b.text, 120) && b.container != nil && !inChrome(b.container) && !pk.d.inOtherTeaser(b.container) {
			if v, ok := pk.publicationLabelIn(b.text); ok {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// publicationLabelIn reads the date after the first publication label of
// s that is no created word and opens a part of it (at its start or
// after a separator: "… | Published: 5 March 2024").
func (pk *datePicker) publicationLabelIn(s string) (dateVal, bool) {
	w := pk.d.w
	low := strings.ToLower(s) // dates are read in lower case anyway
	at, label := -1, ""
	for _, l := range w.publishedLabels {
		if w.created[l] {
			continue
		}
		if i := openingLabel(low, l); i >= 0 && (at < 0 || i < at) {
			at, label = i, l
		}
	}
	if at < 0 {
		return dateVal{}, false
	}
	if v, upd, ok := pk.textDates(low[at+len(label):]); ok && !upd {
		return v, true
	}
	return dateVal{}, false
}

// openingLabel returns the index of the first place where the label l
// stands as a word opening a part of low: at its start or after a
// separator (| · • , ; dashes), and not followed by a letter; or -1.
func openingLabel(low, l string) int {
	for from := 0; from < len(low); {
		j := strings.Index(low[from:], l)
		if j < 0 {
			return -1
		}
		i := from + j
		from = i + 1
		before := strings.TrimRight(low[:i], " \u00a0")
		if r, _ := utf8.DecodeLastRuneInString(before); before != "" && !strings.ContainsRune("|·•,;–—-:", r) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(low[i+len(l):]); i+len(l) < len(low) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		return i
	}
	return -1
}
