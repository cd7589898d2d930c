package extract

import (
	"slices"
	"sync"
)

// The word lists are the union of every language (words.go), and a word
// may be a byline stop word in one language and join names in another:
// "en" is "in" in Spanish ("Por Juan Pérez en Madrid") and "and" in Dutch
// ("Door Marieke Jansen en Pieter de Vries"). The union stops at it; once
// the page's language is known, the lists for it drop the stop words that
// language joins names with.

// langVocab caches the lists of each language that needs its own.
var langVocab sync.Map // "language|declared language" → *words

// forLanguage returns the word lists for a page in lang: w itself, or a
// copy without the byline stop words that lang joins names with (and
// does not itself stop at), and without the byline labels of other
// languages that are lang's own function words: the Swahili "Na" (by) is
// "on" in Polish, Czech and Slovak and "in the" in Portuguese ("Na
// Placu Zamkowym", "Na Praça da Sé" open a crosshead), the English "by"
// a Czech particle; the Greek "Του"/"Της" stay Greek's. The labels one
// language reads alone (local_byline_labels: the Albanian "nga", a
// Vietnamese given name) go on a page in any other known language, but
// for those of declared: the language a page declares when its text is
// in another (lang.go), whose templates print its labels around text in
// the other ("Nga" over an Albanian site's English story).
func (w *words) forLanguage(lang, declared string) *words {
	l := w.perLang[lang]
	if l == nil {
		return w
	}
	key := lang + "|" + declared
	if v, ok := langVocab.Load(key); ok {
		return v.(*words)
	}
	local := l.LocalBylineLabels
	if dl := w.perLang[declared]; dl != nil && len(dl.LocalBylineLabels) > 0 {
		local = slices.Concat(local, dl.LocalBylineLabels)
	}
	stops := w.bylineStops
	if len(l.NameJoiners) > 0 {
		stops = slices.DeleteFunc(slices.Clone(w.bylineStops), func(stop string) bool {
			word := stop[1 : len(stop)-1] // " en " → "en"
			return slices.Contains(l.NameJoiners, word) && !slices.Contains(l.BylineStopWords, word)
		})
	}
	foreign := func(label string) bool { return w.localLabels[label] && !slices.Contains(local, label) }
	labels := slices.DeleteFunc(slices.Clone(w.bylineLabels), func(label string) bool {
		return foreign(label) || slices.Contains(l.StopWords, label) && !slices.Contains(l.BylineLabels, label)
	})
	strip := slices.DeleteFunc(slices.Clone(w.stripPrefixes), foreign)
	if len(stops) == len(w.bylineStops) && len(labels) == len(w.bylineLabels) && len(strip) == len(w.stripPrefixes) {
		langVocab.Store(key, w)
		return w
	}
	c := *w
	c.bylineStops, c.bylineLabels, c.bylineLabelIdx = stops, labels, newSubstrs(labels...)
	if len(strip) != len(w.stripPrefixes) {
		c.stripPrefixes, c.strippedLabels = strip, strippedSet(strip)
	}
	v, _ := langVocab.LoadOrStore(key, &c)
	return v.(*words)
}
