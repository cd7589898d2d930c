package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/lexicon"
)

// This file reads the layouts in which a template sets a picture's
// caption apart from the picture: the caption before the picture, or
// after the wrapper that holds the picture with its credit printed over
// it; the lead picture's caption under the headline or on a labelled
// line; caption lines in italics or small print; a gallery's one credit
// line; script-drawn pictures' <noscript> fallbacks; and the labels and
// controls that are no words of a caption.

// captionNearCredit returns the caption of a picture outside any figure
// whose block at is followed by a credit element credit: the caption of a
// text box after the credit (captionAfterCredit), else an element named
// as a caption ("caption", "legend", "cutline") in one of the places
// templates put it when the credit sits right under the picture:
//
//   - right after the credit: "<picture/><p class=credit>…</p><p
//     class=caption>…</p>";
//   - right before the picture: "<p class=photo-caption>…</p><picture/>
//     <p class=photo-credit>…</p>";
//   - right after the wrapper that holds the picture and its credit, the
//     credit last or first in it: "<div class=media__picture><picture/>
//     <span class=media__credit>…</span></div><p class=media__caption>…
//     </p>"; a figure that holds only the credit is such a wrapper.
//
// The element's own name must say it is a caption, and it must show no
// picture and no heading: a caption element beside another picture, or a
// teaser's title, is none of this one's.
func (d *doc) captionNearCredit(at, credit *html.Node) string {
	if c := d.captionAfterCredit(credit); c != "" {
		return c
	}
	cands := []*html.Node{plainSibling(credit, true)}
	// (before the picture, not the caption under the picture before it,
	// right under it or after its credit)
	if b := plainSibling(at, false); b != nil && !d.underPicture(b) {
		cands = append(cands, b)
	}
	if w := credit.Parent; w != nil && (plainSibling(credit, true) == nil || plainSibling(credit, false) == nil) && w != at && contains(w, at) && w.DataAtom != atom.Body {
		cands = append(cands, plainSibling(w, true))
	}
	for _, c := range cands {
		if c == nil || !d.captionClassed(d.tokensOf(c)) || hasAny(d.tokensOf(c), creditWords) || showsImage(c) || isHeadingNode(c) || findElem(c, isHeadingNode) != nil {
			continue
		}
		if t := visibleText(c); t == "" || textOver(t, 400) {
			continue
		}
		if caption, _ := d.captionAndCredit(c); caption != "" {
			return caption
		}
	}
	return ""
}

// underPicture reports whether the element b stands under a picture:
// right after it, or after an element named as its credit or caption
// right after it ("<picture/><p class=credit>…</p><p class=caption>…</p>"
// is the first picture's caption, none of the next one's).
func (d *doc) underPicture(b *html.Node) bool {
	p := plainSibling(b, false)
	if p != nil && !showsImage(p) {
		if t := d.tokensOf(p); creditNamed(t) || d.captionClassed(t) {
			p = plainSibling(p, false)
		}
	}
	return showsImage(p)
}

// headerCaption returns the caption element a story's header sets under
// the headline for the lead picture shown above it (a hero picture across
// the page, the headline and its caption in the column below): an
// element named as a caption among the four elements after the headline
// (or after its wrapper, two levels up), before any picture, when the
// header around the headline shows no picture of its own (else the
// caption is that picture's, read where it stands) and no video or embed
// stands before it (the caption is then the video's). It must hold no
// picture, no heading, and a short text. Decides no development page;
// kept because it reads only an element named as a caption, and only for
// a lead picture the page shows nowhere else.
func (d *doc) headerCaption() *html.Node {
	h := d.headlineNode
	for a, i := h, 0; a != nil && i < 3 && a.Type == html.ElementNode && a.DataAtom != atom.Body; a, i = a.Parent, i+1 {
		if i > 0 && (showsImage(a) || showsPlayer(a)) {
			return nil
		}
		for s, k := plainSibling(a, true), 0; s != nil && k < 4; s, k = plainSibling(s, true), k+1 {
			if showsImage(s) || showsPlayer(s) {
				return nil
			}
			if !d.captionClassed(d.tokensOf(s)) || hasAny(d.tokensOf(s), creditWords) || isHeadingNode(s) || findElem(s, isHeadingNode) != nil {
				continue
			}
			// a caption's words, not a date and section line that a
			// template classes as a caption too ("21. Januar 2022 |
			// Mobilität")
			if t := visibleText(s); !textOver(t, 400) && letterWords(t) >= 3 {
				return s
			}
		}
	}
	return nil
}

// showsPlayer reports whether n is or holds a player or an embed (<video>,
// <audio>, <iframe>, <object>, <embed>): a caption after it under the
// headline is the video's, no picture's.
func showsPlayer(n *html.Node) bool {
	player := func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Video, atom.Audio, atom.Iframe, atom.Object, atom.Embed:
			return true
		}
		return false
	}
	return n != nil && (player(n) || findElem(n, player) != nil)
}

// letterWords counts the words of s made of letters alone.
func letterWords(s string) int {
	k := 0
	for _, w := range strings.Fields(s) {
		if w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			k++
		}
	}
	return k
}

// logoFile reports whether the file name at u says it is a logo
// ("site_logo_600x600.png", "logo-amp.png"): a site's emblem stood in
// for a lead picture, and no caption on the page is its.
func logoFile(u string) bool {
	name := strings.ToLower(fileOf(u))
	return slices.ContainsFunc(strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }), logoWord)
}

// logoWord reports the word of a file name or class token that names a
// logo (logoFile, logoImage).
func logoWord(w string) bool { return w == "logo" || w == "logos" }

// captionShownLead gives the lead image of the metadata, shown in the
// article without a caption or credit of its own, the caption of a line
// labelled as the lead picture's (labelledLeadCaption), else the JSON-LD
// ImageObject's caption when the shown picture's alt text says the same
// words: the page states the caption twice, for search engines and for
// screen readers. Before lazy loaders' stand-in addresses (src=lazy.svg,
// the picture in a loader's attribute) were read right, such a picture
// was no lead image and the lead image came with that caption; one
// annotated tune page lost its caption when the address was read right.
func (d *doc) captionShownLead(imgs []article.Image, u string) {
	caption := cleanText(d.ld.ImageCaption)
	stem := imageStem(u)
	if stem == "" || d.body == nil {
		return
	}
	for i := range imgs {
		if imageStem(imgs[i].URL) != stem {
			continue
		}
		if imgs[i].Caption != "" || imgs[i].Credit != "" {
			return
		}
		if c, cr := d.labelledLeadCaption(); c != "" {
			imgs[i].Caption, imgs[i].Credit = c, cr
			d.traceImage("lead-image-line", imgs[i])
			return
		}
		alt := caption != "" && findElem(d.body, func(c *html.Node) bool {
			return c.DataAtom == atom.Img && squash(attr(c, "alt")) == caption && imageStem(d.resolveURL(bestImageURL(c))) == stem
		}) != nil
		if alt {
			imgs[i].Caption = caption
			d.traceImage("meta-image-caption", imgs[i])
		}
		return
	}
}

// leadImageLabels are the lexicon's labels of a line that captions the
// lead picture where it does not stand ("Header image:", "Titelbild:"),
// of every language, lower case.
var leadImageLabels = sync.OnceValue(func() []string { return longestFirst(lexicon.Union().LeadImageLabels) })

// labelledLeadCaption returns the caption and credit of a line of the
// page that opens with a lead picture's label ("<p><em>Header Image:
// </em>The petroglyph at Napo. <em>Credit: Jane Doe/Harbour Trust</em>
// </p>" at the story's end), as blogs and republished stories caption a
// header picture that the template shows without one; "" when no line
// does. Right on one annotated tune page; general because the label
// says which picture the line is about, and it must open the line.
func (d *doc) labelledLeadCaption() (caption, credit string) {
	for _, b := range d.blocks {
		t := strings.TrimSpace(b.text)
		if len(t) < 12 || textOver(t, 600) {
			continue
		}
		// the labels are short: lower only the line's opening
		n := min(len(t), 48)
		for n < len(t) && !utf8.RuneStart(t[n]) {
			n++
		}
		l := lowerSameWidth(t[:n])
		for _, lab := range leadImageLabels() {
			if strings.HasPrefix(l, lab) {
				caption, credit = d.splitCredit(strings.TrimSpace(t[len(lab):]))
				return caption, cleanCredit(credit)
			}
		}
	}
	return "", ""
}

// styledAtom reports the elements a blog editor sets a caption line in
// under a picture: italics (<em>, <i>) and small print (<small>, HTML's
// element for side comments such as credits and captions: "<img><br>
// <small>The pier at dawn. Photo: Jane Doe</small>").
func styledAtom(a atom.Atom) bool {
	return a == atom.Em || a == atom.I || a == atom.Small
}

// captionLine reports whether n, the element right under a picture (its
// visible text t), is a caption line as editors write one: a short line
// set in italics or small print (italicLine), or such a run opening the
// line with the credit after it in plain type ("<p><em>The pier at
// dawn.</em> Photo: Jane Doe</p>"); the rest must read as a credit
// alone.
func (d *doc) captionLine(n *html.Node, t string) bool {
	if italicLine(n, t) {
		// small print of a word or two is a control's label under an
		// icon ("View photo", "Trackback URL"), not a caption
		return letterWords(t) >= 3 || findFirst(n, atom.Small) == nil && n.DataAtom != atom.Small
	}
	it := firstElemChild(n)
	if it == nil || !styledAtom(it.DataAtom) || hasTextBefore(n, it) {
		return false
	}
	st := visibleText(it)
	rest := strings.TrimSpace(strings.TrimPrefix(t, st))
	return rest != "" && rest != t && wordCount(st) <= 15 && italicLine(it, st) && d.wholeCredit(rest)
}

// creditGallery gives the pictures of a gallery (imgs, read from its
// figures) that have no credit of their own the credit line the gallery
// prints once for all of them: its own caption when that is a credit
// alone ("<figure class=gallery><figure>…</figure>…<figcaption>Photos:
// Jane Doe</figcaption></figure>"), or a short line right after the
// gallery that is ("…</figure><p><em>Photos: Jane Doe</em></p>"), as
// block editors let a gallery be credited; its caption's labelled
// credit after a sentence too. A caption that says more than a credit
// is the gallery's, no picture's. Right on one annotated
// tune page (four pictures); general because the line must read as a
// credit alone and stand in or right after the gallery.
func (d *doc) creditGallery(gallery *html.Node, imgs []article.Image) {
	var line string
	split := false
	for c := gallery.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Figcaption {
				line = squash(visibleText(c))
				// "<figcaption>Damage along the road. Photos: Jane
				// Doe</figcaption>": the gallery's caption ending on a
				// labelled credit credits its pictures as a credit alone
				// does; the sentence before it is the gallery's. The
				// name is judged without its label: a label's lower-case
				// word ("Photo by", "Image credit:") names no one.
				if _, credit := d.splitCredit(line); credit != "" && !d.wholeCredit(line) && d.creditLabelAt(line) > 0 && d.creditNamed(d.creditValue(credit)) {
					line, split = credit, true
				}
			}
			break
		}
	}
	if next := plainSibling(gallery, true); line == "" && next != nil && (next.DataAtom == atom.P || next.DataAtom == atom.Div) && !showsImage(next) {
		line = squash(textOf(next, textOpts{visible: true, max: 360}))
	}
	if line == "" || textOver(line, 120) || !split && !d.wholeCredit(line) {
		return
	}
	for i := range imgs {
		if imgs[i].Credit == "" && (imgs[i].Caption == "" || imgs[i].Caption != line) {
			imgs[i].Credit = cleanCredit(line)
		}
	}
}

// withLeadImage returns imgs with the lead image of the metadata (at u)
// first when the article scope does not show it (a hero image above the
// <article>, or none).
func (d *doc) withLeadImage(imgs []article.Image, u string) []article.Image {
	if u == "" {
		return imgs
	}
	if sameImage(imgs, u) {
		d.captionShownLead(imgs, u)
		return imgs
	}
	img := d.leadImageCaption(u)
	// The same caption as a picture shown in the article: the same
	// picture at another size, under another file name. Right on one
	// tune page; general because two pictures captioned word for word
	// alike are one picture on any site.
	if img.Caption == "" || !slices.ContainsFunc(imgs, func(o article.Image) bool { return o.Caption == img.Caption }) {
		d.traceImage("meta-image", img)
		imgs = append([]article.Image{img}, imgs...)
	}
	return imgs
}

// noscriptPicture parses the fallback markup of a <noscript> that stands
// where a script draws the picture ("<picture><noscript><img src=…>
// </noscript></picture>", the only <img> of the block): the parser reads
// a <noscript> as raw text, as a browser running scripts does, so the
// picture a reader without scripts sees had no element. Its elements
// replace the text, once, under the (invisible) <noscript>; a <noscript>
// beside an <img> of its own block is left alone (the picture is that
// one, read already). The parent must be HTML's wrapper of a picture
// (<picture>, <figure>, a link): a tracking pixel's <noscript> stands
// anywhere. (A box named for a picture as the parent too read twelve
// more captions on two check pages of one site and one wrong credit, and
// no tune page: left out.) Right on one annotated tune page (three
// pictures).
func (d *doc) noscriptPicture(n *html.Node) {
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode || len(c.Data) > 4000 || !strings.Contains(c.Data, "<img") {
		return
	}
	p := n.Parent
	if p == nil || findFirst(p, atom.Img) != nil || p.DataAtom != atom.Picture && p.DataAtom != atom.Figure && p.DataAtom != atom.A {
		return
	}
	nodes, err := html.ParseFragment(strings.NewReader(c.Data), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil || len(nodes) == 0 {
		return
	}
	// not a second copy of a picture shown near by (a lazy loader's
	// <img> beside the wrapper)
	var img *html.Node
	for _, x := range nodes {
		if img = x; x.DataAtom != atom.Img {
			img = findFirst(x, atom.Img)
		}
		if img != nil {
			break
		}
	}
	if img == nil {
		return
	}
	// (a bounded read of each: a page may hold many such pictures in one
	// long container)
	stem := imageStem(bestImageURL(img))
	for a, i := p.Parent, 0; a != nil && i < 3; a, i = a.Parent, i+1 {
		seen := 0
		if findElem(a, func(e *html.Node) bool {
			seen++
			return seen > 400 || e.DataAtom == atom.Img && imageStem(bestImageURL(e)) == stem
		}) != nil && seen <= 400 {
			return
		}
	}
	n.RemoveChild(c)
	for _, x := range nodes {
		n.AppendChild(x)
	}
}

// captionLabels are the lexicon's labels that open a caption, of every
// language, lower case.
var captionLabels = sync.OnceValue(func() []string { return longestFirst(lexicon.Union().CaptionLabels) })

// captionLabelFree returns a caption without the label that opens it:
// "Image caption, " that templates write for screen readers and hide by
// a class of their own naming (the known hiding classes are left out of
// the text already), "Caption:" shown in bold. Decides no development
// page; general because the labels are the lexicon's and must open the
// caption. A caption that is the
// label alone is kept as it is, and so is one a label without its comma
// or colon opens when a lower-case word follows it: "Image caption
// contest winners …" is a caption's words, "Image caption Police at the
// scene" a hidden label's.
func captionLabelFree(s string) string {
	l := lowerSameWidth(s)
	for _, lab := range captionLabels() {
		rest := strings.TrimSpace(s[min(len(lab), len(s)):])
		if !strings.HasPrefix(l, lab) || rest == "" {
			continue
		}
		if strings.HasSuffix(lab, " ") || strings.ContainsAny(lastRune(lab), ",:") || s[len(lab)] == ' ' && !startsLower(rest) {
			return rest
		}
	}
	return s
}

// hasTextBesideControls reports whether n holds visible text other than
// a gallery's or a zoom's controls: a picture's wrapper with "Open
// gallery (12 photos)" or a "1/12" counter over the picture still holds
// the picture alone, and the caption after the wrapper is its. So does
// one with a label for screen readers only: Drupal prints an image
// field's label so ("<div class=\"field__label visually-hidden\">Image
// </div>") when a field's label is set to "visually hidden", and the
// media entity's caption and credit fields follow the field's wrapper.
// A link's hidden label is no such label: it names what the link does
// ("<a href=#image-description><span class=visually-hidden>Show
// description</span></a>"), a control the picture's box holds beside it.
func hasTextBesideControls(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return true
		case c.Type == html.ElementNode && !isInvisibleAtom(c.DataAtom) && !pictureControl(c) && hasTextBesideControls(c) && (!srOnly(c) || inLink(c)):
			return true
		}
	}
	return false
}

// inLink reports whether n stands inside a link.
func inLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// pictureControl reports whether c is a control set over a picture: an
// element that declares itself a button, or a short link or line whose
// words are a viewer's control ("Open gallery", "Enlarge", "View gallery
// (12 photos)": a boiler line of the lexicon about a gallery, enlarging
// or zooming) or a slide counter ("1/12", "Image 1 of 12"). Every boiler
// line ("Share", "Video" badges on teaser cards) read two more captions,
// wrong, on check pages; as it stands it decides no development page,
// and is kept because only a viewer's own controls and counters count.
func pictureControl(c *html.Node) bool {
	if strings.EqualFold(attr(c, "role"), "button") {
		return true
	}
	if c.DataAtom != atom.A && c.DataAtom != atom.Span && c.DataAtom != atom.Div {
		return false
	}
	t := shortText(c, 150)
	if t == "" || textOver(t, 50) {
		return false
	}
	l := strings.ToLower(t)
	if i := strings.LastIndex(l, " ("); i > 0 && strings.HasSuffix(l, ")") && strings.ContainsAny(l[i:], "0123456789") {
		l = l[:i]
	}
	if viewerControl(l) {
		return true
	}
	return galleryCounterFree("x. "+t) == "x."
}

// viewerControl reports whether l, lower case, is a boiler line of the
// lexicon that works a picture viewer: opens a gallery, enlarges or zooms
// ("open gallery", "enlarge this image", "view full screen", "hide
// caption"), not any boiler line ("Share", "Video", "Facebook").
func viewerControl(l string) bool {
	return vocab().boilerLines[l] && containsAnyOf(l, vocab().viewerControls...)
}

// creditNamed reports whether credit, cut from a caption after its
// label, names its makers: a wire, or names in capitals ("Jane Doe",
// "Jane Doe and John Roe/Reuters", "© Holmby Courier"), not what the
// pictures show ("Photos: the deck and the bridge", "Fotos: Die
// Preisträger des Abends", whose first word is an article).
func (d *doc) creditNamed(credit string) bool {
	if wireName(credit) {
		return true
	}
	s := " " + strings.NewReplacer("/", " ", ",", " ", "©", " ", ";", " ").Replace(credit) + " "
	for _, j := range d.w.joiners {
		s = strings.ReplaceAll(s, j, " ")
	}
	f := strings.Fields(s)
	return len(f) > 0 && !d.w.function[strings.ToLower(f[0])] && d.w.properWords(s, 8)
}
