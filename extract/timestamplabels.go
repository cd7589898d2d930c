package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
)

// timestampLabels are the lexicon's publication, creation and update
// labels ("First published", "Date", "Veröffentlicht am", "Mis en ligne
// le", "Stand"), trimmed, longest first: besides the timestamp prefixes a
// line opens with them when it only states when the article came out
// (opensWithDateLabel). Without them a CMS's own label kept its line in
// the text where "Published" dropped it: "published: 9:02 AM PST, Tue
// March 5, 2024" stayed a paragraph.
func timestampLabels(u *lexicon.Lexicon) []string {
	var out []string
	for _, w := range slices.Concat(u.PublishedWords, u.CreatedWords, u.UpdateWords, u.UpdateLabels) {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return longestFirst(slices.Compact(out))
}

// dateLabelRest returns what follows a publication or update label
// opening the lower-case line l, when it opens it as a label: a colon
// after it ("Date:", "Published:", "Stand:"), or the date after it (or
// after a date connector) for a label of two words or more ("First
// published 5 March 2024", "Mis en ligne le 05/03/2024"). A label of one
// word before a date without a colon may be a heading's word ("Jour 3 du
// procès": French "jour" is an update word as the tail of "mis à
// jour"), so the rest must be a date line of its own then ("Erschienen
// 26. Februar 2024"), or open on a date with its year
// (yearDateOpening).
func (d *doc) dateLabelRest(l string) (string, bool) {
	w := d.w
	for _, p := range w.timestampLabels {
		if !strings.HasPrefix(l, p) || wordGoesOnAt(l, len(p)) {
			continue
		}
		rest := strings.TrimLeft(l[len(p):], " \u00a0")
		if after, ok := strings.CutPrefix(rest, ":"); ok {
			return after, true
		}
		if after, ok := strings.CutPrefix(rest, "："); ok {
			return after, true
		}
		if !strings.Contains(p, " ") {
			_, ok := d.dateLine(rest)
			return rest, ok || d.yearDateOpening(rest)
		}
		if first, after, _ := strings.Cut(rest, " "); w.dateConnectors[first] {
			rest = after
		}
		r, _ := utf8.DecodeRuneInString(rest)
		first, _, _ := strings.Cut(rest, " ")
		return rest, unicode.IsDigit(r) || w.isMonthOrWeekday(strings.Trim(first, ".,"))
	}
	return "", false
}

// stampPhraseTails are the timestamp prefixes of more than one word
// ("Zuletzt aktualisiert", "Last modified") as byline tail cuts
// (makeTailCuts): a byline running on into one is cut at its first word,
// not after it at the update word it ends with, which left "Zuletzt" as
// a name's last word ("Jule Brodersen Zuletzt").
func stampPhraseTails(prefixes []string) []string {
	var tails []string
	for _, p := range prefixes {
		if p = strings.TrimRight(p, " :"); strings.Contains(p, " ") {
			tails = append(tails, " "+p)
		}
	}
	return tails
}

// yearDateOpening reports whether s, the rest of a line after a label of
// one word, opens on a date that states its year, whatever follows it
// ("Mar. 5, 2024 at 4:12 PM MST", "12 mars 2024 à 16 h 05 · Mis à jour à
// 18 h 30", "9:02 AM PST, Tue March 5, 2024 Updated ..."), lines
// dateLine rejects for their connectors and second stamp: it opens with
// a digit or a month's or weekday's name, the page's date reader finds a
// date in it and a year (four digits) is written. A heading's word
// before a number ("Jour 3 du procès") has no year after it. Found by
// TestMetamorphicLabels (a CMS's "Date", "CREATED", "SUBMITTED", "PUBLIÉ"
// without a colon kept the line in the text).
func (d *doc) yearDateOpening(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	first, _, _ := strings.Cut(s, " ")
	if !unicode.IsDigit(r) && !d.w.isMonthOrWeekday(strings.Trim(first, ".,")) || !hasYear(s) {
		return false
	}
	return d.hasDate(s)
}
