package extract

import (
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads date candidates for the rules of published.go: machine
// dates, the URL, date-named elements, the text around the headline and
// the bylines, and puts them in the page's zone.

// machine parses a machine-written date and checks it.
func (pk *datePicker) machine(s string) (dateVal, bool) {
	if s == "" {
		return dateVal{}, false
	}
	v, ok := pk.dp.parseMachineDate(s)
	if !ok || !pk.valid(v) {
		return dateVal{}, false
	}
	return v, true
}

// text parses a date in visible text and checks it.
func (pk *datePicker) text(s string) (dateVal, bool) {
	v, ok := pk.dp.parseTextDate(s)
	if !ok || !pk.valid(v) {
		return dateVal{}, false
	}
	return v, true
}

// valid drops dates after the fetch time (the whole day when only a date
// is known) and implausibly old ones.
func (pk *datePicker) valid(v dateVal) bool {
	if v.t.Year() < minYear {
		return false
	}
	if v.hasTime {
		return !v.t.After(pk.fetched)
	}
	// A bare date is a day: it is in the future only if that day starts
	// after the fetch in every zone (allow for the widest offset).
	return !v.t.Add(-14 * time.Hour).After(pk.fetched)
}

// finish puts a parsed date in the page's zone: a UTC time is shown in the
// page's offset when the page has one, and a time without a zone is taken
// to be in it.
func (pk *datePicker) finish(v dateVal) time.Time {
	if v.hasZone {
		if _, off := v.t.Zone(); off == 0 && pk.loc != nil && pk.loc != time.UTC {
			return v.t.In(pk.loc)
		}
		return v.t
	}
	loc := pk.loc
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := v.t.Date()
	hh, mm, ss := v.t.Clock()
	t := time.Date(y, m, d, hh, mm, ss, 0, loc)
	if t.After(pk.fetched) && !v.hasTime {
		// The page's day began after the fetch in this zone, so the page
		// is in a zone further east: take the nearest offset (up to
		// +14:00) in which that day had begun.
		_, cur := t.Zone()
		for off := cur + 3600; off <= 14*3600; off += 3600 {
			if e := time.Date(y, m, d, 0, 0, 0, 0, time.FixedZone(offsetName(off), off)); !e.After(pk.fetched) {
				return e
			}
		}
	}
	return t
}

// element reads a date from an element's datetime, content or title
// attribute, else from its text.
func (pk *datePicker) element(n *html.Node) (dateVal, bool) {
	for _, k := range [...]string{"datetime", "content", "title", "data-timestamp", "data-time", "data-date"} {
		if s := attr(n, k); s != "" {
			if v, ok := pk.machine(s); ok {
				return v, true
			}
		}
	}
	return pk.text(shortText(n, 300))
}

// fromURL reads a full date from a URL path: /2021/03/14/, 2021-03-14,
// /2021-03/14/, 20210314 as a path segment or slug part, and 14-03-2021.
func (pk *datePicker) fromURL(path string) (dateVal, bool) {
	isSep := func(c byte) bool { return c == '/' || c == '-' || c == '_' || c == '.' }
	isDigit := func(i int) bool { return i >= 0 && i < len(path) && path[i] >= '0' && path[i] <= '9' }
	try := func(y, m, d int) (dateVal, bool) {
		if t, ok := pk.dp.makeDate(y, m, d); ok {
			if v := (dateVal{t: t}); pk.valid(v) {
				return v, true
			}
		}
		return dateVal{}, false
	}
	digits := func(i int) (int, int) {
		j := i
		for j < len(path) && isDigit(j) {
			j++
		}
		return atoi(path[i:j]), j
	}
	for i := 0; i < len(path); i++ {
		if !isDigit(i) || isDigit(i-1) {
			continue
		}
		a, end := digits(i)
		switch na := end - i; {
		case na == 4 && end+1 < len(path) && isSep(path[end]) && isDigit(end+1):
			// YYYY sep MM sep DD
			m, e2 := digits(end + 1)
			if e2-end-1 > 2 || e2+1 >= len(path) || !isSep(path[e2]) || !isDigit(e2+1) {
				continue
			}
			if d, e3 := digits(e2 + 1); e3-e2-1 <= 2 {
				if v, ok := try(a, m, d); ok {
					return v, true
				}
			}
		case na == 2 && end+1 < len(path) && (path[end] == '-' || path[end] == '_' || path[end] == '.') && isDigit(end+1):
			// DD-MM-YYYY
			m, e2 := digits(end + 1)
			if e2-end-1 != 2 || e2+1 >= len(path) || path[e2] != path[end] || !isDigit(e2+1) {
				continue
			}
			if y, e3 := digits(e2 + 1); e3-e2-1 == 4 {
				if v, ok := try(y, m, a); ok {
					return v, true
				}
			}
		case na == 8 && (i == 0 || isSep(path[i-1])):
			if v, ok := try(atoi(path[i:i+4]), atoi(path[i+4:i+6]), atoi(path[i+6:i+8])); ok {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// fromDateNodes reads small elements whose class or id says date, in the
// article and near the headline, skipping chrome. A date introduced by an
// "updated" word is the answer only when no other is found (or, with
// updatesOnly, only such dates are read).
func (pk *datePicker) fromDateNodes(updatesOnly bool) (dateVal, bool) {
	d := pk.d
	scope := d.scope()
	var fallback dateVal
	var haveFallback bool
	for _, n := range d.dateNodes {
		if inChrome(n) {
			continue
		}
		h := pk.anchor
		inScope := contains(scope, n) || (h != nil && h.Parent != nil && contains(h.Parent.Parent, n))
		if !inScope && scope != d.body {
			continue
		}
		// Large containers ("post-meta" around the whole post) would read
		// a date out of the body: only small elements count.
		txt := shortText(n, 400)
		if len(txt) > 300 || txt == "" {
			continue
		}
		v, isUpdate, ok := pk.textDates(txt)
		if !ok {
			continue
		}
		if !isUpdate && !updatesOnly {
			return v, true
		}
		if !haveFallback {
			fallback, haveFallback = v, true
		}
	}
	return fallback, haveFallback
}

// fromBylines reads a date from the byline elements outside the page's
// chrome (class-named bylines and labelled lines), in page order: "von
// Marianne am 20.09.2020", "By Jane Doe on March 3, 2021".
func (pk *datePicker) fromBylines() (dateVal, bool) {
	for _, list := range [2][]*html.Node{pk.d.bylines, pk.d.labelled} {
		for _, n := range list {
			if n.DataAtom == atom.Input || n.DataAtom == atom.Img || n.DataAtom == atom.Meta || inChrome(n) {
				continue
			}
			txt := shortText(n, 300)
			if len(txt) > 200 || txt == "" {
				continue
			}
			if v, isUpdate, ok := pk.textDates(txt); ok && !isUpdate {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// textDates returns the first date of txt not introduced by an "updated"
// word; isUpdate tells when the only dates found were so introduced.
func (pk *datePicker) textDates(txt string) (v dateVal, isUpdate, ok bool) {
	// These regions are small and about the article: two-digit years
	// ("31.10.23") are read too.
	saved := pk.dp.loose
	pk.dp.loose = true
	defer func() { pk.dp.loose = saved }()
	var buf [128]dtok
	toks := dateTokens(txt, buf[:0])
	var first dateVal
	haveFirst := false
	for i := 0; i < len(toks); i++ {
		d, next, found := pk.dp.dateAt(toks, i)
		if !found {
			continue
		}
		d = pk.dp.withTime(d, toks, next)
		if !pk.valid(d) {
			i = next - 1
			continue
		}
		upd := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if toks[k].kind == 'w' && pk.d.w.update[toks[k].s] {
				upd = true
				break
			}
		}
		if !upd {
			return d, false, true
		}
		if !haveFirst {
			first, haveFirst = d, true
		}
		i = next - 1
	}
	return first, haveFirst, haveFirst
}

// nearHeadline reads a date in the text just after the headline (or the
// first byline), then just before it, then inside it.
func (pk *datePicker) nearHeadline() (dateVal, bool) {
	n := pk.anchor
	if n == nil {
		return dateVal{}, false
	}
	if v, upd, ok := pk.textDates(followingText(n, 700)); ok && !upd {
		return v, true
	}
	if v, _, ok := pk.textDates(precedingText(n, 300)); ok {
		return v, true
	}
	// A date inside the headline element ("<h1>Title<small>02.02.2022")
	if v, upd, ok := pk.textDates(shortText(n, 400)); ok && !upd {
		return v, true
	}
	return dateVal{}, false
}

// shownDay returns the day the page shows a reader: in its URL, in a date
// element, or next to the headline.
func (pk *datePicker) shownDay() (dateVal, bool) {
	if pk.d.base != nil {
		if v, ok := pk.fromURL(pk.d.base.Path); ok {
			return v, true
		}
	}
	if v, ok := pk.fromDateNodes(false); ok {
		return v, true
	}
	return pk.nearHeadline()
}

// pageZone returns the first non-UTC offset the page's machine dates give,
// or nil.
func (pk *datePicker) pageZone() *time.Location {
	try := func(s string) *time.Location {
		if s == "" {
			return nil
		}
		v, ok := pk.dp.parseMachineDate(s)
		if !ok || !v.hasZone {
			return nil
		}
		if _, off := v.t.Zone(); off != 0 {
			return v.t.Location()
		}
		return nil
	}
	ld := pk.d.ld
	for _, s := range []string{ld.Published, ld.Modified, ld.PageDatePub} {
		if loc := try(s); loc != nil {
			return loc
		}
	}
	for _, keys := range [][]string{pubMetaKeys, modMetaKeys, weakPubMetaKeys} {
		for _, k := range keys {
			for _, m := range pk.d.metas {
				if m.key == k {
					if loc := try(m.content); loc != nil {
						return loc
					}
				}
			}
		}
	}
	for _, n := range pk.d.times {
		if loc := try(attr(n, "datetime")); loc != nil {
			return loc
		}
	}
	return nil
}

// confirmDay checks a zoned publication time against the day the page
// shows. When that day is the one before or after, the time is right but
// was written in another zone (usually UTC): it is shown in the nearest
// offset that gives the page's day.
func (pk *datePicker) confirmDay(t time.Time) time.Time {
	shown, ok := pk.shownDay()
	if !ok {
		return t
	}
	y, m, d := t.Date()
	sy, sm, sd := shown.t.Date()
	diff := time.Date(sy, sm, sd, 0, 0, 0, 0, time.UTC).Sub(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	if diff != 24*time.Hour && diff != -24*time.Hour {
		return t
	}
	_, cur := t.Zone()
	best, bestDist := 0, -1
	for off := -12 * 3600; off <= 14*3600; off += 3600 {
		ty, tm, td := t.In(time.FixedZone("", off)).Date()
		if ty != sy || tm != sm || td != sd {
			continue
		}
		// A page's zone and the zone its machine dates were written in
		// are rarely further apart than ten hours.
		if dist := abs(off - cur); dist <= 10*3600 && (bestDist < 0 || dist < bestDist) {
			best, bestDist = off, dist
		}
	}
	switch {
	case bestDist < 0:
		return t
	case best == 0:
		return t.UTC()
	}
	return t.In(time.FixedZone(offsetName(best), best))
}

// disagreement returns, among the JSON-LD and meta publication dates, the
// one whose day the page shows next to the headline, when they disagree;
// else v.
func (pk *datePicker) disagreement(v dateVal) dateVal {
	var cands []dateVal
	if c, ok := pk.machine(pk.d.ld.Published); ok {
		cands = append(cands, c)
	}
	for _, k := range pubMetaKeys {
		if s := pk.d.meta(k); s != "" {
			if c, ok := pk.machine(s); ok {
				cands = append(cands, c)
			}
			break
		}
	}
	if len(cands) < 2 || sameDay(pk.finish(cands[0]), pk.finish(cands[1])) {
		return v
	}
	shown, ok := pk.fromDateNodes(false)
	if !ok {
		shown, ok = pk.nearHeadline()
	}
	if !ok {
		return v
	}
	for _, c := range cands {
		if sameDay(pk.finish(c), shown.t) {
			return c
		}
	}
	return v
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own zone.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
