package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads a byline a label noun and its colon open ("Author:
// Jane Doe", "Autorin: Jana Müller", "Texte : Claire Martin") where the
// rules read a "By"/"Von" line by its place: above or opening the body.
// A site whose template prints "Author:" instead of "By" names the same
// writer; the label noun says so only with its colon ("Author of the
// month" is a heading, not a byline).

// labelNounRest returns what follows a writer's label noun and its colon
// at the start of s ("Author: Jane Doe | Staff" → "Jane Doe | Staff"), or
// "" when s opens with none. The nouns of a picture ("Photo:"), of a
// source ("Quelle:", "Kaynak:", "Source:" name the agency the text or the
// picture comes from), of an interview ("Interview:") and of an editor
// ("责任编辑：") name no writer.
func (w *words) labelNounRest(s string) string {
	i, n := colonAt(s)
	if i <= 0 || i >= 24 {
		return ""
	}
	noun := strings.ToLower(strings.TrimSpace(s[:i]))
	if !w.labelNouns[noun] || w.editorLabels[noun] || w.sourceClasses[noun] || slices.Contains(w.interviewWords, noun) ||
		slices.Contains(w.creditLabels, noun+":") || slices.Contains(w.creditLabels, noun+" :") ||
		pictureWord(noun) {
		return ""
	}
	return strings.TrimSpace(s[i+n:])
}

// gluedField reports whether names read after a label noun run on into
// another labelled field of the same line ("Yazan: AAOluşturulma Tarihi:
// 05 Aralık", spans printed with no space between them): a word and its
// colon inside the names. Where that field starts is not known, so no
// name is read from the line.
func gluedField(rest string) bool {
	for i := strings.IndexByte(rest, ':'); i > 0; {
		if r, _ := utf8.DecodeLastRuneInString(rest[:i]); unicode.IsLetter(r) {
			return true
		}
		j := strings.IndexByte(rest[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// namesHeadline reports whether one of names stands in the headline: a
// label noun's line then names what the story is about, not who wrote it
// (a book's fact box, "Autrice: Ludovica Sartorelli", under "Il romanzo
// di Ludovica Sartorelli"). A "By" line says who wrote; "Author:" may
// say either.
func (d *doc) namesHeadline(names []string) bool {
	h := strings.ToLower(d.headline)
	return h != "" && slices.ContainsFunc(names, func(n string) bool { return strings.Contains(h, strings.ToLower(n)) })
}

// sourceLabel reports whether t opens with a source noun and its colon
// ("Source : Euronext", "| Quelle: dpa", past the separators a credit
// line opens with): in a picture's box it names who supplied the picture
// or the chart's data, not who wrote the story, where the picture
// credit labels may not hold the noun ("Source :" is no French credit
// label).
func (w *words) sourceLabel(t string) bool {
	t = strings.TrimLeft(t, " |·•-–—")
	i, _ := colonAt(t)
	return i > 0 && i < 24 && w.sourceClasses[strings.ToLower(strings.TrimSpace(t[:i]))]
}
