package extract

import "strings"

// dropNotesBeforeJoiner takes out of a byline the bracketed notes that a
// joiner and the next writer's name follow: "X (Azrou, Maroc, envoyé
// spécial) et Y", "X (in Paris) and Y". cutAuthorTail cuts a byline at its
// first bracket ("X (Pressesprecher)"), which would lose every writer
// after the note; a joiner right after the close says the list goes on.
// low is s lower-cased at the same offsets; both are cut alike. A label
// note anywhere in the byline ("X (Bonn) und Y (Fotos)") says the notes
// part the work: the line is left to be cut at its first bracket.
func (w *words) dropNotesBeforeJoiner(s, low string) (string, string) {
	if w.labelNoteIn(low) {
		return s, low
	}
	for range 4 {
		open := strings.IndexAny(s, "([")
		if open <= 0 {
			break
		}
		close := strings.IndexAny(s[open:], ")]")
		if close < 0 {
			break
		}
		end := open + close + 1
		joined := false
		for _, j := range w.joiners {
			if strings.HasPrefix(low[end:], j) {
				joined = true
				break
			}
		}
		if !joined {
			break
		}
		cut := len(strings.TrimRight(s[:open], " \u00a0"))
		s, low = s[:cut]+s[end:], low[:cut]+low[end:]
	}
	return s, low
}

// labelNoteIn reports whether a bracketed note of low is a label ("(Text)",
// "(Fotos)", "(photos)"): the notes part the work, and the name before
// one may be the photographer's.
func (w *words) labelNoteIn(low string) bool {
	for range 4 {
		open := strings.IndexAny(low, "([")
		if open < 0 {
			return false
		}
		close := strings.IndexAny(low[open:], ")]")
		if close < 0 {
			return false
		}
		if note := strings.Trim(low[open+1:open+close], " .:"); w.labelNouns[note] || mediaLabels()[note] {
			return true
		}
		low = low[open+close+1:]
	}
	return false
}
