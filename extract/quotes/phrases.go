package quotes

// Speaker phrases: the noun phrase before a reporting verb ("the Russian
// leader said"), after it ("said Yuri Ushakov") or at the start of its
// clause.

func (d *doc) isHeadNoun(low string) bool {
	if d.l.anonHeads[low] || d.l.isTitle(low) || d.l.nounGender(low) != 0 || d.l.orgWords[low] || d.l.documentNouns[low] || d.l.isPersonAge(low) {
		return true
	}
	// plural of a title: "the physicians"
	return d.l.isPlural(low) && d.l.isTitle(low[:len(low)-len(d.l.pluralSuffix)])
}

// leftNP parses the speaker phrase ending right before token ci (skipping
// auxiliaries and adverbs: "has long claimed", "also insisted"), an
// appositive ("Smith, the company's chief executive, said") and a
// parenthetical ("Sen. Jane Doe (D-Ore.) said").
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
	if p.word(j) && (d.l.who[p.toks[j].low] || d.documentThat(p, j)) && j > 0 {
		// "The staff member who reported the call": the phrase before "who";
		// "Doe released a statement that said": the document, its issuer's
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
		a := d.appositiveBefore(p, j)
		if a < 0 {
			return nil
		}
		appos = [2]int{a, j}
		j = a - 2
	}
	j = d.skipParenBack(p, j)
	if !p.word(j) {
		return nil
	}
	if d.l.verbCoord[p.toks[j].low] {
		return d.sentenceSubject(p, ci)
	}
	n, ok := d.npEndingAt(p, j)
	if n == nil && appos[1] > appos[0] {
		// "[introduction], Gov. Jane Doe (R-Ohio), said": the name between
		// the commas is the subject
		if m := d.nameSpanning(p, appos[0], appos[1]); m != nil {
			return m
		}
	}
	if !ok {
		return nil
	}
	if n == nil {
		return d.leftNPBeyond(p, j, ci)
	}
	if appos[1] == appos[0] && !d.l.isParticiple(p.toks[ci].low) {
		// "The authors of the research published in the journal JAMA
		// Psychiatry argued", "David Albright of the Institute for Science
		// and International Security wrote": the names are a
		// preposition's object, coordinated or not.
		if d.afterPreposition(p, n.s) {
			return d.clauseStartNP(p, ci)
		}
		if m := d.coordinatedName(p, n); m != n && d.afterPreposition(p, m.s) {
			return d.followingCoord(p, d.clauseStartNP(p, ci))
		}
	}
	if appos[1] > appos[0] {
		return d.withAppositive(p, n, appos[0], appos[1])
	}
	if m := d.coordinatedName(p, n); m != n {
		n.and, n.s = m, m.s // "Ann Ford and Joe Tan said"
	}
	return n
}

// followingCoord extends a name to the name coordinated after it ("David
// Albright and Serena Doe of ..."): both speak, as when leftNP finds them
// from the second.
func (d *doc) followingCoord(p *para, n *np) *np {
	if n == nil || n.kind != npName || !p.word(n.e) || !d.l.coord[p.toks[n.e].low] || !d.nameStart(p, n.e+1) {
		return n
	}
	m := d.nameNP(p, n.e+1, d.nameRun(p, n.e+1))
	if m == nil || m.kind != npName {
		return n
	}
	m.and, m.s = n, n.s
	return m
}

// appositiveBefore finds the appositive ending at the comma at token j
// ("Smith, the company's chief executive, said"; "A and B, both speaking
// anonymously, confirmed"): the index of its first token, or -1 when the
// phrase before the comma is no appositive.
func (d *doc) appositiveBefore(p *para, j int) int {
	k := j - 1
	for k >= 0 && j-k <= 20 && (p.inTitle(k) || p.toks[k].q < 0 && !p.punct(k, ",.;:") && p.toks[k].kind != tCloseQ && p.toks[k].kind != tOpenQ) {
		if (d.l.cues[p.toks[k].low] && !d.l.isParticiple(p.toks[k].low) || d.finiteAux(p, k)) && !d.inRelative(p, k, j) {
			// a verb outside a relative clause: the phrase between the
			// commas is a clause, not an appositive ("before Iowa, Obama
			// wasn't treated as credibly by his listeners, who wondered")
			return -1
		}
		if o := d.parenOpenBefore(p, k); o >= 0 {
			k = o - 1
			continue
		}
		k--
	}
	if !p.punct(k, ",") || k == j-1 || !p.word(d.skipParenBack(p, k-1)) {
		return -1
	}
	return k + 1
}

// npEndingAt parses the speaker phrase whose last word is token j: a
// pronoun, a name or a descriptor. ok is false when token j rules out a
// speaker phrase (a possessive: "Buckley’s voice swells"; a common word
// starting the sentence).
func (d *doc) npEndingAt(p *para, j int) (n *np, ok bool) {
	t := p.toks[j]
	switch {
	case d.l.pronouns[t.low] != 0 && (!t.cap || j == p.sentStart[t.sent] || p.punct(j-1, ",;:") || j > 0 && p.toks[j-1].kind == tCloseQ):
		return &np{s: j, e: j + 1, kind: npPronoun, text: t.text, head: t.low, gender: d.l.pronouns[t.low]}, true
	case t.poss:
		return nil, false
	case d.isNameWord(p, j) && !(d.l.function[t.low] && !d.l.isTitle(t.low)) || (t.cap && d.l.orgWords[t.low]):
		return d.nameEndingAt(p, j)
	case !t.cap && (d.isHeadNoun(t.low) || d.ageBefore(p, j)) || t.cap && d.l.anonHeads[t.low] && j == p.sentStart[t.sent] ||
		t.cap && d.personNoun(t.low) && !d.isNameWord(p, j): // "the President", "die Ministerin"
		return d.descriptorLeft(p, j), true
	}
	return nil, true
}

// ageBefore reports an age among the two words before token j: "the
// 27-year-old striker" is a person whatever the noun.
func (d *doc) ageBefore(p *para, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 2 && p.word(k); k-- {
		if d.l.isPersonAge(p.toks[k].low) {
			return true
		}
	}
	return false
}

// nameEndingAt parses a name (with its titles) whose last word is token j.
func (d *doc) nameEndingAt(p *para, j int) (*np, bool) {
	t := p.toks[j]
	k := j
	for k-1 >= 0 {
		if d.isNameWord(p, k-1) && !(d.l.function[p.toks[k-1].low] && !d.l.isTitle(p.toks[k-1].low)) && !p.toks[k-1].poss ||
			p.word(k-1) && d.particleAt(p, k-1) && k-2 >= 0 && d.isNameWord(p, k-2) {
			k--
			continue
		}
		// "Secretary of State Mike Pompeo"
		if p.word(k-1) && d.l.of[p.toks[k-1].low] && k-2 >= 0 && d.isNameWord(p, k-2) && d.l.isTitle(p.toks[k-2].low) {
			k -= 2
			continue
		}
		break
	}
	if !d.nameStart(p, k) && k == j {
		// a sentence-initial common word ("Tensions have ...", "Teachers chanted")
		if d.l.anonHeads[t.low] {
			return d.descriptorLeft(p, j), true
		}
		if !(d.l.isTitle(t.low) || d.l.orgWords[t.low]) {
			return nil, false
		}
	}
	for k < j && !d.nameStart(p, k) && !d.l.isTitle(p.toks[k].low) {
		k++
	}
	return d.nameNP(p, k, j+1), true
}

// leftNPBeyond looks further left when the words before a cue are no
// speaker phrase: the phrase before a relative "who" ("The staff member who
// took the call recalled"), or the subject at the start of the clause
// followed by an appositive ("Kurinji Selvaraj, a research analyst at the
// ... think tank told CBS News").
func (d *doc) leftNPBeyond(p *para, j, ci int) *np {
	for k := j; k >= 0 && j-k < 10 && p.word(k) && p.toks[k].sent == p.toks[ci].sent; k-- {
		if d.l.who[p.toks[k].low] {
			if m := d.leftNP(p, k); m != nil && m.kind != npPronoun {
				return m
			}
			break
		}
	}
	if m := d.clauseStartNP(p, ci); m != nil && p.punct(m.e, ",") {
		return m
	}
	return nil
}

// withAppositive completes a speaker phrase with the appositive [a, e)
// after it: a title ("Smith, the company's chief executive,"), an
// anonymity marker, or the name a descriptor stands for ("her senior
// adviser, Jane Doe,": Jane Doe).
func (d *doc) withAppositive(p *para, n *np, a, e int) *np {
	if n.kind != npName && n.kind != npPronoun {
		if m := d.nameSpanning(p, a, e); m != nil {
			if m.title == "" {
				m.title = d.l.trimDeterminer(p.textOf(n.s, n.e))
			}
			m.s = n.s
			return m
		}
	}
	for k := a; k < e; k++ {
		if d.l.anonMarkers[p.toks[k].low] {
			n.anon = true
		}
	}
	if n.title == "" && n.kind == npName {
		t := d.l.trimDeterminer(p.textOf(a, e))
		for k := a; k < e; k++ {
			if d.l.isTitle(p.toks[k].low) {
				n.title = t
				break
			}
		}
	}
	return n
}

// nameSpanning returns the name phrase when tokens [a, e) are one name and
// nothing else (a parenthetical after it aside): the appositive of
// "Ryan's spokeswoman, Jane Doe (R-Wis.), said".
func (d *doc) nameSpanning(p *para, a, e int) *np {
	e = d.skipParenBack(p, e-1) + 1
	if a >= e || !d.nameStart(p, a) || d.nameRun(p, a) != e || p.toks[e-1].poss {
		return nil
	}
	if d.isOrgRun(p, a, e) {
		return nil
	}
	return d.nameNP(p, a, e)
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
	n := &np{e: j + 1, head: head, gender: d.l.nounGender(head)}
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
	case d.l.anonHeads[head] && (d.l.isPlural(head) || d.l.collective[head]):
		// bare plural: "officials said", "teachers chanted", "police said"
		n.s, n.kind, n.anon = k, npAnonymous, true
		if k < j && p.toks[k].cap && !d.nameStart(p, k) {
			n.s = k + 1
		}
	default:
		return nil
	}
	if n.kind == npAnonymous && !(d.l.anonHeads[head] || d.l.isTitle(head) || d.l.nounGender(head) != 0 || d.l.isPersonAge(head) || d.l.documentNouns[head]) {
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

// lowerTitleName parses a title written in lower case before the name it
// belongs to, starting at token i: "former secretary of state Hillary
// Clinton", "campaign manager Robby Mook". Only lower-case words, one of
// them a title, stand between i and the name.
func (d *doc) lowerTitleName(p *para, i int) *np {
	title := false
	for k := i; k < len(p.toks) && k-i <= 6; k++ {
		if !p.word(k) {
			return nil
		}
		t := p.toks[k]
		if t.cap {
			if !title || k == i || !d.nameStart(p, k) {
				return nil
			}
			if nm := d.rightNP(p, k); nm != nil && nm.kind == npName {
				return nm
			}
			return nil
		}
		if d.l.of[t.low] && title {
			continue // "secretary of state"
		}
		if d.l.cues[t.low] || d.l.subjectStops[t.low] || d.l.pronouns[t.low] != 0 || d.l.detDef[t.low] || d.l.detIndef[t.low] {
			return nil
		}
		title = title || d.l.isTitle(t.low)
	}
	return nil
}

// rightNP parses a speaker phrase starting at token i: "Putin", "Kremlin
// aide Yuri Ushakov", "the president", "a U.S. official", "Ken Doctor, a
// media analyst" (stops at the comma), "he", "Smith's top aide Jane Doe",
// "Smith's spokeswoman, Jane Doe".
func (d *doc) rightNP(p *para, i int) *np {
	if !p.word(i) {
		return nil
	}
	t := p.toks[i]
	if g := d.l.pronouns[t.low]; g != 0 && !(t.cap && d.isNameWord(p, i+1) && !d.l.cues[p.toks[i+1].low] && !d.l.function[p.toks[i+1].low]) {
		return &np{s: i, e: i + 1, kind: npPronoun, text: t.text, head: t.low, gender: g}
	}
	if nm := d.lowerTitleName(p, i); nm != nil {
		return nm
	}
	k := d.phraseEnd(p, i)
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
	if d.isNameWord(p, last) && !(d.l.function[p.toks[last].low] && !d.l.isTitle(p.toks[last].low)) {
		if m := d.ofBody(p, i, last); m != nil {
			return m
		}
		return d.rightName(p, i, last)
	}
	n := d.descriptorLeft(p, last)
	if n == nil || n.e <= i {
		return nil
	}
	if n.s < i {
		n.s = i
		n.text = p.textOf(n.s, n.e)
	}
	if m := d.documentSource(p, n); m != nil {
		return m
	}
	// "the authors of the research", "her chief of staff"
	if p.word(last+1) && d.l.of[p.toks[last+1].low] && (n.kind != npAsWritten || d.l.isTitle(n.head)) {
		m := last + 2
		if p.word(m) && (d.l.detDef[p.toks[m].low] || d.l.possessives[p.toks[m].low]) {
			m++
		}
		if p.word(m) && !d.l.subjectStops[p.toks[m].low] && !d.l.cues[p.toks[m].low] {
			if p.toks[m].cap {
				return d.bodyDescriptor(p, n, m) // "the mayor of Kansas City, Quinton Lucas"
			}
			n.e = m + 1
			n.text = p.textOf(n.s, n.e)
		}
	}
	// "Acme's vice president for operations, Gary Lindahl,": a title's
	// post-modifier up to the comma before the name
	if d.l.isTitle(n.head) && p.word(n.e) && d.l.preps[p.toks[n.e].low] && !p.punct(n.e, ",") {
		for k := n.e + 1; k < len(p.toks) && k-n.e <= 4 && p.word(k) && !d.l.cues[p.toks[k].low]; k++ {
			if p.punct(k+1, ",") && d.nameStart(p, k+2) {
				if m := d.appositiveName(p, &np{s: n.s, e: k + 1, kind: n.kind, text: p.textOf(n.s, k+1), head: n.head}); m != nil {
					return m
				}
			}
		}
	}
	if m := d.appositiveName(p, n); m != nil {
		return m
	}
	if m := d.contactClauseName(p, n); m != nil {
		return m
	}
	return n
}

// rightName is rightNP's phrase that ends in a name word at last: the
// name run back to its first word, or nil for a capitalised common word
// that starts the sentence.
func (d *doc) rightName(p *para, i, last int) *np {
	s := last
	for s-1 >= i && (d.isNameWord(p, s-1) || d.particleAt(p, s-1) && s-2 >= i) && !p.toks[s-1].poss {
		s--
	}
	for s < last && !d.nameStart(p, s) && !d.l.isTitle(p.toks[s].low) {
		s++
	}
	if s == last && !d.l.isTitle(p.toks[s].low) && (!d.nameStart(p, s) || s == p.sentStart[p.toks[s].sent] && !d.knownName(p.toks[s].low)) {
		// a capitalised common word starting the sentence ("Hours
		// later, ..."): a one-word name shows up capitalised inside a
		// sentence somewhere in the article, or ends a full name
		return nil
	}
	n := d.nameNP(p, s, last+1)
	if n.s < i {
		n.s = i
	}
	// "said Ann Ford and Joe Tan"
	if p.word(n.e) && d.l.coord[p.toks[n.e].low] && d.nameStart(p, n.e+1) {
		if e := d.nameRun(p, n.e+1); !p.word(e) && !p.toks[e-1].poss {
			n.and = d.nameNP(p, n.e+1, e)
			n.e = e
		}
	}
	return n
}

// phraseEnd is the end (exclusive) of the words a speaker phrase starting at
// token i may span: up to a stop word, a cue, "who", a non-word or nine
// words. A possessive ends it unless a person follows ("Smith's chief of
// staff", "Smith's aide Jane Doe"): "Smith's campaign" is Smith.
func (d *doc) phraseEnd(p *para, i int) int {
	k := i
	for k < len(p.toks) && k-i < 9 && p.word(k) {
		w := p.toks[k]
		if k > i && (d.l.subjectStops[w.low] && !d.particleAt(p, k) || d.l.cues[w.low] || d.l.who[w.low]) {
			break
		}
		if k == i && d.l.subjectStops[w.low] {
			return i
		}
		if k > i && d.subjectPronounAt(p, k) {
			break // a contact clause: "the editor I was talking to"
		}
		if k > i && !w.cap && d.isNameWord(p, k-1) && !p.toks[k-1].poss && (!d.descriptorAhead(p, k) || (d.l.detDef[w.low] || d.l.detIndef[w.low]) && !d.particleAt(p, k)) {
			// a verb after the name: "Jane Doe threw her support behind
			// ..."; an article starts the object: "sagte Doe dem Sender"
			break
		}
		k++
		if w.poss && !d.personFollows(p, k) {
			break
		}
	}
	return k
}

// descriptorAhead reports lower-case words at token k that describe a
// person rather than act: a title noun ("Kremlin aide", "White House press
// secretary"), or up to three words leading to a name ("Virginia delegate
// Beau Correll", "Clinton ally James Carville"). A verb ends the phrase:
// a reporting verb, a past form, a function word before the next name
// ("Jane Doe threw her support behind ...", "Doe praised Roe").
func (d *doc) descriptorAhead(p *para, k int) bool {
	for m := k; m < len(p.toks) && m-k < 4 && p.word(m); m++ {
		t := p.toks[m]
		if t.cap {
			return m > k && d.nameStart(p, m)
		}
		if d.isHeadNoun(t.low) {
			return true
		}
		if d.l.subjectStops[t.low] || d.l.cues[t.low] || d.l.function[t.low] || d.l.isPast(t.low) || d.l.isAdverb(t.low) {
			return false
		}
	}
	return false
}

// personFollows reports a person after a possessive at token k: a title
// noun or a name within a few lower-case words ("top foreign policy aide",
// "deputy campaign manager", "Jane Doe").
func (d *doc) personFollows(p *para, k int) bool {
	for m := k; m < len(p.toks) && m-k < 5 && p.word(m); m++ {
		t := p.toks[m]
		if t.cap {
			return m > k || d.nameStart(p, m)
		}
		if d.l.subjectStops[t.low] || d.l.cues[t.low] || d.l.function[t.low] {
			return false
		}
		if d.l.isTitle(t.low) || d.l.nounGender(t.low) != 0 {
			return true
		}
	}
	return false
}

// appositiveName returns the name in apposition after a descriptor ("her
// senior adviser, Jane Doe, said"; "said Smith's spokeswoman, Jane Doe"),
// titled with the descriptor, or nil.
func (d *doc) appositiveName(p *para, n *np) *np {
	if n.kind == npName || n.kind == npPronoun || !p.punct(n.e, ",") || !d.nameStart(p, n.e+1) {
		return nil
	}
	a := n.e + 1
	e := d.nameRun(p, a)
	after := d.skipParenFwd(p, e)
	if !(after >= len(p.toks) || p.punct(after, ",.;:—–") || p.toks[after].kind == tOpenQ || p.word(after) && (d.l.cues[p.toks[after].low] || d.l.who[p.toks[after].low])) {
		return nil
	}
	m := d.nameSpanning(p, a, e)
	if m == nil {
		return nil
	}
	if m.title == "" {
		m.title = d.l.trimDeterminer(p.textOf(n.s, n.e))
	}
	m.s = n.s
	return m
}
