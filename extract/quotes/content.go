package quotes

import (
	"strings"
	"unicode"

	"github.com/byline/byline/article"
)

// ---------------------------------------------------------------- reported content

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

// ---------------------------------------------------------------- quotes

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

// ---------------------------------------------------------------- attributions

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
