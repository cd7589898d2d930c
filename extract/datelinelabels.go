package extract

import "strings"

// This file holds more dateline forms datelineIn reads: a label opening
// the paragraph before the place ("UPDATE 2-LONDON"), a country in
// square brackets after the city ("New Delhi [India]"), and the agency
// between double dashes ("SAN FRANCISCO--(BUSINESS WIRE)--").

// withoutLeadingLabel returns par without an update's or a headline's
// label in capitals that opens it, with its number, before a colon or a
// hyphen: "UPDATE 2-LONDON, Dec 5 (Reuters) -" (the wire's updated
// story), "UPDATED: HOLMBY, Maine —", "BREAKING: WASHINGTON (AP) —". Only
// a label of the lexicon (update words, headline labels) counts; the
// rest must then open with a dateline of its own.
func withoutLeadingLabel(par string) string {
	head := par[:min(len(par), 24)]
	i := strings.IndexAny(head, ":-")
	if i <= 0 {
		return par
	}
	label := strings.TrimSpace(head[:i])
	if j := strings.LastIndexByte(label, ' '); j > 0 && strings.Trim(label[j+1:], "0123456789") == "" {
		label = label[:j] // "UPDATE 2"
	}
	if !isAllCaps(label) || !labelWords(label) {
		return par
	}
	return strings.TrimLeft(par[i+1:], " -")
}

// withoutSquareRegion returns a dateline's city without the country or
// region set after it in square brackets, as ANI prints it ("New Delhi
// [India], December 5 (ANI):"); the place keeps it, as it keeps a region
// in round brackets ("Rostow (Russland)").
func withoutSquareRegion(city string) string {
	o := strings.Index(city, " [")
	if o <= 0 || !strings.HasSuffix(city, "]") || !regionBracket(city[o+2:len(city)-1]) {
		return city
	}
	return city[:o]
}

// wireDashesCut returns where a dateline closed by a bracket between
// double dashes ends ("SAN FRANCISCO--(BUSINESS WIRE)--", the form of
// Business Wire's press releases), or -1: at the dashes before the
// bracket.
func wireDashesCut(head string) int {
	i := strings.Index(head, "--(")
	if i <= 0 || !strings.Contains(head[i+3:], ")--") {
		return -1
	}
	return i
}

// labelWords reports whether words opening a paragraph before a dash or a
// colon are a label of the lexicon, no place: a headline label
// ("BREAKING", "EDITOR’S NOTE", its apostrophe curled or not) or an
// update word ("OPPDATERT", "UPDATED").
func labelWords(city string) bool {
	l := strings.ToLower(strings.ReplaceAll(city, "’", "'"))
	return headlineLabels()[l] || vocab().update[l]
}
