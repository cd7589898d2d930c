package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
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

// mastheadName reports whether h is the name the page's header shows as
// the site's (an element named as its title, logo or brand, or a link to
// the home page, outside the article: siteHeading): a blog with no
// og:site_name and no title suffix ("Copyright © 2024 · Rooftop Hives"
// under a Genesis or Astra theme, whose header prints the blog's name)
// holds its own copyright, and with no byline left the copyright-holder
// rule read the blog's name as its writer (TestMetamorphicAbsent). A
// site named after its owner is named so too: isSite refuses it the
// same way where the page's metadata names the site.
func (d *doc) mastheadName(h string) bool {
	nh := normLoose(h)
	if nh == "" {
		return false
	}
	return findElem(d.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || contains(n, d.headlineNode) || !textFits(n, 100) {
			return false
		}
		return normLoose(shortText(n, 100)) == nh && d.siteHeading(n)
	}) != nil
}
