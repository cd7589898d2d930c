package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/byline/byline/extract/lexicon"
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
	elisions      []string        // "l'", "d'", "qu'": elided words joined to the next
	// sentenceCaseTitles: titles of works capitalise their first word
	// only ("«Bodas de sangre»"), a short capitalised span inside a
	// sentence is a title
	sentenceCaseTitles bool
	dialogueDash       bool // a paragraph opening with a dash is speech (dashSpan)
	incises            bool // a reporting incise inside the marks (splitIncises)
	proDrop            bool // a verb without its subject pronoun (zeroSubject)
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
	l.elisions = f.Elisions
	l.sentenceCaseTitles = f.SentenceCaseTitles
	l.dialogueDash = f.DialogueDash
	l.incises = f.IncisesInQuotes
	l.proDrop = f.ProDrop
}

// zeroSubject returns the subject a language that drops its pronouns
// leaves out of a cue right after a quote ("«…», añadió.", "—…—dijo—.")
// when the paragraph has a topic (topicName), or nil: a word after the
// cue is its subject or object, and with no topic the speaker of the
// quotes before goes on.
func (d *doc) zeroSubject(p *para, c *cue) *np {
	s := d.beforeAux(p, c.s) + 1
	if !d.l.proDrop || s == 0 || p.word(c.e) || c.e < len(p.toks) && p.toks[c.e].kind == tOpenQ {
		return nil
	}
	if !(p.toks[s-1].kind == tCloseQ || p.punct(s-1, ",") && s >= 2 && p.toks[s-2].kind == tCloseQ) || d.topicName(p, c.s) == nil {
		return nil
	}
	return &np{s: c.s, e: c.s, kind: npPronoun, gender: genderZero}
}

// genderZero marks zeroSubject's phrase.
const genderZero = 'z'

// topicName returns the person whose full name opens a sentence of
// paragraph p before token ti ("María Elena Naddeo, de la APDH, se
// entusiasma … «…», cuenta."): the subject a dropped pronoun refers to.
// The nearest name is not enough: after "… que Vladimir Putin ha
// adquirido …", "«…», comentó" is still the interviewee's.
func (d *doc) topicName(p *para, ti int) *entity {
	ms := d.mentionsByPara[p.idx]
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.tok < ti && m.tok == p.sentStart[m.sent] && m.ent.kind != kindOrg && len(m.ent.words) >= 2 && !d.placeName(m.ent) {
			return m.ent
		}
	}
	return nil
}

// resolveZero credits zeroSubject's phrase to the paragraph's topic.
func (d *doc) resolveZero(p *para, c *cue, n *np) {
	if e := d.topicName(p, n.s); e != nil {
		c.credit(e)
	}
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

// appendWord appends the word token t to toks, split where the language
// joins two words in one: an elided article or pronoun before its word
// ("l'avocate" → "l'", "avocate"; "d'après" → "d'", "après") and a verb
// with its pronoun after it ("explique-t-elle" → "explique", "elle").
func appendWord(toks []token, r []rune, t token, l *lang) []token {
	if len(l.elisions) == 0 && len(l.clitics) == 0 {
		return append(toks, t)
	}
	if n := l.elision(t.lt); n > 0 && t.e-t.s > n {
		el := t
		el.e = t.s + n
		el.text = string(r[el.s:el.e])
		el.lt = strings.ReplaceAll(strings.ToLower(el.text), "’", "'")
		el.low, el.poss = el.lt, false
		toks = append(toks, el)
		t.s = el.e
		t.text = string(r[t.s:t.e])
		t.cap = unicode.IsUpper(r[t.s])
		t.lt = strings.ToLower(t.text)
		if !t.poss {
			t.low = t.lt
		}
	}
	n, off := l.clitic(&t)
	if n == 0 {
		return append(toks, t)
	}
	verb, pron := t, t
	verb.e = t.e - n
	verb.text = string(r[verb.s:verb.e])
	verb.lt = strings.ToLower(verb.text)
	verb.low = verb.lt
	pron.s = verb.e + off
	pron.text = string(r[pron.s:pron.e])
	pron.lt = strings.ToLower(pron.text)
	pron.low, pron.cap, pron.poss = pron.lt, false, false
	return append(toks, verb, pron)
}

// elision returns the length in runes of the elided word that opens the
// lower-cased word w ("l'" of "l'avocate"), or 0.
func (l *lang) elision(w string) int {
	for _, e := range l.elisions {
		if len(w) > len(e) && strings.HasPrefix(strings.Replace(w, "’", "'", 1), e) {
			return len([]rune(e))
		}
	}
	return 0
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
// no such object. A common noun's name after it belongs to the object ("a
// la red Erbol", "à la radio France Bleu"): the subject starts after it.
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
	if !p.toks[k].cap {
		for p.word(k+1) && p.toks[k+1].cap {
			k++
		}
	}
	return k + 1
}

// ofBody is the speaker phrase from token i to the name word at last when
// the name is the body a title or a nominal source belongs to (see
// titleOfBody and sourcesOfBody), or nil.
func (d *doc) ofBody(p *para, i, last int) *np {
	if m := d.titleOfBody(p, i, last); m != nil {
		return m
	}
	return d.sourcesOfBody(p, i, last)
}

// sourcesOfBody returns the nominal source of a body ("fuentes del
// Gobierno", "sources of the ministry", "una fuente de la Fiscalía"): an
// anonymous head, bare plural or after an indefinite article, an of-word
// and the body's name through last, which is no speaker alone.
func (d *doc) sourcesOfBody(p *para, i, last int) *np {
	k := i
	if p.word(k) && d.l.detIndef[p.toks[k].low] {
		k++
	}
	h := p.toks[min(k, len(p.toks)-1)].low
	if !p.word(k) || !d.l.anonHeads[h] || k == i && !d.l.isPlural(h) || !p.word(k+1) || !d.l.of[p.toks[k+1].low] || k+2 > last {
		return nil
	}
	e := d.bodyEnd(p, last)
	return &np{s: i, e: e, kind: npAnonymous, anon: true, text: p.textOf(i, e), head: h}
}

// bodyEnd returns the end of a body's name whose word at last the phrase
// parser stopped at: the capitalised words and of-phrases that go on with
// it ("Ministerio de Obras Públicas", "European Commission", "Kansas
// City").
func (d *doc) bodyEnd(p *para, last int) int {
	e := last + 1
	for n := 0; n < 6 && p.word(e); n++ {
		t := p.toks[e]
		switch {
		case t.cap && !d.l.cues[t.low]:
			e++
		case d.l.of[t.low] && p.word(e+1) && p.toks[e+1].cap:
			e += 2
		default:
			return e
		}
	}
	return e
}

// titleOfBody returns the speaker when the phrase from token i to the
// name word at last is a title and the body or place it serves: the
// person named after a comma ("le ministre des Transports, Luc Marchal",
// "el presidente del Gobierno, Luis Herrera", "the Minister of Health,
// Jane Doe"), else the whole phrase ("el secretario general de La
// Cámpora", "le juge de la Cour des comptes"): the capitalised body is no
// speaker. The person's name has two words or more and is no city or
// country of the gazetteer, so "the mayor of Springfield, Illinois" and
// "el alcalde de Lanús, Buenos Aires" keep their place. A party or body
// named right after the title, with a place after it, is passed over the
// same way ("el diputado PSOE por Sevilla, Pablo Toloza").
func (d *doc) titleOfBody(p *para, i, last int) *np {
	k := i
	det := p.word(k) && (d.l.detDef[p.toks[k].low] || d.l.detIndef[p.toks[k].low] || d.l.possessives[p.toks[k].low])
	if det {
		k++
	}
	t := k
	for k < last && p.word(k) && d.l.isTitle(p.toks[k].low) {
		k++
		if k+2 < last && d.l.of[p.toks[k].low] && p.word(k+1) && !p.toks[k+1].cap && !d.l.detDef[p.toks[k+1].low] && d.l.of[p.toks[k+2].low] {
			k += 2 // "le juge d'instruction de", "el jefe de gabinete del"
		}
	}
	if k == t || k > last || !p.word(k) {
		return nil
	}
	if !d.l.of[p.toks[k].low] {
		return d.titlePartyName(p, i, k, last)
	}
	if k == last {
		return nil
	}
	e := d.bodyEnd(p, last)
	desc := &np{s: i, e: e, kind: npDefinite, text: p.textOf(i, e), head: p.toks[k-1].low}
	if m := d.appositiveName(p, desc); m != nil && len(m.name) >= 2 && !lexicon.IsPlace(p.textOf(e+1, m.e)) {
		return m
	}
	for j := k + 1; j < e; j++ {
		if d.firstNameGender(p.toks[j].low) != 0 && d.isNameWord(p, j) {
			return d.rightName(p, j, e-1) // "del Banco de España Pablo Hernández"
		}
	}
	if !det || p.toks[t].cap || !d.l.detDef[p.toks[i].low] || !d.bodyAfterOf(p, k, e-1) {
		return nil // "the Governor of the Bank of England Andrew Bailey"
	}
	return desc
}

// bodyAfterOf reports a name run through last that starts right after the
// of-word at k or its article ("de La Cámpora", "de la Fédération"): a
// body's name, where "el director de la obra Jorge Salas" ends in a
// person.
func (d *doc) bodyAfterOf(p *para, k, last int) bool {
	s := k + 1
	if p.word(s) && d.l.detDef[p.toks[s].low] && s < last {
		s++
	}
	for j := s; j <= last; j++ {
		if !p.word(j) || !(d.isNameWord(p, j) || d.l.of[p.toks[j].low] || d.l.detDef[p.toks[j].low]) {
			return false
		}
	}
	return d.isNameWord(p, s)
}

// bodyDescriptor extends the descriptor n over the body's name at m
// after its of-word ("the mayor of Kansas City", "officials of the
// European Commission") and returns the person named after a comma as
// titleOfBody does, or n.
func (d *doc) bodyDescriptor(p *para, n *np, m int) *np {
	n.e = d.bodyEnd(p, m)
	n.text = p.textOf(n.s, n.e)
	if a := d.appositiveName(p, n); a != nil && len(a.name) >= 2 && !lexicon.IsPlace(p.textOf(n.e+1, a.e)) {
		return a
	}
	return n
}

// titlePartyName returns the person named after a comma when the title
// that ends before token k is followed by one capitalised word at last,
// a party's acronym or a body's name with a place or district phrase
// after it ("el convencional UDI por el distrito 6, Pablo Toloza", "le
// député LFI, Jean Morel", "the senator Pablo Toloza, Ana Ruiz" is no
// such phrase), or nil.
func (d *doc) titlePartyName(p *para, i, k, last int) *np {
	if k != last || !(p.word(last+1) && d.l.preps[p.toks[last+1].low] || strings.ToUpper(p.toks[k].text) == p.toks[k].text) {
		return nil
	}
	for c := last + 1; c < len(p.toks) && c-last <= 6 && p.toks[c].sent == p.toks[last].sent; c++ {
		if !p.punct(c, ",") {
			continue
		}
		m := d.appositiveName(p, &np{s: i, e: c, kind: npDefinite, text: p.textOf(i, c), head: p.toks[k-1].low})
		if m == nil || len(m.name) < 2 {
			return nil
		}
		return m
	}
	return nil
}

// dashSpan returns the quote of a paragraph that opens with the dialogue
// dash of Spanish copy and is closed by the dash of a reporting incise:
// "—No vamos a ceder —explicó Ana Torres—." or "—No vamos a ceder—,
// explicó Ana Torres." The quote runs from the opening dash to the
// incise's; a paragraph whose dash opens no incise with a reporting verb
// (an interview's question or answer) has none.
func dashSpan(r []rune, l *lang) []qspan {
	o := 0
	for o < len(r) && unicode.IsSpace(r[o]) {
		o++
	}
	if o >= len(r) || !isDash(r[o]) {
		return nil
	}
	for i := o + 1; i < len(r); i++ {
		if !isDash(r[i]) {
			continue
		}
		j := i + 1
		for j < len(r) && (unicode.IsSpace(r[j]) || r[j] == ',') {
			j++
		}
		k := j
		for k < len(r) && isWordRune(r[k]) {
			k++
		}
		if k == j || !l.cues[strings.ToLower(string(r[j:k]))] {
			return nil
		}
		e := i
		for e > o+1 && unicode.IsSpace(r[e-1]) {
			e--
		}
		return []qspan{{open: o, start: o + 1, end: e, close: i, double: true}}
	}
	return nil
}

// splitIncises cuts the quotes of French copy at a reporting incise set
// between commas inside the marks: "« Ce n'est pas vrai, affirme Paul
// Girardot, et tout le club le sait. »" is two quotes around "affirme Paul
// Girardot", the commas standing for the marks. The incise opens with a
// reporting verb (with its pronoun: "a-t-il ajouté", "explique-t-elle")
// and ends at the next comma or full stop within eight words.
func splitIncises(r []rune, spans []qspan, l *lang) []qspan {
	var out []qspan
	for _, sp := range spans {
		for sp.double {
			a, b := incise(r, sp, l)
			if a < 0 {
				break
			}
			out = append(out, qspan{open: sp.open, start: sp.start, end: a, close: a, double: true})
			sp.open, sp.start = b, b+1
		}
		out = append(out, sp)
	}
	return out
}

// incise returns the positions of the commas around a reporting incise
// inside span sp, or -1, -1.
func incise(r []rune, sp qspan, l *lang) (int, int) {
	for i := sp.start; i < sp.end; i++ {
		if r[i] != ',' || wordCount(r[sp.start:i]) < 2 {
			continue
		}
		j := i + 1
		for j < sp.end && unicode.IsSpace(r[j]) {
			j++
		}
		k := wordEnd(r, j, sp.end)
		w := strings.ToLower(string(r[j:k]))
		t := token{s: j, e: k, lt: w}
		n, _ := l.clitic(&t)
		verb := w[:len(w)-n]
		if l.perfectAux[verb] && n == 0 && k+1 < sp.end { // "a déclaré": the participle
			a := k + 1
			k = wordEnd(r, a, sp.end)
			verb = strings.ToLower(string(r[a:k]))
		}
		if !l.cues[verb] && !(n > 0 && l.perfectAux[verb]) {
			continue
		}
		for e := k; e < sp.end && wordCount(r[k:e]) <= 8; e++ {
			if r[e] == ',' || r[e] == '.' && unicode.IsLower(r[e-1]) && wordCount(r[e:sp.end]) >= 3 {
				return i, e // "…, écrit-elle. Ces scènes …"
			}
			if strings.ContainsRune("!?;:«»", r[e]) {
				break
			}
		}
	}
	return -1, -1
}

// wordEnd returns the end of the word (with its hyphens and apostrophes)
// starting at i, before end.
func wordEnd(r []rune, i, end int) int {
	for i < end && (isWordRune(r[i]) || r[i] == '-' || isApos(r[i])) {
		i++
	}
	return i
}
