package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds readings of a byline segment for splitAuthorNames
// (names.go): a segment of prose that opens like a byline ("By March Jo
// Doe had sold…"), picture labels beside the writer's on the same line
// ("Text: X Foto: Y", "Fotos: Y Text: X", "Bild und Text: X"), and the
// joiners of a byline printed in capitals ("BY JO DOE AND AL ROE"). None
// decides a scored page (the eval figures did not move); each is kept
// as a convention of many templates, probed in
// failclass_probes8_authors_test.go and failclass_review8a_test.go.

// proseMinWords is the fewest lower-case words of prose that make a
// segment a sentence rather than a byline.
const proseMinWords = 4

// proseLine reports whether a byline segment that opens with a byline
// label reads as a sentence (proseAfterLabel). A segment that does not
// open so may close on a name ("Bio sentence. View all posts by X").
func (w *words) proseLine(seg string) bool {
	return w.startsByline(seg) && w.proseAfterLabel(seg)
}

// proseAfterLabel reports whether the text after a byline label, up to
// the first separator, reads as a sentence: four or more lower-case words
// that no byline holds (not a particle, a role, a desk word, a label, a
// date or update word, a joiner). "By March Jo Doe and his crew had
// tested the ferry" and "Von Jo Doe, dem Hafenmeister, stammt die Idee"
// open with a byline label but name no writer: the first sentence of the
// text does. A byline's own lower-case words are its role and place in
// an apposition after the name's comma ("By Jo Doe, special
// correspondent in the north of the country"; "Par Jo Doe, envoyée
// spéciale à Kyiv pour le journal"), which may hold many: the words
// before that comma count, and those after the apposition's closing
// comma ("…, dem Hafenmeister, stammt die Idee für die neue Fähre"),
// three of which make a sentence. A date word before
// the first comma ("By Monday, Jo Doe had sold…") opens the sentence:
// the name's part is the next.
func (w *words) proseAfterLabel(rest string) bool {
	for _, sep := range [...]string{" | ", " - ", " — ", " – ", "\n", " • ", " · ", ";"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	if w.articlePhrase(rest) {
		return true // "Par les chiffres", "By the numbers" (bylineprose.go)
	}
	segs := strings.Split(rest, ",")
	// (so does one lower-case word: "By now, the crew had…", "Post by
	// post, the crew…"; a lower-case name's apposition, "by jdoe, staff
	// writer", holds no prose)
	least := proseMinWords
	if first := strings.Trim(segs[0], " ."); len(segs) > 1 && (w.isMonthOrWeekday(strings.ToLower(first)) || startsLower(first) && !strings.Contains(first, " ")) {
		segs = segs[1:]
		// A lower-case word, a comma and a clause that ends the sentence
		// ("By far, the crew said.", "By then, it was late."): two
		// words of prose make it a sentence; a username's apposition,
		// "by jdoe, staff writer", holds roles and desks, which are no
		// prose words, and no full stop.
		if startsLower(first) && endsSentence(rest) {
			least = 2
		}
	}
	if w.proseWords(segs[0]) >= least {
		return true
	}
	// (fewer there: a byline's role closes its apposition and a place
	// may follow, but no verb: "…, staff writer, in Kyiv")
	return len(segs) > 2 && w.proseWords(strings.Join(segs[2:], " ")) >= proseMinWords-1 || w.adverbialOpening(segs)
}

// adverbialOpening reports whether segs (a labelled line cut at its
// commas) open with an adverbial phrase whose first word is a byline
// label's in its prose sense, then a sentence: "Por su parte, Jo Doe
// dijo que…", "Par ailleurs, Jo Doe a annoncé…", "Por causa da
// tempestade, Jo Doe adiou…". A byline's first part names someone: a
// capitalised name, a desk or a role ("By staff, The Associated Press");
// here it is lower-case prose, and a capitalised sentence follows. A
// lower-case byline ("by jo doe, reporter in the north") has no capital
// after its comma. Right on no scored page; kept for the Romance
// languages, whose "por", "par", "per" open sentences as often as
// bylines.
func (w *words) adverbialOpening(segs []string) bool {
	if len(segs) < 2 {
		return false
	}
	head := strings.Fields(segs[0])
	for len(head) > 0 && w.isLabel(strings.ToLower(strings.Trim(head[0], ":"))) {
		head = head[1:] // the label itself, when the segment holds it
	}
	if len(head) == 0 || len(head) > 4 || w.proseWords(segs[0]) == 0 {
		return false
	}
	for _, f := range head {
		if lf := strings.ToLower(f); !startsLower(f) || w.desk[lf] || w.role[lf] || w.placeholders[lf] {
			return false
		}
	}
	rest := strings.Join(segs[1:], ",")
	return strings.ContainsFunc(rest, unicode.IsUpper) && w.proseWords(rest) >= proseMinWords-1
}

// proseWords counts the lower-case words of s that no byline holds
// (proseAfterLabel), up to proseMinWords.
func (w *words) proseWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, `.,;:!?"'“”‘’()«»`)
		if !startsLower(f) {
			continue
		}
		if w.particles[f] || w.role[f] || w.roleModifiers[f] || w.desk[f] || w.isLabel(f) || w.published[f] ||
			w.update[f] || w.dateConnectors[f] || slices.Contains(w.joiners, " "+f+" ") || w.isMonthOrWeekday(f) || degrees[f] {
			continue
		}
		if n++; n >= proseMinWords {
			break
		}
	}
	return n
}

// beforePictureLabel cuts a segment before a picture label that follows
// a name on the same line: "Text: Marta Olsen Foto: Jonas Lind" (as
// Nordic and German magazines print the credit pair without a
// separator) names the writer, then the photographer. "Text und Fotos:
// X" credits the writer with the pictures: a label after a joiner or a
// label noun is kept.
func (w *words) beforePictureLabel(seg string) string {
	if i := w.cjkPictureLabel(seg); i > 0 {
		return strings.TrimRight(seg[:i], " ")
	}
	i := labelAfterName(seg, func(word, prev string) bool {
		lp := strings.ToLower(strings.Trim(prev, ".,;:"))
		return pictureLabelled(word) && !w.labelNouns[lp] && !w.bylineConnector(lp)
	})
	if i < 0 {
		return seg
	}
	return strings.TrimRight(seg[:i], " ,;/")
}

// afterWriterLabel returns seg, or when it opens with a picture label
// seg from the writer's label that follows the photographer's name on
// the same line ("Fotos: Jonas Lind Text: Marta Olsen", the credit pair
// in the other order), or "" when none does: "Text: X | Fotos: Y".
func (w *words) afterWriterLabel(seg string) string {
	if !pictureLabelled(seg) {
		return seg
	}
	i := labelAfterName(seg, func(word, _ string) bool {
		return w.labelNouns[strings.ToLower(strings.TrimSuffix(word, ":"))] && !pictureLabelled(word)
	})
	if i < 0 {
		return ""
	}
	return seg[i:]
}

// labelAfterName returns the offset of the first word of seg that ends
// with a colon, follows a capitalised word ("… Olsen Foto:", "…
// Lind/Text:") and is a label to isLabel (given the word before it), or
// -1.
func labelAfterName(seg string, isLabel func(word, prev string) bool) int {
	prev := ""
	for i := 0; i < len(seg); {
		j := strings.IndexAny(seg[i:], " /") // "Text: X/Foto: Y"
		word := seg[i:]
		if j >= 0 {
			word = seg[i : i+j]
		}
		if prev != "" && strings.HasSuffix(word, ":") && firstUpper(prev) && isLabel(word, prev) {
			return i
		}
		if word != "" {
			prev = word
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	return -1
}

// pictureGroup reports whether the name group gi of a byline names no
// writer: "Text: X, Fotos: Y" (Y took the pictures; "Text und Fotos: Y"
// names the writer), or "Bild und Text: X", where the joiner split the
// label and its first word, a picture's, is no name.
func (w *words) pictureGroup(groups []string, gi int) bool {
	group := groups[gi]
	if pictureLabelled(group) && (gi == 0 || !w.labelNouns[strings.ToLower(strings.TrimSpace(groups[gi-1]))]) {
		return true
	}
	if gi+1 == len(groups) || strings.ContainsRune(strings.TrimSpace(group), ' ') || !pictureLabelled(strings.TrimSpace(group)+":") {
		return false
	}
	next := groups[gi+1]
	i := strings.IndexByte(next, ':')
	return i > 0 && !strings.ContainsRune(strings.TrimSpace(next[:i]), ' ')
}

// splitNames splits a byline's names at the lexicon's joiners and
// separators; a byline in capitals ("BY JANE DOE AND JOHN ROE", as wire
// templates print it) at its joiners in capitals too. A joiner of one
// letter ("a", "e", "i", "y") in capitals is an initial as often
// ("BY JOHN A SMITH"): it splits only names of two words or more on
// both sides ("JUAN PÉREZ Y MARÍA LÓPEZ"), after the other joiners.
func (w *words) splitNames(s string) []string {
	if !isAllCaps(s) {
		return w.splitCJKList(w.splitCaseless(w.joinSurnames(s, splitAny(s, w.nameSeps...))))
	}
	low := lowerKeepOffsets(s) // the same offsets as s
	parts := [][2]int{{0, len(s)}}
	for _, short := range [...]bool{false, true} {
		for _, sep := range w.nameSeps {
			if initialJoiner(sep) == short {
				parts = splitParts(low, parts, sep, short)
			}
		}
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = s[p[0]:p[1]]
	}
	return out
}

// initialJoiner reports whether sep is a joiner of one letter (" y "),
// which a name in capitals may hold as an initial.
func initialJoiner(sep string) bool {
	t := strings.TrimSpace(sep)
	r, size := utf8.DecodeRuneInString(t)
	return t != "" && size == len(t) && unicode.IsLetter(r)
}

// splitParts splits each part of low (offsets) at sep; with twoWords,
// only where two words or more stand on both sides of it.
func splitParts(low string, parts [][2]int, sep string, twoWords bool) [][2]int {
	var next [][2]int
	for _, p := range parts {
		start, from := p[0], p[0]
		for {
			k := strings.Index(low[from:p[1]], sep)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(sep)
			if twoWords && (wordCount(low[start:at]) < 2 || wordCount(low[from:p[1]]) < 2) {
				continue
			}
			next = append(next, [2]int{start, at})
			start = from
		}
		next = append(next, [2]int{start, p[1]})
	}
	return next
}

// cjkPictureLabel returns the offset of a Chinese or Japanese picture
// label glued to the photographer's name after the writer's on the
// same line ("文／王小明 圖／李華", "記者 王小明 攝影／李華"), as Taiwanese
// and mainland papers print the credit pair, or -1.
func (w *words) cjkPictureLabel(seg string) int {
	if !hasCJK(seg) {
		return -1
	}
	at := -1
	for _, l := range w.creditLabels {
		if i := strings.Index(seg, " "+l); i > 0 && hasCJK(l) && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// cutCJKRole cuts the job a Japanese or Korean byline glues to the
// name's end ("山田太郎記者", "김민수기자"), as "홍길동 기자" prints it after
// a space: a role word of the lexicon's in those scripts, two runes of
// name or more left.
func (w *words) cutCJKRole(name string) string {
	for _, r := range w.cjkRoles {
		if rest, ok := strings.CutSuffix(name, r); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// joinedWord reports whether groups[gi] is one word that a joiner ("e",
// "and") glues to the group before it: after a group that named nobody
// (a desk, an outlet: "g1 Campinas e Região", "Arts and Culture") that
// word ends the same name, not a person's. A wire's name still counts
// ("g1 Bauru e Folhapress").
func (w *words) joinedWord(placed string, groups []string, gi int) bool {
	one := strings.TrimSpace(groups[gi])
	if lo := strings.ToLower(one); gi == 0 || strings.ContainsAny(one, " /") || w.wires[lo] || w.datelineWires[lo] {
		return false
	}
	for _, j := range w.joiners {
		if strings.Contains(placed, groups[gi-1]+j+groups[gi]) {
			return true
		}
	}
	return false
}

// placeAfterDate reports whether a byline's segment after its date is
// one word the gazetteer knows as a place: Indian and other papers end
// the date line with the city the story was filed from ("Published -
// March 05, 2024 09:11 pm IST - COIMBATORE"); a writer named after the
// date is named in full.
func (w *words) placeAfterDate(seg string) bool {
	f := strings.Fields(strings.Trim(seg, " ,.;:"))
	return len(f) == 1 && knownPlace(titleCaseWords(f)[0])
}

// tailCutAt returns where cut first starts in low as whole words: a cut
// that ends on a letter must not run on into a longer word, so French
// "jour" (of "mis à jour") does not cut "Local Journalism Initiative"
// nor "date" a "Dateline" desk. A link's start (" http") is a prefix, and
// so is a cut in a script written without spaces between words (Chinese,
// Japanese, Korean, Thai: " 掲載" of "掲載日", Thai "เผยแพร่" of
// "เผยแพร่เมื่อ").
func tailCutAt(low, cut string) int {
	if !strings.Contains(low, cut) {
		return -1 // (most calls: the script's tables are read only on a hit)
	}
	last, _ := utf8.DecodeLastRuneInString(cut)
	prefix := strings.HasPrefix(cut, " http") || unicode.In(last, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
	for from := 0; from < len(low); {
		j := strings.Index(low[from:], cut)
		if j < 0 {
			return -1
		}
		i := from + j
		r, _ := utf8.DecodeRuneInString(low[i+len(cut):])
		if prefix || !unicode.IsLetter(r) {
			return i
		}
		from = i + 1
	}
	return -1
}

// abbreviation reports whether a word is letters of one or two joined
// by periods ("Ph.D", "M.D", "U.S"): an abbreviation, never a name.
func abbreviation(word string) bool {
	parts := strings.Split(strings.Trim(word, "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n == 0 || n > 2 {
			return false
		}
	}
	return true
}

// roleBeat reports whether groups[gi] is one word after a comma that
// closes a job title: the beat or desk the title names ("Jane Doe, Senior
// Editor, Computing", "Staff Writer, Politics"), as a byline's role span
// prints it beside the name. A name of one word after a job title is
// rarer than a beat.
func (w *words) roleBeat(placed string, groups []string, gi int) bool {
	one := strings.TrimSpace(groups[gi])
	if gi == 0 || one == "" || strings.ContainsAny(one, " /") {
		return false
	}
	prev := strings.TrimSpace(groups[gi-1])
	last := strings.ToLower(strings.Trim(prev[strings.LastIndexByte(prev, ' ')+1:], ".,"))
	return w.role[last] && strings.Contains(placed, groups[gi-1]+",")
}

// joinSurnames puts back together a double surname that a joiner which is
// also a name particle split ("Núria Casals i Prat", "José Ortega y
// Gasset", as Catalan and Spanish join the two surnames): one word after
// a name of two words or more, joined to it by such a joiner, ends that
// name of a person (capitalised: "g1 Holmby e Folhapress" is a desk's).
// Two names of one word ("Anna i Marc") are two writers; a desk, an
// agency or a role ("Maria Silva e Redação") is its own credit.
func (w *words) joinSurnames(s string, parts []string) []string {
	out := parts[:0:0]
	for i, p := range parts {
		if i > 0 && len(out) > 0 {
			if j := w.surnameJoiner(s, out[len(out)-1], p); j != "" {
				out[len(out)-1] += j + p
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// surnameJoiner returns the joiner of a name particle ("i", "y", "e")
// that joins the one word cur to the name prev in s, or "".
func (w *words) surnameJoiner(s, prev, cur string) string {
	one := strings.TrimSpace(cur)
	lw := strings.ToLower(strings.Trim(one, ".,"))
	if one == "" || strings.ContainsAny(one, " /") || !firstUpper(one) || wordCount(prev) < 2 ||
		!firstUpper(strings.TrimSpace(prev)) || w.desk[lw] || w.wires[lw] || w.datelineWires[lw] || w.org[lw] ||
		w.role[lw] || w.placeholders[lw] {
		return ""
	}
	for _, j := range w.joiners {
		if initialJoiner(j) && w.particles[strings.TrimSpace(j)] && strings.Contains(s, prev+j+cur) {
			return j
		}
	}
	return ""
}

// dayBeforeDate cuts the word that opens a date line off a byline that
// runs on into it: a weekday's short form or a relative day before the
// date's number ("Staff Reporter Tue 5 Mar 2024", "Door X Vandaag,
// 07:14", as a byline's and a date's spans read side by side). Two
// words of name stay ("Chris Hoy 5 March" is a name).
func (w *words) dayBeforeDate(s string) string {
	head := strings.TrimRight(s, " ,.\u00a0")
	k := strings.LastIndexByte(head, ' ')
	if k < 0 || wordCount(head[:k]) < 2 || !w.dayWords[strings.ToLower(strings.TrimRight(head[k+1:], "."))] {
		return s
	}
	return head[:k]
}

// dropFollowButtons takes out a "Follow" button's word printed after
// each name of a co-byline ("By X Follow and Y Follow", as news sites put
// a follow button beside each writer): before a joiner or a comma it
// ends no byline. The last one, a tail cut, ends it.
func (w *words) dropFollowButtons(s, low string) (string, string) {
	const f = " follow"
	if !strings.Contains(low, f) {
		return s, low
	}
	for _, sep := range w.nameSeps {
		for {
			i := strings.Index(low, f+sep)
			if i < 0 {
				break
			}
			s, low = s[:i]+s[i+len(f):], low[:i]+low[i+len(f):]
		}
	}
	return s, low
}

// jobTitle reports whether s, the words a byline adds after a name
// another source gives, is a job title: one to three capitalised words
// ending on a role ("Computing Editor", "Senior Reporter"), whatever the
// words before the role (cutRoleTail knows only the lexicon's). The
// caller asks that the name before it be a person's: "Holmby Press
// Agency Staff" is a desk's credit, whole.
func (w *words) jobTitle(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, x := range ws {
		if !firstUpper(x) {
			return false
		}
	}
	return w.role[strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))]
}

// timeAfterName reports whether seg holds a clock time after name: a
// post footer's byline ("Posté par X à 14:32 - Tricot - Commentaires
// [3]", Canalblog) gives the writer and the time, then the post's
// category, comment count and permalink, which name no one, so
// splitAuthorNames reads no segment after it. Only a clock: other
// numbers after a name go with the writer ("Jane Doe '25 · Mark Roe
// '26", a college paper's class years; "Jane Doe (34)").
func timeAfterName(seg, name string) bool {
	i := strings.Index(seg, name)
	if i < 0 {
		return false
	}
	return colonClock(seg[i+len(name):])
}

// cutRoleHead cuts a job title written before a name: "Staff Writer
// Jane Doe", "Senior Correspondent Jane Doe" → "Jane Doe". Only words of
// the lexicon's roles and their modifiers, ending on a role, before two
// words or more of a person's name.
func (w *words) cutRoleHead(words []string) []string {
	r := -1
	for i := 0; i < len(words)-2; i++ {
		lw := strings.ToLower(strings.Trim(words[i], ".,:"))
		if w.role[lw] {
			r = i
		} else if !w.roleModifiers[lw] {
			break
		}
	}
	if r < 0 {
		return words
	}
	// A person's name follows, not a desk's ("Redaktion Holmby Courier"
	// is a credit, whole): one that opens with a first name of the
	// lexicon, or capitalised words after a role in small letters, the
	// way most languages but English and German write a job ("Af
	// sognepræst Mette Lund Kjær", "av kyrkoherde Anna Berg"), where a
	// desk would be capitalised too.
	small := startsLower(words[r])
	for _, f := range words[r+1:] {
		small = small && firstUpper(f)
	}
	if !small && !firstNames()[strings.ToLower(words[r+1])] {
		return words
	}
	return words[r+1:]
}

// compoundRole reports whether a lower-cased word is a compound written
// with a hyphen whose last part is a role word ("donaukurier-reporter",
// "dpa-korrespondentin", "lokal-redakteur"): German and Dutch glue the
// outlet, place or beat to the job, and an author box's role line so
// written names no person. The role part has five letters or more, as
// the short words of the role list ("all", "more", "read") end
// hyphenated surnames.
func (w *words) compoundRole(lw string) bool {
	i := strings.LastIndexByte(lw, '-')
	if i <= 0 {
		return false
	}
	last := lw[i+1:]
	return utf8.RuneCountInString(last) >= 5 && w.role[last]
}

// capsDesk reports whether part, the piece of a credit before a slash,
// is a desk's name in capitals and next, the piece after it, a person's
// name in ordinary case: broadcasters credit the regional desk, then
// the writer ("Quelle: WSR SACHSEN/Katrin Lüttich", "RSB KULTUR/Jan
// Roth"). Two words or more in capitals: a lone acronym before a slash
// is an agency the credit keeps ("AFP/Jane Doe"), and a byline set in
// capitals writes every name so ("VON ANNA BERG/JAN ROTH").
func (w *words) capsDesk(part, next string) bool {
	part, next = strings.TrimSpace(w.stripLabel(strings.TrimSpace(part))), strings.TrimSpace(next)
	if len(strings.Fields(part)) < 2 || !isAllCaps(part) || isAllCaps(next) || w.wires[strings.ToLower(part)] {
		return false
	}
	// Two words of a name or more ("Jan Roth": personName would read
	// "Jan" as a month), not an agency ("WSR SACHSEN/dpa").
	return len(strings.Fields(next)) >= 2 && !w.wires[strings.ToLower(next)] && w.cleanName(next, false) != ""
}

// endsSentence reports whether s ends on a sentence's end mark, before
// any closing quotes.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, ` "'”’»)`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}
