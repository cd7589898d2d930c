package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/lexicon"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads caption and credit markup that names its parts by a
// label or by a standard vocabulary rather than by a class (see
// imagecaptions.go for the classes and the places templates use).

// labelledCredit returns the last element of a caption element when it
// opens with a credit label in an element of its own and names someone
// after it: "<figcaption><span>The pier.</span><span><span
// class=visually-hidden>Credit...</span><span>Jane Doe</span></span>
// </figcaption>", the label a screen reader reads and templates hide
// from sight, or show ("<span><b>Photo:</b> Jane Doe</span>"). The label
// is the lexicon's, so the element says by its own words that it is the
// credit, whatever its class.
func (d *doc) labelledCredit(capNode *html.Node) *html.Node {
	last := lastPart(capNode)
	if last == nil || last.Type != html.ElementNode || last == firstElemChild(capNode) && !hasTextBefore(capNode, last) {
		return nil // the caption element's only part: its text is the caption's
	}
	l := firstElemChild(last)
	// (nodeText: the label may be hidden from sight, for screen readers)
	if l == nil || l == last.LastChild || hasTextBefore(last, l) || !d.isCreditLabel(nodeText(l)) {
		return nil
	}
	if rest := strings.Replace(visibleText(last), visibleText(l), "", 1); wordCount(rest) == 0 || opensWithNumber(rest) {
		return nil
	}
	return last
}

// lastPart returns n's last child that is no white space, or nil.
func lastPart(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) != "" {
			return c
		}
	}
	return nil
}

// opensWithNumber reports whether s opens with a number alone ("1 of 5",
// "3/12", "2 von 9"): after a label such as "Image" or "Foto" it is a
// gallery's slide counter, no one's name ("123RF" is one).
func opensWithNumber(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return first != "" && strings.Trim(first, "0123456789/.,:-–") == ""
}

// hasTextBefore reports visible text among n's children before c.
func hasTextBefore(n, c *html.Node) bool {
	for p := n.FirstChild; p != nil && p != c; p = p.NextSibling {
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" || p.Type == html.ElementNode && hasText(p) {
			return true
		}
	}
	return false
}

// isImageObject reports whether n is a schema.org ImageObject in
// microdata ("<div itemscope itemtype=https://schema.org/ImageObject>")
// that shows a picture: the page's own statement that n is a picture
// with its caption and credit, read as a figure whatever its tag.
func isImageObject(n *html.Node) bool {
	if !hasAttr(n, "itemscope") || !strings.HasSuffix(strings.ToLower(strings.TrimRight(attr(n, "itemtype"), "/ ")), "schema.org/imageobject") {
		return false
	}
	return findFirst(n, atom.Img) != nil
}

// itempropCaption returns the element of an ImageObject whose itemprop
// is its caption or description and that shows text, or nil.
func itempropCaption(obj *html.Node) *html.Node {
	if !isImageObject(obj) {
		return nil
	}
	if c := findItemprop(obj, "caption"); c != nil && hasText(c) {
		return c
	}
	if c := findItemprop(obj, "description"); c != nil && hasText(c) {
		return c
	}
	return nil
}

// describedBy returns the element a picture's aria-describedby names,
// when it sits beside the picture (see besidePicture), shows a short text
// (at most 300 bytes) and is no heading: the page's own statement, for
// screen readers, of which element describes the picture (WordPress
// writes it on every captioned image; accessible templates write it
// where the caption sits apart from the picture). An id may name any
// element of the page: a paragraph of the story further on is no caption.
func (d *doc) describedBy(img *html.Node) *html.Node {
	ids := strings.Fields(attr(img, "aria-describedby"))
	named := false
	if len(ids) == 0 {
		if id := d.descriptionToggle(img); id != "" {
			ids, named = []string{id}, true
		}
	}
	if len(ids) == 0 {
		return nil
	}
	for _, c := range d.elemsByID(ids[0]) {
		if contains(c, img) || !besidePicture(img, c) || named && !d.captionClassed(d.tokensOf(c)) && !hasAny(d.tokensOf(c), d.w.descriptionClasses) {
			continue
		}
		// (a bounded read: many pictures may stand beside one long element)
		if t := textOf(c, textOpts{visible: true, max: 400}); len(t) > 300 || wordCount(t) < 2 || isHeadingNode(c) || findElem(c, isHeadingNode) != nil {
			return nil
		}
		return c
	}
	return nil
}

// descriptionToggle returns the id of the element a control beside the
// picture shows or hides ("<a href=#image-description>Show
// description</a>", "<button aria-controls=image-caption>"), within the
// picture's wrapper and the two elements after it; "" when there is
// none. The element must be named as a caption or description
// (describedBy): the control's target then says, as aria-describedby
// does, which element describes the picture. Right on one annotated
// tune page; general because only an in-page target named so counts.
func (d *doc) descriptionToggle(img *html.Node) string {
	var id string
	// (each element read to a bound: pictures may stand one after
	// another beside a long text)
	for s, k := pictureBlock(img), 0; s != nil && k < 3 && id == ""; s, k = plainSibling(s, true), k+1 {
		seen := 0
		findElem(s, func(c *html.Node) bool {
			if seen++; seen > 200 {
				return true
			}
			if v := attr(c, "aria-controls"); v != "" {
				id = strings.Fields(v + " x")[0]
			} else if h := strings.TrimSpace(attr(c, "href")); c.DataAtom == atom.A && len(h) > 1 && h[0] == '#' {
				id = h[1:]
			}
			return id != ""
		})
	}
	return id
}

// elemsByID returns the page's elements whose id is id, in document
// order, from an index built on the first call: looking an id up walks
// no part of the page again (once per picture, that was quadratic on a
// page of many pictures).
func (d *doc) elemsByID(id string) []*html.Node {
	if d.byID == nil {
		d.byID = map[string][]*html.Node{}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					if v := attr(c, "id"); v != "" {
						d.byID[v] = append(d.byID[v], c)
					}
					walk(c)
				}
			}
		}
		walk(d.root)
	}
	return d.byID[id]
}

// besidePicture reports whether c sits beside img: under one of img's
// four nearest ancestors, the branch that holds c is among the three
// elements after or before the one that holds img, with nothing between
// them that reads as text of its own (a paragraph, more than eight
// words); the picture's tools ("Share", "Enlarge") may stand between.
func besidePicture(img, c *html.Node) bool {
	a := img
	for i := 0; i < 4 && a.Parent != nil && a.Parent.Type == html.ElementNode; i, a = i+1, a.Parent {
		b := c
		for b != nil && b.Parent != a.Parent {
			b = b.Parent
		}
		if b == nil {
			continue // c is not under this ancestor
		}
		for _, next := range []bool{true, false} {
			for s, k := plainSibling(a, next), 0; s != nil && k < 3; s, k = plainSibling(s, next), k+1 {
				if s == b {
					return true
				}
				if s.DataAtom == atom.P || wordCount(shortText(s, 200)) > 8 {
					break
				}
			}
		}
		return false
	}
	return false
}

// photographerPart returns the part of a caption element named for the
// photographer ("<figcaption>The pier. <span class=photographer>Jane
// Doe</span></figcaption>") when text stands outside it; a wrapper so
// named around the whole caption ("caption-photographer") is no part.
// Tried among the credit words of creditElem: that read such wrappers
// on two tune pages as credits alone.
func (d *doc) photographerPart(capNode *html.Node) *html.Node {
	c := d.findByWord(capNode, "photographer")
	if c == nil || !hasText(c) || squash(visibleText(c)) == squash(visibleText(capNode)) {
		return nil
	}
	return c
}

// partCredit returns a caption element's last part when the caption's
// sentence and its credit stand in sibling elements with nothing between
// them ("<figcaption><span>The jail on Third Street.</span><span>Jane
// Doe/The Courier</span></figcaption>", often glued without a space)
// and that part reads as a credit by its own words: a credit label, a
// wire or agency, capitalised names joined by a slash, or a person's name
// alone (a photographer's, after the caption's closed sentence: magazine
// templates print it so, "<span>…in Pampaneira.</span><span>Ana
// Ruiz</span>"; decides no development page). The classes of such parts
// are each site's own.
func (d *doc) partCredit(capNode *html.Node) *html.Node {
	last := lastPart(capNode)
	if last == nil || last.Type != html.ElementNode || !hasTextBefore(capNode, last) {
		return nil
	}
	t := squash(visibleText(last))
	if textOver(t, 100) || !(d.wholeCredit(t) || namesSlashed(t) || d.crewSlashCredit(t) || d.w.personName(t) || d.nameWithSource(t) || d.tailCredit(t)) {
		return nil
	}
	if before := strings.TrimSpace(strings.TrimSuffix(squash(visibleText(capNode)), t)); !strings.ContainsAny(lastRune(before), ".!?") {
		return nil // the sentence goes on in the last part
	}
	return last
}

// nameWithSource reports whether s is a person's name with the picture's
// source in brackets after it ("Eduardo Parra Salinas (Europa Press)",
// "Jane Doe (Reuters)"): the photographer and the agency or outlet that
// sent the picture, as the Spanish and other papers credit it; a wire or
// agency, a credit, or a name of two or more capitalised words in the
// bracket. Not any acronym: after a person's name it is as often the
// party ("Jane Doe (SNP)", "Anna Müller (CDU)") or the club.
func (d *doc) nameWithSource(s string) bool {
	i := strings.LastIndex(s, " (")
	if i <= 0 || !strings.HasSuffix(s, ")") {
		return false
	}
	inner := s[i+2 : len(s)-1]
	return d.w.personName(s[:i]) && (d.agencyName(inner) || d.wholeCredit(inner) || strings.Contains(inner, " ") && sourceAfterSentence(".", inner))
}

// namesSlashed reports whether s is two or three names of one to four
// capitalised words joined by slashes ("Jane Doe/The Cedar Valley
// Courier"): a photographer's credit with the outlet's.
func namesSlashed(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 || strings.ContainsAny(s, "0123456789:") {
		return false
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) == 0 || len(f) > 4 || !firstUpper(f[0]) || !firstUpper(f[len(f)-1]) {
			return false
		}
	}
	return true
}

// sourceAfterSentence reports whether inner, the text of a bracket that
// ends a caption after before, names the picture's source on its own:
// the bracket follows the caption's last sentence mark ("The old ferry in
// 1936. (Holmby Museum)"), and holds a name of two to six capitalised
// words or an acronym, no digits. A bracket inside the sentence
// ("Tove Lindqvist (Labour) on the deck", "(left)") is the sentence's.
func sourceAfterSentence(before, inner string) bool {
	before = strings.TrimRight(before, " ")
	if before == "" || !strings.ContainsAny(lastRune(before), ".!?") || strings.ContainsAny(inner, "0123456789") {
		return false
	}
	f := strings.Fields(inner)
	if len(f) == 1 {
		return isAllCaps(f[0]) && len(f[0]) >= 2
	}
	// An empty bracket ("… in 1936. ()", a credit the template left
	// blank) names no one.
	if len(f) == 0 || len(f) > 6 || !firstUpper(f[0]) || !firstUpper(f[len(f)-1]) {
		return false
	}
	for _, w := range f {
		if !firstUpper(w) && !vocab().particles[strings.ToLower(w)] && !vocab().function[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// shownAttrCredit returns the credit a caption element names in an
// attribute of its own ("<figcaption data-credit="Jane Doe, The Courier">
// … <span>Jane Doe, The Courier</span>", data-photo-credit, data-c-credit)
// when text, the caption's visible text, shows it after the caption: the
// element says which of its words are the credit. "" otherwise (a credit
// no reader sees is not taken).
func shownAttrCredit(capNode *html.Node, text string) string {
	for _, a := range capNode.Attr {
		if a.Key != "data-credit" && !(strings.HasPrefix(a.Key, "data-") && strings.HasSuffix(a.Key, "-credit")) {
			continue
		}
		if c := squash(a.Val); c != "" && len(c) < len(text) && strings.HasSuffix(strings.TrimRight(text, " ."), c) {
			return c
		}
	}
	return ""
}

// labelledPart returns an element of a figure, outside its caption
// element, that opens with a credit label in an element of its own and
// names someone after it ("<span role=text><span class=visually-hidden>
// Image source, </span>Jane Doe/The Courier</span>" over the picture),
// or nil: the label says what the element is, whatever its class.
func (d *doc) labelledPart(fig, capNode *html.Node) *html.Node {
	return findElem(fig, func(c *html.Node) bool {
		if c == capNode || capNode != nil && (contains(c, capNode) || contains(capNode, c)) {
			return false
		}
		l := firstElemChild(c)
		if l == nil || l.NextSibling == nil || hasTextBefore(c, l) || !d.isCreditLabel(nodeText(l)) {
			return false
		}
		t := squash(visibleText(c))
		rest := strings.Replace(t, squash(visibleText(l)), "", 1)
		return len(t) < 120 && wordCount(rest) > 0 && !opensWithNumber(rest)
	})
}

// captionNotes are the lexicon's bracketed caption notes, of every
// language.
var captionNotes = sync.OnceValue(func() []string { return longestFirst(lexicon.Union().CaptionNotes) })

// captionNote reports whether a caption's bracket holds a note on the
// picture, not its source: where the people stand ("From left", "v.l.n.r.:
// Jane, John"), that it is an archive or stock picture ("File photo",
// "Symbolbild"), or "Updated".
func captionNote(inner string) bool {
	l := strings.ToLower(strings.TrimSpace(inner))
	for _, n := range captionNotes() {
		// the note alone, or before the names it places ("From left:
		// …"); not a name that opens with its word ("Top Gear Studios")
		if rest, ok := strings.CutPrefix(l, n); ok && (rest == "" || strings.ContainsRune(",:;", rune(rest[0]))) {
			return true
		}
	}
	return false
}

// centredCaption reports whether next, the paragraph right after a
// picture's block at, is its caption by the markup of editors that
// centre a picture alone in a paragraph and its caption in the next:
// "<p align=center><img></p><p align=center>The hall. (Agency/Jane
// Doe)</p>", "<p style=text-align:center><img></p><p
// style=text-align:center>…站。记者 X 摄</p>", as Chinese papers' and
// wires' CMSs write them. Right on two development pages; general
// because it asks for the two centred paragraphs and a credit the
// caption's text ends on (splitCredit), no class: a centred paragraph of
// prose ends on no credit.
func (d *doc) centredCaption(at, next *html.Node, text string) bool {
	if next.DataAtom != atom.P || textOver(text, 399) || findFirst(next, atom.A) != nil || !centred(at, d.tokensOf(at)) || !centred(next, d.tokensOf(next)) {
		return false
	}
	return d.endsOnCredit(squash(text)) || d.centredLineAlone(at, next, squash(text))
}

// labelledCreditLine reports whether n, the element right after a
// picture's caption element, is a short line opening with a credit label
// of the lexicon and naming someone after it ("<p
// class=slide__author>Фото: Тимур Хайруллин</p>", "<p>Photo: Jane
// Doe</p>"), whatever its class: gallery templates credit each slide so.
// Right on one development page (three slides); general because the
// label is the lexicon's and the line must follow the caption's element
// at once and be a credit's length.
func (d *doc) labelledCreditLine(n *html.Node) bool {
	t := squash(visibleText(n))
	if textOver(t, 100) || wordCount(t) > 8 || showsImage(n) {
		return false
	}
	lower := strings.ToLower(t)
	labels := d.w.openingCreditLabels(lower)
	return labelApart(lower, labels) && slices.ContainsFunc(labels, func(l string) bool {
		return wordCount(lower[len(l):]) > 0 && !opensWithNumber(lower[len(l):])
	})
}

// labelledLastPart returns the caption element's last part when it is an
// element whose whole text is a labelled credit ("<div class=podpis>The
// tram at the depot <span>fot. Jane Doe</span></div>"), after the
// caption's own text, whatever its class: the label the lexicon knows
// says it is the credit where the text alone does not part the two (a
// label such as the Polish "fot. " needs a sentence's end before it).
func (d *doc) labelledLastPart(capNode *html.Node) *html.Node {
	last := lastPart(capNode)
	if last == nil || last.Type != html.ElementNode || !hasTextBefore(capNode, last) || !d.labelledCreditLine(last) {
		return nil
	}
	return last
}

// tooFewWords reports a text too short for a caption: fewer than two
// words, or in Chinese, Japanese, Korean or a Southeast Asian script,
// which write no spaces between words, fewer than six letters ("改修工事
// が始まった旧灯台守官舎（１５日）" is one "word" of twenty).
func tooFewWords(t string) bool {
	if wordCount(t) >= 2 {
		return false
	}
	if !hasCJK(t) && !unspacedScript(t) {
		return true
	}
	k := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			k++
		}
	}
	return k < 6
}

// tailCredit reports whether s, the last part of a caption or its text
// after the last sentence, is a credit opened by a label the lexicon
// reads only there ("Provided by Marlowe County", "Submitted by the
// Holmby Harbour Trust"), as US local papers credit pictures that
// officials, families and readers hand in: the label opens s, and a
// name of one to six capitalised words follows it (an article and
// small words inside it may be lower case). A sentence that goes on
// after the label ("Provided by volunteers, the meals are free") is the
// caption's own.
func (d *doc) tailCredit(s string) bool {
	lower := strings.ToLower(s)
	for _, l := range d.w.creditTailLabels {
		if !strings.HasPrefix(lower, l) {
			continue
		}
		rest := strings.Fields(strings.TrimSuffix(strings.TrimSpace(s[len(l):]), "."))
		if len(rest) > 1 && vocab().function[strings.ToLower(rest[0])] {
			rest = rest[1:] // "the"
		}
		if len(rest) == 0 || len(rest) > 6 || !firstUpper(rest[0]) || strings.ContainsAny(s, ",;:!?") || strings.Contains(s, ". ") {
			return false
		}
		for _, w := range rest {
			if !firstUpper(w) && !vocab().function[strings.ToLower(w)] && !d.w.particles[strings.ToLower(w)] {
				return false
			}
		}
		return true
	}
	return false
}

// heroCaption returns the caption of a title section's background
// picture: the picture block at and an element named as a caption are
// children of one element that shows no other picture, and the one or
// two elements between them hold the page's headline (<h1>) laid over
// the picture, as scrollytelling and longform templates build their
// title section ("<section><div class=…-Background><img></div><div
// class=…-Foreground><h1>…</h1><p>…</p></div><div class=…-Caption>…
// </div></section>"). Right on one development page; general because
// it asks for the headline over the picture and a caption named so by
// the lexicon's words, no site's class, and the caption must be short.
// Linear: the parent holds no other picture, so no two pictures' walks
// cover the same elements.
func (d *doc) heroCaption(at *html.Node) *html.Node {
	p := at.Parent
	if p == nil || p.DataAtom == atom.Body || morePictures(p) {
		return nil
	}
	over := false
	for s, k := plainSibling(at, true), 0; s != nil && k < 3; s, k = plainSibling(s, true), k+1 {
		if hasAny(d.tokensOf(s), d.w.captionWords) {
			if t := visibleText(s); !over || len(t) > 300 || wordCount(t) < 2 || findFirst(s, atom.A) != nil {
				return nil
			}
			return s
		}
		if s.DataAtom != atom.H1 && findFirst(s, atom.H1) == nil {
			return nil
		}
		over = true
	}
	return nil
}

// dataCaptioned reads the caption and credit a lightbox or lazy loader
// keeps in data attributes of the picture (data-caption, data-credit) when
// no element shows them. No hand-annotated page has them; on the tune
// half it gives four pages (each in two corpora) captions or credits
// that read right (read one by one) and none that reads wrong after the
// gallery-title guard; general because the attributes are the lightbox
// libraries' own (Fancybox and others read data-caption), not a site's.
func (d *doc) dataCaptioned(img, at *html.Node) (article.Image, bool) {
	var caption, credit string
	for n := img; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if caption == "" {
			caption = cleanText(attr(n, "data-caption"))
		}
		// Lightbox2's caption: data-title beside its data-lightbox
		if caption == "" && hasAttr(n, "data-lightbox") {
			caption = cleanText(attr(n, "data-title"))
		}
		if caption == "" {
			caption = subHTMLCaption(attr(n, "data-sub-html"))
		}
		// GLightbox's and NextGEN's picture links keep the caption in
		// data-description beside a short data-title
		if caption == "" {
			caption = cleanText(attr(n, "data-description"))
		}
		// "<img class=caption title=…>": the class asks a caption
		// script (Drupal's and jQuery's image-caption filters) to show
		// the title under the picture. Right on one annotated tune page;
		// general because the picture's own class names its title a
		// caption, not a site's layout.
		if caption == "" && n == img && d.captionClassed(d.tokensOf(img)) {
			caption = cleanText(attr(img, "title"))
		}
		if credit == "" {
			credit = cleanCredit(cleanText(firstNonEmpty(attr(n, "data-credit"), attr(n, "data-copyright"))))
		}
		if n == at {
			break
		}
	}
	if d.headline != "" && wordDice(titleWords(caption), titleWords(d.headline)) >= 0.6 {
		caption = "" // a gallery's pictures all labelled with the story's title
	}
	if !strings.Contains(caption, " ") && imageFile(caption) {
		caption = "" // "IMG_2031.JPG": the upload's file name a plugin fills in
	}
	src := d.resolveURL(bestImageURL(img))
	if src == "" || caption == "" && credit == "" {
		return article.Image{}, false
	}
	im := article.Image{URL: src, Caption: caption, Credit: credit}
	if credit == "" {
		im.Caption, im.Credit = d.splitCredit(caption)
		im.Credit = cleanCredit(im.Credit)
	}
	if d.hiddenCaptions == nil {
		d.hiddenCaptions = map[string]bool{}
	}
	d.hiddenCaptions[im.Caption] = true
	return im, true
}

// subHTMLCaption returns the caption lightGallery keeps in a picture
// link's data-sub-html: markup shown under the opened picture, as its
// documentation writes it a title heading and a description paragraph
// ("<h4>The hull</h4><p>Welders replaced the plates. Photo: X</p>"),
// whose description is the caption; not a selector naming an element
// (".caption"), which the picture's own markup shows.
func subHTMLCaption(v string) string {
	v = strings.TrimSpace(v)
	if v == "" || v[0] == '.' || v[0] == '#' {
		return ""
	}
	if p := strings.Index(v, "<p"); p > 0 && strings.Contains(v[:p], "<h") {
		v = v[p:]
	}
	return cleanText(v)
}
