package extract

import "time"

// Japanese and Korean pages print a recent date as month/day with the
// weekday's one character in brackets, without the year: "3/5(火)
// 9:00配信", "3/5(화)". The weekday says which year: of the fetch's year
// and the one before (as for other yearless dates), the one whose month
// and day fall on that weekday and no later than the fetch. A weekday
// that fits neither gives no date.

// markedDay reads such a date at toks[i], with the time of day after it.
func (pk *datePicker) markedDay(toks []dtok, i int) (dateVal, bool) {
	m, slash, d := toks[i], tokAt(toks, i+1), tokAt(toks, i+2)
	if m.kind != 'n' || m.digits > 2 || slash.kind != 'p' || slash.s != "/" || d.kind != 'n' || d.digits > 2 || slash.space || d.space {
		return dateVal{}, false
	}
	if prev := tokAt(toks, i-1); i > 0 && prev.kind == 'p' && prev.s == "/" && !m.space {
		return dateVal{}, false // the end of "2024/3/5"
	}
	open, mark, closing := tokAt(toks, i+3), tokAt(toks, i+4), tokAt(toks, i+5)
	if open.kind != 'p' || (open.s != "(" && open.s != "（") || closing.kind != 'p' || (closing.s != ")" && closing.s != "）") || mark.kind != 'w' {
		return dateVal{}, false
	}
	wd, ok := pk.d.w.weekdayMarks[mark.s]
	if !ok {
		return dateVal{}, false
	}
	for y := pk.fetched.Year(); y >= pk.fetched.Year()-1; y-- {
		if t, ok := pk.dp.makeDate(y, m.n, d.n); ok && t.Weekday() == time.Weekday(wd) {
			if v := pk.dp.withTime(dateVal{t: t}, toks, i+6); pk.valid(v) {
				return v, true
			}
		}
	}
	return dateVal{}, false
}
