package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the summary (the standfirst or dek), the subheadline and
// the edition.

// summaryRules find the summary, in order.
var summaryRules = []rule[string]{
	{"printed-byline", func(d *doc) (string, bool) {
		v := d.visibleByline().summary
		return v, v != ""
	}},
	// The lead printed between the headline and the body; without the
	// slash byline (whose last part is the standfirst).
	{"lead-paragraph", func(d *doc) (string, bool) {
		if d.visibleByline().slash {
			return "", false
		}
		l := d.leadParagraph()
		return l, l != ""
	}},
	{"standfirst-element", func(d *doc) (string, bool) {
		s := d.standfirst()
		return s, s != ""
	}},
	// A description the metadata cut short ("… abrirá ...") that one of
	// the first paragraphs prints whole: that paragraph.
	{"meta-description-whole", func(d *doc) (string, bool) {
		s := d.wholeDescription()
		return s, s != ""
	}},
	{"meta-description", func(d *doc) (string, bool) {
		s := d.description()
		return s, s != ""
	}},
	// No description: the headline box's paragraph under the <h1>
	// (summarydek.go).
	{"dek-under-headline", func(d *doc) (string, bool) {
		s := d.dekUnderHeadline()
		return s, s != ""
	}},
	// No description: the body's first paragraph, when its element is
	// named as the standfirst ("<p class=standfirst>" inside the
	// article's container), is the dek, read as the text's opening too.
	{"standfirst-opening", func(d *doc) (string, bool) {
		s := d.standfirstOpening()
		return s, s != ""
	}},
}

// resolveSummary sets d.summary.
func (d *doc) resolveSummary() {
	d.summary, _ = resolve(d, "summary", summaryRules, showString)
}

// standfirst finds the dek or standfirst element among the header blocks:
// a block of 30 to 700 characters inside an element named so.
func (d *doc) standfirst() string {
	res := d.bodyRes
	for _, b := range res.header {
		if b.container == nil || b.tag == atom.H1 {
			continue
		}
		if n := utf8.RuneCountInString(b.text); n < 30 || n > 700 || d.pictureLine(b.container, res.scope, b.text) {
			continue
		}
		for c := b.container; c != nil && c != res.scope; c = c.Parent {
			if d.standfirstNamed(d.tokensOf(c)) || standfirstItemprop(c) {
				return b.text
			}
		}
	}
	return ""
}

// standfirstItemprop reports whether n's schema.org property is the
// article's standfirst: its alternativeHeadline or its description. Only
// the article's (or the page's) own: a description inside another item is
// that item's, an author's bio (Person) or a lead video's blurb
// (VideoObject) in the header.
func standfirstItemprop(n *html.Node) bool {
	if p := attr(n, "itemprop"); p != "alternativeHeadline" && p != "description" {
		return false
	}
	t := itemscopeType(n)
	return t == "" || articleItemType(t) || strings.HasSuffix(strings.ToLower(strings.TrimRight(t, "/ ")), "webpage")
}

// wholeDescription returns the first of the body's first three
// paragraphs that opens with the page's description cut short by an
// ellipsis; "" when the description is whole or no paragraph holds it.
func (d *doc) wholeDescription() string {
	desc := d.description()
	stem := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(desc, "..."), "…"))
	if stem == desc || utf8.RuneCountInString(stem) < 40 {
		return ""
	}
	for i, p := range d.bodyRes.paragraphs {
		if i == 3 {
			break
		}
		if len(p) > len(stem) && len(p) <= 1000 && strings.HasPrefix(p, stem) {
			return p
		}
	}
	return ""
}

// standfirstOpening returns the body's first paragraph when an element
// around it, inside the article scope, is named as a standfirst or lead.
func (d *doc) standfirstOpening() string {
	res := d.bodyRes
	if len(res.paraBlocks) < 2 || res.paraBlocks[0] == nil || res.paraBlocks[0].container == nil {
		return ""
	}
	b, t := res.paraBlocks[0], res.paragraphs[0]
	if n := utf8.RuneCountInString(t); n < 30 || n > 700 || b.linkLen*3 > len(b.text) || d.isCaptionLine(t) || d.isBoilerLine(t) {
		return ""
	}
	// The paragraph's own element or its parent (past plain wrappers): a
	// name further up is a region's ("intro" around a picture and its
	// caption).
	for i, c := 0, b.container; i < 2 && c != nil && c != res.scope; i, c = i+1, plainParentBelow(c, res.scope) {
		if d.standfirstNamed(d.tokensOf(c)) || standfirstItemprop(c) {
			return t
		}
	}
	return ""
}

// standfirstNamed reports whether class/id tokens name a standfirst.
func (d *doc) standfirstNamed(tokens []string) bool {
	for i, w := range tokens {
		if standfirstWords[w] {
			return true
		}
		if w == "sub" && i+1 < len(tokens) {
			switch tokens[i+1] {
			case "title", "headline", "heading":
				return true
			}
		}
	}
	return false
}

// resolveSubheadline returns the first heading of four words or more
// dropped before the body that is not the headline.
func (d *doc) resolveSubheadline() string {
	for _, h := range d.bodyRes.headings {
		if wordCount(h) >= 4 && !strings.EqualFold(h, d.headline) {
			d.trace.add("subheadline", "heading-before-text", h, true)
			return h
		}
	}
	return ""
}
