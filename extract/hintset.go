package extract

import "strings"

// This file reads every class-name test noteAttrs makes of an element
// (bylineHint, authorBoxHint, dateHint and two single names) in one pass
// over its class and id: newDoc asks them of every element with a class,
// and a pass for each test was a tenth of the document walk.

// Bits of noteHints, one per list of substrings.
const (
	hintByline     = 1 << iota // bylineWords
	hintNotByline              // notBylineWords
	hintBoxName                // authorBoxNames
	hintBoxKind                // authorBoxKinds
	hintUpdate                 // updateStems
	hintPublish                // "publish"
	hintDate                   // dateWords
	hintPostAuthor             // "bypostauthor"
	hintCrumb                  // "breadcrumb"
)

// noteHints are the lists noteAttrs reads, by their bits.
var noteHints = newHintSet(bylineWords.list, notBylineWords.list, authorBoxNames, authorBoxKinds, updateStems.list,
	[]string{"publish"}, dateWords.list, []string{"bypostauthor"}, []string{"breadcrumb"})

// hintSet is substrs with a bit for each list a substring is on.
type hintSet struct {
	byFirst [256][]hintSub
	pairs   [256][4]uint64 // as substrs.pairs
}

type hintSub struct {
	s    string
	bits uint16
}

// newHintSet indexes the lists, list i marked with bit 1<<i; a substring
// on several lists is kept once with all their bits.
func newHintSet(lists ...[]string) *hintSet {
	h := &hintSet{}
	for i, list := range lists {
	next:
		for _, sub := range list {
			b := &h.byFirst[sub[0]]
			for k := range *b {
				if (*b)[k].s == sub {
					(*b)[k].bits |= 1 << i
					continue next
				}
			}
			*b = append(*b, hintSub{sub, 1 << i})
			if len(sub) == 1 {
				h.pairs[sub[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			} else {
				h.pairs[sub[0]][sub[1]>>6] |= 1 << (sub[1] & 63)
			}
		}
	}
	return h
}

// hits returns the bits of every list one of whose substrings s holds.
func (h *hintSet) hits(s string) uint16 {
	var m uint16
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) {
			if c := s[i+1]; h.pairs[s[i]][c>>6]&(1<<(c&63)) == 0 {
				continue
			}
		}
		for _, sub := range h.byFirst[s[i]] {
			if m&sub.bits != sub.bits && strings.HasPrefix(s[i:], sub.s) {
				m |= sub.bits
			}
		}
	}
	return m
}
