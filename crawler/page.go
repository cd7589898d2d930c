package crawler

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/htmlscan"
)

// pageInfo is what the crawler reads from an HTML page.
type pageInfo struct {
	canonical string   // <link rel=canonical>, absolute
	base      *url.URL // the page's URL or its <base href>
	rawLinks  []string // <a href> as written, in document order (see links)
	feeds     []string // <link rel=alternate type=rss/atom>
	noindex   bool     // <meta name=robots content=noindex>
	nofollow  bool     // <meta name=robots content=nofollow>
	textHash  string   // sha256 of the normalised visible text and the head's editorial metadata (see editorialMeta)
}

// editorialMeta are the <meta> names and properties whose content is part
// of the article a page gives (its headline, standfirst, bylines, tags and
// section), beside the visible text: an edit of only these is new content.
// Dates are left out on purpose: some sites stamp a modified time on every
// render, which would make every re-fetch look edited; a real date edit
// comes with a visible "Updated" line.
var editorialMeta = map[string]bool{
	"description": true, "og:title": true, "og:description": true, "twitter:title": true,
	"twitter:description": true, "keywords": true, "news_keywords": true, "author": true,
	"article:author": true, "article:tag": true, "article:section": true,
}

// analyzeHTML reads an HTML page's tokens once for its links, metadata and
// the visible-text hash. It builds no tree: the crawler needs no more than
// the token stream, which internal/htmlscan reads at a fraction of a
// parse's cost, and the Classifier reads the page its own way.
func analyzeHTML(body []byte, base *url.URL) *pageInfo {
	info := &pageInfo{}
	var rawBase, rawCanonical string
	var rawLinks, rawFeeds []string
	// The visible text of <body> (of the whole page when the body has
	// none), whitespace runs squeezed to one space: adjacent text nodes
	// join without a space, as the concatenated DOM text does.
	var bodyText, headText textSquasher // the page's text is headText then bodyText
	var meta textSquasher               // <title> and editorialMeta contents
	inHead, title := false, false
	var m markupState
	s := htmlscan.New(body)
	for k := s.Next(); k != htmlscan.EOF; k = s.Next() {
		switch k {
		case htmlscan.Text:
			t := s.Text()
			if bytes.IndexByte(t, '&') >= 0 {
				t = []byte(htmlscan.Unescape(t))
			}
			switch {
			case m.hidden():
			case title:
				headText.write(t)
				meta.write(t)
			default:
				if inHead && len(bytes.TrimSpace(t)) > 0 {
					inHead = false // text ends the head, as in a parse
				}
				if inHead {
					headText.write(t)
				} else {
					bodyText.write(t)
				}
			}
		case htmlscan.EndTag:
			if !m.end(s) {
				break
			}
			switch s.Tag() {
			case atom.Head:
				inHead = false
			case atom.Title:
				title = false
			}
		case htmlscan.StartTag:
			if title = startTag(s, info, &m, &meta); title {
				continue
			}
			if !htmlscan.InHead(s.Tag()) {
				inHead = false
			}
			switch s.Tag() {
			case atom.Head:
				inHead = true
			case atom.Base:
				if h, ok := s.Attr("href"); ok && rawBase == "" {
					rawBase = h
				}
			case atom.Link:
				rel := " " + strings.ToLower(attrOr(s, "rel")) + " "
				href := attrOr(s, "href")
				if href == "" || rel == "  " {
					break
				}
				switch {
				case strings.Contains(rel, " canonical ") && rawCanonical == "":
					rawCanonical = href
				case strings.Contains(rel, " alternate "):
					t := strings.ToLower(attrOr(s, "type"))
					if strings.Contains(t, "rss") || strings.Contains(t, "atom") || t == "application/feed+json" {
						rawFeeds = append(rawFeeds, href)
					}
				}
			case atom.A:
				if h, ok := s.Attr("href"); ok {
					rawLinks = append(rawLinks, h)
				}
			}
		}
	}
	text := bodyText.b
	if len(text) == 0 {
		text = headText.b // no body text: the page's text is its head's
	}
	if len(meta.b) > 0 {
		text = append(append(text, 0), meta.b...)
	}
	info.textHash = article.HashContent(text)
	info.resolve(base, rawBase, rawCanonical, rawLinks, rawFeeds)
	return info
}

// resolve sets the page's base (its URL, or its <base href> resolved
// against it), canonical and feeds made absolute against the base, and
// keeps the links as written (see links).
func (info *pageInfo) resolve(base *url.URL, rawBase, rawCanonical string, rawLinks, rawFeeds []string) {
	if rawBase != "" {
		if bu, err := base.Parse(strings.TrimSpace(rawBase)); err == nil {
			base = bu
		}
	}
	info.base, info.rawLinks = base, rawLinks
	if rawCanonical != "" {
		if u, err := base.Parse(strings.TrimSpace(rawCanonical)); err == nil {
			info.canonical = u.String()
		}
	}
	info.feeds = resolveAll(base, rawFeeds)
}

// links returns the page's <a href> links made absolute, in document
// order. They are resolved on demand: a crawl that follows no links from
// the page (sitemap only, or at its depth limit) skips the URL parsing.
func (info *pageInfo) links() []string { return resolveAll(info.base, info.rawLinks) }

// resolveAll returns hrefs made absolute against base, in order, dropping
// those that do not parse.
func resolveAll(base *url.URL, hrefs []string) []string {
	var out []string
	for _, h := range hrefs {
		if u, err := base.Parse(strings.TrimSpace(h)); err == nil {
			out = append(out, u.String())
		}
	}
	return out
}

// startTag handles what a start tag changes in the scan: raw text read
// past, the open <template>, SVG and MathML elements (see markupState),
// robots meta noted, editorialMeta contents written to meta. title is
// true when a <title> opens (its text is not the body's).
func startTag(s *htmlscan.Scanner, info *pageInfo, m *markupState, meta *textSquasher) (title bool) {
	if !m.start(s) {
		return false
	}
	switch s.Tag() {
	case atom.Title:
		return true
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Noembed, atom.Noframes, atom.Xmp:
		s.Next() // raw text: the element's content, not visible
	case atom.Meta:
		name := attrOr(s, "name")
		if name == "" {
			name = attrOr(s, "property")
		}
		if editorialMeta[strings.ToLower(name)] {
			meta.write([]byte(attrOr(s, "content")))
			meta.pending = len(meta.b) > 0 // a space between two contents
		}
		if strings.EqualFold(name, "robots") {
			content := strings.ToLower(attrOr(s, "content"))
			info.noindex = info.noindex || strings.Contains(content, "noindex") || strings.Contains(content, "none")
			info.nofollow = info.nofollow || strings.Contains(content, "nofollow") || strings.Contains(content, "none")
		}
	}
	return false
}

// markupState is what the crawler's scan tracks of the open elements:
// the content of <template> and of <svg> is not visible text, and SVG and
// MathML hold no raw text and end where a parser ends them (at their end
// tag, at an HTML end tag such as </p>, or at a start tag such as <div>),
// so one unclosed icon does not hide the rest of a page.
type markupState struct {
	templates int
	foreign   [][]byte // the open SVG/MathML elements' names, outermost first
}

// maxForeign bounds the foreign elements tracked, as a parser bounds depth.
const maxForeign = 256

func (m *markupState) hidden() bool {
	return m.templates > 0 || len(m.foreign) > 0 && bytes.EqualFold(m.foreign[0], []byte("svg"))
}

// start updates the state for the current start tag and reports whether
// the tag is HTML (false inside SVG or MathML).
func (m *markupState) start(s *htmlscan.Scanner) bool {
	a := s.Tag()
	if len(m.foreign) > 0 && htmlscan.BreaksOutOfForeign(a) {
		m.foreign = m.foreign[:0]
	}
	if len(m.foreign) > 0 || a == atom.Svg || a == atom.Math {
		// <title>, <style> and <script> in SVG hold markup and may be
		// self-closing: not raw text (a parser tells its tokenizer the
		// same).
		s.NotRaw()
		if !s.SelfClosing() && len(m.foreign) < maxForeign {
			m.foreign = append(m.foreign, s.Name())
		}
		return false
	}
	if a == atom.Template {
		m.templates++
	}
	return true
}

// end updates the state for the current end tag and reports whether the
// tag is HTML. Inside SVG or MathML an end tag closes the innermost
// foreign element of its name; one that names none is an HTML end tag and
// ends the foreign content.
func (m *markupState) end(s *htmlscan.Scanner) bool {
	for i := len(m.foreign) - 1; i >= 0; i-- {
		if bytes.EqualFold(m.foreign[i], s.Name()) {
			m.foreign = m.foreign[:i]
			return false
		}
	}
	m.foreign = m.foreign[:0]
	if s.Tag() == atom.Template && m.templates > 0 {
		m.templates--
	}
	return true
}

// attrOr returns the current tag's attribute key, or "".
func attrOr(s *htmlscan.Scanner, key string) string {
	v, _ := s.Attr(key)
	return v
}

// textSquasher accumulates text with every run of white space (as
// strings.Fields sees it) turned into one space and none at either end.
type textSquasher struct {
	b       []byte
	pending bool
}

func (t *textSquasher) write(s []byte) {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if htmlscan.SpaceRune(r) {
			t.pending = t.pending || len(t.b) > 0
		} else {
			if t.pending {
				t.b = append(t.b, ' ')
				t.pending = false
			}
			t.b = append(t.b, s[i:i+size]...)
		}
		i += size
	}
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

// binaryBody reports whether body is a file that is not text, whatever
// its Content-Type says (a PDF or an image served as text/html), and the
// type its bytes show. Only signatures of binary formats count, and bytes
// the sniffer cannot name only when they hold a NUL: HTML that starts
// with an unusual tag or a stray control character is still HTML.
func binaryBody(body []byte) (string, bool) {
	mt, _, _ := strings.Cut(http.DetectContentType(body), ";")
	switch {
	case strings.HasPrefix(mt, "text/"):
		return mt, false
	case strings.HasPrefix(mt, "image/"), strings.HasPrefix(mt, "audio/"), strings.HasPrefix(mt, "video/"),
		strings.HasPrefix(mt, "font/"):
		return mt, true
	case mt == "application/octet-stream":
		return mt, bytes.IndexByte(body[:min(len(body), 512)], 0) >= 0
	}
	return mt, true // pdf, zip, gzip, rar, wasm, postscript, ogg...
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
	s := htmlscan.New(b)
	hidden, count := 0, 0
	for {
		switch s.Next() {
		case htmlscan.EOF:
			return false
		case htmlscan.StartTag:
			if invisibleTag(s.Tag()) {
				hidden++
			}
		case htmlscan.EndTag:
			if invisibleTag(s.Tag()) && hidden > 0 {
				hidden--
			}
		case htmlscan.Text:
			if hidden == 0 {
				for _, c := range s.Text() {
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

func invisibleTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template:
		return true
	}
	return false
}
