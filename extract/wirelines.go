package extract

import "strings"

// This file recognises the lines that end a story's copy: a magazine's
// note of the print issue it ran in (isIssueNote), and the end furniture
// of news-agency copy, as every site that runs it prints it: a rule of
// underscores before AP's contributor line, the agency's name alone as a
// sign-off ("Australian Associated Press", "(c) Agencia EFE"), the
// desk's initials (AFP's "cdm/ab/swi", Lusa's "RVM // JMR"), the
// editor's name ("Editor: Huang Wei").

// isWireLine reports whether a paragraph is an agency's end furniture.
func (d *doc) isWireLine(s string) bool {
	if textOver(s, 60) {
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
	return d.w.wires[l] || deskInitials(t) || d.roleCredit(t) || d.editorCreditLine(t) || d.agencyEndMark(t) || crewCreditLine(t)
}

// roleCredit reports whether t is a desk's credit line, a role and a
// person's name alone ("Editor: Huang Wei", as Xinhua and portals close
// a story; "[Editor: Liu Mingxia]"). An interview's line labelled so goes
// on with a question or an answer, no name alone ("Editor: What drew you
// to the harbour?").
func (d *doc) roleCredit(t string) bool {
	role, name, ok := strings.Cut(strings.Trim(t, " []()"), ":")
	return ok && d.w.role[strings.ToLower(strings.TrimSpace(role))] && d.w.personName(strings.TrimSpace(name))
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

// isIssueNote reports whether s is a magazine's note of the print issue a
// story ran in: a short line that opens with a note of the lexicon and
// holds its middle after the opening ("this story appears in the " …
// " issue"). Magazines of every language close their stories so; a
// story's own sentence that opens alike ("This story appears in the
// court files…") lacks the issue word or runs longer.
func (d *doc) isIssueNote(s string) bool {
	if textOver(s, 250) || len(s) < 20 {
		return false
	}
	var l string
	for _, f := range d.w.issueNotes {
		if len(s) < len(f[0]) || !strings.EqualFold(s[:len(f[0])], f[0]) {
			continue
		}
		if l == "" {
			l = strings.ToLower(s)
		}
		if strings.HasPrefix(l, f[0]) && strings.Contains(l[len(f[0]):], f[1]) && namesIssue(l, f) {
			return true
		}
	}
	return false
}

// namesIssue reports whether an issue note's bare opening of two words
// or fewer ("aus dem … nr. ") is followed by the magazine's name and its
// number alone ("Aus dem HAFENBLATT Nr. 10/2024"): no more than two words
// before the middle and three after it. A story's sentence opens so too
// ("Aus dem Rathaus hieß es, die Vorlage Nr. 12 werde …"). A longer
// opening says the note by itself.
func namesIssue(l string, f [2]string) bool {
	if strings.Count(strings.TrimSpace(f[0]), " ") > 1 {
		return true
	}
	rest := l[len(f[0]):]
	i := strings.Index(rest, f[1])
	return wordCount(rest[:i]) <= 2 && wordCount(rest[i+len(f[1]):]) <= 3
}
