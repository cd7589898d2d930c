package extract

import (
	"slices"
	"strings"
)

// This file reads picture credits written with a slash between their
// parts, the wires' and chain papers' form: a photographer and an outlet
// ("Jane Doe/Daily Courier", "Jane Doe / for The Courier"), an agency on
// one side ("AFP/Jane Doe"), several photographers before the outlet
// ("Jane Doe and John Roe/AP").

// nameSlashCredit reports whether s is a photographer and an outlet
// joined by a slash, every part capitalised ("Jane Doe/Daily Courier"),
// the way a caption ends on its credit in brackets.
func nameSlashCredit(s string) bool {
	if !isSlashCredit(s) {
		return false
	}
	for _, part := range strings.Split(s, "/") {
		if part = strings.TrimSpace(part); part == "" || !firstUpper(part) || strings.ContainsAny(part, "0123456789") {
			return false
		}
	}
	return true
}

// agencySlashCredit reports whether s is a photo credit of the form
// "AGENCY/Photographer" or "Photographer/AGENCY": few words, a slash, and
// a wire service or picture agency on one side.
func (d *doc) agencySlashCredit(s string) bool {
	// (a part ending a Chinese or Japanese sentence is a caption before
	// its credit: "…的乘客。图/新华社")
	if !isSlashCredit(strings.ToLower(s)) || strings.ContainsAny(s, "。！？") {
		return false
	}
	for _, part := range strings.Split(strings.ToLower(s), "/") {
		part = strings.TrimSpace(part)
		if d.w.wires[part] || containsAnyOf(part, d.w.creditWords...) {
			return true
		}
	}
	return false
}

// crewSlashCredit reports a slash credit longer than isSlashCredit
// allows: photographers joined by "and", "&" or a comma before the
// outlet ("Jane Doe and John Roe/AP", "Jane Doe, John Roe/The Courier"),
// or a source sent on by an agency ("JANE DOE/AFP via Getty Images",
// "Harbour Trust/Handout via REUTERS"). Every name is one to four
// capitalised words, no digits, at most ten words in all: the wires' and
// agencies' own credit lines, read only after a caption's last sentence.
// Right on one check credit and no tune page; general because it is the
// wires' own form, though any title with "and" and a slash ("Rock and
// Roll/Blues Night") reads as one.
func (d *doc) crewSlashCredit(s string) bool {
	f := strings.Fields(s)
	if len(f) > 10 || !strings.Contains(s, "/") || strings.Contains(s, "://") || strings.ContainsAny(s, "0123456789") {
		return false
	}
	joined := false
	if src, agency, ok := d.cutVia(s); ok && d.agencyName(agency) {
		s, joined = src, true
	}
	for _, part := range strings.Split(s, "/") {
		names := strings.FieldsFunc(strings.NewReplacer(" and ", ",", " & ", ",").Replace(part), func(r rune) bool { return r == ',' })
		if len(names) == 0 {
			return false
		}
		joined = joined || len(names) > 1
		for _, n := range names {
			if !d.w.properWords(n, 4) {
				return false
			}
		}
	}
	return joined
}

// spacedSlashCredit reports a photographer and an outlet joined by a
// spaced slash, the outlet maybe after the lexicon's "for" ("Jane Doe /
// The Courier", "Jane Doe / for The Courier"): the form chain papers put
// in brackets at a caption's end, which nameSlashCredit misses for the
// spaces (read as a word) or the lowercase "for". Only splitCredit's
// closing brackets ask; the name must be a person's (barName: two or
// three capitalised words, no place's; "(Then / Now)", "(Holmby /
// Grest)" pair words or places), the outlet one to five capitalised
// words after "for" and the outlet's article, no digits.
func (d *doc) spacedSlashCredit(s string) bool {
	name, outlet, ok := strings.Cut(s, " / ")
	if !ok || strings.Contains(outlet, "/") || strings.ContainsAny(s, "0123456789") {
		return false
	}
	f := strings.Fields(outlet)
	if len(f) > 1 && slices.Contains(d.w.creditFor, f[0]) {
		f = f[1:]
		if len(f) > 1 && d.w.outletArticles[f[0]] {
			f = f[1:]
		}
	}
	return d.barName(strings.TrimSpace(name)) && d.w.properWords(strings.Join(f, " "), 5)
}
