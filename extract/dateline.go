package extract

import (
	"encoding/json"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
	"golang.org/x/net/html"
)

// This file finds the dateline: the place a story was filed from,
// "WASHINGTON" in "WASHINGTON (AP) — ..." or in the printed byline.

// datelineRules find the dateline, in order.
var datelineRules = []rule[string]{
	// The slash byline's place ("Headline/ Site/ WASHINGTON/ J. Mansour/
	// standfirst", byline.go; the seed page's form), a gazetteer place
	// only. Right on no development page; probe rows in the seed test and
	// failclass_probes8_audit_test.go.
	{"printed-byline", func(d *doc) (string, bool) {
		v := d.visibleByline().dateline
		return v, v != ""
	}},
	{"wire-dateline", func(d *doc) (string, bool) {
		if len(d.bodyRes.paragraphs) == 0 {
			return "", false
		}
		ps := d.bodyRes.paragraphs
		v, _, _ := datelineIn(ps[0], d.lang)
		// The body opens with the page's lead (a standfirst classed
		// "lead" or "intro" that the body keeps): the story, and its
		// dateline, open the paragraph after it, outside the lead's
		// block (not a front page's "lead-story" around the whole text).
		// The blocks are the paragraphs' unless a keep rule replaced them.
		// So does a picture's caption the body still holds (a "<p
		// class=wp-caption-text>" beside the picture, dropped only once
		// the pictures are read).
		// A caption first, the story's lead (a "p.intro") may follow it.
		if v == "" && d.opensSecond() {
			v, _, _ = datelineIn(ps[1], d.lang)
		}
		return v, v != ""
	}},
	{"corroborated-dateline", (*doc).corroboratedDateline}, // datelineopener.go
	{"marked-dateline", (*doc).markedDateline},             // datelineforms.go
	{"lead-dateline", (*doc).leadDateline},                 // datelinebyline.go
	// Chinese, Japanese and Korean reporters' and wires' datelines,
	// opening one of the first paragraphs: "〔記者王小明／台北報導〕",
	// "新华社北京4月1日电", "【北京共同】", "(서울=연합뉴스)". Right on one
	// tune page (the Japanese and Korean forms raised check recall);
	// general because these are the papers' and wires' fixed forms.
	{"chinese-dateline", func(d *doc) (string, bool) {
		ps := d.bodyRes.paragraphs
		for i := 0; i < len(ps) && i < 3; i++ {
			if v := chineseDateline(ps[i]); v != "" {
				return v, true
			}
		}
		return "", false
	}},
	// "જીજ્ઞેશ કોટેચા, રાજકોટઃ …", "रमेश शर्मा, जयपुर: …": the reporter
	// and the place opening an Indian-language story (see
	// reporterPlace), in one of the first paragraphs: bullets, the
	// outlet's name and the date may come before it. Right on one tune
	// page; why it is general is said at reporterPlace.
	{"reporter-place", func(d *doc) (string, bool) {
		ps := d.bodyRes.paragraphs
		for i := 0; i < len(ps) && i < 5; i++ {
			if v := reporterPlace(ps[i]); v != "" {
				return v, true
			}
		}
		return "", false
	}},
	// A dateline that opens the second or third paragraph, after a
	// standfirst or a press release's summary line, with a wire's
	// evidence beside the place (an agency in brackets, a date, a state
	// in capitals): a place alone there may be a paragraph's first words.
	// Right on two development pages; general: press releases and wire
	// stories with a summary line put the dateline there.
	{"wire-dateline-after-lead", func(d *doc) (string, bool) {
		ps := d.bodyRes.paragraphs
		for i := 1; i < len(ps) && i < 5; i++ {
			// A line cut at a colon ("Jane Doe, CEO: ...") more often ends
			// a speaker's introduction than a place. Past the third
			// paragraph only a wire's bracket after short lines and at
			// most one standfirst counts ("Berlin (dpa) -" after a wire
			// story's date, source and byline lines and its summary).
			v, evidence, atColon := datelineIn(ps[i], d.lang)
			if v == "" || atColon || i >= 3 && (!wireBracket(ps[i]) || longLines(ps[:i], 120) > 1) {
				continue
			}
			// (a line of a few words after a dash is a subheading with a
			// kicker, "KRÄHENJAGD – So wird gelockt und gejagt")
			if evidence || (i == 1 && leadLine(ps[0]) && (v != cityOf(v) || anyGazetteerName(v)) || d.namedLeadAt(i)) && isAllCaps(cityOf(v)) && wordCount(ps[i]) >= 15 {
				return v, true
			}
		}
		return "", false
	}},
	// The place a printed byline says the author files from: "Von Jana
	// Müller aus Brüssel", "Por Ana López desde Madrid" (the lexicon's
	// byline_place_words; English "in" and Portuguese "em" are not among
	// them: "Posted by admin in Uncategorized", "Por Redação, em Política"
	// name a category; "em" is a byline_known_place_words, before a place
	// the gazetteer knows: "Do Jornal, em São Paulo", right on one more
	// tune page). Right on one tune page of the
	// caption/dateline annotation; general because it reads only the
	// byline's own words, in the languages whose bylines write it so.
	{"byline-place", func(d *doc) (string, bool) {
		raw := d.authorRaw()
		for i, src := range authorSources {
			if src.trusted || src.orgs || src.name == "visible-byline" {
				continue
			}
			for _, t := range raw[i] {
				if v := d.w.bylinePlace(t); v != "" {
					return v, true
				}
			}
		}
		return "", false
	}},
	{"filing-line", (*doc).filingLine}, // datelinelabels.go
	// The place a wire's byline names after the agency ("Reuters,
	// Washington, Nov 20 2019"), the form Indian and other papers print
	// wire copy under; the author rules drop it as no name. Right on one
	// tune page of the fields annotation; general because it takes only
	// a wire of the lexicon followed by one capitalised word (or by a
	// place of the gazetteer with only a space between, the agency's and
	// the place's spans side by side: wireGluedPlace), the same reading
	// that keeps the place out of the authors.
	{"wire-byline-place", (*doc).wireBylinePlace},
	{"signature-place", (*doc).signaturePlace}, // datelinesign.go
}

// longLines counts the paragraphs of ps over n bytes.
func longLines(ps []string, n int) int {
	k := 0
	for _, p := range ps {
		if len(p) > n {
			k++
		}
	}
	return k
}

// wireBracket reports whether a lexicon wire's name stands in brackets in
// the first words of par ("Berlin/Frankfurt (dpa) -").
func wireBracket(par string) bool {
	head := par[:min(len(par), 60)]
	o := strings.IndexByte(head, '(')
	c := strings.IndexByte(head, ')')
	return o > 0 && c > o && wireName(head[o+1:c])
}

// standfirst reports whether par reads as a standfirst set above the
// story: a few short sentences (at most 40 words, ending on a full stop,
// a question or an exclamation mark). A place in capitals opening
// the paragraph after it is the dateline, as it would be in the first
// ("BERLIN - ...").
func standfirst(par string) bool {
	t := strings.TrimRight(strings.TrimSpace(par), ".!?")
	return t != "" && wordCount(par) <= 40 && len(t) < len(strings.TrimSpace(par))
}

// resolveDateline returns the dateline, or "".
func (d *doc) resolveDateline() string {
	v, _ := resolve(d, "dateline", datelineRules, showString)
	return d.withoutSiteAfterPlace(v)
}

// withoutSiteAfterPlace drops the site's own name written after the
// place's comma ("BANDUNG, Warta Priangan - …"), as Indonesian and other
// regional portals open their stories with the place and the outlet: the
// name the page gives itself (og:site_name and the like, or the <title>'s
// last part after the headline: titleTail) is no region.
// The name must be the site's whole (not isSite's prefix match): a state
// after its town is no outlet on the paper named for the state
// ("BOISE, Idaho" on the Idaho Statesman).
func (d *doc) withoutSiteAfterPlace(v string) string {
	if i := strings.LastIndex(v, ", "); i > 0 && (d.siteName != "" && normLoose(v[i+2:]) == normLoose(d.siteName) || d.titleTail(v[i+2:])) {
		return v[:i]
	}
	return v
}

// wireDateline returns the dateline that opens a wire-service paragraph:
// "WASHINGTON (AP) — ...", "LONDON, July 3 (Reuters) - ...", "PARIS — ...",
// "PORTLAND, Ore. (AP) —", "KANSAS CITY, MO —", "ISLAMABAD, Pakistan,
// Nov. 19 (UPI) --". The place is the city with the state or country
// written after it; the date and the agency go. A city in capitals is a
// dateline by its form; one in title case ("Beijing", "New York") only
// with a wire's evidence beside it: an agency in brackets, a date after
// the comma, or a state abbreviated in capitals ("New York, NY –"),
// since a paragraph may well open with a capitalised word and a dash.
func wireDateline(par string) string {
	v, _, _ := datelineIn(par, "")
	return v
}

// openingDateline is datelineIn past the Quebec form: the dateline
// opening par on a page in language lang,
// whether a wire's evidence stands beside the place (an agency, a date, a
// state in capitals, an outlet's web address) rather than only its form,
// and whether the dateline was cut at a colon rather than a dash or a
// wire's bracket. lang admits the forms of that language's press: German
// local papers close the place with a full stop ("CALDEN. In Sorge um …").
func openingDateline(par, lang string) (place string, evidence, atColon bool) {
	par, opened := withoutFilingOpener(par)                       // "DAL NOSTRO INVIATO KIEV — …"
	par, leadWire := withoutLeadingWire(withoutLeadingLabel(par)) // "(ANSA) - ROMA, 5 MAR - …"
	head := truncRunes(par, 90)
	cut, atColon := datelineCut(head, par, lang)
	if cut < 0 {
		return "", false, false
	}
	h := strings.TrimSpace(head[:cut])
	agency := false // a wire's name in brackets: "(Reuters)", "(AP)", "(CNN Business)"
	bracket := ""   // what else a bracket after the place holds: "(Russland)"
	if i := strings.Index(h, "("); i > 0 {
		if strings.HasSuffix(h, ")") {
			bracket = h[i+1 : len(h)-1]
			agency = wireName(bracket) || datedAgency(h[:i], bracket)
		}
		h = strings.TrimSpace(h[:i])
		if agency {
			h = withoutWireDay(h) // "MADRID, 5 (EUROPA PRESS)", "MOSCOW. March 5 (Interfax)"
		}
	} else if t, ok := trailingWire(h); ok || t != h {
		h, agency = t, ok // "Москва. 5 декабря. INTERFAX.RU", "АСТАНА. KAZINFORM", "KAAPSTAD."
	}
	place, city, evidence, ok := datelinePlace(h)
	if !ok {
		return "", false, false
	}
	// A wire's bracket before the text is evidence for a place the
	// gazetteer knows: "(Reuters) - Tesla Motors - the carmaker - said"
	// opens with the subject, set off by dashes as a place would be.
	evidence = evidence || agency || opened || leadWire && anyGazetteerName(city) || stateAfter(place, city, par[cut:])
	// ("RIO DE JANEIRO": a month's name in a place the gazetteer knows)
	if hasDateWord(city) && !gazetteerPlace(city) || labelWords(city) || !evidence && outletNamed(city) {
		// "Mittwoch, 26.01.2022 - 14:30", "Last Friday, Oct. 2 —" are
		// dates, "UPDATE: ...", "ANALYSIS — ..." labels: no place.
		return "", false, false
	}
	// "SHOW-MY - Jane Doe (The Star) - November 27, 2020 - 12:00am": a
	// column's meta line of dashed fields with a date, no story's opening
	if !evidence && wordCount(par) < 20 && strings.Count(par, " - ") >= 2 && hasDateWord(par) {
		return "", false, false
	}
	// Arabic and other scripts without capitals: a place before a wire's
	// bracket ("القاهرة (رويترز) -")
	if isAllCaps(city) && (evidence || !capsLabel(city, atColon, place == city)) || (titleCasePlace(city) || gazetteerPlace(city) || abbreviatedPlace(city)) && evidence || agency && (caselessPlace(city) || particlePlace(city)) {
		return place, evidence, atColon
	}
	// "Lüdenscheid/Südwestfalen. Die …", "Rostow (Russland) - Bei …": a
	// place in title case with no wire's evidence beside it, known to the
	// gazetteer, before a sentence of some length; a region or country in
	// brackets stays with it. Before a word in lower case ("Jerusalem — a
	// city of stone") it is the sentence's subject. A colon closes it too
	// ("New Delhi: The …", "Dubai: …", "Bernau (Barnim): Ein …"), as
	// Indian, Gulf and German regional papers write it: right on one tune
	// page; general because only a gazetteer place before a capitalised
	// sentence counts, and a speaker or kicker before a colon is rarely
	// one.
	//
	// A place alone before a dash or a colon ("Karlsruhe – Der …") may be
	// a kicker that happens to be a town's name too ("Corona –", "Union
	// –"): there the name must not be one of the lexicon's words (job,
	// desk and organisation words, labels, months) or a first name
	// ("Victoria").
	// On the development pages the bare form found three check-half
	// datelines and nothing false; a region in brackets, a slash or a
	// German full stop are the safer forms.
	region := bracket != "" && !agency && regionBracket(bracket)
	bare := !region && par[cut] != '.' && !strings.Contains(city, "/")
	if knownPlace(city) && !((bare || atColon) && vocab().ambiguousPlace(city)) && wordCount(par) >= 12 &&
		firstUpper(strings.TrimLeft(par[cut:], " .:·-–—―\"“„«‘‚")) {
		if region {
			place += " (" + bracket + ")"
		}
		return place, false, false
	}
	return "", false, false
}

// knownPlace reports whether a dateline's city in title case, or its
// first part before a slash, comma or bracket ("Lüdenscheid/Südwestfalen",
// "Karlsruhe, (12.11.2021)"), is a city or country of the gazetteer
// (lexicon.IsPlace).
func knownPlace(city string) bool {
	if i := strings.IndexAny(city, "/,("); i > 0 {
		city = city[:i]
	}
	city = strings.TrimSpace(city)
	return titleCasePlace(city) && lexicon.IsPlace(city)
}

// datelineCut returns where the dateline opening par (head is its first
// 90 bytes) ends: at the first dash or colon, at a wire's bracket, at the
// full stop after a place in capitals, or at a wire between slashes; -1
// when there is none.
func datelineCut(head, par, lang string) (cut int, atColon bool) {
	cut = -1
	// (" · ": "Beuel · Seit …", as German regional papers set it off)
	for _, sep := range []string{" — ", " – ", " ― ", " - ", " -- ", "—", " –", ": ", " · "} {
		if i := strings.Index(head, sep); i > 0 && (cut < 0 || i < cut) {
			cut, atColon = i, sep == ": "
		}
	}
	if i := wireDashesCut(head); i > 0 && (cut < 0 || i < cut) {
		cut, atColon = i, false
	}
	if i := pointDashCut(head); i > 0 && (cut < 0 || i <= cut) {
		cut, atColon = i, false
	}
	// "CALDEN. In Sorge um …", "Lüdenscheid. Die …": German local papers
	// end the place with a full stop, as Italian ones do ("TRENTO. La …";
	// no development page: there a gazetteer place only, as acronyms and
	// kickers take the form, "ISTAT. I …", "L'INTERVISTA. Il …"). Only a
	// place in capitals of one or two words, or one the gazetteer knows
	// in title case, before a sentence of some length (a sentence in
	// capitals is no place; "Karlsruhe, (12.11.2021). …" keeps its date).
	if i := strings.Index(head, ". "); (lang == "de" || lang == "it") && i >= 3 && (cut < 0 || i < cut) && firstUpper(head[i+2:]) && wordCount(par) >= 15 {
		h := head[:i]
		// ("Hamburg, 5. Dezember 2023 –": an ordinal point, no place's stop)
		if startsDigit(h[len(h)-1:]) {
			h = ""
		}
		if isAllCaps(h) && i >= 4 && wordCount(h) <= 2 && !strings.ContainsAny(h, "0123456789,") && (lang != "it" || anyGazetteerName(h)) || knownPlace(h) {
			cut, atColon = i, false
		}
	}
	// "New Delhi, Nov 19 (PTI) The ...", "Washington (CNN)The ...": a
	// wire's bracket ends the dateline without a dash, even glued to the
	// first word (CNN prints the dateline in a <cite> of its own), and
	// before any dash later in the sentence, or closed by ".-" as EFE
	// closes it ("MADRID, 5 mar (EFE).- El ..."). Right on one annotated
	// page of each half; general because only a lexicon wire's bracket
	// counts.
	// A national wire's name that is also a given name or a word ("Mia",
	// "Ana", "Nan", "Uni", "Spa") only in capitals here, as those wires
	// print it: "Florence (Mia) Jones, 34, said" brackets a nickname.
	if i := strings.Index(head, ")"); i > 0 && (cut < 0 || i < cut) {
		if o := strings.LastIndex(head[:i], "("); o > 0 && bracketWire(head[o+1:i]) && opensSentence(strings.TrimLeft(head[i+1:], " .-–—"), head[:o]) {
			cut, atColon = i+1, false
		}
	}
	// "MOSCOW, November 19. /TASS/. ...": the wire between slashes.
	// Decides no development page; general because it is the wire's own
	// published form, and only a lexicon wire counts.
	if i := strings.Index(head, " /"); cut < 0 && i > 0 {
		if j := strings.Index(head[i+2:], "/"); j > 0 && wireName(head[i+2:i+2+j]) {
			cut = i
		}
	}
	return cut, atColon
}

// ambiguousPlace reports whether a place's name is also one of the
// lexicon's words or a first name: "Union", "Police", "Victoria".
func (w *words) ambiguousPlace(name string) bool {
	l := strings.ToLower(name)
	return w.role[l] || w.desk[l] || w.org[l] || w.ui[l] || w.labelNouns[l] || w.isMonthOrWeekday(l) ||
		headlineLabels()[l] || w.update[l] || w.published[l] || firstNames()[l]
}

// datelinePlace reads the place of a dateline cut from its paragraph and
// its agency bracket ("PORTLAND, Ore.", "LONDON, March 3", "JAKARTA,
// KOMPAS.com"): the city with the state or country written after it, and
// whether a wire's evidence stands beside it (a date, a state in
// capitals, an outlet's web address). ok is false when h is no place.
func datelinePlace(h string) (place, city string, evidence, ok bool) {
	// (the Arabic comma: "دبي، 5 ديسمبر (رويترز) -")
	parts := strings.Split(strings.ReplaceAll(h, "،", ","), ",")
	// "TRIBUNNEWS.COM, JAKARTA -", "JAKARTA, KOMPAS.com -": the outlet's
	// web address beside the place, as a wire's name would be; an
	// address is no place.
	outlet := false
	if len(parts) > 1 && webAddress(strings.TrimSpace(parts[0])) {
		parts, outlet = parts[1:], true
	}
	city = strings.TrimSpace(parts[0])
	if webAddress(city) {
		return "", "", false, false
	}
	place = city
	city = withoutSquareRegion(city) // "New Delhi [India]"
	dated, capsRegion, wired := false, false, false
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		// "Jakarta, CNN Indonesia --": a wire's or a broadcaster's name
		// after a place the gazetteer knows or one in capitals ends it
		if webAddress(p) || wireName(p) && (isAllCaps(city) || anyGazetteerName(city)) {
			outlet, wired = true, !webAddress(p)
			break
		}
		if datePart(p) {
			dated = true // "July 3", "Nov. 19", "14. Dezember 2021": the date ends the place
			break
		}
		if strings.ContainsAny(p, "0123456789") {
			return "", "", false, false // "John Smith, 45, said": an age, no date
		}
		if !isAllCaps(p) && !isRegionAbbrev(p) {
			return "", "", false, false
		}
		// "OR", "N.H." after any city, "Ore." after a city in capitals
		// ("PORTLAND, Ore. -"): a state the way wire style abbreviates it
		capsRegion = capsRegion || isAllCaps(p) && utf8.RuneCountInString(strings.ReplaceAll(p, ".", "")) <= 3 ||
			isAllCaps(city) && strings.HasSuffix(p, ".") && len(p) <= 6
		place += ", " + p
	}
	if utf8.RuneCountInString(place) > 40 {
		return "", "", false, false
	}
	// an outlet's address is a wire's evidence beside a city in capitals
	// only: "Meanwhile, Amazon.com – the retailer …" names no place
	return place, city, dated || capsRegion || wired || outlet && isAllCaps(city), true
}

// webAddress reports whether s is a web address written as a name
// ("KOMPAS.com", "TRIBUNNEWS.COM", "www.example.de"): one word, a point,
// and two to six letters after the last point.
func webAddress(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t") {
		return false
	}
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || len(s)-i-1 < 2 || len(s)-i-1 > 6 {
		return false
	}
	for _, r := range s[i+1:] {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// datePart reports whether a comma-separated part of a dateline is its
// date: a month's name in it ("July 3", "14. Dezember 2021") or digits
// joined by points, slashes or hyphens ("26.01.2022", "2024-03-05").
func datePart(p string) bool {
	for _, w := range strings.Fields(p) {
		if monthLike(strings.Trim(w, ".,")) {
			return true
		}
		if strings.ContainsAny(w, "0123456789") && strings.ContainsAny(strings.Trim(w, "."), "./-") {
			return true
		}
	}
	return false
}

// hasDateWord reports a weekday or month name among the words of s ("Last
// Friday", "On Tuesday"): a time, no place. A word of three letters or
// fewer counts only as an abbreviation, with its point or a day number
// after it ("Oct. 2"): bare, it is more often part of a place ("DES
// MOINES", "MAR DEL PLATA", "SUN VALLEY") than some language's month.
func hasDateWord(s string) bool {
	f := strings.Fields(s)
	for i, w := range f {
		t := strings.Trim(w, ",.")
		if utf8.RuneCountInString(t) <= 3 && !strings.HasSuffix(w, ".") && (i+1 == len(f) || !startsDigit(f[i+1])) {
			continue
		}
		if startsDateWord(t) {
			return true
		}
	}
	return false
}

// startsDigit reports whether s starts with an ASCII digit.
func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// wireName reports whether s names a wire service, or one of its desks
// ("Reuters", "CNN Business", "Reuters Health", "dpa-AFX", "awp/sda"):
// one of the lexicon's wires or dateline wires (national agencies whose
// names are also common words or acronyms, "Mena", "TT", "UNI", read
// only here).
func wireName(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	w := vocab()
	if w.wires[l] || w.datelineWires[l] {
		return true
	}
	if i := strings.IndexAny(l, " -/"); i > 0 && w.wires[l[:i]] {
		return true
	}
	// (a dateline wire's first word only before a slash: "(Ana Souza)"
	// names a person, "(Mia Berg)" too)
	first, _, ok := strings.Cut(l, "/")
	return ok && w.datelineWires[first]
}

// bracketWire reports whether s, a bracket's text, names a wire: one of
// the lexicon's wires, or a dateline wire written without lower case
// ("(MIA)", "(UNI)", "(भाषा)"; not the nickname "(Mia)").
func bracketWire(s string) bool {
	return wireName(s) && (!strings.ContainsFunc(s, unicode.IsLower) || !vocab().datelineWires[strings.ToLower(strings.TrimSpace(s))])
}

// titleCasePlace reports whether s could be a place written in title
// case: one to three words, each capitalised, no digits ("Hong Kong";
// "Rio de Janeiro" is not covered).
func titleCasePlace(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 || strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range f {
		if !firstUpper(w) {
			return false
		}
	}
	return true
}

// isRegionAbbrev reports whether s is a state, region or country written
// after a city in a dateline: one to three capitalised words, abbreviated
// or not ("Ore.", "N.J.", "Maine", "North Dakota") — no digits and no
// month or weekday name, so a date is not one.
func isRegionAbbrev(s string) bool {
	return titleCasePlace(s) && !startsDateWord(s)
}

// startsDateWord reports whether s starts with a month or weekday name.
func startsDateWord(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	first := strings.TrimSuffix(f[0], ".")
	if monthLike(first) {
		return true
	}
	_, day := vocab().weekdays[strings.ToLower(first)]
	return day
}

// monthLike reports whether a capitalised word is a month name or
// abbreviation, which a dateline's date starts with.
func monthLike(w string) bool {
	return vocab().months[strings.ToLower(strings.TrimSuffix(w, "."))] != 0
}

var (
	firstNamesOnce sync.Once
	firstNameSet   map[string]bool
)

// firstNames returns the lower-cased first names of every language file
// (the quote layer's male_names and female_names).
func firstNames() map[string]bool {
	firstNamesOnce.Do(func() {
		firstNameSet = map[string]bool{}
		for _, l := range lexicon.Languages() {
			var f struct {
				Male   []string `json:"male_names"`
				Female []string `json:"female_names"`
			}
			if json.Unmarshal(lexicon.Raw(l), &f) != nil {
				continue
			}
			for _, n := range append(f.Male, f.Female...) {
				firstNameSet[strings.ToLower(n)] = true
			}
		}
	})
	return firstNameSet
}

// captionNamed reports whether a block's element is classed a caption
// only ("bildunterschrift", "onderschrift").
func (d *doc) captionNamed(n *html.Node) bool {
	return d.captionClassed(d.tokensOf(n))
}
