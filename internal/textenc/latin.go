package textenc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Central European text (Polish, Czech, Slovak, Hungarian, Slovenian,
// Croatian, Romanian) in ISO-8859-2 or windows-1250, Turkish in
// windows-1254 (ISO-8859-9), Baltic text (Lithuanian, Latvian, Estonian)
// in windows-1257 or ISO-8859-13 and Vietnamese in windows-1258 share
// ASCII with windows-1252 and many of its accented letters (á é í ó ú ö
// ü ä ç sit at the same bytes), so statistics that look at bytes
// (chardet's) cannot tell them apart. What differs is what the other
// bytes read as. Read as windows-1252, a Polish "głos" becomes "g³os" and
// "są" "s±", a Czech "řeka" "øeka", a Hungarian "hő" "hõ", a Turkish
// "kışın" "kýþýn", a Lithuanian "žąsų" "þàsø", a Latvian "ēdiens"
// "çdiens", a Vietnamese "Việt" "ViêÒt": symbols inside words, or letters
// no one language writes together (Danish ø with Italian ì and French è,
// Icelandic þ with French ç). Read in its own charset, every accented
// letter of the page belongs to one language's alphabet. latinReading.fit
// measures that for each reading; detectLatin leaves windows-1252 only
// when another reading is nearly perfect and clearly better.

// westernAlphabets are the letters above ASCII of languages written in
// windows-1252, lower case. They are generous (names and loanwords:
// German "Café", Spanish "pingüino"): a page that fits one of them keeps
// windows-1252.
var westernAlphabets = []string{
	"àâæçéèêëîïôœùûüÿ", // French
	"äöüßéàè",          // German
	"áéíóúüñ",          // Spanish
	"áàâãçéêíóôõúü",    // Portuguese
	"àèéìíîòóùú",       // Italian
	"àèéíïòóúüç",       // Catalan
	"áéèëïóöüêç",       // Dutch
	"æøåéóüä",          // Danish, Norwegian
	"åäöéüšž",          // Swedish, Finnish
	"áðéíóúýþæö",       // Icelandic, Faroese
	"äöõüšž",           // Estonian
	"áéíóú",            // Irish
}

// centralAlphabets are the letters above ASCII of the languages written
// in ISO-8859-2 and windows-1250, lower case, exactly.
var centralAlphabets = []string{
	"ąćęłńóśźż",         // Polish
	"áčďéěíňóřšťúůýž",   // Czech
	"áäčďéíĺľňóôŕšťúýž", // Slovak
	"áéíóöőúüű",         // Hungarian
	"čćđšž",             // Slovenian, Croatian, Bosnian
	"ăâîşţ",             // Romanian
}

// turkishAlphabets are the letters above ASCII of Turkish, the language
// of windows-1254 (and of ISO-8859-9, which the Encoding Standard reads as
// windows-1254): its own six and the circumflexed vowels of loanwords
// ("kâğıt"). İ is listed as itself: its lower case is the ASCII i.
var turkishAlphabets = []string{
	"çğıİöşüâîû", // Turkish
}

// balticAlphabets are the letters above ASCII of Lithuanian and Latvian,
// written in windows-1257 and ISO-8859-13, lower case, exactly. Estonian,
// the third language of those charsets, is not among them: its ä ö õ ü
// are windows-1252's letters at the same bytes, so only š and ž (rare,
// in loanwords) would tell, and they read as ð and þ in windows-1252:
// a German or Finnish page with an Icelandic name ("Guðmundsson") would
// read as Estonian. Estonian pages keep windows-1252, which reads all but
// their š and ž right.
var balticAlphabets = []string{
	"ąčęėįšųūž",   // Lithuanian
	"āčēģīķļņšūž", // Latvian
}

// vietnameseAlphabets are the letters above ASCII of Vietnamese and its
// five tone marks. windows-1258 holds the letters with their vowel marks
// (ă â ê ô ơ ư đ) and a few with a tone (à á é í ó ù ú...) precomposed;
// every other toned vowel is its letter followed by a combining tone
// mark (ệ is ê and a combining dot below), which counts only after a
// vowel (latinMark). Most of its precomposed letters are French and
// Portuguese ones too, so a reading with marks must also have some
// (latinMinMarks): Vietnamese text has a tone mark on a vowel in most
// words, Western text none (Italian ì and ò, read as marks, follow
// consonants: "così", "però").
var vietnameseAlphabets = []string{
	"àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" +
		"\u0300\u0301\u0303\u0309\u0323", // Vietnamese; grave, acute, tilde, hook above, dot below
}

// latinReading is a single-byte Latin charset scored by its fit: for each
// byte above ASCII, what it reads as and which of the alphabets hold it.
type latinReading struct {
	enc   *charmap.Charmap
	name  string
	kind  [128]uint8  // latinSkip, latinLetter, latinMark, latinSymbol or latinBad
	fits  [128]uint16 // for a letter or mark, the alphabets (bits) that hold it
	vowel [128]bool   // the byte reads as a vowel letter (a mark may follow it)
	n     int         // number of alphabets
}

// Kinds of a byte above ASCII in a reading.
const (
	latinSkip   = iota // no evidence: no-break space, soft hyphen, and punctuation that joins words (’ – · ´)
	latinLetter        // a letter of some alphabet
	latinMark          // a combining mark: plausible in an alphabet that holds it, after a vowel
	latinSymbol        // a sign, or punctuation
	latinBad           // a C1 control or undefined: no text has it
)

func newLatinReading(enc *charmap.Charmap, name string, alphabets []string) *latinReading {
	r := &latinReading{enc: enc, name: name, n: len(alphabets)}
	for i := range r.kind {
		c := enc.DecodeByte(byte(0x80 + i))
		switch {
		case c == '\u00A0' || c == '\u00AD' || c == '\u00B4' || c == '\u00B7' || c >= '\u2010' && c <= '\u2027':
			r.kind[i] = latinSkip
		case c < 0xA0 || c == '\uFFFD':
			r.kind[i] = latinBad
		case unicode.IsLetter(c) && c != 'ª' && c != 'º' && c != 'µ': // ordinals and micro are signs
			r.kind[i] = latinLetter
			r.fits[i] = alphabetBits(alphabets, c)
			base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(c)))
			r.vowel[i] = strings.ContainsRune("aeiouyAEIOUY", base)
		case unicode.Is(unicode.Mn, c):
			r.kind[i] = latinMark
			r.fits[i] = alphabetBits(alphabets, c)
		default:
			r.kind[i] = latinSymbol
		}
	}
	return r
}

// alphabetBits returns the alphabets (bits) that hold c, in either case.
func alphabetBits(alphabets []string, c rune) uint16 {
	var bits uint16
	lower := unicode.ToLower(c)
	for a, alphabet := range alphabets {
		if strings.ContainsRune(alphabet, lower) || strings.ContainsRune(alphabet, c) {
			bits |= 1 << a
		}
	}
	return bits
}

var (
	readWindows1252 = newLatinReading(charmap.Windows1252, "windows-1252", westernAlphabets)
	// readLatin are the readings detectLatin weighs against
	// windows-1252. A tie goes to the first: ISO-8859-2 and windows-1250
	// read the letters of a page alike when it has none of ą ś ź š ž ť ľ
	// (either way), windows-1257 and ISO-8859-13 always (they differ in
	// quotation marks only). The families share few bytes that read as
	// letters of their alphabets, so they do not tie in practice.
	readLatin = []*latinReading{
		newLatinReading(charmap.ISO8859_2, "iso-8859-2", centralAlphabets),
		newLatinReading(charmap.Windows1250, "windows-1250", centralAlphabets),
		newLatinReading(charmap.Windows1254, "windows-1254", turkishAlphabets),
		newLatinReading(charmap.Windows1257, "windows-1257", balticAlphabets),
		newLatinReading(charmap.ISO8859_13, "iso-8859-13", balticAlphabets),
		newLatinReading(charmap.Windows1258, "windows-1258", vietnameseAlphabets),
	}
)

// isLetter reports whether byte c reads as a letter or a combining mark
// (part of a letter).
func (r *latinReading) isLetter(c byte) bool {
	if c < 0x80 {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	k := r.kind[c-0x80]
	return k == latinLetter || k == latinMark
}

// marks counts the combining marks in b that stand after a vowel (fit
// counts them as plausible, in the alphabets that hold them).
func (r *latinReading) marks(b []byte) int {
	n := 0
	for i, c := range b {
		if c >= 0x80 && r.kind[c-0x80] == latinMark && i > 0 && r.isVowel(b[i-1]) {
			n++
		}
	}
	return n
}

// hasMarks reports whether some byte reads as a combining mark in r.
func (r *latinReading) hasMarks() bool {
	for _, k := range r.kind {
		if k == latinMark {
			return true
		}
	}
	return false
}

// isVowel reports whether byte c reads as a vowel letter, with or without
// a mark of its own.
func (r *latinReading) isVowel(c byte) bool {
	if c < 0x80 {
		return strings.IndexByte("aeiouyAEIOUY", c) >= 0
	}
	return r.vowel[c-0x80]
}

// fit returns how well b reads in r: the largest number, over r's
// alphabets, of its characters above ASCII that are plausible in a text
// in that alphabet (a letter of it, a combining mark of it after a vowel,
// or a sign or punctuation mark that is not wedged between two letters),
// and how many characters it counted (all above ASCII but the latinSkip
// ones).
func (r *latinReading) fit(b []byte) (plausible, counted int) {
	var letters [16]int // plausible letters, by alphabet
	n, signs := 0, 0    // counted, and plausible signs
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		k := r.kind[c-0x80]
		switch k {
		case latinSkip:
			continue
		case latinLetter, latinMark:
			if k == latinMark && !(i > 0 && r.isVowel(b[i-1])) {
				break // a tone mark on a consonant, a space, or another mark
			}
			for a, m := 0, r.fits[c-0x80]; m != 0; a, m = a+1, m>>1 {
				if m&1 != 0 {
					letters[a]++
				}
			}
		case latinSymbol:
			if !(i > 0 && r.isLetter(b[i-1]) && i+1 < len(b) && r.isLetter(b[i+1])) {
				signs++
			}
		}
		n++
	}
	best := 0
	for a := range r.n {
		best = max(best, letters[a])
	}
	return best + signs, n
}

// Thresholds of detectLatin.
const (
	// latinMinChars is how many characters above ASCII a page needs
	// before it can leave windows-1252.
	latinMinChars = 4
	// latinMinFit is how well the other reading must fit.
	latinMinFit = 0.9
	// latinMargin is by how much it must fit better than windows-1252,
	// as a share of the characters and in characters.
	latinMargin    = 0.1
	latinMarginMin = 2
	// latinMinMarks is the share of the characters that must be
	// combining marks on vowels in a reading that has such marks
	// (windows-1258), and at least one must be.
	latinMinMarks = 0.1
)

// detectLatin returns the charset of readLatin (Central European,
// Turkish, Baltic, Vietnamese) that an undeclared page reads as text of
// one of its languages in, when it does not read as Western European text
// in windows-1252; nil otherwise (the windows-1252 default stays). The
// reading must fit one of its alphabets nearly perfectly (latinMinFit)
// and fit better than any windows-1252 reading by latinMargin, and by at
// least latinMarginMin characters: Western text fits its own alphabet, so
// it keeps windows-1252 however few accented letters it has, and no one
// character decides.
// The best reading is taken, the first on a tie (readLatin says when they
// tie). The page must decode in it cleanly; it is returned decoded.
//
// What a page needs to leave windows-1252 is letters whose windows-1252
// reading belongs to no Western alphabet that holds the page's other
// letters. Turkish has ç and ü for that (ı ğ ş and ö read as Icelandic ý
// ð þ ö), Lithuanian į š ų ž, Latvian ņ ķ ģ š ž, Vietnamese its combining
// tone marks, ư and đ. A short page with fewer of them (a Turkish title
// whose only letters of its own are ı ğ ş ö) stays windows-1252.
func detectLatin(b, sample []byte) (encoding.Encoding, string, []byte) {
	fit, n := readWindows1252.fit(sample)
	if n < latinMinChars {
		return nil, "", nil
	}
	western := n - fit // implausible characters, in each reading
	var best *latinReading
	bestMiss, bestN := 0, 0
	for _, r := range readLatin {
		f, c := r.fit(sample)
		if best == nil || c-f < bestMiss {
			best, bestMiss, bestN = r, c-f, c
		}
	}
	// The readings are compared by what does not fit: they count the
	// same characters but for the punctuation one reads where another
	// has a letter or a sign (ISO-8859-13's „ and “ are windows-1252's ¥
	// and ´).
	switch {
	case bestN < latinMinChars,
		float64(bestMiss) > (1-latinMinFit)*float64(bestN),
		float64(western-bestMiss) < latinMargin*float64(n),
		western-bestMiss < latinMarginMin:
		return nil, "", nil
	}
	if best.hasMarks() {
		if m := best.marks(sample); m == 0 || float64(m) < latinMinMarks*float64(bestN) {
			return nil, "", nil
		}
	}
	out, ok := decodesClean(best.enc, b)
	if !ok {
		return nil, "", nil
	}
	return best.enc, best.name, out
}
