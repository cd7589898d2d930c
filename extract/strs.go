package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
)

// This file holds the string helpers the resolvers share: word counts,
// cleaning and normalising text, splitting at separators (dom.go holds
// the tree helpers).

// wordCount counts the white-space separated words of s.
func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// firstUpper reports whether s starts with an upper-case letter.
func firstUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// startsLower reports whether s starts with a lower-case letter.
// Georgian's Mkhedruli letters are lower case to Unicode (since Unicode
// 11 added the Mtavruli capitals), but Georgian text writes no capitals:
// a Mkhedruli word starts as a word of a script without case does
// (Arabic, Han), names included ("ნინო ბერიძე").
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) && !(r >= 0x10D0 && r <= 0x10FF)
}

// uncasedLetter reports whether s starts with a letter of a script
// without case (Arabic, Hebrew, Han, Devanagari, Thai, Georgian's
// Mkhedruli): neither a capital nor a lower-case word.
func uncasedLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !startsLower(s)
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// textOver reports whether s reads longer than n characters, as the
// limits on names, bylines, lines, captions, credits, datelines and
// headings mean: a Cyrillic, Greek, Hebrew or Arabic letter takes two
// bytes and a Devanagari, Thai or CJK one three, so a limit in bytes is
// half or a third as long in those scripts. A Han, kana or Hangul
// character counts two, the width it is set in beside Latin letters (a
// CJK word is one to three of them). The byte test first: s of at most
// n bytes has at most n characters, so Latin text pays nothing more.
func textOver(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	w := 0
	for _, r := range s {
		w++
		if r >= 0x1100 && wideRune(r) {
			w++
		}
		if w > n {
			return true
		}
	}
	return false
}

// textUnder reports whether s reads shorter than n characters (textOver).
func textUnder(s string, n int) bool { return !textOver(s, n-1) }

// wideRune reports whether r is set two columns wide: Hangul, the CJK
// scripts (Han, kana, bopomofo and their punctuation) and full-width
// forms.
func wideRune(r rune) bool {
	switch {
	case r <= 0x115F: // Hangul jamo
		return r >= 0x1100
	case r < 0x2E80:
		return false
	case r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}

// truncRunes cuts s to at most n runes.
func truncRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// firstNonEmpty returns the first of ss that is not blank, trimmed.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// cleanText tidies a value from an attribute or structured data: entities
// decoded (also when double-escaped, "&amp;quot;"), tags stripped, invalid
// UTF-8 replaced, white space collapsed.
func cleanText(s string) string { return squash(decodeMarkup(s)) }

// decodeMarkup decodes entities, strips tags and replaces invalid UTF-8
// in a value that may carry markup; white space is left as it is.
func decodeMarkup(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	}
	return validUTF8(s)
}

// stripTags removes HTML tags from a value.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '<' && i+1 < len(s) && (isASCIILetter(s[i+1]) || s[i+1] == '/'):
			in = true
		case c == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// validUTF8 replaces invalid UTF-8 in s.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// normTitle is the form in which titles are compared: white space
// collapsed, lower case, and typographic quotes, dashes and the ellipsis
// folded to their ASCII forms (foldTypography): a CMS prints "Bắc – Nam"
// or "it’s" in the page's text where its og:title, written by an SEO
// plugin, says "Bắc - Nam" and "it's".
func normTitle(s string) string { return foldTypography(strings.ToLower(squash(s))) }

// foldTypography writes typographic quotes straight, dashes and minus
// signs as a hyphen and an ellipsis as three dots; it allocates only when
// s holds one.
func foldTypography(s string) string {
	i := strings.IndexFunc(s, typographic)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch r {
		case '‘', '’', '‚', '‛':
			b.WriteByte('\'')
		case '“', '”', '„', '‟':
			b.WriteByte('"')
		case '‐', '‑', '‒', '–', '—', '―', '−':
			b.WriteByte('-')
		case '…':
			b.WriteString("...")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// typographic reports whether foldTypography changes r.
func typographic(r rune) bool {
	return r >= '‐' && r <= '―' || r >= '‘' && r <= '‟' || r == '…' || r == '−'
}

// notLetterOrDigit reports whether r is neither a letter nor a digit.
func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// normLoose lower-cases s and keeps only letters and digits, with German
// umlauts and ß spelt out and other Latin accents dropped, the way host
// names write them ("Nalas Löwenseiten" → "nalasloewenseiten").
func normLoose(s string) string {
	var b strings.Builder
	for _, r := range s {
		if notLetterOrDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		switch r {
		case 'ä':
			b.WriteString("ae")
		case 'ö':
			b.WriteString("oe")
		case 'ü':
			b.WriteString("ue")
		case 'ß':
			b.WriteString("ss")
		default:
			if f, ok := foldLatin[r]; ok {
				r = f
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldLatin maps accented Latin letters to their base letter, with the
// Vietnamese tone marks and the Turkish dotless i, which hosts write as
// plain letters too ("Báo Cảng" on baocang.example).
var foldLatin = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãåāăąảạằắẳẵặầấẩẫậ", 'c': "çćčĉċ", 'e': "èéêëēĕėęěẻẽẹềếểễệ", 'i': "ìíîïĩīĭįỉịı", 'n': "ñńňņ",
		'o': "òóôõøōŏőỏọồốổỗộơờớởỡợ", 'u': "ùúûũūŭůűųủụưừứửữự", 'y': "ýÿŷỳỷỹỵ", 's': "śšşș", 'z': "źżž", 'l': "łľĺļ", 'r': "ŕřŗ", 'd': "ďđ", 't': "ťţț", 'g': "ğģ",
	} {
		for _, a := range accented {
			m[a] = base
		}
	}
	return m
}()

// splitAny splits s at every occurrence of any of the separators.
func splitAny(s string, seps ...string) []string {
	return splitAllAt([]string{s}, seps)
}

// splitAllAt splits each of parts at every occurrence of any of seps, in
// the order of seps. A separator in none of the parts costs no allocation.
func splitAllAt(parts, seps []string) []string {
	for _, sep := range seps {
		if !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, sep) }) {
			continue
		}
		next := make([]string, 0, len(parts)+1)
		for _, p := range parts {
			if strings.Contains(p, sep) {
				next = append(next, strings.Split(p, sep)...)
			} else {
				next = append(next, p)
			}
		}
		parts = next
	}
	return parts
}

// containsWordOf reports whether one of words occurs in s at the start
// of a word: not inside one ("pool" in "Liverpool", "epa" in "Nepal",
// "file" in "Profile"), while a compound may go on after it ("Bildquelle",
// "photographer"). A word that does not start with a letter ("©",
// "ap/") may start anywhere.
func containsWordOf(s string, words []string) bool {
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			j += i
			if before, _ := utf8.DecodeLastRuneInString(s[:j]); j == 0 || !unicode.IsLetter(first) || !unicode.IsLetter(before) {
				return true
			}
			_, size := utf8.DecodeRuneInString(s[j:])
			i = j + size
		}
	}
	return false
}

// titleCaseWords writes words printed in capitals the way names are
// written: a capital at the start of each word and after a hyphen or an
// apostrophe that follows one letter ("O'NEILL-SMITH" → "O'Neill-Smith",
// "KA'AHANUI" → "Ka'ahanui"); an initial stays as it is.
func titleCaseWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		rs := []rune(w)
		start, run := true, 0
		for j, r := range rs {
			if start {
				rs[j] = unicode.ToUpper(r)
			} else {
				rs[j] = unicode.ToLower(r)
			}
			// After an apostrophe a capital follows one letter (O'Neill,
			// D'Angelo, N'Diaye), not a longer run: the glottal stop or
			// hamza inside a name (Ka'ahanui, Ma'afu, Sa'adi).
			start = !unicode.IsLetter(r) && (r != '\'' && r != '’' || run == 1)
			if unicode.IsLetter(r) {
				run++
			} else {
				run = 0
			}
		}
		out[i] = string(rs)
	}
	return out
}

// hasASCIIFold reports whether s holds sub (lower-case ASCII) with its
// ASCII letters in any case, without lowering s: a
// necessary test before a lowered read (no rune but U+212A and U+0130
// lowers to ASCII, and neither to a letter of the words asked).
func hasASCIIFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// lowerOnStack is strings.ToLower(s), written into buf when s is ASCII
// and fits (no allocation): the result is then a view of buf, for reads
// that do not keep it.
func lowerOnStack(buf *[96]byte, s string) string {
	if len(s) > len(buf) || s == "" {
		return strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return unsafe.String(&buf[0], len(s))
}

// occurrences yields the byte index of every occurrence of sub in s, left
// to right, each search going on after the last one's end (fullStops,
// textNames, namedAfterLocative); none for an empty sub.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for i := strings.Index(s, sub); i >= 0; {
			if !yield(i) {
				return
			}
			j := strings.Index(s[i+len(sub):], sub)
			if j < 0 {
				return
			}
			i += len(sub) + j
		}
	}
}
