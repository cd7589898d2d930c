package extract

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// doc is one parsed page and every signal the resolvers read, gathered in
// one walk of the tree (newDoc). Resolvers read signals and each other's
// results (the fields at the end, filled in Extract's order); none walks
// the whole tree again its own way.
type doc struct {
	root    *html.Node
	base    *url.URL
	rawURL  string // the URL as given
	fetched time.Time
	w       *words
	trace   *Trace

	// What the head and the structured data say.
	title     string // <title>, the first outside <svg>
	htmlLang  string // <html lang>
	metas     []metaTag
	canonical string  // <link rel=canonical>
	self      selfRef // the page's own addresses, for isSelfLink (selflink.go)
	ldRaw     []string
	ld        ldInfo

	// Elements met in the walk, in document order.
	body, main, article *html.Node   // the first <body>, <main> (or role=main), <article>
	articles            int          // <article> elements
	articleEls          []*html.Node // the first maxListed <article>s (articlepick.go)
	h1s                 []*html.Node
	subheads            []*html.Node // <h2> and <h3>
	times               []*html.Node // <time>
	itemprops           []*html.Node // elements with an itemprop
	relAuthors          []*html.Node // <a rel=author>
	bylines             []*html.Node // elements whose class or id says author or byline
	nameBylineVals      []*html.Node // bylines without the leaves that name no one (bylineleaves.go)
	dateNodes           []*html.Node // elements whose class or id says date or time
	dataDates           []*html.Node // elements with a data-publish…/data-pub… attribute (datadates.go)
	crumbs              []*html.Node // breadcrumb containers
	labelled            []*html.Node // small elements whose text starts with a byline label ("By", "Autor:")
	postAuthors         []*html.Node // comments WordPress marks as the post author's ("bypostauthor")
	rightAligned        []*html.Node // paragraphs aligned right (signatures)
	selfLinks           []*html.Node // links to the page itself (its own teaser in a list)
	authorBoxes         []*html.Node // boxes about the author (bio, profile card)
	scripts             []*html.Node // inline scripts that are not JSON-LD (dates in app state)

	// The visible text cut into blocks, and per-element statistics.
	blocks []block
	stats  map[*html.Node]*elemStats
	tokens map[*html.Node][]string // class/id tokens, memoised
	spare  []elemStats             // statsOf's records yet to hand out
	words  []string                // tokensOf's slab

	// Results other resolvers read, in the order Extract fills them.
	lang         string // primary language subtag
	declaredLang string // the declared language when the text overrules it (lang.go), else ""
	siteName     string
	headline     string
	headlineNode *html.Node // the element showing the headline, when one does
	// postsAsText: the body was read again with the comment-named
	// elements as text (a forum thread, a live ticker; see resolveBody).
	postsAsText bool
	bodyRes     *bodyResult
	summary     string
	hctx        *headlineCtx // headline.go
	// hiddenCaptions are captions read from attributes (a lightbox's data-caption), not
	// shown as text: they take no paragraph out of the body (imagecaptions.go, furniture.go).
	hiddenCaptions map[string]bool
	byID           map[string][]*html.Node // elements by id, built on first use (captionmarkup.go)
	navHrefs       map[string]bool         // <nav> links' hrefs, built on first use (bylinetopics.go)
	blockIdx       map[*html.Node]int      // each block element's first block, built on first use (datemasthead.go)

	authorRawVals, authorNameVals [][]string            // authors.go
	splits                        map[splitKey][]string // splitOnce's memo (authorsource.go)
	authors                       []string              // the resolved authors, for the dateline (datelinesign.go)
	visible                       *visibleLine          // byline.go
	picker                        *datePicker           // published.go
	lead                          *string               // body.go

	teaserMemo, bylineTeasers, otherItems map[*html.Node]bool          // inOtherTeaser's (near.go), ofTeaser's (authorteasers.go), otherItem's answers by item (published.go)
	teaserHead                            *html.Node                   // the headline they were read with
	headsBelow                            map[*html.Node][3]*html.Node // firstHeading's table (near.go)

	storyAbove     map[*html.Node]bool // holdsStory's answers (images.go) ...
	storyAboveOf   *bodyResult         // ... for this body
	storyAboveHead *html.Node          // ... and this headline

}

// metaTag is one <meta> with its lower-cased key (property, name, itemprop
// or http-equiv) and its content.
type metaTag struct {
	key, content string
	node         *html.Node
}

// block is one run of visible text between block-level boundaries: a
// paragraph, a heading, a list item, a table row, a line ended by <br>.
type block struct {
	text      string
	container *html.Node // nearest block-level element holding the text
	tag       atom.Atom  // the container's tag
	linkLen   int        // bytes of text inside links
	caption   bool       // inside a figure or figcaption
}

// elemStats are the statistics of one element (see bodyscore.go).
type elemStats struct {
	score    float64
	scored   bool // initialised as a candidate
	textLen  int
	linkLen  int
	isChrome int8 // 0 unknown, 1 chrome, -1 not chrome
	blocked  int8 // 0 unknown, 1 never content, -1 may be
	player   int8 // 0 unknown, 1 a player box, or the parent of one, showing a duration, -1 not (players.go)
	stop     int8 // 0 unknown, 1 a block's score stops here, -1 not (scorestop.go)
}

// Bounds that keep the walk cheap on pathological pages.
const (
	maxMetas     = 400
	maxLDBlocks  = 16
	maxLDBytes   = 1 << 20
	maxListed    = 48 // byline, date, labelled elements kept each
	maxTimes     = 64
	maxItemprops = 128
	maxH1        = 8
)

// newDoc walks root once and gathers its signals.
func newDoc(root *html.Node, base *url.URL, fetched time.Time, trace *Trace) *doc {
	d := &doc{root: root, base: base, fetched: fetched, w: vocab(), trace: trace,
		stats: map[*html.Node]*elemStats{}, tokens: map[*html.Node][]string{}}
	if base != nil {
		d.rawURL = base.String()
	}
	s := &segmenter{d: d}
	s.walk(root, true, false, 0)
	s.flush()
	d.pickArticle()
	if len(d.stats)+len(d.tokens) == 0 { // sized once, not regrown: the resolvers read about half the elements
		d.stats, d.tokens = make(map[*html.Node]*elemStats, s.elems/2), make(map[*html.Node][]string, s.elems/2)
	}
	var isSelf func(string) bool
	if base != nil {
		isSelf = d.isSelfLink
	}
	d.ld = parseJSONLDFor(d.ldRaw, isSelf)
	return d
}

// segmenter is the state of the one walk: the open text block and what
// encloses it.
type segmenter struct {
	d       *doc
	buf     []byte // the open block's text, reused from block to block
	linkLen int
	elems   int          // elements walked
	stack   []*html.Node // open block containers
	inLink  int
	caption int
	heading int // open headings of a heading's length: a div inside one is a line of it, not a block
}

// maxHeadingText is the text, in bytes, of the longest heading whose
// <div>s are lines of it: a headline of 130 letters in a script of three
// bytes a letter.
const maxHeadingText = 400

// walk visits n. vis is false inside invisible or hidden elements, whose
// text makes no blocks but whose structure still counts (a byline in a
// hidden box is still the page's byline).
func (s *segmenter) walk(n *html.Node, vis, inSVG bool, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if vis {
			s.buf = append(s.buf, n.Data...)
			if s.inLink > 0 {
				s.linkLen += len(strings.TrimSpace(n.Data))
			}
		}
		return
	case html.ElementNode:
		s.elems++
		if n.DataAtom == 0 && n.Data == "amp-img" {
			// An AMP page's picture: an <img> to every reader of the tree.
			n.DataAtom, n.Data = atom.Img, "img"
		}
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.walk(c, vis, inSVG, depth+1)
		}
		return
	}
	if !s.d.note(n, inSVG) {
		return
	}
	childVis := vis && !isInvisibleAtom(n.DataAtom) && !isHidden(n) && !headingAnchor(n) && !hiddenWrapper(n)
	if vis && !childVis {
		// Invisible: structure only.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.walk(c, false, inSVG || n.DataAtom == atom.Svg, depth+1)
		}
		return
	}
	if !vis {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.walk(c, false, inSVG || n.DataAtom == atom.Svg, depth+1)
		}
		return
	}
	s.element(n, inSVG, depth)
}

// element visits a visible element: it opens and closes text blocks.
func (s *segmenter) element(n *html.Node, inSVG bool, depth int) {
	isBlock := isBlockAtom(n.DataAtom)
	if (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && textLeaf(n) {
		// A data cell: the row is the block, cells are words of it.
		isBlock = false
		s.buf = append(s.buf, ' ')
	}
	headDiv := isBlock && s.heading > 0 && n.DataAtom == atom.Div
	if headDiv {
		// <h1><div>Part one</div><div>part two</div></h1>: one heading.
		isBlock = false
		s.buf = append(s.buf, ' ')
	}
	if n.DataAtom == atom.Br {
		s.flush()
		return
	}
	if isBlock {
		s.flush()
		s.stack = append(s.stack, n)
	}
	link := n.DataAtom == atom.A
	if link {
		s.inLink++
	}
	isCap := n.DataAtom == atom.Figure || n.DataAtom == atom.Figcaption
	if isCap {
		s.caption++
	}
	// Only a heading of a heading's length: an <h1> left open ("<h1>Title
	// <div>…") holds the rest of the page, whose <div>s stay blocks.
	isHead := isHeadingAtom(n.DataAtom) && textFits(n, maxHeadingText)
	if isHead {
		s.heading++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, true, inSVG, depth+1)
	}
	if isHead {
		s.heading--
	}
	if headDiv {
		s.buf = append(s.buf, ' ')
	}
	if isCap {
		s.caption--
	}
	if link {
		s.inLink--
	}
	if isBlock {
		s.flush()
		s.stack = s.stack[:len(s.stack)-1]
	}
}

// flush ends the open text block.
func (s *segmenter) flush() {
	if len(s.buf) == 0 {
		return
	}
	t := squashBytes(s.buf) // a copy: the buffer is kept for the next block
	s.buf = s.buf[:0]
	ll := s.linkLen
	s.linkLen = 0
	if t == "" {
		return
	}
	var c *html.Node
	if len(s.stack) > 0 {
		c = s.stack[len(s.stack)-1]
	}
	b := block{text: t, container: c, linkLen: min(ll, len(t)), caption: s.caption > 0}
	if c != nil {
		b.tag = c.DataAtom
	}
	s.d.blocks = append(s.d.blocks, b)
}

// textLeaf reports whether n holds no block-level element (a div used as a
// paragraph, a data cell).
func textLeaf(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockAtom(c.DataAtom) {
			return false
		}
	}
	return true
}

// note records what element n tells about the page; it returns false when
// n's children need no walk (head elements, scripts).
func (d *doc) note(n *html.Node, inSVG bool) bool {
	switch n.DataAtom {
	case atom.Html:
		if d.htmlLang == "" {
			d.htmlLang = firstNonEmpty(attr(n, "lang"), attr(n, "xml:lang"))
		}
	case atom.Body:
		if d.body == nil {
			d.body = n
		}
	case atom.Title:
		if !inSVG && d.title == "" {
			d.title = shortText(n, 2000)
		}
		return false
	case atom.Meta:
		d.addMeta(n)
		return false
	case atom.Link:
		if d.canonical == "" && hasToken(strings.ToLower(attr(n, "rel")), "canonical") {
			d.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Script:
		c := n.FirstChild
		if c == nil || c.Type != html.TextNode {
			return false
		}
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			if len(d.ldRaw) < maxLDBlocks && len(c.Data) <= maxLDBytes {
				d.ldRaw = append(d.ldRaw, c.Data)
			}
		} else if len(d.scripts) < maxListed && attr(n, "src") == "" {
			d.scripts = append(d.scripts, n)
		}
		return false
	case atom.A:
		if len(d.selfLinks) < maxListed && d.isSelfLink(attr(n, "href")) {
			d.selfLinks = append(d.selfLinks, n)
		}
	case atom.Style, atom.Template, atom.Iframe:
		return false
	case atom.H1:
		if len(d.h1s) < maxH1 {
			d.h1s = append(d.h1s, n)
		}
	case atom.Time:
		if len(d.times) < maxTimes {
			d.times = append(d.times, n)
		}
	case atom.Article:
		d.noteArticle(n)
	case atom.Main:
		if d.main == nil {
			d.main = n
		}
	case atom.P, atom.Span, atom.Div, atom.Em, atom.Strong, atom.Small, atom.Address, atom.B, atom.I, atom.Font, atom.Li,
		atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt, atom.Th:
		if n.DataAtom == atom.H2 || n.DataAtom == atom.H3 {
			d.noteSubhead(n)
		}
		if len(d.labelled) < maxListed && d.startsWithLabel(n) && (n.DataAtom != atom.H2 || d.cardHeading(n)) {
			d.labelled = append(d.labelled, n)
		}
		if (n.DataAtom == atom.P || n.DataAtom == atom.Div) && rightAligned(n) && len(d.rightAligned) < maxListed {
			d.rightAligned = append(d.rightAligned, n)
		}
	}
	d.noteAttrs(n)
	return true
}

// noteSubhead keeps an <h2> or <h3>.
func (d *doc) noteSubhead(n *html.Node) {
	if len(d.subheads) < maxListed {
		d.subheads = append(d.subheads, n)
	}
}

// noteAttrs records n by its attributes: itemprop, rel=author, role=main,
// and class or id words that name a byline, a date, breadcrumbs.
func (d *doc) noteAttrs(n *html.Node) {
	var itemprop, rel bool
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			itemprop = true
		case "property":
			// RDFa Dublin Core on a body element (Drupal 7 marks
			// every node's creation date so; Drupal 8 on, schema:date…):
			// read with the microdata.
			itemprop = itemprop || n.DataAtom != atom.Meta && (strings.Contains(a.Val, "dc") || strings.Contains(a.Val, "schema:date"))
		case "rel":
			rel = n.DataAtom == atom.A && hasToken(strings.ToLower(a.Val), "author")
		case "role":
			if d.main == nil && strings.EqualFold(a.Val, "main") {
				d.main = n
			}
		default:
			d.noteDataDate(n, a.Key)
		}
	}
	if itemprop && len(d.itemprops) < maxItemprops {
		d.itemprops = append(d.itemprops, n)
	}
	if rel && len(d.relAuthors) < maxListed {
		d.relAuthors = append(d.relAuthors, n)
	}
	hint := classHint(n)
	if hint == "" || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		// The page's own classes describe its template, not an element
		// of it: WordPress marks every post of a one-author blog
		// "single-author" and every archive "author-…" on <body>.
		return
	}
	m := noteHints.hits(hint) // (bylineHint, authorBoxHint, dateHint in one pass: hintset.go)
	if len(d.bylines) < maxListed && (m&(hintByline|hintNotByline) == hintByline || d.w.authorClassed(hint) && !d.networkButton(n)) && n.DataAtom != atom.Nav {
		d.bylines = append(d.bylines, n)
	}
	if len(d.authorBoxes) < 4 && m&(hintBoxName|hintBoxKind) == hintBoxName|hintBoxKind && !inChrome(n) {
		d.authorBoxes = append(d.authorBoxes, n)
	}
	if len(d.dateNodes) < maxListed && m&(hintUpdate|hintPublish) != hintUpdate && m&hintDate != 0 {
		d.dateNodes = append(d.dateNodes, n)
	}
	if len(d.postAuthors) < 4 && m&hintPostAuthor != 0 {
		d.postAuthors = append(d.postAuthors, n)
	}
	if len(d.crumbs) < 4 && m&hintCrumb != 0 {
		d.crumbs = append(d.crumbs, n)
	}
}

func (d *doc) addMeta(n *html.Node) {
	if len(d.metas) >= maxMetas {
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
	if content = strings.TrimSpace(content); content == "" {
		return
	}
	d.metas = append(d.metas, metaTag{key: strings.ToLower(strings.TrimSpace(key)), content: content, node: n})
}

// meta returns the first content of a meta tag whose key is one of keys,
// trying keys in order.
func (d *doc) meta(keys ...string) string {
	for _, k := range keys {
		for i := range d.metas {
			if d.metas[i].key == k {
				return d.metas[i].content
			}
		}
	}
	return ""
}

// metaAll returns every content of meta tags with key k.
func (d *doc) metaAll(k string) []string {
	var out []string
	for i := range d.metas {
		if d.metas[i].key == k {
			out = append(out, d.metas[i].content)
		}
	}
	return out
}

// scope returns the element that most likely holds the article: the
// <article>, else <main>, else <body>.
func (d *doc) scope() *html.Node {
	switch {
	case d.article != nil:
		return d.article
	case d.main != nil:
		return d.main
	case d.body != nil:
		return d.body
	}
	return d.root
}

// tokensOf returns the memoised class/id tokens of n.
func (d *doc) tokensOf(n *html.Node) []string {
	if t, ok := d.tokens[n]; ok {
		return t
	}
	// Split into a buffer on the stack and kept in a slab (keepTokens),
	// not in a slice regrown word by word.
	var buf [16]string
	var t []string
	if words := classTokens(n, buf[:0]); len(words) > 0 {
		t = d.keepTokens(words)
	}
	d.tokens[n] = t
	return t
}

// statsOf returns n's statistics record, creating it.
func (d *doc) statsOf(n *html.Node) *elemStats {
	st := d.stats[n]
	if st == nil {
		// Records come from slabs: a page needs hundreds of them.
		if len(d.spare) == 0 {
			d.spare = make([]elemStats, 128)
		}
		st = &d.spare[0]
		d.spare = d.spare[1:]
		d.stats[n] = st
	}
	return st
}

// rightAligned reports whether a paragraph is aligned right by markup.
func rightAligned(n *html.Node) bool {
	a := strings.ToLower(attr(n, "align"))
	if a == "right" {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "text-align:right")
}

// resolve runs the rules of one field in order and returns the first
// value found and the name of the rule that found it ("" when none did).
// With a trace, every rule runs and each proposal is recorded (the first
// one as chosen), so each rule is judged on its own.
func resolve[T any](d *doc, field string, rules []rule[T], show func(T) string) (T, string) {
	var chosen T
	by := ""
	for _, r := range rules {
		if by != "" && !d.trace.on() {
			break
		}
		v, ok := r.find(d)
		if !ok {
			continue
		}
		if d.trace.on() {
			d.trace.add(field, r.name, show(v), by == "")
		}
		if by == "" {
			chosen, by = v, r.name
		}
	}
	return chosen, by
}

// rule is one named way to find a field's value: find returns the value
// and true, or false when the rule does not apply to the page. A field's
// rules are an ordered list, so its precedence reads in one place.
type rule[T any] struct {
	name string
	find func(*doc) (T, bool)
}

// showString renders a string proposal for the trace.
func showString(s string) string { return s }

// showStrings renders a list proposal for the trace.
func showStrings(s []string) string { return strings.Join(s, "; ") }
