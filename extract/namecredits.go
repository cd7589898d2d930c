package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
	"golang.org/x/net/html"
)

// This file reads what a byline credits besides its writers, for
// splitAuthorNames (names.go): a picture's "by" or label ("with photos by
// Y", "Fotos: Y") that names a photographer, a "with additional reporting
// by" that names one more writer, and a given name spelt like a byline
// stop word ("Per").

// afterLastBy keeps what follows the last "by" of a byline segment:
// "Photos by X. Story by Y" → "Y", "Posted on 3 March by Y" → "Y". A
// "by" that credits a picture ("By Y, with photos by X", "Photography by
// X") is cut off first, names and all, and so is a "by" of an editor, a
// reviewer or a sponsor ("By Y. Edited by X", "Sponsored by X"); "By Y
// with additional reporting by X" names both writers.
func (w *words) afterLastBy(seg string) string {
	seg = w.cutInterviewee(seg)
	for {
		i := strings.LastIndex(lowerKeepOffsets(seg), " by ")
		if i < 0 || i+4 >= len(seg) {
			return seg
		}
		if head, ok := w.pictureHead(seg[:i]); ok {
			seg = head
			continue
		}
		if head, ok := w.nonWriterHead(seg[:i]); ok {
			seg = head
			continue
		}
		if j := strings.LastIndex(seg[:i], " with "); j > 0 && withCredit(seg[j+6:i]) {
			return seg[:j] + ", " + seg[i+4:]
		}
		return seg[i+4:]
	}
}

// cutInterviewee cuts the interviewee off an interview's credit: "An
// interview by X with Y", "Ein Interview von X mit Y" name X, who wrote
// it up, and Y, who answered. The line must name an interview, and a
// byline label must stand before the word that introduces Y (in English
// "By X with Y" names two writers).
func (w *words) cutInterviewee(seg string) string {
	low := lowerKeepOffsets(seg)
	// the word itself, not "interviewed" or "Interviews" (a section);
	// split into words only when one of them is in the line at all
	if !slices.ContainsFunc(w.interviewWords, func(iw string) bool { return strings.Contains(low, iw) }) ||
		!slices.ContainsFunc(strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }), func(word string) bool {
			return slices.Contains(w.interviewWords, word)
		}) {
		return seg
	}
	for _, with := range w.interviewees {
		i := strings.Index(low, with)
		if i <= 0 {
			continue
		}
		before := " " + low[:i] + " "
		if slices.ContainsFunc(w.bylineLabels, func(l string) bool { return strings.Contains(before, " "+l+" ") }) {
			return seg[:i]
		}
	}
	return seg
}

// pictureLabelled reports whether s opens with a picture-credit label
// and a colon ("Fotos: Y", "Photos : Y", "Bild: Y"), as the credit pair
// of magazine bylines ("Text: X, Fotos: Y") names the photographer.
func pictureLabelled(s string) bool {
	i, _ := colonAt(s)
	if i <= 0 || i > 24 {
		return false
	}
	label := strings.ToLower(strings.TrimSpace(strings.TrimLeft(s[:i], " |,;/.")))
	if strings.ContainsRune(label, ' ') {
		return false // "Text und Fotos:" names the writer too
	}
	return strings.HasPrefix(label, "video") || pictureWord(label) ||
		pictureCreditLabels()[label]
}

// pictureCreditLabels are the lexicon's credit labels that are media
// labels too, of every language, without their colon: the picture words
// of other scripts and spellings ("фото", "fotó", "снимка", "φωτογραφία")
// that pictureStems, Latin stems, do not hold. A source label ("Quelle:",
// "Извор:") names no medium and stays out: a wire may be the byline.
var pictureCreditLabels = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, l := range lexicon.Union().CreditLabels {
		if w, ok := strings.CutSuffix(l, ":"); ok && mediaLabels()[w] {
			set[w] = true
		}
	}
	return set
})

// pictureHead returns before (the text before a "by") without its
// closing picture label ("photos", "with photographs", "and video"), when
// it ends with one. "Text and photos" credits the writer too: no.
func (w *words) pictureHead(before string) (string, bool) {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	if n == 0 {
		return "", false
	}
	last := strings.Trim(f[n-1], ".,:")
	if !strings.HasPrefix(last, "video") && !pictureWord(last) {
		return "", false
	}
	cut := 1
	if n >= 2 && (f[n-2] == "with" || f[n-2] == "&" || slices.Contains(w.joiners, " "+f[n-2]+" ")) {
		if n >= 3 && w.labelNouns[strings.Trim(f[n-3], ".,:")] {
			return "", false // "Text and photos by X"
		}
		cut = 2
	}
	head := before
	for k := 0; k < cut; k++ {
		head = strings.TrimRight(head, " ")
		head = head[:strings.LastIndexByte(head, ' ')+1]
	}
	return strings.TrimRight(head, " ,;"), true
}

// nonWriterHead is pictureHead for the lexicon's non_writer_by phrases:
// the text before "edited by", "medically reviewed by", "fact-checked
// by" or "sponsored by", whose "by" credits an editor, a reviewer or a
// sponsor, not a writer, and ok when such a phrase ends before. A
// phrase joined to a writer's ("Written and edited by X", "Reported and
// edited by X") credits the writer too: no. After a name the joiner
// only ends the name ("By Y and edited by X" → "By Y"). The phrases of
// non_writer_beside ("reviewed", "presented") credit no writer only
// beside a writer's credit ("Written by Y; Reviewed by X"): alone
// ("Reviewed by X") they name the writer of a review or the presenter of
// a programme.
func (w *words) nonWriterHead(before string) (string, bool) {
	head, p, ok := w.nonWriterCut(before)
	if ok && w.nonWriterBeside[p] && !hasLetter(head) {
		return "", false
	}
	return head, ok
}

// nonWriterCut is nonWriterHead without the test of non_writer_beside:
// the head, the phrase it cut and ok.
func (w *words) nonWriterCut(before string) (string, string, bool) {
	t := withoutSourceLanguage(strings.TrimRight(before, " "))
	low := lowerKeepOffsets(t)
	for _, p := range w.nonWriterBy {
		k := len(low) - len(p)
		if k < 0 || low[k:] != p {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(low[:k]); k > 0 && (unicode.IsLetter(r) || r == '-') {
			continue // inside a word: "unedited"
		}
		head := strings.TrimRight(t[:k], " ,;.|")
		j := strings.LastIndexByte(head, ' ')
		if joiner := strings.ToLower(head[j+1:]); j < 0 || !slices.Contains(w.joiners, " "+joiner+" ") {
			return head, p, true
		}
		pre := strings.TrimRight(head[:j], " ,;")
		if last := pre[strings.LastIndexByte(pre, ' ')+1:]; !strings.Contains(pre, " ") || startsLower(last) {
			// "Written and edited", "Designed and illustrated"
			return w.nonWriterCut(pre)
		}
		return pre, p, true
	}
	return "", "", false
}

// withoutSourceLanguage cuts the language a translator's credit names
// before its "by" ("translated from the Norwegian by X", "translated from
// German by X"): "from", an optional "the" and one capitalised word.
func withoutSourceLanguage(t string) string {
	f := strings.Fields(t)
	n := len(f)
	if n < 3 || !firstUpper(f[n-1]) {
		return t
	}
	k := n - 2
	if strings.EqualFold(f[k], "the") {
		k--
	}
	if k < 1 || !strings.EqualFold(f[k], "from") {
		return t
	}
	return strings.Join(f[:k], " ")
}

// lowerKeepOffsets lower-cases s but for the letters whose lower case
// is of another length in UTF-8 (Turkish "İ": strings.ToLower gives
// "i", one byte shorter), so that an index into it is one into s: the
// byline readers find a label or a stop word in the lower-case text and
// cut the text itself there ("İlker Yılmaz" lost its "z").
func lowerKeepOffsets(s string) string {
	var b []byte // nil while s needs no change
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			if b == nil {
				b = append(make([]byte, 0, len(s)), s[:i]...)
			}
			b = utf8.AppendRune(b, l)
		} else if b != nil {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}

// withCredit reports whether the words between "with" and "by" credit
// more writing ("with additional reporting by", "with reporting by",
// "with contributions by"): lower-case words, the last a reporting word.
func withCredit(words string) bool {
	f := strings.Fields(words)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, x := range f {
		if !startsLower(x) {
			return false
		}
	}
	switch f[len(f)-1] {
	case "reporting", "contributions", "research", "writing":
		return true
	}
	return false
}

// stopAt returns where the byline stop word stop (" per ") starts in
// " "+low, or -1. A stop word written with a capital where a name starts
// (the line's start, after a comma or a joiner) is a given name, not the
// preposition: "By Per Lind", "Marta Olsen and Per Lind" (Per is among
// the commonest given names of Scandinavia; Italian bylines write "per"
// in lower case). A line in capitals says nothing by its case, and a
// capital stop word before a function word or a place is the word still
// ("For The Oregonian", "Pour Le Monde", "In Paris").
func (w *words) stopAt(s, low, stop string) int {
	word := stop[1:] // "per ": at the start of low or after a space
	for from := 0; from < len(low); {
		j := strings.Index(low[from:], word)
		if j < 0 {
			break
		}
		i := from + j // the word starts at low[i]
		from = i + 1
		if i > 0 && low[i-1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[min(i, len(s)):]); !unicode.IsUpper(r) || strings.ToUpper(s) == s || !w.startsName(s[:i]) ||
			!w.nameGoesOn(s[min(i+len(word), len(s)):]) {
			return i
		}
	}
	return -1
}

// nameGoesOn reports whether rest, what follows a capital stop word, may
// go on with a name: its first word is no language's function word and
// no place of the gazetteer.
func (w *words) nameGoesOn(rest string) bool {
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	next = strings.TrimRight(next, ",;.")
	return next != "" && !w.function[strings.ToLower(next)] && !knownPlace(next)
}

// startsName reports whether a name may start after before: it is empty
// or ends with a comma, semicolon, ampersand or a joiner ("and").
func (w *words) startsName(before string) bool {
	b := strings.TrimRight(before, " ")
	if b == "" || strings.HasSuffix(b, ",") || strings.HasSuffix(b, ";") || strings.HasSuffix(b, "&") {
		return true
	}
	low := " " + strings.ToLower(b) + " "
	for _, j := range w.joiners {
		if strings.HasSuffix(low, j) {
			return true
		}
	}
	return false
}

// reportingSignOff returns the writers a wire story's closing credits
// name: the parts of one of the article's last four lines, split at
// semicolons, that open with "Reporting by" or "Writing by" ("(Reporting
// by Jane Doe in Paris; Additional reporting by John Roe; Editing by Ann
// Poe)"). An additional reporter, an editor or a producer is no writer
// (the fields annotation's convention), also after a comma ("Reporting
// by Jane Doe in Paris, additional reporting by John Roe"). The body
// leaves the line out as end matter: the article's blocks are read.
func (d *doc) reportingSignOff() []string {
	scope := d.scope()
	var out []string
	for i, seen := len(d.blocks)-1, 0; i >= 0 && seen < 4 && out == nil; i-- {
		b := d.blocks[i]
		if b.container == nil || !contains(scope, b.container) {
			continue
		}
		seen++
		if textOver(b.text, 300) {
			continue
		}
		for part := range strings.SplitSeq(strings.Trim(b.text, "() "), ";") {
			part = strings.TrimSpace(part)
			low := lowerKeepOffsets(part) // byte offsets kept for untilNextCredit
			if strings.HasPrefix(low, "reporting by ") || strings.HasPrefix(low, "writing by ") {
				out = append(out, d.w.splitAuthorNames(untilNextCredit(part, low), false)...)
			}
		}
	}
	return out
}

// untilNextCredit cuts a sign-off's part (low its lower case) before a
// credit that a comma joins to it: "Reporting by X in Paris, additional
// reporting by Y" gives "Reporting by X in Paris".
func untilNextCredit(part, low string) string {
	head := strings.Index(low, " by ") + len(" by ")
	if i := strings.Index(low[head:], " by "); i >= 0 {
		if c := strings.LastIndexByte(low[:head+i], ','); c > head {
			return part[:c]
		}
	}
	return part
}

// mailboxName returns the name of an author written as a mailbox, "jane@
// example.org (Jane Doe)" (RSS's author element, copied into meta tags)
// or "Jane Doe <jane@example.org>"; any other value as it is.
func mailboxName(v string) string {
	v = strings.TrimSpace(v)
	if at := strings.IndexByte(v, '@'); at > 0 {
		if i := strings.IndexByte(v, '('); i > at && strings.HasSuffix(v, ")") {
			return strings.TrimSpace(v[i+1 : len(v)-1])
		}
		if i := strings.IndexByte(v, '<'); i > 0 && i < at && strings.HasSuffix(v, ">") {
			return strings.TrimSpace(v[:i])
		}
	}
	return v
}

// readerItemType reports whether a microdata itemtype is a reader's
// contribution (a comment, a question or an answer), whose author is no
// writer of the page.
func readerItemType(t string) bool {
	t = strings.ToLower(t)
	return strings.HasSuffix(t, "comment") || strings.HasSuffix(t, "answer") || strings.HasSuffix(t, "question")
}

// mediaItemType reports whether a microdata itemtype is a picture's or
// another medium's (schema.org's ImageObject, VideoObject, Photograph):
// its author is whoever made the picture, the credit a caption prints
// ("<figure itemscope itemtype=…/ImageObject>…<span itemprop=author>
// Source: City roads office</span>"), not the story's writer.
func mediaItemType(t string) bool {
	t = strings.TrimRight(strings.ToLower(t), "/ ")
	return strings.HasSuffix(t, "imageobject") || strings.HasSuffix(t, "videoobject") || strings.HasSuffix(t, "audioobject") ||
		strings.HasSuffix(t, "mediaobject") || strings.HasSuffix(t, "photograph")
}

// deskCredited reports whether a name is a publication's desk credit
// ("Courier Staff", "Metro Desk"): two or three words, the last a desk
// word that names people (not "news" or "service", which end outlets'
// names), the rest no desk word. A first name before it makes a person
// ("Ian Staff", "Jane Desk"), not a desk.
func (w *words) deskCredited(n string) bool {
	f := strings.Fields(n)
	if len(f) < 2 || len(f) > 3 || firstNames()[strings.ToLower(f[0])] {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if !w.desk[last] || fillerDeskWord(last) {
		return false
	}
	return len(strings.Fields(w.withoutDeskWords(n))) == len(f)-1
}

// publisherOnly reports whether the JSON-LD organisation authors are
// the publisher itself (its JSON-LD name or the site's): news templates
// (Arc XP's among them) fill the author of every story with the
// publisher, and the page credits nobody. The annotation counts no such
// credit (eval/testdata/fields.md: the byline's place or a meta author);
// right on three tune pages, and the check half's precision rose with
// it (0.732 -> 0.757). Only organisations typed so: a Person node named
// as the publisher stands, where the page prints that name too (dropping
// it cost a name on both halves).
func (d *doc) publisherOnly(names []string) bool {
	for _, n := range names {
		if !strings.EqualFold(n, d.ld.Publisher) && !d.isSite(n) {
			return false
		}
	}
	return len(names) > 0
}

// outletName reports whether a name opens with a definite article ("The
// Conversation", "The Kyiv Independent"): no person's name does, an
// outlet's often; beside a writer ("By Jane Doe, The Conversation", as
// republished stories print the source) it is the writer's affiliation.
func (w *words) outletName(n string) bool {
	first, _, ok := strings.Cut(n, " ")
	return ok && firstUpper(first) && w.outletArticles[strings.ToLower(first)]
}

// withoutDesks drops the desks from a meta author's names: the CMS
// account or newsroom credit ("webredactie", "HS Verkkotoimitus",
// "Redacció") many templates fill the author meta with beside a printed
// byline names no person. The later rules (organisation, desk-credit)
// still give it when no source names one.
func (w *words) withoutDesks(names []string) []string {
	out := names[:0:0]
	for _, n := range names {
		if w.deskCredit(n) == "" && !w.deskCredited(n) {
			out = append(out, n)
		}
	}
	return out
}

// photographerSpan reports whether the byline element n names who took
// the pictures, as a byline's label and role spans tell beside the
// names, without a colon: n holds the picture label itself ("Kuvat",
// "Fotos"), follows it ("<span>Kuvat</span> <span>Jussi Lehtonen</span>"),
// or the photographer's role follows n ("<span>Silje Nøss</span><span>
// Fotograf</span>"), as Nordic and Finnish papers list their byline
// items.
func (w *words) photographerSpan(n *html.Node) bool {
	if w.pictureLabelWord(shortText(n, 30)) {
		return true
	}
	if prev := plainSibling(n, false); prev != nil && w.pictureLabelWord(shortText(prev, 30)) {
		return true
	}
	next := plainSibling(n, true)
	if next == nil {
		return false
	}
	role := strings.ToLower(strings.Trim(shortText(next, 30), " :：|,"))
	return w.role[role] && pictureLabelled(role+":") // "fotograf", "photographer"
}

// pictureLabelWord reports whether t is one word that labels pictures'
// credits ("Kuvat", "Fotos", "Photos:"), no role.
func (w *words) pictureLabelWord(t string) bool {
	lw := strings.ToLower(strings.Trim(t, " :：|,"))
	if lw == "" || strings.ContainsRune(lw, ' ') || w.role[lw] {
		return false
	}
	return pictureCreditLabels()[lw] || slices.ContainsFunc(pictureStems(), func(p string) bool { return lw == p || lw == p+"s" })
}

// photographersOnly reports whether every byline leaf inside the byline
// container n (of all, the page's byline elements) is a photographer's
// span (photographerSpan), an empty one or an address aside: a byline
// row's item for the photographer ("<div class=byline-item><span class=byline-name>X</span><span
// class=byline-role>Fotograf</span></div>") read whole names him, not a
// writer (TestMetamorphicAbsent: with the writers' names cut, the
// photographer's item was read as the author).
func (d *doc) photographersOnly(n *html.Node, all []*html.Node) bool {
	seen := false
	for _, o := range all {
		if o == n || !contains(n, o) || hasBylineChild(o, all) {
			continue
		}
		if t := shortText(o, 80); t == "" || strings.Contains(t, "@") {
			continue // an empty name element, an e-mail address: no one named
		}
		if !d.w.photographerSpan(o) {
			return false
		}
		seen = true
	}
	return seen
}
