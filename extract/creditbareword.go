package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/byline/byline/extract/lexicon"
)

// This file reads a picture word that opens a credit without a colon
// ("… at dawn. Foto Jane Doe", "Beeld ANP / Jan de Vries", "Фото РБК"),
// the form Swiss, Dutch, Italian, French and Slavic papers print. The
// words were four written in the code (Bild, Foto, Beeld, Photo and the
// Cyrillic Фото); they are now every one-word picture label of the
// lexicon's credit labels in any language ("Kuva:", "Fotó:", "Снимка:",
// "Φωτογραφία:"), the same words the papers set without the colon.

// barePictureWords returns the lexicon's one-word picture credit labels
// without their colon, lower case, longest first: a label of one word
// of letters whose word is a media label (pictureCreditLabels) or opens
// with a picture stem (pictureStems: "Bildquelle", "Fotografía").
var barePictureWords = sync.OnceValue(func() []string {
	seen := map[string]bool{}
	for _, l := range lexicon.Union().CreditLabels {
		w, ok := strings.CutSuffix(strings.TrimSpace(l), ":")
		w = strings.ToLower(strings.TrimSpace(w))
		if !ok || w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		if pictureCreditLabels()[w] || pictureWord(w) {
			seen[w] = true
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) || len(out[i]) == len(out[j]) && out[i] < out[j] })
	return out
})

// bareCreditREs are the regular expressions of the bare picture word
// (see barePictureWords), built once:
//
//   - credit: a caption's last sentence followed by the word and the
//     credit: group 1 is the credit with its word, group 2 the credit,
//     group 3 is set when it is a name of two or three capitalised
//     words (else the credit must be an agency's name, "Beeld ANP"); a
//     dash may stand between the full stop and the word ("… di Kuala
//     Lumpur. - Foto BERNAMA"), as Malaysian papers set off Bernama's
//     credit; the name may be followed by the lexicon's "via" and the
//     platform or agency that passed it on ("Foto Jane Doe via
//     Unsplash", as the stock sites ask to be credited);
//   - slash: the same word before a credit of capitalised parts joined
//     by slashes ("Beeld ANP / Jan de Vries", "Foto Keystone/Peter
//     Muster"): group 1 is the credit;
//   - opening: the word opening a credit ("Bild Jane Doe", "(foto
//     Ansa)", "Photo Jane Doe / AFP", "Фото РБК"), any case.
type bareCreditForms struct{ credit, slash, opening *regexp.Regexp }

var bareCreditREs = sync.OnceValue(func() bareCreditForms {
	var title, any []string
	for _, w := range barePictureWords() {
		r := []rune(w)
		title = append(title, regexp.QuoteMeta(string(unicode.ToUpper(r[0]))+string(r[1:])))
		any = append(any, regexp.QuoteMeta(w))
	}
	var via []string
	for _, v := range lexicon.Union().CreditVia {
		via = append(via, regexp.QuoteMeta(strings.TrimSpace(v)))
	}
	word := `(?:` + strings.Join(title, "|") + `)`
	name := `\p{Lu}[\p{L}'’-]+`
	viaTail := ""
	if len(via) > 0 {
		viaTail = `(?: (?:` + strings.Join(via, "|") + `) ` + name + `(?: ` + name + `){0,2})?`
	}
	return bareCreditForms{
		credit:  regexp.MustCompile(`\.(?: [-–—]{1,2})? (` + word + ` (` + name + `(( ` + name + `){1,2})?` + viaTail + `))$`),
		slash:   regexp.MustCompile(`\. ` + word + ` (\p{Lu}[^./\d]{1,40}(?:/ ?\p{Lu}[^./\d]{1,40})+)$`),
		opening: regexp.MustCompile(`^(?i:` + strings.Join(any, "|") + `) `),
	}
})

// givenBy reports whether rest, the credit after a picture word, opens
// with a participle and a one-word byline label of the lexicon ("provided
// by X", "fournie par X", "cedida por X"): the phrase says who handed the
// picture over, and its picture word is no label to cut.
func (w *words) givenBy(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) < 3 {
		return false
	}
	by := strings.Trim(f[1], ".,:")
	return !w.particles[by] && slices.Contains(w.bylineLabels, by)
}
