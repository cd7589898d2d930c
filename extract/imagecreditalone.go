package extract

import "strings"

// creditAlone reports whether a caption element's whole text is a
// credit and nothing else: a bracketed one, "(Jane Doe/The Standard)",
// "(Courtesy: City of Joplin)", "(Ansa)", "（共同）", "(Keystone)" (a
// picture agency's name, agencyName), or a slashed one,
// "Jane Doe/The Standard", "Xinhua/Yue Yuewei-Han". The caption such a
// template prints before the bracket is missing (left empty by the
// newsroom), so the bracket is the credit, not a caption. splitCredit
// reads a bracket only after a caption's text. General: the inner text
// must read as a credit by the tests splitCredit applies to a closing
// bracket (a label, a wire, "Name/Outlet"); unbracketed, only the slash
// forms, every part capitalised.
func (d *doc) creditAlone(s string) bool {
	s = strings.TrimSpace(s)
	// Unbracketed, only the slash forms a credit has and no caption:
	// "Jane Doe/The Courier", "Xinhua/Yue Yuewei-Han".
	if len(strings.Fields(s)) <= 8 && (nameSlashCredit(s) || d.spacedSlashCredit(s)) {
		return true
	}
	if d.nameAgencyCredit(s) {
		return true // "Eduardo Parra Salinas (Europa Press)": the photographer and the agency, the caption left empty
	}
	for _, br := range [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}} {
		if !strings.HasPrefix(s, br[0]) || !strings.HasSuffix(s, br[1]) || strings.Count(s, br[0]) != 1 {
			continue
		}
		inner := strings.TrimSpace(s[len(br[0]) : len(s)-len(br[1])])
		if inner == "" || captionNote(inner) || d.asideInBrackets(inner) {
			return false
		}
		return d.wholeCredit(inner) || d.looksLikeCredit(inner) || nameSlashCredit(inner) || d.spacedSlashCredit(inner) ||
			d.w.wires[strings.ToLower(inner)] || d.agencyName(inner)
	}
	return false
}

// creditNotLabel returns credit, or "" when it is a credit label alone
// ("Foto", "PHOTO", "(foto", "Beeld"): the name the label introduced is
// missing (the template printed the label with an empty name), and a
// label names no source; likewise a licence alone ("CC BY-ND",
// licenceAlone) and the page's rights notice (rightsNotice). General:
// the lexicon's credit labels, whole.
func (d *doc) creditNotLabel(credit string) string {
	if credit != "" && d.isCreditLabel(strings.Trim(credit, "()[]（） ")) || licenceAlone(credit) || d.rightsNotice(credit) {
		return ""
	}
	return credit
}
