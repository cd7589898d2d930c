package extract

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestMetamorphicChrome puts the chrome of other site templates into
// every whole invented page, as unseen sites carry it around their
// articles, and checks that the extraction stays the ORIGINAL page's own,
// field by field (the fields of TestMetamorphicMarkup): a field that
// changes took a teaser's byline for the page's author, a teaser's or a
// comment's date for its publication, a thumbnail's line for a caption or
// credit, or a box's text into the body. Each variant alone, in one of
// several markup styles drawn per page, written in the page's language
// (chromeWordsFor) with made-up names, titles and text:
//
//   - teasers-after: a "related / more from this section" block after
//     the article: 3 to 6 cards each with an <h3> link, its own byline
//     ("By NAME" or a link to /author/...), a <time datetime> of another
//     day and a thumbnail with a credit line;
//   - teasers-before: the same block before the article (a "latest"
//     strip at the top of the page);
//   - inline-box: a "Read also" box with one such teaser between two
//     paragraphs of the text;
//   - comments: 3 to 5 readers' comments after the article, each with
//     the commenter's name (a link or <b>), an age ("3 hours ago") or a
//     day, 1 to 3 sentences and a Reply button, some with an avatar;
//   - author-box-other: a sidebar card about ANOTHER person (the
//     newsletter's editor: name, photo, short bio);
//   - banners: a cookie consent, a newsletter signup, a subscription
//     prompt and an app bar, with headings and buttons, at the top, the
//     bottom and fixed;
//   - most-read: a sidebar's "Most read" list of 5 linked headlines with
//     times.
//
// The article is located as TestMetamorphicOrder locates it (the lowest
// element holding the row's body wants and headline); a page where it is
// not found, or where a variant finds no place, is skipped and counted.
// A row's known-wrong fields are not compared. CHROME_DUMP="file
// variant" (or "all") writes the changed page (every one) to
// chrome_dump_FILE_VARIANT.html in the temporary directory.
func TestMetamorphicChrome(t *testing.T) {
	variants := chromeVariants()
	jobs, results := mkupRunAll(func(j mkupJob) []mkupResult { return chromeRun(j.page, j.set, variants) })
	floors := make([]mkupFloor, len(variants))
	for i, v := range variants {
		floors[i] = mkupFloor{v.name, v.floor}
	}
	mkupReport(t, jobs, results, chromeExempt, floors)
}

// chromeExempt lists the pages whose fields a variant changes, by
// variant, with why. The files are named without ".html".
var chromeExempt = []mkupExemption{
	{"teasers-after",
		"not fixed: (1) two teasers' writers are taken by the teaser-byline fallback on a page that names no one (mkdocs, wales-council): the fallback keeps two names (a one-writer site and a guest); dropping two too costs trafilatura author recall check .815 -> .808; (2) the page's own category line ('Veröffentlicht in ...', joomla-k2) comes into the body when the block's text lifts <main> past three times the story's prose (mostText reads an ancestor's raw prose: counting only its prose outside furniture cost trafilatura check recall, chromelab25).",
		[]string{"cms11e-joomla-k2-at", "cms15c-mkdocs-material-de", "cms16a-wales-council-bilingual"}},
	{"teasers-before",
		"not fixed: (1) two teasers' writers taken by the teaser-byline fallback on a page naming no one (lexikon-glossar: see teasers-after); (2) the strip before the text moves the body's root up so the page's own meta lines and a sidebar come in (joomla-k2, liferay, ja-city-oshirase: the strip's text lifts the page's wrapper, see scorestop.go for why the score does not stop at it).",
		[]string{"cms11e-joomla-k2-at", "cms15c-lexikon-glossar-de", "cms16b-liferay-ayto-es", "cms16d-ja-city-oshirase"}},
	{"inline-box",
		"not fixed: (1) a card right under the headline, before the picture's caption, costs the page's lead caption and credit (scrolly-longread, br-ogimage-only; its author is the page's own since chromefix24: authorcards.go), and its title is read as the summary (br-ogimage-only); (2) the card between two paragraphs splits the body's root on short pages (jp-public, squarespace-sv, gastbeitrag, wprm-recipe: text lost, or the card's title read as the summary). (Near-headline reading the card's day on a page with no machine date, wix-ch, is fixed: dateprose.go's eventInProse.)",
		[]string{"cms11b-au-scrolly-longread", "cms11c-jp-public", "cms11e-squarespace-sv", "cms11f-de-gastbeitrag",
			"cms12c-br-ogimage-only", "cms15c-wprm-recipe-en"}},
	{"comments",
		"not fixed: the comments move the body's root (elementor: the builder's text widgets lose the root to the comment list; joomla-k2: a sidebar's lines come in, and the page's date is lost beside the comments) (a comment-headed box stops a block's score: scorestop.go; a comment's '2 hours ago' read by signature-date on a page with no date is fixed: datecomments.go's inCommentBox).",
		[]string{"cms11e-joomla-k2-at", "wordpress-elementor"}},
	{"author-box-other",
		"not fixed: the sidebar card moves the body's root up: a sidebar's lines (joomla-k2) or the byline's name and place line (br-assinatura-local) come into the body (a widget's score does not stop at it: scorestop.go).",
		[]string{"cms11e-joomla-k2-at", "cms13a-br-assinatura-local"}},
	{"banners",
		"not fixed: the banners move the body's root up and a sidebar's lines come in (joomla-k2, as in the other variants).",
		[]string{"cms11e-joomla-k2-at"}},
}

// chromeCtx is what a variant writes its chrome with.
type chromeCtx struct {
	w     *chromeLex
	rnd   func(n int) int // a draw in [0, n) from the page's sequence
	day   time.Time       // the page's own day (or the fetch day)
	style int             // the markup style drawn for the page and variant
}

// chromeVariant is one kind of chrome: build inserts it into the parsed
// page around (or in) the article m; false when it finds no place.
type chromeVariant struct {
	name  string
	floor int
	build func(p *orderPage, m *html.Node, c *chromeCtx) bool
}

func chromeVariants() []chromeVariant {
	return []chromeVariant{
		{"teasers-after", 400, func(p *orderPage, m *html.Node, c *chromeCtx) bool {
			return chromeInsert(m, false, chromeTeasers(c, false))
		}},
		{"teasers-before", 400, func(p *orderPage, m *html.Node, c *chromeCtx) bool {
			return chromeInsert(m, true, chromeTeasers(c, true))
		}},
		{"inline-box", 380, chromeInlineBox},
		{"comments", 400, func(p *orderPage, m *html.Node, c *chromeCtx) bool {
			return chromeInsert(m, false, chromeComments(c))
		}},
		{"author-box-other", 400, func(p *orderPage, m *html.Node, c *chromeCtx) bool {
			return chromeInsert(m, false, chromeEditorBox(c))
		}},
		{"banners", 400, chromeBanners},
		{"most-read", 400, func(p *orderPage, m *html.Node, c *chromeCtx) bool {
			return chromeInsert(m, c.style == 2, chromeMostRead(c))
		}},
	}
}

// chromeRun extracts a page and each variant of it and compares.
func chromeRun(c cmsPage, set cmsPageSet, variants []chromeVariant) []mkupResult {
	page, err := os.ReadFile(filepath.Join("testdata", "cms", c.file))
	if err != nil {
		return []mkupResult{{variant: "read", err: err.Error()}}
	}
	orig, skipField, err := mkupOriginal(page, set.fetched, c)
	if err != nil {
		return []mkupResult{{variant: "original", err: err.Error()}}
	}
	day := set.fetched
	if d, err := time.Parse("2006-01-02", c.published); err == nil {
		day = d
	}
	lang, _, _ := strings.Cut(orig.Language, "-")
	var out []mkupResult
	for _, v := range variants {
		r := mkupResult{variant: v.name}
		changed, ok := chromeApply(page, c, v, lang, day)
		if !ok {
			r.skip = true
			out = append(out, r)
			continue
		}
		if dump := os.Getenv("CHROME_DUMP"); dump == c.file+" "+v.name || dump == "all" {
			os.WriteFile(filepath.Join(os.TempDir(), "chrome_dump_"+strings.TrimSuffix(c.file, ".html")+"_"+v.name+".html"), changed, 0o644)
		}
		a, err := Extract(Input{HTML: changed, FetchedAt: set.fetched}, Options{NoQuotes: true})
		if err != nil {
			r.diffs = append(r.diffs, mkupDiff{"article", "an article", err.Error()})
			out = append(out, r)
			continue
		}
		was, got := mkupFields(orig), mkupFields(a)
		for _, f := range mkupFieldNames {
			if !skipField[f] && was[f] != got[f] {
				r.diffs = append(r.diffs, mkupDiff{f, was[f], got[f]})
			}
		}
		out = append(out, r)
	}
	return out
}

// chromeApply writes the page with v's chrome; false when the article is
// not found or v finds no place.
func chromeApply(page []byte, c cmsPage, v chromeVariant, lang string, day time.Time) ([]byte, bool) {
	p, ok := orderParse(page)
	if !ok {
		return nil, false
	}
	m := p.mainColumn(c)
	if m == nil || m == p.body {
		return nil, false
	}
	h := fnv.New64a()
	h.Write([]byte(c.file + "|" + v.name))
	x := h.Sum64() | 1
	ctx := &chromeCtx{w: chromeWordsFor(lang), day: day, rnd: func(n int) int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(n))
	}}
	ctx.style = ctx.rnd(3)
	if !v.build(p, m, ctx) {
		return nil, false
	}
	var b bytes.Buffer
	if html.Render(&b, p.doc) != nil {
		return nil, false
	}
	return b.Bytes(), true
}

// chromeNodes parses an HTML fragment as children of a <div>.
func chromeNodes(frag string) []*html.Node {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	ns, err := html.ParseFragment(strings.NewReader(frag), ctx)
	if err != nil {
		panic(err)
	}
	return ns
}

// chromeInsert puts the fragment's nodes before or after m.
func chromeInsert(m *html.Node, before bool, frag string) bool {
	if m.Parent == nil {
		return false
	}
	at := m.NextSibling
	if before {
		at = m
	}
	for _, n := range chromeNodes(frag) {
		m.Parent.InsertBefore(n, at)
	}
	return true
}

// chromeSlug makes a URL path part of a title or name.
func chromeSlug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-':
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "p" + fmt.Sprint(len(s))
	}
	return b.String()
}

// chromeOtherDay is a day before the page's own, k days back (1..9), with
// a time of day.
func (c *chromeCtx) otherDay(k int) time.Time {
	return c.day.AddDate(0, 0, -(k%9 + 1)).Add(time.Duration(7+k%11)*time.Hour + time.Duration(k*7%60)*time.Minute)
}

func (c *chromeCtx) name(k int) string { return c.w.names[(k+c.rnd(3))%len(c.w.names)] }

// chromeTeaser is one teaser card in the page's style: a linked <h3>,
// its own byline, a <time> of another day and a credited thumbnail.
func chromeTeaser(c *chromeCtx, k int) string {
	w := c.w
	title, who := w.titles[k%len(w.titles)], c.name(k)
	other := c.name(k + 5)
	d := c.otherDay(k)
	href := fmt.Sprintf("/%d/%02d/%s", d.Year(), d.Month(), chromeSlug(title))
	tm := fmt.Sprintf(`<time datetime="%s">%s</time>`, d.Format("2006-01-02T15:04:05Z07:00"), w.day(d))
	img := fmt.Sprintf(`<img src="/img/teaser-%d.jpg" alt="%s" width="320" height="180">`, k, w.captions[k%len(w.captions)])
	switch c.style {
	case 0:
		return fmt.Sprintf(`<article class="card"><a href="%s">%s</a><p class="credit">%s %s</p>`+
			`<h3><a href="%s">%s</a></h3><span class="byline">%s <a href="/author/%s">%s</a></span> %s</article>`,
			href, img, w.photo, other, href, title, w.by, chromeSlug(who), who, tm)
	case 1:
		return fmt.Sprintf(`<li class="teaser"><figure>%s<figcaption>%s %s %s</figcaption></figure>`+
			`<h3><a href="%s">%s</a></h3><p class="meta">%s %s | %s</p></li>`,
			img, w.captions[k%len(w.captions)], w.photo, other, href, title, w.by, who, tm)
	}
	return fmt.Sprintf(`<div class="story"><a class="story-link" href="%s"><div class="thumb">%s<span class="img-credit">© %s</span></div>`+
		`<h3>%s</h3></a><div class="story-meta"><a rel="author" href="/author/%s">%s</a> · %s</div></div>`,
		href, img, other, title, chromeSlug(who), who, tm)
}

// chromeTeasers is a block of 3 to 6 teaser cards.
func chromeTeasers(c *chromeCtx, before bool) string {
	n := 3 + c.rnd(4)
	head := c.w.related
	if before {
		head = c.w.latest
	} else if c.rnd(2) == 0 {
		head = c.w.moreFrom
	}
	var b strings.Builder
	for k := range n {
		b.WriteString(chromeTeaser(c, k+c.rnd(2)))
	}
	switch c.style {
	case 0:
		return `<section class="related-posts"><h2>` + head + `</h2><div class="cards">` + b.String() + `</div></section>`
	case 1:
		return `<div class="more-from-section"><h3 class="section-title">` + head + `</h3><ul>` + b.String() + `</ul></div>`
	}
	return `<aside class="recirc"><h2>` + head + `</h2>` + b.String() + `</aside>`
}

// chromeInlineBox puts a "Read also" box with one teaser between two
// paragraphs of the article: after the first <p> of m of some length
// whose next element is another such <p>.
func chromeInlineBox(p *orderPage, m *html.Node, c *chromeCtx) bool {
	long := func(n *html.Node) bool {
		return n != nil && n.Type == html.ElementNode && n.Data == "p" && len(p.text[n]) >= 60
	}
	next := func(n *html.Node) *html.Node {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode {
				return s
			}
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				return nil
			}
		}
		return nil
	}
	var at *html.Node
	for n := range m.Descendants() {
		if long(n) && long(next(n)) {
			at = n
			break
		}
	}
	if at == nil {
		return false
	}
	k := c.rnd(6)
	keep := c.style
	c.style = (c.style + 2) % 3
	card := chromeTeaser(c, k)
	c.style = keep
	var box string
	switch c.style {
	case 0:
		box = `<aside class="read-also"><p class="label">` + c.w.readAlso + `</p>` + card + `</aside>`
	case 1:
		box = `<div class="inline-teaser"><strong>` + c.w.readAlso + `:</strong><ul>` + card + `</ul></div>`
	default:
		box = `<div class="embed box"><h4>` + c.w.readAlso + `</h4>` + card + `</div>`
	}
	return chromeInsert(at, false, box)
}

// chromeComments is a comment section of 3 to 5 comments.
func chromeComments(c *chromeCtx) string {
	w := c.w
	n := 3 + c.rnd(3)
	var b strings.Builder
	for k := range n {
		who := c.name(k + 2)
		var text []string
		for j := range 1 + c.rnd(3) {
			text = append(text, w.remarks[(k+j)%len(w.remarks)])
		}
		body := strings.Join(text, " ")
		d := c.day.Add(time.Duration(2+k) * time.Hour)
		when := w.ago(2 + k)
		if c.rnd(2) == 0 {
			when = w.day(d)
		}
		avatar := ""
		if c.rnd(2) == 0 {
			avatar = fmt.Sprintf(`<img class="avatar" src="/avatars/%d.png" width="40" height="40" alt="">`, k)
		}
		switch c.style {
		case 0:
			fmt.Fprintf(&b, `<li class="comment"><article class="comment-body"><footer class="comment-meta">%s<b class="fn">%s</b> `+
				`<time datetime="%s">%s</time></footer><div class="comment-content"><p>%s</p></div>`+
				`<div class="reply"><a class="comment-reply-link" href="#respond">%s</a></div></article></li>`,
				avatar, who, d.Format(time.RFC3339), when, body, w.reply)
		case 1:
			fmt.Fprintf(&b, `<div class="post">%s<a href="/user/%s" class="user">%s</a> <span class="when">%s</span><p>%s</p><button type="button">%s</button></div>`,
				avatar, chromeSlug(who), who, when, body, w.reply)
		default:
			fmt.Fprintf(&b, `<div class="entry">%s<strong>%s</strong> %s, %s:<p>%s</p><a href="#" class="btn">%s</a></div>`,
				avatar, who, w.wrote, when, body, w.reply)
		}
	}
	switch c.style {
	case 0:
		return fmt.Sprintf(`<section id="comments" class="comments-area"><h2>%d %s</h2><ol class="comment-list">%s</ol></section>`, n, w.comments, b.String())
	case 1:
		return fmt.Sprintf(`<div class="discussion"><h3>%s (%d)</h3>%s</div>`, w.comments, n, b.String())
	}
	return fmt.Sprintf(`<div class="reader-voices"><h4>%s</h4>%s</div>`, w.comments, b.String())
}

// chromeEditorBox is a sidebar card about another person: the
// newsletter's editor.
func chromeEditorBox(c *chromeCtx) string {
	w := c.w
	who := c.name(7)
	img := fmt.Sprintf(`<img src="/staff/%s.jpg" alt="%s" width="96" height="96">`, chromeSlug(who), who)
	switch c.style {
	case 0:
		return `<aside class="sidebar"><div class="editor-card">` + img + `<h4>` + w.aboutEditor + `</h4><p><b>` + who + `</b> ` +
			w.editorBio + `</p></div></aside>`
	case 1:
		return `<div class="widget"><h3>` + w.curatedBy + `</h3><a href="/author/` + chromeSlug(who) + `">` + img +
			`</a><p class="name">` + who + `</p><p>` + who + ` ` + w.editorBio + `</p></div>`
	}
	return `<aside><div class="profile">` + img + `<h3>` + who + `</h3><p>` + w.editorRole + `</p><p>` + who + ` ` + w.editorBio +
		`</p></div></aside>`
}

// chromeBanners puts a cookie consent (fixed, at the body's end), an app
// bar (at the body's start), a newsletter signup and a subscription
// prompt (after the article; before it in one style).
func chromeBanners(p *orderPage, m *html.Node, c *chromeCtx) bool {
	w := c.w
	cookie := `<div class="cookie-consent" style="position:fixed;bottom:0"><h3>` + w.cookieHead + `</h3><p>` + w.cookieText +
		`</p><button type="button">` + w.accept + `</button> <button type="button">` + w.settings + `</button></div>`
	app := `<div class="app-banner"><strong>` + w.appHead + `</strong> <span>` + w.appText + `</span> <a class="btn" href="/app">` +
		w.download + `</a></div>`
	news := `<div class="newsletter-signup"><h3>` + w.newsHead + `</h3><p>` + w.newsText + `</p><form action="/newsletter">` +
		`<input type="email" placeholder="` + w.email + `"><button type="submit">` + w.signup + `</button></form></div>`
	pay := `<div class="paywall-prompt"><h2>` + w.payHead + `</h2><p>` + w.payText + `</p><a class="btn" href="/subscribe">` +
		w.subscribe + `</a> <a href="/login">` + w.login + `</a></div>`
	if c.style == 1 {
		cookie, app = app, cookie // the consent at the top, the app bar fixed at the bottom
	}
	for _, n := range chromeNodes(app) {
		p.body.InsertBefore(n, p.body.FirstChild)
	}
	for _, n := range chromeNodes(cookie) {
		p.body.AppendChild(n)
	}
	return chromeInsert(m, c.style == 2, news+pay)
}

// chromeMostRead is a sidebar list of 5 linked headlines with times.
func chromeMostRead(c *chromeCtx) string {
	w := c.w
	var b strings.Builder
	for k := range 5 {
		title := w.titles[(k+1)%len(w.titles)]
		d := c.otherDay(k)
		href := fmt.Sprintf("/%d/%02d/%s", d.Year(), d.Month(), chromeSlug(title))
		tm := fmt.Sprintf(`<time datetime="%s">%s</time>`, d.Format(time.RFC3339), d.Format("15:04"))
		switch c.style {
		case 0:
			fmt.Fprintf(&b, `<li><a href="%s">%s</a> %s</li>`, href, title, tm)
		case 1:
			fmt.Fprintf(&b, `<div class="item"><span class="rank">%d</span><a href="%s">%s</a><span class="ts">%s</span></div>`, k+1, href, title, tm)
		default:
			fmt.Fprintf(&b, `<li><span>%s</span> <a href="%s"><h4>%s</h4></a></li>`, tm, href, title)
		}
	}
	switch c.style {
	case 0:
		return `<aside class="most-read"><h2>` + w.mostRead + `</h2><ol>` + b.String() + `</ol></aside>`
	case 1:
		return `<div class="popular"><h3>` + w.mostRead + `</h3>` + b.String() + `</div>`
	}
	return `<aside><h3>` + w.mostRead + `</h3><ol class="list">` + b.String() + `</ol></aside>`
}
