package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A date line's label of two words whose first is a qualifier ("Last
// updated", "First published", "Originally published", "Zuletzt
// aktualisiert") opens a line the byline rules read: the tail cut at the
// publication or update word (cutAuthorTail) left the qualifier alone,
// and with no byline on the page "Last" or "First" was the author
// (TestMetamorphicAbsent: a byline box or a date paragraph after the
// byline, its names cut). Such a line names no one.
var (
	qualifiedDateLabelsOnce sync.Once
	qualifiedDateLabels     []string
)

// qualifiedLabels returns the lexicon's date labels of two words or more
// (publication and update words, timestamp prefixes) whose first word is
// no publication or update word itself: "posted on" opens on one, and
// the tail cut takes it whole.
func (w *words) qualifiedLabels() []string {
	qualifiedDateLabelsOnce.Do(func() {
		var phrases []string
		for p := range w.published {
			phrases = append(phrases, p)
		}
		for p := range w.update {
			phrases = append(phrases, p)
		}
		phrases = append(phrases, w.timestampPrefixes...)
		seen := map[string]bool{}
		for _, p := range phrases {
			f := strings.Fields(strings.ToLower(strings.TrimRight(p, " :")))
			if len(f) < 2 || w.published[f[0]] || w.update[f[0]] {
				continue
			}
			if s := strings.Join(f, " "); !seen[s] {
				seen[s] = true
				qualifiedDateLabels = append(qualifiedDateLabels, s)
			}
		}
	})
	return qualifiedDateLabels
}

// withoutDateLabel returns "" when s opens on a qualified date label
// ("Last Updated: March 5", "First published 5 March 2024"), else s.
func (w *words) withoutDateLabel(s string) string {
	low := strings.ToLower(strings.TrimLeft(s, " |:-–—•·,"))
	for _, p := range w.qualifiedLabels() {
		if strings.HasPrefix(low, p) {
			if r, _ := utf8.DecodeRuneInString(low[len(p):]); !unicode.IsLetter(r) {
				return ""
			}
		}
	}
	return s
}
