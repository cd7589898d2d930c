package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads a place no gazetteer knows that opens a story in title
// case before a bare dash ("Kestrelby – Die Feuerwehr rückte …", "Luanda
// - O Conselho de Ministros aprovou …"), the form local papers and
// national wires (ČTK, ANGOP, the German regional press) open their
// stories with. A kicker takes the form too ("Corona – Die Zahlen …",
// "Migration – Die Zahl …"), so the form alone is no dateline
// (openingDateline asks the gazetteer). The page must say elsewhere that
// the name is a place or that the story is wire copy:
//
//   - the name after a locative word with no article ("in Kestrelby",
//     "em Luanda", the lexicon's locative_words) anywhere in the page's
//     text: a town takes none, a common noun or a topic does ("in der
//     Union", "en la migración");
//   - a wire of the lexicon credited in the byline ("Jana Dvořáková,
//     ČTK"): wire copy opens with its dateline.

// openerDashes are the bare separators that close such a dateline: every
// separator datelineCut reads after a place but the colon (a speaker's
// or a kicker's: "Corona: Die Zahlen …"). The list was the four spaced
// dashes only while datelineCut also read the unspaced em dash, the
// double hyphen and the middle dot ("Beuel · Seit kurzem …", as German
// regional papers set off the place): one class, read the same way
// whichever rule meets it.
var openerDashes = []string{" – ", " — ", " - ", " ― ", " -- ", "—", " –", " · "}

// openerSepChars are the characters of openerDashes, trimmed off the
// text after the separator.
const openerSepChars = " -–—―·"

// corroboratedDateline returns the place opening the body's first
// paragraph before a bare dash (bareDashPlace) when the page corroborates
// it (see above). Written from the metamorphic place test's invented
// towns (four pages of four countries); general because the evidence is
// the page's own grammar or its wire credit, never a list of places.
func (d *doc) corroboratedDateline() (string, bool) {
	if d.bodyRes == nil || len(d.bodyRes.paragraphs) == 0 {
		return "", false
	}
	ps := d.bodyRes.paragraphs
	city := bareDashPlace(ps[0])
	if city == "" && d.opensSecond() {
		city = bareDashPlace(ps[1])
	}
	if city == "" || d.namesAuthor(city) || normLoose(city) == normLoose(d.siteName) {
		return "", false
	}
	if d.namedAfterLocative(city) || d.wireCredited() {
		return city, true
	}
	return "", false
}

// opensSecond reports whether the story opens the body's second
// paragraph, its first being the page's lead (a standfirst the body
// keeps) or a picture's caption (see the wire-dateline rule).
func (d *doc) opensSecond() bool {
	ps, pb := d.bodyRes.paragraphs, d.bodyRes.paraBlocks
	return len(ps) > 1 && len(pb) > 1 && pb[0] != nil && pb[1] != nil &&
		pb[0].text == ps[0] && pb[1].text == ps[1] && (d.namedLead(pb[1].container) != 1 || pb[0].caption || d.captionNamed(pb[0].container)) &&
		(ps[0] == d.findLead() || d.namedLead(pb[0].container) == 1 || d.captionNamed(pb[0].container))
}

// bareDashPlace returns the one to three title-case words that open par
// before a bare dash, when a sentence that reads as a story's lead
// follows (a capital, twelve words or more in the paragraph, and eight
// before the first full stop), and the words are no word of the lexicon
// (a label, a job, a desk, a month, a first name: ambiguousPlace), no
// date and no outlet; "" otherwise. Words in capitals are
// openingDateline's.
func bareDashPlace(par string) string {
	head := truncRunes(par, 60)
	cut := -1
	for _, sep := range openerDashes {
		if i := strings.Index(head, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return ""
	}
	city := strings.TrimSpace(head[:cut])
	rest := strings.TrimLeft(par[cut:], openerSepChars)
	if !titleCasePlace(city) || isAllCaps(city) || strings.ContainsAny(city, ",.:;()[]/\"“”„«»!?&|") || !firstUpper(rest) || wordCount(par) < 12 {
		return ""
	}
	if first, _, _ := strings.Cut(rest, ". "); wordCount(first) < 8 {
		return ""
	}
	w := vocab()
	for _, f := range strings.Fields(city) {
		if w.ambiguousPlace(f) || w.ambiguousPlace(strings.Trim(f, "'’")) {
			return ""
		}
	}
	if w.ambiguousPlace(city) || labelWords(city) || hasDateWord(city) || startsDateWord(city) || outletNamed(city) {
		return ""
	}
	return city
}

// namedAfterLocative reports whether a block of the page holds name
// after one of the lexicon's locative words as a place (afterLocative).
func (d *doc) namedAfterLocative(name string) bool {
	for i := range d.blocks {
		t := d.blocks[i].text
		for at := range occurrences(t, name) {
			if d.afterLocative(t, at, at+len(name)) {
				return true
			}
		}
	}
	return false
}

// afterLocative reports whether t[at:end], a name, stands right after a
// locative word ("in Kestrelby", "em Luanda") and ends the phrase: before
// punctuation or the text's end, before a function word ("in Kestrelby on
// Friday"), or fronted at a sentence's start ("In Kestrelby liefen …",
// the German verb second). Before a hyphen it opens a compound ("in
// Corona-Zeiten"), before another word or as a possessive a noun phrase
// ("in Brexit talks", "in Quorvex's shares": a firm's): no place.
func (d *doc) afterLocative(t string, at, end int) bool {
	loc, from := wordBefore(t[:at])
	if !d.w.locatives[loc] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[end:])
	switch {
	case end == len(t):
		return true
	case r == '-' || r == '‐' || unicode.IsLetter(r) || unicode.IsDigit(r) || possessive(t[end:]):
		return false
	case r != ' ':
		return true
	}
	next := t[end+1:]
	if i := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		next = next[:i]
	}
	if d.w.function[strings.ToLower(next)] {
		return true
	}
	return firstUpper(t[from:]) && (from == 0 || strings.HasSuffix(strings.TrimRight(t[:from], " "), "."))
}

// possessive reports whether s opens with an English possessive ending
// ("'s", "’s" before no letter).
func possessive(s string) bool {
	for _, p := range []string{"'s", "’s"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return !unicode.IsLetter(r)
		}
	}
	return false
}

// wordBefore returns the word s ends on after one space, in lower case
// ("in" of "the station in "), and where it starts in s; "" when s does
// not end on a space.
func wordBefore(s string) (string, int) {
	if !strings.HasSuffix(s, " ") {
		return "", 0
	}
	s = s[:len(s)-1]
	from := 0
	if i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		from = i + n
	}
	return strings.ToLower(s[from:]), from
}

// wireCredited reports whether a byline the page prints (a source no
// metadata decides) credits a wire of the lexicon ("Jana Dvořáková,
// ČTK").
func (d *doc) wireCredited() bool {
	raw := d.authorRaw()
	for i, src := range authorSources {
		if src.trusted {
			continue
		}
		for _, t := range raw[i] {
			for _, n := range d.w.splitAuthorNames(t, false) {
				if d.w.wires[strings.ToLower(strings.TrimSpace(n))] {
					return true
				}
			}
		}
	}
	return false
}

// titleTail reports whether name is the <title>'s last part, after a
// title separator and words before it ("Bus listrik diuji - Warta
// Priangan"): the name a page gives itself in its title, found without
// any meta. withoutSiteAfterPlace drops it after a dateline's place.
// The page must name itself so elsewhere too (siteNamedOnPage): a title
// may end on the region the story is about ("Primary turnout sets a
// record - Ohio" over "COLUMBUS, Ohio — …"), which stays.
func (d *doc) titleTail(name string) bool {
	nn := normLoose(name)
	if nn == "" {
		return false
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(d.title, sep); i > 0 && normLoose(d.title[i+len(sep):]) == nn {
			return d.siteNamedOnPage(nn)
		}
	}
	return false
}

// siteNamedOnPage reports whether nn (normLoose'd) is the page's own name
// where a template prints it: a link to the home page (the logo: its text
// or its image's alt) or a short copyright line ("Copyright 2024 Warta
// Priangan. All Rights Reserved.").
func (d *doc) siteNamedOnPage(nn string) bool {
	for _, b := range d.blocks {
		if len(b.text) <= 200 && copyrightMark(b.text) >= 0 && strings.Contains(normLoose(b.text), nn) {
			return true
		}
	}
	return findElem(d.root, func(n *html.Node) bool {
		if n.DataAtom != atom.A || !d.homeHref(attr(n, "href")) {
			return false
		}
		if img := findFirst(n, atom.Img); img != nil && normLoose(attr(img, "alt")) == nn {
			return true
		}
		return textFits(n, 200) && normLoose(shortText(n, 200)) == nn
	}) != nil
}
