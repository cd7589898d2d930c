package index

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis marks where a highlight fragment is cut out of a longer text.
const Ellipsis = "…"

// MarkCuts adds an Ellipsis to a highlight fragment (HTML-escaped text with
// <mark> tags) taken from inside a longer text, for backends whose
// highlighter cuts at sentence or word boundaries but does not mark the
// cuts: at the start unless the fragment begins like a sentence (a capital,
// a digit, an opening quote or bracket), at the end unless it ends like
// one. A fragment already marked keeps its single ellipsis.
func MarkCuts(frag string) string {
	plain := html.UnescapeString(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(frag))
	plain = strings.TrimSpace(plain)
	if plain == "" {
		return frag
	}
	frag = strings.TrimSpace(frag)
	first, _ := utf8.DecodeRuneInString(plain)
	last, _ := utf8.DecodeLastRuneInString(plain)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“‘'(«[…", first) && !strings.HasPrefix(plain, "...") {
		frag = Ellipsis + frag
	}
	if !strings.ContainsRune(".!?\"”’')»]…", last) {
		frag += Ellipsis
	}
	return frag
}
