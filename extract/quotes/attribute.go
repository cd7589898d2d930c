package quotes

// Quotes: every quotation of three words or more and the reporting
// construction (and so the speaker) it belongs to.

import (
	"strings"
	"unicode"

	"github.com/byline/byline/article"
)

// quoteRef is a quote span with its place.
type quoteRef struct {
	p    *para
	k    int // span index
	sp   qspan
	open int // token index of the opening mark
	cls  int // token index of the closing mark, or last token
	sent int
	text string
	c    *cue // chosen attribution
	via  *string
	spk  *string
	ttl  string
	anon bool
	cont bool // continues a quote of the previous paragraph
}

// attributeQuotes finds every quote of three words or more and its speaker.
func (d *doc) attributeQuotes() []article.Quote {
	var refs []*quoteRef
	names := map[string]bool{} // quoted names ("dubbed “the Gordon problem”")
	for _, p := range d.paras {
		opens, lasts := make([]int, len(p.spans)), make([]int, len(p.spans))
		for k := range opens {
			opens[k], lasts[k] = -1, -1
		}
		for ti, t := range p.toks {
			if t.q >= 0 {
				if t.kind == tOpenQ {
					opens[t.q] = ti
				}
				lasts[t.q] = ti
			}
		}
		for k, sp := range p.spans {
			body := p.r[sp.start:sp.end]
			if wordCount(body) < 3 {
				continue
			}
			q := &quoteRef{p: p, k: k, sp: sp, open: opens[k], cls: lasts[k], text: string(body)}
			if q.open < 0 || d.titleLike(body) {
				continue
			}
			q.sent = p.toks[q.open].sent
			if d.isNaming(p, q) {
				names[normWords(q.text)] = true
				continue
			}
			// multi-paragraph: the previous paragraph ended inside a quote and this one opens with a mark
			if sp.open == 0 && len(refs) > 0 {
				prev := refs[len(refs)-1]
				if prev.p.idx == p.idx-1 && prev.sp.close < 0 {
					q.cont = true
				}
			}
			refs = append(refs, q)
		}
	}
	// A heading repeating a quoted name is not a quote either.
	if len(names) > 0 {
		kept := refs[:0]
		for _, q := range refs {
			if !(names[normWords(q.text)] && q.p.words() <= wordCount([]rune(q.text))+2) {
				kept = append(kept, q)
			}
		}
		refs = kept
	}
	for i, q := range refs {
		d.pickCue(q, refs[:i])
	}
	// Echoes: an unattributed quote whose words another attributed quote repeats
	// (a heading or pull quote).
	norm := make([]string, len(refs))
	for i, q := range refs {
		norm[i] = " " + strings.Join(strings.FieldsFunc(strings.ToLower(q.text), notWord), " ") + " "
	}
	for i, q := range refs {
		if q.spk != nil || len(norm[i]) <= 2 || q.p.words() > wordCount([]rune(q.text))+3 {
			continue // only a heading or pull quote echoes another quote
		}
		for j, o := range refs {
			if o != q && o.spk != nil && strings.Contains(norm[j], norm[i]) {
				q.spk, q.ttl = o.spk, o.ttl
				break
			}
		}
	}
	out := make([]article.Quote, 0, len(refs))
	for _, q := range refs {
		aq := article.Quote{Text: q.text, Speaker: q.spk, SpeakerTitle: q.ttl, Via: q.via, Paragraph: q.p.idx, Start: q.sp.start, End: q.sp.end}
		if q.c != nil {
			aq.Cue = q.c.text
		}
		out = append(out, aq)
	}
	return out
}

func (q *quoteRef) set(c *cue) {
	q.c = c
	q.spk, q.ttl, q.anon = c.speaker, c.title, c.anon
	switch {
	case c.viaOf != nil:
		q.via = c.viaOf.speaker
	case c.parent != nil && c.parent.speaker != nil && (c.parent.speaker != c.speaker && (c.speaker == nil || *c.parent.speaker != *c.speaker)):
		q.via = c.parent.speaker
	}
}

func (q *quoteRef) copyFrom(o *quoteRef) {
	q.c, q.spk, q.ttl, q.via, q.anon = o.c, o.spk, o.ttl, o.via, o.anon
}

// pickCue chooses the reporting construction of a quote.
func (d *doc) pickCue(q *quoteRef, before []*quoteRef) {
	p := q.p
	var pre, post *cue
	for _, c := range d.scues(p.idx, q.sent) {
		if c.para != p.idx || c.sent != q.sent {
			continue
		}
		if c.e <= q.open {
			if c.relayFor == nil {
				pre = c
			}
		} else if c.s > q.cls && post == nil {
			post = c
		}
	}
	if post != nil && post.relayFor != nil {
		post = post.relayFor
	}
	var c *cue
	switch {
	case pre != nil && post != nil:
		endsComma := strings.HasSuffix(strings.TrimSpace(q.text), ",")
		if endsComma || post.s-q.cls <= 2 && q.open-pre.e > 2 {
			c = post
		} else {
			c = pre
		}
	case post != nil:
		c = post
	case pre != nil:
		c = pre
	}
	if c != nil {
		// The innermost report holding the quote: "Putin emphasized that ... “Q,” Ushakov said."
		if c.trailing && c.cs <= q.open && q.cls < c.ce {
			var inner *cue
			for _, o := range d.scues(p.idx, q.sent) {
				if o != c && o.para == p.idx && o.sent == q.sent && o.e <= q.open && o.s >= c.cs {
					inner = o
				}
			}
			if inner != nil {
				q.set(inner)
				if q.via == nil {
					q.via = c.speaker
				}
				return
			}
		}
		q.set(c)
		return
	}
	// No reporting verb in the sentence.
	// A quote continued from the previous paragraph keeps its speaker.
	if q.cont && len(before) > 0 {
		q.copyFrom(before[len(before)-1])
		return
	}
	// Introduced by a colon: "Buckley had a similar experience: “...”"
	if q.open > 0 && p.punct(q.open-1, ":") {
		for _, m := range d.pmentions(p.idx) {
			if m.para == p.idx && m.sent == q.sent && m.tok < q.open && m.ent.kind != kindOrg {
				q.spk = &m.ent.name
				return
			}
		}
		ss := p.sentStart[q.sent]
		if p.word(ss) && d.l.pronouns[p.toks[ss].low] != 0 {
			if e := d.antecedent(p, ss, d.l.pronouns[p.toks[ss].low]); e != nil {
				q.spk = &e.name
				return
			}
		}
	}
	// An earlier quote of the same paragraph ("“X,” she said. “Y.”").
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].p == p && before[i].spk != nil {
			q.copyFrom(before[i])
			return
		}
	}
	// Heading-like paragraph that is only the quote: leave it for the echo pass.
	if p.words() <= wordCount(q.sp.runes(p.r))+3 && !q.cont && q.sp.open <= 3 {
		// a continuation paragraph made only of a quote keeps the last speaker
		if len(before) > 0 && before[len(before)-1].p.idx == p.idx-1 && before[len(before)-1].spk != nil && strings.ContainsAny(string(p.r[:min(len(p.r), 1)]), "\"“„«'‘") {
			q.copyFrom(before[len(before)-1])
			return
		}
		// a full quoted statement (not a heading) after a paragraph that
		// reports someone: that speaker goes on
		if endsSentence([]rune(q.text)) && wordCount([]rune(q.text)) >= 8 {
			pc := d.pcues(p.idx - 1)
			for i := len(pc) - 1; i >= 0 && i >= len(pc)-3; i-- {
				if pc[i].speaker != nil && (pc[i].ent != nil || pc[i].anon) {
					q.set(pc[i])
					q.c = nil
					return
				}
			}
		}
		return
	}
	// A reporting verb in the next sentence (the speaker named only there).
	for _, c := range d.scues(p.idx, q.sent+1) {
		if c.para == p.idx && c.sent == q.sent+1 && c.speaker != nil {
			q.set(c)
			return
		}
	}
	// A reporting verb earlier in the paragraph.
	for pc, i := d.cuesUpTo(p.idx, q.sent-1), len(d.cuesUpTo(p.idx, q.sent-1))-1; i >= 0 && i >= len(pc)-50; i-- {
		c := pc[i]
		if c.para == p.idx && c.sent < q.sent && c.speaker != nil {
			q.set(c)
			return
		}
	}
	// A paragraph-final quote introduced in prose, its speaker named in the
	// next paragraph's first sentence ("That's the view of Michael Reed").
	if q.sp.open > 0 && (q.sp.close < 0 || wordCount(p.r[q.sp.close:]) == 0) && p.idx+1 < len(d.paras) {
		for _, c := range d.scues(p.idx+1, 0) {
			if c.para == p.idx+1 && c.sent == 0 && c.speaker != nil {
				q.set(c)
				q.c = nil
				return
			}
		}
	}
	// A phrase quoted inside prose ("a “seamless, interconnected shopping
	// experience”") with no reporting verb in its paragraph is nobody's words.
	if rs := []rune(q.text); len(rs) > 0 && unicode.IsLower(rs[0]) && q.open > p.sentStart[q.sent] && len(d.pcues(p.idx)) == 0 {
		return
	}
	// The last speaker of the previous paragraphs.
	if n := len(before); n > 0 && before[n-1].p.idx >= p.idx-2 && before[n-1].spk != nil {
		q.copyFrom(before[n-1])
		return
	}
	for pc, i := d.pcues(p.idx-1), len(d.pcues(p.idx-1))-1; i >= 0 && i >= len(pc)-50; i-- {
		c := pc[i]
		if c.para < p.idx && c.para >= p.idx-1 && c.speaker != nil && c.ent != nil {
			q.set(c)
			q.via = nil
			return
		}
	}
}

func (sp qspan) runes(r []rune) []rune { return r[sp.start:sp.end] }

func notWord(r rune) bool { return !isWordRune(r) && !isApos(r) }

// titleLike reports a quoted title rather than a quotation: a short span in
// title case without sentence punctuation ("The One I Love").
func (d *doc) titleLike(r []rune) bool {
	if strings.ContainsAny(string(r), ".,!?;:…") || wordCount(r) > 8 {
		return false
	}
	caps := 0
	for _, w := range strings.FieldsFunc(string(r), notWord) {
		rs := []rune(w)
		if !isWordRune(rs[0]) {
			continue
		}
		switch {
		case unicode.IsUpper(rs[0]) || unicode.IsDigit(rs[0]):
			caps++
		case d.l.function[strings.ToLower(w)] || len(rs) <= 3:
		default:
			return false
		}
	}
	return caps >= 2
}

func normWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), notWord), " ")
}

// isNaming reports a short quoted span that gives something a name rather
// than reproducing words: "dubbed “feather duvet lung”", "the nickname of
// “bird fancier’s lung”", "had dubbed Sondland's role as "the Gordon problem"".
func (d *doc) isNaming(p *para, q *quoteRef) bool {
	if wordCount([]rune(q.text)) > 6 {
		return false
	}
	for k := q.open - 1; k >= p.sentStart[q.sent] && q.open-k <= 12; k-- {
		t := p.toks[k]
		if t.kind == tCloseQ || t.kind == tOpenQ || p.punct(k, ".;:!?") {
			return false
		}
		if t.kind == tWord && t.q < 0 && d.l.namingWords[t.low] {
			return true
		}
	}
	return false
}
