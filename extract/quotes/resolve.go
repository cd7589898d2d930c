package quotes

// Speaker resolution: a speaker phrase becomes a named entity through
// pronouns, descriptors ("the actress") and issued documents.

import (
	"strings"
)

// resolve sets a cue's speaker from its subject phrase.
func (d *doc) resolve(p *para, c *cue) {
	n := c.subj
	c.anon = n.anon
	c.title = n.title
	if (n.kind == npDefinite || n.kind == npAnonymous) && d.l.documentNouns[n.head] {
		if o := d.documentIssuer(p, n); o != nil {
			c.speaker, c.ent, c.title, c.anon = o.speaker, o.ent, o.title, o.anon
			return
		}
	}
	switch n.kind {
	case npName:
		d.resolveName(c, n)
	case npPronoun:
		d.resolvePronoun(p, c, n)
	case npDefinite:
		d.resolveDefinite(p, c, n)
	default:
		s := n.text
		c.speaker = &s
		if n.kind == npAnonymous {
			c.anon = true
		}
	}
}

// credit sets the cue's speaker to entity e.
func (c *cue) credit(e *entity) {
	c.ent = e
	c.speaker = &e.name
	if c.title == "" && len(e.titles) > 0 {
		c.title = e.titles[0]
	}
}

// resolveName links a name to the article's most complete form of it;
// coordinated names ("Ann Ford and Joe Tan") speak together.
func (d *doc) resolveName(c *cue, n *np) {
	e := d.lookup(n.name)
	if e == nil {
		s := n.text
		c.speaker = &s
	} else {
		if e.kind == kindUnknown && len(e.words) > 1 {
			e.kind = kindPerson // someone who speaks, named in full
		}
		if n.gender != 0 && e.gender == 0 {
			e.gender = n.gender
		}
		c.credit(e)
	}
	if n.and != nil {
		other := n.and.text
		if e2 := d.lookup(n.and.name); e2 != nil {
			other = e2.name
		}
		both := *c.speaker + " and " + other
		if n.and.e < n.e { // the other name comes first
			both = other + " and " + *c.speaker
		}
		c.speaker = &both
	}
}

// resolvePronoun resolves he/she to the nearest fitting person (or to the
// unnamed person a descriptor introduced: "One mother said ... “...,” she
// said"), and they to a group, an organisation or, failing both, the
// person who spoke last (singular they).
func (d *doc) resolvePronoun(p *para, c *cue, n *np) {
	if n.gender == genderZero {
		d.resolveZero(p, c, n)
		return
	}
	if n.gender == 'm' || n.gender == 'f' {
		if o, g := d.recentDescriptorCue(c); o != nil && (g == n.gender || g == 0 && d.antecedent(p, n.s, n.gender) == nil) {
			c.speaker, c.anon, c.title = o.speaker, o.anon, o.title
			return
		}
	}
	if e := d.antecedent(p, n.s, n.gender); e != nil {
		c.credit(e)
		if e.gender == 0 && (n.gender == 'm' || n.gender == 'f') {
			e.gender = n.gender
			e.known = e.kind != kindOrg
			if e.kind == kindUnknown {
				e.kind = kindPerson
			}
		}
		return
	}
	if n.gender == 'm' || n.gender == 'f' {
		if e := d.subjectAntecedent(p, n.s); e != nil {
			c.credit(e)
			e.gender, e.kind = n.gender, kindPerson
		}
		return
	}
	if n.gender != 'p' {
		return
	}
	if prev := d.prevAnonPlural(c); prev != nil {
		c.speaker, c.anon = prev.speaker, prev.anon
	} else if e := d.antecedent(p, n.s, 'n'); e != nil && e.kind == kindOrg {
		// "they said in a statement": an organisation
		c.ent, c.speaker = e, &e.name
	} else if o := d.lastCueNear(c); o != nil && o.ent != nil && o.ent.kind == kindPerson {
		c.credit(o.ent) // singular they
	}
}

// resolveDefinite resolves "the Russian leader" to the named person whose
// titles fit, "the insider" to an earlier "an insider", and an epithet
// ("the actor", "the 56-year-old") to the person the article was just
// about.
func (d *doc) resolveDefinite(p *para, c *cue, n *np) {
	if e := d.descriptorReferent(p, n); e != nil && (d.l.isTitle(n.head) || d.l.roleClass[n.head] != nil) {
		c.credit(e)
		return
	}
	for k := len(d.cues) - 1; k >= 0; k-- {
		o := d.cues[k]
		if o.subj != nil && o.subj.kind == npAnonymous && o.subj.head == n.head && o.speaker != nil {
			c.speaker, c.anon = o.speaker, o.anon
			return
		}
	}
	if d.epithet(n.head) || n.e-1 < len(p.toks) && d.ageBefore(p, n.e-1) {
		g := d.l.nounGender(n.head)
		if g != 'm' && g != 'f' {
			g = 'x'
			if d.l.isPersonAge(n.head) {
				// an age is a person's: a full name not known as one
				// yet will do, if no place's ("Ilse Marwood has sold
				// fish ... the 54-year-old said"; not "Harbour Street")
				g = 'a'
			}
		}
		// a child ("the boy") is no one the article gives a title of
		// office ("Gov. Mike Pence"); the phrase then stands as written
		if e := d.antecedent(p, n.s, g); e != nil && !(d.l.childNouns[n.head] && len(e.titles) > 0) {
			c.credit(e)
			return
		}
	}
	s := n.text
	c.speaker = &s
}

// epithet reports a head noun that describes a named person ("actor",
// "mother", "56-year-old") rather than an unnamed source ("spokesman",
// "official").
func (d *doc) epithet(head string) bool {
	if d.l.anonHeads[head] || d.l.isPlural(head) && !d.l.isPersonAge(head) {
		return false
	}
	return d.l.isTitle(head) || d.l.nounGender(head) != 0 || d.l.isPersonAge(head)
}

// recentDescriptorCue returns the cue before c, in its paragraph or the
// previous one, when its speaker is an unnamed person ("One mother", "a
// student"), and the gender its head noun gives (0 when none).
func (d *doc) recentDescriptorCue(c *cue) (*cue, byte) {
	o := d.lastCueNear(c)
	if o == nil || o.subj == nil || o.ent != nil || o.speaker == nil {
		return nil, 0
	}
	switch o.subj.kind {
	case npAnonymous, npDefinite, npAsWritten:
	default:
		return nil, 0
	}
	h := o.subj.head
	if d.l.isPlural(h) || !(d.l.anonHeads[h] || d.l.isTitle(h) || d.l.nounGender(h) != 0) {
		return nil, 0
	}
	return o, d.l.nounGender(h)
}

// lastCueNear returns the cue found last before c when it is in c's
// paragraph or the one before.
func (d *doc) lastCueNear(c *cue) *cue {
	if len(d.cues) == 0 {
		return nil
	}
	o := d.cues[len(d.cues)-1]
	if o.para < c.para-1 {
		return nil
	}
	return o
}

func (d *doc) prevAnonPlural(c *cue) *cue {
	for k := len(d.cues) - 1; k >= 0 && k >= len(d.cues)-4; k-- {
		o := d.cues[k]
		if o.subj != nil && (o.subj.kind == npAnonymous || o.subj.kind == npDefinite) && d.l.isPlural(o.subj.head) && o.speaker != nil {
			return o
		}
	}
	return nil
}

// subjectAntecedent is he/she's last resort when no person fits: the
// nearest full name, in this paragraph or the two before, that opens its
// sentence as the subject of a verb ("Harriet Quill runs the ferry
// company. Her deputy, David Reyo, ... “...,” she said"): a name the
// article never marks as a person by a title or a known first name.
func (d *doc) subjectAntecedent(p *para, ti int) *entity {
	for pi := p.idx; pi >= 0 && pi >= p.idx-2; pi-- {
		q, ms := d.paras[pi], d.mentionsByPara[pi]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if pi == p.idx && m.tok >= ti {
				continue
			}
			if d.subjectName(q, m) {
				return m.ent
			}
		}
	}
	return nil
}

// subjectName reports a mention that is a full name the article never
// marks as a person (no title, no known first name) opening its sentence
// as the subject of a verb: he or she may refer to it.
func (d *doc) subjectName(q *para, m mention) bool {
	e := m.ent
	if e.kind != kindUnknown || e.gender != 0 || len(e.words) < 2 || m.tok != q.sentStart[m.sent] || d.placeName(e) {
		return false
	}
	end := d.nameRun(q, m.tok)
	return !q.toks[end-1].poss && d.verbFollows(q, end)
}

// placeName reports a name with a word of a place's or a service's name
// ("Harbour Street is closed", "Deutsche Bahn hat"): a sentence's
// subject, but never he or she.
func (d *doc) placeName(e *entity) bool {
	for _, w := range e.words {
		if d.l.placeWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func genderOK(e *entity, g byte) bool {
	switch g {
	case 'm', 'f':
		if e.kind == kindOrg {
			return false
		}
		if e.kind == kindUnknown && len(e.words) < 2 {
			return false
		}
		return e.gender == 0 || e.gender == 'u' || e.gender == g
	case 'n':
		return e.kind == kindOrg || e.kind == kindUnknown && len(e.words) >= 1
	case 'x', 'a': // a person of either gender ('a': named by an age, "the 54-year-old")
		return e.kind == kindPerson || e.kind == kindUnknown && len(e.words) >= 2
	}
	return false
}

// antecedent resolves a pronoun at token ti of paragraph p: the speakers and
// then the names of the current sentence (before the pronoun), then of the
// previous sentences and paragraphs, first gender-compatible one wins; in
// each sentence a reporting verb's speaker comes before other names.
func (d *doc) antecedent(p *para, ti int, g byte) *entity {
	sent := p.toks[ti].sent
	budget := 16 // sentences
	// Cues already found and mentions, scanned backwards by sentence.
	for pi := p.idx; pi >= 0 && pi >= p.idx-4; pi-- {
		q := d.paras[pi]
		last := len(q.sentStart) - 2
		if pi == p.idx {
			last = sent
		}
		cs, ms := d.cuesUpTo(pi, last), d.mentionsUpTo(pi, last)
		// Both lists are in text order: walk them backwards sentence by
		// sentence, and within a sentence forwards (its subject first).
		ch, mh := len(cs), len(ms)
		for s := last; s >= 0; s-- {
			if budget--; budget < 0 {
				return nil // bounded look-back: antecedents are near
			}
			cl := ch
			for cl > 0 && cs[cl-1].sent >= s {
				cl--
			}
			// a speaker in a clause the sentence opens with a subordinator
			// ("After Ann Ford asked him, Joe Tan replied") only after the
			// main clause's
			for pass := 0; pass < 2; pass++ {
				for _, c := range cs[cl:ch] {
					if c.sent == s && c.ent != nil && (pi < p.idx || c.s < ti) && genderOK(c.ent, g) && d.subordinateCue(q, c) == (pass == 1) {
						return c.ent
					}
				}
			}
			ml := mh
			for ml > 0 && ms[ml-1].sent >= s {
				ml--
			}
			for _, m := range ms[ml:mh] {
				// a full name opening its sentence as a verb's subject is a
				// person even when no list knows its first name ("Darovod
				// Setome took his daughter ... “...,” he said")
				if m.sent == s && (pi < p.idx || m.tok < ti) && genderOK(m.ent, g) && (g == 'n' || m.ent.kind == kindPerson || g == 'a' && !d.placeName(m.ent) ||
					(g == 'm' || g == 'f') && d.subjectName(q, m)) {
					return m.ent
				}
			}
			ch, mh = cl, ml
		}
	}
	return nil
}

// subordinateCue reports a cue in the clause its sentence opens with a
// subordinator, before the clause's comma: "After Ann Ford asked him,".
func (d *doc) subordinateCue(q *para, c *cue) bool {
	st := q.sentStart[c.sent]
	if !q.word(st) || !d.l.subordinators[q.toks[st].low] {
		return false
	}
	for k := st + 1; k < c.s; k++ {
		if q.punct(k, ",;:") {
			return false
		}
	}
	return true
}

// descriptorReferent resolves "the Russian leader", "the Kremlin aide", "the
// actress" to the named entity whose titles fit best: the head noun must be
// one of its title words (or of the head's role class), each modifier that
// is also a title word adds to the score; the nearest mention wins ties.
func (d *doc) descriptorReferent(p *para, n *np) *entity {
	var mods []string
	for k := n.s + 1; k < n.e-1; k++ {
		mods = append(mods, p.toks[k].low)
	}
	key := n.head + "|" + strings.Join(mods, " ")
	if e, ok := d.referents[key]; ok {
		return e
	}
	if d.referents == nil {
		d.referents = map[string]*entity{}
	}
	e := d.descriptorReferentScan(p, n, mods)
	d.referents[key] = e
	return e
}

func (d *doc) descriptorReferentScan(p *para, n *np, mods []string) *entity {
	best, bestScore := (*entity)(nil), 0
	bestDist := 1 << 30
	var inside *entity // the body named in the phrase: "la integrante de Madres"
	for _, m := range d.mentions {
		if m.para == p.idx && m.tok > n.s && m.tok < n.e {
			inside = m.ent
		}
	}
	for _, m := range d.mentions {
		e := m.ent
		if e == inside {
			continue
		}
		score := 0
		if e.tset[n.head] {
			score = 2
		} else {
			for w := range e.tset {
				if d.l.inClass(n.head, w) {
					score = 2
					break
				}
			}
			if score == 0 && e.kind == kindOrg && d.l.inClass(d.l.orgClass, n.head) {
				score = 1
				for _, w := range e.words {
					if d.l.inClass(d.l.orgClass, w) {
						score = 2
					}
				}
			}
		}
		if score == 0 {
			continue
		}
		for _, md := range mods {
			if e.tset[md] {
				score++
			} else if e.kind == kindOrg {
				// "the production company" → Dick Clark Productions
				for _, w := range e.words {
					if w == md || w == md+"s" || w+"s" == md {
						score++
						break
					}
				}
			}
		}
		if e.kind == kindOrg && d.l.inClass(d.l.orgClass, n.head) {
			// "the company": the organisation the article names most
			score = score*1000 + d.mentionCount(e)
		}
		dist := (p.idx-m.para)*1000 + (n.s - m.tok)
		if m.para > p.idx || m.para == p.idx && m.tok > n.s {
			dist = 1<<20 + (m.para-p.idx)*1000 + m.tok
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = e, score, dist
		}
	}
	return best
}

// documentIssuer resolves "the statement", "a statement" to whoever issued it:
// the subject of "issued a statement" right before it, or of the nearest
// earlier sentence that introduces such a document.
func (d *doc) documentIssuer(p *para, n *np) *cue {
	try := func(q *para, vi int) *cue {
		if vi < 0 || !q.word(vi) || !d.l.issueVerbs[q.toks[vi].low] {
			return nil
		}
		m := d.leftNP(q, vi)
		if m == nil || d.l.documentNouns[m.head] {
			return nil
		}
		c := &cue{para: q.idx, sent: q.toks[vi].sent, s: vi, e: vi + 1, subj: m}
		d.resolve(q, c)
		if c.speaker == nil {
			return nil
		}
		return c
	}
	if c := try(p, n.s-1); c != nil {
		return c
	}
	for pi := p.idx; pi >= 0 && pi >= p.idx-3; pi-- {
		q := d.paras[pi]
		end := len(q.toks)
		if pi == p.idx {
			end = n.s
		}
		for k := end - 1; k >= 0 && k >= end-400; k-- {
			if q.word(k) && q.toks[k].low == n.head {
				for vi := k - 1; vi >= 0 && vi >= k-3; vi-- {
					if c := try(q, vi); c != nil {
						return c
					}
				}
				// "The company flat-out denied the allegations in a statement"
				ss := q.sentStart[q.toks[k].sent]
				if m := d.rightNP(q, ss); m != nil && m.e <= k && !d.l.documentNouns[m.head] && m.kind != npPronoun {
					c := &cue{para: q.idx, sent: q.toks[k].sent, s: m.e, e: m.e + 1, subj: m}
					d.resolve(q, c)
					if c.speaker != nil {
						return c
					}
				}
			}
		}
	}
	return nil
}

func (d *doc) mentionCount(e *entity) int {
	if d.counts == nil {
		d.counts = map[*entity]int{}
		for _, m := range d.mentions {
			d.counts[m.ent]++
		}
	}
	return d.counts[e]
}
