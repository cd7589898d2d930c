package extract

import "strings"

// This file tells a date of the page from a date of something the page
// mentions or lists: its own teaser in a list.

// ownTeaser reads a date in or beside a link to the page itself: the
// page's own teaser in a list it shows. A link to a place in the page
// ("/post/#comment-4", a comment's permalink beside its time; "#respond")
// is no teaser.
func (pk *datePicker) ownTeaser() (dateVal, bool) {
	for _, a := range pk.d.selfLinks {
		if contains(a, pk.d.headlineNode) || pk.d.headlineNode != nil && contains(pk.d.headlineNode, a) || strings.Contains(attr(a, "href"), "#") {
			continue // the headline linking to its own page
		}
		for n, i := a, 0; n != nil && i < 3; n, i = n.Parent, i+1 {
			if t := shortText(n, 400); len(t) <= 300 {
				if v, upd, ok := pk.textDates(t); ok && !upd {
					return v, true
				}
			}
		}
	}
	return dateVal{}, false
}
