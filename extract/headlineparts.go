package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the headline among a page's headings by what its
// <title> says (the title-part-in-heading rule of headline.go): the part
// of a several-part title a heading repeats, the post of a "Site: Post"
// title, or the whole title an <h2> says under a section's <h1>.

// titlePartInHeading returns the one part of a several-part title that an
// <h1>–<h3> outside navigation and page chrome states exactly (letters and
// digits compared), and that heading; nothing when no part or more than
// one part is a heading (a banner heading may show the site's part).
func (d *doc) titlePartInHeading(title string, names []string) (string, *html.Node) {
	parts, _ := splitTitle(title)
	if len(parts) < 2 {
		// "Blog name: Post title" whose first part blogNameInH1 found
		// in a banner <h1>: the post title is the part a heading repeats.
		if t, n := d.siteColonPart(title, names); t != "" {
			return t, n
		}
		// The title, its site's name cut, is an <h2> of the page while
		// the <h1> names the section or the site ("<h1>Local News</h1>",
		// as section and archive templates print it).
		return d.headingSaying(title)
	}
	want := map[string]int{}
	for i, p := range parts {
		if k := normLoose(p); k != "" && wordCount(p) >= 2 {
			want[k] = i
		}
	}
	found, at := -1, (*html.Node)(nil)
	for _, n := range slices.Concat(d.h1s, d.subheads) {
		i, ok := want[normLoose(headingText(n))]
		if !ok || inNav(n) || inChrome(n) {
			continue
		}
		if found >= 0 && found != i {
			return "", nil
		}
		found, at = i, n
	}
	if found < 0 {
		return "", nil
	}
	return parts[found], at
}

// headingSaying returns title and the heading outside chrome that says it
// word for word, when one does and the title has three words or more
// (or, written without spaces, eight CJK letters: longPart).
func (d *doc) headingSaying(title string) (string, *html.Node) {
	want := normLoose(title)
	if want == "" || wordCount(title) < 3 && !longPart(title) {
		return "", nil
	}
	for _, n := range slices.Concat(d.h1s, d.subheads) {
		if normLoose(headingText(n)) == want && !inNav(n) && !inChrome(n) {
			return title, n
		}
	}
	return "", nil
}

// siteColonPart reads a "Site: Post title" <title> (Blogger's and some
// other blog engines' form; a colon is no title separator elsewhere, as
// headlines have colons of their own): the part after the colon when the
// part before it is the site's name and a heading of the page repeats it.
func (d *doc) siteColonPart(title string, names []string) (string, *html.Node) {
	i := strings.Index(title, ": ")
	if i <= 0 || !isSiteName(title[:i], names) {
		return "", nil
	}
	post := strings.TrimSpace(title[i+2:])
	if wordCount(post) < 2 {
		return "", nil
	}
	for _, n := range slices.Concat(d.h1s, d.subheads) {
		if normLoose(headingText(n)) == normLoose(post) && !inNav(n) && !inChrome(n) {
			return post, n
		}
	}
	return "", nil
}

// casedForm returns the statement of a heading typed in capitals ("FERRY
// TIMETABLE CUT") that a meta title or the <title> gives in upper and
// lower case, the same letters and words; else the heading. Its capitals
// are a house style of the heading (CSS text-transform does it for most
// sites), the meta title keeps the headline's own case.
func (hc *headlineCtx) casedForm(h string) string {
	if strings.ToUpper(h) != h || strings.ToLower(h) == h {
		return h
	}
	k := normLoose(h)
	for _, m := range hc.metaTitles() {
		if m = stripSiteName(m, hc.names); m != "" && normLoose(m) == k && strings.ToUpper(m) != m {
			return m
		}
	}
	return h
}

// uncutAtLimit returns the statement of the title (meta, <title> or
// heading) that a title of 95 to 110 letters was cut from without an
// ellipsis, or "": schema.org plugins cut JSON-LD's headline at the 110
// characters Google's structured-data guide once allowed, mid-word or at
// the word before. The longer statement must go on with the same
// sentence (a letter or digit next, not a separator and a subtitle).
func (hc *headlineCtx) uncutAtLimit(t string) string {
	if n := utf8.RuneCountInString(t); n < 95 || n > 110 {
		return ""
	}
	stem := normTitle(t)
	for _, m := range hc.allTitles() {
		m = stripSiteName(m, hc.names)
		nm := normTitle(m)
		if len(nm) <= len(stem) || !strings.HasPrefix(nm, stem) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(nm[len(stem):], " ")); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return m
		}
	}
	return ""
}

// lowerStart reports whether a title part opens with a lower-case
// word: the rest of the headline's own sentence ("Strike ends – for
// now"), not a site's or a section's name, which are capitalised or
// written in camel case ("iPhone", "eBay"), nor a byline ("by Jane
// Doe", which newsletter platforms put there).
func lowerStart(p string) bool {
	for i, r := range p {
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsLower(r) {
			return false
		}
		if word, _, _ := strings.Cut(p[i:], " "); strings.ContainsFunc(word, unicode.IsUpper) {
			return false
		}
		low := strings.ToLower(p)
		for _, l := range vocab().bylineLabels {
			if strings.HasPrefix(low, l+" ") {
				return false
			}
		}
		return true
	}
	return false
}

// shortNameTail reports whether the last part of a title is a
// three-letter name from the host and one or two words after it, as a
// section word follows it: "NGZ News", "ABC Sport" on ngz.example,
// abc.example (isSiteName's prefix rule wants four letters). The words
// are not checked, so only a last part shorter than the first counts:
// a headline may open with the host's name too ("NGZ editor resigns"),
// and isSiteName, which also sorts out <h1>s and front parts, must not
// take it for the site's.
func shortNameTail(last, first string, names []string) bool {
	f := strings.Fields(last)
	if len(f) < 2 || len(f) > 3 || len(f) >= wordCount(first) {
		return false
	}
	for _, n := range names {
		if len(n) == 3 && normLoose(f[0]) == n {
			return true
		}
	}
	return false
}

// bylinePartAt returns the index of the first part after a long first
// one that is a byline ("by Jane Doe"), or -1: the part and the ones after
// it (the publication, the platform) are no words of the headline. It is
// the <title> of newsletter and blog platforms ("Post | by Jane Doe |
// Publication | Medium", "Post - by Jane Doe and John Roe - Newsletter").
// A byline is a lexicon label, then a name's words (bylineNames), so a
// headline's own "by the numbers" or "Von Hamburg bis Kiel" stays.
// Changes no development page; general because it is the platforms'
// stock <title>, and a byline is no headline's part of its own.
func bylinePartAt(parts []string) int {
	if len(parts) < 2 || !longPart(parts[0]) {
		return -1
	}
	w := vocab()
	for i, p := range parts[1:] {
		f := strings.Fields(p)
		if len(f) > 8 {
			continue
		}
		for _, l := range w.bylineLabels {
			k := strings.Count(l, " ") + 1
			if k < len(f) && strings.EqualFold(strings.Join(f[:k], " "), l) && w.bylineNames(f[k:]) {
				return i + 1
			}
		}
	}
	return -1
}

// bylineNames reports whether words after a byline label are one to six
// words of names: capitalised, name particles, or the joiners of two
// names ("Jane Doe and John Roe", "Jane Doe, John Roe").
func (w *words) bylineNames(f []string) bool {
	if len(f) > 6 || !firstUpper(f[0]) {
		return false
	}
	for _, x := range f {
		x = strings.TrimSuffix(x, ",")
		if l := strings.ToLower(x); !firstUpper(x) && !w.particles[l] && !slices.Contains(w.joiners, " "+l+" ") {
			return false
		}
	}
	return true
}

// titleElsewhere reports whether another heading of the page than the
// best <h1>, which no meta title confirms, states a meta title or the
// <title> (its site's name cut) word for word: the <h1> is then the
// section's or the site's name ("<h1>Local News</h1>" above the story's
// <h2>, as section templates print it), and the title-part-in-heading
// rule finds the story's heading. It keeps h1-of-article and
// h1-over-bare-title from taking such an <h1>. Changes no development
// page; general because a heading that repeats the page's own title word
// for word is better evidence than an <h1> no title confirms. The <h1>
// must be as short as a section's name (shortPart): a longer one is the
// story's, which the meta titles word otherwise for search, and a teaser
// or a deck that repeats their wording ("Most read", a standfirst) does
// not outvote it.
func (d *doc) titleElsewhere(hc *headlineCtx) bool {
	b := hc.best
	if b == nil || b.sim >= 0.5 || b.n.DataAtom != atom.H1 || !shortPart(b.text) {
		return false // a heading classed as the post's title (titleHeadings) is the post's
	}
	want := map[string]bool{}
	for _, m := range hc.metaTitles() {
		if m = stripSiteName(m, hc.names); (wordCount(m) >= 3 || longPart(m)) && !isSiteName(m, hc.names) {
			want[normLoose(m)] = true
		}
	}
	if len(want) == 0 {
		return false
	}
	for _, n := range slices.Concat(d.h1s, d.subheads) {
		if n != b.n && want[normLoose(headingText(n))] && !inNav(n) && !inChrome(n) && !d.siteHeading(n) {
			return true
		}
	}
	return false
}

// barKickerFree returns the rest of a heading that opens with a kicker
// set off by a bar or a dash ("Harbour | Title", "Transport – Title"),
// when a meta title or the <title> (its site's name cut) says that rest
// alone; else "". Changes no development page; general because the
// kicker must be a short part before a long one, and a statement of the
// title without it must stand beside the heading (a heading whose bar is
// its own, "Breakwater | the view from the wall", is stated with it).
// A spaced hyphen joins place names too ("Holmby - Grest ferry"), so it
// is no separator here.
func (hc *headlineCtx) barKickerFree(h string) string {
	parts, seps := splitTitle(h)
	if len(parts) != 2 || seps[0] == " - " || !shortPart(parts[0]) || !longPart(parts[1]) || lowerStart(parts[1]) {
		return ""
	}
	k, kicker := normLoose(parts[1]), normLoose(parts[0])
	for _, m := range []string{hc.ld, hc.og, hc.twitter, hc.itemprop, hc.title} {
		// The statement must lack the kicker before it is cut, not lose
		// it to stripSiteName's cut of a leading section ("TV-TIPP -
		// Title - Site").
		if mp, _ := splitTitle(m); m != "" && normLoose(mp[0]) != kicker && normLoose(siteColonCut(stripSiteName(m, hc.names), hc.names)) == k {
			return parts[1]
		}
	}
	return ""
}

// slugPrefersH1 reports whether the page's URL slug names the words of
// the best <h1>, which no meta title confirms, and none of the meta title
// s: CMSs make the slug of the headline, so the <h1> is the story's and s
// a section's name or the site's tagline, which templates print in
// og:title and <title> on every page ("Site | News for the harbour
// towns"). Two slug words must be the heading's (five letters alike
// count, "approved" for "approves"), function words ("the", "for") not
// counted, and the heading must be as long as a headline (longPart): a
// section's <h1> ("Local News") may share words with a slug
// ("local-news-harbour-vote") beside a reworded og:title.
func (d *doc) slugPrefersH1(hc *headlineCtx, s string) bool {
	b := hc.best
	if d.base == nil || b == nil || b.sim >= 0.5 || !longPart(b.text) || outOfContent(b.n) {
		return false
	}
	slug := slugWords(d.base.Path)
	return len(slug) >= 2 && sharedStems(slug, titleWords(b.text)) >= 2 && sharedStems(slug, titleWords(s)) == 0
}

// slugWords returns the words of the last path segment of a URL that
// joins words with hyphens or underscores ("/news/breakwater-approved.html"),
// lower-cased, without numbers, function words and words of fewer than
// three letters.
func slugWords(path string) []string {
	seg := strings.Trim(path, "/")
	if i := strings.LastIndexByte(seg, '/'); i >= 0 {
		seg = seg[i+1:]
	}
	if i := strings.IndexByte(seg, '.'); i > 0 {
		seg = seg[:i]
	}
	if !strings.ContainsAny(seg, "-_") {
		return nil
	}
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' }) {
		if len(w) >= 3 && strings.ContainsFunc(w, unicode.IsLetter) && !vocab().function[w] {
			out = append(out, w)
		}
	}
	return out
}

// sharedStems counts the words of a that b holds, two words alike when
// equal or, of five letters or more, alike in their first five.
func sharedStems(a, b []string) int {
	n := 0
	for _, w := range a {
		for _, v := range b {
			if w == v || len(w) >= 5 && len(v) >= 5 && w[:5] == v[:5] {
				n++
				break
			}
		}
	}
	return n
}

// titlePartInBlocks returns the one part of a several-part title (three
// words or more, or a long unspaced part) that a text block of the page
// outside navigation and chrome says whole, and the block's element;
// nothing when no part or more than one part is so stated. A part named
// as the site's stated before the page's first link is its masthead (the
// name over the menu), no post's title; so is a section's name the title
// shows beside the site's (stripSiteName cuts both), which a banner cell
// over the story may state.
func (d *doc) titlePartInBlocks(title string) (string, *html.Node) {
	parts, _ := splitTitle(title)
	if len(parts) < 2 {
		return "", nil
	}
	names, kept := d.headlineCands().names, normLoose(d.headlineCands().cleanTitle)
	want := map[string]int{}
	for i, p := range parts {
		if k := normLoose(p); k != "" && (wordCount(p) >= 3 || longPart(p)) && (strings.Contains(kept, k) || isSiteName(p, names)) {
			want[k] = i
		}
	}
	found, at, linked, teaser := -1, (*html.Node)(nil), false, false
	for i := range d.blocks {
		b := &d.blocks[i]
		if textOver(b.text, 400) || b.linkLen*2 > len(b.text) {
			linked = linked || b.linkLen > 0
			continue
		}
		j, ok := want[normLoose(b.text)]
		linked = linked || b.linkLen > 0
		if !ok || j == found && !teaser || inNav(b.container) || inChrome(b.container) || !linked && isSiteName(parts[j], names) {
			continue
		}
		// (a list of the latest stories may show this one unlinked
		// before the story's own title: an entry a link follows)
		next := i+1 < len(d.blocks) && d.blocks[i+1].linkLen*2 > len(d.blocks[i+1].text)
		if j == found {
			if !next {
				at, teaser = b.container, false
			}
			continue
		}
		if found >= 0 {
			return "", nil
		}
		found, at, teaser = j, b.container, next
	}
	if found < 0 {
		return "", nil
	}
	return parts[found], at
}

// metaTitles are the page's titles the headline is checked against: the
// JSON-LD headline, og:title, twitter:title, the itemprop headline and the
// <title> without the site's name.
func (hc *headlineCtx) metaTitles() []string {
	return []string{hc.ld, hc.og, hc.twitter, hc.itemprop, hc.cleanTitle}
}

// allTitles are metaTitles and the texts of the <h1> candidates.
func (hc *headlineCtx) allTitles() []string {
	all := hc.metaTitles()
	for _, c := range hc.cands {
		all = append(all, c.text)
	}
	return all
}
