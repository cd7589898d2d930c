package extract

import (
	"strings"
	"time"
)

// More furniture lines (see furniture.go): gallery counters, breadcrumb
// trails and feed footers printed among a story's paragraphs.

// isGalleryCounter reports whether a line is only a gallery's slide
// counter after a picture word ("Photo 3 of 12", "Bild 3/12"), which
// picture widgets print inside the text. A bare "3/12" may be a score
// and stays.
func isGalleryCounter(s string) bool {
	if len(s) > 30 {
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
// never a paragraph of text.
func isClockOnly(s string) bool {
	if len(s) < 4 || len(s) > 8 {
		return false
	}
	fields := 0
	for f := range strings.SplitSeq(s, ":") {
		if !allDigits(f) || len(f) > 2 || fields > 0 && len(f) != 2 {
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
// 2024, 10:12 IST"): a name of three words at most, then the date line,
// as the dailies print the wire or site under the byline.
func (d *doc) stampLine(s string) (time.Time, bool) {
	if t, ok := d.dateLine(s); ok {
		return t, true
	}
	i := strings.Index(s, " / ")
	if j := strings.Index(s, " | "); i < 0 || j >= 0 && j < i {
		i = j
	}
	if i <= 0 || i > 40 || wordCount(s[:i]) > 3 || strings.ContainsAny(s[:i], "0123456789") {
		return time.Time{}, false
	}
	return d.dateLine(strings.TrimSpace(s[i+3:]))
}
