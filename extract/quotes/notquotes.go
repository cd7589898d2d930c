package quotes

// Spans between quotation marks that reproduce nobody's words: titles of
// works and programmes, names given to things, bare dates and links.

import (
	"strings"
	"unicode"
)

// notQuotation reports a quoted span that is no quotation: a title in title
// case ("The One I Love"; "appeared on NBC’s “Meet the Press.”"), a date
// or a link alone.
func (d *doc) notQuotation(q *quoteRef) bool {
	body := []rune(q.text)
	return d.titleLike(body) || d.onlyDateWords(q.p, q.open+1, q.cls) || isLink(q.text) || d.titleInProse(q) || d.workTitle(q)
}

// workTitle reports a capitalised span of at most twelve words right after
// a noun for a work ("el libro «Cien años de soledad, edición
// conmemorativa»", "le film « Toute la beauté et le sang versé »"): its
// title, commas and all, whoever wrote it. A span a reporting incise cuts
// ("son livre « Nous …, écrit-elle, car … »") quotes the work.
func (d *doc) workTitle(q *quoteRef) bool {
	k := q.open - 1
	if k < 0 || !q.p.word(k) || !d.l.workNouns[q.p.toks[k].low] || wordCount([]rune(q.text)) > 12 {
		return false
	}
	if inciseCut(q) {
		return false
	}
	r := []rune(strings.TrimSpace(q.text))
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// titleInProse reports a title in title case with the punctuation of the
// sentence around it ("on CNN’s “State of the Union,” Doe said") that no
// reporting verb introduces or closes: "Doe interjected, “Only Jane
// Roe.”" stays a quote.
func (d *doc) titleInProse(q *quoteRef) bool {
	p := q.p
	body := strings.TrimRightFunc(q.text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",.!?", r) })
	if strings.ContainsAny(body, ".!?;…") || !(d.titleCase(body) || d.l.sentenceCaseTitles && sentenceCase(body) && !opensSentence(p, q.open) && !inciseCut(q)) || d.wholeSentence(q) {
		return false
	}
	if k := q.open - 1; k >= 0 && (p.punct(k, ":") || p.word(k) && d.l.cues[p.toks[k].low] || p.punct(k, ",") && p.word(k-1) && d.l.cues[p.toks[k-1].low]) {
		return false // introduced: "Doe interjected, “Only Jane Roe.”"
	}
	if !opensSentence(p, q.open) {
		return true
	}
	for k := q.cls + 1; k < len(p.toks) && k <= q.cls+4 && (p.word(k) || p.punct(k, ",")); k++ {
		if p.word(k) && d.l.cues[p.toks[k].low] {
			return false // closed: "“Only Jane Roe,” Doe said."
		}
	}
	return true
}

// wholeSentence reports a quote that makes up its sentence: “That’s Jane
// Doe and John Roe.” is what someone said; a title is part of a sentence.
func (d *doc) wholeSentence(q *quoteRef) bool {
	p := q.p
	if q.open != p.sentStart[q.sent] {
		return false
	}
	for k := q.cls + 1; k < len(p.toks) && p.toks[k].sent == q.sent; k++ {
		if p.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// titleCase reports two to ten words in title case: every word capitalised
// but the articles, conjunctions and short prepositions a title leaves in
// lower case, not all in capitals (a shout is a quote).
func (d *doc) titleCase(s string) bool {
	words := strings.FieldsFunc(s, notWord)
	if len(words) < 2 || len(words) > 10 {
		return false
	}
	caps, upper := 0, 0
	for _, w := range words {
		rs := []rune(w)
		switch {
		case unicode.IsUpper(rs[0]) || unicode.IsDigit(rs[0]):
			caps++
			if strings.ToUpper(w) == w {
				upper++
			}
		case d.l.titleLower[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return caps >= 2 && upper < caps
}

// isLink reports a quoted web address.
func isLink(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.ContainsRune(s, ' ') && (strings.HasPrefix(s, "http") || strings.Contains(s, ".com/") || strings.HasPrefix(s, "www."))
}

// titleLike reports a quoted title rather than a quotation: a short span in
// title case without sentence punctuation ("The One I Love").
func (d *doc) titleLike(r []rune) bool {
	if strings.ContainsAny(string(r), ".,!?;:…") || wordCount(r) > 8 {
		return false
	}
	caps := 0
	for _, w := range strings.FieldsFunc(string(r), notWord) {
		rs := []rune(w)
		if !isWordRune(rs[0]) {
			continue
		}
		switch {
		case unicode.IsUpper(rs[0]) || unicode.IsDigit(rs[0]):
			caps++
		case d.l.function[strings.ToLower(w)] || len(rs) <= 3:
		default:
			return false
		}
	}
	return caps >= 2
}

// isNaming reports a short quoted span that gives something a name rather
// than reproducing words: "dubbed “feather duvet lung”", "the nickname of
// “bird fancier’s lung”", "had dubbed Sondland's role as "the Gordon problem"".
func (d *doc) isNaming(p *para, q *quoteRef) bool {
	if wordCount([]rune(q.text)) > 6 {
		return false
	}
	for k := q.open - 1; k >= p.sentStart[q.sent] && q.open-k <= 12; k-- {
		t := p.toks[k]
		if t.kind == tCloseQ || t.kind == tOpenQ || p.punct(k, ".;:!?") {
			return false
		}
		if t.kind == tWord && t.q < 0 && d.l.namingWords[t.low] {
			return true
		}
	}
	return false
}

// sentenceCase reports two to eight words of which the first is
// capitalised, no comma among them: how Spanish and French write titles of
// works ("«Bodas de sangre»", "« La Mer à boire »").
func sentenceCase(s string) bool {
	words := strings.FieldsFunc(s, notWord)
	if len(words) < 2 || len(words) > 8 || strings.ContainsRune(s, ',') {
		return false
	}
	return unicode.IsUpper([]rune(words[0])[0])
}

// inciseCut reports a quote that splitIncises closed at the comma before
// a reporting incise: quoted words, no title.
func inciseCut(q *quoteRef) bool {
	c := q.sp.close
	return c < len(q.p.r) && q.p.r[c] == ','
}
