package textenc

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// Central European text (Polish, Czech, Slovak, Hungarian, Slovenian,
// Croatian, Romanian) in ISO-8859-2 or windows-1250 shares ASCII with
// windows-1252 and many of its accented letters (á é í ó ú ö ü ý ä ô ç ß
// sit at the same bytes), so statistics that look at bytes (chardet's)
// cannot tell them apart. What differs is what the other bytes read as.
// Read as windows-1252, a Polish "głos" becomes "g³os" and "są" "s±", a
// Czech "řeka" "øeka", a Hungarian "hő" "hõ": symbols inside words, or
// letters no one language writes together (Danish ø with Italian ì and
// French è). Read in its own charset, every accented letter of the page
// belongs to one language's alphabet. latinFit measures that for each
// reading; detectCentralEuropean leaves windows-1252 only when a Central
// European reading is nearly perfect and clearly better.

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

// latinReading is a single-byte Latin charset scored by latinFit: for each
// byte above ASCII, what it reads as and which of the alphabets hold it.
type latinReading struct {
	enc  *charmap.Charmap
	name string
	kind [128]uint8  // latinSkip, latinLetter, latinSymbol or latinBad
	fits [128]uint16 // for a letter, the alphabets (bits) that hold it
	n    int         // number of alphabets
}

// Kinds of a byte above ASCII in a reading.
const (
	latinSkip   = iota // no evidence: no-break space, soft hyphen, and punctuation that joins words (’ – · ´)
	latinLetter        // a letter of some alphabet
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
			lower := unicode.ToLower(c)
			for a, alphabet := range alphabets {
				if strings.ContainsRune(alphabet, lower) {
					r.fits[i] |= 1 << a
				}
			}
		default:
			r.kind[i] = latinSymbol
		}
	}
	return r
}

var (
	readWindows1252 = newLatinReading(charmap.Windows1252, "windows-1252", westernAlphabets)
	readCentral     = []*latinReading{ // a tie goes to the first
		newLatinReading(charmap.ISO8859_2, "iso-8859-2", centralAlphabets),
		newLatinReading(charmap.Windows1250, "windows-1250", centralAlphabets),
	}
)

// isLetter reports whether byte c reads as a letter.
func (r *latinReading) isLetter(c byte) bool {
	if c < 0x80 {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	return r.kind[c-0x80] == latinLetter
}

// fit returns how well b reads in r: the largest number, over r's
// alphabets, of its characters above ASCII that are plausible in a text
// in that alphabet (a letter of it, or a sign or punctuation mark that is
// not wedged between two letters), and how many characters it counted
// (all above ASCII but the latinSkip ones).
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
		case latinLetter:
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

// Thresholds of detectCentralEuropean.
const (
	// latinMinChars is how many characters above ASCII a page needs
	// before it can leave windows-1252.
	latinMinChars = 4
	// latinMinFit is how well the Central European reading must fit.
	latinMinFit = 0.9
	// latinMargin is by how much it must fit better than windows-1252,
	// as a share of the characters and in characters.
	latinMargin    = 0.1
	latinMarginMin = 2
)

// detectCentralEuropean returns ISO-8859-2 or windows-1250 for an
// undeclared page that reads as Central European text in one of them and
// not as Western European text in windows-1252, nil otherwise (the
// windows-1252 default stays). The reading must fit one Central European
// alphabet nearly perfectly (latinMinFit) and fit better than any
// windows-1252 reading by latinMargin, and by at least latinMarginMin
// characters: Western text fits its own alphabet, so it keeps
// windows-1252 however few accented letters it has, and no one
// character decides.
// The two Central European charsets differ mainly at 0x80-0xBF (ą is
// 0xB1 in one and 0xB9 in the other, š 0xB9 and 0x9A; 0x80-0x9F are
// controls in ISO-8859-2): the better reading is taken, the first on a
// tie (they then read the same). The page must decode in it cleanly; it
// is returned decoded.
func detectCentralEuropean(b, sample []byte) (encoding.Encoding, string, []byte) {
	western, n := readWindows1252.fit(sample)
	if n < latinMinChars {
		return nil, "", nil
	}
	var best *latinReading
	bestFit := 0
	for _, r := range readCentral {
		if f, _ := r.fit(sample); f > bestFit {
			best, bestFit = r, f
		}
	}
	switch {
	case best == nil,
		float64(bestFit) < latinMinFit*float64(n),
		float64(bestFit-western) < latinMargin*float64(n),
		bestFit-western < latinMarginMin:
		return nil, "", nil
	}
	out, ok := decodesClean(best.enc, b)
	if !ok {
		return nil, "", nil
	}
	return best.enc, best.name, out
}
