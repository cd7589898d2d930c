package extract

import (
	"strings"
	"unicode"
)

// dateAfterNames reports whether the byline line p goes on, after its
// last name, with the story's date line ("Rédigé par : Claire Martin
// Publié le 05/03/2024 à 12h04, mis à jour le …", the name's span and the
// date's printed as one line): a byline and its date, no prose however
// long the label and the date make it. The date line opens with a date,
// or with a publication or update word of the lexicon ("Publié le", "mis
// en ligne le", "Updated") and a number within a few words.
func (d *doc) dateAfterNames(p string, names []string) bool {
	last := names[len(names)-1]
	i := strings.LastIndex(p, last)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(p[i+len(last):], " ,·|")
	if rest == "" || textOver(rest, 120) {
		return false
	}
	if d.w.opensDate(rest) {
		return true
	}
	low := strings.ToLower(rest)
	for _, l := range d.w.publishedLabels {
		if strings.HasPrefix(low, l) && len(low) > len(l) && strings.ContainsRune(" :", rune(low[len(l)])) {
			return numberWithin(low[len(l):], 16)
		}
	}
	first, _, _ := strings.Cut(low, " ")
	return d.w.update[strings.TrimRight(first, ":")] && numberWithin(low[len(first):], 16)
}

// numberWithin reports whether a digit stands within the first n bytes
// of s.
func numberWithin(s string, n int) bool {
	return strings.IndexFunc(s[:min(n, len(s))], unicode.IsDigit) >= 0
}
