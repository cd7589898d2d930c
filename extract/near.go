package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file answers where an element stands: in the page's chrome or not,
// and what text is next to it (dates and bylines sit between the headline
// and the body).

// inChrome reports whether n sits in page chrome: navigation, a sidebar, a
// page footer, comments, or a list of related items. A <footer> inside an
// <article> holds the article's own meta (bylines, dates) and is not
// chrome; inside the article only lists of other articles and comments
// are.
//
// An <aside> is chrome unless its class names the article's meta line
// ("meta", "post-meta", "author") and an <article> holding the page's
// <h1> holds it: themes print the byline and date of the article so,
// beside the text (metaAside). The same aside in a teaser's <article>
// (its headline an <h2> or <h3>, in a list of other posts) is the
// teaser's.
func inChrome(n *html.Node) bool {
	footer, metaIn := false, false
	var hits []string // chrome-looking class or id lists met on the way up
	// An aside asked of itself (a date or byline element, by its class
	// "meta" or "author") is a teaser's as its text is, and a box (a bio
	// with its "other posts") is no meta line.
	if n.DataAtom == atom.Aside && metaAsideClass(n) {
		if boxLike(n) {
			return true
		}
		metaIn = true
	}
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Nav:
			return true
		case atom.Aside:
			if !metaAside(a) {
				return true
			}
			footer, metaIn = true, true // chrome unless the page's <article> holds it
		case atom.Footer:
			footer = true
		case atom.Article:
			return entryChrome(a, attr(a, "class"), hits, metaIn)
		case atom.Body, atom.Html:
			return footer || len(hits) > 0
		}
		cls := attr(a, "class")
		if cls != "" && hEntryClass(cls) && !hEntryTeaser(a) {
			return entryChrome(a, cls, hits, metaIn)
		}
		if cls != "" && chromeClass(cls) {
			hits = append(hits, cls)
		}
		if id := attr(a, "id"); id != "" && chromeClass(id) {
			hits = append(hits, id)
		}
	}
	return footer || len(hits) > 0
}

// metaAside reports whether an <aside>'s class names a meta line (a
// token "meta", "byline", "author" or "authors", or one ending in "-meta",
// "_meta" or "__meta") and no chrome ("widget_meta", WordPress's Meta
// widget of log-in links, is a widget). Seen on three development
// sites (a Drupal and a WordPress theme, a publisher's own), each
// printing the article's writer and date in <aside class="meta"> or
// <aside class="author"> inside the <article>. Not a box (boxLike): an
// author box's bio and "other posts", a "Read next" list.
func metaAside(a *html.Node) bool {
	return metaAsideClass(a) && !boxLike(a)
}

// metaAsideClass is metaAside's test of the class alone.
func metaAsideClass(a *html.Node) bool {
	cls := strings.ToLower(attr(a, "class"))
	if cls == "" || chromeClass(cls) {
		return false
	}
	for tok := range strings.FieldsSeq(cls) {
		switch {
		case tok == "meta", tok == "byline", tok == "author", tok == "authors",
			strings.HasSuffix(tok, "-meta"), strings.HasSuffix(tok, "_meta"):
			return true
		}
	}
	return false
}

// boxLike reports whether an element holds a box rather than a meta
// line: a heading ("About Jane Doe", "Other posts by Jane", "Read next",
// over their links and dates). A meta line's tag list (<ul>) and labels
// ("Source:", "Photo:") make no box.
func boxLike(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if isHeadingAtom(c.DataAtom) || boxLike(c) {
			return true
		}
	}
	return false
}

// inNav reports whether n is inside navigation, a footer, a sidebar or
// comments: a looser test than inChrome, for headings. A class names such
// a block when one of its tokens starts with the word ("sidebar-left",
// "footer-widgets"); a wrapper such as "content-sidebar-wrap" holds the
// content beside the sidebar and does not.
func inNav(n *html.Node) bool {
	d := 0
	for a := n.Parent; a != nil && d < 20; a = a.Parent {
		d++
		switch a.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return true
		case atom.Body, atom.Html:
			return false // their classes name the page's template ("footer-top-visible"), no region
		}
		for tok := range strings.FieldsSeq(lowerASCII(attr(a, "class"))) {
			if strings.HasPrefix(tok, "sidebar") || strings.HasPrefix(tok, "footer") || strings.HasPrefix(tok, "site-footer") || commentToken(tok) {
				return true
			}
		}
	}
	return false
}

// followingText returns up to max bytes of visible text that follows n's
// subtree in document order. It stops at the first long paragraph: dates
// and bylines sit between the headline and the body, and dates inside the
// body are about other things.
func followingText(n *html.Node, max int) string {
	return squash(following(n, max, ' '))
}

// blockSep marks block boundaries in following's text for followingBlocks.
const blockSep = '\x1f'

// followingBlocks is followingText cut where blocks begin and end: the
// squashed text of each paragraph, heading or other block (and of each
// run of inline text between them), empty ones dropped.
func followingBlocks(n *html.Node, max int) []string {
	return splitBlocks(following(n, max, blockSep))
}

// splitBlocks cuts following's text at blockSep, squashed, empty blocks
// dropped.
func splitBlocks(raw string) []string {
	var out []string
	for _, s := range strings.Split(raw, string(blockSep)) {
		if s = squash(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// following is the raw text of followingText, with sep where a block
// begins or ends.
func following(n *html.Node, max int, sep byte) string {
	return followingSkip(n, max, sep, false, nil)
}

// followingSkip is following; with noCaptions it leaves out <figcaption>s
// (datecaptions.go), and it leaves out the blocks skip names (a card of
// another story: authorcards.go).
func followingSkip(n *html.Node, max int, sep byte, noCaptions bool, skip func(*html.Node) bool) string {
	var b strings.Builder
	cur := n
	descend := false
	for steps := 0; steps < 3000 && b.Len() < max; steps++ {
		if cur = followingNext(cur, descend, &b, sep); cur == nil {
			break
		}
		descend = false
		switch cur.Type {
		case html.TextNode:
			writeFlat(&b, cur.Data) // max counts the text, not the indentation
			continue
		case html.ElementNode:
		default:
			continue
		}
		if metaFooter(n, cur, &b) {
			b.WriteByte(sep)
			descend = true
			continue
		}
		if skip != nil && isBlockAtom(cur.DataAtom) && skip(cur) {
			continue
		}
		switch cur.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Script, atom.Style, atom.Noscript, atom.Template,
			atom.Svg, atom.Button, atom.Select, atom.Iframe:
			continue
		case atom.Figcaption:
			if noCaptions {
				continue
			}
		case atom.P, atom.Blockquote, atom.Ul, atom.Ol, atom.Table:
			t := shortText(cur, 400)
			b.WriteByte(sep)
			if len(t) > 200 && (cur.DataAtom == atom.Ul || cur.DataAtom == atom.Ol) {
				// A long list under the headline is its key points
				// ("HighLights", "Key points"), not the body: the byline
				// and date come after it. (Bytes count: three key points
				// in Devanagari or Thai pass 200.) A list of boxes is
				// layout (layoutList): read into.
				descend = layoutList(cur)
				continue
			}
			if len(t) > 200 {
				// The body starts; keep its opening words, which may be
				// a dateline ("27.1.2022 – Bei der ...").
				b.WriteString(truncRunes(t, 60))
				return b.String()
			}
			b.WriteString(t)
			b.WriteByte(sep)
			continue
		}
		if isBlockAtom(cur.DataAtom) && (chromeClass(attr(cur, "class")) || chromeClass(attr(cur, "id"))) {
			continue // comments, related posts, a sidebar: not about this article
		}
		switch {
		case isBlockAtom(cur.DataAtom):
			b.WriteByte(sep)
		case cur.DataAtom == atom.Span || cur.DataAtom == atom.Time:
			b.WriteByte(' ')
		}
		descend = true
	}
	return b.String()
}

// followingNext is following's step: the next node in document order,
// into cur's children only when descend. Leaving cur's subtree, and its
// ancestors' up to the next sibling, each block left ends there (sep).
func followingNext(cur *html.Node, descend bool, b *strings.Builder, sep byte) *html.Node {
	if descend && cur.FirstChild != nil {
		return cur.FirstChild
	}
	for leaving := cur; ; leaving = leaving.Parent {
		if leaving.Type == html.ElementNode && isBlockAtom(leaving.DataAtom) {
			b.WriteByte(sep)
		}
		if leaving.NextSibling != nil || leaving.Parent == nil {
			break
		}
	}
	for cur != nil && cur.NextSibling == nil {
		cur = cur.Parent
	}
	if cur == nil {
		return nil
	}
	return cur.NextSibling
}

// layoutList reports whether list's first item holds a box (a <div>, a
// <dl>, a <table>, a <section> or an <article>): a list of boxes, each a
// post or a card (a forum's posts, each its author and date, then its
// text), not a list of lines of text.
func layoutList(list *html.Node) bool {
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.DataAtom != atom.Li {
			continue // a <script>, an ad's <center> between the items
		}
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Div, atom.Dl, atom.Table, atom.Section, atom.Article:
				return true
			}
		}
		return false
	}
	return false
}

// metaFooter reports whether cur, met in following's walk from n, is an
// article's footer holding its meta line: a <footer>, an element whose
// id is "footer" or whose class has the word "footer", with no chrome
// word in its class ("site-footer"), short, in the container holding n's
// parent, and met before 100 bytes of text. An <article>'s footer is
// "information about its section such as who wrote it" in HTML's own
// words, and news templates
// put the date there right under the headline (TYPO3's news detail view:
// <div class="header"><h1>…</h1></div><div class="footer"><span
// class="news-list-date">…); the site's footer is elsewhere, after text.
// The containers are counted past plain wrappers (bodywrap.go).
func metaFooter(n, cur *html.Node, b *strings.Builder) bool {
	if cur.Type != html.ElementNode {
		return false
	}
	c, i := attr(cur, "class"), attr(cur, "id")
	if cur.DataAtom != atom.Footer && !hasASCIIFold(c, "footer") && !hasASCIIFold(i, "footer") {
		return false // (the cheap test first: following asks every element it passes)
	}
	box := plainParent(n) // (past plain wrappers, bodywrap.go)
	if box == nil || plainParent(box) == nil {
		return false
	}
	cls, id := strings.ToLower(c), strings.ToLower(i)
	if cur.DataAtom != atom.Footer && !hasToken(cls, "footer") && id != "footer" {
		return false
	}
	for tok := range strings.FieldsSeq(cls) {
		if tok != "footer" && chromeClass(tok) {
			return false // "site-footer", "comments"
		}
	}
	if id != "footer" && chromeClass(id) {
		return false
	}
	return len(strings.TrimSpace(b.String())) < 100 && contains(plainParent(box), cur) && len(shortText(cur, 300)) <= 200
}

// precedingTextIn returns up to max bytes of visible text just before n,
// in document order, the site's <header> left out (today's date, a
// clock: inPageHeader; one named so by class only may be the article's
// own head, "box-header", with its date), and its masthead unless asked.
func (d *doc) precedingTextIn(n *html.Node, max int, mastheads bool) string {
	var parts []string
	total := 0
	cur, box := n, d.storyBox()
	for steps := 0; steps < 200 && total < max; steps++ {
		for cur != nil && cur.PrevSibling == nil {
			cur = cur.Parent
		}
		if cur == nil {
			break
		}
		cur = cur.PrevSibling
		if cur.Type == html.ElementNode {
			switch unwrapPlain(cur).DataAtom { // (a wrapper of a menu alone is one)
			case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Head:
				continue
			}
			if h := unwrapPlain(cur); h.DataAtom == atom.Header && d.inPageHeader(h) || d.listOutsideStory(cur, box) || d.topBarOutsideStory(cur, box) || d.matchFactsBox(cur) || !mastheads && d.logoBoxOutsideStory(cur, box) {
				continue // the site's <header>, other stories' list (nearregion.go), a top strip (datetopbar.go), a match's facts (datematchfacts.go), a masthead (datemasthead.go)
			}
		}
		if t := shortText(cur, max); t != "" {
			parts = append(parts, t)
			total += len(t)
		}
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		b.WriteByte(' ')
	}
	return b.String()
}

// pageHeaderWords name a page's top bar by class.
var pageHeaderWords = set("header", "masthead", "topbar", "navbar", "toolbar", "today", "clock", "weather")

// topStrip reports whether class words name the strip above a site's
// header, written in two words ("top-bar", "top_nav", "topBar"; "topbar"
// is a page header word).
func topStrip(tokens []string) bool {
	for i := 1; i < len(tokens); i++ {
		if tokens[i-1] == "top" && (tokens[i] == "bar" || tokens[i] == "nav") {
			return true
		}
	}
	return false
}

// inPageHeader reports whether n sits in the page's header (a <header> or
// an element named so) that does not hold the headline: where sites print
// today's date, a clock, the weather. A header after the headline inside
// a header that holds it is the story's own ("post-meta-header" with the
// byline and date under the <h1> in Substack's "post-header"): a page's
// header neither follows its headline nor sits inside its article's.
func (d *doc) inPageHeader(n *html.Node) bool {
	var found *html.Node
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a == d.article || a == d.main || a == d.body {
			return found != nil
		}
		if a.DataAtom == atom.Header || hasAny(d.tokensOf(a), pageHeaderWords) || topStrip(d.tokensOf(a)) {
			switch {
			case d.headlineNode == nil:
				return true
			case contains(a, d.headlineNode):
				return found != nil && !precedes(d.headlineNode, found)
			case found == nil:
				found = a
			}
		}
	}
	return found != nil
}

// inOtherTeaser reports whether n sits in a teaser of another page: within
// four levels up, a link (or an element holding a heading link) to another
// URL, outside the headline's own block.
//
// The answer depends only on n, the (fixed) tree and the headline, and the
// date readers ask it for every short block and date element, often of the
// same container: it is memoised, or a paragraph of 20,000 <br> lines asks
// it 20,000 times over the same 40,000 children.
func (d *doc) inOtherTeaser(n *html.Node) bool {
	if d.teaserMemo == nil || d.teaserHead != d.headlineNode {
		d.teaserMemo, d.teaserHead = map[*html.Node]bool{}, d.headlineNode
	}
	return memoized(d.teaserMemo, n, d.otherTeaser)
}

// memoized returns f(n), from memo when asked before (the node questions
// the resolvers ask of many nodes, whose answers the fixed tree decides).
func memoized(memo map[*html.Node]bool, n *html.Node, f func(*html.Node) bool) bool {
	v, ok := memo[n]
	if !ok {
		v = f(n)
		memo[n] = v
	}
	return v
}

func (d *doc) otherTeaser(n *html.Node) bool {
	for a, i := n, 0; a != nil && a.Type == html.ElementNode && i < 4; a, i = a.Parent, i+1 {
		if d.storyFrame(a) {
			return false
		}
		var link *html.Node
		if a.DataAtom == atom.A {
			link = a
		} else if h := d.firstHeading(a); h != nil && h != n {
			link = findFirst(h, atom.A)
			if isElem(h.Parent, atom.A) {
				link = h.Parent
			}
		}
		if link != nil && attr(link, "href") != "" {
			return !d.isSelfLink(attr(link, "href"))
		}
		if i <= 1 && d.titleLinkBeside(a, n) || i >= 1 && d.overlayCardLink(a) {
			return true
		}
	}
	return false
}

// titleLinkBeside reports whether the small box a (a list item, a ticker
// line) holds, beside the date element n, a link to another page whose
// text reads as a title (four words or more): "<li><a>Pier costs climb
// again</a> <span class=date>11.03.2024</span></li>" in a most-read list
// without headings: the box is the link and the date, little else. An
// author link ("Tove Lindqvist") is shorter; a box with more text (a
// standfirst beside the article's date) is not a teaser line. In a list
// of like linked items (linkedLikeItems) a shorter title counts too.
func (d *doc) titleLinkBeside(a, n *html.Node) bool {
	// A box of more text is no teaser line, whatever it holds: read that
	// (a bounded read) before looking for a link through all of it.
	box := len(shortText(a, 300))
	if box > 250 {
		return false
	}
	var link *html.Node
	var find func(p *html.Node) bool
	find = func(p *html.Node) bool {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode || c == n:
			case c.DataAtom == atom.A:
				// (A link with no text, the card's picture, is passed.)
				if href := attr(c, "href"); href != "" && !d.isSelfLink(href) && shortText(c, 8) != "" {
					link = c
					return true
				}
			case find(c):
				return true
			}
		}
		return false
	}
	if !find(a) {
		return false
	}
	t := shortText(link, 200)
	if len(strings.Fields(t)) < 4 && !d.linkedLikeItems(a) {
		return false
	}
	return box-len(shortText(n, 100))-len(t) < 40
}

// firstHeading returns the first h2..h4 inside n, or nil.
func firstHeading(n *html.Node) *html.Node {
	for _, a := range []atom.Atom{atom.H2, atom.H3, atom.H4} {
		if h := findFirst(n, a); h != nil {
			return h
		}
	}
	return nil
}

// firstHeading is the package's firstHeading read from a table built in
// one walk of the tree: the first h2, h3 and h4 below every element. A
// walk per question costs the size of the subtree, and the date readers
// ask for every ancestor of every short block (10,000 nested <div>s, each
// with a line of text, made that quadratic).
func (d *doc) firstHeading(n *html.Node) *html.Node {
	if d.headsBelow == nil {
		d.headsBelow = map[*html.Node][3]*html.Node{}
		headsBelow(d.root, d.headsBelow)
	}
	for _, h := range d.headsBelow[n] {
		if h != nil {
			return h
		}
	}
	return nil
}

var headingAtoms = [3]atom.Atom{atom.H2, atom.H3, atom.H4}

// headsBelow fills m with the first h2, h3 and h4 descendant elements of
// n and of every node below it (in document order, through elements
// only, as findFirst reads them); nodes with none get no entry. The
// entries are values, not a pointer allocated for each.
func headsBelow(n *html.Node, m map[*html.Node][3]*html.Node) [3]*html.Node {
	var hs [3]*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		sub := headsBelow(c, m)
		for k, a := range headingAtoms {
			if hs[k] != nil {
				continue
			}
			if c.DataAtom == a {
				hs[k] = c
			} else {
				hs[k] = sub[k]
			}
		}
	}
	if hs != ([3]*html.Node{}) {
		m[n] = hs
	}
	return hs
}

// entryChrome is inChrome's answer at the entry around n (an <article>,
// or an element hAtom names the entry): chrome only when it is a
// comment or a teaser. A comment printed as an <article> (WordPress's
// comment-body) inside the post's <article>; a teaser's <article> (no
// <h1>) with its meta aside, in a list.
func entryChrome(a *html.Node, cls string, hits []string, metaIn bool) bool {
	if otherItemsClass(cls) || metaIn && findFirst(a, atom.H1) == nil {
		return true
	}
	for _, h := range hits {
		if otherItemsClass(h) {
			return true
		}
	}
	return false
}

// hEntryTeaser reports whether an element hAtom names the entry is a
// teaser of it, not the post: short (teaserMaxText) and without an <h1>.
// WordPress's post_class prints "hentry" on every post of a loop, the
// "Recent posts" widget's and the related posts' too: a sidebar's list
// of them is chrome, as its widget box says (the climb goes on). The
// short text first: a post's long entry stops the bounded read early.
func hEntryTeaser(a *html.Node) bool {
	return textFits(a, teaserMaxText) && findFirst(a, atom.H1) == nil
}

// hEntryClass reports whether a class list names hAtom's or
// microformats2's entry ("hentry", "h-entry"): the post itself, as
// <article> is. Blogger prints "post hentry" on a <div> inside its
// main column's "widget Blog" box, WordPress's post_class and most
// blog themes print it on the post's own element: without the
// schema.org microdata beside it, the widget box would make the whole
// post chrome.
func hEntryClass(cls string) bool {
	if !strings.Contains(cls, "entry") {
		return false
	}
	for tok := range strings.FieldsSeq(cls) {
		if tok == "hentry" || tok == "h-entry" {
			return true
		}
	}
	return false
}
