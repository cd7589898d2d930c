package extract

import (
	"strings"
	"unicode"
)

// This file cuts from a caption's end what is left of a credit whose
// name the page does not print: the label alone ("… dopo il crollo
// (Foto", "… alleen doen. Beeld", "… Madrid. Foto"), the separator a
// template sets before the credit ("… original. /", "…の店舗＝"), and a
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
		for _, sep := range [...]string{"/", "|", "＝", "=", "—", "–"} {
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
func (d *doc) danglingLabel(word string) bool {
	if word == "" || strings.ContainsAny(word, ".!?") && !strings.HasSuffix(word, ":") {
		return false
	}
	return d.isCreditLabel(word) || barePictureWordRE.MatchString(strings.ToLower(word)+" ")
}
