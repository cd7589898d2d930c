package extract

import (
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the elements that hold the article text: readability-
// style candidate scoring by text and link density and class vocabulary,
// then the best candidate's siblings that read as article text too.

// Scoring constants (readability's, tuned on no corpus page in
// particular).
const (
	minScoredBlock  = 25   // shorter blocks give their container nothing
	siblingShare    = 0.2  // a sibling joins the body at this share of the top score
	siblingMinScore = 10   // ... and at least this score
	mergeShare      = 0.5  // candidates this close to the best may be merged
	maxMergeDepth   = 6    // ... under an ancestor at most this far up
	linkHeavyShare  = 0.5  // a block more than this share links feeds no candidate
	articleBodyBump = 60.0 // itemprop=articleBody: the page says where the text is
	textGuardShare  = 0.5  // a candidate with three times the prose may replace a best scoring this much more
)

// initCandidate gives an element its starting score from its tag and
// class vocabulary.
func (d *doc) initCandidate(n *html.Node, st *elemStats) {
	st.scored = true
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		st.score += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		st.score += 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		st.score -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		st.score -= 5
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		st.score += 10
	}
	st.score += classWeight(d.tokensOf(n))
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		st.score += articleBodyBump
	}
}

// score computes text and link lengths per element and the content score
// of candidate containers: each paragraph-like block gives its container
// and the next four ancestors points for its length and commas.
func (d *doc) score() {
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.container == nil {
			continue
		}
		l := len(b.text)
		for n := b.container; n != nil && n.Type == html.ElementNode; n = n.Parent {
			st := d.statsOf(n)
			st.textLen += l
			st.linkLen += b.linkLen
		}
		if l < minScoredBlock || b.caption || isHeadingAtom(b.tag) || float64(b.linkLen) > linkHeavyShare*float64(l) {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")+strings.Count(b.text, "，")+strings.Count(b.text, "、"))
		s += min(float64(l/100), 3)
		// A plain wrapper (bodywrap.go) takes no share and no level: the
		// box it wraps scores as if it stood in its place. The reach
		// stays five steps up, a run of wrappers one step: reaching past
		// them to more distant ancestors (a page's outer "content"
		// wrappers, which their class names lift) cost aeb and dateline
		// check figures.
		level, up, run := 0, 0, false
		stopped := d.scoreStop(b.container)
		for n := b.container.Parent; n != nil && n.Type == html.ElementNode && up < 5 && !stopped; n = n.Parent {
			stopped = d.scoreStop(n)
			if scoreWrapper(n) {
				if !run {
					up++
				}
				run = true
				continue
			}
			run = false
			up++
			st := d.statsOf(n)
			if !st.scored {
				d.initCandidate(n, st)
			}
			switch level {
			case 0:
				st.score += s
			case 1:
				st.score += s / 2
			default:
				st.score += s / float64(level*3)
			}
			level++
		}
	}
}

// linkDensity is the share of n's text inside links.
func (d *doc) linkDensity(n *html.Node) float64 {
	st := d.stats[n]
	if st == nil || st.textLen == 0 {
		return 0
	}
	return float64(st.linkLen) / float64(st.textLen)
}

// finalScore is the candidate score scaled by link density.
func (d *doc) finalScore(n *html.Node) float64 {
	st := d.stats[n]
	if st == nil || !st.scored {
		return 0
	}
	return st.score * (1 - d.linkDensity(n))
}

// topCandidate returns the best-scoring candidate that is not page
// furniture (nil when none scores above 0), and every candidate, best
// first. Equal scores go in document order, so the same page always gives
// the same body (the candidates come from a map) and the first of equal
// boxes wins.
func (d *doc) topCandidate() (*html.Node, []*html.Node) {
	type cand struct {
		n     *html.Node
		score float64
		path  []int // from the root, filled when a tie needs it
	}
	var cs []cand
	for n, st := range d.stats {
		if !st.scored || n.DataAtom == atom.Html || d.isPageBody(n) || d.blockedCandidate(n) {
			continue
		}
		cs = append(cs, cand{n: n, score: d.finalScore(n)})
	}
	order := docOrder{}
	sort.Slice(cs, func(i, j int) bool {
		a, b := &cs[i], &cs[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.path == nil {
			a.path = order.pathTo(a.n)
		}
		if b.path == nil {
			b.path = order.pathTo(b.n)
		}
		return pathBefore(a.path, b.path)
	})
	cands := make([]*html.Node, len(cs))
	for i, c := range cs {
		cands[i] = c.n
	}
	if len(cs) == 0 || cs[0].score <= 0 {
		return nil, cands
	}
	return cs[0].n, cands
}

// pickRoots chooses the elements holding the article text, in document
// order: the best candidate (merged with strong cousins, climbed to the
// wrapper that holds its text) and those of its siblings that read as
// article text too.
func (d *doc) pickRoots() []*html.Node {
	top, cands := d.topCandidate()
	if top == nil {
		return nil
	}
	top = d.mostText(top, cands)
	top = d.mergeCousins(top, cands)
	// Climb while the parent scores about as well (the text is spread over
	// the parent's children), or only wraps the same text. A plain
	// wrapper (bodywrap.go) is climbed and measured by what it wraps.
	box := top
	for top.Parent != nil && top.Parent.Type == html.ElementNode && !d.isPageBody(top.Parent) {
		par := top.Parent
		if plainWrapper(par) {
			top = par
			continue
		}
		if d.childCount(par) == 1 && d.statsOf(par).textLen == d.statsOf(top).textLen {
			top, box = par, par
			continue
		}
		if ts := d.finalScore(box); ts > 0 && d.finalScore(par) >= ts {
			top, box = par, par
			continue
		}
		break
	}
	par := top.Parent
	if par == nil {
		return []*html.Node{top}
	}
	var roots []*html.Node
	later := false // s comes after top (one walk of the siblings, not one per sibling)
	for s := par.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		// (a sibling is judged, and kept, as what its plain wrappers wrap)
		if s == top || d.siblingIsText(unwrapPlain(s), box, later) {
			roots = append(roots, unwrapPlain(s))
		}
		later = later || s == top
	}
	return roots
}

// mostText guards the best candidate against a short block that a
// "content" class lifted above the real body: when another candidate holds
// three times its prose (text outside links), is not mostly links, is not
// inside it and scores at least half as well, that one is the body (a long
// story with many inline links loses score to its link density). Twice
// the prose was tried: it cost aeb and trafilatura tune pages.
func (d *doc) mostText(top *html.Node, cands []*html.Node) *html.Node {
	prose := func(n *html.Node) int { st := d.statsOf(n); return st.textLen - st.linkLen }
	best := d.finalScore(top)
	for _, c := range cands {
		if d.finalScore(c) < textGuardShare*best {
			break
		}
		if prose(c) >= 3*prose(top) && d.linkDensity(c) < 0.5 && !contains(top, c) {
			return c
		}
	}
	return top
}

// mergeCousins returns the common ancestor of top and the strong
// candidates like it (same tag and class) when it is near: the text is
// split across sibling or cousin containers (chunks between ads). A teaser
// of another page (a "you may also like" post, which often shares the
// article's tag and class) is another story; the entries of a live blog,
// each an <article>, are one.
func (d *doc) mergeCousins(top *html.Node, cands []*html.Node) *html.Node {
	best := d.finalScore(top)
	merged := top
	for i, c := range cands {
		if i == 8 || d.finalScore(c) < mergeShare*best {
			break
		}
		if c == top || contains(top, c) || contains(c, top) || c.DataAtom != top.DataAtom || attr(c, "class") != attr(top, "class") ||
			d.teaserOfOther(c) {
			continue
		}
		l := lca(top, c)
		if l == nil || l.DataAtom == atom.Html || d.isPageBody(l) || plainDistance(top, l) > maxMergeDepth {
			continue
		}
		if contains(l, merged) && l != merged {
			merged = l
		}
	}
	return merged
}

// siblingIsText reports whether a sibling of the top candidate reads as
// article text too: it scores near the top (more so with the same class),
// or it is a paragraph of prose with few links. later says whether s
// comes after top.
func (d *doc) siblingIsText(s, top *html.Node, later bool) bool {
	if isInvisibleAtom(s.DataAtom) || isHidden(s) || d.isChromeElem(s) {
		return false
	}
	if d.teaserOfOther(s) {
		return false // another story: a "you may also like" teaser
	}
	topScore := d.finalScore(top)
	bonus := 0.0
	if ws := d.tokensOf(s); len(ws) > 0 && strings.Join(ws, " ") == strings.Join(d.tokensOf(top), " ") {
		bonus = topScore * siblingShare
	}
	if d.finalScore(s)+bonus >= max(siblingMinScore, topScore*siblingShare) {
		return true
	}
	if later && d.namedNote(s, top) {
		return false
	}
	// "<div class=…><p>…</p></div>": a paragraph in a wrapper of its own
	// reads as the paragraph. Right on one tune page (a news template's
	// lead paragraph); general because it asks only that the wrapper hold
	// one <p> (plainOnlyChild: past plain wrappers) and nothing else.
	if c := plainOnlyChild(s); c != nil && c.DataAtom == atom.P && s.DataAtom != atom.P && !textLeaf(s) {
		if st := d.stats[s]; st != nil && d.stats[c] != nil && st.textLen == d.stats[c].textLen {
			s = c
		}
	}
	st := d.stats[s]
	if st == nil || st.textLen == 0 || !(s.DataAtom == atom.P || textLeaf(s)) {
		return false
	}
	ld := d.linkDensity(s)
	if st.textLen > 80 {
		return ld < 0.25
	}
	return ld == 0 && strings.HasSuffix(nodeText(s), ".")
}

// namedNote reports whether s, a sibling after the text's container
// (the caller knows the order), has classes of its own, none of them the
// container's: a note the template prints under the story (an opinion
// page's disclaimer, a letters page's how-to-write box, a fact-check
// desk's tip line, a paper's "editorials are written by…" line:
// "c-article__note" after "c-article__body"), not a paragraph of it,
// which sits inside the container or in a sibling of the same class. A
// sibling that scores as text is kept before this is asked.
func (d *doc) namedNote(s, top *html.Node) bool {
	cs := strings.Fields(attr(s, "class"))
	if len(cs) == 0 {
		return false
	}
	tc := strings.Fields(attr(top, "class"))
	for _, c := range cs {
		if slices.Contains(tc, c) {
			return false
		}
	}
	return true
}

// blockedCandidate reports whether n is, or sits inside, an element that
// is certainly page furniture (comments, navigation, related links):
// readability's "unlikely candidates".
func (d *doc) blockedCandidate(n *html.Node) bool {
	level := 0
	for a := n; a != nil && a.Type == html.ElementNode && a.DataAtom != atom.Body && level < 4; a = a.Parent {
		if plainWrapper(a) {
			continue // no name, and no level (bodywrap.go)
		}
		level++
		st := d.statsOf(a)
		if st.blocked != 0 {
			if st.blocked > 0 {
				return true
			}
			continue
		}
		blocked := false
		switch a.DataAtom {
		case atom.Nav, atom.Footer:
			blocked = true
		default:
			ws := d.tokensOf(a)
			blocked = hasAny(ws, neverContentWords) && !hasAny(ws, contentWords) && !strings.EqualFold(attr(a, "itemprop"), "articleBody") &&
				!layoutNamesOnly(a)
		}
		if blocked {
			st.blocked = 1
			return true
		}
		st.blocked = -1
	}
	return false
}

// childCount counts the visible element children of n.
func (d *doc) childCount(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isInvisibleAtom(c.DataAtom) {
			k++
		}
	}
	return k
}

// isChromeElem reports whether element n is page furniture by its tag,
// role or class vocabulary. It reads text lengths, so it is for the body
// resolver, after score (its verdicts are memoised).
func (d *doc) isChromeElem(n *html.Node) bool {
	st := d.statsOf(n)
	if st.isChrome != 0 {
		return st.isChrome > 0
	}
	chrome := false
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer:
		chrome = true
	case atom.Form:
		// ASP.NET and similar pages wrap the whole page in one form.
		chrome = hasAny(d.tokensOf(n), chromeWords) || st.textLen < 500
	case atom.Header:
		// A page or article header (logo, menu, headline) is furniture; a
		// <header> holding paragraphs of text is a styled text block.
		chrome = st.textLen < 400 || findFirst(n, atom.H1) != nil || hasAny(d.tokensOf(n), chromeWords)
	default:
		ws := d.tokensOf(n)
		chrome = hasAny(ws, chromeWords) && (!hasAny(ws, recipeWords) || hasAny(ws, recipeChromeWords) && st.textLen < 200) && !printable(ws, st.textLen)
		switch strings.ToLower(attr(n, "role")) {
		case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search":
			chrome = true
		}
		// The writer's schema.org Person (itemprop="author"): a byline
		// or an author box with its bio, whatever the plugin's classes
		// ("saboxplugin-wrap"); never the story's text. A box opening
		// with a comment section's heading is the readers' comments
		// whatever its name (scorestop.go).
		chrome = chrome || strings.EqualFold(attr(n, "itemprop"), "author") || d.commentBoxHead(n)
	}
	st.isChrome = -1
	if chrome {
		st.isChrome = 1
	}
	return chrome
}

// postWords reports whether the only furniture words of tokens name
// comments: a post of a thread ("MtnCommentText", "live-match-comment").
func postWords(ws []string) bool {
	post := false
	for _, w := range ws {
		switch {
		case w == "comment" || w == "comments":
			post = true
		case chromeWords[w]:
			return false
		}
	}
	return post
}

// inPost reports whether an element between n (inclusive) and root
// (exclusive) is furniture only by being named a comment (see postWords),
// and none is furniture otherwise. A list item is a blog's comment list
// (WordPress's <ol class="comment-list"><li class="comment">), not a
// thread's post.
func (d *doc) inPost(n, root *html.Node) bool {
	post := false
	for ; n != nil && n != root; n = n.Parent {
		if n.Type == html.ElementNode && n.DataAtom == atom.Li {
			return false
		}
		if n.Type != html.ElementNode || !d.isChromeElem(n) {
			continue
		}
		switch n.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Header:
			return false
		}
		if !postWords(d.tokensOf(n)) {
			return false
		}
		post = true
	}
	return post
}

// printable reports whether an element named "print" and nothing else of
// the furniture holds text of some length: the part of the page made for
// printing ("kb-tip-print-step", "printable-content"), not a print
// button, which is a few words, nor a block shown only in print
// (Bootstrap's "d-none d-print-block", "print-only", "visible-print"),
// nor one left out of print ("no-print", "hidden-print", "noprint"): a
// share bar or a box of links, furniture on screen.
func printable(ws []string, textLen int) bool {
	if textLen < 200 {
		return false
	}
	for _, w := range ws {
		switch {
		case w == "no" || w == "not" || w == "dont" || w == "hidden" || w == "hide" || w == "none" || w == "only" ||
			w == "d" || w == "visible" || w == "show" || w == "noprint" || w == "nonprint" || w == "printonly" || w == "donotprint":
			return false // "no-print", "hidden-print", "print-none", "d-print-block", "print-only", "printonly"...
		case chromeWords[w] && w != "print":
			return false
		}
	}
	return true
}

// chromeBetween reports whether an element between n (inclusive) and root
// (exclusive) is page furniture. A chrome-named element holding most of
// the root's text is kept: its name lies.
func (d *doc) chromeBetween(n, root *html.Node) bool {
	rootLen := d.statsOf(root).textLen
	wrapped := false // the path passed an <article> holding most of the root's text
	for ; n != nil && n != root; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if !d.isChromeElem(n) {
			wrapped = wrapped || n.DataAtom == atom.Article && d.statsOf(n).textLen*2 > rootLen
			continue
		}
		ws := d.tokensOf(n)
		plainTag := n.DataAtom != atom.Nav && n.DataAtom != atom.Aside && n.DataAtom != atom.Footer
		if d.postsAsText && plainTag && postWords(ws) || plainTag && d.builderTextBlock(n, ws) || plainWrapper(n) {
			// (a plain wrapper's name, a builder's "widget" at most, is
			// layout: what it wraps is judged, bodywrap.go)
			continue
		}
		if d.statsOf(n).textLen*2 > rootLen && (hasAny(ws, contentWords) || plainTag && (onlyWeakChrome(ws) || wrapped)) {
			// Named as furniture but holding most of the text: a
			// generic wrapper, or one around the text's own <article>
			// ("js-code-nav-container" around a README).
			continue
		}
		return true
	}
	return false
}

// builderTextBlock reports a page builder's text block: a wrapper named
// only "widget" for furniture whose own name, or its parent wrapper's,
// says it shows text ("elementor-widget-text-editor" and the
// "elementor-widget-container" inside it). A post laid out with the
// builder is a column of such blocks, each short of most of the text; a
// WordPress sidebar widget ("widget widget_text") stays furniture. The
// name must say text, not article: "article-widget" names the callouts
// and promotions a template sets between a story's paragraphs.
func (d *doc) builderTextBlock(n *html.Node, ws []string) bool {
	if !builderWrapper(ws) || sidebarWidget(n) {
		return false
	}
	if hasAny(ws, builderTextWords) {
		return true
	}
	p := plainParent(n) // (past plain wrappers, bodywrap.go)
	if p == nil || p.Type != html.ElementNode || sidebarWidget(p) {
		return false
	}
	pws := d.tokensOf(p)
	return builderWrapper(pws) && hasAny(pws, builderTextWords)
}

// builderTextWords name a builder's text block ("text-editor",
// "rich-text"), not its editor's picks.
var builderTextWords = set("text", "richtext", "prose")

// articleScope returns the element that holds the whole article around n
// (headline, byline, body): the nearest <article>, schema.org Article or
// <main>, else n's parent.
func (d *doc) articleScope(n *html.Node) *html.Node {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.Body {
			break
		}
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main || strings.EqualFold(attr(a, "role"), "main") ||
			strings.Contains(attr(a, "itemtype"), "Article") {
			return a
		}
	}
	if p := plainParent(n); p != nil && p.Type == html.ElementNode && !d.isPageBody(p) {
		return p
	}
	return n
}

// teaserOfOther reports whether element n is a teaser of another page: it
// opens with a heading that links elsewhere.
func (d *doc) teaserOfOther(n *html.Node) bool {
	a := headingLink(n)
	return a != nil && attr(a, "href") != "" && !d.isSelfLink(attr(a, "href"))
}

// headingLink returns the link of n's first heading: one inside it, or
// one around it; nil when there is none.
func headingLink(n *html.Node) *html.Node {
	h := firstHeading(n)
	if h == nil {
		return nil
	}
	a := findFirst(h, atom.A)
	if a == nil && isElem(h.Parent, atom.A) {
		a = h.Parent
	}
	return a
}

// layoutWords open a grid framework's class names for a row or column
// that say what the row holds beside the text ("row-column-menu-left",
// Bootstrap Italia's row with a page-index menu column; "has-sidebar",
// "with-menu"): such a name describes the layout, not a menu.
var layoutWords = set("row", "col", "column", "columns", "grid", "layout", "has", "with")

// layoutNamesOnly reports whether every furniture word of n's class
// comes from a layout name (layoutWords), and its id has none. It runs
// only for an element the words would block.
func layoutNamesOnly(n *html.Node) bool {
	if hasAny(splitWords(attr(n, "id"), nil), neverContentWords) {
		return false
	}
	for name := range strings.FieldsSeq(attr(n, "class")) {
		ws := splitWords(name, nil)
		if len(ws) > 0 && !layoutWords[ws[0]] && hasAny(ws, neverContentWords) {
			return false
		}
	}
	return true
}
