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
func (d *doc) resolveLanguage() {
	for _, s := range []string{d.htmlLang, d.meta("content-language", "language", "dc.language", "og:locale"), d.ld.Language} {
		if l := normLangTag(s); l != "" {
			d.lang = l
			return
		}
	}
	d.lang = guessLanguage(d.languageSample())
}

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
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(sample), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		for _, l := range stopIndex()[w] {
			counts[l]++
		}
	}
	bestLang, bestN := "", 0
	for l, n := range counts {
		if isCyrillic := l == "ru" || l == "uk"; isCyrillic != cyrillic {
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

// languageSample returns up to langSample bytes of paragraph text from
// the article scope, for guessing the language.
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
			b.WriteByte(' ')
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
			b.WriteByte(' ')
		}
	}
	return b.String()
}
