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
	var scripts [8]int // latin, cyrillic, greek, arabic, hebrew, han, kana, hangul
	letters := 0
	for _, r := range sample {
		if r < utf8.RuneSelf {
			if isASCIILetter(byte(r)) {
				scripts[0]++
				letters++
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			scripts[1]++
		case unicode.Is(unicode.Greek, r):
			scripts[2]++
		case unicode.Is(unicode.Arabic, r):
			scripts[3]++
		case unicode.Is(unicode.Hebrew, r):
			scripts[4]++
		case unicode.Is(unicode.Han, r):
			scripts[5]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts[6]++
		case unicode.Is(unicode.Hangul, r):
			scripts[7]++
		case unicode.IsLetter(r):
			scripts[0]++
		default:
			continue
		}
		letters++
	}
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
	case 2:
		return "el"
	case 3:
		return "ar"
	case 4:
		return "he"
	case 5:
		if scripts[6] > letters/20 {
			return "ja"
		}
		return "zh"
	case 6:
		return "ja"
	case 7:
		return "ko"
	}
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(sample), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		for _, l := range stopIndex()[w] {
			counts[l]++
		}
	}
	bestLang, bestN, second := "", 0, 0
	for l, n := range counts {
		if best == 1 && l != "ru" && l != "uk" {
			continue
		}
		if best == 0 && (l == "ru" || l == "uk") {
			continue
		}
		if n > bestN || (n == bestN && l < bestLang) {
			bestLang, bestN, second = l, n, bestN
		} else if n > second {
			second = n
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
	return b.String()
}
