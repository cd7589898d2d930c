package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the title helpers of the headline resolver
// (headline.go). Pages state it several times: JSON-LD,
// og:title, twitter:title, microdata, the <h1> and <title>. The meta and
// <title> forms often carry the site's name ("Title | Site", "Site - Title",
// "Title – Section – Site"); the <h1> does not, but on listing and home
// pages the <h1> is the site's or the section's name. Agreement between the
// sources decides.

// titleSeps are the separators sites put between a title and their name,
// longest first. " < " is the breadcrumb order of Korean news CMSs'
// <title> ("제목 < 사회 < 기사본문 - 신문", the article, its section, the page
// type); a headline rarely spells "less than" with spaces around it.
// The spaced full-width tilde stands for the ASCII one in Japanese titles
// ("見出し ～ 新聞"); it changes no development page.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " › ", " ‹ ", " ~ ", " ～ ", " / ",
	" || ", " -- ", " ― ", " ‒ ", " >> ", " > ", " < ", " : ", " │ "}

// kickerFree returns the structured title when the heading is that title
// with a kicker before it ("Open Progress Why collaborative thinking
// beats individual smarts", "Politics | St. Louis Park elects…") or with
// date and category debris after it ("Title 02.02.2022 • Verband,
// Presse"); else "".
func kickerFree(heading string, metas ...string) string {
	nh := normTitle(heading)
	for _, m := range metas {
		nm := normTitle(m)
		if m == "" || nm == nh || wordCount(m) < 4 || !strings.Contains(nh, nm) {
			continue
		}
		if strings.HasSuffix(nh, nm) {
			kicker := strings.TrimSpace(nh[:len(nh)-len(nm)])
			if wordCount(kicker) <= 4 {
				return m
			}
			continue
		}
		if strings.HasPrefix(nh, nm) {
			tail := nh[len(nm):]
			if strings.ContainsAny(tail, "0123456789•|·") {
				return m
			}
		}
	}
	return ""
}

// childFree returns the meta title that a heading states once one of its
// child elements is left out: a subtitle in a <small> or <span> after the
// title, or a label element before it ("<h1>Title <small>Standfirst
// </small></h1>"); else "". Only a whole element is left out, so a title
// that merely starts like the meta one is kept.
func childFree(n *html.Node, heading string, metas ...string) string {
	if n == nil {
		return ""
	}
	nh := normLoose(heading)
	var found string
	var walk func(p *html.Node, depth int)
	walk = func(p *html.Node, depth int) {
		for c := p.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			ct := normLoose(shortText(c, 1000))
			if ct == nh && depth < 2 {
				walk(c, depth+1) // a link or wrapper around the whole heading
				continue
			}
			if ct == "" || len(ct) >= len(nh) {
				continue
			}
			for _, m := range metas {
				if nm := normLoose(m); wordCount(m) >= 3 && (nm+ct == nh || ct+nm == nh) {
					found = m
					break
				}
			}
		}
	}
	walk(n, 0)
	return found
}

// headingText returns a heading's text without its kicker ("Klimaschutz:
// Bohren, bis es heiß wird" → "Bohren, bis es heiß wird") and without
// text hidden for screen readers.
func headingText(n *html.Node) string {
	full := shortText(n, 1000)
	var b strings.Builder
	skipped := false
	var walk func(*html.Node, int)
	walk = func(c *html.Node, depth int) {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && depth < 3 {
				cls := strings.ToLower(attr(k, "class"))
				if cls != "" && isKickerClass(cls) {
					skipped = true
					continue
				}
				walk(k, depth+1)
				b.WriteByte(' ')
				continue
			}
			appendText(&b, k, textOpts{max: 1000, spaced: true}, 0)
		}
	}
	walk(n, 0)
	if !skipped {
		return full
	}
	if t := squash(b.String()); t != "" {
		return strings.TrimLeft(t, ":|-–— ")
	}
	return full
}

// isKickerClass reports whether a class names a kicker (the small label
// above a headline) or visually hidden text.
func isKickerClass(cls string) bool { return containsAnyOf(cls, kickerClasses...) }

// titleWords returns the lower-case words of s.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), notLetterOrDigit)
}

// wordDice is the Dice coefficient of two word lists.
func wordDice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	used := make([]bool, len(b))
	for _, w := range a {
		for j, v := range b {
			if !used[j] && v == w {
				used[j] = true
				common++
				break
			}
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// headlineNode returns the h1 that shows s, if any, else the article's h1.
func headlineNode(h1s []*html.Node, s string) *html.Node {
	ns := normTitle(s)
	for _, n := range h1s {
		if t := normTitle(shortText(n, 1000)); t != "" && (t == ns || strings.Contains(ns, t) || strings.Contains(t, ns)) {
			return n
		}
	}
	return nil
}

// storyHeading returns the element where the story h names starts: h's
// own node, unless that stands outside the page's <article> while the
// article has a heading of the same words. A site-wide heading (the
// logo's <h1> repeating the title for search engines) is not where the
// story starts: its dates and byline sit next to the article's own.
func (d *doc) storyHeading(h headline) *html.Node {
	n := h.node
	if n == nil || d.article == nil || contains(d.article, n) {
		return n
	}
	want := normTitle(h.text)
	if own := findElem(d.article, func(c *html.Node) bool {
		return isHeadingNode(c) && normTitle(shortText(c, 1000)) == want
	}); own != nil {
		return own
	}
	return n
}

func isHeadingNode(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3:
		return true
	}
	return false
}

// siteNameForms returns the lower-cased forms a site's name takes in
// titles: its declared name and the main label of its host
// ("www.zeit.de" → "zeit").
func siteNameForms(siteName, host string) []string {
	var out []string
	if s := normLoose(siteName); s != "" {
		out = append(out, s)
	}
	h := strings.ToLower(strings.TrimPrefix(host, "www."))
	if h != "" {
		out = append(out, normLoose(h))
		label := h
		if i := strings.IndexByte(label, '.'); i > 0 {
			label = label[:i]
		}
		// Short or generic labels ("m", "news") say little.
		if len(label) >= 3 && label != "news" && label != "blog" && label != "www" {
			out = append(out, normLoose(label))
		}
	}
	return out
}

// stripSiteName cuts the site's name (and, with it, a section name next to
// it) off the ends of a title.
func stripSiteName(s string, names []string) string {
	parts, seps := splitTitle(s)
	if len(parts) < 2 {
		if t := cutNamedCJKTail(s, names); t != s {
			return t
		}
		return stripCJKSuffix(s)
	}
	cutFront, sep0, sepN := false, "", ""
	parts, seps, changed := cutMultiPartSite(parts, seps, names)
	// "Post | by Jane Doe | Publication | Medium": the byline and what
	// follows it go (bylinePartAt).
	if i := bylinePartAt(parts); i > 0 {
		parts, seps, changed = parts[:i], seps[:i-1], true
	}
	for len(parts) > 1 {
		// A last part that is a web address ("Title - Politik -
		// Zeitung.example") is the site's name however the host or
		// og:site_name spell it otherwise; a headline's own words are no
		// bare address.
		if last := parts[len(parts)-1]; isSiteName(last, names) || namesSite(last, parts[0], names) || shortNameTail(last, parts[0], names) || webAddress(last) {
			sepN = seps[len(seps)-1]
			parts, seps = parts[:len(parts)-1], seps[:len(seps)-1]
			changed = true
			continue
		}
		if isSiteName(parts[0], names) {
			cutFront, sep0 = true, seps[0]
			parts, seps = parts[1:], seps[1:]
			changed = true
			continue
		}
		break
	}
	if !changed {
		parts, seps, changed = cutMiddleSite(parts, seps, names)
	}
	if !changed {
		// No part names the site. A short last part after a long first
		// one is the site anyway ("A long headline here | Foo"); a hyphen
		// is too often inside titles to say so. (Allowing more than one
		// short part, "Question | iPhone | Forum", was tried: one page
		// better on the check half, one worse on the tune half.)
		if len(parts) == 2 && shortTail(parts, seps) || cjkNameTails(parts) {
			return parts[0]
		}
		return s
	}
	// After cutting the site, a trailing short part is usually a section
	// ("Title – Politics – Site").
	// A leading one is a section after the site's name ("Site › Section
	// › Title", a breadcrumb), or, of one or two words, before the title
	// when the site's name closes it behind the same separator
	// ("Politics | Title | Site", the section-first order of some news
	// templates). Changes no development page; general because the
	// separator and the site's name frame it as the site's "Title |
	// Section | Site" frames a section, and a lone kicker of the
	// headline's own ("Grest | Ferry…") with no site after it stays.
	if len(parts) == 2 && shortPart(parts[1]) && longPart(parts[0]) && seps[0] == seps[len(seps)-1] && !lowerStart(parts[1]) {
		parts = parts[:1]
	} else if len(parts) == 2 && shortPart(parts[0]) && longPart(parts[1]) && (cutFront && seps[0] == sep0 || !cutFront && seps[0] == sepN && wordCount(parts[0]) <= 2) {
		parts = parts[1:]
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(seps[i-1])
		}
		b.WriteString(p)
	}
	return b.String()
}

// cutMultiPartSite cuts a site name of several parts off either end of a
// title ("Journalistenwatch e.V. - Aktuelles").
func cutMultiPartSite(parts, seps, names []string) ([]string, []string, bool) {
	for k := 1; k < len(parts)-1; k++ {
		tail := normLoose(strings.Join(parts[k:], " "))
		head := normLoose(strings.Join(parts[:len(parts)-k], " "))
		for _, n := range names {
			if n == "" {
				continue
			}
			if tail == n {
				return parts[:k], seps[:k-1], true
			}
			if head == n {
				return parts[len(parts)-k:], seps[len(seps)-k+1:], true
			}
		}
	}
	return parts, seps, false
}

// cutMiddleSite keeps what goes before the site's name when the name is a
// middle part: "Title - Site - Tagline", the stock <title> of blog
// engines that print their tagline.
func cutMiddleSite(parts, seps, names []string) ([]string, []string, bool) {
	for i := 1; i < len(parts)-1; i++ {
		if isSiteName(parts[i], names) {
			return parts[:i], seps[:i-1], true
		}
	}
	return parts, seps, false
}

// namesSite reports whether the last part of a title is a phrase around
// the site's name ("Noticias de Diario del Puerto", "News from the
// Northfield Gazette"): it holds a form of the name of five letters or
// more, is at most six words, and is shorter than the first part.
func namesSite(last, first string, names []string) bool {
	n := wordCount(last)
	if n > 6 || n >= wordCount(first) {
		return false
	}
	p := normLoose(last)
	for _, name := range names {
		if len(name) >= 5 && strings.Contains(p, name) {
			return true
		}
	}
	return false
}

// shortTail reports whether every part after the first is short (three
// words or fewer, not a sentence) and the first is long (four words or
// more), all joined by one separator that is not a hyphen.
func shortTail(parts, seps []string) bool {
	if len(parts) < 2 || wordCount(parts[0]) < 4 {
		return false
	}
	for i, p := range parts[1:] {
		if wordCount(p) > 3 || strings.ContainsAny(p, ".?!") || seps[i] != seps[0] || seps[i] == " - " || lowerStart(p) {
			return false
		}
	}
	return true
}

// longPart reports whether a title part is long enough to be the title
// beside a short section name: four words, or eight CJK letters (which
// are written without spaces).
func longPart(p string) bool {
	return wordCount(p) >= 4 || (hasCJK(p) && utf8.RuneCountInString(p) >= 8)
}

// shortPart reports whether a title part is short enough to be a section
// name: three words ("Nachrichten aus Nordstadt", "Live updates"; it
// was two, and three changes no development page), and four letters when
// written without spaces.
func shortPart(p string) bool {
	return wordCount(p) <= 3 && (!hasCJK(p) || utf8.RuneCountInString(p) <= 4)
}

// siteColonCut cuts a "Site: Title" prefix (the stock <title> of Blogger
// and other blog engines) when the part before the colon is exactly the
// site's name; a colon is no separator elsewhere, as headlines have colons
// of their own ("Spiegel-Affäre: ..." on a Spiegel page keeps its head).
func siteColonCut(title string, names []string) string {
	head, post, ok := strings.Cut(title, ": ")
	if !ok || wordCount(post) < 2 || !slices.Contains(names, normLoose(head)) {
		return title
	}
	return strings.TrimSpace(post)
}

// hasCJK reports whether s holds Han, kana or Hangul letters.
func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// unspacedScript reports whether s has letters of a Southeast Asian
// script written without spaces between words (Thai, Lao, Khmer,
// Myanmar), where a space ends a phrase, not a word.
func unspacedScript(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			return true
		}
	}
	return false
}

// indicScript reports whether s is written in letters of an Indic script
// (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
// Kannada, Malayalam) and has no Latin letter.
func indicScript(s string) bool {
	indic := false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
			unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam):
			indic = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return indic
}

// splitTitle cuts s at the title separators; seps[i] stands between
// parts[i] and parts[i+1].
func splitTitle(s string) (parts, seps []string) {
	rest := s
	for {
		best, bestSep := -1, ""
		for _, sep := range titleSeps {
			if i := strings.Index(rest, sep); i >= 0 && (best < 0 || i < best) {
				best, bestSep = i, sep
			}
		}
		if best < 0 {
			break
		}
		parts = append(parts, strings.TrimSpace(rest[:best]))
		seps = append(seps, bestSep)
		rest = rest[best+len(bestSep):]
	}
	parts = append(parts, strings.TrimSpace(rest))
	return parts, seps
}

// isSiteName reports whether a title part is the site's name.
func isSiteName(part string, names []string) bool {
	p := normLoose(part)
	if p == "" {
		return true
	}
	for _, n := range names {
		if n == "" {
			continue
		}
		if p == n {
			return true
		}
		// "ZEIT ONLINE" vs "zeit", "Spiegel Online" vs "spiegel.de",
		// "The Guardian" vs "theguardian".
		if len(p) <= 40 && (strings.HasPrefix(p, n) || strings.HasPrefix(n, p)) && min(len(p), len(n)) >= 4 &&
			wordCount(part) <= 4 {
			return true
		}
		if len(n) >= 5 && len(p) <= 40 && strings.Contains(p, n) && wordCount(part) <= 4 {
			return true
		}

	}
	return false
}

// isTitlePart reports whether h is one of the parts of a title or
// og:title cut at the title separators.
func isTitlePart(h string, titles ...string) bool {
	nh := normTitle(h)
	for _, t := range titles {
		parts, _ := splitTitle(t)
		if len(parts) < 2 {
			continue
		}
		for _, p := range parts {
			if normTitle(p) == nh {
				return true
			}
		}
	}
	return false
}

// undatedHeadline cuts a leading date stamp off the headline when it is
// the publication date: "23.01.2022 - Title", "2022-01-23 | Title",
// "01/23/2022: Title". Press-release and club-news CMSs put the day in
// front of every title; the day is the date field's, not the headline's.
// Right on one development page (tune); general because the stamp must
// be the page's own publication day, so a headline about another day
// ("9.11.1989: Als die Mauer fiel") keeps its date. It runs after the
// dates are resolved, which read the headline (near-headline dates), so
// it is the one headline step outside resolveHeadline.
func (d *doc) undatedHeadline(h string, pub time.Time) string {
	m := dateStampRe.FindStringSubmatch(h)
	if m == nil || len(h) == len(m[0]) {
		return h
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	c, _ := strconv.Atoi(m[4])
	y, mo, day := pub.Date()
	var same bool
	year := c == y || c == y%100 // the year last, of four digits or two
	switch m[2] {
	case "-": // yyyy-mm-dd or dd-mm-yyyy
		same = a == y && b == int(mo) && c == day || year && b == int(mo) && a == day
	case ".": // dd.mm.yyyy
		same = year && b == int(mo) && a == day
	case "/": // mm/dd/yyyy or dd/mm/yyyy
		same = year && (a == int(mo) && b == day || a == day && b == int(mo))
	}
	if !same {
		return h
	}
	rest := strings.TrimSpace(h[len(m[0]):])
	d.trace.add("headline", "date-stamp-cut", rest, true)
	return rest
}

// dateStampRe is a numeric date and a separator at the start of a title.
var dateStampRe = regexp.MustCompile(`^(\d{1,4})([-./])(\d{1,2})[-./](\d{2,4})\s*(?:[-–—|:])\s+`)
