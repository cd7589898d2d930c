package extract

import (
	"strings"
	"unicode/utf8"
)

// furnitureOnly reports whether a name candidate is made of the page's
// furniture words alone: the networks of a share bar the template put in
// the byline's box ("Facebook X Pinterest" of a 'byline-social' row),
// a tag box's heading there ("Related Topics"). Such a row names no one;
// the byline container and organisation rules read it whole when the
// name element is empty. General: every word must be one of the
// lexicon's boiler lines alone (the networks' names, 'Share', 'Related',
// 'Topics', 'Print' in any language) or a single letter ("X", the
// network's), and two at least boiler words: no person's or outlet's
// name is two such words.
func (w *words) furnitureOnly(words []string) bool {
	boiler := 0
	for _, word := range words {
		lw := strings.ToLower(strings.Trim(word, ".,:·|"))
		switch {
		case w.boilerLines[lw]:
			boiler++
		case utf8.RuneCountInString(lw) == 1:
		default:
			return false
		}
	}
	return boiler >= 2
}

// bioCopulaAlone reports whether a lower-case word read as a name is
// the copula an author box's bio opens on ("is", "ist", "est"): a bio
// whose name stands apart, in a heading or a link that held nothing the
// rules read, leaves "is a data reporter …" and its first word is no
// user name.
func (w *words) bioCopulaAlone(lw string) bool {
	return w.bioCopulas[lw]
}
