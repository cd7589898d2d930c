package extract

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
)

// bulletList is a key-point list and the label element that announces it.
type bulletList struct {
	list  *html.Node
	label *html.Node
	items []string
}

// articleScope returns the element that holds the whole article around n
// (headline, byline, body): the nearest <article>, schema.org Article or
// <main>, else n's parent.
func articleScope(n *html.Node) *html.Node {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.Body {
			break
		}
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main || strings.EqualFold(nodeAttr(a, "role"), "main") ||
			strings.Contains(nodeAttr(a, "itemtype"), "Article") {
			return a
		}
	}
	if n.Parent != nil && n.Parent.Type == html.ElementNode && n.Parent.DataAtom != atom.Body {
		return n.Parent
	}
	return n
}

// findBulletLists finds key-point lists in the article scope: lists
// announced by a label such as "Quick Look:" or "Key points", or marked as
// highlights by their class.
func (p *page) findBulletLists(scope *html.Node, roots []*html.Node) []bulletList {
	var out []bulletList
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if isInvisibleAtom(n.DataAtom) || isHidden(n) {
				return
			}
			if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
				if bl, ok := p.keyPointList(n); ok {
					out = append(out, bl)
				}
				return
			}
			if n != scope && n.DataAtom != atom.Article && p.isChromeElem(n) && !p.hasKeyPointWord(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if scope != nil {
		walk(scope)
	} else {
		for _, r := range roots {
			walk(r)
		}
	}
	return out
}

func (p *page) hasKeyPointWord(n *html.Node) bool {
	for _, w := range p.wordsOf(n) {
		if keyPointWords[w] {
			return true
		}
	}
	return false
}

// keyPointList reports whether list is a key-point list and returns it.
func (p *page) keyPointList(list *html.Node) (bulletList, bool) {
	bl := bulletList{list: list}
	marked := p.hasKeyPointWord(list) || (list.Parent != nil && p.hasKeyPointWord(list.Parent))
	if lab := prevElement(list); lab != nil {
		t := strings.ToLower(strings.TrimRight(nodeText(lab), " :.-–—"))
		if keyPointLabels[t] {
			bl.label = lab
			marked = true
		}
	}
	if !marked {
		return bl, false
	}
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if !isElem(li, atom.Li) {
			continue
		}
		if t := nodeText(li); t != "" {
			bl.items = append(bl.items, t)
		}
	}
	return bl, len(bl.items) > 0
}

// prevElement returns the element before n, skipping empty paragraphs
// and white space.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if isInvisibleAtom(s.DataAtom) {
			continue
		}
		if nodeText(s) == "" {
			continue
		}
		return s
	}
	return nil
}

// insideAny reports whether n or one of its ancestors below root is in set.
func insideAny(set map[*html.Node]bool, n, root *html.Node) bool {
	if len(set) == 0 {
		return false
	}
	for ; n != nil; n = n.Parent {
		if set[n] {
			return true
		}
		if n == root {
			return false
		}
	}
	return false
}

// listIsLinks reports whether the list holding li is mostly links (a
// related-links or navigation list).
func (p *page) listIsLinks(li *html.Node) bool {
	l := li.Parent
	if l == nil {
		return false
	}
	return p.linkDensity(l) > 0.5
}

// collectImages returns the figures of the article with caption and
// credit.
func (p *page) collectImages(scope *html.Node, roots []*html.Node) []article.Image {
	var out []article.Image
	seen := map[string]bool{}
	var walk func(n *html.Node, top *html.Node)
	walk = func(n *html.Node, top *html.Node) {
		if n.Type == html.ElementNode {
			if isInvisibleAtom(n.DataAtom) && n.DataAtom != atom.Noscript {
				return
			}
			if n != top && p.isChromeElem(n) && !p.isCaptionBox(n) && !p.isMediaBox(n) {
				return
			}
			if n.DataAtom == atom.Figure || p.isCaptionBox(n) {
				if img, ok := p.figureImage(n); ok && !seen[img.URL] {
					seen[img.URL] = true
					out = append(out, img)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, top)
		}
	}
	if scope != nil {
		walk(scope, scope)
	} else {
		for _, r := range roots {
			walk(r, r)
		}
	}
	return out
}

// isCaptionBox reports whether n is a WordPress-style div.wp-caption that
// holds an image and its caption.
func (p *page) isCaptionBox(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	for _, w := range p.wordsOf(n) {
		if w == "caption" {
			return findFirst(n, atom.Img) != nil
		}
	}
	return false
}

// isMediaBox reports whether n is a featured-image wrapper.
func (p *page) isMediaBox(n *html.Node) bool {
	for _, w := range p.wordsOf(n) {
		if w == "image" || w == "media" || w == "figure" || w == "photo" || w == "featured" {
			return true
		}
	}
	return false
}

// findFirst returns the first descendant element of n with tag a.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == a {
				return c
			}
			if f := findFirst(c, a); f != nil {
				return f
			}
		}
	}
	return nil
}

// figureImage reads one figure: the image URL (largest srcset candidate,
// lazy-loading attributes, src), the caption and its credit.
func (p *page) figureImage(fig *html.Node) (article.Image, bool) {
	img := findFirst(fig, atom.Img)
	if img == nil {
		return article.Image{}, false
	}
	src := bestImageURL(img)
	if src == "" || strings.HasPrefix(src, "data:") {
		return article.Image{}, false
	}
	if p.base != nil {
		if u, err := p.base.Parse(src); err == nil {
			src = u.String()
		}
	}
	im := article.Image{URL: src}
	capNode := findFirst(fig, atom.Figcaption)
	if capNode == nil {
		capNode = p.findByWord(fig, "caption", "text")
	}
	if capNode != nil {
		credit := ""
		if cn := p.findByWord(capNode, "credit", "copyright", "source", "byline"); cn != nil {
			credit = nodeText(cn)
		}
		text := nodeText(capNode)
		if credit != "" {
			text = squashSpace(strings.Replace(text, credit, "", 1))
		}
		caption, c2 := splitCredit(text)
		if credit == "" {
			credit = c2
		} else {
			caption = text
		}
		im.Caption, im.Credit = caption, cleanCredit(credit)
	}
	if im.Credit == "" {
		if cn := p.findByWord(fig, "credit", "copyright"); cn != nil {
			im.Credit = cleanCredit(nodeText(cn))
		}
	}
	return im, true
}

// findByWord returns the first descendant of n whose class or id has one
// of the words.
func (p *page) findByWord(n *html.Node, words ...string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, w := range p.wordsOf(c) {
			for _, x := range words {
				if w == x {
					return c
				}
			}
		}
		if f := p.findByWord(c, words...); f != nil {
			return f
		}
	}
	return nil
}

// bestImageURL picks the largest srcset candidate, else a lazy-loading
// attribute, else src.
func bestImageURL(img *html.Node) string {
	for _, key := range []string{"srcset", "data-srcset"} {
		if ss := nodeAttr(img, key); ss != "" {
			best, bestW := "", -1
			for _, cand := range strings.Split(ss, ",") {
				f := strings.Fields(cand)
				if len(f) == 0 {
					continue
				}
				w := 0
				if len(f) > 1 {
					d := strings.TrimRight(f[1], "wx")
					if v, err := strconv.ParseFloat(d, 64); err == nil {
						w = int(v)
					}
				}
				if w > bestW {
					best, bestW = f[0], w
				}
			}
			if best != "" {
				return best
			}
		}
	}
	for _, key := range []string{"data-src", "data-lazy-src", "data-original", "src"} {
		if s := strings.TrimSpace(nodeAttr(img, key)); s != "" && !strings.HasPrefix(s, "data:") {
			return s
		}
	}
	return ""
}

// splitCredit splits a displayed caption into caption and credit: a
// trailing "(AP Photo/Evan Vucci, File)", "Photo: X", "Credit: X",
// "© X" or "Foto: X".
func splitCredit(s string) (caption, credit string) {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i > 0 {
			inner := s[i+1 : len(s)-1]
			if looksLikeCredit(inner) {
				return strings.TrimSpace(s[:i]), strings.TrimSpace(inner)
			}
		}
	}
	lower := strings.ToLower(s)
	for _, mark := range []string{"photo:", "photograph:", "credit:", "image:", "picture:", "foto:", "bild:", "©", "photo by ", "image by "} {
		if i := strings.LastIndex(lower, mark); i > 0 {
			c := strings.TrimSpace(s[i:])
			if len(c) < 120 {
				return strings.TrimRight(strings.TrimSpace(s[:i]), " |-–—/"), c
			}
		}
	}
	return s, ""
}

// looksLikeCredit reports whether the text in trailing parentheses is a
// photo credit.
func looksLikeCredit(s string) bool {
	if len(s) > 100 {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range []string{"photo", "image", "credit", "getty", "reuters", "afp", "ap/", "©", "foto", "file", "pool", "epa", "courtesy", "shutterstock", "illustration"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// cleanCredit trims white space and surrounding brackets from a credit as
// displayed.
func cleanCredit(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "()"))
}
