// Package textenc holds the one rule the crawler and the extractor share
// about character encodings: when a declared single-byte charset is
// contradicted by the bytes. A page's bytes are decided once, but the
// declaration can reach either side first: the crawler's HTTP client
// (colly) decodes a body by its Content-Type header before the extractor
// sees it, and the extractor reads <meta charset> itself.
package textenc

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// SingleByte reports whether the encoding of that WHATWG name (what
// charset.Lookup returns) has one byte per character.
func SingleByte(name string) bool {
	for _, p := range []string{"windows-125", "iso-8859-", "koi8-", "macintosh", "ibm866", "x-mac-cyrillic", "windows-874"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// LooksUTF8 reports whether b, declared to be in a single-byte charset, is
// UTF-8 after all: valid UTF-8 with at least one multi-byte character.
// Servers and templates often declare a default (Apache's
// AddDefaultCharset ISO-8859-1, a theme's meta tag) for pages written in
// UTF-8; read as declared, every accented letter becomes two ("MÃ¼nchen",
// "Â«TatortÂ»"). Legacy single-byte text is valid UTF-8 only by a freak:
// each letter above ASCII (0xC0-0xFF) would have to be followed by one to
// three bytes in 0x80-0xBF, which are punctuation and symbols, not
// letters.
func LooksUTF8(b []byte) bool {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return utf8.Valid(b[i:])
		}
	}
	return false
}

// Undecode returns the bytes a body had before it was decoded from the
// single-byte charset named in contentType, when those bytes were UTF-8
// (LooksUTF8); otherwise it returns decoded unchanged. Single-byte
// decoding is one rune per byte, so encoding back restores the bytes.
func Undecode(decoded []byte, contentType string) []byte {
	name := charsetParam(contentType)
	if name == "" {
		return decoded
	}
	e, canon := charset.Lookup(name)
	if e == nil || !SingleByte(canon) {
		return decoded
	}
	raw, err := e.NewEncoder().Bytes(decoded)
	if err != nil || !LooksUTF8(raw) {
		return decoded
	}
	return raw
}

// charsetParam returns the charset parameter of a Content-Type value.
func charsetParam(ct string) string {
	for _, part := range strings.Split(ct, ";")[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}
