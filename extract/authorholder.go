package extract

import (
	"strings"
	"unicode"
)

// companyHolder reports whether a copyright holder that reads as two or
// three capitalised words is a company's name, not a person's: a page's
// footer credits its publisher ("© 2024 Skyline UK", "© 2024 IPM
// Wallonie", "(c) Agencia EFE", "© 2024 Scheldemedia NV"), and with no
// byline left the copyright-holder rule read it as the writer
// (TestMetamorphicAbsent). A person's name mixes no acronym (two to four
// capitals, not a Roman numeral) with ordinary words; a surname set in
// capitals ("Jean DUPONT") is mostly longer, and a name set all in
// capitals has no ordinary word beside it.
func companyHolder(h string) bool {
	acronyms, plain := 0, 0
	for _, f := range strings.Fields(h) {
		if holderAcronym(f) {
			acronyms++
		} else {
			plain++
		}
	}
	return acronyms > 0 && plain > 0
}

// holderAcronym reports whether w is two to four capital letters and
// nothing else, not a Roman numeral ("III" ends a person's name).
func holderAcronym(w string) bool {
	n, roman := 0, true
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		if !strings.ContainsRune("IVXLCDM", r) {
			roman = false
		}
		n++
	}
	return n >= 2 && n <= 4 && !roman
}
