package demo

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html/template"
	"sort"
	"strings"
	"time"
)

// robotsTxt disallows the draft and account areas for every agent.
func robotsTxt(base string) []byte {
	var b strings.Builder
	b.WriteString("# Byline demo news sites\nUser-agent: *\n")
	for _, p := range DisallowedPaths() {
		// Disallow the folder holding each page.
		b.WriteString("Disallow: " + p[:strings.LastIndex(strings.TrimSuffix(p, "/"), "/")+1] + "\n")
	}
	b.WriteString("Allow: /\n\nUser-agent: GPTBot\nDisallow: /\n\n")
	b.WriteString("Sitemap: " + base + "/sitemap_index.xml\n")
	return []byte(b.String())
}

// feedPath is where an outlet's feed is served.
func feedPath(o *Outlet) string {
	switch {
	case o.Kind == KindWordPress:
		return "/" + o.ID + "/feed/"
	case o.Feed == "atom":
		return "/" + o.ID + "/feeds/all.atom.xml"
	default:
		return "/" + o.ID + "/rss.xml"
	}
}

func feedType(o *Outlet) string {
	if o.Feed == "atom" {
		return "application/atom+xml; charset=utf-8"
	}
	return "application/rss+xml; charset=utf-8"
}

// sitemapPath is where an outlet's sitemap is served.
func sitemapPath(o *Outlet) string {
	switch {
	case o.NewsSitemap:
		return "/" + o.ID + "/news-sitemap.xml"
	case o.Kind == KindWordPress:
		return "/" + o.ID + "/post-sitemap.xml"
	default:
		return "/" + o.ID + "/sitemap.xml"
	}
}

// XML shapes of sitemaps (sitemaps.org, Google News) and feeds (RSS 2.0,
// Atom). Exported field names only because encoding/xml needs them.
type (
	xmlSitemapIndex struct {
		XMLName  xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
		Sitemaps []xmlLocTime `xml:"sitemap"`
	}
	xmlLocTime struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod,omitempty"`
	}
	xmlURLSet struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		NewsNS  string   `xml:"xmlns:news,attr,omitempty"`
		ImageNS string   `xml:"xmlns:image,attr,omitempty"`
		URLs    []xmlURL `xml:"url"`
	}
	xmlURL struct {
		Loc        string    `xml:"loc"`
		LastMod    string    `xml:"lastmod,omitempty"`
		ChangeFreq string    `xml:"changefreq,omitempty"`
		Priority   string    `xml:"priority,omitempty"`
		News       *xmlNews  `xml:"news:news,omitempty"`
		Image      *xmlImage `xml:"image:image,omitempty"`
	}
	xmlNews struct {
		Publication struct {
			Name     string `xml:"news:name"`
			Language string `xml:"news:language"`
		} `xml:"news:publication"`
		PublicationDate string `xml:"news:publication_date"`
		Title           string `xml:"news:title"`
		Keywords        string `xml:"news:keywords,omitempty"`
	}
	xmlImage struct {
		Loc string `xml:"image:loc"`
	}
)

// sitemapIndex lists every outlet's sitemap.
func sitemapIndex(base string, d *site, cur func([]*Article) []*Article) ([]byte, error) {
	idx := xmlSitemapIndex{}
	for _, o := range d.outlets {
		as := cur(d.articlesOf(o, ""))
		idx.Sitemaps = append(idx.Sitemaps, xmlLocTime{Loc: base + sitemapPath(o), LastMod: newest(as).Format(time.RFC3339)})
	}
	return marshalXML(idx)
}

// sitemap is an outlet's sitemap: Google News tags for a news sitemap, the
// listings plus articles with images for a regular one.
func sitemap(base string, o *Outlet, as []*Article) ([]byte, error) {
	set := xmlURLSet{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	if o.NewsSitemap {
		set.NewsNS = "http://www.google.com/schemas/sitemap-news/0.9"
	} else {
		set.ImageNS = "http://www.google.com/schemas/sitemap-image/1.1"
		set.URLs = append(set.URLs, xmlURL{Loc: base + "/" + o.ID + "/", ChangeFreq: "hourly", Priority: "1.0"})
	}
	for _, a := range as {
		u := xmlURL{Loc: base + a.Path, LastMod: lastMod(a).Format(time.RFC3339)}
		if o.NewsSitemap {
			n := &xmlNews{PublicationDate: a.Published.Format(time.RFC3339), Title: a.Headline, Keywords: strings.Join(a.Tags, ", ")}
			n.Publication.Name = o.Name
			n.Publication.Language = o.Language
			u.News = n
		} else if a.Image != nil {
			u.Image = &xmlImage{Loc: base + imagePath(a)}
		}
		set.URLs = append(set.URLs, u)
	}
	return marshalXML(set)
}

type (
	xmlRSS struct {
		XMLName xml.Name   `xml:"rss"`
		Version string     `xml:"version,attr"`
		DC      string     `xml:"xmlns:dc,attr"`
		Channel xmlChannel `xml:"channel"`
	}
	xmlChannel struct {
		Title       string    `xml:"title"`
		Link        string    `xml:"link"`
		Description string    `xml:"description"`
		Language    string    `xml:"language"`
		LastBuild   string    `xml:"lastBuildDate"`
		Items       []xmlItem `xml:"item"`
	}
	xmlItem struct {
		Title       string   `xml:"title"`
		Link        string   `xml:"link"`
		GUID        xmlGUID  `xml:"guid"`
		PubDate     string   `xml:"pubDate"`
		Creator     []string `xml:"dc:creator"`
		Category    string   `xml:"category"`
		Description string   `xml:"description"`
	}
	xmlGUID struct {
		IsPermaLink string `xml:"isPermaLink,attr"`
		Value       string `xml:",chardata"`
	}
	xmlAtom struct {
		XMLName xml.Name       `xml:"http://www.w3.org/2005/Atom feed"`
		Title   string         `xml:"title"`
		ID      string         `xml:"id"`
		Updated string         `xml:"updated"`
		Links   []xmlAtomLink  `xml:"link"`
		Entries []xmlAtomEntry `xml:"entry"`
	}
	xmlAtomLink struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
	}
	xmlAtomEntry struct {
		Title     string          `xml:"title"`
		ID        string          `xml:"id"`
		Link      xmlAtomLink     `xml:"link"`
		Published string          `xml:"published"`
		Updated   string          `xml:"updated"`
		Authors   []xmlAtomAuthor `xml:"author"`
		Summary   string          `xml:"summary"`
	}
	xmlAtomAuthor struct {
		Name string `xml:"name"`
	}
)

// feed is an outlet's RSS 2.0 or Atom feed.
func feed(base string, o *Outlet, as []*Article) ([]byte, error) {
	if o.Feed == "atom" {
		f := xmlAtom{Title: o.Name, ID: base + "/" + o.ID + "/", Updated: newest(as).Format(time.RFC3339),
			Links: []xmlAtomLink{{Href: base + "/" + o.ID + "/"}, {Href: base + feedPath(o), Rel: "self"}}}
		for _, a := range as {
			e := xmlAtomEntry{Title: a.Headline, ID: base + a.Path, Link: xmlAtomLink{Href: base + a.Path, Rel: "alternate"},
				Published: a.Published.Format(time.RFC3339), Updated: lastMod(a).Format(time.RFC3339), Summary: a.Summary}
			for _, n := range a.Authors {
				e.Authors = append(e.Authors, xmlAtomAuthor{Name: n})
			}
			f.Entries = append(f.Entries, e)
		}
		return marshalXML(f)
	}
	r := xmlRSS{Version: "2.0", DC: "http://purl.org/dc/elements/1.1/", Channel: xmlChannel{
		Title: o.Name, Link: base + "/" + o.ID + "/", Description: o.Tagline, Language: o.Language,
		LastBuild: newest(as).Format(time.RFC1123Z)}}
	for _, a := range as {
		r.Channel.Items = append(r.Channel.Items, xmlItem{Title: a.Headline, Link: base + a.Path,
			GUID: xmlGUID{IsPermaLink: "true", Value: base + a.Path}, PubDate: a.Published.Format(time.RFC1123Z),
			Creator: a.Authors, Category: a.Section, Description: a.Summary})
	}
	return marshalXML(r)
}

func marshalXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode %T: %w", v, err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

func lastMod(a *Article) time.Time {
	t := a.Published
	if a.Modified.After(t) {
		t = a.Modified
	}
	if n := len(a.Entries); n > 0 && a.Entries[0].Time.After(t) {
		t = a.Entries[0].Time
	}
	return t
}

func newest(as []*Article) time.Time {
	var t time.Time
	for _, a := range as {
		if m := lastMod(a); m.After(t) {
			t = m
		}
	}
	return t
}

func sortStrings(s []string) { sort.Strings(s) }

// funcs are the template helpers.
var funcs = template.FuncMap{
	"wp":          texturizeHTML, // WordPress-style numeric character references
	"curly":       curly,         // typographic quotes as Unicode
	"date":        func(t time.Time, layout string) string { return t.Format(layout) },
	"iso":         func(t time.Time) string { return t.Format(time.RFC3339) },
	"body":        bodyParagraphs,
	"paras":       Paragraphs,
	"sectionPath": sectionPath,
	"sectionSlug": sectionSlug,
	"imagePath":   imagePath,
	"feedPath":    feedPath,
	"sitemapPath": sitemapPath,
	"join":        strings.Join,
	"upper":       strings.ToUpper,
	"add":         func(a, b int) int { return a + b },
	"sub":         func(a, b int) int { return a - b },
	"last":        func(i, n int) bool { return i == n-1 },
	"lastMod":     lastMod,
	"first": func(s string, n int) string { // first n words
		w := strings.Fields(s)
		if len(w) <= n {
			return s
		}
		return strings.Join(w[:n], " ") + "…"
	},
}

// bodyParagraphs are the article's body paragraphs as rendered (only the
// teaser when paywalled; live entries are rendered separately).
func bodyParagraphs(a *Article) []string {
	p := Paragraphs(a.Body)
	if a.Paywalled && a.Teaser < len(p) {
		p = p[:a.Teaser]
	}
	return p
}

// curly turns straight quotes into typographic ones, as a newspaper CMS does.
func curly(s string) string {
	return smartQuotes(s, "\u201c", "\u201d", "\u2018", "\u2019", func(r rune) string { return string(r) })
}

// texturizeHTML is WordPress's wptexturize: quotes become numeric character
// references and the text is HTML-escaped.
func texturizeHTML(s string) template.HTML {
	return template.HTML(smartQuotes(s, "&#8220;", "&#8221;", "&#8216;", "&#8217;", func(r rune) string {
		switch r {
		case '&':
			return "&amp;"
		case '<':
			return "&lt;"
		case '>':
			return "&gt;"
		case '\u2014':
			return "&#8212;"
		case '\u2013':
			return "&#8211;"
		}
		return string(r)
	}))
}

// smartQuotes replaces ' and " by opening or closing forms, deciding by the
// character before, and passes every other rune through other.
func smartQuotes(s, ldq, rdq, lsq, rsq string, other func(rune) string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		opening := prev == ' ' || prev == '(' || prev == '[' || prev == '\u2014' || prev == '\n'
		switch {
		case r == '"' && opening:
			b.WriteString(ldq)
		case r == '"':
			b.WriteString(rdq)
		case r == '\'' && opening:
			b.WriteString(lsq)
		case r == '\'':
			b.WriteString(rsq)
		default:
			b.WriteString(other(r))
		}
		prev = r
	}
	return b.String()
}
