package extract

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
)

// This file finds the article's images with their captions and credits:
// <figure> elements and caption boxes (WordPress's div.wp-caption) in the
// article scope, else the lead image of the page's metadata.

// resolveImages returns the article's images.
func (d *doc) resolveImages() []article.Image {
	res := d.bodyRes
	var out []article.Image
	seen := map[string]bool{}
	var walk func(n, top *html.Node)
	walk = func(n, top *html.Node) {
		if n.Type == html.ElementNode {
			if isInvisibleAtom(n.DataAtom) && n.DataAtom != atom.Noscript {
				return
			}
			if n != top && d.isChromeElem(n) && !d.isCaptionBox(n) && !d.isMediaBox(n) {
				return
			}
			if n.DataAtom == atom.Figure || d.isCaptionBox(n) {
				if img, ok := d.figureImage(n); ok && !seen[img.URL] {
					seen[img.URL] = true
					rule := "figure"
					if n.DataAtom != atom.Figure {
						rule = "caption-box"
					}
					d.trace.add("images", rule, img.URL+" | "+img.Caption+" | "+img.Credit, true)
					out = append(out, img)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, top)
		}
	}
	if res.scope != nil {
		walk(res.scope, res.scope)
	} else {
		for _, r := range res.roots {
			walk(r, r)
		}
	}
	if len(out) == 0 {
		if u := d.metaImage(); u != "" {
			d.trace.add("images", "meta-image", u, true)
			out = append(out, article.Image{URL: u})
		}
	}
	return out
}

// isCaptionBox reports whether n is a div named as a caption that holds an
// image (WordPress's div.wp-caption).
func (d *doc) isCaptionBox(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	for _, w := range d.tokensOf(n) {
		if w == "caption" {
			return findFirst(n, atom.Img) != nil
		}
	}
	return false
}

// isMediaBox reports whether n is a featured-image wrapper.
func (d *doc) isMediaBox(n *html.Node) bool {
	for _, w := range d.tokensOf(n) {
		switch w {
		case "image", "media", "figure", "photo", "featured":
			return true
		}
	}
	return false
}

// figureImage reads one figure: the image URL (the largest srcset
// candidate, lazy-loading attributes, src), the caption and its credit.
func (d *doc) figureImage(fig *html.Node) (article.Image, bool) {
	img := findFirst(fig, atom.Img)
	if img == nil {
		return article.Image{}, false
	}
	src := bestImageURL(img)
	if src == "" || strings.HasPrefix(src, "data:") {
		return article.Image{}, false
	}
	if d.base != nil {
		if u, err := d.base.Parse(src); err == nil {
			src = u.String()
		}
	}
	im := article.Image{URL: src}
	capNode := findFirst(fig, atom.Figcaption)
	if capNode == nil {
		capNode = d.findByWord(fig, "caption", "text")
	}
	if capNode != nil {
		credit := ""
		if cn := d.findByWord(capNode, "credit", "copyright", "source", "byline"); cn != nil {
			credit = nodeText(cn)
		}
		text := nodeText(capNode)
		if credit != "" {
			text = squash(strings.Replace(text, credit, "", 1))
		}
		caption, c2 := d.splitCredit(text)
		if credit == "" {
			credit = c2
		} else {
			caption = text
		}
		im.Caption, im.Credit = caption, cleanCredit(credit)
	}
	if im.Credit == "" {
		if cn := d.findByWord(fig, "credit", "copyright"); cn != nil {
			im.Credit = cleanCredit(nodeText(cn))
		}
	}
	return im, true
}

// findByWord returns the first descendant of n whose class or id has one
// of the words.
func (d *doc) findByWord(n *html.Node, words ...string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, w := range d.tokensOf(c) {
			for _, x := range words {
				if w == x {
					return c
				}
			}
		}
		if f := d.findByWord(c, words...); f != nil {
			return f
		}
	}
	return nil
}

// bestImageURL picks the largest srcset candidate, else a lazy-loading
// attribute, else src.
func bestImageURL(img *html.Node) string {
	for _, key := range []string{"srcset", "data-srcset"} {
		if ss := attr(img, key); ss != "" {
			best, bestW := "", -1
			for _, cand := range strings.Split(ss, ",") {
				f := strings.Fields(cand)
				if len(f) == 0 {
					continue
				}
				w := 0
				if len(f) > 1 {
					if v, err := strconv.ParseFloat(strings.TrimRight(f[1], "wx"), 64); err == nil {
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
		if s := strings.TrimSpace(attr(img, key)); s != "" && !strings.HasPrefix(s, "data:") {
			return s
		}
	}
	return ""
}

// splitCredit splits a displayed caption into caption and credit: a
// trailing "(AP Photo/Evan Vucci, File)", "Photo: X", "Credit: X", "© X"
// or "Foto: X".
func (d *doc) splitCredit(s string) (caption, credit string) {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i > 0 {
			if inner := s[i+1 : len(s)-1]; d.looksLikeCredit(inner) {
				return strings.TrimSpace(s[:i]), strings.TrimSpace(inner)
			}
		}
	}
	lower := strings.ToLower(s)
	for _, mark := range d.w.creditLabels {
		if i := strings.LastIndex(lower, mark); i > 0 {
			if c := strings.TrimSpace(s[i:]); len(c) < 120 {
				return strings.TrimRight(strings.TrimSpace(s[:i]), " |-–—/"), c
			}
		}
	}
	return s, ""
}

// cleanCredit trims white space and surrounding brackets from a credit as
// displayed.
func cleanCredit(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "()"))
}
