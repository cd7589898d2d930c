package extract

import "strings"

// creditAlone reports whether a caption element's whole text is a
// bracketed credit and nothing else: "(Jane Doe/The Standard)",
// "(Courtesy: City of Joplin)", "(Ansa)", "（共同）". The caption such a
// template prints before the bracket is missing (left empty by the
// newsroom), so the bracket is the credit, not a caption. splitCredit
// reads a bracket only after a caption's text. General: the inner text
// must read as a credit by the tests splitCredit applies to a closing
// bracket (a label, a wire, "Name/Outlet").
func (d *doc) creditAlone(s string) bool {
	s = strings.TrimSpace(s)
	for _, br := range [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}} {
		if !strings.HasPrefix(s, br[0]) || !strings.HasSuffix(s, br[1]) || strings.Count(s, br[0]) != 1 {
			continue
		}
		inner := strings.TrimSpace(s[len(br[0]) : len(s)-len(br[1])])
		if inner == "" || captionNote(inner) || d.asideInBrackets(inner) {
			return false
		}
		return d.wholeCredit(inner) || d.looksLikeCredit(inner) || nameSlashCredit(inner) || d.spacedSlashCredit(inner) ||
			d.w.wires[strings.ToLower(inner)]
	}
	return false
}
