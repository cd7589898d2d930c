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

// placedName is the name part of a byline's segment: its label, date
// label and tail cut; "" when only a date's connector is left
// (connectorOnly).
func (w *words) placedName(seg string) string {
	name := w.stripLabel(w.cutAuthorTail(w.withoutDateLabel(seg)))
	if w.connectorOnly(name, seg) {
		return ""
	}
	return name
}

// connectorOnly reports whether name, what a byline's segment seg left
// once its label and its date's number were cut, is only the date's
// connector word ("Par <a></a> Le 05/03/2024 à 08:45", "By <a></a> On
// March 5, 2024": "Le", "On March"), a word of the lexicon's
// date_connectors, with nothing after it but month or weekday names, and
// in seg a number, a month or a weekday after it. With the name element
// empty (TestMetamorphicAbsent: French bylines whose date opens on "Le")
// it was read as the author; a name before the connector ("Par Jean
// Dupont le 05/03/2024") is cut at it and kept.
func (w *words) connectorOnly(name, seg string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 || !w.dateConnectors[f[0]] {
		return false
	}
	for _, x := range f[1:] {
		if !w.isMonthOrWeekday(strings.Trim(x, ",.")) {
			return false
		}
	}
	if len(f) > 1 {
		return true // "On March": the date's words
	}
	g := strings.Fields(seg)
	for i := 0; i+1 < len(g); i++ {
		if strings.ToLower(strings.Trim(g[i], ",.:")) != f[0] {
			continue
		}
		next := strings.Trim(g[i+1], ",.:")
		r, _ := utf8.DecodeRuneInString(next)
		return unicode.IsDigit(r) || w.isMonthOrWeekday(strings.ToLower(next))
	}
	return false
}
