package extract

import "strings"

// This file recognises the lines news-agency copy carries at its end,
// as every site that runs the copy prints them: a rule of underscores
// before AP's contributor line, the agency's name alone as a sign-off
// ("Australian Associated Press", "(c) Agencia EFE"), the desk's
// initials (AFP's "cdm/ab/swi", Lusa's "RVM // JMR").

// isWireLine reports whether a paragraph is an agency's end furniture.
func (d *doc) isWireLine(s string) bool {
	if len(s) > 60 {
		return false
	}
	t := strings.TrimSpace(s)
	if isRuleLine(t) {
		return true
	}
	l := strings.ToLower(strings.Trim(t, " .()"))
	// "(c) Agencia EFE" (its "(" trimmed): the sign and the agency's
	// name, in full or its last word
	if after, ok := strings.CutPrefix(l, "c) "); ok && len(after) < 40 {
		return d.w.wires[after] || d.w.wires[after[strings.LastIndexByte(after, ' ')+1:]]
	}
	return d.w.wires[l] || deskInitials(t)
}

// isRuleLine reports whether t is a typed rule: three or more
// underscores, dashes, stars or equals signs, spaces between allowed
// ("___", "* * *").
func isRuleLine(t string) bool {
	n := 0
	for _, r := range t {
		switch r {
		case '_', '-', '–', '—', '*', '=', '~':
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// deskInitials reports whether t is a wire desk's sign-off of initials:
// two to five groups of two to four letters, all lower case or all
// capitals, parted by slashes ("cdm/ab/swi", "RVM // JMR"); alone in
// its paragraph, as no sentence is.
func deskInitials(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == ' ' })
	if len(parts) < 2 || len(parts) > 5 || !strings.Contains(t, "/") {
		return false
	}
	lower, upper := 0, 0
	for _, p := range parts {
		if len(p) < 2 || len(p) > 4 {
			return false
		}
		for _, r := range p {
			switch {
			case r >= 'a' && r <= 'z':
				lower++
			case r >= 'A' && r <= 'Z':
				upper++
			default:
				return false
			}
		}
	}
	return lower == 0 || upper == 0
}

// cutWireTitle is cutWireTail, and nothing when the words are a wire's
// job title alone: a wire and a beat before a role ("PA Political
// Correspondent", "AP Business Writer", split from the name by a comma)
// name a post, not the person holding it. Without the beat ("Reuters
// Staff") the words are the desk's credit.
func (w *words) cutWireTitle(words []string) []string {
	wire, beat := false, false
	for _, word := range words {
		lw := strings.ToLower(strings.Trim(word, ".,"))
		switch {
		case wire && beat && w.role[lw]:
			return nil
		case w.wires[lw]:
			wire = true
		case w.roleModifiers[lw]:
			beat = true
		default:
			return w.cutWireTail(words) // "Reuters Staff": a desk's credit
		}
	}
	return w.cutWireTail(words)
}
