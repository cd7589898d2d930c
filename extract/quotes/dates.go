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
	toks := p.toks
	inSpeech := d.speechMask(p)
	add := func(r *dateRef) {
		r.para = p.idx
		r.text = p.textOf(r.s, r.e)
		if p.toks[r.e-1].poss { // "today’s"
			r.text, _ = d.l.stripPossessive(r.text)
		}
		r.speech = inSpeech[r.s]
		out = append(out, r)
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tWord {
			continue
		}
		if n := matchMultiAny(p, i, d.l.vague); n > 0 {
			add(&dateRef{s: i, e: i + n, vague: true, weekday: -1})
			i += n - 1
			continue
		}
		if n := longestMulti(p, i, d.l.periodMulti); n > 0 {
			pr := d.l.periods[strings.ToLower(p.textOfWords(i, i+n))]
			add(&dateRef{s: i, e: i + n, relPeriod: &pr, weekday: -1})
			i += n - 1
			continue
		}
		if n := longestMulti(p, i, d.l.relDayMulti); n > 0 {
			v := d.l.relDays[strings.ToLower(p.textOfWords(i, i+n))]
			add(&dateRef{s: i, e: i + n, relDay: &v, prec: precDay, weekday: -1})
			i += n - 1
			continue
		}
		if v, ok := d.l.relDays[t.low]; ok {
			add(&dateRef{s: i, e: i + 1, relDay: &v, prec: precDay, weekday: -1})
			continue
		}
		if wd, ok := d.l.weekdays[t.low]; ok && t.cap {
			r := &dateRef{s: i, e: i + 1, weekday: wd, prec: precDay}
			if i > 0 && toks[i-1].kind == tWord {
				if m, ok := d.l.weekdayMods[toks[i-1].low]; ok {
					r.s, r.wdMod = i-1, m
					if m == 0 {
						r.wdMod = 2
					}
				}
			}
			// "Thursday, June 26" is one date: the month day wins.
			if i+2 < len(toks) && p.punct(i+1, ",") && toks[i+2].kind == tWord {
				if _, ok := d.l.months[toks[i+2].low]; ok && toks[i+2].cap {
					continue
				}
			}
			add(r)
			continue
		}
		if m, ok := d.l.months[t.low]; ok && t.cap {
			// Month Day[, Year] | Month Year | in Month
			if i+1 < len(toks) && toks[i+1].kind == tWord {
				if day, ok := isNumber(toks[i+1].low); ok && day >= 1 && day <= 31 && !strings.Contains(toks[i+1].low, ":") {
					r := &dateRef{s: i, e: i + 2, month: m, day: day, prec: precDay, weekday: -1}
					if i+3 < len(toks) && p.punct(i+2, ",") && toks[i+3].kind == tWord {
						if y, ok := isYear(toks[i+3].low); ok {
							r.e, r.year = i+4, y
						}
					}
					add(r)
					i = r.e - 1
					continue
				}
				if y, ok := isYear(toks[i+1].low); ok {
					add(&dateRef{s: i, e: i + 2, month: m, year: y, prec: precMonth, weekday: -1})
					i++
					continue
				}
			}
			if i > 0 && toks[i-1].kind == tWord && d.l.yearPreps[toks[i-1].low] && (t.low != "may" && t.low != "march" || toks[i-1].low == "in") {
				add(&dateRef{s: i, e: i + 1, month: m, prec: precMonth, weekday: -1})
			}
			continue
		}
		// Day Month [Year]
		if day, ok := isNumber(t.low); ok && day >= 1 && day <= 31 && i+1 < len(toks) && toks[i+1].kind == tWord {
			if m, ok := d.l.months[toks[i+1].low]; ok && toks[i+1].cap {
				r := &dateRef{s: i, e: i + 2, month: m, day: day, prec: precDay, weekday: -1}
				if i+2 < len(toks) && toks[i+2].kind == tWord {
					if y, ok := isYear(toks[i+2].low); ok {
						r.e, r.year = i+3, y
					}
				}
				add(r)
				i = r.e - 1
				continue
			}
		}
		// A bare year after a preposition: "in 2014", "since 2008".
		if y, ok := isYear(t.low); ok && i > 0 && toks[i-1].kind == tWord && d.l.yearPreps[toks[i-1].low] {
			if i+1 < len(toks) && (p.punct(i+1, "%") || toks[i+1].kind == tWord && len(toks[i+1].low) > 0 && toks[i+1].low[0] >= '0' && toks[i+1].low[0] <= '9') {
				continue
			}
			add(&dateRef{s: i, e: i + 1, year: y, prec: precYear, weekday: -1})
		}
	}
	return out
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

func matchMultiAny(p *para, i int, list [][]string) int {
	if i >= len(p.toks) {
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
			if t.kind != tWord || t.lt != w {
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
		return day(a.AddDate(0, 0, diff))
	case r.prec == precDay && r.month > 0:
		y := r.year
		if y == 0 {
			// News speaks of the recent past unless the sentence is about the
			// future: the latest such day up to two months after the anchor,
			// or in future sentences the first one from a week before it.
			y = a.Year() - 1
			for _, cy := range []int{a.Year() - 1, a.Year(), a.Year() + 1} {
				t := time.Date(cy, time.Month(r.month), r.day, 12, 0, 0, 0, time.UTC)
				if future {
					if !t.Before(a.AddDate(0, 0, -7)) {
						y = cy
						break
					}
				} else if !t.After(a.AddDate(0, 2, 0)) {
					y = cy
				}
			}
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
