package extract

import (
	"strings"
	"unicode/utf8"
)

// This file finds the dateline: the place a story was filed from,
// "WASHINGTON" in "WASHINGTON (AP) — ..." or in the printed byline.

// datelineRules find the dateline, in order.
var datelineRules = []rule[string]{
	{"printed-byline", func(d *doc) (string, bool) {
		v := d.visibleByline().dateline
		return v, v != ""
	}},
	{"wire-dateline", func(d *doc) (string, bool) {
		if len(d.bodyRes.paragraphs) == 0 {
			return "", false
		}
		v := wireDateline(d.bodyRes.paragraphs[0])
		return v, v != ""
	}},
}

// resolveDateline returns the dateline, or "".
func (d *doc) resolveDateline() string {
	v, _ := resolve(d, "dateline", datelineRules, showString)
	return v
}

// wireDateline returns the dateline that opens a wire-service paragraph:
// "WASHINGTON (AP) — ...", "LONDON, July 3 (Reuters) - ...", "PARIS — ...",
// "PORTLAND, Ore. (AP) —", "KANSAS CITY, MO —".
func wireDateline(par string) string {
	head := par
	if len(head) > 90 {
		head = head[:90]
	}
	cut := -1
	for _, sep := range []string{" — ", " – ", " - ", " -- ", "—", ": "} {
		if i := strings.Index(head, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return ""
	}
	h := strings.TrimSpace(head[:cut])
	if i := strings.Index(h, "("); i > 0 {
		h = strings.TrimSpace(h[:i])
	}
	if i := strings.Index(h, ","); i > 0 && isAllCaps(h[:i]) {
		// "LONDON, July 3": the date goes; "PORTLAND, Ore." and "KANSAS
		// CITY, MO", a state or country after the city, stay.
		rest := strings.TrimSpace(h[i+1:])
		if !isAllCaps(rest) && !isRegionAbbrev(rest) {
			h = h[:i]
		}
	}
	h = strings.TrimRight(h, " ,")
	city := h
	if i := strings.Index(h, ","); i > 0 {
		city = h[:i]
	}
	if !isAllCaps(city) || utf8.RuneCountInString(h) > 40 {
		return ""
	}
	return h
}

// isRegionAbbrev reports whether s is a state, region or country written
// after a city in a dateline: one to three capitalised words, abbreviated
// or not ("Ore.", "N.J.", "Maine", "North Dakota") — no digits and no
// month or weekday name, so a date is not one.
func isRegionAbbrev(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 || strings.ContainsAny(s, "0123456789") || monthLike(f[0]) {
		return false
	}
	if _, day := vocab().weekdays[strings.ToLower(strings.TrimSuffix(f[0], "."))]; day {
		return false
	}
	for _, w := range f {
		if !firstUpper(w) {
			return false
		}
	}
	return true
}

// monthLike reports whether a capitalised word is a month name or
// abbreviation, which a dateline's date starts with.
func monthLike(w string) bool {
	return vocab().months[strings.ToLower(strings.TrimSuffix(w, "."))] != 0
}
