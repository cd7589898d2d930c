package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylinePattern is what a visible byline line says: "Headline/ Site/
// WASHINGTON/ J. Mansour/ Morning Edition/ standfirst..." or "By X and Y".
type bylinePattern struct {
	authors  []string
	dateline string
	edition  string
	summary  string
}

// parseSlashByline reads the slash-separated byline pattern some sites put
// above the standfirst. headline and site, when known, are recognised and
// skipped; ok is false when s is not such a line.
func parseSlashByline(s, headline, site string) (bylinePattern, bool) {
	var bp bylinePattern
	parts := strings.Split(s, "/ ")
	if len(parts) < 4 {
		return bp, false
	}
	for _, seg := range parts[:len(parts)-1] {
		if utf8.RuneCountInString(seg) > 120 {
			return bp, false
		}
	}
	for i, seg := range parts {
		seg = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(seg), "/"))
		if seg == "" {
			continue
		}
		last := i == len(parts)-1
		switch {
		case last:
			bp.summary = seg
		case headline != "" && strings.EqualFold(seg, headline):
		case site != "" && strings.EqualFold(seg, site):
		case isEditionLabel(seg):
			bp.edition = seg
		case isAllCaps(seg):
			if bp.dateline == "" {
				bp.dateline = seg
			}
		case i == 0 && len(strings.Fields(seg)) >= 4:
			// the headline repeated
		case !strings.Contains(seg, " ") && i <= 1:
			// a one-word brand: the site name
		case looksLikeName(seg):
			bp.authors = append(bp.authors, splitNames(seg)...)
		}
	}
	if bp.summary == "" || (bp.dateline == "" && len(bp.authors) == 0) {
		return bp, false
	}
	return bp, true
}

// isEditionLabel reports whether s names an edition ("Morning Edition").
func isEditionLabel(s string) bool {
	l := strings.ToLower(s)
	return len(s) < 40 && (strings.HasSuffix(l, " edition") || strings.HasSuffix(l, " ausgabe") || strings.HasPrefix(l, "édition "))
}

// isAllCaps reports whether s has letters and all of them are upper case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		} else if !(r == ' ' || r == '.' || r == ',' || r == '-' || r == '\'' || r == '’') {
			return false
		}
	}
	return letters >= 2
}

// nameStops are words that end a byline's name list.
var nameStops = map[string]bool{
	"updated": true, "published": true, "posted": true, "on": true, "at": true, "|": true,
	"in": true, "for": true, "reporter": true, "correspondent": true, "editor": true, "staff": true,
	"writer": true, "contributor": true, "·": true, "•": true, "-": true, "—": true, "–": true,
}

// looksLikeName reports whether s could be a person's name: one to five
// words, each starting with an upper-case letter or being a particle.
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	caps := 0
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case isNameParticle(w):
		default:
			return false
		}
	}
	return caps > 0
}

func isNameParticle(w string) bool {
	switch strings.ToLower(w) {
	case "van", "von", "der", "de", "da", "di", "del", "la", "le", "du", "bin", "al", "el", "y", "ten", "ter", "zu":
		return true
	}
	return false
}

// byPrefixes introduce a byline in several languages.
var byPrefixes = []string{"by ", "von ", "por ", "par ", "di ", "door ", "av ", "af ", "przez ", "autor: ", "author: ", "written by "}

// parseByLine reads "By X, Y and Z" (and the same in a few languages) and
// returns the names; nil when s is not a byline.
func parseByLine(s string) []string {
	if len(s) > 160 {
		return nil
	}
	l := strings.ToLower(s)
	rest := ""
	for _, p := range byPrefixes {
		if strings.HasPrefix(l, p) {
			rest = s[len(p):]
			break
		}
	}
	if rest == "" {
		return nil
	}
	// Cut at the first separator that ends the names.
	for _, sep := range []string{" | ", " - ", " — ", " – ", "\n", " • ", " · ", ";"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	var kept []string
	for _, w := range strings.Fields(rest) {
		lw := strings.ToLower(strings.Trim(w, ",.:"))
		if nameStops[lw] || (len(w) > 0 && w[0] >= '0' && w[0] <= '9') {
			break
		}
		kept = append(kept, w)
	}
	names := splitNames(strings.Join(kept, " "))
	var out []string
	for _, n := range names {
		if looksLikeName(n) {
			out = append(out, n)
		}
	}
	return out
}

// splitNames splits "A, B and C" / "A & B" / "A und B" into names.
func splitNames(s string) []string {
	s = strings.TrimSpace(s)
	for _, sep := range []string{" and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och "} {
		s = strings.ReplaceAll(s, sep, ", ")
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), "."))
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// wireDateline returns the dateline that opens a wire-service paragraph:
// "WASHINGTON (AP) — ...", "LONDON, July 3 (Reuters) - ...", "PARIS — ...".
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
	if i := strings.Index(h, ","); i > 0 {
		// "LONDON, July 3" or "PORTLAND, Ore."
		if isAllCaps(h[:i]) {
			rest := strings.TrimSpace(h[i+1:])
			if !isAllCaps(rest) {
				h = h[:i]
			}
		}
	}
	h = strings.TrimRight(h, " ,")
	if !isAllCaps(h) || utf8.RuneCountInString(h) > 40 {
		return ""
	}
	return h
}
