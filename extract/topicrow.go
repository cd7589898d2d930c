package extract

import "strings"

// isTopicsRow reports whether a block is a row of topic or tag links
// under its label, as most CMSs print one after the text ("<div
// class=topics><span>Topics</span> <a>Weather</a> <a>Flooding</a>",
// "IN THIS ARTICLE Transport Dublin Port", "More On Traffic
// Warminster"): a topic label of the lexicon, a colon or not, then
// links that are most of the rest. Prose opening with the label's words
// ("More on that later", "In this article we look at …") has words of
// its own after it, and a paragraph with a few links has no label.
func (d *doc) isTopicsRow(b *block) bool {
	if len(b.text) > 200 || b.linkLen == 0 {
		return false
	}
	end := d.topicLabelEnd(lowerSameWidth(b.text), ":") // (its offsets are the text's)
	if end < 0 {
		return false
	}
	rest := strings.TrimLeft(b.text[end:], " :")
	return rest != "" && b.linkLen*3 >= len(rest)*2 && !strings.HasSuffix(rest, ".")
}

// topicLabelEnd returns the end of a topic label of the lexicon that
// opens l, a lower-cased line, in its first four words and ends at a
// space, read without the colons (of the given set) it ends on, or -1:
// "topics: weather flooding" → 7. isTopicsRow and topicsByline read the
// rest.
func (d *doc) topicLabelEnd(l, colons string) int {
	for end, words := 0, 0; end < len(l) && words < 4; words++ {
		sp := strings.IndexByte(l[end:], ' ')
		if sp < 0 {
			return -1
		}
		end += sp
		if d.w.topicLabels[strings.TrimRight(l[:end], colons)] {
			return end
		}
		end++
	}
	return -1
}
