package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
)

// This file reads a picture's caption and credit: where templates put
// them beside the picture, and which element holds which; how a caption's
// text splits into the two is in imagecredits.go.

// captionedImage reads an <img> outside any figure whose picture block
// (the image with the wrappers that hold nothing else: <picture>, a
// link, "<div class=image>") is followed by a caption element: one named
// so ("<p class=caption>", "<div class=image-meta><div
// class=image-caption>"), or a <figcaption>. Some templates put the
// caption before the picture; not the caption that follows another
// picture.
func (d *doc) captionedImage(img *html.Node) (article.Image, bool) {
	at := pictureBlock(img)
	if at != img && findFirst(at, atom.Img) != img && oneImageShown(at) {
		return article.Image{}, false // a later crop of the block's one picture
	}
	capNode := d.captionAfter(at)
	if capNode == nil {
		capNode = captionCell(at)
	}
	if capNode == nil {
		capNode = d.captionRow(at)
	}
	if capNode == nil {
		capNode = d.pictureParagraph(at)
	}
	if capNode == nil {
		capNode = d.describedBy(img)
	}
	if capNode == nil {
		capNode = d.heroCaption(at)
	}
	if capNode == nil {
		capNode = plainSibling(at, false)
		if capNode == nil || !hasAny(d.tokensOf(capNode), d.w.captionWords) || showsImage(plainSibling(capNode, false)) {
			if im, ok := d.dataCaptioned(img, at); ok || d.slideCaptionAfter(at) == nil {
				return im, ok
			}
			capNode = d.slideCaptionAfter(at)
		}
	}
	src := d.resolveURL(bestImageURL(img))
	if src == "" || teaserTitle(img, at, capNode) || d.logoImage(img, src) || d.avatarImage(img) {
		return article.Image{}, false
	}
	im := article.Image{URL: src}
	im.Caption, im.Credit = d.captionAndCredit(capNode)
	// The credit in an element of its own after the caption:
	// "<p class=caption>...</p><span class=credit>Photo: ...</span>". It
	// is the credit even when the caption's text ends on a bracket that
	// read as one ("… (Arkivfoto)": a note, which stays in the caption).
	// Each may sit in a plain wrapper of its own (bodywrap.go).
	if next := lineAfter(capNode); next != nil && (hasAny(d.tokensOf(next), creditWords) || d.photoAuthor(next) || d.labelledCreditLine(next)) {
		if c := cleanCredit(d.unlabelledText(next)); c != "" && (im.Credit == "" || d.creditElem(capNode) == nil) {
			if full := galleryCounterFree(squash(visibleText(capNode))); im.Credit != "" && strings.HasSuffix(full, "("+im.Credit+")") {
				im.Caption = full // the bracket was a note, not the credit
			}
			im.Credit = c
		}
	}
	if c := d.creditRow(capNode); c != nil && im.Credit == "" {
		im.Credit = cleanCredit(d.unlabelledText(c))
	}
	if im.Caption == "" {
		im.Caption = d.captionNearCredit(at, capNode)
	}
	return im, im.Caption != "" || im.Credit != ""
}

// captionCell returns the table cell that frames a picture with its
// caption, the idiom of pages older than <figure>: "<table><tr><td><img>
// <br>The caption</td></tr></table>", a table of one or two cells whose
// cell holds the one picture and a short text. Right on one tune page
// (four captions) and one aeb check page; general because it is the
// markup editors and old CMSs wrote captions in, and a layout table of
// more cells is left alone.
func captionCell(at *html.Node) *html.Node {
	td := at.Parent
	if td == nil || td.DataAtom != atom.Td && td.DataAtom != atom.Th || countImages(td) != 1 {
		return nil
	}
	table := td
	for table != nil && table.DataAtom != atom.Table {
		table = table.Parent
	}
	if table == nil || cellsOver(table, 2) {
		return nil
	}
	if t := squash(visibleText(td)); textOver(t, 300) || tooFewWords(t) {
		return nil
	}
	return td
}

// cellsOver reports whether table holds more than max cells; it stops
// counting there (a layout table framing a whole page is large).
func cellsOver(table *html.Node, max int) bool {
	n := 0
	return findElem(table, func(c *html.Node) bool {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			n++
		}
		return n > max
	}) != nil
}

// pictureBlock returns the highest ancestor of img (img itself at least)
// that holds no text and no other picture: the picture with its wrappers.
// An <img> whose only source is an inline data: placeholder (a lazy
// loader's blurred preview set beside the real <picture>) shows no
// picture of its own. Right on one annotated tune page (four captions);
// general because an inline placeholder is the low-quality preview such
// loaders write on any site, never a second picture.
//
// The picture test comes first and stops at a second picture: on a wall
// of n pictures without text, reading the whole container for text once
// per picture was quadratic (8,000 pictures: 3.3 s).
func pictureBlock(img *html.Node) *html.Node {
	at := img
	for p := at.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
		if morePictures(p) && !oneImageShown(p) || hasTextBesideControls(p) {
			break
		}
		at = p
	}
	// The block is the element the plain wrappers around it hold
	// (bodywrap.go): its name and attributes say what it is, and the
	// sibling reads (plainSibling) look past the wrappers.
	return unwrapPlain(at)
}

// morePictures reports whether n holds two <img> elements or more that
// name a picture (not an inline placeholder alone).
func morePictures(n *html.Node) bool {
	k := 0
	return findElem(n, func(c *html.Node) bool {
		if c.DataAtom == atom.Img && bestImageURL(c) != "" {
			k++
		}
		return k > 1
	}) != nil
}

// captionAfter returns the caption element right after a picture block:
// its next visible sibling when that is a <figcaption> or is named as a
// caption or credit, or a short sibling holding such an element.
func (d *doc) captionAfter(at *html.Node) *html.Node {
	next := plainSibling(at, true)
	// Past <br> and scripts only. Stepping over empty placeholders too
	// ("<div class=img__preloader></div>") helped both halves of the
	// first annotations and then cost 13 false captions on the second
	// check batch (captions 0.806 / 0.831 -> 0.806 / 0.692), so it went.
	for next != nil && (isInvisibleAtom(next.DataAtom) || next.DataAtom == atom.Br) {
		next = plainSibling(next, true)
	}
	if next == nil || showsImage(next) || textBetween(at, next) {
		return nil // "<img><br>The skipper called it <em>…</em>": prose, no caption
	}
	// An empty placeholder (a lazy loader's spinner, a player's overlay)
	// between the picture and an element named as its caption or credit
	// ("<img><div class=overlay></div><p class=credits>Foto: X</p>"): only
	// a <figcaption> or an element so named will do past it, none of the
	// looser tests below (stepping over placeholders for all of them, tried
	// before, read other blocks as captions on check pages). Right on one
	// annotated tune page (three pictures) and one check caption; general as
	// lazy loaders put one after every picture and a caption must name itself.
	if placeholder(next) {
		after := plainSibling(next, true)
		for after != nil && (isInvisibleAtom(after.DataAtom) || placeholder(after)) {
			after = plainSibling(after, true)
		}
		if after != nil && !showsImage(after) && (after.DataAtom == atom.Figcaption || hasAny(d.tokensOf(after), d.w.captionWords) || creditNamed(d.tokensOf(after))) && !textBetween(at, after) {
			return after
		}
	}
	text := visibleText(next)
	// "<img><p><em>Light a Wish by OGE Group</em></p>", "<img><br>
	// <em>The best new character.</em>": a short line set in italics
	// right under the picture, as blog editors write captions. Right on
	// three annotated tune pages.
	if d.captionLine(next, text) || d.repeatsAlt(at, next, text) {
		return next
	}
	if next.DataAtom == atom.Figcaption || hasAny(d.tokensOf(next), d.w.captionWords) || creditNamed(d.tokensOf(next)) {
		return next
	}
	if textUnder(text, 400) {
		if c := d.namedCaptionIn(next); c != nil {
			return c
		}
		// "<img><div class=attribute-candc><div class=copyright><p>©
		// DTB</p></div></div>": a short block right after the picture
		// holding an element named as its credit. Brightspot's slides
		// name it the attribution ("<div class=CarouselSlide-info><div
		// class=CarouselSlide-infoDescription>…</div><div
		// class=CarouselSlide-infoAttribution>…</div>"), as creditElem
		// reads the word inside a caption.
		if c := d.findByWord(next, "credit", "copyright", "rights", "attribution"); c != nil && hasText(c) {
			return next
		}
		// "<div class=media__footer><span data-role=title>…</span><span
		// data-role=copyright>…</span></div>": a short block after the
		// picture whose part is named as its credit.
		if roleCredit(next) != nil {
			return next
		}
	}
	if d.mediaBoxLine(at, next, text) || d.centredCaption(at, next, text) || listedPicture(at, next, text) {
		return next
	}
	// "<dt><img></dt><dt><strong></strong></dt><dd>Photo : X</dd>": the
	// list's title term left empty, its description after it
	if after := plainSibling(next, true); at.DataAtom == atom.Dt && next.DataAtom == atom.Dt && !hasText(next) && after != nil && listedPicture(at, after, visibleText(after)) {
		return after
	}
	return nil
}

// listedPicture reports whether next is the caption of a picture framed
// by a definition list: "<dl><dt><img></dt><dt>Title</dt><dd>Photo:
// X</dd></dl>", the picture alone in the list's first term and short
// terms or definitions after it (SPIP's dl.spip_documents, HTML 4
// galleries and caption plugins); not a teaser card laid out so ("<a
// class=prev><dl><dt><img></dt><dd>Title</dd></dl></a>"), which links to
// its story.
func listedPicture(at, next *html.Node, text string) bool {
	dl := at.Parent
	return at.DataAtom == atom.Dt && (next.DataAtom == atom.Dt || next.DataAtom == atom.Dd) && dl != nil &&
		dl.DataAtom == atom.Dl && firstElemChild(dl) == at && countImages(dl) == 1 && len(text) < 300 && hasText(next) &&
		findFirst(next, atom.A) == nil && findAncestor(dl, atom.A) == nil // a teaser card links to its story
}

// mediaBoxLine reports whether next, the element after a picture at in
// its box, is the picture's caption line (see captionAfter):
// "<div class=image><img><p>The caption. (Agency)</p></div>": a
// picture's box whose only text is one paragraph after the picture,
// no link in it (a teaser card's title is one), ending on its credit
// in brackets. Right on one annotated tune page and changes no other
// development page; general because it asks for three things no
// site's class supplies: a box named for a picture, nothing else in
// it, and the bracketed credit wire captions end on. The line may be
// a <span> ("<div class=photo><img><span>…（記者X攝）</span></div>",
// as Taiwanese and other Asian papers' templates print it): the same
// three tests hold it.
func (d *doc) mediaBoxLine(at, next *html.Node, text string) bool {
	p := at.Parent
	if p == nil || next.DataAtom != atom.P && next.DataAtom != atom.Div && next.DataAtom != atom.Span || plainSibling(next, true) != nil || findFirst(next, atom.A) != nil || textOver(text, 399) {
		return false
	}
	if !d.isMediaBox(p) {
		return d.labelledCaptionLine(text)
	}
	if t := text; strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）") || d.creditLabelAt(t) > 0 || d.labelledCreditAlone(t) {
		if d.endsOnCredit(t) {
			return true
		}
	}
	// "<div class=news-item-image><img><div>The weir at noon.</div>
	// </div>": the caption's sentence alone, its credit not printed,
	// when the line is all the text the picture's box holds
	if d.boxCaptionSentence(p, text) || d.emptyCreditSlot(p, next, text) {
		return true
	}
	// "…<div class=photo-desc>The tram. <small>fot. Jane Doe</small>
	// </div>": the credit in an element of its own at the line's end
	// (smallCredit) opening with a credit label, which the text alone
	// does not part from the caption when the label needs punctuation
	// before it ("fot. ").
	if textUnder(text, 400) && smallCredit(next) != nil && d.labelledCreditLine(smallCredit(next)) {
		return true
	}
	return false
}

// labelledCaptionLine reports whether text, the last line of a
// picture's box of any name after the picture, is a caption ending on
// its labelled credit ("<div class=slide><img><div class=slide__text>
// The weir at noon. Foto: Jane Doe</div></div>"), as gallery plugins
// and photo-story templates print each picture's line: a sentence, then
// a credit label of the lexicon and the credit (splitCredit). A bracket
// alone will not do here, as mediaBoxLine takes it only in a box named
// for a picture: prose may end on a bracket, rarely on "Photo: X". The
// labelled credit alone is the line too: the caption before it left
// empty, as a caption element goes on printing the credit.
func (d *doc) labelledCaptionLine(text string) bool {
	t := galleryCounterFree(text)
	if d.labelledCreditAlone(t) {
		// the labelled credit alone ("Фото: Jane Doe"): the box's
		// caption left empty, its credit printed all the same (not a
		// copyright sign's line, "© 2012 Agency", as often a notice
		// beside a teaser's or a widget's picture)
		return true
	}
	if d.creditLabelAt(t) <= 0 {
		return false
	}
	caption, credit := d.splitCredit(t)
	return credit != "" && !tooFewWords(caption)
}

// namedCaptionIn returns the element in a short block after a picture
// named as its caption: in English words, else in the page's language
// ("<span class=foto-overlay><span class=foto-pie>…</span>", "<div
// class=media-info><p class=legende>…</p>"), the lexicon's caption class
// words as for the block itself in captionAfter.
func (d *doc) namedCaptionIn(next *html.Node) *html.Node {
	if c := d.findByWord(next, "caption", "cutline", "legend"); c != nil {
		return c
	}
	if c := findElem(next, func(c *html.Node) bool { return d.captionClassed(d.tokensOf(c)) }); c != nil && hasText(c) {
		return c
	}
	return nil
}

// placeholder reports an empty element standing in for something a
// script fills (a lazy loader's spinner): no children at all, and no
// rule or break of the page's own.
func placeholder(n *html.Node) bool {
	return n.FirstChild == nil && n.DataAtom != atom.Hr && n.DataAtom != atom.Br && n.DataAtom != atom.Img
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

// leadCredit returns a caption element's first child when it is a short
// credit line set before the caption's text: "<figcaption><div>©5
// Minuten</div> Spezialisiert auf …</figcaption>", "<span>© midi</span>
// <p>Das Lebensgefühl …</p>". Only space may come before it, and text
// must follow it.
func (d *doc) leadCredit(capNode *html.Node) *html.Node {
	c := firstElemChild(capNode)
	if c == nil {
		return nil
	}
	for p := capNode.FirstChild; p != c; p = p.NextSibling {
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	t := squash(visibleText(c))
	if len(t) > 80 || wordCount(strings.Trim(t, "©: ")) == 0 || !strings.HasPrefix(t, "©") && d.creditLabelAt(t) != 0 {
		return nil
	}
	// a caption of three words or more follows (else the credit alone,
	// or a name split from its sign: "<span>©</span> Jane Doe")
	if rest := strings.Replace(squash(visibleText(capNode)), t, "", 1); wordCount(rest) < 3 {
		return nil
	}
	return c
}

// captionAndCredit reads a caption element: the credit is an element in it
// named so, else the credit written at the caption's end.
func (d *doc) captionAndCredit(capNode *html.Node) (caption, credit string) {
	cn := d.creditElem(capNode)
	if cn == nil {
		// schema.org's own credit properties (right on one annotated
		// tune page; general because they are the vocabulary, not a
		// site's classes).
		cn = findItemprop(capNode, creditItemprops...)
	}
	for _, part := range [...]func(*html.Node) *html.Node{roleCredit, smallCredit, d.leadCredit, d.labelledCredit, d.photographerPart, d.partCredit, d.labelledLastPart} {
		if cn == nil {
			cn = part(capNode)
		}
	}
	if cn != nil {
		credit = visibleText(cn)
	}
	text := d.withoutControl(capNode, visibleText(capNode))
	if credit != "" {
		// The credit's element, glued to the caption's text or not; a
		// label in an element of its own before the name ("<span>
		// Credit...</span><span>Jane Doe/The Times</span>") is not the
		// credit.
		// The credit's own words may stand in the caption before it too
		// ("A Gridwell battery …" credited "Gridwell"): a credit
		// ending the text is cut at the end.
		rest := strings.Replace(text, credit, "", 1)
		if t := strings.TrimSpace(text); strings.Count(t, credit) > 1 && strings.HasSuffix(t, credit) {
			rest = t[:len(t)-len(credit)]
		}
		caption = onceOnly(galleryCounterFree(strings.TrimRight(squash(rest), " ©|")))
		return caption, cleanCredit(d.unlabelledText(cn))
	}
	text = onceOnly(galleryCounterFree(text))
	if c := shownAttrCredit(capNode, text); c != "" { // the credit ends text: cut there, not where its words first stand
		t := strings.TrimRight(text, " .")
		return strings.TrimRight(squash(t[:len(t)-len(c)]), " |-–—/"), cleanCredit(c)
	}
	if d.wholeCredit(text) {
		return "", cleanCredit(d.labelElemFree(capNode, text)) // "Instagram (Screenshot)": all of it the credit
	}
	if d.creditAlone(text) {
		return "", cleanCredit(strings.Trim(text, "[]（）"))
	}
	caption, credit = d.splitCredit(text)
	if credit == "" && hasAny(d.tokensOf(capNode), creditWords) && !d.captionClassed(d.tokensOf(capNode)) {
		// An element named as the credit ("photographer", "copyright")
		// holds the credit, or the caption with the credit in its last
		// bracket. Right on two annotated tune pages and on logo grids of
		// the trafilatura tune half; general because the element's own
		// name says what it holds.
		if i := strings.LastIndex(caption, "("); i > 0 && strings.HasSuffix(caption, ")") {
			return strings.TrimSpace(caption[:i]), cleanCredit(caption[i:])
		}
		return "", cleanCredit(caption)
	}
	if credit == "" && d.wholeCredit(caption) {
		return "", cleanCredit(caption)
	}
	if credit != "" && d.isCreditLabel(caption) {
		// "Foto: © Jane Doe" split at the sign leaves a label alone.
		return "", cleanCredit(caption + " " + credit)
	}
	return caption, cleanCredit(credit)
}

// creditItemprops are schema.org's properties of a picture's credit, lower
// case (ImageObject creditText, copyrightHolder, creator, ...).
var creditItemprops = []string{"copyrightholder", "creator", "author", "credittext", "copyrightnotice"}

// findItemprop returns the first descendant of n whose itemprop is one
// of props (lower case).
func findItemprop(n *html.Node, props ...string) *html.Node {
	return findElem(n, func(c *html.Node) bool {
		for _, f := range strings.Fields(strings.ToLower(attr(c, "itemprop"))) {
			if slices.Contains(props, f) {
				return true
			}
		}
		return false
	})
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

// roleCredit returns the first element under n whose data-role names a
// credit ("copyright", "credit"): templates that style by data attributes
// name the parts of a caption so. Right on one annotated tune page and
// changes no other development page; general because data-role is an
// attribute's standard use (ARIA-like roles for scripts and styles), and
// only the words credit and copyright count.
func roleCredit(n *html.Node) *html.Node {
	return findElem(n, func(c *html.Node) bool {
		switch strings.ToLower(attr(c, "data-role")) {
		case "copyright", "credit", "photo-credit", "image-credit":
			return true
		}
		return false
	})
}

// smallCredit returns a <small> or a <cite> that ends a caption and holds
// a few words ("<figcaption>The pier at dawn. <small>Jane Doe</small>
// </figcaption>"): HTML's elements for side comments such as attribution
// and for naming a source, as figureCredit reads a <cite> beside the
// caption. A <cite> names a work too ("Bogart in <cite>Casablanca</cite>"):
// it is the credit only after the caption's sentence or a separator, or
// after the caption's part left empty.
func smallCredit(capNode *html.Node) *html.Node {
	last := lastPart(capNode)
	if last == nil || last.Type != html.ElementNode || last.DataAtom != atom.Small && last.DataAtom != atom.Cite || last == capNode.FirstChild {
		return nil
	}
	if n := len(strings.Fields(visibleText(last))); n == 0 || n > 8 {
		return nil
	}
	before := strings.TrimSpace(strings.TrimSuffix(squash(visibleText(capNode)), squash(visibleText(last))))
	if last.DataAtom == atom.Cite && !strings.ContainsAny(lastRune(before), ".!?)|/–—-:") && (before != "" || !emptyPartBefore(last)) {
		return nil
	}
	return last
}

// italicLine reports whether n, whose visible text is t, is a short line
// (at most 15 words, no link) whose whole text is set in one <em> or <i>,
// or that is itself an <em>, <i> or <small> straight under the picture:
// not a pull quote (in quotation marks) nor a date line ("April 3,
// 2019"). A longer italic paragraph under a picture is more often a
// standfirst or an editor's note, and would leave the body as a caption.
func italicLine(n *html.Node, t string) bool {
	// "<img><br><em>…</em>": an italic run straight under the picture in
	// the same block may be a long caption; a paragraph of its own in
	// italics, more than 15 words, is a standfirst or an editor's note.
	limit := 15
	if styledAtom(n.DataAtom) {
		limit = 60
	}
	if t == "" || wordCount(t) > limit || findFirst(n, atom.A) != nil {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("\"“„«'‘", r) {
		return false
	}
	if wordCount(t) <= 4 && strings.ContainsAny(t, "0123456789") {
		return false
	}
	it := n
	if !styledAtom(n.DataAtom) {
		// (small print counts only straight under the picture, in its
		// block: a paragraph of its own in <small> is as often a note
		// or a post's meta line as a caption)
		it = findElem(n, func(c *html.Node) bool { return c.DataAtom == atom.Em || c.DataAtom == atom.I })
	}
	return it != nil && visibleText(it) == t
}

// repeatsAlt reports whether next, the element right under the picture
// block at (visible text t), repeats the picture's alt text (with a
// credit after it or not): "<img
// alt="Inverted 'T' keys"><span class=small>Inverted 'T' keys</span>".
// Editors who write a caption give the picture the same words as its
// description, whatever the site's markup; a teaser card's title under its
// picture is a link or a heading, which this asks not to be.
func (d *doc) repeatsAlt(at, next *html.Node, t string) bool {
	if len(t) < 12 || textOver(t, 300) || findFirst(next, atom.A) != nil || isHeadingNode(next) || findElem(next, isHeadingNode) != nil {
		return false
	}
	img := at
	if img.DataAtom != atom.Img {
		img = findFirst(at, atom.Img)
	}
	if img == nil || cardLink(at) || cardLink(findFirst(at, atom.A)) || cardLink(findAncestor(at, atom.A)) {
		return false // a picture linked to another page: a card, its title under it
	}
	alt := squash(attr(img, "alt"))
	if strings.EqualFold(alt, squash(t)) {
		return true
	}
	// "Benchmark results" as alt, "Benchmark results for the new
	// laptop" under it: the caption's phrase goes on from the alt text
	// (three words at least) in lower case; a capital after the alt
	// starts another line glued to it (a subheading in the same <b>).
	// Right on one annotated tune page; general for the same reason as
	// the alt repeated whole. Not prose opening with the alt's words:
	// at most 15 words, as italicLine counts a caption line.
	if st := squash(t); wordCount(alt) >= 3 && wordCount(st) <= 15 && len(st) > len(alt)+1 && strings.EqualFold(alt+" ", st[:len(alt)+1]) {
		if r, _ := utf8.DecodeRuneInString(st[len(alt)+1:]); unicode.IsLower(r) {
			return true
		}
	}
	// "… Lee Elder. | © Ric Clarson/PGA TOUR Archive": the alt text and
	// the credit after it
	caption, credit := d.splitCredit(t)
	return credit != "" && strings.EqualFold(alt, squash(caption))
}
