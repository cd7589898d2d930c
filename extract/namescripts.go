package extract

import (
	"strings"
	"unicode/utf8"
)

// This file holds the name shapes of scripts without case (Arabic,
// Persian, Hebrew, Devanagari, Thai, Georgian, Han), where a name's words
// carry no capital to tell them from the words of a job line or a phrase.

// caselessName reports whether words, in a script without case, can be a
// name of three or four (a given name, a father's or a middle name, a
// family name: "هزاع راشد الفلاسي", "अनिकेत प्रसाद त्रिवेदी"): no word
// of it a job, interface, desk or label word of the lexicon ("محررة
// الشؤون الاقتصادية", "جميع مقالات الكاتبة" are a writer box's job and
// link lines). Chinese, Japanese and Korean names are one word: a run of
// words in those scripts is a phrase ("의 다른 기사 보기"). A longer run of such words is a phrase, as is any run of
// lower-case words among capitalised ones in a cased script.
func (w *words) caselessName(fields []string) bool {
	if len(fields) < 3 || len(fields) > 4 {
		return false
	}
	for _, f := range fields {
		if !uncasedLetter(f) || hasCJK(f) || w.role[f] || w.ui[f] || w.desk[f] || w.labelNouns[f] || w.org[f] {
			return false
		}
	}
	return true
}

// splitGlued splits the names a joiner glued to the next name joins
// ("شهد الكعبي ومهند المنهالي", "דנה כהן ויוסי לוי"): at a word that opens
// with a glued joiner of the lexicon, with two words or more on each side
// of it (the word itself counted on the right). A name of one word either
// side is left whole: a name's own word may open with the same letter
// ("خالد وليد", "ורד"), and a byline of three words is one person as often.
func (w *words) splitGlued(parts []string) []string {
	if len(w.gluedJoiners) == 0 {
		return parts
	}
	var out []string
	for _, p := range parts {
		f := strings.Fields(p)
		start := 0
		for i := 2; i <= len(f)-2; i++ {
			rest, ok := w.gluedRest(f[i])
			if !ok || i-start < 2 {
				continue
			}
			out = append(out, strings.Join(f[start:i], " "))
			f[i], start = rest, i
		}
		if start == 0 {
			out = append(out, p)
			continue
		}
		out = append(out, strings.Join(f[start:], " "))
	}
	return out
}

// gluedRest cuts a glued joiner off a word of a script without case: the
// name after it, of two letters or more.
func (w *words) gluedRest(word string) (string, bool) {
	for _, j := range w.gluedJoiners {
		if rest, ok := strings.CutPrefix(word, j); ok && utf8.RuneCountInString(rest) >= 2 && uncasedLetter(rest) {
			return rest, true
		}
	}
	return "", false
}
