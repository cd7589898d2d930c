package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// This file decides the page's language: what the page declares (<html
// lang>, Content-Language, og:locale, JSON-LD inLanguage), else a cheap
// guess from stop words and scripts over a bounded sample of its text.

// langSample is how much text the guess reads.
const langSample = 3000

// resolveLanguage sets d.lang: what the page declares (<html lang>,
// Content-Language, og:locale, JSON-LD inLanguage), else a guess from its
// text.
//
// A declaration the text plainly contradicts gives way to the text's
// language: themes hard-code lang="en", WordPress installs stay at their
// default "en-US" on German, Spanish or Polish blogs, and the lexicon
// read in the wrong language misses the page's own dateline forms and
// month words and reads its numeric dates in the wrong order.
func (d *doc) resolveLanguage() {
	declared := ""
	for _, s := range []string{d.htmlLang, d.meta("content-language", "language", "dc.language", "og:locale"), d.ld.Language} {
		if declared = normLangTag(s); declared != "" {
			break
		}
	}
	if declared == "" {
		d.lang = guessLanguage(d.languageSample())
		return
	}
	d.lang = declared
	if l := contradictedLanguage(d.languageSample(), declared); l != "" {
		d.lang, d.declaredLang = l, declared
	}
}

// contradictMin is how many stop words of the text's language the sample
// must hold to overrule a declaration, and contradictRatio how many
// times more than the declared language's.
const (
	contradictMin   = 12
	contradictRatio = 4
)

// contradictedLanguage returns the language of sample (paragraphs on
// lines of their own) when it plainly is not the declared one: no
// paragraph reads as the declared language, and the text is in another
// script (lang="en" over Chinese or Russian) or holds far more stop
// words of another language (lang="en-US" over German). It returns ""
// when the declaration stands: always for a declared language without
// stop words in the lexicon (Catalan, Slovak, Persian), which the guess
// cannot tell from its neighbours; and for a page with a paragraph in
// the declared language (a bilingual site's lead, a quoted statement).
func contradictedLanguage(sample, declared string) string {
	if len(sample) > langSample {
		sample = sample[:langSample]
	}
	if stopWordsPerLang()[declared] == 0 {
		return ""
	}
	guess := guessLanguage(sample)
	if guess == "" || guess == declared {
		return ""
	}
	for par := range strings.Lines(sample) {
		if readsAs(stopWordCounts(par), declared) {
			return ""
		}
	}
	if stopWordsPerLang()[guess] == 0 {
		return guess // another script: Greek, Arabic, CJK, Thai...
	}
	if isCyrillicLang(guess) != isCyrillicLang(declared) {
		return guess
	}
	counts := stopWordCounts(sample)
	if counts[guess] >= contradictMin && counts[guess] >= contradictRatio*counts[declared] {
		return guess
	}
	return ""
}

// readsAs reports whether a paragraph's stop-word counts name lang: three
// or more of its stop words, and no language with more.
func readsAs(counts map[string]int, lang string) bool {
	n := counts[lang]
	if n < 3 {
		return false
	}
	for _, m := range counts {
		if m > n {
			return false
		}
	}
	return true
}

// isCyrillicLang reports whether a language with stop words writes
// Cyrillic.
func isCyrillicLang(l string) bool { return l == "ru" || l == "uk" }

// normLangTag turns "en-US", "de_DE", "EN" into "en"; it returns "" for
// values that are not a language tag.
func normLangTag(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ','); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return ""
		}
	}
	if s == "xx" || s == "und" || s == "mul" || s == "zxx" {
		return ""
	}
	return s
}

// stopIndex maps each stop word of the lexicon to the languages it
// belongs to.
var stopIndex = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for lang, ws := range stopWordsOf() {
		for _, w := range ws {
			m[w] = append(m[w], lang)
		}
	}
	return m
})

// guessLanguage guesses the language of a text sample from its script,
// then its stop words. It returns "" when it cannot tell.
func guessLanguage(sample string) string {
	if len(sample) > langSample {
		sample = sample[:langSample]
	}
	scripts, letters := scriptCounts(sample)
	if letters < 20 {
		return ""
	}
	best := 0
	for i := range scripts {
		if scripts[i] > scripts[best] {
			best = i
		}
	}
	switch best {
	case scriptGreek:
		return "el"
	case scriptArabic:
		return "ar"
	case scriptHebrew:
		return "he"
	case scriptHan:
		if scripts[scriptKana] > letters/20 {
			return "ja"
		}
		return "zh"
	case scriptKana:
		return "ja"
	case scriptHangul:
		return "ko"
	case scriptThai:
		return "th"
	case scriptGeorgian:
		return "ka"
	case scriptArmenian:
		return "hy"
	}
	return stopWordLanguage(sample, best == scriptCyrillic)
}

// The scripts scriptCounts tells apart.
const (
	scriptLatin = iota
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptHan
	scriptKana
	scriptHangul
	scriptThai // written by Thai alone, as the next two by one language each
	scriptGeorgian
	scriptArmenian
	numScripts
)

// scriptCounts counts the letters of each script in sample.
func scriptCounts(sample string) (scripts [numScripts]int, letters int) {
	for _, r := range sample {
		if r < utf8.RuneSelf {
			if isASCIILetter(byte(r)) {
				scripts[scriptLatin]++
				letters++
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			scripts[scriptCyrillic]++
		case unicode.Is(unicode.Greek, r):
			scripts[scriptGreek]++
		case unicode.Is(unicode.Arabic, r):
			scripts[scriptArabic]++
		case unicode.Is(unicode.Hebrew, r):
			scripts[scriptHebrew]++
		case unicode.Is(unicode.Han, r):
			scripts[scriptHan]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts[scriptKana]++
		case unicode.Is(unicode.Hangul, r):
			scripts[scriptHangul]++
		case unicode.Is(unicode.Thai, r):
			scripts[scriptThai]++
		case unicode.Is(unicode.Georgian, r):
			scripts[scriptGeorgian]++
		case unicode.Is(unicode.Armenian, r):
			scripts[scriptArmenian]++
		case unicode.IsLetter(r):
			scripts[scriptLatin]++
		default:
			continue
		}
		letters++
	}
	return scripts, letters
}

// stopWordLanguage guesses a Latin or Cyrillic sample's language by its
// stop words; "" when fewer than three match.
func stopWordLanguage(sample string, cyrillic bool) string {
	counts := stopWordCounts(sample)
	bestLang, bestN := "", 0
	for l, n := range counts {
		if isCyrillicLang(l) != cyrillic {
			continue
		}
		if n > bestN || (n == bestN && l < bestLang) {
			bestLang, bestN = l, n
		}
	}
	if bestN < 3 {
		return ""
	}
	return bestLang
}

// stopWordCounts counts the stop words of each language in sample.
func stopWordCounts(sample string) map[string]int {
	counts := map[string]int{}
	var buf [16]byte
	for w := range strings.FieldsFuncSeq(sample, notLetter) {
		for _, l := range stopLangs(w, &buf) {
			counts[l]++
		}
	}
	return counts
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// stopLangs returns the languages whose stop word w is, in any case; a
// short ASCII word with capitals ("The", "DER") is lowered into buf, the
// lookup then not allocating.
func stopLangs(w string, buf *[16]byte) []string {
	if len(w) > len(buf) {
		return stopIndex()[strings.ToLower(w)]
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return stopIndex()[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c, upper = c+'a'-'A', true
		}
		buf[i] = c
	}
	if !upper {
		return stopIndex()[w]
	}
	return stopIndex()[string(buf[:len(w)])]
}

// stopWordsPerLang counts the stop words of each language that has them.
var stopWordsPerLang = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for lang, ws := range stopWordsOf() {
		m[lang] = len(ws)
	}
	return m
})

// languageSample returns up to langSample bytes of paragraph text from
// the article scope, for guessing the language, a paragraph a line.
func (d *doc) languageSample() string {
	if len(d.ld.ArticleBody) > 200 {
		return d.ld.ArticleBody
	}
	var b strings.Builder
	scope := d.scope()
	for _, bl := range d.blocks {
		if b.Len() >= langSample {
			break
		}
		if bl.tag == atom.P && contains(scope, bl.container) {
			b.WriteString(bl.text)
			b.WriteByte('\n')
		}
	}
	if b.Len() >= langSample/10 {
		return b.String()
	}
	// Too few <p>: a table-layout or forum page that parts its text with
	// <br><br> in a <td>, <font> or <div>. Its long, mostly unlinked
	// blocks are the prose.
	for _, bl := range d.blocks {
		if b.Len() >= langSample {
			break
		}
		if bl.tag != atom.P && len(bl.text) >= 80 && bl.linkLen*4 < len(bl.text) && contains(scope, bl.container) {
			b.WriteString(bl.text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
