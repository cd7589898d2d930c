package extract

import "strings"

// dropNotesBeforeJoiner takes out of a byline the bracketed notes that a
// joiner and the next writer's name follow: "X (Azrou, Maroc, envoyé
// spécial) et Y", "X (in Paris) and Y". cutAuthorTail cuts a byline at its
// first bracket ("X (Pressesprecher)"), which would lose every writer
// after the note; a joiner right after the close says the list goes on.
// low is s lower-cased at the same offsets; both are cut alike.
func (w *words) dropNotesBeforeJoiner(s, low string) (string, string) {
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
		// "X (Text) und Y (Fotos)": the notes part the work, and the
		// name after one may be the photographer's (cut as before).
		note := strings.Trim(low[open+1:end-1], " .:")
		if w.labelNouns[note] || mediaLabels()[note] {
			break
		}
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
