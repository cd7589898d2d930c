package extract

import (
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
)

// block is one run of text between block-level boundaries: a paragraph, a
// heading, a list item, a table cell, a line ended by <br>.
type block struct {
	text      string
	container *html.Node // nearest block-level element holding the text
	tag       atom.Atom  // the container's tag
	linkLen   int        // bytes of text inside links
	caption   bool       // inside a figure or figcaption
}

// page is the per-document state of body extraction.
type page struct {
	root   *html.Node
	base   *url.URL
	blocks []block
	// info holds per-element statistics, filled by score.
	info map[*html.Node]*elemInfo
	// words memoises classTokens per element.
	words map[*html.Node][]string
}

// elemInfo holds the statistics of one element.
type elemInfo struct {
	score    float64
	scored   bool // initialised as a candidate
	textLen  int
	linkLen  int
	isChrome int8 // 0 unknown, 1 chrome, -1 not chrome
	blocked  int8 // blockedCandidate memo for the element itself
}

// segment walks the document once and cuts its visible text into blocks.
func (p *page) segment() {
	var buf strings.Builder
	linkLen := 0
	var stack []*html.Node
	inLink := 0
	caption := 0
	flush := func() {
		if buf.Len() == 0 {
			return
		}
		t := squashSpace(buf.String())
		buf.Reset()
		ll := linkLen
		linkLen = 0
		if t == "" {
			return
		}
		var c *html.Node
		if len(stack) > 0 {
			c = stack[len(stack)-1]
		}
		if ll > len(t) {
			ll = len(t)
		}
		b := block{text: t, container: c, linkLen: ll, caption: caption > 0}
		if c != nil {
			b.tag = c.DataAtom
		}
		p.blocks = append(p.blocks, b)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			buf.WriteString(n.Data)
			if inLink > 0 {
				linkLen += len(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			if isInvisibleAtom(n.DataAtom) || isHidden(n) {
				return
			}
			block := isBlockAtom(n.DataAtom)
			if (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && p.isTextLeaf(n) {
				// A data cell: the row is the block, cells are words of it.
				block = false
				buf.WriteByte(' ')
			}
			if n.DataAtom == atom.Br {
				flush()
				return
			}
			if block {
				flush()
				stack = append(stack, n)
			}
			if n.DataAtom == atom.A {
				inLink++
			}
			isCap := n.DataAtom == atom.Figure || n.DataAtom == atom.Figcaption
			if isCap {
				caption++
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if isCap {
				caption--
			}
			if n.DataAtom == atom.A {
				inLink--
			}
			if block {
				flush()
				stack = stack[:len(stack)-1]
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.root)
	flush()
}

// wordsOf returns the memoised class/id tokens of n.
func (p *page) wordsOf(n *html.Node) []string {
	if w, ok := p.words[n]; ok {
		return w
	}
	w := classTokens(n, nil)
	p.words[n] = w
	return w
}

func (p *page) infoOf(n *html.Node) *elemInfo {
	in := p.info[n]
	if in == nil {
		in = &elemInfo{}
		p.info[n] = in
	}
	return in
}

// initCandidate gives an element its starting score from its tag and
// class vocabulary, readability style.
func (p *page) initCandidate(n *html.Node, in *elemInfo) {
	in.scored = true
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		in.score += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		in.score += 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		in.score -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		in.score -= 5
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		in.score += 10
	}
	in.score += wordsWeight(p.wordsOf(n))
	if strings.EqualFold(nodeAttr(n, "itemprop"), "articleBody") {
		in.score += 60
	}
}

// score computes text and link lengths per element and the readability
// content score of candidate containers.
func (p *page) score() {
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.container == nil {
			continue
		}
		l := len(b.text)
		for n := b.container; n != nil && n.Type == html.ElementNode; n = n.Parent {
			in := p.infoOf(n)
			in.textLen += l
			in.linkLen += b.linkLen
		}
		if l < 25 || b.caption || isHeadingAtom(b.tag) {
			continue
		}
		if float64(b.linkLen) > 0.5*float64(l) {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")+strings.Count(b.text, "，")+strings.Count(b.text, "、"))
		s += min(float64(l/100), 3)
		level := 0
		start := b.container
		if b.tag != atom.P && b.tag != atom.Pre && b.tag != atom.Td && b.tag != atom.Li && b.tag != atom.Blockquote {
			// A div with its own text acts as a paragraph of its parent.
			start = b.container
		}
		for n := start.Parent; n != nil && n.Type == html.ElementNode && level < 5; n = n.Parent {
			in := p.infoOf(n)
			if !in.scored {
				p.initCandidate(n, in)
			}
			switch level {
			case 0:
				in.score += s
			case 1:
				in.score += s / 2
			default:
				in.score += s / float64(level*3)
			}
			level++
		}
	}
}

// linkDensity is the share of n's text inside links.
func (p *page) linkDensity(n *html.Node) float64 {
	in := p.info[n]
	if in == nil || in.textLen == 0 {
		return 0
	}
	return float64(in.linkLen) / float64(in.textLen)
}

// finalScore is the candidate score scaled by link density.
func (p *page) finalScore(n *html.Node) float64 {
	in := p.info[n]
	if in == nil || !in.scored {
		return 0
	}
	return in.score * (1 - p.linkDensity(n))
}

// pickRoots chooses the elements holding the article text, in document
// order: the best candidate and those of its siblings that look like
// article text too.
func (p *page) pickRoots() []*html.Node {
	var top *html.Node
	best := 0.0
	var cands []*html.Node
	for n, in := range p.info {
		if !in.scored || n.DataAtom == atom.Body || n.DataAtom == atom.Html || p.blockedCandidate(n) {
			continue
		}
		s := p.finalScore(n)
		cands = append(cands, n)
		if s > best || (s == best && top != nil && before(n, top)) {
			best, top = s, n
		}
	}
	if top == nil {
		return nil
	}
	// Several strong candidates that share a close ancestor mean the text
	// is split across sibling containers: take the ancestor.
	sort.Slice(cands, func(i, j int) bool { return p.finalScore(cands[i]) > p.finalScore(cands[j]) })
	// Strong candidates close to the top one mean the text is split across
	// sibling or cousin containers (chunks between ads): take their common
	// ancestor when it is near.
	topDepth := depthOf(top)
	merged := top
	for i, c := range cands {
		if i == 8 || p.finalScore(c) < 0.5*best {
			break
		}
		if c == top || contains(top, c) || contains(c, top) || c.DataAtom != top.DataAtom ||
			nodeAttr(c, "class") != nodeAttr(top, "class") {
			continue
		}
		l := lca(top, c)
		if l == nil || l.DataAtom == atom.Body || l.DataAtom == atom.Html || topDepth-depthOf(l) > 6 {
			continue
		}
		if contains(l, merged) && l != merged {
			merged = l
		}
	}
	top = merged
	// Climb while the parent scores about as well (the text is spread over
	// the parent's children).
	for top.Parent != nil && top.Parent.Type == html.ElementNode && top.Parent.DataAtom != atom.Body {
		par := top.Parent
		if p.childCount(par) == 1 && p.infoOf(par).textLen == p.infoOf(top).textLen {
			top = par // a wrapper around the same text
			continue
		}
		ts := p.finalScore(top)
		if ts > 0 && p.finalScore(par) >= ts {
			top = par
			continue
		}
		break
	}
	topScore := p.finalScore(top)
	threshold := max(10, topScore*0.2)
	par := top.Parent
	if par == nil {
		return []*html.Node{top}
	}
	var roots []*html.Node
	for s := par.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if s == top {
			roots = append(roots, s)
			continue
		}
		if isInvisibleAtom(s.DataAtom) || isHidden(s) || p.isChromeElem(s) {
			continue
		}
		bonus := 0.0
		if ws := p.wordsOf(s); len(ws) > 0 && strings.Join(ws, " ") == strings.Join(p.wordsOf(top), " ") {
			bonus = topScore * 0.2
		}
		if p.finalScore(s)+bonus >= threshold {
			roots = append(roots, s)
			continue
		}
		in := p.info[s]
		if in == nil || in.textLen == 0 {
			continue
		}
		ld := p.linkDensity(s)
		if s.DataAtom == atom.P || p.isTextLeaf(s) {
			if in.textLen > 80 && ld < 0.25 {
				roots = append(roots, s)
			} else if in.textLen <= 80 && ld == 0 {
				t := nodeText(s)
				if strings.HasSuffix(t, ".") {
					roots = append(roots, s)
				}
			}
		}
	}
	return roots
}

// blockedCandidate reports whether n is, or sits inside, an element that
// is certainly page furniture (comments, navigation, a sidebar):
// readability's "unlikely candidates".
func (p *page) blockedCandidate(n *html.Node) bool {
	level := 0
	for a := n; a != nil && a.Type == html.ElementNode && a.DataAtom != atom.Body && level < 4; a = a.Parent {
		level++
		in := p.infoOf(a)
		if in.blocked != 0 {
			if in.blocked > 0 {
				return true
			}
			continue
		}
		blocked := false
		switch a.DataAtom {
		case atom.Nav, atom.Footer:
			blocked = true
		default:
			ws := p.wordsOf(a)
			blocked = hasNeverContentWord(ws) && !hasContentWord(ws) &&
				!strings.EqualFold(nodeAttr(a, "itemprop"), "articleBody")
		}
		if blocked {
			in.blocked = 1
			return true
		}
		in.blocked = -1
	}
	return false
}

// isTextLeaf reports whether n holds text directly, with no block-level
// element children (a div used as a paragraph).
func (p *page) isTextLeaf(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockAtom(c.DataAtom) {
			return false
		}
	}
	return true
}

// childCount counts the element children of n.
func (p *page) childCount(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isInvisibleAtom(c.DataAtom) {
			k++
		}
	}
	return k
}

// isChromeElem reports whether element n is page furniture by its tag or
// class vocabulary.
func (p *page) isChromeElem(n *html.Node) bool {
	in := p.infoOf(n)
	if in.isChrome != 0 {
		return in.isChrome > 0
	}
	chrome := false
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form:
		chrome = true
	case atom.Header:
		// A page or article header (logo, menu, headline) is furniture; a
		// <header> holding paragraphs of text is a styled text block.
		chrome = in.textLen < 400 || findFirst(n, atom.H1) != nil || hasChromeWord(p.wordsOf(n))
	default:
		ws := p.wordsOf(n)
		if hasChromeWord(ws) {
			chrome = true
		}
		switch strings.ToLower(nodeAttr(n, "role")) {
		case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search":
			chrome = true
		}
	}
	if n.DataAtom == atom.Form && !hasChromeWord(p.wordsOf(n)) {
		// ASP.NET and similar pages wrap the whole page in one form.
		chrome = in.textLen < 500
	}
	if chrome {
		in.isChrome = 1
	} else {
		in.isChrome = -1
	}
	return chrome
}

// depthOf is the number of ancestors of n.
func depthOf(n *html.Node) int {
	d := 0
	for ; n.Parent != nil; n = n.Parent {
		d++
	}
	return d
}

// lca returns the lowest common ancestor of a and b.
func lca(a, b *html.Node) *html.Node {
	da, db := depthOf(a), depthOf(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

// contains reports whether a is n or an ancestor of n.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// before reports whether a comes before b in document order.
func before(a, b *html.Node) bool {
	pa, pb := pathTo(a), pathTo(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return len(pa) < len(pb)
}

func pathTo(n *html.Node) []int {
	var path []int
	for ; n.Parent != nil; n = n.Parent {
		i := 0
		for c := n.Parent.FirstChild; c != n; c = c.NextSibling {
			i++
		}
		path = append(path, i)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

// inRoots reports which root holds n, or -1.
func inRoots(roots []*html.Node, n *html.Node) bool {
	for _, r := range roots {
		if contains(r, n) {
			return true
		}
	}
	return false
}

// chromeBetween reports whether an element between n (inclusive) and
// root (exclusive) is page furniture. A chrome-named element holding most
// of the root's text is kept: its name lies.
func (p *page) chromeBetween(n, root *html.Node) bool {
	rootLen := p.infoOf(root).textLen
	for ; n != nil && n != root; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if p.isChromeElem(n) {
			ws := p.wordsOf(n)
			if p.infoOf(n).textLen*2 > rootLen && (hasContentWord(ws) || (onlyWeakChrome(ws) && n.DataAtom != atom.Nav && n.DataAtom != atom.Aside)) {
				continue
			}
			return true
		}
	}
	return false
}

// bodyResult is what the body side gives an article.
type bodyResult struct {
	paragraphs  []string
	headings    []string // headings dropped before the first paragraph
	bullets     []string
	images      []article.Image
	scope       *html.Node // the article element around the body, if any
	roots       []*html.Node
	linkDensity float64
	// header holds the blocks of the article scope before the body: the
	// headline, byline, standfirst area.
	header []block
	// firstBlocks[i] is the block of paragraphs[i].
	paraBlocks []*block
}

// newPage segments and scores a parsed document.
func newPage(root *html.Node, base *url.URL) *page {
	p := &page{root: root, base: base, info: map[*html.Node]*elemInfo{}, words: map[*html.Node][]string{}}
	p.segment()
	p.score()
	return p
}

// extract picks the article text of the page.
func (p *page) extract() bodyResult {
	roots := p.pickRoots()
	var res bodyResult
	if len(roots) == 0 {
		// No container scored (text straight in <body>): take the body.
		if b := findFirst(p.root, atom.Body); b != nil {
			roots = []*html.Node{b}
		} else {
			return res
		}
	}
	res.roots = roots
	res.scope = articleScope(roots[0])
	listDone := map[*html.Node]bool{}
	bulletLists := p.findBulletLists(res.scope, roots)
	for _, bl := range bulletLists {
		listDone[bl.list] = true
		if bl.label != nil {
			listDone[bl.label] = true
		}
		if res.bullets == nil {
			res.bullets = bl.items
		}
	}
	var total, links int
	var isHead []bool
	tailAt := -1 // paragraph index where a "Read more"-style label stood
	seen := map[string]bool{}
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.container == nil || b.caption {
			continue
		}
		var r *html.Node
		for _, rr := range roots {
			if contains(rr, b.container) {
				r = rr
				break
			}
		}
		if r == nil {
			continue
		}
		if p.chromeBetween(b.container, r) || insideAny(listDone, b.container, r) {
			continue
		}
		if isTailLabel(b.text) {
			if tailAt < 0 && len(res.paragraphs) > 0 {
				tailAt = len(res.paragraphs)
			}
			continue
		}
		if isBoilerLine(b.text) || isCaptionLine(b.text) {
			continue
		}
		l := len(b.text)
		if b.linkLen*2 > l && (b.tag == atom.Li || isHeadingAtom(b.tag)) {
			continue
		}
		if b.linkLen*3 > l*2 && l < 200 {
			continue
		}
		if b.tag == atom.Li && p.listIsLinks(b.container) {
			continue
		}
		if isHeadingAtom(b.tag) && !isSentence(b.text) {
			if len(res.paragraphs) == 0 {
				res.headings = append(res.headings, b.text)
				continue
			}
		}
		// The same short line twice (a repeated label) is furniture.
		if l < 80 && seen[b.text] && b.tag != atom.Tr {
			continue
		}
		seen[b.text] = true
		total += l
		links += b.linkLen
		res.paragraphs = append(res.paragraphs, b.text)
		res.paraBlocks = append(res.paraBlocks, b)
		isHead = append(isHead, isHeadingAtom(b.tag))
	}
	// A "Read more" / "Sources" label starts the end matter: cut it and
	// what follows when that is the smaller part.
	if i := tailAt; i > 0 && i >= len(res.paragraphs)/3 && i < len(res.paragraphs) &&
		(textLen(res.paragraphs[i:])*7 < textLen(res.paragraphs) || allShort(res.paragraphs[i:], 150)) {
		res.paragraphs, res.paraBlocks, isHead = res.paragraphs[:i], res.paraBlocks[:i], isHead[:i]
	}
	// Headings at the end head nothing.
	for len(res.paragraphs) > 0 && isHead[len(res.paragraphs)-1] {
		res.paragraphs = res.paragraphs[:len(res.paragraphs)-1]
		res.paraBlocks = res.paraBlocks[:len(res.paraBlocks)-1]
		isHead = isHead[:len(isHead)-1]
	}
	if res.scope != nil {
		for i := range p.blocks {
			b := &p.blocks[i]
			if len(res.paraBlocks) > 0 && b == res.paraBlocks[0] {
				break
			}
			if b.container != nil && !b.caption && contains(res.scope, b.container) {
				res.header = append(res.header, *b)
			}
		}
	}
	if total > 0 {
		res.linkDensity = float64(links) / float64(total)
	}
	res.images = p.collectImages(res.scope, roots)
	return res
}

// leadParagraph returns the lead (teaser, intro) printed between the
// headline and the body, outside the body container: news pages set it
// apart, but it is the first paragraph of the text. A dek (subtitle,
// strapline) is headline furniture and is not returned.
func (p *page) leadParagraph(res bodyResult, headline string) string {
	// A block named as a lead wherever it sits in the header area.
	for _, b := range res.header {
		if b.container == nil || b.tag == atom.Li || isHeadingAtom(b.tag) && b.tag == atom.H1 {
			continue
		}
		n := utf8.RuneCountInString(b.text)
		if n < 40 || n > 1500 || b.linkLen*3 > len(b.text) {
			continue
		}
		kind := 0
		level := 0
		for c := b.container; c != nil && c != res.scope && level < 4; c = c.Parent {
			level++
			if c.DataAtom == atom.Nav || c.DataAtom == atom.Aside || c.DataAtom == atom.Footer {
				kind = 0
				break
			}
			if k := leadKind(p.wordsOf(c)); k != 0 {
				kind = k
				break
			}
		}
		if kind == 1 && !isBoilerLine(b.text) && !isCaptionLine(b.text) {
			return b.text
		}
	}
	h1 := -1
	for i, b := range res.header {
		if b.tag == atom.H1 || (headline != "" && b.text == headline) {
			h1 = i
		}
	}
	if h1 < 0 {
		return ""
	}
	for i, seen := h1+1, 0; i < len(res.header) && seen < 6; i++ {
		b := res.header[i]
		seen++
		if inRoots(res.roots, b.container) || b.tag == atom.Li {
			// A sentence-long heading opening the text container is the
			// lead set as a heading.
			if isHeadingAtom(b.tag) && b.tag != atom.H1 && len(strings.Fields(b.text)) >= 6 && b.linkLen*3 <= len(b.text) && !p.deklike(b.container, res.scope) {
				return b.text
			}
			return ""
		}
		n := utf8.RuneCountInString(b.text)
		if n < 40 || b.linkLen*3 > len(b.text) {
			continue
		}
		if p.chromeBetween(b.container, res.scope) || len(parseByLine(b.text)) > 0 || isBoilerLine(b.text) {
			continue
		}
		lvl := 0
		for c := b.container; c != nil && c != res.scope && lvl < 3; c = c.Parent {
			lvl++
			if leadKind(p.wordsOf(c)) == 2 {
				return ""
			}
		}
		return b.text
	}
	return ""
}

// deklike reports whether n or one of its two parents below scope is
// named as a dek.
func (p *page) deklike(n, scope *html.Node) bool {
	lvl := 0
	for c := n; c != nil && c != scope && lvl < 3; c = c.Parent {
		lvl++
		if leadKind(p.wordsOf(c)) == 2 {
			return true
		}
	}
	return false
}

// leadKind classifies class/id tokens: 1 for a lead that belongs to the
// text (lead, intro, teaser, excerpt, standfirst), 2 for a dek that
// belongs to the headline (subtitle, dek, strapline), 0 for neither.
func leadKind(ws []string) int {
	lead, title := false, false
	for i, w := range ws {
		switch w {
		case "lead", "lede", "intro", "teaser", "excerpt", "standfirst", "summary", "abstract", "chapo", "sapo", "vorspann", "leadtext", "introduction":
			lead = true
		case "title", "hed", "headline":
			title = true
		case "dek", "deck", "subtitle", "subheadline", "subhead", "subline", "strapline", "kicker", "tagline":
			return 2
		case "sub":
			if i+1 < len(ws) && (ws[i+1] == "title" || ws[i+1] == "headline" || ws[i+1] == "heading" || ws[i+1] == "line") {
				return 2
			}
		}
	}
	switch {
	case lead && title:
		return 2 // "post__title__excerpt": part of the title block
	case lead:
		return 1
	}
	return 0
}

// allShort reports whether every paragraph is under n bytes.
func allShort(ps []string, n int) bool {
	for _, p := range ps {
		if len(p) >= n {
			return false
		}
	}
	return true
}

// isSentence reports whether a heading reads as a sentence of text (a lead
// set as a heading): long and ending with a full stop.
func isSentence(s string) bool {
	return len(strings.Fields(s)) >= 10 && strings.ContainsAny(s[len(s)-1:], ".!?")
}
