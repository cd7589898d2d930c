package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file resolves what a page says about where it stands: the site's
// name, the section, the canonical URL, tags, paywall markers and the lead
// image of its metadata.

// siteNameRules find the site's name.
var siteNameRules = []rule[string]{
	{"og:site_name", metaRule("og:site_name")},
	// A publisher named like the software that made the page (Blogger's
	// JSON-LD names "Blogger" the publisher of every blog it hosts, its
	// generator meta says "blogger") is the platform, not the site.
	{"jsonld-publisher", func(d *doc) (string, bool) {
		if generatorNamed(d.meta("generator"), d.ld.Publisher) {
			return "", false
		}
		return siteName(d.ld.Publisher)
	}},
	{"jsonld-website", func(d *doc) (string, bool) { return siteName(d.ld.WebSiteName) }},
	{"app-name", func(d *doc) (string, bool) {
		return siteName(d.meta("application-name", "apple-mobile-web-app-title", "al:android:app_name",
			"al:ios:app_name", "twitter:app:name:iphone"))
	}},
	{"host", func(d *doc) (string, bool) {
		if d.base == nil || d.base.Hostname() == "" {
			return "", false
		}
		return strings.TrimPrefix(strings.ToLower(d.base.Hostname()), "www."), true
	}},
}

// generatorNamed reports whether name is the product a generator meta
// names ("blogger", "WordPress 6.4": its first word, without a version).
func generatorNamed(generator, name string) bool {
	f := strings.Fields(generator)
	return len(f) > 0 && name != "" && strings.EqualFold(strings.TrimSpace(name), f[0])
}

// metaRule proposes a site name from a meta tag.
func metaRule(key string) func(*doc) (string, bool) {
	return func(d *doc) (string, bool) { return siteName(d.meta(key)) }
}

// siteName cleans a proposed site name; names that are URLs or sentences
// are refused.
func siteName(s string) (string, bool) {
	s = cleanText(s)
	if s == "" || textOver(s, 99) || looksLikeURL(s) {
		return "", false
	}
	return s, true
}

// resolveSiteName sets d.siteName.
func (d *doc) resolveSiteName() {
	d.siteName, _ = resolve(d, "site_name", siteNameRules, showString)
}

// resolveSection returns article:section, the JSON-LD articleSection, or
// the breadcrumb before the article itself.
func (d *doc) resolveSection() string {
	if s := cleanText(firstNonEmpty(d.meta("article:section", "og:article:section", "section", "parsely-section",
		"sailthru.section", "article.section", "cxenseparse:recs:category", "category"), d.ld.Section)); hasLetter(s) {
		return s
	}
	crumbs := d.ld.Breadcrumbs
	if len(crumbs) == 0 {
		crumbs = d.domBreadcrumbs()
	}
	return d.sectionFromCrumbs(crumbs)
}

// sectionFromCrumbs picks the section from breadcrumb names: the last one
// that is neither the article itself nor the home page.
func (d *doc) sectionFromCrumbs(crumbs []string) string {
	nh := normTitle(d.headline)
	for i := len(crumbs) - 1; i >= 0; i-- {
		c := strings.Trim(cleanText(crumbs[i]), " >»›/|·•-–")
		nc := normTitle(c)
		if !hasLetter(c) || nc == nh || (nh != "" && strings.Contains(nh, nc) && len(nc) > 20) {
			continue
		}
		if i == len(crumbs)-1 && len(crumbs) > 1 && wordCount(c) > 5 {
			continue // the article's own title, shortened
		}
		switch {
		case d.w.home[nc]:
			return ""
		case d.w.cms[nc]:
			continue // CMS path words, not sections
		case d.siteName != "" && strings.EqualFold(c, d.siteName):
			return ""
		case i == 0 && len(crumbs) > 1:
			return "" // the first crumb is the home page
		}
		return c
	}
	return ""
}

// domBreadcrumbs returns the link texts of the page's breadcrumb trail.
func (d *doc) domBreadcrumbs() []string {
	for _, bc := range d.crumbs {
		var out []string
		var walk func(*html.Node, int)
		walk = func(n *html.Node, depth int) {
			if depth > 12 || len(out) > 12 {
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if c.DataAtom == atom.A || (c.DataAtom == atom.Li && c.FirstChild != nil && c.FirstChild.Type == html.TextNode &&
					strings.TrimSpace(c.FirstChild.Data) != "") {
					if t := shortText(c, 450); t != "" && textUnder(t, 150) {
						out = append(out, t)
					}
					continue
				}
				walk(c, depth+1)
			}
		}
		walk(bc, 0)
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// resolveCanonical returns <link rel=canonical>, else og:url, resolved
// against the page's URL.
func (d *doc) resolveCanonical() string {
	for _, s := range []string{d.canonical, d.meta("og:url")} {
		if r := d.resolveURL(s); r != "" {
			return r
		}
	}
	return ""
}

// resolveURL resolves ref against the page's URL; it returns "" for a
// reference that does not parse or is not http(s).
func (d *doc) resolveURL(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if d.base != nil {
		u = d.base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" || !u.IsAbs() && d.base != nil {
		return ""
	}
	return u.String()
}

// resolveTags returns article:tag values, else the JSON-LD keywords, else
// the keywords meta tag, deduplicated.
func (d *doc) resolveTags() []string {
	raw := d.metaAll("article:tag")
	if len(raw) == 0 {
		raw = d.metaAll("og:article:tag")
	}
	if len(raw) == 0 {
		raw = d.ld.Keywords
	}
	if len(raw) == 0 {
		for _, k := range []string{"news_keywords", "keywords", "parsely-tags", "sailthru.tags"} {
			if v := d.meta(k); v != "" {
				raw = strings.Split(v, ",")
				break
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range raw {
		t = cleanText(t)
		if k := strings.ToLower(t); t != "" && !textOver(t, 100) && !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
		if len(out) == 50 {
			break
		}
	}
	return out
}

// metaPaywalled reports paywall markers in meta tags.
func (d *doc) metaPaywalled() bool {
	for _, k := range []string{"article:content_tier", "content_tier"} {
		switch strings.ToLower(d.meta(k)) {
		case "locked", "metered", "premium", "subscriber":
			return true
		}
	}
	return ldFalse(d.meta("isaccessibleforfree"))
}

// metaImage returns the page's lead image from its metadata.
func (d *doc) metaImage() string {
	return d.resolveURL(firstNonEmpty(d.meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
		"twitter:image:src"), d.ld.Image))
}

// description returns the page's own summary from its metadata.
func (d *doc) description() string {
	return cleanText(firstNonEmpty(d.meta("og:description"), d.meta("description"), d.ld.Description,
		d.meta("twitter:description")))
}

// folderOf reports whether the URL path p is a folder at least two levels
// above the page at path page: a section's front, or the home of an
// archived site ("/web/2014…/http://blog.example/" for a post under it).
// A heading that links there names the site or section; a headline links
// to its own page, or to its first page from page 2 or an AMP copy (one
// level up). Right on one tune page; kept for that reason.
func folderOf(p, page string) bool {
	if !strings.HasSuffix(p, "/") || len(p) >= len(page) || !strings.HasPrefix(page, p) {
		return false
	}
	return strings.Count(strings.Trim(page[len(p):], "/"), "/") >= 1
}

// looksLikeURL reports whether s is a URL or a path rather than words:
// with a scheme, "//", "www." or "/", or a host and a path without one
// ("facebook.com/jane.doe", as article:author, which Open Graph defines
// as a profile URL, is often written). A bare host ("domradio.de") is a
// site's name, not a URL.
func looksLikeURL(s string) bool {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") ||
		strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/") {
		return true
	}
	host, _, ok := strings.Cut(s, "/")
	return ok && strings.Contains(strings.Trim(host, "."), ".") && !strings.ContainsAny(s, " \t\n")
}

// namesFolder reports whether name, spelt as a URL folder, is a folder of
// the page's address or canonical address above the page itself
// ("Verifica Já" on /verifica-ja/2026/12/03/story.html): a desk, column
// or section the byline credits beside its writer ("Por Ana Lima,
// Verifica Já"), not a person. The last segment (the page's slug) does
// not count, nor a name of fewer than four letters, nor a folder after
// an author archive's step ("/columnists/mark-lee/…": a person's slug),
// nor a name opening with a known first name: a blog or a column may be
// its writer's own folder ("/jane-doe/2026/…" by Jane Doe and Mark Lee).
func (d *doc) namesFolder(name string) bool {
	n := normLoose(name)
	if len(n) < 4 || firstNames()[strings.ToLower(strings.Fields(name)[0])] {
		return false
	}
	paths := [2]string{}
	if d.base != nil {
		paths[0] = d.base.Path
	}
	if u, err := url.Parse(d.canonical); err == nil {
		paths[1] = u.Path
	}
	for _, p := range paths {
		segs := strings.Split(strings.Trim(p, "/"), "/")
		for i, s := range segs[:max(len(segs)-1, 0)] {
			if normLoose(s) == n && (i == 0 || !d.w.authorPaths[strings.ToLower(segs[i-1])]) {
				return true
			}
		}
	}
	return false
}
