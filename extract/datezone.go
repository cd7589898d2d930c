package extract

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// This file maps the country of a page's language tag ("fr-CA", "pt_BR")
// to the time zone most of that country's readers live in. A page whose
// machine dates are all in UTC is dated by its readers' day: a story
// published at 00:23 UTC in Ottawa was published on the evening before.

// regionZones names, per ISO 3166 country code, the zone of the country's
// largest population. Countries whose CMSes use the tag as a default for
// any site (en-US) are left out: the tag says nothing about where the
// page is from.
var regionZones = map[string]string{
	"CA": "America/Toronto", "MX": "America/Mexico_City", "BR": "America/Sao_Paulo",
	"AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago", "CO": "America/Bogota", "PE": "America/Lima",
	"VE": "America/Caracas", "AU": "Australia/Sydney", "NZ": "Pacific/Auckland", "JP": "Asia/Tokyo",
	"KR": "Asia/Seoul", "CN": "Asia/Shanghai", "TW": "Asia/Taipei", "HK": "Asia/Hong_Kong", "IN": "Asia/Kolkata",
	"PK": "Asia/Karachi", "ID": "Asia/Jakarta", "PH": "Asia/Manila", "SG": "Asia/Singapore",
	"MY": "Asia/Kuala_Lumpur", "TH": "Asia/Bangkok", "VN": "Asia/Ho_Chi_Minh", "IR": "Asia/Tehran",
	"TR": "Europe/Istanbul", "RU": "Europe/Moscow", "UA": "Europe/Kyiv", "IL": "Asia/Jerusalem",
	"EG": "Africa/Cairo", "SA": "Asia/Riyadh", "AE": "Asia/Dubai", "ZA": "Africa/Johannesburg",
	"NG": "Africa/Lagos", "KE": "Africa/Nairobi", "DE": "Europe/Berlin", "AT": "Europe/Vienna",
	"CH": "Europe/Zurich", "FR": "Europe/Paris", "BE": "Europe/Brussels", "NL": "Europe/Amsterdam",
	"ES": "Europe/Madrid", "IT": "Europe/Rome", "PL": "Europe/Warsaw", "CZ": "Europe/Prague",
	"SE": "Europe/Stockholm", "NO": "Europe/Oslo", "DK": "Europe/Copenhagen", "FI": "Europe/Helsinki",
	"GR": "Europe/Athens", "HU": "Europe/Budapest", "RO": "Europe/Bucharest", "PT": "Europe/Lisbon",
}

// regionStdOffsets are the standard offsets (hours) of regionZones, used
// when the system has no zone database.
var regionStdOffsets = map[string]float64{
	"CA": -5, "MX": -6, "BR": -3, "AR": -3, "CL": -4, "CO": -5, "PE": -5, "VE": -4, "AU": 10, "NZ": 12,
	"JP": 9, "KR": 9, "CN": 8, "TW": 8, "HK": 8, "IN": 5.5, "PK": 5, "ID": 7, "PH": 8, "SG": 8, "MY": 8,
	"TH": 7, "VN": 7, "IR": 3.5, "TR": 3, "RU": 3, "UA": 2, "IL": 2, "EG": 2, "SA": 3, "AE": 4, "ZA": 2,
	"NG": 1, "KE": 3, "DE": 1, "AT": 1, "CH": 1, "FR": 1, "BE": 1, "NL": 1, "ES": 1, "IT": 1, "PL": 1,
	"CZ": 1, "SE": 1, "NO": 1, "DK": 1, "FI": 2, "GR": 2, "HU": 1, "RO": 2, "PT": 0,
}

var (
	regionZoneMu    sync.Mutex
	regionZoneCache = map[string]*time.Location{}
)

// regionZone returns the zone of the country in a language tag ("fr-CA"
// → America/Toronto), or nil when the tag names no country or one that
// is not in the table.
func regionZone(tag string) *time.Location {
	tag = strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	i := strings.IndexByte(tag, '-')
	if i < 0 {
		return nil
	}
	lang, cc := strings.ToLower(tag[:i]), strings.ToUpper(tag[i+1:])
	if j := strings.IndexByte(cc, '-'); j >= 0 {
		cc = cc[:j]
	}
	if lang == "ar" && cc == "AR" {
		return nil // Facebook's locale for Arabic, not Argentina
	}
	name, ok := regionZones[cc]
	if !ok {
		return nil
	}
	regionZoneMu.Lock()
	defer regionZoneMu.Unlock()
	if loc, ok := regionZoneCache[cc]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		off := int(regionStdOffsets[cc] * 3600)
		loc = time.FixedZone(offsetName(off), off)
	}
	regionZoneCache[cc] = loc
	return loc
}

// regionTag returns the page's language tag that names a country: <html
// lang>, then Content-Language, DC.language and og:locale, then JSON-LD
// inLanguage.
func (d *doc) regionTag() string {
	for _, s := range []string{d.htmlLang, d.meta("content-language"), d.meta("dc.language"), d.meta("og:locale"),
		d.ld.Language} {
		s = strings.TrimSpace(s)
		if strings.ContainsAny(s, "-_") {
			return s
		}
	}
	return ""
}

// hourMinute reports whether toks[k:] is a time of day written with
// hour and minute markers, as Japanese, Chinese and Korean pages do:
// "9時30分", "9时5分", "9시 30분".
func hourMinute(toks []dtok, k int) bool {
	c, mi, m := tokAt(toks, k+1), tokAt(toks, k+2), tokAt(toks, k+3)
	if c.kind != 'w' || c.space || mi.digits > 2 || m.kind != 'w' || m.space {
		return false
	}
	minute, _ := utf8.DecodeRuneInString(m.s)
	switch c.s + string(minute) {
	case "時分", "时分", "시분":
		return true
	}
	return false
}

// timeLeadWords lead a date's time of day: "at", German "um", French "à",
// Portuguese "às", Spanish "a las", Italian "alle ore", Dutch "om",
// Nordic "kl."/"klo", Polish "o" and "godz.", Czech and Slovak "v".
var timeLeadWords = set("at", "um", "à", "a", "às", "alle", "ore", "om", "kl", "klo", "o", "las", "godz", "v")

// withTime reads a time of day and a zone after a date: "T10:30:00Z",
// " 10:30", ", 10:30 am EST", "um 10.30 Uhr" is not read (dots are too
// ambiguous), "06:30:00-04:00".
func (dp *dateParser) withTime(v dateVal, toks []dtok, k int) dateVal {
	// skip one connector, or a mark and a word ("5 de março de 2024, às
	// 15h41", "5 marca 2024, godz. 15:41", "alle ore 15:41")
	if k < len(toks) {
		tk := toks[k]
		if tk.kind == 'w' && (tk.s == "t" || timeLeadWords[tk.s]) ||
			(tk.kind == 'p' && (tk.s == "," || tk.s == "-" || tk.s == "|" || tk.s == "/" || tk.s == "–" || tk.s == "·")) {
			k++
			if k < len(toks) && toks[k].kind == 'w' && timeLeadWords[toks[k].s] {
				k++
			}
			if k < len(toks) && toks[k].kind == 'p' && toks[k].s == "." {
				k++
			}
		}
	}
	h, c, mi := tokAt(toks, k), tokAt(toks, k+1), tokAt(toks, k+2)
	// "15:41", and "15h41" as French and Portuguese pages write it.
	clock := c.kind == 'p' && c.s == ":" || c.kind == 'w' && c.s == "h" && !c.space
	if h.kind != 'n' || h.digits > 2 || mi.kind != 'n' || !(clock && mi.digits == 2 || hourMinute(toks, k)) {
		return v
	}
	hh, mm, ss := h.n, mi.n, 0
	k += 3
	if !clock {
		k++ // the minute marker of "9時30分"
	}
	if k+1 < len(toks) && toks[k].kind == 'p' && toks[k].s == ":" && toks[k+1].kind == 'n' && toks[k+1].digits <= 2 {
		ss = toks[k+1].n
		k += 2
		if k+1 < len(toks) && toks[k].kind == 'p' && (toks[k].s == "." || toks[k].s == ",") && toks[k+1].kind == 'n' {
			k += 2 // fraction
		}
	}
	twelveHour := false
	if k < len(toks) && toks[k].kind == 'w' {
		switch toks[k].s {
		case "am", "a":
			twelveHour = true
			if hh == 12 {
				hh = 0
			}
			k++
		case "pm", "p":
			twelveHour = true
			if hh < 12 {
				hh += 12
			}
			k++
		}
		// "a.m.", and "a.m" without its last stop: the zone after it
		// ("9:30 a.m ET") is not skipped with a stop that is not there.
		if k < len(toks) && toks[k].kind == 'p' && toks[k].s == "." {
			k++
			if k < len(toks) && toks[k].kind == 'w' && toks[k].s == "m" {
				k++
				if k < len(toks) && toks[k].kind == 'p' && toks[k].s == "." {
					k++
				}
			}
		}
	}
	if hh > 23 || mm > 59 || ss > 60 {
		return v
	}
	y, mo, d := v.t.Date()
	v.hasTime = true
	loc, ok := zoneAt(toks, k)
	if !ok && twelveHour {
		loc, ok = usZoneAt(toks, k, time.Date(y, mo, d, hh, mm, 0, 0, time.UTC))
	}
	if ok {
		v.hasZone = true
	} else {
		loc = time.UTC
	}
	v.t = time.Date(y, mo, d, hh, mm, ss, 0, loc)
	return v
}

// usZoneStd are the standard offsets, in hours, of the US zones American
// news sites name without saying standard or daylight: "9:30 a.m. ET".
var usZoneStd = map[string]int{"et": -5, "ct": -6, "mt": -7, "pt": -8}

// usZoneAt reads "ET", "CT", "MT" or "PT" at toks[k], after a 12-hour
// clock (elsewhere "et" is French for "and"), as the offset in force at
// the local time local: daylight time from the second Sunday of March to
// the first Sunday of November, 2 a.m. (the rule since 2007), and from
// the first Sunday of April to the last Sunday of October before (the
// rule from 1987 to 2006, which archived pages still show).
func usZoneAt(toks []dtok, k int, local time.Time) (*time.Location, bool) {
	if k >= len(toks) || toks[k].kind != 'w' {
		return nil, false
	}
	std, ok := usZoneStd[toks[k].s]
	if !ok {
		return nil, false
	}
	y := local.Year()
	sunday := func(m time.Month, nth int) time.Time {
		t := time.Date(y, m, 1, 2, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, (7-int(t.Weekday()))%7+7*(nth-1))
	}
	start, end := sunday(time.March, 2), sunday(time.November, 1)
	if y < 2007 {
		start, end = sunday(time.April, 1), end.AddDate(0, 0, -7) // the last Sunday of October
	}
	off := std
	if !local.Before(start) && local.Before(end) {
		off++
	}
	return time.FixedZone(offsetName(off*3600), off*3600), true
}

// zoneAt reads a zone at toks[k]: Z, +02:00, -0400, +02, UTC, GMT,
// GMT+2, EST and the like, also alone in brackets ("14:30 (GMT+7)", not
// "14:30 (met video)").
func zoneAt(toks []dtok, k int) (*time.Location, bool) {
	if k >= len(toks) {
		return nil, false
	}
	tk := toks[k]
	if tk.kind == 'p' && tk.s == "(" && !tokAt(toks, k+1).space {
		if !closesAfterZone(toks, k+1) {
			return nil, false
		}
		k++
		if tk = tokAt(toks, k); tk.kind == 'p' && tk.s == "(" {
			return nil, false
		}
	}
	if tk.kind == 'w' {
		switch tk.s {
		case "z", "utc", "gmt", "ut":
			if k+1 < len(toks) && toks[k+1].kind == 'p' && (toks[k+1].s == "+" || toks[k+1].s == "-") && !toks[k+1].space {
				if loc, ok := offsetAt(toks, k+1); ok {
					return loc, true
				}
			}
			return time.UTC, true
		}
		if off, ok := zoneAbbrevs[tk.s]; ok {
			return time.FixedZone(offsetName(off), off), true
		}
		return nil, false
	}
	return offsetAt(toks, k)
}

// closesAfterZone reports whether the bracket opened before toks[i]
// closes after the zone there and its offset, with no other word
// inside: zones' letters are words too (Dutch "met", with; French
// "cet", this; German "ist", is), and "(met video)" is no zone.
func closesAfterZone(toks []dtok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		switch t := toks[j]; {
		case t.kind == 'p' && t.s == ")":
			return true
		case t.kind == 'w':
			return false
		}
	}
	return false
}

// offsetAt reads +02:00, -0400 or +02 at toks[k].
func offsetAt(toks []dtok, k int) (*time.Location, bool) {
	if k+1 >= len(toks) {
		return nil, false
	}
	sign := toks[k]
	if sign.kind != 'p' || (sign.s != "+" && sign.s != "-" && sign.s != "−") {
		return nil, false
	}
	n := toks[k+1]
	if n.kind != 'n' || n.space {
		return nil, false
	}
	var hh, mm int
	switch n.digits {
	case 4:
		hh, mm = n.n/100, n.n%100
	case 1, 2:
		hh = n.n
		if k+3 < len(toks) && toks[k+2].kind == 'p' && toks[k+2].s == ":" && toks[k+3].kind == 'n' && toks[k+3].digits == 2 {
			mm = toks[k+3].n
		}
	default:
		return nil, false
	}
	if hh > 14 || mm > 59 {
		return nil, false
	}
	off := hh*3600 + mm*60
	if sign.s != "+" {
		off = -off
	}
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone(offsetName(off), off), true
}

// offsetName formats an offset in seconds as "+02:00" (used as the
// zone's name so that time.RFC3339 output is unaffected).
func offsetName(off int) string {
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	h, m := off/3600, (off%3600)/60
	return string([]byte{sign, byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)})
}

// zoneAbbrevs maps common zone abbreviations to their offsets in seconds.
var zoneAbbrevs = map[string]int{
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600,
	"pst": -8 * 3600, "pdt": -7 * 3600, "cet": 3600, "cest": 2 * 3600, "met": 3600, "mesz": 2 * 3600, "mez": 3600,
	"bst": 3600, "wet": 0, "west": 3600, "eet": 2 * 3600, "eest": 3 * 3600, "msk": 3 * 3600, "ist": 19800,
	"jst": 9 * 3600, "kst": 9 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600, "hkt": 8 * 3600, "sgt": 8 * 3600,
}
