package extract

import (
	"bytes"
	"fmt"

	"github.com/byline/byline/internal/textenc"
)

// DefaultMaxBytes is the default size cap of a page (Options.MaxBytes).
const DefaultMaxBytes = 16 << 20

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
// are not UTF-16 text, textenc.LooksUTF16) or many control characters.
func looksBinary(b []byte) bool {
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if textenc.LooksUTF16(head) {
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

// toUTF8 returns the page as valid UTF-8 and the name of the encoding it
// was decided to be in (textenc.ToUTF8 says how).
func toUTF8(b []byte, contentType string) ([]byte, string, error) {
	return textenc.ToUTF8(b, contentType)
}
