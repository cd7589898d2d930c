package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file decides the page's language: what the page declares (<html
// lang>, Content-Language, og:locale, JSON-LD inLanguage), else a cheap
// guess from stop words and scripts over a bounded sample of its text.

// mdLangSample is how much text the guess reads.
const mdLangSample = 3000

// pickLanguage returns the page's language as a lower-case primary
// subtag ("en", "de"), or "".
func (p *metaPage) pickLanguage(ld *ldInfo, sample string) string {
	for _, s := range []string{p.htmlLang, p.meta("content-language", "language", "dc.language", "og:locale"), ld.Language} {
		if l := normLangTag(s); l != "" {
			return l
		}
	}
	return guessLanguage(sample)
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

// stopWords are frequent function words of each language the guess
// knows; a word may belong to several.
var stopWords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "this", "it", "have", "from", "by", "be", "at", "as"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine", "auch", "für", "von", "dem", "wird", "im", "zu", "es"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "dans", "pour", "pas", "qui", "sur", "au", "avec", "il", "en", "ce"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "con", "para", "es", "se", "no", "al", "su", "como", "lo"},
	"it": {"il", "di", "che", "e", "la", "per", "un", "una", "non", "del", "della", "sono", "con", "si", "gli", "le", "da", "in", "è", "al"},
	"pt": {"o", "a", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "os", "as", "no", "na", "por", "se", "mais"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet", "voor", "met", "zijn", "die", "er", "ook", "aan", "als", "om"},
	"sv": {"och", "det", "att", "i", "en", "som", "är", "på", "för", "med", "av", "den", "till", "har", "inte", "om", "ett", "var", "de", "så"},
	"da": {"og", "det", "at", "en", "den", "til", "er", "som", "på", "med", "af", "for", "ikke", "der", "var", "de", "har", "et", "om", "fra"},
	"no": {"og", "det", "at", "en", "som", "er", "på", "til", "med", "av", "for", "ikke", "den", "har", "de", "var", "om", "et", "fra", "seg"},
	"pl": {"i", "w", "nie", "się", "na", "z", "do", "to", "że", "jest", "jak", "o", "po", "co", "ale", "od", "za", "przez", "tak", "są"},
	"tr": {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "en", "ne", "ama", "olan", "kadar", "her", "sonra", "mi", "var"},
	"fi": {"ja", "on", "ei", "se", "että", "oli", "hän", "mutta", "kun", "myös", "ovat", "tai", "jo", "niin", "sen", "kuin", "joka", "nyt", "vain", "mukaan"},
	"cs": {"a", "se", "na", "je", "že", "v", "to", "s", "z", "do", "o", "jako", "pro", "by", "ale", "jsou", "tak", "které", "byl", "jeho"},
	"hu": {"a", "az", "és", "hogy", "nem", "is", "egy", "meg", "de", "van", "már", "csak", "el", "ez", "mint", "volt", "ki", "még", "azt", "után"},
	"ro": {"și", "în", "de", "la", "cu", "pe", "că", "nu", "din", "este", "a", "o", "un", "pentru", "care", "mai", "se", "sau", "au", "fost"},
	"id": {"yang", "dan", "di", "dengan", "untuk", "ini", "dari", "itu", "dalam", "tidak", "akan", "ke", "pada", "juga", "ada", "oleh", "karena", "bisa", "mereka", "sudah"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "из", "к", "за", "о", "от", "для", "но", "все", "так", "его"},
	"uk": {"і", "в", "не", "на", "що", "з", "до", "як", "це", "за", "та", "від", "у", "про", "для", "але", "його", "й", "вже", "також"},
}

// stopIndex maps each stop word to the languages it belongs to.
var stopIndex = func() map[string][]string {
	m := map[string][]string{}
	for lang, ws := range stopWords {
		for _, w := range ws {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// guessLanguage guesses the language of a text sample from its script,
// then its stop words. It returns "" when it cannot tell.
func guessLanguage(sample string) string {
	if len(sample) > mdLangSample {
		sample = sample[:mdLangSample]
	}
	var scripts [8]int // latin, cyrillic, greek, arabic, hebrew, han, kana, hangul
	letters := 0
	for _, r := range sample {
		if r < utf8.RuneSelf {
			if mdIsASCIILetter(byte(r)) {
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
		for _, l := range stopIndex[w] {
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

// languageSample returns up to mdLangSample bytes of paragraph text from
// the article scope, for guessing the language.
func (p *metaPage) languageSample(ld *ldInfo) string {
	if len(ld.ArticleBody) > 200 {
		return ld.ArticleBody
	}
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if b.Len() >= mdLangSample || depth > mdMaxDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Header, atom.Aside, atom.Noscript, atom.Template:
				return
			case atom.P:
				mdAppendText(&b, n, mdLangSample, 0)
				b.WriteByte(' ')
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(p.scope(), 0)
	return b.String()
}
