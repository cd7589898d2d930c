package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file chooses the headline. Pages state it several times: JSON-LD,
// og:title, twitter:title, microdata, the <h1> and <title>. The meta and
// <title> forms often carry the site's name ("Title | Site", "Site - Title",
// "Title – Section – Site"); the <h1> does not, but on listing and home
// pages the <h1> is the site's or the section's name. Agreement between the
// sources decides.

// titleSeps are the separators sites put between a title and their name,
// longest first.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " › ", " ‹ ", " ~ ", " / ",
	" || ", " -- ", " ― ", " ‒ ", " >> ", " > ", " : ", " │ "}

// headlineCands are the headline candidates a page offers.
type headlineCands struct {
	ld, og, twitter, itemprop, title string
}

// pickHeadline returns the headline and the element that shows it (the
// <h1>, when there is one that matches).
func (p *metaPage) pickHeadline(ld *ldInfo, siteName, host string) (string, *html.Node) {
	c := headlineCands{
		ld:      mdCleanText(ld.Headline),
		og:      mdCleanText(p.meta("og:title")),
		twitter: mdCleanText(p.meta("twitter:title")),
		title:   mdCleanText(p.title),
	}
	if c.ld == "" && ld.found {
		c.ld = mdCleanText(ld.Name)
	}
	var itempropNode *html.Node
	for _, n := range p.itemprops {
		if strings.EqualFold(mdAttr(n, "itemprop"), "headline") {
			if n.DataAtom == atom.Meta {
				c.itemprop = mdCleanText(mdAttr(n, "content"))
			} else {
				c.itemprop = mdHeadingText(n)
				if isHeadingNode(n) {
					itempropNode = n
				}
			}
			break
		}
	}
	if c.itemprop == "" {
		c.itemprop = mdCleanText(p.meta("headline"))
	}
	names := siteNameForms(siteName, host)
	// A title "Headline | Blog name" whose last, shorter part is also an
	// h1 names the site: blogs put their name in an <h1>.
	tparts, _ := splitTitle(c.title)
	if len(tparts) > 1 {
		last := normTitle(tparts[len(tparts)-1])
		if mdWordCount(last) < mdWordCount(tparts[0]) {
			for _, n := range p.h1s {
				if normTitle(mdText(n, 300)) == last {
					names = append(names, normLoose(last))
				}
			}
		}
	}
	cleanTitle := stripSiteName(c.title, names)
	metaForms := []string{c.ld, c.og, c.twitter, c.itemprop, cleanTitle}
	var metaWords [][]string
	for _, m := range metaForms {
		if m != "" {
			metaWords = append(metaWords, titleWords(stripSiteName(m, names)))
		}
	}

	// 1. The <h1> (or microdata headline element) that the meta sources
	//    confirm best; an h1 that is the site's name does not count.
	scope := p.scope()
	type h1Cand struct {
		n       *html.Node
		text    string
		sim     float64
		inScope bool
	}
	var cands []h1Cand
	heads := p.h1s
	if itempropNode != nil {
		heads = append([]*html.Node{itempropNode}, heads...)
	}
	for _, n := range heads {
		if mdInNav(n) {
			continue
		}
		t := mdHeadingText(n)
		if t == "" || len(t) > 400 || isSiteName(t, names) {
			continue
		}
		hw := titleWords(t)
		sim := 0.0
		for _, mw := range metaWords {
			if s := wordDice(hw, mw); s > sim {
				sim = s
			}
		}
		if sim < 1 && isTitlePart(t, c.title, c.og) {
			sim = 1
		}
		cands = append(cands, h1Cand{n: n, text: t, sim: sim, inScope: mdInside(n, scope)})
	}
	best := -1
	for i, h := range cands {
		if best < 0 || h.sim > cands[best].sim+0.01 || (h.sim > cands[best].sim-0.01 && h.inScope && !cands[best].inScope) {
			best = i
		}
	}
	if best >= 0 {
		h := cands[best]
		switch {
		case h.sim >= 0.5:
			if m := kickerFree(h.text, c.ld, c.og, c.twitter); m != "" {
				return m, h.n
			}
			return h.text, h.n
		case len(metaWords) == 0 || (h.inScope && p.article != nil && mdWordCount(h.text) >= 3 && len(cands) <= 2):
			// No meta title, or an h1 inside the <article> that the meta
			// tags word differently (sites rewrite titles for search).
			return h.text, h.n
		case h.inScope && c.ld == "" && c.og == "" && c.twitter == "" && c.itemprop == "" && mdWordCount(h.text) >= 2:
			// Only a <title>, which is often generic ("News - Site").
			// No meta title, or an h1 inside the <article> that the meta
			// tags word differently (sites rewrite titles for search).
			return h.text, h.n
		}
	}
	// 2. Structured and meta sources, with the site's name cut off.
	for _, m := range metaForms[:4] {
		if m == "" {
			continue
		}
		s := stripSiteName(m, names)
		if s != "" && !isSiteName(s, names) {
			return s, headlineNode(p.h1s, s)
		}
	}
	// 3. The cleaned <title>, then any h1.
	if cleanTitle != "" && !isSiteName(cleanTitle, names) {
		return cleanTitle, headlineNode(p.h1s, cleanTitle)
	}
	if best >= 0 {
		return cands[best].text, cands[best].n
	}
	return cleanTitle, nil
}

// kickerFree returns the structured title when the heading is that title
// with a kicker before it ("Open Progress Why collaborative thinking
// beats individual smarts", "Politics | St. Louis Park elects…") or with
// date and category debris after it ("Title 02.02.2022 • Verband,
// Presse"); else "".
func kickerFree(heading string, metas ...string) string {
	nh := normTitle(heading)
	for _, m := range metas {
		nm := normTitle(m)
		if m == "" || nm == nh || mdWordCount(m) < 4 || !strings.Contains(nh, nm) {
			continue
		}
		if strings.HasSuffix(nh, nm) {
			kicker := strings.TrimSpace(nh[:len(nh)-len(nm)])
			if mdWordCount(kicker) <= 4 {
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

// mdHeadingText returns a heading's text without its kicker ("Klimaschutz:
// Bohren, bis es heiß wird" → "Bohren, bis es heiß wird") and without
// text hidden for screen readers.
func mdHeadingText(n *html.Node) string {
	full := mdText(n, 1000)
	var b strings.Builder
	skipped := false
	var walk func(*html.Node, int)
	walk = func(c *html.Node, depth int) {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && depth < 3 {
				cls := strings.ToLower(mdAttr(k, "class"))
				if cls != "" && isKickerClass(cls) {
					skipped = true
					continue
				}
				walk(k, depth+1)
				b.WriteByte(' ')
				continue
			}
			mdAppendText(&b, k, 1000, 0)
		}
	}
	walk(n, 0)
	if !skipped {
		return full
	}
	if t := mdSquash(b.String()); t != "" {
		return strings.TrimLeft(t, ":|-–— ")
	}
	return full
}

// isKickerClass reports whether a class names a kicker (the small label
// above a headline) or visually hidden text.
func isKickerClass(cls string) bool {
	for _, w := range [...]string{"kicker", "roofline", "overline", "dachzeile", "topline", "supertitle", "eyebrow",
		"visually-hidden", "sr-only", "screen-reader", "visuallyhidden", "subtitle", "overhead", "spitzmarke"} {
		if strings.Contains(cls, w) {
			return true
		}
	}
	return false
}

// titleWords returns the lower-case words of s.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
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
		if t := normTitle(mdText(n, 1000)); t != "" && (t == ns || strings.Contains(ns, t) || strings.Contains(t, ns)) {
			return n
		}
	}
	return nil
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
		return s
	}
	changed := false
	// A multi-part site name ("Journalistenwatch e.V. - Aktuelles").
	for k := 1; k < len(parts)-1 && !changed; k++ {
		tail := normLoose(strings.Join(parts[k:], " "))
		head := normLoose(strings.Join(parts[:len(parts)-k], " "))
		for _, n := range names {
			if n == "" {
				continue
			}
			if tail == n {
				parts, seps = parts[:k], seps[:k-1]
				changed = true
				break
			}
			if head == n {
				parts, seps = parts[len(parts)-k:], seps[len(seps)-k+1:]
				changed = true
				break
			}
		}
	}
	for len(parts) > 1 {
		if isSiteName(parts[len(parts)-1], names) {
			parts, seps = parts[:len(parts)-1], seps[:len(seps)-1]
			changed = true
			continue
		}
		if isSiteName(parts[0], names) {
			parts, seps = parts[1:], seps[1:]
			changed = true
			continue
		}
		break
	}
	if !changed {
		// No part names the site. A short last part after a long first
		// one is usually the site anyway ("A long headline here | Foo").
		last := parts[len(parts)-1]
		if len(parts) == 2 && mdWordCount(last) <= 3 && mdWordCount(parts[0]) >= 4 && !strings.ContainsAny(last, ".?!") &&
			seps[0] != " - " {
			return parts[0]
		}
		return s
	}
	// After cutting the site, a trailing short part is usually a section
	// ("Title – Politics – Site").
	if len(parts) == 2 && mdWordCount(parts[1]) <= 2 && mdWordCount(parts[0]) >= 4 && seps[0] == seps[len(seps)-1] {
		parts = parts[:1]
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
			mdWordCount(part) <= 4 {
			return true
		}
		if len(n) >= 5 && len(p) <= 40 && strings.Contains(p, n) && mdWordCount(part) <= 4 {
			return true
		}
	}
	return false
}

// normLoose lower-cases s and keeps only letters and digits.
func normLoose(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// normTitle is the scorer's title form: white space collapsed, case folded.
func normTitle(s string) string {
	return strings.ToLower(mdSquash(s))
}

// mdCleanText collapses white space, drops invalid UTF-8 and decodes
// entities that were double-escaped in meta values ("&amp;quot;").
func mdCleanText(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = mdStripTags(s)
	}
	return mdSquash(mdValidUTF8(s))
}

// mdStripTags removes HTML tags from a meta value.
func mdStripTags(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '<' && i+1 < len(s) && (mdIsASCIILetter(s[i+1]) || s[i+1] == '/'):
			in = true
		case c == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// mdWordCount counts space-separated words.
func mdWordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
			in = true
		}
	}
	return n
}

// mdFirstRuneUpper reports whether s starts with an upper-case letter.
func mdFirstRuneUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
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

// mdInNav reports whether n is inside navigation, a footer or a sidebar:
// a looser test than mdInChrome, for headings.
func mdInNav(n *html.Node) bool {
	d := 0
	for a := n.Parent; a != nil && d < 20; a = a.Parent {
		d++
		switch a.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return true
		}
		if cls := mdAttr(a, "class"); cls != "" {
			cls = strings.ToLower(cls)
			if strings.Contains(cls, "sidebar") || strings.Contains(cls, "footer") || strings.Contains(cls, "comment") {
				return true
			}
		}
	}
	return false
}
