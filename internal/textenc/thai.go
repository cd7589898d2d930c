package textenc

// Thai in windows-874 (TIS-620 with Windows punctuation at 0x80-0x9F) has
// no recognizer in chardet, which ranks EUC-KR first for it: every Thai
// letter is a byte in 0xA1-0xFB, and EUC-KR is pairs of bytes of 0xA1 and
// up. The two are told apart by what each writing system requires of its
// bytes, not by any page.

// Classes of windows-874 bytes that spell Thai.
const (
	thaiNone      = iota // ASCII, punctuation, digits, signs: no rule
	thaiCons             // ก-ฮ 0xA1-0xCE: consonants (and ฤ ฦ)
	thaiLead             // เ แ โ ใ ไ 0xE0-0xE4: written before their consonant
	thaiFollow           // ะ า ำ ๅ: after a consonant or its tone mark
	thaiMark             // ั ิ ี ึ ื ุ ู ฺ: vowels above or below a consonant
	thaiTone             // ่ ้ ๊ ๋: on a consonant or on its vowel mark
	thaiDiacritic        // ็ ์ ํ ๎: on a consonant or on its vowel mark
	thaiUndefined        // 0xDB-0xDE, 0xFC-0xFF: no character in windows-874
)

// thaiClass is the class of a windows-874 byte.
func thaiClass(c byte) int {
	switch {
	case c < 0xA1:
		return thaiNone
	case c <= 0xCE:
		return thaiCons
	case c == 0xD0 || c == 0xD2 || c == 0xD3 || c == 0xE5:
		return thaiFollow
	case c == 0xD1 || c >= 0xD4 && c <= 0xDA:
		return thaiMark
	case c >= 0xDB && c <= 0xDE || c >= 0xFC:
		return thaiUndefined
	case c >= 0xE0 && c <= 0xE4:
		return thaiLead
	case c >= 0xE8 && c <= 0xEB:
		return thaiTone
	case c == 0xE7 || c >= 0xEC && c <= 0xEE:
		return thaiDiacritic
	}
	return thaiNone // ฯ ฿ ๆ ๏ Thai digits ๚ ๛
}

// thaiWellFormed reports whether the Thai letter at b[i] (class cl) stands
// where Thai spelling puts it: a vowel above or below, and the
// maitaikhu/thanthakhat marks, on a consonant; a tone mark on a consonant
// or on its vowel mark; a following vowel after a consonant or its tone
// mark; a leading vowel before a consonant.
func thaiWellFormed(b []byte, i, cl int) bool {
	prev, next := thaiNone, thaiNone
	if i > 0 {
		prev = thaiClass(b[i-1])
	}
	if i+1 < len(b) {
		next = thaiClass(b[i+1])
	}
	switch cl {
	case thaiMark:
		return prev == thaiCons
	case thaiTone, thaiDiacritic:
		return prev == thaiCons || prev == thaiMark
	case thaiFollow:
		return prev == thaiCons || prev == thaiTone
	case thaiLead:
		return next == thaiCons
	}
	return true // a consonant
}

// Thresholds of looksThai.
const (
	// thaiMinJoined is the share of the Thai letters that must stand
	// next to another: Thai writes no space between the letters of a
	// word, nor between most words. The rest is room for abbreviations
	// ("พ.ศ."). Latin text read as windows-874 has its accented letters,
	// signs and quotes alone between ASCII letters.
	thaiMinJoined = 0.8
	// thaiMinVowels is the share of the Thai letters that must be vowels
	// and marks rather than consonants: about two in five are in Thai
	// text. Signs of 0xA1-0xCE (« ° ± © ´ ·) read as consonants.
	thaiMinVowels = 0.2
	// thaiMaxBad is the share of the Thai letters that may stand where
	// Thai spelling does not put them (typos, markup between a letter and
	// its mark). Genuine Thai text had none; Latin text read as
	// windows-874 has most of its accented letters there.
	thaiMaxBad = 0.03
	// thaiMaxHangul is the share of the bytes above ASCII that may read
	// as Hangul syllables in EUC-KR. Korean text is nearly all Hangul
	// syllables, each a lead byte of 0xB0-0xC8 and a trail byte: read as
	// windows-874 a lead is a consonant and a trail can be a vowel or tone
	// mark on it, so Korean is often spelled plausibly. Thai has no pair
	// structure: its vowels and marks (0xD0-0xEE) fall on lead positions
	// as often as on trail ones, and half its runs are of odd length, so
	// at most about half of it reads as Hangul.
	thaiMaxHangul = 0.6
)

// looksThai reports whether b, not UTF-8 and declaring no charset, is Thai
// in windows-874 (or TIS-620, its subset): no byte of it is one
// windows-874 leaves undefined, its Thai letters are written joined
// (thaiMinJoined), with vowels (thaiMinVowels), nearly all where Thai
// spelling puts them (thaiMaxBad), and it does not read as Korean in
// EUC-KR (thaiMaxHangul). Latin text read as windows-874 fails the
// first three: its accented letters become lone vowel and tone marks
// between ASCII letters.
func looksThai(b []byte) bool {
	high, letters, joined, vowels, bad := 0, 0, 0, 0, 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		cl := thaiClass(c)
		switch cl {
		case thaiNone:
			continue
		case thaiUndefined:
			return false
		case thaiCons:
		default:
			vowels++
		}
		letters++
		if i > 0 && isThaiLetter(b[i-1]) || i+1 < len(b) && isThaiLetter(b[i+1]) {
			joined++
		}
		if !thaiWellFormed(b, i, cl) {
			bad++
		}
	}
	l := float64(letters)
	if letters == 0 || float64(joined) < thaiMinJoined*l || float64(vowels) < thaiMinVowels*l || float64(bad) > thaiMaxBad*l {
		return false
	}
	return float64(hangulBytes(b)) <= thaiMaxHangul*float64(high)
}

// isThaiLetter reports whether c is a Thai consonant, vowel or mark in
// windows-874.
func isThaiLetter(c byte) bool {
	cl := thaiClass(c)
	return cl != thaiNone && cl != thaiUndefined
}

// hangulBytes counts the bytes of b that EUC-KR reads as Hangul
// syllables: a lead byte of 0xB0-0xC8 and a trail byte of 0xA1-0xFE (the
// 2,350 syllables of KS X 1001), pairs taken from the start of each run
// of bytes above ASCII as a decoder takes them.
func hangulBytes(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x81 || i+1 == len(b) {
			continue
		}
		t := b[i+1]
		if t < 0x41 { // no trail byte: the lead stands alone
			continue
		}
		if c >= 0xB0 && c <= 0xC8 && t >= 0xA1 && t <= 0xFE {
			n += 2
		}
		i++ // a lead and its trail
	}
	return n
}
