package extract

import (
	"slices"
	"strings"
)

// This file tells a picture's credit from a writer's byline where both
// open on the same label ("by", "par", "di"): the word before the label
// names a picture.

// pictureStems are the word stems of picture credit labels across the
// lexicon's languages ("Photo:", "Fotos:", "Bild:", "Imagen:", the
// Dutch "Beeld:").
var pictureStems = []string{"photo", "foto", "bild", "beeld", "image", "imagen", "picture", "pic", "illustration"}

// pictureBy reports whether the "by" label at byte j of s follows a
// picture word ("Photo by X", "Foto di X", "Fotos von X" in a caption
// under the headline): the photographer's credit, not the writer's
// byline. "Text and photos by X" names the writer too.
//
// The picture word may stand one word before the label, its participle
// between ("Photo provided by X", "Illustration fournie par la Ville",
// "Foto cedida por X"): a picture handed to the paper, credited to
// whoever gave it, which no writer's byline words so.
func (w *words) pictureBy(s string, j int) bool {
	before := strings.Fields(strings.ToLower(s[:j]))
	picture := func(word string) bool {
		return slices.ContainsFunc(pictureStems, func(p string) bool { return strings.HasPrefix(strings.Trim(word, ".,:"), p) })
	}
	joined := func(word string) bool { return slices.Contains(w.joiners, " "+word+" ") || word == "&" }
	n := len(before)
	switch {
	case n == 0:
		return false
	case picture(before[n-1]):
		return n < 2 || !joined(before[n-2])
	case n >= 2 && picture(before[n-2]):
		// the word between is a participle, not a joiner or a label
		// ("Photos and text by", "Photo: text by")
		mid := before[n-1]
		return !joined(mid) && !w.labelNouns[mid] && !strings.HasSuffix(before[n-2], ":") && (n < 3 || !joined(before[n-3]))
	}
	return false
}

// pictureLine reports whether the labelled line t opens on a picture's
// by-credit, the picture word and its by-label in its first three words
// ("foto di Salvo D'Amico", "Photos by X", "Fotos von X", "Illustration
// fournie par X"): the photographer beside the writer in a story's meta
// row, whose labelled line the labelled-line rule read as the byline
// once the writer's name was gone.
func (w *words) pictureLine(t string) bool {
	low := lowerKeepOffsets(t)
	for _, pre := range byLabels {
		if j := strings.Index(low, " "+pre); j > 0 && wordCount(t[:j]) <= 2 && w.pictureBy(t, j+1) {
			return true
		}
	}
	return false
}
