package extract

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ClassifyHints are what a caller knows about a page beyond its markup.
type ClassifyHints struct {
	// NewsSitemap is true when the page was listed in a Google News
	// sitemap, which lists articles only.
	NewsSitemap bool
}

// Verdict is the article-or-not judgement on a parsed page.
type Verdict struct {
	Article bool
	Score   int      // the summed evidence; Article is Score >= 2
	Reasons []string // the signals that counted, in order, e.g. "+2 og:type article"
}

// Classify judges whether a parsed page holds one article (not a home
// page, a section or tag listing, a search page) from evidence that needs
// no body extraction: what the page says it is (og:type, the JSON-LD
// @type), the shape of its URL, how many <article> teasers it has, and how
// much prose it has against links. The crawler uses it (through
// crawler.WithClassifier) to decide which pages to hand on and which to
// follow only; Extract uses the same verdict for a page whose body is
// short.
func Classify(root *html.Node, pageURL *url.URL, hints ClassifyHints) Verdict {
	s := pageSignalsOf(root)
	var v Verdict
	add := func(n int, why string) {
		v.Score += n
		sign := "+"
		if n < 0 {
			sign = ""
		}
		v.Reasons = append(v.Reasons, sign+itoa(n)+" "+why)
	}
	if s.ogArticle {
		add(2, "og:type article")
	}
	if s.ldArticle {
		add(2, "JSON-LD article type")
	}
	if s.ldListing {
		add(-2, "JSON-LD listing type")
	}
	if hints.NewsSitemap {
		add(1, "listed in a news sitemap")
	}
	if pageURL != nil {
		path := pageURL.EscapedPath()
		if path == "/" || path == "" {
			add(-3, "home page URL")
		}
		if listingPathRE.MatchString(pageURL.RequestURI()) {
			add(-2, "listing URL (tag, section, archive, page)")
		}
		if datedPathRE.MatchString(path) || slugRE.MatchString(strings.ToLower(path)) || idPathRE.MatchString(path) {
			add(1, "article URL (date, slug or id)")
		}
	}
	switch {
	case s.articles >= 3:
		add(-2, "three or more <article> teasers")
	case s.articles == 1:
		add(1, "one <article>")
	}
	if s.paraWords >= 150 && s.linkWords < s.paraWords {
		add(1, "prose outweighs links")
	}
	if s.paraWords < 80 && s.linkCount > 20 {
		add(-2, "little prose, many links")
	}
	v.Article = v.Score >= 2
	return v
}

var (
	listingPathRE = regexp.MustCompile(`(?i)/(tags?|topics?|category|categories|section|sections|author|authors|archive|archives|search|page)(/|$)|/page/\d+/?$|[?&](page|p|tag|category|s|q)=`)
	datedPathRE   = regexp.MustCompile(`/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-](0?[1-9]|[12]\d|3[01]))?/`)
	slugRE        = regexp.MustCompile(`[a-z0-9]+(-[a-z0-9]+){3,}(\.html?)?/?$`)
	idPathRE      = regexp.MustCompile(`[/-]\d{5,}(\.html?)?/?$`)
)

// pageSignals are the page-level counts Classify weighs.
type pageSignals struct {
	ogArticle bool // og:type article
	ldArticle bool // JSON-LD NewsArticle, Article, BlogPosting...
	ldListing bool // JSON-LD CollectionPage, ItemList...
	articles  int  // <article> elements
	paraWords int  // words in <p> outside links
	linkCount int
	linkWords int
}

// articleLDTypes are the schema.org types of a page that is one article;
// listingLDTypes of a page that lists others.
var (
	articleLDTypes = map[string]bool{
		"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
		"opinionnewsarticle": true, "reviewnewsarticle": true, "backgroundnewsarticle": true,
		"blogposting": true, "liveblogposting": true, "report": true, "scholarlyarticle": true,
		"techarticle": true, "satiricalarticle": true, "askpublicnewsarticle": true,
	}
	listingLDTypes = map[string]bool{"collectionpage": true, "itemlist": true, "searchresultspage": true}
)

// pageSignalsOf walks root once.
func pageSignalsOf(root *html.Node) pageSignals {
	var s pageSignals
	var walk func(n *html.Node, inP, inA bool)
	walk = func(n *html.Node, inP, inA bool) {
		switch n.Type {
		case html.TextNode:
			if inP || inA {
				w := countWords(n.Data)
				if inA {
					s.linkWords += w
				} else {
					s.paraWords += w
				}
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script:
				if strings.EqualFold(nodeAttr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					for _, t := range jsonLDTypes([]byte(n.FirstChild.Data)) {
						t = strings.ToLower(t)
						s.ldArticle = s.ldArticle || articleLDTypes[t]
						s.ldListing = s.ldListing || listingLDTypes[t]
					}
				}
				return
			case atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg:
				return
			case atom.Meta:
				name := strings.ToLower(nodeAttr(n, "property"))
				if name == "" {
					name = strings.ToLower(nodeAttr(n, "name"))
				}
				if name == "og:type" {
					s.ogArticle = strings.HasPrefix(strings.ToLower(strings.TrimSpace(nodeAttr(n, "content"))), "article")
				}
			case atom.Article:
				s.articles++
			case atom.P:
				inP = true
			case atom.A:
				if nodeAttr(n, "href") != "" {
					s.linkCount++
					inA = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP, inA)
		}
	}
	if root != nil {
		walk(root, false, false)
	}
	return s
}

// countWords counts the white-space separated words of s.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		sp := r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\u00a0'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// jsonLDTypes returns every @type in a JSON-LD block, graphs included.
func jsonLDTypes(data []byte) []string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(string(data))), &v); err != nil {
		return nil
	}
	var out []string
	var walk func(any, int)
	walk = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			switch t := x["@type"].(type) {
			case string:
				out = append(out, t)
			case []any:
				for _, e := range t {
					if s, ok := e.(string); ok {
						out = append(out, s)
					}
				}
			}
			if g, ok := x["@graph"]; ok {
				walk(g, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

// itoa formats a small integer.
func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
