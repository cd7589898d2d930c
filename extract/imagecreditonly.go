package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/article"
)

// This file turns a picture's "caption" that is only its credit into the
// credit: a caption element whose caption the newsroom left empty still
// prints the credit the template sets after it ("<figcaption> —
// WAM</figcaption>", "<figcaption>Provided by Marlowe County</figcaption>",
// a lightbox's data-description " Foto: Jane Doe"), and each image rule
// would otherwise read that text as the caption.

// creditOnlyCaptions moves a picture's caption that reads as a credit
// alone into its credit (when it has none, or the same one), and drops a
// caption that is a credit label alone ("Crédit", "Photo:"): the template
// printed the label of an empty credit. General: the caption must read
// as the credit a caption's text ends on by the tests splitCredit
// applies there (captionCreditAlone), so a caption of words stays one.
func (d *doc) creditOnlyCaptions(imgs []article.Image) []article.Image {
	for i, im := range imgs {
		im.Caption = d.captionTailFree(im.Caption)
		imgs[i].Caption = im.Caption
		if im.Caption == "" {
			continue
		}
		if d.isCreditLabel(strings.Trim(im.Caption, "()[]（）|—–- ")) {
			imgs[i].Caption = ""
			continue
		}
		credit, ok := d.captionCreditAlone(im.Caption)
		if !ok {
			continue
		}
		switch {
		case im.Credit == "":
			imgs[i].Caption, imgs[i].Credit = "", credit
		case d.creditValue(credit) == d.creditValue(im.Credit):
			imgs[i].Caption = ""
		}
	}
	return imgs
}

// creditHeads are the caption sentences captionCreditAlone sets before a
// text to ask whether splitCredit reads it as the credit that ends a
// caption: a sentence of words, and one of a language written without
// spaces (whose credit forms follow a full-width full stop or equals
// sign).
var creditHeads = [...]string{"The view from the old harbour at dawn.", "港の風景。"}

// captionCreditAlone reports whether caption, a picture's whole caption,
// is a credit and nothing else, and returns the credit: the text read as
// the credit a caption ends on (a label's, a wire's, a slash's, a bar's
// or a dash's after a sentence, "Provided by …", "＝ロイター", "＝4日、
// ワシントン、山田太郎撮影"), with nothing of it left for the caption; or
// a credit the caption's own element is read as whole (wholeCredit,
// creditAlone). General: the same tests read the credit at every
// caption's end; only the sentence before it is missing.
func (d *doc) captionCreditAlone(caption string) (string, bool) {
	s := squash(caption)
	if s == "" || textOver(s, 160) || sentenceInside(s) || strings.Contains(s, "。") {
		return "", false // a sentence: the caption's own text
	}
	if d.wholeCredit(s) || d.creditAlone(s) {
		return cleanCredit(strings.Trim(s, "[]（）")), true
	}
	if d.labelledName(s) || d.outletSlashCredit(s) {
		return cleanCredit(s), true
	}
	for _, head := range creditHeads {
		if hasCJK(head) != hasCJK(s) || d.creditLabelAt(head+" "+s) > 0 {
			continue // (a label's credit is read above)
		}
		text := head + " " + s
		if strings.HasPrefix(s, "＝") {
			text = head + s
		}
		got, credit := d.splitCredit(text)
		if credit != "" && strings.TrimRight(got, " |-–—/") == head {
			return cleanCredit(credit), true
		}
	}
	return "", false
}

// pictureCreditLine reports whether p, a paragraph of the body, is only
// the credit of one of the article's pictures ("THE CANADIAN
// PRESS/Sean Delacourt", "Foto di Jane Doe" for a picture credited
// "Jane Doe"): the line a caption element prints under a picture whose
// caption is empty, which the image rules read as that picture's
// credit. credits are the pictures' credits as printed, values the
// same credits' values (creditValue), index for index. General: the line
// must read as a credit alone (captionCreditAlone) and name the same
// source as a picture's credit. A line that does not hold one of the
// values is none of them, and is not read further: most pages' short
// lines are no credit.
func (d *doc) pictureCreditLine(p string, credits, values []string) bool {
	if textOver(p, 160) {
		return false
	}
	if slices.Contains(credits, p) {
		return true
	}
	sp := squash(p)
	if !slices.ContainsFunc(values, func(v string) bool { return v != "" && strings.Contains(sp, v) }) {
		return false
	}
	c, ok := d.captionCreditAlone(p)
	return ok && slices.Contains(values, d.creditValue(c))
}

// pictureCredits returns the pictures' credits as printed and their
// values (creditValue), for pictureCreditLine.
func (d *doc) pictureCredits(images []article.Image) (credits, values []string) {
	for _, im := range images {
		if im.Credit != "" {
			credits = append(credits, im.Credit)
			values = append(values, d.creditValue(im.Credit))
		}
	}
	return credits, values
}

// sentenceInside reports whether s holds a full stop that ends a
// sentence before more text: after a word of three letters or more in
// lower case ("… at dawn. Photo: X"), not an initial or an abbreviation
// ("U.S. Army", "Jane Q. Doe", "St. Ives").
func sentenceInside(s string) bool {
	for i := range fullStops(s) {
		w := s[:i]
		if j := strings.LastIndexAny(w, " ./"); j >= 0 {
			w = w[j+1:]
		}
		if utf8.RuneCountInString(w) >= 3 && strings.IndexFunc(w, unicode.IsUpper) < 0 {
			return true
		}
	}
	return false
}

// labelledName reports whether s is a credit label of the lexicon (one
// read anywhere or only at a caption's end: "Courtesy of ", "Provided
// by ") followed by a name of at most eight words, each capitalised, a
// name's particle or a function word ("Courtesy of U.S. Army Corps of
// Engineers"), longer
// than wholeCredit reads: a labelled line of lower-case words ("Courtesy
// of the family, taken on …") is as often a note on the picture.
func (d *doc) labelledName(s string) bool {
	lower := lowerSameWidth(s)
	labels := d.w.openingCreditLabels(lower)
	for _, l := range d.w.creditTailLabels {
		if strings.HasPrefix(lower, l) {
			labels = append(labels, l)
		}
	}
	for _, l := range labels {
		rest := strings.Fields(s[len(l):])
		if len(rest) == 0 || len(rest) > 8 || !firstUpper(rest[0]) {
			continue
		}
		name := true
		for _, w := range rest {
			lw := strings.ToLower(w)
			name = name && (firstUpper(w) || vocab().function[lw] || d.w.particles[lw])
		}
		if name {
			return true
		}
	}
	return false
}

// endsOnCredit reports whether t, a line under a picture, ends on a
// credit (splitCredit parts one off) or is a credit alone
// (captionCreditAlone): the caption line's tests ask it, so that a
// caption element whose caption was left empty is still the picture's
// line ("<p align=center>(Xinhua/Jane Doe)</p>", "<img><br>新华社记者 X
// 摄").
func (d *doc) endsOnCredit(t string) bool {
	if _, credit := d.splitCredit(t); credit != "" {
		return true
	}
	_, ok := d.captionCreditAlone(t)
	return ok
}

// labelledCreditAlone reports whether t is a labelled credit and nothing
// else ("Фото: Jane Doe", "Fotografía: Archivo Provincial"), its label
// not the copyright sign: a line "© 2012 Agency" after a picture is as
// often a notice beside a teaser's or a widget's picture.
func (d *doc) labelledCreditAlone(t string) bool {
	return slices.ContainsFunc(d.w.openingCreditLabels(lowerSameWidth(t)), func(l string) bool { return l != "©" }) && d.wholeCredit(t)
}

// outletSlashCredit reports a photographer's name and an outlet joined
// by one slash, longer than nameSlashCredit reads ("Bethany
// Hale-Osborne/The Cedar Valley Courier"): a person's name of two or
// three capitalised words (barName) and an outlet of one to five, no
// digits. Asked only of a caption's whole text, where no sentence
// stands before it.
func (d *doc) outletSlashCredit(s string) bool {
	name, outlet, ok := strings.Cut(s, "/")
	return ok && !strings.Contains(outlet, "/") && !strings.ContainsAny(s, "0123456789") &&
		d.barName(strings.TrimSpace(name)) && d.w.properWords(outlet, 5)
}
