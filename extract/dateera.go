package extract

// This file reads years counted in a named era: Japanese imperial eras
// ("令和6年3月5日" is 5 March 2024) and the Minguo calendar of Taiwan
// ("民國113年3月5日"). The eras and the year before each era's first are
// the lexicon's (year_eras of the page's language).

// eraDate reads an era name at toks[i], its year, and month and day
// written with the CJK markers: 令和6年3月5日.
func (dp *dateParser) eraDate(toks []dtok, i int) (dateVal, int, bool) {
	l := dp.w.perLang[dp.lang]
	if l == nil || len(l.YearEras) == 0 {
		return dateVal{}, 0, false
	}
	base := l.YearEras[toks[i].s]
	y, yk, m, mk, d := tokAt(toks, i+1), tokAt(toks, i+2), tokAt(toks, i+3), tokAt(toks, i+4), tokAt(toks, i+5)
	if base == 0 || y.kind != 'n' || y.digits > 3 || yk.s != "年" || m.kind != 'n' || mk.s != "月" || d.kind != 'n' {
		return dateVal{}, 0, false
	}
	tm, ok := dp.makeDate(base+y.n, m.n, d.n)
	if !ok {
		return dateVal{}, 0, false
	}
	next := i + 6
	if tokAt(toks, next).s == "日" {
		next++
	}
	return dateVal{t: tm}, next, true
}
