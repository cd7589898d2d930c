package extract

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/byline/byline/internal/textenc"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DefaultMaxBytes is the default size cap of a page (Options.MaxBytes).
const DefaultMaxBytes = 16 << 20

// prescanBytes is how much of the page is searched for a <meta charset>.
// The HTML standard says 1024 bytes, but real pages often put several
// kilobytes of scripts and styles first; 8 KiB is still cheap.
const prescanBytes = 8 << 10

// checkInput rejects input that is empty, over the size cap or binary.
func checkInput(b []byte, max int) error {
	if len(b) > max {
		return fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(b), max)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("%w: empty document", ErrNotHTML)
	}
	if looksBinary(b) {
		return fmt.Errorf("%w: binary content", ErrNotHTML)
	}
	return nil
}

// looksBinary reports whether the start of b is not text: NUL bytes (that
// are not UTF-16 text) or many control characters.
func looksBinary(b []byte) bool {
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if hasUTF16BOM(head) {
		return false
	}
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			ctrl++
		}
	}
	return ctrl*20 > len(head) // more than 5% control bytes
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE))
}

// toUTF8 returns the page as valid UTF-8 and the name of the encoding it
// was decided to be in. The order is: byte order mark, the charset of the
// Content-Type header, a <meta charset> or http-equiv in the first bytes
// (either overruled when the bytes contradict it, see checkDeclared), and
// only when all of those are silent, detection (valid UTF-8 stays UTF-8,
// anything else is read as windows-1252, the web's default). Only
// non-UTF-8 input is transcoded.
func toUTF8(b []byte, contentType string) ([]byte, string, error) {
	valid := utf8.Valid(b) // once: the decision and the UTF-8 path both need it
	enc, name := decideEncoding(b, contentType, valid)
	if name == "utf-8" {
		b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
		if !valid {
			b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
		}
		return b, name, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %w", name, err)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out, name, nil
}

// decideEncoding picks the page's encoding without decoding it; valid
// says whether b is valid UTF-8.
func decideEncoding(b []byte, contentType string, valid bool) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		return unicode.UTF8, "utf-8"
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			if e, name := lookupCharset(params["charset"]); e != nil {
				return checkDeclared(b, e, name, valid)
			}
		}
	}
	if e, name := metaCharset(b); e != nil {
		return checkDeclared(b, e, name, valid)
	}
	return detectEncoding(b, valid)
}

// checkDeclared overrules a declared charset that the bytes contradict,
// and keeps it otherwise: a page declared single-byte that is valid UTF-8
// with multi-byte characters in it is UTF-8 (textenc.LooksUTF8 says why).
// The reverse, a page declared UTF-8 whose non-ASCII bytes are mostly not
// UTF-8 (a legacy page under a UTF-8 header), is read as windows-1252 (the
// web's default for legacy pages, a superset of ISO-8859-1) rather than
// losing every accented letter to U+FFFD; a UTF-8 page with a few broken
// sequences stays UTF-8. Multi-byte legacy charsets (Shift_JIS, GBK,
// EUC-KR, Big5) are trusted as declared.
func checkDeclared(b []byte, e encoding.Encoding, name string, valid bool) (encoding.Encoding, string) {
	switch {
	case name == "utf-8":
		if valid {
			break
		}
		if bad, multi := utf8Counts(b); bad > multi {
			return charmap.Windows1252, "windows-1252"
		}
	case textenc.SingleByte(name):
		if textenc.LooksUTF8(b) {
			return unicode.UTF8, "utf-8"
		}
	}
	return e, name
}

// detectEncoding decides the encoding of a page that declares none: valid
// UTF-8 stays UTF-8, anything else is what charset.DetermineEncoding finds
// (windows-1252, the web's default, for most).
func detectEncoding(b []byte, valid bool) (encoding.Encoding, string) {
	if valid {
		return unicode.UTF8, "utf-8"
	}
	// Mostly valid UTF-8 with a few broken bytes is still UTF-8; legacy
	// single-byte text fails on nearly every non-ASCII byte.
	if mostlyUTF8(b) {
		return unicode.UTF8, "utf-8"
	}
	e, name, _ := charset.DetermineEncoding(b, "")
	return e, name
}

// lookupCharset maps a charset label to an encoding; UTF-16 labels in a
// meta tag of a page that is evidently ASCII-compatible mean UTF-8.
func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(strings.Trim(label, `"'`))
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, ""
	}
	if strings.HasPrefix(name, "utf-16") {
		return unicode.UTF8, "utf-8"
	}
	return e, name
}

// metaCharset finds <meta charset=X> or <meta http-equiv content="...;
// charset=X"> in the first prescanBytes bytes, with a plain byte search
// (no tokenizer, no regexp).
func metaCharset(b []byte) (encoding.Encoding, string) {
	head := b
	if len(head) > prescanBytes {
		head = head[:prescanBytes]
	}
	lower := bytes.ToLower(head)
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("<meta"))
		if i < 0 {
			return nil, ""
		}
		start := off + i
		end := bytes.IndexByte(lower[start:], '>')
		if end < 0 {
			return nil, ""
		}
		tag := lower[start : start+end]
		off = start + end
		j := bytes.Index(tag, []byte("charset"))
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
		if e, name := lookupCharset(string(rest)); e != nil {
			return e, name
		}
	}
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
