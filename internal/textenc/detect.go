package textenc

import (
	"bytes"

	"github.com/saintfish/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// multiByteLabels maps the names chardet gives the multi-byte legacy
// charsets to their WHATWG labels.
var multiByteLabels = map[string]string{
	"Shift_JIS": "shift_jis", "EUC-JP": "euc-jp", "GB-18030": "gb18030", "EUC-KR": "euc-kr", "Big5": "big5",
}

// minHighBytes is how many bytes above ASCII an undeclared page needs
// before it is tested for Thai, a multi-byte legacy charset or a
// single-byte one of a non-Latin script: fewer are no evidence either
// way.
const minHighBytes = 16

// detectSample is how much of a page chardet reads: its statistics settle
// long before, and a page of many megabytes would cost every recognizer a
// pass over all of it.
const detectSample = 64 << 10

// minConfidence is the chardet confidence (1-100) a charset needs. ICU's
// multi-byte recognizers score high only when most of the two-byte
// characters are among the language's most frequent ones, its single-byte
// ones when most of the text's letter trigrams are among the language's
// most frequent; genuine news text scored 58-73 (Russian, Greek, Arabic,
// Hebrew) and 57-98 in its own Latin charset, and Latin text read as a
// charset of another script at most 25.
const minConfidence = 50

// nonLatinLabels maps the names chardet gives the single-byte charsets of
// scripts other than Latin to their WHATWG labels. Its answers for those
// of Latin scripts (ISO-8859-1/-2/-9, windows-1250/1252/1254) are not
// used: they share ASCII and most letters with windows-1252, chardet
// names ISO-8859-1 for Czech, Hungarian, Polish and Romanian text alike,
// and a wrong guess among them would cost the letters the default gets
// right (it has no recognizer for windows-1257, ISO-8859-13 or
// windows-1258 at all). detectLatin decides among them instead.
var nonLatinLabels = map[string]string{
	"windows-1251": "windows-1251", "KOI8-R": "koi8-r", "ISO-8859-5": "iso-8859-5",
	"ISO-8859-7": "iso-8859-7", "windows-1253": "windows-1253",
	"windows-1256": "windows-1256", "ISO-8859-6": "iso-8859-6",
	"ISO-8859-8": "iso-8859-8", "ISO-8859-8-I": "iso-8859-8-i", "windows-1255": "windows-1255",
}

// nonLatinWords reports whether at least half of b's bytes above ASCII
// stand next to another byte above ASCII. A script written wholly above
// ASCII (Cyrillic, Greek, Arabic, Hebrew in their single-byte charsets)
// spells every word of two letters or more with such bytes, so nearly
// all of them have such a neighbour; a Latin-script language puts one
// accented letter, rarely two, between ASCII letters ("Müll", "été",
// "Straße"), and far fewer than half do. The rule is about the scripts,
// not about any site or language.
func nonLatinWords(b []byte) bool {
	high, paired := 0, 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		if i > 0 && b[i-1] >= 0x80 || i+1 < len(b) && b[i+1] >= 0x80 {
			paired++
		}
	}
	return paired*2 >= high
}

// detectLegacy finds the legacy charset of an undeclared page that is not
// UTF-8, or nil (the web's windows-1252 default then applies). Read as
// windows-1252, a page in any of these would be mojibake. It asks things
// of the bytes only, none about any site, and takes a charset only when
// the page decodes in it without a single invalid sequence:
//
//   - Thai in windows-874, when its bytes spell Thai and do not read as
//     Korean (looksThai; chardet has no recognizer for it and ranks
//     EUC-KR first).
//   - A multi-byte charset (Shift_JIS, EUC-JP, GB18030, EUC-KR, Big5), or
//     a single-byte one of a script other than Latin (Cyrillic, Greek,
//     Arabic, Hebrew), when chardet's frequency statistics (ICU's) rank
//     it first with confidence; a single-byte one must in addition spell
//     words with it (nonLatinWords).
//   - ISO-8859-2 or windows-1250 (Central European), windows-1254
//     (Turkish), windows-1257 or ISO-8859-13 (Baltic), windows-1258
//     (Vietnamese), when the page reads as text of one of their languages
//     in it and not as Western European text in windows-1252
//     (detectLatin; chardet does not tell them apart).
//
// The first two need at least minHighBytes bytes above ASCII; the last
// weighs its own evidence, so that a short page can leave windows-1252
// too.
//
// It returns the page decoded in the charset too: checking that it
// decodes cleanly decoded it, and ToUTF8 does not do so again.
func detectLegacy(b []byte) (encoding.Encoding, string, []byte) {
	sample := b[:min(len(b), detectSample)]
	if highBytes(b) >= minHighBytes {
		if looksThai(sample) {
			if out, ok := decodesClean(charmap.Windows874, b); ok {
				return charmap.Windows874, "windows-874", out
			}
		}
		if e, name, out := detectChardet(b, sample); e != nil {
			return e, name, out
		}
	}
	return detectLatin(b, sample)
}

// detectChardet is the chardet part of detectLegacy.
func detectChardet(b, sample []byte) (encoding.Encoding, string, []byte) {
	best, err := chardet.NewHtmlDetector().DetectBest(sample)
	if err != nil || best.Confidence < minConfidence {
		return nil, "", nil
	}
	label, ok := multiByteLabels[best.Charset]
	if !ok {
		if label, ok = nonLatinLabels[best.Charset]; !ok || !nonLatinWords(sample) {
			return nil, "", nil
		}
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, "", nil
	}
	out, ok := decodesClean(e, b)
	if !ok {
		return nil, "", nil
	}
	return e, name, out
}

// highBytes counts the bytes of b above ASCII.
func highBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= 0x80 {
			n++
		}
	}
	return n
}

// decodesClean returns b decoded in e and whether it decodes without an
// invalid sequence (which the decoders turn into U+FFFD).
func decodesClean(e encoding.Encoding, b []byte) ([]byte, bool) {
	out, _, err := transform.Bytes(e.NewDecoder(), b)
	if err != nil {
		return nil, false
	}
	if bytes.Contains(out, []byte("\uFFFD")) && !bytes.Contains(b, []byte("\xEF\xBF\xBD")) {
		return nil, false
	}
	return out, true
}
