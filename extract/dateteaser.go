package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells a date of the page from a date of something the page
// mentions or lists: its own teaser in a list, a <time> in a sentence.

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
			if t := shortText(n, 900); !textOver(t, 300) {
				if v, upd, ok := pk.textDates(t); ok && !upd {
					return v, true
				}
			}
		}
	}
	return dateVal{}, false
}

// inSentence reports whether a <time> element sits in running text: a
// paragraph of prose (over 80 bytes) with 20 bytes or more of text
// before it and no publication or update word in the 40 bytes before ("Die Einweihung ist am
// <time>23. März</time> geplant"): an event's day, not the page's. A
// meta line is short, opens with its date or a byline ("By Jane Doe and
// John Roe | <time>…", "Written by Jane Doe on <time>…"; not "By the
// time…"), or labels it ("This entry was posted on <time>…").
func (pk *datePicker) inSentence(n *html.Node) bool {
	p := n.Parent
	for p != nil && !isBlockAtom(p.DataAtom) {
		p = p.Parent
	}
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	t := shortText(p, 400)
	tt := shortText(n, 200)
	i := strings.Index(t, tt)
	if len(t) <= 80 || tt == "" || i < 20 || pk.d.w.opensNamedByline(t) {
		return false
	}
	var buf [16]dtok
	toks := dateTokens(t[max(0, i-40):i], buf[:0])
	for _, tk := range toks {
		if tk.kind == 'w' && (pk.d.w.published[tk.s] || pk.d.w.update[tk.s]) {
			return false
		}
	}
	return true
}

// opensNamedByline reports whether t opens with a byline label and a
// capitalised word after it: "By Jane Doe", not the prose of "By the
// time the pier opens".
func (w *words) opensNamedByline(t string) bool {
	return w.startsByline(t) && firstUpper(strings.TrimSpace(w.stripLabel(t)))
}

// clockOnly reports whether a <time> shows only a time of day ("15:41",
// "21:48 Uhr", "18.40 GMT"): a live blog's or ticker's entry, whose
// datetime is the entry's, not the story's. A clock word (a clock marker
// or zone) may follow; with one, a dot may part hour and minute too, as
// German and British live pages print them. A live page has several
// such entries; a lone one is the story's own time, printed alone on the
// day it appeared ("Von X · 21:48 Uhr" under the headline), and dates it.
func (pk *datePicker) clockOnly(n *html.Node) bool {
	if !clockShown(n) {
		return false
	}
	if !pk.clocksSet {
		pk.clocksSet = true
		for _, t := range pk.d.times {
			if clockShown(t) {
				pk.clocks++
			}
		}
	}
	return pk.clocks > 1
}

// clockShown reports whether a <time> shows only a time of day.
func clockShown(n *html.Node) bool {
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode || len(strings.TrimSpace(c.Data)) > 16 {
		return false
	}
	var buf [8]dtok
	toks := dateTokens(c.Data, buf[:0])
	if len(toks) == 4 && toks[3].kind == 'w' && clockWords[toks[3].s] {
		toks = toks[:3]
		if toks[1].s == "." {
			toks[1].s = ":"
		}
	}
	return len(toks) == 3 && toks[0].kind == 'n' && toks[1].s == ":" && toks[2].kind == 'n' && toks[2].digits == 2
}

// pubBesideUpdate reads a publication time that says "published" alone
// when the first one marked as the publication's also says "updated"
// ("entry-date updated", hAtom's mark on the one date a theme shows) and
// the two share a header: themes that print both dates mark the update
// so (Soledad's hidden "entry-date updated" before its "entry-date
// published"). The header is two elements up, plain wrappers not
// counted (bodywrap.go). The update's <time> is returned too: when the
// publication's shows no date (its day left out, " , 2024"), the update
// is still no publication date, and fromTimes passes over it.
func (pk *datePicker) pubBesideUpdate() (dateVal, bool, *html.Node) {
	var first, head *html.Node
	for _, n := range pk.d.times {
		if timeKind(n) != timePub || inChrome(n) || inQuotedPost(n) {
			continue
		}
		switch {
		case first == nil && !ownUpdateHint(n):
			return dateVal{}, false, nil
		case first == nil:
			first = n
			if p := plainParent(n); p != nil {
				head = plainParent(p)
			}
			if head == nil {
				return dateVal{}, false, nil
			}
		case !ownUpdateHint(n) && contains(head, n):
			v, ok := pk.element(n)
			return v, ok, first
		}
	}
	return dateVal{}, false, nil
}

// ownUpdateHint reports whether a <time>'s own class has an update word.
func ownUpdateHint(n *html.Node) bool {
	for tok := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if updateHint(tok) {
			return true
		}
	}
	return false
}

// pairUpdateShows reports whether v is the day the update's <time> of a
// published/updated pair shows (pubBesideUpdate): a theme that prints
// both dates, the update often in a box it hides for hAtom's sake
// (Soledad's "penci-hide-tagupdated"), marks which is which, and the
// text read after the headline does not see the marks.
func (pk *datePicker) pairUpdateShows(v dateVal) bool {
	_, _, u := pk.pubBesideUpdate()
	if u == nil {
		return false
	}
	s, _, ok := pk.textDates(shortText(u, 100))
	return ok && sameDay(s.t, v.t)
}
