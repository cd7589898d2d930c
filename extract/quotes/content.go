package quotes

// Reported content: the range of what each cue reports, its nesting, and
// the attributions (reported speech) listed from it.

import (
	"strings"
	"unicode"

	"github.com/byline/byline/article"
)

// subjRange is the token range covered by the cue and its speaker phrase.
func (c *cue) subjRange() (int, int) {
	s, e := c.s, c.e
	if c.subj != nil {
		s, e = min(s, c.subj.s), max(e, c.subj.e)
	}
	return s, e
}

// computeContents finds, for every cue, the range of what was reported, and
// the nesting of reports ("Ushakov said Putin reiterated ...") and relays
// ("Putin said, according to Ushakov").
func (d *doc) computeContents() {
	// Trailing cues first: "CLAUSE, X said." / "CLAUSE, according to X."
	for _, c := range d.cues {
		p := d.paras[c.para]
		s, e := c.subjRange()
		ss, se := p.sentStart[c.sent], p.sentEnd(c.sent)
		after := e
		if n := matchMulti(p, after, d.l.cueAdjuncts); n > 0 {
			after += n
		}
		// what follows: end of sentence, ", according to ...", ", adding ..."
		endOK := c.relay && p.punct(s-1, ",") || after >= se || p.punct(after, ".!?;") || p.punct(after, ",") && (after+1 >= se || p.word(after+1) && (d.l.relayCues[strings.ToLower(p.textOf(after+1, min(after+3, len(p.toks))))] || d.l.isParticiple(p.toks[after+1].low)))
		if !endOK {
			continue
		}
		// what precedes: a comma or a closing mark
		b := s - 1
		if b <= ss {
			continue
		}
		switch {
		case p.punct(b, ","):
			c.trailing, c.cs, c.ce = true, ss, b
		case p.toks[b].kind == tCloseQ:
			c.trailing, c.cs, c.ce = true, ss, b+1
		}
	}
	// Relays: "Putin said, according to Ushakov."
	for i, c := range d.cues {
		if !c.relay || !c.trailing || i == 0 {
			continue
		}
		o := d.cues[i-1]
		p := d.paras[c.para]
		_, oe := o.subjRange()
		if o.para == c.para && o.sent == c.sent && !o.relay && p.punct(c.s-1, ",") && oe == c.s-1 {
			o.viaOf, c.relayFor = c, o
			c.cs, c.ce = -1, -1
		}
	}
	// Right-hand contents.
	for _, c := range d.cues {
		if c.trailing || c.relayFor != nil {
			continue
		}
		d.rightContent(c)
	}
	// Nesting: the innermost other cue whose content contains this cue.
	for _, c := range d.cues {
		var best *cue
		for _, o := range d.scues(c.para, c.sent) {
			if o == c || o.para != c.para || o.cs < 0 || !(o.cs <= c.s && c.e <= o.ce) {
				continue
			}
			if best == nil || o.ce-o.cs < best.ce-best.cs {
				best = o
			}
		}
		c.parent = best
	}
}

// rightContent sets the content of a cue whose report follows it: "said
// (that) X", "confirmed X", "According to Ushakov, X".
func (d *doc) rightContent(c *cue) {
	p := d.paras[c.para]
	_, e := c.subjRange()
	if c.inverted && !c.relay {
		return // "said Smith" reports nothing after it
	}
	se := p.sentEnd(c.sent)
	i := e
	if c.relay {
		if !p.punct(i, ",") {
			return
		}
		i++
	} else {
		// object of "told": "told reporters", "told the BBC", "told the girl"
		if d.l.objectCues[c.head] && p.word(i) && !d.l.that[p.toks[i].low] {
			k := i
			switch t := p.toks[k]; {
			case d.l.objPronouns[t.low] || d.l.cueObjectWords[t.low] && !d.l.detDef[t.low] && !d.l.detIndef[t.low] && !d.l.possessives[t.low]:
				k++
			case d.l.detDef[t.low] || d.l.detIndef[t.low] || d.l.possessives[t.low] || t.poss:
				k++
				for k < se && k-i < 4 && p.word(k) && !d.l.that[p.toks[k].low] && !d.l.subjectStops[p.toks[k].low] && d.l.pronouns[p.toks[k].low] == 0 {
					k++
					if !p.word(k) || d.l.that[p.toks[k].low] || d.l.pronouns[p.toks[k].low] != 0 || d.l.infinitive[p.toks[k].low] {
						break
					}
				}
			case d.isNameWord(p, k):
				for k < se && d.isNameWord(p, k) {
					k++
				}
			}
			i = k
			if i >= se || !p.word(i) && p.toks[i].kind != tOpenQ && !p.punct(i, ":,") {
				return
			}
		}
		if n := matchMulti(p, i, d.l.cueAdjuncts); n > 0 {
			i += n
		}
		// adverbials up to "that": "said during a visit to Denmark that"
		thatAt := -1
		for k := i; k < se && k-i < 10 && p.word(k); k++ {
			if d.l.that[p.toks[k].low] {
				thatAt = k
				break
			}
		}
		switch {
		case thatAt >= 0:
			i = thatAt + 1
		case i < se && p.punct(i, ":,") && (i+1 < se && p.toks[i+1].kind == tOpenQ):
			i++
		case i >= se || !p.word(i) && p.toks[i].kind != tOpenQ:
			return
		case p.word(i) && d.l.noContentAfter[p.toks[i].low]:
			return
		}
		if thatAt >= 0 {
			c.cs = i
			c.ce = d.contentEnd(p, c, i, se, true)
			return
		}
	}
	if i >= se {
		return
	}
	c.cs = i
	c.ce = d.contentEnd(p, c, i, se, d.isClause(p, i, se))
}

// isClause guesses whether the report starting at token i is a clause (it
// runs to the end of the sentence) rather than a noun phrase (which ends at
// the first comma): a clause has a finite verb before its first comma.
func (d *doc) isClause(p *para, i, se int) bool {
	if p.word(i) && d.l.pronouns[p.toks[i].low] != 0 {
		return true
	}
	for k := i; k < se; k++ {
		t := p.toks[k]
		if t.q >= 0 || t.kind != tWord {
			if p.punct(k, ",;") {
				return false
			}
			continue
		}
		if d.l.clauseVerbWords[t.low] || d.l.aux[t.low] && !d.l.isAdverb(t.low) || d.l.cues[t.low] && k > i {
			return true
		}
		if d.l.isPast(t.low) && k > i && p.word(k-1) {
			prev := p.toks[k-1].low
			if !d.l.detDef[prev] && !d.l.detIndef[prev] && !d.l.possessives[prev] && !d.l.subjectStops[prev] && !p.toks[k-1].poss && !d.l.isAdverb(prev) {
				return true
			}
		}
	}
	return false
}

// contentEnd is the end (exclusive) of a report starting at token i: the end
// of the sentence without its full stop, cut at a dash, at ", with" / ",
// according to", before a trailing cue of the same sentence; a noun phrase
// also ends at its first comma and before "on"/"during"/... .
func (d *doc) contentEnd(p *para, c *cue, i, se int, clause bool) int {
	end := se
	for _, o := range d.scues(c.para, c.sent) {
		if o.para == c.para && o.sent == c.sent && o.trailing && o.s > i && o.ce <= end && o.ce > i {
			end = o.ce
		}
	}
	for k := i; k < end; k++ {
		t := p.toks[k]
		if t.q >= 0 && t.kind != tOpenQ && t.kind != tCloseQ {
			continue
		}
		if t.kind == tPunct && isDash([]rune(t.text)[0]) {
			end = k
			break
		}
		if p.punct(k, ",") && p.word(k+1) && d.l.clauseStops[p.toks[k+1].low] {
			end = k
			break
		}
		if !clause {
			if p.punct(k, ",;") {
				end = k
				break
			}
			if k > i && p.word(k) && d.l.npObjectStops[p.toks[k].low] {
				end = k
				break
			}
		}
	}
	for end > i && p.punct(end-1, ".,;:") {
		end--
	}
	return end
}

// attributions lists reported speech: every cue with a report that is not
// only a quotation.
func (d *doc) attributions() []article.Attribution {
	var out []article.Attribution
	for _, c := range d.cues {
		if c.cs < 0 || c.ce <= c.cs || c.relayFor != nil || c.speaker == nil && !c.anon {
			continue
		}
		if !d.l.attribCues[c.head] && !d.l.attribCues[strings.ToLower(c.head)] {
			continue
		}
		p := d.paras[c.para]
		words := 0
		for k := c.cs; k < c.ce; k++ {
			if p.toks[k].kind == tWord && p.toks[k].q < 0 {
				words++
			}
		}
		if words == 0 || d.onlyDateWords(p, c.cs, c.ce) {
			continue
		}
		a := article.Attribution{Cue: p.textOf(c.s, c.e), Text: p.textOf(c.cs, c.ce), Anonymous: c.anon, Paragraph: c.para, Start: p.toks[c.cs].s}
		if c.speaker != nil {
			a.Speaker = *c.speaker
		}
		if c.parent != nil && c.parent.speaker != nil && (c.speaker == nil || *c.parent.speaker != *c.speaker) {
			a.Via = c.parent.speaker
		}
		if c.viaOf != nil {
			a.Via = c.viaOf.speaker
		}
		a.Text = strings.TrimRightFunc(a.Text, unicode.IsSpace)
		out = append(out, a)
	}
	return out
}

// onlyDateWords reports a report that is just a time adverbial ("said last
// week").
func (d *doc) onlyDateWords(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		t := p.toks[k]
		if t.kind != tWord {
			continue
		}
		_, m := d.l.months[t.low]
		_, w := d.l.weekdays[t.low]
		_, r := d.l.relDays[t.low]
		_, n := isNumber(t.low)
		if !(m || w || r || n || d.l.timeWords[t.low]) {
			return false
		}
	}
	return true
}
