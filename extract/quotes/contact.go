package quotes

// Contact clauses: a relative clause with no relative word after a noun
// ("the editor I was talking to", "the lawyer she hired") leaves the
// pronoun out of the speaker phrase; when a name follows the clause
// in apposition ("The editor I was talking to, Tim Grieve, interrupted"),
// that name is the speaker.

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
