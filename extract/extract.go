// Package extract turns a news page into a structured article. It is a pure
// function of its input: no network, no crawler, no bus, no store.
//
// Extract parses the page once and walks the tree once (doc.go), gathering
// the page's signals: meta tags, JSON-LD, microdata, <time>, byline and
// date elements, headings, and the visible text cut into blocks. Then one
// resolver per field decides that field from the signals, each in its own
// file and each an ordered list of named rules:
//
//	headline.go    headline           authors.go    authors
//	published.go   publication and    summary.go    summary, subheadline
//	               modification dates dateline.go   dateline
//	body.go        body paragraphs    bullets.go    key-point bullets
//	images.go      images, captions   classify.go   article or not
//	site.go        site, section, canonical URL, tags
//
// The words rules look for (month names, byline labels, furniture lines)
// are data, one file per language, in package lexicon. With Options.Trace
// every rule's proposal is recorded, which `byline eval --rules` scores
// against the development corpora.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unsafe"

	"github.com/byline/byline/internal/textenc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/quotes"
	"github.com/byline/byline/internal/htmlparse"
)

// Version is the extractor version written into every article.
const Version = "0.6.12" // 0.4.0: image credits without their labels; 0.4.1: a review's or fact check's itemReviewed is not the article; 0.5.0: conventions probed (wire datelines, caption boxes, AMP pictures, US zones, summaries), prose "by" no byline; 0.6.0: chrome lines and key-point labels of more languages, bare picture-word credits, date metas, URL folders, event and teaser dates, byline items; 0.6.1: an editor's, reviewer's or sponsor's "by" credits no writer, Dutch "en" joins names, "From staff reports" and "By Editor" no author, media labels off title headlines, Latvian/Basque/Tagalog/Swahili dates, "Published:" over "Created:", "3/5(火)" dated by its weekday; the fifth probe round (gallery pictures, credit label spans, `<cite>` and `aria-describedby` captions, wire dateline forms, acronyms no datelines, caption notes no credits); 0.6.2: the sixth and seventh probe rounds (headlines of blog themes and news templates, CMS dates, other stories' teaser bylines and non-writer credits, Vietnamese and Thai, credit and byline labels of nine more languages, picture captions and credits of news-template layouts, lazy loaders and srcsets, gallery controls and credits); 0.6.3: the eighth probe round (bylines that are sentences, editors' labels of five languages, byline pairs on one line, bylines in capitals, media and live labels off titles, CJK title parts, 66 dateline forms, plugin-prefixed related lists and meta asides, a lone "Last updated" line, page-builder and CMS-field pictures, "Source:" credits, German quote titles and cues) and the rules audit (three rules removed, the slash byline's place narrowed); 0.6.4: the ninth probe round (40 wires' dateline brackets, US states after a town, a lead's dateline, credits after a bar, publisher-only JSON-LD authors, platform titles, update clocks, day-first English outside the US, feed footers and breadcrumbs in the text) and the tenth (whole pages of 29 press families; French and Spanish quote sections); 0.6.5: the eleventh to thirteenth rounds (215 whole pages: wire carriers, magazines, broadcasters, local and press-release pages, German blogs, opinion and live pages, 18 more languages, chains and digital natives, picture markups, AMP/print/legacy pages, datelines, section desks, author conflicts, Romance regional press; agency sign-offs, release ends, print-issue notes, player lines, desk folders, builder text widgets, table-layout headlines, masthead dates, chain and Romance picture credits, filing openers) and the quote probes (colon introductions, "police said", age epithets, British multi-paragraph quotes); 0.6.6: the seventeenth and eighteenth rounds (148 whole pages: news pictures, 23 more languages, German families, blog and small-site dates, non-news pages, English-language press of eleven countries, Romance, Nordic, Central European and Asian local sites and blogs; an agency alone beside the date, byline-block places, deks to the summary, reader appeals and writer bios out of the text, administrations no copyright persons, post-footer bylines, compound roles and capitals desks, WeChat furniture) and a speed pass (8 % less CPU, output unchanged); 0.6.7: the nineteenth round, metamorphic tests (names, places, dates, markup, speakers changed in ways that must not change the answer): particle, initial and hyphenated names, place-classed byline elements and unknown filing towns, dates in prose yielding to a date line, source line breaks and plain wrapper divs no longer change fields, text limits in characters not bytes, gallery and lightbox captions, other stories' <article> cards give no pictures; 0.6.8: the twentieth round, more metamorphic tests (metadata stripped or broken, page regions reordered, non-Latin names, dates re-rendered in other formats): positional reads look past wrapper <div>s, broken JSON-LD mended, bylines without metadata (bios, replies, menus, job and topic leaves, author classes in more languages, staff lines), caseless-script names and joiners, towns before a bare dash the page corroborates, end boxes and author cards after the text, two-digit years in date elements; 0.6.9: the twenty-first round, precision metamorphic tests (other templates' chrome injected, each field's true answer taken out, every lexicon label swapped for the others of its kind): comment boxes, teaser cards in the text and their bylines, stories outside teaser <article>s, label nouns read as "By", label-only and date-label names, company copyright holders, lone related bylines, bracketed credits alone, caption and top-strip dates, other posts' card dates, timestamp lines opened by any lexicon date label; 0.6.10: the twenty-second round, the precision tests' exemptions as classes: comment items and comment-headed boxes (no date, no author, no score lifted past them), other-date labels (release, kick-off, registration, "today:") and match fact boxes date no page, lone related or comment bylines in headed boxes, date connectors after an empty byline, photographers' credits, role lines, tag lists, nav section links and filing lines no writers, label-only byline and date remnants out of the text, a caption that is only its credit read as the credit, credits alone in caption lines, credit labels left at a caption's end cut; 0.6.11: the twenty-third round, the absent-field exemptions as classes: no date from a masthead beside the logo, a hidden hAtom update, an event in prose or a print issue note; date-line leftovers out of the text; no author from a bio opening on the job, a blog's masthead name, a picture credit with a participle, forum replies, author-box bios, review fact lists or place elements; correspondent bylines ("dal nostro inviato X, Kiev") read; captions and credits that survive the other's loss (FILE PHOTO kickers, licences, credit labels, bracketed agencies, chart cites, slides, centred lines, empty credit rows) and lead-picture lines no summary; share-bar rows, forum replies' dates, reading-time labels after names and labelled meta rows; quote speakers after contact clauses ("The editor I was talking to, Tim Grieve, …"), cues with a prepositional object, causative verbs, verbs coordinated in a that-clause, documents that say, parentheticals read through; 0.6.12: the twenty-fourth round: event labels ("Termin:", "When:") and stale relative ages date no page, overlay-link teaser cards, update labels before a date element, hidden dateModified children; opener datelines after any separator, bare picture words of every language, caption notes closing a credit, credit lines past a <br> or a placeholder, call-to-action boxes as chrome; no author from a job title alone, a bio's copula, a share bar, a rights notice or a publisher holding the copyright, a picture label without its colon, a print-issue note, joiners and time connectors after empty names, a bare label before the next meta field, a relative day; shared helpers in place of repeated loops; quote speakers after an inverted "asked"/"told", child nouns that point back to no office holder, comma clauses with their own verb no apposition

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
	// MaxQuoteBytes caps the body text the quote layer reads (whole
	// paragraphs from the top); 0 means DefaultMaxQuoteBytes (1 MiB).
	MaxQuoteBytes int
	// Trace, when set, receives every rule's proposal for every field
	// (byline eval --rules); extraction is slower with it.
	Trace *Trace
}

// Extract turns one page into an article. Errors wrap ErrTooLarge,
// ErrNotHTML or ErrNotArticle (a *NotArticleError, which keeps what the
// page says about itself).
func Extract(in Input, opts Options) (*article.Article, error) {
	d, err := parse(in, opts)
	if err != nil {
		return nil, err
	}
	a := d.resolve()
	composeText(a)
	if reason := d.resolveArticle(); reason != "" {
		return nil, notArticle(a, reason)
	}
	if !opts.NoQuotes && len(a.Paragraphs) > 0 {
		// The quote layer: quotes, reported speech, speakers and the
		// dates the text mentions, resolved against the publication date.
		anchor := a.Published()
		if anchor.IsZero() {
			anchor = d.fetched
		}
		q := quotes.Analyze(quoteParagraphs(a.Paragraphs, opts.MaxQuoteBytes), anchor, a.Language)
		a.Quotes, a.Attributions, a.Speakers, a.DatesMentioned = q.Quotes, q.Attributions, q.Speakers, q.Dates
	}
	finish(a)
	return a, nil
}

// DefaultMaxQuoteBytes is the default of Options.MaxQuoteBytes. The quote
// layer holds a token, its runes and its sentence data for every word, so
// its memory is about 150 bytes per byte of text (2.5 GB for a 15 MB page
// of one word repeated); the longest body of the development corpora has
// 97 KB of text, a long feature about 150 KB.
const DefaultMaxQuoteBytes = 1 << 20

// quoteParagraphs returns the leading paragraphs of ps that fit in max
// bytes (max <= 0: DefaultMaxQuoteBytes); a first paragraph over the cap
// is cut at a rune boundary.
func quoteParagraphs(ps []string, max int) []string {
	if max <= 0 {
		max = DefaultMaxQuoteBytes
	}
	n := 0
	for i, p := range ps {
		if n+len(p) > max {
			if i == 0 {
				return []string{strings.ToValidUTF8(p[:max], "")}
			}
			return ps[:i]
		}
		n += len(p)
	}
	return ps
}

// parse checks and decodes the input and walks the parsed page.
func parse(in Input, opts Options) (*doc, error) {
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
	root, err := ParseHTML(src)
	if err != nil {
		return nil, fmt.Errorf("%w: parse: %w", ErrNotHTML, err)
	}
	dropComments(root)
	fetched := in.FetchedAt
	if fetched.IsZero() {
		fetched = time.Now()
	}
	var base *url.URL
	if in.URL != "" {
		base, _ = url.Parse(in.URL)
	} else {
		base = declaredURL(root)
	}
	d := newDoc(root, base, fetched, opts.Trace)
	d.rawURL = in.URL
	return d, nil
}

// declaredURL is the page's own absolute URL as its head states it
// (<link rel=canonical>, else og:url), or nil: a page read from a file
// with no URL given (a saved page, an archive) still knows its host, its
// links to itself and its home page. The article's URL stays empty.
func declaredURL(root *html.Node) *url.URL {
	var canonical, og string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && depth < 4; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Link:
				if canonical == "" && strings.EqualFold(attr(c, "rel"), "canonical") {
					canonical = attr(c, "href")
				}
			case atom.Meta:
				if og == "" && strings.EqualFold(attr(c, "property"), "og:url") {
					og = attr(c, "content")
				}
			case atom.Html, atom.Head:
				walk(c, depth+1)
			}
		}
	}
	walk(root, 0)
	for _, s := range []string{canonical, og} {
		u, err := url.Parse(strings.TrimSpace(s))
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u
		}
	}
	return nil
}

// resolve runs the field resolvers in the order they depend on each other
// and fills an article.
func (d *doc) resolve() *article.Article {
	d.resolveLanguage()
	if w := d.w.forLanguage(d.lang, d.declaredLang); w != d.w { // "en" joins names on a Dutch page (wordslang.go)
		d.w = w
		// the labelled lines were listed with every language's labels:
		// keep those the page's language reads as labels ("Na Petra
		// Nováka" on a Czech page is no Swahili byline)
		d.labelled = slices.DeleteFunc(d.labelled, func(n *html.Node) bool { return !d.startsWithLabel(n) })
	}
	d.resolveSiteName()
	d.resolveHeadline()
	d.resolveBody()
	d.findVisibleByline()
	a := &article.Article{
		SiteName:     d.siteName,
		Headline:     d.headline,
		Language:     d.lang,
		CanonicalURL: d.resolveCanonical(),
		Tags:         d.resolveTags(),
		Paywalled:    d.ld.Paywalled || d.metaPaywalled(),
		Authors:      d.resolveAuthors(),
		Dateline:     d.resolveDateline(),
		Edition:      d.visibleByline().edition,
		FetchedAt:    d.fetched.UTC().Format(time.RFC3339),
	}
	d.dropCommentBox() // first: the closing rules read the text's end, not the comments'
	d.dropSignatureLine(a.Authors)
	d.dropAuthorBio(a.Authors)
	d.dropEndBoxes()
	d.dropDeskSignOff()
	d.dropStaffTail()
	d.dropEndRemnant() // (metaremnant.go)
	d.dropReadingTimeHead()
	a.URL = d.rawURL
	a.Section = d.resolveSection()
	pub, mod, approx := d.resolveDates()
	d.dropTimestampLines(pub, mod)
	if !pub.IsZero() {
		a.PublishedAt = pub.Format(time.RFC3339)
		a.PublishedPrecision = article.PrecisionOf(approx)
		a.Headline = d.undatedHeadline(a.Headline, pub)
	}
	if !mod.IsZero() {
		a.ModifiedAt = mod.Format(time.RFC3339)
	}
	d.resolveSummary()
	d.completeBody()
	a.Summary = d.summary
	a.Subheadline = d.resolveSubheadline()
	a.Paragraphs = d.bodyRes.paragraphs
	a.Bullets = d.bodyRes.bullets
	a.Images = d.creditOnlyCaptions(d.withoutAuthorPortraits(d.resolveImages(), a.Authors))
	a.Paragraphs = d.withoutCaptions(a.Paragraphs, a.Images) // matches credits as printed
	for i := range a.Images {
		a.Images[i].Credit = d.creditNotLabel(d.creditValue(a.Images[i].Credit))
	}
	return a
}

// finish sets what every article carries and is computed from its other
// fields, once: the body text, word count, id, content hash, version and
// the schema's empty lists. Nothing downstream sets them again.
func finish(a *article.Article) {
	a.Body = strings.Join(a.Paragraphs, "\n\n")
	a.WordCount = wordCount(a.Body) // len(strings.Fields(a.Body)), without the slice of every word
	a.ID = a.DefaultID()
	a.ContentHash = article.HashContent(unsafe.Slice(unsafe.StringData(a.Body), len(a.Body))) // read only: no copy of the body
	a.ExtractorVersion = Version
	a.Normalize()
}

// composeText puts every text field in Unicode normalization form C, the
// form the W3C character model asks of web text and the one people type:
// a page may spell "ü" as u + combining diaeresis, or a Bengali "ড়" as
// its precomposed letter, and the article would then neither compare equal
// to the same words typed elsewhere nor match them in the index. It runs
// before the quote layer, whose offsets count runes of the composed
// paragraphs. Text already in NFC (nearly all) is returned as it is.
// Mojibake a site stored ("FranÃ§ois", "â€œ") is repaired first
// (textenc.RepairMojibake says when).
func composeText(a *article.Article) {
	nfc := repairText
	for _, s := range []*string{&a.SiteName, &a.Headline, &a.Subheadline, &a.Summary, &a.Dateline, &a.Section, &a.Edition} {
		*s = nfc(*s)
	}
	for _, list := range [][]string{a.Paragraphs, a.Bullets, a.Authors, a.Tags} {
		for i := range list {
			list[i] = nfc(list[i])
		}
	}
	for i := range a.Images {
		a.Images[i].Caption = nfc(a.Images[i].Caption)
		a.Images[i].Credit = nfc(a.Images[i].Credit)
	}
}

// repairText is s with its mojibake repaired, in NFC. It composes before
// the repair too: some stores decomposed the mojibake itself ("A" + U+0303
// for "Ã").
func repairText(s string) string {
	s = norm.NFC.String(s)
	if r := textenc.RepairMojibake(s); r != s {
		return norm.NFC.String(r)
	}
	return s
}

// ParseHTML parses a decoded (UTF-8) page. The parser refuses nesting
// deeper than 512 elements; such a page is parsed again with the excess
// tags dropped (all text kept), so every page that parses in a browser
// parses here. It is internal/htmlparse.Parse. (The crawler builds no
// tree: it reads links and the article verdict from a token scan,
// internal/htmlscan.)
func ParseHTML(src []byte) (*html.Node, error) { return htmlparse.Parse(src) }

// MaxNesting is the element depth beyond which ParseHTML drops tags.
const MaxNesting = htmlparse.MaxNesting

// looksLikeHTML reports whether decoded text has any markup at all.
func looksLikeHTML(b []byte) bool {
	head := b
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	return bytes.IndexByte(head, '<') >= 0
}

// FromPage extracts the article of a fetched page.
func FromPage(p *article.Page) (*article.Article, error) {
	u := p.FinalURL
	if u == "" {
		u = p.URL
	}
	return Extract(Input{HTML: p.Body, URL: u, ContentType: p.ContentType, FetchedAt: p.FetchedAt}, Options{})
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
	a.Paragraphs, a.Bullets, a.Images, a.Summary, a.Subheadline = nil, nil, nil, "", ""
	finish(a)
	return &NotArticleError{Reason: reason, Page: a}
}
