package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	_, rest, ok := colonLabel(s)
	if !ok {
		return false
	}
	names := strings.FieldsFunc(rest, func(r rune) bool {
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

// colonLabel splits a line at its first colon (":" or the full-width
// "："), when one or two words stand before it: the label's words and
// the text after the colon (a share row's networks, a meta row's next
// field, fieldLabelLine).
func colonLabel(s string) (label []string, rest string, ok bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return nil, "", false
	}
	label = strings.Fields(s[:i])
	if len(label) == 0 || len(label) > 2 {
		return nil, "", false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return label, s[i+size:], true
}
