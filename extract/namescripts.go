package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the name shapes of scripts without case (Arabic,
// Persian, Hebrew, Devanagari, Thai, Georgian, Han), where a name's words
// carry no capital to tell them from the words of a job line or a phrase.

// setJoiners sorts the lexicon's joiners: those of scripts without case
// ("و", "और", "และ") go to splitCaseless, the others (" and ", " 및 ") and
// the punctuation between names to splitAny.
func (w *words) setJoiners(joiners, glued []string) {
	for _, j := range joiners {
		if uncasedLetter(j) && !hasCJK(j) {
			w.caselessSeps = append(w.caselessSeps, " "+j+" ")
		} else {
			w.joiners = append(w.joiners, " "+j+" ")
		}
	}
	// A new slice: appending to joiners in each extraction would write
	// into its spare capacity from every goroutine at once.
	w.nameSeps = slices.Concat(w.joiners, []string{",", ";", " / "})
	w.caselessSeps = append(w.caselessSeps, "،")
	w.gluedJoiners = glued
}

// caselessName reports whether words, in a script without case, can be a
// name of three or four (a given name, a father's or a middle name, a
// family name: "هزاع راشد الفلاسي", "अनिकेत प्रसाद त्रिवेदी"): no word
// of it a job, interface, desk or label word of the lexicon ("محررة
// الشؤون الاقتصادية", "جميع مقالات الكاتبة" are a writer box's job and
// link lines). Chinese, Japanese and Korean names are one word: a run of
// words in those scripts is a phrase ("의 다른 기사 보기"). A longer run
// of such words is a phrase, as is any run of lower-case words among
// capitalised ones in a cased script.
func (w *words) caselessName(fields []string) bool {
	if len(fields) < 3 || len(fields) > 4 {
		return false
	}
	return w.caselessWords(fields)
}

// caselessWords reports whether every word is of a script without case
// (not Chinese, Japanese or Korean) and none a job, interface, desk,
// label or organisation word of the lexicon.
func (w *words) caselessWords(fields []string) bool {
	for _, f := range fields {
		if !uncasedLetter(f) || hasCJK(f) || w.role[f] || w.ui[f] || w.desk[f] || w.labelNouns[f] || w.org[f] {
			return false
		}
	}
	return true
}

// splitCaseless splits the names a byline in a script without case
// joins with the script's joiner ("شهد الكعبي و مهند المنهالي", "अनिकेत
// त्रिवेदी और मेघना बाजपेयी"), the Arabic comma, or a joiner glued to the
// next name ("شهد الكعبي ومهند المنهالي", "דנה כהן ויוסי לוי"). Only where
// every name it gives is two to four words a name may hold
// (caselessWords): a list of places ("नई दिल्ली और मुंबई"), a desk or an
// agency ("قسم الأخبار والتقارير الدولية") or a sentence stays whole, as
// it was read before; a name of one word is as often a place or a desk.
func (w *words) splitCaseless(parts []string) []string {
	return splitWhereAll(parts, func(p string) []string {
		if !hasLetter(p) || !uncasedLetter(strings.TrimSpace(p)) {
			return nil
		}
		return w.splitGlued(splitAny(p, w.caselessSeps...))
	}, func(q string) bool {
		f := strings.Fields(q)
		return len(f) >= 2 && len(f) <= 4 && w.caselessWords(f)
	})
}

// splitCJKList splits Chinese or Japanese names joined by "、" ("祁若溪、
// 闫思琪", "葛西陸、柚木あや"): only where every piece is two to six
// letters and none a news agency's name ("新华社、中国新闻社" credits two
// agencies, "来源：新华社" is a source line).
func (w *words) splitCJKList(parts []string) []string {
	if !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, "、") }) {
		return parts
	}
	return splitWhereAll(parts, func(p string) []string { return strings.Split(p, "、") }, func(q string) bool {
		q = strings.TrimSpace(q)
		n := utf8.RuneCountInString(q)
		return n >= 2 && n <= 6 && hasCJK(q) && !w.wires[q] && !strings.ContainsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) })
	})
}

// splitWhereAll replaces each part by the pieces split gives it, trimmed,
// when they are two or more and every one passes name; otherwise the
// part stays whole, as it was read before.
func splitWhereAll(parts []string, split func(string) []string, name func(string) bool) []string {
	var out []string
	for _, p := range parts {
		pieces := split(p)
		if len(pieces) < 2 || slices.ContainsFunc(pieces, func(q string) bool { return !name(q) }) {
			out = append(out, p)
			continue
		}
		for _, q := range pieces {
			out = append(out, strings.TrimSpace(q))
		}
	}
	return out
}

// splitGlued splits the names a joiner glued to the next name joins
// ("شهد الكعبي ومهند المنهالي", "דנה כהן ויוסי לוי"): at a word that opens
// with a glued joiner of the lexicon, with two words or more on each side
// of it (the word itself counted on the right). A name of one word either
// side is left whole: a name's own word may open with the same letter
// ("خالد وليد", "ורד"), and a byline of three words is one person as often.
// A name particle binds the word after it into one name ("عبد الرحمن",
// "أبو بكر", the lexicon's name_particles): "عبد الرحمن وليد الحمادي" is
// one person, his given name, his father's (Walid) and his family's.
// Nor is a desk's or an agency's name split ("قسم الأخبار والتقارير
// الدولية"): both sides must be words a name may hold (caselessWords).
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
			right := append([]string{rest}, f[i+1:]...)
			if !ok || w.nameWords(f[start:i]) < 2 || w.nameWords(right) < 2 || !w.caselessWords(f[start:i]) || !w.caselessWords(right) {
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

// nameWords counts the names among fields, a name particle and the word
// after it one ("عبد الله").
func (w *words) nameWords(fields []string) int {
	n := 0
	for i := range fields {
		if i == 0 || !w.particles[fields[i-1]] {
			n++
		}
	}
	return n
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
