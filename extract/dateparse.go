package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file parses dates written by machines (ISO 8601, RFC 1123, Unix
// time) and by people ("March 14, 2021", "14. März 2021", "14.03.2021",
// "2021年3月14日") without regular expressions: the input is cut into
// number, word and punctuation tokens once, and a few token patterns are
// tried at each position.

// Bounds on what the date parser accepts.
const (
	minYear       = 1995 // older dates are taken as noise (htmldate does the same)
	maxDateInput  = 4096 // longer inputs are cut
	maxDateTokens = 1024
)

// dateVal is one parsed date.
type dateVal struct {
	t       time.Time
	hasTime bool // a time of day was given
	hasZone bool // a UTC offset or zone was given
	print   bool // introduced by a print-edition word ("appears in print on")
	// approx is the unit of a relative age the date was counted back
	// from the fetch by ("3 hours ago": an hour), how far it may be off;
	// 0 for a date the page states.
	approx time.Duration
	// goesOn: a word follows the date in its sentence ("on 9 March
	// 2024, ahead of"), as in running text, not a date line.
	goesOn bool
	// ends counts the sentences ended before the date in the text it was
	// read from (scanTextDates): a date two sentences into running text
	// is one the story mentions.
	ends int
}

// dateOrder says how to read an ambiguous numeric date such as 03/04/2021.
type dateOrder uint8

const (
	orderDMY dateOrder = iota // 03/04/2021 is 3 April (most of the world)
	orderMDY                  // 03/04/2021 is 4 March (United States)
)

// dateParser holds the settings of one page's date parsing.
type dateParser struct {
	order dateOrder
	maxY  int // latest plausible year (the fetch year)
	// latest is the fetch time: an ambiguous numeric date whose reading
	// in the page's order falls after it is read the other way.
	latest time.Time
	loose  bool   // read two-digit years too (small regions about the article)
	w      *words // month names
	lang   string // the page's language, whose month names come first
}

// dtok is one token of a date string.
type dtok struct {
	kind   byte   // 'n' number, 'w' word (lower case), 'p' punctuation
	s      string // word or punctuation text; digits for numbers
	n      int    // value of a number
	digits int    // digits of a number
	space  bool   // white space before the token
}

// dateTokens cuts s into tokens.
func dateTokens(s string, dst []dtok) []dtok {
	if len(s) > maxDateInput {
		s = s[:maxDateInput]
	}
	s = asciiDigits(s)
	space := false
	for i := 0; i < len(s) && len(dst) < maxDateTokens; {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			dst = append(dst, dtok{kind: 'n', s: s[i:j], n: n, digits: j - i, space: space})
			i = j
			space = false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			space = true
			i++
		case c < utf8.RuneSelf && !isASCIILetter(c):
			dst = append(dst, dtok{kind: 'p', s: s[i : i+1], space: space})
			i++
			space = false
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				p := s[i : i+size]
				if r == '،' || r == '，' {
					// The Arabic script's comma and the full-width
					// one are commas: "05 مارچ ، 2024".
					p = ","
				}
				dst = append(dst, dtok{kind: 'p', s: p, space: space})
				i += size
				space = false
				continue
			}
			j := i
			for j < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					if !isASCIILetter(c) {
						break
					}
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) && !unicode.IsMark(r) {
					break
				}
				// CJK date markers stand alone: 2021年3月14日.
				if isCJKMarker(r) && j > i {
					break
				}
				j += size
				if isCJKMarker(r) {
					break
				}
			}
			dst = append(dst, dtok{kind: 'w', s: lowerWord(s[i:j]), space: space})
			i = j
			space = false
		}
	}
	return dst
}

func isCJKMarker(r rune) bool {
	switch r {
	case '年', '月', '日', '년', '월', '일':
		return true
	}
	return false
}

// lowerWord lower-cases w, allocating only when needed.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// parseMachineDate parses a date from a meta tag, JSON-LD or a datetime
// attribute: ISO 8601 and its common variants, RFC 1123, Unix seconds or
// milliseconds, or any format parseTextDate knows.
func (dp *dateParser) parseMachineDate(s string) (dateVal, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return dateVal{}, false
	}
	if allDigits(s) {
		switch len(s) {
		case 10, 13: // Unix seconds or milliseconds
			var n int64
			for i := 0; i < len(s); i++ {
				n = n*10 + int64(s[i]-'0')
			}
			if len(s) == 13 {
				n /= 1000
			}
			t := time.Unix(n, 0).UTC()
			if dp.plausible(t.Year()) {
				return dateVal{t: t, hasTime: true, hasZone: true}, true
			}
			return dateVal{}, false
		case 8: // 20210314
			y := atoi(s[:4])
			m := atoi(s[4:6])
			d := atoi(s[6:8])
			if t, ok := dp.makeDate(y, m, d); ok {
				return dateVal{t: t}, true
			}
			return dateVal{}, false
		case 12, 14: // 202103141030, 20210314103000
			y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
			hh, mm := atoi(s[8:10]), atoi(s[10:12])
			if t, ok := dp.makeDate(y, m, d); ok && hh < 24 && mm < 60 {
				return dateVal{t: t.Add(time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute), hasTime: true}, true
			}
			return dateVal{}, false
		}
		return dateVal{}, false
	}
	var buf [64]dtok
	toks := dateTokens(s, buf[:0])
	saved := dp.loose
	dp.loose = true
	v, ok := dp.scan(toks, 6)
	dp.loose = saved
	return v, ok
}

// parseTextDate finds the first date written in running text.
func (dp *dateParser) parseTextDate(s string) (dateVal, bool) {
	var buf [128]dtok
	toks := dateTokens(s, buf[:0])
	return dp.scan(toks, len(toks))
}

// scan tries the date patterns at each of the first maxStart tokens.
func (dp *dateParser) scan(toks []dtok, maxStart int) (dateVal, bool) {
	if maxStart > len(toks) {
		maxStart = len(toks)
	}
	for i := 0; i < maxStart; i++ {
		if v, next, ok := dp.dateAt(toks, i); ok {
			return dp.timeAround(v, toks, i, next), true
		}
	}
	return dateVal{}, false
}

// dateAt tries every date pattern starting at toks[i]; it returns the date
// and the index just past it.
func (dp *dateParser) dateAt(toks []dtok, i int) (dateVal, int, bool) {
	t := toks[i]
	switch t.kind {
	case 'n':
		if i > 0 && toks[i-1].kind == 'n' && !toks[i].space {
			return dateVal{}, 0, false
		}
		if t.digits == 4 {
			return dp.yearFirst(toks, i)
		}
		if t.digits <= 2 {
			return dp.dayFirst(toks, i)
		}
	case 'w':
		if m, next := dp.monthAt(toks, i); m != 0 {
			return dp.monthFirst(toks, next-1, m)
		}
		if tokAt(toks, i+1).kind == 'n' {
			return dp.eraDate(toks, i)
		}
	}
	return dateVal{}, 0, false
}

// yearFirst reads 2021-03-14, 2021/3/14, 2021.03.14, 2021年3月14日 and
// "2021 March 14" (yearThenWords, dateyear.go).
func (dp *dateParser) yearFirst(toks []dtok, i int) (dateVal, int, bool) {
	y := toks[i].n
	if !dp.plausible(y) {
		return dateVal{}, 0, false
	}
	j := i + 1
	sep := tokAt(toks, j)
	if sep.kind == 'p' && (sep.s == "-" || sep.s == "/" || sep.s == ".") {
		m, s2, d := tokAt(toks, j+1), tokAt(toks, j+2), tokAt(toks, j+3)
		if m.kind == 'n' && m.digits <= 2 && s2.kind == 'p' && s2.s == sep.s && d.kind == 'n' && d.digits <= 2 {
			if after := tokAt(toks, j+4); !(after.kind == 'n' && !after.space) {
				if tm, ok := dp.makeDate(y, m.n, d.n); ok {
					return dateVal{t: tm}, j + 4, true
				}
			}
		}
	}
	// CJK: 2021年3月14日, 2021년 3월 14일
	if sep.kind == 'w' && (sep.s == "年" || sep.s == "년") {
		m, mk, d := tokAt(toks, j+1), tokAt(toks, j+2), tokAt(toks, j+3)
		if m.kind == 'n' && mk.kind == 'w' && (mk.s == "月" || mk.s == "월") && d.kind == 'n' {
			if tm, ok := dp.makeDate(y, m.n, d.n); ok {
				next := j + 4
				if dk := tokAt(toks, next); dk.kind == 'w' && (dk.s == "日" || dk.s == "일") {
					next++
				}
				return dateVal{t: tm}, next, true
			}
		}
	}
	return dp.yearThenWords(toks, y, j)
}

// tokAt returns toks[k], or a zero token past the end.
func tokAt(toks []dtok, k int) dtok {
	if k < 0 || k >= len(toks) {
		return dtok{}
	}
	return toks[k]
}

// dayFirst reads 14.03.2021, 03/14/2021, 14-03-2021, 14·03·2021, "14
// March 2021", "14. März 2021", "14 de marzo de 2021", "14th of March,
// 2021". (The middle dot is a typographer's dot: some Spanish and
// Catalan themes print "05·03·24 | 06:00"; three numbers joined by it,
// no space, read in the page's order as after a slash.)
func (dp *dateParser) dayFirst(toks []dtok, i int) (dateVal, int, bool) {
	a := toks[i]
	j := i + 1
	if j >= len(toks) {
		return dateVal{}, 0, false
	}
	sep := toks[j]
	if sep.kind == 'p' && (sep.s == "." || sep.s == "/" || sep.s == "-" || sep.s == "·") && j+3 <= len(toks) && !sep.space {
		b, s2 := toks[j+1], toks[j+2]
		if b.kind == 'n' && b.digits <= 2 && s2.kind == 'p' && s2.s == sep.s && !s2.space && j+3 < len(toks) {
			yt := toks[j+3]
			if yt.kind == 'n' && (yt.digits == 4 || (yt.digits == 2 && dp.loose && sep.s != "-")) {
				if j+4 < len(toks) && toks[j+4].kind == 'n' && !toks[j+4].space {
					return dateVal{}, 0, false
				}
				y := yt.n
				if yt.digits == 2 {
					y += 2000
					if y > dp.maxY {
						y -= 100
					}
				}
				d, m := dp.dayMonth(toks, i, y, a.n, b.n, sep.s)
				if tm, ok := dp.makeDate(y, m, d); ok {
					return dateVal{t: tm}, j + 4, true
				}
			}
		}
		if sep.s != "." && sep.s != "·" {
			return dp.dayMonYear(toks, i, j)
		}
	}
	// Day then month name.
	k := j
	for k < len(toks) && k-j < 3 {
		tk := toks[k]
		if tk.kind == 'p' && (tk.s == "." || tk.s == "º" || tk.s == "°") {
			k++
			continue
		}
		if tk.kind == 'w' && dayFiller(tk.s) {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || toks[k].kind != 'w' {
		return dateVal{}, 0, false
	}
	m, next := dp.monthAt(toks, k)
	if m == 0 {
		if v, next, ok := dp.solarDate(toks, a.n, k); ok {
			return v, next, ok
		}
		return dp.lunarDate(toks, a.n, k)
	}
	k = next
	for k < len(toks) && k-j < 7 {
		tk := toks[k]
		if tk.kind == 'p' && (tk.s == "." || tk.s == "," || tk.s == "/" || tk.s == "-") {
			k++
			continue
		}
		if tk.kind == 'w' && yearFiller(tk.s) {
			k++
			continue
		}
		break
	}
	if k < len(toks) && toks[k].kind == 'n' && toks[k].digits == 4 {
		if tm, ok := dp.makeDate(toks[k].n, m, a.n); ok {
			return dateVal{t: tm}, k + 1, true
		}
	}
	return dateVal{}, 0, false
}

// monthFirst reads "March 14, 2021", "Mar. 14th 2021" and "March 2021"
// is not accepted (no day).
func (dp *dateParser) monthFirst(toks []dtok, i, m int) (dateVal, int, bool) {
	k := i + 1
	if k < len(toks) && toks[k].kind == 'p' && toks[k].s == "." {
		k++
	}
	if k >= len(toks) || toks[k].kind != 'n' || toks[k].digits > 2 {
		return dateVal{}, 0, false
	}
	d := toks[k].n
	k++
	for k < len(toks) && k-i < 6 {
		tk := toks[k]
		if tk.kind == 'p' && (tk.s == "," || tk.s == ".") {
			k++
			continue
		}
		if tk.kind == 'w' && (ordinalSuffix(tk.s) || tk.s == "de") {
			k++
			continue
		}
		break
	}
	if k < len(toks) && toks[k].kind == 'n' && toks[k].digits == 4 {
		if j := k + 1; j < len(toks) && toks[j].kind == 'n' && !toks[j].space {
			return dateVal{}, 0, false
		}
		if tm, ok := dp.makeDate(toks[k].n, m, d); ok {
			return dateVal{t: tm}, k + 1, true
		}
	}
	return dateVal{}, 0, false
}

// makeDate returns midnight UTC of y-m-d when it is a real, plausible date.
func (dp *dateParser) makeDate(y, m, d int) (time.Time, bool) {
	if dp.lang == "th" && y > 2400 && !dp.plausible(y) {
		y -= 543 // Thai pages count years in the Buddhist era: 2567 is 2024
	}
	if !dp.plausible(y) || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April
		return time.Time{}, false
	}
	return t, true
}

func (dp *dateParser) plausible(y int) bool {
	maxY := dp.maxY
	if maxY == 0 {
		maxY = time.Now().Year() + 1
	}
	return y >= minYear && y <= maxY
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// ordinalSuffix reports whether w is an ordinal suffix after a day number.
func ordinalSuffix(w string) bool {
	switch w {
	case "st", "nd", "rd", "th", "er", "e", "o", "a", "º":
		return true
	}
	return false
}

// dayFiller reports whether w may stand between a day and a month name.
func dayFiller(w string) bool {
	return ordinalSuffix(w) || w == "de" || w == "of" || w == "di" || w == "del" || w == "do" || w == "da"
}

// yearFiller reports whether w may stand between a month name and a
// year: the word for year (Spanish "año", Vietnamese "năm", Polish
// "roku" and "r.", Russian "г."), "of", and the letters of the Thai
// Buddhist era's "พ.ศ.".
func yearFiller(w string) bool {
	switch w {
	case "de", "del", "do", "of", "año", "р", "г", "roku", "r", "năm", "พ", "ศ":
		return true
	}
	return false
}

// monthAt reads a month name at toks[k], of one word or two ("كانون
// الثاني"), or a word and the month's number as Vietnamese names months
// ("tháng 3", month three); it returns the month and the index past
// it, or 0.
func (dp *dateParser) monthAt(toks []dtok, k int) (int, int) {
	t := tokAt(toks, k)
	if t.kind != 'w' {
		return 0, k
	}
	if n := tokAt(toks, k+1); (n.kind == 'w' || n.kind == 'n' && n.digits <= 2) && n.space {
		if m := dp.w.monthOf(t.s+" "+n.s, dp.lang); m != 0 {
			return m, k + 2
		}
	}
	if m := dp.w.monthOf(t.s, dp.lang); m != 0 {
		return m, k + 1
	}
	return dp.dottedMonthAt(toks, k)
}

// dottedMonthAt reads a month abbreviated with dots inside it, which the
// tokens split at the dots: Thai "มี.ค." (มีนาคม), "ม.ค.". The lexicon
// has such abbreviations as written, dots included.
func (dp *dateParser) dottedMonthAt(toks []dtok, k int) (int, int) {
	s := toks[k].s
	j := k + 1
	for n := 0; n < 3; n++ {
		if d, w := tokAt(toks, j), tokAt(toks, j+1); d.kind != 'p' || d.s != "." || d.space || w.kind != 'w' || w.space {
			break
		}
		s += "." + toks[j+1].s
		j += 2
	}
	if j == k+1 {
		return 0, k
	}
	if d := tokAt(toks, j); d.kind == 'p' && d.s == "." && !d.space {
		if m := dp.w.monthOf(s+".", dp.lang); m != 0 {
			return m, j + 1
		}
	}
	if m := dp.w.monthOf(s, dp.lang); m != 0 {
		return m, j
	}
	return 0, k
}

// asciiDigits replaces the decimal digits of other scripts with ASCII ones.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return digitZero(r) != 0 }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if z := digitZero(r); z != 0 {
			return '0' + r - z
		}
		return r
	}, s)
}

// digitZeros are the zeros of the decimal digits pages write dates in
// besides ASCII: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi,
// Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
// Tibetan, Myanmar, Khmer and full-width (CJK) digits.
var digitZeros = [...]rune{0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
	0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0xFF10}

// digitZero returns the zero of the non-ASCII decimal digit r, or 0.
func digitZero(r rune) rune {
	if r < 0x0660 {
		return 0
	}
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return z
		}
	}
	return 0
}
