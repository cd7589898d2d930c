package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file recognises the meta and sign-off lines CMSs and wires print
// inside a story's text: a date and time followed by an update or
// source label ("05/03/2024 14:32 Actualitzat el …", "2024/03/05 10:21
// 송고", "2024年03月09日 10:12 来源：X"), a writer's line of date and
// view count ("Name 05 Mars 2024 À 14:32 1.245 vues"), an agency's end
// mark ("Lusa/Fim"), an editor's credit in brackets ("（责任编辑：X）"),
// a rights notice closed by the lexicon's words, a desk's sign-off in
// capitals under the text ("REDACCIÓN BOGOTÁ"). The words are the
// lexicon's; the shapes are shared by many sites.

// isMetaStamp reports whether a short line is a printed date with a meta
// label or count (datedMetaLine, countedMetaLine) or a notice closed by
// a boiler suffix of the lexicon. Only lines with a digit, or a suffix,
// are looked at.
func (d *doc) isMetaStamp(s string) bool {
	if textOver(s, 140) {
		return false
	}
	for _, x := range d.w.boilerSuffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	if !strings.ContainsAny(s, "0123456789") || !d.mayBeStamp(s) {
		return false
	}
	var buf [48]dtok
	toks := dateTokens(s, buf[:0])
	return d.datedMetaLine(s, toks) || d.countedMetaLine(s, toks)
}

// mayBeStamp is the cheap test before the tokens: the line opens with a
// digit or a wire's name, or closes with a counter label.
func (d *doc) mayBeStamp(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) {
		return true
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && d.w.counterLabels[strings.ToLower(s[i+1:])] {
		return true
	}
	i := strings.IndexByte(s, ' ')
	return i > 0 && d.w.wires[strings.ToLower(s[:i])]
}

// datedMetaLine reports whether a line opens with a date and time (two
// numbers or more), after a wire's name at most ("共同通信 2024年3月5日
// 8:12 （3月5日 10:40更新）"), and the first word after them is an update
// or publication word of the lexicon, or a boiler prefix's label
// ("来源：", "Quelle:"): "05 de marzo 2024, 02:32 p. m. Actualizado: …",
// "2024/03/05 10:21 송고". A story's sentence that opens with a date goes
// on with its subject ("On 5 March 2024 the council …", "5 March 2024:
// Updated figures show …" is a sentence whose label stands alone): a
// line that reads as a sentence must give a second date after the
// label, as the update stamps do.
func (d *doc) datedMetaLine(s string, toks []dtok) bool {
	i := 0
	if len(toks) > 1 && toks[0].kind == 'w' && d.w.wires[toks[0].s] {
		i = 1
	}
	if i >= len(toks) || toks[i].kind != 'n' {
		return false
	}
	j, numbers := d.w.dateRun(toks, i)
	if numbers < 2 || j >= len(toks) || !d.metaLabelAt(toks, j) {
		return false
	}
	if isSentence(s) {
		_, more := d.w.dateRun(toks, j+1)
		return more >= 2
	}
	return true
}

// metaLabelAt reports whether toks[j] is an update or publication word,
// or a label whose colon makes a boiler prefix ("来源：").
func (d *doc) metaLabelAt(toks []dtok, j int) bool {
	w, t := d.w, toks[j].s
	if w.update[t] || w.published[t] {
		return true
	}
	if j+1 < len(toks) && (toks[j+1].s == ":" || toks[j+1].s == "：") {
		return slices.Contains(w.boilerPrefixes, t+toks[j+1].s)
	}
	return false
}

// countedMetaLine reports whether a line is a writer's meta line of a
// name, a date and a count: up to four capitalised words, a date and
// time, then a number and a counter label of the lexicon closing the
// line ("Yassine Benkirane 05 Mars 2024 À 14:32 1.245 vues"). A
// sentence that counts views has words of prose between ("The clip,
// posted on 5 March 2024, has 1,245 views").
func (d *doc) countedMetaLine(s string, toks []dtok) bool {
	n := len(toks)
	if n < 5 || toks[n-1].kind != 'w' || !d.w.counterLabels[toks[n-1].s] || toks[n-2].kind != 'n' {
		return false
	}
	i := 0
	for i < n && toks[i].kind == 'w' {
		i++
	}
	if i > 4 || i == n {
		return false
	}
	lead := s[:strings.IndexAny(s, "0123456789")]
	for _, f := range strings.Fields(lead) {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
			return false
		}
	}
	j, numbers := d.w.dateRun(toks, i)
	return j == n-1 && numbers >= 3
}

// dateRun returns the index of the first token at or after i that is no
// part of a printed date and time, and the numbers passed: numbers,
// punctuation, months, weekdays, clock words and date connectors, and a
// short joiner between two of a date's parts ("5 de marzo", "2024 à
// 14:32", "a les 17:02"), not a word before the story's ("5 March 2024
// we …").
func (w *words) dateRun(toks []dtok, i int) (int, int) {
	numbers := 0
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == 'n':
			numbers++
		case t.kind == 'p', w.isMonthOrWeekday(t.s), clockWords[t.s], w.dateConnectors[t.s], isCJKMarkerWord(t.s):
		case numbers > 0 && utf8.RuneCountInString(t.s) <= 3 && i+1 < len(toks) &&
			(toks[i+1].kind == 'n' || w.isMonthOrWeekday(toks[i+1].s)):
		default:
			return i, numbers
		}
	}
	return i, numbers
}

// isCJKMarkerWord reports whether a token is a CJK date marker alone
// ("年", "月", "日").
func isCJKMarkerWord(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && isCJKMarker(r)
}

// editorCreditLine reports whether a short line is an editor's credit,
// bare or in brackets: "（责任编辑：赵丽娟）", "【编辑:王芳】", the label one
// of the lexicon's editor labels and the rest a name, no sentence.
func (d *doc) editorCreditLine(t string) bool {
	in := strings.TrimSpace(strings.Trim(t, " ()[]（）【】〔〕"))
	if !d.editorLine(in) {
		return false
	}
	i, size := colonAt(in)
	name := strings.TrimSpace(in[i+size:])
	return name != "" && utf8.RuneCountInString(name) <= 12 && !strings.ContainsAny(name, "。，,.!?！？")
}

// agencyEndMark reports whether t is an agency's end mark: the agency's
// one word, a slash and an end label of the lexicon ("Lusa/Fim",
// "Inforpress/FIM"), as the Portuguese-language wires close a story.
func (d *doc) agencyEndMark(t string) bool {
	a, e, ok := strings.Cut(t, "/")
	if !ok || len(a) < 2 || strings.ContainsAny(a, " \u00a0") || strings.Contains(e, "/") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	e = strings.ToLower(strings.TrimSpace(e))
	return unicode.IsUpper(r) && !strings.Contains(e, " ") && d.w.tailLabels[e] && endWord(e)
}

// endWord reports whether a one-word tail label closes a text ("fim",
// "ends") rather than announcing what follows ("related"): it is the
// lexicon's closing label when it is no longer than five letters and
// names no reading.
func endWord(e string) bool {
	return utf8.RuneCountInString(e) <= 5 && !strings.ContainsAny(e, ":")
}

// dropDeskSignOff drops the last paragraph when it is a desk's sign-off
// in capitals ("REDACCIÓN BOGOTÁ", "REDAÇÃO"): one to three words, the
// first a desk word of the lexicon that is no joiner ("and", "the"),
// every letter a capital. A sub-heading in capitals does not close the
// text.
func (d *doc) dropDeskSignOff() {
	res := d.bodyRes
	n := len(res.paragraphs)
	if n < 2 {
		return
	}
	last := res.paragraphs[n-1]
	f := strings.Fields(last)
	if len(last) > 50 || len(f) == 0 || len(f) > 3 || strings.ContainsFunc(last, func(r rune) bool {
		return unicode.IsLower(r) || unicode.IsDigit(r) || unicode.IsPunct(r) && r != '-'
	}) {
		return
	}
	first := strings.ToLower(f[0])
	if utf8.RuneCountInString(first) < 5 || !d.w.desk[first] {
		return
	}
	d.removeParagraph(n-1, "desk-sign-off")
}

// crewCreditLine reports whether t is a broadcast story's crew credit:
// two or more fields parted by slashes, each a short label, its colon
// and a name ("촬영기자:김태현/그래픽:이수정", "Camera: Jo Doe / Editing: Al
// Roe"), as the broadcasters close a report's text. No field holds a
// digit or a sentence's punctuation.
func crewCreditLine(t string) bool {
	if strings.Count(t, "/") == 0 || strings.ContainsAny(t, "0123456789.!?。") {
		return false
	}
	for _, f := range strings.Split(t, "/") {
		i, size := colonAt(f)
		if i <= 0 {
			return false
		}
		label, name := strings.TrimSpace(f[:i]), strings.TrimSpace(f[i+size:])
		if label == "" || name == "" || wordCount(label) > 2 || wordCount(name) > 3 {
			return false
		}
	}
	return true
}
