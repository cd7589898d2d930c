package crawler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/byline/byline/article"
)

// pageInfo is what the crawler reads from an HTML page.
type pageInfo struct {
	canonical string   // <link rel=canonical>, absolute
	links     []string // <a href>, absolute, in document order
	feeds     []string // <link rel=alternate type=rss/atom>
	noindex   bool     // <meta name=robots content=noindex>
	nofollow  bool     // <meta name=robots content=nofollow>
	ogArticle bool     // og:type article
	ldArticle bool     // JSON-LD NewsArticle, Article, BlogPosting...
	ldListing bool     // JSON-LD CollectionPage, ItemList...
	articles  int      // <article> elements
	paraWords int      // words in <p> outside links
	linkCount int
	linkWords int
	textHash  string // sha256 of the normalised visible text
}

var articleLDTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "reviewnewsarticle": true, "backgroundnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": false, "report": true,
}

var listingLDTypes = map[string]bool{"collectionpage": true, "itemlist": true, "searchresultspage": true}

// analyzeHTML parses an HTML page once for links, metadata and signals.
func analyzeHTML(body []byte, base *url.URL) (*pageInfo, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	info := &pageInfo{}
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := base.Parse(strings.TrimSpace(href)); err == nil {
			base = b
		}
	}
	abs := func(h string) string {
		u, err := base.Parse(strings.TrimSpace(h))
		if err != nil {
			return ""
		}
		return u.String()
	}
	doc.Find("link[rel]").Each(func(_ int, s *goquery.Selection) {
		rel := " " + strings.ToLower(s.AttrOr("rel", "")) + " "
		href := s.AttrOr("href", "")
		if href == "" {
			return
		}
		switch {
		case strings.Contains(rel, " canonical ") && info.canonical == "":
			info.canonical = abs(href)
		case strings.Contains(rel, " alternate "):
			t := strings.ToLower(s.AttrOr("type", ""))
			if strings.Contains(t, "rss") || strings.Contains(t, "atom") || t == "application/feed+json" {
				if a := abs(href); a != "" {
					info.feeds = append(info.feeds, a)
				}
			}
		}
	})
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		name := strings.ToLower(s.AttrOr("name", s.AttrOr("property", "")))
		content := strings.ToLower(s.AttrOr("content", ""))
		switch name {
		case "robots":
			info.noindex = info.noindex || strings.Contains(content, "noindex") || strings.Contains(content, "none")
			info.nofollow = info.nofollow || strings.Contains(content, "nofollow") || strings.Contains(content, "none")
		case "og:type":
			info.ogArticle = strings.HasPrefix(strings.TrimSpace(content), "article")
		}
	})
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		for _, t := range jsonLDTypes([]byte(s.Text())) {
			t = strings.ToLower(t)
			info.ldArticle = info.ldArticle || articleLDTypes[t]
			info.ldListing = info.ldListing || listingLDTypes[t]
		}
	})
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		info.linkCount++
		info.linkWords += len(strings.Fields(s.Text()))
		if a := abs(s.AttrOr("href", "")); a != "" {
			info.links = append(info.links, a)
		}
	})
	info.articles = doc.Find("article").Length()
	doc.Find("script,style,noscript,template,iframe,svg").Remove()
	doc.Find("p").Each(func(_ int, s *goquery.Selection) {
		words := len(strings.Fields(s.Text())) - len(strings.Fields(s.Find("a").Text()))
		info.paraWords += max(words, 0)
	})
	text := strings.Join(strings.Fields(doc.Find("body").Text()), " ")
	if text == "" {
		text = strings.Join(strings.Fields(doc.Text()), " ")
	}
	info.textHash = article.HashContent([]byte(text))
	return info, nil
}

// jsonLDTypes returns every @type in a JSON-LD block, graphs included.
func jsonLDTypes(data []byte) []string {
	var v any
	if err := json.Unmarshal(bytes.TrimSpace(data), &v); err != nil {
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

var (
	listingPathRE = regexp.MustCompile(`(?i)/(tags?|topics?|category|categories|section|sections|author|authors|archive|archives|search|page)(/|$)|/page/\d+/?$|[?&](page|p|tag|category|s|q)=`)
	datedPathRE   = regexp.MustCompile(`/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-](0?[1-9]|[12]\d|3[01]))?/`)
	slugRE        = regexp.MustCompile(`[a-z0-9]+(-[a-z0-9]+){3,}(\.html?)?/?$`)
	idPathRE      = regexp.MustCompile(`[/-]\d{5,}(\.html?)?/?$`)
)

// looksLikeArticle is the default verdict: a score over URL and structure
// signals. Explicit metadata (og:type article, a JSON-LD NewsArticle)
// weighs most; tag, section, category and pagination URLs, many teaser
// <article> blocks and link-heavy pages with little prose count against.
func looksLikeArticle(u *url.URL, info *pageInfo, newsHint bool) bool {
	score := 0
	if info.ogArticle {
		score += 2
	}
	if info.ldArticle {
		score += 2
	}
	if info.ldListing {
		score -= 2
	}
	if newsHint {
		score++
	}
	path := u.EscapedPath()
	if path == "/" || path == "" {
		score -= 3
	}
	if listingPathRE.MatchString(u.RequestURI()) {
		score -= 2
	}
	if datedPathRE.MatchString(path) || slugRE.MatchString(strings.ToLower(path)) || idPathRE.MatchString(path) {
		score++
	}
	switch {
	case info.articles >= 3:
		score -= 2
	case info.articles == 1:
		score++
	}
	if info.paraWords >= 150 && info.linkWords < info.paraWords {
		score++
	}
	if info.paraWords < 80 && info.linkCount > 20 {
		score -= 2
	}
	return score >= 2
}

// isHTML reports whether a Content-Type names an HTML document. An absent
// type is accepted; the body is sniffed later.
func isHTML(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return strings.Contains(strings.ToLower(ct), "html")
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// isXMLish accepts the types sitemaps and feeds come with.
func isXMLish(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, _ := mime.ParseMediaType(ct)
	mt = strings.ToLower(mt)
	return strings.Contains(mt, "xml") || strings.Contains(mt, "rss") || strings.Contains(mt, "atom") ||
		strings.Contains(mt, "json") || strings.HasPrefix(mt, "text/") || mt == "application/octet-stream" ||
		strings.Contains(mt, "gzip")
}

var nonHTMLExt = map[string]bool{
	".pdf": true, ".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".mov": true, ".avi": true, ".webm": true, ".zip": true,
	".gz": true, ".tar": true, ".exe": true, ".dmg": true, ".doc": true, ".docx": true, ".xls": true,
	".xlsx": true, ".ppt": true, ".pptx": true, ".css": true, ".js": true, ".ico": true, ".woff": true,
	".woff2": true, ".ttf": true, ".json": true, ".rss": true, ".xml": true, ".txt": true, ".csv": true,
}

// nonHTMLByExtension reports whether a page URL clearly names a file that
// is not HTML, so it is skipped without a request.
func nonHTMLByExtension(u *url.URL) bool {
	p := strings.ToLower(u.Path)
	i := strings.LastIndexByte(p, '.')
	if i < 0 || strings.Contains(p[i:], "/") {
		return false
	}
	return nonHTMLExt[p[i:]]
}

// Challenge and block markers of CDNs and bot walls. Strong markers are
// specific to challenge pages; titles are matched exactly.
var (
	challengeMarkers = []string{
		"cf-chl", "cf_chl_", "/cdn-cgi/challenge-platform", "challenge-platform", "px-captcha",
		"captcha-delivery.com", "_incapsula_resource", "incapsula incident id", "perimeterx",
		"window._pxappid", "ak_bmsc", "/_sec/cp_challenge", "awswaf", "aws-waf-token",
		"cf-turnstile",
	}
	challengeTitles = []string{
		"just a moment...", "just a moment", "attention required! | cloudflare", "access denied",
		"pardon our interruption", "are you a robot?", "security check", "please verify you are a human",
		"one more step", "ddos-guard", "captcha", "robot check", "access to this page has been denied",
	}
	titleRE = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
)

// challengeMaxText is the most visible text a 2xx answer may have and
// still be taken for a challenge page by its title or markers. Challenge
// and bot-wall pages are nearly empty; real pages on sites behind a CDN
// carry the same script paths (Cloudflare injects
// /cdn-cgi/challenge-platform/.../jsd/ into ordinary pages, comment forms
// embed cf-turnstile) and articles may name PerimeterX or AWS WAF.
const challengeMaxText = 600

// detectBlock reports whether an answer is a block or a bot challenge, and
// why. Titles and markers are searched in the first 64 KiB; visible text is
// measured over bodies under 200 KiB (bigger ones are never challenges).
func detectBlock(status int, h http.Header, body []byte) (string, bool) {
	if strings.EqualFold(h.Get("cf-mitigated"), "challenge") {
		return "cloudflare challenge (cf-mitigated)", true
	}
	head := body
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	// A 2xx page with real text is content, whatever scripts it loads.
	if status < 300 && len(body) < 200<<10 && !hasVisibleText(body, challengeMaxText) {
		lower := bytes.ToLower(head)
		title := ""
		if m := titleRE.FindSubmatch(lower); m != nil {
			title = strings.Join(strings.Fields(string(m[1])), " ")
		}
		for _, t := range challengeTitles {
			if title == t {
				return "challenge page titled " + `"` + title + `"`, true
			}
		}
		for _, m := range challengeMarkers {
			if bytes.Contains(lower, []byte(m)) {
				return "challenge marker " + `"` + m + `"`, true
			}
		}
	}
	if status >= 400 && len(body) < 200<<10 {
		lower := bytes.ToLower(head)
		for _, m := range challengeMarkers {
			if bytes.Contains(lower, []byte(m)) {
				return "challenge marker " + `"` + m + `"` + fmt.Sprintf(" in a %d answer", status), true
			}
		}
	}
	switch status {
	case http.StatusForbidden:
		return "403 Forbidden", true
	case http.StatusTooManyRequests:
		return "429 Too Many Requests", true
	case http.StatusAccepted:
		if len(bytes.TrimSpace(body)) == 0 {
			return "202 with an empty body (WAF challenge)", true
		}
	}
	return "", false
}

// hasVisibleText reports whether the HTML in b has more than n bytes of
// visible text (outside script, style, noscript and template), stopping as
// soon as it knows.
func hasVisibleText(b []byte, n int) bool {
	z := html.NewTokenizer(bytes.NewReader(b))
	hidden, count := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			if name, _ := z.TagName(); invisibleTag(name) {
				hidden++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); invisibleTag(name) && hidden > 0 {
				hidden--
			}
		case html.TextToken:
			if hidden == 0 {
				for _, c := range z.Text() {
					if c > ' ' {
						count++
					}
				}
				if count > n {
					return true
				}
			}
		}
	}
}

func invisibleTag(name []byte) bool {
	switch string(name) {
	case "script", "style", "noscript", "template":
		return true
	}
	return false
}
