package extract

import (
	"time"
)

// This file reconciles the machine dates (JSON-LD, meta tags) with the
// day the page shows a reader: re-dated pages, a creation date in the
// structured data, a UTC time whose day is not the page's, and the
// page's own zone.

// shownOverMachine returns the date the page shows next to its headline
// when it and the machine date disagree by two days or more: a date
// element and the text by the headline both show the same day, which is
// neither the machine date's nor its day and month swapped. Pages are
// re-dated when they are republished, and the structured data keeps the
// first date (within a day, confirmDay reconciles the zones instead).
func (pk *datePicker) shownOverMachine(machine dateVal) (dateVal, bool) {
	elem, ok1 := pk.shownElement()
	near, ok2 := pk.nearHeadline()
	if !ok1 || !ok2 || !sameDay(elem.t, near.t) {
		return dateVal{}, false
	}
	mt := pk.finish(machine)
	my, mm, md := mt.Date()
	sy, sm, sd := elem.t.Date()
	if sy == my && int(sm) == md && sd == int(mm) {
		return dateVal{}, false // 01.11 read as 11 January: the machine date is unambiguous
	}
	days := time.Date(sy, sm, sd, 0, 0, 0, 0, time.UTC).Sub(time.Date(my, mm, md, 0, 0, 0, 0, time.UTC)).Hours() / 24
	if days > -2 && days < 2 {
		return dateVal{}, false
	}
	if near.hasTime && !elem.hasTime {
		return near, true
	}
	return elem, true
}

// shownUpdateOverMachine returns the "updated" date a page shows by its
// headline when it shows no other date and the machine date is another
// day: the page was re-dated and reads as of its update (how-to and
// evergreen pages keep their first datePublished in the structured data
// and show only "Updated <date>"). Right on two tune pages (each in two
// corpora) and on check pages of both date corpora it touches; it reads
// no site's markup, only the "updated" words of the lexicon. Not an
// update less than a week after the machine date ("Updated 9:15 AM EST,
// December 6, 2026" over a published time of the day before): a news
// desk's update of a story first published then, not an evergreen page
// re-dated (months or years later), whether or not it shows its clock
// (an evergreen page may: "Updated March 9, 2024 10:15 am"; a news
// page's update may keep its clock only in a <time> element). Changes
// no development page; probe row shown-update-only-meta-published in
// failclass_probes9_dates_test.go, and the evergreen and
// news-updated-next-day rows of failclass_review9_PicDate_test.go.
func (pk *datePicker) shownUpdateOverMachine(machine dateVal) (dateVal, bool) {
	upd, ok := pk.fromDateNodes(true)
	// A print-edition date ("appears in print on March 4") is the paper's
	// day, not a re-dating of the page: the machine time stands.
	if !ok || upd.print {
		return dateVal{}, false
	}
	// Nor an update shown before the machine date: a re-dating moves a
	// page forward, and a shown "updated" day earlier than the
	// publication is a stale label (or the publication was moved), not
	// when the page reads as of.
	if mt, ut := pk.finish(machine), pk.finish(upd); sameDay(mt, ut) || ut.Sub(mt) < 7*24*time.Hour {
		return dateVal{}, false
	}
	return upd, true
}

// shownUpdateOnly reads the date of a meta line after the headline that
// only says when the page was updated ("Last updated on March 9, 2024",
// "Zuletzt aktualisiert am 9. März 2024"), in an element not named for a
// date: the first short block (160 bytes, 20 words: no prose) with a
// date, when its dates are all update dates. A last resort, like
// date-element-updated: a page that shows only its update was published
// no later (as modified-as-published says of machine dates).
func (pk *datePicker) shownUpdateOnly() (dateVal, bool) {
	if pk.anchor == nil {
		return dateVal{}, false
	}
	for _, txt := range followingBlocks(pk.anchor, 400) {
		if textOver(txt, 160) || wordCount(txt) > 20 {
			continue
		}
		if v, upd, ok := pk.textDates(txt); ok {
			return v, upd && !v.print && pk.updateLabelLine(txt)
		}
	}
	return dateVal{}, false
}

// updateLabelLine reports whether txt opens as an update label before its
// first date: at most two words, an update word, then only date
// connectors, weekdays or months ("Last updated on", "Page last updated:",
// "Zuletzt aktualisiert am", "Mis à jour le"). Not a sentence that
// reports an update ("The timetable was last updated on 2 January") nor
// "updated" said of a thing ("Updated timetable valid from 1 May").
func (pk *datePicker) updateLabelLine(txt string) bool {
	saved := pk.dp.loose
	pk.dp.loose = true
	defer func() { pk.dp.loose = saved }()
	w := pk.d.w
	var buf [64]dtok
	toks := dateTokens(txt, buf[:0])
	upd, before := false, 0
	for i, t := range toks {
		if _, _, found := pk.dp.dateAt(toks, i); found {
			return upd
		}
		switch {
		case t.kind == 'p':
		case t.kind == 'w' && w.update[t.s]:
			upd = true
		case upd && t.kind == 'w' && (w.dateConnectors[t.s] || w.isMonthOrWeekday(t.s)):
		case upd || t.kind != 'w':
			return false
		default:
			if before++; before > 2 {
				return false
			}
		}
	}
	return false
}

// shownDay returns the day the page shows a reader: a date element with
// a time of day, then its URL, a date element, the text next to the
// headline. A slug's date is the day the story was started, which a
// late-night story's shown timestamp is not.
func (pk *datePicker) shownDay() (dateVal, bool) {
	elem, ok := pk.shownElement()
	if ok && elem.hasTime {
		return elem, true
	}
	if pk.d.base != nil {
		if v, ok := pk.fromURL(pk.d.base.Path); ok {
			return v, true
		}
	}
	if ok {
		return elem, true
	}
	return pk.nearHeadline()
}

// shownZone puts a UTC publication time in the page's own zone when the
// page shows the same moment on its local clock: "Nov 18, 9:24 pm" beside
// a machine "2019-11-19T02:24Z" says the page is at UTC-5, and its day is
// the 18th. The difference must be an offset some zone uses (zoneOffset),
// from -12 to +14 hours. Right on one tune page; general, as it only
// restates the machine's instant in the zone the page itself shows; a
// time written as midnight UTC (a date alone) is left alone.
func (pk *datePicker) shownZone(pub time.Time) time.Time {
	if _, off := pub.Zone(); off != 0 || pub.IsZero() {
		return pub
	}
	if h, mi, sec := pub.Clock(); h == 0 && mi == 0 && sec == 0 {
		return pub // a date written as midnight UTC: no moment to restate
	}
	shown, ok := pk.shownElement()
	if !ok || !shown.hasTime {
		return pub
	}
	if shown.hasZone { // "9:24 pm ET": the same moment, in its zone
		if d := shown.t.Sub(pub); d > -time.Minute && d < time.Minute {
			return pub.In(shown.t.Location())
		}
		return pub
	}
	wall := func(t time.Time) time.Time {
		y, m, d := t.Date()
		return time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, time.UTC)
	}
	diff := wall(shown.t).Sub(wall(pub))
	if diff == 0 || diff > 14*time.Hour || diff < -12*time.Hour || !zoneOffset(diff) {
		return pub
	}
	off := int(diff / time.Second)
	return pub.In(time.FixedZone(offsetName(off), off))
}

// zoneOffset reports whether d is an offset some zone uses: whole hours,
// or one of the half and three-quarter hours of India, Nepal, Iran,
// Newfoundland, central Australia and a few islands.
func zoneOffset(d time.Duration) bool {
	if d%time.Hour == 0 {
		return true
	}
	switch d {
	case -9*time.Hour - 30*time.Minute, -3*time.Hour - 30*time.Minute, 3*time.Hour + 30*time.Minute,
		4*time.Hour + 30*time.Minute, 5*time.Hour + 30*time.Minute, 5*time.Hour + 45*time.Minute,
		6*time.Hour + 30*time.Minute, 8*time.Hour + 45*time.Minute, 9*time.Hour + 30*time.Minute,
		10*time.Hour + 30*time.Minute, 12*time.Hour + 45*time.Minute:
		return true
	}
	return false
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
	shown, ok := pk.shownElement()
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

// dropUpdateStamp removes the page's "last modified" stamp printed as the
// body's last paragraph ("Última modificación: 07/03/2024", "Page last
// updated: 7 March 2024"), or as a label over a date line ("Ultimo
// aggiornamento" / "08/03/2024, 11:47"): a line that only states a date
// (dateLine) after an update word, of the publication's day or later.
// Portal templates (Liferay, Plone, Italian municipalities' theme) print
// it under the text; an update date is never the story's.
func (d *doc) dropUpdateStamp(pub time.Time) {
	ps := d.bodyRes.paragraphs
	if len(ps) < 2 {
		return
	}
	last := ps[len(ps)-1]
	t, ok := d.dateLine(last)
	if !ok || !pub.IsZero() && t.Before(pub.Truncate(24*time.Hour)) {
		return
	}
	switch {
	case d.updateBeforeDate(last):
		d.removeParagraph(len(ps)-1, "update-stamp")
	case len(ps) > 2 && wordCount(ps[len(ps)-2]) <= 3 && d.updateBeforeDate(ps[len(ps)-2]+" "+last):
		d.removeParagraph(len(ps)-1, "update-stamp")
		d.removeParagraph(len(ps)-2, "update-stamp")
	}
}

// updateBeforeDate reports whether an update word comes before any number
// in s.
func (d *doc) updateBeforeDate(s string) bool {
	var buf [32]dtok
	for _, tk := range dateTokens(s, buf[:0]) {
		if tk.kind == 'n' {
			return false
		}
		if tk.kind == 'w' && d.w.update[tk.s] {
			return true
		}
	}
	return false
}
