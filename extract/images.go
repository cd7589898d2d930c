package extract

import (
	"slices"
	"strings"

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
	set := imageSet{seen: map[string]bool{}, bare: map[string]int{}}
	meta := d.metaImage()
	add := func(rule string, img article.Image) {
		img.Caption = captionLabelFree(img.Caption)
		if img.Caption != "" && d.w.boilerLines[strings.ToLower(img.Caption)] {
			return // "ANZEIGE", "Advertisement": an advert's label, no picture of the story
		}
		if img.URL == "" {
			if len(set.out) > 0 || meta == "" {
				return
			}
			img.URL = meta // the first picture, its address unknown: the lead image
		}
		if set.add(img) {
			d.traceImage(rule, img)
		}
	}
	var walk func(n, top *html.Node)
	walk = func(n, top *html.Node) {
		gallery := false
		if n.Type == html.ElementNode {
			if isInvisibleAtom(n.DataAtom) && n.DataAtom != atom.Noscript {
				return
			}
			if n.DataAtom == atom.Noscript {
				d.noscriptPicture(n)
			}
			// Chrome is skipped, but not a wrapper of a picture alone
			// (no text: "<p class=withoutCaption><picture>…"), nor what
			// holds the story, nor a <figure> itself, whose class names
			// its caption ("wp-caption") as furniture for the body's
			// sake.
			if n != top && n.DataAtom != atom.Figure && d.isChromeElem(n) && !d.isCaptionBox(n) && (sidebarWidget(n) || !d.isMediaBox(n) && !builderWrapper(d.tokensOf(n))) && hasText(n) && !d.holdsStory(n) && !figureWrapper(n) {
				return
			}
			if d.teaserArticle(n, top) {
				return // another story's card: its picture and caption are its own
			}
			// A schema.org ImageObject is a figure when it names its
			// caption or credit; else its picture is read as any other.
			if isImageObject(n) && n.DataAtom != atom.Figure && !d.isCaptionBox(n) && !galleryFigure(n) {
				if img, ok := d.figureImage(n); ok && (img.Caption != "" || img.Credit != "") {
					add("image-object", img)
					return
				}
			}
			gallery = (n.DataAtom == atom.Figure || d.isCaptionBox(n)) && galleryFigure(n)
			if (n.DataAtom == atom.Figure || d.isCaptionBox(n)) && !gallery {
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
		start := len(set.out)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, top)
		}
		if gallery {
			d.creditGallery(n, set.out[start:])
		}
	}
	for _, top := range d.imageRegions() {
		walk(top, top)
	}
	return d.withLeadImage(set.out, meta)
}

// imageSet collects a page's pictures once each. The same address twice
// is one picture shown twice, unless its captions differ: then the address
// is a placeholder every picture of a lazy loader shares. An uncaptioned
// showing gives way to a captioned one.
type imageSet struct {
	out  []article.Image
	seen map[string]bool // by address, and by address and caption
	bare map[string]int  // uncaptioned pictures' places in out, by address
}

// add adds img unless the set shows it already; it reports whether it did.
func (s *imageSet) add(img article.Image) bool {
	key := img.URL + "\x00" + img.Caption
	if s.seen[key] || s.seen[img.URL] && img.Caption == "" {
		return false
	}
	s.seen[key], s.seen[img.URL] = true, true
	if i, ok := s.bare[img.URL]; ok && img.Caption != "" {
		s.out[i] = img
		delete(s.bare, img.URL)
		return true
	}
	if img.Caption == "" {
		s.bare[img.URL] = len(s.out)
	}
	s.out = append(s.out, img)
	return true
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

// leadImageCaption returns the page's lead image (from its metadata) with
// the caption the page gives it: a figure anywhere on the page showing the
// same picture (hero images often sit above the article element), else
// the caption of the JSON-LD image.
func (d *doc) leadImageCaption(u string) article.Image {
	im := article.Image{URL: u, Caption: cleanText(d.ld.ImageCaption), Credit: cleanCredit(cleanText(d.ld.ImageCredit))}
	if fileNameCaption(im.Caption, u) {
		// Yoast and other SEO plugins fill the ImageObject's caption with
		// the file's title, its name: "Silkroad Online Mein erstes MMORPG
		// titel title small" for …/Silkroad-Online-Mein-erstes-MMORPG-
		// titel-title-small.jpg. No caption a reader sees.
		im.Caption = ""
	}
	stem := imageStem(u)
	// take gives the lead image the caption of the same picture shown on
	// the page, and its credit (else the JSON-LD image's, the same
	// picture's).
	take := func(fi article.Image, ok bool) bool {
		if !ok || imageStem(fi.URL) != stem || fi.Caption == "" && fi.Credit == "" {
			return false
		}
		im.Caption = fi.Caption
		if fi.Credit != "" {
			im.Credit = fi.Credit
		}
		return true
	}
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom) {
				continue
			}
			if isImageObject(c) && c.DataAtom != atom.Figure && !d.isCaptionBox(c) && take(d.figureImage(c)) {
				return true
			}
			if (c.DataAtom == atom.Figure || d.isCaptionBox(c)) && !galleryFigure(c) {
				if take(d.figureImage(c)) {
					return true
				}
				continue
			}
			// the same picture outside a figure, its caption beside it:
			// right on annotated pages of both halves; general because
			// it is the same reading as any captioned picture, only
			// matched to the lead image's address
			if c.DataAtom == atom.Img && imageStem(d.resolveURL(bestImageURL(c))) == stem && take(d.captionedImage(c)) {
				return true
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	if stem != "" && d.body != nil && !walk(d.body) && im.Caption == "" && im.Credit == "" && !logoFile(u) {
		// the lead picture above the headline, its caption under it
		if c := d.headerCaption(); c != nil {
			im.Caption, im.Credit = d.captionAndCredit(c)
		} else {
			im.Caption, im.Credit = d.labelledLeadCaption()
		}
	}
	return im
}

// fileNameCaption reports whether caption is only the words of the file
// name of the picture at u.
func fileNameCaption(caption, u string) bool {
	words := strings.FieldsFunc(strings.ToLower(caption), notLetterOrDigit)
	if len(words) < 3 {
		return false // "Joe Biden" for joe-biden.jpg may well be shown
	}
	name := strings.ToLower(u)
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		name = name[:i]
	}
	name = name[strings.LastIndexByte(name, '/')+1:]
	parts := strings.FieldsFunc(name, notLetterOrDigit)
	for _, w := range words {
		if !slices.Contains(parts, w) {
			return false
		}
	}
	return true
}

// isCaptionBox reports whether n is a div, span, table or dl named as a
// caption that holds an image (WordPress's div.wp-caption, an editor's
// inline "<span class=wf_caption><img><span>…</span></span>").
func (d *doc) isCaptionBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Span:
	case atom.Table, atom.Dl:
		// Blogger's table.tr-caption-container, WordPress 2's
		// dl.wp-caption: the same box in the markup of older templates.
	default:
		return false
	}
	for _, w := range d.tokensOf(n) {
		if w == "caption" {
			return findFirst(n, atom.Img) != nil
		}
	}
	return false
}

// galleryFigure reports whether a figure (or caption box) holds two
// figures or more that show a picture: a gallery whose pictures are each
// a figure, read one by one with their own captions; the last, when it
// has none, takes the gallery's caption that follows it (figureImage
// reads a caption right after a figure). A figure of an icon or a chart
// beside the one picture makes no gallery.
// WordPress's block editor writes every gallery so since 5.9
// ("figure.wp-block-gallery > figure.wp-block-image", before that "ul >
// li > figure"), a default of thousands of sites, not one site's class.
func galleryFigure(n *html.Node) bool {
	k := 0
	// shows walks p once, counting its figures that show a picture, and
	// reports whether p shows one.
	var shows func(p *html.Node) bool
	shows = func(p *html.Node) bool {
		img := false
		for c := p.FirstChild; c != nil && k < 2; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Img || shows(c)) {
				if c.DataAtom == atom.Figure {
					k++
				}
				img = true
			}
		}
		return img
	}
	shows(n)
	return k > 1
}

// isMediaBox reports whether n is a featured-image wrapper.
func (d *doc) isMediaBox(n *html.Node) bool {
	for _, w := range d.tokensOf(n) {
		switch w {
		// ("img" as in "<div class=img><img><p>caption</p></div>";
		// "picture", HTML's own word for the wrapper: round 25, check
		// caption and credit recall up)
		case "image", "img", "media", "figure", "photo", "featured", "picture":
			return true
		}
	}
	return false
}

// figureImage reads one figure: the image URL (the largest srcset
// candidate, lazy-loading attributes, src), the caption and its credit.
func (d *doc) figureImage(fig *html.Node) (article.Image, bool) {
	if cardLink(linkAbove(fig, 4)) {
		// "<a href=/other-story><figure><img><figcaption>Title…": the
		// whole figure links to another page, a teaser card.
		return article.Image{}, false
	}
	img := findFirst(fig, atom.Img)
	if ns := findFirst(fig, atom.Noscript); img == nil && ns != nil {
		d.noscriptPicture(ns) // the picture a script draws, its fallback markup
		img = findFirst(fig, atom.Img)
	}
	if img == nil {
		// Right on one annotated tune page; general because lazy loaders
		// put the address in data-src whatever the site, and only an
		// image file's address is taken.
		// A lazy loader's placeholder ("<div class=js-delayed-image-load
		// data-src=….jpg>") stands where the <img> will be; a video
		// player's does not.
		if img = findAttr(fig, "data-src"); img == nil || !imageFile(attr(img, "data-src")) {
			return article.Image{}, false
		}
	}
	if findFirst(fig, atom.Video) != nil || findFirst(fig, atom.Iframe) != nil || d.inVideoPlayer(img, fig) {
		return article.Image{}, false // a video, its poster frame captioned
	}
	// A picture whose address only its script knows (an inline GIF and an
	// id) keeps its caption with no URL; resolveImages gives the lead one
	// the page's lead image and drops the rest.
	src := d.resolveURL(bestImageURL(img))
	im := article.Image{URL: src}
	capNode := findFirst(fig, atom.Figcaption)
	if capNode == nil {
		capNode = itempropCaption(fig)
	}
	if capNode == nil {
		capNode = d.findByWord(fig, "caption", "text")
		if capNode != nil && showsImage(capNode) && !hasText(capNode) {
			capNode = nil // the picture's own wrapper, named for the box ("dt.wp-caption-dt")
		}
	}
	if next := plainSibling(fig, true); capNode == nil && next != nil && (next.DataAtom == atom.Figcaption || hasAny(d.tokensOf(next), d.w.captionWords)) {
		capNode = next // "<figure><img></figure><div class=caption>…</div>"
	}
	if capNode == nil {
		capNode = d.describedBy(img)
	}
	if capNode == nil {
		// A caption box's name already says its text is the caption, so
		// a link in it (to the picture's source) is allowed.
		capNode = textInFigure(fig, fig.DataAtom != atom.Figure)
	}
	if capNode != nil && teaserTitle(img, img, capNode) {
		return article.Image{}, false // "<figure><a href=/story><img></a><figcaption><a href=/story>Title…"
	}
	if capNode != nil {
		im.Caption, im.Credit = d.captionAndCredit(capNode)
		if im.Caption == "" {
			im.Caption, im.Credit = altBeforeCredit(attr(img, "alt"), im.Credit)
		}
	}
	if im.Credit == "" {
		im.Credit = d.figureCredit(fig, capNode)
	}
	if im.Caption == "" && im.Credit != "" {
		im.Caption = d.captionNearCredit(fig, fig) // "<figure><img><figcaption>© X</figcaption></figure><p class=caption>…"
	}
	// "<figure>…</figure><p class=photo-credit>Jane Doe</p>": the credit
	// in an element of its own right after the figure; not a story's
	// credits ("story-credits": "By Jane Doe") nor a copyright notice.
	// Right on one annotated check page's credit; general because the
	// element's own name says it is one picture's credit.
	if next := plainSibling(fig, true); im.Credit == "" && next != nil && next != capNode && hasAny(d.tokensOf(next), photoCreditWords) && !d.captionClassed(d.tokensOf(next)) {
		if t := visibleText(next); t != "" && textUnder(t, 120) && !d.w.startsByline(t) {
			im.Credit = cleanCredit(t)
		}
	}
	return im, im.URL != "" || im.Caption != "" || im.Credit != ""
}

// captionAfterCredit returns the caption of a block that follows a credit
// line under the picture and holds an element named as a credit too:
// "<img><div class=copyright>Jane Doe</div><p><span class=copyright>Jane
// Doe</span>The caption.</p>", as templates print the credit over the
// picture and again in its text box. Right on one annotated tune page
// (two pictures); general because the block must sit right after the
// credit, be short, link nowhere, and name its own credit part.
func (d *doc) captionAfterCredit(capNode *html.Node) string {
	next := plainSibling(capNode, true)
	if next == nil || showsImage(next) || findFirst(next, atom.A) != nil || len(visibleText(next)) > 400 {
		return ""
	}
	if cn := d.creditElem(next); cn == nil || !hasText(cn) {
		return ""
	}
	caption, _ := d.captionAndCredit(next)
	return caption
}

// figureCredit finds a figure's credit outside its caption's text: an
// element named as the credit, schema.org's credit properties, a line
// opening with the copyright sign, a <cite>, or a second <figcaption>
// that is a credit alone; "" when there is none.
func (d *doc) figureCredit(fig, capNode *html.Node) string {
	if cn := d.findByWord(fig, "credit", "copyright"); cn != nil {
		return cleanCredit(visibleText(cn))
	}
	// schema.org's credit properties anywhere in the figure: decides no
	// development page; general because they are the vocabulary
	// (ImageObject creditText, copyrightHolder), no site's.
	if cn := findItemprop(fig, creditItemprops...); cn != nil && len(visibleText(cn)) < 120 {
		return cleanCredit(visibleText(cn))
	}
	// "<div class=copy>© Getty Images</div>": an element of the figure
	// whose text opens with the copyright sign is its credit, whatever
	// its class.
	if cn := copyrightLine(fig, capNode); cn != nil {
		return cleanCredit(visibleText(cn))
	}
	if cn := d.labelledPart(fig, capNode); cn != nil {
		l := visibleText(firstElemChild(cn))
		return cleanCredit(strings.Replace(visibleText(cn), l, "", 1))
	}
	// <cite> in a figure names the picture's source (HTML's own
	// semantics: "<figcaption>…</figcaption><cite>Agency</cite>"); one
	// inside the caption's text names a work ("Bogart in <cite>Casablanca
	// </cite>") unless it ends the caption as smallCredit reads it.
	if cn := findElem(fig, func(c *html.Node) bool { return c.DataAtom == atom.Cite && !contains(capNode, c) }); cn != nil && len(visibleText(cn)) < 120 {
		return cleanCredit(visibleText(cn))
	}
	// A second <figcaption> that only says where the picture comes from
	// ("<figcaption class=below-caption>Photo: Getty Images</figcaption>"),
	// anywhere in the figure: a template may nest the first in a caption
	// tray and set the credit's after it. Right on annotated tune pages
	// of two corpora; general because the second caption must read as a
	// whole credit (wholeCredit).
	if capNode != nil && capNode.DataAtom == atom.Figcaption {
		if c := findElem(fig, func(c *html.Node) bool {
			return c.DataAtom == atom.Figcaption && c != capNode && !contains(c, capNode) && d.wholeCredit(squash(visibleText(c)))
		}); c != nil {
			return cleanCredit(squash(visibleText(c)))
		}
	}
	return ""
}

// copyrightLine returns the first (outermost) element of fig, outside its
// caption element and at most six levels down, whose text is a short line
// opening with the copyright sign.
func copyrightLine(fig, capNode *html.Node) *html.Node {
	var walk func(n *html.Node, depth int) *html.Node
	walk = func(n *html.Node, depth int) *html.Node {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom) || c == capNode {
				continue
			}
			// the first words decide before the whole text is read
			if capNode == nil || !contains(c, capNode) {
				if strings.HasPrefix(firstWords(c), "©") && len(visibleText(c)) < 120 {
					return c
				}
			}
			if depth < 6 {
				if f := walk(c, depth+1); f != nil {
					return f
				}
			}
		}
		return nil
	}
	return walk(fig, 1)
}

// firstWords returns the first non-blank text under n, trimmed (scripts
// and styles aside).
func firstWords(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if t := strings.TrimSpace(c.Data); t != "" {
				return t
			}
		case c.Type == html.ElementNode && !isInvisibleAtom(c.DataAtom):
			if t := firstWords(c); t != "" {
				return t
			}
		}
	}
	return ""
}

// linkAbove returns the nearest <a> among the levels ancestors of n, or
// nil. (An unclosed <a> high above would hold everything after it.)
func linkAbove(n *html.Node, levels int) *html.Node {
	return ancestorWithin(n.Parent, levels, func(a *html.Node) bool { return a.DataAtom == atom.A })
}

// holdsStory reports whether n holds the headline, one of the body's
// containers or a paragraph of the body: an element around the article's
// text or its headline is not page chrome, whatever its tag or class says
// ("l-sidebar-fixed" around a story's column, the <header> of an <article>
// with its hero picture).
//
// The answer is read from the set of those elements' ancestors, built once
// per body: asking contains() of every body paragraph for every chrome
// element was quadratic (a thread of n comment boxes beside n paragraphs).
func (d *doc) holdsStory(n *html.Node) bool {
	if d.storyAbove == nil || d.storyAboveOf != d.bodyRes || d.storyAboveHead != d.headlineNode {
		d.storyAbove, d.storyAboveOf, d.storyAboveHead = d.storyAncestors(), d.bodyRes, d.headlineNode
	}
	return d.storyAbove[n]
}

// storyAncestors returns the headline, the body's roots and its
// paragraphs' containers with all their ancestors.
func (d *doc) storyAncestors() map[*html.Node]bool {
	set := map[*html.Node]bool{}
	mark := func(x *html.Node) {
		for ; x != nil && !set[x]; x = x.Parent {
			set[x] = true // a marked node's ancestors are marked already
		}
	}
	mark(d.headlineNode)
	for _, r := range d.bodyRes.roots {
		mark(r)
	}
	for _, b := range d.bodyRes.paraBlocks {
		if b != nil {
			mark(b.container)
		}
	}
	return set
}

// textInFigure returns the one element of a <figure> (or caption box)
// besides its picture that holds text, when there is one and it is short
// and no link (unless linkOK): a figure is a picture with its caption,
// whatever element the caption is written in ("<figure><img><p>The pier at
// dawn.</p></figure>").
func textInFigure(fig *html.Node, linkOK bool) *html.Node {
	if cardLink(linkAbove(fig, 4)) {
		return nil // a linked card: the figure stands for another page
	}
	var found *html.Node
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
		if c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom) || !hasText(c) {
			continue
		}
		if found != nil || showsImage(c) {
			return nil
		}
		found = c
	}
	if found == nil || !linkOK && findFirst(found, atom.A) != nil || len(visibleText(found)) > 300 || findElem(found, isHeadingNode) != nil || isHeadingNode(found) {
		return nil // a teaser card: a heading, a link, a summary
	}
	var buf [8]string
	if hasAny(classTokens(found, buf[:0]), badgeWords) {
		return nil // a category badge over the picture ("<span class=cat-label>Tax</span>")
	}
	blocks := 0
	for c := found.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockAtom(c.DataAtom) {
			blocks++
		}
	}
	if blocks > 1 {
		return nil // a kicker, a title and a summary
	}
	return found
}

// photoCreditWords name an element that holds one picture's credit; unlike
// creditWords, not "credits" (a story's) nor "copyright" (a site's).
var photoCreditWords = set("credit", "photographer", "photocredit")

// badgeWords name a category badge themes lay over a post's picture.
var badgeWords = set("cat", "category", "badge")

// traceImage records a picture an image rule proposed, its credit as the
// article will hold it (without its label, see creditValue).
func (d *doc) traceImage(rule string, img article.Image) {
	if d.trace.on() {
		d.trace.add("images", rule, img.URL+" | "+img.Caption+" | "+d.creditValue(img.Credit), true)
	}
}
