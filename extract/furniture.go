package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/byline/byline/article"
)

// This file recognises the lines news pages print as furniture between
// the paragraphs of a story: labels ("Advertisement", "Read more"), calls
// to action, captions and credits that escaped their figure, timestamps,
// a post's meta line. The words are the lexicon's.

// isBoilerLine reports whether a paragraph is page furniture by its text.
func (d *doc) isBoilerLine(s string) bool {
	// A notice's long prefix is matched in bytes (longNotice); the short
	// lines below are up to 200 characters in any script.
	if len(s) > 200 && d.longNotice(s) {
		return true
	}
	if textOver(s, 200) {
		return false
	}
	w := d.w
	// "📲 Participe do canal…", "👉 Follow us": a symbol opens a prompt.
	t := strings.TrimLeftFunc(strings.Trim(s, " -–—:|•·*_»«()[]"), func(r rune) bool { return unicode.Is(unicode.So, r) || r == ' ' })
	l := strings.ToLower(t)
	switch {
	case strings.IndexByte(l, '@') > 0 && (emailOnly(l) || w.contactLine(l) || labelledEmail(l)):
		return true // "jdoe@paper.example", "Jo Doe covers courts. Reach her at jdoe@…"
	case w.boilerLines[l] || w.boilerLines[questionOf(l)] || w.counterLabels[strings.ToLower(uncounted(strings.TrimSpace(s)))]:
		return true
	case strings.HasSuffix(l, "contributed to this report.") || strings.HasSuffix(l, "contributed to this report"),
		strings.HasPrefix(l, "reporting by") && strings.Contains(l, "editing by"):
		return true
	case strings.HasPrefix(l, "follow ") && textUnder(l, 160) && isFollowLine(s, l):
		return true
	case d.isShareRow(t):
		return true // "Сподели: Facebook Twitter Viber" (furnitureshare.go)
	case isClockOnly(s) || isEditorInitials(s):
		return true // "02:41" (furniturelines.go)
	case d.metaRemnant(s) == remnantClock:
		return true // "// 10:21 송고", "Updated: Fri, 02:32 PM (IST)" (metaremnant.go)
	case d.isCreditOnly(s) || d.isTimestampLine(l) || d.isTailLabel(s) || d.isMetaLine(t, l) || isGalleryCounter(s) || d.isMetaStamp(s):
		return true
	case textUnder(l, 120) && (strings.HasSuffix(l, "photo:") || strings.HasSuffix(l, "foto:")), l == "" && ratingStars(s):
		return true
	}
	// A copyright notice: "Copyright 2024 The Courier. All rights
	// reserved.", "(c) 2019 Jane Doe" (the lexicon's prefixes need the
	// sign: "copyright ©").
	if textUnder(l, 200) && (strings.HasPrefix(l, "copyright ") || strings.HasPrefix(l, "(c) ")) && hasYear(l[:min(len(l), 20)]) {
		return true
	}
	// A caption ending in its credit: "Marco Odermatt in Beijing. © AFP / X".
	// Korean and Japanese pages print the sign as a circled c ("ⓒ 한빛일보
	// 무단전재 및 재배포 금지"), which the trim above takes for a symbol.
	if i := max(strings.LastIndex(s, "©"), strings.LastIndex(s, "ⓒ")); i >= 0 && len(s) < 250 && len(s)-i < 60 {
		return true
	}
	// A footer line of fields, one a copyright notice: "Last updated: 10
	// March 2024 · © 2001–2024 Jane Doe · Made by hand" (hand-written
	// sites and small-site footers no footer element marks). The sign
	// and a year open a field of the line, which no sentence does.
	if textUnder(s, 200) && copyrightField(s) {
		return true
	}
	// "2021-10-16 | Section": a date and a label.
	if textUnder(l, 60) && strings.Contains(l, "|") && l != "" && l[0] >= '0' && l[0] <= '9' {
		return true
	}
	// "Found a mistake? Select the text and press Ctrl+Enter": the
	// error-report widget of Russian, Ukrainian and Baltic news sites; no
	// development page has it. The keys alone are a how-to's ("press
	// Ctrl+Enter for a page break"): the line must also speak of a
	// mistake or of selecting text, in one of the widget's languages.
	if textUnder(l, 200) && (strings.Contains(l, "ctrl+enter") || strings.Contains(l, "ctrl + enter")) &&
		containsAnyOf(l, errorReportWords...) {
		return true
	}
	// A PHP warning printed into the page.
	if (strings.HasPrefix(l, "warning:") || strings.HasPrefix(l, "notice:") || strings.HasPrefix(l, "deprecated:")) && strings.Contains(l, " on line ") {
		return true
	}
	if w.boilerPrefixIdx.prefixOf(l) {
		return !isGuillemetQuote(s)
	}
	return false
}

// longNotice reports a paragraph too long for a boiler line that opens
// with a long boiler prefix of the lexicon (forty bytes or more: "A
// version of this article appears in print on …", "If you purchase a
// product or register for an account through a link on our site, …"):
// the notices chains print under every story run on past 200 bytes, and
// so long an opening is the notice's own wording, not a sentence's. A
// shorter prefix (fifteen bytes or more) does when it is the whole
// first sentence: "All rights reserved. This material … may not be
// reproduced …" (a story on copyright quotes the phrase inside its
// sentences, or opens with it and goes on: "All rights reserved, the
// label insisted").
func (d *doc) longNotice(s string) bool {
	if len(s) > 600 {
		return false
	}
	t := strings.TrimSpace(s) // (no lowered copy: this runs on every long paragraph)
	for _, p := range d.w.boilerPrefixes {
		if len(p) < 15 {
			break // (longest first: no longer one follows)
		}
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) && (len(p) >= 40 || t[len(p)] == '.') {
			return true
		}
	}
	return false
}

// emailOnly reports whether l is an e-mail address alone, as a
// reporter's contact line closes a story.
func emailOnly(l string) bool {
	at := strings.IndexByte(l, '@')
	return at > 0 && len(l) < 80 && !strings.ContainsAny(l, " \t") && strings.IndexByte(l[at:], '.') > 1
}

// labelledEmail reports whether l is an e-mail address after a one-word
// label ("contact: editor@paper.example", "e-mail: jdoe@…"): a contact
// line, as the address alone is.
func labelledEmail(l string) bool {
	label, addr, ok := strings.Cut(l, ": ")
	return ok && label != "" && !strings.ContainsAny(label, " @") && emailOnly(strings.TrimSpace(addr))
}

// contactLine reports whether l, a line with an "@", is a reporter's
// contact line: a contact phrase and an address among its last three
// words ("… Reach her at jdoe@paper.example or 555-0100."). A story's
// sentence that passes on an address goes on after it ("The organisers
// can be reached at fest@… until Friday, when …"); the phrases name one
// person, as a police appeal or an agency's address ("contact them at")
// does not.
func (w *words) contactLine(l string) bool {
	if !containsAnyOf(l, w.contactPhrases...) {
		return false
	}
	f := strings.Fields(l)
	for i := len(f) - 1; i >= 0 && i >= len(f)-3; i-- {
		if strings.IndexByte(f[i], '@') >= 0 {
			return true
		}
	}
	return false
}

// announcedAddress reports whether s, an e-mail address alone, is the
// one the block before it announces ("Entries go to the council by
// e-mail:"): the story's, not the reporter's contact line. A labelled
// address ("Applications: jobs@…") beside another labelled detail
// line of no address ("Deadline: 30 April") is one of the story's own
// list of details, not a contact line: a line of its container's (a
// "Tags:" line of links, a box's other line, is no detail).
func (d *doc) announcedAddress(s string, st *bodyState) bool {
	if st.at > 0 && strings.HasSuffix(d.blocks[st.at-1].text, ":") && emailOnly(s) {
		return true
	}
	if !labelledEmail(strings.ToLower(strings.TrimSpace(s))) {
		return false
	}
	cur := d.blocks[st.at]
	for _, k := range [2]int{st.at - 1, st.at + 1} {
		if k < 0 || k >= len(d.blocks) {
			continue
		}
		if b := d.blocks[k]; b.linkLen == 0 && b.container != nil && cur.container != nil && b.container.Parent == cur.container.Parent && detailLine(b.text) {
			return true
		}
	}
	return false
}

// detailLine reports whether t is a short "Label: value" line of no
// address: a label of one or two words, a value after it.
func detailLine(t string) bool {
	label, value, ok := strings.Cut(t, ": ")
	return ok && len(t) < 80 && strings.TrimSpace(value) != "" && !strings.Contains(t, "@") &&
		label != "" && strings.Count(strings.TrimSpace(label), " ") <= 1
}

// uncounted returns a counter line without its count: "Comments (12)",
// "Diskuse k článku (37 příspěvků)", "12 Kommentare" -> "Comments",
// "Diskuse k článku", "Kommentare" (the lexicon's counter labels say
// which words count); "" when l has no count. A count in brackets may
// carry its noun, one word. The caller lower-cases only what it returns:
// most lines have no count.
func uncounted(l string) string {
	if t, ok := strings.CutSuffix(l, ")"); ok {
		if i := strings.LastIndex(t, " ("); i > 0 {
			n, noun, _ := strings.Cut(t[i+2:], " ")
			if allDigits(n) && !strings.Contains(noun, " ") {
				return t[:i]
			}
		}
		return ""
	}
	if n, rest, ok := strings.Cut(l, " "); ok && allDigits(n) {
		return rest
	}
	return ""
}

// copyrightField reports whether a field after a " · " or " | " of s
// opens with the copyright sign and a year and is short ("… · ©
// 2001–2024 Jane Doe · …").
func copyrightField(s string) bool {
	i := strings.Index(s, "©")
	if i <= 0 || !hasYear(s[i:min(len(s), i+12)]) {
		return false
	}
	before := strings.TrimRight(s[:i], " ")
	if !strings.HasSuffix(before, "·") && !strings.HasSuffix(before, "|") {
		return false
	}
	// the field is a notice, a holder's name: not a sentence quoting a
	// poster's "Sommerfest · © 2024 Jugendring" and going on
	field := s[i:]
	if j := strings.IndexAny(field, "·|"); j >= 0 {
		field = field[:j]
	}
	return wordCount(field) <= 7
}

// hasYear reports whether s holds a year of four digits, 1900 to 2099.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		digit := func(k int) bool { return k >= 0 && k < len(s) && s[k] >= '0' && s[k] <= '9' }
		if (s[i:i+2] == "19" || s[i:i+2] == "20") && digit(i+2) && digit(i+3) && !digit(i-1) && !digit(i+4) {
			return true
		}
	}
	return false
}

// questionOf returns the question of a feedback widget's line, without
// the answer buttons printed after it: "was this article helpful? yes no"
// → "was this article helpful?"; "" when l is no such line.
func questionOf(l string) string {
	i := strings.LastIndexByte(l, '?')
	if i < 0 || i == len(l)-1 || len(l)-i > 30 {
		return ""
	}
	answers := strings.Fields(strings.NewReplacer("/", " ", "|", " ").Replace(l[i+1:]))
	if len(answers) == 0 || len(answers) > 3 {
		return ""
	}
	for _, a := range answers {
		if utf8.RuneCountInString(a) > 6 {
			return ""
		}
	}
	return l[:i+1]
}

// isTailLabel reports whether a short paragraph announces end matter:
// further reading, sources, contact.
func (d *doc) isTailLabel(s string) bool {
	if textOver(s, 60) {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(s))
	if d.w.tailLabels[strings.TrimRight(l, " :.…»>՝")] {
		return true
	}
	// "Lesen Sie auch die folgenden Beiträge:", "Mehr zum Thema auf X";
	// not a boiler line opening with a label's word ("Weiterlesen nach der
	// Anzeige" stands between paragraphs), nor a sentence closed by its
	// period ("Credits for solar panels end soon."): labels have none.
	if d.w.boilerLines[l] || strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "..") {
		return false
	}
	for _, t := range d.w.tailPrefixes {
		if strings.HasPrefix(l, t) && (strings.HasSuffix(l, ":") || wordCount(l) <= 6) {
			return true
		}
	}
	return false
}

// wordGoesOnAt reports whether a word's letters go on across offset i
// of l: the letters before i and the one after it.
func wordGoesOnAt(l string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(l[:i])
	after, _ := utf8.DecodeRuneInString(l[i:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// isReadAlsoTeaser reports whether a block is a link to another story
// under an end-matter label, set between the paragraphs ("Read more:
// <a>…</a>", "ये भी पढ़ें: <a>…</a>", "Lesen Sie auch | <a>…</a>"): the
// label, a separator, and a link that is most of the rest. Counted apart
// from the label, so a label in a script of many bytes a letter weighs
// no more than an English one.
func (d *doc) isReadAlsoTeaser(b *block) bool {
	if len(b.text) > 300 || b.linkLen == 0 {
		return false
	}
	// (Armenian sets its label off with "՝": "Կարդացեք նաև՝ <a>…</a>")
	i := strings.IndexAny(b.text, ":：|-–—»՝")
	if i <= 0 || i > 60 {
		return false
	}
	label := strings.ToLower(strings.TrimSpace(b.text[:i]))
	_, size := utf8.DecodeRuneInString(b.text[i:])
	rest := strings.TrimLeft(b.text[i+size:], " :：|-–—»՝")
	return d.w.tailLabels[label] && rest != "" && b.linkLen*3 >= len(rest)*2
}

// headsLinkBox reports whether the end-matter label b heads a box of
// links set inside the story ("<div class="related"><h4>Xem thêm</h4>
// <ul><li><a>…"), as Vietnamese, Indonesian and many other papers put
// one between paragraphs: the box is the end matter, and the story goes
// on after it. The box is the label's nearest element below the body
// root with more text than the label (its own <p> when links follow it
// after <br>s); most of the rest is link text.
func (d *doc) headsLinkBox(b *block, root *html.Node) bool {
	for n, up := b.container, 0; n != nil && n != root && up < 4; n, up = n.Parent, up+1 {
		st := d.stats[n]
		if st == nil || st.textLen <= len(b.text)+10 {
			continue
		}
		return d.linksPastChrome(n, st, len(b.text)) || d.linkListAfter(b, root) // linkbox.go
	}
	return false
}

// isCaptionLine reports whether a paragraph is a picture caption that
// escaped a figure: short, ending with a photo credit such as
// "(REUTERS/Denis Balibouse)" or "(Image: GETTY)".
func (d *doc) isCaptionLine(s string) bool {
	if textOver(s, 300) || !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.LastIndex(s, "(")
	if i < 0 {
		return false
	}
	inner := strings.ToLower(s[i+1 : len(s)-1])
	if isSlashCredit(inner) {
		return true
	}
	return d.looksLikeCredit(inner) && containsAnyOf(inner, "/", "photo", "foto", "image", "bild", "getty", "©", "credit")
}

// isSlashCredit reports whether a parenthesised text is a credit like
// "NASA/JPL-Caltech/ASU": slash-separated, few words.
func isSlashCredit(inner string) bool {
	return strings.Contains(inner, "/") && !strings.Contains(inner, "://") && len(strings.Fields(inner)) <= 4
}

// isCreditOnly reports whether a short line is only a picture credit:
// "Sanjeev Verma/Hindustan Times/Getty Images", "© Lucy Nicholson".
func (d *doc) isCreditOnly(s string) bool {
	if textOver(s, 160) {
		return false
	}
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "ⓒ") {
		return true
	}
	l := strings.ToLower(s)
	if !strings.Contains(s, "/") || len(strings.Fields(s)) > 8 {
		return false
	}
	for _, w := range pictureAgencies {
		if strings.HasSuffix(l, w) || strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// looksLikeCredit reports whether text (in trailing parentheses) is a
// photo credit.
func (d *doc) looksLikeCredit(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	// "(AP)", "(Reuters)": a wire's name alone is the picture's source.
	// Right on one annotated aeb tune page; general because the wires
	// are the lexicon's, and a bracket holding only one of them at a
	// caption's end names where the picture came from on any site.
	if textOver(s, 100) {
		return false
	}
	// "(Jane Doe/The Union via AP)": a member paper's picture sent on by
	// a wire, the form the wires' own captions credit it in. Right on
	// one annotated tune page (four pictures) and changes no other
	// development page; general because only a wire of the lexicon after
	// "via" qualifies.
	if _, agency, ok := d.cutVia(l); ok && d.w.wires[strings.TrimSpace(agency)] {
		return true
	}
	return containsWordOf(l, d.w.creditWords) || d.w.wires[l] || d.creditSuffixed(l)
}

// withoutCaptions drops the body paragraphs that are a picture's caption
// as the page shows it (the caption, with its credit or not): the image
// rules found it under a picture, so it is no text of the story. Runs
// after the images are read.
func (d *doc) withoutCaptions(paras []string, images []article.Image) []string {
	caps := map[string]bool{}
	ldCaption := cleanText(d.ld.ImageCaption)
	for _, im := range images {
		// Not the lead image's caption from the structured data: CMSs
		// fill it with the article's description or first paragraph,
		// which the page shows as text, not under a picture.
		if im.Caption != "" && im.Caption != ldCaption && !d.hiddenCaptions[im.Caption] {
			caps[im.Caption] = true
			if im.Credit != "" {
				// The credit in a block of its own beside the caption's
				// ("<p>caption</p><span class=credit>…</span>").
				caps[im.Credit] = true
				caps[im.Caption+" "+im.Credit] = true
				caps[im.Caption+" ("+im.Credit+")"] = true
			}
		}
	}
	if len(caps) == 0 && !slices.ContainsFunc(images, func(im article.Image) bool { return im.Credit != "" }) {
		return paras
	}
	out := paras[:0:0]
	credits, values := d.pictureCredits(images)
	for _, p := range paras {
		if caps[p] || caps[d.captionTailFree(p)] || captionWithCredit(p, images) || slideCounter(p, len(images)) || d.pictureCreditLine(p, credits, values) {
			d.trace.add(bodyDrop, "image-caption", p, true)
			continue
		}
		out = append(out, p)
	}
	return out
}

// clockWords are the words a printed timestamp adds to its date and
// time: clock markers and time zones, and the CJK hour and minute
// markers a number stands before ("17時30分", "10时", "9시 5분"), which
// the date tokens cut off as words of one letter.
var clockWords = map[string]bool{
	"uhr": true, "h": true, "am": true, "pm": true, "a": true, "p": true, "m": true, "gmt": true, "utc": true,
	"cet": true, "cest": true, "mez": true, "mesz": true, "est": true, "edt": true, "cst": true, "cdt": true,
	"pst": true, "pdt": true, "bst": true, "ist": true, "jst": true, "msk": true, "et": true, "pt": true,
	"時": true, "分": true, "时": true, "시": true, "분": true,
}

// dateLine returns the date of a short line that only states a date and
// time ("01.11.2023, 07:00 Uhr", "Datum: 28.01.2022", "Apr 7, 2009"):
// its words are the lexicon's months, weekdays, update, publication and
// connector words and clock words, with at most one other ("today" in a
// language the lexicon lacks, a label), and it holds one year at most; or
// two, the second after an update word, in a line of both dates
// ("Oluşturulma Tarihi: 05 Aralık 2026 14:32 Güncelleme Tarihi: 05
// Aralık 2026 16:10", "Published 5 March 2024, updated 6 March 2024").
// Label nouns ("Kaynak: AA", "Source:") are no other words.
func (d *doc) dateLine(s string) (time.Time, bool) {
	if textOver(s, 140) {
		return time.Time{}, false
	}
	v, ok := d.dates().text(s)
	if !ok {
		return time.Time{}, false
	}
	var buf [32]dtok
	numbers, years, unknown, updated := 0, 0, 0, false
	w := d.w
	for _, t := range dateTokens(s, buf[:0]) {
		switch t.kind {
		case 'n':
			numbers++
			if t.digits == 4 {
				years++
			}
		case 'w':
			updated = updated || w.update[t.s] && years == 1
			if !(w.isMonthOrWeekday(t.s) || w.update[t.s] || w.published[t.s] || w.dateConnectors[t.s] || clockWords[t.s] || w.labelNouns[t.s] || isCJKMarkerWord(t.s)) {
				unknown++
			}
		}
	}
	return v.t, numbers >= 2 && (years <= 1 && len(s) <= 90 || years == 2 && updated) && unknown <= 1
}

// errorReportWords are the stems an error-report widget's line uses
// ("mistake", "ошибк", "kļūd", "select", "выделите") in English, Russian,
// Ukrainian, Latvian, Lithuanian, Estonian, Polish, Czech, German and
// Hungarian.
var errorReportWords = []string{
	"mistake", "error", "typo", "select", "highlight",
	"ошибк", "опечат", "выдел", "помилк", "виділ", "kļūd", "iezīmē", "klaid", "pažymė", "viga", "märgi",
	"błąd", "zaznacz", "chyb", "označ", "fehler", "markier", "hiba", "jelöl",
}

// followPlatforms are the networks and news apps a "Follow us on ..."
// line names ("Follow the Courier on Google News and WhatsApp"): brands,
// the same in every language. The first three are no English words and
// match in any case, anywhere in the line; the others are words or names
// in prose too ("follow the threads", "a telegram", "a YouTube star" far
// into a sentence) and must be written as the brand is, early in the line.
var followPlatforms = []string{"Google News", "WhatsApp", "Telegram", "YouTube", "TikTok", "LinkedIn", "Threads", "Bluesky", "Mastodon"}

// isFollowLine reports whether a line that opens with "follow " (l, in
// lower case; s as printed) names a network to follow the site on.
func isFollowLine(s, l string) bool {
	if containsAnyOf(l, "twitter", "facebook", "instagram") {
		return true
	}
	for _, p := range followPlatforms {
		if i := strings.Index(s, p); i >= 0 && strings.Count(s[:i], " ") <= 6 && wordEnds(s, i, len(p)) {
			return true
		}
	}
	return false
}

// wordEnds reports whether s[i:i+n] is a whole word of s.
func wordEnds(s string, i, n int) bool {
	b, _ := utf8.DecodeLastRuneInString(s[:i])
	a, _ := utf8.DecodeRuneInString(s[i+n:])
	return !unicode.IsLetter(b) && !unicode.IsLetter(a)
}

// isGuillemetQuote reports whether a paragraph opens with a quotation in
// guillemets that closes inside it and goes on ("« Abonnez-vous à notre
// newsletter », répétait-il", "«Síguenos», gritaban"): speech, whatever
// words it quotes. The furniture trim takes guillemets off a line's ends
// ("» Lesen Sie auch"), so the boiler prefixes would match the quote.
func isGuillemetQuote(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, q := range [][2]string{{"«", "»"}, {"»", "«"}} {
		if rest, ok := strings.CutPrefix(s, q[0]); ok {
			i := strings.Index(rest, q[1])
			return i > 0 && strings.TrimSpace(strings.Trim(rest[i+len(q[1]):], " .,;:—–-")) != ""
		}
	}
	return false
}

// slideCounter reports whether p is a slide counter alone ("2 of 3",
// "Foto 2/9") left by a gallery whose slides' captions were read:
// Brightspot's carousel prints it in a block of its own beside each
// slide's caption. Its total must not pass the pictures read, so a
// review's score ("8/10") or a series' part ("3 of 4") beside one
// captioned picture stays.
func slideCounter(p string, slides int) bool {
	// (the counter forms a caption's end may carry, read by the caption
	// rule: after a stand-in sentence "x.", p must be all counter)
	if len(p) > 12 || galleryCounterFree("x. "+p) != "x." {
		return false
	}
	i := len(p)
	for i > 0 && p[i-1] >= '0' && p[i-1] <= '9' {
		i--
	}
	total, err := strconv.Atoi(p[i:])
	return err == nil && total <= slides
}
