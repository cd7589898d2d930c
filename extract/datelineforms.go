package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
	"golang.org/x/net/html"
)

// This file holds the dateline forms datelineIn (dateline.go) reads
// beside its own: a wire's bracket before the place ("(ANSA) - ROMA, 5
// MAR -"), a place of several words the gazetteer knows though a word of
// it reads as a month ("RIO DE JANEIRO") or is a particle ("Rio de
// Janeiro"), and an outlet's name in capitals that is no place
// ("WASHINGTON POST —").

// withoutLeadingWire returns par without a wire's bracket and the dash
// after it that open it ("(ANSA) - ROMA, 5 MAR - …", as ANSA and other
// agencies print the agency before the place), and whether it had one.
// Only a wire of the lexicon counts.
func withoutLeadingWire(par string) (string, bool) {
	if !strings.HasPrefix(par, "(") {
		return par, false
	}
	i := strings.IndexByte(par, ')')
	if i <= 1 || i > 40 || !wireName(par[1:i]) {
		return par, false
	}
	rest := strings.TrimLeft(par[i+1:], " ")
	for _, dash := range []string{"—", "–", "-"} {
		if strings.HasPrefix(rest, dash) {
			return strings.TrimLeft(strings.TrimLeft(rest, dash+"-"), " "), true
		}
	}
	return par, false
}

// gazetteerPlace reports whether s, two words or more in capitals or in
// title case, is a place of the gazetteer (lexicon.IsPlace) in one of
// the casings GeoNames writes: "RIO DE JANEIRO" and "Rio de Janeiro" as
// "Rio de Janeiro", "PORT OF SPAIN" as "Port of Spain", "WINSTON-SALEM"
// as "Winston-Salem", "ST. JOHN'S" as "St. John's". A single word is left to the other tests: "MARCH" is a
// town and a month.
func gazetteerPlace(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	if lexicon.IsPlace(s) {
		return true
	}
	titled := titleCaseWords(f)
	for i, w := range titled {
		// "John'S" → "John's": one letter after an apostrophe is an ending
		if r, size := utf8.DecodeLastRuneInString(w); size > 0 && len(w) > size+1 && strings.ContainsAny(w[len(w)-size-1:len(w)-size], "'’") {
			titled[i] = w[:len(w)-size] + string(unicode.ToLower(r))
		}
	}
	if lexicon.IsPlace(strings.Join(titled, " ")) {
		return true
	}
	for i := 1; i < len(titled)-1; i++ {
		if l := strings.ToLower(titled[i]); vocab().particles[l] || vocab().function[l] {
			titled[i] = l
		}
	}
	return lexicon.IsPlace(strings.Join(titled, " "))
}

// outletNamed reports whether city, a dateline's place of two words or
// more, ends on an organisation word of the lexicon ("WASHINGTON POST",
// "HOLMBY COUNCIL", "SUPREME COURT"): it names an outlet or a body, not
// where the story was filed, unless the gazetteer knows the whole name
// ("NEWPORT NEWS").
func outletNamed(city string) bool {
	f := strings.Fields(city)
	if len(f) < 2 {
		return false
	}
	return vocab().org[strings.ToLower(strings.Trim(f[len(f)-1], ".,"))] && !gazetteerPlace(city)
}

// pointDashCut returns where a dateline closed by a full stop and a dash
// ends ("CIUDAD DE MÉXICO.- Ayer …", "MONTERREY, N.L.- …", as the Mexican
// and other Latin American press close it), or -1: at the point, which
// stays when it ends an abbreviation with points inside ("N.L."). The
// dash must stand before a space: one joined to the next word joins an
// abbreviation to it ("U.S.-led forces", "N.Y.-based"), no dateline.
func pointDashCut(head string) int {
	cut := -1
	for _, sep := range []string{".- ", ".– ", ".— "} {
		if i := strings.Index(head, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut <= 0 {
		return -1
	}
	word := head[strings.LastIndexAny(head[:cut], " ,")+1 : cut]
	if strings.Contains(word, ".") {
		return cut + 1
	}
	return cut
}

// markedDateline returns the dateline the page shows and marks as one
// apart from the text: schema.org's NewsArticle dateline in microdata
// (itemprop=dateline), else an element of the article whose class is
// hNews's "dateline". The vocabulary names the field, so a place in title
// case counts there; a class, which sites also give the date line, must
// hold a place in capitals or one the gazetteer knows. Not the JSON-LD
// dateline, which no reader sees: a site may give every story its home
// town there (tried: one false tune dateline, tune F1 0.943 -> 0.926).
func (d *doc) markedDateline() (string, bool) {
	for _, n := range d.itemprops {
		if slices.Contains(strings.Fields(strings.ToLower(attr(n, "itemprop"))), "dateline") {
			if v := markedPlace(firstNonEmpty(visibleText(n), attr(n, "content")), true); v != "" {
				return v, true
			}
		}
	}
	for _, top := range d.imageRegions() {
		// (an element marked only "location" opens the text: its class
		// names the field, as the microdata's does; a template may mark
		// its date and its place apart, "<time class=dateline-datetime>"
		// then "<span class=dateline-location>| BERLIN</span>", as
		// weeklies print a story's place after its date: the marked
		// siblings after the first are read too, no other element)
		if v := d.markedPlaceFrom(findElem(top, d.datelineElem), 0); v != "" {
			return v, true
		}
	}
	return "", false
}

// markedPlaceFrom reads the place of the marked element n or of a marked
// sibling after it; a marked box that holds the date and the place apart
// ("<div class=dateline><time class=dateline-datetime>…</time><span
// class=dateline-location>| BERLIN</span></div>") is read in its marked
// children.
func (d *doc) markedPlaceFrom(n *html.Node, depth int) string {
	for ; n != nil; n = plainSibling(n, true) {
		if !d.datelineElem(n) {
			continue
		}
		if v := markedPlace(visibleText(n), !slices.Contains(d.tokensOf(n), "dateline")); v != "" {
			return v
		}
		if depth == 0 {
			if v := d.markedPlaceFrom(findElem(n, d.datelineElem), 1); v != "" {
				return v
			}
		}
	}
	return ""
}

// datelineElem reports whether n is marked as a dateline: by hNews's
// "dateline" class word, or by a "location" class word on an element
// whose text opens the story's first paragraph ("<p><span
// class="location">Holmby</span> The ferry …"), where no dash need
// follow but the sentence after it opens with a capital: "<span
// class="location">Holmby Library</span> will host…" is the sentence's
// subject, "…</span>, 5 December, 7 pm" an event's place and time.
// Elsewhere a "location" holds an event's or an author's place.
// Right on one tune page of the fields annotation; general because the
// class word names the field and only the story's opening words count.
func (d *doc) datelineElem(n *html.Node) bool {
	if !namesEither(n, "dateline", "location") {
		return false // (the cheap test first: the walk asks every element of a region)
	}
	for _, w := range d.tokensOf(n) {
		if w == "dateline" {
			return true
		}
		if w == "location" && len(d.bodyRes.paragraphs) > 0 {
			t, p := squash(visibleText(n)), d.bodyRes.paragraphs[0]
			return t != "" && strings.HasPrefix(p, t) && firstUpper(strings.TrimLeft(p[len(t):], " .:(-–—―"))
		}
	}
	return false
}

// namesEither reports whether n's class or id holds a or b, in any case:
// no class token (classTokens) is a or b without it.
func namesEither(n *html.Node, a, b string) bool {
	for _, at := range n.Attr {
		if at.Key == "class" || at.Key == "id" {
			if hasASCIIFold(at.Val, a) || hasASCIIFold(at.Val, b) {
				return true
			}
		}
	}
	return false
}

// markedPlace reads the place of a dateline field's text ("HOLMBY,
// Maine", "PARIS, March 3 (AFP) —"): the city with its region, without
// the date, the agency and the closing dash; "" when it is no place (a
// date, a byline, a label). declared admits a place in title case.
func markedPlace(s string, declared bool) string {
	s = strings.TrimLeft(strings.TrimRight(squash(s), " —–-:."), "|·• ") // "| BERLIN" after a date
	if i := strings.IndexByte(s, '('); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	if s == "" || textOver(s, 60) || vocab().startsByline(s) {
		return ""
	}
	place, city, _, ok := datelinePlace(s)
	if !ok || strings.ContainsAny(city, "0123456789") || hasDateWord(city) && !gazetteerPlace(city) || labelWords(city) {
		return ""
	}
	// ("Holmby, Maine": a town with its region after the comma)
	if isAllCaps(city) || knownPlace(city) || gazetteerPlace(city) || (declared || place != city) && titleCasePlace(city) {
		return place
	}
	return ""
}

// withoutWireDay returns a dateline's head before a wire's bracket
// without the date it ends on where the date is a bare day ("MADRID, 5",
// as Europa Press prints it) or follows a full stop ("MOSCOW. March 5",
// as Interfax does): forms a wire's bracket after them vouches for.
func withoutWireDay(h string) string {
	if i := strings.LastIndex(h, ","); i > 0 {
		if day := strings.TrimSpace(h[i+1:]); len(day) >= 1 && len(day) <= 2 && strings.Trim(day, "0123456789") == "" {
			return strings.TrimSpace(h[:i])
		}
	}
	// (the last full stop: "ST. PETERSBURG. March 5"; not a day's
	// ordinal point: "ZAGREB, 5. ožujka 2024." keeps its date for
	// datelinePlace)
	if i := strings.LastIndex(h, ". "); i > 0 && !startsDigit(h[i-1:i]) && datePart(h[i+2:]) {
		return h[:i]
	}
	// "Bratislava 5. marca", "Praha 5. března": the Czech and Slovak
	// agencies (ČTK, TASR) write the day and month after the place with
	// no comma: a day number and a month name after the place (what the
	// place is, datelinePlace and the wire's bracket decide).
	if f := strings.Fields(h); len(f) >= 3 {
		for i := 1; i < len(f)-1; i++ {
			if startsDigit(f[i]) && strings.Trim(f[i], "0123456789.") == "" && monthLike(strings.Trim(f[i+1], ".,")) {
				return strings.Join(f[:i], " ")
			}
		}
	}
	return h
}

// regionBracket reports whether a bracket after a place in title case
// holds its region ("Rostow (Russland)", "Bernau (Barnim)"): one word in
// title case, or a place the gazetteer knows; two words or more it does
// not know are an outlet's name ("Oslo (Holmby Courier)"), and an acronym
// a broadcaster's ("Detroit (WXYZ)", "Oslo (NRK)").
func regionBracket(b string) bool {
	if isAllCaps(b) && !strings.Contains(b, " ") {
		return false
	}
	return titleCasePlace(b) && (wordCount(b) == 1 || knownPlace(b) || gazetteerPlace(b))
}

// abbreviatedPlace reports whether city is a place in title case with an
// abbreviation of points in lower case ("Frankfurt a.M.", "Freiburg
// i.Br.", "Halle a.d. Saale"), as German papers and agencies write towns
// on rivers; datelineIn takes it with a wire's evidence beside it.
func abbreviatedPlace(city string) bool {
	f := strings.Fields(city)
	if len(f) < 2 || len(f) > 4 || !firstUpper(f[0]) || strings.ContainsAny(city, "0123456789") {
		return false
	}
	abbrev := false
	for _, w := range f[1:] {
		switch {
		case strings.Contains(w, ".") && utf8.RuneCountInString(w) <= 5:
			abbrev = true
		case !firstUpper(w):
			return false
		}
	}
	return abbrev
}

// nameBeforePlace reports whether before, a byline's text before a
// known-place word ("By Jane Doe" in "By Jane Doe in Oslo"), is names
// alone once its label is cut: each part between commas one to five
// words, each capitalised or a name particle ("Por Ana Souza, da Folha de
// Pernambuco, em Brasília": a name and an outlet). An author's bio ("Jane
// is a reporter based in Oslo", "Jane joined the paper in March") names a
// place or a month so too.
func (w *words) nameBeforePlace(before string) bool {
	for part := range strings.SplitSeq(strings.TrimRight(w.stripLabel(before), " ,;|·•"), ",") {
		if !w.properWords(part, 5) {
			return false
		}
	}
	return true
}

// leadLine reports whether par, the paragraph before one that opens with
// a place in capitals, is a line set above the story: a standfirst, or
// any line of at most 25 words (a subtitle, a date, an editor's note's
// label).
func leadLine(par string) bool {
	return standfirst(par) || wordCount(par) <= 25
}

// cityOf returns a dateline's city, the place without the region written
// after its comma ("HOLMBY" of "HOLMBY, Maine").
func cityOf(place string) string {
	city, _, _ := strings.Cut(place, ",")
	return strings.TrimSpace(city)
}

// anyGazetteerName reports whether s, one word or more in capitals or
// title case, is a place of the gazetteer in one of GeoNames' casings.
func anyGazetteerName(s string) bool {
	if lexicon.IsPlace(s) || gazetteerPlace(s) {
		return true
	}
	titled := strings.Join(titleCaseWords(strings.Fields(s)), " ")
	return lexicon.IsPlace(titled) || strings.Count(titled, "-") >= 2 && (lexicon.IsPlace(hyphenParticles(titled, false)) || lexicon.IsPlace(hyphenParticles(titled, true)))
}

// hyphenParticles writes the name particles and stop words between a
// hyphenated name's first and last parts in lower case (all those parts
// when all is set), as GeoNames spells them: "Aix-En-Provence" (the
// title case of "AIX-EN-PROVENCE") as "Aix-en-Provence",
// "Saint-Jean-De-Luz" as "Saint-Jean-de-Luz", "Stratford-Upon-Avon" as
// "Stratford-upon-Avon".
func hyphenParticles(s string, all bool) string {
	parts := strings.Split(s, "-")
	for i := 1; i < len(parts)-1; i++ {
		if l := strings.ToLower(parts[i]); all || vocab().particles[l] || vocab().function[l] {
			parts[i] = l
		}
	}
	return strings.Join(parts, "-")
}

// capsLabel reports whether city, words in capitals opening a paragraph
// with no wire's evidence beside them, reads as a label or a name rather
// than a place: before a colon, any such words the gazetteer does not
// know ("THE BIG PICTURE:", "WHY IT MATTERS:", "FACT CHECK:", where "NEW
// DELHI:" is a place); before a dash, words that open with a first name
// ("JOHN SMITH —") or hold a function word that is no name particle
// ("FIRST ON FOX —", "THE BIG PICTURE —"; "RIO DE JANEIRO" keeps its
// "de"), unless the gazetteer knows them ("THE HAGUE", "LOS ANGELES").
// A word of four letters or fewer alone, with no region after it, is an
// acronym ("NASA —", "FIFA —", "NATO —"): a town that short the
// gazetteer knows ("ROME", "OSLO", "LIMA") or a region follows ("ELY,
// Minn.").
func capsLabel(city string, atColon, alone bool) bool {
	if anyGazetteerName(city) {
		return false
	}
	if atColon || alone && utf8.RuneCountInString(city) <= 4 && !strings.ContainsAny(city, " .-") {
		return true
	}
	w := vocab()
	for i, x := range strings.Fields(city) {
		l := strings.ToLower(strings.Trim(x, ".,'’"))
		if i == 0 && firstNames()[l] || w.function[l] && !w.particles[l] {
			return true
		}
	}
	return false
}

// particlePlace reports whether city is a place in title case whose
// words are joined by name particles ("Ciudad de México", "Santa Cruz de
// la Sierra", "San Pedro de Macorís"): two to five words, the first and
// the last capitalised, those between capitalised or particles of the
// lexicon. datelineIn takes it with a wire's bracket beside it: a date
// alone is no evidence here, as an organisation's or a day's name joins
// its words so too ("Fundación de la Isla, 5 de diciembre de 2023.-",
// "Día de la Madre, 10 de mayo:").
func particlePlace(city string) bool {
	f := strings.Fields(city)
	if len(f) < 3 || len(f) > 5 || strings.ContainsAny(city, "0123456789") || !firstUpper(f[0]) || !firstUpper(f[len(f)-1]) {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if !firstUpper(w) && !vocab().particles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// withoutTrailingWire returns a dateline's head without the date and the
// wire's name that close it after full stops, and whether it had them: "Москва. 5
// декабря. INTERFAX.RU", "КИЇВ. 5 грудня. ІНТЕРФАКС-УКРАЇНА", as
// Interfax and its regional services print the place, the date and the
// agency. The wire may be written as its web address; only a wire of the
// lexicon counts.
func withoutTrailingWire(h string) (string, bool) {
	i := strings.LastIndex(h, ". ")
	if i <= 0 {
		return h, false
	}
	tail := strings.TrimSpace(h[i+2:])
	if webAddress(tail) {
		tail = tail[:strings.LastIndexByte(tail, '.')]
	}
	if !wireName(tail) {
		return h, false
	}
	// the date before the wire is its form's evidence: "Jane Doe.
	// Reuters" is a picture's credit
	t := strings.TrimSpace(h[:i])
	if d := withoutWireDay(t); d != t {
		return d, true
	}
	return h, false
}

// stateAfter reports whether a dateline's place is a town with a state
// or province of the lexicon's dateline regions after its comma, as wire
// style abbreviates or spells it ("Holmby, Ill.", "Holmby, Texas",
// "Holmby, Ont."), before a sentence (rest, the text from the cut on,
// opens with a capital): a wire's evidence beside a town in title case
// the gazetteer may not know. No town: a stop word or an adverb opening
// the sentence ("But, Texas", "Meanwhile, Ontario — Officials …",
// "Elsewhere, Texas —"), a person's full name or a title before a name
// ("Jane Doe, Texas", "Sen. Jane Doe, Texas", "Gov. Doe, Texas"); a
// first name alone is one ("Austin, Texas", "Charlotte, N.C.").
func stateAfter(place, city, rest string) bool {
	_, region, ok := strings.Cut(place, ",")
	w := vocab()
	if !ok || !w.datelineRegions[strings.ToLower(strings.TrimSpace(region))] {
		return false
	}
	f := strings.Fields(city)
	if len(f) == 0 {
		return false
	}
	for _, x := range f {
		if w.personTitles[strings.ToLower(x)] {
			return false
		}
	}
	l := strings.ToLower(f[0])
	return !(len(f) > 1 && firstNames()[l]) && !w.function[l] && !w.openingAdverbs[l] && firstUpper(strings.TrimLeft(rest, " .:-–—―"))
}

// datedAgency reports whether bracket, the bracket after a dateline's
// head h, holds an agency the lexicon does not know: one capitalised word
// (no date word, no digits) after a place and a date ("Cidade da Praia,
// 05 Mar (Inforpress) –", as national and regional agencies print their
// own dateline). The place, the date and the bracket before the dash are
// the wire's form: a bracket after a place alone may hold its region
// ("Rostow (Russland)"), and after a name a nickname ("Florence (Mia)").
func datedAgency(h, bracket string) bool {
	i := strings.LastIndex(h, ",")
	if i <= 0 || strings.ContainsAny(bracket, " 0123456789") || !firstUpper(bracket) || startsDateWord(bracket) || utf8.RuneCountInString(bracket) < 3 {
		return false
	}
	day := strings.TrimSpace(h[i+1:])
	return datePart(day) && strings.ContainsAny(day, "0123456789")
}

// trailingWire returns a dateline's head h without the wire or paper
// named after its place (withoutTrailingWire, capsWireAfterPlace), and
// whether it named one. A place in capitals alone loses its full stop
// before the dash ("KAAPSTAD. –", as Afrikaans papers set it), a wire's
// form as well; a kicker set so ("EXKLUSIV. –", "ANALYSIS. –") is a
// headline label of the lexicon, which the dateline's reader refuses.
func trailingWire(h string) (string, bool) {
	if t, ok := withoutTrailingWire(h); ok {
		return t, true
	}
	if t, ok := capsWireAfterPlace(h); ok {
		return t, true
	}
	if isAllCaps(h) && !strings.ContainsAny(h, " ,") && strings.HasSuffix(h, ".") {
		return strings.TrimSuffix(h, "."), true
	}
	return h, false
}

// capsWireAfterPlace returns the place of a dateline set in capitals as a
// place, a full stop and the agency's or paper's name ("АСТАНА. KAZINFORM
// –", "ALMATY. KAZINFORM –"), as Kazakh and other post-Soviet wires and
// papers print their own name after the place. The place must be a word
// of four letters or more, so "ST. LOUIS" or "FT. WORTH" stay whole, and
// the name after it at most three words. A place of two words ("НУР-СУЛТАН",
// "УСТЬ КАМЕНОГОРСК", "NOVA GORICA. STA") ends on a word that long: "ST.
// LOUIS" has its point after the abbreviation.
func capsWireAfterPlace(h string) (string, bool) {
	place, wire, ok := strings.Cut(h, ". ")
	f := strings.Fields(place)
	if !ok || len(f) == 0 || len(f) > 2 || utf8.RuneCountInString(f[len(f)-1]) < 4 || strings.Contains(place, ",") || strings.Contains(wire, ". ") ||
		wordCount(wire) > 3 || !isAllCaps(h) {
		return h, false
	}
	return place, true
}
