package extract

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
)

// This file turns raw author values ("By Jane Doe and John Roe | Updated
// 3 March", "Text: Max Muster, Redaktion") into names: labels, roles,
// dates, e-mail addresses and links are cut, the rest is split at "and",
// commas and slashes, and what is left must look like a person's name.

// splitAuthorNames cleans one raw author value and splits it into names.
// A trusted value (structured data, meta tags) may hold lower-case words
// ("Mobasir hassan"); text from the page may not, as it is often prose.
func (w *words) splitAuthorNames(raw string, trusted bool) []string {
	s := w.afterCorrespondent(cleanText(repairText(raw))) // "FranÃ§ois" would not pass as a name
	if s == "" || textOver(s, 400) {
		return nil
	}
	if names := reporterCredit(s); len(names) > 0 {
		return names // "記者林宸誼／即時報導"
	}
	var out []string
	dated := false // a segment before held a date
	// Bylines glue names, dates and labels with strong separators:
	// "04.02.2022 | 13:10 Uhr | Uta Helkenberg".
	for _, seg := range splitAny(s, "|", "•", "·", " – ", " — ", " - ", "\n") {
		if dated && w.placeAfterDate(seg) {
			continue // "Published - March 05, 2024 09:11 pm IST - COIMBATORE": where it was filed
		}
		dated = dated || strings.ContainsAny(seg, "0123456789")
		if seg = w.afterWriterLabel(seg); seg == "" || w.compiledFrom(seg) || !trusted && w.proseLine(seg) {
			continue // "Text: X | Fotos: Y", "From Staff Reports", "By March Jo Doe had…"
		}
		seg = w.afterLastBy(w.beforePictureLabel(seg)) // "Text: X Foto: Y" → "Text: X"
		had := len(out)
		for _, placed := range w.eachPlaced(seg) {
			placed = w.placedName(placed)
			groups := w.splitNames(placed)
			named := true // the group before gave a name
			for gi, group := range groups {
				if w.pictureGroup(groups, gi) {
					continue // "Text: X, Fotos: Y", "Bild und Text: X"
				}
				// "det/dpa": an author code and an agency form one credit.
				// Not "RND/dpa": two agencies the lexicon knows are two credits.
				if c := strings.Trim(group, " .()"); agencyCredit(c) && !w.allWires(c) {
					out, named = append(out, c), true
					continue
				}
				if w.roleBeat(placed, groups, gi) {
					continue // "X Senior Editor, Computing": the editor's beat
				}
				if !named && w.joinedWord(placed, groups, gi) {
					continue // "Por X, g1 Bauru e Marília": the rest of a desk's name
				}
				named = false
				parts := strings.Split(group, "/")
				for pi, part := range parts {
					if pi+1 < len(parts) && w.capsDesk(part, parts[pi+1]) {
						continue // "Quelle: WSR SACHSEN/Katrin Lüttich": the desk, then the writer
					}
					if n := w.cleanName(afterLabelPhrase(part), trusted); n != "" {
						out, named = append(out, n), true
					}
				}
			}
		}
		if len(out) > had && timeAfterName(seg, out[len(out)-1]) {
			break // "Posté par X à 14:32 - Tricot - Commentaires [3]" (timeAfterName)
		}
	}
	return out
}

// cutAuthorTail cuts a byline at the first number that starts a word
// (a date or a time; "user42" is a name), at an e-mail address or link,
// at a parenthesis, and at words that start a date or a status line.
func (w *words) cutAuthorTail(s string) string {
	prevLetter := false
	for i, r := range s {
		if unicode.IsDigit(r) && !prevLetter {
			s = w.dayBeforeDate(s[:i])
			break
		}
		prevLetter = unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	low := lowerKeepOffsets(s) // cut at its offsets
	// "X on", "X am 3. März", "X on Tue, 03/05/2024": a date connector
	// whose date was cut off above, or that a month or weekday name (or
	// a weekday's short form) follows.
	for c := range w.dateConnectors {
		if i := strings.Index(low+" ", " "+c+" "); i > 0 {
			rest := strings.Fields(low[min(i+len(c)+2, len(low)):])
			if len(rest) == 0 || w.isMonthOrWeekday(strings.Trim(rest[0], ".,")) || w.isWeekdayShort(strings.Trim(rest[0], ".,")) {
				s, low = s[:i], low[:i]
			}
		}
	}
	s, low = w.dropNotesBeforeJoiner(s, low) // "X (envoyé spécial) et Y"
	if i := strings.IndexAny(s, "(["); i > 0 {
		s, low = s[:i], low[:i] // "X (Pressesprecher)", "X [Gast]"
	}
	s, low = w.dropFollowButtons(s, low)
	// The tail phrases first, at the earliest that occurs (whatever the
	// order of the list): a stop word or a shorter phrase inside one ("Mis
	// à jour le") would otherwise cut it in half and leave its first word.
	cutAt := len(low)
	for _, cut := range w.tailCuts() {
		if i := tailCutAt(low, cut); i > 0 && i < cutAt {
			cutAt = i
		}
	}
	s, low = s[:cutAt], low[:cutAt]
	for _, stop := range w.bylineStops {
		// "X in Berlin", "X for The Times"; a part that starts so ("in
		// Politics, Sports") names places or categories, not people.
		if i := w.stopAt(s, low, stop); i >= 0 {
			s, low = s[:max(i-1, 0)], low[:max(i-1, 0)]
		}
	}
	// e-mail addresses
	for {
		at := strings.IndexByte(s, '@')
		if at < 0 {
			break
		}
		start := strings.LastIndexAny(s[:at], " ,;(") + 1
		end := at + strings.IndexAny(s[at:]+" ", " ,;)")
		s = s[:start] + s[end:]
	}
	return s
}

// tailCuts are the words after which a byline says no more names: update
// and publication words, links, contact and follow prompts (built with
// the word lists, see vocab).
func (w *words) tailCuts() []string { return w.tails }

// makeTailCuts builds tailCuts from the update and publication words.
func (w *words) makeTailCuts() []string {
	var tails []string
	for word := range w.update {
		tails = append(tails, " "+word)
	}
	for word := range w.published {
		tails = append(tails, " "+word)
	}
	for word := range w.updateLabels {
		tails = append(tails, " "+word+":")
	}
	tails = append(tails, stampPhraseTails(w.timestampPrefixes)...) // timestamplabels.go
	return append(tails, " http", " www.", " mehr zum autor", " mehr von", " follow", " email",
		" e-mail", " twitter", " read more", " contact", " contributed to")
}

// stripLabel removes byline labels ("By", "Von", "Written by", "Text:")
// from the start of s, repeatedly.
func (w *words) stripLabel(s string) string {
	for again := true; again; {
		again = false
		s = strings.TrimLeft(s, " |:-–—•·,")
		low := lowerKeepOffsets(s)
		for _, p := range w.stripPrefixes {
			if opensWithLabel(low, p) {
				s = s[len(p):]
				again = true
				break
			}
		}
		if again {
			continue
		}
		// Nouns ("Text", "Autor", "责任编辑") are labels only with a colon.
		if i, n := colonAt(low); i > 0 && i < 24 && w.labelNouns[strings.TrimSpace(low[:i])] {
			s = s[i+n:]
			again = true
			continue
		}
		// Chinese and Japanese write a label noun of two or more
		// characters straight before the name ("记者王敬照": reporter Wang
		// Jingzhao); a one-character noun may be a surname ("文").
		for _, l := range w.cjkLabelNouns {
			if strings.HasPrefix(s, l) && hasCJK(s[len(l):]) {
				s = s[len(l):]
				again = true
				break
			}
		}
	}
	return strings.TrimSpace(s)
}

// colonAt returns the index and width of the first colon of s (ASCII or
// full-width), or -1.
func colonAt(s string) (int, int) {
	i, j := strings.IndexByte(s, ':'), strings.Index(s, "：")
	switch {
	case j >= 0 && (i < 0 || j < i):
		return j, len("：")
	case i >= 0:
		return i, 1
	}
	return -1, 0
}

// startsByline reports whether s opens with a byline label ("By Jane
// Doe", "Von Jana Müller"): a line naming who wrote, not who took a
// picture.
func (w *words) startsByline(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, p := range w.bylineLabels {
		if opensWithLabel(low, p) {
			return true
		}
	}
	return false
}

// opensWithLabel reports whether the lower-case text low opens with the
// label p as a label: followed by a colon, a space or a no-break space,
// or p ending in its own colon ("autor:").
func opensWithLabel(low, p string) bool {
	if !strings.HasPrefix(low, p) || len(low) <= len(p) {
		return false
	}
	next := low[len(p)]
	return next == ':' || next == ' ' || next == 0xc2 /* U+00A0 */ || labelClosed(p)
}

// isLabel reports whether a lower-case word or phrase is a byline label.
func (w *words) isLabel(s string) bool {
	s = strings.TrimRight(s, ": ")
	return w.labelNouns[s] || w.strippedLabels[s]
}

// cleanName trims one name candidate and rejects what is not a name.
func (w *words) cleanName(s string, trusted bool) string {
	s = strings.Trim(strings.TrimSpace(s), " ,:;|-–—•·()[]\"'“”‘’«»*")
	// Keep the period of an initial or of "Jr."/"Sr." at the end.
	dot := strings.HasSuffix(s, ".")
	s = w.stripLabel(strings.Trim(s, " ."))
	// (80 characters, not bytes: a Cyrillic or Greek name takes two
	// bytes a letter, a CJK one three)
	if s == "" || textOver(s, 80) || w.isLabel(strings.ToLower(s)) {
		return "" // (a label alone: "STORY BY" in its own span is capitals, not a name)
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		words = w.cutWireTail(words) // "DANIEL DE LA TORRE JR. Associated Press"
	}
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	// "CNN’s Christine Romans", "Reuters' Jane Doe": the outlet's
	// possessive before a name.
	if len(words) >= 3 && (strings.HasSuffix(words[0], "’s") || strings.HasSuffix(words[0], "'s") ||
		len(words[0]) > 2 && (strings.HasSuffix(words[0], "s'") || strings.HasSuffix(words[0], "s’"))) {
		words = words[1:]
	}
	// "Jane Doe Wednesday", "X de de", "X Lectura": a cut meta line's
	// leftovers end no name (dateprose.go's metaLeftover).
	for len(words) > 1 && w.metaLeftover(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if w.wires[strings.ToLower(strings.Join(words, " "))] {
		return strings.Join(words, " ") // "The Associated Press": an agency, kept whole (orgLike knows it)
	}
	words = w.cutRoleHead(w.cutRoleTail(words))
	if w.placeholders[strings.ToLower(strings.Join(words, " "))] {
		return "" // "No Author", "admin", "null"
	}
	if len(words) == 1 && (abbreviation(words[0]) || degrees[strings.ToLower(words[0])]) {
		return "" // "Ph.D", "M.D", "PhD" after a comma: a degree, not a name
	}
	if w.labelsOnly(words) || w.furnitureOnly(words) || w.pictureCreditOpen(words) {
		return "" // a label that lost its name (authorlabelonly.go), a share bar (authorfurniture.go)
	}
	if len(words) == 1 {
		lw := strings.ToLower(strings.Trim(words[0], "."))
		// A label, a publication or update word ("Submitted on <date>",
		// "Actualizado <date>"), a month left over from a cut date, or an
		// initial alone is not a name.
		if w.isLabel(lw) || w.published[lw] || w.update[lw] || w.isMonthOrWeekday(lw) || w.relativeDayAlone(lw) || len([]rune(lw)) < 2 {
			return ""
		}
		// A lone lower-case word passes as a user name (an English blog's
		// "dan"), but not a byline's joiner ("on", "by", "and", the
		// template's capitals too: "BY <a></a> AND <a></a>") nor a bio's
		// copula (authorfurniture.go's bioCopulaAlone).
		if startsLower(words[0]) && (w.bylineConnector(lw) || w.bioCopulaAlone(lw)) || isAllCaps(words[0]) && w.bylineConnector(lw) {
			return ""
		}
	}
	if !w.nameShaped(words, trusted) {
		return ""
	}
	if len(words) >= 2 && isAllCaps(strings.Join(words, " ")) {
		words = titleCaseWords(words) // "By WENDELL ASHCOMBE": capitals are the template's style
	}
	name := strings.Join(words, " ")
	if last := words[len(words)-1]; dot && (len([]rune(last)) == 1 || nameSuffix(last)) {
		name += "." // an initial or a suffix: "Juan Carlos Muñoz C.", "Martin Luther King Jr."
	}
	return name
}

// bylineConnector reports whether a lower-case word is one a byline puts
// between its parts: a date connector ("on", "am"), a byline stop word
// ("in", "at", "für"), a name joiner ("and", "und") or "by"/"the".
func (w *words) bylineConnector(lw string) bool {
	if w.dateConnectors[lw] || lw == "by" || lw == "the" {
		return true
	}
	p := " " + lw + " "
	for _, list := range [][]string{w.bylineStops, w.joiners} {
		for _, j := range list {
			if j == p {
				return true
			}
		}
	}
	return false
}

// cutRoleTail cuts a job title, with the wire service and the beat before
// it, off the end of a name: "JOHN DOE AP Medical Writer" → "JOHN DOE",
// "Jane Roe Associated Press Writer" → "Jane Roe". At least two words of
// name stay.
func (w *words) cutRoleTail(words []string) []string {
	// "홍길동 기자": a Korean, Chinese or Japanese name is one word, the
	// job after it.
	if len(words) == 2 && hasCJK(words[0]) && w.role[strings.ToLower(words[1])] {
		return words[:1]
	}
	if len(words) == 1 && hasCJK(words[0]) {
		return []string{w.cutCJKRole(words[0])} // "山田太郎記者"
	}
	words = w.cutWireTitle(words)
	r := -1
	for i := 2; i < len(words); i++ {
		if w.role[strings.ToLower(strings.Trim(words[i], ".,"))] {
			r = i
			break
		}
	}
	if r < 0 || w.deskName(words[r:]) {
		return words
	}
	k := r
	for k > 0 {
		lw := strings.ToLower(strings.Trim(words[k-1], ".,"))
		if !w.roleModifiers[lw] && !w.wires[lw] && !w.role[lw] {
			break
		}
		k--
	}
	if k == 0 {
		return words // a job title alone ("Local Journalism Initiative Reporter"): nameShaped drops it
	}
	k = max(k, 2)
	if k == 2 || k < r {
		return words[:k]
	}
	return words
}

// deskName reports whether the job words that end a name end on an
// organisation noun: "Courier Metro Desk", "Holmby Courier Editorial
// Board" are a desk's credit, whole, not a person with a job title.
func (w *words) deskName(tail []string) bool {
	for _, t := range tail {
		lw := strings.ToLower(strings.Trim(t, ".,"))
		if !w.role[lw] && !w.org[lw] && !w.desk[lw] && !w.roleModifiers[lw] {
			return false
		}
	}
	return w.org[strings.ToLower(strings.Trim(tail[len(tail)-1], ".,"))]
}

// cutWireTail cuts a wire service written after a name without a comma:
// "JANE DOE Associated Press", "Jane Roe AFP". The service must be one of
// several words of the lexicon's wire list or a code in capitals, and two
// words of name stay ("Michael Bloomberg" is a name).
func (w *words) cutWireTail(words []string) []string {
	for k := 3; k >= 1; k-- {
		if len(words)-k < 2 {
			continue
		}
		tail := words[len(words)-k:]
		lt := strings.ToLower(strings.Trim(strings.Join(tail, " "), ".,"))
		if w.wires[lt] && (k > 1 || isAllCaps(tail[0]) && utf8.RuneCountInString(tail[0]) <= 5) {
			return words[:len(words)-k]
		}
	}
	return words
}

// degrees are the academic and professional post-nominals, written without
// periods, that follow an author's name after a comma ("Grant Tinsley,
// PhD", "Kris Gunnars, BSc"), lower-cased. Not "PA" (PA Media, a wire).
var degrees = map[string]bool{
	"phd": true, "dphil": true, "mphil": true, "md": true, "do": true, "mbbs": true, "pharmd": true,
	"dds": true, "msc": true, "bsc": true, "mba": true, "mph": true, "mfa": true, "rd": true, "rdn": true,
	"rn": true, "llm": true, "llb": true, "jd": true, "cpa": true, "ma": true, "ms": true, "ba": true,
}

// nameSuffix reports whether a word is a generational suffix written with
// a period.
func nameSuffix(word string) bool {
	switch strings.ToLower(word) {
	case "jr", "sr":
		return true
	}
	return false
}

// nameShaped reports whether words can be a person's name: no interface
// or job word alone, capitalised (particles aside), only name characters.
func (w *words) nameShaped(words []string, trusted bool) bool {
	roles, mods, upper, lower := 0, 0, 0, 0
	// A name starts with a capital (or a particle): "deinen
	// Hochzeitsbloggern" is prose even in a meta tag. Scripts without case
	// (Han, Arabic) pass.
	if len(words) > 1 && startsLower(words[0]) && !w.particleWord(words[0]) || w.particlePhrase(words) {
		return false // (particlePhrase: "기자의 기사 모음", authorscjk.go)
	}
	for i, word := range words {
		if i > 0 && i < len(words)-1 {
			// A nickname in quotes inside a name: Amanda "Tania Mae" Tan.
			word = strings.Trim(word, `"“”`)
		}
		lw := strings.ToLower(strings.Trim(word, ".,:"))
		if w.ui[lw] {
			return false
		}
		if w.compoundRole(lw) {
			return false // "Donaukurier-Reporter Niederösterreich", "dpa-Korrespondentin": a job line
		}
		if w.role[lw] {
			roles++
		} else if w.roleModifiers[lw] {
			mods++
		}
		// Scripts without case (Arabic, Han) count as capitalised.
		if firstUpper(word) || !startsLower(word) {
			upper++
		} else if !w.particleWord(word) {
			lower++
		}
		for _, r := range word {
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || strings.ContainsRune(".-'’_", r)) {
				return false
			}
		}
	}
	// A job title alone ("Staff Writer", "Special Correspondent",
	// "Senior Political Writer") names nobody. Names are capitalised:
	// lower-case words among others are prose (a lone lower-case word is
	// a user name).
	if roles > 0 && roles+mods == len(words) || (len(words) > 1 && lower > 0 && !trusted) {
		return false
	}
	return upper > 0 || len(words) == 1
}

// particleWord reports whether a lower-case word of a name is a
// particle ("von", "de"), or a particle joined to the capitalised rest
// by a hyphen or an apostrophe ("al-Rashid", "el-Sayed", "d'Alembert").
func (w *words) particleWord(word string) bool {
	if w.particles[strings.ToLower(word)] {
		return true
	}
	i := strings.IndexAny(word, "-'’")
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(word[i:])
	lw := lowerASCII(word[:i+size]) // byte offsets kept (strings.ToLower may change a letter's width)
	return (w.particles[lw[:i]] || w.particles[lw]) && firstUpper(word[i+size:])
}

// appendName adds n to names unless it (or a longer form of it) is there;
// a longer form replaces a shorter one. A name spelt without its
// letters' marks ("Maria Preuss" beside "Maria Preuß") is the same name.
func appendName(names []string, n string) []string {
	ln := strings.ToLower(n)
	for i, o := range names {
		lo := strings.ToLower(o)
		if lo == ln || strings.Contains(lo, ln) || normLoose(o) == normLoose(n) {
			return names
		}
		if strings.Contains(ln, lo) {
			names[i] = n
			return names
		}
	}
	return append(names, n)
}

// orgLike reports whether a name is an organisation's rather than a
// person's: it holds an organisation word ("Verlag", "GmbH", "News"), a
// lower-case function word among three or more ("Bund der
// Energieverbraucher"), or a domain.
func (w *words) orgLike(name string) bool {
	fields := strings.Fields(name)
	if w.wires[strings.ToLower(name)] {
		return true // a news agency: "The Associated Press", "Reuters"
	}
	// One word of two to five capitals is an acronym: a broadcaster,
	// agency or paper ("BR", "AFP", "NDR") credited beside the people.
	if len(fields) == 1 && isAllCaps(fields[0]) && len([]rune(fields[0])) >= 2 && len([]rune(fields[0])) <= 5 {
		return true
	}
	caseless := w.caselessName(fields)
	for i, f := range fields {
		lw := strings.ToLower(strings.Trim(f, ".,"))
		if w.org[lw] {
			return true
		}
		if t := strings.TrimLeft(f, `"“`); i > 0 && !firstUpper(t) && !caseless && !w.particleWord(strings.Trim(f, ".,")) && len(fields) > 2 {
			return true
		}
		if strings.Contains(lw, ".") && len(lw) > 4 && !strings.HasSuffix(lw, ".") {
			return true // a domain: "example.de"
		}
	}
	return false
}

// orgNameWord reports whether a lower-case word marks an organisation's
// name by its ending ("Handballbund", "KulturKaufhaus") or as a national
// adjective ("Deutscher", "European").
func orgNameWord(word string) bool {
	for _, suf := range [...]string{"forum", "haus", "bund", "mail", "club", "klub", "shop", "store", "markt", "werk",
		"zentrum", "center", "centre", "schule", "school", "verein", "kirche", "church", "hotel", "bank", "partei",
		"party", "büro", "office", "amt", "council", "akademie", "academy", "museum", "theater", "theatre"} {
		if strings.HasSuffix(word, suf) {
			return true
		}
	}
	for _, pre := range [...]string{"deutsch", "schweiz", "österreich", "europ", "internation", "national", "americ",
		"british", "franz", "frenc", "spanis", "spanien", "ital", "bayer", "berlin"} {
		if strings.HasPrefix(word, pre) {
			return true
		}
	}
	return false
}

// personName reports whether s is two or three capitalised words
// (particles and initials aside: "Ana de la Cruz", "J. R. Mbeki") that
// are a person's name, not an organisation, job, desk or date: the test
// for names found without a label (copyright lines, signatures,
// date|name lines).
func (w *words) personName(s string) bool {
	fields := strings.Fields(s)
	if len(fields) < 2 || len(fields) > 7 || w.orgLike(s) {
		return false
	}
	capitals, initials, opener := 0, 0, ""
	for i, f := range fields {
		lw := strings.ToLower(f)
		// A particle inside the name is not counted ("Ana de la Cruz"),
		// one joined to the capitalised rest is ("Hamad al-Kuwari"): two
		// or three capitalised words around them.
		joined := i > 0 && !firstUpper(f) && strings.ContainsAny(f, "-'’") && w.particleWord(f)
		if i > 0 && firstUpper(fields[i-1]) && !firstUpper(f) && w.particles[lw] {
			if lw == opener {
				return false // a particle opening a second part ("Sala de Prensa de la Alcaldía")
			}
			opener = cmp.Or(opener, lw)
		}
		if i > 0 && i < len(fields)-1 && !firstUpper(f) && w.particles[lw] {
			continue
		}
		if nameInitial(f) && i < len(fields)-1 {
			initials++ // "J. R. Mbeki": the initials stand for given names
		} else {
			capitals++
		}
		if !firstUpper(f) && !joined || w.role[lw] || w.ui[lw] || w.org[lw] || w.desk[lw] || w.update[lw] || orgNameWord(lw) ||
			w.isMonthOrWeekday(lw) || lw == "all" || lw == "alle" {
			return false
		}
	}
	// A name's particle opens its family name once ("Hamad bin Khalid
	// al-Kuwari" has two of them); "Sala de Prensa de la Alcaldía" and
	// "Casa de la Cultura de Holmby" name offices, "Ciudad de México",
	// "Comune di Bologna" and "Santiago de Compostela" places.
	if opener != "" && (w.holderOrg[strings.ToLower(fields[0])] || lexicon.IsPlace(s)) {
		return false
	}
	return (capitals >= 2 || capitals == 1 && initials > 0) && capitals <= 3
}
