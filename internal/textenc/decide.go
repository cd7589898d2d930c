package textenc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// prescanBytes is how much of the page is searched for a <meta charset>.
// The HTML standard says 1024 bytes, but real pages often put several
// kilobytes of scripts and styles first; 8 KiB is still cheap.
const prescanBytes = 8 << 10

// ToUTF8 returns a page's bytes as valid UTF-8 and the name of the
// encoding they were decided to be in. The order is: byte order mark, the
// charset of the Content-Type header, a <meta charset> or http-equiv in
// the first bytes (either overruled when the bytes contradict it, see
// checkDeclared), and only when all of those are silent, detection (valid
// UTF-8 stays UTF-8, a page in a legacy charset detectLegacy recognizes
// is read in it, anything else as windows-1252, the web's default). Only non-UTF-8 input is transcoded: UTF-8 input comes back as
// the same slice. The crawler and the extractor both decode with it, so a
// page reads the same whichever of them saw its bytes first.
func ToUTF8(b []byte, contentType string) ([]byte, string, error) {
	valid := utf8.Valid(b) // once: the decision and the UTF-8 path both need it
	enc, name, decoded := decideEncoding(b, contentType, valid)
	return decodeAs(b, enc, name, valid, decoded)
}

// decodeAs returns b, valid says whether it is valid UTF-8, decoded from
// enc (named name) as valid UTF-8. decoded, when not nil, is b already
// decoded in enc (detection decodes a page to see that it decodes
// cleanly) and is taken as it is: a page is decoded once.
//
// The output of a decoder is not checked for valid UTF-8: the decoders
// of x/text write every byte they cannot transcode as U+FFFD (package
// encoding's contract), so it is valid by construction (FuzzToUTF8 holds
// ToUTF8 to it). windows-1258 output is put in NFC (nfcVietnamese).
func decodeAs(b []byte, enc encoding.Encoding, name string, valid bool, decoded []byte) ([]byte, string, error) {
	if name == "utf-8" {
		b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
		if !valid {
			b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
		}
		return b, name, nil
	}
	out := decoded
	if out == nil {
		var err error
		if out, _, err = transform.Bytes(enc.NewDecoder(), b); err != nil {
			return nil, name, fmt.Errorf("decode %d bytes as %s: %w", len(b), name, err)
		}
	}
	return nfcVietnamese(out, name), name, nil
}

// decideEncoding picks the page's encoding; valid says whether b is valid
// UTF-8. It returns b decoded in it too when deciding took a decode (a
// legacy charset detection found), nil otherwise.
func decideEncoding(b []byte, contentType string, valid bool) (encoding.Encoding, string, []byte) {
	if e, name := bomEncoding(b); e != nil {
		return e, name, nil
	}
	if e, name := headerCharset(contentType); e != nil {
		return checkDeclared(b, e, name, valid)
	}
	if e, name := metaCharset(b); e != nil {
		return checkDeclared(b, e, name, valid)
	}
	return detectEncoding(b, valid)
}

// bomEncoding returns the encoding b's byte order mark names, nil when it
// has none.
func bomEncoding(b []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		return unicode.UTF8, "utf-8"
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

// headerCharset returns the encoding a Content-Type header's charset
// names, nil when it names none or one lookupCharset does not know.
func headerCharset(contentType string) (encoding.Encoding, string) {
	if contentType == "" {
		return nil, ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, ""
	}
	return lookupCharset(params["charset"], true)
}

// checkDeclared overrules a declared charset that the bytes contradict,
// and keeps it otherwise: a page declared in a legacy charset that is
// valid UTF-8 with multi-byte characters in it is UTF-8 (LooksUTF8 says
// why for single-byte charsets, utf8UnderMultiByte for multi-byte ones).
// The reverse, a page declared UTF-8 whose non-ASCII bytes are mostly not
// UTF-8 (a legacy page under a UTF-8 header), is read as windows-1252 (the
// web's default for legacy pages, a superset of ISO-8859-1) rather than
// losing every accented letter to U+FFFD; a UTF-8 page with a few broken
// sequences stays UTF-8. A header's UTF-16 for bytes that are not (no NUL
// bytes where the markup's ASCII would put them) is ignored: the bytes
// decide (detectEncoding, whose decoded page it returns).
func checkDeclared(b []byte, e encoding.Encoding, name string, valid bool) (encoding.Encoding, string, []byte) {
	switch {
	case name == "utf-8":
		if valid {
			break
		}
		if bad, multi := utf8Counts(b); bad > multi {
			return charmap.Windows1252, "windows-1252", nil
		}
	case SingleByte(name):
		if valid && !isASCII(b) { // LooksUTF8, without checking b a second time
			return unicode.UTF8, "utf-8", nil
		}
	case strings.HasPrefix(name, "utf-16"):
		if !LooksUTF16(b) {
			return detectEncoding(b, valid)
		}
	default:
		if utf8UnderMultiByte(b, valid) {
			return unicode.UTF8, "utf-8", nil
		}
	}
	return e, name, nil
}

// isASCII reports whether b has no byte above ASCII. It reads eight bytes
// at a time and stops at the first such byte.
func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// minMultiByte is how many multi-byte UTF-8 characters a body declared in
// a multi-byte legacy charset must hold to be read as UTF-8.
const minMultiByte = 6

// utf8UnderMultiByte reports whether b, declared in a multi-byte legacy
// charset (Shift_JIS, EUC-JP, GBK/GB18030, Big5, EUC-KR), is UTF-8 after
// all: the whole of it is valid UTF-8 and it holds at least minMultiByte
// multi-byte characters. Servers and templates declare such a default for
// pages written in UTF-8 as they do ISO-8859-1, and read as declared every
// character becomes two or three wrong ones.
//
// The rule is about the encodings, not about any site: in all of these a
// character is a lead byte of 0x81-0xFE and a trail byte, and for a run of
// them to read as UTF-8 every lead must fall in 0xC2-0xF4 and every byte
// after it in 0x80-0xBF. The most frequent characters break that at once
// (kana are 0x82/0x83 leads in Shift_JIS, continuation bytes that cannot
// start a UTF-8 character; most GBK, Big5 and EUC-KR trail bytes are over
// 0xBF), so text of any length in them is essentially never valid UTF-8:
// in Japanese, Chinese and Korean news sentences encoded in each of them,
// no run of four or more characters was, and a run of three makes at most
// three UTF-8 characters. Asking for the whole body and twice that count
// keeps a genuine legacy page as declared; the cost is that a UTF-8 page
// with fewer than six non-ASCII characters under such a label stays read
// as declared.
func utf8UnderMultiByte(b []byte, valid bool) bool {
	if !valid {
		return false
	}
	n := 0
	for _, c := range b {
		if c >= 0xC0 { // a lead byte: in valid UTF-8, one per multi-byte character
			if n++; n >= minMultiByte {
				return true
			}
		}
	}
	return false
}

// detectEncoding decides the encoding of a page that declares none: valid
// UTF-8 stays UTF-8, UTF-16 markup without a byte order mark is UTF-16, a
// legacy page declaring its charset in a <meta> after the prescan (behind
// kilobytes of inline scripts) is read in it, a page in a multi-byte
// legacy charset, a single-byte one of a non-Latin script, Thai
// windows-874, Central European ISO-8859-2/windows-1250, Turkish
// windows-1254, Baltic windows-1257/ISO-8859-13 or Vietnamese
// windows-1258 is read in it (detectLegacy), anything else is what charset.DetermineEncoding finds
// (windows-1252, the web's default, for most). A charset detectLegacy
// found comes with the page decoded in it.
func detectEncoding(b []byte, valid bool) (encoding.Encoding, string, []byte) {
	if valid {
		return unicode.UTF8, "utf-8", nil
	}
	// Mostly valid UTF-8 with a few broken bytes is still UTF-8; legacy
	// single-byte text fails on nearly every non-ASCII byte.
	if mostlyUTF8(b) {
		return unicode.UTF8, "utf-8", nil
	}
	if e, name := utf16Order(b); e != nil {
		return e, name, nil
	}
	if len(b) > prescanBytes {
		if e, name := scanMeta(headOf(b)); e != nil {
			return checkDeclared(b, e, name, valid)
		}
	}
	if e, name, decoded := detectLegacy(b); e != nil {
		return e, name, decoded
	}
	e, name, _ := charset.DetermineEncoding(b, "")
	return e, name, nil
}

// headOf returns b up to its </head> or <body>, all of it when it has
// neither: where a late <meta charset> can be. It reads b in place
// (indexFold): the page can be megabytes.
func headOf(b []byte) []byte {
	end := len(b)
	for _, tag := range []string{"</head", "<body"} {
		if i := indexFold(b[:end], tag); i >= 0 {
			end = i
		}
	}
	return b[:end]
}

// indexFold is the index of the first instance of lower in b, ignoring
// ASCII case, or -1; lower is ASCII, lower case, and starts with a byte
// that has no case ('<' for a tag). It makes no copy of b.
func indexFold(b []byte, lower string) int {
	for off := 0; off+len(lower) <= len(b); {
		i := bytes.IndexByte(b[off:len(b)-len(lower)+1], lower[0])
		if i < 0 {
			return -1
		}
		at := off + i
		if equalFoldASCII(b[at+1:at+len(lower)], lower[1:]) {
			return at
		}
		off = at + 1
	}
	return -1
}

// equalFoldASCII reports whether b is lower ignoring ASCII case; lower is
// ASCII and lower case.
func equalFoldASCII(b []byte, lower string) bool {
	for i := range len(lower) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// utf16Sniff is how many leading bytes LooksUTF16 looks at.
const utf16Sniff = 1024

// LooksUTF16 reports whether b is UTF-16 text: it starts with a UTF-16
// byte order mark, or, in its first bytes, one of each pair of bytes is
// NUL at least half the time and the other never is. Markup is ASCII,
// which UTF-16 writes as the character and a NUL (in the order of its
// byte order); binary formats have NULs on both sides.
func LooksUTF16(b []byte) bool {
	if len(b) >= 2 && (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE) {
		return true
	}
	e, _ := utf16Order(b)
	return e != nil
}

// utf16Order returns UTF-16LE or BE when b looks like UTF-16 text without
// a byte order mark (LooksUTF16), nil otherwise.
func utf16Order(b []byte) (encoding.Encoding, string) {
	head := b[:min(len(b), utf16Sniff)&^1]
	if len(head) < 16 {
		return nil, ""
	}
	var nul [2]int
	for i, c := range head {
		if c == 0 {
			nul[i&1]++
		}
	}
	half := len(head) / 4 // half of the bytes on one side
	switch {
	case nul[1] >= half && nul[0] == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case nul[0] >= half && nul[1] == 0:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// lookupCharset maps a charset label to an encoding, nil for a label it
// does not know. A UTF-16 label in a meta tag (inHeader false) means
// UTF-8: a page whose markup could be read to find it is ASCII-compatible.
// The labels the Encoding Standard maps to "replacement" (iso-2022-kr,
// hz-gb-2312, ...) would turn the whole page into one U+FFFD; they are
// treated as unknown and the bytes decide.
func lookupCharset(label string, inHeader bool) (encoding.Encoding, string) {
	label = strings.TrimSpace(strings.Trim(label, `"'`))
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	switch {
	case e == nil || name == "replacement":
		return nil, ""
	case strings.HasPrefix(name, "utf-16") && !inHeader:
		return unicode.UTF8, "utf-8"
	}
	return e, name
}

// metaCharset finds <meta charset=X> or <meta http-equiv content="...;
// charset=X"> in the first prescanBytes bytes, with a plain byte search
// (no tokenizer, no regexp).
func metaCharset(b []byte) (encoding.Encoding, string) {
	return scanMeta(b[:min(len(b), prescanBytes)])
}

// scanMeta finds the first <meta> charset declaration in head. It reads
// head in place (indexFold) and copies nothing unless it finds a label.
func scanMeta(head []byte) (encoding.Encoding, string) {
	for off := 0; ; {
		i := indexFold(head[off:], "<meta")
		if i < 0 {
			return nil, ""
		}
		start := off + i
		end := bytes.IndexByte(head[start:], '>')
		if end < 0 {
			return nil, ""
		}
		tag := head[start : start+end]
		off = start + end
		j := indexFoldLetters(tag, "charset")
		if j < 0 {
			continue
		}
		rest := bytes.TrimLeft(tag[j+len("charset"):], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		k := bytes.IndexAny(rest, " \t\r\n\"';/>")
		if k >= 0 {
			rest = rest[:k]
		}
		if e, name := lookupCharset(string(rest), false); e != nil {
			return e, name
		}
	}
}

// indexFoldLetters is indexFold for a word of lower-case letters, whose
// first byte has a case too.
func indexFoldLetters(b []byte, lower string) int {
	for i := 0; i+len(lower) <= len(b); i++ {
		if c := b[i] | 0x20; c == lower[0] && equalFoldASCII(b[i+1:i+len(lower)], lower[1:]) {
			return i
		}
	}
	return -1
}

// mostlyUTF8 reports whether b is UTF-8 with at most a few invalid bytes.
func mostlyUTF8(b []byte) bool {
	bad, multi := utf8Counts(b)
	return bad == 0 || multi >= 10*bad
}

// utf8Counts counts the bytes of b that start no valid UTF-8 sequence and
// the valid multi-byte characters.
func utf8Counts(b []byte) (bad, multi int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		b = b[size:]
	}
	return bad, multi
}

// nfcVietnamese returns out, decoded from the charset named name, in
// Unicode normal form C when that charset is windows-1258: it writes most
// Vietnamese tone marks as combining characters after their letter ("ệ"
// is ê and a combining dot below), which read as one letter but compare,
// search and count as two. NFC makes them the precomposed letters every
// UTF-8 Vietnamese page uses. Other charsets decode to precomposed
// letters already and are left as they are.
func nfcVietnamese(out []byte, name string) []byte {
	if name != "windows-1258" || norm.NFC.IsNormal(out) {
		return out
	}
	return norm.NFC.Bytes(out)
}
