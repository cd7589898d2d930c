package quotes

// Speaker frames: sentence shapes in which the speaker is not the phrase
// right before the reporting verb.
//
//   - A contact clause, a relative clause with no relative word after a
//     noun ("the editor I was talking to", "the lawyer she hired"), leaves
//     the pronoun out of the speaker phrase; a name in apposition after the
//     clause ("The editor I was talking to, Tim Grieve, interrupted") is
//     the speaker.
//   - A causative verb's object speaks the infinitive after it ("prompted
//     the Atlas to state, “…”").
//   - A verb coordinated inside a that-clause shares the clause's subject,
//     not the sentence's.
//   - A document's relative "that" ("released a statement that said")
//     speaks for the document, as the person before "who" does.

// subjectPronounAt reports a subject pronoun at token k that cannot start a
// name ("He Jianxiong" can): one of the language's pronoun forms that is
// neither an object form, a possessive nor an article.
func (d *doc) subjectPronounAt(p *para, k int) bool {
	if !p.word(k) {
		return false
	}
	low := p.toks[k].low
	if d.l.detDef[low] || d.l.detIndef[low] || d.l.preps[low] {
		return false // "de la Cour": an article, not a pronoun
	}
	return d.l.pronounForms[low] && !d.l.objPronouns[low] && !d.l.possessives[low] && !d.nameStart(p, k)
}

// contactClauseName returns the name in apposition after a descriptor and
// its contact clause ("The editor I was talking to, Tim Grieve,"), titled
// with the descriptor, or nil. The clause runs from the pronoun to the
// comma within a few words, with no reporting verb or quote in it.
func (d *doc) contactClauseName(p *para, n *np) *np {
	if n.kind == npName || n.kind == npPronoun || !d.subjectPronounAt(p, n.e) {
		return nil
	}
	for k := n.e + 1; k < len(p.toks) && k-n.e <= 8; k++ {
		if p.punct(k, ",") {
			m := d.appositiveName(p, &np{s: n.s, e: k, kind: n.kind, text: n.text, head: n.head})
			if m != nil {
				m.title = d.l.trimDeterminer(n.text)
			}
			return m
		}
		if !p.word(k) || d.l.cues[p.toks[k].low] {
			return nil
		}
	}
	return nil
}

// causedSpeaker returns the object of a causative verb when the cue is the
// infinitive after it: "That record prompted the Atlas, which examines
// counties, to state, “…”", "leading advisers like Gene Sperling to
// counter that “…”" — the object speaks, not the clause's subject. The
// object may carry an appositive; the scan stops at a quote, a clause
// mark or another reporting verb. A base form that is no cue alone
// ("state") is one there: "prompted the Atlas ... to state, “…”". On
// polnear-train's tune half one page has the form; it is kept as general
// English (a causative verb, its object, an infinitive), and its words are
// the language's causative_verbs list, empty where none is given.
func (d *doc) causedSpeaker(p *para, s int) *np {
	to := s - 1
	if !p.word(to) || !d.l.infinitive[p.toks[to].low] {
		return nil
	}
	start := p.sentStart[p.toks[s].sent]
	for k := to - 1; k > start && to-k <= 25; k-- {
		t := p.toks[k]
		if t.kind == tOpenQ || t.kind == tCloseQ || p.punct(k, ";:") {
			return nil
		}
		if !p.word(k) {
			continue
		}
		if d.l.causatives[t.low] {
			n := d.rightNP(p, k+1)
			if n == nil || n.kind == npPronoun || n.e > to {
				return nil
			}
			return n
		}
		if d.l.cues[t.low] && !d.inRelative(p, k, to) {
			return nil
		}
	}
	return nil
}

// complementSubject returns the subject of the complement clause that
// holds a coordinated reporting verb at ci: in "It has become such a
// presence that Sanders thanked its members “…” and called the union “…”"
// the verb after "and" shares the subject after "that", not the
// sentence's. The subject must be a name or a pronoun right after the last
// complementizer (outside quotes) between start and ci, no possessive
// ("that Sanders' critiques"), with only words and quotes between it and
// ci: a comma or a dash ends the clause ("something that's thrown the GOP
// into chaos — and said", "that she is unqualified -- but said").
func (d *doc) complementSubject(p *para, start, ci int) *np {
	that := -1
	for k := ci - 1; k > start; k-- {
		t := p.toks[k]
		if t.q < 0 && t.kind != tWord && t.kind != tOpenQ && t.kind != tCloseQ {
			return nil // a clause mark: "that she is unqualified -- but said"
		}
		if p.word(k) && t.q < 0 && d.l.that[t.low] {
			that = k
			break
		}
	}
	if that < 0 {
		return nil
	}
	n := d.rightNP(p, that+1)
	if n == nil || n.s != that+1 || n.e >= ci || p.toks[n.e-1].poss || n.kind != npName && n.kind != npPronoun {
		return nil
	}
	return n
}

// documentThat reports a relative "that" at token j right after a document
// noun ("released a statement that said, “…”"): the document is the
// relative verb's subject, as the person before "who" is.
func (d *doc) documentThat(p *para, j int) bool {
	return j > 0 && d.l.that[p.toks[j].low] && p.word(j-1) && d.l.documentNouns[p.toks[j-1].low]
}
