package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
)

// This file finds the article's images with their captions and credits:
// <figure> elements and caption boxes (WordPress's div.wp-caption) in the
// article scope, else the lead image of the page's metadata.

// resolveImages returns the article's images: figures and caption boxes
// in the article scope, images with a caption element beside them, and the
// lead image of the page's metadata (first, with the caption the page
// gives it anywhere, when the article shows no image of its own).
func (d *doc) resolveImages() []article.Image {
	var out []article.Image
	seen := map[string]bool{}
	meta := d.metaImage()
	add := func(rule string, img article.Image) {
		if img.URL == "" {
			if len(out) > 0 || meta == "" {
				return
			}
			img.URL = meta // the first picture, its address unknown: the lead image
		}
		if seen[img.URL] {
			return
		}
		seen[img.URL] = true
		d.trace.add("images", rule, img.URL+" | "+img.Caption+" | "+img.Credit, true)
		out = append(out, img)
	}
	var walk func(n, top *html.Node)
	walk = func(n, top *html.Node) {
		if n.Type == html.ElementNode {
			if isInvisibleAtom(n.DataAtom) && n.DataAtom != atom.Noscript {
				return
			}
			if n != top && d.isChromeElem(n) && !d.isCaptionBox(n) && !d.isMediaBox(n) && !d.holdsStory(n) {
				return
			}
			if n.DataAtom == atom.Figure || d.isCaptionBox(n) {
				if img, ok := d.figureImage(n); ok {
					rule := "figure"
					if n.DataAtom != atom.Figure {
						rule = "caption-box"
					}
					add(rule, img)
				}
				return
			}
			if n.DataAtom == atom.Img {
				if img, ok := d.captionedImage(n); ok {
					add("caption-beside", img)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, top)
		}
	}
	for _, top := range d.imageRegions() {
		walk(top, top)
	}
	// The lead image of the metadata comes first when the article scope
	// does not show it (a hero image above the <article>, or none).
	if u := meta; u != "" && !sameImage(out, u) {
		img := d.leadImageCaption(u)
		d.trace.add("images", "meta-image", img.URL+" | "+img.Caption+" | "+img.Credit, true)
		out = append([]article.Image{img}, out...)
	}
	return out
}

// imageRegions are the subtrees the article's pictures are looked for in:
// the article element (else the body's containers), or, when the headline
// stands outside it, the story's whole region from the headline down to
// the text (their lowest common ancestor), where hero pictures sit between
// the two. Never the whole <body>: that would take other stories' pictures.
func (d *doc) imageRegions() []*html.Node {
	res := d.bodyRes
	regions := res.roots
	if res.scope != nil {
		regions = []*html.Node{res.scope}
	}
	if d.headlineNode == nil || len(res.roots) == 0 || contains(regions[0], d.headlineNode) {
		return regions
	}
	story := lca(d.headlineNode, res.roots[0])
	if story == nil || story.DataAtom == atom.Body || story.DataAtom == atom.Html || d.isChromeElem(story) && !d.holdsStory(story) {
		return regions
	}
	for _, r := range regions {
		if !contains(story, r) {
			return regions // the text's containers are not all below it
		}
	}
	return []*html.Node{story}
}

// sameImage reports whether one of imgs shows the picture at u (the same
// file stem, whatever the size).
func sameImage(imgs []article.Image, u string) bool {
	stem := imageStem(u)
	for _, im := range imgs {
		if im.URL == u || stem != "" && imageStem(im.URL) == stem {
			return true
		}
	}
	return false
}

// captionWords name an element that captions the image before it.
var captionWords = set("caption", "credit", "legend", "cutline", "bildunterschrift", "bu", "photocaption", "imagecaption")

// captionedImage reads an <img> outside any figure whose picture block
// (the image with the wrappers that hold nothing else: <picture>, a
// link, "<div class=image>") is followed by a caption element: one named
// so ("<p class=caption>", "<div class=image-meta><div
// class=image-caption>"), or a <figcaption>. Some templates put the
// caption before the picture; not the caption that follows another
// picture.
func (d *doc) captionedImage(img *html.Node) (article.Image, bool) {
	at := pictureBlock(img)
	capNode := d.captionAfter(at)
	if capNode == nil {
		capNode = elemSibling(at, false)
		if capNode == nil || !hasAny(d.tokensOf(capNode), captionWords) || showsImage(elemSibling(capNode, false)) {
			return article.Image{}, false
		}
	}
	src := d.resolveURL(bestImageURL(img))
	if src == "" {
		return article.Image{}, false
	}
	im := article.Image{URL: src}
	im.Caption, im.Credit = d.captionAndCredit(capNode)
	// The credit in an element of its own after the caption:
	// "<p class=caption>...</p><span class=credit>Photo: ...</span>".
	if next := elemSibling(capNode, true); im.Credit == "" && next != nil && hasAny(d.tokensOf(next), creditWords) {
		im.Credit = cleanCredit(nodeText(next))
	}
	return im, im.Caption != "" || im.Credit != ""
}

// pictureBlock returns the highest ancestor of img (img itself at least)
// that holds no text and no other picture: the picture with its wrappers.
func pictureBlock(img *html.Node) *html.Node {
	at := img
	for p := at.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
		if hasText(p) || countImages(p) > 1 {
			break
		}
		at = p
	}
	return at
}

// captionAfter returns the caption element right after a picture block:
// its next visible sibling when that is a <figcaption> or is named as a
// caption or credit, or a short sibling holding such an element.
func (d *doc) captionAfter(at *html.Node) *html.Node {
	next := elemSibling(at, true)
	for next != nil && isInvisibleAtom(next.DataAtom) {
		next = elemSibling(next, true)
	}
	if next == nil || showsImage(next) {
		return nil
	}
	if next.DataAtom == atom.Figcaption || hasAny(d.tokensOf(next), captionWords) || hasAny(d.tokensOf(next), creditWords) {
		return next
	}
	if len(nodeText(next)) < 400 {
		if c := d.findByWord(next, "caption", "cutline", "legend"); c != nil {
			return c
		}
	}
	return nil
}

// hasText reports whether n holds visible text.
func hasText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return true
		case c.Type == html.ElementNode && !isInvisibleAtom(c.DataAtom) && hasText(c):
			return true
		}
	}
	return false
}

// countImages counts the <img> elements under n.
func countImages(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img {
			k++
		}
		k += countImages(c)
	}
	return k
}

// showsImage reports whether n is an image or holds one.
func showsImage(n *html.Node) bool {
	return n != nil && (n.DataAtom == atom.Img || findFirst(n, atom.Img) != nil)
}

// creditWords name an element that holds a picture's credit.
var creditWords = set("credit", "credits", "copyright", "photographer")

// leadImageCaption returns the page's lead image (from its metadata) with
// the caption the page gives it: a figure anywhere on the page showing the
// same picture (hero images often sit above the article element), else
// the caption of the JSON-LD image.
func (d *doc) leadImageCaption(u string) article.Image {
	im := article.Image{URL: u, Caption: cleanText(d.ld.ImageCaption), Credit: cleanCredit(cleanText(d.ld.ImageCredit))}
	stem := imageStem(u)
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom) {
				continue
			}
			if c.DataAtom == atom.Figure || d.isCaptionBox(c) {
				if fi, ok := d.figureImage(c); ok && imageStem(fi.URL) == stem && (fi.Caption != "" || fi.Credit != "") {
					im.Caption = fi.Caption
					if fi.Credit != "" {
						im.Credit = fi.Credit // else the JSON-LD image's, the same picture's
					}
					return true
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	if stem != "" && d.body != nil {
		walk(d.body)
	}
	return im
}

// imageStem is an image URL's file name without its extension and without
// a size suffix CDNs add ("photo-1024x768.jpg", "photo_w800.webp" →
// "photo"): the same picture at another size has the same stem.
func imageStem(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	u = u[strings.LastIndexByte(u, '/')+1:]
	if i := strings.LastIndexByte(u, '.'); i > 0 {
		u = u[:i]
	}
	for _, sep := range []string{"-", "_"} {
		if i := strings.LastIndex(u, sep); i > 0 && sizeSuffix(u[i+1:]) {
			u = u[:i]
		}
	}
	return strings.ToLower(u)
}

// sizeSuffix reports whether s is a size a CDN appends: "1024x768",
// "w800", "800w", "large", "scaled".
func sizeSuffix(s string) bool {
	switch s {
	case "large", "medium", "small", "thumb", "thumbnail", "scaled", "full":
		return true
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == 'x' || r == 'w' || r == 'h':
		default:
			return false
		}
	}
	return digits > 0
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
		// A lazy loader's placeholder ("<div class=js-delayed-image-load
		// data-src=….jpg>") stands where the <img> will be; a video
		// player's does not.
		if img = findAttr(fig, "data-src"); img == nil || !imageFile(attr(img, "data-src")) {
			return article.Image{}, false
		}
	}
	if findFirst(fig, atom.Video) != nil || findFirst(fig, atom.Iframe) != nil {
		return article.Image{}, false // a video, its poster frame captioned
	}
	// A picture whose address only its script knows (an inline GIF and an
	// id) keeps its caption with no URL; resolveImages gives the lead one
	// the page's lead image and drops the rest.
	src := d.resolveURL(bestImageURL(img))
	im := article.Image{URL: src}
	capNode := findFirst(fig, atom.Figcaption)
	if capNode == nil {
		capNode = d.findByWord(fig, "caption", "text")
	}
	if next := elemSibling(fig, true); capNode == nil && next != nil && (next.DataAtom == atom.Figcaption || hasAny(d.tokensOf(next), captionWords)) {
		capNode = next // "<figure><img></figure><div class=caption>…</div>"
	}
	if capNode != nil {
		im.Caption, im.Credit = d.captionAndCredit(capNode)
	}
	if im.Credit == "" {
		if cn := d.findByWord(fig, "credit", "copyright"); cn != nil {
			im.Credit = cleanCredit(nodeText(cn))
		} else if cn := findFirst(fig, atom.Cite); cn != nil && len(nodeText(cn)) < 120 {
			// <cite> in a figure names the picture's source (HTML's
			// own semantics: "<figcaption>…</figcaption><cite>Agency</cite>").
			im.Credit = cleanCredit(nodeText(cn))
		}
	}
	return im, im.URL != "" || im.Caption != "" || im.Credit != ""
}

// imageFile reports whether a URL's path names an image file.
func imageFile(u string) bool {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	u = strings.ToLower(u)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"} {
		if strings.HasSuffix(u, ext) {
			return true
		}
	}
	return false
}

// findAttr returns the first element under n with the attribute key.
func findAttr(n *html.Node, key string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasAttr(c, key) {
			return c
		}
		if f := findAttr(c, key); f != nil {
			return f
		}
	}
	return nil
}

// holdsStory reports whether n holds the headline, one of the body's
// containers or a paragraph of the body: an element around the article's text or its headline is not
// page chrome, whatever its tag or class says ("l-sidebar-fixed" around a
// story's column, the <header> of an <article> with its hero picture).
func (d *doc) holdsStory(n *html.Node) bool {
	if d.headlineNode != nil && contains(n, d.headlineNode) {
		return true
	}
	for _, r := range d.bodyRes.roots {
		if contains(n, r) {
			return true
		}
	}
	for _, b := range d.bodyRes.paraBlocks {
		if b != nil && b.container != nil && contains(n, b.container) {
			return true // the body kept text from inside it
		}
	}
	return false
}

// captionAndCredit reads a caption element: the credit is an element in it
// named so, else the credit written at the caption's end.
func (d *doc) captionAndCredit(capNode *html.Node) (caption, credit string) {
	cn := d.findByWord(capNode, "credit", "copyright", "source", "byline")
	if cn == nil {
		cn = findItemprop(capNode, "copyrightholder", "creator", "author")
	}
	if cn != nil {
		credit = nodeText(cn)
	}
	text := nodeText(capNode)
	if credit != "" {
		// The credit's element, glued to the caption's text or not; a
		// label in an element of its own before the name ("<span>
		// Credit...</span><span>Jane Doe/The Times</span>") is not the
		// credit.
		caption = squash(strings.Replace(text, credit, "", 1))
		if l := firstElemChild(cn); l != nil && l != cn.LastChild && d.isCreditLabel(nodeText(l)) {
			credit = strings.Replace(credit, nodeText(l), "", 1)
		}
		return caption, cleanCredit(credit)
	}
	caption, credit = d.splitCredit(galleryCounterFree(text))
	if credit == "" && hasAny(d.tokensOf(capNode), creditWords) {
		// An element named as the credit ("photographer") that also
		// holds the caption: its last bracket is the credit.
		if i := strings.LastIndex(caption, "("); i > 0 && strings.HasSuffix(caption, ")") {
			return strings.TrimSpace(caption[:i]), cleanCredit(caption[i:])
		}
	}
	if credit == "" && d.wholeCredit(caption) {
		return "", cleanCredit(caption)
	}
	return caption, cleanCredit(credit)
}

// galleryCounterFree returns a caption without the slide counter a
// gallery prints before it ("1of4", "2 of 9", "3/12").
func galleryCounterFree(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return s
	}
	rest := strings.TrimLeft(s[i:], " ")
	switch {
	case strings.HasPrefix(rest, "of"):
		rest = rest[2:]
	case strings.HasPrefix(rest, "/"):
		rest = rest[1:]
	default:
		return s
	}
	rest = strings.TrimLeft(rest, " ")
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == 0 || j > 3 {
		return s
	}
	// The caption proper starts with a capital ("2/3 of voters" stays).
	if tail := strings.TrimSpace(rest[j:]); firstUpper(tail) {
		return tail
	}
	return s
}

// findItemprop returns the first descendant of n whose itemprop is one
// of props (lower case).
func findItemprop(n *html.Node, props ...string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if p := strings.ToLower(attr(c, "itemprop")); p != "" {
			for _, f := range strings.Fields(p) {
				for _, x := range props {
					if f == x {
						return c
					}
				}
			}
		}
		if f := findItemprop(c, props...); f != nil {
			return f
		}
	}
	return nil
}

// firstElemChild returns n's first element child.
func firstElemChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// isCreditLabel reports whether s is a credit label alone ("Credit...",
// "Photo:", "Image copyright").
func (d *doc) isCreditLabel(s string) bool {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(s), ".:…"))
	if l == "" {
		return false
	}
	for _, x := range d.w.creditLabels {
		if strings.Trim(strings.TrimSpace(x), ".:…") == l {
			return true
		}
	}
	return false
}

// wholeCredit reports whether a short caption says only where the picture
// comes from ("Image via Getty Images", "Photo: Jane Doe", "Getty
// Images", "REUTERS/Jane Doe"): it starts with a credit label, or it is a
// few capitalised words naming a picture agency or wire.
func (d *doc) wholeCredit(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	lower := strings.ToLower(s)
	for _, l := range d.w.creditLabels {
		if strings.HasPrefix(lower, l) && len(lower) > len(l) {
			return true
		}
	}
	if d.agencySlashCredit(s) {
		return true
	}
	if len(words) > 4 || !d.w.wires[lower] && !containsAnyOf(lower, d.w.creditWords...) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
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
		// Not an inline placeholder, nor a lazy loader's JSON of sizes.
		if s := strings.TrimSpace(attr(img, key)); s != "" && !strings.HasPrefix(s, "data:") && s[0] != '{' && s[0] != '[' {
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
			if inner := s[i+1 : len(s)-1]; d.looksLikeCredit(inner) || nameSlashCredit(inner) {
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
	// "The harbour at dawn. | Jane Doe/Daily Courier": a credit after a bar.
	if i := strings.LastIndex(s, " | "); i > 0 {
		if tail := strings.TrimSpace(s[i+3:]); d.looksLikeCredit(tail) || nameSlashCredit(tail) || d.wholeCredit(tail) {
			return strings.TrimSpace(s[:i]), tail
		}
	}
	// "... in Berlin. REUTERS/Fabrizio Bensch": an agency credit after the
	// last sentence.
	if i := strings.LastIndex(s, ". "); i > 0 {
		if tail := strings.TrimSpace(s[i+1:]); d.agencySlashCredit(tail) {
			return s[:i+1], tail
		}
	}
	return s, ""
}

// nameSlashCredit reports whether s is a photographer and an outlet
// joined by a slash, every part capitalised ("Jane Doe/Daily Courier"),
// the way a caption ends on its credit in brackets.
func nameSlashCredit(s string) bool {
	if !isSlashCredit(s) {
		return false
	}
	for _, part := range strings.Split(s, "/") {
		if part = strings.TrimSpace(part); part == "" || !firstUpper(part) || strings.ContainsAny(part, "0123456789") {
			return false
		}
	}
	return true
}

// agencySlashCredit reports whether s is a photo credit of the form
// "AGENCY/Photographer" or "Photographer/AGENCY": few words, a slash, and
// a wire service or picture agency on one side.
func (d *doc) agencySlashCredit(s string) bool {
	if !isSlashCredit(strings.ToLower(s)) {
		return false
	}
	for _, part := range strings.Split(strings.ToLower(s), "/") {
		part = strings.TrimSpace(part)
		if d.w.wires[part] || containsAnyOf(part, d.w.creditWords...) {
			return true
		}
	}
	return false
}

// cleanCredit trims white space and surrounding brackets from a credit as
// displayed.
func cleanCredit(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), ".,;:|–—- "))
	// "(AP Photo/Evan Vucci)" loses its brackets, "Jure Makovec (OC
	// Ljubno)" keeps them.
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}
