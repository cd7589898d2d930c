package quotes

import (
	"fmt"

	"strconv"
	"strings"
	"time"

	"github.com/byline/byline/article"
)

// Date precisions.
const (
	precNone = iota
	precYear
	precMonth
	precWeek
	precDay
)

// dateRef is one date reference before resolution against an anchor.
type dateRef struct {
	para, s, e int // token range
	text       string
	prec       int
	// one of:
	year, month, day int // absolute parts (0 = not given)
	weekday          int // 0..6 or -1
	wdMod            int // -1 last, +1 next, 0 none/this, 2 "this" (current week)
	relDay           *int
	relPeriod        *period
	vague            bool
	speech           bool // sits in reported speech (relative to when it was said)
}

// dates finds and resolves the date references of the body.
func (d *doc) dates() []article.DateMention {
	var refs []*dateRef
	for _, p := range d.paras {
		refs = append(refs, d.findDates(p)...)
	}
	anchor := time.Time{}
	if !d.published.IsZero() {
		y, m, dd := d.published.Date()
		anchor = time.Date(y, m, dd, 12, 0, 0, 0, time.UTC)
	}
	// The day the reported words were said: the first past day-precision date
	// of the article's opening (the day of the event the article reports).
	speechDay := time.Time{}
	out := make([]article.DateMention, 0, len(refs))
	resolved := make([]*time.Time, len(refs))
	for i, r := range refs {
		var res *string
		if anchor.IsZero() && r.year != 0 {
			// a date with its year needs no anchor
			res, _ = resolveDate(r, time.Date(r.year, 7, 1, 12, 0, 0, 0, time.UTC), false)
		} else if !anchor.IsZero() {
			a := anchor
			if r.speech && r.relDay != nil {
				if sd := d.speechAnchor(refs, resolved, i, speechDay); !sd.IsZero() {
					a = sd
				}
			}
			s, t := resolveDate(r, a, d.sentenceFuture(r))
			res = s
			if t != nil && r.prec == precDay && r.relDay == nil {
				resolved[i] = t
				if speechDay.IsZero() && t.Before(anchor) && anchor.Sub(*t) <= 7*24*time.Hour && r.para <= 1 {
					speechDay = *t
				}
			}
		}
		p := d.paras[r.para]
		out = append(out, article.DateMention{Text: r.text, Resolved: res, Paragraph: r.para, Start: p.toks[r.s].s})
	}
	return out
}

// speechAnchor is the day relative dates in reported speech count from: the
// nearest earlier day-precision date of the same paragraph, else the day of
// the event the article opens with.
func (d *doc) speechAnchor(refs []*dateRef, resolved []*time.Time, i int, lede time.Time) time.Time {
	for k := i - 1; k >= 0 && refs[k].para == refs[i].para; k-- {
		if resolved[k] != nil {
			return *resolved[k]
		}
	}
	return lede
}

// sentenceFuture reports whether the sentence of a date reference speaks of
// the future ("will meet on Monday").
func (d *doc) sentenceFuture(r *dateRef) bool {
	p := d.paras[r.para]
	// A past-tense verb right after the date settles it: "the mayor on
	// Monday unveiled a plan" is past, whatever else the sentence plans.
	if r.e < len(p.toks) && p.toks[r.e].kind == tWord && d.l.isPast(p.toks[r.e].low) {
		return false
	}
	sent := p.toks[r.s].sent
	in := d.speechMask(p)
	for k := p.sentStart[sent]; k < p.sentEnd(sent); k++ {
		// only markers on the same side of a report as the date count:
		// "On Thursday, he said he hopes ..." is past.
		if p.toks[k].kind == tWord && d.l.future[p.toks[k].low] && in[k] == in[r.s] {
			return true
		}
	}
	return false
}

func isNumber(s string) (int, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	s = strings.TrimRight(s, ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func isYear(s string) (int, bool) {
	if len(s) != 4 || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1800 && n <= 2199
}

// findDates scans one paragraph for date references.
func (d *doc) findDates(p *para) []*dateRef {
	var out []*dateRef
	inSpeech := d.speechMask(p)
	for i := 0; i < len(p.toks); {
		if p.toks[i].kind != tWord {
			i++
			continue
		}
		r, next := d.dateAt(p, i)
		if r != nil {
			r.para = p.idx
			r.text = p.textOf(r.s, r.e)
			if p.toks[r.e-1].poss { // "today’s"
				r.text, _ = d.l.stripPossessive(r.text)
			}
			r.speech = inSpeech[r.s]
			out = append(out, r)
		}
		i = next
	}
	return out
}

// dateAt reads a date reference starting at word token i (or nil) and the
// token to go on from.
func (d *doc) dateAt(p *para, i int) (*dateRef, int) {
	t := p.toks[i]
	if n := matchMultiAny(p, i, d.l.vague); n > 0 {
		return &dateRef{s: i, e: i + n, vague: true, weekday: -1}, i + n
	}
	if n := longestMulti(p, i, d.l.periodMulti); n > 0 {
		pr := d.l.periods[strings.ToLower(p.textOfWords(i, i+n))]
		return &dateRef{s: i, e: i + n, relPeriod: &pr, weekday: -1}, i + n
	}
	if n := longestMulti(p, i, d.l.relDayMulti); n > 0 {
		v := d.l.relDays[strings.ToLower(p.textOfWords(i, i+n))]
		return &dateRef{s: i, e: i + n, relDay: &v, prec: precDay, weekday: -1}, i + n
	}
	if v, ok := d.l.relDays[t.low]; ok {
		return &dateRef{s: i, e: i + 1, relDay: &v, prec: precDay, weekday: -1}, i + 1
	}
	if wd, ok := d.l.weekdays[t.low]; ok && t.cap {
		return d.weekdayAt(p, i, wd), i + 1
	}
	if m, ok := d.l.months[t.low]; ok && t.cap {
		return d.monthAt(p, i, m)
	}
	if r := d.dayMonthAt(p, i); r != nil {
		return r, r.e
	}
	return d.yearAt(p, i), i + 1
}

// weekdayAt reads "Thursday", "last Thursday"; nil for "Thursday, June
// 26", where the month day wins.
func (d *doc) weekdayAt(p *para, i, wd int) *dateRef {
	toks := p.toks
	r := &dateRef{s: i, e: i + 1, weekday: wd, prec: precDay}
	if i > 0 && toks[i-1].kind == tWord {
		if m, ok := d.l.weekdayMods[toks[i-1].low]; ok {
			r.s, r.wdMod = i-1, m
			if m == 0 {
				r.wdMod = 2
			}
		}
	}
	if i+2 < len(toks) && p.punct(i+1, ",") && toks[i+2].kind == tWord {
		if _, ok := d.l.months[toks[i+2].low]; ok && toks[i+2].cap {
			return nil
		}
	}
	return r
}

// monthAt reads Month Day[, Year] | Month Year | in Month.
func (d *doc) monthAt(p *para, i, m int) (*dateRef, int) {
	toks := p.toks
	if i+1 < len(toks) && toks[i+1].kind == tWord {
		if day, ok := isNumber(toks[i+1].low); ok && day >= 1 && day <= 31 && !strings.Contains(toks[i+1].low, ":") {
			r := &dateRef{s: i, e: i + 2, month: m, day: day, prec: precDay, weekday: -1}
			if i+3 < len(toks) && p.punct(i+2, ",") && toks[i+3].kind == tWord {
				if y, ok := isYear(toks[i+3].low); ok {
					r.e, r.year = i+4, y
				}
			}
			return r, r.e
		}
		if y, ok := isYear(toks[i+1].low); ok {
			return &dateRef{s: i, e: i + 2, month: m, year: y, prec: precMonth, weekday: -1}, i + 2
		}
	}
	t := toks[i]
	if i > 0 && toks[i-1].kind == tWord && d.l.yearPreps[toks[i-1].low] && (t.low != "may" && t.low != "march" || toks[i-1].low == "in") {
		return &dateRef{s: i, e: i + 1, month: m, prec: precMonth, weekday: -1}, i + 1
	}
	return nil, i + 1
}

// dayMonthAt reads Day Month [Year].
func (d *doc) dayMonthAt(p *para, i int) *dateRef {
	toks := p.toks
	day, ok := isNumber(toks[i].low)
	if !ok || day < 1 || day > 31 || i+1 >= len(toks) || toks[i+1].kind != tWord {
		return nil
	}
	m, ok := d.l.months[toks[i+1].low]
	if !ok || !toks[i+1].cap {
		return nil
	}
	r := &dateRef{s: i, e: i + 2, month: m, day: day, prec: precDay, weekday: -1}
	if i+2 < len(toks) && toks[i+2].kind == tWord {
		if y, ok := isYear(toks[i+2].low); ok {
			r.e, r.year = i+3, y
		}
	}
	return r
}

// yearAt reads a bare year after a preposition: "in 2014", "since 2008"
// (not "in 2014 dollars", "in 2014%").
func (d *doc) yearAt(p *para, i int) *dateRef {
	toks := p.toks
	y, ok := isYear(toks[i].low)
	if !ok || i == 0 || toks[i-1].kind != tWord || !d.l.yearPreps[toks[i-1].low] {
		return nil
	}
	if i+1 < len(toks) && (p.punct(i+1, "%") || toks[i+1].kind == tWord && len(toks[i+1].low) > 0 && toks[i+1].low[0] >= '0' && toks[i+1].low[0] <= '9') {
		return nil
	}
	return &dateRef{s: i, e: i + 1, year: y, prec: precYear, weekday: -1}
}

// speechTokens marks the tokens inside quotes or inside reported content of a
// past-tense reporting verb.
func (d *doc) speechTokens(p *para) []bool {
	in := make([]bool, len(p.toks))
	for i, t := range p.toks {
		if t.q >= 0 {
			in[i] = true
		}
	}
	for _, c := range d.pcues(p.idx) {
		if c.para != p.idx || c.cs < 0 || d.l.isPresent(c.head) {
			continue
		}
		for k := c.cs; k < c.ce; k++ {
			in[k] = true
		}
	}
	return in
}

func (p *para) textOfWords(s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s {
			b.WriteByte(' ')
		}
		b.WriteString(p.toks[k].text)
	}
	return b.String()
}

// matchMultiAny is matchMulti inside quotes too.
func matchMultiAny(p *para, i int, list [][]string) int { return matchPhrase(p, i, list, true) }

func longestMulti(p *para, i int, list [][]string) int {
	best := 0
	if i >= len(p.toks) {
		return 0
	}
	first := p.toks[i].lt
	for _, ws := range list {
		if ws[0] != first {
			continue
		}
		if len(ws) > best {
			if n := matchMultiAny(p, i, [][]string{ws}); n > best {
				best = n
			}
		}
	}
	return best
}

// resolveDate resolves a reference against the anchor day; it returns the
// ISO 8601 value at the text's precision and, for days, the day.
// weekdayOffset is the days from anchor a to the weekday r names: the one
// before the anchor after "last", after it after "next", in its week after
// "this", else the nearest in the past (or, in a sentence about the future,
// in the coming week).
func weekdayOffset(r *dateRef, a time.Time, future bool) int {
	diff := r.weekday - int(a.Weekday())
	switch {
	case r.wdMod == -1: // last Thursday: the one before the anchor
		if diff >= 0 {
			diff -= 7
		}
	case r.wdMod == 1: // next Monday
		if diff <= 0 {
			diff += 7
		}
	case r.wdMod == 2: // this Monday: in the anchor's week (Monday first)
		aw := (int(a.Weekday()) + 6) % 7
		tw := (r.weekday + 6) % 7
		diff = tw - aw
	case future:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	return diff
}

// dayYear is the year of a month day written without one. News speaks of
// the recent past unless the sentence is about the future: the latest such
// day up to two months after the anchor, or in future sentences the first
// one from a week before it.
func dayYear(r *dateRef, a time.Time, future bool) int {
	y := a.Year() - 1
	for _, cy := range []int{a.Year() - 1, a.Year(), a.Year() + 1} {
		t := time.Date(cy, time.Month(r.month), r.day, 12, 0, 0, 0, time.UTC)
		if future {
			if !t.Before(a.AddDate(0, 0, -7)) {
				return cy
			}
		} else if !t.After(a.AddDate(0, 2, 0)) {
			y = cy
		}
	}
	return y
}

func resolveDate(r *dateRef, a time.Time, future bool) (*string, *time.Time) {
	str := func(s string) *string { return &s }
	day := func(t time.Time) (*string, *time.Time) { return str(t.Format("2006-01-02")), &t }
	switch {
	case r.vague:
		return nil, nil
	case r.relDay != nil:
		return day(a.AddDate(0, 0, *r.relDay))
	case r.relPeriod != nil:
		switch r.relPeriod.unit {
		case "week":
			y, w := a.AddDate(0, 0, 7*r.relPeriod.offset).ISOWeek()
			return str(fmt.Sprintf("%04d-W%02d", y, w)), nil
		case "month":
			t := time.Date(a.Year(), a.Month()+time.Month(r.relPeriod.offset), 1, 12, 0, 0, 0, time.UTC)
			return str(t.Format("2006-01")), nil
		case "year":
			return str(fmt.Sprintf("%04d", a.Year()+r.relPeriod.offset)), nil
		}
		return nil, nil
	case r.weekday >= 0:
		return day(a.AddDate(0, 0, weekdayOffset(r, a, future)))
	case r.prec == precDay && r.month > 0:
		y := r.year
		if y == 0 {
			y = dayYear(r, a, future)
		}
		t := time.Date(y, time.Month(r.month), r.day, 12, 0, 0, 0, time.UTC)
		if t.Day() != r.day {
			return nil, nil // 31 June
		}
		return day(t)
	case r.prec == precMonth:
		y := r.year
		if y == 0 {
			y = a.Year()
			if r.month > int(a.Month()) && !future {
				y--
			}
		}
		return str(fmt.Sprintf("%04d-%02d", y, r.month)), nil
	case r.prec == precYear:
		return str(fmt.Sprintf("%04d", r.year)), nil
	}
	return nil, nil
}

// speechMask is speechTokens, computed once per paragraph.
func (d *doc) speechMask(p *para) []bool {
	if d.speech == nil {
		d.speech = make([][]bool, len(d.paras))
	}
	if d.speech[p.idx] == nil {
		d.speech[p.idx] = d.speechTokens(p)
	}
	return d.speech[p.idx]
}
