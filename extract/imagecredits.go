package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads a picture's credit out of its caption's text: a credit
// label ("Photo:", "Foto:", "©"), a wire or photo agency, a photographer
// and an outlet with a slash between them, a credit in brackets at the
// caption's end.

// isCreditLabel reports whether s is a credit label alone ("Credit...",
// "Photo:", "Image copyright").
func (d *doc) isCreditLabel(s string) bool {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(s), ".:…"))
	if l == "" {
		return false
	}
	for _, x := range d.w.creditLabels {
		if strings.Trim(strings.TrimSpace(x), ".:…") == l {
			return true
		}
	}
	return false
}

// openingCreditLabels returns the credit labels of the lexicon that lower
// (lower-cased text) opens with: "photo", "photo:" and "photo by " may
// all open one text. Every "starts with a credit label" test reads them.
func (w *words) openingCreditLabels(lower string) []string {
	var out []string
	for _, l := range w.creditLabels {
		if strings.HasPrefix(lower, l) {
			out = append(out, l)
		}
	}
	return out
}

// wholeCredit reports whether a short caption says only where the picture
// comes from ("Image via Getty Images", "Photo: Jane Doe", "Getty
// Images", "REUTERS/Jane Doe"): it starts with a credit label, or it is a
// few capitalised words naming a picture agency or wire.
func (d *doc) wholeCredit(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	lower := strings.ToLower(s)
	// Chinese, Japanese and Thai write no spaces between words: a whole
	// caption is one "word", so their length is counted in characters.
	// In Thai a space ends a phrase: a label it parts from the rest
	// ("ขอบคุณภาพจาก สำนักข่าวไทย อสมท") opens a credit of any length, one
	// glued to it a sentence ("ภาพจากกล้องวงจรปิดแสดง…", a picture from a
	// camera shows…).
	if (hasCJK(s) || unspacedScript(s) && !labelApart(lower, d.w.openingCreditLabels(lower))) && utf8.RuneCountInString(s) > 20 {
		return false
	}
	if slices.ContainsFunc(d.w.openingCreditLabels(lower), func(l string) bool { return len(lower) > len(l) }) {
		return true
	}
	if d.agencySlashCredit(s) {
		return true
	}
	if len(words) > 4 || !d.w.wires[lower] && !containsWordOf(lower, d.w.creditWords) && !d.listsWire(lower) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// labelApart reports whether one of labels, which lower opens with,
// ends with a colon or a space or stands before one.
func labelApart(lower string, labels []string) bool {
	return slices.ContainsFunc(labels, func(l string) bool {
		return strings.HasSuffix(l, ":") || strings.HasSuffix(l, " ") || strings.HasPrefix(lower[len(l):], " ")
	})
}

// listsWire reports a list of sources one of which is a wire ("itv,
// associated press"). Right on one annotated tune page; general because
// only a wire of the lexicon makes the list a credit.
func (d *doc) listsWire(lower string) bool {
	for _, part := range strings.FieldsFunc(lower, func(r rune) bool { return r == ',' || r == ';' }) {
		if d.w.wires[strings.TrimSpace(part)] {
			return true
		}
	}
	return false
}

// splitCredit splits a displayed caption into caption and credit: a
// trailing "(AP Photo/Evan Vucci, File)", "Photo: X", "Credit: X", "© X"
// or "Foto: X".
func (d *doc) splitCredit(s string) (caption, credit string) {
	s = strings.TrimSpace(s)
	if caption, credit := d.creditOpeningWire(s); credit != "" {
		return caption, credit
	}
	// "(AP Photo/Evan Vucci)", and "[Jane Doe/Reuters]" as some sites
	// bracket it, or in full-width brackets after Chinese and Japanese
	// text ("…。（取自港務局臉書）"). Right on one annotated tune page;
	// general because full-width brackets are how those languages
	// bracket anything, and the inner text must still read as a credit.
	for _, br := range [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}} {
		if strings.HasSuffix(s, br[1]) {
			if i := strings.LastIndex(s, br[0]); i > 0 {
				if inner := s[i+len(br[0]) : len(s)-len(br[1])]; !captionNote(inner) && !d.asideInBrackets(inner) && !d.labelledBefore(s[:i]) && (d.looksLikeCredit(inner) || nameSlashCredit(inner) || d.spacedSlashCredit(inner) || sourceAfterSentence(s[:i], inner)) {
					return strings.TrimSpace(s[:i]), strings.TrimSpace(inner)
				}
			}
		}
	}
	at := d.creditLabelAt(s)
	if at > 0 && !labelInNote(s, at) {
		if c := licenceFree(strings.TrimSpace(s[at:])); textUnder(c, 120) && !d.proseCredit(c) {
			caption := strings.TrimSpace(s[:at])
			// "… (Bildquelle: X)", "…。（写真：共同）", "… [사진=연합뉴스]":
			// the bracket opened before the label is the credit's
			for _, br := range [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}} {
				if strings.HasSuffix(caption, br[0]) && strings.HasSuffix(c, br[1]) && strings.Count(c, br[1]) > strings.Count(c, br[0]) {
					caption, c = strings.TrimSuffix(caption, br[0]), strings.TrimSuffix(c, br[1])
				}
			}
			caption = strings.TrimRight(caption, " |-–—/")
			if strings.IndexFunc(caption, unicode.IsLetter) < 0 {
				caption = "" // ". Imagen: Télam": no caption before the credit
			}
			return caption, c
		}
	}
	if caption, credit := d.creditAfterBar(s); credit != "" {
		return caption, credit
	}
	// "... the harbour at dawn / Photo Harbour Trust": a short credit
	// after a spaced slash, with a credit word in it. Right on one
	// development page (two captions); general because the tail must
	// hold a credit word of the lexicon and stand alone after the slash.
	if i := strings.LastIndex(s, " / "); i > 0 {
		head := s[:i]
		if j := strings.LastIndex(head, ". "); j >= 0 {
			head = head[j+2:]
		}
		// not one part of "Jane Doe / The Post / Getty Images"
		if tail := strings.TrimSpace(s[i+3:]); len(strings.Fields(tail)) <= 6 && d.looksLikeCredit(tail) && wordCount(head) >= 3 && !strings.Contains(head, "/") && !nameSlashCredit(strings.TrimSpace(head)+"/"+tail) {
			return strings.TrimSpace(s[:i]), tail
		}
		// "… con la cubierta original. / Germán Caballero": a sentence, a
		// spaced slash and a person's name, as Spanish papers credit their
		// photographers (barName: no place's name after the slash).
		if tail := strings.TrimSpace(s[i+3:]); sentenceEnd(s[:i]) && wordCount(head) >= 3 && d.barName(tail) {
			return strings.TrimSpace(s[:i]), tail
		}
	}
	return d.creditAfterSentence(s)
}

// creditAfterSentence splits off a credit that follows a caption's last
// sentence without a label or brackets (see splitCredit); else it
// returns s and "".
func (d *doc) creditAfterSentence(s string) (caption, credit string) {
	// "… die Personalsituation. Bild Paul Muster": a picture word
	// without a colon and a name of two or three capitalised words (or
	// an agency's name: "Beeld ANP", as Dutch papers credit) ending the
	// caption after its last sentence, as Swiss papers credit. Right on
	// one annotated tune page; kept narrow ("Bild"/"Foto"/"Beeld", a
	// full stop before, nothing after the name) because a bare "Bild"
	// label elsewhere read "Bild via" and archive numbers as credits.
	if m := bareCreditREs().credit.FindStringSubmatchIndex(s); m != nil {
		if m[6] >= 0 || d.agencyName(s[m[4]:]) {
			return s[:m[0]+1], s[m[2]:]
		}
	}
	// "… alleen doen. Beeld Hollandse Hoogte / Bart van der Kooij": the
	// same picture word before an agency's and a photographer's credit
	// joined by a slash, each part capitalised (a name's particles in
	// lower case inside it). Decides no development page; general
	// because the bare picture word and the slash together are the
	// credit's form, and no part may hold a full stop or a digit.
	if m := bareCreditREs().slash.FindStringSubmatchIndex(s); m != nil && wordCount(s[m[2]:]) <= 9 {
		return s[:m[0]+1], s[m[2]:]
	}
	// "… 5. marca 2024. FOTO TASR - Martin Baumann": the picture word
	// in capitals, the wire and, after a dash, the photographer, as the
	// Slovak agency closes every caption it sends. Decides no
	// development page; general because it is the wire's fixed form and
	// the wire must be the lexicon's.
	if m := wireDashCreditRE.FindStringSubmatchIndex(s); m != nil && bracketWire(s[m[2]:m[3]]) {
		return s[:m[0]+1], s[m[2]:]
	}
	// "... in Berlin. REUTERS/Fabrizio Bensch", "... at dawn. Jane
	// Doe/The Washington Post": an agency's or a photographer's and an
	// outlet's credit after the last sentence.
	if i := strings.LastIndex(s, ". "); i > 0 {
		if tail := strings.TrimSpace(s[i+1:]); d.agencySlashCredit(tail) || nameSlashCredit(tail) || d.crewSlashCredit(tail) || d.dashAgencyCredit(tail) || d.kindOfPicture(tail) || d.tailCredit(tail) {
			return s[:i+1], tail
		}
	}
	// "… on Monday. AFP", "… in Kyiv. Getty Images": a wire's or a
	// picture agency's name alone after the caption's last sentence.
	if i := strings.LastIndex(s, ". "); i > 0 {
		if tail := strings.TrimSpace(s[i+1:]); d.agencyName(tail) {
			return s[:i+1], tail
		}
	}
	// "… in Atlanta, Georgia. Jane Q. Doe / The Washington Post /
	// Getty Images": the first sentence end after which the rest is such
	// a chain (a photographer's initial has a full stop too).
	for i := range fullStops(s) {
		if i == 0 {
			break // a text opening on ". " is read no further, as before
		}
		if tail := strings.TrimSpace(s[i+1:]); d.agencyChain(tail) {
			return s[:i+1], tail
		}
	}
	// "…（无人机照片）。新华社记者 张明 摄": a photographer's credit closed
	// by the language's "taken by" after the caption's last full-width
	// full stop, as Xinhua and Chinese papers print it outside brackets
	// (creditSuffixed holds it to a name's length).
	if i := strings.LastIndex(s, "。"); i > 0 {
		if tail := strings.TrimSpace(s[i+len("。"):]); d.creditSuffixed(tail) {
			return s[:i+len("。")], tail
		}
	}
	return d.creditAfterEquals(s)
}

// licenceFree returns a labelled credit without the licence terms a
// press picture's credit runs on into ("© Broadcaster/Jane Doe,
// royalty-free - use only in connection with …"): when the credit is too
// long for one, the part before its first comma, if that is a slash
// credit after its label. Right on one annotated tune page; general
// because agencies and broadcasters append such terms to every press
// picture's credit, and only a slash credit before the comma is taken.
func licenceFree(c string) string {
	if textUnder(c, 120) {
		return c
	}
	j := strings.Index(c, ", ")
	if j <= 0 {
		return c
	}
	head, inner := c[:j], c[:j]
	if i := strings.LastIndexAny(head, ":©"); i >= 0 {
		_, size := utf8.DecodeRuneInString(head[i:])
		inner = head[i+size:]
	}
	if nameSlashCredit(strings.TrimSpace(inner)) {
		return head
	}
	return c
}

// wireDashCreditRE is a caption's last sentence followed by "FOTO", a
// wire's name in capitals, a dash and a name of two or three
// capitalised words: group 1 is the wire.
var wireDashCreditRE = regexp.MustCompile(`\. FOTO (\p{Lu}{2,6}) [-–—] \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$`)

// creditLabelAt returns the byte offset where a caption's credit label
// starts, or -1. The credit starts at the first credit label of the
// text's last sentence: "Photo credit: X" is cut before "Photo", not
// before "credit:"; "Photo: Jane Doe, courtesy of Harbour Trust" before
// "Photo:"; labels in a row are one ("© Foto: Skoda"). lowerSameWidth
// keeps byte offsets ("İ" lowers to a shorter "i" in strings.ToLower).
func (d *doc) creditLabelAt(s string) int {
	lower := lowerSameWidth(s)
	var starts []int
	latest := -1
	for _, mark := range d.w.creditLabels {
		if i := labelAt(lower, mark); i > 0 {
			starts = append(starts, i)
			latest = max(latest, i)
		}
	}
	if latest <= 0 {
		return -1
	}
	sentence, at := 0, -1
	if j := strings.LastIndex(lower[:latest], ". "); j >= 0 {
		sentence = j + 2
	}
	for _, i := range starts {
		if i >= sentence && (at < 0 || i < at) {
			at = i
		}
	}
	for moved := at > 0; moved; {
		moved = false
		t := strings.TrimRight(lower[:at], " ")
		for _, mark := range d.w.creditLabels {
			if m := strings.TrimRight(mark, " "); len(t) > len(m) && strings.HasSuffix(t, m) {
				at, moved = len(t)-len(m), true
				break
			}
		}
	}
	return at
}

// labelAt returns the offset of the last place in lower where the credit
// label mark stands as a label, or -1: at a word's start ("quelle:" not
// in "Datenquelle:", "圖／" not in "地圖／"), and a label written as words
// ("photo by ", "foto von ") only after a sentence's end or a separator
// ("… at dawn. Photo by Jane Doe", not "Visitors look at photographs by
// Dorothea Lange").
func labelAt(lower, mark string) int {
	if !strings.Contains(lower, mark) { // a forward search is much the faster, and most marks are absent
		return -1
	}
	first, _ := utf8.DecodeRuneInString(mark)
	for end := len(lower); end > 0; {
		i := strings.LastIndex(lower[:end], mark)
		if i < 0 {
			return -1
		}
		end = i
		prev, _ := utf8.DecodeLastRuneInString(lower[:i])
		switch {
		case i == 0:
			return 0
		case unicode.IsLetter(first) && !hasCJK(string(first)) && unicode.IsLetter(prev):
			continue // inside a word
		case hasCJK(string(first)) && !unicode.IsSpace(prev) && !strings.ContainsRune("。，、）)」》|/（([【", prev):
			continue // inside a CJK phrase
		case strings.HasSuffix(mark, " ") && !strings.ContainsAny(lastRune(strings.TrimRight(lower[:i], " ")), ".,|/(–—-:;!?।"):
			continue // "photographs by" in the middle of a sentence ("।" ends a Hindi one)
		}
		return i
	}
	return -1
}

// lastRune returns the last rune of s as a string, or "".
func lastRune(s string) string {
	r, size := utf8.DecodeLastRuneInString(s)
	if size == 0 {
		return ""
	}
	return string(r)
}

// dashAgencyCredit reports a photographer's name and a picture agency
// or wire joined by a dash instead of a slash ("Jane Doe—Getty Images",
// "Jane Doe – AFP"), as magazines print the credit, or by "via" ("Jane
// Doe via Getty Images", a freelancer's picture the agency sells): one
// to four capitalised words, the joiner, the agency's name. Decides no
// development page; general because the agency must be the lexicon's.
func (d *doc) dashAgencyCredit(s string) bool {
	for _, dash := range []string{"—", " – ", " — ", " - "} {
		name, agency, ok := strings.Cut(s, dash)
		if !ok || !d.agencyName(agency) {
			continue
		}
		return d.w.properWords(name, 4)
	}
	name, agency, ok := d.cutVia(s)
	return ok && d.agencyName(agency) && d.w.properWords(name, 4)
}

// kindOfPicture reports a credit that says how the picture came rather
// than whose it is ("Submitted photo", "Contributed photo", "Courtesy
// photo", "Family handout"), as local papers credit readers' and
// families' pictures: two or three words, the first capitalised, the
// last a credit word of the lexicon, no note on the picture ("Top
// photo"). Decides no development page; kept as the form local papers
// print, but it is the loosest credit rule here: two capitalised words
// ending on "handout" or "image" ("Food handout", "Top Image") after a
// sentence read as a credit.
func (d *doc) kindOfPicture(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 3 || !firstUpper(f[0]) || captionNote(s) || strings.ContainsAny(s, "0123456789") {
		return false
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], "."))
	return slices.Contains(d.w.creditWords, last) && !d.w.boilerLines[strings.ToLower(s)]
}

// agencyName reports whether s is only a wire's name (the lexicon's) or
// a picture agency's: "AFP", "dpa", "Getty Images", "EPA-EFE"; a
// national agency of the dateline wires in capitals ("— WAM", "— MTI"),
// as bracketWire reads them, the way the Gulf and other papers credit a
// picture the agency sent.
func (d *doc) agencyName(s string) bool {
	l := strings.ToLower(strings.Trim(s, " .()"))
	return d.w.wires[l] || slices.Contains(pictureAgencies, l) || d.w.datelineWires[l] && bracketWire(strings.Trim(s, " .()"))
}

// pictureAgencies are the picture agencies and the wires' picture
// services whose names end or open a credit line, lower case: one brand
// in every language, so not the lexicon's.
var pictureAgencies = []string{"getty images", "getty", "shutterstock", "afp", "reuters", "ap photo", "epa", "epa-efe",
	"dpa", "picture alliance", "picture-alliance", "imago", "imago images", "istock", "alamy", "keystone",
	"afp via getty images", "nurphoto", "sopa images", "zuma press"}

// agencyChain reports a credit of a photographer, an outlet and an
// agency joined by spaced slashes ("Jane Q. Doe / The Washington Post
// / Getty Images"): two to four parts of one to five capitalised words,
// the first or the last a wire or picture agency. Found on a tune page;
// general because it is the wires' and agencies' own credit line, and
// the agency at one end is the lexicon's.
func (d *doc) agencyChain(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if !d.w.properWords(p, 5) {
			return false
		}
	}
	agency := func(p string) bool {
		l := strings.ToLower(strings.TrimSpace(p))
		return d.w.wires[l] || containsWordOf(l, d.w.creditWords)
	}
	return agency(parts[0]) || agency(parts[len(parts)-1])
}

// altBeforeCredit splits a credit that read as "Agency/Photographer"
// ("The Constitutional Court / Shutterstock") when its part before the
// slash is the picture's alt text: that part describes the picture, so
// it is the caption, and the rest is the credit. Else it returns "" and
// credit. Right on one annotated tune page; general because editors give
// a picture its caption as alt text whatever the site (see repeatsAlt),
// and a photographer's or outlet's name is not a picture's description.
func altBeforeCredit(alt, credit string) (caption, rest string) {
	alt = squash(alt)
	i := strings.Index(credit, "/")
	if alt == "" || i <= 0 || !strings.EqualFold(squash(credit[:i]), alt) {
		return "", credit
	}
	if rest = strings.TrimSpace(credit[i+1:]); rest == "" {
		return "", credit
	}
	return strings.TrimSpace(credit[:i]), rest
}

// creditValue is a credit without the label it is printed with: "Photo:
// Jane Doe", "Image via Getty Images", "© Harbour Trust", "(c) 2024
// Harbour Trust" and "圖／中央社" give the source alone, as the credit
// field promises (labels in a row too: "Foto: © Jane Doe"). "Courtesy of"
// stays: it says how the picture came, not that it is a picture. A credit
// that is nothing but labels and a licence is kept as printed. Right on
// two annotated tune pages (an English "via" label, a Chinese label);
// general because every label it cuts is one the lexicon already reads as
// a credit label (or a copyright sign), and only at the credit's start.
// It reads the text repaired and composed, as the article will hold it.
func (d *doc) creditValue(printed string) string {
	s := withoutLicence(withoutTrailingNote(repairText(printed)))
	for {
		cut, courtesy := 0, false
		for _, l := range d.w.openingCreditLabels(lowerSameWidth(s)) {
			if strings.Contains(l, "courtesy") {
				courtesy = true
			} else {
				cut = max(cut, len(l))
			}
		}
		if courtesy && cut == 0 {
			break // "Photo courtesy of X" in any case: the bare "PHOTO" is no label to cut
		}
		if m := copyrightRE.FindStringIndex(s); m != nil {
			cut = max(cut, m[1])
		}
		if m := bareCreditREs().opening.FindStringIndex(s); m != nil && !agencyOpens(s) {
			// before a capitalised name, an agency or an outlet's
			// initials: "Bild Jane Doe", "foto Ansa", "Фото РБК"; "Bild
			// Zeitung" is a paper's name
			rest := s[m[1]:]
			// ("Foto © Jane Doe": the picture word before the sign)
			// ("ILLUSTRATION FOURNIE PAR LA VILLE", "Photo provided by X":
			// a participle and a byline label after the word say how the
			// picture came, as "courtesy of" does: kept whole)
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && (wordCount(rest) >= 2 || d.agencyName(rest) || isAllCaps(rest)) && !d.w.givenBy(rest) || r == '©' {
				cut = max(cut, m[1])
			}
		}
		if cut == 0 {
			break
		}
		s = strings.TrimSpace(strings.TrimLeft(s[cut:], ".,;:|–—- "))
	}
	if strings.IndexFunc(s, unicode.IsLetter) < 0 && strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return printed // "Foto: (CC0)": no source named
	}
	return s
}

// copyrightRE is a copyright notice opening a credit, with its year:
// "©", "(c)", "Copyright", "© 2024".
var copyrightRE = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\b)?`)

// licenceRE is a bracket at a credit's end that holds a licence and
// nothing else: "(CC BY 2.0)", "(CC BY-SA 4.0)", "(CC0)", "(Unsplash
// License)", "(Lizenz: CC BY-SA 4.0)", "(gemeinfrei)"; or a Creative
// Commons licence after a comma, a slash or a space without brackets
// ("Jane Doe, CC BY 2.0", as the block editor's caption with two links
// prints it; "Jane Doe CC BY-ND", two links side by side).
// A bracket that names someone beside the licence ("(CC BY 2.0, Jane
// Doe)") stays.
var licenceRE = regexp.MustCompile(`(?i)[\s,/|–-]*\((?:cc[ -]?0(?: 1\.0)?|cc[ -]?by(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?|public domain|gemeinfrei|(?:\p{L}+ )?licen[cs]e|lizenz(?::? cc[ -]?by(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?)?)\)$|(?:\s*[,/|–-]\s*|\s+)(?:cc[ -]?0(?: 1\.0)?|cc[ -]?by(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?)$`)

// withoutLicence returns a credit without the licence in brackets that
// ends it: the licence says how the picture may be used, not whose it is.
// Right on one annotated tune page and one check credit; general because
// only a bracket that holds nothing but a licence is cut: the Creative
// Commons forms, the public domain and "licence" itself.
func withoutLicence(s string) string {
	if t := strings.TrimSpace(licenceRE.ReplaceAllString(s, "")); t != "" {
		return t
	}
	return s
}

// cleanCredit trims white space and surrounding brackets from a credit as
// displayed.
func cleanCredit(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), ".,;:|–—-/ "))
	// "(AP Photo/Evan Vucci)" loses its brackets, "Jure Makovec (OC
	// Ljubno)" keeps them.
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// lowerSameWidth lower-cases s rune by rune where the lower-case rune takes
// as many bytes, so byte offsets in the result are offsets in s. s must
// be valid UTF-8 (strings.Map writes an invalid byte as the three-byte
// U+FFFD); the extractor decodes every page to valid UTF-8 first.
func lowerSameWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r
	}, s)
}

// agencyOpens reports whether the credit s opens on a picture agency's name
// whose first word is a picture word ("Picture Alliance via Getty Images").
func agencyOpens(s string) bool {
	l := strings.ToLower(s)
	return slices.ContainsFunc(pictureAgencies, func(a string) bool { return l == a || strings.HasPrefix(l, a+" ") || strings.HasPrefix(l, a+"/") })
}
