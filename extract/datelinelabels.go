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

// withoutFilingOpener returns par without the words of the lexicon's
// filing_openers that open it before the place ("DAL NOSTRO INVIATO
// KIEV — …", the Italian papers' form for their own correspondent's
// story), and whether it had them: the place follows them, as a
// dateline's does.
func withoutFilingOpener(par string) (string, bool) {
	head := lowerSameWidth(par[:min(len(par), 40)]) // offsets in head are offsets in par
	for _, o := range vocab().filingOpeners {
		if strings.HasPrefix(head, o+" ") {
			return strings.TrimLeft(par[len(o):], " "), true
		}
	}
	return par, false
}

// filingLinePlace returns the place of a byline block's line that is
// only a filing opener and the place ("Reporting from Kharkiv, Ukraine",
// the line US papers now print under the writers' names instead of a
// dateline in the text): a few words, each part in capitals; a second
// place after "and" is left ("Reporting from Jerusalem and Tel Aviv").
// The opener is the form's evidence: a town no gazetteer knows counts
// ("Reporting from Holmby, Maine"), each part a place's shape in title
// case.
func filingLinePlace(line string) string {
	if textOver(line, 80) {
		return ""
	}
	low := lowerSameWidth(line)
	for _, o := range vocab().filingOpeners {
		rest, ok := strings.CutPrefix(low, o+" ")
		if !ok {
			continue
		}
		place := strings.TrimRight(strings.TrimSpace(line[len(line)-len(rest):]), ".")
		if i := strings.Index(place, " and "); i > 0 {
			place = place[:i]
		}
		f := strings.Fields(strings.ReplaceAll(place, ",", " "))
		if len(f) == 0 || len(f) > 5 {
			return ""
		}
		parts := strings.Split(place, ",")
		for _, part := range parts {
			if part = strings.TrimSpace(part); !titleCasePlace(part) || vocab().ambiguousPlace(part) || !knownPlace(part) && !unknownPlaceShape(part, len(parts) > 1) {
				return ""
			}
		}
		for _, w := range f {
			if !firstUpper(w) {
				return ""
			}
		}
		return place
	}
	return ""
}

// unknownPlaceShape reports whether part, title-case words no gazetteer
// knows, reads as a town's name rather than a phrase or a person: no
// word of the lexicon's vocabulary ("Our Newsroom"), no possessive
// ("Ukraine's Front Lines"), no first name opening two words or more (the
// Italian "Dal nostro inviato Marco Bellandi" names the correspondent);
// two words or more only beside a region ("Holmby Bay, Maine"), as a
// name's two words stand alone.
func unknownPlaceShape(part string, region bool) bool {
	f := strings.Fields(part)
	if len(f) > 1 && (!region || firstNames()[strings.ToLower(f[0])]) {
		return false
	}
	for _, w := range f {
		l := strings.ToLower(w)
		if vocab().ambiguousPlace(w) || vocab().function[l] || strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
			return false
		}
	}
	return true
}

// bracketedPlace returns the place a French-language story opens with in
// round brackets before its first sentence ("(Québec) Le gouvernement
// …", "(Ottawa) Les …"), the dateline of Quebec's dailies, or "": the
// gazetteer must know it, no wire's name (a wire's bracket opening the
// text is withoutLeadingWire's), and a capitalised word follows it.
func bracketedPlace(par, lang string) string {
	if lang != "fr" || !strings.HasPrefix(par, "(") {
		return ""
	}
	end := strings.IndexByte(par[:min(len(par), 40)], ')')
	if end < 2 {
		return ""
	}
	place, rest := par[1:end], strings.TrimLeft(par[end+1:], " \u00a0")
	if rest == "" || !firstUpper(rest) || wireName(place) || !knownPlace(place) {
		return ""
	}
	return place
}

// filingLine returns the place of a "Reporting from …" line among the
// header's blocks after the headline (filingLinePlace). Written from the
// probes; general because the line is a fixed label of the byline block.
func (d *doc) filingLine() (string, bool) {
	for _, b := range d.bodyRes.header {
		if name, place, ok := d.w.correspondentLine(b.text); ok && name != "" {
			// "dal nostro inviato Mario Rossi, Kiev": the post the
			// correspondent's byline names, not the name (authorcorrespondent.go)
			if place != "" && d.belowHeadline(b.text) {
				return place, true
			}
			continue
		}
		if v := filingLinePlace(b.text); v != "" && d.belowHeadline(b.text) {
			return v, true
		}
	}
	return "", false
}

// datelineIn returns the dateline opening par on a page in language
// lang, whether a wire's evidence stands beside the place and whether a
// colon closed it (openingDateline); a Quebec daily's bracketed place
// ("(Québec) Le gouvernement …", bracketedPlace) is one with evidence.
func datelineIn(par, lang string) (place string, evidence, atColon bool) {
	if v := bracketedPlace(par, lang); v != "" {
		return v, true, false
	}
	return openingDateline(par, lang)
}
