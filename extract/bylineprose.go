package extract

import "strings"

// articlePhrase reports whether the text after a byline label is a noun
// phrase a lower-case definite article opens ("Par les chiffres", "By the
// numbers", "Par les des" as a subheading): a heading's words, not a
// name. A name after an article is capitalised ("By the Associated
// Press"); a desk after one is a byline ("Par la rédaction", "By the
// staff"), so a desk or role word after the article keeps the line.
func (w *words) articlePhrase(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 || !w.definite[f[0]] {
		return false
	}
	if len(f) == 1 {
		return true
	}
	next := strings.ToLower(strings.Trim(f[1], ".,:;"))
	return startsLower(f[1]) && !w.desk[next] && !w.role[next]
}
