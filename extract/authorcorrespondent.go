package extract

import (
	"strings"
)

// correspondentLine reads a byline that opens on the paper's own
// correspondent, the form Italian, French, German, Spanish and
// Portuguese papers sign their reporters' dispatches with: "dal nostro
// inviato Mario Rossi, Kiev", "De notre envoyé spécial à Kiev, Pierre
// Dubois", "Von unserem Korrespondenten Thomas Brenninger, Kiew" (the
// lexicon's correspondent_phrases). ok is whether a phrase opens s;
// name is what follows it less the post it names, place that post: a
// place after a locative word before the name ("à Kiev,") or after the
// name's comma ("…, Kiev": one word, or a place the gazetteer knows).
// A line of the phrase and a place alone ("DAL NOSTRO INVIATO KIEV")
// names no one: name is "", place the rest.
func (w *words) correspondentLine(s string) (name, place string, ok bool) {
	low := lowerKeepOffsets(s)
	for _, p := range w.correspondentPhrases {
		if !opensWithLabel(low, p) {
			continue
		}
		rest := strings.TrimSpace(strings.TrimLeft(s[len(p):], " ,:"))
		// "à Kiev, Pierre Dubois": the post, set off by its comma.
		if first, after, ok := strings.Cut(rest, " "); ok && w.locatives[strings.ToLower(first)] {
			if pl, n, ok := strings.Cut(after, ", "); ok && wordCount(pl) <= 3 && firstUpper(pl) && firstUpper(n) {
				return n, pl, true
			}
			return "", "", true // "dal nostro inviato a Kiev": a filing line
		}
		// "Mario Rossi, Kiev": the post after the name.
		if i := strings.LastIndex(rest, ", "); i > 0 && strings.ContainsRune(rest[:i], ' ') {
			if tail := strings.TrimRight(rest[i+2:], " ."); firstUpper(tail) && (!strings.ContainsRune(tail, ' ') || knownPlace(tail)) {
				return rest[:i], tail, true
			}
		}
		if !strings.ContainsRune(rest, ' ') || knownPlace(rest) {
			return "", rest, true
		}
		return rest, "", true
	}
	return "", "", false
}

// afterCorrespondent returns the name a correspondent's byline gives
// (correspondentLine; "" for a filing line of a place alone), or s as it
// was when no phrase opens it. Without it the phrase's lower-case words
// kept the name from the byline ("dal nostro inviato" is no label) and
// the place after the comma was read as the author ("Kiew").
func (w *words) afterCorrespondent(s string) string {
	if name, _, ok := w.correspondentLine(s); ok {
		return name
	}
	return s
}
