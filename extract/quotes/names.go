package quotes

// Proper names: which tokens start and continue a name, its title words, and
// the article's entities (each name linked to the most complete form the
// article gives).

import (
	"sort"
	"strings"
)

// isNameWord reports whether token i can be part of a proper name.
func (d *doc) isNameWord(p *para, i int) bool {
	if !p.word(i) {
		return false
	}
	t := p.toks[i]
	if !t.cap {
		return false
	}
	if _, ok := d.l.months[t.low]; ok {
		return false
	}
	if _, ok := d.l.weekdays[t.low]; ok {
		return false
	}
	// a capitalised noun after an article is a descriptor, not a name,
	// unless a name follows: German "ein Sprecher", "die Ministerin"
	// (every noun is capitalised), English "the President"; "der
	// Bürgermeister Jan Pohl" keeps the title in the run
	if i > 0 && p.word(i-1) && (d.l.detDef[p.toks[i-1].low] || d.l.detIndef[p.toks[i-1].low]) && d.personNoun(t.low) &&
		!(i+1 < len(p.toks) && p.word(i+1) && p.toks[i+1].cap) {
		return false
	}
	return true
}

// personNoun reports a noun that names a person by role: a title, an
// anonymous source's head, a gendered noun; not an organisation's word
// ("the Ministry of Health").
func (d *doc) personNoun(low string) bool {
	return (d.l.isTitle(low) || d.l.anonHeads[low] || d.l.nounGender(low) != 0) && !d.l.orgWords[low]
}

// particleAt reports a name particle at token i; an inner one ("der",
// "den") only after another ("von der Leyen"): "sagte Maria Feld der
// Zeitung" gives the paper no part of the name.
func (d *doc) particleAt(p *para, i int) bool {
	low := p.toks[i].low
	if !d.l.particles[low] {
		return false
	}
	return !d.l.innerParticles[low] || i > 0 && p.word(i-1) && d.l.particles[p.toks[i-1].low]
}

// nameStart reports whether a name may start at token i (function words and
// sentence-initial common words do not start names).
func (d *doc) nameStart(p *para, i int) bool {
	if !d.isNameWord(p, i) {
		return false
	}
	t := p.toks[i]
	if d.l.pronounForms[t.low] && t.cap && d.isNameWord(p, i+1) && !d.l.function[p.toks[i+1].low] && !d.l.cues[p.toks[i+1].low] {
		return true // "He Jianxiong"
	}
	if d.l.function[t.low] || d.l.pronounForms[t.low] {
		return false
	}
	sentInitial := i == p.sentStart[t.sent] || (i > 0 && (p.toks[i-1].kind == tOpenQ || p.punct(i-1, ":;(—–")))
	// a sentence-initial common word ("Tensions", "Finally") is no name;
	// "Kelly" looks like an adverb but is written capitalised mid-sentence
	// or followed by a surname ("Carly Fiorina")
	adverb := d.l.isAdverb(t.low) && !d.capMid[t.low] && !(d.isNameWord(p, i+1) && !d.l.function[p.toks[i+1].low])
	if sentInitial && (d.lowerSeen[t.low] || adverb) && !d.l.isTitle(t.low) && d.l.honorifics[t.low] == 0 {
		return false
	}
	return true
}

// nameRun returns the end (exclusive) of the proper-name run starting at i.
func (d *doc) nameRun(p *para, i int) int {
	j := i
	// A run stays in its sentence: a natural sentence end is punctuation,
	// which ends a run anyway; the cut of an endless one (maxSentToks)
	// bounds the run and so stripDescriptors' work on it.
	for j < len(p.toks) && p.toks[j].sent == p.toks[i].sent {
		if d.isNameWord(p, j) && (j == i || !d.l.function[p.toks[j].low] || d.l.isTitle(p.toks[j].low)) {
			j++
			if p.toks[j-1].poss {
				break
			}
			continue
		}
		// "Secretary of State Mike Pompeo"
		if j > i && p.word(j) && d.l.of[p.toks[j].low] && d.l.isTitle(p.toks[j-1].low) && d.isNameWord(p, j+1) {
			j++
			continue
		}
		// an organisation's "of": "Ministry of Health", "Bank of England"
		if j > i && p.word(j) && d.l.of[p.toks[j].low] && d.l.orgWords[p.toks[j-1].low] && d.isNameWord(p, j+1) && !d.l.function[p.toks[j+1].low] {
			j++
			continue
		}
		// particles inside names: Ursula von der Leyen
		if j > i && p.word(j) && d.l.particles[p.toks[j].low] && !d.l.innerParticles[p.toks[j].low] {
			k := j
			for k < len(p.toks) && p.word(k) && d.l.particles[p.toks[k].low] {
				k++
			}
			if d.isNameWord(p, k) {
				j = k
				continue
			}
		}
		break
	}
	return j
}

// splitTitle splits a name run into its leading title words (honorifics,
// "President", "U.S. President") and the name proper.
func (d *doc) splitTitle(p *para, s, e int) (titleEnd int, gender byte) {
	titleEnd = s
	defer func() {
		// A known first name after unknown words starts the name:
		// "Browns DL Sheldon Richardson", "Lt Col Alexander Vindman".
		for k := titleEnd + 1; k < e-1; k++ {
			if d.firstNameGender(p.toks[k].low) != 0 && d.firstNameGender(p.toks[k-1].low) == 0 && !d.l.particles[p.toks[k-1].low] {
				titleEnd = k
				break
			}
		}
	}()
	for k := s; k < e-1; k++ {
		low := p.toks[k].low
		if g, ok := d.l.honorifics[low]; ok {
			titleEnd = k + 1
			if g != 0 {
				gender = g
			}
		} else if d.l.isTitle(low) || d.l.isTitle(strings.TrimSuffix(low, ".")) {
			titleEnd = k + 1
			if k+2 < e-1 && d.l.of[p.toks[k+1].low] {
				titleEnd = k + 3 // "Secretary of State"
				k += 2
			}
			if g := d.l.nounGender(low); g != 0 {
				gender = g
			}
		}
	}
	return titleEnd, gender
}

func (d *doc) isOrgRun(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		if d.l.orgWords[p.toks[k].low] {
			return true
		}
	}
	return false
}

// preTitle collects lower-case title words right before a name ("Kremlin
// foreign policy aide Yuri Ushakov"); it returns the first token of the
// title, or s when there is none.
func (d *doc) preTitle(p *para, s int) int {
	k := s - 1
	found, gap := -1, false
	for k >= 0 && s-k <= 6 && p.word(k) {
		t := p.toks[k]
		if d.l.of[t.low] && p.word(k-1) && d.l.isTitle(p.toks[k-1].low) {
			if k == s-1 {
				return s // the body a title serves: "le ministre des Comptes publics"
			}
			k-- // "secretary of state Jane Doe"
			continue
		}
		if d.l.subjectStops[t.low] || d.l.detDef[t.low] || d.l.detIndef[t.low] || d.l.cues[t.low] || t.poss && k != s-1 {
			break
		}
		if d.l.function[t.low] && !d.l.isTitle(t.low) || gap && t.cap && !d.l.isTitle(t.low) {
			// a name before a plain word (a verb) is another person's:
			// "Sen. Carla Benning met Gov. Tom Askwith"
			break
		}
		if d.l.isTitle(t.low) {
			found = k
		} else if !t.cap {
			gap = true
		}
		k--
	}
	if found < 0 {
		return s
	}
	return k + 1
}

// rawMention is one proper-name run outside quotes before it is linked to
// an entity.
type rawMention struct {
	para, tok, sent int
	end             int // token after the name
	words           []string
	text            string
	title           string
	gender          byte
	org, person     bool
}

// findMentions collects proper-name mentions outside quotes and builds the
// entity table: each name links to the most complete name the article gives
// for it.
func (d *doc) findMentions() {
	var raws []rawMention
	for _, p := range d.paras {
		for i := 0; i < len(p.toks); i++ {
			if p.toks[i].q >= 0 || !d.nameStart(p, i) {
				continue
			}
			e := d.nameRun(p, i)
			if e == i {
				continue
			}
			raws = append(raws, d.rawMention(p, i, e))
			i = e - 1
		}
	}
	d.stripDescriptors(raws)
	entOf := d.buildEntities(raws)
	d.surnameSubjects(raws, entOf)
	d.mentionsByPara = make([][]mention, len(d.paras))
	for i, r := range raws {
		m := mention{para: r.para, tok: r.tok, sent: r.sent, ent: entOf[i]}
		d.mentions = append(d.mentions, m)
		d.mentionsByPara[r.para] = append(d.mentionsByPara[r.para], m)
	}
}

// rawMention parses the name run [i, e): its title words before it or in
// apposition after it, and what it shows about being a person or an
// organisation.
func (d *doc) rawMention(p *para, i, e int) rawMention {
	te, g := d.splitTitle(p, i, e)
	r := rawMention{para: p.idx, tok: te, end: e, sent: p.toks[i].sent, gender: g}
	for k := te; k < e; k++ {
		r.words = append(r.words, p.toks[k].low)
	}
	r.text, _ = d.l.stripPossessive(p.textOf(te, e))
	if ts := d.preTitle(p, i); ts < te {
		r.title = d.titleText(p, ts, te)
		r.person = true
	}
	if te > i {
		r.person = true
		if r.title == "" {
			r.title = d.titleText(p, i, te)
		}
	}
	d.appositiveTitle(p, &r)
	if len(r.words) > 1 && d.ageApposition(p, e) {
		r.person = true // "Ilse Marwood, 54, of Harbour Street"
	}
	if te == i && p.punct(e, ",") && p.punct(i-1, ",") && p.word(i-2) && !p.toks[i-2].cap {
		// a name in apposition after a title or a kinship noun: "his
		// wife, Jane, said"; a person, of the noun's gender, whatever
		// the name
		if low := p.toks[i-2].low; d.l.isTitle(low) || d.l.nounGender(low) != 0 {
			r.person = true
			if g := d.l.nounGender(low); (g == 'm' || g == 'f') && r.gender == 0 {
				r.gender = g
			}
		}
	}
	// an organisation's word in the title is the person's employer:
	// "Supreme Court Justice Jane Doe", "Senate Majority Leader ..."
	if d.isOrgRun(p, te, e) || (i > 0 && p.word(i-1) && d.l.article[p.toks[i-1].low] && te == i) {
		r.org = true
	}
	if len(r.words) > 1 {
		if g := d.firstNameGender(r.words[0]); g != 0 {
			r.person = true
			if r.gender == 0 {
				r.gender = g
			}
		}
	}
	if g := d.l.nounGender(strings.ToLower(lastWord(r.title))); g != 0 && r.gender == 0 {
		r.gender = g
	}
	return r
}

// ageApposition reports an age in apposition after a name ending at token
// e: ", 54," or " (54)"; only a person is given an age that way.
func (d *doc) ageApposition(p *para, e int) bool {
	open, close := ",", ",.;"
	if p.punct(e, "(") {
		open, close = "(", ")"
	}
	if !p.punct(e, open) || !p.word(e+1) || !p.punct(e+2, close) {
		return false
	}
	w := p.toks[e+1].text
	if len(w) > 3 || w[0] == '0' {
		return false
	}
	n := 0
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n <= 120
}

// appositiveTitle adds a title in apposition after the name: "Kurt Volker,
// the former special envoy to Ukraine,".
func (d *doc) appositiveTitle(p *para, r *rawMention) {
	e := r.end
	if !p.punct(e, ",") {
		return
	}
	k := e + 1
	for k < len(p.toks) && k-e < 12 && !p.punct(k, ",.;:") && p.toks[k].q < 0 && p.toks[k].kind == tWord {
		k++
	}
	if k == e+1 || !(p.punct(k, ",") || p.punct(k, ".") && !d.hasVerb(p, e+1, k)) {
		return
	}
	hasTitle := false
	for m := e + 1; m < k; m++ {
		if d.l.isTitle(p.toks[m].low) || d.l.nounGender(p.toks[m].low) != 0 {
			hasTitle = true
			if g := d.l.nounGender(p.toks[m].low); g != 0 && r.gender == 0 {
				r.gender = g
			}
		}
	}
	if hasTitle && (d.l.detDef[p.toks[e+1].low] || d.l.detIndef[p.toks[e+1].low] || d.l.isTitle(p.toks[e+1].low) || p.toks[e+1].cap) {
		t := d.l.trimDeterminer(p.textOf(e+1, k))
		if r.title == "" {
			r.title = t
		} else {
			r.title += ", " + t
		}
		r.person = true
	}
}

// stripDescriptors takes capitalised descriptor words off a name the
// article also writes without them: "Republican Donald Trump" when "Donald
// Trump" appears too; the words become a title.
//
// A suffix is looked up only when a name of its length exists, and as a
// slice of the run's joined words, not a new join per cut: a long run of
// capitalised words ("Word Word Word ...") was quadratic twice over.
func (d *doc) stripDescriptors(raws []rawMention) {
	names := map[string]bool{}
	lens := map[int]bool{}
	for _, r := range raws {
		if len(r.words) >= 2 {
			names[strings.Join(r.words, " ")] = true
			lens[len(r.words)] = true
		}
	}
	for i := range raws {
		r := &raws[i]
		joined, off := strings.Join(r.words, " "), 0
		for cut := 1; cut+2 <= len(r.words); cut++ {
			off += len(r.words[cut-1]) + 1 // joined[off:] joins r.words[cut:]
			if !lens[len(r.words)-cut] || !names[joined[off:]] {
				continue
			}
			p := d.paras[r.para]
			t := p.textOf(r.tok, r.tok+cut)
			if r.title == "" {
				r.title = t
			} else {
				r.title += " " + t
			}
			r.words = r.words[cut:]
			r.tok += cut
			r.text, _ = d.l.stripPossessive(p.textOf(r.tok, r.end))
			r.person = true
			break
		}
	}
}

// buildEntities links every mention to an entity: multi-word names first,
// longest first, so that a surname links to the most complete name.
func (d *doc) buildEntities(raws []rawMention) []*entity {
	order := make([]int, len(raws))
	for i := range order {
		order[i] = i
	}
	sortByLenDesc(order, func(i int) int { return len(raws[i].words) })
	entOf := make([]*entity, len(raws))
	full := map[string]*entity{}
	for _, i := range order {
		r := raws[i]
		key := strings.Join(r.words, " ")
		e := full[key]
		if e == nil {
			e = d.lookup(r.words)
		}
		if e == nil {
			e = &entity{name: r.text, words: r.words, kind: kindUnknown, tset: set{}}
			full[key] = e
			d.ents = append(d.ents, e)
			if len(r.words) > 0 {
				last := d.keyWord(r.words)
				d.byWord[last] = append(d.byWord[last], e)
				if len(r.words) > 1 {
					d.byWord["^"+r.words[0]] = append(d.byWord["^"+r.words[0]], e)
				}
			}
		}
		entOf[i] = e
		if r.org && e.kind != kindPerson {
			e.kind = kindOrg
		} else if r.person && !r.org {
			e.kind, e.known = kindPerson, true
		}
		if r.gender != 0 && e.gender == 0 {
			e.gender = r.gender
		}
		if r.title != "" {
			d.addTitle(e, r.title)
		}
	}
	return entOf
}

// surnameSubjects marks as a person a full name the article later calls by
// its last word alone, as the subject of a verb ("Tom Hanks ... Hanks
// arrived"): organisations are shortened otherwise, and a place named by
// its last word follows a preposition ("Central Asia ... in Asia").
func (d *doc) surnameSubjects(raws []rawMention, entOf []*entity) {
	for i, r := range raws {
		if e := entOf[i]; len(r.words) == 1 && len(e.words) > 1 && e.kind != kindOrg && !e.known && r.words[0] == d.keyWord(e.words) {
			if p := d.paras[r.para]; !p.toks[r.tok].poss && d.verbFollows(p, r.tok+1) {
				e.kind, e.known = kindPerson, true
			}
		}
	}
}

func (d *doc) addTitle(e *entity, title string) {
	for _, t := range e.titles {
		if t == title {
			return
		}
	}
	e.titles = append(e.titles, title)
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.Trim(w, ",")
		e.tset[w] = true
		if d.l.titleCompounds && !d.l.titles[w] {
			if b := compoundBase(w, d.l.titleList); b != "" {
				e.tset[b] = true // "Gesundheitsministerin" is "die Ministerin"
			}
		}
	}
}

func (d *doc) firstNameGender(w string) byte {
	switch {
	case d.l.maleNames[w] && !d.l.femaleNames[w]:
		return 'm'
	case d.l.femaleNames[w] && !d.l.maleNames[w]:
		return 'f'
	case d.l.maleNames[w] || d.l.femaleNames[w]:
		return 'u'
	}
	return 0
}

// knownName reports a word the article uses as a name elsewhere: written
// capitalised inside a sentence, or the last word of a full name.
func (d *doc) knownName(low string) bool {
	if d.capMid[low] {
		return true
	}
	for _, e := range d.byWord[low] {
		if len(e.words) > 1 {
			return true
		}
	}
	return false
}

// lookup finds the entity whose most complete name ends (or starts) with the
// given name words.
func (d *doc) lookup(words []string) *entity {
	if len(words) == 0 {
		return nil
	}
	last := d.keyWord(words)
	var best *entity
	for _, e := range d.byWord[last] {
		if len(words) > 1 && e.words[0] != words[0] && !strings.HasPrefix(e.words[0], strings.TrimSuffix(words[0], ".")) {
			continue
		}
		if best == nil || len(e.words) > len(best.words) {
			best = e
		}
	}
	if best == nil && len(words) > 1 {
		// "Big Machine" for "Big Machine Records"
		for _, e := range d.byWord["^"+words[0]] {
			if len(e.words) > len(words) && strings.Join(e.words[:len(words)], " ") == strings.Join(words, " ") && (best == nil || len(e.words) > len(best.words)) {
				best = e
			}
		}
	}
	if best == nil && len(words) == 1 {
		for _, e := range d.byWord["^"+last] {
			if best == nil || len(e.words) > len(best.words) {
				best = e
			}
		}
	}
	return best
}

func (d *doc) titleOf(name string) string {
	if d.titles == nil {
		d.titles = map[string]string{}
		for _, e := range d.ents {
			if _, ok := d.titles[e.name]; !ok && len(e.titles) > 0 {
				d.titles[e.name] = e.titles[0]
			}
		}
	}
	return d.titles[name]
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",.")
}

func sortByLenDesc(idx []int, n func(int) int) {
	// stable: equal lengths stay in document order
	sort.SliceStable(idx, func(a, b int) bool { return n(idx[a]) > n(idx[b]) })
}

// keyWord is the surname of a name: its last word before a suffix (Jr., III).
func (d *doc) keyWord(words []string) string {
	for i := len(words) - 1; i > 0; i-- {
		if !d.l.nameSuffixes[words[i]] {
			return words[i]
		}
	}
	return words[0]
}

// hasVerb reports a verb-like word (auxiliary, reporting verb) in [s, e).
func (d *doc) hasVerb(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		low := p.toks[k].low
		if d.l.aux[low] && !d.l.isAdverb(low) || d.l.clauseVerbWords[low] || d.l.cues[low] {
			return true
		}
	}
	return false
}

// titleText is the title written in tokens [s, e) without honorifics
// ("Senior author Dr." → "Senior author"; "Mr." → "").
func (d *doc) titleText(p *para, s, e int) string {
	for e > s {
		if _, ok := d.l.honorifics[p.toks[e-1].low]; !ok {
			break
		}
		e--
	}
	for s < e {
		if _, ok := d.l.honorifics[p.toks[s].low]; !ok {
			break
		}
		s++
	}
	return p.textOf(s, e)
}
