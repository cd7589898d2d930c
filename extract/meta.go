package extract

import (
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metadata is what the page says about itself outside the article body:
// JSON-LD, Open Graph and article:* meta, microdata, <title>, <time>,
// bylines and the URL. readMetadata fills it; Extract merges it with what
// the body gives.
type metadata struct {
	Headline     string
	SiteName     string
	Section      string
	Language     string
	Description  string // og:description / meta description / JSON-LD description
	CanonicalURL string
	Authors      []string
	Published    time.Time // zero when unknown
	Modified     time.Time
	Tags         []string
	Paywalled    bool   // isAccessibleForFree=false, paywall markers
	Image        string // og:image
	Type         string // JSON-LD @type of the main entity, e.g. "NewsArticle"
	ArticleBody  string // JSON-LD articleBody, when given

	// HeadlineNode is the element that shows the headline on the page (an
	// <h1> usually), nil when none matches. The body extractor can use it
	// to find where the article starts.
	HeadlineNode *html.Node
}

// readMetadata reads the page's metadata. base is the page's URL (may be
// nil); fetched is when the page was fetched (zero means now): no date
// after it is returned.
func readMetadata(doc *goquery.Document, base *url.URL, fetched time.Time) metadata {
	var md metadata
	if doc == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return md
	}
	if fetched.IsZero() {
		fetched = time.Now()
	}
	p := collectMeta(doc.Nodes[0])
	ld := parseJSONLD(p.ldBlocks)

	host := ""
	if base != nil {
		host = base.Hostname()
	}
	md.SiteName = p.pickSiteName(&ld, host)
	md.Headline, md.HeadlineNode = p.pickHeadline(&ld, md.SiteName, host)
	md.Section = p.pickSection(&ld, md.Headline, md.SiteName)
	md.Description = mdCleanText(firstNonEmpty(p.meta("og:description"), p.meta("description"), ld.Description,
		p.meta("twitter:description")))
	md.CanonicalURL = p.pickCanonical(base)
	md.Tags = p.pickTags(&ld)
	md.Paywalled = ld.Paywalled || p.metaPaywalled()
	md.Image = mdResolve(base, firstNonEmpty(p.meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
		"twitter:image:src"), ld.Image))
	md.Type = ld.Type
	md.ArticleBody = mdCleanBody(ld.ArticleBody)
	md.Language = p.pickLanguage(&ld, "")
	if md.Language == "" {
		md.Language = guessLanguage(p.languageSample(&ld))
	}
	md.Authors = p.pickAuthors(&ld, md.HeadlineNode, md.SiteName)
	order := orderDMY
	if md.Language == "en" && (strings.EqualFold(p.htmlLang, "en-us") || strings.HasSuffix(strings.ToLower(host), ".com") ||
		strings.EqualFold(p.meta("og:locale"), "en_us")) {
		order = orderMDY
	}
	md.Published, md.Modified = p.pickDates(&ld, base, fetched, order, md.HeadlineNode)
	return md
}

// pickSiteName returns og:site_name, the JSON-LD publisher or WebSite
// name, application-name, else the host without "www." and its public
// suffix-like ending kept (e.g. "example.com").
func (p *metaPage) pickSiteName(ld *ldInfo, host string) string {
	if s := mdCleanText(firstNonEmpty(p.meta("og:site_name"), ld.Publisher, ld.WebSiteName,
		p.meta("application-name", "apple-mobile-web-app-title", "al:android:app_name", "al:ios:app_name",
			"twitter:app:name:iphone"))); s != "" && len(s) < 100 && !mdLooksLikeURL(s) {
		return s
	}
	return strings.TrimPrefix(strings.ToLower(host), "www.")
}

// pickSection returns article:section, the JSON-LD articleSection, or the
// breadcrumb item before the article itself.
func (p *metaPage) pickSection(ld *ldInfo, headline, siteName string) string {
	if s := mdCleanText(firstNonEmpty(p.meta("article:section", "og:article:section", "section", "parsely-section",
		"sailthru.section", "article.section", "cxenseparse:recs:category", "category"), ld.Section)); mdHasLetter(s) {
		return s
	}
	crumbs := ld.Breadcrumbs
	if len(crumbs) == 0 {
		crumbs = p.domBreadcrumbs()
	}
	return sectionFromCrumbs(crumbs, headline, siteName)
}

// sectionFromCrumbs picks the section from breadcrumb names: the last one
// that is neither the article itself nor the home page.
func sectionFromCrumbs(crumbs []string, headline, siteName string) string {
	nh := normTitle(headline)
	for i := len(crumbs) - 1; i >= 0; i-- {
		c := strings.Trim(mdCleanText(crumbs[i]), " >»›/|·•-–")
		nc := normTitle(c)
		if !mdHasLetter(c) || nc == nh || (nh != "" && (strings.Contains(nh, nc) && len(nc) > 20)) {
			continue
		}
		if i == len(crumbs)-1 && len(crumbs) > 1 && mdWordCount(c) > 5 {
			continue // the article's own title, shortened
		}
		switch nc {
		case "home", "startseite", "accueil", "inicio", "início", "главная", "strona główna", "anasayfa", "homepage":
			return ""
		case "articles", "article", "posts", "post", "detail", "details", "page", "pages", "artikel", "beitrag", "beiträge":
			continue // CMS path words, not sections
		}
		if siteName != "" && strings.EqualFold(c, siteName) {
			return ""
		}
		if i == 0 && len(crumbs) > 1 {
			return "" // the first crumb is the home page
		}
		return c
	}
	return ""
}

// domBreadcrumbs returns the link texts of the page's breadcrumb trail.
func (p *metaPage) domBreadcrumbs() []string {
	for _, bc := range p.crumbs {
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
				if c.DataAtom == atom.A || (c.DataAtom == atom.Li && c.FirstChild != nil && c.FirstChild.Type == html.TextNode && strings.TrimSpace(c.FirstChild.Data) != "") {
					if t := mdText(c, 200); t != "" && len(t) < 150 {
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

// pickCanonical returns <link rel=canonical>, else og:url, resolved
// against base.
func (p *metaPage) pickCanonical(base *url.URL) string {
	for _, s := range []string{p.canonical, p.meta("og:url")} {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if r := mdResolve(base, s); r != "" {
			return r
		}
	}
	return ""
}

// mdResolve resolves ref against base; it returns "" for a reference that
// does not parse or that is not http(s).
func mdResolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	if !u.IsAbs() && base != nil {
		return ""
	}
	return u.String()
}

// pickTags returns article:tag values, else JSON-LD keywords, else the
// keywords meta tag, deduplicated.
func (p *metaPage) pickTags(ld *ldInfo) []string {
	var raw []string
	raw = append(raw, p.metaAll("article:tag")...)
	if len(raw) == 0 {
		raw = append(raw, p.metaAll("og:article:tag")...)
	}
	if len(raw) == 0 {
		raw = ld.Keywords
	}
	if len(raw) == 0 {
		for _, k := range []string{"news_keywords", "keywords", "parsely-tags", "sailthru.tags"} {
			if v := p.meta(k); v != "" {
				raw = strings.Split(v, ",")
				break
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range raw {
		t = mdCleanText(t)
		if t == "" || len(t) > 100 {
			continue
		}
		k := strings.ToLower(t)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if len(out) == 50 {
			break
		}
	}
	return out
}

// metaPaywalled reports paywall markers in meta tags.
func (p *metaPage) metaPaywalled() bool {
	for _, k := range []string{"article:content_tier", "content_tier"} {
		switch strings.ToLower(p.meta(k)) {
		case "locked", "metered", "premium", "subscriber":
			return true
		}
	}
	return ldFalse(p.meta("isaccessibleforfree"))
}

// mdCleanBody tidies a JSON-LD articleBody: entities and tags are
// removed, paragraphs kept.
func mdCleanBody(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = mdStripTags(s)
	}
	return strings.TrimSpace(mdValidUTF8(s))
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// mdHasLetter reports whether s holds a letter (breadcrumb separators such
// as ">" or "»" do not).
func mdHasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
