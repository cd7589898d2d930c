package quotes

import (
	"sort"
	"strings"
)

// ---------------------------------------------------------------- cues

// matchMulti returns the length of the multi-word phrase of list starting at
// token i, or 0.
func matchMulti(p *para, i int, list [][]string) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	first := p.toks[i].lt
	for _, ws := range list {
		if ws[0] != first {
			continue
		}
		if i+len(ws) > len(p.toks) {
			continue
		}
		ok := true
		for k, w := range ws {
			t := p.toks[i+k]
			if t.kind != tWord || t.q >= 0 || t.lt != w {
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
			if n == 0 && !d.l.cues[t.low] {
				continue
			}
			if n == 0 {
				n = 1
				if t.cap {
					continue // an imperative ("Read our review") or part of a name ("United States")
				}
			}
			c := &cue{para: p.idx, sent: t.sent, s: i, e: i + n, head: t.lt, cs: -1, ce: -1}
			if n > 1 {
				c.head = strings.ToLower(p.textOf(i, i+n))
				c.head = strings.Join(strings.Fields(c.head), " ")
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
	if c.relay {
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
	prevOK := (c.s == p.sentStart[c.sent] || p.punct(c.s-1, ",:;—–(") || (c.s > 0 && p.toks[c.s-1].kind == tCloseQ)) && !d.l.objectCues[c.head]
	if prevOK {
		if n := d.rightNP(p, c.e); n != nil && n.kind != npPronoun || n != nil && n.kind == npPronoun && (c.e == len(p.toks)-1 || !p.word(n.e)) {
			c.subj, c.inverted = n, true
			return true
		}
	}
	if p.word(c.e) && d.l.by[p.toks[c.e].low] {
		if n := d.rightNP(p, c.e+1); n != nil {
			c.subj, c.inverted = n, true
			return true
		}
	}
	return false
}

func (d *doc) isHeadNoun(low string) bool {
	if d.l.anonHeads[low] || d.l.titles[low] || d.l.genderedNouns[low] != 0 || d.l.orgWords[low] || d.l.documentNouns[low] {
		return true
	}
	// plural of a title: "the physicians"
	return d.l.isPlural(low) && d.l.titles[low[:len(low)-len(d.l.pluralSuffix)]]
}

// leftNP parses the speaker phrase ending right before token ci (skipping
// auxiliaries and adverbs: "has long claimed", "also insisted").
func (d *doc) leftNP(p *para, ci int) *np {
	j := ci - 1
	for j >= 0 && p.word(j) && !p.toks[j].cap && d.l.isAdverb(p.toks[j].low) {
		j--
	}
	if j < 0 || p.toks[j].sent != p.toks[ci].sent {
		return nil
	}
	if p.word(j) && d.l.infinitive[p.toks[j].low] && j == ci-1 {
		return nil // an infinitive: "is in talks to write and direct it"
	}
	if p.word(j) && d.l.who[p.toks[j].low] && j > 0 {
		// "The staff member who reported the call": the phrase before "who"
		if n := d.leftNP(p, j); n != nil && n.kind != npPronoun {
			return n
		}
		return nil
	}
	var appos [2]int
	if p.punct(j, ",") {
		if n := d.clauseStartNP(p, ci); n != nil {
			return n
		}
		// "Smith, the company's chief executive, said"; "A and B, both speaking anonymously, confirmed"
		k := j - 1
		for k >= 0 && j-k <= 14 && p.toks[k].q < 0 && !p.punct(k, ",.;:") && p.toks[k].kind != tCloseQ && p.toks[k].kind != tOpenQ {
			if d.l.cues[p.toks[k].low] && !d.l.isParticiple(p.toks[k].low) {
				return nil
			}
			k--
		}
		if !p.punct(k, ",") || k == j-1 || !p.word(k-1) {
			return nil
		}
		appos = [2]int{k + 1, j}
		j = k - 1
	}
	if !p.word(j) {
		return nil
	}
	t := p.toks[j]
	if d.l.verbCoord[t.low] {
		return d.sentenceSubject(p, ci)
	}
	var n *np
	switch {
	case d.l.pronouns[t.low] != 0 && (!t.cap || j == p.sentStart[t.sent] || p.punct(j-1, ",;:") || j > 0 && p.toks[j-1].kind == tCloseQ):
		n = &np{s: j, e: j + 1, kind: npPronoun, text: t.text, head: t.low, gender: d.l.pronouns[t.low]}
	case t.poss:
		return nil // "Buckley’s voice swells": a possessive is not the subject
	case d.isNameWord(p, j) && !(d.l.function[t.low] && !d.l.titles[t.low]) || (t.cap && d.l.orgWords[t.low]):
		k := j
		for k-1 >= 0 {
			if d.isNameWord(p, k-1) && !(d.l.function[p.toks[k-1].low] && !d.l.titles[p.toks[k-1].low]) && !p.toks[k-1].poss ||
				p.word(k-1) && d.l.particles[p.toks[k-1].low] && k-2 >= 0 && d.isNameWord(p, k-2) {
				k--
				continue
			}
			// "Secretary of State Mike Pompeo"
			if p.word(k-1) && d.l.of[p.toks[k-1].low] && k-2 >= 0 && d.isNameWord(p, k-2) && d.l.titles[p.toks[k-2].low] {
				k -= 2
				continue
			}
			break
		}
		if !d.nameStart(p, k) && k == j {
			// a sentence-initial common word ("Tensions have ...", "Teachers chanted")
			if d.l.anonHeads[t.low] {
				n = d.descriptorLeft(p, j)
				break
			}
			if !(d.l.titles[t.low] || d.l.orgWords[t.low]) {
				return nil
			}
		}
		for k < j && !d.nameStart(p, k) && !d.l.titles[p.toks[k].low] {
			k++
		}
		n = d.nameNP(p, k, j+1)
	case !t.cap && d.isHeadNoun(t.low) || t.cap && d.l.anonHeads[t.low] && j == p.sentStart[t.sent]:
		n = d.descriptorLeft(p, j)
	}
	if n == nil {
		// "The staff member who took the call recalled": the phrase before "who"
		for k := j; k >= 0 && j-k < 10 && p.word(k) && p.toks[k].sent == p.toks[ci].sent; k-- {
			if d.l.who[p.toks[k].low] {
				if m := d.leftNP(p, k); m != nil && m.kind != npPronoun {
					return m
				}
				break
			}
		}
		// "Kurinji Selvaraj, a research analyst at the ... think tank told CBS News"
		if m := d.clauseStartNP(p, ci); m != nil && p.punct(m.e, ",") {
			return m
		}
		return nil
	}
	if appos[1] == appos[0] && !d.l.isParticiple(p.toks[ci].low) && d.afterPreposition(p, n.s) {
		// "The authors of the research published in the journal JAMA Psychiatry argued"
		return d.clauseStartNP(p, ci)
	}
	if appos[1] > appos[0] {
		for k := appos[0]; k < appos[1]; k++ {
			if d.l.anonMarkers[p.toks[k].low] {
				n.anon = true
			}
		}
		if n.title == "" && n.kind == npName {
			t := d.l.trimDeterminer(p.textOf(appos[0], appos[1]))
			for k := appos[0]; k < appos[1]; k++ {
				if d.l.titles[p.toks[k].low] {
					n.title = t
					break
				}
			}
		}
	}
	return n
}

// nameNP builds a name phrase over tokens [s, e), with the title words
// before it and a leading "the" for organisations.
func (d *doc) nameNP(p *para, s, e int) *np {
	te, g := d.splitTitle(p, s, e)
	n := &np{s: s, e: e, kind: npName, gender: g}
	for k := te; k < e; k++ {
		n.name = append(n.name, p.toks[k].low)
	}
	n.text, _ = d.l.stripPossessive(p.textOf(te, e))
	n.head = n.name[len(n.name)-1]
	ts := d.preTitle(p, s)
	if ts < te {
		n.title = d.titleText(p, ts, te)
		n.s = ts
	}
	if n.s > 0 && p.word(n.s-1) && (d.l.detDef[p.toks[n.s-1].low] || d.l.detIndef[p.toks[n.s-1].low]) {
		n.s--
	}
	return n
}

// descriptorLeft parses a common-noun speaker phrase ending at head token j:
// "a U.S. official", "the Russian leader", "Swift's rep", "teachers",
// "A U.S. official and a former national security official".
func (d *doc) descriptorLeft(p *para, j int) *np {
	k := j
	det := -1
	for k-1 >= 0 && j-k < 7 && p.word(k-1) {
		t := p.toks[k-1]
		if d.l.detDef[t.low] || d.l.detIndef[t.low] || d.l.possessives[t.low] || t.poss {
			det = k - 1
			break
		}
		if d.l.subjectStops[t.low] || d.l.cues[t.low] || d.l.pronouns[t.low] != 0 || d.l.function[t.low] && !t.cap {
			break
		}
		k--
	}
	head := p.toks[j].low
	n := &np{e: j + 1, head: head, gender: d.l.genderedNouns[head]}
	switch {
	case det >= 0:
		n.s = det
		dt := p.toks[det]
		switch {
		case d.l.detIndef[dt.low]:
			n.kind, n.anon = npAnonymous, d.l.anonHeads[head]
		case d.l.detDef[dt.low]:
			n.kind = npDefinite
		default:
			n.kind = npAsWritten
			// "the prosecutor’s office", "the U.S. attorney's office"
			if dt.poss {
				for k := det - 1; k >= 0 && det-k <= 3 && p.word(k); k-- {
					if d.l.detDef[p.toks[k].low] {
						n.s = k
						break
					}
					if d.l.subjectStops[p.toks[k].low] || d.l.cues[p.toks[k].low] {
						break
					}
				}
			}
		}
	case d.l.anonHeads[head] && d.l.isPlural(head):
		// bare plural: "officials said", "teachers chanted"
		n.s, n.kind, n.anon = k, npAnonymous, true
		if k < j && p.toks[k].cap && !d.nameStart(p, k) {
			n.s = k + 1
		}
	default:
		return nil
	}
	if n.kind == npAnonymous && !d.l.anonHeads[head] {
		return nil
	}
	// coordination: "A U.S. official and a former national security official"
	if n.kind == npAnonymous && n.s-2 >= 0 && p.word(n.s-1) && d.l.coord[p.toks[n.s-1].low] {
		if m := d.descriptorLeftAt(p, n.s-2); m != nil && m.kind == npAnonymous {
			n.s = m.s
		}
	}
	n.text = p.textOf(n.s, n.e)
	if t := p.toks[n.s]; t.poss && n.kind == npAsWritten {
		n.text = p.textOf(n.s, n.e)
	}
	return n
}

func (d *doc) descriptorLeftAt(p *para, j int) *np {
	if !p.word(j) || !d.isHeadNoun(p.toks[j].low) {
		return nil
	}
	return d.descriptorLeft(p, j)
}

// rightNP parses a speaker phrase starting at token i: "Putin", "Kremlin
// aide Yuri Ushakov", "the president", "a U.S. official", "Ken Doctor, a
// media analyst" (stops at the comma), "he".
func (d *doc) rightNP(p *para, i int) *np {
	if !p.word(i) {
		return nil
	}
	t := p.toks[i]
	if g := d.l.pronouns[t.low]; g != 0 && !(t.cap && d.isNameWord(p, i+1) && !d.l.cues[p.toks[i+1].low] && !d.l.function[p.toks[i+1].low]) {
		return &np{s: i, e: i + 1, kind: npPronoun, text: t.text, head: t.low, gender: g}
	}
	k := i
	for k < len(p.toks) && k-i < 9 && p.word(k) {
		w := p.toks[k]
		if k > i && (d.l.subjectStops[w.low] && !d.l.particles[w.low] || d.l.cues[w.low] || d.l.who[w.low]) {
			break
		}
		if k == i && d.l.subjectStops[w.low] {
			return nil
		}
		k++
		if w.poss {
			break
		}
	}
	if k == i {
		return nil
	}
	// The phrase ends at its last name word or head noun.
	last := k - 1
	for last >= i && !(d.isNameWord(p, last) || d.isHeadNoun(p.toks[last].low)) {
		last--
	}
	if last < i {
		return nil
	}
	if d.isNameWord(p, last) && !(d.l.function[p.toks[last].low] && !d.l.titles[p.toks[last].low]) {
		s := last
		for s-1 >= i && (d.isNameWord(p, s-1) || d.l.particles[p.toks[s-1].low] && s-2 >= i) {
			s--
		}
		for s < last && !d.nameStart(p, s) && !d.l.titles[p.toks[s].low] {
			s++
		}
		n := d.nameNP(p, s, last+1)
		if n.s < i {
			n.s = i
		}
		return n
	}
	n := d.descriptorLeft(p, last)
	if n == nil || n.e <= i {
		return nil
	}
	if n.s < i {
		n.s = i
		n.text = p.textOf(n.s, n.e)
	}
	// "the authors of the research"
	if p.word(last+1) && d.l.of[p.toks[last+1].low] && n.kind != npAsWritten {
		m := last + 2
		if p.word(m) && (d.l.detDef[p.toks[m].low] || d.l.possessives[p.toks[m].low]) {
			m++
		}
		if p.word(m) && !d.l.subjectStops[p.toks[m].low] && !d.l.cues[p.toks[m].low] {
			n.e = m + 1
			n.text = p.textOf(n.s, n.e)
		}
	}
	return n
}

// ---------------------------------------------------------------- resolution

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
		e := d.lookup(n.name)
		if e == nil {
			s := n.text
			c.speaker = &s
			return
		}
		if e.kind == kindUnknown && len(e.words) > 1 {
			e.kind = kindPerson // someone who speaks, named in full
		}
		if n.gender != 0 && e.gender == 0 {
			e.gender = n.gender
		}
		c.ent = e
		c.speaker = &e.name
		if c.title == "" && len(e.titles) > 0 {
			c.title = e.titles[0]
		}
	case npPronoun:
		if e := d.antecedent(p, n.s, n.gender); e != nil {
			c.ent = e
			c.speaker = &e.name
			if len(e.titles) > 0 {
				c.title = e.titles[0]
			}
			if e.gender == 0 && (n.gender == 'm' || n.gender == 'f') {
				e.gender = n.gender
			}
		} else if n.gender == 'p' {
			if prev := d.prevAnonPlural(c); prev != nil {
				c.speaker, c.anon = prev.speaker, prev.anon
			} else if e := d.antecedent(p, n.s, 'n'); e != nil && e.kind == kindOrg {
				// "they said in a statement": an organisation
				c.ent, c.speaker = e, &e.name
			}
		}
	case npDefinite:
		if e := d.descriptorReferent(p, n); e != nil && (d.l.titles[n.head] || d.l.roleClass[n.head] != nil) {
			c.ent = e
			c.speaker = &e.name
			if len(e.titles) > 0 {
				c.title = e.titles[0]
			}
			return
		}
		// "the insider" after "an insider"
		for k := len(d.cues) - 1; k >= 0; k-- {
			o := d.cues[k]
			if o.subj != nil && o.subj.kind == npAnonymous && o.subj.head == n.head && o.speaker != nil {
				c.speaker, c.anon = o.speaker, o.anon
				return
			}
		}
		s := n.text
		c.speaker = &s
	default:
		s := n.text
		c.speaker = &s
		if n.kind == npAnonymous {
			c.anon = true
		}
	}
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
			for _, c := range cs[cl:ch] {
				if c.sent == s && c.ent != nil && (pi < p.idx || c.s < ti) && genderOK(c.ent, g) {
					return c.ent
				}
			}
			ml := mh
			for ml > 0 && ms[ml-1].sent >= s {
				ml--
			}
			for _, m := range ms[ml:mh] {
				if m.sent == s && (pi < p.idx || m.tok < ti) && genderOK(m.ent, g) && (g == 'n' || m.ent.kind == kindPerson) {
					return m.ent
				}
			}
			ch, mh = cl, ml
		}
	}
	return nil
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
	for _, m := range d.mentions {
		e := m.ent
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

// clauseStartNP finds the subject at the start of the cue's clause when the
// cue follows an appositive or a post-modifier: "Ian Hamilton, an expert in
// ... who did not work on the study, told Newsweek". The clause starts at the
// sentence start or after a closing quotation mark, colon or semicolon; an
// introductory phrase ending in a comma may precede the subject.
func (d *doc) clauseStartNP(p *para, ci int) *np {
	sent := p.toks[ci].sent
	start := p.sentStart[sent]
	for k := ci - 1; k > start; k-- {
		if p.toks[k].kind == tCloseQ || p.punct(k, ";:") {
			start = k + 1
			break
		}
	}
	try := func(s int) *np {
		for s < ci && p.punct(s, ",") {
			s++
		}
		n := d.rightNP(p, s)
		if n == nil || n.e >= ci || !(p.punct(n.e, ",") || p.word(n.e)) {
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
			if p.toks[k].q < 0 && p.toks[k].kind == tWord && d.l.cues[p.toks[k].low] && !ing && !d.l.isParticiple(p.toks[k].low) {
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
	return nil
}

// sentenceSubject is the subject of a cue coordinated with an earlier verb
// ("he asked ..., called Omar a “terrorist” and said"): the first pronoun or
// name of the sentence.
func (d *doc) sentenceSubject(p *para, ci int) *np {
	sent := p.toks[ci].sent
	for k := p.sentStart[sent]; k < ci; k++ {
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

// afterPreposition reports whether the phrase starting at token s is the
// object of a preposition ("in the journal JAMA Psychiatry").
func (d *doc) afterPreposition(p *para, s int) bool {
	k := s - 1
	for n := 0; n < 3 && p.word(k) && !p.toks[k].cap && !d.l.preps[p.toks[k].low] && !d.l.subjectStops[p.toks[k].low] && !d.l.cues[p.toks[k].low]; n++ {
		k--
	}
	return p.word(k) && d.l.preps[p.toks[k].low]
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
