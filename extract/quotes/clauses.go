package quotes

// Clauses: where the clause around a reporting verb or a quote starts, its
// subject, and the parentheticals, relative clauses and datelines a
// speaker phrase reads through.

import "strings"

// clauseStartNP finds the subject at the start of the cue's clause when the
// cue follows an appositive or a post-modifier: "Ian Hamilton, an expert in
// ... who did not work on the study, told Newsweek". The clause starts at the
// sentence start or after a closing quotation mark, colon or semicolon; an
// introductory phrase ending in a comma may precede the subject.
func (d *doc) clauseStartNP(p *para, ci int) *np {
	sent := p.toks[ci].sent
	start := d.afterDateline(p, p.sentStart[sent])
	for k := ci - 1; k > start; k-- {
		if p.toks[k].kind == tCloseQ && !p.inTitle(k) || p.punct(k, ";:") {
			start = k + 1
			break
		}
	}
	try := func(s int) *np {
		// leading commas, conjunctions and adverbs: "And then Doe went on"
		for s < ci && (p.punct(s, ",") || p.word(s) && !p.toks[s].cap && (d.l.verbCoord[p.toks[s].low] || d.l.isAdverb(p.toks[s].low)) || p.word(s) && p.toks[s].cap && d.l.verbCoord[p.toks[s].low]) {
			s++
		}
		n := d.rightNP(p, s)
		if n == nil || n.e >= ci {
			return nil
		}
		if e := d.skipParenFwd(p, n.e); !(p.punct(e, ",") || p.word(e)) {
			return nil
		}
		if n.kind == npAnonymous && p.word(n.e) && d.l.coord[p.toks[n.e].low] {
			if m := d.rightNP(p, n.e+1); m != nil && m.kind == npAnonymous && m.e < ci {
				n.e = m.e
				n.text = p.textOf(n.s, n.e)
			}
		}
		ing := d.l.isParticiple(p.toks[ci].low)
		for k := n.e; k < ci; k++ {
			if e := d.skipParenFwd(p, k); e > k && e <= ci {
				k = e - 1 // an aside's verb: "dictum (repeated to me) was"
				continue
			}
			if p.toks[k].q < 0 && p.toks[k].kind == tWord && d.l.cues[p.toks[k].low] && !ing && !d.l.isParticiple(p.toks[k].low) && !d.inRelative(p, k, ci) {
				return nil
			}
			if d.l.anonMarkers[p.toks[k].low] {
				n.anon = true
			}
		}
		return n
	}
	if n := try(start); n != nil {
		return n
	}
	for k := start; k < ci && k-start < 12; k++ {
		if p.punct(k, ",") {
			if n := try(k + 1); n != nil {
				return n
			}
		}
	}
	// a subordinate clause's own subject: "While Doe calls it “...”, ..."
	if start == p.sentStart[sent] && p.word(start) && d.l.subordinators[p.toks[start].low] {
		if n := try(start + 1); n != nil && d.verbFollows(p, n.e) {
			return n
		}
	}
	return nil
}

// afterDateline returns the first token after a dateline that opens the
// sentence starting at token s ("WASHINGTON — ", "JACKSON, Miss. - "): a
// few capitalised words, commas and points before a dash. Else s.
func (d *doc) afterDateline(p *para, s int) int {
	for k := s; k < len(p.toks) && k-s <= 5; k++ {
		switch {
		case p.punct(k, "—–-") && k > s:
			return k + 1
		case p.word(k) && p.toks[k].cap, p.punct(k, ",."):
		default:
			return s
		}
	}
	return s
}

// sentenceSubject is the subject of a cue coordinated with an earlier verb
// ("he asked ..., called Omar a “terrorist” and said"): the subject of the
// sentence's earlier reporting verb, the phrase that starts the sentence
// when a verb follows it ("Democratic front-runner Jane Doe, also
// campaigning, said ... and accused"), or the first pronoun or name.
func (d *doc) sentenceSubject(p *para, ci int) *np {
	sent := p.toks[ci].sent
	if prev := d.lastCueIn(p.idx, sent); prev != nil && prev.subj != nil && prev.e <= ci {
		return prev.subj
	}
	start := d.afterIntroPhrase(p, d.afterDateline(p, p.sentStart[sent]), ci)
	if n := d.complementSubject(p, start, ci); n != nil {
		return n
	}
	if n := d.rightNP(p, start); n != nil && n.e < ci && n.kind != npAnonymous && d.verbFollows(p, n.e) {
		return n
	}
	for k := start; k < ci; k++ {
		if !p.word(k) {
			continue
		}
		t := p.toks[k]
		if g := d.l.pronouns[t.low]; g != 0 {
			return &np{s: k, e: k + 1, kind: npPronoun, text: t.text, head: t.low, gender: g}
		}
		if d.nameStart(p, k) {
			return d.nameNP(p, k, d.nameRun(p, k))
		}
	}
	return nil
}

// afterIntroPhrase returns the token after an introductory prepositional
// phrase that opens a sentence at token s and ends with a comma before
// token ci ("In an interview with The Wall Street Journal, Trump ..."):
// the phrase's object is not the sentence's subject. Else s.
func (d *doc) afterIntroPhrase(p *para, s, ci int) int {
	if !p.word(s) || !d.l.preps[p.toks[s].low] || d.l.subordinators[p.toks[s].low] {
		return s
	}
	for k := s + 1; k < ci && k-s <= 15; k++ {
		switch {
		case p.punct(k, ","):
			return k + 1
		case !p.word(k) && !p.inTitle(k), p.word(k) && d.l.cues[p.toks[k].low]:
			return s
		}
	}
	return s
}

// afterPreposition reports whether the phrase starting at token s is the
// object of a preposition ("in the journal JAMA Psychiatry").
func (d *doc) afterPreposition(p *para, s int) bool {
	k := s - 1
	for n := 0; n < 3 && p.word(k) && !p.toks[k].cap && !d.l.preps[p.toks[k].low] && !d.l.subjectStops[p.toks[k].low] && !d.l.cues[p.toks[k].low]; n++ {
		k--
	}
	// "after Doe argued" opens a clause: its subject is Doe
	return p.word(k) && d.l.preps[p.toks[k].low] && !d.l.subordinators[p.toks[k].low]
}

// inRelative reports a token inside a relative clause that ends before
// token end: "Jane Doe, an oncologist who advised the mayor, said".
func (d *doc) inRelative(p *para, k, end int) bool {
	for m := k - 1; m >= 0 && k-m <= 12 && (p.word(m) || p.inTitle(m)); m-- {
		if d.l.who[p.toks[m].low] || p.toks[m].low == "which" {
			return p.punct(end-1, ",") || p.punct(end, ",")
		}
	}
	return false
}

// parenOpenBefore returns the index of the "(" that the ")" at token j
// closes, when the parenthetical is short and outside quotes, else -1.
func (d *doc) parenOpenBefore(p *para, j int) int {
	if !p.punct(j, ")") {
		return -1
	}
	for k := j - 1; k >= 0 && j-k <= 8; k-- {
		if p.toks[k].q >= 0 || p.punct(k, ")") {
			return -1
		}
		if p.punct(k, "(") {
			return k
		}
	}
	return -1
}

// skipParenBack returns the token before a short parenthetical ending at
// token j ("Sen. Jane Doe (D-Ore.)"), or j when there is none.
func (d *doc) skipParenBack(p *para, j int) int {
	if o := d.parenOpenBefore(p, j); o > 0 {
		return o - 1
	}
	return j
}

// skipParenFwd returns the token after a short parenthetical starting at
// token i, or i when there is none.
func (d *doc) skipParenFwd(p *para, i int) int {
	if !p.punct(i, "(") {
		return i
	}
	for k := i + 1; k < len(p.toks) && k-i <= 8; k++ {
		if p.toks[k].q >= 0 || p.punct(k, "(") {
			return i
		}
		if p.punct(k, ")") {
			return k + 1
		}
	}
	return i
}

// documentSource returns the name a document comes from ("a report from
// the Energy Institute", "a statement by Jane Doe", "a letter signed by
// Mayor Jane Doe", "a filing released by state attorney Jane Doe"), or nil.
// Only a verb that issues or signs the document names its source: a memo
// "obtained by", "reviewed by" or "commissioned by" a paper or a council is
// not theirs.
func (d *doc) documentSource(p *para, n *np) *np {
	if !d.l.documentNouns[n.head] {
		return nil
	}
	j := n.e
	if p.word(j) && d.l.issueVerbs[p.toks[j].low] && p.word(j+1) && d.l.by[p.toks[j+1].low] {
		j++
	} else if !p.word(j) || !(d.l.by[p.toks[j].low] || d.l.of[p.toks[j].low] || d.l.preps[p.toks[j].low] && p.toks[j].low == "from") {
		return nil
	}
	k := j + 1
	if p.word(k) && d.l.detDef[p.toks[k].low] {
		k++
	}
	if m := d.lowerTitleName(p, k); m != nil && j > n.e {
		m.s = n.s
		return m
	}
	if !d.nameStart(p, k) {
		return nil
	}
	e := d.nameRun(p, k)
	m := d.nameNP(p, k, e)
	m.s = n.s
	return m
}

// finiteAux reports a finite auxiliary or copula at token k ("was",
// "has", "wasn’t"; not the clitic "’s", which is also a possessive, nor
// "plans" or "remains", which are also nouns): the mark of a clause.
func (d *doc) finiteAux(p *para, k int) bool {
	if !p.word(k) || p.toks[k].poss {
		return false
	}
	low := strings.ReplaceAll(p.toks[k].low, "’", "'")
	return low != "'s" && d.l.clauseVerbWords[low] && (d.l.aux[low] || strings.Contains(low, "'"))
}
