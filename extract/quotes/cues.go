package quotes

// Reporting constructions: reporting verbs outside quotes, their speaker
// phrases and the cue text.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// matchMulti returns the length of the multi-word phrase of list starting at
// token i outside quotes, or 0.
func matchMulti(p *para, i int, list [][]string) int { return matchPhrase(p, i, list, false) }

// matchPhrase returns the length of the first multi-word phrase of list
// that the word tokens from i on spell, inside quotes too when inQuotes,
// or 0 (matchMulti, matchMultiAny).
func matchPhrase(p *para, i int, list [][]string, inQuotes bool) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	first := p.toks[i].lt
	for _, ws := range list {
		if ws[0] != first || i+len(ws) > len(p.toks) {
			continue
		}
		ok := true
		for k, w := range ws {
			t := p.toks[i+k]
			if t.kind != tWord || !inQuotes && t.q >= 0 || t.lt != w {
				ok = false
				break
			}
		}
		if ok {
			return len(ws)
		}
	}
	return 0
}

// findCues finds reporting verbs outside quotes with their speakers, in
// document order, resolving each speaker as it goes (pronouns look back at
// the speakers already found).
func (d *doc) findCues() {
	for _, p := range d.paras {
		for i := 0; i < len(p.toks); i++ {
			t := p.toks[i]
			if t.kind != tWord || t.q >= 0 {
				continue
			}
			n := matchMulti(p, i, d.l.cueMulti)
			if n == 0 && !d.l.cues[t.low] && !d.postQuoteVerb(p, i) && d.asItCue(p, i) < 0 && !(d.l.baseForms[t.low] && d.causedSpeaker(p, i) != nil) {
				continue
			}
			if n == 0 {
				n = 1
				// a relay cue opening its sentence is a preposition, not an
				// imperative: "Laut Jane Doe ist ..." ("according to")
				if t.cap && !d.initialCue(p, i) && !(d.l.relayCues[t.low] && i == p.sentStart[t.sent]) {
					continue // an imperative ("Read our review") or part of a name ("United States")
				}
			}
			if d.passiveBeforeInfinitive(p, i, i+n) {
				continue // "they are asked to rank", "he is said to be": no one's words
			}
			c := &cue{para: p.idx, sent: t.sent, s: i, e: i + n, head: t.lt, cs: -1, ce: -1}
			if n > 1 {
				c.head = strings.ToLower(p.textOf(i, i+n))
				c.head = strings.ReplaceAll(strings.Join(strings.Fields(c.head), " "), "’", "'")
			}
			c.relay = d.l.relayCues[c.head]
			if prev := d.lastCueIn(p.idx, t.sent); d.l.isParticiple(c.head) && p.punct(i-1, ",") && prev != nil && prev.speaker != nil {
				// "Benioff weighed in, telling Cook, ..."
				c.subj = prev.subj
				c.text = d.cueText(p, c)
				c.speaker, c.ent, c.title, c.anon = prev.speaker, prev.ent, prev.title, prev.anon
				d.addCue(c)
				continue
			}
			if !d.findSubject(p, c) {
				continue
			}
			// A base form needs a plural subject or a modal: "experts say",
			// "he will say"; "Heat the oil, add a jar" is a recipe.
			if d.l.baseForms[c.head] && !c.inverted && c.subj.s < c.s {
				k := c.s - 1
				modal := false
				for ; k >= 0 && p.word(k) && d.l.isAdverb(p.toks[k].low); k-- {
					if d.l.modals[p.toks[k].low] {
						modal = true
					}
				}
				sg := c.subj.kind == npName && !d.l.isPlural(c.subj.head) || c.subj.kind == npPronoun && (c.subj.gender == 'm' || c.subj.gender == 'f' || c.subj.gender == 'n')
				if c.subj.s > 1 && p.word(c.subj.s-1) && d.l.coord[p.toks[c.subj.s-1].low] {
					sg = false // "she and Rose-Lynn sing": credited to the first of them
					if first := d.leftNP(p, c.subj.s-1); first != nil && first.kind != npAnonymous {
						c.subj = first
					} else if p.word(c.subj.s-2) && d.l.pronouns[p.toks[c.subj.s-2].low] != 0 {
						t := p.toks[c.subj.s-2]
						c.subj = &np{s: c.subj.s - 2, e: c.subj.s - 1, kind: npPronoun, text: t.text, head: t.low, gender: d.l.pronouns[t.low]}
					}
				}
				if sg && !modal && !d.l.modals[p.toks[max(c.s-1, 0)].low] {
					continue
				}
			}
			c.text = d.cueText(p, c)
			d.resolve(p, c)
			d.addCue(c)
			i += n - 1
		}
	}
}

// postQuoteVerb reports the verb of the clause that closes a quote, whatever
// the verb: "“...,” an angry Doe retaliated.", "“...?” Doe went on, ...",
// "“...!” retorted Doe." The quote must end with a comma, a question or
// exclamation mark or a dash, the speaker phrase must fill the gap between
// the closing mark and the verb (or follow the verb and end the clause),
// and the verb must end its clause or be followed by an adjunct.
func (d *doc) postQuoteVerb(p *para, i int) bool {
	t := p.toks[i]
	if t.cap {
		return false
	}
	k := i - 1
	for k >= 0 && i-k <= 7 && p.word(k) {
		k--
	}
	if k < 0 || p.toks[k].kind != tCloseQ {
		return false // most words: no closing mark right before them
	}
	if d.l.function[t.low] || d.l.preps[t.low] || d.l.detDef[t.low] || d.l.detIndef[t.low] || d.l.isAdverb(t.low) || d.l.pronouns[t.low] != 0 || d.isHeadNoun(t.low) || !d.quoteOpensClause(p, k) {
		return false
	}
	if !(i+1 >= len(p.toks) || !p.word(i+1) || d.l.preps[p.toks[i+1].low] || d.l.isAdverb(p.toks[i+1].low) || d.l.who[p.toks[i+1].low]) {
		if k == i-1 { // inverted: the speaker phrase follows the verb and ends the clause
			n := d.rightNP(p, i+1)
			return n != nil && n.kind != npPronoun && (n.e >= len(p.toks) || !p.word(n.e))
		}
		return false
	}
	if k == i-1 {
		return false
	}
	n := d.leftNP(p, i)
	if n == nil || n.s <= k {
		return false
	}
	// the phrase fills the gap, an article and adjectives aside ("an
	// angry Doe")
	if n.s > k+1 && !(n.s-k <= 4 && p.word(k+1) && (d.l.detDef[p.toks[k+1].low] || d.l.detIndef[p.toks[k+1].low])) {
		return false
	}
	return true
}

// asItCue returns the index of the "as" that opens the frame "as Jane
// Doe, the panel's chair, put it" when token i is its verb, else -1.
func (d *doc) asItCue(p *para, i int) int {
	if !d.l.asItCues[p.toks[i].low] || !p.word(i+1) || p.toks[i+1].low != "it" {
		return -1
	}
	for k := i - 1; k >= 0 && i-k <= 16 && p.toks[k].sent == p.toks[i].sent && p.toks[k].q < 0; k-- {
		if p.word(k) && d.l.asWords[p.toks[k].low] {
			return k
		}
	}
	return -1
}

// quoteOpensClause reports whether the quote closed at token k stands the
// way a quote followed by its attribution does: it opens the sentence and
// ends with a comma, a question or exclamation mark or a dash.
func (d *doc) quoteOpensClause(p *para, k int) bool {
	q := p.toks[k].q
	sp := p.spans[q]
	// the quote opens its sentence (or follows a colon or another quote):
	// "the article a “terrific piece,” Doe fixates on ..." is no attribution
	o := k
	for o > 0 && !(p.toks[o].kind == tOpenQ && p.toks[o].q == q) {
		o--
	}
	if !opensSentence(p, o) {
		return false
	}
	body := strings.TrimRightFunc(string(p.r[sp.start:sp.end]), unicode.IsSpace)
	if body == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(body)
	return strings.ContainsRune(",?!—–", last)
}

// askedAfterQuote returns the speaker of an object cue ("asked", "told")
// at token s0 right after a quote that opens its sentence: "“How big is
// that wall?” asked the boy" — the phrase after the verb speaks, not the
// one asked; a pronoun there is an object ("“...,” told him"): nil.
func (d *doc) askedAfterQuote(p *para, c *cue, s0 int) *np {
	if !d.l.objectCues[c.head] || !d.afterOpeningQuote(p, s0) {
		return nil
	}
	if n := d.rightNP(p, c.e); n != nil && n.kind != npPronoun {
		return n
	}
	return nil
}

// afterOpeningQuote reports a verb at token s right after the closing
// mark (and a comma) of a quote that opens its clause and ends with a
// comma, a question or exclamation mark or a dash: "“...?” asked", "“...”,
// told". The verb is then the quote's own cue.
func (d *doc) afterOpeningQuote(p *para, s int) bool {
	k := s - 1
	if p.punct(k, ",") {
		k--
	}
	return k >= 0 && p.toks[k].kind == tCloseQ && d.quoteOpensClause(p, k)
}

// opensSentence reports an opening quotation mark at token o that starts
// its sentence, or follows a colon, a dash or another quote.
func opensSentence(p *para, o int) bool {
	return o == p.sentStart[p.toks[o].sent] || p.punct(o-1, ":;—–") || p.toks[o-1].kind == tCloseQ
}

// initialCue reports a capitalised reporting verb that opens its sentence
// and is followed by its speaker: "Said Jane Doe, who grew up there, “...”".
// An imperative ("Read our review") is a base form and is never one.
func (d *doc) initialCue(p *para, i int) bool {
	t := p.toks[i]
	if i != p.sentStart[t.sent] || d.l.baseForms[t.low] || d.l.isParticiple(t.low) {
		return false
	}
	n := d.rightNP(p, i+1)
	return n != nil && n.kind == npName && (p.punct(n.e, ",:") || n.e < len(p.toks) && p.toks[n.e].kind == tOpenQ)
}

// cueText is the cue as written, with the object of "told" ("told
// reporters", "told the BBC") and a fixed adjunct ("said in a statement").
func (d *doc) cueText(p *para, c *cue) string {
	e := c.e
	if c.inverted && c.subj != nil && c.subj.s == e {
		return p.textOf(c.s, e)
	}
	if d.l.objectCues[c.head] && p.word(e) {
		k := e
		if d.l.cueObjectWords[p.toks[k].low] && !d.l.detDef[p.toks[k].low] && !d.l.detIndef[p.toks[k].low] && !d.l.possessives[p.toks[k].low] {
			k++
		} else {
			if d.l.detDef[p.toks[k].low] || d.l.detIndef[p.toks[k].low] {
				k++
			}
			m := k
			for k < len(p.toks) && k-m < 4 && d.isNameWord(p, k) {
				k++
			}
			if k == m {
				k = e
			}
		}
		if k > e && (k == len(p.toks) || !p.word(k) || d.l.that[p.toks[k].low]) {
			e = k
		}
	}
	if n := matchMulti(p, e, d.l.cueAdjuncts); n > 0 {
		e += n
	}
	return p.textOf(c.s, e)
}

// findSubject finds the speaker phrase of a cue: before it ("Putin said"),
// after it ("said Putin", "according to Ushakov") or after "by" ("floated
// by Trump").
func (d *doc) findSubject(p *para, c *cue) bool {
	if a := d.asItCue(p, c.s); a >= 0 {
		if n := d.rightNP(p, a+1); n != nil {
			c.subj = n
			return true
		}
	}
	// "Rubio was asked by moderator Gerard Baker whether ... “...”",
	// "Sanders was asked by host Bill Maher, “…, has it not?”": in the
	// passive the agent after "by" asks the question, and speaks when a
	// question follows; the subject's answer ("was asked by X about Y,
	// “I feel great”") stays the subject's.
	if p.word(c.e) && d.l.by[p.toks[c.e].low] && d.passive(p, c.s) && d.questionAfter(p, c.e) {
		if n := d.rightNP(p, c.e+1); n != nil {
			c.subj, c.inverted = n, true
			return true
		}
	}
	if c.relay {
		if g := d.l.relayPronouns[p.toks[min(c.e, len(p.toks)-1)].low]; g != 0 && p.word(c.e) {
			t := p.toks[c.e] // "selon lui", "según ella"
			c.subj, c.inverted = &np{s: c.e, e: c.e + 1, kind: npPronoun, text: t.text, head: t.low, gender: g}, true
			return true
		}
		if n := d.rightNP(p, c.e); n != nil {
			c.subj, c.inverted = n, true
			return true
		}
		return false
	}
	if n := d.leftNP(p, c.s); n != nil {
		c.subj = n
		return true
	}
	s0 := d.beforeAux(p, c.s) + 1 // "« … », a déclaré X": the auxiliary's place
	prevOK := (s0 == p.sentStart[c.sent] || p.punct(s0-1, ",:;—–(") || (s0 > 0 && p.toks[s0-1].kind == tCloseQ)) && !d.l.objectCues[c.head]
	if n := d.askedAfterQuote(p, c, s0); n != nil && !prevOK {
		c.subj, c.inverted = n, true
		return true
	}
	if prevOK {
		if n := d.rightNP(p, c.e); n != nil && (n.kind != npPronoun && d.invertedEnds(p, c, n) || n.kind == npPronoun && (c.e == len(p.toks)-1 || !p.word(n.e))) {
			c.subj, c.inverted = n, true
			return true
		}
		// "a indiqué à l'AFP X", "dijo a los periodistas el entrenador"
		if e := d.afterDative(p, c.e); e > c.e {
			if n := d.rightNP(p, e); n != nil && n.kind != npPronoun && d.invertedEnds(p, c, n) {
				c.subj, c.inverted = n, true
				return true
			}
		}
	}
	if p.word(c.e) && d.l.by[p.toks[c.e].low] {
		if n := d.rightNP(p, c.e+1); n != nil {
			c.subj, c.inverted = n, true
			return true
		}
	}
	// An infinitive speaks for the clause's subject: "Doe went on to say
	// ...", "Doe declined to comment, but was quick to add: ...". (A
	// participle after a preposition, "by interjecting", was tried the same
	// way and cost a quote on the check half of corpus/quotes.)
	if n := d.causedSpeaker(p, c.s); n != nil {
		c.subj = n
		return true
	}
	if c.s > p.sentStart[c.sent] && d.subjectInfinitive(p, c.s) {
		if n := d.clauseStartNP(p, c.s); n != nil {
			c.subj = n
			return true
		}
	}
	if n := d.zeroSubject(p, c); n != nil {
		c.subj = n
		return true
	}
	return false
}

// invertedEnds reports whether an inverted speaker phrase after a prose
// comma ends its clause ("..., said Jane Doe." / "in a statement" / "on
// Monday"), as it must: in "..., said Obamacare so far has been a success"
// the phrase after the verb is the subject of what was said. After a
// quote or at a sentence start any phrase will do.
func (d *doc) invertedEnds(p *para, c *cue, n *np) bool {
	s := d.beforeAux(p, c.s) + 1
	if !p.punct(s-1, ",") || s >= 2 && p.toks[s-2].kind == tCloseQ {
		return true // after a quote, its comma inside or after the mark („…“, sagte)
	}
	e := n.e
	return e >= len(p.toks) || !p.word(e) || d.l.preps[p.toks[e].low] || d.l.who[p.toks[e].low] || d.timeWord(p, e) || matchMulti(p, e, d.l.cueAdjuncts) > 0
}

// passiveBeforeInfinitive reports a reporting verb in [s, e) used in the
// passive and followed by an infinitive ("are asked to rank", "was told to
// leave", "is said to be"): its subject is the one asked or told, and what
// follows is no report of words.
func (d *doc) passiveBeforeInfinitive(p *para, s, e int) bool {
	return p.word(e) && d.l.infinitive[p.toks[e].low] && d.passive(p, s)
}

// questionAfter reports whether a question follows token i in its
// sentence: a question word before the next quote, or a quote that ends
// with a question mark.
func (d *doc) questionAfter(p *para, i int) bool {
	if i >= len(p.toks) {
		return false
	}
	sent := p.toks[i].sent
	for k := i; k < len(p.toks) && p.toks[k].sent == sent; k++ {
		t := p.toks[k]
		if t.kind == tOpenQ {
			for m := k + 1; m < len(p.toks); m++ {
				if p.toks[m].kind == tCloseQ {
					return p.toks[m-1].text == "?"
				}
			}
			return false
		}
		if p.word(k) && d.l.questionWords[t.low] {
			return true
		}
	}
	return false
}

// passive reports a passive auxiliary before the verb at token s, adverbs
// between them ("was asked", "is often said").
func (d *doc) passive(p *para, s int) bool {
	k := s - 1
	for ; k >= 0 && p.word(k) && d.l.isAdverb(p.toks[k].low) && !d.l.passiveAux[p.toks[k].low]; k-- {
	}
	return k >= 0 && p.word(k) && d.l.passiveAux[p.toks[k].low]
}

// subjectInfinitive reports an infinitive before token i whose subject is
// the clause's ("declined to say", "went on to add"), not an object's
// ("asked Smith to explain", "urged them to say").
func (d *doc) subjectInfinitive(p *para, i int) bool {
	if !p.word(i-1) || !d.l.infinitive[p.toks[i-1].low] || !p.word(i-2) {
		return false
	}
	t := p.toks[i-2]
	if t.cap || d.l.objPronouns[t.low] || d.l.pronouns[t.low] != 0 || d.isHeadNoun(t.low) {
		return false
	}
	// a noun before "to" is no verb: "is in talks to write", "a plan to say"
	if b := i - 3; p.word(b) && (d.l.preps[p.toks[b].low] || d.l.detDef[p.toks[b].low] || d.l.detIndef[p.toks[b].low] || d.l.possessives[p.toks[b].low] || p.toks[b].poss) {
		return false
	}
	return true
}

func (d *doc) lastCueIn(para, sent int) *cue {
	if len(d.cues) == 0 {
		return nil
	}
	c := d.cues[len(d.cues)-1]
	if c.para == para && c.sent == sent {
		return c
	}
	return nil
}

func (d *doc) addCue(c *cue) {
	c.index = len(d.cues)
	d.cues = append(d.cues, c)
	for len(d.byPara) <= c.para {
		d.byPara = append(d.byPara, nil)
	}
	d.byPara[c.para] = append(d.byPara[c.para], c)
}

// pcues returns the cues of paragraph i found so far, in order.
func (d *doc) pcues(i int) []*cue {
	if i < 0 || i >= len(d.byPara) {
		return nil
	}
	return d.byPara[i]
}

// pmentions returns the name mentions of paragraph i.
func (d *doc) pmentions(i int) []mention {
	if i < 0 || i >= len(d.mentionsByPara) {
		return nil
	}
	return d.mentionsByPara[i]
}

// scues returns the cues of one sentence (cues are in text order, so a
// sentence's cues are a contiguous run found by binary search).
func (d *doc) scues(para, sent int) []*cue {
	cs := d.pcues(para)
	lo := sort.Search(len(cs), func(i int) bool { return cs[i].sent >= sent })
	hi := lo
	for hi < len(cs) && cs[hi].sent == sent {
		hi++
	}
	return cs[lo:hi]
}

// smentions returns the mentions of paragraph para in sentences < sent+1
// (all mentions of earlier sentences and of sentence sent).
func (d *doc) mentionsUpTo(para, sent int) []mention {
	ms := d.pmentions(para)
	hi := sort.Search(len(ms), func(i int) bool { return ms[i].sent > sent })
	return ms[:hi]
}

func (d *doc) cuesUpTo(para, sent int) []*cue {
	cs := d.pcues(para)
	hi := sort.Search(len(cs), func(i int) bool { return cs[i].sent > sent })
	return cs[:hi]
}
