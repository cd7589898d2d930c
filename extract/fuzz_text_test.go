package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzTextReads runs the extractor's string-level readers of captions,
// credits, names and date lines on arbitrary valid UTF-8 (what Extract
// hands them: internal/textenc decodes every page to valid UTF-8 and the
// parser turns bad character references into U+FFFD): none may panic,
// and each returns valid UTF-8. FuzzExtract reaches them only
// through a whole page, a few hundred runs a minute; here they run alone
// (an empty bracket at a caption's end, "… 1936. ()", once indexed past
// a slice in sourceAfterSentence).
func FuzzTextReads(f *testing.F) {
	for _, s := range []string{
		"", "()", "… in 1936. ()", "Smoke rises. (Courier photo by Lila Strand)", "Foto: Jane Doe/dpa",
		"PHOTO COURTESY OF X", "(Jane Doe/The Standard)", "（共同）", "1/3", "2 of 9 Damage along the road",
		"Published: 9:02 AM PST, Tue March 5, 2024", "Mis en ligne le 05/03/2024 à 16h05", "Stand: 12.03.2024",
		"By Jane Doe and John Roe", "Geschrieben von", "Tue", "© 2024 Jane Doe", "[", "(", "/ /", "\u00a0:",
	} {
		f.Add(s)
	}
	d := &doc{w: vocab()}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 || !utf8.ValidString(s) {
			t.Skip()
		}
		check := func(what, out string) {
			if !utf8.ValidString(out) {
				t.Fatalf("%s(%q) = %q: not UTF-8", what, s, out)
			}
		}
		caption, credit := d.splitCredit(s)
		check("splitCredit caption", caption)
		check("splitCredit credit", credit)
		check("creditValue", d.creditValue(s))
		check("creditNotLabel", d.creditNotLabel(s))
		check("cleanCredit", cleanCredit(s))
		check("galleryCounterFree", galleryCounterFree(s))
		check("cleanName", d.w.cleanName(s, false))
		check("cleanName trusted", d.w.cleanName(s, true))
		_ = d.wholeCredit(s)
		_ = d.creditAlone(s)
		_ = d.looksLikeCredit(s)
		_, _ = d.dateLine(s)
		_ = d.isTimestampLine(s)
		i := len(s) / 2
		for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
			i--
		}
		_ = sourceAfterSentence(s[:i], s[i:])
	})
}
