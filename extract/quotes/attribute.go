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
		for k, sp := range p.spans {
			body := p.r[sp.start:sp.end]
			if p.opens[k] < 0 || p.nq[k] || wordCount(body) < 3 {
				continue
			}
			q := &quoteRef{p: p, k: k, sp: sp, open: p.opens[k], cls: p.lasts[k], text: string(body), sent: p.toks[p.opens[k]].sent}
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
	// A quote running over paragraphs is credited where its last part
	// names the speaker: earlier parts without one take it.
	for i := len(refs) - 2; i >= 0; i-- {
		if q, next := refs[i], refs[i+1]; q.spk == nil && next.cont && next.spk != nil && next.p.idx == q.p.idx+1 && q.sp.close < 0 {
			q.copyFrom(next)
		}
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

// pickCue chooses the reporting construction of a quote: a reporting verb
// of its sentence, or else the first of the fallbacks that applies.
func (d *doc) pickCue(q *quoteRef, before []*quoteRef) {
	if c := d.sentenceCue(q); c != nil {
		d.setFromCue(q, c)
		return
	}
	for _, rule := range []func(*quoteRef, []*quoteRef) bool{
		continuedQuote, d.dashCredit, d.colonIntro, d.possessorSpeaks, d.clauseSubjectSpeaks, sameParagraphQuote, d.headingQuote,
		d.nextSentenceCue, d.earlierParagraphCue, d.nextParagraphIntro, d.scareQuote, d.previousSpeaker,
	} {
		if rule(q, before) {
			return
		}
	}
}

// sentenceCue is the reporting verb of the quote's sentence: the one after
// the quote when the quote ends with a comma or the cue follows it closely,
// else the one before it.
func (d *doc) sentenceCue(q *quoteRef) *cue {
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
	switch {
	case pre != nil && post != nil:
		endsComma := strings.HasSuffix(strings.TrimSpace(q.text), ",")
		if endsComma || post.s-q.cls <= 2 && q.open-pre.e > 2 {
			return post
		}
		return pre
	case post != nil:
		return post
	}
	return pre
}

// setFromCue credits the quote to cue c, or to the innermost report that
// holds it: "Putin emphasized that ... “Q,” Ushakov said."
func (d *doc) setFromCue(q *quoteRef, c *cue) {
	p := q.p
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
}

// continuedQuote: a quote continued from the previous paragraph keeps its
// speaker.
func continuedQuote(q *quoteRef, before []*quoteRef) bool {
	if q.cont && len(before) > 0 {
		q.copyFrom(before[len(before)-1])
		return true
	}
	return false
}

// dashCredit credits a quote signed after a dash: "“...” — Coach Ann
// Lee", the name ending the sentence or paragraph.
func (d *doc) dashCredit(q *quoteRef, _ []*quoteRef) bool {
	p := q.p
	k := q.cls + 1
	if !p.punct(k, "—–-") {
		return false
	}
	n := d.rightNP(p, k+1)
	if n == nil || n.kind == npPronoun || n.e < len(p.toks) && p.word(n.e) {
		return false
	}
	return d.creditNP(q, n, creditAny)
}

// colonIntro credits a quote introduced by a colon to the phrase that
// makes up the clause before the colon ("HEADLINE - Jane Doe: “...”"; not
// the object in "told Fox News: “...”"), the subject of the
// clause ("Buckley had a similar experience: “...”") or a person named in
// the sentence before it.
func (d *doc) colonIntro(q *quoteRef, _ []*quoteRef) bool {
	p := q.p
	if q.open == 0 || !p.punct(q.open-1, ":") {
		return false
	}
	// a name opening the sentence must be a person ("Wall Street: “...”"
	// is a lead-in)
	if n := d.leftNP(p, q.open-1); n != nil && n.e == q.open-1 && (!p.word(n.s-1) || d.descriptorOnly(p, n)) {
		// after a heading and a dash, or in a transcript after the last
		// turn's quote, any name will do; so will a surname ("Clinton:
		// “...”")
		need := creditPerson
		if p.punct(n.s-1, "—–-") || n.s > 0 && p.toks[n.s-1].kind == tCloseQ || d.isSurname(n) {
			need = creditAny
		}
		if d.creditNP(q, n, need) {
			return true
		}
	}
	if d.clauseSubjectAt(q, q.open-1, creditAny) {
		return true // "Politico reveals a few facts: “...”"
	}
	for _, m := range d.pmentions(p.idx) {
		if m.para == p.idx && m.sent == q.sent && m.tok < q.open && m.ent.kind == kindPerson {
			q.spk = &m.ent.name
			return true
		}
	}
	ss := p.sentStart[q.sent]
	if p.word(ss) && d.l.pronouns[p.toks[ss].low] != 0 {
		if e := d.antecedent(p, ss, d.l.pronouns[p.toks[ss].low]); e != nil {
			q.spk = &e.name
			return true
		}
	}
	return false
}

// descriptorOnly reports a name preceded, from the start of its sentence,
// only by descriptor words: "Former secretary of state Jane Doe: “...”".
func (d *doc) descriptorOnly(p *para, n *np) bool {
	if n.kind != npName {
		return false
	}
	s := d.afterDateline(p, p.sentStart[p.toks[n.s].sent])
	if n.s-s > 6 {
		return false
	}
	for k := s; k < n.s; k++ {
		if !p.word(k) {
			return false
		}
		low := p.toks[k].low
		if d.l.cues[low] || d.l.clauseVerbWords[low] || d.l.isPast(low) || d.l.pronouns[low] != 0 || d.l.preps[low] && !d.l.of[low] {
			return false
		}
	}
	return true
}

// isSurname reports a one-word name that is the last word of a full name
// the article gives: a person's surname.
func (d *doc) isSurname(n *np) bool {
	if n.kind != npName || len(n.name) != 1 {
		return false
	}
	e := d.lookup(n.name)
	return e != nil && len(e.words) > 1 && e.kind != kindOrg && d.keyWord(e.words) == n.name[0]
}

// clauseSubjectSpeaks credits a quote set inside a sentence without a
// reporting verb to the person who is the subject of its clause: "Doe
// blamed the law on “reckless politicians.”", "Doe coached him to “breathe,
// breathe.”" Organisations and common nouns as subjects credit nobody: a
// company's “seamless shopping experience” is the writer's phrase.
func (d *doc) clauseSubjectSpeaks(q *quoteRef, _ []*quoteRef) bool {
	return d.clauseSubjectAt(q, q.open, creditKnownPerson)
}

// possessorSpeaks credits a quote set right after a person's name in the
// possessive to that person: "Obama’s “if you like your plan, you can keep
// it” promise", "Doe’s “no new taxes” pledge". The name must be a person
// by structure (creditKnownPerson): "Apple’s “think different”" credits
// no one.
func (d *doc) possessorSpeaks(q *quoteRef, _ []*quoteRef) bool {
	p := q.p
	j := q.open - 1
	if j < 0 || !p.word(j) || !p.toks[j].poss || !d.isNameWord(p, j) {
		return false
	}
	n, ok := d.nameEndingAt(p, j)
	if !ok || n == nil || n.kind != npName {
		return false
	}
	return d.creditNP(q, n, creditKnownPerson)
}

// clauseSubjectAt credits the quote to the person who is the subject of
// the clause ending before token at.
func (d *doc) clauseSubjectAt(q *quoteRef, at int, need credit) bool {
	p := q.p
	if at <= p.sentStart[q.sent] {
		return false
	}
	n := d.clauseStartNP(p, at)
	if n == nil || n.e >= at || !d.verbFollows(p, n.e) {
		return false
	}
	if n.kind != npName && n.kind != npPronoun {
		return false
	}
	return d.creditNP(q, n, need)
}

// coordinatedName returns the first of two coordinated names ending with
// n ("Jane Doe and John Roe"), or n.
func (d *doc) coordinatedName(p *para, n *np) *np {
	if n.kind != npName || n.s < 2 || !p.word(n.s-1) || !d.l.coord[p.toks[n.s-1].low] || !d.isNameWord(p, n.s-2) {
		return n
	}
	if m, ok := d.nameEndingAt(p, n.s-2); ok && m != nil && m.kind == npName {
		return m
	}
	return n
}

// verbFollows reports a verb-like word after a subject ending before token
// i (after a parenthetical, an appositive between commas and adverbs):
// "Doe (R-Ohio), the panel's chair, also blamed".
func (d *doc) verbFollows(p *para, i int) bool {
	i = d.skipParenFwd(p, i)
	if p.punct(i, ",") {
		k := i + 1
		for k < len(p.toks) && k-i <= 20 && !p.punct(k, ",.;:") && (p.toks[k].kind == tWord && p.toks[k].q < 0 || p.inTitle(k) || p.punct(k, "()")) {
			k++
		}
		if !p.punct(k, ",") {
			return false
		}
		i = k + 1
	}
	verb := false
	for {
		switch {
		case p.word(i) && !p.toks[i].cap && d.l.isAdverb(p.toks[i].low):
			// adverbs and auxiliaries: "has long claimed", "is now promising"
			verb = verb || d.l.clauseVerbWords[p.toks[i].low]
			i++
			continue
		case d.timeWord(p, i):
			i++ // "on Wednesday", "late Thursday night"
			continue
		case p.word(i) && d.l.preps[p.toks[i].low] && d.timeWord(p, i+1):
			i += 2
			continue
		}
		break
	}
	if !p.word(i) || p.toks[i].cap {
		return verb // "Doe had a similar experience"
	}
	low := p.toks[i].low
	return verb || d.l.cues[low] || !(d.l.function[low] || d.l.preps[low] || d.l.subjectStops[low] || d.l.coord[low] || d.l.detDef[low] || d.l.detIndef[low])
}

// timeWord reports a weekday, a month, a relative day or a time word
// ("Wednesday", "yesterday", "night") at token i.
func (d *doc) timeWord(p *para, i int) bool {
	if !p.word(i) {
		return false
	}
	low := p.toks[i].low
	_, m := d.l.months[low]
	_, w := d.l.weekdays[low]
	_, r := d.l.relDays[low]
	return m || w || r || d.l.timeWords[low]
}

// credit is how sure a phrase found without a reporting verb must be to
// name a person before a quote is credited to it.
type credit int

const (
	creditAny         credit = iota // any name, pronoun or descriptor
	creditPerson                    // a person: named in full and speaking elsewhere will do
	creditKnownPerson               // a person by structure: a title, a first name, a he/she that referred to it
)

// creditNP resolves a speaker phrase found without a reporting verb and
// credits the quote to it when it is sure enough to be a person.
func (d *doc) creditNP(q *quoteRef, n *np, need credit) bool {
	switch {
	case need == creditAny:
	case n.kind == npName:
		// a full name that speaks is no proof for a known person:
		// "Acme Stores reported"
		e := d.lookup(n.name)
		if e == nil || e.kind != kindPerson || need == creditKnownPerson && e.gender == 0 && len(e.titles) == 0 && !e.known {
			return false
		}
	case n.kind == npPronoun:
		if n.gender != 'm' && n.gender != 'f' {
			return false
		}
	}
	c := &cue{para: q.p.idx, sent: q.sent, s: n.e, e: n.e, subj: n, cs: -1, ce: -1}
	d.resolve(q.p, c)
	if c.speaker == nil || need != creditAny && (c.ent == nil || c.ent.kind != kindPerson) {
		return false
	}
	q.spk, q.ttl, q.anon = c.speaker, c.title, c.anon
	return true
}

// sameParagraphQuote: an earlier quote of the same paragraph goes on ("“X,”
// she said. “Y.”").
func sameParagraphQuote(q *quoteRef, before []*quoteRef) bool {
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].p == q.p && before[i].spk != nil {
			q.copyFrom(before[i])
			return true
		}
	}
	return false
}

// headingQuote handles a paragraph that is only the quote: a continuation
// of the previous paragraph's quote or a full statement after a paragraph
// that reports someone keeps that speaker; a heading is left for the echo
// pass.
func (d *doc) headingQuote(q *quoteRef, before []*quoteRef) bool {
	p := q.p
	if !(p.words() <= wordCount(q.sp.runes(p.r))+3 && !q.cont && q.sp.open <= 3) {
		return false
	}
	if len(before) > 0 && before[len(before)-1].p.idx == p.idx-1 && before[len(before)-1].spk != nil && strings.ContainsAny(string(p.r[:min(len(p.r), 1)]), "\"“„«'‘") {
		q.copyFrom(before[len(before)-1])
		return true
	}
	if endsSentence([]rune(q.text)) && wordCount([]rune(q.text)) >= 8 {
		pc := d.pcues(p.idx - 1)
		for i := len(pc) - 1; i >= 0 && i >= len(pc)-3; i-- {
			if pc[i].speaker != nil && (pc[i].ent != nil || pc[i].anon) {
				q.set(pc[i])
				q.c = nil
				return true
			}
		}
	}
	d.colonParagraphIntro(q)
	return true
}

// colonParagraphIntro credits a paragraph that is only a quote to the
// subject of the previous paragraph's last clause when that paragraph ends
// with a colon: "Doe issued the following statement:", "The ministry
// released a letter:" introduce the words that follow, whatever the verb.
func (d *doc) colonParagraphIntro(q *quoteRef) bool {
	if q.p.idx == 0 || q.open != 0 {
		return false
	}
	prev := d.paras[q.p.idx-1]
	last := len(prev.toks) - 1
	if !prev.punct(last, ":") || last == 0 {
		return false
	}
	n := d.clauseStartNP(prev, last)
	if n == nil || n.kind == npPronoun && n.gender != 'm' && n.gender != 'f' || !d.verbFollows(prev, n.e) {
		return false
	}
	c := &cue{para: prev.idx, sent: prev.toks[last].sent, s: n.e, e: n.e, subj: n, cs: -1, ce: -1}
	d.resolve(prev, c)
	if c.speaker == nil {
		return false
	}
	q.spk, q.ttl, q.anon = c.speaker, c.title, c.anon
	return true
}

// nextSentenceCue: a reporting verb in the next sentence names the speaker.
func (d *doc) nextSentenceCue(q *quoteRef, _ []*quoteRef) bool {
	for _, c := range d.scues(q.p.idx, q.sent+1) {
		if c.para == q.p.idx && c.sent == q.sent+1 && c.speaker != nil {
			q.set(c)
			return true
		}
	}
	return false
}

// earlierParagraphCue: a reporting verb earlier in the paragraph.
func (d *doc) earlierParagraphCue(q *quoteRef, _ []*quoteRef) bool {
	pc := d.cuesUpTo(q.p.idx, q.sent-1)
	for i := len(pc) - 1; i >= 0 && i >= len(pc)-50; i-- {
		if c := pc[i]; c.para == q.p.idx && c.sent < q.sent && c.speaker != nil {
			q.set(c)
			return true
		}
	}
	return false
}

// nextParagraphIntro: a paragraph-final quote introduced in prose, its
// speaker named in the next paragraph's first sentence ("That's the view of
// Michael Reed").
func (d *doc) nextParagraphIntro(q *quoteRef, _ []*quoteRef) bool {
	p := q.p
	if !(q.sp.open > 0 && (q.sp.close < 0 || wordCount(p.r[q.sp.close:]) == 0) && p.idx+1 < len(d.paras)) {
		return false
	}
	for _, c := range d.scues(p.idx+1, 0) {
		if c.para == p.idx+1 && c.sent == 0 && c.speaker != nil {
			q.set(c)
			q.c = nil
			return true
		}
	}
	return false
}

// scareQuote: a phrase quoted inside prose ("a “seamless, interconnected
// shopping experience”") with no reporting verb in its paragraph is
// nobody's words.
func (d *doc) scareQuote(q *quoteRef, _ []*quoteRef) bool {
	rs := []rune(q.text)
	return len(rs) > 0 && unicode.IsLower(rs[0]) && q.open > q.p.sentStart[q.sent] && len(d.pcues(q.p.idx)) == 0
}

// previousSpeaker: the last speaker of the previous paragraphs goes on.
func (d *doc) previousSpeaker(q *quoteRef, before []*quoteRef) bool {
	p := q.p
	if n := len(before); n > 0 && before[n-1].p.idx >= p.idx-2 && before[n-1].spk != nil {
		q.copyFrom(before[n-1])
		return true
	}
	pc := d.pcues(p.idx - 1)
	for i := len(pc) - 1; i >= 0 && i >= len(pc)-50; i-- {
		if c := pc[i]; c.para < p.idx && c.para >= p.idx-1 && c.speaker != nil && c.ent != nil {
			q.set(c)
			q.via = nil
			return true
		}
	}
	return false
}

func (sp qspan) runes(r []rune) []rune { return r[sp.start:sp.end] }

func notWord(r rune) bool { return !isWordRune(r) && !isApos(r) }

func normWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), notWord), " ")
}
