package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file cuts from a caption's end what is left of a credit whose
// name the page does not print: the label alone ("… dopo il crollo
// (Foto", "… alleen doen. Beeld", "… Madrid. Foto"), the separator a
// template sets before the credit ("… original. /", "…の店舗＝", "…
// originale -" before a credit in an element of its own), and a
// Japanese caption's date-and-place part that leads to the
// photographer ("…＝7日午後、札幌市中央区の大通公園、"), which
// creditAfterEquals leaves out of both fields when the name is printed.

// captionTailFree returns caption without a dangling credit label,
// separator or Japanese date-and-place tail at its end. General: the
// label must be the lexicon's (or a bare picture word, as
// barePictureWordRE reads it) set after the caption's sentence, an
// opening bracket or a separator; a caption of words ending on "photo"
// ("… pose for a photo") keeps it.
func (d *doc) captionTailFree(caption string) string {
	s := strings.TrimSpace(caption)
	for {
		t := strings.TrimRight(s, " ")
		for _, sep := range [...]string{"/", "|", "＝", "=", "—", "–", " -"} {
			if strings.HasSuffix(t, sep) && len(t) > len(sep) {
				t = strings.TrimRight(strings.TrimSuffix(t, sep), " ")
				break
			}
		}
		if i := strings.LastIndex(t, "＝"); i > 0 && strings.HasSuffix(t, "、") {
			t = strings.TrimRight(t[:i], " ") // "＝7日午後、札幌市中央区の…、": the photographer's name cut
		}
		if j := strings.LastIndexAny(t, " (（"); j > 0 {
			word, before := t[j:], strings.TrimRight(t[:j], " ")
			word = strings.TrimLeft(word, " ")
			opened := strings.HasPrefix(word, "(") || strings.HasPrefix(word, "（")
			word = strings.TrimLeft(word, "(（")
			if (opened || sentenceEnd(before) || strings.ContainsAny(lastRune(before), "|/—–")) && d.danglingLabel(word) &&
				strings.IndexFunc(before, unicode.IsLetter) >= 0 {
				t = strings.TrimRight(before, " |/—–")
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// danglingLabel reports whether word, a caption's last word, is a credit
// label of the lexicon or a bare picture word ("Foto", "Beeld", "Bild",
// "Photo", "Фото") with nothing after it.
//
// A word with a full stop is a sentence's end unless the lexicon lists
// the label abbreviated with it ("Fot." of "fot. ", the Polish credit
// label left alone when the photographer's name is cut).
func (d *doc) danglingLabel(word string) bool {
	abbrev := slices.ContainsFunc(d.w.creditLabels, func(x string) bool {
		x = strings.TrimSpace(x)
		return strings.HasSuffix(x, ".") && x == strings.ToLower(word)
	})
	if word == "" || strings.ContainsAny(word, ".!?") && !strings.HasSuffix(word, ":") && !abbrev {
		return false
	}
	return d.isCreditLabel(word) || bareCreditREs().opening.MatchString(strings.ToLower(word)+" ")
}

// boxCaptionSentence reports whether text, the last line of a box named
// for a picture (isMediaBox), is its caption without a credit: the
// box's only text, a caption's length (250 bytes: not a text the
// picture illustrates), a finished sentence of three words or more (or one
// of a language written without spaces, closed by its full stop), as the
// same line reads with its credit after it (mediaBoxLine). A box's
// label or a teaser's title is no sentence, and a box with a link is a
// teaser's, but for a link around the picture alone to the picture's
// file or to "#" (a lightbox's, a template's: cardLink).
func (d *doc) boxCaptionSentence(box *html.Node, text string) bool {
	t := squash(text)
	if textOver(t, 250) || squash(visibleText(box)) != t || findElem(box, func(a *html.Node) bool { return a.DataAtom == atom.A && (hasText(a) || !showsImage(a) || cardLink(a)) }) != nil {
		return false
	}
	if strings.HasSuffix(t, "。") {
		return utf8.RuneCountInString(t) >= 6
	}
	return sentenceEnd(t) && wordCount(t) >= 3 && !strings.HasSuffix(t, "...")
}
