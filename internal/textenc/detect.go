package textenc

import (
	"bytes"

	"github.com/saintfish/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// multiByteLabels maps the names chardet gives the multi-byte legacy
// charsets to their WHATWG labels.
var multiByteLabels = map[string]string{
	"Shift_JIS": "shift_jis", "EUC-JP": "euc-jp", "GB-18030": "gb18030", "EUC-KR": "euc-kr", "Big5": "big5",
}

// minHighBytes is how many bytes above ASCII an undeclared page needs
// before it is tested for a multi-byte legacy charset: fewer are no
// evidence either way.
const minHighBytes = 16

// detectSample is how much of a page chardet reads: its statistics settle
// long before, and a page of many megabytes would cost every recognizer a
// pass over all of it.
const detectSample = 64 << 10

// minConfidence is the chardet confidence (1-100) a multi-byte charset
// needs. ICU's multi-byte recognizers score high only when most of the
// two-byte characters are among the language's most frequent ones; Latin
// text read as one of them scores about 10.
const minConfidence = 50

// detectMultiByte finds the multi-byte legacy charset (Shift_JIS, EUC-JP,
// GB18030, EUC-KR, Big5) of an undeclared page that is not UTF-8, or nil.
// Read as windows-1252, such a page would be all mojibake. It asks two
// things of the bytes, neither of them about any site: that chardet's
// frequency statistics (ICU's) rank one of these charsets first with
// confidence, and that the page decodes in it without a single invalid
// sequence. Anything else keeps the web's windows-1252 default.
func detectMultiByte(b []byte) (encoding.Encoding, string) {
	if highBytes(b) < minHighBytes {
		return nil, ""
	}
	best, err := chardet.NewHtmlDetector().DetectBest(b[:min(len(b), detectSample)])
	if err != nil || best.Confidence < minConfidence {
		return nil, ""
	}
	label, ok := multiByteLabels[best.Charset]
	if !ok {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == nil || !decodesClean(e, b) {
		return nil, ""
	}
	return e, name
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

// decodesClean reports whether b decodes in e without an invalid
// sequence (which the decoders turn into U+FFFD).
func decodesClean(e encoding.Encoding, b []byte) bool {
	out, _, err := transform.Bytes(e.NewDecoder(), b)
	if err != nil {
		return false
	}
	return !bytes.Contains(out, []byte("\uFFFD")) || bytes.Contains(b, []byte("\xEF\xBF\xBD"))
}
