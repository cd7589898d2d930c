package extract

import (
	"strings"
	"unicode/utf8"
)

// labelsOnly reports whether a name candidate is made of label words
// alone: a byline's or a date line's label that lost its name or its
// date ("Geschrieben von", "Veröffentlicht von", "Gepubliceerd op",
// "Publisert" before a date, "Tue" of "Tue 5 Mar 2024" when the
// byline's name element is empty). Such a line names no one; the byline
// container rules read it whole when the template printed no author.
// General: every word must be a lexicon label, publication or update
// word, a byline connector or a weekday's short form, and one at least a
// label or a publication or update word (a name of month and weekday
// words, "April May", is left to the other checks).
func (w *words) labelsOnly(words []string) bool {
	whole := strings.ToLower(strings.Trim(strings.Join(words, " "), ".:"))
	if w.isLabel(whole) || w.published[whole] || w.update[whole] {
		return true
	}
	label := false
	for _, word := range words {
		lw := strings.ToLower(strings.Trim(word, ".,:"))
		switch {
		case w.isLabel(lw) || w.published[lw] || w.update[lw]:
			label = true
		case w.bylineConnector(lw) || w.isMonthOrWeekday(lw):
		case utf8.RuneCountInString(lw) >= 3 && w.isWeekdayShort(lw):
			label = label || len(words) == 1
		default:
			return false
		}
	}
	return label
}
