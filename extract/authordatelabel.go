package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
)

// A date line's label of two words whose first is a qualifier ("Last
// updated", "First published", "Originally published", "Zuletzt
// aktualisiert") opens a line the byline rules read: the tail cut at the
// publication or update word (cutAuthorTail) left the qualifier alone,
// and with no byline on the page "Last" or "First" was the author
// (TestMetamorphicAbsent: a byline box or a date paragraph after the
// byline, its names cut). Such a line names no one.

// qualifiedLabels returns the lexicon's date labels of two words or more
// (publication and update words, timestamp prefixes) whose first word is
// no publication or update word itself ("posted on" opens on one, and
// the tail cut takes it whole), sorted; vocab sets them once.
func (w *words) qualifiedLabels(u *lexicon.Lexicon) []string {
	var out []string
	for _, p := range slices.Concat(u.PublishedWords, u.UpdateWords, w.timestampPrefixes) {
		f := strings.Fields(strings.ToLower(strings.TrimRight(p, " :")))
		if len(f) < 2 || w.published[f[0]] || w.update[f[0]] {
			continue
		}
		out = append(out, strings.Join(f, " "))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// withoutDateLabel returns "" when s opens on a qualified date label
// ("Last Updated: March 5", "First published 5 March 2024"), else s.
func (w *words) withoutDateLabel(s string) string {
	low := strings.ToLower(strings.TrimLeft(s, " |:-–—•·,"))
	for _, p := range w.qualifiedDateLabels {
		if strings.HasPrefix(low, p) {
			if r, _ := utf8.DecodeRuneInString(low[len(p):]); !unicode.IsLetter(r) {
				return ""
			}
		}
	}
	return s
}
