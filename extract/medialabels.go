package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
)

// This file holds the labels that open or close a title: the lexicon's
// headline labels ("LIVE:", "Opinion |", labelFree) and its media labels.
//
// Sites label a title with what the page holds ("VIDÉO. Titre", "[PHOTOS]
// Title", "VIDEO: Title", "(FOTOS) Título", "Title (VIDEO)"), in the
// <title> and the meta titles more than in the page's own heading. A
// headline taken from those (no heading of the page shows it) is cut of
// such a label: one of the lexicon's media labels (video, photos,
// galerie, audio, podcast…) standing as a label, in brackets at either
// end, or opening the title before a colon, a bar or a dash, or in
// capitals before a full stop. The same words in the headline's text
// ("Video games lift toy sales") stay. A live page's "LIVE:" or "EN
// DIRECT -" is no media label: it says what the story is, and where
// every source of the title says it, it stays (labelFree cuts it when
// another source states the title without it).

// mediaLabels are the lexicon's media labels, of every language.
var mediaLabels = sync.OnceValue(func() lexicon.Set { return lexicon.NewSet(lexicon.Union().MediaLabels) })

// titleHeadline is the headline a meta title or the <title> gives, t
// without its media labels, with the heading of the page that shows it.
// A heading that shows the labels too keeps them.
func (d *doc) titleHeadline(t string) headline {
	n := headlineNode(d.h1s, t)
	if n != nil {
		if h := headingText(n); mediaLabelFree(h) != h {
			return headline{t, n}
		}
	}
	if s := mediaLabelFree(t); s != t {
		return headline{s, headlineNode(d.h1s, s)}
	}
	return headline{t, n}
}

// mediaLabelFree returns t without the media labels that open or close
// it; t itself when it has none or fewer than two words would be left.
func mediaLabelFree(t string) string {
	out := t
	if r := leadingMediaLabel(out); r != "" {
		out = r
	}
	if r := trailingMediaLabel(out); r != "" {
		out = r
	}
	if wordCount(out) < 2 {
		return t
	}
	return out
}

// trailingLabelSeps set a media label off the end of a title: the
// spaced dashes and bar, the form in which sites append "– video" or
// "- FOTOS" to a video or gallery page's title (a colon or a full stop
// there would end a sentence of the title's own).
var trailingLabelSeps = []string{" - ", " – ", " — ", " | "}

// isMediaLabel reports whether s, trimmed, is a media label.
func isMediaLabel(s string) bool {
	return mediaLabels()[strings.ToLower(strings.TrimSpace(s))]
}

// leadingMediaLabel returns t after the media label that opens it, or "".
func leadingMediaLabel(t string) string {
	return titleLabel{
		isLabel:  func(l string) bool { return mediaLabels()[l] },
		brackets: "[(【", trimAfter: " :|-–—.", maxHead: 30,
		seps: []string{": ", " | ", " - ", " – ", " — ", ". "},
	}.cut(t)
}

// trailingMediaLabel returns t before the media label that closes it,
// in brackets ("Title (VIDEO)", "Title [PHOTOS]") or as the last part
// after a dash or a bar ("Title – video", "Title - FOTOS"), or "".
func trailingMediaLabel(t string) string {
	t = strings.TrimRight(t, " ")
	for _, sep := range trailingLabelSeps {
		if i := strings.LastIndex(t, sep); i > 0 && isMediaLabel(t[i+len(sep):]) {
			return strings.TrimRight(t[:i], " :|-–—")
		}
	}
	return trailingBracketLabel(t, func(l string) bool { return mediaLabels()[l] })
}

// headlineLabels are the labels sites put before a title for sharing or
// on a live page ("LIVE:", "Breaking |", "【速報】"), from the lexicon.
var headlineLabels = sync.OnceValue(func() lexicon.Set { return lexicon.NewSet(lexicon.Union().HeadlineLabels) })

// labelFree returns a title without a leading label of the lexicon
// ("LIVE: Title", "Opinion | Title", "【速報】タイトル", "DIRECT. Titre" — a
// label in capitals before a full stop, the French papers' form), or ""
// when it has none.
func labelFree(s string) string {
	isLabel := func(l string) bool { return headlineLabels()[l] }
	if r := (titleLabel{
		isLabel: isLabel, brackets: "【[", trimAfter: " ", maxHead: 40,
		seps: []string{": ", " | ", " - ", " – ", " — ", ". "},
	}).cut(s); r != "" {
		return r
	}
	// "Title (UPDATED)", "Title [Live]": the same labels in brackets
	// closing the title, as CMSs append an update note to og:title.
	return trailingBracketLabel(s, isLabel)
}

// trailingBracketLabel returns t before the bracketed label that closes
// it ("Title (VIDEO)", "Title [Updated]"), or "".
func trailingBracketLabel(t string, isLabel func(string) bool) string {
	t = strings.TrimRight(t, " ")
	for open, closing := range closingBracket {
		if !strings.HasSuffix(t, closing) {
			continue
		}
		if i := strings.LastIndex(t, string(open)); i > 0 && isLabel(strings.ToLower(strings.TrimSpace(t[i+utf8.RuneLen(open):len(t)-len(closing)]))) {
			return strings.TrimRight(t[:i], " :|-–—")
		}
	}
	return ""
}

// titleLabel is a form of label that opens a title: a word of a list,
// in brackets at the start or before a separator (labelFree and
// leadingMediaLabel).
type titleLabel struct {
	isLabel   func(string) bool // of the label lower-cased and trimmed
	brackets  string            // the brackets it may stand in ('[', '(', '【')
	trimAfter string            // cut from the title after a bracketed label
	maxHead   int               // the longest label before a separator, in bytes
	seps      []string          // after the label; ". " only after one in capitals
}

// closingBracket pairs the brackets a label stands in.
var closingBracket = map[rune]string{'[': "]", '(': ")", '【': "】"}

// cut returns s after the label that opens it, or "" when none does. A
// title opening with one of the brackets has its label there or none.
func (o titleLabel) cut(s string) string {
	if r, size := utf8.DecodeRuneInString(s); strings.ContainsRune(o.brackets, r) {
		end := closingBracket[r]
		if i := strings.Index(s, end); i > size && o.isLabel(strings.ToLower(strings.TrimSpace(s[size:i]))) {
			return strings.TrimLeft(strings.TrimSpace(s[i+len(end):]), o.trimAfter)
		}
		return ""
	}
	for _, sep := range o.seps {
		head, rest, ok := strings.Cut(s, sep)
		if !ok || len(head) > o.maxHead || sep == ". " && strings.ToUpper(head) != head {
			continue // "Video. Title" in sentence case may be prose
		}
		// An emoji or a symbol may go before the label ("🔴 LIVE: Title").
		if o.isLabel(strings.ToLower(strings.TrimLeftFunc(strings.TrimSpace(head), notLetterOrDigit))) {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// sectionLabelFree cuts a section label before " | " off a bare <title>
// ("Opinion | Title"), which sites print there when the name of the site
// is given elsewhere. Only a lexicon headline label is cut.
func sectionLabelFree(t string) string {
	if head, rest, ok := strings.Cut(t, " | "); ok && wordCount(rest) >= 2 && headlineLabels()[strings.ToLower(strings.TrimSpace(head))] {
		return strings.TrimSpace(rest)
	}
	return t
}
