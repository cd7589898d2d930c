package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"github.com/byline/byline/extract/lexicon"
)

// This file reads the dateline a lead or a byline prints: the lead's
// opening, the place after a preposition ("Von Jana Müller aus
// Brüssel") or after a wire's name ("Reuters, Washington"). Not the town
// after the writer's name ("By Jane Doe, Abuja", "Por Jane Doe, G1 RO —
// Porto Velho"): tried as a rule, it was wrong on all three annotated
// pages it decided (the annotators take it for no dateline). Nor the
// place a date line prints before the date ("Brasília 03/05/2022
// 21:44"): tried, right on one annotated page and wrong on another.

// bylinePlace returns the place a byline line names after one of the
// lexicon's place words ("… aus Brüssel"), or "": one to four words,
// capitalised but for name particles ("Rio de Janeiro"), ending the line
// or its segment.
func (w *words) bylinePlace(line string) string {
	if textOver(line, 160) {
		return ""
	}
	low := lowerSameWidth(line) // offsets in low are offsets in line
	for k, pw := range append(slices.Clip(w.bylinePlaces), w.bylineKnownPlaces...) {
		i := strings.Index(low, pw)
		if i <= 0 {
			continue
		}
		rest := line[i+len(pw):]
		if j := strings.IndexAny(rest, ",|·•;(0123456789"); j >= 0 {
			rest = rest[:j]
		}
		if j := strings.Index(rest, " - "); j >= 0 {
			rest = rest[:j]
		}
		f := strings.Fields(rest)
		if len(f) == 0 || len(f) > 4 || !firstUpper(f[0]) || !firstUpper(f[len(f)-1]) {
			continue
		}
		// a bio sentence goes on after the place ("… aus Göttingen,
		// schreibt hier …"); a byline's full stop closes on it ("Por Ana
		// López y Juan García desde Bruselas.")
		if authorBoxSentence(line) && strings.Trim(line[i+len(pw)+len(rest):], " .") != "" {
			continue
		}
		ok := w.properWords(rest, 4)
		// "Do Jornal, em São Paulo": after a known-place word only a
		// place of the gazetteer
		if place := strings.Join(f, " "); ok && (k < len(w.bylinePlaces) || knownPlace(place) && !w.ambiguousPlace(place) && w.nameBeforePlace(line[:i])) {
			return place
		}
	}
	return ""
}

// authorBoxSentence reports whether a byline container's line is the author
// box's sentence about the writer ("Energieberaterin aus Göttingen,
// schreibt hier seit 2019 über Solarstrom."), where the place is where
// the writer lives, not where the story was filed: eight words or more
// ending in a full stop, with more words after the place (bylinePlace),
// which a byline ("Von Jana Müller aus Brüssel") never has. Probe page
// cms15b-wp-kadence-de.
func authorBoxSentence(line string) bool {
	return strings.HasSuffix(strings.TrimSpace(line), ".") && wordCount(line) >= 8
}

// placeOfWords reports whether n, two or three words, is a city of the
// gazetteer spelt as GeoNames spells it ("New Delhi", "Kuala Lumpur",
// "Buenos Aires") and does not open with a first name: "Juan Diaz" and
// "James Town" are towns too, and people first. Bylines name the city
// after the writer the world over ("By PTI, New Delhi", "By Jane Doe,
// Hong Kong"); a co-author is more often someone with a first name.
func placeOfWords(n string) bool {
	f := strings.Fields(n)
	return len(f) >= 2 && len(f) <= 3 && lexicon.IsPlace(n) && !firstNames()[strings.ToLower(f[0])]
}

// withoutFilingPlace drops the city a byline names after a writer ("Von
// Marta Olsen, Berlin", "By Jane Doe, Nairobi"): a one-word name the
// gazetteer knows as a place, right after a name of several words. A
// co-author is named in full. Each writer's city goes ("By Jane Doe,
// Paris and John Roe, London"). A city of two or three words ("By Jane
// Doe, Hong Kong") goes only set off by a comma or a dash in a line some
// source read (one splits its line into names): after a joiner it is a co-author whose name the gazetteer holds
// too ("Por Ana Silva e Paulo Afonso", "María López y Marcos Juárez":
// Latin American towns bear people's names).
func withoutFilingPlace(names, raw []string) []string {
	var out []string // made only when a place goes
	for i, n := range names {
		if i > 0 && !hasCJK(n) && strings.ContainsRune(names[i-1], ' ') && (!strings.ContainsRune(n, ' ') && knownPlace(n) || placeOfWords(n) && setOff(raw, n)) {
			if out == nil {
				out = append(make([]string, 0, len(names)-1), names[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, n)
		}
	}
	if out == nil {
		return names
	}
	return out
}

// setOff reports whether n follows a comma, a dash or a bar in one of
// lines ("Jane Doe, Hong Kong", "Jane Doe – Hong Kong"), not a joiner.
func setOff(lines []string, n string) bool {
	for _, l := range lines {
		if i := strings.Index(l, n); i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l[:i], " ")); strings.ContainsRune(",-–—|/(", r) {
				return true
			}
		}
	}
	return false
}

// wireBylinePlace returns the place a byline names after a wire ("Reuters,
// Washington", "EUROPA PRESS Madrid"), from the sources no metadata
// decides (see the wire-byline-place rule).
func (d *doc) wireBylinePlace() (string, bool) {
	raw := d.authorRaw()
	for i, src := range authorSources {
		if src.trusted || src.orgs {
			continue
		}
		for _, t := range raw[i] {
			names := d.splitOnce(t, false) // not modified
			if j := d.w.wirePlaceAt(names); j > 0 && firstUpper(names[j]) {
				return names[j], true
			}
			for _, n := range names {
				if _, place, ok := d.w.wireGluedPlace(n); ok {
					return place, true
				}
			}
		}
	}
	return "", false
}

// wireGluedPlace splits a name that is a wire of the lexicon and a place
// the gazetteer knows, one to three capitalised words, with only a space
// between ("EUROPA PRESS Madrid"): a byline strip printing the agency
// and the place as two spans side by side, which the style sheet sets
// apart. ok is false for anything else.
func (w *words) wireGluedPlace(n string) (wire, place string, ok bool) {
	f := strings.Fields(n)
	for k := 1; k < len(f) && k <= 3; k++ {
		wire, place = strings.Join(f[:k], " "), strings.Join(f[k:], " ")
		if len(f)-k <= 3 && w.wires[strings.ToLower(wire)] && firstUpper(place) && knownPlace(place) && !w.wires[strings.ToLower(place)] {
			return wire, place, true
		}
	}
	return "", "", false
}

// wirePlaceAt returns the index of the place a wire byline names after
// the agency (see withoutWirePlace), or -1.
func (w *words) wirePlaceAt(names []string) int {
	for i := 1; i < len(names); i++ {
		next := names[i]
		if w.wires[strings.ToLower(names[i-1])] && (!strings.ContainsRune(next, ' ') || placeOfWords(next)) &&
			!w.wires[strings.ToLower(next)] && !agencyCode(next) && !hasCJK(next) {
			return i
		}
	}
	return -1
}

// leadDateline returns the dateline opening the lead the page sets apart
// above the text ("<p class="teaser-text"><strong>Hamburg</strong> –
// …", "<div class="intro">BERLIN (dpa) - …"), which the body leaves out
// as a standfirst: German and other papers open the story there and go
// on below it. Read as the first paragraph is (datelineIn). Right on one
// check page of the fields annotation (written from the probes); general
// because the lead is the story's opening, where a dateline stands.
func (d *doc) leadDateline() (string, bool) {
	// (findLead, not leadParagraph: the summary resolver caches the lead
	// later, once the body's timestamp lines are dropped)
	l := d.findLead()
	if l == "" || !d.belowHeadline(l) {
		return "", false
	}
	v, ev, _ := datelineIn(l, d.lang)
	// "Hamburg: Senat beschließt …": a lead's title-case word before a
	// colon is its topic, as teasers set it, more often than a place the
	// story was filed from ("NEW DELHI:" stays)
	if rest, ok := strings.CutPrefix(l, v); ok && !ev && !isAllCaps(v) && strings.HasPrefix(strings.TrimSpace(rest), ":") {
		return "", false
	}
	return v, v != ""
}

// belowHeadline reports whether the header block holding text comes after
// the headline: a lead named so above it (a breaking-news bar's teaser,
// "<p class="teaser-text">BERLIN (dpa) - …" of another story) opens no
// story of this page. Where no header block is the headline, the lead
// stands.
func (d *doc) belowHeadline(text string) bool {
	at, headline := -1, -1
	for i, b := range d.bodyRes.header {
		if at < 0 && b.text == text {
			at = i
		}
		if headline < 0 && (b.tag == atom.H1 || d.headline != "" && b.text == d.headline) {
			headline = i
		}
	}
	return headline < 0 || at > headline
}

// namedLeadAt reports whether the body's paragraph i (of its first
// three) is the story's lead, named so ("<p class="intro"><b>SCHOONHOVEN
// - Het waterschap …</b></p>"), after lines the body keeps above it (a
// date and byline line, a caption a table layout prints as text): a place
// in capitals opening it is the dateline, as in the first paragraph.
// Written from the probes; general because a lead named so opens the
// story, where its dateline stands.
func (d *doc) namedLeadAt(i int) bool {
	pb := d.bodyRes.paraBlocks
	// (the paragraph's own element: a wrapper named "lead-story" holds a
	// front page's top story, whose later paragraphs open no story)
	return i < 3 && i < len(pb) && pb[i] != nil && pb[i].container != nil && pb[i].text == d.bodyRes.paragraphs[i] && leadKind(d.tokensOf(pb[i].container)) == 1
}
