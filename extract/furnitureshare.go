package extract

import (
	"strings"
	"unicode"
)

// isShareRow reports whether a short line is a share bar's row: a label
// of a word or two before its colon, then only the networks' names, each
// a boiler line of the lexicon alone ("Сподели: Facebook Twitter Viber",
// "Partager : Facebook · Twitter · WhatsApp", "Compartir: Facebook,
// WhatsApp"). The label is any language's (the share verb is many
// words), the names are brands and the same in every one; two names or
// more, and nothing else, after a label: no sentence is so made.
func (d *doc) isShareRow(s string) bool {
	if textOver(s, 120) {
		return false
	}
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return false
	}
	label := strings.Fields(s[:i])
	if len(label) == 0 || len(label) > 2 {
		return false
	}
	names := strings.FieldsFunc(s[i+1:], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '·' || r == '•' || r == '/'
	})
	if len(names) < 2 {
		return false
	}
	for _, n := range names {
		if !d.w.boilerLines[strings.ToLower(n)] || !unicode.IsUpper([]rune(n)[0]) {
			return false
		}
	}
	return true
}
