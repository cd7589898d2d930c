package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file keeps out of a picture's credit what names no source: a
// caption's kicker that holds a credit label's word ("FILE PHOTO: …",
// as wires open a caption on an archive picture) and a licence printed
// where the credit's name was left empty ("CC BY-ND").

// labelInNote reports whether the credit label at byte offset at in s,
// a caption, is the last word of a caption note of the lexicon that
// opens the caption ("FILE PHOTO: Containers are stacked …", the
// kicker Reuters and the papers that carry it set before a caption on
// an archive picture): the note says what the picture is, and the text
// after it is the caption, not a credit. General: only a note of the
// lexicon of at most three words at the caption's start, its label
// written with a colon.
func labelInNote(s string, at int) bool {
	before := strings.TrimSpace(s[:at])
	if n := wordCount(before); n == 0 || n > 2 {
		return false
	}
	label, _, _ := strings.Cut(strings.TrimSpace(s[at:]), " ")
	if !strings.HasSuffix(label, ":") {
		return false
	}
	note := strings.ToLower(before + " " + strings.TrimSuffix(label, ":"))
	for _, n := range captionNotes() {
		if note == n {
			return true
		}
	}
	return false
}

// licenceAlone reports whether credit is a licence and nothing else
// ("CC BY-ND", "(CC BY 2.0)"): the template printed the licence's link
// beside a source left empty, and a licence names nobody. General:
// licenceRE's forms, whole.
func licenceAlone(credit string) bool {
	c := strings.TrimSpace(credit)
	return c != "" && strings.TrimSpace(licenceRE.ReplaceAllString(" "+c, "")) == ""
}

// labelElemFree returns text, the whole text of capNode read as a
// credit, without the credit label capNode holds in an element of its
// own before the name ("<div><div class=label>Credit</div><div>Jane
// Doe</div></div>", a CMS's inline-labelled field, which a caption
// left empty leaves alone): the label is the field's, not the credit's
// (a label followed by a colon is cut from any credit: creditValue).
func (d *doc) labelElemFree(capNode *html.Node, text string) string {
	rest := squash(d.unlabelledText(capNode))
	if rest != "" && rest != squash(text) && strings.HasSuffix(squash(text), rest) {
		return rest
	}
	return text
}

// nameAgencyCredit reports whether s, a caption element's whole text, is
// a photographer's name followed by the agency in brackets ("Eduardo
// Parra Salinas (Europa Press)", "Jane Doe (AFP)"), the credit Spanish,
// Italian and French papers print after a caption, here with the
// caption left empty. General: a person's name of two or three
// capitalised words (barName) and a wire's or picture agency's name of
// the lexicon (agencyName) alone in the one bracket. Narrower than
// nameWithSource, which a caption's last part may be: a whole caption of
// a person's name and an outlet's in brackets names the person pictured
// as often (nameWithSource here lost captions).
func (d *doc) nameAgencyCredit(s string) bool {
	i := strings.Index(s, " (")
	if i <= 0 || !strings.HasSuffix(s, ")") || strings.Count(s, "(") != 1 {
		return false
	}
	return d.barName(strings.TrimSpace(s[:i])) && d.agencyName(s[i+2:len(s)-1])
}

// emptyPartBefore reports whether an element without text stands before
// n among its siblings: the caption's own part, left empty ("<figcaption>
// <span></span><cite>Source</cite></figcaption>"), so that n after it is
// the credit part still, not a title cited as the caption.
func emptyPartBefore(n *html.Node) bool {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && !hasText(c) && findFirst(c, atom.Img) == nil {
			return true
		}
	}
	return false
}

// rightsNotice reports whether credit is the page's rights notice rather
// than a picture's credit: the copyright sign and the holder, then a
// notice the lexicon's boiler prefixes open ("ⓒ KBN & KBN.example 무단
// 전재, 재배포 및 이용 금지", the reprint ban Korean sites print under
// every story), which a template's element named "copyright" after a
// picture whose caption is empty holds. General: the notice's words are
// the lexicon's, read at a word's start after the holder's name.
func (d *doc) rightsNotice(credit string) bool {
	if !strings.HasPrefix(credit, "©") && !strings.HasPrefix(credit, "ⓒ") {
		return false
	}
	l := strings.ToLower(credit)
	for i := 1; i < len(l); i++ {
		if l[i-1] == ' ' && d.w.boilerPrefixIdx.prefixOf(l[i:]) {
			return true
		}
	}
	return false
}

// withoutTrailingNote returns a credit without the caption note in
// brackets that closes it ("MadMax22 (CC0) - (Symbolbild)", "Jane Doe
// (file photo)"): the lexicon's caption notes in any language say what
// kind of picture it is, not whose (captionNote), and a licence before
// the note is then cut as at the credit's end. A credit that is nothing
// but the note is kept.
func withoutTrailingNote(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ")") {
		return s
	}
	i := strings.LastIndex(t, "(")
	if i <= 0 || !captionNote(t[i+1:len(t)-1]) {
		return s
	}
	if rest := strings.TrimRight(t[:i], " ,;/|–—-"); strings.IndexFunc(rest, unicode.IsLetter) >= 0 {
		return rest
	}
	return s
}
