package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the lines that name authors: those a label opens ("By",
// "Von", "Posted ... by"; startsWithLabel, which the walk calls), and those
// without one: a "date | name" line by the headline, the agency of a wire
// dateline, the holder of a personal site's copyright, a signature under
// the text, a wire's sign-off, a Chinese paper's reporter credit; and the
// credits that name no person: a desk ("Redaktion"), an agency code
// ("det/dpa").

// labelledLines reads short elements that start with a label ("Autor:
// X", "Text: X", "By X"). A bare label in its own element ("<h4>Autor</h4>
// <p>X</p>", "<b>Von:</b> X") names who the next element or the rest of
// its parent does, both read past plain wrappers (bodywrap.go).
func (d *doc) labelledLines() []string {
	var out, editors []string
	for _, n := range d.withoutTeasers(d.labelled) {
		if inChrome(n) || d.ofPicture(n) || d.replyLine(n) || d.factListItem(n) {
			continue
		}
		t := d.labelledText(n)
		if bare := strings.ToLower(strings.Trim(t, " :：")); d.w.stripLabel(t) == "" || d.w.isLabel(bare) {
			if menuItem(n) {
				continue // "About" in a footer's list of links
			}
			if next := plainSibling(n, true); next != nil && !d.w.isLabel(strings.ToLower(strings.Trim(shortText(next, 450), " :："))) {
				if nt := shortText(next, 450); nt != "" && textUnder(nt, 150) && !d.w.pictureLine(nt) {
					if !fieldLabelLine(nt) {
						out = append(out, nt)
					}
					continue // (the next field of a meta row: its name is empty, authorfurniture.go)
				}
			}
			if p := plainParent(n); p != nil && p.Type == html.ElementNode {
				pt := shortText(p, 450)
				if pt != t && strings.HasSuffix(pt, t) && !strings.HasPrefix(pt, t) {
					continue // a label closing its line labels nothing: a kicker's genre, "Attualità · <span>Reportage</span>"
				}
				t = strings.TrimSpace(strings.TrimPrefix(pt, t))
			}
		}
		if t != "" && textUnder(t, 150) && !d.notByline(t) {
			if d.editorLine(t) {
				editors = append(editors, t)
				continue
			}
			out = append(out, t)
		}
	}
	// The editor in charge ("责任编辑：X", under every story of a
	// Chinese portal) is credited only when no line, and no reporter's
	// credit in the text, names a writer.
	if len(out) == 0 && len(d.reporterCredits()) == 0 {
		return editors
	}
	return out
}

// labelledText returns the text of a labelled element: its first line
// when the label opens it ("Von X und Y<br>Kakuma /Kenia": the byline is
// the line the label opens, not the place or text the next line holds),
// else its whole short text.
func (d *doc) labelledText(n *html.Node) string {
	t := shortText(n, 450)
	if l := firstLine(n, 450); l != t && d.w.stripLabel(l) != "" {
		return l
	}
	return t
}

// editorLine reports whether t opens with an editor's label noun and its
// colon ("责任编辑：周婷").
func (d *doc) editorLine(t string) bool {
	i, _ := colonAt(t)
	return i > 0 && i < 24 && d.w.editorLabels[strings.TrimSpace(t[:i])]
}

// maxBylineWords is the most words a labelled byline holds after its
// label: six authors' names with their joiners. More is prose that opens
// with "By" or "Von" ("By the time we realised…").
const maxBylineWords = 14

// notByline reports whether a labelled line names no writer: prose, or a
// picture credit ("Fotos: Jane Doe, John Roe" names the photographers; a
// source line, "Quelle: kathpress", names who the text is from).
func (d *doc) notByline(t string) bool {
	if rest := d.w.stripLabel(t); wordCount(rest) > maxBylineWords || d.w.proseAfterLabel(rest) {
		return true // "By now, the crew had rebuilt the stage.": a sentence
	}
	if d.w.pictureLine(t) {
		return true
	}
	return slices.ContainsFunc(d.w.openingCreditLabels(strings.ToLower(t)), func(l string) bool {
		return containsAnyOf(l, pictureStems()...)
	})
}

// ofPicture reports whether n is a picture's credit ("Photo: Jane Doe",
// "Foto: ÖTZ" names the photographer, not the writer): it starts with a
// picture-credit label of the lexicon, or a source noun (sourceLabel:
// "Source : Euronext" under a chart), and sits in a figure, in an
// element named as a caption or credit, or in a small box beside an
// <img>.
func (d *doc) ofPicture(n *html.Node) bool {
	if t := shortText(n, 40); len(d.w.openingCreditLabels(strings.ToLower(t))) == 0 && !d.w.sourceLabel(t) {
		return false
	}
	return ancestorWithin(n, 3, func(a *html.Node) bool {
		if a.DataAtom == atom.Figure || a.DataAtom == atom.Figcaption {
			return true
		}
		if toks := d.tokensOf(a); hasAny(toks, d.w.captionWords) || hasAny(toks, creditWords) {
			return true
		}
		// A small box that holds a picture and the line: a lightbox's
		// or a gallery's "Quelle: X" under its <img>, in no figure.
		// Decides no scored page (a tune page's lightbox credit is
		// outside its text); kept: a credit label beside an <img> in a
		// box of a few lines credits that picture on any template.
		// (textFits: a read stopped at the bound and squashed came out
		// under it, and a whole <main> passed for a small box.)
		return a != n && textFits(a, 299) && findFirst(a, atom.Img) != nil
	}) != nil
}

// dateNameLines returns the names of the short elements by the headline
// (the one before it, the two after it) whose text is segments joined by
// "|", "•", "·" or a dash, one of them a date: "04.02.2022 | 13:10 Uhr |
// Uta Helkenberg", "12. März 2021 – Hans Müller", "March 3, 2024 - Jane
// Doe". Only person names of two
// or three words count (a one-word segment is a place or a section).
func (d *doc) dateNameLines() []string {
	if d.headlineNode == nil {
		return nil
	}
	next := plainSibling(d.headlineNode, true)
	var after *html.Node
	if next != nil {
		after = plainSibling(next, true)
	}
	var out []string
	for _, sib := range [3]*html.Node{plainSibling(d.headlineNode, false), next, after} {
		if sib == nil {
			continue
		}
		t := shortText(sib, 360)
		if textOver(t, 120) || !strings.ContainsAny(t, "|•·–—-") {
			continue
		}
		segs := splitAny(t, "|", "•", "·", " – ", " — ", " - ")
		if len(segs) < 2 {
			continue // a hyphen inside a word ("2024-017"), no segments
		}
		dated := false
		for _, seg := range segs {
			if seg = strings.TrimSpace(seg); seg != "" && seg[0] >= '0' && seg[0] <= '9' {
				dated = true
			} else if _, _, ok := d.dates().textDates(seg); ok {
				dated = true // "March 3, 2024 – Jane Doe"
			} else if d.labelledSeg(seg) {
				// "Dodano: -- 16:35 | Autor: X | Czytano: 734 razy": a
				// field of the row its byline label opens tells the
				// row's kind as its date does (a portal's meta row
				// whose date is missing or unreadable).
				dated = true
			}
		}
		if !dated || d.inStoryCard(sib) {
			continue // (a card of another story: its writer's line, authorcards.go)
		}
		for _, seg := range segs {
			if d.w.issueNoteSeg(seg) {
				continue // "Samenleving Nr. 10": a print issue's note (authorfurniture.go)
			}
			for _, n := range d.w.splitAuthorNames(seg, false) {
				if d.w.personName(n) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// datelineAgency returns the agency credit of a dateline that opens text
// ("Hamburg (dpa/lno) – ...", "WASHINGTON (AP) —"), or "".
func datelineAgency(text string) string {
	open := strings.IndexByte(text, '(')
	if open < 2 || open > 40 {
		return ""
	}
	end := strings.IndexByte(text[open:], ')')
	if end < 0 {
		return ""
	}
	in := text[open+1 : open+end]
	rest := strings.TrimLeft(text[open+end+1:], " \u00a0")
	if !(strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")) {
		return ""
	}
	// The place before it is one or two capitalised words.
	place := strings.Fields(text[:open])
	if len(place) == 0 || len(place) > 2 || !firstUpper(place[0]) {
		return ""
	}
	if agencyCredit(in) || agencyCode(in) {
		return in // "dpa/lno", "AP", "dpa"
	}
	return ""
}

// copyrightPerson returns the holder of the page's last copyright line
// ("© 2021 Jane Doe", "(c) Johannes Wolf • Impressum") when the holder is
// a person. A © that credits a photo (in a figure, or in a box about
// images) is not the page's.
func (d *doc) copyrightPerson() string {
	var lines []string
	for _, b := range d.blocks {
		if b.caption || b.container == nil || textOver(b.text, 150) || imageBox(b.container) {
			continue
		}
		if i := copyrightMark(b.text); i >= 0 && len(lines) < 16 && !holdsImg(b.container) {
			lines = append(lines, b.text[i:])
		}
	}
	// The page's own line is the last one that names a person.
	for i := len(lines) - 1; i >= 0; i-- {
		if h := d.copyrightHolder(lines[i]); h != "" {
			return h
		}
	}
	return ""
}

// imageBox reports whether n or one of its three parents is a box about
// images (a caption, a credit, a gallery).
func imageBox(n *html.Node) bool {
	for i := 0; i < 4 && n != nil && n.Type == html.ElementNode && n.DataAtom != atom.Body; i, n = i+1, n.Parent {
		if containsAnyOf(classHint(n), "caption", "credit", "image", "img", "photo", "bild", "foto", "media", "gallery",
			"slide", "hero", "figure", "picture", "video") {
			return true
		}
	}
	return false
}

// holdsImg reports whether the box n holds a picture: a copyright mark
// beside it credits the picture (a teaser's thumbnail "© NAME"), not the
// page.
func holdsImg(n *html.Node) bool {
	return findElem(n, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
}

// copyrightHolder returns the person named by the text after a copyright
// mark ("2019 Sven Schreivogel", " Johannes Wolf • Impressum"), or "".
// "Copyright: X" is a photo credit, not the page's.
func (d *doc) copyrightHolder(line string) string {
	if strings.HasPrefix(strings.TrimSpace(line), ":") {
		return ""
	}
	// Years, "by", then the holder up to the first separator.
	s := d.w.stripLabel(strings.TrimLeft(line, " 0123456789-–,.\u00a0"))
	if i := strings.IndexAny(s, "•|·,;:()/"); i >= 0 {
		s = s[:i]
	}
	for _, sep := range [...]string{" - ", " – ", " — ", ". "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	// (A rights notice after the mark, "©RIPRODUZIONE RISERVATA", "© All
	// Rights Reserved", is a boiler line of the lexicon: no holder.)
	if d.w.boilerLines[strings.ToLower(s)] || !d.w.personName(s) || d.w.adminHolder(s) || companyHolder(s) {
		return ""
	}
	return d.w.cleanName(s, false)
}

// adminHolder reports whether a copyright holder is a town's or region's
// administration: its first or last word is one of the lexicon's holder
// words ("Minatogawa City", "Comune di Bologna", "Aarhus Kommune"), or it
// opens on one of its phrases ("Ville de Lyon").
func (w *words) adminHolder(s string) bool {
	low := strings.ReplaceAll(strings.ToLower(s), "’", "'")
	f := strings.Fields(low)
	if len(f) > 0 && (w.holderOrg[f[0]] || w.holderOrg[f[len(f)-1]]) {
		return true
	}
	for _, o := range w.holderOpeners {
		if strings.HasPrefix(low, o) {
			return true
		}
	}
	return false
}

// copyrightMark returns the index just after a copyright mark in s ("©",
// "(c)", "Copyright"), or -1.
func copyrightMark(s string) int {
	for _, m := range [...]string{"©", "(c)", "(C)", "Copyright"} {
		if i := strings.Index(s, m); i >= 0 {
			return i + len(m)
		}
	}
	return -1
}

// signatureName returns the name in the page's last right-aligned
// paragraph when it holds only a person's name: the signature older pages
// put under an article.
func (d *doc) signatureName() string {
	var last *html.Node
	for _, n := range d.rightAligned {
		if !inChrome(n) && !contains(findAncestor(n, atom.Figure), n) {
			last = n
		}
	}
	if last == nil {
		return ""
	}
	t := shortText(last, 100)
	if !d.w.personName(t) {
		return ""
	}
	return d.w.cleanName(t, false)
}

// dropSignatureLine drops the body's last paragraph when it is the
// signature (signatureName) that names one of the authors: a byline
// printed under the text, as Vietnamese papers and older pages sign
// their stories, is no more the text than one above it.
func (d *doc) dropSignatureLine(authors []string) {
	res := d.bodyRes
	n := len(res.paragraphs)
	if n < 2 || len(authors) == 0 {
		return
	}
	last := res.paragraphs[n-1]
	if textOver(last, 100) || !slices.Contains(authors, d.w.cleanName(last, false)) || d.signatureName() == "" {
		return
	}
	if b := res.paraBlocks[n-1]; b == nil || b.container == nil || !rightAligned(b.container) {
		return
	}
	d.removeParagraph(n-1, "signature-line")
}

// dashSignature returns the name of a sign-off line that closes the
// article's text, a dash and a person's name ("— Jane Doe"): the last
// line of the article's scope, right after a paragraph.
func (d *doc) dashSignature() string {
	scope := d.scope()
	for i := len(d.blocks) - 1; i >= 0; i-- {
		b := d.blocks[i]
		if b.container == nil || !contains(scope, b.container) {
			continue
		}
		if textOver(b.text, 60) || inChrome(b.container) {
			return ""
		}
		rest := strings.TrimLeft(b.text, "—–-‒ \u00a0")
		prev := plainSibling(b.container, false)
		if len(rest) == len(b.text) || prev == nil || prev.DataAtom != atom.P || !d.w.personName(rest) {
			return ""
		}
		return d.w.cleanName(rest, false)
	}
	return ""
}

// findAncestor returns the nearest ancestor of n with tag a, or nil.
func findAncestor(n *html.Node, a atom.Atom) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return p
		}
	}
	return nil
}

// startsWithLabel reports whether n's first text starts with a byline
// label: "By X", "Autor: X", "<b>Von:</b> X".
func (d *doc) startsWithLabel(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c != nil && c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B || c.DataAtom == atom.Em) {
		c = c.FirstChild
	}
	if c == nil || c.Type != html.TextNode {
		return false
	}
	t := strings.TrimLeft(strings.ReplaceAll(c.Data, "\u00a0", " "), " \t\r\n-–—|•·")
	if len(t) < 2 {
		return false
	}
	var hb [96]byte
	head := lowerOnStack(&hb, truncRunes(t, 24))
	w := d.w
	for _, l := range w.bylineLabelIdx.byFirst[head[0]] { // (the labels that may open head)
		if strings.HasPrefix(head, l) && len(head) > len(l) && (head[len(l)] == ' ' || head[len(l)] == ':' || labelClosed(l)) {
			return true
		}
	}
	// "Posted March 5, 2024 by X", "Veröffentlicht am 5. März von X": a
	// publication word, its date, then a byline label; or its category
	// linked before the label ("Posted in <a>News</a> by X", as WordPress
	// themes print it): the element's whole line is read.
	if first, _, ok := strings.Cut(head, " "); ok && w.published[first] && textUnder(t, 150) {
		if c.NextSibling != nil {
			t = firstLine(n, 200)
		}
		low := strings.ToLower(t)
		for _, l := range w.bylineLabels {
			if hasWord(low, l) {
				return true
			}
		}
	}
	// A label noun with its colon ("Autor: X"), or a label alone in its
	// element ("<strong>Text:</strong> Name", "<h4>Autor</h4>").
	if i, _ := colonAt(head); i > 0 && w.labelNouns[strings.TrimSpace(head[:i])] {
		return true
	}
	// A table's column header ("<th>Contributor</th>" over a list of
	// donors) labels a column, not a byline.
	return w.isLabel(strings.TrimSpace(head)) && len(strings.TrimSpace(head)) <= 12 && n.DataAtom != atom.Th
}

// labelClosed reports whether a byline label ends in its own separator:
// a colon ("autor:"), or the slash Chinese and Japanese credits put
// between label and name ("文／王小明", "撰文/李华").
func labelClosed(p string) bool {
	return strings.HasSuffix(p, ":") || strings.HasSuffix(p, "／") || strings.HasSuffix(p, "/")
}

// hasWord reports whether phrase occurs in s between spaces (not at
// either end), without building " "+phrase+" ".
func hasWord(s, phrase string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		if i > 0 && s[i-1] == ' ' && i+len(phrase) < len(s) && s[i+len(phrase)] == ' ' {
			return true
		}
		from = i + 1
	}
}

// deskCredit returns a raw byline that names only a desk ("Von Redaktion",
// "By Staff Writer") cleaned of its label, or "". Two lines in the same
// words credit no one: "From staff reports" says what the story was
// compiled from (English "from", unlike Italian "di" or Swedish "av",
// is no "by"), and a lone "Editor" ("By Editor", "Posted by editor") is
// the default user name of a CMS, a placeholder of the lexicon. Nor does
// one person's title alone, a desk word whose plural the lexicon's
// desk_words list too ("Reporter", "Writer", "Columnist"): it is the
// role line beside a byline whose name is missing ("By: <a></a>
// <span class=role>Reporter</span>", TestMetamorphicAbsent), while a
// desk ("Staff", "Redaktion", "Newsroom") has no plural there and
// "Staff Reporter" names the desk.
func (w *words) deskCredit(raw string) string {
	c := cleanText(raw)
	if w.compiledFrom(c) {
		return ""
	}
	s := strings.Trim(w.stripLabel(w.cutAuthorTail(c)), " ,.:;|-–—•·")
	fields := strings.Fields(s)
	if len(fields) > 1 && fields[0] == "the" {
		fields = fields[1:] // "By the Editorial Board" (opinion desks' form): "the" is the sentence's
	}
	if len(fields) == 0 || len(fields) > 5 {
		return ""
	}
	hasDesk := false
	var named []string // the words that are no filler
	for _, f := range fields {
		lw := strings.ToLower(f)
		if !w.desk[lw] {
			return ""
		}
		if !fillerDeskWord(lw) {
			hasDesk = true
			named = append(named, lw)
		}
	}
	if !hasDesk || w.placeholders[strings.Join(named, " ")] || len(fields) == 1 && w.desk[named[0]+"s"] {
		return ""
	}
	return strings.Join(fields, " ")
}

// compiledFrom reports whether a byline says only what the story was
// compiled from: English "from" and desk words ("From staff reports",
// "From the newsroom"). It credits no one.
func (w *words) compiledFrom(s string) bool {
	f := strings.Fields(strings.ToLower(strings.Trim(s, " |:-–—•·.")))
	if len(f) < 2 || f[0] != "from" {
		return false
	}
	for _, x := range f[1:] {
		if !w.desk[x] {
			return false
		}
	}
	return true
}

// fillerDeskWord reports whether a desk word only joins others ("the
// news service", "die Redaktion").
func fillerDeskWord(w string) bool {
	switch w {
	case "and", "&", "die", "the", "news", "service":
		return true
	}
	return false
}

// agencyCredit reports whether s is an author code glued to an agency or a
// desk ("det/dpa", "dpa/lno", "MDR THÜRINGEN/ls"); "AFP/Reuters" is not
// (one side must be a short code in one case).
func agencyCredit(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	if desk, code := parts[0], parts[len(parts)-1]; len(parts) == 2 && wordCount(desk) <= 3 && isAllCaps(desk) &&
		len(code) >= 2 && len(code) <= 4 && agencyCode(code) && strings.ToLower(code) == code {
		return true // a desk in capitals and the editor's initials
	}
	code := false
	for _, p := range parts {
		if n := len([]rune(p)); n < 2 || n > 5 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		code = code || agencyCode(p)
	}
	return code
}

// agencyCode reports whether s is a short code of letters in one case:
// "dpa", "AFP", "lno".
func agencyCode(s string) bool {
	n := 0
	lower, upper := true, true
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		lower = lower && unicode.IsLower(r)
		upper = upper && unicode.IsUpper(r)
	}
	return n >= 2 && n <= 5 && (lower || upper)
}

// commentAuthor returns the name of a comment's author: the text of an
// element with the "fn" class or "comment-author-name".
func commentAuthor(n *html.Node) string {
	var found *html.Node
	var walk func(*html.Node, int)
	walk = func(c *html.Node, depth int) {
		for k := c.FirstChild; k != nil && found == nil && depth <= 8; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			if cls := strings.ToLower(attr(k, "class")); hasToken(cls, "fn") || hasToken(cls, "comment-author-name") {
				found = k
				return
			}
			walk(k, depth+1)
		}
	}
	walk(n, 0)
	if found == nil {
		return ""
	}
	if t := shortText(found, 240); textUnder(t, 80) {
		return t
	}
	return ""
}
