package extract

// This file reads dates of the Solar Hijri calendar, in which Iranian and
// Afghan pages date themselves ("۱۳ اسفند ۱۴۰۲" is 3 March 2024). The
// month names are the lexicon's (solar_hijri_months of the page's
// language); the conversion is arithmetic.

// solarDate reads a day, a Solar Hijri month name at toks[k] and a year
// of that calendar, as the Gregorian date.
func (dp *dateParser) solarDate(toks []dtok, day, k int) (dateVal, int, bool) {
	l := dp.w.perLang[dp.lang]
	if l == nil || len(l.SolarHijriMonths) == 0 || toks[k].kind != 'w' {
		return dateVal{}, 0, false
	}
	m := l.SolarHijriMonths[toks[k].s]
	k++
	if tk := tokAt(toks, k); tk.kind == 'p' && tk.s == "," {
		k++
	}
	yt := tokAt(toks, k)
	if m == 0 || yt.kind != 'n' || yt.digits != 4 || yt.n < 1300 || yt.n > 1500 || day < 1 || day > 31 || m > 6 && day > 30 {
		return dateVal{}, 0, false
	}
	gy, gm, gd := solarHijriToGregorian(yt.n, m, day)
	tm, ok := dp.makeDate(gy, gm, gd)
	return dateVal{t: tm}, k + 1, ok
}

// solarHijriToGregorian converts a date of the (arithmetic) Solar Hijri
// calendar to the Gregorian one.
func solarHijriToGregorian(jy, jm, jd int) (gy, gm, gd int) {
	jy += 1595
	days := -355668 + 365*jy + (jy/33)*8 + ((jy%33)+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy = 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd = days + 1
	monthDays := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if gy%4 == 0 && gy%100 != 0 || gy%400 == 0 {
		monthDays[2] = 29
	}
	for gm = 1; gm <= 12 && gd > monthDays[gm]; gm++ {
		gd -= monthDays[gm]
	}
	return gy, gm, gd
}
