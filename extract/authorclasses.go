package extract

// Templates name their byline element in the site's own language as
// often as in English: "tekija-nimi" (Finnish, the writer's name),
// "penulis" (Indonesian), "forfatter" (Norwegian, Danish). The lexicon's
// author_classes hold those words; bylineWords (markup.go) the English
// and Romance stems every language's templates share. English's is
// "blogger", the writer of a post on hosted-blog platforms
// ("blogger-name" in the blogger's card beside the post).

// authorClassed reports whether a lower-cased class+id string holds one
// of the lexicon's author class words as a whole word ("tekija-nimi";
// never "tekijanoikeus", the copyright) and no word naming a box about
// the author or someone else's name (notBylineWords).
func (w *words) authorClassed(hint string) bool {
	if !w.authorClassSubs.in(hint) || notBylineWords.in(hint) {
		return false
	}
	start := -1
	for i := 0; i <= len(hint); i++ {
		alnum := i < len(hint) && (hint[i] >= 'a' && hint[i] <= 'z' || hint[i] >= '0' && hint[i] <= '9')
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			if w.authorClasses[hint[start:i]] {
				return true
			}
			start = -1
		}
	}
	return false
}
