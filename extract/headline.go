package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file chooses the headline. Pages state it several times: JSON-LD,
// og:title, twitter:title, microdata, the <h1> and <title>. The meta and
// <title> forms often carry the site's name ("Title | Site", "Site -
// Title"); the <h1> does not, but on listing, blog and home pages the <h1>
// is the site's or the section's name. Agreement between the sources
// decides.

// headline is a headline proposal and the element that shows it.
type headline struct {
	text string
	node *html.Node
}

// headlineRules find the headline, most trusted first.
var headlineRules = []rule[headline]{
	// An <h1> that a meta title confirms (same words, or one part of a
	// "Title | Site" title), without a kicker the meta titles lack.
	{"h1-confirmed-by-meta", func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		h := hc.best
		if h == nil || h.sim < 0.5 {
			return headline{}, false
		}
		if m := kickerFree(h.text, hc.ld, hc.og, hc.twitter); m != "" {
			return headline{m, h.n}, true
		}
		if m := childFree(h.n, h.text, hc.ld, hc.og, hc.twitter, hc.cleanTitle); m != "" {
			return headline{m, h.n}, true
		}
		// "Breaking: Title" in the <h1>, where the <title> says the title
		// without the label. Changes no development page; general as
		// metaHeadline's cut is: only a lexicon label goes, and only when
		// another statement of the title lacks it.
		if r := labelFree(h.text); r != "" && hc.states(r) {
			return headline{r, h.n}, true
		}
		if r := hc.barKickerFree(h.text); r != "" {
			return headline{r, h.n}, true
		}
		return headline{hc.casedForm(h.text), h.n}, true
	}},
	// No meta title to compare with: the page's own <h1>.
	{"h1-without-meta", func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		if hc.best == nil || len(hc.metaWords) > 0 {
			return headline{}, false
		}
		return headline{hc.best.text, hc.best.n}, true
	}},
	// The <h1> of the <article>, which the meta titles word otherwise
	// (sites rewrite titles for search and social sharing).
	{"h1-of-article", func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		h := hc.best
		if h == nil || !h.inScope || d.article == nil || wordCount(h.text) < 3 || len(hc.cands) > 2 || d.titleElsewhere(hc) {
			return headline{}, false
		}
		return headline{h.text, h.n}, true
	}},
	// Only a <title>, which is often generic ("News - Site"): an <h1> in
	// the article scope is better.
	{"h1-over-bare-title", func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		h := hc.best
		if h == nil || !h.inScope || hc.ld != "" || hc.og != "" || hc.twitter != "" || hc.itemprop != "" || wordCount(h.text) < 2 || d.titleElsewhere(hc) {
			return headline{}, false
		}
		return headline{h.text, h.n}, true
	}},
	{"jsonld-headline", metaHeadline(func(hc *headlineCtx) string { return hc.ld })},
	// A <title> of several parts none of which is known as the site's
	// name ("Post title | Blog tagline"): the part a heading of the page
	// repeats word for word is the headline. Classic blog themes show the
	// blog's name as the banner and each post's title in an <h2>, and
	// their <title> joins the two. It goes before og:title and twitter:title,
	// which sites reword for sharing, and after JSON-LD. Chosen on one tune
	// and one check page; when it fires it agrees with the gold on 37 of 39
	// development pages, which is why it is kept although it decides few.
	{"title-part-in-heading", func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		if t, n := d.titlePartInHeading(hc.cleanTitle, hc.names); t != "" {
			return headline{t, n}, true
		}
		if t, n := d.siteColonPart(hc.title, hc.names); t != "" {
			return headline{t, n}, true
		}
		t, n := d.titleOpeningHeading(hc.title)
		return headline{t, n}, t != ""
	}},
	{"og:title", metaHeadline(func(hc *headlineCtx) string { return hc.og })},
	{"twitter:title", metaHeadline(func(hc *headlineCtx) string { return hc.twitter })},
	{"itemprop-headline", metaHeadline(func(hc *headlineCtx) string { return hc.itemprop })},
	// With no meta title to go by, the page's <h1> is a better title than
	// its <title> with the site's name cut off (the <title> is worded for
	// search results). A rule that put that <title> first was removed: on
	// the tune half no page changed, on the check half one more was right
	// (0.865 -> 0.870).
	{"any-h1", func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		if hc.best == nil {
			return headline{}, false
		}
		return headline{hc.best.text, hc.best.n}, true
	}},
	// A JSON-LD block too broken to parse still names the headline. As a
	// proposal right on 2 development pages and wrong on 1, deciding none
	// (other rules find the same title first); kept as the fallback before the
	// bare <title> because a page's structured data states its own title,
	// while <title> carries the site's name on most sites.
	{"jsonld-broken-headline", func(d *doc) (headline, bool) {
		t := cleanText(d.ld.BrokenHeadline)
		return d.titleHeadline(t), t != ""
	}},
	// A <title> that is only the site's name ("National Rail Enquiries -",
	// not "Gitarre & Bass 02/2022") names no story: the first section heading
	// does. Right on one page; general: it asks only for the site's name.
	{"first-heading-for-site-title", func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		if t := strings.Trim(hc.cleanTitle, " -–—|:·•"); t == "" || !isSiteName(t, hc.names) || strings.ContainsAny(t, "0123456789") {
			return headline{}, false
		}
		n := findElem(d.scope(), func(n *html.Node) bool {
			return (n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && !inNav(n) && !inChrome(n) && !inBanner(n) &&
				!d.siteHeading(n) && findFirst(n, atom.A) == nil && findAncestor(n, atom.A) == nil
		})
		if n == nil {
			return headline{}, false
		}
		t := headingText(n)
		return headline{t, n}, t != "" && !textOver(t, 200) && !isSiteName(t, hc.names)
	}},
	// No meta title and no heading: the part of a several-part <title>
	// that a text block of the page states whole ("Site - Section - Post"
	// over a <td class=headline>, a <font size=5><b>, a div.news-title):
	// table-layout and early-CMS pages (PHP-Nuke, Mambo, forums) set the
	// post's title so, and their <title> carries the site and section.
	{"title-part-in-text", func(d *doc) (headline, bool) {
		t, n := d.titlePartInBlocks(d.headlineCands().title)
		return headline{t, n}, t != ""
	}},
	{"title", func(d *doc) (headline, bool) {
		t := sectionLabelFree(d.headlineCands().cleanTitle)
		return headline{mediaLabelFree(t), nil}, t != ""
	}},
}

// metaHeadline proposes a meta title with the site's name cut off.
func metaHeadline(get func(*headlineCtx) string) func(*doc) (headline, bool) {
	return func(d *doc) (headline, bool) {
		hc := d.headlineCands()
		m := get(hc)
		if m == "" {
			return headline{}, false
		}
		// "Site: Title" is a form of og:title as of <title> (siteColonCut).
		s := siteColonCut(stripSiteName(m, hc.names), hc.names)
		if s == "" || isSiteName(s, hc.names) || d.slugPrefersH1(hc, s) {
			return headline{}, false
		}
		// A title cut short for sharing ("… blames crew…") beside one that
		// goes on. Changes no development page; general because CMSs and
		// SEO plugins cut og:title and JSON-LD headlines at a length
		// limit, and only a statement that starts with the same words
		// replaces it.
		if full := hc.uncut(s); full != "" {
			s = full
		}
		// "LIVE: Title" where another statement of the title has no label.
		// Changes no development page; kept because news sites add such
		// labels to og:title for sharing while the <title> and <h1> keep
		// the plain title, and both a lexicon label and a second source
		// saying the rest are needed, so a title that is just "Live"
		// or "Opinion: X" everywhere keeps its words.
		if r := labelFree(s); r != "" && hc.states(r) {
			s = r
		}
		return d.titleHeadline(s), true
	}
}

// resolveHeadline sets d.headline and d.headlineNode.
func (d *doc) resolveHeadline() {
	h, _ := resolve(d, "headline", headlineRules, func(h headline) string { return h.text })
	d.headline, d.headlineNode = h.text, d.storyHeading(h)
}

// headlineCtx holds what every headline rule compares: the meta titles,
// the forms of the site's name, and the <h1> candidates.
type headlineCtx struct {
	ld, og, twitter, itemprop, title string
	cleanTitle                       string // <title> without the site's name
	names                            []string
	metaWords                        [][]string
	cands                            []*h1Cand
	best                             *h1Cand
}

// h1Cand is an <h1> (or microdata headline element) and how well the meta
// titles confirm it.
type h1Cand struct {
	n       *html.Node
	text    string
	sim     float64 // best word Dice with a meta title
	inScope bool    // inside the article scope
}

// headlineCands computes the headline context once.
func (d *doc) headlineCands() *headlineCtx {
	if d.hctx != nil {
		return d.hctx
	}
	hc := &headlineCtx{
		ld: cleanText(d.ld.Headline), og: cleanText(d.meta("og:title")),
		twitter: cleanText(d.meta("twitter:title")), title: cleanText(d.title),
	}
	d.hctx = hc
	if hc.ld == "" && d.ld.found {
		hc.ld = cleanText(d.ld.Name)
	}
	itempropNode := d.itempropHeadline(hc)
	host := ""
	if d.base != nil {
		host = d.base.Hostname()
	}
	hc.names = siteNameForms(d.siteName, host)
	hc.names = append(hc.names, d.blogNameInH1(hc.title)...)
	hc.names = append(hc.names, d.bannerH1Name(hc.title)...)
	hc.cleanTitle = siteColonCut(stripSiteName(hc.title, hc.names), hc.names)
	for _, m := range hc.metaTitles() {
		if m != "" {
			hc.metaWords = append(hc.metaWords, titleWords(stripSiteName(m, hc.names)))
		}
	}
	heads := d.h1s
	if itempropNode != nil {
		heads = append([]*html.Node{itempropNode}, heads...)
	}
	heads = append(heads, d.titleHeadings(heads)...)
	scope := d.scope()
	for _, n := range heads {
		if inNav(n) && !d.navWrapsArticle(n) || d.siteHeading(n) || inDialog(n) {
			continue
		}
		t := headingText(n)
		if t == "" || textOver(t, 400) || isSiteName(t, hc.names) {
			continue
		}
		hw := titleWords(t)
		c := &h1Cand{n: n, text: t, inScope: contains(scope, n)}
		for _, mw := range hc.metaWords {
			c.sim = max(c.sim, wordDice(hw, mw))
		}
		if c.sim < 1 && (isTitlePart(t, hc.title, hc.og) || startsTitle(t, hc.og, hc.title)) {
			c.sim = 1
		}
		hc.cands = append(hc.cands, c)
	}
	for _, c := range hc.cands {
		b := hc.best
		if b == nil || c.sim > b.sim+0.01 || (c.sim > b.sim-0.01 && c.inScope && !b.inScope) ||
			(c.sim > b.sim-0.01 && c.inScope == b.inScope && outOfContent(b.n) && !outOfContent(c.n)) {
			hc.best = c
		}
	}
	return hc
}

// outOfContent reports whether a heading is in the page's banner or its
// chrome (a widget, a pop-up, a newsletter box: inChrome), or is hidden
// for screen readers (themes give the site's name a hidden <h1>). It only
// breaks ties between headings the meta titles confirm equally.
func outOfContent(n *html.Node) bool {
	cls := lowerASCII(attr(n, "class"))
	return inBanner(n) || inChrome(n) || containsAnyOf(cls, "sr-only", "visually-hidden", "visuallyhidden", "screen-reader")
}

// inBanner reports whether a heading is in the page's banner: an element
// with role="banner", or a <header> outside any <article> or <main> (the
// page's header in HTML5, where themes print the site's name in an <h1>).
func inBanner(n *html.Node) bool {
	header := false
	for a := n.Parent; a != nil; a = a.Parent {
		switch {
		case a.DataAtom == atom.Article || a.DataAtom == atom.Main:
			return false
		case a.DataAtom == atom.Header:
			header = true
		case strings.EqualFold(attr(a, "role"), "banner"):
			return true
		}
	}
	return header
}

// uncut returns the statement of the title (meta, <title> or heading)
// that a title ending in an ellipsis was cut from, or, for one without
// an ellipsis, the one it was cut from at a length limit
// (uncutAtLimit), or "".
func (hc *headlineCtx) uncut(t string) string {
	stem, ok := strings.CutSuffix(t, "…")
	if !ok {
		if stem, ok = strings.CutSuffix(t, "..."); !ok {
			return hc.uncutAtLimit(t)
		}
	}
	stem = normTitle(strings.TrimSpace(stem))
	if wordCount(stem) < 3 {
		return ""
	}
	for _, m := range hc.allTitles() {
		m = stripSiteName(m, hc.names)
		if len(m) > len(t) && strings.HasPrefix(normTitle(m), stem) && !strings.HasSuffix(m, "…") && !strings.HasSuffix(m, "...") {
			return m
		}
	}
	return ""
}

// states reports whether a meta title, the <title> without the site's
// name (or one part of the <title>) or a heading candidate says t
// (letters and digits compared).
func (hc *headlineCtx) states(t string) bool {
	if isTitlePart(t, hc.title) {
		return true
	}
	k := normLoose(t)
	for _, m := range hc.metaTitles() {
		if normLoose(m) == k {
			return true
		}
	}
	for _, c := range hc.cands {
		if normLoose(c.text) == k {
			return true
		}
	}
	return false
}

// inDialog reports whether a heading is in a dialog, a pop-up or a
// cookie-consent layer ("We value your privacy", "Never miss a story"),
// which sites put before the page's content: a <dialog>, role="dialog" or
// "alertdialog", aria-modal, or a class or id that says cookie, consent,
// modal or popup.
func inDialog(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Dialog:
			return true
		case atom.Article, atom.Main, atom.Body: // <body class="has-cookie-banner"> says nothing of its headings
			return false
		}
		if role := strings.ToLower(attr(a, "role")); role == "dialog" || role == "alertdialog" || attr(a, "aria-modal") == "true" {
			return true
		}
		if k := lowerASCII(attr(a, "class") + " " + attr(a, "id")); strings.Contains(k, "cookie") || strings.Contains(k, "consent") ||
			strings.Contains(k, "modal") || strings.Contains(k, "popup") {
			return true
		}
	}
	return false
}

// itempropHeadline reads the microdata headline into hc and returns its
// element when it is a heading.
//
// Of several, the first goes unless the <title> shows only a later one:
// themes mark their page header's <h1> (the section's name, "Blog") and
// the site's name with itemprop="headline" too, before the post's title
// (OceanWP's page header, GeneratePress's site title).
func (d *doc) itempropHeadline(hc *headlineCtx) *html.Node {
	var first *html.Node
	for _, n := range d.itemprops {
		if !strings.EqualFold(attr(n, "itemprop"), "headline") {
			continue
		}
		if n.DataAtom == atom.Meta {
			if first == nil {
				hc.itemprop = cleanText(attr(n, "content"))
				return nil
			}
			continue
		}
		if first == nil {
			first = n
			if hc.title == "" || strings.Contains(hc.title, headingText(n)) {
				break
			}
		} else if t := headingText(n); t != "" && strings.Contains(hc.title, t) {
			first = n
			break
		}
	}
	if first == nil {
		hc.itemprop = cleanText(d.meta("headline"))
		return nil
	}
	hc.itemprop = headingText(first)
	if isHeadingNode(first) {
		return first
	}
	return nil
}

// blogNameInH1 returns the part of a "Headline | Blog name" title that
// an <h1> says, when it is the last part and shorter than the first: blogs
// put their name in an <h1>. It also returns what the <title> adds to
// og:title, before or after it ("Blog name: Headline", Blogger's stock
// <title> beside its <h1 class="title">), when an <h1> says exactly that;
// and, on a page without og:title, the X of a "X: Y" <title> when an <h1>
// says X and an <h2>/<h3> outside the chrome says Y (the stock <title>,
// banner and post heading of Typepad and classic Blogger templates).
func (d *doc) blogNameInH1(title string) []string {
	var wants []string
	if parts, _ := splitTitle(title); len(parts) >= 2 && wordCount(parts[len(parts)-1]) < wordCount(parts[0]) {
		wants = append(wants, normTitle(parts[len(parts)-1]))
	}
	t := normTitle(title)
	rest := func(post string) string {
		if post == "" || len(t) <= len(post) {
			return ""
		}
		r := ""
		if strings.HasPrefix(t, post) {
			r = t[len(post):]
		} else if strings.HasSuffix(t, post) {
			r = t[:len(t)-len(post)]
		}
		return strings.Trim(r, " :|-–—·•»«›‹~/")
	}
	if r := rest(normTitle(cleanText(d.meta("og:title")))); r != "" {
		wants = append(wants, r)
	}
	if d.meta("og:title") == "" {
		for _, n := range d.subheads {
			if r := rest(normTitle(headingText(n))); r != "" && strings.HasPrefix(t, r+": ") && !inChrome(n) {
				wants = append(wants, r)
			}
		}
	}
	for _, w := range wants {
		for _, n := range d.h1s {
			if normTitle(shortText(n, 300)) == w {
				return []string{normLoose(w)}
			}
		}
	}
	return nil
}

// titleHeadings returns the h2 and h3 elements of the article scope whose
// class names a title ("entry-title", "post-title", "Title"), when no <h1>
// is a candidate: themes that keep the <h1> for the site's name, or use
// none, set the post's title so.
func (d *doc) titleHeadings(h1s []*html.Node) []*html.Node {
	for _, h := range h1s {
		if !inNav(h) && !d.siteHeading(h) && !isSiteName(headingText(h), siteNameForms(d.siteName, "")) {
			return nil
		}
	}
	var out []*html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && len(out) < 2 && depth < maxDepth; c = c.NextSibling {
			if c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom) {
				continue
			}
			if (c.DataAtom == atom.H2 || c.DataAtom == atom.H3) && (titleClass(d.tokensOf(c)) || bookmarkHeading(c)) {
				// A box's label ("Share this article:") is no title.
				if t := headingText(c); !strings.HasSuffix(t, ":") && !inChrome(c) {
					out = append(out, c)
				}
				continue
			}
			if c.DataAtom == atom.Nav || c.DataAtom == atom.Aside || c.DataAtom == atom.Footer || hasAny(d.tokensOf(c), neverContentWords) {
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(d.scope(), 0)
	return out
}

// bookmarkHeading reports whether a heading's text is one link marked
// rel="bookmark", the permalink by which blog themes title a post.
func bookmarkHeading(h *html.Node) bool {
	a := findFirst(h, atom.A)
	return a != nil && hasToken(strings.ToLower(attr(a, "rel")), "bookmark") && normLoose(shortText(a, 400)) == normLoose(shortText(h, 400))
}

// titleClass reports whether class tokens name a title or headline.
func titleClass(tokens []string) bool {
	for _, t := range tokens {
		if t == "title" || t == "headline" {
			return true
		}
	}
	return false
}

// startsTitle reports whether a meta title starts with the heading (two
// words or more) and goes on without a separator: a tagline glued to the
// title ("Truckwash A31Das etwas andere Branchenbuch").
func startsTitle(heading string, titles ...string) bool {
	nh := normTitle(heading)
	if wordCount(nh) < 2 {
		return false
	}
	for _, t := range titles {
		if nt := normTitle(t); len(nt) > len(nh) && strings.HasPrefix(nt, nh) {
			return true
		}
	}
	return false
}

// siteHeading reports whether a heading shows the site's name rather than
// a title: its class says logo, brand or site title, or it links to the
// site's home page.
func (d *doc) siteHeading(h *html.Node) bool {
	toks := d.tokensOf(h)
	for i, t := range toks {
		switch t {
		case "logo", "brand", "branding", "sitename", "blogname":
			return true
		case "site", "blog":
			if i+1 < len(toks) && (toks[i+1] == "title" || toks[i+1] == "name") {
				return true
			}
		}
	}
	a := findFirst(h, atom.A)
	return a != nil && d.siteLink(a)
}

// siteLink reports whether the link a goes to the site's home page (or
// a section's front, or an archived site's home).
func (d *doc) siteLink(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	if d.base == nil {
		// No page URL: a link to the root of its own site, or to the
		// root of a site named in full ("https://blog.example/"): a
		// story's own heading links to its page, never to a home.
		u, err := url.Parse(href)
		if err != nil || u.RawQuery != "" || !homePath(u.Path) {
			return false
		}
		return (u.Host == "" && strings.HasPrefix(href, "/")) || (u.Host != "" && (u.Scheme == "http" || u.Scheme == "https"))
	}
	u, err := d.base.Parse(href)
	return err == nil && sameSite(u.Host, d.base.Host) && (homePath(u.Path) || folderOf(u.Path, d.base.Path)) && u.RawQuery == ""
}

// homePath reports whether a URL path is a site's home page: the root,
// an index file ("/index.php") or a language's root ("/en/", "/pt-br/").
func homePath(p string) bool {
	p = strings.Trim(p, "/")
	if p == "" {
		return true
	}
	if name, ext, ok := strings.Cut(p, "."); ok && name == "index" && !strings.Contains(ext, "/") {
		return true
	}
	return len(p) == 2 && isASCIILetters(p) || len(p) == 5 && p[2] == '-' && isASCIILetters(p[:2]+p[3:])
}

// isASCIILetters reports whether s is all ASCII letters.
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// sameSite reports whether two hosts are one site, with or without
// "www." ("www.site.example" links home from "site.example" pages).
func sameSite(a, b string) bool {
	return strings.EqualFold(strings.TrimPrefix(lowerASCII(a), "www."), strings.TrimPrefix(lowerASCII(b), "www."))
}
