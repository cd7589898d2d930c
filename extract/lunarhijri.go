package extract

import "time"

// This file reads dates of the (lunar) Hijri calendar, which Arabic pages
// print beside or instead of the Gregorian date ("24 شعبان 1445 هـ" is 5
// March 2024). The month names are the lexicon's (hijri_months of the
// page's language); the conversion is the arithmetic (tabular) calendar,
// which agrees with the announced months (Umm al-Qura) to within a day
// (it is a day late on about half the months of 1444-1446), so a
// Gregorian date printed beside the Hijri one is preferred.

// lunarDate reads a day, a Hijri month name (one word or two: "ربيع
// الأول") at toks[k] and a year of that calendar, as the Gregorian date.
func (dp *dateParser) lunarDate(toks []dtok, day, k int) (dateVal, int, bool) {
	l := dp.w.perLang[dp.lang]
	if l == nil || len(l.HijriMonths) == 0 || toks[k].kind != 'w' {
		return dateVal{}, 0, false
	}
	m := 0
	if n := tokAt(toks, k+1); n.kind == 'w' && n.space {
		if m = l.HijriMonths[toks[k].s+" "+n.s]; m != 0 {
			k++
		}
	}
	if m == 0 {
		m = l.HijriMonths[toks[k].s]
	}
	k++
	if tk := tokAt(toks, k); tk.kind == 'p' && tk.s == "," {
		k++
	}
	yt := tokAt(toks, k)
	if m == 0 || yt.kind != 'n' || yt.digits != 4 || yt.n < 1400 || yt.n > 1500 || day < 1 || day > 30 {
		return dateVal{}, 0, false
	}
	// The Gregorian date printed beside it ("24 شعبان 1445 هـ - 5 مارس
	// 2024 م") is exact: it wins over the arithmetic.
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].kind == 'n' && toks[j].digits <= 4 {
			if v, next, ok := dp.dateAt(toks, j); ok {
				return v, next, true
			}
		}
	}
	t := time.Unix(int64(hijriDays(yt.n, m, day))*86400, 0).UTC()
	tm, ok := dp.makeDate(t.Year(), int(t.Month()), t.Day())
	return dateVal{t: tm}, k + 1, ok
}

// hijriDays returns the days from 1970-01-01 to a date of the tabular
// Hijri calendar (epoch 16 July 622, Julian day 1948439.5).
func hijriDays(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 - 492149
}
