package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// This file reads what the date patterns of dateparse.go leave open: the
// time of day printed before a date, and which of day and month an
// ambiguous numeric date ("03/05/2024") gives first.

// timeAround reads the time of day of the date at toks[i:next]: after it
// ("5 March 2024, 15:41"), else just before it, as news templates print
// it ("3:41 PM EST, Tue March 5, 2024"): a time at most eight tokens
// before the date with no other number nor a publication or update word
// between them.
func (dp *dateParser) timeAround(v dateVal, toks []dtok, i, next int) dateVal {
	if v = dp.withTime(v, toks, next); v.hasTime {
		return v
	}
	for j := max(0, i-8); j+2 < i; j++ {
		h, c, m := toks[j], toks[j+1], toks[j+2]
		if h.kind != 'n' || h.digits > 2 || c.kind != 'p' || c.s != ":" || m.kind != 'n' || m.digits != 2 {
			continue
		}
		for k := j + 3; k < i; k++ {
			// Another number, or a label between: the time is the
			// earlier date's ("Aggiornato 06/03/2024 09:12 · Pubblicato
			// 05/03/2024").
			if t := toks[k]; t.kind == 'n' || t.kind == 'w' && dp.w != nil && (dp.w.published[t.s] || dp.w.update[t.s]) {
				return v
			}
		}
		return dp.withTime(v, toks, j)
	}
	return v
}

// dayMonth reads the day and month of a numeric date "a<sep>b<sep>y" at
// toks[i]: day first after a dot, else whichever is over 12 is the day,
// else the page's order unless otherReading says the other.
func (dp *dateParser) dayMonth(toks []dtok, i, y, a, b int, sep string) (d, m int) {
	d, m = a, b
	switch {
	case sep == ".":
		return d, m
	case d > 12:
	case m > 12:
		d, m = m, d
	case dp.order == orderMDY:
		d, m = m, d
	}
	if d <= 12 && m <= 12 && d != m && dp.otherReading(toks, i, y, m, d) {
		d, m = m, d
	}
	return d, m
}

// otherReading reports whether an ambiguous numeric date read as y-m-d
// at toks[i] is better read with day and month swapped: when a weekday
// before it names the other reading's day ("Tue, 03/05/2024" is 5 March
// 2024, a Tuesday), or when only the other reading is not after the
// fetch ("03/05/2024" fetched on 12 March). Drupal prints m/d/Y with a
// weekday by default, on pages not marked en-US.
func (dp *dateParser) otherReading(toks []dtok, i, y, m, d int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if wd, ok := dp.weekdayAt(toks[k]); ok {
			this := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()
			other := time.Date(y, time.Month(d), m, 0, 0, 0, 0, time.UTC).Weekday()
			if this != other {
				return other == wd
			}
		}
	}
	return dp.future(y, m, d) && !dp.future(y, d, m)
}

// weekdayAt reads a weekday name or its short form ("tue", "di", "mié").
func (dp *dateParser) weekdayAt(t dtok) (time.Weekday, bool) {
	if t.kind != 'w' || dp.w == nil {
		return 0, false
	}
	if wd, ok := dp.w.weekdays[t.s]; ok {
		return time.Weekday(wd), true
	}
	if n := utf8.RuneCountInString(t.s); n < 3 || n > 4 {
		return 0, false
	}
	found, day := false, 0
	for name, wd := range dp.w.weekdays {
		if strings.HasPrefix(name, t.s) {
			if found && wd != day {
				return 0, false // "ma": maandag or martes
			}
			found, day = true, wd
		}
	}
	return time.Weekday(day), found
}

// future reports whether the day y-m-d begins after dp.latest (never,
// when no fetch time is set).
func (dp *dateParser) future(y, m, d int) bool {
	return !dp.latest.IsZero() && time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(dp.latest)
}

// dayMonYear reads "05-Mar-2024" and "05/Mar/2024": a day, a month name
// and a four-digit year joined by the same hyphen or slash (log files,
// Oracle and many CMS date formats print them), toks[j] being the first
// separator.
func (dp *dateParser) dayMonYear(toks []dtok, i, j int) (dateVal, int, bool) {
	sep := toks[j]
	m, next := dp.monthAt(toks, j+1)
	if m == 0 || next != j+2 {
		return dateVal{}, 0, false
	}
	s2, y := tokAt(toks, next), tokAt(toks, next+1)
	if s2.kind != 'p' || s2.s != sep.s || s2.space || y.kind != 'n' || y.digits != 4 || y.space {
		return dateVal{}, 0, false
	}
	if tm, ok := dp.makeDate(y.n, m, toks[i].n); ok {
		return dateVal{t: tm}, next + 2, true
	}
	return dateVal{}, 0, false
}

// clockPart reports whether the number toks[k] is the hour or minutes of
// a clock ("9:15").
func clockPart(toks []dtok, k int) bool {
	return tokAt(toks, k+1).s == ":" && tokAt(toks, k+2).kind == 'n' || tokAt(toks, k-1).s == ":" && tokAt(toks, k-2).kind == 'n'
}

// numericOrder returns how the page writes a numeric date: month first
// on American English pages (the language tag or og:locale says en-US,
// else the address ends in .com), else day first. An English page whose
// tag names another country ("en-GB", "en-IN", "en_AU") writes day first
// whatever its address: .com is as common for British, Indian, African
// and Australian papers as for American ones. Such a country wins over
// "US" in the other tag: en-US is the default of both (WordPress's
// language, the Open Graph locale), another country is set by hand. The
// Philippines write month first like the US; Canada writes both, so its
// tag decides nothing.
func (d *doc) numericOrder() dateOrder {
	if d.lang != "en" {
		return orderDMY
	}
	us := false
	for _, tag := range [...]string{d.htmlLang, d.meta("og:locale")} {
		tag = strings.ToLower(strings.TrimSpace(tag))
		i := strings.LastIndexAny(tag, "-_")
		if i < 0 || !strings.HasPrefix(tag, "en") {
			continue // no region, or another language's tag
		}
		switch region := tag[i+1:]; region {
		case "ca":
		case "us", "ph":
			us = true
		default:
			return orderDMY
		}
	}
	if us || d.base != nil && strings.HasSuffix(strings.ToLower(d.base.Hostname()), ".com") {
		return orderMDY
	}
	return d.shownOrder()
}

// shownOrder returns the order the page's own unambiguous numeric dates
// show: month first when one reads "02/29/2008" (a second number over 12),
// day first otherwise. An English page with no region tag nor address
// (an old table-layout site's "Posted: 03/05/2008" over a list of other
// headlines dated "02/29/2008") tells its order only so.
func (d *doc) shownOrder() dateOrder {
	mdy, dmy := false, false
	for i := range min(len(d.blocks), 2000) {
		t := d.blocks[i].text
		for j := strings.IndexByte(t, '/'); j >= 0 && j+6 < len(t); {
			if a, b, ok := slashPair(t, j); ok {
				mdy, dmy = mdy || b > 12 && a <= 12, dmy || a > 12 && b <= 12
			}
			k := strings.IndexByte(t[j+1:], '/')
			if k < 0 {
				break
			}
			j += k + 1
		}
	}
	if mdy && !dmy || !mdy && !dmy && !d.dayFirstHost() && d.namedMonthFirst() {
		return orderMDY
	}
	return orderDMY
}

// namedMonthFirst reports whether the page's dates with the month in
// words put the month first ("April 13, 2024") more often than the day
// ("13 April 2024"): an English page that writes its spelt-out dates the
// American way writes its numeric ones month first too (Weebly's blog
// dates "3/1/2024" under a text announcing "April 13, 2024"; WordPress
// themes printing "F j, Y" beside "n/j/Y"). Read only when no numeric
// date of the page tells the order (shownOrder). Probe page
// cms15b-weebly-en.
func (d *doc) namedMonthFirst() bool {
	md, dm := 0, 0
	for i := range min(len(d.blocks), 2000) {
		t := d.blocks[i].text
		if !strings.Contains(t, " 19") && !strings.Contains(t, " 20") {
			continue
		}
		f := strings.Fields(strings.ToLower(t))
		for j := 0; j+2 < len(f); j++ {
			if !yearWord(f[j+2]) {
				continue
			}
			switch {
			case d.w.months[f[j]] != 0 && strings.HasSuffix(f[j+1], ",") && dayWord(strings.TrimSuffix(f[j+1], ",")):
				md++
			case dayWord(f[j]) && d.w.months[f[j+1]] != 0:
				dm++
			}
		}
	}
	return md > dm
}

// dayFirstHost reports whether the page's address ends in the country
// code of an English-writing country that writes its numeric dates day
// first (".co.uk", ".ie", ".com.au", ".in"...): the address is a region
// tag the page cannot forget, and such a page quoting one American-style
// date ("the March 12, 2024 deadline") or printing one in a widget still
// writes "05/03/2024" for the fifth of March. Generic-use country codes
// (".io", ".co", ".tv", ".me") say nothing and are not listed.
func (d *doc) dayFirstHost() bool {
	if d.base == nil {
		return false
	}
	h := strings.ToLower(d.base.Hostname())
	switch h[strings.LastIndexByte(h, '.')+1:] {
	case "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "gh", "ug", "tz", "zm", "zw", "pk", "lk", "bd", "sg", "my", "hk", "mt", "cy", "jm", "tt":
		return true
	}
	return false
}

// dayWord reports whether w is a day of the month in digits, with an
// English ordinal suffix or not ("5", "13th").
func dayWord(w string) bool {
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31 && len(w) <= 2
}

// yearWord reports whether w is a four-digit year, 1900 to 2099, with
// trailing punctuation or none ("2024", "2024.", "2024,").
func yearWord(w string) bool {
	w = strings.TrimRight(w, ".,;:)")
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && allDigits(w)
}

// slashPair reads "a/b/yyyy" whose first slash is at t[j]: a and b of one
// or two digits, a four-digit year.
func slashPair(t string, j int) (a, b int, ok bool) {
	s := j - 1
	for s >= 0 && s >= j-2 && t[s] >= '0' && t[s] <= '9' {
		s--
	}
	if s == j-1 || s >= 0 && t[s] >= '0' && t[s] <= '9' {
		return 0, 0, false
	}
	a, _ = strconv.Atoi(t[s+1 : j])
	e := j + 1
	for e < len(t) && e <= j+2 && t[e] >= '0' && t[e] <= '9' {
		e++
	}
	if e == j+1 || e+5 > len(t) || t[e] != '/' {
		return 0, 0, false
	}
	b, _ = strconv.Atoi(t[j+1 : e])
	for k := e + 1; k < e+5; k++ {
		if t[k] < '0' || t[k] > '9' {
			return 0, 0, false
		}
	}
	if e+5 < len(t) && t[e+5] >= '0' && t[e+5] <= '9' {
		return 0, 0, false
	}
	return a, b, true
}
