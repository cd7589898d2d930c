package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the place a byline block prints in an element of its
// own beside the writer's name or the date: the Brazilian dailies'
// signature ("<strong>Renata Albuquerque</strong><strong>Brasília
// </strong>"), the Spanish national dailies' meta line
// ("<span>Madrid</span> - <time>05 mar 2024 - 13:40 CET</time>"), a
// regional paper's "<span class=autor>…</span> <span
// class=localidad>Zaragoza</span> <time>…</time>". Read as one glued
// string the block is "Renata AlbuquerqueBrasília"; read element by
// element, the short element that is only a place is the dateline.

// signMaxText is the most text a byline block holds: the writer's name,
// a place, a date and a time, an update stamp.
const signMaxText = 160

// signaturePlace returns the place of the byline block under the
// headline (signPlaceIn). Written from the probes; general because many
// templates print the writer, the place and the date as sibling
// elements, and only a place the gazetteer knows, in an element of its
// own next to the writer's or the date's, counts.
func (d *doc) signaturePlace() (string, bool) {
	// (no author needed: a byline block whose name element is empty
	// still prints its place in an element classed so, "<span
	// class=autor></span> <span class=localidad>Zaragoza</span>")
	if d.headlineNode == nil || d.bodyRes == nil {
		return "", false
	}
	h := -1 // the headline's block (not blockAt: its index of every block costs a map a page)
	for i := range d.blocks {
		if d.blocks[i].container == d.headlineNode || d.blocks[i].text == d.headline {
			h = i
			break
		}
	}
	if h < 0 {
		return "", false
	}
	var first *block
	if pb := d.bodyRes.paraBlocks; len(pb) > 0 {
		first = pb[0]
	}
	for i := h + 1; i < len(d.blocks) && i <= h+6; i++ {
		// (the body may keep the byline block as its first line when
		// the glued text reads as no byline: "Jane DoePorto Alegre")
		b := &d.blocks[i]
		if b.caption {
			break
		}
		if !textOver(b.text, signMaxText) && b.container != nil && !d.namesAuthor(b.text) && findElem(b.container, d.strongPlaceElem) != nil {
			// (a byline block whose writer the authors missed, the
			// place in an element classed so: "<span
			// class=autor>EUROPA PRESS</span> <span
			// class=lugar>Madrid</span> <span class=fecha>…")
			if v := d.signPlaceIn(b.container); v != "" {
				return v, true
			}
		}
		if !textOver(b.text, signMaxText) && d.namesAuthor(b.text) && b.container != nil {
			box := d.signBox(b.container)
			if inAuthorBio(box) {
				return "", false
			}
			v := d.signPlaceIn(box)
			return v, v != "" // the first block naming the writer is the byline's
		}
		if b == first {
			break
		}
	}
	return "", false
}

// namesAuthor reports whether s holds one of the resolved authors' names.
func (d *doc) namesAuthor(s string) bool {
	for _, a := range d.authors {
		if a != "" && strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// signBox returns the byline block around n, the element of the block
// naming the writer: n, or the element around it when n holds the name
// alone ("<div><a>Irene Calvo</a></div><div><span>Madrid</span> -
// <time>…</time></div>"), while the text stays a byline's.
func (d *doc) signBox(n *html.Node) *html.Node {
	for k := 0; k < 2 && n.Parent != nil && n.Parent.Type == html.ElementNode; k++ {
		t := squash(visibleText(n))
		rest := t
		for _, a := range d.authors {
			rest = strings.Replace(rest, a, "", 1)
		}
		if wordCount(rest) > 0 {
			break
		}
		if len(squash(visibleText(n.Parent))) > signMaxText {
			break
		}
		n = n.Parent
	}
	return n
}

// signPlaceIn returns the text of an element of box with no element in
// it, no link (a section's or a tag's) and no <time>, that is a place
// (signPlace) and stands next to the writer's element or the date's; ""
// when there is none.
func (d *doc) signPlaceIn(box *html.Node) string {
	seen := 0
	var out string
	findElem(box, func(e *html.Node) bool {
		if seen++; seen > 40 {
			return true
		}
		if e.DataAtom == atom.A || e.DataAtom == atom.Time || firstElemChild(e) != nil || findAncestor(e, atom.A) != nil || notPlaceClass(d.tokensOf(e)) {
			return false
		}
		t := strings.Trim(squash(visibleText(e)), " |·•,/-–—")
		class := placeClass(d.tokensOf(e))
		if class == 0 && d.placeBeforeDate(e, t) {
			class = 2
		}
		if t == "" || d.namesAuthor(t) || !d.signPlace(t, class) || !d.besideSign(e) || wordsBeside(e.Parent) {
			return false
		}
		out = t
		return true
	})
	return out
}

// authorBioWords name a box about the writer, as substrings of a class:
// the city there is where the writer lives or works ("<div
// class=author-bio><span>Jane Doe</span> <span>Chicago</span>"), not
// where the story was filed.
var authorBioWords = newSubstrs("bio", "author-box", "authorbox", "about-author", "author-card", "profile-card")

// inAuthorBio reports whether box or one of its two parents is a box
// about the writer (authorBioWords).
func inAuthorBio(box *html.Node) bool {
	return ancestorWithin(box, 3, func(n *html.Node) bool { return authorBioWords.in(classHint(n)) }) != nil
}

// notPlaceWords name an element of a meta line that holds a section, a
// category, a kicker or a tag, which may be a city's name ("<span
// class=seccion>Madrid</span>"), as substrings of a class; a label or a
// badge beside the writer names a topic too ("<span
// class=label>Ukraine</span>").
var notPlaceWords = newSubstrs("section", "secao", "secci", "sezione", "categor", "rubri", "ressort", "kicker", "topic", "tag", "edition", "edicion", "label", "badge", "dossier")

// notPlaceClass reports whether one of an element's class tokens names a
// section, a category, a kicker or a tag (notPlaceWords).
func notPlaceClass(toks []string) bool {
	for _, t := range toks {
		if notPlaceWords.in(t) {
			return true
		}
	}
	return false
}

// signPlace reports whether t, an element's whole text, is a place: one
// to three words in capitals or title case the gazetteer knows, no word
// of the lexicon or first name ("Victoria", "Union"), no part of a
// writer's name, not the site's name nor its section's. An element
// whose class names it a place (class, placeClass) needs no gazetteer:
// a town too small for it is filed from all the same, when no word of
// it is the lexicon's ("Foreign Desk", "Agencias") and, for a class of "location",
// the story's text names it too ("Remote" or "Worldwide" it does not).
func (d *doc) signPlace(t string, class int) bool {
	known := knownPlace(t) || gazetteerPlace(t) || isAllCaps(t) && anyGazetteerName(t) || class > 0 && d.unknownSignPlace(t, class)
	if textOver(t, 40) || !known || d.w.ambiguousPlace(t) {
		return false
	}
	for _, a := range d.authors {
		if strings.Contains(a, t) {
			return false
		}
	}
	nt := normLoose(t)
	return nt != normLoose(d.siteName) && nt != normLoose(d.meta("article:section")) && nt != normLoose(d.ld.Section)
}

// wordsBeside reports whether n's own text, outside its child elements,
// holds letters: "Por Jane Doe, G1 RO <span>— Porto Velho</span>" prints
// the writer and the place as one line of text, a form the fields
// annotation reads as no dateline ("By Jane Doe, Abuja", see
// datelinebyline.go); separators between elements ("<span>Madrid</span>
// - <time>") hold none.
func wordsBeside(n *html.Node) bool {
	if n == nil {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && hasLetter(c.Data) {
			return true
		}
	}
	return false
}

// besideSign reports whether the element before or after e (or before or
// after its parent, when e is its only element) names the writer or
// holds a date: a <time>, or text with digits ("05 mar 2024 - 13:40").
func (d *doc) besideSign(e *html.Node) bool {
	for n := e; n != nil && n.Type == html.ElementNode; n = n.Parent {
		for _, next := range [2]bool{false, true} {
			s := elemSibling(n, next)
			if s == nil {
				continue
			}
			if s.DataAtom == atom.Time {
				return true
			}
			t := squash(visibleText(s))
			if d.namesAuthor(t) || strings.ContainsAny(t, "0123456789") && !textOver(t, signMaxText) {
				return true
			}
		}
		if elemSibling(n, false) != nil || elemSibling(n, true) != nil || wordsBeside(n.Parent) {
			return false
		}
	}
	return false
}

// placeClassWords name an element that holds the place a story was
// filed from, as a word of its class: "location" ("byline__location",
// WordPress and Arc XP news themes), "dateline", the Spanish "lugar" and
// "localidad", the Portuguese "localidade" and "cidade", the Italian
// "luogo", the French "lieu", the German "ort" and "standort". Whole
// words only: "sport" or "report" hold no "ort". The value is false for
// "location", which templates give a venue, an event's place and a
// writer's base too ("Remote", "Town Hall", "Worldwide"): its place
// must be named in the story's text as well (signPlace), unless its
// name makes it the byline's or signature's ("byline__location",
// "signature__location").
var placeClassWords = map[string]bool{
	"location": false, "dateline": true, "lugar": true, "localidad": true, "localidade": true,
	"cidade": true, "ciudad": true, "luogo": true, "lieu": true, "ort": true, "standort": true,
}

// placeClass tells whether an element's class words name a place: 0
// not, 1 by "location", 2 by a word for the filing place.
func placeClass(toks []string) int {
	class := 0
	for _, t := range toks {
		if strong, ok := placeClassWords[t]; ok {
			class = max(class, 1)
			if strong {
				return 2
			}
		}
	}
	if class == 1 && (slices.Contains(toks, "byline") || slices.Contains(toks, "signature")) {
		return 2
	}
	return class
}

// strongPlaceElem reports whether n's class names the filing place
// (placeClass 2).
func (d *doc) strongPlaceElem(n *html.Node) bool {
	return placeClass(d.tokensOf(n)) == 2
}

// placeBeforeDate reports whether e, of text t, opens a meta line of a
// place, a separator and the date ("<span>Port Louis</span> - <time>05
// mar 2024 - 13:40 CET</time>", stampLine): the form names the place
// whatever its class.
func (d *doc) placeBeforeDate(e *html.Node, t string) bool {
	if e.Parent == nil || t == "" {
		return false
	}
	line := squash(visibleText(e.Parent))
	rest, ok := strings.CutPrefix(line, t)
	if !ok || !strings.ContainsAny(rest[:min(len(rest), 4)], "-–—|·") {
		return false
	}
	_, ok = d.stampLine(line)
	return ok
}

// unknownSignPlace reports whether t, in an element classed a place,
// is a place no gazetteer knows (signPlace).
func (d *doc) unknownSignPlace(t string, class int) bool {
	if !titleCasePlace(t) || slices.ContainsFunc(strings.Fields(t), d.w.ambiguousPlace) || containsWordOf(strings.ToLower(t), d.w.creditWords) {
		return false
	}
	return class == 2 || d.textNames(t)
}

// textNames reports whether one of the body's paragraphs holds name as
// a word ("Holmby" in "the ferry left Holmby at noon").
func (d *doc) textNames(name string) bool {
	if d.bodyRes == nil {
		return false
	}
	for _, p := range d.bodyRes.paragraphs {
		for i := range occurrences(p, name) {
			end := i + len(name)
			r, _ := utf8.DecodeRuneInString(p[end:])
			l, _ := utf8.DecodeLastRuneInString(p[:i])
			if (i == 0 || !unicode.IsLetter(l)) && (end == len(p) || !unicode.IsLetter(r)) {
				return true
			}
		}
	}
	return false
}
