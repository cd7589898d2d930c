package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// More furniture lines (see furniture.go): timestamp and meta lines,
// gallery counters, breadcrumb trails and feed footers printed among a
// story's paragraphs.

// isGalleryCounter reports whether a line is only a gallery's slide
// counter after a picture word ("Photo 3 of 12", "Bild 3/12"), which
// picture widgets print inside the text. A bare "3/12" may be a score
// and stays.
func isGalleryCounter(s string) bool {
	if textOver(s, 30) {
		return false
	}
	w, rest, ok := strings.Cut(s, " ")
	if !ok || !vocab().counterWords[strings.ToLower(w)] {
		return false
	}
	if rest, ok := cutCounter(rest); ok {
		return rest == ""
	}
	// "Foto 3 de 12", "Photo 3 sur 12", "Bild 3 von 12": the counter
	// with a lexicon's word between the numbers (any language's, as the
	// picture word), after the picture word only (a bare "3 de 12" is
	// prose's).
	n, rest, _ := strings.Cut(rest, " ")
	of, m, _ := strings.Cut(rest, " ")
	return allDigits(n) && len(n) <= 3 && vocab().counterOf[strings.ToLower(of)] && allDigits(m) && len(m) <= 3
}

// breadcrumbSeps separate the steps of a breadcrumb trail.
const breadcrumbSeps = "»›>/|"

// isBreadcrumbLine reports whether a block is a breadcrumb trail printed
// as a paragraph: the site's home (a lexicon home word), then up to seven
// short steps after a separator ("Home » News » Politics", "Startseite >
// Politik > Stadtrat"), with links (the trail's steps are; the page's
// own title at its end may not be). Fires on no development page;
// general because a linked line that opens with the home page's name and
// goes on in separated steps of a few words is every CMS's trail. The
// link is what tells it from the text's own lines that open so: a how-to's
// path ("Home > Settings > Screen time"), a fact box's "Home/away record:
// 8-2 / 4-6".
func (d *doc) isBreadcrumbLine(b *block) bool {
	s := b.text
	if b.linkLen == 0 || len(s) > 150 {
		return false
	}
	i := strings.IndexAny(s, breadcrumbSeps)
	if i <= 0 || !d.w.home[strings.ToLower(strings.TrimSpace(s[:i]))] {
		return false
	}
	steps := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(breadcrumbSeps, r) })
	if len(steps) < 2 || len(steps) > 8 {
		return false
	}
	for _, st := range steps {
		if wordCount(st) > 6 {
			return false
		}
	}
	return true
}

// isFeedFooter reports whether a block is the footer a blog's feed adds
// to each post, which copies of the post carry into their text: "The
// post <a>X</a> appeared first on <a>Y</a>." (WordPress SEO plugins'
// default, translated: "Der Beitrag X erschien zuerst auf Y."). The
// lexicon's feed_footers give the opening and the middle around "…". The
// post's title and the site's name are links, at least half of what the
// footer's words leave: the text's own sentences that open and go on so
// ("The post office on Harbour Street appeared first on the list",
// "L'articolo 18 del regolamento proviene da una proposta") have no
// such links. Fires on no development page; general because the plugins
// print the same sentence on every post of every site that keeps the
// default.
func (d *doc) isFeedFooter(b *block) bool {
	if len(b.text) > 300 || b.linkLen == 0 {
		return false
	}
	var l string
	for _, f := range d.w.feedFooters {
		if len(b.text) < len(f[0]) || !strings.EqualFold(b.text[:len(f[0])], f[0]) {
			continue
		}
		if l == "" {
			l = strings.ToLower(b.text)
		}
		if strings.HasPrefix(l, f[0]) && strings.Contains(l[len(f[0]):], f[1]) && b.linkLen*2 >= len(l)-len(f[0])-len(f[1]) {
			return true
		}
	}
	return false
}

// isClockOnly reports whether a line is only a clock or a running time
// ("02:41", "1:02:41"): a media player's duration (the "Listen to this
// article" bar, a video's length) or a time set on a line of its own,
// never a paragraph of text. Minutes and seconds stay under 60: "98:87"
// is a score.
func isClockOnly(s string) bool {
	if len(s) < 4 || len(s) > 8 {
		return false
	}
	fields := 0
	for f := range strings.SplitSeq(s, ":") {
		if !allDigits(f) || len(f) > 2 || fields > 0 && (len(f) != 2 || f[0] > '5') {
			return false
		}
		fields++
	}
	return fields >= 2
}

// isEditorInitials reports whether a line is only a slash and an
// editor's initials in lower case ("/cb", "/atm", "/ra /jpv"): the
// sign-off the Philippine dailies' desks put under every story, the
// initials of who edited it. A word of a sentence never stands so.
func isEditorInitials(s string) bool {
	if len(s) < 2 || len(s) > 20 || s[0] != '/' {
		return false
	}
	f := strings.Fields(s)
	if len(f) > 3 {
		return false
	}
	for _, w := range f {
		if len(w) < 2 || len(w) > 6 || w[0] != '/' {
			return false
		}
		for i := 1; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// stampLine returns the date of a line that only states a date
// (dateLine), or of one that opens with its source before a slash or a
// bar ("PDC.net / 07:48 PM March 05, 2024", "PTI | Updated: Mar 5,
// 2024, 10:12 IST") or its place before a dash ("Port Louis - 05 mar
// 2024 - 13:40 CET"): a name of three words at most, then the date line,
// as the dailies print the wire, the site or the place under the byline.
func (d *doc) stampLine(s string) (time.Time, bool) {
	if t, ok := d.dateLine(s); ok {
		return t, true
	}
	// (" - ": a byline block's meta line of the place and the date,
	// "Port Louis - 05 mar 2024 - 13:40 CET")
	rest, ok := afterSourceHead(s)
	if !ok {
		return time.Time{}, false
	}
	return d.dateLine(rest)
}

// afterSourceHead returns what follows a short name before the first
// slash, bar or dash of s ("PDC.net / 07:48 PM", "Port Louis - 05 mar
// 2024"): a source's or a place's name of three words at most, no
// digits, within 40 bytes; ok is false when s opens on no such head.
// stampLine and sourcedRemnant read the date or the time after it.
func afterSourceHead(s string) (rest string, ok bool) {
	i, n := -1, 0
	for _, sep := range []string{" / ", " | ", " - ", " – ", " — "} {
		if j := strings.Index(s, sep); j >= 0 && (i < 0 || j < i) {
			i, n = j, len(sep)
		}
	}
	if i <= 0 || i > 40 || wordCount(s[:i]) > 3 || strings.ContainsAny(s[:i], "0123456789") {
		return "", false
	}
	return strings.TrimSpace(s[i+n:]), true
}

// isTimestampLine reports whether a lower-case line only states when the
// article was published or updated ("Updated 1:33 am CST, Nov. 20, 2019").
func (d *doc) isTimestampLine(l string) bool {
	// a sentence of twelve words is prose that opens with the word
	// ("Posted in 2019, the clip has been viewed more than a million
	// times.")
	if !strings.ContainsAny(l, "0123456789") {
		return false
	}
	if !textOver(l, 90) {
		for _, p := range d.w.timestampPrefixes {
			// (at a word's end: Catalan "publicat" opens "publication")
			if strings.HasPrefix(l, p) && !wordGoesOnAt(l, len(p)) {
				return !isSentence(l) || wordCount(l) < 12
			}
		}
	}
	// A label of the lexicon's own (timestamplabels.go): the dates after
	// it measured alone, so a long label ("Date de mise en ligne :")
	// leaves them the room a short one does.
	if rest, ok := d.dateLabelRest(l); ok && !textOver(rest, 90) {
		return !isSentence(l) || wordCount(l) < 12
	}
	return false
}

// isMetaLine reports whether a line is a post's meta line ("05/10/2018 -
// Published by: X - Category: Y - Tags: z"); t is the line, l the same
// in lower case. A marker of the lexicon opens the line or a field of it:
// after a separator ("| Posted by"), after a number when it is a reading
// time ("5 min read"; "3 mots-clés :" and "40 tags:" are counts), after
// other punctuation when it is a label with a colon ("- Tags:") or a
// capitalised field ("- Published by"). After a word it is prose's ("a
// study published by the council", "originally published by X", which
// the gold keeps as text), or a marker's letters inside another word
// ("Montag:" holds "tag:"); after a comma or a dash in lower case too
// ("The study, published by the council on Monday, found ...").
func (d *doc) isMetaLine(t, l string) bool {
	if textOver(l, 200) {
		return false
	}
	// A sentence of twelve words or more, no field separated from the
	// next, is prose whose words look like a field ("Posted in 2019, the
	// clip has been viewed ..."; "The report is a 40 min read, and ...")
	// unless a labelled marker or a marker that is a sentence of its own
	// ("This entry was posted in ...") says otherwise.
	prose := -1 // not yet known: worked out at the first bare marker found
	// One pass over l with the markers by first byte, not a search of l
	// for each of the markers.
	for i := 0; i < len(l); i++ {
		for _, m := range d.w.metaMarkerIdx.byFirst[l[i]] {
			if !strings.HasPrefix(l[i:], m) {
				continue
			}
			labelled := strings.HasSuffix(m, ":")
			if bare := !labelled && strings.Count(m, " ") < 2; bare {
				if prose < 0 {
					prose = 0
					if isSentence(t) && wordCount(t) >= 12 && !strings.ContainsAny(t, "|•·") {
						prose = 1
					}
				}
				if prose == 1 {
					continue
				}
			}
			if metaFieldStart(t, l, i, labelled) && searchFinds(l, m, i) {
				return true
			}
		}
	}
	return false
}

// searchFinds reports whether m at l[i:] is one of the occurrences a
// search of l for m finds, left to right, each after the one before: a
// marker whose end repeats its start ("a-a") is not found inside another.
func searchFinds(l, m string, i int) bool {
	for off := 0; off <= i; {
		j := strings.Index(l[off:], m)
		if j < 0 || off+j > i {
			return false
		}
		if off+j == i {
			return true
		}
		off += j + len(m)
	}
	return false
}

// metaFieldStart reports whether the marker at l[i:] opens a field of a
// meta line (see isMetaLine); labelled markers end in a colon.
func metaFieldStart(t, l string, i int, labelled bool) bool {
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l[:i], " "))
	switch {
	case before == utf8.RuneError || strings.ContainsRune("|•·/", before):
		return true
	case unicode.IsLetter(before):
		return false
	case unicode.IsDigit(before):
		return !labelled
	case labelled:
		return true
	}
	// a field after a dash or a comma is capitalised: "- Published by"
	r, _ := utf8.DecodeRuneInString(t[i:])
	return len(t) == len(l) && unicode.IsUpper(r)
}
