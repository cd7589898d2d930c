package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the one DOM walk the metadata reader makes, and the small
// node helpers it uses. Every helper is prefixed "md" so that it never
// collides with the body extractor's helpers in the same package.

// Bounds that keep the metadata walk cheap on pathological pages.
const (
	mdMaxMetas     = 400 // <meta> tags kept
	mdMaxLD        = 16  // JSON-LD blocks parsed
	mdMaxLDBytes   = 1 << 20
	mdMaxTimes     = 64  // <time> elements kept
	mdMaxBylines   = 48  // byline-like elements kept
	mdMaxDateNodes = 48  // date-like elements kept
	mdMaxItemprops = 128 // itemprop elements kept
	mdMaxH1        = 8
	mdMaxDepth     = 512
)

// metaTag is one <meta> with its lower-cased key (property, name, itemprop
// or http-equiv) and its content.
type metaTag struct {
	key     string
	content string
	node    *html.Node
}

// metaPage is what the single DOM walk gathers for the metadata reader.
type metaPage struct {
	root      *html.Node
	htmlLang  string
	title     string // <title> text (first one outside svg)
	metas     []metaTag
	canonical string
	ldBlocks  []string
	h1s       []*html.Node
	times     []*html.Node
	itemprops []*html.Node // elements with an itemprop attribute
	relAuthor []*html.Node // <a rel=author> and friends
	bylines   []*html.Node // elements whose class or id says author/byline
	dateNodes []*html.Node // elements whose class or id says date/time/published
	crumbs    []*html.Node // breadcrumb containers
	labelled  []*html.Node // small elements whose text starts "By", "Autor:", "Text:"...
	// postAuthor are comments marked as written by the post's own author
	// (WordPress's "bypostauthor" class).
	postAuthor []*html.Node
	article    *html.Node // first <article> (or role=main / <main> when there is none)
	main       *html.Node
	body       *html.Node
}

// collectMeta walks the tree once and fills a metaPage.
func collectMeta(root *html.Node) *metaPage {
	p := &metaPage{root: root}
	p.walk(root, 0, false)
	return p
}

func (p *metaPage) walk(n *html.Node, depth int, inSVG bool) {
	if depth > mdMaxDepth {
		return
	}
	if n.Type == html.ElementNode {
		if !p.visit(n, inSVG) {
			return
		}
		if n.DataAtom == atom.Svg {
			inSVG = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.DocumentNode {
			p.walk(c, depth+1, inSVG)
		}
	}
}

// visit records n; it returns false when n's children need no walk.
func (p *metaPage) visit(n *html.Node, inSVG bool) bool {
	switch n.DataAtom {
	case atom.Html:
		if p.htmlLang == "" {
			p.htmlLang = mdAttr(n, "lang")
			if p.htmlLang == "" {
				p.htmlLang = mdAttr(n, "xml:lang")
			}
		}
	case atom.Body:
		if p.body == nil {
			p.body = n
		}
	case atom.Title:
		if !inSVG && p.title == "" {
			p.title = mdText(n, 2000)
		}
		return false
	case atom.Meta:
		p.addMeta(n)
		return false
	case atom.Link:
		rel := strings.ToLower(mdAttr(n, "rel"))
		if p.canonical == "" && mdHasToken(rel, "canonical") {
			p.canonical = strings.TrimSpace(mdAttr(n, "href"))
		}
		return false
	case atom.Script:
		t := strings.ToLower(strings.TrimSpace(mdAttr(n, "type")))
		if strings.Contains(t, "ld+json") && len(p.ldBlocks) < mdMaxLD {
			if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) <= mdMaxLDBytes {
				p.ldBlocks = append(p.ldBlocks, c.Data)
			}
		}
		return false
	case atom.Style, atom.Noscript, atom.Template, atom.Iframe:
		return false
	case atom.H1:
		if len(p.h1s) < mdMaxH1 {
			p.h1s = append(p.h1s, n)
		}
	case atom.Time:
		if len(p.times) < mdMaxTimes {
			p.times = append(p.times, n)
		}
	case atom.Article:
		if p.article == nil {
			p.article = n
		}
	case atom.P, atom.Span, atom.Div, atom.Em, atom.Strong, atom.Small, atom.Address, atom.B, atom.I, atom.Font, atom.Li:
		if len(p.labelled) < mdMaxBylines && mdStartsWithLabel(n) {
			p.labelled = append(p.labelled, n)
		}
	case atom.Main:
		if p.main == nil {
			p.main = n
		}
	}
	var class, id, rel, itemprop string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "rel":
			rel = a.Val
		case "itemprop":
			itemprop = a.Val
		case "role":
			if p.main == nil && strings.EqualFold(a.Val, "main") {
				p.main = n
			}
		}
	}
	if itemprop != "" && len(p.itemprops) < mdMaxItemprops {
		p.itemprops = append(p.itemprops, n)
	}
	if rel != "" && n.DataAtom == atom.A && len(p.relAuthor) < mdMaxBylines && mdHasToken(strings.ToLower(rel), "author") {
		p.relAuthor = append(p.relAuthor, n)
	}
	if class == "" && id == "" {
		return true
	}
	for _, hint := range [2]string{mdLowerASCII(class), mdLowerASCII(id)} {
		if hint == "" {
			continue
		}
		if len(p.bylines) < mdMaxBylines && mdBylineHint(hint) && (len(p.bylines) == 0 || p.bylines[len(p.bylines)-1] != n) {
			p.bylines = append(p.bylines, n)
		}
		if len(p.dateNodes) < mdMaxDateNodes && mdDateHint(hint) && (len(p.dateNodes) == 0 || p.dateNodes[len(p.dateNodes)-1] != n) {
			p.dateNodes = append(p.dateNodes, n)
		}
		if len(p.postAuthor) < 4 && strings.Contains(hint, "bypostauthor") {
			p.postAuthor = append(p.postAuthor, n)
		}
		if len(p.crumbs) < 4 && strings.Contains(hint, "breadcrumb") && (len(p.crumbs) == 0 || p.crumbs[len(p.crumbs)-1] != n) {
			p.crumbs = append(p.crumbs, n)
		}
	}
	return true
}

// mdLowerASCII lower-cases s, allocating only when it has an upper-case
// ASCII letter (class names are almost always lower case already).
func mdLowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func (p *metaPage) addMeta(n *html.Node) {
	if len(p.metas) >= mdMaxMetas {
		return
	}
	var key, content string
	var hasContent bool
	for _, a := range n.Attr {
		switch a.Key {
		case "property", "name", "itemprop", "http-equiv":
			if key == "" || a.Key == "property" {
				key = a.Val
			}
		case "content":
			content, hasContent = a.Val, true
		case "value":
			if !hasContent {
				content = a.Val
			}
		case "pubdate":
			if key == "" {
				key = "pubdate"
			}
		}
	}
	if key == "" {
		return
	}
	content = strings.TrimSpace(content)
	if content == "" {
		return
	}
	p.metas = append(p.metas, metaTag{key: strings.ToLower(strings.TrimSpace(key)), content: content, node: n})
}

// meta returns the first content of a meta tag whose key is one of keys,
// trying keys in order.
func (p *metaPage) meta(keys ...string) string {
	for _, k := range keys {
		for i := range p.metas {
			if p.metas[i].key == k {
				return p.metas[i].content
			}
		}
	}
	return ""
}

// metaAll returns every content of meta tags with key k.
func (p *metaPage) metaAll(k string) []string {
	var out []string
	for i := range p.metas {
		if p.metas[i].key == k {
			out = append(out, p.metas[i].content)
		}
	}
	return out
}

// scope returns the element that most likely holds the article: the
// <article>, else <main>, else <body>.
func (p *metaPage) scope() *html.Node {
	if p.article != nil {
		return p.article
	}
	if p.main != nil {
		return p.main
	}
	if p.body != nil {
		return p.body
	}
	return p.root
}

// mdBylineHint reports whether a lower-cased class+id string names an
// author or byline element.
func mdBylineHint(s string) bool {
	if !(strings.Contains(s, "author") || strings.Contains(s, "byline") || strings.Contains(s, "by-line") ||
		strings.Contains(s, "writer") || strings.Contains(s, "contributor") || strings.Contains(s, "autor") ||
		strings.Contains(s, "auteur") || strings.Contains(s, "creator") || strings.Contains(s, "journalist") ||
		strings.Contains(s, "reporter") || strings.Contains(s, "posted-by") || strings.Contains(s, "postedby") ||
		strings.Contains(s, "verfasser") || strings.Contains(s, "firma")) {
		return false
	}
	// Boxes about the author (bios, avatars, other posts) are not bylines.
	for _, bad := range [...]string{"avatar", "author-bio", "authorbio", "author-box", "authorbox", "author-description",
		"author-image", "author-img", "author-photo", "author-pic", "about-author", "author-info-box", "comment",
		"author-social", "writers-list", "author-list-item", "authors-list", "share", "widget"} {
		if strings.Contains(s, bad) {
			return false
		}
	}
	return true
}

// mdDateHint reports whether a lower-cased class+id string names a date
// element.
func mdDateHint(s string) bool {
	if strings.Contains(s, "update") && !strings.Contains(s, "publish") {
		return false
	}
	return strings.Contains(s, "date") || strings.Contains(s, "time") || strings.Contains(s, "publish") ||
		strings.Contains(s, "posted") || strings.Contains(s, "datum") || strings.Contains(s, "fecha") ||
		strings.Contains(s, "data") || strings.Contains(s, "meta") || strings.Contains(s, "byline") ||
		strings.Contains(s, "dateline") || strings.Contains(s, "info")
}

// mdAttr returns the value of attribute key of n, or "".
func mdAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// mdHasToken reports whether the space-separated list s holds tok.
func mdHasToken(s, tok string) bool {
	for s != "" {
		i := strings.IndexByte(s, ' ')
		var w string
		if i < 0 {
			w, s = s, ""
		} else {
			w, s = s[:i], s[i+1:]
		}
		if w == tok {
			return true
		}
	}
	return false
}

// mdText returns the collapsed visible text of n, cut after about max
// bytes. Script, style and similar content is skipped.
func mdText(n *html.Node, max int) string {
	var b strings.Builder
	mdAppendText(&b, n, max, 0)
	return mdSquash(b.String())
}

func mdAppendText(b *strings.Builder, n *html.Node, max, depth int) {
	if b.Len() >= max || depth > mdMaxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button:
			return
		case atom.Br:
			b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		mdAppendText(b, c, max, depth+1)
	}
	if n.Type == html.ElementNode && mdIsBlock(n.DataAtom) {
		b.WriteByte(' ')
	}
}

// mdIsBlock reports whether elements of tag a break the text flow.
func mdIsBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Figure, atom.Figcaption, atom.Address,
		atom.Time, atom.Span:
		// Spans and <time> are inline, but bylines glue them without
		// spaces ("By John<span>Jan 1</span>"); a space keeps words apart.
		return true
	}
	return false
}

// mdSquash collapses runs of white space into one space and trims.
func mdSquash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			space = b.Len() > 0
			continue
		}
		if r == '\u00ad' || r == '\u200c' || r == '\u200d' || r == '\u2060' {
			continue // soft hyphens and joiners are invisible
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdInside reports whether n is a descendant of (or is) anc.
func mdInside(n, anc *html.Node) bool {
	if anc == nil {
		return false
	}
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// mdInChrome reports whether n sits in page chrome: navigation, a
// sidebar, a page footer, comments, or a list of related items. A
// <footer> inside an <article> holds the article's own meta (bylines,
// dates) and is not chrome.
func mdInChrome(n *html.Node) bool {
	footer := false
	var hits []string // chrome-looking class or id lists met on the way up
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Nav, atom.Aside:
			return true
		case atom.Footer:
			footer = true
		case atom.Article:
			// Inside the article, only lists of other articles and
			// comments are chrome; a "sidebar" there is the article's.
			for _, h := range hits {
				if mdOtherItemsClass(h) {
					return true
				}
			}
			return false
		case atom.Body, atom.Html:
			return footer || len(hits) > 0
		}
		if cls := mdAttr(a, "class"); cls != "" && mdChromeClass(cls) {
			hits = append(hits, cls)
		}
		if id := mdAttr(a, "id"); id != "" && mdChromeClass(id) {
			hits = append(hits, id)
		}
	}
	return footer || len(hits) > 0
}

// mdOtherItemsClass reports whether a class list names a block about
// other items: related articles, recommendations, comments.
func mdOtherItemsClass(list string) bool {
	for _, tok := range strings.Fields(strings.ToLower(list)) {
		switch {
		case strings.HasPrefix(tok, "related"), strings.HasPrefix(tok, "recommend"), strings.HasPrefix(tok, "teaser"),
			strings.HasPrefix(tok, "more-from"), strings.HasPrefix(tok, "read-more"), tok == "comments", tok == "comment",
			tok == "commentlist", tok == "comment-list", tok == "comments-area", tok == "comment-body", tok == "comment-content":
			return true
		}
	}
	return false
}

// mdChromeClass reports whether a class or id list names a chrome block.
func mdChromeClass(list string) bool {
	for _, tok := range strings.Fields(strings.ToLower(list)) {
		switch {
		case strings.HasPrefix(tok, "sidebar"), strings.HasPrefix(tok, "related"), strings.HasPrefix(tok, "recommend"),
			strings.HasPrefix(tok, "popular"), strings.HasPrefix(tok, "trending"), strings.HasPrefix(tok, "teaser"),
			strings.HasPrefix(tok, "widget"), tok == "footer", tok == "site-footer", tok == "page-footer",
			tok == "comments", tok == "comment", tok == "commentlist", tok == "comment-list", tok == "comments-area",
			tok == "comment-body", tok == "comment-content", tok == "navigation", tok == "menu", tok == "breadcrumb",
			tok == "breadcrumbs", strings.HasPrefix(tok, "more-from"), strings.HasPrefix(tok, "read-more"):
			return true
		case mdCommentToken(tok):
			return true
		}
	}
	return false
}

// mdCommentToken reports whether a class token names a comment container
// in a site's own naming ("kb-recipe-comment-box", "user_comments_list"):
// "comment(s)" is one of its dash or underscore parts, and no part says it
// is a count, link or button about the comments.
func mdCommentToken(tok string) bool {
	if !strings.Contains(tok, "comment") {
		return false
	}
	is := false
	for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
		switch part {
		case "comment", "comments":
			is = true
		case "count", "counter", "link", "links", "number", "num", "icon", "btn", "button", "bubble", "toggle", "open", "show":
			return false
		}
	}
	return is
}

// mdTruncRunes cuts s to at most n runes.
func mdTruncRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// mdValidUTF8 replaces invalid UTF-8 in s.
func mdValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// authorLabels start a byline that has no class to say so, lower case.
var authorLabels = []string{"by ", "von ", "par ", "por ", "door ", "autor:", "autorin:", "autor :", "author:",
	"auteur :", "auteur:", "autore:", "text:", "texte :", "texte:", "texto:", "testo:", "tekst:", "redaktion:",
	"written by", "geschrieben von", "verfasst von", "auteurs :", "autores:", "autoren:", "posted by",
	"eine kolumne von", "ein kommentar von", "ein beitrag von", "ein gastbeitrag von", "ein interview von", "von:"}

// mdStartsWithLabel reports whether n's first text starts with an
// author label.
func mdStartsWithLabel(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c != nil && c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B || c.DataAtom == atom.Em) {
		c = c.FirstChild
	}
	if c == nil || c.Type != html.TextNode {
		return false
	}
	// Cheap rejection: a label starts with one of few letters.
	first := strings.TrimLeft(c.Data, " \t\r\n")
	if first == "" {
		return false
	}
	switch first[0] | 0x20 {
	case 'b', 'v', 'p', 'd', 'a', 't', 'r', 'w', 'g', 'e':
	default:
		if first[0] < 0x80 && first[0] != '-' && first[0] != '|' {
			return false
		}
	}
	t := strings.TrimLeft(strings.ReplaceAll(c.Data, "\u00a0", " "), " \t\r\n-–—|•·")
	if len(t) < 2 {
		return false
	}
	head := t
	if len(head) > 24 {
		head = head[:24]
	}
	head = strings.ToLower(head)
	for _, l := range authorLabels {
		if strings.HasPrefix(head, l) {
			return true
		}
	}
	// A bare label in its own element: <strong>Text:</strong> Name
	switch strings.TrimSpace(head) {
	case "by", "von", "autor:", "author:", "text:", "auteur :", "auteur:", "redaktion:", "texte :":
		return true
	}
	return false
}
