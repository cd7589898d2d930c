package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/lexicon"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the picture markup of page builders and older CMSs
// that the general caption rules (imagecaptions.go, imagecredits.go) do
// not: a builder's widget wrapper around a picture, a credit field with
// its label in an element of its own, a labelled credit ending on its
// agency in brackets, a picture table whose caption is the next row.

// builderWrapper reports a page builder's generic block wrapper, whose
// only furniture word is "widget" ("elementor-widget-container" around
// every block an Elementor page shows, its pictures too). Inside the
// story's region such a wrapper is no sidebar widget (those stand in an
// <aside> or are named for what they list: "related", "popular").
func builderWrapper(toks []string) bool {
	w := false
	for _, t := range toks {
		if chromeWords[t] {
			if t != "widget" && t != "widgets" {
				return false
			}
			w = true
		}
	}
	return w
}

// sidebarWidget reports WordPress's sidebar widget, class "widget
// widget_<kind>" (register_sidebar's default markup): chrome even under
// the story's headline, in a theme whose columns share one title, and
// even when its kind names a picture ("widget_media_image").
func sidebarWidget(n *html.Node) bool {
	for c := range strings.FieldsSeq(attr(n, "class")) {
		if c == "widget" || strings.HasPrefix(c, "widget_") {
			return true
		}
	}
	return false
}

// unlabelledText is the visible text of a credit element without a label
// in an element of its own before the name ("<span>Credit...</span>
// <span>Jane Doe/The Times</span>", Drupal's "<div class=field__label>
// Photo credit</div><div class=field__item>Jane Doe</div>"): the label
// is the lexicon's, with or without its colon.
func (d *doc) unlabelledText(cn *html.Node) string {
	t := visibleText(cn)
	if l := firstElemChild(cn); l != nil && l != cn.LastChild {
		if label := visibleText(l); d.isCreditLabel(label) {
			t = strings.Replace(t, label, "", 1)
		}
	}
	return t
}

// labelledBefore reports whether head, a caption before its closing
// bracket, ends on a labelled credit ("… Foto: Jane Doe" before "(Agência
// Brasil)"): the bracket is then the credit's own end, the photographer's
// agency, and the whole of it after the label is the credit.
func (d *doc) labelledBefore(head string) bool {
	at := d.creditLabelAt(head)
	return at > 0 && !strings.Contains(head[at:], ". ") && wordCount(head[at:]) <= 6
}

// captionRow returns the cell under a picture's row in a picture table
// of two cells, "<table><tr><td><img></td></tr><tr><td>The caption</td>
// </tr></table>", the caption box of pages older than <figure> (with no
// class, else captionAfter reads it): at is the picture's block, the row
// or the cell that holds the picture alone. The next row must hold one
// short text and no picture. General because the table is no layout
// table (two cells), the idiom captionCell reads with the caption in the
// picture's own cell.
func (d *doc) captionRow(at *html.Node) *html.Node {
	row := at
	if row.DataAtom == atom.Td || row.DataAtom == atom.Th {
		row = row.Parent
	}
	if row == nil || row.DataAtom != atom.Tr {
		return nil
	}
	next := plainSibling(row, true)
	table := row.Parent
	if table != nil && table.DataAtom == atom.Tbody {
		table = table.Parent
	}
	if next == nil || next.DataAtom != atom.Tr || table == nil || table.DataAtom != atom.Table || cellsOver(table, 2) && (cellsOver(table, 3) || d.creditRow(firstElemChild(next)) == nil && !emptyLastRow(firstElemChild(next))) || showsImage(next) || iconSized(findFirst(at, atom.Img)) {
		return nil
	}
	if t := squash(visibleText(next)); t == "" {
		// the caption's row left empty, the credit's row after it
		// ("<tr><td class=fotobijschrift></td></tr><tr><td>Foto: Jane
		// Doe</td></tr>"): the credit alone
		return d.creditRow(firstElemChild(next))
	} else if textOver(t, 300) || tooFewWords(t) {
		return nil
	}
	if td := firstElemChild(next); td != nil {
		return td
	}
	return nil
}

// creditRow returns the cell of a picture table's last row when it
// follows the caption's cell, each alone in its row, and is a short line
// opening with a credit label ("<tr><td><img></td></tr><tr><td>The
// dike.</td></tr><tr><td>Foto: Jane Doe</td></tr>"): the picture table
// of pages older than <figure> with the credit in a row of its own. The
// label is the lexicon's, so the row says by its own words that it is
// the credit, as labelledCreditLine reads the line after a caption.
func (d *doc) creditRow(cell *html.Node) *html.Node {
	if c := lastRowCell(cell); c != nil && d.labelledCreditLine(c) {
		return c
	}
	return nil
}

// lastRowCell returns the one cell of the table's last row when it is
// the row right after cell's and cell is alone in its own, else nil: a
// picture table's credit row (creditRow, emptyLastRow).
func lastRowCell(cell *html.Node) *html.Node {
	if cell == nil || cell.DataAtom != atom.Td && cell.DataAtom != atom.Th || plainSibling(cell, true) != nil || plainSibling(cell, false) != nil {
		return nil
	}
	row := plainSibling(cell.Parent, true)
	if row == nil || row.DataAtom != atom.Tr || plainSibling(row, true) != nil {
		return nil
	}
	if c := firstElemChild(row); c != nil && plainSibling(c, true) == nil {
		return c
	}
	return nil
}

// iconSized reports a picture whose width and height attributes are
// both an icon's (a file type's or a service's icon beside a link, 16 or
// 24 pixels): no picture a row's text captions.
func iconSized(img *html.Node) bool {
	if img == nil {
		return false
	}
	w, err1 := strconv.Atoi(attr(img, "width"))
	h, err2 := strconv.Atoi(attr(img, "height"))
	return err1 == nil && err2 == nil && w <= 48 && h <= 48
}

// logoImage reports a picture outside any figure that names itself a
// logo, by its file's name or its class ("<img class=publisher-logo>"):
// a publisher's, a sponsor's or a partner's emblem beside its name,
// which is no caption (the gold lists no logos). Figures are not asked:
// a story about a new logo shows it in a captioned figure.
func (d *doc) logoImage(img *html.Node, src string) bool {
	if logoFile(src) {
		return true
	}
	return slices.ContainsFunc(d.tokensOf(img), logoWord)
}

// proseCredit reports whether a labelled credit c names no one: four
// words or more after its label and not one of them capitalised
// ("Source: the harbour trust's annual report", a note on where a
// figure comes from). A source's name is capitalised ("Source: Harbour
// Trust", "Foto: picture alliance / dpa | Jane Doe"); a short lower-case
// one ("Foto: privat", "Quelle: eigene Darstellung") stays a credit, and
// so does any after a label naming a picture ("Photo:", "Foto:").
func (d *doc) proseCredit(c string) bool {
	rest := d.creditValue(c)
	label, ok := strings.CutSuffix(c, rest)
	if rest == c || wordCount(rest) < 4 || !ok || containsWordOf(strings.ToLower(label), d.w.creditWords) {
		return false // a picture's label ("Photo: courtesy of the family") is followed by its credit
	}
	for _, w := range strings.Fields(rest) {
		if !startsLower(w) {
			return false
		}
	}
	return true
}

// cutVia cuts s at its last "via" of the lexicon (" via ", the Spanish
// " vía "): the picture's source before it, the agency that sent it on
// after it.
func (d *doc) cutVia(s string) (source, agency string, ok bool) {
	for _, v := range d.w.creditVia {
		if i := strings.LastIndex(s, v); i > 0 {
			return s[:i], s[i+len(v):], true
		}
	}
	return s, "", false
}

// creditSuffixed reports a short credit closed by a word of the lexicon
// after the photographer's name, as Chinese and Japanese papers credit a
// picture in brackets at the caption's end: "（新华社记者 张明 摄）",
// "（記者張明攝）", "（山田太郎撮影）". Decides no development page;
// general because the suffix is the languages' own word for "taken by",
// and the text must be a name's length with no sentence in it: no
// digits and no hiragana, which say when or where the picture was taken
// ("（12月5日摄）", "（東京都内で撮影）": a day, a particle), not by whom.
func (d *doc) creditSuffixed(l string) bool {
	if n := utf8.RuneCountInString(l); n > 20 || strings.ContainsAny(l, "。，,.0123456789０１２３４５６７８９") {
		return false
	}
	if strings.IndexFunc(l, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) }) >= 0 {
		return false
	}
	for _, suf := range d.w.creditSuffixes {
		if len(l) > len(suf) && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// creditAfterBar splits off a credit set after a bar or a spaced dash at
// a caption's end; else it returns s and "". After a bar: "The harbour
// at dawn. | Jane Doe/Daily Courier", and a name alone after a caption's
// last sentence ("The harbour at dawn. | Jane Doe"), the caption and its
// photographer as themes print the two fields. After a dash, only what
// reads as a credit by its form: "The harbour at dawn. — Jane Doe/Daily
// Courier", "… — Getty Images", and the hyphen typed for a dash after a
// finished sentence ("… less water. - WAM", where another CMS prints
// "— WAM"; a hyphen's tail after words is too often the caption's own). The bare name and the dash decide no
// development page; general because the name must follow a finished
// sentence and be a person's name by its shape (barName), and a dash's
// tail must read as a credit by its form (dashCredit).
func (d *doc) creditAfterBar(s string) (caption, credit string) {
	if i := strings.LastIndex(s, " | "); i > 0 {
		head, tail := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+3:])
		if d.looksLikeCredit(tail) || nameSlashCredit(tail) || d.wholeCredit(tail) || sentenceEnd(head) && (d.barName(tail) || d.capsSource(tail)) {
			return head, tail
		}
	}
	for _, dash := range [...]string{" — ", " – ", " - "} {
		if i := strings.LastIndex(s, dash); i > 0 {
			head, tail := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(dash):])
			if d.dashCredit(tail) && (dash != " - " || sentenceEnd(head)) {
				return head, tail
			}
		}
	}
	return s, ""
}

// capsSource reports whether the text after a caption's bar is a source
// set in capitals, as Spanish and Latin American papers set credits
// ("… a comienzos de los años sesenta. | ARCHIVO MUNICIPAL"): two to six
// words, every letter a capital, not a place of the gazetteer (a
// caption's "| MADRID") nor holding a place word of the lexicon ("| NEW
// YORK CITY HALL", "| HARBOUR STREET"), nor a banner's label ("|
// BREAKING NEWS", a headline label or boiler line). Only after a full
// stop and a bar (see creditAfterBar), where a caption puts its credit.
// Decides no development page (review 12); kept narrowed because the
// capitals credit is the Spanish-language papers' form.
func (d *doc) capsSource(tail string) bool {
	f := strings.Fields(tail)
	if len(f) < 2 || len(f) > 6 || lexicon.IsPlace(tail) {
		return false
	}
	letters := 0
	for _, r := range tail {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if l := strings.ToLower(tail); letters < 4 || headlineLabels()[l] || d.w.boilerLines[l] {
		return false
	}
	return !d.w.holdsPlaceWord(f)
}

// barName reports whether the text after a caption's bar is a person's
// name: two or three capitalised words, none a word of a place's name
// ("Harbour Street") and not a place of the gazetteer ("New York"),
// which a caption sets after a bar as where the picture was taken.
func (d *doc) barName(tail string) bool {
	f := strings.Fields(tail)
	if len(f) < 2 || len(f) > 3 || !d.w.properWords(tail, 3) || !d.w.nameShaped(f, false) || lexicon.IsPlace(tail) {
		return false
	}
	return !d.w.holdsPlaceWord(f)
}

// holdsPlaceWord reports whether one of the words f is a word of a
// place's name ("Street", "Harbour": the lexicon's place_words), in any
// case (capsSource, barName).
func (w *words) holdsPlaceWord(f []string) bool {
	return slices.ContainsFunc(f, func(x string) bool { return w.placeWords[strings.ToLower(x)] })
}

// dashCredit reports whether the text after a caption's spaced dash is
// a credit by its form: a photographer's name and an outlet ("Jane
// Doe/Daily Courier"), an agency's slash credit, an agency alone or
// sending the picture on ("Getty Images", "Jane Doe via Reuters"), or
// one credit word ("Handout"). Not a place or a name that holds a
// credit word ("— Holmby/Grest", "— Rock Pool", "— Reuters Institute"),
// which captions end on after a dash as often as on a credit.
func (d *doc) dashCredit(tail string) bool {
	if d.agencySlashCredit(tail) || d.agencyName(tail) {
		return true
	}
	if src, agency, ok := d.cutVia(tail); ok && d.agencyName(agency) && d.w.properWords(src, 4) {
		return true
	}
	if nameSlashCredit(tail) {
		parts := strings.Split(tail, "/")
		if n := wordCount(parts[0]); n < 2 || n > 3 {
			return false
		}
		return !slices.ContainsFunc(parts, func(p string) bool { return lexicon.IsPlace(strings.TrimSpace(p)) })
	}
	return wordCount(tail) == 1 && d.wholeCredit(tail) && !captionNote(tail)
}

// pictureParagraph returns the paragraph a picture opens when the rest of
// it, after a line break, is the picture's caption: "<p
// class=f_center><img><br>12月5日拍摄的… 新华社记者 X 摄</p>", "<p><img
// class=aligncenter><br>The pier at dawn. Photo: Jane Doe</p>", as older
// Chinese, Korean and Russian CMSs and WordPress's classic editor write a
// captioned picture (the line in italics or small print is captionLine's).
// The line must be short and hold no link, picture, block or second
// break, and either end on a credit or be a sentence in a centred
// paragraph: prose going on after an inline picture is long, and a
// signature's name line under its picture is no sentence. General
// because it asks only for the editor's markup and a credit or centring,
// no site's classes.
func (d *doc) pictureParagraph(at *html.Node) *html.Node {
	p := at.Parent
	if p == nil || p.DataAtom != atom.P {
		return nil
	}
	for c := p.FirstChild; c != at; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil // the picture set within a line of text (an emoji)
		}
	}
	breaks, text := 0, false
	for c := at.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			text = text || strings.TrimSpace(c.Data) != ""
		case c.Type != html.ElementNode || isInvisibleAtom(c.DataAtom):
		case c.DataAtom == atom.Br:
			if text {
				return nil // a second line: a name and a title, an address
			}
			breaks++
		case isBlockAtom(c.DataAtom) || c.DataAtom == atom.A || findFirst(c, atom.A) != nil || showsImage(c):
			return nil
		default:
			text = text || hasText(c)
		}
		if text && breaks == 0 {
			return nil
		}
	}
	t := squash(visibleText(p))
	if !text || textOver(t, 400) {
		return nil
	}
	if d.endsOnCredit(t) || centred(p, d.tokensOf(p)) && (sentenceEnd(t) || strings.HasSuffix(t, "。")) {
		return p
	}
	return nil
}

// centred reports whether a block is centred by its markup: an align
// attribute, an inline style, or a class that says so ("aligncenter",
// "text-center", "f_center").
func centred(n *html.Node, toks []string) bool {
	if strings.EqualFold(attr(n, "align"), "center") || strings.Contains(strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""), "text-align:center") {
		return true
	}
	return slices.ContainsFunc(toks, func(t string) bool { return t == "center" || t == "centered" || t == "aligncenter" })
}

// captionWithCredit reports whether a paragraph p is a picture's caption
// followed by its credit in the brackets or after the label the caption
// printed and the credit read without ("…20元。（記者X攝）", "…方案。圖／X
// 提供", "…。新华社记者 X 摄"): p opens with the caption, holds the credit
// after it, and has no more than a label's or brackets' few bytes besides.
func captionWithCredit(p string, images []article.Image) bool {
	for _, im := range images {
		if im.Caption == "" && im.Credit == p && p != "" {
			// A lone credit ("Courtesy of X" beside a slide's picture, no
			// figure, no caption). Decides no development page; general
			// because the image rules read it as that picture's credit.
			return true
		}
		if im.Caption == "" || im.Credit == "" || !strings.HasPrefix(p, im.Caption) {
			continue
		}
		if rest := p[len(im.Caption):]; strings.Contains(rest, im.Credit) && len(rest)-len(im.Credit) <= 12 {
			return true
		}
	}
	return false
}

// figureWrapper reports whether n holds one <figure> and nothing else:
// a box a template puts around its lead picture ("<div
// class=ContentHeaderLede><figure>…"), named for where it stands (the
// header) and not for what it holds, which is the picture and its
// caption; such a box is no chrome to the image rules. The figure may
// sit in plain wrappers of its own (bodywrap.go).
func figureWrapper(n *html.Node) bool {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type == html.ElementNode && unwrapPlain(c).DataAtom == atom.Figure && only == nil:
			only = c
		default:
			return false
		}
	}
	return only != nil
}

// creditWords name an element that holds a picture's credit.
// The photographer is named in the template's language too ("fotograf",
// "fotografo", "fotograaf", "photographe"): the credit's element in
// Dutch, German, Scandinavian, Italian, Spanish and French templates.
var creditWords = set("credit", "credits", "copyright", "photographer", "fotograf", "fotografo", "fotograaf", "photographe")

// photoAuthor reports whether n's class tokens name the picture's author
// ("foto-autor", "photo-author", "image-auteur"): a picture word and an
// author word together, the photographer's credit. Tried only inside a
// caption element (creditElem) and on the element right after one
// (captionedImage), where the story's author is not named. An element
// showing a picture is the story's author's avatar box ("<div
// class=author-photo><img><a>Jane Doe</a>"), which the same two words
// name: no credit.
func (d *doc) photoAuthor(n *html.Node) bool {
	toks := d.tokensOf(n)
	return hasAny(toks, photoClassWords) && hasAny(toks, authorClassWords) && !showsImage(n)
}

var (
	photoClassWords  = set("foto", "photo", "image", "img", "bild", "imagen", "immagine", "picture")
	authorClassWords = set("author", "autor", "auteur", "autore")
)

// creditNamed reports whether class and id tokens name a credit: a credit
// word, or a compound ending on one ("fotocredit", "imagecredits",
// "bildcopyright"). The compounds are right on two tune pages and change
// no check page; kept because German and Dutch write the compound as one
// word, and the element must sit right after the picture.
func creditNamed(toks []string) bool {
	for _, t := range toks {
		if creditWords[t] {
			return true
		}
		for _, w := range [...]string{"credit", "credits", "copyright"} {
			if len(t) > len(w)+2 && strings.HasSuffix(t, w) {
				return true
			}
		}
	}
	return false
}

// creditElem returns the element in a caption element named as its credit
// ("<span class=credit>", "photo-source", "attribution"), or nil. The
// word "rights" ("mediaRights", here and in captionAfter) decides no
// development page; kept because a picture's rights are its credit in
// any template that names them, and the element must stand in or right
// after the picture's caption. Portuguese, Spanish and Italian templates
// name it "credito" (a Portuguese portal's "<span class=credito>NAME/LUSA"),
// Spanish and Italian ones also "firma" (the signature: "firmaFoto",
// "foto-firma").
//
// So is an element named as the picture's author ("photo-author",
// "foto-autor", "autor-foto"), as templates of many languages name the
// photographer's span: an author word beside a picture word.
func (d *doc) creditElem(capNode *html.Node) *html.Node {
	if c := d.findByWord(capNode, "credit", "copyright", "credits", "source", "byline", "attribution", "rights", "credito", "creditos", "firma"); c != nil {
		return c
	}
	return findElem(capNode, d.photoAuthor)
}

// cardLink reports whether a is a link to another page; a link to the
// picture's own file (a lightbox's "<a href=big.jpg><img></a>") is none.
func cardLink(a *html.Node) bool {
	if a == nil || a.DataAtom != atom.A {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(attr(a, "href")))
	if h == "" || h[0] == '#' {
		return false
	}
	for _, ext := range imageExts {
		// "big.jpg", "big.jpg?w=900", "storyimage/1.jpg&MaxW=900"
		if i := strings.Index(h, ext); i > 0 && (i+len(ext) == len(h) || strings.ContainsRune("?&#", rune(h[i+len(ext)]))) {
			return false
		}
	}
	return true
}

// textBetween reports visible text in the siblings between a and b.
func textBetween(a, b *html.Node) bool {
	for c := a.NextSibling; c != nil && c != b; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// captionClassed reports whether class tokens name a caption by the
// lexicon's caption class words ("caption", "bildunterschrift",
// "didascalia"). A word of three letters or fewer (the German "bu", the
// Spanish "pie") names a caption alone ("<p class=bu>") or beside a
// picture word ("foto-pie", "pie-de-foto"); in other compounds it is
// another word ("pie-chart", "apple-pie").
func (d *doc) captionClassed(toks []string) bool {
	for _, t := range toks {
		if d.w.captionOnly[t] && (len(t) > 3 || len(toks) == 1 || hasAny(toks, photoClassWords)) {
			return true
		}
	}
	return false
}

// wireReporterRE is a Korean wire's caption opening: "(서울=연합뉴스) 최현우
// 기자 = …", the place and the wire in brackets, then the photographer's
// name, his title and an equals sign before the caption itself. Group 1
// is the name, group 2 the title, group 3 where the caption starts.
var wireReporterRE = regexp.MustCompile(`^[(（\[]\s*[가-힣]{1,8}\s*=\s*[^)）\]]{1,16}[)）\]]\s*([가-힣]{2,4})\s+([가-힣]{1,5})\s*=\s*()\S`)

// creditOpeningWire splits a caption that opens with a Korean wire's
// "(서울=연합뉴스) 이름 기자 =" into the text after it and the
// photographer named in it; else it returns s and "". Right on one
// development page; general because it is the form every Korean wire
// (연합뉴스, 뉴시스, 뉴스1) opens its pictures' captions with, and the
// title must be a role word of the lexicon.
func (d *doc) creditOpeningWire(s string) (caption, credit string) {
	m := wireReporterRE.FindStringSubmatchIndex(s)
	if m == nil || !d.w.role[s[m[4]:m[5]]] {
		return s, ""
	}
	return s[m[6]:], s[m[2]:m[3]]
}

// creditAfterEquals splits a Japanese caption's credit set after a
// full-width equals sign at its end: "…の店舗＝ロイター" (a wire or a
// picture agency), "…の高官＝4日、ワシントン、山田太郎撮影" (when, where
// and, last, the photographer's name closed by the language's "taken
// by"); else it returns s and "". The date and place before the name
// are left out of both. Right on two development pages;
// general because it is how Japanese papers close every picture's
// caption, and the tail must be an agency's name or a name closed by a
// credit suffix (creditSuffixed).
func (d *doc) creditAfterEquals(s string) (caption, credit string) {
	i := strings.LastIndex(s, "＝")
	if i <= 0 {
		return s, ""
	}
	head, tail := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len("＝"):])
	if head == "" {
		return s, ""
	}
	if d.agencyName(tail) {
		return head, tail
	}
	if j := strings.LastIndex(tail, "、"); j >= 0 {
		tail = strings.TrimSpace(tail[j+len("、"):])
	}
	if d.creditSuffixed(tail) {
		return head, tail
	}
	return s, ""
}
