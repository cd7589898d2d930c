package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the key-point bullets: a list announced by a label
// ("Quick Look:", "Key points") or marked as highlights by its class, in
// the article scope. The body leaves such lists out.

// bulletList is a key-point list and the label element that announces it.
type bulletList struct {
	list  *html.Node
	label *html.Node
	items []string
	rule  string
}

// findBullets sets the body's bullets and marks their lists (and labels)
// as done for the body filters.
func (d *doc) findBullets(st *bodyState) {
	res := d.bodyRes
	var lists []bulletList
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if isInvisibleAtom(n.DataAtom) || isHidden(n) {
				return
			}
			if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
				if bl, ok := d.keyPointList(n); ok {
					lists = append(lists, bl)
				}
				return
			}
			if n.DataAtom == atom.Div || n.DataAtom == atom.Section {
				if bl, ok := d.keyPointBox(n); ok {
					lists = append(lists, bl)
					return
				}
			}
			// Chrome is skipped, not an element around the body's text
			// (an itemprop="author" wrapper some templates open around
			// the whole post).
			if n != res.scope && n.DataAtom != atom.Article && d.isChromeElem(n) && !keyPointNamed(d.tokensOf(n)) && !aroundAny(n, res.roots) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if res.scope != nil {
		walk(res.scope)
	} else {
		for _, r := range res.roots {
			walk(r)
		}
	}
	for i, bl := range lists {
		st.bulletDone[bl.list] = true
		if bl.label != nil {
			st.bulletDone[bl.label] = true
		}
		d.trace.add("bullets", bl.rule, strings.Join(bl.items, "; "), i == 0)
		res.bulletLists = append(res.bulletLists, bl.list)
		if res.bullets == nil {
			res.bullets = bl.items
		}
	}
}

// keyPointList reports whether list is a key-point list and returns it.
// Few development pages have such lists (the seed does); the labels and
// class words are the lexicon's and markup.go's, not a site's.
func (d *doc) keyPointList(list *html.Node) (bulletList, bool) {
	bl := bulletList{list: list}
	// The list's box and the label before it are read past plain
	// wrappers (plainnear.go): outer stands for the list in its box.
	outer := plainOuter(list)
	par := outer.Parent
	switch {
	case keyPointNamed(d.tokensOf(list)) || par != nil && keyPointNamed(d.tokensOf(par)):
		bl.rule = "key-point-class"
	case par != nil && hasAny(d.tokensOf(par), leadListWords) && onlyChildren(par, outer, nil):
		// A standfirst written as a list ("<div class=entradilla><ul>
		// <li>…"): Spanish and Italian broadcasters and papers print the
		// story's points so under the headline.
		bl.rule = "key-point-lead"
	}
	lab := prevElement(outer)
	if lab == nil && par != nil && par.Type == html.ElementNode {
		lab = prevElement(plainOuter(par)) // "<h2>Key points</h2><div><ul>"
	}
	if lab != nil && d.isKeyPointLabel(lab) {
		labOuter := lab
		lab = unwrapPlain(lab)
		bl.label, bl.rule = lab, "key-point-label"
		if box := labOuter.Parent; box == par && (!isBlockAtom(lab.DataAtom) && onlyChildren(box, labOuter, outer) || noteAfter(box, labOuter, outer, keyPointNamed(d.tokensOf(box)))) {
			// "<div><strong>In brief</strong><ul>": the label's line goes
			// too; "<section class=summary><h2>In brief</h2><ul>…</ul>
			// <p>Made with AI and checked by the editors.</p>": so does
			// the box's note.
			bl.label = box
		}
	}
	if bl.rule == "" {
		return bl, false
	}
	// A label alone over a list of links is a box of other stories: the
	// labels also name one ("Highlights", "Destaques"), and key points are
	// the story's own sentences.
	if bl.rule != "key-point-class" && d.linkDensity(list) > 0.5 {
		return bl, false
	}
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if isElem(li, atom.Li) {
			if t := nodeText(li); t != "" {
				bl.items = append(bl.items, t)
			}
		}
	}
	return bl, len(bl.items) > 0
}

// prevElement returns the element before n, skipping invisible and empty
// ones.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && !isInvisibleAtom(s.DataAtom) && hasNodeText(s, 0) {
			return s
		}
	}
	return nil
}

// keyPointNamed reports whether class/id tokens name a key-point list:
// one of keyPointWords, or "key" before "points", "facts", "takeaways" or
// "findings" as "key-points", "keyPoints" and "key_facts" split ("key
// findings" is the name reports, press releases and science desks give the
// points a study found).
func keyPointNamed(tokens []string) bool {
	if hasAny(tokens, keyPointWords) {
		return true
	}
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] == "key" {
			switch tokens[i+1] {
			case "points", "facts", "takeaways", "findings":
				return true
			}
		}
	}
	return false
}

// isKeyPointLabel reports whether n's text is a key-point label of the
// lexicon ("Key points", "Das Wichtigste in Kürze:").
func (d *doc) isKeyPointLabel(n *html.Node) bool {
	// A bounded read: the element before a box may hold a whole story,
	// and no label is long.
	t := textOf(n, textOpts{max: 400})
	return len(t) <= 100 && d.w.keyPointLabels[strings.ToLower(strings.TrimRight(t, " :.-–—"))]
}

// onlyChildren reports whether box holds no element or text but a and b.
func onlyChildren(box, a, b *html.Node) bool {
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		if c != a && c != b && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

// noteAfter reports whether box holds a label, its list and after them
// one short line at most with no link: a key-point box that ends with a
// note on how the points were made. Unless the box is named as a
// key-point box (named), the note must be small print: a section of the
// story that opens with a label and a list ("<div><h2>What we know</h2>
// <ul>…</ul><p>The council meets again next week.</p></div>") goes on
// with the story's own sentences.
func noteAfter(box, lab, list *html.Node, named bool) bool {
	notes, seen := 0, false
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == lab:
		case c == list:
			seen = true
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom):
		case !seen || notes > 0 || c.DataAtom != atom.Small && (!named || c.DataAtom != atom.P && c.DataAtom != atom.Div):
			return false
		case len(textOf(c, textOpts{max: 300})) > 200 || findFirst(c, atom.A) != nil:
			return false
		default:
			notes++
		}
	}
	return notes == 1
}

// Bounds of a key-point box of paragraphs: points are short sentences.
const (
	maxBoxPoints     = 8
	maxBoxPointRunes = 200
)

// keyPointBox reports whether box is a key-point box whose points are
// <p>s, not list items: after a label of the lexicon ("<h2>Key
// points</h2><div><p>…") or opening with one ("<div><h2>Key
// points</h2><p>…"). Every point is short, so a label heading over
// paragraphs of the story ("What we know") leaves them in the body.
func (d *doc) keyPointBox(box *html.Node) (bulletList, bool) {
	bl := bulletList{list: box, rule: "key-point-paragraphs"}
	var head *html.Node
	for k := box.FirstChild; k != nil; k = k.NextSibling {
		c := k
		if c.Type == html.ElementNode {
			c = unwrapPlain(c) // (a point or the label in a wrapper of its own: plainnear.go)
		}
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return bl, false
		case c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom):
		case c.DataAtom != atom.P:
			if head != nil || len(bl.items) > 0 || !isHeadingAtom(c.DataAtom) {
				return bl, false
			}
			head = c
		default:
			t := nodeText(c)
			if len(bl.items) == maxBoxPoints || utf8.RuneCountInString(t) > maxBoxPointRunes {
				return bl, false
			}
			if t != "" {
				bl.items = append(bl.items, t)
			}
		}
	}
	if len(bl.items) < 2 || d.linkDensity(box) > 0.5 {
		return bl, false // a box of links to other stories (see keyPointList)
	}
	inside := head != nil
	if head == nil {
		head = prevElement(plainOuter(box))
	}
	if head == nil || !d.isKeyPointLabel(head) {
		return bl, false
	}
	if !inside {
		bl.label = head
	}
	return bl, true
}

// aroundAny reports whether n is, or holds, one of nodes.
func aroundAny(n *html.Node, nodes []*html.Node) bool {
	for _, r := range nodes {
		if contains(n, r) {
			return true
		}
	}
	return false
}
