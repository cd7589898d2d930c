package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file tells an event the story tells of from the date line the
// date readers look for after the headline. A date read after the
// headline with words before and after it in its sentence is running
// text's; when no date line stands above the headline it was still taken
// as the story's. Two sentences into the text ("Hallo zusammen, nach
// fast achtzehn Jahren … zieht der Treff um. Der alte Rechner … ein. Der
// Umzug findet am Samstag, 9. März 2024, ab 8 Uhr statt."), it is the
// day of something the story announces or recalls: a date line ends
// before the text's first sentence does. General: the count of sentence
// stops is the text's, no word of any language is read.

// eventInProse reports whether v, a date read after the headline inside
// running text, stands two sentences or more into it.
func eventInProse(v dateVal) bool {
	return v.ends >= 2
}

// sentenceEnds counts the sentences toks end: a full stop, a question or
// an exclamation mark after a word of two letters or more, a space after
// it ("um. Der"; not "PDC.net", not "9. März", whose stop follows a
// number, not a name's initials, "M. R. Okpara").
func sentenceEnds(toks []dtok) int {
	n := 0
	for i := 1; i+1 < len(toks); i++ {
		t, w := toks[i], toks[i-1]
		if t.kind == 'p' && (t.s == "." || t.s == "!" || t.s == "?") && w.kind == 'w' && utf8.RuneCountInString(w.s) > 1 && toks[i+1].space {
			n++
		}
	}
	return n
}

// issueNumberBefore reports whether the date at toks[i] follows a print
// issue's number ("Nr. 10 · 6 maart 2024", "Heft 3 vom 5. März 2024"): a
// word of the lexicon's issue_number_words, its stop, the number, and a
// separator or a function word. The date is the issue's, a weekly's
// print day, not when the story went online.
func (w *words) issueNumberBefore(toks []dtok, i int) bool {
	k := i - 1
	if t := tokAt(toks, k); t.kind == 'p' || t.kind == 'w' && w.function[t.s] {
		k--
	}
	if tokAt(toks, k).kind != 'n' {
		return false
	}
	k--
	if t := tokAt(toks, k); t.kind == 'p' && t.s == "." {
		k--
	}
	t := tokAt(toks, k)
	return t.kind == 'w' && w.issueNumber[t.s]
}

// dateLeftover reports whether word, the last of a name, is what a date
// line leaves beside it when its day is cut ("Por X y Y de de 2024",
// "Submitted by X on , // - 15:41"): a month or a weekday, or a date's
// connector or filler in lower case ("de" of "5 de marzo de 2024", "on",
// "le"). A name ends on none of them; a particle stands inside it ("María
// José de la Fuente"). (A weekday's short form, "X Tue", is left: "Sun"
// ends Chinese names, "Today" a paper's.)
func (w *words) dateLeftover(word string) bool {
	lw := strings.ToLower(strings.Trim(word, ".,"))
	if w.isMonthOrWeekday(lw) {
		return true
	}
	return startsLower(word) && utf8.RuneCountInString(lw) > 1 && (w.dateConnectors[lw] || dayFiller(lw) || yearFiller(lw))
}

// metaLeftover reports whether word, the last of a name, is what a meta
// line leaves beside it with its day cut: a date's word (dateLeftover),
// or the label of the line's next item, its reading time ("Gloria
// Zamarripa Lectura" of "… Lectura: 3 min."; the lexicon's
// reading_time_words).
func (w *words) metaLeftover(word string) bool {
	return w.dateLeftover(word) || slices.Contains(w.readingTimeWords, strings.ToLower(strings.Trim(word, ".,:")))
}
