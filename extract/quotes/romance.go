package quotes

import (
	"sort"
	"strings"
)

// Conventions of French and Spanish copy that the English and German
// data cannot express: the subject pronoun joined to its verb by hyphens
// ("a-t-il ajouté", "explique-t-elle"), the auxiliary of the compound past
// before an inverted cue ("« … », a déclaré X", "«…», ha asegurado X"),
// the stressed pronoun after "according to" ("selon lui"), and an object
// introduced by a preposition between the verb and its inverted subject
// ("a indiqué à l'AFP X", "dijo a los periodistas el entrenador"). A
// language without these lists is not affected.
type romance struct {
	clitics       []string        // pronoun suffixes, longest first: "-t-il", "-il"
	relayPronouns map[string]byte // "lui" → 'm' after a relay cue
	dative        set             // "à", "au", "a", "al"
	perfectAux    set             // "a", "ont", "ha", "han"
}

func (l *lang) fillRomance(f *langFile) {
	l.clitics = append([]string(nil), f.PronounClitics...)
	sort.Slice(l.clitics, func(i, j int) bool { return len(l.clitics[i]) > len(l.clitics[j]) })
	l.relayPronouns = map[string]byte{}
	for k, v := range f.RelayPronouns {
		l.relayPronouns[strings.ToLower(k)] = genderByte(v)
	}
	l.dative = mkset(f.DativeMarkers)
	l.perfectAux = mkset(f.PerfectAuxiliaries)
}

// clitic returns the length in runes of the pronoun suffix of the word
// token t ("-t-il" of "a-t-il") and the offset of the pronoun in it, or
// 0, 0. The verb before it must be a word of two letters or more, or a
// one-letter verb before "-t-" ("a-t-il").
func (l *lang) clitic(t *token) (suffix, pron int) {
	for _, c := range l.clitics {
		if !strings.HasSuffix(t.lt, c) {
			continue
		}
		n := len([]rune(c))
		stem := t.e - t.s - n
		if stem < 2 && !(stem == 1 && strings.HasPrefix(c, "-t-")) {
			continue
		}
		return n, strings.LastIndexByte(c, '-') + 1
	}
	return 0, 0
}

// splitClitic splits a verb with its pronoun ("explique-t-elle") into the
// verb and the pronoun tokens.
func splitClitic(r []rune, t token, l *lang) (verb, pron token, ok bool) {
	if len(l.clitics) == 0 || t.kind != tWord || !strings.Contains(t.lt, "-") {
		return t, t, false
	}
	n, off := l.clitic(&t)
	if n == 0 {
		return t, t, false
	}
	verb, pron = t, t
	verb.e = t.e - n
	verb.text = string(r[verb.s:verb.e])
	verb.lt = strings.ToLower(verb.text)
	verb.low = verb.lt
	pron.s = verb.e + off
	pron.text = string(r[pron.s:pron.e])
	pron.lt = strings.ToLower(pron.text)
	pron.low, pron.cap, pron.poss = pron.lt, false, false
	return verb, pron, true
}

// beforeAux returns the token before the compound past's auxiliary and
// adverbs in front of the cue at s ("« … », a notamment déclaré"), or
// s-1 when there is none.
func (d *doc) beforeAux(p *para, s int) int {
	if len(d.l.perfectAux) == 0 {
		return s - 1
	}
	k := s - 1
	for k >= 0 && p.word(k) && !p.toks[k].cap && d.l.isAdverb(p.toks[k].low) && !d.l.perfectAux[p.toks[k].low] {
		k--
	}
	if k >= 0 && p.word(k) && d.l.perfectAux[p.toks[k].low] {
		return k - 1
	}
	return s - 1
}

// afterDative returns where the inverted subject starts after an object
// introduced by a dative preposition at token i ("à l'AFP", "a EFE", "a
// los periodistas"): one word, an article before it, or i when there is
// no such object.
func (d *doc) afterDative(p *para, i int) int {
	if !p.word(i) || !d.l.dative[p.toks[i].low] {
		return i
	}
	k := i + 1
	if p.word(k) && (d.l.detDef[p.toks[k].low] || d.l.detIndef[p.toks[k].low]) {
		k++
	}
	if !p.word(k) {
		return i
	}
	return k + 1
}

// titleOfBody returns the person named after a comma when the phrase
// from token i to the name word at last is a title and the body or place
// it serves ("le ministre des Transports, Luc Marchal", "el presidente del
// Gobierno, Luis Herrera", "the Minister of Health, Jane Doe"): the
// capitalised body is no speaker. The person's name has two words or
// more, so "the mayor of Springfield, Illinois" keeps its place.
func (d *doc) titleOfBody(p *para, i, last int) *np {
	k := i
	if p.word(k) && (d.l.detDef[p.toks[k].low] || d.l.detIndef[p.toks[k].low] || d.l.possessives[p.toks[k].low]) {
		k++
	}
	t := k
	for k < last && p.word(k) && d.l.isTitle(p.toks[k].low) {
		k++
	}
	if k == t || k >= last || !p.word(k) || !d.l.of[p.toks[k].low] {
		return nil
	}
	m := d.appositiveName(p, &np{s: i, e: last + 1, kind: npDefinite, text: p.textOf(i, last+1), head: p.toks[k-1].low})
	if m == nil || len(m.name) < 2 {
		return nil
	}
	return m
}
