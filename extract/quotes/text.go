package quotes

import (
	"strings"
	"unicode"
)

// This file holds the language-independent text layer: quotation-mark
// pairing, tokens and sentences of one paragraph. Offsets are rune offsets.

// qspan is one quoted span of a paragraph: the text between the marks is
// r[start:end]; open and close are the mark positions (close = -1 when the
// span runs to the end of the paragraph without a closing mark).
type qspan struct {
	open, start, end, close int
	double                  bool
}

// Double quotation marks that may open a quote.
func isDoubleOpener(r []rune, i int) bool {
	if isInchMark(r, i) {
		return false
	}
	switch r[i] {
	case '"', '“', '„', '«', '「', '『', '〝', '＂', '‟':
		return true
	case '”', '»': // Swedish ”…”, Danish »…«: only before a word
		return i+1 < len(r) && !unicode.IsSpace(r[i+1]) && !unicode.IsPunct(r[i+1]) &&
			(i == 0 || unicode.IsSpace(r[i-1]) || r[i-1] == '(')
	}
	return false
}

// doubleCloser reports whether r[i] closes a quote opened by opener, and how
// many runes the closing mark takes.
func doubleCloser(r []rune, i int, opener rune) (bool, int) {
	c := r[i]
	switch opener {
	case '«':
		return c == '»', 1
	case '»':
		return c == '«', 1
	case '「':
		return c == '」', 1
	case '『':
		return c == '』', 1
	case '〝':
		return c == '〞' || c == '〟', 1
	}
	switch c {
	case '”', '"', '＂', '‟':
		return true, 1
	case '“':
		// “…“ (bad typography) or „…“ (German): a closer when no word follows.
		return opener == '„' || i+1 == len(r) || !isWordRune(r[i+1]), 1
	case '’', '\'':
		// ’’ used as a closing double mark.
		if i+1 < len(r) && (r[i+1] == '’' || r[i+1] == '\'') && r[i+1] == c {
			return true, 2
		}
	}
	return false, 0
}

func isWordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) }

func isApos(c rune) bool { return c == '\'' || c == '’' || c == 'ʼ' }

// findQuoteSpans pairs the quotation marks of one paragraph. Double marks
// (straight, curly, low-9, guillemets, CJK corner brackets) are paired
// first; single marks (‘…’, '…', ‹…›, ‚…‘) count only outside double-quoted
// spans, so a quote inside a quote stays part of the outer span. A double
// quote left open at the paragraph end runs to the end (multi-paragraph
// quotes).
func findQuoteSpans(r []rune) []qspan {
	var spans []qspan
	open := -1
	var opener rune
	for i := 0; i < len(r); i++ {
		if open < 0 {
			if isDoubleOpener(r, i) {
				open, opener = i, r[i]
			}
			continue
		}
		if ok, n := doubleCloser(r, i, opener); ok {
			spans = append(spans, qspan{open: open, start: open + 1, end: i, close: i, double: true})
			open = -1
			i += n - 1
		}
	}
	if open >= 0 {
		spans = append(spans, qspan{open: open, start: open + 1, end: len(r), close: -1, double: true})
	}
	// Single-quoted spans in the gaps.
	var out []qspan
	prev := 0
	for k := 0; k <= len(spans); k++ {
		end := len(r)
		if k < len(spans) {
			end = spans[k].open
		}
		out = append(out, singleSpans(r, prev, end)...)
		if k < len(spans) {
			out = append(out, spans[k])
			if spans[k].close < 0 {
				prev = len(r)
			} else {
				prev = spans[k].close + 1
			}
		}
	}
	return out
}

func singleOpener(r []rune, i int) bool {
	c := r[i]
	if c != '‘' && c != '\'' && c != '‹' && c != '‚' {
		return false
	}
	if i+1 >= len(r) || !(isWordRune(r[i+1]) || r[i+1] == ' ' && c == '‘') {
		return false
	}
	return i == 0 || unicode.IsSpace(r[i-1]) || strings.ContainsRune("([—–-:", r[i-1])
}

func singleCloser(r []rune, i int, opener rune) bool {
	c := r[i]
	switch opener {
	case '‹':
		return c == '›'
	case '‚':
		return c == '‘' || c == '’'
	}
	if c != '’' && c != '\'' {
		return false
	}
	if i+1 < len(r) && isWordRune(r[i+1]) {
		return false // an apostrophe: don't, Trump’s
	}
	// "teachers’ union": a plural possessive, not a closer, when a word follows after one space
	// and the mark follows an s directly.
	return i > 0 && !unicode.IsSpace(r[i-1])
}

// singleSpans pairs single marks in r[from:to]: an opener with the first
// closer after it, kept when at least three words lie between.
//
// Which marks close depends on the opener only by its class (‹, ‚, the
// rest). The first closer after an opener is remembered per class: while
// it lies ahead it is also the first after any later opener of the class,
// so the text is scanned once per class, not once per opener ("'a 'a 'a
// ..." with no closer was quadratic); the word count stops at three.
func singleSpans(r []rune, from, to int) []qspan {
	var out []qspan
	next := [3]int{-1, -1, -1}
	for i := from; i < to; i++ {
		if !singleOpener(r, i) {
			continue
		}
		opener, k := r[i], closerClass(r[i])
		if next[k] <= i {
			next[k] = to
			for j := i + 1; j < to; j++ {
				if singleCloser(r, j, opener) {
					next[k] = j
					break
				}
			}
		}
		if j := next[k]; j < to && wordCountAtLeast(r[i+1:j], 3) {
			out = append(out, qspan{open: i, start: i + 1, end: j, close: j})
			i = j
		} else if j == len(r) && r[i] == '‘' && unicode.IsLetter(r[i+1]) && openingQuote(r, i) && wordCountAtLeast(r[i+1:j], 3) {
			// British style over several paragraphs: a curly single
			// quote opening the paragraph or a colon's quote runs on
			// unclosed to the paragraph's end, like a double one
			// (not before a digit: "‘90s fashion" is an apostrophe).
			out = append(out, qspan{open: i, start: i + 1, end: j, close: -1})
			break
		}
	}
	return out
}

// openingQuote reports a mark at i that opens its paragraph or follows a
// colon.
func openingQuote(r []rune, i int) bool {
	k := i - 1
	for k >= 0 && unicode.IsSpace(r[k]) {
		k--
	}
	return k < 0 || r[k] == ':'
}

// closerClass groups single openers by the marks that close them
// (singleCloser).
func closerClass(opener rune) int {
	switch opener {
	case '‹':
		return 0
	case '‚':
		return 1
	}
	return 2
}

// wordCountAtLeast reports wordCount(r) >= n, reading only as far as the
// n-th word.
func wordCountAtLeast(r []rune, n int) bool { return countWords(r, n) >= n }

// wordCount counts runs of letters and digits (apostrophes inside words keep
// them whole), the way the quote scorer counts tokens.
func wordCount(r []rune) int { return countWords(r, 0) }

// countWords is wordCount, stopping at stop words when stop > 0.
func countWords(r []rune, stop int) int {
	n := 0
	in := false
	for i, c := range r {
		if stop > 0 && n >= stop {
			break
		}
		if isCJK(c) {
			n++ // scripts written without spaces: count characters
			in = false
			continue
		}
		w := isWordRune(c) || ((isApos(c) || c == '-' || c == '‑') && in && i+1 < len(r) && isWordRune(r[i+1]))
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// Token kinds.
const (
	tWord = iota
	tPunct
	tOpenQ
	tCloseQ
)

// token is a word or a punctuation mark of a paragraph.
type token struct {
	s, e int    // rune offsets [s, e)
	text string // as in the text
	low  string // lower-cased, possessive ’s removed
	lt   string // lower-cased text
	kind uint8
	cap  bool // starts with an upper-case letter
	poss bool // ends with ’s / 's
	q    int  // index of the enclosing quote span, -1 outside quotes
	sent int  // sentence index in the paragraph
}

func isDash(c rune) bool { return c == '—' || c == '–' || c == '―' }

// tokenize splits a paragraph into tokens, marking those inside quote spans.
func tokenize(r []rune, spans []qspan, l *lang) []token {
	toks := make([]token, 0, len(r)/5+4)
	// mark: rune index -> open/close mark of span k.
	// spans are in text order and do not overlap: a cursor finds the span of
	// increasing positions in linear time.
	cur := 0
	inQ := func(pos int) int {
		for cur < len(spans) && spans[cur].end <= pos {
			cur++
		}
		if cur < len(spans) && pos >= spans[cur].start && pos < spans[cur].end {
			return cur
		}
		return -1
	}
	// mark[i] = k+1 when a mark of span k opens at rune i, -(k+1) when one closes there.
	mark := make([]int32, len(r)+1)
	for k, sp := range spans {
		mark[sp.open] = int32(k + 1)
		if sp.close >= 0 {
			mark[sp.close] = -int32(k + 1)
		}
	}
	i := 0
	for i < len(r) {
		c := r[i]
		if unicode.IsSpace(c) {
			i++
			continue
		}
		if m := mark[i]; m > 0 {
			k := int(m - 1)
			toks = append(toks, token{s: i, e: i + 1, text: string(c), low: string(c), kind: tOpenQ, q: k})
			i++
			continue
		}
		if m := mark[i]; m < 0 {
			k := int(-m - 1)
			e := i + 1
			if e < len(r) && (r[e] == '’' || r[e] == '\'') && r[e] == c {
				e++
			}
			toks = append(toks, token{s: i, e: e, text: string(r[i:e]), low: string(r[i:e]), kind: tCloseQ, q: k})
			i = e
			continue
		}
		if !isWordRune(c) {
			toks = append(toks, token{s: i, e: i + 1, text: string(c), low: string(c), kind: tPunct, q: inQ(i)})
			i++
			continue
		}
		t := wordToken(r, i, l)
		t.q = inQ(i)
		toks = appendWord(toks, r, t, l) // "l'avocate", "a-t-il": two words
		i = t.e
	}
	return toks
}

// wordToken reads the word starting at rune i: letters and digits, with
// an apostrophe, hyphen or point inside ("don’t", "U.S", "8.5"), a trailing
// point of an abbreviation or initial, and a possessive ending removed from
// its lower-case form.
func wordToken(r []rune, i int, l *lang) token {
	j := i + 1
	for j < len(r) {
		if isWordRune(r[j]) {
			j++
			continue
		}
		// internal apostrophe, hyphen, dot, colon or comma between word runes
		if j+1 < len(r) && isWordRune(r[j+1]) {
			switch {
			case isApos(r[j]), r[j] == '-', r[j] == '‑':
				j++
				continue
			case r[j] == '.' && !(j+2 < len(r) && isWordRune(r[j+2]) && unicode.IsLower(r[j+1]) && unicode.IsLetter(r[j-1]) && !unicode.IsUpper(r[j-1])):
				// U.S, p.m, 8.5 — but not "word.word" in running text
				j++
				continue
			case (r[j] == ':' || r[j] == ',') && unicode.IsDigit(r[j-1]) && unicode.IsDigit(r[j+1]):
				j++
				continue
			}
		}
		break
	}
	w := string(r[i:j])
	low := strings.ToLower(w)
	// Trailing period of an abbreviation or an initial.
	if j < len(r) && r[j] == '.' {
		rs := r[i:j]
		if l.abbrev[low+"."] || (len(rs) == 1 && unicode.IsUpper(rs[0])) || strings.Contains(low, ".") {
			j++
			w = string(r[i:j])
			low += "."
		}
	}
	t := token{s: i, e: j, text: w, kind: tWord, cap: unicode.IsUpper(r[i])}
	if base, ok := l.stripPossessive(low); ok {
		low, t.poss = base, true
	}
	t.low = low
	t.lt = strings.ToLower(w)
	return t
}

// maxSentToks bounds a sentence. The cues, speakers, reported contents and
// dates are read per sentence, several of them by pairs of its tokens or
// cues, so one endless "sentence" (a paragraph with no full stop: a list,
// a spam block, text glued across elements) made the analysis quadratic.
// Real sentences are far shorter: the longest in the aeb, trafilatura and
// PolNeAR corpora has 334 tokens.
const maxSentToks = 1000

// splitSentences numbers the sentences of a tokenized paragraph. A sentence
// ends at . ! ? … outside quotes before a capitalized word, a digit or an
// opening mark; and after a closing mark whose quote ends a sentence when
// another quote opens right after it. A run of maxSentToks tokens with no
// such end is cut there all the same.
func splitSentences(toks []token, r []rune, spans []qspan, l *lang) int {
	sent, start := 0, 0
	for i := range toks {
		if i > 0 && toks[i-1].sent != sent {
			start = i // a sentence ended before i
		}
		if i-start >= maxSentToks {
			sent, start = sent+1, i
		}
		toks[i].sent = sent
		t := toks[i]
		if i+1 >= len(toks) {
			break
		}
		next := toks[i+1]
		if t.q < 0 && t.kind == tPunct && strings.ContainsAny(t.text, ".!?…") {
			if next.cap || next.kind == tOpenQ || (next.kind == tWord && unicode.IsDigit(r[next.s])) {
				sent++
			}
			continue
		}
		if t.kind == tCloseQ && (next.kind == tOpenQ || next.kind == tWord && next.cap) {
			sp := spans[t.q]
			if endsSentence(r[sp.start:sp.end]) && (next.kind == tOpenQ || !cueFollows(toks, i+1, l)) {
				sent++
			}
		}
	}
	return sent + 1
}

func endsSentence(r []rune) bool {
	for i := len(r) - 1; i >= 0; i-- {
		c := r[i]
		if unicode.IsSpace(c) || isApos(c) || c == '"' || c == '”' || c == ')' {
			continue
		}
		return c == '.' || c == '!' || c == '?' || c == '…'
	}
	return false
}

// cueFollows reports whether a reporting verb follows token i within a few
// words, closing the clause (“Hey!” Smith said.) rather than introducing a
// new quote (“…” Smith agreed: “…”).
func cueFollows(toks []token, i int, l *lang) bool {
	for k := i; k < len(toks) && k-i < 7; k++ {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		if l.cues[t.low] {
			// The cue must close its clause: only a short speaker phrase
			// ("said Smith", "said the president") or a prepositional
			// object ("writes to Sullivan", "asked in Spanish") may follow
			// before the punctuation; "She said residents do not ..."
			// starts a sentence.
			for m := k + 1; m < len(toks) && m-k < 6; m++ {
				if toks[m].kind != tWord {
					return toks[m].text != ":"
				}
				w := toks[m]
				if !w.cap && !l.detDef[w.low] && !l.detIndef[w.low] && !l.isTitle(w.low) && !l.anonHeads[w.low] && l.pronouns[w.low] == 0 && !l.preps[w.low] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// isInchMark reports a straight double quote used as the inch sign: right
// after a digit and not followed by a letter (a 34" monitor, 6'2").
func isInchMark(r []rune, i int) bool {
	if r[i] != '"' || i == 0 || !unicode.IsDigit(r[i-1]) {
		return false
	}
	return i+1 == len(r) || !unicode.IsLetter(r[i+1])
}

// isCJK reports Han, Hiragana and Katakana characters.
func isCJK(c rune) bool {
	return c >= 0x2E80 && unicode.Is(unicode.Han, c) || unicode.Is(unicode.Hiragana, c) || unicode.Is(unicode.Katakana, c)
}
