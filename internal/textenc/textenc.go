// Package textenc holds the one decision the crawler and the extractor
// share about character encodings (ToUTF8): which encoding a page's bytes
// are in, given what its Content-Type header and <meta charset> declare
// and when the bytes contradict them. The crawler decodes a page by it
// before handing it on, and the extractor decodes what it is given.
package textenc

import (
	"strings"
	"unicode/utf8"
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

// cp1252High maps the characters windows-1252 puts at 0x80-0x9F back to
// their bytes (0xA0-0xFF are the Latin-1 characters of the same number).
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
	// The five bytes windows-1252 leaves undefined decode to C1 controls.
	'\u0081': 0x81, '\u008D': 0x8D, '\u008F': 0x8F, '\u0090': 0x90, '\u009D': 0x9D,
}

// continuation returns the byte a character stood for when UTF-8 text was
// decoded as windows-1252 (or Latin-1), if that byte is a UTF-8
// continuation byte (0x80-0xBF).
func continuation(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xBF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// RepairMojibake undoes UTF-8 text that was decoded as windows-1252 or
// Latin-1 before it reached the page: "FranÃ§ois" becomes "François",
// "rÃ©sumÃ©" "résumé", "â€œquotedâ€\u009d" "“quoted”". Sites store such
// text when one layer of their stack read UTF-8 as Latin-1; the page's own
// charset is right, so only the text can tell. A sequence is repaired
// only when it is a whole, valid UTF-8 character: a lead character
// (U+00C2-U+00F4, the Latin-1 reading of a lead byte) followed by exactly
// the continuation characters its length needs. Real text almost never
// has such a pair ("Ã" then "©", "â" then "€" then "™"), while ordinary
// accented text ("NÃO", "café") has none. Text encoded twice is repaired
// twice. Everything else is left as it is.
func RepairMojibake(s string) string {
	for range 2 {
		r, changed := repairOnce(s)
		if !changed {
			break
		}
		s = r
	}
	return s
}

func repairOnce(s string) (string, bool) {
	var b strings.Builder
	done := 0 // s[:done] is in b once the first repair was found
	for i := 0; i < len(s); {
		if dec, n := repairAt(s, i); n > 0 {
			if done == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:i])
			b.WriteRune(dec)
			i += n
			done = i
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if done == 0 {
		return s, false // nothing repaired: no copy made
	}
	b.WriteString(s[done:])
	return b.String(), true
}

// repairAt decodes the mojibake sequence starting at byte i of s, if there
// is one: the character it stood for and how many bytes of s it spans (0
// when there is none).
func repairAt(s string, i int) (rune, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	need := 0
	switch {
	case r >= 0xC2 && r <= 0xDF:
		need = 1
	case r >= 0xE0 && r <= 0xEF:
		need = 2
	case r >= 0xF0 && r <= 0xF4:
		need = 3
	default:
		return 0, 0
	}
	seq := make([]byte, 1, 4)
	seq[0] = byte(r)
	at := i + size
	for range need {
		if at >= len(s) {
			return 0, 0
		}
		c, csize := utf8.DecodeRuneInString(s[at:])
		bc, ok := continuation(c)
		if !ok {
			return 0, 0
		}
		seq = append(seq, bc)
		at += csize
	}
	dec, n := utf8.DecodeRune(seq)
	if dec == utf8.RuneError || n != len(seq) {
		return 0, 0
	}
	return dec, at - i
}
