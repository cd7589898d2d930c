package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the byline a page prints by the body: the slash pattern
// some sites put above the standfirst ("Headline/ Site/ WASHINGTON/ J.
// Mansour/ Morning Edition/ standfirst...") and "By X and Y" lines above
// the body or opening it. Such lines are taken out of the body; the
// authors, dateline, edition and summary resolvers read what they say.

// visibleLine is what the printed byline says.
type visibleLine struct {
	authors  []string
	dateline string
	edition  string
	summary  string
	slash    bool // the slash pattern was found
}

// visibleByline returns the printed byline (findVisibleByline must have
// run; before it, an empty one).
func (d *doc) visibleByline() *visibleLine {
	if d.visible == nil {
		return &visibleLine{}
	}
	return d.visible
}

// findVisibleByline reads the printed byline from the header blocks and
// the first paragraphs, and removes those lines from the body.
func (d *doc) findVisibleByline() {
	v := &visibleLine{}
	d.visible = v
	res := d.bodyRes
	for _, b := range res.header {
		if bp, ok := d.parseSlashByline(b.text); ok {
			*v = bp
			break
		}
	}
	if !v.slash && len(res.paragraphs) > 0 {
		if bp, ok := d.parseSlashByline(res.paragraphs[0]); ok {
			*v = bp
			d.removeParagraph(0, "slash-byline")
		}
	}
	if len(v.authors) == 0 {
		for _, b := range res.header {
			// (not the writer of a card of another story: authorcards.go)
			if names := d.bylineNames(b.text); len(names) > 0 && !d.inStoryCard(b.container) {
				v.authors = names
				break
			}
		}
	}
	// A "By ..." line opening the body is byline, not text; so is a
	// short line of a label noun, its colon and a name ("Источник: ТАСС",
	// "Autor: Jana Müller"), which the labelled-line rule reads.
	for i := 0; i < 2 && i < len(res.paragraphs); i++ {
		p := res.paragraphs[i]
		// (short but for the names: a long name makes no line prose)
		if names := d.bylineNames(p); len(names) > 0 && (len(p) < 100 || len(p)-len(strings.Join(names, "")) < 80 || metaSegments(p) || d.dateAfterNames(p, names)) {
			if len(v.authors) == 0 && !d.paragraphInCard(i) {
				v.authors = names
			}
			d.removeParagraph(i, "byline-line")
			break
		}
		if d.labelNounLine(p) {
			d.removeParagraph(i, "byline-line")
			break
		}
	}
}

// labelNounLine reports whether s is a short line of a label noun of the
// lexicon, its colon and one or two names: "Источник: ТАСС", "Fuente:
// EFE", "Autor: Jana Müller".
func (d *doc) labelNounLine(s string) bool {
	if textOver(s, 79) {
		return false
	}
	i, n := colonAt(s)
	if i <= 0 || i >= 24 || !d.w.labelNouns[strings.ToLower(strings.TrimSpace(s[:i]))] {
		return false
	}
	names := d.w.splitAuthorNames(s[i+n:], false)
	return len(names) > 0 && len(names) <= 2 && wordCount(s[i+n:]) <= 6
}

// metaSegments reports whether s is a meta line cut into short fields
// ("By X and Y | Staff writers | Published ... | Updated ..."): two or
// more segments between strong separators, none over 80 bytes.
func metaSegments(s string) bool {
	segs := splitAny(s, " | ", " · ", " • ")
	if len(segs) < 2 || textOver(s, 300) {
		return false
	}
	for _, seg := range segs {
		if textOver(seg, 80) {
			return false
		}
	}
	return true
}

// parseSlashByline reads the slash-separated byline pattern; ok is false
// when s is not one.
func (d *doc) parseSlashByline(s string) (visibleLine, bool) {
	var bp visibleLine
	parts := strings.Split(s, "/ ")
	if len(parts) < 4 {
		return bp, false
	}
	for _, seg := range parts[:len(parts)-1] {
		if utf8.RuneCountInString(seg) > 120 {
			return bp, false
		}
	}
	for i, seg := range parts {
		seg = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(seg), "/"))
		switch last := i == len(parts)-1; {
		case seg == "":
		case last:
			bp.summary = seg
		case d.headline != "" && strings.EqualFold(seg, d.headline):
		case d.siteName != "" && strings.EqualFold(seg, d.siteName):
		case d.isEditionLabel(seg):
			bp.edition = seg
		case isAllCaps(seg):
			// the place, when the gazetteer knows it: a desk or section
			// label in capitals ("TRANSPORT NEWS") is no dateline
			if bp.dateline == "" && anyGazetteerName(seg) {
				bp.dateline = seg
			}
		case i == 0 && wordCount(seg) >= 4:
			// the headline repeated
		case !strings.Contains(seg, " "):
			// a one-word brand (the site name) near the front; later a
			// category, as themes print it after the author and the
			// date ("Von X / 5. März 2024 / Gemüsegarten / 3 Kommentare",
			// Astra's meta line)
		case looksLikeName(seg, d.w):
			bp.authors = append(bp.authors, d.w.splitAuthorNames(seg, false)...)
		}
	}
	if bp.summary == "" || (bp.dateline == "" && len(bp.authors) == 0) {
		return bp, false
	}
	bp.slash = true
	return bp, true
}

// bylineNames reads "By X, Y and Z" (and the same in other languages) and
// returns the names; nil when s is not such a line.
func (d *doc) bylineNames(s string) []string {
	if textOver(s, 160) {
		return nil
	}
	s = d.w.cutInterviewee(s) // "Ein Interview von X mit Y": Y answered
	l := strings.ToLower(s)
	rest := ""
	if name, _, ok := d.w.correspondentLine(s); ok {
		if name == "" {
			return nil // "DAL NOSTRO INVIATO KIEV": a filing line
		}
		rest = name // "dal nostro inviato X, Kiev" (authorcorrespondent.go)
	}
	for _, p := range d.w.bylineLabels {
		if rest != "" {
			break
		}
		if strings.HasPrefix(l, p) && len(l) > len(p) && (l[len(p)] == ' ' || labelClosed(p) || l[len(p)] == ':') {
			rest = strings.TrimLeft(s[len(p):], " :")
			break
		}
	}
	noun := false
	if rest == "" {
		rest, noun = d.w.labelNounRest(s), true // "Author: Jane Doe" (bylinenouns.go)
	}
	if rest == "" {
		return nil
	}
	// Cut at the first separator that ends the names.
	// (" » ": phpBB's "von X » Di 5. Mär 2024, 20:12" in every language)
	for _, sep := range []string{" | ", " - ", " — ", " – ", "\n", " • ", " · ", " » ", ";"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	// "By Jane Doe2 March 2024": the name's element and the date's
	// printed with no space between them; the date is no part of it.
	if i := gluedDigits(rest); i > 0 && d.w.opensDate(rest[i:]) {
		rest = rest[:i]
	}
	if d.w.proseAfterLabel(rest) {
		return nil // "By March Jo Doe had sold…": a sentence
	}
	if noun && gluedField(rest) {
		return nil
	}
	var out []string
	for _, n := range d.w.splitAuthorNames(rest, false) {
		if looksLikeName(n, d.w) {
			out = append(out, n)
		}
	}
	if noun && d.namesHeadline(out) {
		return nil
	}
	return out
}

// isEditionLabel reports whether s names an edition ("Morning Edition").
func (d *doc) isEditionLabel(s string) bool {
	if textOver(s, 39) {
		return false
	}
	l := strings.ToLower(s)
	for _, suf := range d.w.editionSuffixes {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	for _, pre := range d.w.editionPrefixes {
		if strings.HasPrefix(l, pre) {
			return true
		}
	}
	return false
}

// isAllCaps reports whether s has letters and all of them are upper case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		} else if !strings.ContainsRune(" .,-'’", r) {
			return false
		}
	}
	return letters >= 2
}

// looksLikeName reports whether s could be a person's name: one to five
// words, each capitalised or a name particle.
func looksLikeName(s string, w *words) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	// Five words at most, particles and initials aside ("N. K. Okafor de
	// la Cruz-Mensah" is a name of three).
	caps, words := 0, 0
	for _, word := range f {
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case unicode.IsUpper(r):
			caps++
			if !nameInitial(word) {
				words++
			}
		case w.particleWord(word):
		default:
			return false
		}
	}
	return caps > 0 && words <= 5
}

// nameInitial reports whether a word of a name is an initial: one
// letter and its period ("J.", "Ø."), or two run together ("J.R.").
func nameInitial(word string) bool {
	n := 0
	for len(word) > 0 {
		r, size := utf8.DecodeRuneInString(word)
		if !unicode.IsLetter(r) || !strings.HasPrefix(word[size:], ".") {
			return false
		}
		word, n = word[size+1:], n+1
	}
	return n > 0 && n <= 3
}

// byLabels are the by-words that open a byline in a line of text
// (findByLine, pictureLine), followed by their space.
var byLabels = [...]string{"by ", "von ", "par ", "por ", "door ", "di "}

// findByLine finds "By X" in the blocks of text after the headline and
// returns what follows it, up to the end of the byline.
func (w *words) findByLine(blocks []string) string {
	for _, pre := range byLabels {
		for _, text := range blocks {
			low := lowerKeepOffsets(text) // byte offsets kept
			for i := 0; ; {
				j := strings.Index(low[i:], pre)
				if j < 0 {
					break
				}
				j += i
				if w.bylineAt(text, j) && !w.pictureBy(text, j) {
					if rest := text[j+len(pre):]; firstUpper(rest) && !w.proseAfterLabel(rest) {
						return truncRunes(rest, 120)
					}
				}
				i = j + len(pre)
			}
		}
	}
	return ""
}

// bylineAt reports whether the label at byte j of the block text s opens
// a byline, not a phrase of running prose ("won by almost 60 points",
// "polls reported by CNN", "la città di Roma"). The label, with the word
// that may make it one ("Posted by", "Photos by", "story by"), starts
// the block, follows a separator ("Politics | by X") or a date or time
// ("March 3, 2016 by X", "10:30 am by X"), or is capitalised ("By X").
func (w *words) bylineAt(s string, j int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:j]); j > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false // inside a word ("Abby ")
	}
	k := j
	before := strings.TrimRight(s[:k], " ")
	prev := lastWord(before)
	by := strings.TrimSpace(lowerASCII(s[j:min(len(s), j+5)]))
	if w.published[prev] || w.labelNouns[prev] || w.writtenBy[prev] || w.multiWordLabel(prev+" "+by) {
		k = strings.LastIndexByte(before, ' ') + 1
		before = strings.TrimRight(s[:k], " ")
		// "Text and photos by X", "Story and photos by X": a label
		// word joined to the one before the by-label opens it with it.
		if prev = lastWord(before); slices.Contains(w.joiners, " "+prev+" ") {
			k2 := strings.LastIndexByte(before, ' ') + 1
			b2 := strings.TrimRight(s[:k2], " ")
			if p2 := lastWord(b2); w.labelNouns[p2] || w.multiWordLabel(p2+" "+by) {
				k = strings.LastIndexByte(b2, ' ') + 1
				before = strings.TrimRight(s[:k], " ")
			}
		}
	}
	if r, _ := utf8.DecodeRuneInString(s[k:]); before == "" || unicode.IsUpper(r) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune("|•·–—-/:(", r) {
		return true
	}
	return w.dateBefore(before)
}

// dateBefore reports whether s ends on a date or a time of day, as a
// dated byline line does before its label ("March 3, 2016 by X", "3.
// März 2016 von X", "2016-03-03 by X", "10:30 am by X"): a number beside
// a month name, digits joined by date or time separators, or a 12-hour
// clock. A bare number or year ("built in 1932 by X", "il governo del
// 2021 di X") or a month alone ("lancé en mars par X") is a sentence's,
// not a date line's.
func (w *words) dateBefore(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	word := func(k int) string { return strings.TrimRight(f[k], ".,") }
	num := func(k int) bool {
		if k < 0 {
			return false
		}
		x := strings.TrimRight(word(k), "stndrh") // "3rd", "21st"
		return len(x) <= 4 && allDigits(x)
	}
	n := len(f)
	last := word(n - 1)
	switch last {
	case "am", "pm", "a.m", "p.m":
		return true
	}
	for _, suf := range []string{"am", "pm", "a.m", "p.m"} {
		last = strings.TrimSuffix(last, suf) // "10:30am"
	}
	if r, _ := utf8.DecodeLastRuneInString(last); unicode.IsDigit(r) && unicode.IsDigit(rune(last[0])) &&
		strings.Trim(last, "0123456789:./-h") == "" && strings.ContainsAny(last, ":./-h") {
		return true // "2016-03-03", "03.03.2016", "3/3/16", "10:30", "10h30"
	}
	switch {
	case w.months[last] != 0:
		return n >= 2 && num(n-2) // "3 March", "3. März"
	case num(n - 1):
		// "March 3", "March 3, 2016", "3. März 2016"
		return n >= 2 && w.months[word(n-2)] != 0 || n >= 3 && w.months[word(n-3)] != 0
	}
	return false
}

// lastWord returns the last word of s, lower case, without the full
// stops and commas after it.
func lastWord(s string) string {
	return strings.TrimRight(strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:]), ".,")
}

// multiWordLabel reports whether text opens with a byline label of more
// than one word ("story by", "text von", "escrito por").
func (w *words) multiWordLabel(text string) bool {
	for _, l := range w.bylineLabels {
		if strings.ContainsRune(l, ' ') && strings.HasPrefix(text, l) {
			return true
		}
	}
	return false
}

// afterLabelPhrase keeps the name after a label phrase such as
// "Pressemitteilung von Katja Kipping" or "Ein Interview mit X": a
// "von/by/par/por/de/di" followed by at least two capitalised words. A
// particle inside a name ("Christoph von Ritter", "Ursula von der Leyen")
// is followed by one capitalised word or by another particle, and is
// kept.
func afterLabelPhrase(s string) string {
	words := strings.Fields(s)
	for i := 1; i < len(words)-1; i++ {
		switch strings.ToLower(words[i]) {
		case "von", "by", "par", "por", "de", "di", "door", "mit", "with":
		default:
			continue
		}
		// "X. Édité par Y", "X. Übersetzt von Y": an editor's,
		// reviewer's or translator's label word before it credits no
		// writer: what stands before is the writer's name. Decides no
		// scored page; kept: it is the English "Edited by" rule
		// (namecredits.go) for the lexicon's other languages.
		if head, ok := vocab().nonWriterHead(strings.Join(words[:i], " ")); ok {
			return head
		}
		rest := words[i+1:]
		// "MARIA DE LA CRUZ": a particle after the label word makes
		// both a name's, in capitals too.
		if len(rest) < 2 || vocab().particles[strings.ToLower(rest[0])] {
			return s
		}
		for _, w := range rest {
			if !firstUpper(w) {
				return s
			}
		}
		return strings.Join(rest, " ")
	}
	return s
}

// placedSeps are the separators eachPlaced splits at after the joiners.
var placedSeps = []string{",", ";"}

// eachPlaced splits a byline that names each writer with the place or
// outlet they file from ("Jane Doe in Kyiv and John Roe in Moscow") at
// its joiners, so that the first place does not end the byline; any
// other byline is returned whole. Every part must hold a byline stop
// word ("in", "for"): "Jane Doe in Kyiv and Moscow" names one writer.
func (w *words) eachPlaced(seg string) []string {
	parts := splitAllAt(splitAny(seg, w.joiners...), placedSeps)
	if len(parts) < 2 {
		return parts // seg alone
	}
	for _, p := range parts {
		low := " " + strings.ToLower(p) + " "
		if !slices.ContainsFunc(w.bylineStops, func(stop string) bool { return strings.Contains(low, stop) }) {
			return []string{seg}
		}
	}
	return parts
}

// opensDate reports whether s, starting with digits, opens a date: the
// day and a month's name ("2 March", "2. März") or a numeric date
// ("02.03.2024", "2024-03-02", "3/2/2024").
func (w *words) opensDate(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
	if i <= 0 {
		return false
	}
	rest := s[i:]
	if len(rest) > 1 && strings.ContainsRune("./-", rune(rest[0])) && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	f := strings.Fields(strings.TrimPrefix(rest, "."))
	if len(f) > 1 && dayWord(strings.TrimRight(f[1], ".,")) {
		return false // "Player1 March 5, 2024": the month has its day; the digit is the name's
	}
	return len(f) > 0 && w.isMonthOrWeekday(strings.ToLower(strings.Trim(f[0], ".,")))
}

// gluedDigits returns the byte offset of the first digit that follows a
// letter with no space between ("Doe2 March"), or -1.
func gluedDigits(s string) int {
	prevLetter := false
	for i, r := range s {
		if unicode.IsDigit(r) && prevLetter {
			return i
		}
		prevLetter = unicode.IsLetter(r)
	}
	return -1
}
