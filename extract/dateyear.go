package extract

// yearThenWords reads the dates that give the year first and the month
// by name: "2021 March 14", Hungarian "2021. március 14.", Lithuanian
// "2021 m. kovo 14 d.", Basque "2024ko martxoaren 5a" (the year's "-ko"
// or "-eko" glued to it, the month in the genitive, the day's ending
// glued to the day) and Latvian "2024. gada 5. martā", which puts the
// day before the month. toks[j] is the token after the year y.
func (dp *dateParser) yearThenWords(toks []dtok, y, j int) (dateVal, int, bool) {
	k, gada := j, false
	// The word for year and its punctuation, in either order: Lithuanian
	// "m." (metai), Polish "r.", Latvian ". gada", Basque "ko".
	for k-j < 3 {
		tk := tokAt(toks, k)
		if tk.kind == 'p' && (tk.s == "." || tk.s == ",") ||
			tk.kind == 'w' && (yearFiller(tk.s) || tk.s == "m" || tk.s == "gada" || k == j && !tk.space && (tk.s == "ko" || tk.s == "eko")) {
			gada = gada || tk.s == "gada"
			k++
			continue
		}
		break
	}
	if m, next := dp.monthAt(toks, k); m != 0 {
		k = next
		if tk := tokAt(toks, k); tk.kind == 'p' && tk.s == "." {
			k++
		}
		if tk := tokAt(toks, k); tk.kind == 'n' && tk.digits <= 2 {
			if tm, ok := dp.makeDate(y, m, tk.n); ok {
				return dateVal{t: tm}, k + 1, true
			}
		}
		return dateVal{}, 0, false
	}
	// Latvian: "gada", then the day and its full stop, then the month.
	if d, dot := tokAt(toks, k), tokAt(toks, k+1); gada && d.kind == 'n' && d.digits <= 2 && dot.kind == 'p' && dot.s == "." {
		if m, next := dp.monthAt(toks, k+2); m != 0 {
			if tm, ok := dp.makeDate(y, m, d.n); ok {
				return dateVal{t: tm}, next, true
			}
		}
	}
	return dateVal{}, 0, false
}
