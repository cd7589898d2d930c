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
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ~ ", " / ", " || ", " -- ", " ― ", " ‒ "}

// headlineCands are the headline candidates a page offers.
type headlineCands struct {
	ld, og, twitter, itemprop, title string
	h1                               string
	h1Node                           *html.Node
	h1s                              []*html.Node
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
	for _, n := range p.itemprops {
		if strings.EqualFold(mdAttr(n, "itemprop"), "headline") {
			if n.DataAtom == atom.Meta {
				c.itemprop = mdCleanText(mdAttr(n, "content"))
			} else {
				c.itemprop = mdText(n, 1000)
				if c.h1Node == nil && isHeadingNode(n) {
					c.h1Node = n
				}
			}
			break
		}
	}
	if c.itemprop == "" {
		c.itemprop = mdCleanText(p.meta("headline"))
	}
	c.h1s = p.h1s
	// The <h1> of the article: the first one inside the article scope and
	// outside chrome, else the first one at all.
	scope := p.scope()
	for _, pass := range [2]bool{true, false} {
		for _, n := range p.h1s {
			if pass && (!mdInside(n, scope) || mdInChrome(n)) {
				continue
			}
			t := mdText(n, 1000)
			if t == "" {
				continue
			}
			c.h1, c.h1Node = t, n
			break
		}
		if c.h1 != "" {
			break
		}
	}
	names := siteNameForms(siteName, host)

	// What the meta sources agree on, with the site's name cut off.
	metaForms := []string{c.ld, c.og, c.twitter, c.itemprop}
	cleanTitle := stripSiteName(c.title, names)

	// 1. The h1 when another source confirms it.
	if c.h1 != "" && !isSiteName(c.h1, names) {
		nh := normTitle(c.h1)
		for _, m := range append(metaForms, cleanTitle) {
			if m != "" && (normTitle(m) == nh || normTitle(stripSiteName(m, names)) == nh) {
				return c.h1, c.h1Node
			}
		}
		// The h1 inside the <title> or og:title ("H1 | Section | Site").
		for _, m := range []string{c.title, c.og, c.twitter} {
			if m != "" && len(nh) >= 10 && mdTitleContains(normTitle(m), nh) {
				return c.h1, c.h1Node
			}
		}
	}
	// Other h1s that a meta source confirms (pages with a logo in an h1).
	for _, n := range c.h1s {
		if n == c.h1Node {
			continue
		}
		t := mdText(n, 1000)
		if t == "" || isSiteName(t, names) {
			continue
		}
		nt := normTitle(t)
		for _, m := range append(metaForms, cleanTitle) {
			if m != "" && (normTitle(m) == nt || normTitle(stripSiteName(m, names)) == nt) {
				return t, n
			}
		}
	}
	// 2. Structured and meta sources, with the site's name cut off.
	for _, m := range metaForms {
		if m == "" {
			continue
		}
		s := stripSiteName(m, names)
		if s != "" && !isSiteName(s, names) {
			return s, headlineNode(c, s)
		}
	}
	// 3. The cleaned <title>, then the h1.
	if cleanTitle != "" && !isSiteName(cleanTitle, names) {
		return cleanTitle, headlineNode(c, cleanTitle)
	}
	if c.h1 != "" {
		return c.h1, c.h1Node
	}
	return cleanTitle, nil
}

// headlineNode returns the h1 that shows s, if any, else the article's h1.
func headlineNode(c headlineCands, s string) *html.Node {
	ns := normTitle(s)
	for _, n := range c.h1s {
		if t := normTitle(mdText(n, 1000)); t != "" && (t == ns || strings.Contains(ns, t) || strings.Contains(t, ns)) {
			return n
		}
	}
	return c.h1Node
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

// mdTitleContains reports whether the normalised title t contains h at a
// boundary (start, end, or next to a separator).
func mdTitleContains(t, h string) bool {
	i := strings.Index(t, h)
	if i < 0 {
		return false
	}
	return i == 0 || i+len(h) == len(t) || t[i-1] == ' '
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
