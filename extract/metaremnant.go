package extract

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/byline/byline/extract/lexicon"
	"golang.org/x/net/html/atom"
)

// This file recognises a byline's or a date line's meta printed without
// its value: the labels, separators and times a template writes around a
// name or a day that a script fills in, or that the page leaves out
// ("Posted on:", "By and | Staff writers | Published", "Updated: Fri,
// 02:32 PM (IST)", "// 10:21 송고", "年月日 17時30分", "Publicerad"). The
// extractor drops a byline or a date line by the name or the date it
// carries; without them what is left would be read as a paragraph, a
// standfirst or a caption. A line is such a remnant only when every word
// of it is the lexicon's: a byline, publication or update label, a desk
// or job word, a wire's name, a weekday, a month, a date connector, a
// clock word, or a function word beside numbers; so a sentence that
// opens with a label ("By the end of the year …", "Updated figures show
// …") has words of its own and stays, and so does a label with words of
// prose ("Published works", "By the numbers").
//
// Where: a label with a time of day is a boiler line anywhere (as a full
// timestamp line is); any other remnant only among the text's first two
// lines (body.go's meta-remnant filter), and a label-only one also as
// the text's last lines (dropEndRemnant). A date and hour with no label
// ("September 11, 2001, 8:46 a.m.", "Friday, 7:30 p.m.") is no remnant:
// a look back's opener or an event's hour is the story's.

// remnantKind is what a meta remnant holds besides its labels.
type remnantKind int

const (
	notRemnant   remnantKind = iota
	remnantLabel             // labels only, no number: "Posted on:", "By and | Staff writers"
	remnantDigit             // labels and numbers, no clock: "Von 05.03.2024"
	remnantTime              // a time of day and no label: ".., 18:20 Uhr", "// 06:00 AM EST"
	remnantClock             // a label and a time of day: "// 10:21 송고", "Updated: Fri, 02:32 PM (IST)"
)

// remnantVocab are the lexicon's words a remnant is made of: anchors
// (labels that make a line meta) and fillers (words a meta line holds
// beside them), keyed by their tokens as dateTokens cuts them.
type remnantVocab struct {
	class   map[string]byte // a phrase's class: anchorWord, fillerWord, functionWord
	longest int             // the most tokens of a phrase
}

// The classes of remnantVocab's phrases, weakest first: a phrase in two
// lists takes the stronger class.
const (
	functionWord byte = iota + 1 // a function word: only beside numbers ("de , 02:32 p. m.")
	fillerWord                   // a desk or job word, a wire, a connector, a counter
	anchorWord                   // a byline, publication or update label
)

// remnantVocabulary is the vocabulary, built once from the lexicon's
// union (vocab), never from a page's language copy (forLanguage), which
// would make it the first page's.
var remnantVocabulary = sync.OnceValue(func() *remnantVocab {
	w := vocab()
	v := &remnantVocab{class: map[string]byte{}}
	add := func(class byte, phrases ...[]string) {
		for _, list := range phrases {
			for _, p := range list {
				if k, n := remnantKey(p); n > 0 {
					v.class[k] = max(v.class[k], class)
					v.longest = max(v.longest, n)
				}
			}
		}
	}
	add(anchorWord, w.bylineLabels, w.timestampPrefixes, w.timestampLabels, w.publishedLabels,
		slices.Collect(maps.Keys(w.update)), slices.Collect(maps.Keys(w.updateLabels)), slices.Collect(maps.Keys(w.writtenBy)))
	add(functionWord, slices.Collect(maps.Keys(w.function)))
	add(fillerWord, slices.Collect(maps.Keys(w.role)), slices.Collect(maps.Keys(w.desk)), slices.Collect(maps.Keys(w.wires)),
		slices.Collect(maps.Keys(w.dateConnectors)), slices.Collect(maps.Keys(w.dayWords)),
		slices.Collect(maps.Keys(w.counterLabels)), slices.Collect(maps.Keys(w.labelNouns)), slices.Collect(maps.Keys(w.staffLabels)),
		slices.Collect(maps.Keys(w.datelineWires)), lexicon.Union().TimeConnectors)
	return v
})

// remnantKey is a phrase's words as dateTokens cuts and lowers them,
// joined as printed (a space where one stood); n is their count.
func remnantKey(p string) (string, int) {
	var buf [16]dtok
	var b strings.Builder
	n := 0
	for _, t := range dateTokens(p, buf[:0]) {
		if t.kind != 'w' {
			continue
		}
		if n > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
		n++
	}
	return b.String(), n
}

// metaRemnant reports what kind of meta remnant s is, or notRemnant: a
// short line whose words are all the lexicon's (see the file's comment),
// with a label among them or a time of day.
func (d *doc) metaRemnant(s string) remnantKind {
	if textOver(s, 200) || wordCount(s) > 30 {
		return notRemnant
	}
	v := remnantVocabulary()
	var buf [48]dtok
	toks := dateTokens(s, buf[:0])
	anchor, clock, dated, function, numbers := false, false, false, false, 0
	for i := 0; i < len(toks); {
		t := toks[i]
		switch t.kind {
		case 'p':
			i++
			continue
		case 'n':
			if n := clockAt(toks, i); n > 0 {
				clock = true
				i += n
				continue
			}
			numbers++
			i++
			continue
		}
		n, class := v.phraseAt(toks, i)
		switch {
		case n > 0:
			anchor = anchor || class == anchorWord
			function = function || class == functionWord
			i += n
		case d.w.isMonthOrWeekday(t.s):
			dated = true
			i++
		case clockWords[t.s] || isCJKMarkerWord(t.s):
			i++
		default:
			return notRemnant
		}
	}
	switch {
	case clock && anchor:
		return remnantClock
	case clock && numbers == 0 && !dated:
		// A time alone, no day: a date line whose day is missing. A
		// date and time with no label opens a look back ("September
		// 11, 2001, 8:46 a.m.") or gives an event's hour ("Friday, 7:30
		// p.m."): the story's.
		return remnantTime
	case !anchor:
		return notRemnant
	case numbers >= 2 || numbers == 1 && dated:
		// (a date's numbers: "By 2030" is a heading's)
		return remnantDigit
	case numbers > 0 || function:
		// (a label and words of prose: "Published works", "Von der
		// Leyen" are a heading's or a name's)
		return notRemnant
	}
	return remnantLabel
}

// phraseAt returns the tokens of the longest vocabulary phrase of words
// at toks[i] and its class.
func (v *remnantVocab) phraseAt(toks []dtok, i int) (int, byte) {
	var b strings.Builder
	best, class := 0, byte(0)
	for j := i; j < len(toks) && j-i < v.longest && toks[j].kind == 'w'; j++ {
		if j > i && toks[j].space {
			b.WriteByte(' ')
		}
		b.WriteString(toks[j].s)
		if c := v.class[b.String()]; c > 0 {
			best, class = j-i+1, c
		}
	}
	return best, class
}

// clockAt returns the tokens of a time of day opening at toks[i], or 0:
// hours, a colon, a dot or an "h", and two digits of minutes under 60
// ("10:21", "05.30 Uhr", "12h04"), or hours before a CJK hour marker
// and their minutes ("17時30分").
func clockAt(toks []dtok, i int) int {
	h := toks[i]
	if h.digits > 2 || h.n > 24 || i+1 >= len(toks) {
		return 0
	}
	sep := toks[i+1]
	switch {
	case sep.kind == 'w' && (sep.s == "時" || sep.s == "时" || sep.s == "시"):
		if i+2 < len(toks) && toks[i+2].kind == 'n' && toks[i+2].n < 60 {
			return 3
		}
		return 2
	case sep.kind == 'p' && (sep.s == ":" || sep.s == "."), sep.kind == 'w' && sep.s == "h" && !sep.space:
	default:
		return 0
	}
	if i+2 >= len(toks) {
		return 0
	}
	m := toks[i+2]
	if m.kind != 'n' || m.digits != 2 || m.n > 59 || m.space {
		return 0
	}
	// (not a date's "05.03.2024": no dot and number after the minutes)
	if sep.s == "." && i+4 < len(toks) && toks[i+3].kind == 'p' && toks[i+3].s == "." && toks[i+4].kind == 'n' {
		return 0
	}
	return 3
}

// hasClock reports whether s writes a time of day (clockAt): a meta
// row's hour left when its day is missing ("Jana Dvořáková, ČTK . 11:27
// Aktualizováno . 14:10").
func hasClock(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	var buf [48]dtok
	toks := dateTokens(s, buf[:0])
	for i := range toks {
		if toks[i].kind == 'n' && clockAt(toks, i) > 0 {
			return true
		}
	}
	return false
}

// dropEndRemnant drops the label-only meta remnants (metaRemnant) that
// close the text, two at most: the date line under a service page's
// text whose date a script fills in ("Stand:"), a post's footer "Posted
// on:"; the byline's and the date's other zone after the top of the
// text, which the body filter's meta-remnant takes. A closing line with
// numbers stays: a time there may be an event's.
func (d *doc) dropEndRemnant() {
	ps := d.bodyRes.paragraphs
	for k := 0; k < 2 && len(ps) > 1 && d.metaRemnant(ps[len(ps)-1]) == remnantLabel; k++ {
		d.removeParagraph(len(ps)-1, "meta-remnant")
		ps = d.bodyRes.paragraphs
	}
}

// sourcedRemnant reports whether s is a meta remnant with a time of day
// after its source or place and a slash, a bar or a dash ("PDC.net /
// 07:48 PM ,", "Madrid - 13:40 CET"): stampLine's line of a name of
// three words at most and a date, the date's day missing.
func (d *doc) sourcedRemnant(s string) bool {
	rest, ok := afterSourceHead(s)
	if !ok {
		return false
	}
	k := d.metaRemnant(rest)
	return k == remnantTime || k == remnantClock
}

// labelledRemnant reports whether s is a date line's remnant with a
// time of day (metaRemnant's remnantTime or remnantClock) before a
// boiler line's label, its colon and a value of four words at most
// ("年月日 10:12　来源：华新网　参与互动"): the meta row a source label
// closes, with its day missing. Its words after the label (a site's
// name, a link to the comments) are the label's value, which no lexicon
// knows.
func (d *doc) labelledRemnant(s string) bool {
	if textOver(s, 120) || !hasClock(s) {
		return false
	}
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return false
	}
	for _, p := range d.w.boilerPrefixes {
		if !strings.HasSuffix(p, ":") && !strings.HasSuffix(p, "：") {
			continue
		}
		if i := strings.Index(low, p); i > 0 && wordCount(s[i+len(p):]) <= 4 {
			if k := d.metaRemnant(strings.TrimSpace(s[:i])); k == remnantTime || k == remnantClock {
				return true
			}
		}
	}
	return false
}

// timeRowWords is the most words a meta row holds beside its <time>
// element: a byline ("Von Svenja Hollmann"), a reading time ("Lesezeit 6
// Min."), a view count ("2 345").
const timeRowWords = 6

// timeRow reports whether the block b is a meta row marked by its <time>
// element, whatever the time shows (", 14:00", "ko a, 14:32", ".." with
// its day missing): a block that is or holds a <time> and at most
// timeRowWords words besides it, none of them a sentence's stop and
// word after it. The element's markup says the row is a date line; its
// other words are a byline's, a counter's or a reading time's, which the
// lexicon's remnant words (metaRemnant) need not all know. Read only
// among the text's first two lines, as the other remnants are.
func timeRow(b *block) bool {
	if b.container == nil || textOver(b.text, 120) {
		return false
	}
	t := b.container
	if t.DataAtom != atom.Time {
		if t = findFirst(b.container, atom.Time); t == nil {
			return false
		}
	}
	rest := b.text
	if own := squash(nodeText(t)); own != "" {
		rest = strings.Replace(rest, own, " ", 1)
	}
	return wordCount(rest) <= timeRowWords && !strings.Contains(rest, ". ")
}
