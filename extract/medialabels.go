package extract

import (
	"strings"
	"sync"

	"github.com/byline/byline/extract/lexicon"
)

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
