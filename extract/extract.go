// Package extract turns a news page into a structured article. It is a pure
// function of its input: no network, no crawler, no bus, no store.
//
// Extract parses the page once (golang.org/x/net/html, wrapped by goquery
// for the metadata side), reads what the page says about itself
// (readMetadata: JSON-LD, Open Graph, microdata, <time>, ...) and finds the
// article text on the body side: readability-style candidate scoring by
// text and link density and class/id vocabulary, sibling merging, chrome
// stripping, key-point lists, figures with caption and credit, and the
// visible byline pattern. The two are merged into one article.Article.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/quotes"
)

// Version is the extractor version written into every article.
const Version = "0.2.0"

// Errors returned by Extract.
var (
	// ErrNotArticle means the page has no article (a listing, an error page).
	ErrNotArticle = errors.New("extract: no article found")
	// ErrTooLarge means the page is over Options.MaxBytes.
	ErrTooLarge = errors.New("extract: page too large")
	// ErrNotHTML means the input is binary or not HTML.
	ErrNotHTML = errors.New("extract: not an HTML document")
)

// Input is one page to extract.
type Input struct {
	HTML        []byte    // raw bytes as served (any charset)
	URL         string    // the page's URL, used to resolve links and as a fallback id
	ContentType string    // HTTP Content-Type header, if known (charset hint)
	FetchedAt   time.Time // when the page was fetched; zero means now
}

// Options tunes extraction; the zero value is the default.
type Options struct {
	MaxBytes int  // size cap in bytes; 0 means DefaultMaxBytes (16 MiB)
	NoQuotes bool // skip the quote/attribution/date layer
	// Trace, when set, receives every rule's proposal for every field
	// (byline eval --rules); extraction is slower with it.
	Trace *Trace
}

// minArticleRunes is the least body text an article has; below it, and
// with no sign that the page is a (paywalled) article, Extract gives
// ErrNotArticle.
const minArticleRunes = 120

// Extract turns one page into an article. Errors wrap ErrTooLarge,
// ErrNotHTML or ErrNotArticle.
func Extract(in Input, opts Options) (*article.Article, error) {
	maxBytes := opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if err := checkInput(in.HTML, maxBytes); err != nil {
		return nil, err
	}
	src, _, err := toUTF8(in.HTML, in.ContentType)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotHTML, err)
	}
	if !looksLikeHTML(src) {
		return nil, fmt.Errorf("%w: no markup", ErrNotHTML)
	}
	fetched := in.FetchedAt
	if fetched.IsZero() {
		fetched = time.Now()
	}
	var base *url.URL
	if in.URL != "" {
		base, _ = url.Parse(in.URL)
	}
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		// The parser refuses nesting deeper than 512 elements; flatten the
		// excess tags (keeping all text) and parse again.
		root, err = html.Parse(bytes.NewReader(flattenDeep(src, maxNesting)))
		if err != nil {
			return nil, fmt.Errorf("%w: parse: %w", ErrNotHTML, err)
		}
	}
	doc := goquery.NewDocumentFromNode(root)
	doc.Url = base
	md := readMetadata(doc, base, fetched)

	p := newPage(root, base)
	body := p.extract()

	a := &article.Article{
		URL:              in.URL,
		CanonicalURL:     md.CanonicalURL,
		SiteName:         md.SiteName,
		Section:          md.Section,
		Language:         md.Language,
		Headline:         md.Headline,
		Tags:             md.Tags,
		Paywalled:        md.Paywalled,
		ExtractorVersion: Version,
		FetchedAt:        fetched.UTC().Format(time.RFC3339),
	}
	if a.Headline == "" {
		a.Headline = fallbackHeadline(root, body.scope)
	}
	if a.Language == "" {
		a.Language = htmlLang(root)
	}
	if !md.Published.IsZero() {
		a.PublishedAt = md.Published.Format(time.RFC3339)
	}
	if !md.Modified.IsZero() {
		a.ModifiedAt = md.Modified.Format(time.RFC3339)
	}

	paras := body.paragraphs
	// The visible byline: the slash pattern or "By X and Y" above the body
	// or opening it.
	var bp bylinePattern
	found := false
	for _, b := range body.header {
		if bp2, ok := parseSlashByline(b.text, a.Headline, a.SiteName); ok {
			bp, found = bp2, true
			break
		}
	}
	if !found && len(paras) > 0 {
		if bp2, ok := parseSlashByline(paras[0], a.Headline, a.SiteName); ok {
			bp, found = bp2, true
			paras = paras[1:]
		}
	}
	if len(bp.authors) == 0 {
		for _, b := range body.header {
			if names := parseByLine(b.text); len(names) > 0 {
				bp.authors = names
				break
			}
		}
	}
	// A "By ..." line opening the body is byline, not text.
	for i := 0; i < 2 && i < len(paras); i++ {
		if names := parseByLine(paras[i]); len(names) > 0 && len(paras[i]) < 100 {
			if len(bp.authors) == 0 {
				bp.authors = names
			}
			paras = append(paras[:i:i], paras[i+1:]...)
			break
		}
	}
	a.Authors = md.Authors
	if len(bp.authors) > 0 {
		a.Authors = bp.authors
	}
	a.Dateline = bp.dateline
	if a.Dateline == "" && len(paras) > 0 {
		a.Dateline = wireDateline(paras[0])
	}
	a.Edition = bp.edition
	a.Summary = bp.summary
	if !found {
		if lead := p.leadParagraph(body, a.Headline); lead != "" {
			if len(paras) == 0 || paras[0] != lead {
				paras = append([]string{lead}, paras...)
			}
			a.Summary = lead
		}
	}
	if a.Summary == "" {
		a.Summary = standfirst(p, body)
	}
	if a.Summary == "" {
		a.Summary = squashSpace(md.Description)
	}
	for _, h := range body.headings {
		if len(strings.Fields(h)) >= 4 && !strings.EqualFold(h, a.Headline) {
			a.Subheadline = h
			break
		}
	}

	// A JSON-LD articleBody much longer than what the markup gave means the
	// text is rendered by script: take the structured copy.
	if ab := strings.TrimSpace(md.ArticleBody); utf8.RuneCountInString(ab) >= 500 {
		if n := textLen(paras); n*2 < len(ab) {
			paras = splitParagraphs(ab)
		}
	}

	a.Paragraphs = paras
	a.Body = strings.Join(paras, "\n\n")
	a.Bullets = body.bullets
	a.Images = body.images
	if len(a.Images) == 0 && md.Image != "" {
		a.Images = []article.Image{{URL: md.Image}}
	}
	a.WordCount = len(strings.Fields(a.Body))
	a.ID = a.DefaultID()
	isArticleType := strings.Contains(md.Type, "Article") || strings.Contains(md.Type, "Posting") || strings.Contains(md.Type, "Report")
	if utf8.RuneCountInString(a.Body) < minArticleRunes && !(a.Paywalled && (isArticleType || a.Summary != "")) {
		return nil, notArticle(a, fmt.Sprintf("%d characters of text", utf8.RuneCountInString(a.Body)))
	}
	if !isArticleType && isListingType(md.Type) && countTeasers(doc) >= 1 {
		return nil, notArticle(a, "the page describes itself as a "+md.Type)
	}
	if body.linkDensity > 0.5 && !isArticleType {
		return nil, notArticle(a, "the text is mostly links: a listing page")
	}
	a.ContentHash = article.HashContent([]byte(a.Body))

	// The quote layer: quotes, reported speech, speakers and the dates the
	// text mentions, resolved against the publication date.
	if !opts.NoQuotes && len(a.Paragraphs) > 0 {
		anchor := md.Published
		if anchor.IsZero() {
			anchor = fetched
		}
		q := quotes.Analyze(a.Paragraphs, anchor, a.Language)
		a.Quotes, a.Attributions, a.Speakers, a.DatesMentioned = q.Quotes, q.Attributions, q.Speakers, q.Dates
	}

	a.Normalize()
	return a, nil
}

// maxNesting is the element depth beyond which flattenDeep drops tags.
const maxNesting = 256

// flattenDeep rewrites src without the start and end tags nested deeper
// than limit, so the parser's depth cap is never hit; text is kept.
func flattenDeep(src []byte, limit int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	out := make([]byte, 0, len(src))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElement(atom.Lookup(name)) {
				break
			}
			depth++
			if depth > limit {
				continue
			}
		case html.EndTagToken:
			depth--
			if depth >= limit {
				continue
			}
		}
		out = append(out, z.Raw()...)
	}
}

// voidElement reports whether a is an element that has no end tag.
func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// looksLikeHTML reports whether decoded text has any markup at all.
func looksLikeHTML(b []byte) bool {
	head := b
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	return bytes.IndexByte(head, '<') >= 0
}

// textLen is the total byte length of paragraphs.
func textLen(ps []string) int {
	n := 0
	for _, p := range ps {
		n += len(p)
	}
	return n
}

// splitParagraphs cuts a plain-text body at line breaks.
func splitParagraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = squashSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// standfirst finds the dek/standfirst element near the headline.
func standfirst(p *page, body bodyResult) string {
	for _, b := range body.header {
		if b.container == nil || isHeadingAtom(b.tag) && b.tag == atom.H1 {
			continue
		}
		n := utf8.RuneCountInString(b.text)
		if n < 30 || n > 700 {
			continue
		}
		for c := b.container; c != nil && c != body.scope; c = c.Parent {
			if isStandfirstWords(p.wordsOf(c)) {
				return b.text
			}
		}
	}
	return ""
}

// isStandfirstWords reports whether class/id tokens name a standfirst.
func isStandfirstWords(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "excerpt", "lede",
			"intro", "strapline", "summary", "description", "teaser", "abstract", "lead", "sapo", "chapo":
			return true
		case "sub":
			if i+1 < len(ws) && (ws[i+1] == "title" || ws[i+1] == "headline" || ws[i+1] == "heading") {
				return true
			}
		}
	}
	return false
}

// fallbackHeadline is the first <h1> of the article scope or page, else
// the <title>.
func fallbackHeadline(root, scope *html.Node) string {
	if scope != nil {
		if h := findFirst(scope, atom.H1); h != nil {
			if t := nodeText(h); t != "" {
				return t
			}
		}
	}
	if h := findFirst(root, atom.H1); h != nil {
		if t := nodeText(h); t != "" {
			return t
		}
	}
	if t := findFirst(root, atom.Title); t != nil {
		return nodeText(t)
	}
	return ""
}

// htmlLang returns the primary language subtag of <html lang>.
func htmlLang(root *html.Node) string {
	h := findFirst(root, atom.Html)
	if h == nil {
		if isElem(root, atom.Html) {
			h = root
		} else {
			return ""
		}
	}
	l := strings.TrimSpace(nodeAttr(h, "lang"))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return strings.ToLower(l)
}

// FromPage extracts the article of a fetched page.
func FromPage(p *article.Page) (*article.Article, error) {
	u := p.FinalURL
	if u == "" {
		u = p.URL
	}
	return Extract(Input{HTML: p.Body, URL: u, ContentType: p.ContentType, FetchedAt: p.FetchedAt}, Options{})
}

// countTeasers counts the repeated blocks a listing is made of: headings
// that are links to other pages, and <article> elements when there is more
// than one.
func countTeasers(doc *goquery.Document) int {
	n := 0
	doc.Find("h2, h3, h4").Each(func(_ int, h *goquery.Selection) {
		if a := h.Find("a[href]"); a.Length() == 1 && len(strings.Fields(a.Text())) >= 3 {
			n++
		}
	})
	if k := doc.Find("article").Length(); k > 1 && k > n {
		n = k
	}
	return n
}

// isListingType reports whether a schema.org type names a page that lists
// other pages (a section front, a tag or author page, search results) rather
// than being an article itself. Some themes give that type to every page,
// so Extract asks for the listing's repeated teasers too.
func isListingType(t string) bool {
	switch t {
	case "CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage":
		return true
	}
	return false
}

// NotArticleError is the error Extract returns for a page without an
// article (a listing, an interstitial, an error page). It wraps
// ErrNotArticle, so errors.Is(err, ErrNotArticle) holds, and keeps what the
// page says about itself (headline, site, language, authors, dates) in
// Page, whose body, paragraphs, bullets and images are empty.
type NotArticleError struct {
	Reason string           // why the page is not an article
	Page   *article.Article // the page's metadata only
}

// Error implements error.
func (e *NotArticleError) Error() string { return ErrNotArticle.Error() + " (" + e.Reason + ")" }

// Unwrap returns ErrNotArticle.
func (e *NotArticleError) Unwrap() error { return ErrNotArticle }

// notArticle turns the article under construction into a NotArticleError
// that keeps only its metadata.
func notArticle(a *article.Article, reason string) error {
	a.Body, a.Paragraphs, a.Bullets, a.Images, a.Summary, a.Subheadline, a.WordCount = "", nil, nil, nil, "", "", 0
	a.Normalize()
	return &NotArticleError{Reason: reason, Page: a}
}
