package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the Japanese papers' bracketed reporter signature,
// "（記者・佐々木 遥）": a role word of the lexicon (記者, 特派員...), a
// middle dot and the name, in full-width brackets that close the line.
// Regional dailies print it after the text, sports papers beside the
// date under the headline; it is the same form either way (the picture
// credit "（撮影・X）" has no role word and is never read).

// bracketSignature returns the names of a "（ROLE・NAME）" signature that
// ends s, or nil; several reporters are joined by "、". Each name is CJK
// letters (a space between family and given names allowed), two to
// twelve runes, not ending in a credit suffix ("（記者・山田撮影）"
// credits a picture).
func (w *words) bracketSignature(s string) []string {
	s = strings.TrimSpace(s)
	inner, ok := strings.CutSuffix(s, "）")
	if !ok {
		return nil
	}
	open := strings.LastIndex(inner, "（")
	if open < 0 {
		return nil
	}
	role, names, ok := strings.Cut(inner[open+len("（"):], "・")
	if !ok || !slices.Contains(w.cjkRoles, role) {
		return nil
	}
	var out []string
	for _, name := range strings.Split(names, "、") {
		name = strings.TrimSpace(strings.ReplaceAll(name, "　", " "))
		if !signatureName(name) || slices.ContainsFunc(w.creditSuffixes, func(suf string) bool { return strings.HasSuffix(name, suf) }) {
			return nil
		}
		out = append(out, name)
	}
	return out
}

// signatureName reports whether s is a CJK name of two to twelve runes
// with at most one space.
func signatureName(s string) bool {
	if k := utf8.RuneCountInString(s); k < 2 || k > 12 || strings.Count(s, " ") > 1 {
		return false
	}
	for _, r := range s {
		if r != ' ' && r != 'ー' && r != '々' && !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return false
		}
	}
	return true
}

// bracketSignatures reads the signature in the blocks under the headline
// and in the first and last three paragraphs of the text.
func (d *doc) bracketSignatures() []string {
	var texts []string
	if d.headlineNode != nil {
		texts = followingBlocks(d.headlineNode, 300)
	}
	var ps []string
	if d.bodyRes != nil {
		ps = d.bodyRes.paragraphs
	}
	for i, p := range ps {
		if i < 3 || i >= len(ps)-3 {
			texts = append(texts, p)
		}
	}
	for _, t := range texts {
		if !strings.HasSuffix(t, "）") || !strings.Contains(t, "・") {
			continue
		}
		if names := d.w.bracketSignature(t); len(names) > 0 {
			return names
		}
	}
	return nil
}
